"""The database side of one import batch: lookups and bulk inserts on one DB-API connection.

Everything runs inside the caller's single write transaction (BEGIN IMMEDIATE), so a crash or
a kill leaves either the whole batch or nothing. Feedback rows go in with `executemany` and
`ON CONFLICT(dedupe_key) DO NOTHING`: a row already in the catalogue, or repeated in the same
file, is counted as a duplicate and adds nothing. Row ids and UUIDs come numbered in order
from the converter (see `convert.ChunkBuilder`), so the indexes grow at their ends.
"""

from __future__ import annotations

import getpass
import hashlib
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError

from advocacy_desktop.db import summaries
from advocacy_desktop.db.dialect import is_postgres
from advocacy_desktop.domain.fields import fold
from advocacy_desktop.domain.messages import Message
from advocacy_desktop.services import feedback_search
from advocacy_desktop.services.importing.convert import Chunk, UuidSequence, dump_json, json_safe
from advocacy_desktop.services.sql_compat import PgDriver

# Names stand where ids go; SQLite resolves them through the batch's TEMP name tables and
# the customer match key, so the writer does no Python work per row.
_FEEDBACK_INSERT = (
    "INSERT INTO feedback (id, uuid, source_id, customer_id, batch_id, assignee_id, dedupe_key,"
    " external_id, received_on, score, rating, rating_scale, text, language, channel, country,"
    " product, status, extra) VALUES (?, ?,"
    " (SELECT id FROM temp.import_source WHERE name = ?),"
    " (SELECT id FROM customer WHERE match_key = ?), ?,"
    " (SELECT id FROM temp.import_person WHERE name = ?),"
    " ?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(dedupe_key) DO NOTHING"
)
_CUSTOMER_INSERT = (
    "INSERT INTO customer (uuid, external_id, name, email, match_key, erased)"
    " VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT(match_key) DO NOTHING"
)
_NEED_LINK_INSERT = (
    "INSERT OR IGNORE INTO feedback_need (feedback_id, need_id, origin)"
    " SELECT ?, (SELECT id FROM temp.import_need WHERE name = ?), 'import'"
    " WHERE EXISTS (SELECT 1 FROM feedback WHERE id = ? AND batch_id = ?)"
)
_NAME_TABLES = ("import_source", "import_person", "import_need")
BULK_MIN_ROWS = 50_000
T = TypeVar("T")


def _reason_json(reason: str) -> str | None:
    """A rejection's reason as data (rejected_row.reason_message), when it is a Message."""
    return dump_json(reason.to_json()) if isinstance(reason, Message) else None


def _cell_text(value: Any) -> str | None:
    """A rejected cell as the user typed it: 11.0 from a spreadsheet reads 11."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(json_safe(value))


def current_actor() -> str | None:
    """Who is doing it, for the audit log: the operating-system user."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment (containers)
        return None


class BatchWriter:
    """Writes one batch. Call `start`, then `write` per chunk of rows, then `finish`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.batch_id: int | None = None
        self.inserted = 0
        self.attempted = 0
        self.rejected_rows = 0
        self._uuid = UuidSequence()
        self.first_feedback_id = 1
        self.last_customer_id = 0
        self._sources: dict[str, int] = {}  # by folded name
        self._source_names: dict[str, int] = {}  # by name as written, to skip folding
        self._known_sources: set[str] = set()
        self._known_people: set[str] = set()
        self._known_needs: set[str] = set()
        self._needs: dict[str, int] = {}
        self._people: dict[str, int] = {}
        self._suspended: list[tuple[str, str]] = []
        self._suspended_triggers: list[tuple[str, str]] = []

    # ------------------------------------------------------------------ batch row

    def start(
        self,
        *,
        file_name: str,
        file_sha256: str | None,
        sheet: str | None,
        default_source: str | None,
        mapping: dict[str, Any],
        options: dict[str, Any],
    ) -> int:
        source_id = self.source_id(default_source) if default_source else None
        cur = self.conn.execute(
            "INSERT INTO import_batch (uuid, file_name, file_sha256, sheet, source_id, mapping,"
            " options, status) VALUES (?,?,?,?,?,?,?, 'running')",
            (
                self._uuid(),
                file_name,
                file_sha256,
                sheet,
                source_id,
                dump_json(mapping),
                dump_json(options),
            ),
        )
        self.batch_id = int(cur.lastrowid or 0)
        last = self.conn.execute("SELECT coalesce(max(id), 0) FROM feedback").fetchone()[0]
        self.first_feedback_id = int(last) + 1
        self.last_customer_id = int(
            self.conn.execute("SELECT coalesce(max(id), 0) FROM customer").fetchone()[0]
        )
        for table in _NAME_TABLES:  # TEMP DDL is transactional too: gone on rollback
            self.conn.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {table} (name TEXT PRIMARY KEY, id INTEGER)"
            )
            self.conn.execute(f"DELETE FROM temp.{table}")
        return self.batch_id

    def finish(self, *, rows_read: int, actor: str | None) -> None:
        self._restore_indexes()
        # Customers first seen in this batch whose every row was a duplicate hold no feedback:
        # keep no record of them (an erased customer's old file must not bring back their
        # name and e-mail through the rows it skips).
        self.conn.execute(
            "DELETE FROM customer WHERE id > ? AND NOT EXISTS"
            " (SELECT 1 FROM feedback WHERE feedback.customer_id = customer.id)",
            (self.last_customer_id,),
        )
        for table in _NAME_TABLES:
            self.conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
        duplicates = self.attempted - self.inserted
        self.conn.execute(
            "UPDATE import_batch SET finished_at = CURRENT_TIMESTAMP, rows_read = ?, imported = ?,"
            " duplicates = ?, rejected = ?, status = 'committed' WHERE id = ?",
            (rows_read, self.inserted, duplicates, self.rejected_rows, self.batch_id),
        )
        after = {
            "rows_read": rows_read,
            "imported": self.inserted,
            "duplicates": duplicates,
            "rejected": self.rejected_rows,
        }
        self.conn.execute(
            "INSERT INTO audit_log (actor, action, entity, entity_id, after)"
            " VALUES (?, 'import', 'import_batch', ?, ?)",
            (actor, str(self.batch_id), dump_json(after)),
        )

    # ------------------------------------------------------------------ bulk loads

    def suspend_indexes(self, expected_rows: int | None) -> None:
        """For a load at least as large as the table, drop the plain indexes of feedback and
        customer now and build them again in `finish`: sorting once beats a million random
        B-tree inserts.
        DDL is transactional in SQLite, so a crash or cancel brings them back untouched.
        Unique indexes stay: duplicates are found through them."""
        if not expected_rows or expected_rows < BULK_MIN_ROWS:
            return
        existing = self.conn.execute("SELECT count(*) FROM feedback").fetchone()[0]
        if expected_rows < existing:
            return
        self._suspended = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
            " AND tbl_name IN ('feedback', 'customer') AND sql IS NOT NULL"
        ).fetchall()
        for name, _sql in self._suspended:
            self.conn.execute(f'DROP INDEX "{name}"')
        # The search-index and summary triggers too: one INSERT ... SELECT per index or
        # summary table at the end is ~5x faster than a trigger per row (200k csv rows: 14 s
        # with the search triggers, 4 s without).
        self._suspended_triggers = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            " AND tbl_name = 'feedback' AND (name LIKE 'feedback_fts_%'"
            f" OR name IN ({', '.join('?' for _ in summaries.FEEDBACK_TRIGGERS)}))",
            summaries.FEEDBACK_TRIGGERS,
        ).fetchall()
        for name, _sql in self._suspended_triggers:
            self.conn.execute(f'DROP TRIGGER "{name}"')

    def _restore_indexes(self) -> None:
        for _name, sql in self._suspended:
            self.conn.execute(sql)
        self._suspended = []
        if self._suspended_triggers and self.batch_id is not None:
            feedback_search.fill_for_batch(self.conn, self.batch_id)
            summaries.fill_for_batch(self.conn, self.batch_id)
        for _name, sql in self._suspended_triggers:
            self.conn.execute(sql)
        self._suspended_triggers = []

    # ------------------------------------------------------------------ lookups

    def source_id(self, name: str) -> int:
        found = self._source_names.get(name)
        if found is not None:
            return found
        found = self._source_names[name] = self._source_id(fold(name), name)
        return found

    def _source_id(self, key: str, name: str) -> int:
        found = self._sources.get(key)
        if found is not None:
            return found
        if not self._sources:
            for row_id, existing in self.conn.execute("SELECT id, name FROM source"):
                self._sources.setdefault(fold(existing), row_id)
            found = self._sources.get(key)
            if found is not None:
                return found
        cur = self.conn.execute(
            "INSERT INTO source (uuid, name, kind, collect) VALUES (?, ?, 'other', 1)",
            (self._uuid(), name.strip()[:200]),
        )
        self._sources[key] = int(cur.lastrowid or 0)
        return self._sources[key]

    def need_id(self, name: str) -> int:
        key = fold(name)
        if not self._needs:
            for row_id, existing in self.conn.execute("SELECT id, name FROM need ORDER BY id"):
                self._needs.setdefault(fold(existing), row_id)
        found = self._needs.get(key)
        if found is not None:
            return found
        cur = self.conn.execute(
            "INSERT INTO need (uuid, parent_id, name, position) VALUES (?, NULL, ?, 0)",
            (self._uuid(), name.strip()[:200]),
        )
        self._needs[key] = int(cur.lastrowid or 0)
        return self._needs[key]

    def person_id(self, name: str) -> int:
        key = fold(name)
        if not self._people:
            for row_id, existing in self.conn.execute("SELECT id, name FROM person ORDER BY id"):
                self._people.setdefault(fold(existing), row_id)
        found = self._people.get(key)
        if found is not None:
            return found
        cur = self.conn.execute(
            "INSERT INTO person (uuid, name, active) VALUES (?, ?, 1)",
            (self._uuid(), name.strip()[:200]),
        )
        self._people[key] = int(cur.lastrowid or 0)
        return self._people[key]

    def _name_ids(self, table: str, names: dict[str, None], known: set[str], lookup: Any) -> None:
        """Put the ids of names not seen before in this batch into a TEMP name table, in the
        order the file names them."""
        new = [name for name in names if name not in known]
        if new:
            self.conn.executemany(
                f"INSERT OR REPLACE INTO temp.{table} (name, id) VALUES (?, ?)",
                [(name, lookup(name)) for name in new],
            )
            known.update(new)

    # ------------------------------------------------------------------ rows

    def write(self, chunk: Chunk) -> None:
        """Insert one chunk: its new names and customers, its valid rows, and the problems
        of its rejected rows."""
        conn = self.conn
        self._name_ids("import_source", chunk.sources, self._known_sources, self.source_id)
        self._name_ids("import_person", chunk.people, self._known_people, self.person_id)
        self._name_ids("import_need", chunk.needs, self._known_needs, self.need_id)
        if chunk.customers:
            conn.executemany(_CUSTOMER_INSERT, chunk.customers)
        if chunk.feedback:
            # rowcount, not total_changes: the search-index triggers' own inserts must not count
            self.inserted += conn.executemany(_FEEDBACK_INSERT, chunk.feedback).rowcount
            self.attempted += len(chunk.feedback)
        if chunk.links:
            conn.executemany(_NEED_LINK_INSERT, chunk.links)
        rejections = chunk.rejections
        batch_id = self.batch_id
        if rejections:
            self.conn.executemany(
                "INSERT INTO rejected_row (batch_id, row_number, \"column\", value, reason, data,"
                " reason_message) VALUES (?,?,?,?,?,?,?)",
                [
                    (
                        batch_id,
                        r.row_number,
                        r.column,
                        _cell_text(r.value),
                        str(r.reason),
                        dump_json(r.data),
                        _reason_json(r.reason),
                    )
                    for r in rejections
                ],
            )
            self.rejected_rows += len({r.row_number for r in rejections})


# ====================================================================== PostgreSQL


def retried(catalogue: Any, fn: Callable[[], T]) -> T:
    """`fn()` (one whole write transaction); on a team catalogue run again after a deadlock
    or serialisation failure (`db.team.with_retry`), also when the driver itself raised it
    (work on the raw psycopg connection is not wrapped by SQLAlchemy)."""
    if not is_postgres(catalogue):
        return fn()
    from advocacy_desktop.db.team import is_retryable, with_retry

    def wrapped() -> T:
        try:
            return fn()
        except DBAPIError:
            raise
        except Exception as exc:
            if is_retryable(exc):
                raise DBAPIError(None, None, exc) from exc
            raise

    return with_retry(wrapped)


def _lock_key(kind: str, key: str) -> int:
    """A signed 64-bit advisory-lock key for one folded name of one kind."""
    digest = hashlib.blake2b(f"advocacy-import:{kind}:{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


_FEEDBACK_COLUMNS = (
    "dedupe_key, external_id, received_on, score, rating, rating_scale, text, language,"
    " channel, country, product, status, extra"
)
# Staging tables take feedback's and customer's own column types (CREATE ... AS ... WITH NO
# DATA); ON COMMIT DROP, and DDL is transactional: gone after commit, rollback or a kill.
_PG_STAGING = (
    "CREATE TEMP TABLE IF NOT EXISTS import_row ON COMMIT DROP AS SELECT 0::bigint AS row_id,"
    " uuid, ''::text AS source, ''::text AS customer_key, batch_id, ''::text AS assignee,"
    f" {_FEEDBACK_COLUMNS} FROM feedback WITH NO DATA",
    "CREATE TEMP TABLE IF NOT EXISTS import_link (row_id bigint, need text) ON COMMIT DROP",
    "CREATE TEMP TABLE IF NOT EXISTS import_customer ON COMMIT DROP AS SELECT uuid,"
    " external_id, name, email, match_key FROM customer WITH NO DATA",
    "CREATE TEMP TABLE IF NOT EXISTS import_new_customer (id bigint) ON COMMIT DROP",
    *(f"CREATE TEMP TABLE IF NOT EXISTS {table} (name text PRIMARY KEY, id bigint)"
      " ON COMMIT DROP" for table in _NAME_TABLES),
)
# Ids come from feedback's sequence in file order (ORDER BY row_id), so two writers never
# collide; a row whose dedupe key exists (committed, or by a writer still running, which
# this statement waits for) is skipped and counted as a duplicate.
_PG_FEEDBACK_INSERT = (
    "INSERT INTO feedback (uuid, source_id, customer_id, batch_id, assignee_id,"
    f" {_FEEDBACK_COLUMNS}) SELECT r.uuid, s.id, c.id, r.batch_id, p.id,"
    f" {', '.join('r.' + c.strip() for c in _FEEDBACK_COLUMNS.split(','))}"
    " FROM pg_temp.import_row r"
    " LEFT JOIN pg_temp.import_source s ON s.name = r.source"
    " LEFT JOIN customer c ON c.match_key = r.customer_key"
    " LEFT JOIN pg_temp.import_person p ON p.name = r.assignee"
    " ORDER BY r.row_id ON CONFLICT (dedupe_key) DO NOTHING"
)
_PG_CUSTOMER_INSERT = (
    "WITH added AS (INSERT INTO customer (uuid, external_id, name, email, match_key, erased)"
    " SELECT uuid, external_id, name, email, match_key, FALSE FROM pg_temp.import_customer"
    " ORDER BY uuid ON CONFLICT (match_key) DO NOTHING RETURNING id)"
    " INSERT INTO pg_temp.import_new_customer SELECT id FROM added"
)
_PG_LINK_INSERT = (
    "INSERT INTO feedback_need (feedback_id, need_id, origin)"
    " SELECT f.id, n.id, 'import' FROM pg_temp.import_link l"
    " JOIN pg_temp.import_row r ON r.row_id = l.row_id"
    " JOIN feedback f ON f.uuid = r.uuid"
    " JOIN pg_temp.import_need n ON n.name = l.need"
    " ORDER BY l.row_id ON CONFLICT DO NOTHING"
)


class PgBatchWriter(BatchWriter):
    """The batch writer for a team catalogue (psycopg 3), inside one READ COMMITTED
    transaction that the importer opens (see `importer._write_pg`).

    Two imports may run at once. Rows are COPYed into TEMP staging tables and moved with one
    INSERT ... SELECT per chunk; feedback ids come from the table's sequence; a dedupe key or
    customer match key another writer holds is waited for and then skipped. New sources,
    needs and people are matched by folded name (as on SQLite), which no unique index can
    enforce, so each new name is created under a transaction-level advisory lock on its
    folded form and looked up again once the lock is held (READ COMMITTED: each statement
    sees what others committed). Deadlocks between writers are retried by the importer.
    """

    def __init__(self, conn: Any) -> None:
        super().__init__(conn)
        self.raw = conn.raw if isinstance(conn, PgDriver) else conn

    def _execute(self, sql: str, params: Any = ()) -> Any:
        return self.raw.execute(sql, list(params))

    def start(
        self,
        *,
        file_name: str,
        file_sha256: str | None,
        sheet: str | None,
        default_source: str | None,
        mapping: dict[str, Any],
        options: dict[str, Any],
    ) -> int:
        for statement in _PG_STAGING:
            self._execute(statement)
        source_id = self.source_id(default_source) if default_source else None
        cur = self._execute(
            "INSERT INTO import_batch (uuid, file_name, file_sha256, sheet, source_id, mapping,"
            " options, status) VALUES (%s,%s,%s,%s,%s,%s,%s, 'running') RETURNING id",
            (self._uuid(), file_name, file_sha256, sheet, source_id, dump_json(mapping),
             dump_json(options)),
        )
        self.batch_id = int(cur.fetchone()[0])
        self.first_feedback_id = 1  # staging order only: ids come from the sequence
        return self.batch_id

    def suspend_indexes(self, expected_rows: int | None) -> None:
        """Nothing to suspend: PostgreSQL's search indexes need no triggers, and others may
        be reading the table meanwhile."""

    def finish(self, *, rows_read: int, actor: str | None) -> None:
        self._execute(
            "DELETE FROM customer WHERE id IN (SELECT id FROM pg_temp.import_new_customer)"
            " AND NOT EXISTS (SELECT 1 FROM feedback WHERE feedback.customer_id = customer.id)"
        )
        duplicates = self.attempted - self.inserted
        self._execute(
            "UPDATE import_batch SET finished_at = CURRENT_TIMESTAMP, rows_read = %s,"
            " imported = %s, duplicates = %s, rejected = %s, status = 'committed'"
            " WHERE id = %s",
            (rows_read, self.inserted, duplicates, self.rejected_rows, self.batch_id),
        )
        after = {"rows_read": rows_read, "imported": self.inserted,
                 "duplicates": duplicates, "rejected": self.rejected_rows}
        self._execute(
            "INSERT INTO audit_log (actor, action, entity, entity_id, after)"
            " VALUES (%s, 'import', 'import_batch', %s, %s)",
            (actor, str(self.batch_id), dump_json(after)),
        )

    # ------------------------------------------------------------------ lookups

    def _named(self, kind: str, key: str, cache: dict[str, int], table: str,
               insert: str, name: str) -> int:
        """The id of the row of `table` whose folded name is `key`, created if none: under
        the advisory lock of the key, re-read what others committed, then insert."""
        self._execute("SELECT pg_advisory_xact_lock(%s)", (_lock_key(kind, key),))
        cache.clear()
        for row_id, existing in self._execute(f"SELECT id, name FROM {table} ORDER BY id"):
            cache.setdefault(fold(existing), row_id)
        found = cache.get(key)
        if found is None:
            row = self._execute(insert, (self._uuid(), name.strip()[:200])).fetchone()
            if row is None:  # the same exact name, written meanwhile outside an import
                row = self._execute(f"SELECT id FROM {table} WHERE name = %s",
                                    (name.strip()[:200],)).fetchone()
            found = cache[key] = int(row[0])
        return found

    def _source_id(self, key: str, name: str) -> int:
        found = self._sources.get(key)
        if found is not None:
            return found
        return self._named("source", key, self._sources, "source",
                           "INSERT INTO source (uuid, name, kind, collect) VALUES"
                           " (%s, %s, 'other', TRUE) ON CONFLICT (name) DO NOTHING RETURNING id",
                           name)

    def need_id(self, name: str) -> int:
        key = fold(name)
        found = self._needs.get(key)
        if found is not None:
            return found
        return self._named("need", key, self._needs, "need",
                           "INSERT INTO need (uuid, parent_id, name, position) VALUES"
                           " (%s, NULL, %s, 0) ON CONFLICT DO NOTHING RETURNING id", name)

    def person_id(self, name: str) -> int:
        key = fold(name)
        found = self._people.get(key)
        if found is not None:
            return found
        return self._named("person", key, self._people, "person",
                           "INSERT INTO person (uuid, name, active) VALUES (%s, %s, TRUE)"
                           " RETURNING id", name)

    def _name_ids(self, table: str, names: dict[str, None], known: set[str], lookup: Any) -> None:
        new = [name for name in names if name not in known]
        if new:
            with self.raw.cursor() as cur:
                cur.executemany(
                    f"INSERT INTO pg_temp.{table} (name, id) VALUES (%s, %s)"
                    " ON CONFLICT (name) DO UPDATE SET id = excluded.id",
                    [(name, lookup(name)) for name in new],
                )
            known.update(new)

    # ------------------------------------------------------------------ rows

    def _copy(self, statement: str, rows: Any) -> None:
        with self.raw.cursor() as cur, cur.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)

    def write(self, chunk: Chunk) -> None:
        self._name_ids("import_source", chunk.sources, self._known_sources, self.source_id)
        self._name_ids("import_person", chunk.people, self._known_people, self.person_id)
        self._name_ids("import_need", chunk.needs, self._known_needs, self.need_id)
        if chunk.customers:
            self._copy("COPY pg_temp.import_customer (uuid, external_id, name, email,"
                       " match_key) FROM STDIN", chunk.customers)
            self._execute(_PG_CUSTOMER_INSERT)
            self._execute("TRUNCATE pg_temp.import_customer")
        if chunk.feedback:
            self._copy("COPY pg_temp.import_row FROM STDIN", chunk.feedback)
            self.inserted += self._execute(_PG_FEEDBACK_INSERT).rowcount
            self.attempted += len(chunk.feedback)
            if chunk.links:
                self._copy("COPY pg_temp.import_link (row_id, need) FROM STDIN",
                           ((link[0], link[1]) for link in chunk.links))
                self._execute(_PG_LINK_INSERT)
                self._execute("TRUNCATE pg_temp.import_link")
            self._execute("TRUNCATE pg_temp.import_row")
        if chunk.rejections:
            batch_id = self.batch_id
            self._copy(
                'COPY rejected_row (batch_id, row_number, "column", value, reason, data,'
                " reason_message) FROM STDIN",
                ((batch_id, r.row_number, r.column, _cell_text(r.value), str(r.reason),
                  dump_json(r.data), _reason_json(r.reason)) for r in chunk.rejections),
            )
            self.rejected_rows += len({r.row_number for r in chunk.rejections})
