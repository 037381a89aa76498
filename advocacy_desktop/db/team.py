"""A team catalogue: the same schema in a PostgreSQL database, shared by several people.

`TeamCatalogue` offers what `db.catalogue.Catalogue` offers (`read()`, `write()`,
`write_connection()`, `close()`, a context manager, `read_only`, `engine`, `url`), so services
that speak portable SQL work on both. The driver is psycopg 3 (`pip install '.[team]'`).

Isolation: REPEATABLE READ. A transaction reads one snapshot (a dashboard's queries agree
with each other), and a write to a row that someone else changed and committed after that
snapshot fails with a serialisation error instead of silently overwriting the other change.
Writers wrap their transaction in `with_retry`, which runs it again, on a fresh snapshot,
after a serialisation failure or a deadlock.

Opening checks that the database is ours: its `alembic_version` table carries our comment
(`migrate.PG_IDENTITY`, set by every upgrade) and a revision this version knows. A database
holding anything else is never adopted; an empty one is given the schema only on request.
There is no file to back up before an upgrade, so an older schema is upgraded only when the
caller says so (the GUI asks the user first); the upgrade is one transaction, so a failure
leaves the catalogue as it was.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from advocacy_desktop.db import migrate
from advocacy_desktop.db.errors import (
    CatalogueError,
    CatalogueNeedsUpgrade,
    CatalogueNotFound,
    CatalogueTooNew,
    MigrationFailed,
    NotACatalogue,
)
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

T = TypeVar("T")
ISOLATION_LEVEL = "REPEATABLE READ"
#: SQLSTATEs after which a whole transaction may simply run again
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected
POOL_SIZE = 4
MAX_OVERFLOW = 4
CONNECT_TIMEOUT_S = 10


def is_team_url(location: str) -> bool:
    """True for a PostgreSQL URL (a team catalogue), False for anything else (a file path)."""
    return location.strip().lower().startswith(("postgresql:", "postgresql+", "postgres:"))


def _normalise(url: str | URL) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise CatalogueNotFound(None, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "this is not a database address: {problem}"), problem=str(exc))
        ) from exc
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise NotACatalogue(None, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "{where} is not a PostgreSQL address"),
            where=parsed.render_as_string()))
    return parsed.set(drivername="postgresql+psycopg")


def masked(url: str | URL) -> str:
    """The URL with its password hidden, for titles, messages and logs."""
    return _normalise(url).render_as_string(hide_password=True)


def is_retryable(exc: BaseException) -> bool:
    """A serialisation failure or a deadlock: the transaction may run again as a whole."""
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) in RETRYABLE_SQLSTATES


def with_retry(
    fn: Callable[[], T],
    attempts: int = 5,
    *,
    base_delay: float = 0.05,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run `fn` (one whole transaction, e.g. a `with catalogue.write()` block) and run it
    again after a serialisation failure or deadlock, waiting base_delay·2^n with jitter so
    that the writers that collided do not collide again. Other errors pass through at once."""
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except DBAPIError as exc:
            if attempt == attempts or not is_retryable(exc):
                raise
            delay = base_delay * 2 ** (attempt - 1) * random.uniform(0.5, 1.5)
            log.info("transaction conflicted (%s), attempt %d of %d: again in %.0f ms",
                     getattr(exc.orig, "sqlstate", "?"), attempt, attempts, delay * 1000)
            sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def team_engine(url: str | URL, *, read_only: bool = False, pooled: bool = True) -> Engine:
    """An engine for a team catalogue: psycopg 3, REPEATABLE READ, a small checked pool."""
    parsed = _normalise(url)
    try:
        engine = create_engine(
            parsed,
            isolation_level=ISOLATION_LEVEL,
            pool_pre_ping=True,  # a server restart or a dropped VPN does not break the app
            pool_recycle=1800,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                          "application_name": "Advocacy Desktop"},
            **({"pool_size": POOL_SIZE, "max_overflow": MAX_OVERFLOW} if pooled
               else {"poolclass": NullPool}),
        )
    except (NoSuchModuleError, ImportError) as exc:
        raise CatalogueError(None, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "the PostgreSQL driver is missing: install Advocacy Desktop with "
            "its 'team' extra (pip install 'advocacy-desktop[team]')"))) from exc
    if read_only:
        engine = engine.execution_options(postgresql_readonly=True)
    return engine


class TeamCatalogue:
    """An open team catalogue; the interface of db.catalogue.Catalogue.

    `path` is None (there is no file); `url` is the address with the password hidden.
    """

    def __init__(self, url: str | URL, *, read_only: bool = False) -> None:
        self._url = _normalise(url)
        self.path = None
        self.read_only = read_only
        self.engine: Engine = team_engine(self._url, read_only=read_only)

    @property
    def url(self) -> str:
        return self._url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return "postgresql"

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"TeamCatalogue({self.url!r}, read_only={self.read_only})"

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed on leaving the block, or rolled back on error.
        Wrap the block in `with_retry` where others may write the same rows."""
        self._check_writable()
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A Core connection in one write transaction, for bulk work (executemany)."""
        self._check_writable()
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def _check_writable(self) -> None:
        if self.read_only:
            raise CatalogueError(None, Message(QT_TRANSLATE_NOOP(
                "CatalogueErrors", "{where}: this catalogue is open read-only"),
                where=str(self.url)))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> TeamCatalogue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------- opening


def _identity(conn: Connection) -> tuple[bool, bool, str | None]:
    """(has other tables, carries our mark, stored revision) of the default schema."""
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" not in tables:
        return bool(tables), False, None
    mark = conn.execute(text("SELECT obj_description('alembic_version'::regclass, 'pg_class')"))
    ours = mark.scalar() == migrate.PG_IDENTITY
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return bool(tables - {"alembic_version"}), ours, revision


def _check_locale(conn: Connection, where: str) -> None:
    encoding, ctype = conn.execute(
        text("SELECT current_setting('server_encoding'), current_setting('lc_ctype')")
    ).one()
    if encoding.upper() not in ("UTF8", "UTF-8") or ctype.upper() in ("C", "POSIX"):
        raise CatalogueError(None, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "{where}: the database uses encoding {encoding} and character "
            "type {ctype}; a catalogue needs UTF8 with a UTF-8 character type, so that search "
            "finds text in every language. Create the database with ENCODING 'UTF8' LC_CTYPE "
            "'C.UTF-8' TEMPLATE template0"), where=where, encoding=encoding, ctype=ctype))


def open_team_catalogue(
    url: str | URL,
    *,
    read_only: bool = False,
    create: bool = False,
    upgrade: bool = False,
) -> TeamCatalogue:
    """Open the team catalogue at `url` after checking it is ours and current.

    `create`: give an empty database the schema (never one that holds tables).
    `upgrade`: bring an older schema to this version's (ask the user first).
    Raises a CatalogueError subclass with a message for the user; a refusal changes nothing.
    """
    parsed = _normalise(url)
    where = parsed.render_as_string(hide_password=True)
    engine = team_engine(parsed, pooled=False)
    try:
        try:
            conn = engine.connect()
        except DBAPIError as exc:
            raise CatalogueNotFound(None, Message(QT_TRANSLATE_NOOP(
                "CatalogueErrors", "{where}: cannot connect ({problem})"), where=where,
                problem=str(exc.orig).strip())) from exc
        with conn:
            _open_checked(conn, where, read_only=read_only, create=create, upgrade=upgrade)
    finally:
        engine.dispose()
    return TeamCatalogue(parsed, read_only=read_only)


def _open_checked(
    conn: Connection, where: str, *, read_only: bool, create: bool, upgrade: bool
) -> None:
    with conn.begin():
        others, ours, revision = _identity(conn)
    if not ours:
        if others or revision is not None:
            raise NotACatalogue(None, Message(QT_TRANSLATE_NOOP(
                "CatalogueErrors", "{where}: this database holds tables that Advocacy Desktop "
                "did not make, so it is not opened (nor changed)"), where=where))
        if not create:
            raise NotACatalogue(None, Message(QT_TRANSLATE_NOOP(
                "CatalogueErrors", "{where}: the database is empty, not a catalogue (create a "
                "team catalogue in it instead)"), where=where))
        if read_only:
            raise CatalogueError(None, Message(QT_TRANSLATE_NOOP(
                "CatalogueErrors", "{where}: cannot create a catalogue read-only"), where=where))
        with conn.begin():
            _check_locale(conn, where)
        _migrate(conn, where, None)
        return
    if revision is not None and not migrate.is_known(revision):
        raise CatalogueTooNew(None, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "{where}: it was written by a newer version of Advocacy Desktop "
            "(schema {revision}); update the app to open it"), where=where, revision=revision))
    head = migrate.head_revision()
    if revision != head:
        if read_only or not upgrade:
            raise CatalogueNeedsUpgrade(None, Message(QT_TRANSLATE_NOOP(
                "CatalogueErrors", "{where}: its schema ({revision}) must be upgraded to {head} "
                "first; everyone using it needs this version then"), where=where,
                revision=revision or "none", head=head))
        _migrate(conn, where, revision)


def _migrate(conn: Connection, where: str, revision: str | None) -> None:
    conn = conn.execution_options(isolation_level="READ COMMITTED")
    try:
        migrate.upgrade(conn)
    except Exception as exc:
        raise MigrationFailed(None, Message(QT_TRANSLATE_NOOP(
            "CatalogueErrors", "{where}: creating or upgrading the schema failed ({problem}); "
            "nothing was changed"), where=where, problem=str(exc))) from exc
    log.info("schema of %s upgraded from %s to %s", where, revision, migrate.head_revision())
