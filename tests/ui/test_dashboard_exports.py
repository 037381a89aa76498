"""The Dashboard's "Export items…" and "NPS report…": the file holds exactly the items of the
page's filter, the outcome is shown, Cancel and failures leave nothing behind."""

from __future__ import annotations

import csv
import re
import threading
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from advocacy_desktop.services import charts, dashboard_service, exporting, report_workbook
from advocacy_desktop.services.feedback_filters import FeedbackFilter
from advocacy_desktop.ui.dashboard_page import DashboardPage
from advocacy_desktop.ui.tasks import TaskRunner
from tests.ui.test_dashboard_page import realistic_catalogue

XLSX_FILTER = "Excel workbook (*.xlsx)"
CSV_FILTER = "CSV, UTF-8 (*.csv)"


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: answers `answer`, records what it was
    asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: Path | str,
                 selected: str = XLSX_FILTER) -> None:
        self.asked: list[tuple[str, str, str]] = []
        self.answer, self.selected = str(answer), selected

        def fake(_parent: Any, caption: str, suggested: str, filters: str, *_a: Any,
                 **_k: Any) -> tuple[str, str]:
            self.asked.append((caption, suggested, filters))
            return self.answer, self.selected

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))


def make_page(qtbot: Any, catalogue: Any, *, exporting_module: Any = exporting,
              report_module: Any = report_workbook) -> DashboardPage:
    tasks = TaskRunner()
    page = DashboardPage(dashboard_service, charts, tasks, filter_type=FeedbackFilter,
                         exporting=exporting_module, report=report_module)
    page._test_tasks = tasks  # keep the runner alive with the page
    page.resize(1400, 900)
    qtbot.addWidget(page)
    page.exports.today = lambda: date(2026, 11, 25)
    page.set_catalogue(catalogue)
    page.show()
    qtbot.waitExposed(page)
    return page


def source_filter(catalogue: Any, name: str) -> tuple[FeedbackFilter, set[str]]:
    """A filter on one source, and the uuids of the items it keeps (straight from SQL)."""
    with catalogue.read() as session:
        raw = session.connection().connection.driver_connection
        source_id = raw.execute("SELECT id FROM source WHERE name = ?", (name,)).fetchone()[0]
        uuids = {row[0] for row in raw.execute(
            "SELECT uuid FROM feedback WHERE source_id = ?", (source_id,))}
    return FeedbackFilter(sources=(source_id,)), uuids


def finish(qtbot: Any, page: DashboardPage, action: Any) -> str:
    """Run `action`, wait for the export it starts; the outcome."""
    with qtbot.waitSignal(page.exports.finished, timeout=60_000) as blocker:
        action()
    return str(blocker.args[0])


@pytest.fixture
def filled(catalogue: Any) -> Any:
    realistic_catalogue(catalogue)
    return catalogue


def test_export_items_writes_the_filtered_items(
    qtbot: Any, filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flt, uuids = source_filter(filled, "Google Reviews")
    page = make_page(qtbot, filled)
    page.set_filter(flt)
    target = tmp_path / "google.xlsx"
    dialog = SaveDialog(monkeypatch, target)
    assert page.exports.export_button.isVisible() and page.exports.export_button.isEnabled()
    outcome = finish(qtbot, page, lambda: qtbot.mouseClick(page.exports.export_button,
                                                          Qt.MouseButton.LeftButton))
    assert outcome == "written"
    caption, suggested, filters = dialog.asked[0]
    assert caption == "Export Items"
    assert Path(suggested).name == "feedback-2026-11-25.xlsx"
    assert filters == f"{XLSX_FILTER};;{CSV_FILTER}"
    sheet = load_workbook(target, read_only=True)["Feedback"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("ID", "Received", "Source")
    assert {row[0] for row in rows[1:]} == uuids and len(rows) - 1 == len(uuids)
    assert {row[2] for row in rows[1:]} == {"Google Reviews"}
    assert 100 < len(uuids) < 2000  # a real part of the catalogue, not all of it
    bar = page.exports.message_bar
    assert bar.isVisible()
    # "items" once the English .ts has the plural forms ("item(s)" until then)
    assert re.fullmatch(rf"{len(uuids):,} item(s|\(s\)) written to {re.escape(str(target))}\.",
                        bar.label.text()), bar.label.text()
    assert bar.open_button.isVisible()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    bar.open_button.click()
    assert opened == [str(tmp_path)]
    assert page.exports.export_button.isEnabled()
    # the next dialog opens where the last file went
    finish(qtbot, page, page.exports.export_items)
    assert Path(dialog.asked[1][1]).parent == tmp_path


def test_export_items_to_csv_by_the_chosen_filter(
    qtbot: Any, filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flt, uuids = source_filter(filled, "고객 설문")
    page = make_page(qtbot, filled)
    page.set_filter(flt)
    SaveDialog(monkeypatch, tmp_path / "survey", CSV_FILTER)  # typed without an extension
    assert finish(qtbot, page, page.exports.export_action.trigger) == "written"
    with (tmp_path / "survey.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "ID"
    assert {row[0] for row in rows[1:]} == uuids and len(rows) - 1 == len(uuids)
    assert "survey.csv" in page.exports.message_bar.label.text()


def test_ctrl_e_exports_while_the_dashboard_is_shown(
    qtbot: Any, filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, filled)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    dialog = SaveDialog(monkeypatch, tmp_path / "all.xlsx")
    finish(qtbot, page, lambda: qtbot.keyClick(page, Qt.Key.Key_E,
                                               Qt.KeyboardModifier.ControlModifier))
    assert len(dialog.asked) == 1 and (tmp_path / "all.xlsx").exists()
    with filled.read() as session:
        total = session.connection().exec_driver_sql("SELECT count(*) FROM feedback").scalar()
    assert total > 1000  # a thousands separator, as in the headline's n
    assert page.exports.message_bar.label.text().startswith(f"{total:,} item")
    page.hide()
    qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.asked) == 1  # hidden: the shortcut does nothing


def test_nps_report_of_the_filter(
    qtbot: Any, filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flt, uuids = source_filter(filled, "Trustpilot")
    page = make_page(qtbot, filled)
    page.set_filter(flt)
    target = tmp_path / "report.xlsx"
    dialog = SaveDialog(monkeypatch, target)
    outcome = finish(qtbot, page, lambda: qtbot.mouseClick(page.exports.report_button,
                                                          Qt.MouseButton.LeftButton))
    assert outcome == "written"
    assert Path(dialog.asked[0][1]).name == "nps-report-2026-11-25.xlsx"
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == list(report_workbook.SHEETS)
    items = list(book["Items"].iter_rows(values_only=True))
    assert {row[0] for row in items[1:]} == uuids and len(items) - 1 == len(uuids)
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True)
               if len(row) > 1}
    assert summary["Items in the filter"] == len(uuids)
    assert "Trustpilot" in summary["Filter"]
    assert page.exports.message_bar.label.text() == f"NPS report written to {target}."


def test_cancel_leaves_no_file_and_keeps_the_old_one(
    qtbot: Any, filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export is held after every row went to the temporary file, until Cancel is
    pressed in the progress dialog; then nothing of it may remain."""
    started = threading.Event()

    def held_export(catalogue: Any, path: Any, flt: Any, *, progress: Any,
                    cancelled: Any) -> int:
        calls = 0

        def held(done: int, total: int) -> None:
            nonlocal calls
            calls += 1
            if calls == 2:  # the rows are written, the file is not yet in place
                started.set()
                while not cancelled():
                    threading.Event().wait(0.01)
            progress(done, total)

        return exporting.export_items(catalogue, path, flt, progress=held,
                                      cancelled=cancelled)

    page = make_page(qtbot, filled, exporting_module=SimpleNamespace(export_items=held_export))
    out = tmp_path / "out"  # apart from the catalogue and its -wal and -shm files
    out.mkdir()
    old = out / "feedback.xlsx"
    old.write_bytes(b"the old export")
    SaveDialog(monkeypatch, old)
    with qtbot.waitSignal(page.exports.finished, timeout=30_000) as blocker:
        page.exports.export_items()
        qtbot.waitUntil(started.is_set, timeout=30_000)
        assert not page.exports.export_button.isEnabled()  # one export at a time
        qtbot.waitUntil(lambda: page.findChild(QProgressDialog) is not None, timeout=5_000)
        dialog = page.findChild(QProgressDialog)
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.windowTitle() == "Exporting items…"
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert blocker.args == ["cancelled"]
    assert old.read_bytes() == b"the old export"
    assert [p.name for p in out.iterdir()] == ["feedback.xlsx"]  # no temporary file left
    assert "cancelled" in page.exports.message_bar.label.text()
    assert not page.exports.message_bar.open_button.isVisible()
    assert page.exports.export_button.isEnabled()


def test_failures_are_shown_and_write_nothing(
    qtbot: Any, filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, filled)
    out = tmp_path / "out"
    out.mkdir()
    missing = out / "no such folder" / "feedback.xlsx"
    SaveDialog(monkeypatch, missing)
    assert finish(qtbot, page, page.exports.export_action.trigger) == "failed"
    bar = page.exports.message_bar
    assert bar.label.text() == (f"Could not write feedback.xlsx in {missing.parent}:"
                                " No such file or directory")
    assert "#c62828" in bar.styleSheet() and not bar.open_button.isVisible()
    assert not missing.parent.exists()
    assert finish(qtbot, page, lambda: page.exports.write_report(missing)) == "failed"
    assert "No such file or directory" in bar.label.text()
    assert finish(qtbot, page, lambda: page.exports.export_items(out / "x.txt")) == "failed"
    assert "cannot export to .txt: use .xlsx or .csv" in bar.label.text()
    assert list(out.iterdir()) == []
    assert page.exports.export_button.isEnabled() and page.exports.report_button.isEnabled()


def test_without_catalogue_or_services(qtbot: Any, filled: Any) -> None:
    page = make_page(qtbot, filled, report_module=None)
    assert page.exports.export_button.isVisible()
    assert not page.exports.report_button.isVisible()
    assert page.exports.write_report(Path("never.xlsx")) is None
    page.set_catalogue(None)
    assert not page.exports.export_button.isEnabled()
    assert not page.exports.export_action.isEnabled()
    assert page.exports.export_items(Path("never.xlsx")) is None
    assert not Path("never.xlsx").exists()
