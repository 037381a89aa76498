"""How a change to the needs is stored and written: the rows before and after, the item tags
and responsibilities added and removed, applied forwards (do, redo) or backwards (undo) by one
function, `apply_change`, inside the caller's write transaction, and audited.

Before writing, the rows the change starts from are compared with the catalogue: if they
differ (the taxonomy changed in between), `NeedsConflict` is raised and nothing is written.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from advocacy_desktop.db.models import new_uuid
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.importing.writer import current_actor
from advocacy_desktop.services.sql_compat import insert_ignore, pg, sequence_past_ids


class NeedsError(ValueError):
    """A change to the taxonomy that is refused; the message is meant for the user."""


class NeedNotFound(NeedsError, LookupError):
    def __init__(self, need_id: int) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "NeedsService", "There is no need with id {id} in this catalogue."), id=str(need_id)))
        self.need_id = need_id


class NeedsConflict(NeedsError):
    """The taxonomy changed since the change being undone or redone was made."""


@dataclass(frozen=True)
class NeedRow:
    """One row of the need table, as stored."""

    id: int
    uuid: str
    parent_id: int | None
    name: str
    description: str | None
    colour: str | None
    shortcut: str | None
    position: int

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


Link = tuple[int, int, str, str | None]
"""A feedback_need row: (feedback_id, need_id, origin, created_at)."""
Columns = tuple[tuple[str, Any], ...]
"""A responsibility row as (column, value) pairs, so it survives new columns."""


@dataclass(frozen=True)
class NeedChange:
    """What one change did, enough to undo and redo it exactly."""

    action: str
    need_id: int | None
    before: tuple[tuple[int, NeedRow | None], ...]
    after: tuple[tuple[int, NeedRow | None], ...]
    links_added: tuple[Link, ...] = ()
    links_removed: tuple[Link, ...] = ()
    resp_added: tuple[Columns, ...] = ()
    resp_removed: tuple[Columns, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.before or self.links_added or self.links_removed)

    @property
    def items_moved(self) -> int:
        return len(self.links_added)



def _row_tuple(conn: sqlite3.Connection, need_id: int) -> NeedRow | None:
    found = conn.execute(
        "SELECT id, uuid, parent_id, name, description, colour, shortcut, position FROM need"
        " WHERE id = ?", (need_id,)
    ).fetchone()
    return None if found is None else NeedRow(*found)


def apply_change(conn: sqlite3.Connection, change: NeedChange, *, forward: bool) -> None:
    """Write `change` forwards (do/redo) or backwards (undo) in the caller's transaction."""
    start, end = (change.before, change.after) if forward else (change.after, change.before)
    add_links, remove_links = (
        (change.links_added, change.links_removed) if forward
        else (change.links_removed, change.links_added)
    )
    add_resp, remove_resp = (
        (change.resp_added, change.resp_removed) if forward
        else (change.resp_removed, change.resp_added)
    )
    for need_id, expected in start:
        if _row_tuple(conn, need_id) != expected:
            raise NeedsConflict(Message(QT_TRANSLATE_NOOP(
                "NeedsService", "The needs changed since; this step can no longer be undone or "
                "redone.")))
    conn.executemany(
        "DELETE FROM feedback_need WHERE feedback_id = ? AND need_id = ?",
        [(link[0], link[1]) for link in remove_links],
    )
    conn.executemany(
        "DELETE FROM responsibility WHERE id = ?", [(dict(r)["id"],) for r in remove_resp]
    )
    # Park every row that changes on a name and shortcut nothing else uses, so that the
    # final values never clash half-way (e.g. two needs swapping shortcuts).
    mark = "\x01" if pg(conn) else "\x00"  # PostgreSQL text holds no NUL; names no controls
    for need_id, old in start:
        park = f"{mark}{need_id}"
        if old is None:
            conn.execute(
                "INSERT INTO need (id, uuid, parent_id, name, position) VALUES (?, ?, NULL, ?, 0)",
                (need_id, new_uuid(), park),
            )
        else:
            conn.execute(
                "UPDATE need SET name = ?, shortcut = NULL WHERE id = ?",
                (park, need_id),
            )
    sequence_past_ids(conn, "need")
    for need_id, new in end:
        if new is not None:
            conn.execute(
                "UPDATE need SET uuid = ?, parent_id = ?, name = ?, description = ?, colour = ?,"
                " shortcut = ?, position = ? WHERE id = ?",
                (new.uuid, new.parent_id, new.name, new.description, new.colour, new.shortcut,
                 new.position, need_id),
            )
    conn.executemany(
        insert_ignore(conn, "INSERT INTO feedback_need (feedback_id, need_id, origin, created_at)"
                      " SELECT ?, ?, ?, coalesce(?, CURRENT_TIMESTAMP)"
                      " WHERE EXISTS (SELECT 1 FROM feedback WHERE id = ?)"),
        [(fid, nid, origin, created, fid) for fid, nid, origin, created in add_links],
    )
    for row in add_resp:
        values = dict(row)
        columns = ", ".join(f'"{c}"' for c in values)
        conn.execute(
            insert_ignore(conn, f"INSERT INTO responsibility ({columns})"
                          f" SELECT {_marks(len(values))}"
                          f" WHERE ({_id_mark(conn)} IS NULL"
                          " OR EXISTS (SELECT 1 FROM person WHERE id = ?))"
                          f" AND ({_id_mark(conn)} IS NULL"
                          " OR EXISTS (SELECT 1 FROM role WHERE id = ?))"),
            (*values.values(), values.get("person_id"), values.get("person_id"),
             values.get("role_id"), values.get("role_id")),
        )
    if add_resp:
        sequence_past_ids(conn, "responsibility")
    doomed = [need_id for need_id, new in end if new is None]
    depth = {i: _depth(dict(start), i) for i in doomed}
    for need_id in sorted(doomed, key=lambda i: -depth[i]):
        left = conn.execute(
            "SELECT count(*) FROM feedback_need WHERE need_id = ?", (need_id,)
        ).fetchone()[0]
        children = conn.execute(
            "SELECT count(*) FROM need WHERE parent_id = ?", (need_id,)
        ).fetchone()[0]
        if left or children:
            raise NeedsConflict(Message(QT_TRANSLATE_NOOP(
                "NeedsService", "A need to be removed has been given items or needs since; this "
                "step can no longer be undone or redone.")))
        conn.execute("DELETE FROM need WHERE id = ?", (need_id,))


def _depth(rows: dict[int, NeedRow | None], need_id: int) -> int:
    depth, current = 0, rows.get(need_id)
    while current is not None and current.parent_id is not None and depth < 1000:
        depth += 1
        current = rows.get(current.parent_id)
    return depth


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _id_mark(conn: Any) -> str:
    """A placeholder tested with IS NULL: PostgreSQL must be told its type."""
    return "CAST(? AS BIGINT)" if pg(conn) else "?"


def audit_change(conn: sqlite3.Connection, action: str, change: NeedChange) -> None:
    before = {
        "needs": [r.as_dict() for _i, r in change.before if r is not None],
        "items": len(change.links_removed),
    }
    after = {
        "needs": [r.as_dict() for _i, r in change.after if r is not None],
        "items": len(change.links_added),
    }
    if action.startswith("undo_"):
        before, after = after, before
    conn.execute(
        "INSERT INTO audit_log (actor, action, entity, entity_id, before, after)"
        " VALUES (?, ?, 'need', ?, ?, ?)",
        (
            current_actor(),
            action,
            None if change.need_id is None else str(change.need_id),
            json.dumps(before, ensure_ascii=False),
            json.dumps(after, ensure_ascii=False),
        ),
    )
