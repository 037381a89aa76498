"""Several people (or the GUI and the CLI) on one catalogue: no lost updates, and news of
changes made elsewhere.

- Optimistic versions: every edit of a feedback item bumps `feedback.version`. An edit made
  from what the user saw carries the versions they saw; `expect_versions` compares them inside
  the write transaction (one query per 500 ids) and raises `ChangedElsewhere`, naming the items
  and the last change of each from the audit log, before anything is written. Versions that
  moved only through this process's own writes (`own_versions`) are no conflict.
- `retrying` runs a write again, with jittered backoff, when the database was locked for
  longer than the busy timeout (SQLite) or the transaction lost a serialisation race or a
  deadlock (PostgreSQL; recognised by class name, so psycopg is never imported here).
- `ChangeTracker` / `change_stamp` tell cheaply whether *another* connection committed
  (SQLite's `PRAGMA data_version` on a dedicated connection, on PostgreSQL the newest item
  change and import, and the newest audit row), so the GUI can poll and refresh.

The SQL is plain (`IN (...)`, `max(id)`), with the paramstyle of the driver in hand, so it
runs on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import functools
import logging
import random
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import event

log = logging.getLogger(__name__)

T = TypeVar("T")
CHUNK = 500
"""ids per `IN (...)`: below SQLite's parameter limit"""
_TABLES = frozenset({"feedback"})
RETRY_ATTEMPTS = 5
#: PostgreSQL's retryable errors (psycopg's class names), found without importing psycopg
RETRYABLE_CLASS_NAMES = frozenset({"SerializationFailure", "DeadlockDetected"})
_LOCKED_MESSAGES = ("database is locked", "database table is locked", "database is busy")
WATCH_BUSY_TIMEOUT_MS = 100
"""the change watch runs on the UI thread: it never waits long for a lock"""


# --------------------------------------------------------------------------- conflicts


@dataclass(frozen=True)
class LastChange:
    """The newest audit row of one item: who changed it, how, and when (UTC)."""

    item_id: int
    actor: str | None
    action: str | None
    at: datetime | None


class ChangedElsewhere(Exception):
    """Items changed (or were deleted) by someone else since the user saw them; nothing was
    written. `changes` holds the last audited change of each item that has one."""

    def __init__(self, items: Sequence[int], changes: Mapping[int, LastChange] | None = None,
                 *, table: str = "feedback") -> None:
        self.items = tuple(sorted(items))
        self.changes = dict(changes or {})
        self.table = table
        latest = self.latest
        who = latest.actor if latest is not None and latest.actor else "someone else"
        when = f" at {latest.at:%Y-%m-%d %H:%M} UTC" if latest and latest.at else ""
        super().__init__(
            f"{len(self.items)} item(s) were changed by {who}{when} since they were read: "
            f"nothing was saved (items {', '.join(map(str, self.items[:10]))}"
            f"{', …' if len(self.items) > 10 else ''}). Reload and apply the change again."
        )

    @property
    def latest(self) -> LastChange | None:
        """The most recent of the items' last changes (for "changed by X at T")."""
        dated = [c for c in self.changes.values() if c.at is not None]
        if dated:
            return max(dated, key=lambda c: c.at)  # type: ignore[arg-type,return-value]
        return next(iter(self.changes.values()), None)

    @property
    def who(self) -> str | None:
        latest = self.latest
        return None if latest is None else latest.actor

    @property
    def when(self) -> datetime | None:
        latest = self.latest
        return None if latest is None else latest.at


def _driver(conn: Any) -> Any:
    """The DB-API connection under a SQLAlchemy Connection, or `conn` itself."""
    inner = getattr(conn, "connection", None)
    driver = getattr(inner, "driver_connection", None)
    return driver if driver is not None else conn


def _is_sqlite(conn: Any) -> bool:
    return type(conn).__module__.startswith(("sqlite3", "pysqlite"))


def _marks(conn: Any, n: int) -> str:
    mark = "?" if _is_sqlite(conn) else "%s"
    return ",".join([mark] * n)


def _rows(conn: Any, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    cursor = conn.cursor()
    try:
        cursor.execute(sql, tuple(params))
        return [tuple(r) for r in cursor.fetchall()]
    finally:
        cursor.close()


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def read_versions(conn: Any, table: str, ids: Iterable[int]) -> dict[int, int]:
    """The current version of each existing row among `ids` (one query per 500 ids). Inside
    a write transaction on a server database the rows are locked (FOR UPDATE), so the check
    and the write that follows see the same state."""
    if table not in _TABLES:
        raise ValueError(f"no version column on {table!r}")
    conn = _driver(conn)
    wanted = sorted(set(ids))
    lock = "" if _is_sqlite(conn) else " FOR UPDATE"
    found: dict[int, int] = {}
    for part in _chunks(wanted):
        sql = f"SELECT id, version FROM {table} WHERE id IN ({_marks(conn, len(part))}){lock}"
        for ident, version in _rows(conn, sql, part):
            found[int(ident)] = int(version)
    return found


def _as_utc(value: Any) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        try:
            value = datetime.fromisoformat(str(value))
        except ValueError:
            return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def last_changes(conn: Any, table: str, ids: Iterable[int]) -> dict[int, LastChange]:
    """The newest audit row of each item (items never audited are left out)."""
    conn = _driver(conn)
    wanted = sorted(set(ids))
    found: dict[int, LastChange] = {}
    mark = "?" if _is_sqlite(conn) else "%s"
    for part in _chunks(wanted):
        sql = (
            "SELECT entity_id, actor, action, at FROM audit_log WHERE id IN"
            f" (SELECT max(id) FROM audit_log WHERE entity = {mark}"
            f" AND entity_id IN ({_marks(conn, len(part))}) GROUP BY entity_id)"
        )
        for entity_id, actor, action, at in _rows(conn, sql, [table, *map(str, part)]):
            item = int(entity_id)
            found[item] = LastChange(item, actor, action, _as_utc(at))
    return found


def expect_versions(
    conn: Any, table: str, versions: Mapping[int, int] | None,
    *, own: Mapping[int, int] | None = None,
) -> dict[int, int]:
    """Raise `ChangedElsewhere` unless every item still has the version the caller saw (or
    the version this process's own last write left, `own`). Call it inside the write
    transaction, before writing. None checks nothing (the CLI knows no versions). Returns
    the current versions of the checked items."""
    if not versions:
        return {}
    current = read_versions(conn, table, versions)
    own = own or {}
    stale = [
        item for item, seen in versions.items()
        if item not in current or (current[item] != seen and own.get(item) != current[item])
    ]
    if stale:
        raise ChangedElsewhere(stale, last_changes(conn, table, stale), table=table)
    return current


class VersionBook:
    """The version each item had after this process's latest write of it (thread-safe)."""

    def __init__(self) -> None:
        self._versions: dict[int, int] = {}
        self._lock = threading.Lock()

    def update(self, versions: Mapping[int, int]) -> None:
        with self._lock:
            self._versions.update(versions)

    def snapshot(self) -> dict[int, int]:
        with self._lock:
            return dict(self._versions)

    def get(self, item: int) -> int | None:
        with self._lock:
            return self._versions.get(item)


_BOOKS: weakref.WeakKeyDictionary[Any, VersionBook] = weakref.WeakKeyDictionary()
_BOOKS_LOCK = threading.Lock()


def own_versions(catalogue: Any) -> VersionBook:
    """This process's book of versions for an open catalogue."""
    with _BOOKS_LOCK:
        book = _BOOKS.get(catalogue)
        if book is None:
            book = _BOOKS[catalogue] = VersionBook()
        return book


# --------------------------------------------------------------------------- retrying


def is_retryable(error: BaseException) -> bool:
    """A locked SQLite database (after the busy timeout), or a PostgreSQL serialisation
    failure or deadlock, anywhere in the error's chain (SQLAlchemy wraps them in `.orig`)."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ChangedElsewhere):
            return False
        names = {cls.__name__ for cls in type(current).__mro__}
        if names & RETRYABLE_CLASS_NAMES:
            return True
        if "OperationalError" in names and any(
            m in str(current).lower() for m in _LOCKED_MESSAGES
        ):
            return True
        orig = getattr(current, "orig", None)
        todo.extend([orig if isinstance(orig, BaseException) else None,
                     current.__cause__, current.__context__])
    return False


def retrying(
    fn: Callable[[], T],
    attempts: int = RETRY_ATTEMPTS,
    *,
    base_delay: float = 0.05,
    max_delay: float = 2.0,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run `fn` (a whole write transaction) up to `attempts` times while it fails with a
    retryable error, sleeping a jittered, doubling delay between tries; then the last error
    is raised as it was. Other errors (ChangedElsewhere too) are raised at once."""
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except Exception as exc:
            if attempt >= attempts or not is_retryable(exc):
                raise
            delay = min(max_delay, base_delay * 2 ** (attempt - 1)) * random.uniform(0.5, 1.5)
            log.info("write failed (%s); retry %d of %d in %.2f s", exc, attempt,
                     attempts - 1, delay)
            sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def retry_on_busy(fn: Callable[..., T]) -> Callable[..., T]:
    """Decorator: the function (one write transaction) runs under `retrying`."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        return retrying(lambda: fn(*args, **kwargs))

    return wrapper


# --------------------------------------------------------------------------- change watch


@dataclass(frozen=True)
class ChangeStamp:
    """What changes when anyone commits: SQLite's data version as seen by one dedicated
    connection (on PostgreSQL a digest of the newest item change and import; None from
    `change_stamp` on a file), and the newest audit row."""

    data_version: int | None
    audit_id: int


class _OwnCommits:
    """Commits made through this process's engine, counted by a SQLAlchemy event, with the
    newest audit row each one left (read under the write lock, just before it commits)."""

    def __init__(self) -> None:
        self.count = 0
        self.audit_id = 0
        self.lock = threading.Lock()

    def on_commit(self, connection: Any) -> None:
        audit = 0
        try:
            driver = _driver(connection)
            audit = int(_rows(driver, "SELECT coalesce(max(id), 0) FROM audit_log", ())[0][0])
        except Exception:
            log.debug("could not read the audit position at commit", exc_info=True)
        with self.lock:
            self.count += 1
            self.audit_id = max(self.audit_id, audit)


_OWN: weakref.WeakKeyDictionary[Any, _OwnCommits] = weakref.WeakKeyDictionary()


def _own_commits(engine: Any) -> _OwnCommits:
    with _BOOKS_LOCK:
        own = _OWN.get(engine)
        if own is None:
            own = _OWN[engine] = _OwnCommits()
            event.listen(engine, "commit", own.on_commit)
        return own


class ChangeTracker:
    """Polled (every few seconds, on any thread): `poll()` is True when another process or
    connection committed since the last poll. Commits through this process's own engine are
    told apart by an event listener; when both happened between two polls, the audit log
    decides (rows beyond our own newest one are someone else's).

    On SQLite it keeps one dedicated read connection (for `PRAGMA data_version`), closed when
    the catalogue's engine is disposed (the catalogue closes) or by `close()`."""

    def __init__(self, catalogue: Any) -> None:
        self.catalogue = catalogue
        self.engine = catalogue.engine
        self._own = _own_commits(self.engine)
        self._conn: Any = None
        self._closed = False
        if self.engine.dialect.name == "sqlite":
            raw = self.engine.raw_connection()
            self._conn = raw.driver_connection
            raw.detach()  # ours alone: it must not go back to the pool with its settings
            self._conn.execute(f"PRAGMA busy_timeout={WATCH_BUSY_TIMEOUT_MS}")
        event.listen(self.engine, "engine_disposed", self._disposed)
        self._seen_own = self._own.count
        self._last = self.stamp()

    def _disposed(self, _engine: Any) -> None:
        self._close(listening=True)  # no listener may be removed while the event runs

    def close(self) -> None:
        self._close(listening=False)

    def _close(self, *, listening: bool) -> None:
        if not listening and event.contains(self.engine, "engine_disposed", self._disposed):
            event.remove(self.engine, "engine_disposed", self._disposed)
        if self._closed:
            return
        self._closed = True
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @property
    def closed(self) -> bool:
        return self._closed

    def stamp(self) -> ChangeStamp | None:
        """The current stamp, or None when it cannot be read now (locked, closed)."""
        if self._closed:
            return None
        try:
            if self._conn is not None:
                version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
                audit = self._conn.execute(
                    "SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
                return ChangeStamp(version, int(audit))
            return _stamp(self.catalogue)
        except Exception as exc:
            log.debug("change stamp not read: %s", exc)
            return None

    def poll(self) -> bool:
        """True when someone else committed since the last poll."""
        with self._own.lock:
            own_count, own_audit = self._own.count, self._own.audit_id
        now = self.stamp()
        last = self._last
        if now is None or last is None:
            self._last = now or last
            return False
        ours = own_count != self._seen_own
        self._seen_own = own_count
        self._last = now
        if now.data_version is not None and now.data_version == last.data_version:
            return False
        if now.data_version is not None and not ours:
            return True
        return now.audit_id > max(last.audit_id, own_audit)


def _audit_position(catalogue: Any) -> int:
    with catalogue.read() as session:
        driver = _driver(session.connection())
        return int(_rows(driver, "SELECT coalesce(max(id), 0) FROM audit_log", ())[0][0])


#: PostgreSQL has no data version: what moves on the writes that leave no audit row
#: (an import, a rule run, a merge, a plain UPDATE) stands in for it. Every maximum here is an
#: index lookup: max(updated_at) reads the partial index ix_feedback_updated_at (revision
#: 0011), without which it scanned every item on each 3-s poll on the UI thread (1M items:
#: see benchmarks/pg_bench.py). The index was chosen over dropping max(updated_at) (indexed
#: ids only) because ids do not move when an item is edited without an audit row, and it
#: costs an import nothing: imports leave updated_at NULL, outside the partial index.
_PG_STAMP = (
    "SELECT (SELECT max(updated_at) FROM feedback), (SELECT max(id) FROM feedback),"
    " (SELECT max(id) FROM import_batch), (SELECT coalesce(max(id), 0) FROM audit_log)"
)


def _is_postgres_engine(catalogue: Any) -> bool:
    engine = getattr(catalogue, "engine", None)
    return getattr(getattr(engine, "dialect", None), "name", None) == "postgresql"


def _stamp(catalogue: Any) -> ChangeStamp:
    if not _is_postgres_engine(catalogue):
        return ChangeStamp(None, _audit_position(catalogue))
    with catalogue.read() as session:
        updated, newest, batch, audit = _rows(_driver(session.connection()), _PG_STAMP, ())[0]
    version = hash((str(updated), newest, batch)) & 0x7FFFFFFFFFFF
    return ChangeStamp(version, int(audit))


def change_stamp(catalogue: Any) -> ChangeStamp:
    """A stamp from a fresh read: the newest audit row and, on PostgreSQL, what moves on
    unaudited writes (the newest item and change, the newest import). A file catalogue has
    no data version here: it only means something on one connection over time (use a
    `ChangeTracker` to poll)."""
    return _stamp(catalogue)
