"""brand advocates: the care log (six practices) and settings that travel with the catalogue

`catalogue_setting` starts with a random `pseudonym_secret`: exports can replace customers by
stable pseudonyms (the same customer, the same pseudonym, export after export) that nobody
can recompute from a name or e-mail without the catalogue, and `care_days` = 90.

Revision ID: 0009_advocates
Revises: 0008_summaries
Create Date: 2026-11-25
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0009_advocates"
down_revision = "0008_summaries"
branch_labels = None
depends_on = None

_PRACTICES = ("respect", "appreciation", "accessibility", "listening", "recognition",
              "presence")


def upgrade() -> None:
    op.create_table(
        "care_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("practice", sa.String(length=20), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("practice IN (" + ", ".join(f"'{p}'" for p in _PRACTICES) + ")",
                           name=op.f("ck_care_entry_practice_known")),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"],
                                name=op.f("fk_care_entry_customer_id_customer"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_care_entry_person_id_person"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_entry")),
        sa.UniqueConstraint("uuid", name=op.f("uq_care_entry_uuid")),
    )
    with op.batch_alter_table("care_entry", schema=None) as batch_op:
        batch_op.create_index("ix_care_entry_customer_id_done_on", ["customer_id", "done_on"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_care_entry_person_id"), ["person_id"],
                              unique=False)
    setting = op.create_table(
        "catalogue_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_catalogue_setting")),
    )
    op.bulk_insert(setting, [
        {"key": "pseudonym_secret", "value": secrets.token_hex(32)},
        {"key": "care_days", "value": "90"},
    ])


def downgrade() -> None:
    op.drop_table("catalogue_setting")
    with op.batch_alter_table("care_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_entry_person_id"))
        batch_op.drop_index("ix_care_entry_customer_id_done_on")
    op.drop_table("care_entry")
