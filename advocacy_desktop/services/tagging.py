"""Tagging feedback with needs and setting its source, in bulk, audited and undoable.

Every function changes many items in one transaction and returns exactly what it changed, so
the GUI's QUndoCommand can undo it by calling the inverse with that result (tag <-> untag,
set_source <-> restore_sources). Each changed item gets an audit row (who, when, before,
after), which the detail pane shows as its history.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.services.feedback_filters import FeedbackFilter, where_clause
from advocacy_desktop.services.importing.writer import current_actor

_CHUNK = 500  # ids per statement: below SQLite's parameter limit


@dataclass(frozen=True)
class TagChange:
    """Which items a tag/untag really changed (the others already were as asked)."""

    need_id: int
    ids: tuple[int, ...]


@dataclass(frozen=True)
class SourceChange:
    source_id: int | None
    previous: dict[int, int | None] = field(default_factory=dict)
    """Each changed item's source before the change."""


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


def _need_name(conn: sqlite3.Connection, need_id: int) -> str:
    row = conn.execute("SELECT name FROM need WHERE id = ?", (need_id,)).fetchone()
    if row is None:
        raise LookupError(f"There is no need with id {need_id}.")
    return str(row[0])


def tag(
    catalogue: Catalogue, ids: Iterable[int], need_id: int, *, origin: str = "manual"
) -> TagChange:
    """Tag the items with the need; returns the items that did not have it before.
    `origin` says who tagged: 'manual', or 'rule' when an undone rule run is redone."""
    wanted = sorted(set(ids))
    with catalogue.write_connection() as connection:
        conn = connection.connection.driver_connection
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
    return TagChange(need_id, tuple(changed))


def untag(catalogue: Catalogue, ids: Iterable[int], need_id: int) -> TagChange:
    """Remove the need from the items; returns the items that had it."""
    wanted = sorted(set(ids))
    with catalogue.write_connection() as connection:
        conn = connection.connection.driver_connection
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
    return TagChange(need_id, tuple(changed))


def needs_of(catalogue: Catalogue, ids: Iterable[int]) -> dict[int, set[int]]:
    """The needs each item has (items without needs are left out)."""
    wanted = sorted(set(ids))
    found: dict[int, set[int]] = {}
    with catalogue.read() as session:
        conn = session.connection().connection.driver_connection
        for part in id_chunks(wanted):
            for item, need in conn.execute(
                f"SELECT feedback_id, need_id FROM feedback_need"
                f" WHERE feedback_id IN ({placeholders(part)})",
                tuple(part),
            ):
                found.setdefault(item, set()).add(need)
    return found


def toggle(catalogue: Catalogue, ids: Iterable[int], need_id: int) -> tuple[str, TagChange]:
    """The one-key shortcut: tag all when any item lacks the need, else untag all.
    Returns ("tag" or "untag", the change) for the undo command."""
    wanted = sorted(set(ids))
    has = needs_of(catalogue, wanted)
    if all(need_id in has.get(i, set()) for i in wanted):
        return "untag", untag(catalogue, wanted, need_id)
    return "tag", tag(catalogue, wanted, need_id)


def set_source(catalogue: Catalogue, ids: Iterable[int], source_id: int | None) -> SourceChange:
    """Set the items' source; returns each changed item's previous source."""
    wanted = sorted(set(ids))
    previous: dict[int, int | None] = {}
    with catalogue.write_connection() as connection:
        conn = connection.connection.driver_connection
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
    return SourceChange(source_id, previous)


def restore_sources(catalogue: Catalogue, change: SourceChange) -> None:
    """Undo `set_source`: every item gets its previous source back."""
    with catalogue.write_connection() as connection:
        conn = connection.connection.driver_connection
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


def ids_matching(catalogue: Catalogue, flt: FeedbackFilter) -> list[int]:
    """Every item the filter selects (for bulk work from the CLI or "select all")."""
    where, params = where_clause(flt)
    with catalogue.read() as session:
        conn = session.connection().connection.driver_connection
        return [r[0] for r in conn.execute(
            f"SELECT feedback.id FROM feedback WHERE {where} ORDER BY feedback.id", params
        )]
