"""Follow-up queues for the GUI and the CLI: detractors to answer and when, each person's
open items, the workload per person and need, and the open-action list as a workbook.

Split from workflow_service (which re-exports these names): that module changes items, this
one only reads them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.domain import workflow
from advocacy_desktop.services.sql_compat import driver as _raw
from advocacy_desktop.services.sql_compat import group_concat

_OPEN = "status NOT IN ('closed', 'wont_fix')"
EXCERPT = 120


@dataclass(frozen=True)
class QueueItem:
    id: int
    received_on: date | None
    score: int | None
    excerpt: str
    source: str | None
    assignee_id: int | None
    assignee: str | None
    status: str
    due: date | None
    overdue: bool


@dataclass(frozen=True)
class Load:
    """Open and overdue items of one person or one need (id None: nobody / no need)."""

    id: int | None
    name: str
    open: int
    overdue: int


@dataclass(frozen=True)
class Workload:
    people: list[Load]
    needs: list[Load]


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _person_names(conn: sqlite3.Connection) -> dict[int, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, name FROM person")}


_QUEUE_SQL = (
    "SELECT f.id, f.received_on, f.score, substr(f.text, 1, ?), s.name, f.assignee_id, p.name,"
    " f.status, f.due_on, f.contacted_on, f.created_at FROM feedback f"
    " LEFT JOIN source s ON s.id = f.source_id LEFT JOIN person p ON p.id = f.assignee_id"
)


def effective_due(
    due_on: date | None, received_on: date | None, score: int | None,
    contacted_on: date | None, working_days: int = 2,
) -> date | None:
    """The item's due date, else for a detractor not yet contacted the follow-up day."""
    if due_on is not None:
        return due_on
    if score is not None and score <= workflow.DETRACTOR_MAX and contacted_on is None:
        if received_on is not None:
            return workflow.follow_up_due(received_on, working_days)
    return None


def _queue_items(
    catalogue: Catalogue, where: str, params: tuple[Any, ...], today: date, working_days: int
) -> list[QueueItem]:
    with catalogue.read() as session:
        rows = _raw(session.connection()).execute(
            f"{_QUEUE_SQL} WHERE {where} ORDER BY f.id", (EXCERPT, *params)
        ).fetchall()
    items = []
    for r in rows:
        received = _day(r[1]) or _day(r[10])
        due = effective_due(_day(r[8]), received, r[2], _day(r[9]), working_days)
        items.append(QueueItem(
            id=r[0], received_on=_day(r[1]), score=r[2], excerpt=" ".join((r[3] or "").split()),
            source=r[4], assignee_id=r[5], assignee=r[6], status=r[7], due=due,
            overdue=workflow.is_overdue(due, today),
        ))
    items.sort(key=lambda q: (q.due is None, q.due or date.max, q.id))
    return items


def follow_up_queue(
    catalogue: Catalogue, *, person_id: int | None = None, overdue_only: bool = False,
    today: date | None = None, working_days: int = 2,
) -> list[QueueItem]:
    """Detractors (0-6) not yet contacted and not closed or won't fix, soonest due first."""
    where = (f"f.score IS NOT NULL AND f.score <= {workflow.DETRACTOR_MAX}"
             " AND f.contacted_on IS NULL AND f.status NOT IN ('closed', 'wont_fix')")
    params: tuple[Any, ...] = ()
    if person_id is not None:
        where += " AND f.assignee_id = ?"
        params = (person_id,)
    items = _queue_items(catalogue, where, params, today or date.today(), working_days)
    return [q for q in items if q.overdue] if overdue_only else items


def my_queue(
    catalogue: Catalogue, person_id: int, *, today: date | None = None, working_days: int = 2
) -> list[QueueItem]:
    """The person's open items, soonest due first."""
    return _queue_items(
        catalogue, "f.assignee_id = ? AND f.status NOT IN ('closed', 'wont_fix')",
        (person_id,), today or date.today(), working_days,
    )


def workload(catalogue: Catalogue, today: date | None = None, working_days: int = 2) -> Workload:
    """Open and overdue items per person and per need (an item counts under each need)."""
    today = today or date.today()
    people: dict[int | None, list[int]] = {}
    needs: dict[int | None, list[int]] = {}
    with catalogue.read() as session:
        conn = _raw(session.connection())
        person_names = _person_names(conn)
        need_names = {r[0]: r[1] for r in conn.execute("SELECT id, name FROM need")}
        rows = conn.execute(
            "SELECT f.id, f.assignee_id, f.due_on, coalesce(f.received_on, date(f.created_at)),"
            f" f.score, f.contacted_on, {group_concat(conn, 'fn.need_id')} FROM feedback f"
            " LEFT JOIN feedback_need fn ON fn.feedback_id = f.id"
            f" WHERE f.{_OPEN} GROUP BY f.id"
        )
        for _id, person, due_on, received, score, contacted, need_ids in rows:
            due = effective_due(_day(due_on), _day(received), score, _day(contacted),
                                working_days)
            late = int(workflow.is_overdue(due, today))
            people.setdefault(person, [0, 0])
            people[person][0] += 1
            people[person][1] += late
            for key in [int(n) for n in need_ids.split(",")] if need_ids else [None]:
                counts = needs.setdefault(key, [0, 0])
                counts[0] += 1
                counts[1] += late

    def loads(bucket: dict[int | None, list[int]], names: dict[int, str], none: str) -> list:
        out = [Load(k, names.get(k, none) if k is not None else none, v[0], v[1])
               for k, v in bucket.items()]
        return sorted(out, key=lambda x: (-x.open, x.name))

    return Workload(loads(people, person_names, "Unassigned"), loads(needs, need_names, "No need"))


ACTION_HEADERS = ("ID", "Received", "Score", "Status", "Assignee", "Due", "Overdue",
                  "Contacted", "Needs", "Source", "Text", "Notes")


def export_actions(
    catalogue: Catalogue, path: Path | str, *, today: date | None = None, working_days: int = 2
) -> int:
    """Write the open action list (every open item) to an xlsx file; returns the row count.
    Written atomically; text cells are neutralised against formula injection."""
    from openpyxl import Workbook

    from advocacy_desktop.services.safe_files import atomic_output, neutralise_cell

    today = today or date.today()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Actions")
    sheet.append(list(ACTION_HEADERS))
    count = 0
    with catalogue.read() as session:
        conn = _raw(session.connection())
        rows = conn.execute(
            "SELECT f.id, f.received_on, f.score, f.status, p.name, f.due_on, f.contacted_on,"
            f" (SELECT {group_concat(conn, 'n.name', ', ')} FROM feedback_need fn JOIN need n"
            "  ON n.id = fn.need_id WHERE fn.feedback_id = f.id), s.name, f.text, f.notes,"
            " coalesce(f.received_on, date(f.created_at)) FROM feedback f"
            " LEFT JOIN person p ON p.id = f.assignee_id LEFT JOIN source s ON s.id = f.source_id"
            f" WHERE f.{_OPEN} ORDER BY f.id"
        )
        for r in rows:
            due = effective_due(_day(r[5]), _day(r[11]), r[2], _day(r[6]), working_days)
            values = [r[0], _day(r[1]), r[2], r[3], r[4], due,
                      "yes" if workflow.is_overdue(due, today) else "", _day(r[6]),
                      r[7], r[8], r[9], r[10]]
            sheet.append([neutralise_cell(v) for v in values])
            count += 1
    with atomic_output(path, suffix=".xlsx") as tmp:
        book.save(tmp)
    return count


# --- lookups for the CLI and the GUI -----------------------------------------------------


def find_person(catalogue: Catalogue, name_or_email: str) -> tuple[int, str]:
    """A person by name or e-mail, ignoring case; LookupError when none or several match."""
    wanted = name_or_email.strip().casefold()
    with catalogue.read() as session:
        people = _raw(session.connection()).execute(
            "SELECT id, name, email FROM person ORDER BY id").fetchall()
    found = [(p[0], p[1]) for p in people
             if p[1].casefold() == wanted or (p[2] or "").casefold() == wanted]
    if len(found) != 1:
        known = ", ".join(p[1] for p in people) or "none yet"
        what = "several people are" if found else "no person is"
        raise LookupError(f'{what} called "{name_or_email}" (people: {known})')
    return found[0]


def open_ids_with_need(catalogue: Catalogue, need_id: int) -> list[int]:
    """The open items tagged with the need."""
    with catalogue.read() as session:
        return [r[0] for r in _raw(session.connection()).execute(
            "SELECT f.id FROM feedback f JOIN feedback_need fn ON fn.feedback_id = f.id"
            f" WHERE fn.need_id = ? AND f.{_OPEN} ORDER BY f.id",
            (need_id,),
        )]
