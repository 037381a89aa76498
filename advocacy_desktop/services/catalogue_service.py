"""Use cases on a whole catalogue: create, open, describe, check, back up, restore.

The GUI and the CLI both call these; neither touches SQLite or the engine directly.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import func, inspect, select

from advocacy_desktop.db import locking, migrate, models, summaries
from advocacy_desktop.db.catalogue import (
    APPLICATION_ID,
    Catalogue,
    ProgressCallback,
    backup_catalogue,
    create_catalogue,
    inspect_file,
    open_catalogue,
    restore_backup,
    verify_catalogue_file,
)
from advocacy_desktop.db.errors import (
    CatalogueError,
    CatalogueLocked,
    CatalogueNeedsUpgrade,
    NotACatalogue,
)
from advocacy_desktop.db.locking import HEARTBEAT_INTERVAL, LockInfo, location_kind
from advocacy_desktop.db.team import (
    TeamCatalogue,
    is_team_url,
    masked,
    open_team_catalogue,
    team_engine,
)

__all__ = [
    "HEARTBEAT_INTERVAL",
    "Catalogue",
    "CatalogueCounts",
    "CatalogueError",
    "CatalogueInfo",
    "CatalogueLocked",
    "CatalogueNeedsUpgrade",
    "CheckReport",
    "LockInfo",
    "NotACatalogue",
    "TeamCatalogue",
    "backup",
    "catalogue_info",
    "check",
    "count_rows",
    "create",
    "holder_of",
    "is_team",
    "is_team_url",
    "location_kind",
    "masked",
    "open_existing",
    "open_team",
    "refresh_lock",
    "restore",
    "team_is_empty",
]

_COUNTED = {
    "feedback": models.Feedback,
    "sources": models.Source,
    "customers": models.Customer,
    "needs": models.Need,
    "people": models.Person,
    "roles": models.Role,
    "import_batches": models.ImportBatch,
    "rejected_rows": models.RejectedRow,
}


@dataclass(frozen=True)
class CatalogueCounts:
    feedback: int = 0
    sources: int = 0
    customers: int = 0
    needs: int = 0
    people: int = 0
    roles: int = 0
    import_batches: int = 0
    rejected_rows: int = 0


@dataclass(frozen=True)
class CatalogueInfo:
    path: str
    size_bytes: int
    schema_revision: str | None
    head_revision: str
    read_only: bool
    counts: CatalogueCounts = field(default_factory=CatalogueCounts)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class CheckReport:
    path: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def create(path: Path | str) -> Catalogue:
    return create_catalogue(path)


def open_existing(
    path: Path | str, *, read_only: bool = False, take_over: locking.TakeOver = "dead"
) -> Catalogue | TeamCatalogue:
    """Open for writing (taking the lock file; CatalogueLocked when someone else has it) or
    read-only (always allowed). `take_over`: "none" lets the GUI ask about every abandoned
    lock, "dead" takes over those whose process is gone on this machine, "stale" also those
    without a heartbeat for half an hour (after the user confirmed).
    A PostgreSQL address (`postgresql+psycopg://…`) opens that team catalogue instead (no
    lock file: the server keeps several writers apart)."""
    if isinstance(path, str) and is_team_url(path):
        return open_team_catalogue(path, read_only=read_only)
    return open_catalogue(path, read_only=read_only, take_over=take_over)


def open_team(
    url: str, *, read_only: bool = False, create: bool = False, upgrade: bool = False
) -> TeamCatalogue:
    """Open the team catalogue at `url`; `create` gives an empty database the schema,
    `upgrade` brings an older schema up to date (ask the user first for both)."""
    return open_team_catalogue(url, read_only=read_only, create=create, upgrade=upgrade)


def team_is_empty(url: str) -> bool:
    """True when the database at `url` holds no tables (a team catalogue can be made in it).
    Connection errors are raised as they are (the open that came before names them)."""
    engine = team_engine(url, pooled=False)
    try:
        with engine.connect() as conn:
            return not inspect(conn).get_table_names()
    finally:
        engine.dispose()


def is_team(catalogue: object) -> bool:
    """True for a team catalogue (a PostgreSQL database), False for a file."""
    return isinstance(catalogue, TeamCatalogue)


def holder_of(path: Path | str) -> LockInfo | None:
    """Who has the catalogue file open for writing, from its lock file (None: nobody)."""
    return locking.holder_of(path)


def refresh_lock(catalogue: Catalogue) -> bool:
    """Renew the heartbeat of the open catalogue's lock (the GUI calls it every few minutes).
    False when the lock was taken over by someone else meanwhile."""
    lock = getattr(catalogue, "lock", None)
    if lock is None:
        return True
    try:
        return lock.refresh()
    except OSError:  # the share is gone for a moment: the next beat tries again
        return True


def count_rows(catalogue: Catalogue) -> CatalogueCounts:
    with catalogue.read() as session:
        counts = {
            name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in _COUNTED.items()
        }
    return CatalogueCounts(**counts)


def catalogue_info(catalogue: Catalogue | TeamCatalogue) -> CatalogueInfo:
    with catalogue.engine.connect() as connection:
        revision = migrate.current_revision(connection)
    return CatalogueInfo(
        path=catalogue.url if is_team(catalogue) else str(catalogue.path),
        size_bytes=0 if is_team(catalogue) else catalogue.path.stat().st_size,
        schema_revision=revision,
        head_revision=migrate.head_revision(),
        read_only=catalogue.read_only,
        counts=count_rows(catalogue),
    )


def check(path: Path | str) -> CheckReport:
    """A full check, read-only: our file, every page (integrity_check), every reference,
    a schema revision this version knows. Never changes the file."""
    try:
        resolved = inspect_file(path)
        revision = verify_catalogue_file(resolved)
    except CatalogueError as exc:
        return CheckReport(str(path), [exc.message])
    problems: list[str] = []
    conn = sqlite3.connect(f"{resolved.as_uri()}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            problems.append("not an Advocacy Desktop catalogue")
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.extend(f"integrity: {row}" for row in rows[:20])
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall()[:20]:
            problems.append(f"row {rowid} of {table} refers to a missing {parent}")
        if not problems and revision == migrate.head_revision():
            problems.extend(
                f"dashboard counts: {p} (repair: advocacy check --repair-summaries)"
                for p in summaries.differences(conn)
            )
    except sqlite3.DatabaseError as exc:
        problems.append(f"SQLite: {exc}")
    finally:
        conn.close()
    if revision != migrate.head_revision():
        problems.append(
            f"schema {revision or 'none'} is older than {migrate.head_revision()}; "
            "opening it in the app upgrades it (after a backup)"
        )
    return CheckReport(str(resolved), problems)


def rebuild_summaries(catalogue: Catalogue) -> None:
    """Count the dashboard's summary tables again from the items, in one transaction."""
    with catalogue.write_connection() as connection:
        summaries.rebuild(connection.connection.driver_connection)


def backup(path: Path | str, out: Path | str, progress: ProgressCallback | None = None) -> Path:
    return backup_catalogue(path, out, progress)


def restore(backup_path: Path | str, target: Path | str, *, overwrite: bool = False) -> Path:
    return restore_backup(backup_path, target, overwrite=overwrite)
