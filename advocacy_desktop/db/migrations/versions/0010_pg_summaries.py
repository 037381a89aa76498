"""summary tables kept on PostgreSQL too: insert-only deltas written by statement triggers

Revision 0008 created the five summary tables on PostgreSQL but left them empty, so a team
catalogue's dashboard counted from the items (0.6-0.9 s on 1M items against 8-62 ms on
SQLite). Here they lose their primary keys and get triggers that only ever INSERT +n/-n rows
per key (`db/summaries.py`, `pg_create`): concurrent writers never update the same counter
row, so REPEATABLE READ never fails them on a hot key. The existing items are counted once.

SQLite: nothing changes (its tables and triggers stay those of revision 0008).

Revision ID: 0010_pg_summaries
Revises: 0009_advocates
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

from advocacy_desktop.db import summaries

revision = "0010_pg_summaries"
down_revision = "0009_advocates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        summaries.pg_create(bind.connection.driver_connection)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        summaries.pg_drop(bind.connection.driver_connection)
