"""The database side of one import batch: lookups and bulk inserts on one DB-API connection.

Everything runs inside the caller's single write transaction (BEGIN IMMEDIATE), so a crash or
a kill leaves either the whole batch or nothing. Feedback rows go in with `executemany` and
`ON CONFLICT(dedupe_key) DO NOTHING`: a row already in the catalogue, or repeated in the same
file, is counted as a duplicate and adds nothing. Row ids and UUIDs are assigned here, in
order, so the indexes grow at their ends (see `models.new_uuid`).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from advocacy_desktop.domain.fields import fold
from advocacy_desktop.services.importing.convert import (
    FeedbackRow,
    Rejection,
    UuidSequence,
    dump_json,
    json_safe,
)

_FEEDBACK_INSERT = (
    "INSERT INTO feedback (id, uuid, source_id, customer_id, batch_id, assignee_id, dedupe_key,"
    " external_id, received_on, score, rating, rating_scale, text, language, channel, country,"
    " product, status, extra) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
    " ON CONFLICT(dedupe_key) DO NOTHING"
)
_NEED_LINK_INSERT = (
    "INSERT OR IGNORE INTO feedback_need (feedback_id, need_id, origin)"
    " SELECT ?, ?, 'import' WHERE EXISTS (SELECT 1 FROM feedback WHERE id = ? AND batch_id = ?)"
)
BULK_MIN_ROWS = 50_000


def _cell_text(value: Any) -> str | None:
    """A rejected cell as the user typed it: 11.0 from a spreadsheet reads 11."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(json_safe(value))


class BatchWriter:
    """Writes one batch. Call `start`, then `write` per chunk of rows, then `finish`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.batch_id: int | None = None
        self.inserted = 0
        self.attempted = 0
        self.rejected_rows = 0
        self._uuid = UuidSequence()
        self._next_id = 0
        self._sources: dict[str, int] = {}  # by folded name
        self._source_names: dict[str, int] = {}  # by name as written, to skip folding
        self._customers: dict[str, int] = {}
        self._needs: dict[str, int] = {}
        self._people: dict[str, int] = {}
        self._suspended: list[tuple[str, str]] = []
        self._next_customer_id = 0

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
        self._next_id = int(last) + 1
        return self.batch_id

    def finish(self, *, rows_read: int, actor: str | None) -> None:
        self._restore_indexes()
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

    def _restore_indexes(self) -> None:
        for _name, sql in self._suspended:
            self.conn.execute(sql)
        self._suspended = []

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

    def _resolve_customers(self, rows: list[FeedbackRow]) -> None:
        """Ids for the rows' customers: known match keys are loaded once (the batch holds the
        write lock, so nobody else adds any meanwhile); new customers get the next ids and
        go in with one executemany per chunk."""
        if self._next_customer_id == 0:
            for row_id, key in self.conn.execute(
                "SELECT id, match_key FROM customer WHERE match_key IS NOT NULL"
            ):
                self._customers[key] = row_id
            last = self.conn.execute("SELECT coalesce(max(id), 0) FROM customer").fetchone()[0]
            self._next_customer_id = int(last) + 1
        customers = self._customers
        new: list[tuple[Any, ...]] = []
        for row in rows:
            key = row[4]  # customer_key (rows may be plain tuples from the worker)
            if key is not None and key not in customers:
                row_id = self._next_customer_id
                self._next_customer_id += 1
                customers[key] = row_id
                new.append((row_id, self._uuid(), *row[5], key))
        if new:
            self.conn.executemany(
                "INSERT INTO customer (id, uuid, external_id, name, email, match_key, erased)"
                " VALUES (?, ?, ?, ?, ?, ?, 0)",
                new,
            )

    # ------------------------------------------------------------------ rows

    def write(self, rows: list[FeedbackRow], rejections: list[Rejection]) -> None:
        """Insert one chunk of valid rows and the problems of the rejected ones."""
        batch_id = self.batch_id
        if rows:
            self._resolve_customers(rows)
            params = []
            links = []
            source_id = self.source_id
            person_id = self.person_id
            customers = self._customers
            next_id = self._next_id
            for _n, uuid, dedupe_key, source, customer_key, _c, assignee, needs, values in rows:
                params.append(
                    (
                        next_id,
                        uuid,
                        source_id(source) if source else None,
                        customers[customer_key] if customer_key else None,
                        batch_id,
                        person_id(assignee) if assignee else None,
                        dedupe_key,
                        *values,
                    )
                )
                for need in needs:
                    links.append((next_id, self.need_id(need), next_id, batch_id))
                next_id += 1
            self._next_id = next_id
            before = self.conn.total_changes
            self.conn.executemany(_FEEDBACK_INSERT, params)
            self.inserted += self.conn.total_changes - before
            self.attempted += len(rows)
            if links:
                self.conn.executemany(_NEED_LINK_INSERT, links)
        if rejections:
            self.conn.executemany(
                "INSERT INTO rejected_row (batch_id, row_number, \"column\", value, reason, data)"
                " VALUES (?,?,?,?,?,?)",
                [
                    (
                        batch_id,
                        r.row_number,
                        r.column,
                        _cell_text(r.value),
                        r.reason,
                        dump_json(r.data),
                    )
                    for r in rejections
                ],
            )
            self.rejected_rows += len({r.row_number for r in rejections})
