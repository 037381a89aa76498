"""The needs checklist under the Feedback page's detail pane: its boxes show the needs of the
selection (checked, partially, unchecked), a click tags every selected item (undoable), and
feedback ids dropped on a need are tagged with it (undoable)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from advocacy_desktop.services import catalogue_service, import_service, needs_service, tagging
from advocacy_desktop.ui import need_checklist
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.need_checklist import FEEDBACK_IDS_MIME, ids_from_mime, ids_mime
from tests.ui.test_feedback_page import install_page, need_id, select_rows, tagged

TIMEOUT = 15_000
ITEMS = 12


@pytest.fixture
def small_shop(catalogue_path: Path, tmp_path: Path) -> Path:
    """12 imported items, needs Price (p, red), Service (s) and Delivery under Service."""
    path = tmp_path / "feedback.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Date", "Source", "Score (0-10)", "Comment"])
        writer.writerows([f"2024-03-{1 + i:02d}", "Google", i % 11, f"Comment {i}"]
                         for i in range(ITEMS))
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        assert import_service.run_import(catalogue, path).imported == ITEMS
        needs_service.add_need(catalogue, "Price", shortcut="p", colour="#d9534f")
        service = needs_service.add_need(catalogue, "Service", shortcut="s", colour="#5b8def")
        needs_service.add_need(catalogue, "Delivery", parent_id=service.need_id)
    return catalogue_path


def states(page: Any) -> dict[str, Qt.CheckState]:
    return {n.name: page.checklist.state_of(n.id) for n in page.needs}


def click_box(qtbot: Any, page: Any, ident: int) -> None:
    """A real mouse click on the need's check box, where the delegate painted it."""
    listing = page.checklist.list
    item = page.checklist.item_for(ident)
    index = listing.indexFromItem(item)
    option = QStyleOptionViewItem()
    option.initFrom(listing)
    option.rect = listing.visualRect(index)
    option = listing.itemDelegate()._indented(option, index)
    listing.itemDelegate().initStyleOption(option, index)
    style = listing.style()
    box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, listing)
    assert box.isValid() and listing.viewport().rect().contains(box.center())
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def drop_at(listing: Any, point: QPointF, mime: Any) -> QDropEvent:
    """What a drag does to the list's viewport: enter, move, drop (Qt delivers a drop only
    after an enter). Returns the drop event."""
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(point.toPoint(), *args)
    QApplication.sendEvent(listing.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(listing.viewport(), QDragMoveEvent(point.toPoint(), *args))
    drop = QDropEvent(point, *args)
    QApplication.sendEvent(listing.viewport(), drop)
    return drop


def test_the_boxes_show_the_selection_and_a_click_tags_all_of_it(
    qtbot: Any, window: MainWindow, small_shop: Path
) -> None:
    page = install_page(qtbot, window, small_shop)
    assert window.catalogue is not None
    price, service = need_id(window, "Price"), need_id(window, "Service")
    ids = select_rows(page, [0, 1, 2])
    tagging.tag(window.catalogue, ids[:2], price)
    tagging.tag(window.catalogue, ids, service)
    page.refresh_checklist()
    assert page.checklist.selected == 3
    assert states(page) == {
        "Price": Qt.CheckState.PartiallyChecked,
        "Service": Qt.CheckState.Checked,
        "Delivery": Qt.CheckState.Unchecked,
    }
    assert "3" in page.checklist.heading.text()

    click_box(qtbot, page, price)  # partially -> checked: tags the third one too
    qtbot.waitUntil(lambda: tagged(window, "Price") == set(ids), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: states(page)["Price"] == Qt.CheckState.Checked, timeout=TIMEOUT)
    assert window.undo_stack.count() == 1

    window.undo_stack.undo()
    assert tagged(window, "Price") == set(ids[:2])
    qtbot.waitUntil(
        lambda: states(page)["Price"] == Qt.CheckState.PartiallyChecked, timeout=TIMEOUT
    )

    click_box(qtbot, page, service)  # checked -> unchecked: untags all three
    qtbot.waitUntil(lambda: tagged(window, "Service") == set(), timeout=TIMEOUT)
    window.undo_stack.undo()
    assert tagged(window, "Service") == set(ids)

    # a new selection gets its own states
    select_rows(page, [5])
    qtbot.waitUntil(lambda: page.checklist.selected == 1, timeout=TIMEOUT)
    assert set(states(page).values()) == {Qt.CheckState.Unchecked}


def test_a_large_selection_shows_boxes_without_state(
    qtbot: Any, window: MainWindow, small_shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(need_checklist, "LARGE_SELECTION", 2)
    page = install_page(qtbot, window, small_shop)
    assert window.catalogue is not None
    ids = select_rows(page, [0, 1, 2])
    tagging.tag(window.catalogue, ids, need_id(window, "Price"))
    page.refresh_checklist()
    assert "Large selection" in page.checklist.heading.text()
    assert page.checklist.counts is None
    assert set(states(page).values()) == {Qt.CheckState.Unchecked}


def test_ids_dropped_on_a_need_are_tagged_and_undo_untags(
    qtbot: Any, window: MainWindow, small_shop: Path
) -> None:
    page = install_page(qtbot, window, small_shop)
    delivery = need_id(window, "Delivery")
    ids = select_rows(page, [3, 4, 6])
    # the drag carries exactly the selected ids
    mime = ids_mime(page.view.drag_ids())
    assert mime.hasFormat(FEEDBACK_IDS_MIME)
    assert ids_from_mime(mime) == sorted(ids)

    listing = page.checklist.list
    target = listing.visualItemRect(page.checklist.item_for(delivery)).center()
    assert drop_at(listing, QPointF(target), mime).isAccepted()
    assert tagged(window, "Delivery") == set(ids)
    qtbot.waitUntil(
        lambda: page.checklist.state_of(delivery) == Qt.CheckState.Checked, timeout=TIMEOUT
    )

    window.undo_stack.undo()
    assert tagged(window, "Delivery") == set()
    window.undo_stack.redo()
    assert tagged(window, "Delivery") == set(ids)

    # garbage and a drop beside every need tag nothing
    assert ids_from_mime(None) == []
    listing.on_drop = lambda *_: pytest.fail("dropped beside the needs")
    below = QPointF(5, listing.viewport().height() - 2)
    assert not drop_at(listing, below, mime).isAccepted()


def test_pressing_a_selected_row_keeps_the_selection_for_a_drag(
    qtbot: Any, window: MainWindow, small_shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = install_page(qtbot, window, small_shop)
    ids = select_rows(page, [1, 2, 3])
    started: list[list[int]] = []
    monkeypatch.setattr(page.view, "startDrag", lambda _a: started.append(page.view.drag_ids()))
    viewport = page.view.viewport()
    at = page.view.visualRect(page.model.index(2, 1)).center()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at)
    assert sorted(page.selected_ids()) == sorted(ids)  # a press alone changes nothing
    qtbot.mouseMove(viewport, at + QPoint(0, 30))
    assert started == [sorted(ids)]
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at + QPoint(0, 30))

    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at)  # a click: just that row
    assert page.selected_ids() == [page.model.feedback_id(2)]
