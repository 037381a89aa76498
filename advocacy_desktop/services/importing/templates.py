"""Named column-mapping templates, reused for files with the same headers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.db.models import MappingTemplate
from advocacy_desktop.domain.mapping import Mapping, apply_template
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.importing.writer import UuidSequence, dump_json
from advocacy_desktop.services.sql_compat import driver


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    headers: list[str]
    fields: dict[str, str]


def list_templates(catalogue: Catalogue) -> list[TemplateInfo]:
    with catalogue.read() as session:
        rows = session.scalars(select(MappingTemplate).order_by(MappingTemplate.name)).all()
        return [
            TemplateInfo(
                row.name, list(row.mapping.get("headers", [])), dict(row.mapping.get("fields", {}))
            )
            for row in rows
        ]


def load_template(catalogue: Catalogue, name: str) -> Mapping:
    with catalogue.read() as session:
        row = session.scalar(select(MappingTemplate).where(MappingTemplate.name == name))
        if row is None:
            raise KeyError(name)
        return Mapping.from_dict(row.mapping)


def template_for(catalogue: Catalogue, headers: Sequence[object]) -> Mapping | None:
    """The most recently used template that fits these headers (all of its headers present)."""
    with catalogue.read() as session:
        rows = session.scalars(
            select(MappingTemplate).order_by(
                MappingTemplate.last_used_at.desc().nulls_last(), MappingTemplate.id.desc()
            )
        ).all()
    for row in rows:
        try:
            template = Mapping.from_dict(row.mapping)
        except ValueError:
            continue
        mapping = apply_template(template, headers)
        if mapping is not None:
            mapping.name = row.name
            return mapping
    return None


def save_template(catalogue: Catalogue, name: str, mapping: Mapping) -> None:
    """Save (or replace) the named template."""
    with catalogue.write_connection() as connection:
        save_template_on(driver(connection), name, mapping)


def save_template_on(conn: Any, name: str, mapping: Mapping) -> None:
    """Inside an open transaction (the import's own)."""
    name = name.strip()
    if not name:
        raise ValueError(Message(QT_TRANSLATE_NOOP("ImportErrors", "a template needs a name")))
    data = mapping.to_dict()
    data["name"] = name
    conn.execute(
        "INSERT INTO mapping_template (uuid, name, signature, mapping, last_used_at)"
        " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP) ON CONFLICT(name) DO UPDATE SET"
        " signature = excluded.signature, mapping = excluded.mapping,"
        " last_used_at = CURRENT_TIMESTAMP",
        (UuidSequence()(), name, mapping.signature, dump_json(data)),
    )


def delete_template(catalogue: Catalogue, name: str) -> bool:
    with catalogue.write_connection() as connection:
        cur = driver(connection).execute("DELETE FROM mapping_template WHERE name = ?", (name,))
        return cur.rowcount > 0
