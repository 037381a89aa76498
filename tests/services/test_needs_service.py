"""The needs taxonomy: changes, their undo and redo, the audit log, and taxonomy files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.services import catalogue_service
from advocacy_desktop.services import needs_service as ns
from advocacy_desktop.services import taxonomy_files as tf
from advocacy_desktop.services.importing.writer import current_actor


def add_items(catalogue: Any, tags: dict[int, list[int]]) -> None:
    """Feedback rows 1..n, tagged {feedback_id: [need ids]}."""
    with catalogue.write_connection() as connection:
        conn = connection.connection.driver_connection
        for fid, need_ids in tags.items():
            conn.execute("INSERT INTO feedback (id, uuid, text) VALUES (?, ?, ?)",
                         (fid, f"f{fid}", f"item {fid}"))
            conn.executemany("INSERT INTO feedback_need (feedback_id, need_id) VALUES (?, ?)",
                             [(fid, n) for n in need_ids])


def links(catalogue: Any) -> set[tuple[int, int]]:
    with catalogue.read() as session:
        return {tuple(r) for r in session.execute(
            text("SELECT feedback_id, need_id FROM feedback_need"))}


def tree(catalogue: Any) -> list[tuple[Any, ...]]:
    return [(n.path, n.colour, n.shortcut, n.description) for n in ns.list_needs(catalogue)]


def audit(catalogue: Any) -> list[tuple[Any, ...]]:
    with catalogue.read() as session:
        return [tuple(r) for r in session.execute(text(
            "SELECT action, entity, entity_id, actor, before, after FROM audit_log"
            " WHERE entity = 'need' ORDER BY id"))]


@pytest.fixture
def shop(catalogue: Any) -> dict[str, int]:
    """Price (p) > Discounts, Price > Fees, Delivery (#5cb85c) > Late, Service."""
    ids = {"price": ns.add_need(catalogue, "Price", shortcut="P", colour="#D9534F").need_id}
    ids["discounts"] = ns.add_need(catalogue, "Discounts", parent_id=ids["price"]).need_id
    ids["fees"] = ns.add_need(
        catalogue, "Fees", parent_id=ids["price"], description="hidden"
    ).need_id
    ids["delivery"] = ns.add_need(catalogue, "Delivery", colour="#5cb85c").need_id
    ids["late"] = ns.add_need(catalogue, "Late", parent_id=ids["delivery"]).need_id
    ids["service"] = ns.add_need(catalogue, "Service").need_id
    return ids


def test_tree_order_paths_and_counts(catalogue: Any, shop: dict[str, int]) -> None:
    add_items(catalogue, {1: [shop["price"]], 2: [shop["price"], shop["discounts"]],
                          3: [shop["discounts"]], 4: [shop["late"]]})
    listed = ns.list_needs(catalogue)
    assert [n.path for n in listed] == [
        "Price", "Price › Discounts", "Price › Fees", "Delivery", "Delivery › Late", "Service"]
    price = listed[0]
    assert (price.shortcut, price.colour, price.items, price.items_with_children) == (
        "p", "#d9534f", 2, 3)
    assert [(n.depth, n.items) for n in listed[1:3]] == [(1, 2), (1, 0)]
    assert listed[3].items_with_children == 1


def test_names_shortcuts_and_colours_are_checked(catalogue: Any, shop: dict[str, int]) -> None:
    with pytest.raises(ns.NeedsError, match="already a need called 'Price'"):
        ns.add_need(catalogue, "  price ")
    assert ns.add_need(catalogue, "Discounts", parent_id=shop["delivery"]).need_id
    with pytest.raises(ns.NeedsError, match="already the shortcut of 'Price'"):
        ns.add_need(catalogue, "Speed", shortcut="p")
    for bad in ("1", "ab", " "):
        with pytest.raises(ns.NeedsError):
            ns.add_need(catalogue, "Speed", shortcut=bad)
    with pytest.raises(ns.NeedsError, match="not a colour"):
        ns.add_need(catalogue, "Speed", colour="red")
    with pytest.raises(ns.NeedsError, match="cannot contain"):
        ns.add_need(catalogue, "Price > Vouchers")
    with pytest.raises(ns.NeedNotFound):
        ns.add_need(catalogue, "Orphan", parent_id=999)
    assert len(ns.list_needs(catalogue)) == 7


def test_update_undo_redo_and_audit(catalogue: Any, shop: dict[str, int]) -> None:
    change = ns.update_need(catalogue, shop["fees"], name="Hidden fees", colour="#abc",
                            shortcut="F", description=None)
    after = ("Price › Hidden fees", "#aabbcc", "f", None)
    assert tree(catalogue)[2] == after
    ns.undo_change(catalogue, change)
    assert tree(catalogue)[2] == ("Price › Fees", None, None, "hidden")
    ns.redo_change(catalogue, change)
    assert tree(catalogue)[2] == after
    rows = audit(catalogue)
    assert [r[0] for r in rows[-3:]] == ["need_update", "undo_need_update", "redo_need_update"]
    _action, entity, entity_id, actor, before, after_json = rows[-3]
    assert (entity, entity_id) == ("need", str(shop["fees"]))
    assert json.loads(before)["needs"][0]["name"] == "Fees"
    assert json.loads(after_json)["needs"][0]["name"] == "Hidden fees"
    assert actor == current_actor()
    assert ns.update_need(catalogue, shop["fees"], name="Hidden fees").is_empty


def test_two_needs_can_swap_shortcuts_through_undo(catalogue: Any, shop: dict[str, int]) -> None:
    first = ns.update_need(catalogue, shop["price"], shortcut=None)
    second = ns.update_need(catalogue, shop["service"], shortcut="p")
    ns.undo_change(catalogue, second)
    ns.undo_change(catalogue, first)
    assert ns.list_needs(catalogue)[0].shortcut == "p"


def test_move_refuses_cycles_and_clashes(catalogue: Any, shop: dict[str, int]) -> None:
    before = tree(catalogue)
    with pytest.raises(ns.NeedsError, match="itself or below it"):
        ns.move_need(catalogue, shop["price"], shop["discounts"])
    with pytest.raises(ns.NeedsError, match="itself or below it"):
        ns.move_need(catalogue, shop["price"], shop["price"])
    ns.add_need(catalogue, "Late", parent_id=shop["service"])
    with pytest.raises(ns.NeedsError, match="already a need called 'Late'"):
        ns.move_need(catalogue, shop["late"], shop["service"])
    assert tree(catalogue)[:6] == before
    change = ns.move_need(catalogue, shop["delivery"], shop["price"])
    assert "Price › Delivery › Late" in [p for p, *_ in tree(catalogue)]
    ns.undo_change(catalogue, change)
    assert tree(catalogue)[:6] == before


def test_merge_moves_items_children_and_responsibilities_and_undoes(
    catalogue: Any, shop: dict[str, int]
) -> None:
    price, delivery = shop["price"], shop["delivery"]
    add_items(catalogue, {1: [price], 2: [price, delivery], 3: [delivery], 4: [shop["late"]]})
    with catalogue.write_connection() as connection:
        conn = connection.connection.driver_connection
        conn.execute("INSERT INTO person (id, uuid, name) VALUES (1, 'p1', 'Ann')")
        conn.execute("INSERT INTO responsibility (id, uuid, kind, need_id, person_id)"
                     " VALUES (1, 'r1', 'A', ?, 1)", (price,))
    links_before, tree_before = links(catalogue), tree(catalogue)

    change = ns.merge_needs(catalogue, price, delivery)
    assert links(catalogue) == {(1, delivery), (2, delivery), (3, delivery), (4, shop["late"])}
    assert [p for p, *_ in tree(catalogue)] == [
        "Delivery", "Delivery › Late", "Delivery › Discounts", "Delivery › Fees", "Service"]
    with catalogue.read() as session:
        assert session.execute(text("SELECT need_id FROM responsibility")).scalar() == delivery
    assert change.items_moved == 1

    ns.undo_change(catalogue, change)
    assert links(catalogue) == links_before
    assert tree(catalogue) == tree_before
    assert ns.list_needs(catalogue)[0].id == price
    with catalogue.read() as session:
        assert session.execute(text("SELECT need_id FROM responsibility")).scalar() == price
    ns.redo_change(catalogue, change)
    assert (2, delivery) in links(catalogue)
    assert price not in {n.id for n in ns.list_needs(catalogue)}
    assert [r[0] for r in audit(catalogue)][-3:] == [
        "need_merge", "undo_need_merge", "redo_need_merge"]


def test_merge_refuses_itself_and_a_need_below(catalogue: Any, shop: dict[str, int]) -> None:
    with pytest.raises(ns.NeedsError, match="into itself"):
        ns.merge_needs(catalogue, shop["price"], shop["price"])
    with pytest.raises(ns.NeedsError, match="below it"):
        ns.merge_needs(catalogue, shop["price"], shop["fees"])


def test_delete_never_loses_items_silently(catalogue: Any, shop: dict[str, int]) -> None:
    price, service = shop["price"], shop["service"]
    add_items(catalogue, {1: [price], 2: [price, service]})
    before = links(catalogue)
    with pytest.raises(ns.NeedsError, match="2 item"):
        ns.delete_need(catalogue, price, move_items_to=None, move_children_to=None)
    assert links(catalogue) == before

    change = ns.delete_need(catalogue, price, move_items_to=service, move_children_to=None)
    assert links(catalogue) == {(1, service), (2, service)}
    assert [p for p, *_ in tree(catalogue)][:2] == ["Delivery", "Delivery › Late"]
    assert {"Discounts", "Fees"} <= {p for p, *_ in tree(catalogue)}
    ns.undo_change(catalogue, change)
    assert links(catalogue) == before

    untag = ns.delete_need(catalogue, price, move_items_to=None,
                           move_children_to=shop["delivery"], untag_items=True)
    assert links(catalogue) == {(2, service)}
    assert "Delivery › Discounts" in [p for p, *_ in tree(catalogue)]
    ns.undo_change(catalogue, untag)
    assert links(catalogue) == before


def test_undo_is_refused_when_the_need_changed_since(catalogue: Any, shop: dict[str, int]) -> None:
    added = ns.add_need(catalogue, "Speed")
    add_items(catalogue, {1: [added.need_id]})
    with pytest.raises(ns.NeedsConflict):
        ns.undo_change(catalogue, added)
    assert (1, added.need_id) in links(catalogue)
    renamed = ns.update_need(catalogue, shop["service"], name="Support")
    ns.update_need(catalogue, shop["service"], name="Help")
    with pytest.raises(ns.NeedsConflict):
        ns.undo_change(catalogue, renamed)
    assert tree(catalogue)[-2][0] == "Help"


# --------------------------------------------------------------------------- files


def test_json_export_import_into_a_fresh_catalogue(
    catalogue: Any, shop: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "needs.json"
    assert tf.export_taxonomy(catalogue, out) == 6
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("advocacy-needs", 1)
    assert [n["name"] for n in data["needs"][0]["children"]] == ["Discounts", "Fees"]
    with catalogue_service.create(tmp_path / "fresh.advocacy") as fresh:
        summary = tf.import_taxonomy(fresh, out)
        assert (summary.added, summary.updated, summary.unchanged) == (6, 0, 0)
        assert tree(fresh) == tree(catalogue)
        assert [n.uuid for n in ns.list_needs(fresh)] == [n.uuid for n in ns.list_needs(catalogue)]
        again = tf.import_taxonomy(fresh, out)
        assert (again.added, again.updated, again.unchanged, again.change) == (0, 0, 6, None)
        ns.undo_change(fresh, summary.change)
        assert ns.list_needs(fresh) == []


def test_import_merges_by_uuid_then_path_and_never_deletes(
    catalogue: Any, shop: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "needs.json"
    tf.export_taxonomy(catalogue, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    data["needs"][0]["name"] = "Pricing"  # same uuid: a rename
    data["needs"][1]["uuid"] = "somewhere-else"  # Delivery matched by its path instead
    data["needs"][1]["children"].append({"name": "Damaged", "colour": "#f00"})
    del data["needs"][2]  # Service is not in the file: it stays
    out.write_text(json.dumps(data), encoding="utf-8")
    summary = tf.import_taxonomy(catalogue, out)
    assert (summary.added, summary.updated, summary.unchanged) == (1, 1, 4)
    paths = [p for p, *_ in tree(catalogue)]
    assert paths == ["Pricing", "Pricing › Discounts", "Pricing › Fees", "Delivery",
                     "Delivery › Late", "Delivery › Damaged", "Service"]


def test_csv_round_trip_with_neutralised_cells(
    catalogue: Any, shop: dict[str, int], tmp_path: Path
) -> None:
    ns.update_need(catalogue, shop["service"], description="=HYPERLINK(\"x\")", shortcut="+")
    out = tmp_path / "needs.csv"
    tf.export_taxonomy(catalogue, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "path,description,colour,shortcut"
    assert lines[2] == "Price > Discounts,,,"
    assert lines[-1].startswith("Service,\"'=HYPERLINK") and lines[-1].endswith(",'+")
    with catalogue_service.create(tmp_path / "fresh.advocacy") as fresh:
        tf.import_taxonomy(fresh, out)
        assert tree(fresh) == tree(catalogue)


def test_csv_without_parent_rows_creates_the_parents(catalogue: Any, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Path;x\n", encoding="utf-8")
    with pytest.raises(tf.TaxonomyFileError, match=r"t\.csv, line 1: .*no 'path' column"):
        tf.import_taxonomy(catalogue, path)
    path.write_text("\ufeffpath,colour\nPrice > Discounts > Vouchers,#123456\n",
                    encoding="utf-8")
    summary = tf.import_taxonomy(catalogue, path)
    assert summary.added == 3
    assert tree(catalogue)[-1] == ("Price › Discounts › Vouchers", "#123456", None, None)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "advocacy-needs",\n "version": 1,\n "needs": [}', "bad.json, line 3"),
        ('{"format": "something", "needs": []}', "not a taxonomy of needs"),
        ('{"format": "advocacy-needs", "version": 9, "needs": []}', "newer version"),
        ('{"format": "advocacy-needs", "version": 1, "needs": [{"name": "A", "children": '
         '[{"name": "B", "colour": "teal"}]}]}', r"needs\[0\].children\[0\] \(B\): 'teal'"),
        ("path,colour\nA,#fff\nB,1\n", "bad.json, line 3: .*not a colour"),
        ("path,shortcut\nA,7\n", "line 2: Digits are reserved"),
        ("<html><body>hi</body></html>", "looks like HTML"),
        ("", "empty"),
    ],
)
def test_bad_files_are_refused_naming_file_and_place(
    catalogue: Any, shop: dict[str, int], tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    before = tree(catalogue)
    with pytest.raises(tf.TaxonomyFileError, match=message):
        tf.import_taxonomy(catalogue, path)
    assert tree(catalogue) == before


def test_a_shortcut_taken_by_another_need_is_skipped_with_a_warning(
    catalogue: Any, shop: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "t.csv"
    path.write_text("path,shortcut\nSpeed,p\n", encoding="utf-8")
    summary = tf.import_taxonomy(catalogue, path)
    assert summary.added == 1 and "stays the shortcut of 'Price'" in summary.warnings[0]
    assert tree(catalogue)[-1] == ("Speed", None, None, None)


def test_export_needs_a_json_or_csv_name(catalogue: Any, tmp_path: Path) -> None:
    with pytest.raises(ns.NeedsError, match=r"\.json or \.csv"):
        tf.export_taxonomy(catalogue, tmp_path / "needs.xlsx")
