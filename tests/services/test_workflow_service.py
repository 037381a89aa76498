"""The follow-up workflow against a real catalogue: rows and audit entries really written."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from advocacy_desktop.services import workflow_service as wf

TODAY = date(2026, 12, 3)  # a Thursday


@pytest.fixture
def world(catalogue: Any) -> dict[str, int]:
    """Two people, two needs, a source, four items (two detractors)."""
    with catalogue.write() as s:
        def insert(sql: str, **values: Any) -> int:
            return s.execute(text(sql + " RETURNING id"), values).scalar_one()

        ids = {
            "ada": insert("INSERT INTO person (uuid, name, email, active)"
                          " VALUES ('p-ada', 'Ada', 'ada@example.com', 1)"),
            "bob": insert("INSERT INTO person (uuid, name, active) VALUES ('p-bob', 'Bob', 1)"),
            "price": insert("INSERT INTO need (uuid, name, position) VALUES ('n1', 'Price', 0)"),
            "speed": insert("INSERT INTO need (uuid, name, position) VALUES ('n2', 'Speed', 1)"),
            "web": insert("INSERT INTO source (uuid, name, kind, collect)"
                          " VALUES ('s-web', 'Web form', 'survey', 1)"),
        }
        for n, (score, received, txt) in enumerate([
            (2, "2026-11-27", "=HYPERLINK(\"x\") too expensive"),  # Friday: due Tue 1 Dec
            (5, "2026-12-02", "slow delivery"),  # due Fri 4 Dec
            (9, "2026-12-01", "great"),
            (None, "2026-11-01", "no score"),
        ]):
            ids[f"f{n}"] = insert(
                "INSERT INTO feedback (uuid, score, received_on, text, status, version, source_id)"
                " VALUES (:u, :score, :rec, :txt, 'new', 1, :src)",
                u=f"f{n}", score=score, rec=received, txt=txt, src=ids["web"],
            )
        s.execute(text("INSERT INTO feedback_need (feedback_id, need_id, origin)"
                       " VALUES (:a, :p, 'manual'), (:b, :q, 'manual')"),
                  {"a": ids["f0"], "p": ids["price"], "b": ids["f1"], "q": ids["speed"]})
    return ids


def column(catalogue: Any, name: str) -> list[Any]:
    with catalogue.read() as s:
        return list(s.execute(text(f"SELECT {name} FROM feedback ORDER BY id")).scalars())


def audit(catalogue: Any, action: str) -> list[tuple[str, Any, Any]]:
    with catalogue.read() as s:
        rows = s.execute(text("SELECT entity_id, before, after FROM audit_log"
                              " WHERE entity = 'feedback' AND action = :a ORDER BY id"),
                         {"a": action}).all()
    return [(r[0], json.loads(r[1]) if r[1] else None, json.loads(r[2]) if r[2] else None)
            for r in rows]


def test_assign_keeps_existing_owners_unless_asked_and_restore_undoes(
    catalogue: Any, world: dict[str, int]
) -> None:
    f0, f1 = world["f0"], world["f1"]
    first = wf.assign(catalogue, [f0], world["ada"])
    assert first.ids == (f0,)
    change = wf.assign(catalogue, [f0, f1], world["bob"])
    assert change.ids == (f1,)  # f0 stays Ada's
    assert column(catalogue, "assignee_id")[:2] == [world["ada"], world["bob"]]
    forced = wf.assign(catalogue, [f0, f1], world["bob"], overwrite=True)
    assert forced.previous == {f0: world["ada"]}
    assert column(catalogue, "assignee_id")[:2] == [world["bob"], world["bob"]]
    wf.restore(catalogue, forced)
    assert column(catalogue, "assignee_id")[:2] == [world["ada"], world["bob"]]
    rows = audit(catalogue, "assign")
    assert [r[0] for r in rows] == [str(f0), str(f1), str(f0)]
    assert rows[2][1] == {"assignee_id": world["ada"]}
    assert rows[2][2] == {"assignee_id": world["bob"], "assignee": "Bob"}
    with pytest.raises(LookupError):
        wf.assign(catalogue, [f0], 9999)


def test_status_transitions_are_audited_and_illegal_ones_refused(
    catalogue: Any, world: dict[str, int]
) -> None:
    f0, f1 = world["f0"], world["f1"]
    for status in ("triaged", "in_progress", "resolved", "closed"):
        assert wf.set_status(catalogue, [f0], status).ids == (f0,)
    assert column(catalogue, "status")[0] == "closed"
    assert [(r[1]["status"], r[2]["status"]) for r in audit(catalogue, "set_status")] == [
        ("new", "triaged"), ("triaged", "in_progress"), ("in_progress", "resolved"),
        ("resolved", "closed")]
    assert column(catalogue, "version")[0] == 5
    with pytest.raises(wf.IllegalTransition, match=f"Item {f0} is closed.*in_progress"):
        wf.set_status(catalogue, [f1, f0], "in_progress")
    assert column(catalogue, "status")[:2] == ["closed", "new"]  # f1 untouched too
    with pytest.raises(wf.IllegalTransition, match="not a status"):
        wf.set_status(catalogue, [f1], "done")
    assert wf.set_status(catalogue, [f0], "triaged").previous == {f0: "closed"}  # reopen
    assert wf.set_status(catalogue, [f1], "wont_fix").ids == (f1,)


def test_due_notes_and_contacted(catalogue: Any, world: dict[str, int]) -> None:
    f0 = world["f0"]
    wf.set_due(catalogue, [f0], date(2026, 12, 24))
    wf.set_notes(catalogue, [f0], "called twice")
    change = wf.mark_contacted(catalogue, [f0], on=date(2026, 12, 2))
    assert column(catalogue, "due_on")[0] == "2026-12-24"
    assert column(catalogue, "notes")[0] == "called twice"
    assert column(catalogue, "contacted_on")[0] == "2026-12-02"
    assert audit(catalogue, "contacted") == [
        (str(f0), {"contacted_on": None}, {"contacted_on": "2026-12-02"})]
    wf.restore(catalogue, change)
    assert column(catalogue, "contacted_on")[0] is None


def test_follow_up_queue_lists_uncontacted_detractors_with_overdue_ones(
    catalogue: Any, world: dict[str, int]
) -> None:
    queue = wf.follow_up_queue(catalogue, today=TODAY)
    assert [(q.id, q.due, q.overdue) for q in queue] == [
        (world["f0"], date(2026, 12, 1), True), (world["f1"], date(2026, 12, 4), False)]
    assert queue[0].source == "Web form" and queue[0].score == 2
    assert [q.id for q in wf.follow_up_queue(catalogue, today=TODAY, overdue_only=True)] == [
        world["f0"]]
    wf.mark_contacted(catalogue, [world["f0"]], on=TODAY)
    wf.set_status(catalogue, [world["f1"]], "wont_fix")
    assert wf.follow_up_queue(catalogue, today=TODAY) == []


def test_my_queue_and_workload(catalogue: Any, world: dict[str, int]) -> None:
    wf.assign(catalogue, [world["f0"], world["f2"]], world["ada"])
    wf.set_status(catalogue, [world["f2"]], "wont_fix")
    assert [q.id for q in wf.my_queue(catalogue, world["ada"], today=TODAY)] == [world["f0"]]
    load = wf.workload(catalogue, today=TODAY)
    people = {x.name: (x.open, x.overdue) for x in load.people}
    assert people == {"Ada": (1, 1), "Unassigned": (2, 0)}
    needs = {x.name: (x.open, x.overdue) for x in load.needs}
    assert needs == {"Price": (1, 1), "Speed": (1, 0), "No need": (1, 0)}


def test_export_actions_writes_open_items_neutralised(
    catalogue: Any, world: dict[str, int], tmp_path: Path
) -> None:
    wf.assign(catalogue, [world["f0"]], world["ada"])
    wf.set_notes(catalogue, [world["f0"]], "+call back")
    wf.set_status(catalogue, [world["f2"]], "wont_fix")
    out = tmp_path / "actions.xlsx"
    out.write_bytes(b"old")
    assert wf.export_actions(catalogue, out, today=TODAY) == 3
    sheet = load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert tuple(rows[0]) == wf.ACTION_HEADERS
    first = dict(zip(wf.ACTION_HEADERS, rows[1], strict=True))
    assert first["ID"] == world["f0"] and first["Score"] == 2 and first["Status"] == "new"
    assert first["Assignee"] == "Ada" and first["Overdue"] == "yes"
    assert first["Due"].date() == date(2026, 12, 1)
    assert first["Needs"] == "Price" and first["Source"] == "Web form"
    assert first["Text"] == "'=HYPERLINK(\"x\") too expensive"
    assert first["Notes"] == "'+call back"
    assert [r[0] for r in rows[1:]] == [world["f0"], world["f1"], world["f3"]]
    assert sheet.cell(row=3, column=7).value in (None, "")  # f1 due Friday: not overdue
    assert not list(tmp_path.glob(".actions.xlsx.*"))


def add_responsibility(catalogue: Any, kind: str, person: int, *, need: int | None = None,
                       source: int | None = None) -> None:
    with catalogue.write() as s:
        s.execute(text("INSERT INTO responsibility (uuid, kind, need_id, source_id, person_id)"
                       " VALUES (:u, :k, :n, :s, :p)"),
                  {"u": f"r-{kind}-{need}-{source}-{person}", "k": kind, "n": need,
                   "s": source, "p": person})


def test_routing_by_need_then_by_source_never_overwrites(
    catalogue: Any, world: dict[str, int]
) -> None:
    add_responsibility(catalogue, "R", world["ada"], need=world["price"])
    add_responsibility(catalogue, "R", world["bob"], source=world["web"])
    wf.assign(catalogue, [world["f2"]], world["ada"])  # already owned: stays Ada's
    routed = wf.route(catalogue, [world["f0"], world["f1"], world["f2"]])
    assert {(r.feedback_id, r.person_id) for r in routed} == {
        (world["f0"], world["ada"]), (world["f1"], world["bob"])}
    assert column(catalogue, "assignee_id")[:3] == [world["ada"], world["bob"], world["ada"]]
    assert wf.routing_explanation(catalogue, world["f0"]) == (
        "Assigned to Ada because they are Responsible for Price.")
    assert wf.routing_explanation(catalogue, world["f1"]) == (
        "Assigned to Bob because they are Responsible for Web form.")
    assert wf.routing_explanation(catalogue, world["f2"]).startswith("Assigned to Ada")
    assert "Nobody" in wf.routing_explanation(catalogue, world["f3"]) or (
        column(catalogue, "assignee_id")[3] is not None)
    assert wf.route(catalogue, [world["f0"], world["f1"]]) == []  # second run: no change


def test_routing_inherits_from_the_parent_need_and_falls_back_to_the_source_owner(
    catalogue: Any, world: dict[str, int]
) -> None:
    with catalogue.write() as s:
        s.execute(text("UPDATE need SET parent_id = :p WHERE id = :c"),
                  {"p": world["price"], "c": world["speed"]})
        s.execute(text("UPDATE source SET owner_id = :b WHERE id = :w"),
                  {"b": world["bob"], "w": world["web"]})
    add_responsibility(catalogue, "R", world["ada"], need=world["price"])
    routed = wf.route(catalogue, [world["f1"], world["f2"]])
    assert {(r.feedback_id, r.person_id) for r in routed} == {
        (world["f1"], world["ada"]), (world["f2"], world["bob"])}
    assert wf.routing_explanation(catalogue, world["f1"]) == (
        "Assigned to Ada because they are Responsible for Speed (through Price).")
    assert wf.routing_explanation(catalogue, world["f2"]) == (
        "Assigned to Bob because they own the source Web form.")
    # the same reasons as data, for the GUI to word in the user's language
    assert wf.routing_reason(catalogue, world["f1"]) == wf.RoutingReason(
        "need", "Ada", need="Speed", through="Price")
    assert wf.routing_reason(catalogue, world["f2"]) == wf.RoutingReason(
        "owner", "Bob", source="Web form")


def test_an_import_routes_its_new_items(catalogue: Any, tmp_path: Path) -> None:
    from advocacy_desktop.services import import_service

    with catalogue.write() as s:
        ada = s.execute(text("INSERT INTO person (uuid, name, active) VALUES ('pa', 'Ada', 1)"
                             " RETURNING id")).scalar_one()
        s.execute(text("INSERT INTO need (uuid, name, position) VALUES ('np', 'Price', 0)"))
        s.execute(text("INSERT INTO responsibility (uuid, kind, need_id, person_id)"
                       " SELECT 'r1', 'R', id, :a FROM need WHERE name = 'Price'"), {"a": ada})
    path = tmp_path / "f.csv"
    path.write_text("NPS,Comment,Needs\n2,pricey,Price\n9,fine,\n", encoding="utf-8")
    import_service.run_import(catalogue, path)
    assert column(catalogue, "assignee_id") == [ada, None]
    assert audit(catalogue, "assign")[0][2]["by"] == "route"
