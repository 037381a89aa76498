"""an index on feedback.updated_at, partial (only rows ever edited)

The change watch polls `concurrency.change_stamp` every 3 s on the UI thread; on PostgreSQL
the stamp reads `max(feedback.updated_at)`, which without an index is a scan of every item
(1M items: see benchmarks/pg_bench.py). Imports leave `updated_at` NULL, so the partial index
(`WHERE updated_at IS NOT NULL`) costs an import nothing and holds only edited items.
SQLite's watch reads `PRAGMA data_version` instead; the index is made there too so that both
dialects keep one schema.

Revision ID: 0011_feedback_updated_at
Revises: 0010_pg_summaries
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_feedback_updated_at"
down_revision = "0010_pg_summaries"
branch_labels = None
depends_on = None

_EDITED = sa.text("updated_at IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.create_index("ix_feedback_updated_at", ["updated_at"], unique=False,
                              sqlite_where=_EDITED, postgresql_where=_EDITED)


def downgrade() -> None:
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_updated_at")
