"""The import wizard, driven like a user would: choose a file, a sheet, check the columns,
answer the questions the file raises, import, read the summary. Every import is checked in
the catalogue itself afterwards."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from advocacy_desktop.services import catalogue_service
from advocacy_desktop.services import import_service as svc
from advocacy_desktop.ui.import_common import PROBLEM_BACKGROUND
from advocacy_desktop.ui.import_wizard import FILE, MAPPING, OPTIONS, RUN, SHEET, ImportWizard
from advocacy_desktop.ui.imports_page import ImportsPage
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.mapping_table import FIELD_ROLE, PROBLEM_ROLE
from tests.ui.conftest import open_and_wait

SCORE_HEADER = "How likely are you to recommend us? (0-10)"
TIMEOUT = 15_000


# ---------------------------------------------------------------- fixtures and helpers


@pytest.fixture
def import_window(qtbot: Any, window: MainWindow, catalogue_path: Path) -> MainWindow:
    """The window as app.start_services leaves it, with a catalogue open."""
    window.attach_import_service(svc)
    window.replace_page(
        "imports", ImportsPage(svc, window.tasks, window.ui_actions.import_file, window)
    )
    open_and_wait(qtbot, window, catalogue_path)
    return window


def write_reviews_xlsx(path: Path) -> Path:
    """Five reviews on a visible sheet (row 4 has a score of 11) and a hidden second sheet."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Reviews"
    sheet.append(["Review ID", "Date", SCORE_HEADER, "Comment"])
    scores = [9, 3, 11, 10, 7]
    for i, score in enumerate(scores):
        sheet.append([f"R{i + 1}", dt.date(2024, 3, i + 1), score, f"Comment {i + 1}"])
    hidden = workbook.create_sheet("Old data")
    hidden.append(["x", "y"])
    hidden.sheet_state = "hidden"
    workbook.save(path)
    return path


def wait_idle(qtbot: Any, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.loading, timeout=TIMEOUT)


def next_page(qtbot: Any, wizard: ImportWizard, expected: int) -> None:
    qtbot.waitUntil(wizard.next_button.isEnabled, timeout=TIMEOUT)
    wizard.next_button.click()
    assert wizard.current_index() == expected
    wait_idle(qtbot, wizard)


def choose(combo: Any, data: Any) -> None:
    """Pick an item as the user does (activated is what a click or a key press emits)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def source_index(wizard: ImportWizard, row_number: int, column: int) -> Any:
    model = wizard.mapping_page.model
    row = next(r for r in range(model.rowCount()) if model.row_number(r) == row_number)
    return model.index(row, column)


def run_to_summary(qtbot: Any, wizard: ImportWizard) -> None:
    next_page(qtbot, wizard, OPTIONS)
    next_page(qtbot, wizard, RUN)
    qtbot.waitUntil(lambda: wizard.run_page.state != "running", timeout=TIMEOUT * 2)


def feedback_rows(catalogue_path: Path, columns: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(catalogue_path) as conn:
        return conn.execute(f"SELECT {columns} FROM feedback ORDER BY id").fetchall()


# ---------------------------------------------------------------- the whole way through


def test_xlsx_from_file_choice_to_summary(
    qtbot: Any, import_window: MainWindow, catalogue_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_reviews_xlsx(tmp_path / "reviews.xlsx")
    window = import_window
    assert window.ui_actions.import_file.shortcut() == QKeySequence("Ctrl+I")
    assert window.ui_actions.import_file.isEnabled()
    window.ui_actions.import_file.trigger()
    wizard = window.imports.wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert wizard.current_index() == FILE and not wizard.next_button.isEnabled()

    chooser: list[str] = []

    def fake_open(_parent: Any, _title: str, _folder: str, filters: str) -> tuple[str, str]:
        chooser.append(filters)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    wizard.file_page.browse_button.click()
    assert "*.xlsx" in chooser[0] and "*.csv" in chooser[0]
    wait_idle(qtbot, wizard)
    assert "reviews.xlsx" in wizard.file_page.info_label.text()

    # two sheets: the sheet page asks, the hidden one is marked
    next_page(qtbot, wizard, SHEET)
    items = [wizard.sheet_page.list.item(i).text() for i in range(wizard.sheet_page.list.count())]
    assert items[0] == "Reviews" and "hidden" in items[1]
    assert wizard.sheet_page.list.currentItem().text() == "Reviews"

    next_page(qtbot, wizard, MAPPING)
    assert wizard.options.sheet == "Reviews"
    model = wizard.mapping_page.model
    fields = [model.headerData(c, Qt.Orientation.Horizontal, FIELD_ROLE) for c in range(4)]
    assert fields == ["external_id", "date", "score", "text"]
    assert "→ Score (0–10 recommend)" in model.headerData(2, Qt.Orientation.Horizontal)
    assert wizard.mapping_page.editor.combo_for("Comment").currentData() == "text"
    assert wizard.mapping_page.editor.combo_for(SCORE_HEADER).currentText().startswith("Score")

    bad = source_index(wizard, 4, 2)  # spreadsheet row 4 holds the 11
    assert model.data(bad, Qt.ItemDataRole.DisplayRole) == "11"
    assert model.data(bad, Qt.ItemDataRole.BackgroundRole) == PROBLEM_BACKGROUND
    assert "outside 0–10" in model.data(bad, Qt.ItemDataRole.ToolTipRole)
    good = source_index(wizard, 2, 2)
    assert model.data(good, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(good, PROBLEM_ROLE) == []
    assert model.problem_rows() == 1
    wizard.mapping_page.only_problems.setChecked(True)
    assert wizard.mapping_page.proxy.rowCount() == 1
    wizard.mapping_page.only_problems.setChecked(False)

    next_page(qtbot, wizard, OPTIONS)
    wizard.options_page.source_combo.setEditText("Shop survey")
    assert wizard.next_button.text() == "&Import"
    next_page(qtbot, wizard, RUN)
    with qtbot.waitSignal(window.counts_changed, timeout=TIMEOUT):
        qtbot.waitUntil(lambda: wizard.run_page.state == "done", timeout=TIMEOUT)
    page = wizard.run_page
    figures = {key: number.text() for key, (number, _caption) in page.figures.items()}
    assert figures == {"read": "5", "imported": "4", "duplicates": "0", "rejected": "1"}
    qtbot.waitUntil(lambda: page.rejected_model.rowCount() == 1, timeout=TIMEOUT)
    rejected = page.rejected_model.rejected(0)
    assert rejected.row_number == 4 and rejected.column == SCORE_HEADER
    assert not wizard.back_button.isEnabled()  # written: going back would import twice
    assert wizard.finish_button.isVisible() and not wizard.cancel_button.isVisible()

    # really in the catalogue
    batches = svc.list_batches(window.catalogue)
    assert [(b.imported, b.rejected, b.sheet, b.source) for b in batches] == [
        (4, 1, "Reviews", "Shop survey")
    ]
    assert catalogue_service.count_rows(window.catalogue).feedback == 4
    assert window.counts.feedback == 4
    assert sorted(r[0] for r in feedback_rows(catalogue_path, "score")) == [3, 7, 9, 10]

    wizard.finish_button.click()
    qtbot.waitUntil(lambda: window.imports.wizard is None, timeout=TIMEOUT)


def test_show_in_imports_selects_the_batch(
    qtbot: Any, import_window: MainWindow, tmp_path: Path
) -> None:
    path = write_reviews_xlsx(tmp_path / "reviews.xlsx")
    wizard = import_window.import_file(path)
    qtbot.waitUntil(lambda: wizard.current_index() == SHEET, timeout=TIMEOUT)
    next_page(qtbot, wizard, MAPPING)
    run_to_summary(qtbot, wizard)
    wizard.run_page.show_button.click()
    page = import_window.page("imports")
    assert isinstance(page, ImportsPage)
    assert import_window.navigator.current_page() is page
    qtbot.waitUntil(lambda: page.selected_batch() is not None, timeout=TIMEOUT)
    assert page.selected_batch().id == wizard.result.batch_id


# ---------------------------------------------------------------- corrections and templates


def test_corrected_mapping_is_rechecked_imported_and_reused_as_template(
    qtbot: Any, import_window: MainWindow, catalogue_path: Path, tmp_path: Path
) -> None:
    path = write_reviews_xlsx(tmp_path / "reviews.xlsx")
    wizard = import_window.import_file(path)
    qtbot.waitUntil(lambda: wizard.current_index() == SHEET, timeout=TIMEOUT)
    next_page(qtbot, wizard, MAPPING)
    page = wizard.mapping_page
    assert page.model.problem_rows() == 1

    # the score column is not what it seems: keep it as extra information instead
    choose(page.editor.combo_for(SCORE_HEADER), None)
    assert page.model.headerData(2, Qt.Orientation.Horizontal, FIELD_ROLE) is None
    wait_idle(qtbot, wizard)
    assert page.model.problem_rows() == 0
    assert "No problems" in page.problems_label.text()
    assert mapped_fields(wizard) == {"external_id", "date", "text"}

    # moving "text" to another column leaves the first one unmapped
    choose(page.editor.combo_for("Review ID"), "text")
    assert page.editor.combo_for("Comment").currentData() is None
    choose(page.editor.combo_for("Comment"), "text")
    choose(page.editor.combo_for("Review ID"), "external_id")
    wait_idle(qtbot, wizard)
    qtbot.keyClicks(page.template_edit, "Shop reviews")
    run_to_summary(qtbot, wizard)
    assert wizard.result.rejected == 0 and wizard.result.imported == 5
    assert feedback_rows(catalogue_path, "score") == [(None,)] * 5
    assert [t.name for t in svc.list_templates(import_window.catalogue)] == ["Shop reviews"]
    wizard.finish_button.click()
    qtbot.waitUntil(lambda: import_window.imports.wizard is None, timeout=TIMEOUT)

    # the same headers again: the template is used and said so
    again = import_window.import_file(path)
    qtbot.waitUntil(lambda: again.current_index() == SHEET, timeout=TIMEOUT)
    next_page(qtbot, again, MAPPING)
    assert again.template_name == "Shop reviews"
    assert "Shop reviews" in again.mapping_page.template_label.text()
    assert again.mapping_page.template_label.isVisibleTo(again)
    assert again.mapping_page.editor.combo_for(SCORE_HEADER).currentData() is None


def mapped_fields(wizard: ImportWizard) -> set[str]:
    assert wizard.preview is not None
    return {str(f) for f in wizard.preview.mapping.fields}


# ---------------------------------------------------------------- questions a file raises


def test_cp1252_csv_needs_the_encoding_confirmed(
    qtbot: Any, import_window: MainWindow, catalogue_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    lines = ["Date;Comment;Rating", "2024-01-15;Très bien, café délicieux;5",
             "2024-02-20;Señor García: servicio lento;2"]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    wizard = import_window.import_file(path)
    qtbot.waitUntil(lambda: wizard.current_index() == MAPPING, timeout=TIMEOUT)
    wait_idle(qtbot, wizard)
    page = wizard.mapping_page
    assert page.encoding_box.isVisibleTo(wizard)
    assert "Windows-1252" in page.encoding_text.text()
    assert page.encoding_combo.currentData() == "cp1252"
    assert page.model.data(page.model.index(0, 1)) == "Très bien, café délicieux"
    assert not wizard.next_button.isEnabled()
    assert "looks right" in page.blocker_label.text()

    # another encoding re-reads the file and asks again
    choose(page.encoding_combo, "latin-1")
    wait_idle(qtbot, wizard)
    assert wizard.options.encoding == "latin-1" and not page.encoding_check.isChecked()
    assert not wizard.next_button.isEnabled()
    choose(page.encoding_combo, "cp1252")
    wait_idle(qtbot, wizard)

    page.encoding_check.click()
    assert wizard.next_button.isEnabled()
    run_to_summary(qtbot, wizard)
    assert wizard.run_page.state == "done"
    assert wizard.result.imported == 2
    texts = [r[0] for r in feedback_rows(catalogue_path, "text")]
    assert texts == ["Très bien, café délicieux", "Señor García: servicio lento"]


def test_ambiguous_dates_need_a_date_order(
    qtbot: Any, import_window: MainWindow, catalogue_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "survey.csv"
    path.write_text(
        "Date,Comment\n05/01/2024,Late delivery\n06/02/2024,Friendly staff\n",
        encoding="utf-8",
    )
    wizard = import_window.import_file(path)
    qtbot.waitUntil(lambda: wizard.current_index() == MAPPING, timeout=TIMEOUT)
    wait_idle(qtbot, wizard)
    page = wizard.mapping_page
    assert not page.encoding_box.isVisibleTo(wizard)
    assert page.date_box.isVisibleTo(wizard)
    assert "Date" in page.date_text.text()
    assert not wizard.next_button.isEnabled()
    assert "order of the dates" in page.blocker_label.text()
    orders = [page.date_combo.itemData(i) for i in range(page.date_combo.count())]
    assert orders[0] is None and svc.DateOrder.DMY in orders and svc.DateOrder.MDY in orders

    choose(page.date_combo, svc.DateOrder.DMY)
    wait_idle(qtbot, wizard)
    assert wizard.next_button.isEnabled()
    assert page.model.problem_rows() == 0
    run_to_summary(qtbot, wizard)
    assert wizard.result.imported == 2
    assert feedback_rows(catalogue_path, "received_on") == [("2024-01-05",), ("2024-02-06",)]


def test_unreadable_file_is_explained_and_blocks_next(
    qtbot: Any, import_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "download.xlsx"
    path.write_text("<html><body><table><tr><td>1</td></tr></table></body></html>")
    wizard = import_window.import_file()
    wizard.file_page.set_path_text(str(tmp_path / "missing.csv"))
    wizard.file_page.use_text()
    assert "There is no file" in wizard.file_page.error_label.text()
    wizard.file_page.set_path_text(str(path))
    wizard.file_page.use_text()
    wait_idle(qtbot, wizard)
    text = wizard.file_page.error_label.text()
    assert "cannot be imported" in text and str(path) in text
    assert wizard.current_index() == FILE and not wizard.next_button.isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


# ---------------------------------------------------------------- dry run and cancel


def test_dry_run_writes_nothing_and_can_go_back(
    qtbot: Any, import_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Comment,Rating\nGood,5\nBad,TRUE\n", encoding="utf-8")
    wizard = import_window.import_file(path)
    qtbot.waitUntil(lambda: wizard.current_index() == MAPPING, timeout=TIMEOUT)
    next_page(qtbot, wizard, OPTIONS)
    wizard.options_page.dry_run.setChecked(True)
    assert wizard.next_button.text() == "&Check"
    next_page(qtbot, wizard, RUN)
    qtbot.waitUntil(lambda: wizard.run_page.state == "done", timeout=TIMEOUT)
    assert wizard.result.dry_run and wizard.result.imported == 1 and wizard.result.rejected == 1
    assert wizard.run_page.title() == "Check Finished"
    assert svc.list_batches(import_window.catalogue) == []
    assert wizard.back_button.isEnabled()
    wizard.back_button.click()
    assert wizard.current_index() == OPTIONS


def slow_import(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each reported chunk takes a while, so Cancel lands in the middle of the import."""
    real = svc.run_import

    def slow(catalogue: Any, path: Any, options: Any, *, progress: Any, should_cancel: Any) -> Any:
        def slow_progress(done: int, total: int | None) -> None:
            time.sleep(0.2)
            progress(done, total)

        return real(catalogue, path, options, progress=slow_progress, should_cancel=should_cancel)

    monkeypatch.setattr(svc, "run_import", slow)


def test_cancel_during_progress_leaves_nothing(
    qtbot: Any, import_window: MainWindow, catalogue_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import datagen

    path = datagen.write_csv(tmp_path / "big.csv", 30_000)
    slow_import(monkeypatch)
    wizard = import_window.import_file(path)
    qtbot.waitUntil(lambda: wizard.current_index() == MAPPING, timeout=TIMEOUT)
    wait_idle(qtbot, wizard)
    next_page(qtbot, wizard, OPTIONS)
    next_page(qtbot, wizard, RUN)
    page = wizard.run_page
    qtbot.waitUntil(lambda: page.progress_bar.value() > 0, timeout=TIMEOUT)
    assert "of about" in page.progress_label.text()
    assert wizard.cancel_button.text() == "&Stop Import"
    assert not wizard.back_button.isEnabled()
    wizard.cancel_button.click()
    assert wizard.isVisible()  # stays, to say what happened
    qtbot.waitUntil(lambda: page.state == "cancelled", timeout=TIMEOUT)
    assert "Nothing was written" in page.message_label.text()
    assert wizard.back_button.isEnabled()
    assert svc.list_batches(import_window.catalogue) == []
    assert catalogue_service.count_rows(import_window.catalogue).feedback == 0
    assert feedback_rows(catalogue_path, "id") == []


# ---------------------------------------------------------------- drag and drop


def drop(window: MainWindow, path: Path) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    if enter.isAccepted():
        QApplication.sendEvent(window, event)
    return enter.isAccepted(), event.isAccepted()


def test_dropping_a_csv_opens_the_wizard_on_it(
    qtbot: Any, import_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "tickets.csv"
    path.write_text("Comment,Rating\nQuick answer,5\n", encoding="utf-8")
    assert drop(import_window, path) == (True, True)
    wizard = import_window.imports.wizard
    assert wizard is not None and wizard.path == path
    qtbot.waitUntil(lambda: wizard.current_index() == MAPPING, timeout=TIMEOUT)
    assert wizard.file_page.path_edit.text() == str(path)


def test_no_drop_without_a_catalogue(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    window.attach_import_service(svc)
    path = tmp_path / "tickets.csv"
    path.write_text("Comment\nHello\n", encoding="utf-8")
    assert drop(window, path) == (False, False)
    assert not window.ui_actions.import_file.isEnabled()
    assert window.import_file(path) is None
    assert window.imports.wizard is None
