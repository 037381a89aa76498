"""The services' hand-written `?` SQL on either engine's driver connection.

The write services run their statements on the raw driver connection (sqlite3 for a file,
psycopg 3 for a team catalogue). `driver(connection)` hands them sqlite3's connection as it
is, or a thin `PgDriver` that takes the same `?` statements (through `dialect.to_pyformat`)
and offers sqlite3's `execute`/`executemany`. Where the two engines need different SQL
(`INSERT OR IGNORE`, `lastrowid`, `group_concat`), the helpers below write each variant out.
"""

from __future__ import annotations

import functools
import json
import logging
import random
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from advocacy_desktop.db.dialect import is_postgres, to_pyformat

log = logging.getLogger(__name__)
T = TypeVar("T")
RETRY_ATTEMPTS = 5
#: serialization_failure, deadlock_detected: the whole transaction may simply run again
_RETRYABLE = frozenset({"40001", "40P01"})


class PgDriver:
    """A psycopg connection that speaks sqlite3's `?` dialect of the DB-API."""

    dialect = "postgresql"

    def __init__(self, conn: Any) -> None:
        self.raw = conn

    def execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        return self.raw.execute(to_pyformat(sql), list(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        rows = [list(r) for r in rows]
        if not rows:
            return
        with self.raw.cursor() as cursor:
            cursor.executemany(to_pyformat(sql), rows)

    def cursor(self) -> Any:
        return self.raw.cursor()


def driver(connection: Any) -> Any:
    """The driver connection under a SQLAlchemy Connection (or Session), ready for `?` SQL."""
    if hasattr(connection, "connection") and not hasattr(connection, "driver_connection"):
        if callable(connection.connection):  # a Session
            connection = connection.connection()
    raw = connection.connection.driver_connection
    return raw if isinstance(raw, sqlite3.Connection) else PgDriver(raw)


def pg(conn: Any) -> bool:
    """True for a PostgreSQL driver connection (a `PgDriver`)."""
    return isinstance(conn, PgDriver) or is_postgres(conn)


def insert_id(conn: Any, sql: str, params: Sequence[object] = ()) -> int:
    """Run an INSERT and return the new row's id (`RETURNING id` on PostgreSQL)."""
    if pg(conn):
        return int(conn.execute(f"{sql} RETURNING id", params).fetchone()[0])
    return int(conn.execute(sql, params).lastrowid or 0)


def insert_ignore(conn: Any, sql: str) -> str:
    """`sql` ("INSERT INTO ...") as an insert that skips rows already there: SQLite's
    `INSERT OR IGNORE`, PostgreSQL's `ON CONFLICT DO NOTHING`."""
    if pg(conn):
        return f"{sql} ON CONFLICT DO NOTHING"
    return sql.replace("INSERT INTO", "INSERT OR IGNORE INTO", 1)


def group_concat(conn: Any, expr: str, sep: str = ",") -> str:
    """The aggregate that joins `expr` with `sep` (SQL text, for a statement)."""
    quoted = sep.replace("'", "''")
    if pg(conn):
        return f"string_agg(({expr})::text, '{quoted}')"
    return f"group_concat({expr}, '{quoted}')"


def true(conn: Any) -> str:
    """The literal TRUE for a boolean column (1 on SQLite, which stores booleans as 0/1)."""
    return "TRUE" if pg(conn) else "1"


def false(conn: Any) -> str:
    return "FALSE" if pg(conn) else "0"


def sequence_past_ids(conn: Any, table: str) -> None:
    """After rows were inserted with ids of their own: PostgreSQL's id sequence moves past
    them (SQLite picks max(id) + 1 by itself)."""
    if pg(conn):
        conn.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
            f" (SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
        )


def json_value(value: Any) -> Any:
    """A JSON column as read on the driver connection: text on SQLite (decoded here), already
    decoded by psycopg on PostgreSQL. Empty or NULL gives {}."""
    if not value:
        return {}
    return json.loads(value) if isinstance(value, str | bytes) else value


def conflicted(error: BaseException) -> bool:
    """A PostgreSQL transaction that lost a race and may run again on a new snapshot: a
    serialisation failure, a deadlock, or two writers that picked the same next id (a
    duplicate primary key: ids here come from max(id) + 1). Never true on SQLite."""
    orig = getattr(error, "orig", None) or error
    state = getattr(orig, "sqlstate", None)
    if state in _RETRYABLE:
        return True
    constraint = getattr(getattr(orig, "diag", None), "constraint_name", None) or ""
    return state == "23505" and constraint.startswith("pk_")


def retry_on_conflict(fn: Callable[..., T]) -> Callable[..., T]:
    """Decorator for a function that is one write transaction: on PostgreSQL it runs again
    (jittered, doubling waits) after `conflicted` errors; SQLite's behaviour is unchanged."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        for attempt in range(1, RETRY_ATTEMPTS + 1):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:
                if attempt == RETRY_ATTEMPTS or not conflicted(exc):
                    raise
                delay = 0.05 * 2 ** (attempt - 1) * random.uniform(0.5, 1.5)
                log.info("%s conflicted (%s): again in %.0f ms", fn.__name__, exc, delay * 1000)
                time.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    return wrapper
