"""Opening, creating, checking and backing up a catalogue file.

A catalogue is a SQLite file users carry around. The rules here keep it safe:
- an existing file is opened with `mode=rw`, so a mistyped path never creates an empty one;
- it must carry our `PRAGMA application_id` and pass `quick_check`;
- a schema this version does not know is refused (never downgraded); an older one is upgraded
  only after an online backup, which is restored if the upgrade fails;
- while open it runs in WAL mode; on close it is checkpointed back to a rollback journal, so
  the file alone holds everything once the app has closed;
- a writable open takes the lock file beside it (db/locking.py): a second writer elsewhere is
  refused with CatalogueLocked, and may open it read-only.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool, QueuePool

from advocacy_desktop.db import locking, migrate
from advocacy_desktop.db.errors import (
    CatalogueCorrupt,
    CatalogueError,
    CatalogueExists,
    CatalogueNeedsUpgrade,
    CatalogueNotFound,
    CatalogueTooNew,
    MigrationFailed,
    NotACatalogue,
)
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

#: "ADVC" — stamped in the SQLite header so we recognise our own files.
APPLICATION_ID = 0x41445643
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
CATALOGUE_SUFFIX = ".advocacy"
#: page cache per connection; SQLite's 2 MiB default makes index inserts on 1M rows 30% slower
CACHE_KIB = 65_536

EXISTS_ALREADY = QT_TRANSLATE_NOOP("CatalogueErrors",
                                   "a file with this name exists already; choose another name")
NO_FOLDER = QT_TRANSLATE_NOOP("CatalogueErrors", "the folder does not exist")
READ_ONLY = QT_TRANSLATE_NOOP("CatalogueErrors", "this catalogue is open read-only")
DAMAGED = QT_TRANSLATE_NOOP("CatalogueErrors", "the file is damaged: {problem}")

ProgressCallback = Callable[[int, int], None]


def _sqlite_uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def _raw_connect(path: Path, mode: str) -> sqlite3.Connection:
    conn = sqlite3.connect(
        _sqlite_uri(path, mode),
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,  # pooled: used by one thread at a time, not always the same
        isolation_level=None,  # we issue BEGIN ourselves (see _on_begin)
    )
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    return conn


def _read_header(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(100)


class Catalogue:
    """An open catalogue: its engine, and sessions for reading and for writing.

    Write transactions start with BEGIN IMMEDIATE, so a read-then-write never fails at once
    with SQLITE_BUSY while another writer holds the lock: it waits up to the busy timeout.
    """

    def __init__(
        self,
        path: Path,
        *,
        read_only: bool = False,
        lock: locking.Lock | None = None,
        location: locking.Location = "local",
        held_by: locking.LockInfo | None = None,
    ) -> None:
        self.path = path
        self.read_only = read_only
        #: our hold on the lock file (writable opens); the GUI refreshes its heartbeat
        self.lock = lock
        #: "local", "network" or "cloud" (see locking.location_kind)
        self.location = location
        #: read-only opens: who has it open for writing, if anyone
        self.held_by = held_by
        mode = "ro" if read_only else "rw"
        self.engine: Engine = sqlite_engine(path, mode, pooled=True)
        self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")

    @property
    def url(self) -> str:
        return str(self.path)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed on leaving the block, or rolled back on error."""
        if self.read_only:
            raise CatalogueError(self.path, Message(READ_ONLY))
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A Core connection in one write transaction, for bulk work (executemany)."""
        if self.read_only:
            raise CatalogueError(self.path, Message(READ_ONLY))
        with self._writer.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        """Release connections and fold the WAL back into the file (self-contained at rest)."""
        self.engine.dispose()
        if self.read_only:
            return
        try:
            conn = _raw_connect(self.path, "rw")
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("PRAGMA journal_mode=DELETE")
            finally:
                conn.close()
        except sqlite3.Error as exc:  # another process still has it open: its close will fold
            log.info("could not fold the WAL of %s on close: %s", self.path, exc)
        finally:
            if self.lock is not None:
                self.lock.release()

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _on_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def sqlite_engine(path: Path, mode: str = "rw", *, pooled: bool = False) -> Engine:
    """An engine over one existing file that never creates it, with real transactions
    (pysqlite's own implicit BEGIN is off; we emit BEGIN in `_on_begin`)."""
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: _raw_connect(path, mode),
        poolclass=QueuePool if pooled else NullPool,
        **({"pool_size": 4, "max_overflow": 4} if pooled else {}),
    )
    event.listen(engine, "begin", _on_begin)
    return engine


# --------------------------------------------------------------------------- creating


def create_catalogue(path: Path | str) -> Catalogue:
    """Create a new, empty catalogue at `path` (which must not exist) and open it."""
    path = Path(path)
    if path.exists():
        raise CatalogueExists(path, Message(EXISTS_ALREADY))
    if not path.parent.is_dir():
        raise CatalogueNotFound(path.parent, Message(NO_FOLDER))
    tmp = path.with_name(f".{path.name}.creating")
    tmp.unlink(missing_ok=True)
    try:
        conn = _raw_connect(tmp, "rwc")
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.close()
        engine = sqlite_engine(tmp)
        with engine.connect() as connection:
            migrate.upgrade(connection)
        engine.dispose()
        os.replace(tmp, path)  # appears complete or not at all
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return open_catalogue(path)


# --------------------------------------------------------------------------- opening


def inspect_file(path: Path | str) -> Path:
    """Check that `path` looks like a catalogue before SQLite touches it; return it resolved."""
    path = Path(path).expanduser()
    if not path.exists():
        raise CatalogueNotFound(path, Message(QT_TRANSLATE_NOOP("CatalogueErrors",
                                                                "no such file")))
    if path.is_dir():
        raise NotACatalogue(path, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "this is a folder, not a catalogue file")))
    size = path.stat().st_size
    if size == 0:
        raise NotACatalogue(path, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "the file is empty (0 bytes), not a catalogue")))
    header = _read_header(path)
    if not header.startswith(SQLITE_MAGIC):
        raise NotACatalogue(path, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "this is not a catalogue file (not a SQLite database)")))
    if len(header) < 100:
        raise CatalogueCorrupt(path, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "the file is truncated: its header is incomplete")))
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotACatalogue(path, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "this SQLite database was not made by Advocacy Desktop, so it is "
            "not opened")))
    return path.resolve()


def open_catalogue(
    path: Path | str,
    *,
    read_only: bool = False,
    migrate_schema: bool = True,
    backup_dir: Path | None = None,
    take_over: locking.TakeOver = "dead",
) -> Catalogue:
    """Open an existing catalogue after checking it; upgrade its schema if allowed.

    Opening for writing takes its lock file first (CatalogueLocked if someone else has it;
    `take_over` says which abandoned locks may be taken over). Raises a CatalogueError
    subclass with a message for the user; the file is left unchanged on every refusal.
    """
    path = inspect_file(path)
    if not read_only and not os.access(path, os.W_OK):
        read_only = True
        log.warning("%s is not writable: opened read-only", path)
    lock = None if read_only else _take_lock(path, take_over)
    try:
        revision = verify_catalogue_file(path, read_only=read_only)
        head = migrate.head_revision()
        if revision != head:
            if read_only or not migrate_schema:
                raise CatalogueNeedsUpgrade(path, Message(QT_TRANSLATE_NOOP(
                    "CatalogueErrors", "its schema ({revision}) must be upgraded to {head} first"),
                    revision=revision or "none", head=head))
            _upgrade_with_backup(path, revision, backup_dir or path.parent)

        if not read_only:
            _enter_wal_mode(path)
        return Catalogue(
            path,
            read_only=read_only,
            lock=lock,
            location=locking.location_kind(path),
            held_by=locking.holder_of(path) if read_only else None,
        )
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _take_lock(path: Path, take_over: locking.TakeOver) -> locking.Lock | None:
    """The lock for writing; None where no lock file can be written (a read-only folder:
    SQLite then decides whether writing is possible at all)."""
    try:
        return locking.acquire(path, take_over=take_over)
    except OSError as exc:
        log.warning("cannot write the lock file beside %s: %s", path, exc)
        return None


def _enter_wal_mode(path: Path) -> None:
    """WAL lets the UI read while a background task writes. Not possible on some network
    file systems or when another process holds the file: then we stay in rollback mode."""
    conn = _raw_connect(path, "rw")
    try:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode != "wal":
            log.info("%s stays in %s journal mode", path, mode)
    except sqlite3.OperationalError as exc:
        log.info("%s stays in rollback journal mode: %s", path, exc)
    finally:
        conn.close()


def verify_catalogue_file(path: Path, *, read_only: bool = True) -> str | None:
    """Run SQLite's quick check and read the schema revision; raise if damaged or too new."""
    try:
        conn = _raw_connect(path, "ro" if read_only else "rw")
    except sqlite3.Error as exc:
        raise CatalogueCorrupt(path, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "SQLite cannot open it: {problem}"), problem=str(exc))) from exc
    try:
        problems = _quick_check(conn)
        if problems:
            raise CatalogueCorrupt(path, Message(DAMAGED, problem="; ".join(problems[:3])))
        revision = _stored_revision(conn)
    except sqlite3.DatabaseError as exc:
        raise CatalogueCorrupt(path, Message(DAMAGED, problem=str(exc))) from exc
    finally:
        conn.close()
    if revision is not None and not migrate.is_known(revision):
        raise CatalogueTooNew(path, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "it was written by a newer version of Advocacy Desktop (schema "
            "{revision}); update the app to open it"), revision=revision))
    return revision


def _quick_check(conn: sqlite3.Connection) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def _stored_revision(conn: sqlite3.Connection) -> str | None:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _upgrade_with_backup(path: Path, revision: str | None, backup_dir: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = backup_dir / f"{path.stem}.before-upgrade-{revision or 'empty'}-{stamp}{path.suffix}"
    backup_catalogue(path, backup)
    engine = sqlite_engine(path)
    try:
        with engine.connect() as connection:
            migrate.upgrade(connection)
    except Exception as exc:
        engine.dispose()
        _copy_database(backup, path)
        raise MigrationFailed(path, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "upgrading the schema failed ({problem}); the catalogue was "
            "restored from {backup}"), problem=str(exc), backup=str(backup))) from exc
    engine.dispose()
    log.info("upgraded %s from %s; backup kept at %s", path, revision, backup)
    return backup


# --------------------------------------------------------------------------- backup


def _copy_database(
    source: Path, target: Path, progress: ProgressCallback | None = None
) -> None:
    """Copy with SQLite's online backup API into a temporary file, check it, then replace
    `target` atomically. A raw file copy could miss pages still in a WAL or journal."""
    tmp = target.with_name(f".{target.name}.partial")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(_sqlite_uri(source, "ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(tmp)
        try:

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=256, progress=report)
            dst.execute("PRAGMA journal_mode=DELETE")
            problems = _quick_check(dst)
            if problems:
                raise CatalogueCorrupt(target, Message(QT_TRANSLATE_NOOP(
                    "CatalogueErrors", "the copy failed its check: {problem}"),
                    problem=problems[0]))
        finally:
            dst.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()


def backup_catalogue(
    path: Path | str, out: Path | str, progress: ProgressCallback | None = None
) -> Path:
    """Write a consistent copy of the catalogue at `path` to `out` while it may be in use."""
    path = inspect_file(path)
    out = Path(out).expanduser()
    if out.exists() and out.resolve() == path:
        raise CatalogueError(out, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "the backup cannot overwrite the catalogue itself")))
    if out.is_dir():
        out = out / f"{path.stem}-backup-{datetime.now():%Y%m%d-%H%M%S}{path.suffix}"
    _copy_database(path, out, progress)
    return out


def restore_backup(backup: Path | str, target: Path | str, *, overwrite: bool = False) -> Path:
    """Restore `backup` as `target`. A replaced catalogue is kept beside it, never lost."""
    backup = inspect_file(backup)
    verify_catalogue_file(backup)  # ours, undamaged, a revision we know
    target = Path(target).expanduser()
    if target.exists():
        if not overwrite:
            raise CatalogueExists(target, Message(QT_TRANSLATE_NOOP(
                "CatalogueErrors", "exists already; pass overwrite to replace it")))
        kept = target.with_name(f"{target.stem}.replaced-{datetime.now():%Y%m%d-%H%M%S}"
                                f"{target.suffix}")
        _copy_database(target, kept)
    _copy_database(backup, target)
    return target
