"""Two people editing one team catalogue (a real PostgreSQL server): the second of two edits
from the same state gets `ChangedElsewhere` and nothing of the first is lost; transactions
that collide are retried; the needs, sources, people and RACI services work on PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from advocacy_desktop.db.team import TeamCatalogue, open_team_catalogue
from advocacy_desktop.services import (
    catalogue_copy,
    catalogue_service,
    feedback_query,
    import_service,
    needs_service,
    people_service,
    responsibility_service,
    sources_service,
    tagging,
    workflow_service,
)
from advocacy_desktop.services.concurrency import (
    ChangedElsewhere,
    ChangeTracker,
    change_stamp,
)
from advocacy_desktop.services.feedback_filters import FeedbackFilter

pytest.importorskip("psycopg", reason="the 'team' extra (psycopg) is not installed")

CSV = (
    "Review ID,Date,NPS,Comment,Source\n"
    "1,2025-01-10,10,Great service,Trustpilot\n"
    "2,2025-01-20,3,Late delivery,Trustpilot\n"
    "3,2025-02-03,8,Nice but slow,Google\n"
    "4,2025-02-14,9,Fast — danke!,Google\n"
    "5,,7,No date given,Survey\n"
    "6,2025-02-14,0,Same day as four,Survey\n"
    "7,,,Undated and unscored,Google\n"
)


@pytest.fixture
def team_url(pg_url: str, tmp_path: Path) -> str:
    """A team catalogue holding four items, copied from a file catalogue."""
    path = tmp_path / "seed.advocacy"
    csv = tmp_path / "in.csv"
    csv.write_text(CSV, encoding="utf-8")
    with catalogue_service.create(path) as seed:
        import_service.run_import(seed, csv, import_service.ImportOptions())
        catalogue_copy.copy(seed, pg_url)
    return pg_url


@pytest.fixture
def sessions(team_url: str) -> Iterator[tuple[TeamCatalogue, TeamCatalogue]]:
    """Two people, each with the team catalogue open in their own app."""
    a, b = open_team_catalogue(team_url), open_team_catalogue(team_url)
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def _one(catalogue: TeamCatalogue, sql: str, **params: object) -> object:
    with catalogue.read() as session:
        return session.execute(text(sql), params).scalar()


def _ids(catalogue: TeamCatalogue) -> list[int]:
    with catalogue.read() as session:
        return list(session.execute(text("SELECT id FROM feedback ORDER BY id")).scalars())


def test_the_second_edit_from_the_same_state_is_refused_and_nothing_is_lost(sessions) -> None:
    a, b = sessions
    item = _ids(a)[0]
    alice = people_service.add_person(a, "Alice", "alice@example.com")
    seen = tagging.current_versions(a, [item])  # A shows the item
    workflow_service.set_status(b, [item], "triaged")  # B changes it meanwhile
    with pytest.raises(ChangedElsewhere) as caught:
        workflow_service.assign(a, [item], alice, versions=seen)
    assert caught.value.items == (item,)
    assert caught.value.latest is not None and caught.value.latest.action == "set_status"
    # nothing of A's was written, B's change is intact
    assert _one(a, "SELECT assignee_id FROM feedback WHERE id = :i", i=item) is None
    assert _one(a, "SELECT status FROM feedback WHERE id = :i", i=item) == "triaged"
    assert _one(a, "SELECT count(*) FROM audit_log WHERE action = 'assign'") == 0
    # A reloads and applies the change again: now it goes through
    change = workflow_service.assign(a, [item], alice,
                                     versions=tagging.current_versions(a, [item]))
    assert change.previous == {item: None}
    assert _one(b, "SELECT assignee_id FROM feedback WHERE id = :i", i=item) == alice
    assert _one(b, "SELECT status FROM feedback WHERE id = :i", i=item) == "triaged"


def test_tag_and_untag_conflicts(sessions) -> None:
    a, b = sessions
    item = _ids(a)[1]
    need = needs_service.add_need(a, "Delivery").need_id
    other = needs_service.add_need(b, "Price").need_id
    seen = tagging.current_versions(a, [item])
    tagging.tag(b, [item], other)
    with pytest.raises(ChangedElsewhere):
        tagging.tag(a, [item], need, versions=seen)
    assert tagging.needs_of(a, [item]) == {item: {other}}
    done = tagging.tag(a, [item], need, versions=tagging.current_versions(a, [item]))
    assert done.ids == (item,)
    # B untags from what it saw before A's tag: refused, A's tag stays
    stale = {item: done.versions[item] - 1}
    with pytest.raises(ChangedElsewhere):
        tagging.untag(b, [item], need, versions=stale)
    assert tagging.needs_of(b, [item]) == {item: {need, other}}
    # the undo of A's own change is not a conflict for A
    tagging.untag(a, [item], need, versions=done.versions)
    assert tagging.needs_of(b, [item]) == {item: {other}}


def test_writers_on_different_items_both_commit(sessions) -> None:
    a, b = sessions
    first, second, *_ = _ids(a)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def edit(catalogue: TeamCatalogue, item: int) -> None:
        try:
            barrier.wait(5)
            for status in ("triaged", "in_progress", "resolved"):
                workflow_service.set_status(catalogue, [item], status)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=edit, args=(a, first)),
               threading.Thread(target=edit, args=(b, second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    for item in (first, second):
        assert _one(a, "SELECT status FROM feedback WHERE id = :i", i=item) == "resolved"
        assert _one(a, "SELECT version FROM feedback WHERE id = :i", i=item) >= 3


def test_a_serialisation_failure_is_retried_and_both_changes_stay(sessions) -> None:
    a, b = sessions
    item = _ids(a)[2]
    need = needs_service.add_need(a, "Speed").need_id
    started = threading.Event()
    result: list[object] = []
    # A holds an open transaction that changed the item; B's write on the same row waits,
    # then fails with a serialisation error when A commits, and runs again on a new snapshot
    with a.write_connection() as conn:
        conn.execute(text("UPDATE feedback SET notes = 'from A', version = version + 1"
                          " WHERE id = :i"), {"i": item})

        def tag_in_b() -> None:
            started.set()
            try:
                result.append(tagging.tag(b, [item], need))
            except BaseException as exc:  # reported below
                result.append(exc)

        thread = threading.Thread(target=tag_in_b)
        thread.start()
        started.wait(5)
        thread.join(0.5)
        assert thread.is_alive()  # B waits for A's row lock
    thread.join(30)
    assert len(result) == 1 and isinstance(result[0], tagging.TagChange), result
    assert _one(b, "SELECT notes FROM feedback WHERE id = :i", i=item) == "from A"
    assert tagging.needs_of(a, [item]) == {item: {need}}


def test_needs_sources_people_and_raci_on_postgresql(sessions) -> None:
    a, b = sessions
    items = _ids(a)
    delivery = needs_service.add_need(a, "Delivery", shortcut="d").need_id
    late = needs_service.add_need(a, "Late", parent_id=delivery).need_id
    slow = needs_service.add_need(a, "Slow").need_id
    needs_service.update_need(a, late, name="Late parcel", colour="#aa0000")
    tagging.tag(a, items[:2], late)
    tagging.tag(a, items[1:3], slow)
    merged = needs_service.merge_needs(a, slow, late)
    assert {n.name for n in needs_service.list_needs(b)} == {"Delivery", "Late parcel"}
    assert tagging.needs_of(b, items[:3]) == {i: {late} for i in items[:3]}
    needs_service.undo_change(a, merged)  # the merged need comes back with its id and links
    assert tagging.needs_of(b, items[1:3])[items[2]] == {slow}
    needs_service.redo_change(a, merged)
    needs_service.delete_need(a, late, move_items_to=delivery, move_children_to=None)
    assert tagging.needs_of(b, items[:3]) == {i: {delivery} for i in items[:3]}
    again = needs_service.add_need(b, "Again").need_id
    assert {n.id: n.name for n in needs_service.list_needs(a)} == {
        delivery: "Delivery", again: "Again"}
    with a.write_connection() as conn:  # the id sequence was kept past every id written
        fresh = conn.execute(text("INSERT INTO need (uuid, name, position)"
                                  " VALUES ('x', 'Sequenced', 9) RETURNING id")).scalar()
    assert fresh > max(delivery, again)

    source = sources_service.add_source(a, "Field visits", kind="other", notes="tickets")
    assert sources_service.update_source(a, source, notes="desk", collect=False) == {
        "notes": "tickets", "collect": True}
    info = sources_service.get_source(b, source)
    assert (info.notes, info.collect) == ("desk", False)
    tagging.set_source(a, items[:1], source)
    assert sources_service.delete_source(a, source) == 1
    assert _one(b, "SELECT source_id FROM feedback WHERE id = :i", i=items[0]) is None

    alice = people_service.add_person(a, "Alice", "alice@example.com")
    bob = people_service.add_person(b, "Bob", "bob@example.com")
    with pytest.raises(people_service.PeopleError):
        people_service.add_person(b, "Alice again", "ALICE@example.com")
    people_service.update_person(a, bob, email="robert@example.com")
    lead = people_service.add_role(a, "Advocacy lead", maturity_level=2)
    assert people_service.assign_role(a, alice, lead) is True
    assert people_service.assign_role(b, alice, lead) is False  # ON CONFLICT DO NOTHING
    assert people_service.set_active(b, bob, False) is True
    assert [p.name for p in people_service.list_people(a)] == ["Alice"]
    change = responsibility_service.set_responsibility(a, "A", need_id=delivery,
                                                       person_id=alice)
    replaced = responsibility_service.set_responsibility(b, "A", need_id=delivery,
                                                         role_id=lead)
    assert replaced.removed == change.added
    responsibility_service.undo_change(b, replaced)
    assert responsibility_service.responsible_for_need(a, delivery) is None
    row = next(r for r in responsibility_service.matrix(b) if r.id == delivery)
    assert row.holders["A"] == ("Alice",)
    responsibility_service.set_responsibility(b, "R", need_id=delivery, person_id=alice)
    assert responsibility_service.responsible_for_need(a, delivery) == alice
    people_service.remove_role(a, alice, lead)
    people_service.delete_role(a, lead)
    assert lead not in {r.id for r in people_service.list_roles(b)}


def test_the_change_stamp_moves_when_another_session_commits(sessions) -> None:
    a, b = sessions
    tracker = ChangeTracker(a)
    try:
        assert tracker.poll() is False
        workflow_service.set_status(a, [_ids(a)[0]], "triaged")  # our own change
        assert tracker.poll() is False
        workflow_service.set_notes(b, [_ids(b)[1]], "seen by B")
        assert tracker.poll() is True
        assert tracker.poll() is False
        with b.write_connection() as conn:  # a change that leaves no audit row
            conn.execute(text("UPDATE feedback SET updated_at = CURRENT_TIMESTAMP"
                              " WHERE id = (SELECT min(id) FROM feedback)"))
        assert tracker.poll() is True
        assert change_stamp(a) == change_stamp(b) == tracker.stamp()
    finally:
        tracker.close()


def test_the_change_stamp_reads_indexes_only(sessions) -> None:
    """Polled every 3 s on the UI thread: no part of the stamp may scan the items (on 1M
    items max(updated_at) without ix_feedback_updated_at was a full scan)."""
    from advocacy_desktop.services.concurrency import _PG_STAMP

    a, _b = sessions
    with a.write_connection() as conn:  # an edited item, so the partial index holds a row
        conn.execute(text("UPDATE feedback SET updated_at = CURRENT_TIMESTAMP"
                          " WHERE id = (SELECT min(id) FROM feedback)"))
    with a.read() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(session.execute(text(f"EXPLAIN {_PG_STAMP}")).scalars())
    assert "ix_feedback_updated_at" in plan
    assert "Seq Scan on feedback" not in plan

@pytest.mark.parametrize("flt", [FeedbackFilter(), FeedbackFilter(text="date")])
def test_positions_rows_at_and_detail_equal_sqlite(team_url: str, tmp_path: Path,
                                                   flt: FeedbackFilter) -> None:
    with catalogue_service.open_existing(tmp_path / "seed.advocacy") as file, \
            open_team_catalogue(team_url) as team:
        for stride in (1, 2, 3, 50):
            ours, theirs = (feedback_query.positions(c, flt, stride=stride)
                            for c in (file, team))
            assert (theirs.count, theirs.anchors) == (ours.count, ours.anchors)
            for start in range(ours.count + 1):
                for limit in (1, 2, 5):
                    expected = feedback_query.rows_at(file, flt, start, limit, known=ours)
                    assert feedback_query.rows_at(team, flt, start, limit,
                                                  known=theirs) == expected
                    assert feedback_query.rows_at(team, flt, start, limit) == expected
        for item in _ids(team):
            mine, shared = feedback_query.detail(file, item), feedback_query.detail(team, item)
            assert shared is not None and mine is not None
            assert [(h.action, h.after) for h in shared.history] == [
                (h.action, h.after) for h in mine.history]
            assert shared.__dict__ | {"history": ()} == mine.__dict__ | {"history": ()}
        assert feedback_query.detail(team, 10_000) is None


def _both_ways(file: object, team: object, fn, *args: object, **kwargs: object) -> tuple:
    return fn(file, *args, **kwargs), fn(team, *args, **kwargs)


def test_routing_queues_workload_raci_and_exports_equal_sqlite(team_url: str,
                                                               tmp_path: Path) -> None:
    today = date(2025, 3, 1)
    with catalogue_service.open_existing(tmp_path / "seed.advocacy") as file, \
            open_team_catalogue(team_url) as team:
        for catalogue in (file, team):  # the same edits on both
            delivery = needs_service.add_need(catalogue, "Delivery").need_id
            alice = people_service.add_person(catalogue, "Alice", "alice@example.com")
            responsibility_service.set_responsibility(catalogue, "R", need_id=delivery,
                                                      person_id=alice)
            tagging.tag(catalogue, [2, 3, 5], delivery)
            routed = workflow_service.route(catalogue, [1, 2, 3, 5, 6])
            assert sorted(r.feedback_id for r in routed) == [2, 3, 5]
            workflow_service.mark_contacted(catalogue, [3], date(2025, 2, 20))
            workflow_service.set_due(catalogue, [5], date(2025, 2, 1))
        mine, theirs = _both_ways(file, team, workflow_service.follow_up_queue, today=today)
        assert [q.id for q in theirs] == [q.id for q in mine] and mine
        assert [(q.due, q.overdue) for q in theirs] == [(q.due, q.overdue) for q in mine]
        mine, theirs = _both_ways(file, team, workflow_service.my_queue, alice, today=today)
        assert [q.id for q in theirs] == [q.id for q in mine]
        assert sorted(q.id for q in mine) == [2, 3, 5]
        mine, theirs = _both_ways(file, team, workflow_service.workload, today=today)
        assert theirs == mine
        explained = _both_ways(file, team, workflow_service.routing_explanation, 2)
        assert explained[1] == explained[0] and "Responsible for Delivery" in explained[0]
        assert _both_ways(file, team, workflow_service.open_ids_with_need, delivery) == (
            [2, 3, 5], [2, 3, 5])
        assert _both_ways(file, team, responsibility_service.matrix)[1] == \
            responsibility_service.matrix(file)
        maturity = _both_ways(file, team, responsibility_service.maturity)
        assert maturity[1] == maturity[0]
        for name, export in (("actions", workflow_service.export_actions),
                             ("matrix", responsibility_service.export_matrix),
                             ("needs", needs_service.export_taxonomy)):
            suffix = ".json" if name == "needs" else ".xlsx"
            counts = (export(file, tmp_path / f"{name}-file{suffix}"),
                      export(team, tmp_path / f"{name}-team{suffix}"))
            assert counts[1] == counts[0] > 0, name
        imported = needs_service.import_taxonomy(team, tmp_path / "needs-file.json")
        assert imported is not None
        assert [n.name for n in needs_service.list_needs(team)] == [
            n.name for n in needs_service.list_needs(file)]


def test_two_people_adding_needs_and_rac_cells_at_once_lose_nothing(sessions) -> None:
    a, b = sessions
    alice = people_service.add_person(a, "Alice", "alice@example.com")
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def add(catalogue: TeamCatalogue, who: str) -> None:
        try:
            barrier.wait(5)
            for n in range(8):  # ids come from max(id) + 1: the writers collide
                need = needs_service.add_need(catalogue, f"{who} {n}").need_id
                responsibility_service.set_responsibility(catalogue, "C", need_id=need,
                                                          person_id=alice)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(c, w)) for c, w in ((a, "A"), (b, "B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    names = {n.name for n in needs_service.list_needs(a)}
    assert names == {f"{w} {n}" for w in "AB" for n in range(8)}
    assert _one(a, "SELECT count(*) FROM responsibility WHERE kind = 'C'") == 16


def test_ids_matching_a_filter_equal_sqlite(team_url: str, tmp_path: Path) -> None:
    with catalogue_service.open_existing(tmp_path / "seed.advocacy") as file, \
            open_team_catalogue(team_url) as team:
        for flt in (FeedbackFilter(), FeedbackFilter(text="date"), FeedbackFilter(text="danke")):
            found = tagging.ids_matching(team, flt)
            assert found == tagging.ids_matching(file, flt) and found
