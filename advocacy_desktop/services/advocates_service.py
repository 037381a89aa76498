"""Brand advocates, customers at risk and the care log of the six practices.

The rules (who is an advocate, since when, who is at risk, when an advocate is due attention,
the order of the list) are in domain/advocacy.py; this module feeds them score histories read
with one grouped pass over the feedback table and returns dataclasses, never ORM objects.

Erased customers (services/privacy.py) are left out of the advocates and at-risk lists: they
asked to be forgotten, and only their anonymous scores remain for the statistics. Their care
log cannot grow. Every change (care entries, the care interval) is written to audit_log.

The care interval `care_days` is a catalogue setting (table catalogue_setting, default 90),
so it travels with the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.db.models import CARE_PRACTICES, new_uuid
from advocacy_desktop.domain import advocacy as rules
from advocacy_desktop.domain.advocacy import SourceCount
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.customers_service import (
    NO_CUSTOMER,
    CustomerError,
    display_name,
    reading,
    writing,
)
from advocacy_desktop.services.people_service import audit
from advocacy_desktop.services.sql_compat import insert_id, pg, retry_on_conflict

__all__ = [
    "CARE_PRACTICES", "Advocate", "AtRisk", "CareEntry", "CareError", "advocates", "at_risk",
    "care_days", "care_log", "delete_care", "log_care", "reminders", "restore_care",
    "set_care_days",
]

MAX_CARE_DAYS = 3650
NOTE_MAX = 4000


class CareError(CustomerError):
    """A care-log change that is refused; the message is meant for the user."""


@dataclass(slots=True)
class Advocate:
    """One brand advocate (read-only by convention: not frozen, as 100k+ are built at once)."""

    customer_id: int
    name: str
    """Display name: the name, else the e-mail, else the external id, else "Customer #id"."""
    latest_score: int
    trend: int | None
    answers: int
    advocate_since: date
    last_care: tuple[date, str] | None
    """(day, practice) of the newest care entry."""
    days_without_attention: int
    due_attention: bool
    overdue_items: int
    open_items: int
    sources: tuple[SourceCount, ...]
    """Where they speak for us: the most 9-10 answers first."""

    @property
    def needs_attention(self) -> bool:
        """Due by days, or a problem of theirs is overdue: what `reminders` lists."""
        return self.due_attention or self.overdue_items > 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "customer_id": self.customer_id, "name": self.name,
            "latest": self.latest_score, "trend": self.trend, "answers": self.answers,
            "since": self.advocate_since.isoformat(),
            "last_care": None if self.last_care is None else self.last_care[0].isoformat(),
            "last_practice": None if self.last_care is None else self.last_care[1],
            "days": self.days_without_attention, "due": self.due_attention,
            "overdue_items": self.overdue_items, "open_items": self.open_items,
            "sources": [{"source": s.source, "promoter_answers": s.promoter_answers,
                         "answers": s.answers} for s in self.sources],
        }


@dataclass(frozen=True)
class AtRisk:
    customer_id: int
    name: str
    kinds: tuple[str, ...]
    """Some of domain.advocacy.RISK_KINDS: 'fallen_promoter', 'repeat_detractor'."""
    latest_score: int
    latest_day: date
    trend: int | None
    answers: int
    fall: rules.Fall | None
    """From the newest 9-10 answer to the newest answer, for a fallen promoter."""
    detractor_answers: int
    """Detractor answers within the window."""
    overdue_items: int
    open_items: int

    def as_dict(self) -> dict[str, Any]:
        fall = self.fall
        return {
            "customer_id": self.customer_id, "name": self.name, "kinds": list(self.kinds),
            "latest": self.latest_score, "latest_day": self.latest_day.isoformat(),
            "trend": self.trend, "answers": self.answers,
            "fell_from": None if fall is None else fall.from_score,
            "fell_from_day": None if fall is None else fall.from_day.isoformat(),
            "detractor_answers": self.detractor_answers,
            "overdue_items": self.overdue_items, "open_items": self.open_items,
        }


@dataclass(frozen=True)
class CareEntry:
    id: int
    uuid: str
    customer_id: int
    practice: str
    done_on: date
    person_id: int | None
    person: str | None
    note: str | None
    created_at: str | None
    """As stored (UTC, 'YYYY-MM-DD HH:MM:SS'); kept so that restore_care is exact."""

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "customer_id": self.customer_id, "practice": self.practice,
                "done_on": self.done_on.isoformat(), "person_id": self.person_id,
                "person": self.person, "note": self.note}


# ---------------------------------------------------------------------- score histories

_DAY = "coalesce(f.received_on, date(f.created_at))"
_OPEN = "f.status NOT IN ('closed', 'wont_fix')"

# One pass over feedback, grouped by customer. `latest` is the newest answer's score, read
# from the single max() of a (day, id, score) number, so the HAVING filter is exact. The inner
# ORDER BY puts each customer's answers newest first; group_concat keeps that order in
# practice, and `_Row.newest_first` checks it and sorts when it does not hold (SQLite does
# not promise it before 3.44's ORDER BY in aggregates).
_KEY = (f"(CAST(replace({_DAY.replace('f.', '')}, '-', '') AS INTEGER) * 100000000000"
        " + id * 100 + score)")
_HISTORY_SQL = (
    "SELECT g.cid, c.name, c.email, c.external_id, g.scores, g.days, g.ids, g.sources,"
    " g.open_items, g.overdue_items FROM ("
    " SELECT cid, group_concat(score) AS scores, group_concat(day) AS days,"
    " group_concat(sid) AS ids, group_concat(src) AS sources, sum(is_open) AS open_items,"
    " sum(is_overdue) AS overdue_items, max(key) % 100 AS latest,"
    f" sum(score >= {rules.PROMOTER_MIN}) AS promoters,"
    f" sum(score <= {rules.DETRACTOR_MAX}) AS detractors FROM ("
    "  SELECT f.customer_id AS cid, f.score AS score,"
    f"  CASE WHEN f.score IS NOT NULL THEN {_DAY} END AS day,"
    "  CASE WHEN f.score IS NOT NULL THEN f.id END AS sid,"
    "  CASE WHEN f.score IS NOT NULL THEN coalesce(f.source_id, 0) END AS src,"
    f"  CASE WHEN f.score IS NOT NULL THEN {_KEY.replace('id *', 'f.id *')} END AS key,"
    f"  {_OPEN} AS is_open,"
    f"  {_OPEN} AND (f.due_on < :today OR (f.due_on IS NULL AND f.score <= :detractor"
    f"   AND f.contacted_on IS NULL AND {_DAY} <= :cutoff)) AS is_overdue"
    "  FROM feedback f NOT INDEXED WHERE f.customer_id IS NOT NULL"
    f"  ORDER BY f.customer_id, {_DAY} DESC, f.id DESC"
    " ) GROUP BY cid HAVING {having}"
    ") g JOIN customer c ON c.id = g.cid AND NOT c.erased"
)


# The same pass on PostgreSQL: string_agg(... ORDER BY ...) gives the newest-first order
# itself; booleans are counted with FILTER; HAVING cannot name the aggregates' aliases, so
# the filter is a WHERE on the grouped subquery.
_PG_DAY = "coalesce(f.received_on, f.created_at::date)"
_PG_ORDER = "ORDER BY day DESC, sid DESC"
_PG_HISTORY_SQL = (
    "SELECT g.cid, c.name, c.email, c.external_id, g.scores, g.days, g.ids, g.sources,"
    " g.open_items, g.overdue_items FROM ("
    f" SELECT cid, string_agg(score::text, ',' {_PG_ORDER}) AS scores,"
    f" string_agg(day::text, ',' {_PG_ORDER}) AS days,"
    f" string_agg(sid::text, ',' {_PG_ORDER}) AS ids,"
    f" string_agg(src::text, ',' {_PG_ORDER}) AS sources,"
    " count(*) FILTER (WHERE is_open) AS open_items,"
    " count(*) FILTER (WHERE is_overdue) AS overdue_items, max(key) % 100 AS latest,"
    f" count(*) FILTER (WHERE score >= {rules.PROMOTER_MIN}) AS promoters,"
    f" count(*) FILTER (WHERE score <= {rules.DETRACTOR_MAX}) AS detractors FROM ("
    "  SELECT f.customer_id AS cid, f.score AS score,"
    f"  CASE WHEN f.score IS NOT NULL THEN {_PG_DAY} END AS day,"
    "  CASE WHEN f.score IS NOT NULL THEN f.id END AS sid,"
    "  CASE WHEN f.score IS NOT NULL THEN coalesce(f.source_id, 0) END AS src,"
    f"  CASE WHEN f.score IS NOT NULL THEN to_char({_PG_DAY}, 'YYYYMMDD')::bigint"
    "   * 100000000000 + f.id::bigint * 100 + f.score END AS key,"
    f"  {_OPEN} AS is_open,"
    f"  {_OPEN} AND (f.due_on < ? OR (f.due_on IS NULL AND f.score <= ?"
    f"   AND f.contacted_on IS NULL AND {_PG_DAY} <= ?)) AS is_overdue"
    "  FROM feedback f WHERE f.customer_id IS NOT NULL"
    " ) t GROUP BY cid"
    ") g JOIN customer c ON c.id = g.cid AND NOT c.erased WHERE ({having})"
)


@dataclass(slots=True)
class _Row:
    customer_id: int
    name: str
    scores: list[int]
    """Newest first, like days, ids and sources."""
    days: list[str]
    ids: list[str]
    sources: list[str]
    """Source ids as text ('0' for none)."""
    open_items: int
    overdue_items: int

    def newest_first(self) -> None:
        """Make sure the answers are newest first (day, then id); sorts them if not."""
        days = self.days
        if days == sorted(days, reverse=True) and (
            len(set(days)) == len(days) or self._ids_in_order()
        ):
            return
        keys = sorted(zip(days, self.ids, self.scores, self.sources, strict=True),
                      key=lambda k: (k[0], int(k[1])), reverse=True)
        self.days = [k[0] for k in keys]
        self.ids = [k[1] for k in keys]
        self.scores = [k[2] for k in keys]
        self.sources = [k[3] for k in keys]

    def _ids_in_order(self) -> bool:
        d, i = self.days, self.ids
        return all(d[k] != d[k + 1] or int(i[k]) > int(i[k + 1]) for k in range(len(d) - 1))

    def history(self) -> list[tuple[date, int]]:
        """(day, score) oldest first, the domain's score history."""
        return [(date.fromisoformat(d), s)
                for d, s in zip(reversed(self.days), reversed(self.scores), strict=True)]


def _rows(conn: Any, having: str, today: date) -> Iterator[_Row]:
    if pg(conn):
        cursor = conn.execute(_PG_HISTORY_SQL.format(having=having),
                              (today, rules.DETRACTOR_MAX, rules.follow_up_cutoff(today)))
    else:
        params = {"today": today.isoformat(),
                  "cutoff": rules.follow_up_cutoff(today).isoformat(),
                  "detractor": rules.DETRACTOR_MAX}
        cursor = conn.execute(_HISTORY_SQL.format(having=having), params)
    for (cid, name, email, external_id, scores, days, ids, sources, open_items,
         overdue) in cursor:
        if scores is None:
            continue
        row = _Row(cid, display_name(cid, name, email, external_id),
                   list(map(int, scores.split(","))), days.split(","),
                   ids.split(","), sources.split(","),
                   int(open_items or 0), int(overdue or 0))
        row.newest_first()
        yield row


def _last_care(conn: Any) -> dict[int, tuple[date, str]]:
    last: dict[int, tuple[date, str]] = {}
    for cid, done_on, practice in conn.execute(
        "SELECT customer_id, done_on, practice FROM care_entry ORDER BY done_on, id"
    ):
        last[cid] = (date.fromisoformat(str(done_on)[:10]), practice)
    return last


def _source_names(conn: Any) -> dict[str, str | None]:
    names: dict[str, str | None] = {"0": None}
    names.update((str(i), n) for i, n in conn.execute("SELECT id, name FROM source"))
    return names


# ---------------------------------------------------------------------- advocates


def advocates(catalogue: Catalogue, *, today: date | None = None) -> list[Advocate]:
    """Customers whose latest score is 9-10, in attention order (domain.advocacy)."""
    today = today or date.today()
    with reading(catalogue) as conn:
        interval = _care_days(conn)
        cared = _last_care(conn)
        names = _source_names(conn)
        found = []
        for row in _rows(conn, f"latest >= {rules.PROMOTER_MIN}", today):
            found.append(_advocate(row, today, interval, cared.get(row.customer_id), names))
    found.sort(key=lambda a: rules.attention_key(a.overdue_items, a.due_attention,
                                                 a.days_without_attention, a.name,
                                                 a.customer_id))
    return found


def _advocate(row: _Row, today: date, interval: int, last: tuple[date, str] | None,
              names: dict[str, str | None]) -> Advocate:
    """The domain's rules on a newest-first row, without building the whole history (the
    tests check this against domain.advocacy on random histories)."""
    scores = row.scores
    run = 0
    for score in scores:
        if score < rules.PROMOTER_MIN:
            break
        run += 1
    since = date.fromisoformat(row.days[run - 1])
    days = rules.days_without_attention(today, since, last[0] if last else None)
    counts: dict[str, list[int]] = {}
    for src, score in zip(row.sources, scores, strict=True):
        pair = counts.get(src)
        if pair is None:
            pair = counts[src] = [0, 0]
        pair[0] += score >= rules.PROMOTER_MIN
        pair[1] += 1
    if len(counts) == 1:
        ((src, (promoters, answers)),) = counts.items()
        sources: tuple[SourceCount, ...] = (SourceCount(names.get(src), promoters, answers),)
    else:
        sources = tuple(rules.source_counts_from(
            (names.get(src), p, n) for src, (p, n) in counts.items()))
    return Advocate(
        customer_id=row.customer_id, name=row.name, latest_score=scores[0],
        trend=scores[0] - scores[1] if len(scores) > 1 else None, answers=len(scores),
        advocate_since=since, last_care=last, days_without_attention=days,
        due_attention=rules.is_due_attention(days, interval),
        overdue_items=row.overdue_items, open_items=row.open_items, sources=sources,
    )


def reminders(catalogue: Catalogue, *, today: date | None = None) -> list[Advocate]:
    """The advocates who need attention now: an overdue problem of theirs (first), or no
    care for `care_days` days or more (most days first)."""
    return [a for a in advocates(catalogue, today=today) if a.needs_attention]


def at_risk(catalogue: Catalogue, *, today: date | None = None,
            window_days: int = rules.DEFAULT_WINDOW_DAYS) -> list[AtRisk]:
    """Fallen promoters and repeat detractors: overdue problems first, then newest first."""
    today = today or date.today()
    if window_days < 0:
        raise ValueError("window_days must be 0 or more")
    found = []
    with reading(catalogue) as conn:
        having = (f"(latest < {rules.PROMOTER_MIN} AND promoters > 0)"
                  f" OR (latest <= {rules.DETRACTOR_MAX} AND detractors >= 2)")
        for row in _rows(conn, having, today):
            history = row.history()
            kinds = rules.risk_kinds(history, today, window_days)
            if not kinds:
                continue
            found.append(AtRisk(
                customer_id=row.customer_id, name=row.name, kinds=kinds,
                latest_score=history[-1][1], latest_day=history[-1][0],
                trend=rules.trend(history), answers=len(history),
                fall=rules.fallen_promoter(history),
                detractor_answers=rules.detractor_answers(history, today, window_days),
                overdue_items=row.overdue_items, open_items=row.open_items,
            ))
    found.sort(key=lambda r: (r.overdue_items == 0, -r.latest_day.toordinal(),
                              r.name.casefold(), r.customer_id))
    return found


# ---------------------------------------------------------------------- care log

_CARE_SQL = (
    "SELECT e.id, e.uuid, e.customer_id, e.practice, e.done_on, e.person_id, p.name, e.note,"
    " e.created_at FROM care_entry e LEFT JOIN person p ON p.id = e.person_id"
)


def _care(row: tuple[Any, ...]) -> CareEntry:
    created = row[8]
    if isinstance(created, datetime):
        created = created.isoformat(" ")
    return CareEntry(row[0], row[1], row[2], row[3], date.fromisoformat(str(row[4])[:10]),
                     row[5], row[6], row[7], created)


def care_log(catalogue: Catalogue, customer_id: int) -> list[CareEntry]:
    """The customer's care entries, newest first."""
    with reading(catalogue) as conn:
        rows = conn.execute(f"{_CARE_SQL} WHERE e.customer_id = ?"
                            " ORDER BY e.done_on DESC, e.id DESC", (customer_id,)).fetchall()
    return [_care(r) for r in rows]


def _check_customer(conn: Any, customer_id: int) -> None:
    row = conn.execute("SELECT erased FROM customer WHERE id = ?", (customer_id,)).fetchone()
    if row is None:
        raise CareError(Message(NO_CUSTOMER, id=str(customer_id)))
    if row[0]:
        raise CareError(Message(QT_TRANSLATE_NOOP(
            "AdvocatesService", "This customer's personal data was erased: their care log is "
            "closed.")))


def _check_person(conn: Any, person_id: int | None) -> None:
    if person_id is not None and conn.execute(
        "SELECT 1 FROM person WHERE id = ?", (person_id,)
    ).fetchone() is None:
        raise CareError(Message(QT_TRANSLATE_NOOP(
            "AdvocatesService", "There is no person with id {id} in this catalogue."),
            id=str(person_id)))


@retry_on_conflict
def log_care(catalogue: Catalogue, customer_id: int, practice: str, done_on: date,
             person_id: int | None = None, note: str | None = None, *,
             today: date | None = None) -> int:
    """Record one thing done for an advocate. Returns the new entry's id.

    Refuses an unknown practice (see CARE_PRACTICES), a day in the future, an unknown or
    erased customer, an unknown person."""
    if practice not in CARE_PRACTICES:
        raise CareError(Message(QT_TRANSLATE_NOOP(
            "AdvocatesService", "“{practice}” is not one of the practices: {practices}."),
            practice=practice, practices=", ".join(CARE_PRACTICES)))
    if not isinstance(done_on, date) or isinstance(done_on, datetime):
        raise CareError(Message(QT_TRANSLATE_NOOP(
            "AdvocatesService", "The day of a care entry must be a date.")))
    if done_on > (today or date.today()):
        raise CareError(Message(QT_TRANSLATE_NOOP(
            "AdvocatesService", "{day} is in the future: log what was done."),
            day=done_on.isoformat()))
    note = (note or "").strip() or None
    if note is not None and len(note) > NOTE_MAX:
        raise CareError(Message(QT_TRANSLATE_NOOP(
            "AdvocatesService", "A note can have at most {limit} characters."),
            limit=str(NOTE_MAX)))
    with writing(catalogue) as conn:
        _check_customer(conn, customer_id)
        _check_person(conn, person_id)
        entry_id = insert_id(
            conn,
            "INSERT INTO care_entry (uuid, customer_id, practice, done_on, person_id, note)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (new_uuid(), customer_id, practice, done_on.isoformat(), person_id, note),
        )
        audit(conn, "log_care", "care_entry", entry_id, None,
              {"customer_id": customer_id, "practice": practice,
               "done_on": done_on.isoformat(), "person_id": person_id, "note": note})
    return entry_id


@retry_on_conflict
def delete_care(catalogue: Catalogue, entry_id: int) -> CareEntry:
    """Delete one care entry; returns it whole, for `restore_care` (undo)."""
    with writing(catalogue) as conn:
        row = conn.execute(f"{_CARE_SQL} WHERE e.id = ?", (entry_id,)).fetchone()
        if row is None:
            raise CareError(Message(QT_TRANSLATE_NOOP(
                "AdvocatesService", "There is no care entry {id} in this catalogue."),
                id=str(entry_id)))
        entry = _care(row)
        conn.execute("DELETE FROM care_entry WHERE id = ?", (entry_id,))
        audit(conn, "delete_care", "care_entry", entry_id, entry.as_dict(), None)
    return entry


@retry_on_conflict
def restore_care(catalogue: Catalogue, entry: CareEntry) -> None:
    """Put back a deleted care entry exactly: same id, uuid and creation time. A person
    deleted since is left out (as their deletion would have done)."""
    with writing(catalogue) as conn:
        _check_customer(conn, entry.customer_id)
        if conn.execute("SELECT 1 FROM care_entry WHERE id = ?", (entry.id,)).fetchone():
            raise CareError(Message(QT_TRANSLATE_NOOP(
                "AdvocatesService", "Care entry {id} is in the catalogue already."),
                id=str(entry.id)))
        person_id = entry.person_id
        if person_id is not None and conn.execute(
            "SELECT 1 FROM person WHERE id = ?", (person_id,)
        ).fetchone() is None:
            person_id = None
        conn.execute(
            "INSERT INTO care_entry (id, uuid, customer_id, practice, done_on, person_id, note,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, CURRENT_TIMESTAMP))",
            (entry.id, entry.uuid, entry.customer_id, entry.practice,
             entry.done_on.isoformat(), person_id, entry.note, entry.created_at),
        )
        audit(conn, "restore_care", "care_entry", entry.id, None, entry.as_dict())


# ---------------------------------------------------------------------- care interval


def _care_days(conn: Any) -> int:
    row = conn.execute("SELECT value FROM catalogue_setting WHERE key = 'care_days'").fetchone()
    try:
        days = int(row[0]) if row and row[0] is not None else rules.DEFAULT_CARE_DAYS
    except ValueError:
        return rules.DEFAULT_CARE_DAYS
    return days if 1 <= days <= MAX_CARE_DAYS else rules.DEFAULT_CARE_DAYS


def care_days(catalogue: Catalogue) -> int:
    """Days an advocate may go without attention before a reminder (default 90)."""
    with reading(catalogue) as conn:
        return _care_days(conn)


@retry_on_conflict
def set_care_days(catalogue: Catalogue, days: int) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_CARE_DAYS:
        raise CareError(Message(QT_TRANSLATE_NOOP(
            "AdvocatesService", "The care interval must be a whole number of days from 1 to "
            "{limit}."), limit=str(MAX_CARE_DAYS)))
    with writing(catalogue) as conn:
        before = _care_days(conn)
        conn.execute("INSERT INTO catalogue_setting (key, value) VALUES ('care_days', ?)"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(days),))
        audit(conn, "set_care_days", "catalogue_setting", "care_days",
              {"care_days": before}, {"care_days": days})
