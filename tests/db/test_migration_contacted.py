"""Revision 0007 adds feedback.contacted_on without rebuilding the table: the FTS triggers of
revision 0004 must survive the upgrade and the downgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import text

from advocacy_desktop.db import migrate
from advocacy_desktop.db.catalogue import APPLICATION_ID, sqlite_engine

TRIGGERS = ["feedback_fts_ad", "feedback_fts_ai", "feedback_fts_au"]


def state(connection) -> tuple[list[str], list[str]]:
    triggers = connection.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'feedback_fts_%'"
        " ORDER BY name")).scalars().all()
    columns = [r[1] for r in connection.execute(text("PRAGMA table_info(feedback)"))]
    return triggers, columns


def test_contacted_on_added_and_removed_with_the_search_triggers_kept(tmp_path: Path) -> None:
    path = tmp_path / "c.advocacy"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
    raw.close()
    engine = sqlite_engine(path)
    with engine.connect() as connection:
        with connection.begin():
            command.upgrade(migrate.alembic_config(connection), "0006_roles")
            connection.execute(text("INSERT INTO feedback (uuid, text, status, version)"
                                    " VALUES ('f1', 'lieferung beschädigt', 'new', 1)"))
        migrate.upgrade(connection)
        with connection.begin():
            triggers, columns = state(connection)
            assert triggers == TRIGGERS and "contacted_on" in columns
            connection.execute(text("INSERT INTO feedback (uuid, text, status, version,"
                                    " contacted_on) VALUES ('f2', 'zu teuer', 'new', 1,"
                                    " '2026-12-01')"))
            found = connection.execute(text(
                "SELECT rowid FROM feedback_fts_word WHERE feedback_fts_word MATCH 'teuer'"
            )).scalars().all()
            assert found == [2]  # the insert trigger still indexes new text
            command.downgrade(migrate.alembic_config(connection), "0006_roles")
            triggers, columns = state(connection)
            assert triggers == TRIGGERS and "contacted_on" not in columns
            assert connection.execute(text("SELECT count(*) FROM feedback")).scalar() == 2
    engine.dispose()
