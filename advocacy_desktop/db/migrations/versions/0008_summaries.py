"""summary tables for the dashboard: answers per day, per need, star ratings, open items

Four WITHOUT ROWID tables kept exact by triggers (see advocacy_desktop/db/summaries.py, which
holds their SQL); filled from the existing rows here. Plain DDL, no batch rebuild: the feedback
table and its search triggers stay as they are.

On PostgreSQL (team catalogues) the same five tables are created here without triggers;
revision 0010 turns them into insert-only delta tables kept by statement-level triggers (counter
rows updated in place by every writer would turn concurrent imports into serialisation
failures on the same keys).

Revision ID: 0008_summaries
Revises: 0007_contacted
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlite3

from alembic import op

from advocacy_desktop.db import summaries

revision = "0008_summaries"
down_revision = "0007_contacted"
branch_labels = None
depends_on = None


def _driver_connection() -> sqlite3.Connection:
    """The DB-API connection under Alembic's, for the plain SQL of `db/summaries.py`."""
    return op.get_bind().connection.driver_connection


def _is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _is_postgresql():
        for sql in summaries.CREATE_TABLES:
            op.execute(sql.replace(" WITHOUT ROWID", ""))
        return
    summaries.create(_driver_connection())


def downgrade() -> None:
    if _is_postgresql():
        for table in summaries.TABLES:
            op.execute(f"DROP TABLE IF EXISTS {table}")
        return
    summaries.drop(_driver_connection())
