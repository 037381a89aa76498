"""Two app instances on one catalogue file: no lost updates, retries on a locked database,
and the change tracker that tells another connection's commits from our own."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.services import catalogue_service, concurrency, feedback_query, tagging
from advocacy_desktop.services import workflow_service as wf
from advocacy_desktop.services.concurrency import ChangedElsewhere


@pytest.fixture
def two(catalogue_path: Path) -> Iterator[tuple[Any, Any, dict[str, int]]]:
    """Catalogues A and B on the same file (two app instances), a person, a need and three
    items."""
    a = catalogue_service.open_existing(catalogue_path)
    b = catalogue_service.open_existing(catalogue_path)
    with a.write() as s:
        def insert(sql: str, **values: Any) -> int:
            return int(s.execute(text(sql + " RETURNING id"), values).scalar_one())

        ids = {
            "ada": insert("INSERT INTO person (uuid, name, active) VALUES ('p1', 'Ada', 1)"),
            "price": insert("INSERT INTO need (uuid, name, position) VALUES ('n1', 'Price', 0)"),
        }
        for n in range(3):
            ids[f"f{n}"] = insert(
                "INSERT INTO feedback (uuid, score, text, status, version)"
                " VALUES (:u, 3, :t, 'new', 1)", u=f"f{n}", t=f"item {n}")
    try:
        yield a, b, ids
    finally:
        b.close()
        a.close()


def row(catalogue: Any, item: int) -> dict[str, Any]:
    with catalogue.read() as s:
        found = s.execute(text("SELECT status, assignee_id, version, notes FROM feedback"
                               " WHERE id = :i"), {"i": item}).mappings().one()
    return dict(found)


def audit_actions(catalogue: Any, item: int) -> list[str]:
    with catalogue.read() as s:
        return list(s.execute(text("SELECT action FROM audit_log WHERE entity = 'feedback'"
                                   " AND entity_id = :i ORDER BY id"), {"i": str(item)}).scalars())


def seen(catalogue: Any, *items: int) -> dict[int, int]:
    """The versions a user looking at the items sees (the detail pane reads them)."""
    found = {}
    for item in items:
        detail = feedback_query.detail(catalogue, item)
        assert detail is not None
        found[item] = detail.version
    return found


def test_assign_on_a_stale_version_is_refused_and_names_who_changed_it(two: Any) -> None:
    a, b, ids = two
    item = ids["f0"]
    looked = seen(a, item)
    assert looked == {item: 1}
    wf.set_status(b, [item], "triaged")  # B, the CLI: no versions, no check

    with pytest.raises(ChangedElsewhere) as caught:
        wf.assign(a, [item], ids["ada"], versions=looked)
    error = caught.value
    assert error.items == (item,)
    assert error.latest is not None and error.latest.action == "set_status"
    assert error.who == (error.latest.actor)
    assert error.when is not None and error.when.tzinfo is not None
    assert row(a, item) == {"status": "triaged", "assignee_id": None, "version": 2,
                            "notes": None}
    assert audit_actions(a, item) == ["set_status"]  # nothing of A's was written

    change = wf.assign(a, [item], ids["ada"], versions=seen(a, item))  # reloaded: succeeds
    assert change.versions == {item: 3}
    assert row(b, item)["assignee_id"] == ids["ada"]
    assert row(b, item)["status"] == "triaged"  # B's change intact


def test_tag_and_untag_check_versions(two: Any) -> None:
    a, b, ids = two
    item, need = ids["f1"], ids["price"]
    looked = seen(a, item)
    wf.set_notes(b, [item], "called back")
    with pytest.raises(ChangedElsewhere):
        tagging.tag(a, [item], need, versions=looked)
    assert tagging.needs_of(a, [item]) == {}
    change = tagging.tag(a, [item], need, versions=seen(a, item))
    assert change.ids == (item,)

    looked = seen(a, item)
    tagging.untag(b, [item], need)
    tagging.tag(b, [item], need)  # same needs as before, but changed twice meanwhile
    with pytest.raises(ChangedElsewhere) as caught:
        tagging.untag(a, [item], need, versions=looked)
    assert caught.value.latest is not None and caught.value.latest.action == "tag"
    assert tagging.needs_of(a, [item]) == {item: {need}}
    with pytest.raises(ChangedElsewhere):
        tagging.toggle(a, [item], need, versions=looked)
    with pytest.raises(ChangedElsewhere):
        tagging.set_source(a, [item], None, versions=looked)
    assert tagging.needs_of(a, [item]) == {item: {need}}


def test_a_bulk_action_where_one_item_changed_writes_nothing(two: Any) -> None:
    a, b, ids = two
    items = [ids["f0"], ids["f1"], ids["f2"]]
    looked = seen(a, *items)
    wf.set_status(b, [ids["f1"]], "triaged")
    with pytest.raises(ChangedElsewhere) as caught:
        wf.set_status(a, items, "wont_fix", versions=looked)
    assert caught.value.items == (ids["f1"],)
    assert [row(a, i)["status"] for i in items] == ["new", "triaged", "new"]
    assert [row(a, i)["version"] for i in items] == [1, 2, 1]

    change = wf.set_status(a, items, "wont_fix", versions=seen(a, *items))
    assert sorted(change.ids) == items
    assert [row(b, i)["status"] for i in items] == ["wont_fix"] * 3


def test_a_deleted_item_is_a_conflict(two: Any) -> None:
    a, b, ids = two
    looked = seen(a, ids["f2"])
    with b.write() as s:
        s.execute(text("DELETE FROM feedback WHERE id = :i"), {"i": ids["f2"]})
    with pytest.raises(ChangedElsewhere) as caught:
        wf.set_notes(a, [ids["f2"]], "x", versions=looked)
    assert caught.value.items == (ids["f2"],)


def test_undo_after_an_outside_change_is_refused_but_not_after_our_own(two: Any) -> None:
    a, b, ids = two
    item = ids["f0"]
    change = wf.assign(a, [item], ids["ada"], versions=seen(a, item))
    wf.set_notes(a, [item], "our own later edit", versions=seen(a, item))
    restored = wf.restore(a, change, versions=change.versions)  # our own edit: no conflict
    assert row(a, item)["assignee_id"] is None
    assert restored == {item: row(a, item)["version"]}

    change = wf.assign(a, [item], ids["ada"], versions=restored)
    wf.set_status(b, [item], "triaged")
    with pytest.raises(ChangedElsewhere):
        wf.restore(a, change, versions=change.versions)
    assert row(a, item)["assignee_id"] == ids["ada"]  # the undo overwrote nothing
    assert row(a, item)["status"] == "triaged"

    with a.read() as s:
        google = int(s.execute(text("SELECT min(id) FROM source")).scalar_one())
    source = tagging.set_source(a, [item], google, versions=seen(a, item))
    wf.set_notes(b, [item], "B was here")
    with pytest.raises(ChangedElsewhere):
        tagging.restore_sources(a, source, versions=source.versions)
    assert tagging.needs_of(a, [item]) == {}
    with a.read() as s:
        assert s.execute(text("SELECT source_id FROM feedback WHERE id = :i"),
                         {"i": item}).scalar_one() == google


def test_versions_are_checked_in_chunks_of_500(catalogue: Any) -> None:
    with catalogue.write_connection() as conn:
        conn.connection.driver_connection.executemany(
            "INSERT INTO feedback (uuid, text, version) VALUES (?, 'x', 1)",
            [(f"u{i}",) for i in range(1203)])
    with catalogue.read() as s:
        ids = list(s.execute(text("SELECT id FROM feedback ORDER BY id")).scalars())
    looked = dict.fromkeys(ids, 1)
    looked[ids[1100]] = 0  # the third chunk
    with catalogue.write_connection() as conn:
        with pytest.raises(ChangedElsewhere) as caught:
            concurrency.expect_versions(conn, "feedback", looked)
        assert caught.value.items == (ids[1100],)
        assert caught.value.who is None  # never audited
        assert "someone else" in str(caught.value)
        assert concurrency.expect_versions(conn, "feedback", None) == {}


# --------------------------------------------------------------------------- retrying


def _hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    """Another connection holds the write lock (BEGIN IMMEDIATE) for `seconds`."""
    started = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        started.set()
        time.sleep(seconds)
        conn.execute("ROLLBACK")
        conn.close()

    thread = threading.Thread(target=hold)
    thread.start()
    started.wait(5)
    return thread


def _writer(path: Path) -> Any:
    """A write that gives up at once when the database is locked (busy timeout 0)."""
    calls: list[int] = []

    def write() -> str:
        calls.append(1)
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO audit_log (action, entity) VALUES ('test', 'x')")
            conn.execute("COMMIT")
        finally:
            conn.close()
        return "written"

    write.calls = calls  # type: ignore[attr-defined]
    return write


def test_retrying_waits_out_a_locked_database(catalogue_path: Path) -> None:
    write = _writer(catalogue_path)
    holder = _hold_write_lock(catalogue_path, 0.3)
    delays: list[float] = []

    def sleep(delay: float) -> None:
        delays.append(delay)
        time.sleep(delay)

    assert concurrency.retrying(write, attempts=10, base_delay=0.05, sleep=sleep) == "written"
    holder.join()
    assert len(write.calls) >= 2 and delays  # locked at first, then written
    assert len(set(delays)) == len(delays)  # jittered


def test_retrying_gives_up_with_the_original_error(catalogue_path: Path) -> None:
    write = _writer(catalogue_path)
    holder = _hold_write_lock(catalogue_path, 1.0)
    try:
        with pytest.raises(sqlite3.OperationalError, match="database is locked"):
            concurrency.retrying(write, attempts=3, base_delay=0.01)
    finally:
        holder.join()
    assert len(write.calls) == 3


def test_retrying_recognises_postgres_errors_by_name_and_not_conflicts() -> None:
    class SerializationFailure(Exception):
        pass

    class OperationalError(Exception):  # SQLAlchemy's wrapper keeps the driver's in .orig
        def __init__(self, orig: BaseException) -> None:
            super().__init__(str(orig))
            self.orig = orig

    attempts: list[int] = []

    def flaky() -> int:
        attempts.append(1)
        if len(attempts) < 3:
            raise OperationalError(SerializationFailure("could not serialize access"))
        return 42

    assert concurrency.retrying(flaky, sleep=lambda _d: None) == 42
    assert len(attempts) == 3

    def conflict() -> None:
        attempts.append(1)
        raise ChangedElsewhere([1])

    attempts.clear()
    with pytest.raises(ChangedElsewhere):
        concurrency.retrying(conflict, sleep=lambda _d: None)
    assert len(attempts) == 1
    assert not concurrency.is_retryable(ValueError("database is locked"))


def test_a_service_write_is_retried_through_the_busy_timeout(
    catalogue_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from advocacy_desktop.db import catalogue as catalogue_module

    monkeypatch.setattr(catalogue_module, "BUSY_TIMEOUT_MS", 50)
    with catalogue_service.open_existing(catalogue_path) as cat:
        with cat.write() as s:
            item = int(s.execute(text("INSERT INTO feedback (uuid, text) VALUES ('z', 'z')"
                                      " RETURNING id")).scalar_one())
        holder = _hold_write_lock(catalogue_path, 0.4)
        try:
            change = wf.set_notes(cat, [item], "after the lock")
        finally:
            holder.join()
        assert change.ids == (item,)
        assert row(cat, item)["notes"] == "after the lock"


# --------------------------------------------------------------------------- change tracker


def test_the_tracker_tells_other_commits_from_our_own(two: Any) -> None:
    a, b, ids = two
    tracker = concurrency.ChangeTracker(a)
    try:
        assert tracker.poll() is False
        wf.set_notes(a, [ids["f0"]], "ours")
        assert tracker.poll() is False  # our own write
        wf.set_notes(b, [ids["f0"]], "theirs")
        assert tracker.poll() is True
        assert tracker.poll() is False  # reported once
        with b.write() as s:  # a commit without an audit row (say, an import elsewhere)
            s.execute(text("UPDATE feedback SET text = 'edited' WHERE id = :i"),
                      {"i": ids["f1"]})
        assert tracker.poll() is True
        wf.set_notes(a, [ids["f1"]], "ours again")
        wf.set_notes(b, [ids["f2"]], "theirs again")
        assert tracker.poll() is True  # both: the audit log tells theirs apart
    finally:
        tracker.close()
    assert tracker.closed and tracker.poll() is False


def test_the_tracker_lets_go_when_the_catalogue_closes(catalogue_path: Path) -> None:
    cat = catalogue_service.open_existing(catalogue_path)
    tracker = concurrency.ChangeTracker(cat)
    cat.close()  # disposes the engine: the tracker's own connection closes with it
    assert tracker.closed
    conn = sqlite3.connect(catalogue_path)
    try:  # the close folded the WAL back: nobody else held the file
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    assert concurrency.change_stamp(catalogue_service.open_existing(catalogue_path)).audit_id == 0
