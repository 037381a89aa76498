"""a rejected row's reason also as a message the app can show in the viewer's language

`rejected_row.reason` holds the English sentence (the CLI and the rejects workbook show it).
`reason_message` holds the same reason as data: its translation context, its English template
with {named} placeholders and the values for them (domain/messages.Message.to_json), so the
Imports page and the import wizard word it in the UI language. Rows written before this
revision have no message and keep showing their stored English text.

Revision ID: 0013_rejected_reason_message
Revises: 0012_pg_search_columns
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_rejected_reason_message"
down_revision = "0012_pg_search_columns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("rejected_row", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason_message", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rejected_row", schema=None) as batch_op:
        batch_op.drop_column("reason_message")
