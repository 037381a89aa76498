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
On PostgreSQL (team catalogues) revision 0010 keeps the same tables as insert-only deltas
(see `pg_create` below: many writers at once never collide on a counter row).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from advocacy_desktop.db.dialect import is_postgres
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
    """Count every row again (inside the caller's transaction); PostgreSQL: `pg_rebuild`."""
    if is_postgres(conn):
        pg_rebuild(conn)
        return
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
    """Where a summary table disagrees with a fresh count; [] when all agree (for checks).
    On PostgreSQL the delta rows of a key are added up first."""
    if is_postgres(conn):
        return _pg_differences(conn)
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


# ------------------------------------------------------------ PostgreSQL (team catalogues)
#
# Several people write to a team catalogue at once, so the PostgreSQL tables are insert-only
# deltas: no primary key, and a trigger never updates a row. A statement-level trigger folds
# the rows one statement changed (its transition tables: a whole import chunk or COPY at
# once) into +n/-n rows per key; readers add them up (sum(n), HAVING sum(n) > 0, as they do
# on SQLite), and `pg_compact` folds them to one row per key. Two writers never touch the
# same row, so REPEATABLE READ never fails them on a hot key such as today's counts.
# Keys are the same as on SQLite: `day` is text ('YYYY-MM-DD', '' for an undated item).
# Only the needs of a deleted item use a row-level trigger (BEFORE DELETE, as on SQLite):
# the cascade removes its feedback_need rows after the item, when nothing can name them.

PG_DAY = "coalesce(to_char({0}.received_on, 'YYYY-MM-DD'), '')"
#: whole stars, half up (PostgreSQL's CAST rounds where SQLite's truncates)
PG_STARS = "floor({0}.rating + 0.5)::integer"
#: per table: key columns, summed columns, and the feedback columns its keys come from
PG_COLUMNS = {
    "summary_nps_day": (("day", "source_id", "score"), ("n",),
                        ("score", "received_on", "source_id")),
    "summary_need_day": (("need_id", "day", "score"), ("n",),
                         ("score", "received_on", "source_id")),
    "summary_need_source_day": (("source_id", "need_id", "day", "score"), ("n",),
                                ("score", "received_on", "source_id")),
    "summary_rating_day": (("day", "source_id", "scale", "stars"), ("n", "total"),
                           ("rating", "rating_scale", "received_on", "source_id")),
    "summary_open_day": (("assignee_id", "source_id", "day"), ("n",),
                         ("status", "assignee_id", "source_id", "received_on")),
}
_NEED_TABLES = ("summary_need_day", "summary_need_source_day")
_ITEM_TABLES = ("summary_nps_day", "summary_rating_day", "summary_open_day")
_COMPACT_LOCK = 0x5ADD0008  # advisory lock: one compaction at a time


def _pg_items(table: str, rel: str, sign: str) -> str:
    """SELECT of the `table` deltas of feedback rows `rel` (a table, or a subquery)."""
    day = PG_DAY.format("f")
    if table == "summary_nps_day":
        return (f"SELECT {day}, coalesce(f.source_id, 0), f.score, {sign}1"
                f" FROM {rel} AS f WHERE f.score IS NOT NULL")
    if table == "summary_rating_day":
        return (f"SELECT {day}, coalesce(f.source_id, 0), coalesce(f.rating_scale, 0),"
                f" {PG_STARS.format('f')}, {sign}1, {sign}f.rating"
                f" FROM {rel} AS f WHERE f.rating IS NOT NULL")
    if table == "summary_open_day":
        return (f"SELECT coalesce(f.assignee_id, 0), coalesce(f.source_id, 0), {day}, {sign}1"
                f" FROM {rel} AS f WHERE f.status IN {_OPEN}")
    source = "coalesce(f.source_id, 0), " if table == "summary_need_source_day" else ""
    return (f"SELECT {source}fn.need_id, {day}, f.score, {sign}1 FROM {rel} AS f"
            " JOIN feedback_need AS fn ON fn.feedback_id = f.id WHERE f.score IS NOT NULL")


def _pg_links(table: str, rel: str, sign: str) -> str:
    """SELECT of the `table` deltas of feedback_need rows `rel` whose item still exists."""
    source = "coalesce(f.source_id, 0), " if table == "summary_need_source_day" else ""
    return (f"SELECT {source}l.need_id, {PG_DAY.format('f')}, f.score, {sign}1 FROM {rel} AS l"
            " JOIN feedback AS f ON f.id = l.feedback_id WHERE f.score IS NOT NULL")


def _pg_delta(table: str, parts: list[str]) -> str:
    """INSERT of the summed `parts` into `table`, one row per key that changed."""
    keys, sums, _ = PG_COLUMNS[table]
    columns = ", ".join(keys + sums)
    having = " OR ".join(f"sum({c}) != 0" for c in sums)
    return (f"INSERT INTO {table} ({columns}) SELECT {', '.join(keys)},"
            f" {', '.join(f'sum({c})' for c in sums)} FROM ({' UNION ALL '.join(parts)})"
            f" AS d ({columns}) GROUP BY {', '.join(keys)} HAVING {having};")


def _changed(rel: str, other: str, table: str) -> str:
    """The rows of transition table `rel` whose `table` key columns differ in `other`."""
    cols = PG_COLUMNS[table][2]
    mine = ", ".join(f"r.{c}" for c in cols)
    theirs = ", ".join(f"o.{c}" for c in cols)
    return (f"(SELECT r.* FROM {rel} AS r JOIN {other} AS o ON o.id = r.id"
            f" WHERE ROW({mine}) IS DISTINCT FROM ROW({theirs}))")


_PG_BODIES = {
    "summary_feedback_ai": "".join(_pg_delta(t, [_pg_items(t, "new_rows", "")])
                                   for t in _ITEM_TABLES),
    "summary_feedback_ad": "".join(_pg_delta(t, [_pg_items(t, "old_rows", "-")])
                                   for t in _ITEM_TABLES),
    "summary_feedback_au": "".join(_pg_delta(t, [
        _pg_items(t, _changed("old_rows", "new_rows", t), "-"),
        _pg_items(t, _changed("new_rows", "old_rows", t), ""),
    ]) for t in TABLES),
    "summary_feedback_bd": "".join(_pg_delta(t, [_pg_items(t, "(SELECT OLD.*)", "-")])
                                   for t in _NEED_TABLES),
    "summary_feedback_need_ai": "".join(_pg_delta(t, [_pg_links(t, "new_rows", "")])
                                        for t in _NEED_TABLES),
    "summary_feedback_need_ad": "".join(_pg_delta(t, [_pg_links(t, "old_rows", "-")])
                                        for t in _NEED_TABLES),
    "summary_feedback_need_au": "".join(_pg_delta(t, [
        _pg_links(t, "old_rows", "-"), _pg_links(t, "new_rows", "")]) for t in _NEED_TABLES),
}
_PG_TRIGGERS = {  # name: (when and event, table, transition tables, level)
    "summary_feedback_ai": ("AFTER INSERT", "feedback", "NEW TABLE AS new_rows", "STATEMENT"),
    "summary_feedback_ad": ("AFTER DELETE", "feedback", "OLD TABLE AS old_rows", "STATEMENT"),
    "summary_feedback_au": ("AFTER UPDATE", "feedback",
                            "OLD TABLE AS old_rows NEW TABLE AS new_rows", "STATEMENT"),
    "summary_feedback_bd": ("BEFORE DELETE", "feedback", "", "ROW WHEN (OLD.score IS NOT NULL)"),
    "summary_feedback_need_ai": ("AFTER INSERT", "feedback_need", "NEW TABLE AS new_rows",
                                 "STATEMENT"),
    "summary_feedback_need_ad": ("AFTER DELETE", "feedback_need", "OLD TABLE AS old_rows",
                                 "STATEMENT"),
    "summary_feedback_need_au": ("AFTER UPDATE", "feedback_need",
                                 "OLD TABLE AS old_rows NEW TABLE AS new_rows", "STATEMENT"),
}


def pg_create(conn: Any) -> None:
    """Turn revision 0008's PostgreSQL tables into delta tables (no primary key; `total` a
    double; `day` compared bytewise) with their triggers, and count the existing rows."""
    for table in TABLES:
        conn.execute(f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS pk_{table}")
        conn.execute(f'ALTER TABLE {table} ALTER COLUMN day TYPE text COLLATE "C"')
    conn.execute("ALTER TABLE summary_rating_day ALTER COLUMN total TYPE double precision")
    for name, body in _PG_BODIES.items():
        result = "OLD" if name == "summary_feedback_bd" else "NULL"
        conn.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$"
                     f" BEGIN {body} RETURN {result}; END $body$")
    for name, (event, table, referencing, level) in _PG_TRIGGERS.items():
        conn.execute(f"CREATE TRIGGER {name} {event} ON {table}"
                     f"{' REFERENCING ' + referencing if referencing else ''}"
                     f" FOR EACH {level} EXECUTE FUNCTION {name}()")
    pg_rebuild(conn)


def pg_drop(conn: Any) -> None:
    """Undo `pg_create`: revision 0008's empty tables with their primary keys."""
    for name, (_event, table, _referencing, _level) in _PG_TRIGGERS.items():
        conn.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        conn.execute(f"DROP FUNCTION IF EXISTS {name}()")
    for table in TABLES:
        keys = PG_COLUMNS[table][0]
        conn.execute(f"DELETE FROM {table}")
        conn.execute(f'ALTER TABLE {table} ALTER COLUMN day TYPE text COLLATE "default"')
        conn.execute(f"ALTER TABLE {table} ADD CONSTRAINT pk_{table}"
                     f" PRIMARY KEY ({', '.join(keys)})")
    conn.execute("ALTER TABLE summary_rating_day ALTER COLUMN total TYPE real")


def pg_kept(conn: Any) -> bool:
    """True when the summary triggers exist (revision 0010 ran): the tables can be read."""
    return conn.execute(
        "SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'summary_feedback_ai')"
    ).fetchone()[0]


def pg_rebuild(conn: Any) -> None:
    """Count every row again, one row per key (inside the caller's transaction)."""
    for table in TABLES:
        conn.execute(f"DELETE FROM {table}")
        conn.execute(_pg_delta(table, [_pg_items(table, "feedback", "")]))


def pg_compact(conn: Any, *, over: int = 0) -> int:
    """Fold each table's delta rows into one row per key (keys summing to 0 go), in the
    caller's transaction; only tables holding more than `over` rows. Concurrent writers go
    on: a writer's rows the compaction did not see stay as they are. Returns the rows
    removed; 0 at once when another compaction holds the lock."""
    if not conn.execute("SELECT pg_try_advisory_xact_lock(%s)", [_COMPACT_LOCK]).fetchone()[0]:
        return 0
    removed = 0
    for table in TABLES:
        if over and conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] <= over:
            continue
        keys, sums, _ = PG_COLUMNS[table]
        columns = ", ".join(keys + sums)
        before, after = conn.execute(
            f"WITH gone AS (DELETE FROM {table} RETURNING {columns}), kept AS ("
            f"INSERT INTO {table} ({columns}) SELECT {', '.join(keys)},"
            f" {', '.join(f'sum({c})' for c in sums)} FROM gone GROUP BY {', '.join(keys)}"
            " HAVING sum(n) != 0 RETURNING 1)"
            " SELECT (SELECT count(*) FROM gone), (SELECT count(*) FROM kept)"
        ).fetchone()
        removed += before - after
    return removed


def _pg_read(conn: Any, width: int, sql: str) -> dict[tuple, tuple]:
    """{key: sums} of `sql`'s rows, whose first `width` columns are the key."""
    return {tuple(r[:width]): tuple(round(v, 6) if isinstance(v, float) else v
                                    for v in r[width:]) for r in conn.execute(sql)}


def _pg_differences(conn: Any) -> list[str]:
    problems = []
    for table in TABLES:
        keys, sums, _ = PG_COLUMNS[table]
        key_list = ", ".join(keys)
        totals = ", ".join(f"sum({c})" for c in sums)
        counted = _pg_items(table, "feedback", "")
        stored = _pg_read(conn, len(keys), f"SELECT {key_list}, {totals} FROM {table}"
                          f" GROUP BY {key_list} HAVING sum(n) != 0")
        fresh = _pg_read(conn, len(keys), f"SELECT {key_list}, {totals} FROM ({counted})"
                         f" AS d ({', '.join(keys + sums)}) GROUP BY {key_list}")
        if stored != fresh:
            wrong = sorted(set(stored.items()) ^ set(fresh.items()), key=repr)[:5]
            problems.append(f"{table}: {len(wrong)}+ keys differ, e.g. {wrong}")
    return problems
