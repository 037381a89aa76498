"""Schema revisions: which one a catalogue has, which ones this version knows, and upgrading.

The same revisions build a SQLite file and a PostgreSQL team catalogue (see db/team.py).
On SQLite, upgrades run with foreign keys off (batch mode rebuilds tables; with them on, a
rebuild would cascade deletes), then check every reference before committing. On PostgreSQL,
DDL is transactional and references are always enforced: the upgrade is one transaction that
first takes an advisory lock, so two team members opening an old catalogue at once upgrade it
once, one after the other.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, text

from advocacy_desktop.db import models

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: our mark on a PostgreSQL catalogue (the comment of its alembic_version table): metadata, so
#: no copy or merge of rows can remove it; a database without it is never taken for ours
PG_IDENTITY = "Advocacy Desktop catalogue"
#: pg_advisory_xact_lock key serialising schema upgrades ("ADVC", as the SQLite application_id)
PG_UPGRADE_LOCK = 0x41445643


#: feedback's generated search columns on PostgreSQL (revision 0012_pg_search_columns)
PG_SEARCH_COLUMNS = frozenset({"fts_words", "fts_unspaced"})


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """models.include_name, and also PostgreSQL's search indexes (revision 0004) and the
    generated columns they cover (revision 0012), which have no model: they are the
    counterpart of SQLite's FTS5 tables of the same names."""
    if type_ == "index" and name is not None and name.startswith(models.SEARCH_TABLE_PREFIX):
        return False
    if type_ == "column" and name in PG_SEARCH_COLUMNS:
        return False
    return models.include_name(name, type_, parent_names)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def known_revisions() -> list[str]:
    """Every revision this version ships, oldest first."""
    return [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def is_known(revision: str) -> bool:
    try:
        return script_directory().get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(connection: Connection, target: str = "head") -> None:
    """Upgrade inside one transaction on `connection` (which must have no open transaction;
    on PostgreSQL give it READ COMMITTED, so that after waiting for the upgrade lock it sees
    what another upgrader committed)."""
    if connection.dialect.name == "postgresql":
        _upgrade_postgresql(connection, target)
        return
    raw = connection.connection.driver_connection  # PRAGMA foreign_keys is a no-op in a txn
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        with connection.begin():
            command.upgrade(alembic_config(connection), target)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the upgrade broke {len(broken)} references, e.g. {broken[0]}")
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def _upgrade_postgresql(connection: Connection, target: str) -> None:
    with connection.begin():
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_UPGRADE_LOCK})
        command.upgrade(alembic_config(connection), target)
        connection.execute(text(f"COMMENT ON TABLE alembic_version IS '{PG_IDENTITY}'"))
