"""The Advocates page on a real catalogue built with the import service: the advocates in
attention order, one customer's history, logging a practice through the dialog with undo and
redo, the at-risk list, merging duplicates with undo, erasing a customer."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from advocacy_desktop.services import (
    advocates_service,
    catalogue_service,
    customers_service,
    import_service,
    people_service,
    privacy,
)
from advocacy_desktop.ui.advocates_model import CHIP_ROLE
from advocacy_desktop.ui.advocates_page import ADVOCATES, AT_RISK, CUSTOMERS, AdvocatesPage
from advocacy_desktop.ui.formatting import short_date
from advocacy_desktop.ui.main_window import MainWindow
from tests.ui.conftest import open_and_wait

TIMEOUT = 15_000
TODAY = dt.date.today()
HEADERS = ["Customer ID", "Email", "Name", "NPS", "Date", "Comment", "Source"]


def ago(days: int) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()


def shown(days: int) -> str:
    """The day `days` ago as the page shows it (the UI language's short date)."""
    return short_date(TODAY - dt.timedelta(days=days))


#: Dan's 3 of 150 days ago was never followed up (overdue): he comes first although Ann has
#: gone 200 days without attention (due); Eve is a new advocate. Bob fell from 10 to 6,
#: Cleo complained twice in a year. The two Fred Smiths share an e-mail address.
ROWS = [
    ["A", "ann@example.com", "Ann Archer", 9, ago(200), "Great service", "Google"],
    ["A", "", "", 10, ago(120), "Still great", "Trustpilot"],
    ["A", "", "", 9, ago(100), "Love it", "Trustpilot"],
    ["D", "", "Dan Dorsey", 3, ago(150), "The app crashes", "Support desk"],
    ["D", "", "", 9, ago(20), "Fixed, thanks!", "Google"],
    ["E", "", "Eve Eriksen", 10, ago(10), "Wonderful", "Google"],
    ["B", "bob@example.com", "Bob Baker", 10, ago(200), "Nice", "Google"],
    ["B", "", "", 6, ago(50), "Getting worse", "Google"],
    ["C", "", "Cleo Cole", 3, ago(300), "Bad", "Support desk"],
    ["C", "", "", 2, ago(30), "Awful", "Support desk"],
    ["F1", "fred@example.com", "Fred Smith", 8, ago(60), "ok", "Survey"],
    ["", "Fred@Example.com", "Fred Smith", 7, ago(40), "fine", "Survey"],
]


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


@pytest.fixture
def shop(catalogue_path: Path, tmp_path: Path) -> Path:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        result = import_service.run_import(catalogue, write_csv(tmp_path / "nps.csv", ROWS))
        assert (result.imported, result.rejected) == (len(ROWS), 0)
        people_service.add_person(catalogue, "Maria Lopez")
    return catalogue_path


def install_page(qtbot: Any, window: MainWindow, path: Path) -> AdvocatesPage:
    page = AdvocatesPage(advocates_service, customers_service, privacy, people_service,
                         window.tasks, window.undo_stack, window)
    window.replace_page("advocates", page)
    window.resize(1400, 900)
    open_and_wait(qtbot, window, path)
    window.navigator.set_current_id("advocates")
    qtbot.waitUntil(lambda: page.loaded and page.customers_tab.loaded, timeout=TIMEOUT)
    return page


def sql(page: AdvocatesPage, query: str, params: tuple[Any, ...] = ()) -> list[Any]:
    assert page.catalogue is not None
    with page.catalogue.read() as session:
        return list(session.connection().exec_driver_sql(query, params).fetchall())


def names(model: Any) -> list[str]:
    return [model.item(row).name for row in range(model.rowCount())]


def select(qtbot: Any, page: AdvocatesPage, tab: int, name: str) -> int:
    """Select `name` in the tab and wait until the pane shows them; their customer id."""
    page.tabs.setCurrentIndex(tab)
    model = page.list_tabs[tab].model
    row = names(model).index(name)
    customer_id = model.customer_id(model.item(row))
    page.list_tabs[tab].view.selectRow(row)
    qtbot.waitUntil(lambda: page.pane.detail is not None and page.pane.detail.id == customer_id
                    and page.pane.stack.currentIndex() == 1, timeout=TIMEOUT)
    return customer_id


def test_advocates_in_attention_order_with_the_overdue_one_first(
    qtbot: Any, window: MainWindow, shop: Path
) -> None:
    page = install_page(qtbot, window, shop)
    model = page.advocates_model
    assert names(model) == ["Dan Dorsey", "Ann Archer", "Eve Eriksen"]
    flags = [[chip[0] for chip in model.index(r, 7).data(CHIP_ROLE)] for r in range(3)]
    assert flags == [["Problem overdue"], ["Due attention"], []]
    ann = model.item(1)
    assert model.index(1, 4).data() == shown(200)
    assert model.index(1, 5).data() == "Never"
    assert model.index(1, 6).data() == "200" and ann.days_without_attention == 200
    assert model.index(1, 2).data() == "▼ 1"
    assert page.tabs.tabText(ADVOCATES) == "Advocates (3)"
    # the page selects the most urgent advocate
    qtbot.waitUntil(lambda: page.pane.detail is not None, timeout=TIMEOUT)
    assert page.pane.detail.name == "Dan Dorsey"
    dan_history = page.pane.history_model
    overdue = [r for r in range(dan_history.rowCount()) if dan_history.item(r).overdue]
    assert overdue and dan_history.index(overdue[0], 0).data(
        Qt.ItemDataRole.BackgroundRole) is not None
    assert page.pane.open_model.rowCount() == 2

    # filters: by name, and only those needing attention
    page.attention_check.setChecked(True)
    assert names(model) == ["Dan Dorsey", "Ann Archer"]
    page.advocates_tab.search.setText("ann")
    qtbot.waitUntil(lambda: names(model) == ["Ann Archer"], timeout=TIMEOUT)
    page.attention_check.setChecked(False)
    page.advocates_tab.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=TIMEOUT)
    # sorting by a column through the header, and back to the service's order
    page.advocates_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Ann Archer", "Dan Dorsey", "Eve Eriksen"]
    page.advocates_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Dan Dorsey", "Ann Archer", "Eve Eriksen"]


def test_selecting_an_advocate_shows_their_history_newest_first(
    qtbot: Any, window: MainWindow, shop: Path
) -> None:
    page = install_page(qtbot, window, shop)
    select(qtbot, page, ADVOCATES, "Ann Archer")
    history = page.pane.history_model
    assert [history.index(r, 0).data() for r in range(3)] == [shown(100), shown(120), shown(200)]
    assert [history.index(r, 1).data() for r in range(3)] == ["9", "10", "9"]
    assert history.index(0, 3).data() == "Love it"
    assert "advocate since " + shown(200) in page.pane.summary_label.text()
    assert page.pane.sources_label.text() == (
        "Speaks for us on: Trustpilot (2 of 2), Google (1 of 1)")
    assert page.pane.care_model.rowCount() == 0 and page.pane.care_empty.isVisibleTo(page)


def test_logging_a_practice_through_the_dialog_with_undo_and_redo(
    qtbot: Any, window: MainWindow, shop: Path
) -> None:
    page = install_page(qtbot, window, shop)
    ann = select(qtbot, page, ADVOCATES, "Ann Archer")
    qtbot.mouseClick(page.pane.log_button, Qt.MouseButton.LeftButton)
    dialog = page.care_dialog
    assert dialog is not None and dialog.isVisible()
    today = QDate(TODAY.year, TODAY.month, TODAY.day)
    assert dialog.date_edit.date() == today and dialog.date_edit.maximumDate() == today
    dialog.date_edit.setDate(today.addDays(5))  # the future is refused by the widget
    assert dialog.date_edit.date() == today
    dialog.practice_combo.setCurrentIndex(dialog.practice_combo.findData("appreciation"))
    assert dialog.explanation.text() == "Thank them for speaking for us."
    dialog.date_edit.setDate(today.addDays(-2))
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findText("Maria Lopez"))
    qtbot.keyClicks(dialog.note_edit, "Sent a hand-written thank-you card")
    dialog.accept()

    query = "SELECT id, practice, done_on, note, person_id FROM care_entry WHERE customer_id = ?"
    stored = sql(page, query, (ann,))
    assert [(r[1], str(r[2])[:10], r[3]) for r in stored] == [
        ("appreciation", ago(2), "Sent a hand-written thank-you card")]
    assert stored[0][4] is not None
    care = page.pane.care_model
    qtbot.waitUntil(lambda: care.rowCount() == 1, timeout=TIMEOUT)
    assert [care.index(0, c).data() for c in range(4)] == [
        shown(2), "Appreciation", "Maria Lopez", "Sent a hand-written thank-you card"]
    assert window.undo_stack.undoText() == "Log Appreciation for Ann Archer"
    # the list follows: Ann had attention two days ago, she is not due any more
    qtbot.waitUntil(lambda: page.loaded and not page.advocates_model.item(
        page.advocates_model.row_of(ann)).due_attention, timeout=TIMEOUT)
    row = page.advocates_model.row_of(ann)
    assert page.advocates_model.index(row, 5).data() == f"Appreciation · {shown(2)}"

    window.undo_stack.undo()
    assert sql(page, query, (ann,)) == []
    qtbot.waitUntil(lambda: care.rowCount() == 0, timeout=TIMEOUT)
    window.undo_stack.redo()
    assert sql(page, query, (ann,)) == stored  # the same entry, same id
    qtbot.waitUntil(lambda: care.rowCount() == 1, timeout=TIMEOUT)

    # deleting from the care log is undoable too
    page.pane.care_view.selectRow(0)
    assert page.pane.delete_button.isEnabled()
    page.pane.delete_button.click()
    assert sql(page, query, (ann,)) == []
    window.undo_stack.undo()
    assert sql(page, query, (ann,)) == stored


def test_the_reminder_interval_is_saved_in_the_catalogue(
    qtbot: Any, window: MainWindow, shop: Path
) -> None:
    page = install_page(qtbot, window, shop)
    assert page.care_days_spin.value() == 90
    page.care_days_spin.setValue(250)
    page.care_days_spin.editingFinished.emit()
    assert advocates_service.care_days(page.catalogue) == 250
    qtbot.waitUntil(lambda: page.loaded and [a.name for a in page.advocates_model.all_rows()
                                             if a.needs_attention] == ["Dan Dorsey"],
                    timeout=TIMEOUT)


def test_at_risk_lists_the_fallen_promoter_and_the_repeat_detractor(
    qtbot: Any, window: MainWindow, shop: Path
) -> None:
    page = install_page(qtbot, window, shop)
    model = page.at_risk_model
    assert sorted(names(model)) == ["Bob Baker", "Cleo Cole"]
    bob = names(model).index("Bob Baker")
    assert model.index(bob, 1).data() == "Fallen promoter"
    assert model.index(bob, 2).data() == "10 → 6"
    cleo = names(model).index("Cleo Cole")
    assert model.index(cleo, 1).data() == "Repeat detractor"
    select(qtbot, page, AT_RISK, "Bob Baker")
    assert "Fallen promoter" in page.pane.summary_label.text()
    assert page.pane.history_model.rowCount() == 2


def test_merging_duplicates_through_the_dialog_and_undoing_it(
    qtbot: Any, window: MainWindow, shop: Path
) -> None:
    page = install_page(qtbot, window, shop)
    page.tabs.setCurrentIndex(CUSTOMERS)
    assert page.customers_model.rowCount() == 7
    page.duplicates_button.click()
    dialog = page.duplicates_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "Same e-mail"
    pair = dialog.model.item(0)
    dialog.keep_second.setChecked(True)  # keep the newer record
    dialog.merge_button.click()

    customers = "SELECT id FROM customer ORDER BY id"
    assert (pair.first.id,) not in sql(page, customers)
    assert sql(page, "SELECT count(*) FROM feedback WHERE customer_id = ?",
               (pair.second.id,)) == [(2,)]
    assert window.undo_stack.undoText() == "Merge customer Fred Smith into Fred Smith"
    qtbot.waitUntil(lambda: dialog.loaded and dialog.model.rowCount() == 0, timeout=TIMEOUT)
    assert dialog.status_label.text().startswith("Fred Smith merged into Fred Smith. No dup")
    qtbot.waitUntil(lambda: page.customers_model.rowCount() == 6, timeout=TIMEOUT)

    window.undo_stack.undo()
    assert (pair.first.id,) in sql(page, customers)
    assert sql(page, "SELECT count(*) FROM feedback WHERE customer_id = ?",
               (pair.first.id,)) == [(1,)]
    qtbot.waitUntil(lambda: page.customers_model.rowCount() == 7, timeout=TIMEOUT)
    window.undo_stack.redo()
    assert (pair.first.id,) not in sql(page, customers)


def test_erasing_a_customer_needs_the_typed_confirmation(
    qtbot: Any, window: MainWindow, shop: Path
) -> None:
    page = install_page(qtbot, window, shop)
    page.tabs.setCurrentIndex(CUSTOMERS)
    bob = select(qtbot, page, CUSTOMERS, "Bob Baker")
    scores = sql(page, "SELECT score FROM feedback WHERE customer_id = ? ORDER BY id", (bob,))
    page.erase_button.click()
    dialog = page.erase_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm_edit, "Bob")
    assert not dialog.erase_button.isEnabled()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, "bob baker")
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()

    qtbot.waitUntil(lambda: sql(page, "SELECT erased FROM customer WHERE id = ?", (bob,))
                    == [(1,)], timeout=TIMEOUT)
    assert sql(page, "SELECT name, email, external_id FROM customer WHERE id = ?",
               (bob,)) == [(None, None, None)]
    assert sql(page, "SELECT score FROM feedback WHERE customer_id = ? ORDER BY id",
               (bob,)) == scores
    model = page.customers_model

    def shown_erased() -> bool:
        row = model.row_of(bob)
        return row >= 0 and model.index(row, 0).data() == f"Erased customer #{bob}"

    qtbot.waitUntil(shown_erased, timeout=TIMEOUT)
    page.customers_tab.select(bob)
    assert not page.erase_button.isEnabled()
    qtbot.waitUntil(lambda: "Bob Baker" not in names(page.at_risk_model), timeout=TIMEOUT)
    assert "Personal data of Bob Baker erased" in page.status_label.text()


def test_empty_catalogue_says_what_to_import(
    qtbot: Any, window: MainWindow, catalogue_path: Path
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    for tab in page.list_tabs:
        assert tab.stack.currentWidget() is tab.empty
        assert "Import a file with a customer id, e-mail or name column" in tab.empty.text()
    assert not page.duplicates_button.isEnabled()
    assert not page.pane.log_button.isEnabled()
