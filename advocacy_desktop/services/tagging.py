"""Tagging feedback with needs and setting its source, in bulk, audited and undoable.

Every function changes many items in one transaction and returns exactly what it changed, so
the GUI's QUndoCommand can undo it by calling the inverse with that result (tag <-> untag,
set_source <-> restore_sources). Each changed item gets an audit row (who, when, before,
after), which the detail pane shows as its history.

Edits from the GUI pass `versions`, the version of each item as the user saw it: when one
of them changed elsewhere since, `ChangedElsewhere` is raised and nothing is written (see
services/concurrency.py). The CLI passes none and is not checked. Every change reports the
items' versions after it, which an undo passes back.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.services.concurrency import (
    ChangedElsewhere as ChangedElsewhere,  # re-exported: the GUI catches it from here
)
from advocacy_desktop.services.concurrency import (
    expect_versions,
    own_versions,
    read_versions,
    retry_on_busy,
)
from advocacy_desktop.services.feedback_filters import FeedbackFilter, where_clause
from advocacy_desktop.services.importing.writer import current_actor
from advocacy_desktop.services.sql_compat import driver, pg

_CHUNK = 500  # ids per statement: below SQLite's parameter limit
Versions = Mapping[int, int] | None


@dataclass(frozen=True)
class TagChange:
    """Which items a tag/untag really changed (the others already were as asked)."""

    need_id: int
    ids: tuple[int, ...]
    versions: dict[int, int] = field(default_factory=dict)
    """The versions of the checked and changed items after the change."""


@dataclass(frozen=True)
class SourceChange:
    source_id: int | None
    previous: dict[int, int | None] = field(default_factory=dict)
    """Each changed item's source before the change."""
    versions: dict[int, int] = field(default_factory=dict)
    """The versions of the checked and changed items after the change."""


def id_chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    """Ids in parts small enough for one `IN (...)` (below SQLite's parameter limit)."""
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def placeholders(part: Sequence[int]) -> str:
    return ",".join("?" * len(part))


def audit_feedback(
    conn: sqlite3.Connection, action: str, rows: list[tuple[int, object, object]]
) -> None:
    """One audit row per changed item: (item id, before, after)."""
    actor = current_actor()
    conn.executemany(
        "INSERT INTO audit_log (actor, action, entity, entity_id, before, after)"
        " VALUES (?, ?, 'feedback', ?, ?, ?)",
        [
            (actor, action, str(item), _json(before), _json(after))
            for item, before, after in rows
        ],
    )


def _json(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def touch_feedback(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    for part in id_chunks(ids):
        conn.execute(
            "UPDATE feedback SET version = version + 1, updated_at = CURRENT_TIMESTAMP"
            f" WHERE id IN ({placeholders(part)})",
            tuple(part),
        )


def check_versions(conn: Any, catalogue: Catalogue, versions: Versions) -> None:
    """Inside the write transaction: raise ChangedElsewhere when an item changed since the
    user saw it (versions that moved by this process's own writes do not count)."""
    if versions:
        expect_versions(conn, "feedback", versions, own=own_versions(catalogue))


def versions_after(
    conn: Any, catalogue: Catalogue, versions: Versions, changed: Iterable[int]
) -> dict[int, int]:
    """Inside the write transaction, after writing: the versions of the checked and changed
    items, which become this process's own (see `own_versions`) once committed."""
    return read_versions(conn, "feedback", {*(versions or {}), *changed})


def remember(catalogue: Catalogue, versions: Mapping[int, int]) -> None:
    """After the commit: these versions are this process's own writes."""
    own_versions(catalogue).update(versions)


def current_versions(catalogue: Catalogue, ids: Iterable[int]) -> dict[int, int]:
    """The items' versions now (for a change whose versions were not kept, e.g. rules)."""
    with catalogue.read() as session:
        return read_versions(session.connection(), "feedback", ids)


def _need_name(conn: sqlite3.Connection, need_id: int) -> str:
    row = conn.execute("SELECT name FROM need WHERE id = ?", (need_id,)).fetchone()
    if row is None:
        raise LookupError(f"There is no need with id {need_id}.")
    return str(row[0])


@retry_on_busy
def tag(
    catalogue: Catalogue, ids: Iterable[int], need_id: int, *, origin: str = "manual",
    versions: Versions = None,
) -> TagChange:
    """Tag the items with the need; returns the items that did not have it before.
    `origin` says who tagged: 'manual', or 'rule' when an undone rule run is redone."""
    wanted = sorted(set(ids))
    with catalogue.write_connection() as connection:
        conn = driver(connection)
        check_versions(conn, catalogue, versions)
        name = _need_name(conn, need_id)
        already: set[int] = set()
        for part in id_chunks(wanted):
            already.update(
                r[0]
                for r in conn.execute(
                    f"SELECT feedback_id FROM feedback_need WHERE need_id = ?"
                    f" AND feedback_id IN ({placeholders(part)})",
                    (need_id, *part),
                )
            )
        changed = [i for i in wanted if i not in already]
        conn.executemany(
            "INSERT INTO feedback_need (feedback_id, need_id, origin)"
            " SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM feedback WHERE id = ?)",
            [(i, need_id, origin, i) for i in changed],
        )
        touch_feedback(conn, changed)
        after = {"need": name, "need_id": need_id}
        audit_feedback(conn, "tag", [(i, None, after) for i in changed])
        now = versions_after(conn, catalogue, versions, changed)
    remember(catalogue, now)
    return TagChange(need_id, tuple(changed), now)


@retry_on_busy
def untag(
    catalogue: Catalogue, ids: Iterable[int], need_id: int, *, versions: Versions = None
) -> TagChange:
    """Remove the need from the items; returns the items that had it."""
    wanted = sorted(set(ids))
    with catalogue.write_connection() as connection:
        conn = driver(connection)
        check_versions(conn, catalogue, versions)
        name = _need_name(conn, need_id)
        changed: list[int] = []
        for part in id_chunks(wanted):
            changed.extend(
                r[0]
                for r in conn.execute(
                    f"SELECT feedback_id FROM feedback_need WHERE need_id = ?"
                    f" AND feedback_id IN ({placeholders(part)}) ORDER BY feedback_id",
                    (need_id, *part),
                )
            )
        for part in id_chunks(changed):
            conn.execute(
                "DELETE FROM feedback_need WHERE need_id = ?"
                f" AND feedback_id IN ({placeholders(part)})",
                (need_id, *part),
            )
        touch_feedback(conn, changed)
        before = {"need": name, "need_id": need_id}
        audit_feedback(conn, "untag", [(i, before, None) for i in changed])
        now = versions_after(conn, catalogue, versions, changed)
    remember(catalogue, now)
    return TagChange(need_id, tuple(changed), now)


def needs_of(catalogue: Catalogue, ids: Iterable[int]) -> dict[int, set[int]]:
    """The needs each item has (items without needs are left out)."""
    wanted = sorted(set(ids))
    found: dict[int, set[int]] = {}
    with catalogue.read() as session:
        conn = driver(session)
        for part in id_chunks(wanted):
            for item, need in conn.execute(
                f"SELECT feedback_id, need_id FROM feedback_need"
                f" WHERE feedback_id IN ({placeholders(part)})",
                tuple(part),
            ):
                found.setdefault(item, set()).add(need)
    return found


def toggle(
    catalogue: Catalogue, ids: Iterable[int], need_id: int, *, versions: Versions = None
) -> tuple[str, TagChange]:
    """The one-key shortcut: tag all when any item lacks the need, else untag all.
    Returns ("tag" or "untag", the change) for the undo command. With `versions`, the
    write refuses when an item changed since (so a decision on stale needs is never made)."""
    wanted = sorted(set(ids))
    has = needs_of(catalogue, wanted)
    if all(need_id in has.get(i, set()) for i in wanted):
        return "untag", untag(catalogue, wanted, need_id, versions=versions)
    return "tag", tag(catalogue, wanted, need_id, versions=versions)


@retry_on_busy
def set_source(
    catalogue: Catalogue, ids: Iterable[int], source_id: int | None,
    *, versions: Versions = None,
) -> SourceChange:
    """Set the items' source; returns each changed item's previous source."""
    wanted = sorted(set(ids))
    previous: dict[int, int | None] = {}
    with catalogue.write_connection() as connection:
        conn = driver(connection)
        check_versions(conn, catalogue, versions)
        if source_id is not None and conn.execute(
            "SELECT 1 FROM source WHERE id = ?", (source_id,)
        ).fetchone() is None:
            raise LookupError(f"There is no source with id {source_id}.")
        for part in id_chunks(wanted):
            for item, old in conn.execute(
                f"SELECT id, source_id FROM feedback WHERE id IN ({placeholders(part)})",
                tuple(part),
            ):
                if old != source_id:
                    previous[item] = old
        changed = sorted(previous)
        for part in id_chunks(changed):
            conn.execute(
                f"UPDATE feedback SET source_id = ? WHERE id IN ({placeholders(part)})",
                (source_id, *part),
            )
        touch_feedback(conn, changed)
        audit_feedback(
            conn,
            "set_source",
            [(i, {"source_id": previous[i]}, {"source_id": source_id}) for i in changed],
        )
        now = versions_after(conn, catalogue, versions, changed)
    remember(catalogue, now)
    return SourceChange(source_id, previous, now)


@retry_on_busy
def restore_sources(
    catalogue: Catalogue, change: SourceChange, *, versions: Versions = None
) -> dict[int, int]:
    """Undo `set_source`: every item gets its previous source back. Returns the items'
    versions after it."""
    with catalogue.write_connection() as connection:
        conn = driver(connection)
        check_versions(conn, catalogue, versions)
        conn.executemany(
            "UPDATE feedback SET source_id = ? WHERE id = ?",
            [(old, item) for item, old in change.previous.items()],
        )
        changed = sorted(change.previous)
        touch_feedback(conn, changed)
        audit_feedback(
            conn,
            "set_source",
            [
                (i, {"source_id": change.source_id}, {"source_id": change.previous[i]})
                for i in changed
            ],
        )
        now = versions_after(conn, catalogue, versions, changed)
    remember(catalogue, now)
    return now


def ids_matching(catalogue: Catalogue, flt: FeedbackFilter) -> list[int]:
    """Every item the filter selects (for bulk work from the CLI or "select all")."""
    with catalogue.read() as session:
        conn = driver(session)
        where, params = where_clause(flt, postgres=pg(conn))
        return [r[0] for r in conn.execute(
            f"SELECT feedback.id FROM feedback WHERE {where} ORDER BY feedback.id", params
        )]
