"""data: the default sources (step 1 of the method), for new and existing catalogues

Adds each default source whose name is missing, compared case-insensitively, so a catalogue
that already has "google" gets no second "Google". The list is a frozen copy of
services.sources_service.DEFAULT_SOURCES as it was when this revision was written: later
changes to that list need a revision of their own.

Revision ID: 0003_sources
Revises: 0002_import
Create Date: 2026-11-26
"""

from __future__ import annotations

import secrets
import time
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0003_sources"
down_revision = "0002_import"
branch_labels = None
depends_on = None

DEFAULTS: tuple[tuple[str, str, str | None], ...] = (
    ("Amazon", "marketplace", "https://www.amazon.com"),
    ("Google", "review_site", "https://www.google.com/maps"),
    ("Trustpilot", "review_site", "https://www.trustpilot.com"),
    ("Tripadvisor", "review_site", "https://www.tripadvisor.com"),
    ("Facebook", "social_media", "https://www.facebook.com"),
    ("Instagram", "social_media", "https://www.instagram.com"),
    ("X", "social_media", "https://x.com"),
    ("Support desk", "support_desk", None),
    ("E-mail", "email", None),
    ("Phone", "phone", None),
    ("Survey", "survey", None),
)


def _fold(name: str) -> str:
    """Case- and accent-insensitive, as the importer compares source names."""
    name = name.replace("İ", "i").replace("ı", "i").casefold()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _uuid() -> str:
    """The format of models.new_uuid: 12 hex digits of milliseconds, then 80 random bits."""
    return f"{time.time_ns() // 1_000_000:012x}{secrets.token_hex(10)}"


def upgrade() -> None:
    conn = op.get_bind()
    existing = {_fold(name) for (name,) in conn.execute(sa.text("SELECT name FROM source"))}
    # `collect` is bound as True: stored as 1 by SQLite, and PostgreSQL's boolean column
    # refuses the integer literal 1
    insert = sa.text(
        "INSERT INTO source (uuid, name, kind, url, collect)"
        " VALUES (:uuid, :name, :kind, :url, :collect)"
    )
    for name, kind, url in DEFAULTS:
        if _fold(name) not in existing:
            conn.execute(insert, {"uuid": _uuid(), "name": name, "kind": kind, "url": url,
                                  "collect": True})
            existing.add(_fold(name))


def downgrade() -> None:
    """Removes the defaults that nothing refers to; ones with feedback or imports stay."""
    conn = op.get_bind()
    delete = sa.text(
        "DELETE FROM source WHERE name = :name"
        " AND NOT EXISTS (SELECT 1 FROM feedback WHERE feedback.source_id = source.id)"
        " AND NOT EXISTS (SELECT 1 FROM import_batch WHERE import_batch.source_id = source.id)"
        " AND NOT EXISTS (SELECT 1 FROM responsibility r WHERE r.source_id = source.id)"
    )
    for name, _kind, _url in DEFAULTS:
        conn.execute(delete, {"name": name})
