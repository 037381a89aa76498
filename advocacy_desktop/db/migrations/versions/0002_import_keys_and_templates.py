"""import: dedupe keys, customer match keys, mapping templates

Revision ID: 0002_import
Revises: 0001_core
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_import"
down_revision = "0001_core"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "mapping_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("signature", sa.String(length=64), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mapping_template")),
        sa.UniqueConstraint("name", name=op.f("uq_mapping_template_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_mapping_template_uuid")),
    )
    with op.batch_alter_table("mapping_template", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mapping_template_signature"), ["signature"], unique=False
        )

    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("match_key", sa.String(length=500), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_customer_match_key"), ["match_key"])

    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dedupe_key", sa.String(length=300), nullable=True))
        batch_op.drop_index(batch_op.f("ix_feedback_content_hash"))
        batch_op.create_unique_constraint(batch_op.f("uq_feedback_dedupe_key"), ["dedupe_key"])
        batch_op.drop_column("content_hash")


def downgrade() -> None:

    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_hash", sa.VARCHAR(length=64), nullable=True))
        batch_op.drop_constraint(batch_op.f("uq_feedback_dedupe_key"), type_="unique")
        batch_op.create_index(
            batch_op.f("ix_feedback_content_hash"), ["content_hash"], unique=False
        )
        batch_op.drop_column("dedupe_key")

    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_customer_match_key"), type_="unique")
        batch_op.drop_column("match_key")

    with op.batch_alter_table("mapping_template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mapping_template_signature"))

    op.drop_table("mapping_template")
