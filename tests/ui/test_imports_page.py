"""The Imports page: batches listed, their rejected rows shown and exported, an import undone.
Batches are made with the import service itself; the page is checked against the catalogue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from advocacy_desktop.services import catalogue_service
from advocacy_desktop.services import import_service as svc
from advocacy_desktop.ui.imports_page import ImportsPage
from advocacy_desktop.ui.main_window import MainWindow
from tests.ui.conftest import open_and_wait

SCORE_HEADER = "How likely are you to recommend us? (0-10)"
TIMEOUT = 15_000


def write_xlsx(path: Path) -> Path:
    """Four reviews; row 3 has a score of 12 and row 5 an e-mail that is none."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Reviews"
    sheet.append(["Review ID", "Date", SCORE_HEADER, "Comment", "Email"])
    sheet.append(["R1", dt.date(2024, 5, 1), 9, "Lovely", "ann@example.com"])
    sheet.append(["R2", dt.date(2024, 5, 2), 12, "@once more", "bo@example.com"])
    sheet.append(["R3", dt.date(2024, 5, 3), 4, "Too slow", "cy@example.com"])
    sheet.append(["R4", dt.date(2024, 5, 4), 8, "Fine", "not an address"])
    workbook.save(path)
    return path


@pytest.fixture
def imported(catalogue_path: Path, tmp_path: Path) -> Path:
    """The catalogue with one import of write_xlsx: 2 rows in, 2 rejected."""
    source = write_xlsx(tmp_path / "may.xlsx")
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        result = svc.run_import(catalogue, source, svc.ImportOptions(source_name="Survey"))
    assert (result.imported, result.rejected) == (2, 2)
    return source


def install_page(qtbot: Any, window: MainWindow, catalogue_path: Path) -> ImportsPage:
    window.attach_import_service(svc)
    page = ImportsPage(svc, window.tasks, window.ui_actions.import_file, window)
    window.replace_page("imports", page)
    open_and_wait(qtbot, window, catalogue_path)
    window.navigator.set_current_id("imports")
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    return page


def test_empty_state_before_any_import(
    qtbot: Any, window: MainWindow, catalogue_path: Path
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text().startswith("No imports yet. Drag a spreadsheet here")
    assert not page.undo_button.isEnabled() and not page.export_button.isEnabled()
    assert page.import_button.isEnabled()
    page.import_button.click()
    assert window.imports.wizard is not None
    window.imports.wizard.reject()


def test_lists_the_batch_and_its_rejected_rows(
    qtbot: Any, window: MainWindow, catalogue_path: Path, imported: Path
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    assert page.stack.currentWidget() is page.splitter
    model = page.model
    assert model.rowCount() == 1
    row = [model.data(model.index(0, c)) for c in range(1, 9)]
    assert row == ["may.xlsx", "Reviews", "Survey", "4", "2", "0", "2", "Imported"]
    assert model.data(model.index(0, 1), 3) == str(imported)  # tooltip: the whole path
    assert page.selected_batch() is not None
    qtbot.waitUntil(lambda: page.rejected_model.rowCount() == 2, timeout=TIMEOUT)
    first, second = (page.rejected_model.rejected(r) for r in range(2))
    assert (first.row_number, first.column) == (3, SCORE_HEADER)
    assert (second.row_number, second.column) == (5, "Email")
    assert "e-mail" in page.rejected_model.data(page.rejected_model.index(1, 3))
    assert "may.xlsx" in page.detail_heading.text()
    assert page.export_button.isEnabled() and page.undo_button.isEnabled()


def test_exports_the_rejected_rows_to_a_workbook(
    qtbot: Any, window: MainWindow, catalogue_path: Path, imported: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    target = tmp_path / "to fix"  # the suffix is added
    asked: list[str] = []

    def fake_save(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    page.export_button.click()
    assert asked == [str(imported.with_name("may-rejected.xlsx"))]
    qtbot.waitUntil(lambda: "saved in" in page.status_label.text(), timeout=TIMEOUT)
    saved = target.with_name("to fix.xlsx")
    assert str(saved) in page.status_label.text()
    workbook = load_workbook(saved)
    rows = list(workbook["Rows to fix"].iter_rows(values_only=True))
    assert rows[0][:5] == ("Review ID", "Date", SCORE_HEADER, "Comment", "Email")
    assert [r[0] for r in rows[1:]] == ["R2", "R4"]
    assert rows[1][3] == "'@once more"  # never read as a formula
    problems = list(workbook["Problems"].iter_rows(values_only=True))
    assert problems[1][1:3] == (3, SCORE_HEADER)
    assert "outside 0–10" in problems[1][4]


def test_undo_removes_the_items_after_confirmation(
    qtbot: Any, window: MainWindow, catalogue_path: Path, imported: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    assert window.counts.feedback == 2
    questions: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def fake_question(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake_question))
    page.undo_button.click()
    assert "2 item" in questions[0] and "may.xlsx" in questions[0]
    assert "cannot be undone" in questions[0] and "import the file again" in questions[0]
    assert catalogue_service.count_rows(window.catalogue).feedback == 2  # cancelled: kept

    answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(window.counts_changed, timeout=TIMEOUT):
        page.undo_button.click()
        qtbot.waitUntil(lambda: "removed" in page.status_label.text(), timeout=TIMEOUT)
    assert window.counts.feedback == 0
    assert catalogue_service.count_rows(window.catalogue).feedback == 0
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.batch(0).status == "undone",
        timeout=TIMEOUT,
    )
    assert page.model.data(page.model.index(0, 8)) == "Undone"
    assert not page.undo_button.isEnabled()
    assert page.export_button.isEnabled()  # the rejected rows stay available
    assert svc.list_batches(window.catalogue)[0].status == "undone"


def test_reloads_after_an_import_in_the_wizard(
    qtbot: Any, window: MainWindow, catalogue_path: Path, tmp_path: Path
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    source = tmp_path / "tickets.csv"
    source.write_text("Comment,Rating\nQuick,5\nSlow,2\n", encoding="utf-8")
    wizard = window.import_file(source)
    qtbot.waitUntil(lambda: wizard.current_index() == 2 and not wizard.loading, timeout=TIMEOUT)
    for _step in range(2):
        qtbot.waitUntil(wizard.next_button.isEnabled, timeout=TIMEOUT)
        wizard.next_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    assert page.model.batch(0).file_label == "tickets.csv"
    assert page.stack.currentWidget() is page.splitter


def test_closing_the_catalogue_empties_the_page(
    qtbot: Any, window: MainWindow, catalogue_path: Path, imported: Path
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    assert page.model.rowCount() == 1
    window.close_catalogue()
    assert page.model.rowCount() == 0
    assert page.empty_label.text() == "No catalogue is open."
    assert not page.import_button.isEnabled()
