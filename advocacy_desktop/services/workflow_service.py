"""The follow-up workflow: who owns an item, its status, due date, notes, contact; queues.

Every change works on many items in one transaction, writes one audit row per changed item
(see services/tagging.py) and returns a `FieldChange` with each changed item's previous
value, so an undo command calls `restore(catalogue, change)`.

Routing gives an item without an owner to the person responsible for one of its needs, else
for its source (`services.responsibility_service.responsible_person`); it never replaces an
owner. The reason is kept in the audit row, so `routing_explanation` can say it later.

GUI edits pass `versions` (as the user saw them): ChangedElsewhere, nothing written, when an
item changed elsewhere since; `restore` takes `FieldChange.versions` likewise (concurrency.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.domain import workflow
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.concurrency import (
    ChangedElsewhere as ChangedElsewhere,  # re-exported: the GUI catches it from here
)
from advocacy_desktop.services.concurrency import read_versions, retry_on_busy
from advocacy_desktop.services.followup_queue import (  # re-exported: one module for callers
    ACTION_HEADERS as ACTION_HEADERS,
)
from advocacy_desktop.services.followup_queue import EXCERPT as EXCERPT
from advocacy_desktop.services.followup_queue import Load as Load
from advocacy_desktop.services.followup_queue import QueueItem as QueueItem
from advocacy_desktop.services.followup_queue import Workload as Workload
from advocacy_desktop.services.followup_queue import _person_names
from advocacy_desktop.services.followup_queue import effective_due as effective_due
from advocacy_desktop.services.followup_queue import export_actions as export_actions
from advocacy_desktop.services.followup_queue import find_person as find_person
from advocacy_desktop.services.followup_queue import follow_up_queue as follow_up_queue
from advocacy_desktop.services.followup_queue import my_queue as my_queue
from advocacy_desktop.services.followup_queue import open_ids_with_need as open_ids_with_need
from advocacy_desktop.services.followup_queue import workload as workload
from advocacy_desktop.services.sql_compat import driver as _raw
from advocacy_desktop.services.sql_compat import json_value
from advocacy_desktop.services.tagging import (
    audit_feedback,
    check_versions,
    id_chunks,
    placeholders,
    remember,
    touch_feedback,
    versions_after,
)

_FIELDS = ("assignee_id", "status", "due_on", "notes", "contacted_on")

Lookup = Callable[[list[int], int | None], int | None]
Versions = Mapping[int, int] | None


class IllegalTransition(ValueError):
    """A status change the workflow does not allow; nothing was changed."""


_NO_ITEM = QT_TRANSLATE_NOOP("WorkflowService", "There is no item with id {id}.")


@dataclass(frozen=True)
class FieldChange:
    """One field set on many items: the value set and each changed item's previous value."""

    field: str
    value: Any
    previous: dict[int, Any] = field(default_factory=dict)
    versions: dict[int, int] = field(default_factory=dict)
    """The versions of the checked and changed items after the change."""

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(sorted(self.previous))


@dataclass(frozen=True)
class Routed:
    """One item routing gave an owner to, and why."""

    feedback_id: int
    person_id: int
    reason: dict[str, Any]
    version: int | None = None
    """The item's version after routing (set by `route`)."""


# --- helpers -----------------------------------------------------------------------------


def _stored(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _current(conn: sqlite3.Connection, column: str, ids: Sequence[int]) -> dict[int, Any]:
    found: dict[int, Any] = {}
    for part in id_chunks(ids):
        for item, value in conn.execute(
            f"SELECT id, {column} FROM feedback WHERE id IN ({placeholders(part)})", tuple(part)
        ):
            found[item] = value
    return found


def _write(
    conn: sqlite3.Connection, column: str, values: dict[int, Any], action: str,
    previous: dict[int, Any], extra: dict[int, dict[str, Any]] | None = None,
) -> None:
    """Set `column` per item, bump versions, audit before/after."""
    assert column in _FIELDS
    conn.executemany(
        f"UPDATE feedback SET {column} = ? WHERE id = ?",
        [(_stored(v), i) for i, v in values.items()],
    )
    changed = sorted(values)
    touch_feedback(conn, changed)
    extra = extra or {}
    audit_feedback(conn, action, [
        (i, {column: _stored(previous[i])}, {column: _stored(values[i]), **extra.get(i, {})})
        for i in changed
    ])


@retry_on_busy
def _set_field(
    catalogue: Catalogue, ids: Iterable[int], column: str, value: Any, action: str,
    versions: Versions = None,
) -> FieldChange:
    wanted = sorted(set(ids))
    stored = _stored(value)
    with catalogue.write_connection() as connection:
        conn = _raw(connection)
        check_versions(conn, catalogue, versions)
        previous = {i: v for i, v in _current(conn, column, wanted).items() if v != stored}
        _write(conn, column, dict.fromkeys(previous, value), action, previous)
        after = versions_after(conn, catalogue, versions, previous)
    remember(catalogue, after)
    return FieldChange(column, value, previous, after)


@retry_on_busy
def restore(
    catalogue: Catalogue, change: FieldChange, *, versions: Versions = None
) -> dict[int, int]:
    """Undo any change of this module: every changed item gets its previous value back.
    `versions`: the items' versions the change left (refused when one moved elsewhere).
    Returns the items' versions after the undo."""
    with catalogue.write_connection() as connection:
        conn = _raw(connection)
        check_versions(conn, catalogue, versions)
        now = _current(conn, change.field, change.ids)
        _write(conn, change.field, dict(change.previous), "undo_" + change.field, now)
        after = versions_after(conn, catalogue, versions, change.ids)
    remember(catalogue, after)
    return after


# --- edits -------------------------------------------------------------------------------


@retry_on_busy
def assign(
    catalogue: Catalogue, ids: Iterable[int], person_id: int | None, *, overwrite: bool = False,
    versions: Versions = None,
) -> FieldChange:
    """Give the items to a person (None: to nobody). Items that already have an owner keep
    it unless `overwrite`; so unassigning needs `overwrite=True`."""
    wanted = sorted(set(ids))
    with catalogue.write_connection() as connection:
        conn = _raw(connection)
        check_versions(conn, catalogue, versions)
        names = _person_names(conn)
        if person_id is not None and person_id not in names:
            raise LookupError(Message(QT_TRANSLATE_NOOP(
                "WorkflowService", "There is no person with id {id}."), id=str(person_id)))
        previous = {
            i: old for i, old in _current(conn, "assignee_id", wanted).items()
            if old != person_id and (old is None or overwrite)
        }
        extra = dict.fromkeys(previous, {"assignee": names.get(person_id)} if person_id else {})
        _write(conn, "assignee_id", dict.fromkeys(previous, person_id), "assign", previous,
               extra)
        after = versions_after(conn, catalogue, versions, previous)
    remember(catalogue, after)
    return FieldChange("assignee_id", person_id, previous, after)


@retry_on_busy
def set_status(
    catalogue: Catalogue, ids: Iterable[int], status: str, *, versions: Versions = None
) -> FieldChange:
    """Move the items to `status`; refuses the whole change, naming the first item, when any
    item may not make that move (see domain/workflow.py)."""
    if status not in workflow.STATUSES:
        raise IllegalTransition(Message(QT_TRANSLATE_NOOP(
            "WorkflowService", '"{status}" is not a status (statuses: {statuses}).'),
            status=status, statuses=", ".join(workflow.STATUSES)))
    wanted = sorted(set(ids))
    with catalogue.write_connection() as connection:
        conn = _raw(connection)
        check_versions(conn, catalogue, versions)
        current = _current(conn, "status", wanted)
        missing = [i for i in wanted if i not in current]
        if missing:
            raise LookupError(Message(_NO_ITEM, id=str(missing[0])))
        for item, old in current.items():
            if not workflow.can_move(old, status):
                allowed = ", ".join(sorted(workflow.TRANSITIONS[old])) or "none"
                raise IllegalTransition(Message(QT_TRANSLATE_NOOP(
                    "WorkflowService", "Item {item} is {status}: it cannot move to {wanted} "
                    "(allowed: {allowed})."), item=str(item), status=old, wanted=status,
                    allowed=allowed))
        previous = {i: v for i, v in current.items() if v != status}
        _write(conn, "status", dict.fromkeys(previous, status), "set_status", previous)
        after = versions_after(conn, catalogue, versions, previous)
    remember(catalogue, after)
    return FieldChange("status", status, previous, after)


def set_due(
    catalogue: Catalogue, ids: Iterable[int], due: date | None, *, versions: Versions = None
) -> FieldChange:
    return _set_field(catalogue, ids, "due_on", due, "set_due", versions)


def set_notes(
    catalogue: Catalogue, ids: Iterable[int], notes: str | None, *, versions: Versions = None
) -> FieldChange:
    """Internal notes (never exported to customers)."""
    return _set_field(catalogue, ids, "notes", notes or None, "set_notes", versions)


def mark_contacted(
    catalogue: Catalogue, ids: Iterable[int], on: date | None = None, *,
    versions: Versions = None,
) -> FieldChange:
    """Record that the customer was contacted (None: not contacted after all)."""
    return _set_field(catalogue, ids, "contacted_on", on, "contacted", versions)


# --- routing -----------------------------------------------------------------------------


def _responsibility_lookup(catalogue: Catalogue) -> Lookup:
    from advocacy_desktop.services import responsibility_service

    cache: dict[tuple[tuple[int, ...], int | None], int | None] = {}

    def lookup(need_ids: list[int], source_id: int | None) -> int | None:
        key = (tuple(sorted(need_ids)), source_id)
        if key not in cache:
            cache[key] = responsibility_service.responsible_person(
                catalogue, need_ids=list(key[0]), source_id=source_id
            )
        return cache[key]

    return lookup


def _nearest_with_r(conn: sqlite3.Connection, need_id: int) -> tuple[int, str] | None:
    """The need or its nearest ancestor that has an R cell (routing inherits downwards)."""
    current: int | None = need_id
    seen: set[int] = set()
    while current is not None and current not in seen:
        seen.add(current)
        row = conn.execute("SELECT name, parent_id, EXISTS (SELECT 1 FROM responsibility"
                           " WHERE kind = 'R' AND need_id = need.id) FROM need WHERE id = ?",
                           (current,)).fetchone()
        if row is None:
            return None
        if row[2]:
            return current, row[0]
        current = row[1]
    return None


def _reason(
    conn: sqlite3.Connection, lookup: Lookup, person: int, needs: list[int], source: int | None
) -> dict[str, Any]:
    """Why routing chose the person, for the audit row and `routing_explanation`."""
    for need in sorted(needs):
        if lookup([need], None) == person:
            found = _nearest_with_r(conn, need)
            name = conn.execute("SELECT name FROM need WHERE id = ?", (need,)).fetchone()
            reason = {"by": "route", "need_id": need, "need": name[0] if name else str(need)}
            if found is not None and found[0] != need:
                reason["through"] = found[1]
            return reason
    row = conn.execute(
        "SELECT name, owner_id, EXISTS (SELECT 1 FROM responsibility WHERE kind = 'R'"
        " AND source_id = source.id) FROM source WHERE id = ?", (source,)).fetchone()
    reason = {"by": "route", "source_id": source, "source": row[0] if row else None}
    if row is not None and not row[2] and row[1] == person:
        reason["owner"] = True
    return reason


def route_with(
    conn: sqlite3.Connection, ids: Sequence[int], lookup: Lookup
) -> list[Routed]:
    """Route inside an open write transaction: items without an owner get the responsible
    person's; items that have one keep it."""
    routed: list[Routed] = []
    names = _person_names(conn)
    for item, (needs, source) in sorted(_unowned(conn, sorted(set(ids))).items()):
        person = lookup(needs, source)
        if person is not None:
            routed.append(Routed(item, person, _reason(conn, lookup, person, needs, source)))
    extra = {r.feedback_id: {**r.reason, "assignee": names.get(r.person_id)} for r in routed}
    _write(conn, "assignee_id", {r.feedback_id: r.person_id for r in routed}, "assign",
           dict.fromkeys(extra), extra)
    return routed


def _unowned(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[list[int], Any]]:
    """Items without an owner: (their needs, their source)."""
    found: dict[int, tuple[list[int], Any]] = {}
    for part in id_chunks(ids):
        for item, source in conn.execute(
            f"SELECT id, source_id FROM feedback WHERE assignee_id IS NULL"
            f" AND id IN ({placeholders(part)})", tuple(part)
        ):
            found[item] = ([], source)
        for item, need in conn.execute(
            f"SELECT feedback_id, need_id FROM feedback_need WHERE feedback_id IN"
            f" ({placeholders(part)})", tuple(part)
        ):
            if item in found:
                found[item][0].append(need)
    return found


def route(catalogue: Catalogue, ids: Iterable[int]) -> list[Routed]:
    """Give each item without an owner to the person responsible for its need or source.
    Who is responsible is looked up before the write transaction starts (a read beside a
    write would wait on a file in rollback-journal mode); the write rechecks ownership."""
    wanted = sorted(set(ids))
    lookup = _responsibility_lookup(catalogue)
    with catalogue.read() as session:
        for needs, source in _unowned(_raw(session.connection()), wanted).values():
            lookup(needs, source)
            for need in needs:
                lookup([need], None)
    return _route_write(catalogue, wanted, lookup)


@retry_on_busy
def _route_write(catalogue: Catalogue, wanted: list[int], lookup: Lookup) -> list[Routed]:
    with catalogue.write_connection() as connection:
        conn = _raw(connection)
        routed = route_with(conn, wanted, lookup)
        after = read_versions(conn, "feedback", [r.feedback_id for r in routed])
    remember(catalogue, after)
    return [replace(r, version=after.get(r.feedback_id)) for r in routed]


def route_batch(catalogue: Catalogue, batch_id: int) -> list[Routed]:
    """Route the items of an import batch (called after the import committed). Quick when
    nobody is responsible for anything yet."""
    with catalogue.read() as session:
        conn = _raw(session.connection())
        if conn.execute("SELECT NOT EXISTS (SELECT 1 FROM responsibility WHERE kind = 'R')"
                        " AND NOT EXISTS (SELECT 1 FROM source WHERE owner_id IS NOT NULL)"
                        ).fetchone()[0]:
            return []
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM feedback WHERE batch_id = ? AND assignee_id IS NULL", (batch_id,))]
    return route(catalogue, ids)


@dataclass(frozen=True)
class RoutingReason:
    """Why an item has its owner, for a front end to word in its own language."""

    how: str
    """nobody, need (Responsible for a need), owner (owns the source), source (Responsible
    for the source) or hand (assigned by hand)."""
    person: str | None = None
    need: str | None = None
    through: str | None = None
    """The role through which the person is Responsible, if any."""
    source: str | None = None
    actor: str | None = None
    """Who assigned by hand, when recorded."""


def routing_explanation(catalogue: Catalogue, feedback_id: int) -> str:
    """Why the item has its owner, in one English sentence (the CLI; the GUI words
    `routing_reason` itself)."""
    return explain_routing(routing_reason(catalogue, feedback_id))


def explain_routing(reason: RoutingReason) -> str:
    if reason.how == "nobody":
        return "Nobody owns this item yet: no one is responsible for its needs or source."
    if reason.how == "need":
        via = f" (through {reason.through})" if reason.through else ""
        return (f"Assigned to {reason.person} because they are Responsible for "
                f"{reason.need}{via}.")
    if reason.how == "owner":
        return f"Assigned to {reason.person} because they own the source {reason.source}."
    if reason.how == "source":
        return f"Assigned to {reason.person} because they are Responsible for {reason.source}."
    who = f" by {reason.actor}" if reason.actor else ""
    return f"Assigned to {reason.person}{who} by hand."


def routing_reason(catalogue: Catalogue, feedback_id: int) -> RoutingReason:
    """Why the item has its owner: routing (by a need, the source's owner or the source's
    Responsible), by hand, or nobody yet."""
    with catalogue.read() as session:
        conn = _raw(session.connection())
        row = conn.execute(
            "SELECT f.assignee_id, p.name FROM feedback f LEFT JOIN person p"
            " ON p.id = f.assignee_id WHERE f.id = ?", (feedback_id,)
        ).fetchone()
        if row is None:
            raise LookupError(Message(_NO_ITEM, id=str(feedback_id)))
        if row[0] is None:
            return RoutingReason("nobody")
        audit = conn.execute(
            "SELECT actor, after FROM audit_log WHERE entity = 'feedback' AND entity_id = ?"
            " AND action IN ('assign', 'undo_assignee_id') ORDER BY id DESC LIMIT 1",
            (str(feedback_id),),
        ).fetchone()
    after = json_value(audit[1]) if audit else {}
    if after.get("by") == "route" and after.get("assignee_id") == row[0]:
        if after.get("need"):
            return RoutingReason("need", row[1], need=after["need"],
                                 through=after.get("through") or None)
        if after.get("owner"):
            return RoutingReason("owner", row[1], source=after.get("source"))
        return RoutingReason("source", row[1], source=after.get("source"))
    return RoutingReason("hand", row[1], actor=audit[0] if audit and audit[0] else None)
