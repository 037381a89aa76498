"""Sources of feedback: steps 1 and 2 of the method (identify every source, select the ones
worth collecting from).

    infos = list_sources(catalogue)                   # Sources page, one GROUP BY over feedback
    source_id = add_source(catalogue, "Yelp", kind="review_site")
    update_source(catalogue, source_id, collect=False)  # returns the values it replaced
    delete_source(catalogue, source_id, move_items_to=None)

Names are unique case- and accent-insensitively (the importer folds them the same way, so a
file whose Source column says "google" lands on "Google"). Every change is written to the audit
log with the values before and after. A source switched off (`collect` false) keeps its items.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select, text

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.db.dialect import is_postgres
from advocacy_desktop.db.models import Feedback, Person, Source, new_uuid
from advocacy_desktop.domain.fields import fold
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.domain.nps import Category, NpsResult, classify
from advocacy_desktop.services.importing.writer import current_actor, dump_json
from advocacy_desktop.services.sql_compat import retry_on_conflict

#: Stored in source.kind; the UI shows a translated label for each.
SOURCE_KINDS: tuple[str, ...] = (
    "marketplace",
    "review_site",
    "social_media",
    "support_desk",
    "email",
    "phone",
    "survey",
    "other",
)
NAME_MAX = 200
EDITABLE_FIELDS = frozenset({"name", "kind", "url", "notes", "owner_id", "collect"})


@dataclass(frozen=True)
class DefaultSource:
    name: str
    kind: str
    url: str | None = None


#: The catalogue every new catalogue starts with (migration 0003 holds a frozen copy).
DEFAULT_SOURCES: tuple[DefaultSource, ...] = (
    DefaultSource("Amazon", "marketplace", "https://www.amazon.com"),
    DefaultSource("Google", "review_site", "https://www.google.com/maps"),
    DefaultSource("Trustpilot", "review_site", "https://www.trustpilot.com"),
    DefaultSource("Tripadvisor", "review_site", "https://www.tripadvisor.com"),
    DefaultSource("Facebook", "social_media", "https://www.facebook.com"),
    DefaultSource("Instagram", "social_media", "https://www.instagram.com"),
    DefaultSource("X", "social_media", "https://x.com"),
    DefaultSource("Support desk", "support_desk"),
    DefaultSource("E-mail", "email"),
    DefaultSource("Phone", "phone"),
    DefaultSource("Survey", "survey"),
)


class SourceNotFound(LookupError):
    def __init__(self, source_id: int) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "SourcesService", "There is no source {id} in this catalogue."), id=str(source_id)))
        self.source_id = source_id


@dataclass(frozen=True)
class SourceInfo:
    id: int
    uuid: str
    name: str
    kind: str
    url: str | None
    notes: str | None
    owner_id: int | None
    owner_name: str | None
    collect: bool
    items: int
    """Feedback items from this source."""
    share: float
    """items / all feedback items in the catalogue, 0.0-1.0 (0.0 when there are none)."""
    nps: NpsResult
    """Counts of 0-10 answers among the items; `nps.n == 0` when there are none."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "url": self.url,
            "notes": self.notes,
            "owner": self.owner_name,
            "collect": self.collect,
            "items": self.items,
            "share": round(self.share, 4),
            **self.nps.as_dict(),
        }


# ---------------------------------------------------------------------- reading


def _counts_query() -> Any:
    """One pass over ix_feedback_source_id_score (source_id, score): the index covers the
    query, so SQLite walks it in order and never touches the table. Grouping by score too and
    folding the (at most 12 per source) rows in Python is twice as fast as SUM(CASE ...):
    40 ms instead of 89 ms on 1M rows."""
    return select(Feedback.source_id, Feedback.score, func.count()).group_by(
        Feedback.source_id, Feedback.score
    )


def _counts(session: Any) -> dict[int | None, list[int]]:
    """source id -> [items, promoters, passives, detractors]; key None: items without one."""
    counts: dict[int | None, list[int]] = {}
    slot = {Category.PROMOTER: 1, Category.PASSIVE: 2, Category.DETRACTOR: 3}
    for source_id, score, n in session.execute(_counts_query()):
        entry = counts.setdefault(source_id, [0, 0, 0, 0])
        entry[0] += n
        if score is not None:
            entry[slot[classify(int(score))]] += n
    return counts


def list_sources(catalogue: Catalogue) -> list[SourceInfo]:
    """Every source, by name, with its item count, share of all items and NPS counts."""
    sources_query = (
        select(Source, Person.name)
        .outerjoin(Person, Person.id == Source.owner_id)
        .order_by(func.lower(Source.name), Source.id)
    )
    with catalogue.read() as session:
        counts = _counts(session)
        rows = session.execute(sources_query).all()
    total = sum(c[0] for c in counts.values())
    result = []
    for source, owner_name in rows:
        items, promoters, passives, detractors = counts.get(source.id, (0, 0, 0, 0))
        result.append(
            SourceInfo(
                id=source.id,
                uuid=source.uuid,
                name=source.name,
                kind=source.kind,
                url=source.url,
                notes=source.notes,
                owner_id=source.owner_id,
                owner_name=owner_name,
                collect=bool(source.collect),
                items=items,
                share=items / total if total else 0.0,
                nps=NpsResult(promoters, passives, detractors),
            )
        )
    return result


def get_source(catalogue: Catalogue, source_id: int) -> SourceInfo:
    for info in list_sources(catalogue):
        if info.id == source_id:
            return info
    raise SourceNotFound(source_id)


def items_without_source(catalogue: Catalogue) -> int:
    with catalogue.read() as session:
        return int(
            session.scalar(select(func.count()).where(Feedback.source_id.is_(None))) or 0
        )


def list_people(catalogue: Catalogue) -> list[tuple[int, str]]:
    """(id, name) of the active people, by name: the choices for a source's owner."""
    query = (
        select(Person.id, Person.name)
        .where(Person.active.is_(True))
        .order_by(func.lower(Person.name), Person.id)
    )
    with catalogue.read() as session:
        return [(int(pid), str(name)) for pid, name in session.execute(query)]


# ---------------------------------------------------------------------- checks


def name_key(name: str) -> str:
    """Two sources may not have names with the same key (case and accents ignored)."""
    return fold(" ".join(name.split()))


def _clean_name(name: object) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ValueError(Message(QT_TRANSLATE_NOOP("SourcesService", "A source needs a name.")))
    cleaned = " ".join(name.split())
    if len(cleaned) > NAME_MAX:
        raise ValueError(Message(QT_TRANSLATE_NOOP(
            "SourcesService", "A source name has at most {limit} characters."), limit=NAME_MAX))
    return cleaned


def _check_kind(kind: object) -> str:
    if kind not in SOURCE_KINDS:
        raise ValueError(
            f"Unknown kind of source {kind!r}; choose one of: {', '.join(SOURCE_KINDS)}."
        )
    return str(kind)


def _clean_text(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"Expected text, not {value!r}.")
    return value.strip() or None


def _check_unique(conn: Connection, name: str, except_id: int | None = None) -> None:
    key = name_key(name)
    for row_id, existing in conn.execute(text("SELECT id, name FROM source")):
        if row_id != except_id and name_key(existing) == key:
            raise ValueError(Message(QT_TRANSLATE_NOOP(
                "SourcesService", "A source named {name} exists already; names must differ by "
                "more than upper and lower case."), name=repr(existing)))


def _check_owner(conn: Connection, owner_id: object) -> int | None:
    if owner_id is None:
        return None
    if isinstance(owner_id, bool) or not isinstance(owner_id, int):
        raise ValueError(f"An owner is a person id, not {owner_id!r}.")
    if conn.execute(text("SELECT 1 FROM person WHERE id = :i"), {"i": owner_id}).first() is None:
        raise ValueError(Message(QT_TRANSLATE_NOOP(
            "SourcesService", "There is no person {id} in this catalogue."), id=str(owner_id)))
    return owner_id


def _audit(
    conn: Connection,
    action: str,
    source_id: int,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    conn.execute(
        text(
            "INSERT INTO audit_log (actor, action, entity, entity_id, before, after)"
            " VALUES (:actor, :action, 'source', :entity_id, :before, :after)"
        ),
        {
            "actor": current_actor(),
            "action": action,
            "entity_id": str(source_id),
            "before": None if before is None else dump_json(before),
            "after": None if after is None else dump_json(after),
        },
    )


_ROW_COLUMNS = ("name", "kind", "url", "notes", "owner_id", "collect")


def _row(conn: Connection, source_id: int) -> dict[str, Any]:
    found = conn.execute(
        text(f"SELECT {', '.join(_ROW_COLUMNS)} FROM source WHERE id = :i"), {"i": source_id}
    ).first()
    if found is None:
        raise SourceNotFound(source_id)
    values = dict(zip(_ROW_COLUMNS, found, strict=True))
    values["collect"] = bool(values["collect"])
    return values


# ---------------------------------------------------------------------- writing


@retry_on_conflict
def add_source(
    catalogue: Catalogue,
    name: str,
    kind: str = "other",
    url: str | None = None,
    notes: str | None = None,
    collect: bool = True,
    owner_id: int | None = None,
) -> int:
    """Add a source; returns its id. Refuses a name that exists already in any case."""
    name = _clean_name(name)
    values = {
        "name": name,
        "kind": _check_kind(kind),
        "url": _clean_text(url),
        "notes": _clean_text(notes),
        "collect": bool(collect),
    }
    with catalogue.write_connection() as conn:
        _check_unique(conn, name)
        values["owner_id"] = _check_owner(conn, owner_id)
        insert = ("INSERT INTO source (uuid, name, kind, url, notes, collect, owner_id)"
                  " VALUES (:uuid, :name, :kind, :url, :notes, :collect, :owner_id)")
        if is_postgres(conn):  # no lastrowid from psycopg
            source_id = conn.execute(text(f"{insert} RETURNING id"),
                                     {"uuid": new_uuid(), **values}).scalar_one()
        else:
            source_id = conn.execute(text(insert), {"uuid": new_uuid(), **values}).lastrowid
        _audit(conn, "create", int(source_id), None, values)
        return int(source_id)


@retry_on_conflict
def update_source(catalogue: Catalogue, source_id: int, **changes: Any) -> dict[str, Any]:
    """Change some of name, kind, url, notes, owner_id, collect. Returns the values they
    replaced (pass them back to undo). Only fields that really change are written and
    audited; a change to nothing writes nothing."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"cannot change {', '.join(sorted(unknown))} of a source")
    with catalogue.write_connection() as conn:
        current = _row(conn, source_id)
        wanted: dict[str, Any] = {}
        for field, value in changes.items():
            if field == "name":
                value = _clean_name(value)
                if value != current["name"]:
                    _check_unique(conn, value, except_id=source_id)
            elif field == "kind":
                value = _check_kind(value)
            elif field in ("url", "notes"):
                value = _clean_text(value)
            elif field == "owner_id":
                value = _check_owner(conn, value)
            elif field == "collect":
                value = bool(value)
            if value != current[field]:
                wanted[field] = value
        if not wanted:
            return {}
        before = {field: current[field] for field in wanted}
        assignments = ", ".join(f"{field} = :{field}" for field in wanted)
        conn.execute(
            text(f"UPDATE source SET {assignments} WHERE id = :source_id"),
            {**wanted, "source_id": source_id},
        )
        _audit(conn, "update", source_id, before, wanted)
        return before


@retry_on_conflict
def delete_source(
    catalogue: Catalogue, source_id: int, *, move_items_to: int | None = None
) -> int:
    """Delete a source; its items stay in the catalogue, moved to `move_items_to` (with the
    import batches that named it) or left without a source. Returns how many items it had."""
    if move_items_to == source_id:
        raise ValueError(Message(QT_TRANSLATE_NOOP(
            "SourcesService", "Items cannot be moved to the source being deleted.")))
    with catalogue.write_connection() as conn:
        before = _row(conn, source_id)
        target_name = None
        if move_items_to is not None:
            target_name = _row(conn, move_items_to)["name"]
        params = {"old": source_id, "new": move_items_to}
        moved = conn.execute(
            text("UPDATE feedback SET source_id = :new WHERE source_id = :old"), params
        ).rowcount
        conn.execute(
            text("UPDATE import_batch SET source_id = :new WHERE source_id = :old"), params
        )
        conn.execute(text("DELETE FROM source WHERE id = :old"), params)
        _audit(
            conn,
            "delete",
            source_id,
            before,
            {"items": moved, "moved_to": move_items_to, "moved_to_name": target_name},
        )
        return int(moved)


def seed_default_sources(target: Catalogue | Connection) -> int:
    """Add the DEFAULT_SOURCES whose names are missing (compared case-insensitively);
    returns how many were added. Never duplicates, so it is safe to call again."""
    if isinstance(target, Catalogue):
        with target.write_connection() as conn:
            return _seed(conn)
    return _seed(target)


def _seed(conn: Connection) -> int:
    existing = {name_key(name) for (name,) in conn.execute(text("SELECT name FROM source"))}
    added = 0
    for default in DEFAULT_SOURCES:
        if name_key(default.name) in existing:
            continue
        conn.execute(
            text(
                "INSERT INTO source (uuid, name, kind, url, collect)"
                " VALUES (:uuid, :name, :kind, :url, :collect)"
            ),
            {"uuid": new_uuid(), "name": default.name, "kind": default.kind, "url": default.url,
             "collect": True},
        )
        existing.add(name_key(default.name))
        added += 1
    return added
