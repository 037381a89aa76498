"""tag rules: keyword, phrase and regular-expression rules per need

Revision ID: 0005_rules
Revises: 0004_feedback_search
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_rules"
down_revision = "0004_feedback_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tag_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("pattern", sa.String(length=500), nullable=False),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "kind IN ('keyword','phrase','regex')", name=op.f("ck_tag_rule_kind_known")
        ),
        sa.ForeignKeyConstraint(
            ["need_id"], ["need.id"], name=op.f("fk_tag_rule_need_id_need"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag_rule")),
        sa.UniqueConstraint("uuid", name=op.f("uq_tag_rule_uuid")),
    )
    with op.batch_alter_table("tag_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tag_rule_need_id"), ["need_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tag_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tag_rule_need_id"))
    op.drop_table("tag_rule")
