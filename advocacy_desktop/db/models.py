"""SQLAlchemy 2 typed models of a catalogue.

Rows that may travel between catalogues (merge, copy to PostgreSQL) carry a stable `uuid`.
Every schema change is an Alembic revision in `db/migrations/versions`; these models are the
target the revisions are checked against (see tests/test_migrations.py).
"""

from __future__ import annotations

import secrets
import time
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

FEEDBACK_STATUSES = ("new", "triaged", "in_progress", "resolved", "closed", "wont_fix")
RESPONSIBILITY_KINDS = ("R", "A", "C", "I")


def new_uuid() -> str:
    """32 hex digits, time-ordered like UUIDv7 (12 digits of milliseconds, then 80 random
    bits), so that new rows append to the unique index instead of landing at random pages."""
    millis = time.time_ns() // 1_000_000
    return f"{millis:012x}{secrets.token_hex(10)}"


SEARCH_TABLE_PREFIX = "feedback_fts_"
"""FTS5 search tables (revision 0004) and their shadow tables: SQL the models cannot describe."""


SUMMARY_TABLE_PREFIX = "summary_"
"""Counts kept by triggers for the dashboard (revision 0008, db/summaries.py): derived data."""


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """For Alembic's autogenerate: leave the search and summary tables out of comparisons."""
    return not (type_ == "table" and name is not None
                and name.startswith((SEARCH_TABLE_PREFIX, SUMMARY_TABLE_PREFIX)))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UuidMixin:
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)


class Source(UuidMixin, Base):
    """Where feedback comes from (step 1 of the method); `collect` is step 2, selection."""

    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(40), default="other")
    url: Mapped[str | None] = mapped_column(String(2000))
    notes: Mapped[str | None] = mapped_column(Text)
    collect: Mapped[bool] = mapped_column(Boolean, default=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class Customer(UuidMixin, Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    name: Mapped[str | None] = mapped_column(String(400))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    #: the strongest key seen for this customer: "id:…", else "email:…", else "name:…"
    match_key: Mapped[str | None] = mapped_column(String(500), unique=True)
    erased: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class Feedback(UuidMixin, Base):
    """One piece of customer feedback. `score` is a 0-10 recommend answer, nothing else;
    star or other ratings live in `rating` with their `rating_scale`. `extra` keeps every
    original spreadsheet column that was not mapped to a field."""

    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 10)", name="score_0_10"),
        CheckConstraint(
            "status IN ('new','triaged','in_progress','resolved','closed','wont_fix')",
            name="status_known",
        ),
        Index("ix_feedback_source_id_score", "source_id", "score"),
        Index("ix_feedback_received_on_id", "received_on", "id"),
        # the change stamp's max(updated_at) on PostgreSQL (revision 0011); partial, as
        # imports leave updated_at NULL: only edited items are in it
        Index("ix_feedback_updated_at", "updated_at",
              sqlite_where=sql_text("updated_at IS NOT NULL"),
              postgresql_where=sql_text("updated_at IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("source.id", ondelete="SET NULL")
    )
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), index=True
    )
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    #: "ext:<source id>:<external id>" when the file has ids, else "hash:<sha256 of the
    #: normalised content>"; unique, so a re-import adds nothing twice.
    dedupe_key: Mapped[str | None] = mapped_column(String(300), unique=True)
    received_on: Mapped[date | None] = mapped_column(Date)
    score: Mapped[int | None] = mapped_column(Integer)
    rating: Mapped[float | None] = mapped_column(Float)
    rating_scale: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(20))
    channel: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(200))
    product: Mapped[str | None] = mapped_column(String(400))
    status: Mapped[str] = mapped_column(String(20), default="new", server_default="new")
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[date | None] = mapped_column(Date)
    contacted_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)

    needs: Mapped[list[Need]] = relationship(secondary="feedback_need", viewonly=True)


class Need(UuidMixin, Base):
    """A customer need in the team's taxonomy, e.g. Price > Discounts."""

    __tablename__ = "need"
    __table_args__ = (UniqueConstraint("parent_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("need.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    colour: Mapped[str | None] = mapped_column(String(9))
    shortcut: Mapped[str | None] = mapped_column(String(1), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    parent: Mapped[Need | None] = relationship(remote_side=[id])


class FeedbackNeed(Base):
    __tablename__ = "feedback_need"
    __table_args__ = (Index("ix_feedback_need_need_id_feedback_id", "need_id", "feedback_id"),)

    feedback_id: Mapped[int] = mapped_column(
        ForeignKey("feedback.id", ondelete="CASCADE"), primary_key=True
    )
    need_id: Mapped[int] = mapped_column(
        ForeignKey("need.id", ondelete="CASCADE"), primary_key=True
    )
    origin: Mapped[str] = mapped_column(String(20), default="manual", server_default="manual")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class Person(UuidMixin, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class Role(UuidMixin, Base):
    __tablename__ = "role"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    maturity_level: Mapped[int | None] = mapped_column(Integer)


class PersonRole(Base):
    __tablename__ = "person_role"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    role_id: Mapped[int] = mapped_column(
        ForeignKey("role.id", ondelete="CASCADE"), primary_key=True
    )


class Responsibility(UuidMixin, Base):
    """One RACI cell: who (a person or a role) is R/A/C/I for a need or a source."""

    __tablename__ = "responsibility"
    __table_args__ = (
        CheckConstraint("kind IN ('R','A','C','I')", name="kind_raci"),
        CheckConstraint(
            "(need_id IS NULL) <> (source_id IS NULL)", name="need_xor_source"
        ),
        CheckConstraint(
            "(person_id IS NULL) <> (role_id IS NULL)", name="person_xor_role"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(1))
    need_id: Mapped[int | None] = mapped_column(
        ForeignKey("need.id", ondelete="CASCADE"), index=True
    )
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("source.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    role_id: Mapped[int | None] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"))


class ImportBatch(UuidMixin, Base):
    """One import of one file: all its valid rows were written in one transaction."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(1000))
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    sheet: Mapped[str | None] = mapped_column(String(200))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id", ondelete="SET NULL"))
    mapping: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    options: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    started_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    rows_read: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    imported: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    duplicates: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    rejected: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    status: Mapped[str] = mapped_column(String(20), default="committed", server_default="committed")


class MappingTemplate(UuidMixin, Base):
    """A saved column mapping, reused for files whose headers have the same signature."""

    __tablename__ = "mapping_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    signature: Mapped[str] = mapped_column(String(64), index=True)
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON)
    options: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)


class RejectedRow(Base):
    __tablename__ = "rejected_row"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    row_number: Mapped[int] = mapped_column(Integer)
    column: Mapped[str | None] = mapped_column(String(400))
    value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    """In English (the CLI and the rejects workbook show it as it is)."""
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason_message: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """The same reason as a domain.messages.Message (to_json), for the GUI to word in the UI
    language; NULL in rows written before revision 0013 (their English is shown)."""


class AuditLog(Base):
    """Who changed what, when, with the values before and after."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity_entity_id", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    actor: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class TagRule(UuidMixin, Base):
    """An auto-tag rule: items whose text matches get the need (see domain/rules.py)."""

    __tablename__ = "tag_rule"
    __table_args__ = (CheckConstraint("kind IN ('keyword','phrase','regex')", name="kind_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("need.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    pattern: Mapped[str] = mapped_column(String(500))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


#: the six practices that keep brand advocates (DESIGN.md §1), as stored in care_entry.practice
CARE_PRACTICES = ("respect", "appreciation", "accessibility", "listening", "recognition",
                  "presence")


class CareEntry(UuidMixin, Base):
    """One thing done for a brand advocate: which practice, when, by whom, and a note."""

    __tablename__ = "care_entry"
    __table_args__ = (
        CheckConstraint(
            "practice IN (" + ", ".join(f"'{p}'" for p in CARE_PRACTICES) + ")",
            name="practice_known",
        ),
        Index("ix_care_entry_customer_id_done_on", "customer_id", "done_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    practice: Mapped[str] = mapped_column(String(20))
    done_on: Mapped[date] = mapped_column(Date)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class CatalogueSetting(Base):
    """Settings that travel with the catalogue file, e.g. the secret behind stable pseudonyms
    (`pseudonym_secret`) and how long an advocate may go without attention (`care_days`)."""

    __tablename__ = "catalogue_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
