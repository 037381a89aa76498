"""Merging a catalogue brought back from the field: two catalogues made from one, edited apart."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from advocacy_desktop.db import summaries
from advocacy_desktop.services import (
    catalogue_copy,
    catalogue_merge,
    catalogue_service,
    import_service,
    needs_service,
    people_service,
    tagging,
    workflow_service,
)

CSV = (
    "Review ID,Date,NPS,Comment,Source\n"
    "1,2025-01-10,10,Great service,Trustpilot\n"
    "2,2025-01-20,3,Slow delivery,Trustpilot\n"
    "3,2025-02-03,8,Fine price,Google\n"
    "4,2025-02-14,9,Lovely staff,Google\n"
)


def _import(catalogue: object, tmp_path: Path, text: str, name: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    import_service.run_import(catalogue, path, import_service.ImportOptions())


def _need(catalogue: object, name: str) -> int:
    return needs_service.add_need(catalogue, name).need_id


def _ids(catalogue: object) -> dict[str, int]:
    """Item ids by their external id."""
    with catalogue.read() as session:
        from sqlalchemy import text
        return {ext: i for i, ext in session.execute(text("SELECT id, external_id FROM feedback"))}


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in catalogue_copy.TABLES}


def _scalar(path: Path, sql: str, *args: object) -> object:
    with sqlite3.connect(path) as conn:
        row = conn.execute(sql, args).fetchone()
    return None if row is None else row[0]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple]:
    """Home (ours) and field (theirs): one catalogue copied, then edited apart."""
    home = catalogue_service.create(tmp_path / "home.advocacy")
    _import(home, tmp_path, CSV, "a.csv")
    price, delivery = _need(home, "Price"), _need(home, "Delivery")
    alice = people_service.add_person(home, "Alice", "alice@example.com")
    catalogue_copy.copy(home, tmp_path / "field.advocacy")
    field = catalogue_service.open_existing(tmp_path / "field.advocacy")
    items = _ids(home)
    assert items == _ids(field)

    tagging.tag(home, [items["1"]], price)  # item 1: tagged differently on each side
    tagging.tag(field, [items["1"]], delivery)
    workflow_service.set_status(home, [items["2"]], "triaged")  # item 2: status on both
    workflow_service.set_status(field, [items["2"]], "wont_fix")
    _need(home, "Support")  # only at home
    _need(home, "Quality")  # both: same name, different uuids
    _need(field, "Quality")
    billing = _need(field, "Billing")
    bob = people_service.add_person(field, "Bob", "bob@example.com")
    _import(field, tmp_path, "Review ID,Date,NPS,Comment,Source\n"
            "5,2025-03-01,2,Billing wrong twice,Trustpilot\n", "b.csv")
    new_item = _ids(field)["5"]
    tagging.tag(field, [new_item], billing)
    workflow_service.assign(field, [new_item], bob)
    yield home, field, {"items": items, "alice": alice}
    home.close()
    field.close()


def test_plan_lists_new_rows_mapped_rows_and_one_conflict_per_item_edited_in_both(
        pair: tuple) -> None:
    home, field, _ = pair
    before = _counts(home.path)
    plan = catalogue_merge.plan(home, field)
    assert _counts(home.path) == before  # a dry run writes nothing

    assert (plan.tables["need"].new, plan.tables["need"].mapped,
            plan.tables["need"].identical, plan.tables["need"].conflicts) == (1, 1, 2, 0)
    assert (plan.tables["person"].new, plan.tables["person"].identical) == (1, 1)
    assert (plan.tables["feedback"].new, plan.tables["feedback"].conflicts,
            plan.tables["feedback"].identical) == (1, 2, 2)
    assert plan.tables["feedback_need"].new == 1
    assert plan.tables["import_batch"].new == 1
    assert plan.tables["source"].new == 0 and plan.tables["source"].conflicts == 0
    assert [(m.table, m.label, m.by) for m in plan.mapped] == [("need", "Quality", "name")]

    by_label = {c.label.split()[0]: c for c in plan.conflicts}
    assert len(plan.conflicts) == 2
    first = next(c for c in plan.conflicts if "Great service" in c.label)
    second = next(c for c in plan.conflicts if "Slow delivery" in c.label)
    assert [(f.field, f.ours, f.theirs) for f in first.fields] == [("needs", "Price", "Delivery")]
    assert [(f.field, f.ours, f.theirs) for f in second.fields] == [
        ("status", "triaged", "wont_fix")]
    assert first.id == f"feedback:{first.uuid}" and first.ours_version == 2
    assert len(by_label) == 2


def test_apply_takes_chosen_theirs_keeps_ours_otherwise_and_is_idempotent(pair: tuple) -> None:
    home, field, ctx = pair
    items = ctx["items"]
    plan = catalogue_merge.plan(home, field)
    first = next(c for c in plan.conflicts if "Great service" in c.label)
    second = next(c for c in plan.conflicts if "Slow delivery" in c.label)

    report = catalogue_merge.apply(home, field, plan, {first.id: "theirs"})
    assert report.taken_theirs == [first.id] and report.kept_ours == [second.id]
    assert report.added["feedback"] == 1 and report.added["need"] == 1

    path = home.path
    needs_of_1 = _scalar(path, "SELECT group_concat(n.name) FROM feedback_need fn"
                               " JOIN need n ON n.id = fn.need_id WHERE fn.feedback_id = ?",
                         items["1"])
    assert needs_of_1 == "Delivery"
    assert _scalar(path, "SELECT status FROM feedback WHERE id = ?", items["2"]) == "triaged"
    new_id = _scalar(path, "SELECT id FROM feedback WHERE external_id = '5'")
    assert _scalar(path, "SELECT p.name FROM feedback f JOIN person p ON p.id = f.assignee_id"
                         " WHERE f.id = ?", new_id) == "Bob"
    assert _scalar(path, "SELECT n.name FROM feedback_need fn JOIN need n ON n.id = fn.need_id"
                         " WHERE fn.feedback_id = ?", new_id) == "Billing"
    assert _scalar(path, "SELECT count(*) FROM need WHERE name = 'Quality'") == 1
    assert _scalar(path, "SELECT count(*) FROM need WHERE name = 'Support'") == 1
    assert _scalar(path, "SELECT count(*) FROM audit_log WHERE action = 'merge'") == 1
    assert _scalar(path, "SELECT count(*) FROM audit_log WHERE action = 'merge_take_theirs'"
                         " AND entity = 'feedback' AND entity_id = ?", str(items["1"])) == 1
    # their history came along, pointing at our ids: Bob's assignment of the new item
    assert _scalar(path, "SELECT count(*) FROM audit_log WHERE entity = 'feedback'"
                         " AND entity_id = ? AND action = 'tag'", str(new_id)) == 1
    with sqlite3.connect(path) as conn:
        assert summaries.differences(conn) == []
    assert catalogue_service.check(path).ok

    counts = _counts(path)
    again = catalogue_merge.plan(home, field)
    assert again.new_rows == 0
    assert [c.id for c in again.conflicts] == [second.id]  # still ours, still listed
    catalogue_merge.apply(home, field, again)
    assert _counts(path) == counts


def test_cancel_leaves_the_target_as_it_was(pair: tuple) -> None:
    home, field, _ = pair
    before = _counts(home.path)
    with pytest.raises(catalogue_merge.MergeCancelled):
        catalogue_merge.apply(home, field, None, {}, cancelled=lambda: True)
    assert _counts(home.path) == before


def test_bad_choice_is_refused(pair: tuple) -> None:
    home, field, _ = pair
    with pytest.raises(ValueError, match="ours"):
        catalogue_merge.apply(home, field, None, {"feedback:x": "mine"})


def test_need_conflict_and_name_mapping_under_the_same_parent(tmp_path: Path) -> None:
    home = catalogue_service.create(tmp_path / "h.advocacy")
    field = catalogue_service.create(tmp_path / "f.advocacy")
    try:
        parent = _need(home, "Delivery")
        needs_service.add_need(home, "Late", parent_id=parent)
        other = _need(field, "Delivery")
        needs_service.add_need(field, "Late", parent_id=other)
        needs_service.add_need(field, "Damaged", parent_id=other)
        plan = catalogue_merge.plan(home, field)
        assert (plan.tables["need"].mapped, plan.tables["need"].new) == (2, 1)
        assert plan.tables["source"].mapped == 11 and plan.tables["role"].mapped == 6
        catalogue_merge.apply(home, field, plan)
        assert _scalar(home.path, "SELECT p.name FROM need n JOIN need p ON p.id = n.parent_id"
                                  " WHERE n.name = 'Damaged'") == "Delivery"
        assert _scalar(home.path, "SELECT count(*) FROM source") == 11
    finally:
        home.close()
        field.close()
