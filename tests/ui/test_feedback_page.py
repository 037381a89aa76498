"""The Feedback page in the main window: filters update the rows and the count, a need's key
tags exactly the selected items, every change is undone and redone through the window's undo
stack and lands in the catalogue (and its audit log)."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QToolButton
from sqlalchemy import text

from advocacy_desktop.domain.nps import Category
from advocacy_desktop.services import (
    catalogue_service,
    feedback_query,
    import_service,
    needs_service,
    rules,
    sources_service,
    tagging,
)
from advocacy_desktop.ui.feedback_filter_bar import SEARCH_DELAY_MS
from advocacy_desktop.ui.feedback_model import COLUMNS
from advocacy_desktop.ui.feedback_page import FeedbackPage, FeedbackServices
from advocacy_desktop.ui.main_window import MainWindow
from tests.ui.conftest import open_and_wait

TIMEOUT = 15_000
ITEMS = 50
SCORE = "How likely are you to recommend us? (0-10)"
KOREAN = "고객서비스도 친절하고 배송이 빨랐어요"
TURKISH = "Kargo çok geç geldi, İstanbul şubesi ilgisizdi"


def _row(i: int) -> list[Any]:
    comment = {7: KOREAN, 8: TURKISH}.get(i, f"Comment number {i} about the shop")
    needs = "Delivery" if i % 10 == 3 else ""
    source = ("Google", "Amazon", "Trustpilot")[i % 3]
    return [f"2024-03-{1 + i % 28:02d}", source, i % 11, comment, needs, f"ORD-{i:04d}", "Milan"]


@pytest.fixture
def shop(catalogue_path: Path, tmp_path: Path) -> Path:
    """50 imported items (scores i % 11, three sources, 5 with Delivery), needs Price (p)
    and Service (s)."""
    path = tmp_path / "feedback.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Date", "Source", SCORE, "Comment", "Needs", "Order ref", "Store"])
        writer.writerows(_row(i) for i in range(ITEMS))
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        assert import_service.run_import(catalogue, path).imported == ITEMS
        needs_service.add_need(catalogue, "Price", shortcut="p", colour="#d9534f")
        needs_service.add_need(catalogue, "Service", shortcut="s")
    return catalogue_path


def install_page(qtbot: Any, window: MainWindow, path: Path) -> FeedbackPage:
    services = FeedbackServices(feedback_query, tagging, needs_service, sources_service, rules)
    page = FeedbackPage(services, window.tasks, window.undo_stack, window,
                        settings=window.settings.qsettings)
    window.replace_page("feedback", page)
    open_and_wait(qtbot, window, path)
    window.navigator.set_current_id("feedback")
    qtbot.waitUntil(lambda: page.loaded and page.model.count_known, timeout=TIMEOUT)
    return page


def need_id(window: MainWindow, name: str) -> int:
    assert window.catalogue is not None
    with window.catalogue.read() as session:
        return int(session.execute(text("SELECT id FROM need WHERE name = :n"), {"n": name})
                   .scalar_one())


def tagged(window: MainWindow, name: str) -> set[int]:
    assert window.catalogue is not None
    with window.catalogue.read() as session:
        return set(session.execute(text(
            "SELECT feedback_id FROM feedback_need fn JOIN need n ON n.id = fn.need_id"
            " WHERE n.name = :n"), {"n": name}).scalars())


def counted(page: FeedbackPage) -> int:
    """The number the count label shows ("50 items"; "item(s)" until English plurals are
    compiled into the .qm by the lead's lupdate)."""
    found = re.fullmatch(r"([\d,]+) item(s|\(s\))?", page.filter_bar.count_label.text())
    assert found is not None, page.filter_bar.count_label.text()
    return int(found.group(1).replace(",", ""))


def select_rows(page: FeedbackPage, rows: list[int]) -> list[int]:
    selection = QItemSelection()
    for row in rows:
        selection.select(page.model.index(row, 0), page.model.index(row, len(COLUMNS) - 1))
    flags = QItemSelectionModel.SelectionFlag
    page.view.selectionModel().select(selection, flags.ClearAndSelect)
    page.view.selectionModel().setCurrentIndex(page.model.index(rows[0], 0), flags.NoUpdate)
    return [page.model.feedback_id(r) for r in rows]  # type: ignore[misc]


def test_filters_update_rows_and_the_live_count(
    qtbot: Any, window: MainWindow, shop: Path
) -> None:
    page = install_page(qtbot, window, shop)
    assert page.model.rowCount() == ITEMS
    assert counted(page) == 50

    # Promoters: scores 9 and 10 (i % 11 for i < 50: 8 items)
    page.filter_bar.category_buttons[Category.PROMOTER].click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 8, timeout=TIMEOUT)
    assert counted(page) == 8
    assert all(page.model.row_view(r).score >= 9 for r in range(8))

    # Combined with a source (AND): promoters from Google (i % 3 == 0)
    google = page.filter_bar.source.findText("Google")
    page.filter_bar.source.setCurrentIndex(google)
    expected = sum(1 for i in range(ITEMS) if i % 11 >= 9 and i % 3 == 0)
    qtbot.waitUntil(lambda: page.model.rowCount() == expected, timeout=TIMEOUT)

    # Search waits for the typing to stop, then finds a Korean substring
    page.filter_bar.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == ITEMS, timeout=TIMEOUT)
    page.filter_bar.search.setText("서비스")
    assert page.model.rowCount() == ITEMS  # debounced: nothing yet
    qtbot.wait(SEARCH_DELAY_MS + 100)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    assert counted(page) == 1
    assert "고객서비스도" in page.model.row_view(0).excerpt

    page.filter_bar.search.setText("istanbul")
    qtbot.waitUntil(lambda: page.model.filter.text == "istanbul", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    assert "İstanbul" in page.model.row_view(0).excerpt

    # "No need yet" leaves out the 5 Delivery items
    page.filter_bar.clear()
    page.filter_bar.no_need.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == ITEMS - 5, timeout=TIMEOUT)
    assert counted(page) == 45


def test_a_needs_key_tags_exactly_the_selected_rows_and_undo_redo(
    qtbot: Any, window: MainWindow, shop: Path
) -> None:
    page = install_page(qtbot, window, shop)
    ids = select_rows(page, [1, 4, 6])
    assert len(set(ids)) == 3
    page.view.setFocus()

    qtbot.keyClick(page.view, Qt.Key.Key_P)
    assert tagged(window, "Price") == set(ids)
    assert window.undo_stack.count() == 1
    assert re.fullmatch(r"Tag 3 item(s|\(s\)) with Price", window.undo_stack.undoText())
    # the model refreshed, the same items are still selected, the table shows the need
    assert set(page.selected_ids()) == set(ids)
    assert all("Price" in page.model.row_view(r).needs for r in (1, 4, 6))
    assert "Price" not in page.model.row_view(2).needs
    assert window.catalogue is not None
    with window.catalogue.read() as session:
        audited = set(session.execute(text(
            "SELECT CAST(entity_id AS INTEGER) FROM audit_log WHERE action = 'tag'")).scalars())
    assert audited == set(ids)

    window.undo_stack.undo()
    assert tagged(window, "Price") == set()
    assert "Price" not in page.model.row_view(1).needs
    window.undo_stack.redo()
    assert tagged(window, "Price") == set(ids)

    # The same key again toggles the need off; a key without a need does nothing
    qtbot.keyClick(page.view, Qt.Key.Key_P)
    assert tagged(window, "Price") == set()
    qtbot.keyClick(page.view, Qt.Key.Key_Z)
    assert window.undo_stack.count() == 2


def test_bulk_source_rules_and_the_context_menu(
    qtbot: Any, window: MainWindow, shop: Path
) -> None:
    page = install_page(qtbot, window, shop)
    ids = select_rows(page, [0, 1, 2])
    amazon = next(s for s in page.sources if s.name == "Amazon")
    before = {page.model.row_view(r).source for r in (0, 1, 2)}
    assert before != {"Amazon"}

    page.set_source_of_selected(amazon.id, amazon.name)
    assert window.catalogue is not None
    with window.catalogue.read() as session:
        sources = dict(session.execute(text(
            "SELECT f.id, s.name FROM feedback f JOIN source s ON s.id = f.source_id")).all())
    assert {sources[i] for i in ids} == {"Amazon"}
    window.undo_stack.undo()
    assert {page.model.row_view(r).source for r in (0, 1, 2)} == before

    # The context menu lists the needs and sources; Untag only the needs on the selection
    menu = page.build_context_menu()
    assert menu is not None
    titles = {a.text(): a for a in menu.actions()}
    assert {"Tag with", "Untag", "Set source", "Apply auto-tag rules to selection"} <= set(titles)
    assert not titles["Untag"].menu().isEnabled()
    tag_texts = [a.text() for a in titles["Tag with"].menu().actions()]
    assert "Price\tP" in tag_texts

    # Rules: a keyword rule for Service tags what it matches; undo untags exactly that
    rules.add_rule(window.catalogue, need_id(window, "Service"), "keyword", "comment")
    page.apply_rules_to_selected()
    assert tagged(window, "Service") == set(ids)
    window.undo_stack.undo()
    assert tagged(window, "Service") == set()
    window.undo_stack.redo()
    assert tagged(window, "Service") == set(ids)


def test_detail_pane_shows_the_extra_columns_and_history(
    qtbot: Any, window: MainWindow, shop: Path
) -> None:
    page = install_page(qtbot, window, shop)
    page.filter_bar.search.setText("İstanbul")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    page.view.selectRow(0)
    shown = page.detail_pane.text()
    assert TURKISH in shown
    assert "Order ref" in shown and "ORD-0008" in shown and "Milan" in shown
    assert "No changes yet." in shown
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_S)
    assert "tagged with Service" in page.detail_pane.text()


def test_saved_views_restore_a_filter(qtbot: Any, window: MainWindow, shop: Path) -> None:
    page = install_page(qtbot, window, shop)
    bar = page.filter_bar
    bar.category_buttons[Category.DETRACTOR].click()
    bar.no_need.setChecked(True)
    bar.save_view("Detractors to tag")
    bar.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == ITEMS, timeout=TIMEOUT)
    assert bar.apply_view("Detractors to tag")
    flt = page.model.filter
    assert flt.categories == frozenset({Category.DETRACTOR}) and flt.no_need
    expected = sum(1 for i in range(ITEMS) if i % 11 <= 6 and i % 10 != 3)
    qtbot.waitUntil(lambda: page.model.rowCount() == expected, timeout=TIMEOUT)


def test_screenshot_with_a_filter_and_tagged_rows(
    qtbot: Any, window: MainWindow, shop: Path
) -> None:
    page = install_page(qtbot, window, shop)
    window.resize(1200, 720)
    select_rows(page, [0, 2, 3, 5])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_P)
    page.filter_bar.category_buttons[Category.DETRACTOR].click()
    qtbot.waitUntil(lambda: page.model.count_known, timeout=TIMEOUT)
    page.view.selectRow(0)
    qtbot.wait(50)
    assert window.width() == 1200
    assert isinstance(page.filter_bar.views, QToolButton)
    assert window.grab().save("/tmp/feedback_page.png")
