"""The dialogs of the Sources page: add or edit a source, and delete one (where its items go)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.default_names import source_label
from advocacy_desktop.ui.import_common import banner

KIND_LABELS = {
    "marketplace": QT_TRANSLATE_NOOP("SourceKinds", "Marketplace"),
    "review_site": QT_TRANSLATE_NOOP("SourceKinds", "Review site"),
    "social_media": QT_TRANSLATE_NOOP("SourceKinds", "Social media"),
    "support_desk": QT_TRANSLATE_NOOP("SourceKinds", "Support desk"),
    "email": QT_TRANSLATE_NOOP("SourceKinds", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("SourceKinds", "Phone"),
    "survey": QT_TRANSLATE_NOOP("SourceKinds", "Survey"),
    "other": QT_TRANSLATE_NOOP("SourceKinds", "Other"),
}


def kind_label(kind: str) -> str:
    text = KIND_LABELS.get(kind)
    return QCoreApplication.translate("SourceKinds", text) if text else kind



class SourceDialog(QDialog):
    """Add or edit one source. `check(values)` returns a problem to show, or None to close."""

    def __init__(self, title: str, kinds: tuple[str, ...], people: list[tuple[int, str]],
                 source: Any = None, check: Callable[[dict[str, Any]], str | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._check = check
        # a pre-filled source shows its name in the UI language; left as shown, it keeps its
        # stored name (see values())
        self._stored_name = source.name if source else ""
        self._shown_name = source_label(source.name) if source else ""
        self.name_edit = QLineEdit(self._shown_name)
        self.name_edit.setMaxLength(200)
        self.kind_combo = QComboBox()
        for kind in kinds:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(
            source.kind if source else "other")))
        self.url_edit = QLineEdit((source.url or "") if source else "")
        self.url_edit.setPlaceholderText("https://")
        self.notes_edit = QPlainTextEdit((source.notes or "") if source else "")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.owner_combo = QComboBox()
        self.owner_combo.addItem(self.tr("Nobody yet"), None)
        for person_id, name in people:
            self.owner_combo.addItem(name, person_id)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(
            source.owner_id if source else None)))
        self.collect_box = QCheckBox(self.tr("&Collect feedback from this source"))
        self.collect_box.setChecked(source.collect if source else True)
        self.problem = banner("error")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Web address:"), self.url_edit)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        form.addRow(self.tr("O&wner:"), self.owner_combo)
        form.addRow("", self.collect_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> dict[str, Any]:
        name = self.name_edit.text().strip()
        return {
            "name": self._stored_name if self._shown_name and name == self._shown_name else name,
            "kind": self.kind_combo.currentData(),
            "url": self.url_edit.text().strip() or None,
            "notes": self.notes_edit.toPlainText().strip() or None,
            "owner_id": self.owner_combo.currentData(),
            "collect": self.collect_box.isChecked(),
        }

    def accept(self) -> None:
        problem = self._check(self.values()) if self._check else None
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        super().accept()


class DeleteSourceDialog(QDialog):
    """Where the items of a deleted source go: to another source, or to no source."""

    def __init__(self, source: Any, others: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete Source"))
        self.setMinimumWidth(420)
        if source.items:
            text = self.tr("Delete the source “{name}”? Its %Ln item(s) stay in the catalogue.",
                           "", source.items)
        else:
            text = self.tr("Delete the source “{name}”? No items come from it.")
        question = QLabel(text.format(name=source_label(source.name)))
        question.setWordWrap(True)
        self.move_radio = QRadioButton(self.tr("&Move them to:"))
        self.target_combo = QComboBox()
        for other in others:
            self.target_combo.addItem(source_label(other.name), other.id)
        self.keep_radio = QRadioButton(self.tr("&Leave them without a source"))
        group = QButtonGroup(self)
        group.addButton(self.move_radio)
        group.addButton(self.keep_radio)
        self.move_radio.setChecked(bool(others))
        self.move_radio.setEnabled(bool(others))
        self.keep_radio.setChecked(not others)
        self.move_radio.toggled.connect(self.target_combo.setEnabled)
        self.target_combo.setEnabled(bool(others))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Delete"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        move_row = QHBoxLayout()
        move_row.addWidget(self.move_radio)
        move_row.addWidget(self.target_combo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(move_row)
        layout.addWidget(self.keep_radio)
        layout.addWidget(QLabel(self.tr("Deleting a source cannot be undone.")))
        for widget in (self.move_radio, self.target_combo, self.keep_radio):
            widget.setVisible(source.items > 0)
        layout.addWidget(buttons)

    def move_items_to(self) -> int | None:
        if not self.move_radio.isVisibleTo(self):
            return None  # nothing to move
        return self.target_combo.currentData() if self.move_radio.isChecked() else None


