"""Customers as first-class records: the list, one customer's history, duplicates and merges.

Imports link feedback to a customer by the strongest key a row has (`customer.match_key`):
"id:<customer id>", else "email:<e-mail, casefolded>", else "name:<name, folded>". The same
person can still end up as two customers, e.g. once by id and once by e-mail from a file
without ids. `duplicate_candidates` lists pairs that share a normalised e-mail (trimmed,
casefolded) or a normalised name (folded words: case, accents and punctuation ignored); they
are only ever merged by hand, with `merge_customers`, which `undo_merge` reverses exactly.

A merge keeps one match key: the stronger of the two (id > email > name). A later import that
finds the customer only by the other key creates a new customer again (listed as a duplicate).

Latest score and trend follow domain/advocacy.py. Everything returned is a dataclass.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.domain import advocacy as rules
from advocacy_desktop.domain import workflow
from advocacy_desktop.domain.fields import word_key
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.people_service import audit
from advocacy_desktop.services.sql_compat import driver, pg, retry_on_conflict
from advocacy_desktop.services.workflow_service import effective_due

__all__ = [
    "CustomerBrief", "CustomerDetail", "CustomerError", "CustomerSummary", "DuplicatePair",
    "HistoryItem", "MergeChange", "customer_detail", "display_name", "duplicate_candidates",
    "email_key", "list_customers", "merge_customers", "name_key", "undo_merge",
]

EXCERPT = 160
_FIELDS = ("external_id", "name", "email")


NO_CUSTOMER = QT_TRANSLATE_NOOP("CustomersService",
                                "There is no customer with id {id} in this catalogue.")


class CustomerError(ValueError):
    """A customer change that is refused, or an unknown customer; the message is for the user."""


# ---------------------------------------------------------------------- helpers


@contextmanager
def writing(catalogue: Catalogue) -> Iterator[Any]:
    """The driver connection of one write transaction: sqlite3's for a file, a `PgDriver`
    (same `?` SQL) for a team catalogue."""
    with catalogue.write_connection() as connection:
        yield driver(connection)


@contextmanager
def reading(catalogue: Catalogue) -> Iterator[Any]:
    with catalogue.read() as session:
        yield driver(session.connection())


def day_sql(conn: Any, alias: str = "f") -> str:
    """An item's day: received on, else the import day (SQL text for either engine)."""
    if pg(conn):
        return f"coalesce({alias}.received_on, {alias}.created_at::date)"
    return f"coalesce({alias}.received_on, date({alias}.created_at))"


def _integrity(exc: BaseException) -> bool:
    """A unique or foreign-key violation, from sqlite3 or psycopg."""
    return isinstance(exc, sqlite3.IntegrityError) or str(
        getattr(exc, "sqlstate", "") or "").startswith("23")


def display_name(customer_id: int, name: str | None, email: str | None,
                 external_id: str | None) -> str:
    """The name, else the e-mail, else the external id, else "Customer #id"."""
    for value in (name, email, external_id):
        if value and value.strip():
            return " ".join(value.split())
    return f"Customer #{customer_id}"


def email_key(email: str | None) -> str | None:
    """An e-mail compared for duplicates: trimmed and casefolded."""
    cleaned = (email or "").strip().casefold()
    return cleaned or None


def name_key(name: str | None) -> str | None:
    """A name compared for duplicates: folded words ('Ánna  Müller' == 'anna muller')."""
    cleaned = word_key(name or "")
    return cleaned or None


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _key_strength(match_key: str | None) -> int:
    for strength, prefix in ((3, "id:"), (2, "email:"), (1, "name:")):
        if match_key and match_key.startswith(prefix):
            return strength
    return 0


# ---------------------------------------------------------------------- list and detail


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    name: str
    """Display name (see `display_name`)."""
    email: str | None
    external_id: str | None
    erased: bool
    answers: int
    """Items with a 0-10 score."""
    latest_score: int | None
    latest_day: date | None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "email": self.email,
                "external_id": self.external_id, "erased": self.erased, "answers": self.answers,
                "latest": self.latest_score,
                "latest_day": None if self.latest_day is None else self.latest_day.isoformat()}


_LATEST = (
    "SELECT f.score, {day} AS day FROM feedback f"
    " WHERE f.customer_id = c.id AND f.score IS NOT NULL ORDER BY day DESC, f.id DESC LIMIT 1"
)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_customers(catalogue: Catalogue, *, search: str | None = None, limit: int = 100,
                   after: int | None = None) -> list[CustomerSummary]:
    """One page of customers by id. Pass the last id of a page as `after` for the next one
    (keyset paging: every page costs the same). `search` matches a part of the name, e-mail
    or external id, without case."""
    where, params = ["c.id > ?"], [after or 0]
    term = (search or "").strip()
    with reading(catalogue) as conn:
        on_pg = pg(conn)
        like = "ILIKE" if on_pg else "LIKE"  # SQLite's LIKE ignores case already
        if term:
            where.append(f"(c.name {like} ? ESCAPE '\\' OR c.email {like} ? ESCAPE '\\'"
                         f" OR c.external_id {like} ? ESCAPE '\\')")
            params += [_like(term)] * 3
        latest = _LATEST.format(day=day_sql(conn))
        alias = " AS l" if on_pg else ""  # PostgreSQL < 16 needs a name for a subquery
        sql = (
            "SELECT c.id, c.name, c.email, c.external_id, c.erased,"
            " (SELECT count(*) FROM feedback f WHERE f.customer_id = c.id"
            " AND f.score IS NOT NULL),"
            f" (SELECT score FROM ({latest}){alias}), (SELECT day FROM ({latest}){alias})"
            f" FROM customer c WHERE {' AND '.join(where)} ORDER BY c.id LIMIT ?"
        )
        rows = conn.execute(sql, (*params, max(1, limit))).fetchall()
    return [CustomerSummary(r[0], display_name(r[0], r[1], r[2], r[3]), r[2], r[3], bool(r[4]),
                            r[5], r[6], _day(r[7])) for r in rows]


@dataclass(frozen=True)
class HistoryItem:
    feedback_id: int
    day: date
    """Received on, else the import day."""
    score: int | None
    source: str | None
    excerpt: str
    status: str
    due: date | None
    overdue: bool


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    uuid: str
    name: str
    """Display name."""
    raw_name: str | None
    email: str | None
    external_id: str | None
    erased: bool
    history: tuple[HistoryItem, ...]
    """Every item of the customer, newest first (items without a score too)."""
    latest_score: int | None
    trend: int | None
    answers: int
    is_advocate: bool
    advocate_since: date | None
    risk: tuple[str, ...]
    open_items: int
    overdue_items: int
    open_item_ids: tuple[int, ...] = field(default=())


def customer_detail(catalogue: Catalogue, customer_id: int, *,
                    today: date | None = None) -> CustomerDetail:
    """One customer with their whole feedback history, latest score, trend and open items."""
    today = today or date.today()
    with reading(catalogue) as conn:
        row = conn.execute(
            "SELECT id, uuid, name, email, external_id, erased FROM customer WHERE id = ?",
            (customer_id,),
        ).fetchone()
        if row is None:
            raise CustomerError(Message(NO_CUSTOMER, id=str(customer_id)))
        items = conn.execute(
            f"SELECT f.id, {day_sql(conn)} AS day, f.score, s.name,"
            " substr(f.text, 1, ?), f.status, f.due_on, f.received_on, f.contacted_on"
            " FROM feedback f LEFT JOIN source s ON s.id = f.source_id"
            " WHERE f.customer_id = ? ORDER BY day DESC, f.id DESC",
            (EXCERPT, customer_id),
        ).fetchall()
    history = []
    for fid, day, score, source, text, status, due_on, _received, contacted in items:
        is_open = workflow.is_open(status)
        due = effective_due(_day(due_on), _day(day), score, _day(contacted)) if is_open else None
        history.append(HistoryItem(fid, _day(day) or today, score, source,
                                   " ".join((text or "").split()), status, due,
                                   workflow.is_overdue(due, today)))
    scores = [(h.day, h.score) for h in reversed(history) if h.score is not None]
    open_ids = tuple(h.feedback_id for h in history if workflow.is_open(h.status))
    return CustomerDetail(
        id=row[0], uuid=row[1], name=display_name(row[0], row[2], row[3], row[4]),
        raw_name=row[2], email=row[3], external_id=row[4], erased=bool(row[5]),
        history=tuple(history), latest_score=rules.latest_score(scores),
        trend=rules.trend(scores), answers=len(scores), is_advocate=rules.is_advocate(scores),
        advocate_since=rules.advocate_since(scores), risk=rules.risk_kinds(scores, today),
        open_items=len(open_ids), overdue_items=sum(h.overdue for h in history),
        open_item_ids=open_ids,
    )


# ---------------------------------------------------------------------- duplicates


@dataclass(frozen=True)
class CustomerBrief:
    id: int
    name: str
    email: str | None
    external_id: str | None


@dataclass(frozen=True)
class DuplicatePair:
    reason: str
    """'email' or 'name': what the two share."""
    key: str
    """The shared normalised e-mail or name."""
    first: CustomerBrief
    """The older record (lower id): the natural one to keep."""
    second: CustomerBrief


def duplicate_candidates(catalogue: Catalogue, limit: int = 200) -> list[DuplicatePair]:
    """Pairs of customers (not erased) sharing a normalised e-mail, then a normalised name;
    each group of n customers gives the n-1 pairs (oldest, other). Never merged here."""
    pairs: list[DuplicatePair] = []
    seen: set[tuple[int, int]] = set()
    with reading(catalogue) as conn:
        if not pg(conn):
            conn.create_function("adv_email_key", 1, email_key, deterministic=True)
            conn.create_function("adv_name_key", 1, name_key, deterministic=True)
        for reason, column, fn in (("email", "email", "adv_email_key"),
                                   ("name", "name", "adv_name_key")):
            if pg(conn):
                groups = _groups_in_python(conn, column, email_key if reason == "email"
                                           else name_key)
            else:
                groups = conn.execute(
                    f"SELECT k, group_concat(id) FROM (SELECT {fn}({column}) AS k, id"
                    f" FROM customer WHERE {column} IS NOT NULL AND NOT erased)"
                    " WHERE k IS NOT NULL GROUP BY k HAVING count(*) > 1 ORDER BY min(id)"
                ).fetchall()
            for key, ids in groups:
                members = sorted(int(i) for i in ids.split(","))
                for other in members[1:]:
                    if (members[0], other) not in seen and len(pairs) < limit:
                        seen.add((members[0], other))
                        pairs.append(DuplicatePair(reason, key, _brief(conn, members[0]),
                                                   _brief(conn, other)))
            if len(pairs) >= limit:
                break
    return pairs


def _groups_in_python(conn: Any, column: str, key_of: Any) -> list[tuple[str, str]]:
    """PostgreSQL has no Python functions in SQL: the keys are computed here, from one pass
    over the customers in id order, giving the rows the SQLite query gives."""
    groups: dict[str, list[int]] = {}
    cursor = conn.execute(f"SELECT id, {column} FROM customer"
                          f" WHERE {column} IS NOT NULL AND NOT erased ORDER BY id")
    for ident, value in cursor:
        key = key_of(value)
        if key is not None:
            groups.setdefault(key, []).append(int(ident))
    # dicts keep insertion order, i.e. the order of each group's smallest id
    return [(k, ",".join(map(str, ids))) for k, ids in groups.items() if len(ids) > 1]


def _brief(conn: Any, customer_id: int) -> CustomerBrief:
    r = conn.execute("SELECT id, name, email, external_id FROM customer WHERE id = ?",
                     (customer_id,)).fetchone()
    return CustomerBrief(r[0], display_name(r[0], r[1], r[2], r[3]), r[2], r[3])


# ---------------------------------------------------------------------- merge


@dataclass(frozen=True)
class MergeChange:
    """What `merge_customers` did, with what `undo_merge` needs to reverse it exactly."""

    keep_id: int
    merged: dict[str, Any]
    """The deleted customer row, every column."""
    keep_before: dict[str, Any]
    keep_after: dict[str, Any]
    """external_id, name, email and match_key of the kept customer, before and after."""
    feedback_ids: tuple[int, ...]
    care_ids: tuple[int, ...]

    @property
    def merged_id(self) -> int:
        return int(self.merged["id"])


_ROW = "SELECT id, uuid, external_id, name, email, match_key, erased, created_at FROM customer"
_ROW_KEYS = ("id", "uuid", "external_id", "name", "email", "match_key", "erased", "created_at")


def _customer_row(conn: Any, customer_id: int) -> dict[str, Any]:
    row = conn.execute(f"{_ROW} WHERE id = ?", (customer_id,)).fetchone()
    if row is None:
        raise CustomerError(Message(NO_CUSTOMER, id=str(customer_id)))
    found = dict(zip(_ROW_KEYS, row, strict=True))
    found["created_at"] = None if row[7] is None else str(row[7])
    return found


def _editable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in (*_FIELDS, "match_key")}


@retry_on_conflict
def merge_customers(catalogue: Catalogue, keep_id: int, merge_id: int) -> MergeChange:
    """Move `merge_id`'s feedback and care entries to `keep_id`, fill keep's empty name,
    e-mail and external id from it, keep the stronger match key, delete `merge_id`. Audited.
    Refuses merging a customer into itself and erased customers."""
    if keep_id == merge_id:
        raise CustomerError(Message(QT_TRANSLATE_NOOP(
            "CustomersService", "A customer cannot be merged into itself.")))
    with writing(catalogue) as conn:
        keep, merged = _customer_row(conn, keep_id), _customer_row(conn, merge_id)
        if keep["erased"] or merged["erased"]:
            raise CustomerError(Message(QT_TRANSLATE_NOOP(
                "CustomersService", "An erased customer cannot be merged: their personal data "
                "is gone, so there is nothing to match them by.")))
        before = _editable(keep)
        after = dict(before)
        for name in _FIELDS:
            if not (after[name] or "").strip() and (merged[name] or "").strip():
                after[name] = merged[name]
        if _key_strength(merged["match_key"]) > _key_strength(before["match_key"]):
            after["match_key"] = merged["match_key"]
        feedback_ids = tuple(r[0] for r in conn.execute(
            "SELECT id FROM feedback WHERE customer_id = ? ORDER BY id", (merge_id,)))
        care_ids = tuple(r[0] for r in conn.execute(
            "SELECT id FROM care_entry WHERE customer_id = ? ORDER BY id", (merge_id,)))
        conn.execute("UPDATE feedback SET customer_id = ? WHERE customer_id = ?",
                     (keep_id, merge_id))
        conn.execute("UPDATE care_entry SET customer_id = ? WHERE customer_id = ?",
                     (keep_id, merge_id))
        conn.execute("DELETE FROM customer WHERE id = ?", (merge_id,))
        _set_fields(conn, keep_id, after)
        audit(conn, "merge_customer", "customer", keep_id,
              {"keep": before, "merged": merged},
              {"keep": after, "merged_id": merge_id, "feedback": len(feedback_ids),
               "care_entries": len(care_ids)})
    return MergeChange(keep_id, merged, before, after, feedback_ids, care_ids)


def _set_fields(conn: Any, customer_id: int, values: dict[str, Any]) -> None:
    conn.execute(
        "UPDATE customer SET external_id = ?, name = ?, email = ?, match_key = ? WHERE id = ?",
        (values["external_id"], values["name"], values["email"], values["match_key"],
         customer_id),
    )


@retry_on_conflict
def undo_merge(catalogue: Catalogue, change: MergeChange) -> None:
    """Reverse a merge exactly: the deleted customer comes back with its id, uuid and fields,
    its feedback and care entries go back to it, the kept customer gets its fields back."""
    merged = change.merged
    with writing(catalogue) as conn:
        keep = _customer_row(conn, change.keep_id)
        if keep["erased"]:
            raise CustomerError(Message(QT_TRANSLATE_NOOP(
                "CustomersService", "The kept customer was erased since: the merge cannot be "
                "undone.")))
        if conn.execute("SELECT 1 FROM customer WHERE id = ?", (merged["id"],)).fetchone():
            raise CustomerError(Message(QT_TRANSLATE_NOOP(
                "CustomersService", "Customer id {id} is in use again: the merge cannot be "
                "undone."), id=str(merged["id"])))
        _set_fields(conn, change.keep_id, change.keep_before)
        try:
            conn.execute(
                "INSERT INTO customer (id, uuid, external_id, name, email, match_key, erased,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, CURRENT_TIMESTAMP))",
                tuple(merged[k] for k in _ROW_KEYS),
            )
        except Exception as exc:
            if not _integrity(exc):
                raise
            raise CustomerError(Message(QT_TRANSLATE_NOOP(
                "CustomersService", "A customer with the same key was added since the merge: it "
                "cannot be undone."))) from exc
        conn.executemany(
            "UPDATE feedback SET customer_id = ? WHERE id = ? AND customer_id = ?",
            [(merged["id"], fid, change.keep_id) for fid in change.feedback_ids],
        )
        conn.executemany(
            "UPDATE care_entry SET customer_id = ? WHERE id = ? AND customer_id = ?",
            [(merged["id"], cid, change.keep_id) for cid in change.care_ids],
        )
        audit(conn, "undo_merge_customer", "customer", change.keep_id,
              {"keep": change.keep_after, "merged_id": merged["id"]},
              {"keep": change.keep_before, "merged": merged})
