"""data: the pre-filled roles (the four maturity levels, support agent, product owner)

Adds each default role whose name is missing, compared case-insensitively, so a catalogue that
already has "customer advocate" gets no second one. The list is a frozen copy of
services.people_service.DEFAULT_ROLES as it was when this revision was written: later changes to
that list need a revision of their own.

Revision ID: 0006_roles
Revises: 0005_rules
Create Date: 2026-11-25
"""

from __future__ import annotations

import secrets
import time

import sqlalchemy as sa
from alembic import op

revision = "0006_roles"
down_revision = "0005_rules"
branch_labels = None
depends_on = None

DEFAULTS: tuple[tuple[str, str, int | None], ...] = (
    ("Customer advocate", "Acts for the customer's good on their own: level 1.", 1),
    ("Advocacy team member", "Collects and prioritises customer needs in a team: level 2.", 2),
    ("Advocacy coordinator", "Coordinates advocacy across the company: level 3.", 3),
    ("Executive sponsor", "Puts advocacy into every strategy and every employee: level 4.", 4),
    ("Support agent", "Answers customers and tags their feedback.", None),
    ("Product owner", "Decides what the product does about a need.", None),
)


def _uuid() -> str:
    """The format of models.new_uuid: 12 hex digits of milliseconds, then 80 random bits."""
    return f"{time.time_ns() // 1_000_000:012x}{secrets.token_hex(10)}"


def upgrade() -> None:
    conn = op.get_bind()
    existing = {name.casefold() for (name,) in conn.execute(sa.text("SELECT name FROM role"))}
    insert = sa.text(
        "INSERT INTO role (uuid, name, description, maturity_level)"
        " VALUES (:uuid, :name, :description, :level)"
    )
    for name, description, level in DEFAULTS:
        if name.casefold() not in existing:
            conn.execute(
                insert,
                {"uuid": _uuid(), "name": name, "description": description, "level": level},
            )
            existing.add(name.casefold())


def downgrade() -> None:
    """Removes the defaults nobody holds; roles with members or responsibilities stay."""
    conn = op.get_bind()
    delete = sa.text(
        "DELETE FROM role WHERE name = :name"
        " AND NOT EXISTS (SELECT 1 FROM person_role pr WHERE pr.role_id = role.id)"
        " AND NOT EXISTS (SELECT 1 FROM responsibility r WHERE r.role_id = role.id)"
    )
    for name, _description, _level in DEFAULTS:
        conn.execute(delete, {"name": name})
