"""No user-visible string in advocacy_desktop/ui bypasses translation (see tr_scan.py)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.ui.tr_scan import has_letters, scan_source, scan_tree

UI = Path(__file__).resolve().parents[2] / "advocacy_desktop" / "ui"

#: module -> text -> why it is shown as it is in every language
ALLOWED: dict[str, dict[str, str]] = {
    "source_dialogs.py": {
        "https://": "the start of a web address, the same in every language",
    },
    "team_connect.py": {
        "postgresql+psycopg://user@host:5432/database":
            "the syntax of a connection URL, typed as it is whatever the language",
    },
}


def test_no_user_visible_string_bypasses_translation() -> None:
    allowed = {module: set(texts) for module, texts in ALLOWED.items()}
    findings = scan_tree(UI, allowed)
    assert not findings, "texts shown without tr/translate:\n" + "\n".join(map(str, findings))


def test_every_allowed_text_is_still_there() -> None:
    """An allow-list entry whose text is gone would hide a future bypass of the same text."""
    stale = [
        f"{module}: {text!r}"
        for module, texts in ALLOWED.items()
        for text in texts
        if repr(text) not in (UI / module).read_text(encoding="utf-8")
        and f'"{text}"' not in (UI / module).read_text(encoding="utf-8")
    ]
    assert stale == []


SYNTHETIC = textwrap.dedent('''\
    from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

    KINDS = {"a": QT_TRANSLATE_NOOP("Kinds", "Apple")}  # fine: a marker
    EAGER = QCoreApplication.translate("Kinds", "Pear")  # <- translated at import time


    def _tr(text):
        return QCoreApplication.translate("Kinds", text)


    class Model(QAbstractTableModel):
        def headerData(self, section, orientation, role=0):
            if section == 0:
                return "Name"  # <- headerData returns
            return (self.tr("Size"), "Colour")[section]  # <- headerData returns


    class Widget(QWidget):
        def __init__(self, count):
            super().__init__()
            self.setWindowTitle("Fruit")  # <- setWindowTitle
            self.setWindowTitle(self.tr("Fruit"))
            label = QLabel(f"{count} apples")  # <- QLabel
            label.setText(self.tr("{n} apples").format(n=count))
            label.setText("{n} apples".format(n=count))  # <- setText
            label.setToolTip(self.tr("Fresh") + " today")  # <- setToolTip
            label.setText(f"{count} · {count}")  # fine: no letters
            label.setText("…")
            label.setText(_tr(KINDS["a"]))  # fine: the module's helper
            label.setText(self.tr(f"{count} pears"))  # <- tr of a built string
            QMessageBox.warning(self, self.tr("Oops"), "Broken")  # <- QMessageBox.warning
            QFileDialog.getSaveFileName(  # <- QFileDialog.getSaveFileName
                self, self.tr("Save"), "a.xlsx", "Books (*.xlsx)")
            self.combo.addItem("Red", "red")  # <- addItem
            self.combo.addItem(self.tr("Green"), "green")  # fine: data after the text
            self.tabs.addTab(label, "Apples")  # <- addTab
            self.tasks.run(print, title="Peeling…")  # <- run(title=)
            self.view.setHeaderLabels([self.tr("A"), "B b"])  # <- setHeaderLabels
            self.status.showMessage("Saved" if count else "")  # <- showMessage
            label.setText("Brand")  # fine: allowed
            label.setText(self.parent().tr("Plums"))  # <- tr on another object
            label.setText(f"<b>{self.tr('Figs')}</b>")  # <- tr inside an f-string
''')


def test_the_scanner_finds_each_kind_of_bypass() -> None:
    expected = sorted(
        (number, line.split("# <- ")[1])
        for number, line in enumerate(SYNTHETIC.splitlines(), start=1)
        if "# <- " in line
    )
    assert len(expected) == 17
    findings = scan_source(SYNTHETIC, "fruit.py", {"Brand"})
    assert sorted((f.line, f.api) for f in findings) == expected
    texts = {f.text for f in findings}
    assert {"Colour", "B b", "Books (*.xlsx)", "Peeling…"} <= texts
    assert not {"Size", "A", "Brand", "Green", "red", "a.xlsx"} & texts


def test_texts_without_letters_need_no_translation() -> None:
    assert not has_letters("— · … % 12 {count} <b>{name}</b> %n &nbsp;")
    assert has_letters("{count} items") and has_letters("한국어")
