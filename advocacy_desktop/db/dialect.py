"""The two engines a catalogue can live in, seen from the services' hand-written SQL.

The services write their queries with `?` placeholders and run them on the driver connection
of a read session (sqlite3 for a file, psycopg 3 for a team catalogue, db/team.py). `run`
passes SQLite's statements through untouched and gives psycopg the same statement with `%s`
placeholders; where the two engines need different SQL, the service asks `is_postgres` and
writes each variant out in full.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from typing import Any

#: single-quoted SQL literals ('' inside one is a quote), kept apart from placeholder rewriting
_LITERAL = re.compile(r"('(?:[^']|'')*')")


def is_postgres(obj: Any) -> bool:
    """True when `obj` — a catalogue, an engine, a SQLAlchemy Connection or Session, or a raw
    driver connection — belongs to a PostgreSQL database."""
    if isinstance(obj, sqlite3.Connection):
        return False
    name = getattr(obj, "dialect", None)
    if isinstance(name, str):  # TeamCatalogue.dialect
        return name == "postgresql"
    if name is not None and hasattr(name, "name"):  # Engine, Connection
        return name.name == "postgresql"
    for attribute in ("engine", "bind"):  # Catalogue, Session
        inner = getattr(obj, attribute, None)
        if inner is not None and inner is not obj:
            return is_postgres(inner)
    return type(obj).__module__.split(".")[0] == "psycopg"


def to_pyformat(sql: str) -> str:
    """`sql` with `?` placeholders as psycopg's `%s`, and every literal `%` doubled (psycopg
    reads `%` as the start of a placeholder anywhere in the statement). A `?` inside a quoted
    literal stays as it is."""
    parts = _LITERAL.split(sql.replace("%", "%%"))
    return "".join(part if index % 2 else part.replace("?", "%s")
                   for index, part in enumerate(parts))


def run(conn: Any, sql: str, params: Sequence[object] = ()) -> Any:
    """Execute `?`-placeholder `sql` on a raw driver connection; returns its cursor."""
    if isinstance(conn, sqlite3.Connection):
        return conn.execute(sql, params)
    return conn.execute(to_pyformat(sql), list(params))
