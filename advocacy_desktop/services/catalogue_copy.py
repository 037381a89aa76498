"""Copying a whole catalogue into a new one: file → file, file → PostgreSQL and back.

    report = copy(source_catalogue, "client.advocacy", progress=..., cancelled=...)

Every table of `models.Base.metadata` is copied in foreign-key order, in chunks, with its ids
and UUIDs, through SQLAlchemy Core (bound parameters), so either end can be SQLite or
PostgreSQL; the one exception is a PostgreSQL target, written with COPY (`insert_rows`), after
which its id sequences are moved past the copied ids (`sync_sequences`). Derived data is not
copied row by row, and is not in `TABLES`:
- on a SQLite target the search (`feedback_fts_*`) and summary (`summary_*`) tables are rebuilt
  — by their triggers as the feedback rows go in or, for large copies, by suspending those
  triggers and filling the tables once at the end (see `_SqliteDerived`);
- on a PostgreSQL target search runs on expression indexes that PostgreSQL keeps itself, and
  the summary tables are deliberately left empty: PostgreSQL does not maintain them (see
  migration 0008 and the README), so they are neither copied nor compared.
`catalogue_setting` is copied too: a copy is the same catalogue, so its pseudonyms stay the
same.

The copy is one write transaction on the target. A copy that fails its check, raises or is
cancelled leaves nothing: a file target created here is removed, an existing empty target is
left as it was. After the copy, row counts and a content digest of every table (rows ordered by
primary key, values normalised so SQLite and PostgreSQL agree) must be equal on both sides.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import JSON, Connection, Table, delete, func, insert, select, text
from sqlalchemy.engine import Engine

from advocacy_desktop.db import models, summaries

CHUNK = 5_000
#: from this many rows a PostgreSQL target is written with COPY instead of INSERTs
COPY_MIN_ROWS = 50
#: on PostgreSQL, fold a summary table's delta rows once it holds more rows than this
COMPACT_OVER = 50_000
#: above this many feedback rows a SQLite target suspends the derived-data triggers
BULK_MIN_ROWS = 20_000
#: tables that hold rows every new catalogue starts with (migrations 0003, 0006)
SEEDED_TABLES = ("source", "role", "catalogue_setting")

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class CatalogueLike(Protocol):
    """What the copy and the merge need from a catalogue: a file `Catalogue` or a
    PostgreSQL `TeamCatalogue` (db/team.py)."""

    engine: Engine

    @property
    def url(self) -> str: ...

    def write_connection(self) -> Any: ...


class CopyError(Exception):
    """The copy was refused or failed its check; nothing was left behind."""


class CopyCancelled(CopyError):
    """Cancel was pressed; nothing was left behind."""


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    digest: str


@dataclass
class CopyReport:
    source: str
    target: str
    tables: list[TableCheck] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "rows": self.rows,
                "seconds": round(self.seconds, 3),
                "tables": {t.table: {"rows": t.rows, "digest": t.digest} for t in self.tables}}


# --------------------------------------------------------------------------- shared helpers


def _plain_tables() -> dict[str, Table]:
    """The model tables, with JSON columns that keep SQL NULL as NULL (not the JSON 'null'
    SQLAlchemy writes for None by default): a copied NULL stays NULL."""
    from sqlalchemy import MetaData

    metadata = MetaData()
    tables: dict[str, Table] = {}
    for table in models.Base.metadata.sorted_tables:
        copied = table.to_metadata(metadata)
        for column in copied.columns:
            if isinstance(column.type, JSON):
                column.type = JSON(none_as_null=True)
        tables[copied.name] = copied
    return tables


TABLES: dict[str, Table] = _plain_tables()
"""Every table of the schema by name, in foreign-key order (parents first)."""


def ordered_rows(conn: Connection, table: Table, chunk: int = CHUNK) -> Iterator[list[dict]]:
    """All rows of `table` ordered by primary key, `chunk` at a time (streamed, never all)."""
    # the option on the statement, not on `conn`: Connection.execution_options() changes the
    # connection itself, and on PostgreSQL every later statement on it (the INSERTs too) would
    # then run through a server-side cursor and fail
    stmt = select(table).order_by(*table.primary_key.columns).execution_options(yield_per=chunk)
    result = conn.execute(stmt)
    for part in result.partitions(chunk):
        yield [dict(row._mapping) for row in part]


def need_rows_parents_first(rows: list[dict]) -> list[dict]:
    """Needs ordered so that every parent comes before its children (a moved need can have
    a smaller id than its new parent)."""
    by_parent: dict[Any, list[dict]] = {}
    for row in rows:
        by_parent.setdefault(row["parent_id"], []).append(row)
    ordered: list[dict] = []
    stack = list(reversed(by_parent.get(None, [])))
    while stack:
        row = stack.pop()
        ordered.append(row)
        stack.extend(reversed(by_parent.get(row["id"], [])))
    if len(ordered) != len(rows):  # a cycle or a dangling parent: keep them, by id, at the end
        seen = {r["id"] for r in ordered}
        ordered.extend(r for r in rows if r["id"] not in seen)
    return ordered


def normalise(value: Any) -> Any:
    """One form per value whatever the engine returned: SQLite and PostgreSQL agree on it."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float | Decimal):
        return format(float(value), ".10g")
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


def _plain(value: Any) -> Any:
    return value


def _normaliser(column: Any) -> Callable[[Any], Any]:
    """`normalise` chosen once per column: strings and integers pass as they are."""
    python_type: Any
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        python_type = object
    return _plain if python_type in (int, str) else normalise


class TableHasher:
    """Row count and SHA-256 of a table's rows, fed in primary-key order."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.names = [c.name for c in table.columns]
        self.functions = [_normaliser(c) for c in table.columns]
        self.rows = 0
        self._digest = hashlib.sha256()

    def update(self, rows: list[dict]) -> None:
        pairs = list(zip(self.names, self.functions, strict=True))
        dumps = json.JSONEncoder(default=str, ensure_ascii=False).encode
        for row in rows:  # one line per row: the same bytes whatever the chunking
            self._digest.update(dumps([f(row[n]) for n, f in pairs]).encode())
            self._digest.update(b"\n")
        self.rows += len(rows)

    def result(self) -> TableCheck:
        return TableCheck(self.table.name, self.rows, self._digest.hexdigest())


def table_digest(conn: Connection, table: Table) -> TableCheck:
    """Row count and SHA-256 of the normalised rows in primary-key order."""
    hasher = TableHasher(table)
    for part in ordered_rows(conn, table):
        hasher.update(part)
    return hasher.result()


def catalogue_digests(catalogue: CatalogueLike) -> list[TableCheck]:
    """Counts and digests of every table of a catalogue (read-only), e.g. to compare two."""
    with catalogue.engine.connect() as conn:
        return [table_digest(conn, table) for table in TABLES.values()]


def sync_sequences(conn: Connection, tables: Iterable[str]) -> None:
    """After rows were written with explicit ids: on PostgreSQL move each table's id sequence
    past them, so that the next plain INSERT gets a fresh id (SQLite needs nothing: its next
    id is max(id) + 1). Never backwards: on a shared database someone else may have drawn
    ids beyond those this transaction can see."""
    if conn.dialect.name != "postgresql":
        return
    for name in tables:
        table = TABLES[name]
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        conn.execute(
            text("SELECT setval(pg_get_serial_sequence(:t, 'id'),"
                 f" greatest(coalesce((SELECT max(id) FROM {name}), 0) + 1,"
                 " nextval(pg_get_serial_sequence(:t, 'id'))), false)"),
            {"t": name},
        )


def draw_ids(conn: Connection, table: str, count: int) -> list[int]:
    """`count` fresh ids from a PostgreSQL table's sequence, in one round trip. Sequences are
    outside transactions: ids drawn this way are never handed to anyone else, even while
    other writers insert into the same table (a rollback only leaves a gap)."""
    return list(conn.execute(
        text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
        {"t": table, "n": count}).scalars())


def insert_rows(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert rows with their ids. On PostgreSQL through COPY (about 5× faster than an
    executemany of single-row INSERTs there); elsewhere an ordinary executemany."""
    if conn.dialect.name != "postgresql" or len(rows) < COPY_MIN_ROWS:
        conn.execute(insert(table), rows)
        return
    names = [c.name for c in table.columns]
    as_json = {c.name for c in table.columns if isinstance(c.type, JSON)}
    statement = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
    with conn.connection.driver_connection.cursor() as cursor, \
            cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row([json.dumps(row[n]) if n in as_json and row[n] is not None
                            else row[n] for n in names])


def is_empty(conn: Connection) -> bool:
    """No rows beyond what every new catalogue starts with (default sources and roles)."""
    for name, table in TABLES.items():
        if name in SEEDED_TABLES:
            continue
        if conn.execute(select(func.count()).select_from(table)).scalar_one():
            return False
    return True


# --------------------------------------------------------------------------- derived data


class _SqliteDerived:
    """On a SQLite target: suspend the feedback triggers that keep the search and summary
    tables, then fill both once from the copied rows (about 4× faster than per row)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.triggers: list[tuple[str, str]] = []

    def suspend(self) -> None:
        from advocacy_desktop.db import summaries

        names = [*summaries.FEEDBACK_TRIGGERS, "summary_feedback_need_ai"]
        rows = self.conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            " AND (name LIKE 'feedback_fts%' OR name IN ("
            + ", ".join(f":n{i}" for i in range(len(names))) + "))"
        ), {f"n{i}": n for i, n in enumerate(names)}).all()
        self.triggers = [(r[0], r[1]) for r in rows]
        for name, _sql in self.triggers:
            self.conn.exec_driver_sql(f'DROP TRIGGER "{name}"')

    def restore(self) -> None:
        from advocacy_desktop.db import summaries
        from advocacy_desktop.services import feedback_search as fs

        if not self.triggers:
            return
        # the indexes were empty when the triggers were suspended (the target was empty)
        self.conn.exec_driver_sql(
            f"INSERT INTO {fs.WORD_TABLE} (rowid, text) SELECT id, {fs.FOLDED_TEXT}"
            " FROM feedback WHERE text IS NOT NULL")
        self.conn.exec_driver_sql(
            f"INSERT INTO {fs.TRIGRAM_TABLE} (rowid, text) SELECT id, {fs.FOLDED_TEXT}"
            f" FROM feedback WHERE text GLOB '{fs.UNSPACED_GLOB}'")
        summaries.rebuild(_DriverSql(self.conn))
        for _name, sql in self.triggers:
            self.conn.exec_driver_sql(sql)
        self.triggers = []


class _DriverSql:
    """`conn.execute(sql, params)` for db/summaries.py over a SQLAlchemy connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: tuple = ()) -> Any:
        return self.conn.exec_driver_sql(sql, params) if params else self.conn.exec_driver_sql(sql)


# --------------------------------------------------------------------------- the copy


def _open_target(target: str | Path | CatalogueLike) -> tuple[CatalogueLike, Path | None]:
    """The target catalogue, and the file we created for it (removed on failure)."""
    if not isinstance(target, str | Path):
        return target, None
    spec = str(target)
    from advocacy_desktop.db import team

    if team.is_team_url(spec):
        # an empty database is given the schema; one holding an empty catalogue is opened
        # as it is (and `_copy_into` refuses one that holds data)
        return team.open_team_catalogue(spec, create=True), None
    from advocacy_desktop.services import catalogue_service

    path = Path(spec).expanduser()
    if path.exists():
        return catalogue_service.open_existing(path), None
    return catalogue_service.create(path), path


def copy(
    source: CatalogueLike,
    target: str | Path | CatalogueLike,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> CopyReport:
    """Copy `source` into `target` (a new file path, a database URL, or an open empty
    catalogue) and check the result; see the module docstring."""
    started = time.perf_counter()
    opened, created = _open_target(target)
    try:
        report = _copy_into(source, opened, progress, cancelled)
    except BaseException:
        if opened is not target:
            _close(opened)
        if created is not None:
            _remove_file(created)
        raise
    if opened is not target:
        _close(opened)
    report.seconds = time.perf_counter() - started
    return report


def _close(catalogue: Any) -> None:
    close = getattr(catalogue, "close", None)
    if close is not None:
        close()


def _remove_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _copy_into(source: CatalogueLike, target: CatalogueLike, progress: ProgressFn | None,
               cancelled: CancelledFn | None) -> CopyReport:
    report = CopyReport(source.url, target.url)
    with source.engine.connect() as sconn, sconn.begin():
        counts = {name: sconn.execute(select(func.count()).select_from(t)).scalar_one()
                  for name, t in TABLES.items()}
        total, done = sum(counts.values()), 0
        with target.write_connection() as tconn:
            if not is_empty(tconn):
                raise CopyError(f"{target.url} is not empty: copy only into a new catalogue")
            for name in reversed(SEEDED_TABLES):
                tconn.execute(delete(TABLES[name]))
            derived = _SqliteDerived(tconn) if tconn.dialect.name == "sqlite" else None
            if derived is not None and counts["feedback"] >= BULK_MIN_ROWS:
                derived.suspend()
            read: dict[str, TableHasher] = {}
            for name, table in TABLES.items():
                hasher = read[name] = TableHasher(table)
                parts: Iterable[list[dict]] = ordered_rows(sconn, table)
                if name == "need":  # parents before children, whatever their ids
                    rows = [r for p in parts for r in p]
                    hasher.update(rows)
                    parts = [need_rows_parents_first(rows)]
                for part in parts:
                    if cancelled is not None and cancelled():
                        raise CopyCancelled("the copy was cancelled; nothing was written")
                    if name != "need":
                        hasher.update(part)
                    if part:
                        insert_rows(tconn, table, part)
                    done += len(part)
                    if progress is not None:
                        progress(done, total)
            if derived is not None:
                derived.restore()
            sync_sequences(tconn, TABLES)
            if tconn.dialect.name == "postgresql":  # statistics for the check and first use
                summaries.pg_compact(tconn.connection.driver_connection, over=COMPACT_OVER)
                tconn.exec_driver_sql("ANALYZE " + ", ".join(TABLES))
            for name, table in TABLES.items():
                theirs, ours = read[name].result(), table_digest(tconn, table)
                if theirs != ours:
                    raise CopyError(
                        f"the copy of {name} differs ({theirs.rows} rows read,"
                        f" {ours.rows} written); nothing was kept")
                report.tables.append(ours)
    return report
