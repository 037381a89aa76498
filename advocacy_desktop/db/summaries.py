"""Summary tables: answers counted per day, kept exact by triggers, so the dashboard reads a few
thousand rows instead of a million (DESIGN.md §3: "summary table < 1 ms").

- `summary_nps_day (day, source_id, score, n)`: 0-10 answers;
- `summary_need_day (need_id, day, score, n)`: the same per need an item carries;
- `summary_need_source_day (source_id, need_id, day, score, n)`: the same again, per source
  first, for a dashboard filtered by source (a source's rows are one range of the key);
- `summary_rating_day (day, source_id, scale, stars, n, total)`: star ratings, rounded half up
  to whole stars, `total` the exact sum (for means);
- `summary_open_day (assignee_id, source_id, day, n)`: open items (not closed / won't fix).

Keys are NOT NULL so that upserts meet: an undated item counts under day '' and an item
without source, scale or assignee under 0. Counts can reach 0 and stay: readers skip them.

Triggers on feedback, feedback_need and need keep the tables exact inside the writing
transaction (a crash takes both back). The import's bulk path drops the feedback triggers
with the search ones and calls `fill_for_batch` instead (one GROUP BY per table).
A feedback row's needs go when it is deleted (ON DELETE CASCADE) after the row itself, so its
need counts are taken back by a BEFORE DELETE trigger on feedback, and the feedback_need
trigger only counts while its feedback row still exists.

Revision 0008_summaries creates all this; a later change to it needs a new revision.
"""

from __future__ import annotations

import sqlite3

from advocacy_desktop.domain.workflow import OPEN_STATUSES

TABLES = ("summary_nps_day", "summary_need_day", "summary_need_source_day",
          "summary_rating_day", "summary_open_day")
TRIGGER_PREFIX = "summary_"
#: the feedback triggers the import's bulk path suspends (it fills the tables per batch)
FEEDBACK_TRIGGERS = ("summary_feedback_ai", "summary_feedback_ad", "summary_feedback_bd",
                     "summary_feedback_au_nps", "summary_feedback_au_rating",
                     "summary_feedback_au_open")

_OPEN = "(" + ", ".join(f"'{s}'" for s in OPEN_STATUSES) + ")"
STARS = "CAST({0}.rating + 0.5 AS INTEGER)"

CREATE_TABLES = (
    "CREATE TABLE summary_nps_day (day TEXT NOT NULL, source_id INTEGER NOT NULL,"
    " score INTEGER NOT NULL, n INTEGER NOT NULL,"
    " CONSTRAINT pk_summary_nps_day PRIMARY KEY (day, source_id, score)) WITHOUT ROWID",
    "CREATE TABLE summary_need_day (need_id INTEGER NOT NULL, day TEXT NOT NULL,"
    " score INTEGER NOT NULL, n INTEGER NOT NULL,"
    " CONSTRAINT pk_summary_need_day PRIMARY KEY (need_id, day, score)) WITHOUT ROWID",
    "CREATE TABLE summary_need_source_day (source_id INTEGER NOT NULL, need_id INTEGER NOT NULL,"
    " day TEXT NOT NULL, score INTEGER NOT NULL, n INTEGER NOT NULL,"
    " CONSTRAINT pk_summary_need_source_day PRIMARY KEY (source_id, need_id, day, score))"
    " WITHOUT ROWID",
    "CREATE TABLE summary_rating_day (day TEXT NOT NULL, source_id INTEGER NOT NULL,"
    " scale INTEGER NOT NULL, stars INTEGER NOT NULL, n INTEGER NOT NULL, total REAL NOT NULL,"
    " CONSTRAINT pk_summary_rating_day PRIMARY KEY (day, source_id, scale, stars))"
    " WITHOUT ROWID",
    "CREATE TABLE summary_open_day (assignee_id INTEGER NOT NULL, source_id INTEGER NOT NULL,"
    " day TEXT NOT NULL, n INTEGER NOT NULL,"
    " CONSTRAINT pk_summary_open_day PRIMARY KEY (assignee_id, source_id, day)) WITHOUT ROWID",
)


def _nps(row: str, sign: str) -> str:
    return (
        "INSERT INTO summary_nps_day (day, source_id, score, n)"
        f" SELECT coalesce({row}.received_on, ''), coalesce({row}.source_id, 0), {row}.score,"
        f" {sign}1 WHERE {row}.score IS NOT NULL ON CONFLICT DO UPDATE SET n = n {sign} 1;"
    )


def _rating(row: str, sign: str) -> str:
    return (
        "INSERT INTO summary_rating_day (day, source_id, scale, stars, n, total)"
        f" SELECT coalesce({row}.received_on, ''), coalesce({row}.source_id, 0),"
        f" coalesce({row}.rating_scale, 0), {STARS.format(row)}, {sign}1, {sign}{row}.rating"
        f" WHERE {row}.rating IS NOT NULL"
        " ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total;"
    )


def _open(row: str, sign: str) -> str:
    return (
        "INSERT INTO summary_open_day (assignee_id, source_id, day, n)"
        f" SELECT coalesce({row}.assignee_id, 0), coalesce({row}.source_id, 0),"
        f" coalesce({row}.received_on, ''), {sign}1 WHERE {row}.status IN {_OPEN}"
        f" ON CONFLICT DO UPDATE SET n = n {sign} 1;"
    )


def _needs_of(row: str, sign: str) -> str:
    """Every need of feedback row `row` (old/new), counted with `sign` in both need tables."""
    return "".join(
        f"INSERT INTO {table} ({columns}, day, score, n)"
        f" SELECT {values}, coalesce({row}.received_on, ''), {row}.score, {sign}1"
        f" FROM feedback_need WHERE feedback_id = {row}.id AND {row}.score IS NOT NULL"
        f" ON CONFLICT DO UPDATE SET n = n {sign} 1;"
        for table, columns, values in (
            ("summary_need_day", "need_id", "need_id"),
            ("summary_need_source_day", "source_id, need_id",
             f"coalesce({row}.source_id, 0), need_id"),
        )
    )


def _link(row: str, sign: str) -> str:
    """One feedback_need row `row`, counted with `sign` while its feedback row exists."""
    return "".join(
        f"INSERT INTO {table} ({columns}, day, score, n)"
        f" SELECT {values}, coalesce(f.received_on, ''), f.score, {sign}1"
        f" FROM feedback AS f WHERE f.id = {row}.feedback_id AND f.score IS NOT NULL"
        f" ON CONFLICT DO UPDATE SET n = n {sign} 1;"
        for table, columns, values in (
            ("summary_need_day", "need_id", f"{row}.need_id"),
            ("summary_need_source_day", "source_id, need_id",
             f"coalesce(f.source_id, 0), {row}.need_id"),
        )
    )


def _changed(*columns: str) -> str:
    return " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)


CREATE_TRIGGERS = (
    "CREATE TRIGGER summary_feedback_ai AFTER INSERT ON feedback BEGIN "
    + _nps("new", "+") + _rating("new", "+") + _open("new", "+") + " END",
    "CREATE TRIGGER summary_feedback_ad AFTER DELETE ON feedback BEGIN "
    + _nps("old", "-") + _rating("old", "-") + _open("old", "-") + " END",
    "CREATE TRIGGER summary_feedback_bd BEFORE DELETE ON feedback WHEN old.score IS NOT NULL"
    " BEGIN " + _needs_of("old", "-") + " END",
    "CREATE TRIGGER summary_feedback_au_nps AFTER UPDATE OF score, received_on, source_id"
    f" ON feedback WHEN {_changed('score', 'received_on', 'source_id')} BEGIN "
    + _nps("old", "-") + _nps("new", "+") + _needs_of("old", "-") + _needs_of("new", "+")
    + " END",
    "CREATE TRIGGER summary_feedback_au_rating AFTER UPDATE OF rating, rating_scale,"
    " received_on, source_id ON feedback WHEN"
    f" {_changed('rating', 'rating_scale', 'received_on', 'source_id')} BEGIN "
    + _rating("old", "-") + _rating("new", "+") + " END",
    "CREATE TRIGGER summary_feedback_au_open AFTER UPDATE OF status, assignee_id, source_id,"
    " received_on ON feedback WHEN"
    f" {_changed('status', 'assignee_id', 'source_id', 'received_on')} BEGIN "
    + _open("old", "-") + _open("new", "+") + " END",
    "CREATE TRIGGER summary_feedback_need_ai AFTER INSERT ON feedback_need BEGIN "
    + _link("new", "+") + " END",
    "CREATE TRIGGER summary_feedback_need_ad AFTER DELETE ON feedback_need BEGIN "
    + _link("old", "-") + " END",
    "CREATE TRIGGER summary_feedback_need_au AFTER UPDATE OF need_id, feedback_id"
    " ON feedback_need BEGIN " + _link("old", "-") + _link("new", "+") + " END",
    "CREATE TRIGGER summary_need_ad AFTER DELETE ON need BEGIN"
    " DELETE FROM summary_need_day WHERE need_id = old.id;"
    " DELETE FROM summary_need_source_day WHERE need_id = old.id; END",
)

#: whole-table fills; `{where}` narrows the feedback rows (the bulk import: one batch)
_FILLS = (
    "INSERT INTO summary_nps_day (day, source_id, score, n)"
    " SELECT coalesce(received_on, ''), coalesce(source_id, 0), score, count(*) FROM feedback"
    " WHERE score IS NOT NULL AND {where} GROUP BY 1, 2, 3"
    " ON CONFLICT DO UPDATE SET n = n + excluded.n",
    "INSERT INTO summary_rating_day (day, source_id, scale, stars, n, total)"
    " SELECT coalesce(received_on, ''), coalesce(source_id, 0), coalesce(rating_scale, 0),"
    f" {STARS.format('feedback')}, count(*), sum(rating) FROM feedback"
    " WHERE rating IS NOT NULL AND {where} GROUP BY 1, 2, 3, 4"
    " ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total",
    "INSERT INTO summary_open_day (assignee_id, source_id, day, n)"
    " SELECT coalesce(assignee_id, 0), coalesce(source_id, 0), coalesce(received_on, ''),"
    f" count(*) FROM feedback WHERE status IN {_OPEN} AND {{where}} GROUP BY 1, 2, 3"
    " ON CONFLICT DO UPDATE SET n = n + excluded.n",
    "INSERT INTO summary_need_day (need_id, day, score, n)"
    " SELECT fn.need_id, coalesce(feedback.received_on, ''), feedback.score, count(*)"
    " FROM feedback JOIN feedback_need AS fn ON fn.feedback_id = feedback.id"
    " WHERE feedback.score IS NOT NULL AND {where} GROUP BY 1, 2, 3"
    " ON CONFLICT DO UPDATE SET n = n + excluded.n",
    "INSERT INTO summary_need_source_day (source_id, need_id, day, score, n)"
    " SELECT coalesce(feedback.source_id, 0), fn.need_id, coalesce(feedback.received_on, ''),"
    " feedback.score, count(*)"
    " FROM feedback JOIN feedback_need AS fn ON fn.feedback_id = feedback.id"
    " WHERE feedback.score IS NOT NULL AND {where} GROUP BY 1, 2, 3, 4"
    " ON CONFLICT DO UPDATE SET n = n + excluded.n",
)


def create(conn: sqlite3.Connection) -> None:
    """Create the tables and triggers and count what the catalogue already holds."""
    for sql in CREATE_TABLES:
        conn.execute(sql)
    rebuild(conn)
    for sql in CREATE_TRIGGERS:
        conn.execute(sql)


def drop(conn: sqlite3.Connection) -> None:
    for name in [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'summary\\_%'"
        " ESCAPE '\\'"
    )]:
        conn.execute(f'DROP TRIGGER "{name}"')
    for table in TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {table}")


def rebuild(conn: sqlite3.Connection) -> None:
    """Count every row again (inside the caller's transaction)."""
    for table in TABLES:
        conn.execute(f"DELETE FROM {table}")
    for sql in _FILLS:
        conn.execute(sql.format(where="1"))


def fill_for_batch(conn: sqlite3.Connection, batch_id: int) -> None:
    """Count one batch's rows: what the suspended feedback triggers would have done. Needs
    linked during the batch were counted by the (never suspended) feedback_need trigger."""
    for sql in _FILLS[:3]:
        conn.execute(sql.format(where="batch_id = ?"), (batch_id,))


def differences(conn: sqlite3.Connection) -> list[str]:
    """Where a summary table disagrees with a fresh count; [] when all agree (for checks)."""
    problems = []
    fills = (_FILLS[0], _FILLS[3], _FILLS[4], _FILLS[1], _FILLS[2])
    for table, fill in zip(TABLES, fills, strict=True):
        select = fill.split(" SELECT ", 1)[1].split(" ON CONFLICT")[0].format(where="1")
        columns = conn.execute(f"SELECT * FROM {table} LIMIT 0").description
        names = [c[0] for c in columns]
        keys = [c for c in names if c not in ("n", "total")]
        stored = {tuple(r[:len(keys)]): r[len(keys):] for r in conn.execute(
            f"SELECT {', '.join(keys)}, n{', round(total, 6)' if 'total' in names else ''}"
            f" FROM {table} WHERE n != 0"
        )}
        fresh = {tuple(r[:len(keys)]): tuple(
            round(v, 6) if isinstance(v, float) else v for v in r[len(keys):]
        ) for r in conn.execute(f"SELECT {select}")}
        if stored != fresh:
            wrong = sorted(set(stored.items()) ^ set(fresh.items()), key=repr)[:5]
            problems.append(f"{table}: {len(wrong)}+ keys differ, e.g. {wrong}")
    return problems
