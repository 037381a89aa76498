"""The Needs page in the main window: every change goes through the service, lands in the
catalogue, is undone and redone through the window's undo stack, and is audited."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import text

from advocacy_desktop.services import catalogue_service
from advocacy_desktop.services import needs_service as ns
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.need_dialogs import DeleteNeedDialog, MergeNeedDialog
from advocacy_desktop.ui.needs_page import NeedsPage
from advocacy_desktop.ui.needs_tree import MIME_TYPE, NAME
from tests.ui.conftest import MessageBoxes, open_and_wait

TIMEOUT = 15_000


@pytest.fixture
def shop(catalogue_path: Path) -> dict[str, int]:
    """Price (p) > Discounts, Delivery > Late, Service; items 1-4 tagged."""
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        ids = {"price": ns.add_need(catalogue, "Price", shortcut="p", colour="#d9534f").need_id}
        ids["discounts"] = ns.add_need(catalogue, "Discounts", parent_id=ids["price"]).need_id
        ids["delivery"] = ns.add_need(catalogue, "Delivery", colour="#5cb85c").need_id
        ids["late"] = ns.add_need(catalogue, "Late", parent_id=ids["delivery"]).need_id
        ids["service"] = ns.add_need(catalogue, "Service").need_id
        tags = {1: ["price"], 2: ["price", "delivery"], 3: ["delivery"], 4: ["discounts"]}
        with catalogue.write_connection() as connection:
            conn = connection.connection.driver_connection
            for fid, names in tags.items():
                conn.execute("INSERT INTO feedback (id, uuid, text) VALUES (?, ?, 'x')",
                             (fid, f"f{fid}"))
                conn.executemany(
                    "INSERT INTO feedback_need (feedback_id, need_id) VALUES (?, ?)",
                    [(fid, ids[n]) for n in names],
                )
    return ids


def install_page(qtbot: Any, window: MainWindow, path: Path) -> NeedsPage:
    page = NeedsPage(ns, window.tasks, window.undo_stack, window)
    window.replace_page("needs", page)
    open_and_wait(qtbot, window, path)
    window.navigator.set_current_id("needs")
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    return page


def wait_loaded(qtbot: Any, page: NeedsPage) -> None:
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)


def links(window: MainWindow) -> set[tuple[int, int]]:
    assert window.catalogue is not None
    with window.catalogue.read() as session:
        return {tuple(r) for r in session.execute(
            text("SELECT feedback_id, need_id FROM feedback_need"))}


def shown_tree(page: NeedsPage) -> list[str]:
    """The paths as the tree shows them, walking the model itself."""
    model, found = page.model, []

    def walk(parent: Any, prefix: str) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, NAME, parent)
            path = prefix + index.data()
            found.append(path)
            walk(index, path + " › ")

    walk(QModelIndex(), "")
    return found


def test_tree_shows_names_keys_counts_and_swatches(
    qtbot: Any, window: MainWindow, catalogue_path: Path, shop: dict[str, int]
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    assert shown_tree(page) == ["Price", "Price › Discounts", "Delivery", "Delivery › Late",
                                "Service"]
    price = page.model.index_of(shop["price"])
    row = [price.siblingAtColumn(c).data() for c in range(4)]
    assert row == ["Price", "3", "P", ""]
    assert not price.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert page.empty_label.isHidden()
    page.grab().save("/tmp/needs_page_test.png")


def test_merge_two_needs_then_undo_and_redo(
    qtbot: Any, window: MainWindow, catalogue_path: Path, shop: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    before = links(window)
    price, delivery = shop["price"], shop["delivery"]
    asked: list[str] = []

    def choose(dialog: MergeNeedDialog) -> int:
        asked.append(dialog.target_combo.currentText())
        dialog.set_target(delivery)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeNeedDialog, "exec", choose)
    page.select_need(price)
    page.merge_action.trigger()
    assert asked  # the dialog asked, offering only needs outside Price
    assert "Price › Discounts" not in [page.merge_dialog.target_combo.itemText(i)
                                       for i in range(page.merge_dialog.target_combo.count())]
    wait_loaded(qtbot, page)
    merged = {(1, delivery), (2, delivery), (3, delivery), (4, shop["discounts"])}
    assert links(window) == merged
    assert shown_tree(page) == ["Delivery", "Delivery › Late", "Delivery › Discounts", "Service"]
    assert page.selected_need().id == delivery
    assert window.undo_stack.undoText() == "Merge need “Price” into “Delivery”"

    window.undo_stack.undo()
    wait_loaded(qtbot, page)
    assert links(window) == before
    assert shown_tree(page)[:2] == ["Price", "Price › Discounts"]
    window.undo_stack.redo()
    wait_loaded(qtbot, page)
    assert links(window) == merged
    with window.catalogue.read() as session:  # type: ignore[union-attr]
        actions = session.execute(text(
            "SELECT action, entity, entity_id, before, after FROM audit_log"
            " WHERE entity = 'need' ORDER BY id DESC LIMIT 3")).all()
    assert [tuple(a[:3]) for a in actions] == [
        ("redo_need_merge", "need", str(price)), ("undo_need_merge", "need", str(price)),
        ("need_merge", "need", str(price))]
    before_json, after_json = json.loads(actions[2][3]), json.loads(actions[2][4])
    assert "Price" in [n["name"] for n in before_json["needs"]]
    assert "Price" not in [n["name"] for n in after_json["needs"]]


def test_delete_asks_where_items_go_and_moves_them(
    qtbot: Any, window: MainWindow, catalogue_path: Path, shop: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    before = links(window)
    seen: dict[str, Any] = {}

    def answer(dialog: DeleteNeedDialog) -> int:
        seen["ok_before"] = dialog.ok_button.isEnabled()  # Price is top level: no default
        dialog.set_items_target(shop["service"])
        seen["ok_after"] = dialog.ok_button.isEnabled()
        dialog.set_children_target(shop["delivery"])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DeleteNeedDialog, "exec", answer)
    page.select_need(shop["price"])
    page.delete_action.trigger()
    wait_loaded(qtbot, page)
    assert seen == {"ok_before": False, "ok_after": True}
    service = shop["service"]
    delivery = shop["delivery"]
    assert links(window) == {
        (1, service), (2, service), (2, delivery), (3, delivery), (4, shop["discounts"])}
    assert "Delivery › Discounts" in shown_tree(page) and "Price" not in shown_tree(page)
    window.undo_stack.undo()
    wait_loaded(qtbot, page)
    assert links(window) == before and shown_tree(page)[0] == "Price"


def test_a_cycle_is_refused_and_nothing_is_pushed(
    qtbot: Any, window: MainWindow, catalogue_path: Path, shop: dict[str, int],
    message_boxes: MessageBoxes,
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    count = window.undo_stack.count()
    assert page.move_need(shop["price"], shop["discounts"]) is None
    assert "itself or below it" in message_boxes.texts[-1]
    assert window.undo_stack.count() == count
    assert shown_tree(page)[:2] == ["Price", "Price › Discounts"]


def test_drag_and_drop_moves_a_need_under_another(
    qtbot: Any, window: MainWindow, catalogue_path: Path, shop: dict[str, int]
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray(str(shop["service"]).encode()))
    target = page.model.index_of(shop["price"])
    assert page.model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    assert page.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target) is False
    qtbot.waitUntil(lambda: "Price › Service" in shown_tree(page), timeout=TIMEOUT)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: "Service" in shown_tree(page), timeout=TIMEOUT)


def test_add_rename_in_place_colour_and_key(
    qtbot: Any, window: MainWindow, catalogue_path: Path, shop: dict[str, int],
    message_boxes: MessageBoxes,
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    page.select_need(shop["delivery"])
    change = page.add_child("Damaged")
    wait_loaded(qtbot, page)
    assert "Delivery › Damaged" in shown_tree(page)
    page.model.setData(page.model.index_of(change.need_id), "Broken")  # the in-place editor
    wait_loaded(qtbot, page)
    assert "Delivery › Broken" in shown_tree(page)
    page.select_need(change.need_id)
    page.choose_colour("#123456")
    page.choose_shortcut("p")  # taken by Price: refused with the reason
    assert "already the shortcut of 'Price'" in message_boxes.texts[-1]
    page.choose_shortcut("b")
    wait_loaded(qtbot, page)
    need = page.need(change.need_id)
    assert (need.name, need.colour, need.shortcut) == ("Broken", "#123456", "b")
    for _ in range(4):
        window.undo_stack.undo()
    wait_loaded(qtbot, page)
    assert "Delivery › Damaged" not in shown_tree(page)
    assert "Delivery › Broken" not in shown_tree(page)


def export_and_import(qtbot: Any, window: MainWindow, page: NeedsPage, tmp_path: Path,
                      name: str) -> tuple[list[Any], list[Any]]:
    original = [(n.path, n.colour, n.shortcut, n.uuid) for n in page.needs()]
    out = tmp_path / name
    handle = page.export_taxonomy(out)
    qtbot.waitUntil(lambda: not handle.is_running and out.exists(), timeout=TIMEOUT)
    fresh = tmp_path / f"fresh-{name}.advocacy"
    catalogue_service.create(fresh).close()
    open_and_wait(qtbot, window, fresh)
    wait_loaded(qtbot, page)
    assert page.needs() == []
    page.import_taxonomy(out)
    qtbot.waitUntil(lambda: len(page.needs()) == len(original), timeout=TIMEOUT)
    imported = [(n.path, n.colour, n.shortcut, n.uuid) for n in page.needs()]
    return original, imported


def test_json_export_then_import_into_a_fresh_catalogue(
    qtbot: Any, window: MainWindow, catalogue_path: Path, shop: dict[str, int], tmp_path: Path
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    original, imported = export_and_import(qtbot, window, page, tmp_path, "needs.json")
    assert imported == original
    data = json.loads((tmp_path / "needs.json").read_text(encoding="utf-8"))
    assert data["format"] == "advocacy-needs"
    assert "5 added, 0 updated, 0 unchanged" in page.status_label.text()
    window.undo_stack.undo()  # the import is one undoable change
    qtbot.waitUntil(lambda: page.needs() == [], timeout=TIMEOUT)


def test_csv_round_trip(
    qtbot: Any, window: MainWindow, catalogue_path: Path, shop: dict[str, int], tmp_path: Path
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    original, imported = export_and_import(qtbot, window, page, tmp_path, "needs.csv")
    assert [row[:3] for row in imported] == [row[:3] for row in original]
    assert (tmp_path / "needs.csv").read_text(encoding="utf-8").splitlines()[2] == (
        "Price > Discounts,,,")


def test_a_bad_file_is_reported(
    qtbot: Any, window: MainWindow, catalogue_path: Path, shop: dict[str, int], tmp_path: Path,
    message_boxes: MessageBoxes,
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    bad = tmp_path / "not-needs.json"
    bad.write_text('{"rows": []}', encoding="utf-8")
    page.import_taxonomy(bad)
    qtbot.waitUntil(lambda: bool(message_boxes.texts), timeout=TIMEOUT)
    assert "not-needs.json: this JSON is not a taxonomy of needs" in message_boxes.texts[-1]
    assert len(page.needs()) == 5
