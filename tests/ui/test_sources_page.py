"""The Sources page: the default sources with their counts, share and NPS; switching one off
and on through the undo stack; adding, editing and deleting through the dialogs. Every change
is checked in the catalogue itself."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QLabel
from sqlalchemy import text

from advocacy_desktop.services import catalogue_service, import_service
from advocacy_desktop.services import sources_service as svc
from advocacy_desktop.ui import source_dialogs
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.sources_page import COLLECT, ITEMS, NPS, SHARE, URL, SourcesPage
from tests.ui.conftest import MessageBoxes, open_and_wait

TIMEOUT = 15_000
SCORE = "How likely are you to recommend us? (0-10)"
CHECK = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def imported(catalogue_path: Path, tmp_path: Path) -> Path:
    """Google: 10, 9, 8, 3 (NPS +25, n 4); Amazon: 0, 1 and a blank; one row without a source."""
    path = tmp_path / "mixed.csv"
    rows = [("google", 10, "a"), ("Google", 9, "b"), ("GOOGLE", 8, "c"), ("google", 3, "d"),
            ("amazon", 0, "e"), ("amazon", 1, "f"), ("amazon", "", "g"), ("", 9, "h")]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Source", SCORE, "Comment"])
        writer.writerows(rows)
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        assert import_service.run_import(catalogue, path).imported == 8
    return catalogue_path


def install_page(qtbot: Any, window: MainWindow, catalogue_path: Path) -> SourcesPage:
    page = SourcesPage(svc, window.tasks, window.undo_stack, window)
    window.replace_page("sources", page)
    open_and_wait(qtbot, window, catalogue_path)
    window.navigator.set_current_id("sources")
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    return page


def cell(page: SourcesPage, name: str, column: int, role: int = 0) -> Any:
    row = page.model.row_of(stored(page, name).id)
    return page.model.data(page.model.index(row, column), role)


def stored(page: SourcesPage, name: str) -> svc.SourceInfo:
    """The source as the catalogue holds it now."""
    return {s.name: s for s in svc.list_sources(page.catalogue)}[name]


def shown(page: SourcesPage, name: str) -> Any:
    return next((s for s in page.model.sources() if s.name == name), None)


def test_lists_the_defaults_with_items_share_and_nps(
    qtbot: Any, window: MainWindow, imported: Path
) -> None:
    page = install_page(qtbot, window, imported)
    assert page.model.rowCount() == 11  # the defaults, once; the import added none
    assert page.proxy.data(page.proxy.index(0, 0)) == "Amazon"  # sorted by name
    assert cell(page, "Google", 1) == "Review site"
    assert (cell(page, "Google", ITEMS), cell(page, "Google", SHARE)) == ("4", "50.0 %")
    google = stored(page, "Google").nps
    assert cell(page, "Google", NPS) == f"+25.0 ± {google.moe95:.1f} (n = 4) *"
    assert "fewer than 30" in cell(page, "Google", NPS, Qt.ItemDataRole.ToolTipRole)
    assert cell(page, "Google", NPS, Qt.ItemDataRole.FontRole).italic()
    assert cell(page, "Amazon", NPS).startswith("-100.0 ± ")
    assert cell(page, "Amazon", NPS).endswith("(n = 2) *")
    assert (cell(page, "X", ITEMS), cell(page, "X", SHARE), cell(page, "X", NPS)) == (
        "0", "0.0 %", "—")
    assert cell(page, "X", COLLECT, CHECK) == Qt.CheckState.Checked
    assert cell(page, "X", URL) == "https://x.com"
    status = page.status_label.text()
    # plural forms come from the English translation once the lead has run lupdate
    assert re.search(r"11 source(s|\(s\)), 11 collected · 1 item(\(s\))? without a source",
                     status)
    assert "* fewer than 30 answers" in status

    page.view.sortByColumn(ITEMS, Qt.SortOrder.DescendingOrder)
    top = [page.proxy.data(page.proxy.index(r, 0)) for r in range(2)]
    assert top == ["Google", "Amazon"]
    page.grab().save("/tmp/sources_page.png")


def test_switching_a_source_off_is_undoable(
    qtbot: Any, window: MainWindow, imported: Path
) -> None:
    page = install_page(qtbot, window, imported)
    row = page.model.row_of(stored(page, "Google").id)
    index = page.proxy.mapFromSource(page.model.index(row, COLLECT))
    assert page.proxy.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    with qtbot.waitSignal(page.catalogue_modified, timeout=TIMEOUT):
        assert page.proxy.setData(index, Qt.CheckState.Unchecked.value, CHECK)
    assert stored(page, "Google").collect is False  # written at once
    qtbot.waitUntil(lambda: shown(page, "Google").collect is False, timeout=TIMEOUT)
    grey = QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert cell(page, "Google", 0, Qt.ItemDataRole.ForegroundRole).color() == grey
    assert ", 10 collected" in page.status_label.text()
    assert window.undo_stack.undoText() == "Stop collecting from Google"
    page.grab().save("/tmp/sources_page_off.png")

    window.undo_stack.undo()
    assert stored(page, "Google").collect is True
    qtbot.waitUntil(lambda: shown(page, "Google").collect is True, timeout=TIMEOUT)
    assert cell(page, "Google", COLLECT, CHECK) == Qt.CheckState.Checked
    window.undo_stack.redo()
    assert stored(page, "Google").collect is False
    qtbot.waitUntil(lambda: shown(page, "Google").collect is False, timeout=TIMEOUT)
    assert stored(page, "Google").items == 4  # switched off, it keeps its items


def fake_exec(fill: Any) -> Any:
    """Replaces QDialog.exec: fills the dialog as a user would, presses OK, returns."""
    def run(dialog: QDialog) -> int:
        fill(dialog)
        dialog.accept()
        return dialog.result()
    return run


def test_add_refuses_a_duplicate_then_adds(
    qtbot: Any, window: MainWindow, catalogue_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    problems: list[str] = []

    def fill(dialog: source_dialogs.SourceDialog) -> None:
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.name_edit.setText("trustpilot")
        dialog.accept()  # refused: the dialog stays open and says why
        assert dialog.result() != QDialog.DialogCode.Accepted
        problems.append(dialog.problem.text())
        dialog.name_edit.setText("Yelp")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("review_site"))
        dialog.url_edit.setText("https://www.yelp.com")
        dialog.collect_box.setChecked(False)

    monkeypatch.setattr(source_dialogs.SourceDialog, "exec", fake_exec(fill))
    with qtbot.waitSignal(page.catalogue_modified, timeout=TIMEOUT):
        page.add_button.click()
    assert problems == ["A source named “Trustpilot” exists already."]
    yelp = stored(page, "Yelp")
    assert (yelp.kind, yelp.url, yelp.collect) == ("review_site", "https://www.yelp.com", False)
    qtbot.waitUntil(lambda: shown(page, "Yelp") is not None, timeout=TIMEOUT)
    assert page.selected_source().name == "Yelp"


def test_double_click_edits_and_undo_restores(
    qtbot: Any, window: MainWindow, catalogue_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with catalogue_service.open_existing(catalogue_path) as catalogue, catalogue.write() as s:
        s.execute(text("INSERT INTO person (uuid, name, active) VALUES ('p', 'Ada Lovelace', 1)"))
    page = install_page(qtbot, window, catalogue_path)

    def fill(dialog: source_dialogs.SourceDialog) -> None:
        assert dialog.name_edit.text() == "Phone"
        dialog.name_edit.setText("Call centre")
        dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findText("Ada Lovelace"))
        dialog.notes_edit.setPlainText("Calls logged by the night shift")

    monkeypatch.setattr(source_dialogs.SourceDialog, "exec", fake_exec(fill))
    row = page.model.row_of(stored(page, "Phone").id)
    page.view.doubleClicked.emit(page.proxy.mapFromSource(page.model.index(row, 0)))
    edited = stored(page, "Call centre")
    assert (edited.owner_name, edited.notes, edited.kind) == (
        "Ada Lovelace", "Calls logged by the night shift", "phone")
    qtbot.waitUntil(lambda: shown(page, "Call centre") is not None, timeout=TIMEOUT)
    assert cell(page, "Call centre", 6) == "Ada Lovelace"
    window.undo_stack.undo()
    back = stored(page, "Phone")
    assert (back.owner_id, back.notes) == (None, None)


def test_delete_moves_the_items_where_asked(
    qtbot: Any, window: MainWindow, imported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = install_page(qtbot, window, imported)
    page.select_source(stored(page, "Google").id)

    def fill(dialog: source_dialogs.DeleteSourceDialog) -> None:
        assert dialog.move_radio.isChecked()
        dialog.target_combo.setCurrentIndex(dialog.target_combo.findText("Survey"))

    monkeypatch.setattr(source_dialogs.DeleteSourceDialog, "exec", fake_exec(fill))
    with qtbot.waitSignal(page.catalogue_modified, timeout=TIMEOUT):
        page.delete_button.click()
    assert stored(page, "Survey").items == 4
    qtbot.waitUntil(lambda: shown(page, "Google") is None, timeout=TIMEOUT)
    assert page.selected_source().name == "Survey"

    page.select_source(stored(page, "Amazon").id)
    monkeypatch.setattr(source_dialogs.DeleteSourceDialog, "exec",
                        fake_exec(lambda d: d.keep_radio.setChecked(True)))
    page.delete_button.click()
    assert svc.items_without_source(page.catalogue) == 4  # 1 before + Amazon's 3
    assert catalogue_service.count_rows(page.catalogue).feedback == 8

    asked: list[str] = []

    def nothing_to_move(dialog: source_dialogs.DeleteSourceDialog) -> None:
        asked.append(dialog.findChild(QLabel).text())
        assert not dialog.move_radio.isVisibleTo(dialog)

    monkeypatch.setattr(source_dialogs.DeleteSourceDialog, "exec", fake_exec(nothing_to_move))
    qtbot.waitUntil(lambda: shown(page, "Amazon") is None, timeout=TIMEOUT)
    x = stored(page, "X").id
    assert page.delete_interactive(shown(page, "X"))
    assert asked == ["Delete the source “X”? No items come from it."]
    assert "X" not in {s.name for s in svc.list_sources(page.catalogue)}
    with page.catalogue.read() as session:
        after = session.execute(text(
            "SELECT after FROM audit_log WHERE entity = 'source' AND entity_id = :i"
            " AND action = 'delete'"), {"i": str(x)}).scalar_one()
    assert json.loads(after) == {"items": 0, "moved_to": None, "moved_to_name": None}


def test_a_refused_change_is_explained(
    qtbot: Any, window: MainWindow, catalogue_path: Path, message_boxes: MessageBoxes
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    assert page.update_source(shown(page, "X"), {"name": "facebook"}) is False
    assert any("exists already" in t for t in message_boxes.texts)
    assert window.undo_stack.count() == 0
    assert stored(page, "X").name == "X"


def test_read_only_catalogue_cannot_be_changed(
    qtbot: Any, window: MainWindow, catalogue_path: Path
) -> None:
    page = SourcesPage(svc, window.tasks, window.undo_stack, window)
    window.replace_page("sources", page)
    open_and_wait(qtbot, window, catalogue_path, read_only=True)
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    index = page.proxy.index(0, COLLECT)
    assert not page.proxy.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not page.proxy.setData(index, Qt.CheckState.Unchecked.value, CHECK)
    assert not (page.add_button.isEnabled() or page.edit_button.isEnabled())


def test_recounts_when_shown_again(qtbot: Any, window: MainWindow, imported: Path) -> None:
    page = install_page(qtbot, window, imported)
    window.navigator.set_current_id("dashboard")
    with page.catalogue.write() as session:  # as an import elsewhere in the app would
        session.execute(text("INSERT INTO feedback (uuid, source_id, score, status, version)"
                             " SELECT 'new1', id, 10, 'new', 1 FROM source WHERE name = 'X'"))
    assert cell(page, "X", ITEMS) == "0"
    window.navigator.set_current_id("sources")
    qtbot.waitUntil(lambda: cell(page, "X", ITEMS) == "1", timeout=TIMEOUT)
    assert cell(page, "X", NPS).startswith("+100.0 ± ")
