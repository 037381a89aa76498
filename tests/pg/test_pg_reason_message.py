"""Revision 0013 on PostgreSQL: an import (COPY) stores a rejected row's reason as a message
beside its English; down to 0012 and up again keeps the row and shows its English."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from advocacy_desktop.db import migrate
from advocacy_desktop.domain.messages import Message
from advocacy_desktop.services import import_service
from tests.db.test_migration_reason_message import BEFORE, REASON, bad_score_file

pytest.importorskip("psycopg", reason="the 'team' extra (psycopg) is not installed")

from advocacy_desktop.db.team import open_team_catalogue


def test_reason_message_stored_and_migrated_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    with open_team_catalogue(pg_url, create=True) as team:
        result = import_service.run_import(team, bad_score_file(tmp_path / "r.csv"))
        [problem] = import_service.rejected_rows(team, result.batch_id)
    assert isinstance(problem.reason, Message) and problem.reason == REASON
    assert problem.reason.params == {"text": "ten", "digits": 10}

    engine = create_engine(pg_url)
    with engine.connect() as connection:
        with connection.begin():
            command.downgrade(migrate.alembic_config(connection), BEFORE)
            names = connection.execute(text(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_name = 'rejected_row'")).scalars().all()
            assert "reason_message" not in names and "reason" in names
    engine.dispose()

    with open_team_catalogue(pg_url, upgrade=True) as team:
        [old] = import_service.rejected_rows(team, result.batch_id)
    assert old.reason == REASON and not isinstance(old.reason, Message)
