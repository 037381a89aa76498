"""The schema is built only by Alembic revisions, in one straight line, matching the models."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from advocacy_desktop.db import migrate
from advocacy_desktop.db.catalogue import APPLICATION_ID, open_catalogue, sqlite_engine
from advocacy_desktop.db.errors import MigrationFailed
from advocacy_desktop.db.models import Base, include_name


def blank_catalogue(path: Path) -> Path:
    """A file stamped as ours with no schema yet: every revision must run on it."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("VACUUM")
    conn.close()
    return path


def test_revisions_form_one_straight_line() -> None:
    script = migrate.script_directory()
    assert len(script.get_heads()) == 1
    revisions = list(script.walk_revisions())
    bases = [r for r in revisions if r.down_revision is None]
    assert len(bases) == 1
    for revision in revisions:
        assert not isinstance(revision.down_revision, tuple | list), "no merge revisions"
        assert not revision.branch_labels
    assert migrate.known_revisions()[-1] == migrate.head_revision()


def test_empty_to_head_matches_the_models(tmp_path: Path) -> None:
    path = blank_catalogue(tmp_path / "blank.advocacy")
    engine = sqlite_engine(path)
    with engine.connect() as connection:
        migrate.upgrade(connection)
        assert migrate.current_revision(connection) == migrate.head_revision()
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        diffs = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diffs == []


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    from alembic import command

    path = blank_catalogue(tmp_path / "blank.advocacy")
    engine = sqlite_engine(path)
    with engine.connect() as connection:
        migrate.upgrade(connection)
        with connection.begin():
            command.downgrade(migrate.alembic_config(connection), "base")
        tables = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")
        ).fetchall()
        assert tables == []
        connection.rollback()  # end the read transaction the query began
        migrate.upgrade(connection)
        assert migrate.current_revision(connection) == migrate.head_revision()
    engine.dispose()


def test_opening_an_old_schema_upgrades_after_a_backup(tmp_path: Path) -> None:
    path = blank_catalogue(tmp_path / "old.advocacy")
    with open_catalogue(path) as catalogue, catalogue.read() as session:
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == migrate.head_revision()
    backups = list(tmp_path.glob("old.before-upgrade-*.advocacy"))
    assert len(backups) == 1


def test_failed_migration_restores_the_backup(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "shop.advocacy"
    with open_catalogue(blank_catalogue(path)) as catalogue, catalogue.write() as session:
        session.execute(text("INSERT INTO person (uuid, name, active) VALUES ('p1', 'Ada', 1)"))
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM alembic_version")  # looks like it needs every revision again
    conn.commit()
    conn.close()

    def half_done_then_fails(connection) -> None:
        raw = connection.connection.driver_connection
        raw.execute("DROP TABLE person")  # autocommitted damage outside any transaction
        raise RuntimeError("disk I/O error in revision 0002")

    monkeypatch.setattr(migrate, "upgrade", half_done_then_fails)
    with pytest.raises(MigrationFailed, match="restored from") as raised:
        open_catalogue(path)
    assert "disk I/O error" in str(raised.value)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM person").fetchall() == [("Ada",)]
    conn.close()


def test_real_upgrade_from_the_first_revision_keeps_data(tmp_path: Path) -> None:
    from alembic import command

    path = blank_catalogue(tmp_path / "v1.advocacy")
    engine = sqlite_engine(path)
    with engine.connect() as connection, connection.begin():
        command.upgrade(migrate.alembic_config(connection), migrate.known_revisions()[0])
        connection.execute(
            text("INSERT INTO feedback (uuid, score, text, status, version) "
                 "VALUES ('f1', 10, 'Großartig — 최고', 'new', 1)")
        )
    engine.dispose()
    with open_catalogue(path) as catalogue, catalogue.read() as session:
        assert session.execute(text("SELECT score, text FROM feedback")).all() == [
            (10, "Großartig — 최고")
        ]
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert revision == migrate.head_revision()
    assert len(list(tmp_path.glob("v1.before-upgrade-*.advocacy"))) == 1
