"""feedback.contacted_on: when a detractor was contacted (closing the loop)

A plain `ADD COLUMN`, not a batch rebuild: a nullable column needs no table copy, and a
rebuild of the feedback table would drop the FTS triggers of revision 0004 with it. The
downgrade uses SQLite's native `DROP COLUMN` (3.35+), which keeps the triggers too.

Revision ID: 0007_contacted
Revises: 0006_roles
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_contacted"
down_revision = "0006_roles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("feedback", sa.Column("contacted_on", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("feedback", "contacted_on")
