"""The taxonomy of customer needs: list, add, rename, recolour, move, merge and delete, each
undoable and audited; `taxonomy_files` exports and imports it as JSON or CSV.

Every change is planned on an in-memory copy of the taxonomy (it is small) read inside the
write transaction, then written by one function, `_apply`, as a `NeedChange`: the need rows
before and after, and the item tags and responsibilities added and removed. Undo applies the
change backwards and redo forwards through the same function, so a QUndoCommand only calls
`undo_change(catalogue, change)` / `redo_change(catalogue, change)`. Tagged items are never lost
silently: a merge or a delete moves them, and untagging needs `untag_items=True`.

Rules: names are unique among siblings ignoring case and accents, and contain no '>' or '›'
(they join paths). A shortcut is one printable character, stored in lower case, unique in the
taxonomy; digits are reserved (they type scores on the Feedback page) and so is the space.
Colours are '#rrggbb'.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.db.models import new_uuid
from advocacy_desktop.domain.fields import fold
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.need_changes import (
    Columns,
    Link,
    NeedChange,
    NeedNotFound,
    NeedRow,
    NeedsConflict,
    NeedsError,
    apply_change,
    audit_change,
)
from advocacy_desktop.services.sql_compat import driver, retry_on_conflict

__all__ = [
    "PATH_SEPARATOR",
    "UNCHANGED",
    "NeedChange",
    "NeedInfo",
    "NeedNotFound",
    "NeedRow",
    "NeedsConflict",
    "NeedsError",
    "add_need",
    "delete_need",
    "export_taxonomy",
    "get_need",
    "import_taxonomy",
    "list_needs",
    "merge_needs",
    "move_need",
    "redo_change",
    "undo_change",
    "update_need",
]

PATH_SEPARATOR = " › "
MAX_NAME = 200
_COLOUR = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Any = _Unchanged()
"""Default of `update_need` arguments: leave the field as it is (None clears it)."""


@dataclass(frozen=True)
class NeedInfo:
    """A need for display: its path and how many items carry it."""

    id: int
    uuid: str
    parent_id: int | None
    name: str
    path: str
    description: str | None
    colour: str | None
    shortcut: str | None
    position: int
    depth: int
    items: int
    """Items tagged with this need itself."""
    items_with_children: int
    """Distinct items tagged with this need or any need below it."""

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(self.path.split(PATH_SEPARATOR))

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


# --------------------------------------------------------------------------- validation


def clean_name(name: str) -> str:
    text = " ".join(_CONTROL.sub(" ", name or "").split())
    if not text:
        raise NeedsError(Message(QT_TRANSLATE_NOOP("NeedsService", "A need needs a name.")))
    if ">" in text or "›" in text:
        raise NeedsError(Message(QT_TRANSLATE_NOOP(
            "NeedsService", "A need's name cannot contain '>' or '›' (they join paths): {name}."),
            name=repr(text)))
    if len(text) > MAX_NAME:
        raise NeedsError(Message(QT_TRANSLATE_NOOP(
            "NeedsService", "A need's name is at most {limit} characters long."), limit=MAX_NAME))
    return text


def clean_colour(colour: str | None) -> str | None:
    if colour is None or not colour.strip():
        return None
    match = _COLOUR.match(colour.strip())
    if not match:
        raise NeedsError(Message(QT_TRANSLATE_NOOP(
            "NeedsService", "{colour} is not a colour; use #rrggbb, e.g. #3a7bd5."),
            colour=repr(colour)))
    digits = match.group(1).lower()
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits


def clean_shortcut(shortcut: str | None) -> str | None:
    if shortcut is None or shortcut == "":
        return None
    if len(shortcut) != 1 or not shortcut.isprintable() or shortcut.isspace():
        raise NeedsError(Message(QT_TRANSLATE_NOOP(
            "NeedsService", "A shortcut is one key, a letter or a sign: {key} is not."),
            key=repr(shortcut)))
    if shortcut.isdigit():
        raise NeedsError(Message(QT_TRANSLATE_NOOP(
            "NeedsService", "Digits are reserved for scores; choose a letter or a sign.")))
    return shortcut.lower()


def clean_description(description: str | None) -> str | None:
    text = (description or "").strip()
    return text or None


# --------------------------------------------------------------------------- the plan


class _Taxonomy:
    """The need rows read inside the write transaction, changed in memory, then diffed."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.rows: dict[int, NeedRow] = {
            r[0]: NeedRow(*r) for r in conn.execute(
                "SELECT id, uuid, parent_id, name, description, colour, shortcut, position"
                " FROM need"
            )
        }
        self.original = dict(self.rows)
        self.links_added: list[Link] = []
        self.links_removed: list[Link] = []
        self.resp_added: list[Columns] = []
        self.resp_removed: list[Columns] = []
        self._next_id = max(self.rows, default=0) + 1

    def get(self, need_id: int) -> NeedRow:
        try:
            return self.rows[need_id]
        except KeyError:
            raise NeedNotFound(need_id) from None

    def children(self, parent_id: int | None) -> list[NeedRow]:
        return sorted(
            (r for r in self.rows.values() if r.parent_id == parent_id),
            key=lambda r: (r.position, fold(r.name), r.id),
        )

    def descendants(self, need_id: int) -> set[int]:
        found: set[int] = set()
        todo = [need_id]
        while todo:
            for child in self.children(todo.pop()):
                found.add(child.id)
                todo.append(child.id)
        return found

    def path(self, need_id: int) -> str:
        parts: list[str] = []
        current: int | None = need_id
        while current is not None:
            row = self.rows[current]
            parts.append(row.name)
            current = row.parent_id
        return PATH_SEPARATOR.join(reversed(parts))

    def check_name(self, parent_id: int | None, name: str, exclude: int | None = None) -> None:
        key = fold(name)
        for sibling in self.children(parent_id):
            if sibling.id != exclude and fold(sibling.name) == key:
                if parent_id:
                    raise NeedsError(Message(QT_TRANSLATE_NOOP(
                        "NeedsService", "There is already a need called {name} under {parent}."),
                        name=repr(sibling.name), parent=self.path(parent_id)))
                raise NeedsError(Message(QT_TRANSLATE_NOOP(
                    "NeedsService", "There is already a need called {name} at the top level."),
                    name=repr(sibling.name)))

    def check_shortcut(self, shortcut: str | None, exclude: int | None = None) -> None:
        if shortcut is None:
            return
        for row in self.rows.values():
            if row.id != exclude and row.shortcut == shortcut:
                raise NeedsError(Message(QT_TRANSLATE_NOOP(
                    "NeedsService", "The key {key} is already the shortcut of {name}."),
                    key=repr(shortcut), name=repr(row.name)))

    def next_position(self, parent_id: int | None, exclude: int | None = None) -> int:
        return 1 + max(
            (r.position for r in self.children(parent_id) if r.id != exclude), default=-1
        )

    def add(self, parent_id: int | None, name: str, *, uuid: str | None = None,
            description: str | None = None, colour: str | None = None,
            shortcut: str | None = None) -> NeedRow:
        if parent_id is not None:
            self.get(parent_id)
        self.check_name(parent_id, name)
        self.check_shortcut(shortcut)
        row = NeedRow(self._next_id, uuid or new_uuid(), parent_id, name, description, colour,
                      shortcut, self.next_position(parent_id))
        self._next_id += 1
        self.rows[row.id] = row
        return row

    def replace(self, row: NeedRow, **changes: Any) -> NeedRow:
        new = dataclasses.replace(row, **changes)
        self.rows[row.id] = new
        return new

    def move(self, need_id: int, parent_id: int | None) -> NeedRow:
        row = self.get(need_id)
        if parent_id is not None:
            self.get(parent_id)
            if parent_id == need_id or parent_id in self.descendants(need_id):
                raise NeedsError(Message(QT_TRANSLATE_NOOP(
                    "NeedsService", "{name} cannot go under {parent}: that need is {name} itself "
                    "or below it."), name=repr(row.name), parent=self.path(parent_id)))
        if parent_id == row.parent_id:
            return row
        self.check_name(parent_id, row.name, exclude=need_id)
        return self.replace(row, parent_id=parent_id,
                            position=self.next_position(parent_id, exclude=need_id))

    def links(self, need_id: int) -> list[Link]:
        return [
            (r[0], r[1], r[2], r[3]) for r in self.conn.execute(
                "SELECT feedback_id, need_id, origin, created_at FROM feedback_need"
                " WHERE need_id = ? ORDER BY feedback_id", (need_id,)
            )
        ]

    def move_links(self, source_id: int, target_id: int | None) -> None:
        """Give the source's items to the target (those it lacks), or untag them (None)."""
        moving = self.links(source_id)
        self.links_removed.extend(moving)
        if target_id is None:
            return
        have = {r[0] for r in self.conn.execute(
            "SELECT feedback_id FROM feedback_need WHERE need_id = ?", (target_id,)
        )}
        self.links_added.extend(
            (fid, target_id, origin, created) for fid, _n, origin, created in moving
            if fid not in have
        )

    def move_responsibilities(self, source_id: int, target_id: int | None) -> None:
        cursor = self.conn.execute("SELECT * FROM responsibility WHERE need_id = ?", (source_id,))
        names = [d[0] for d in cursor.description]
        rows = [tuple(zip(names, r, strict=True)) for r in cursor.fetchall()]
        self.resp_removed.extend(rows)
        if target_id is None:
            return
        key_columns = ("kind", "person_id", "role_id")
        cursor = self.conn.execute("SELECT * FROM responsibility WHERE need_id = ?", (target_id,))
        names_t = [d[0] for d in cursor.description]
        held = {tuple(dict(zip(names_t, r, strict=True))[k] for k in key_columns)
                for r in cursor.fetchall()}
        for row in rows:
            values = dict(row)
            if tuple(values[k] for k in key_columns) not in held:
                values["need_id"] = target_id
                self.resp_added.append(tuple(values.items()))

    def change(self, action: str, need_id: int | None) -> NeedChange:
        ids = sorted(
            i for i in set(self.rows) | set(self.original)
            if self.rows.get(i) != self.original.get(i)
        )
        return NeedChange(
            action,
            need_id,
            tuple((i, self.original.get(i)) for i in ids),
            tuple((i, self.rows.get(i)) for i in ids),
            tuple(self.links_added),
            tuple(self.links_removed),
            tuple(self.resp_added),
            tuple(self.resp_removed),
        )


# --------------------------------------------------------------------------- writing


@retry_on_conflict
def _run(
    catalogue: Catalogue, action: str, need_id: int | None, plan: Callable[[Any], Any]
) -> NeedChange:
    """Plan on the taxonomy read in the write transaction, apply, audit; all or nothing."""
    with catalogue.write_connection() as connection:
        conn = driver(connection)
        taxonomy = _Taxonomy(conn)
        target = plan(taxonomy)
        change = taxonomy.change(action, target if need_id is None else need_id)
        if not change.is_empty:
            apply_change(conn, change, forward=True)
            audit_change(conn, f"need_{action}", change)
    return change


@retry_on_conflict
def undo_change(catalogue: Catalogue, change: NeedChange) -> None:
    """Put the taxonomy and the tags back as they were before `change`."""
    with catalogue.write_connection() as connection:
        conn = driver(connection)
        apply_change(conn, change, forward=False)
        audit_change(conn, f"undo_need_{change.action}", change)


@retry_on_conflict
def redo_change(catalogue: Catalogue, change: NeedChange) -> None:
    """Make `change` again after it was undone (same ids, same uuids)."""
    with catalogue.write_connection() as connection:
        conn = driver(connection)
        apply_change(conn, change, forward=True)
        audit_change(conn, f"redo_need_{change.action}", change)


# --------------------------------------------------------------------------- reading


def list_needs(catalogue: Catalogue) -> list[NeedInfo]:
    """Every need in tree order (parents first, siblings by position), with item counts."""
    with catalogue.read() as session:
        conn = driver(session)
        taxonomy = _Taxonomy(conn)
        direct = dict(conn.execute(
            "SELECT need_id, count(*) FROM feedback_need GROUP BY need_id"
        ).fetchall())
        subtree = dict(conn.execute(
            "WITH RECURSIVE up(need_id, ancestor_id) AS ("
            " SELECT id, id FROM need UNION ALL"
            " SELECT up.need_id, n.parent_id FROM up JOIN need n ON n.id = up.ancestor_id"
            " WHERE n.parent_id IS NOT NULL)"
            " SELECT up.ancestor_id, count(DISTINCT fn.feedback_id) FROM up"
            " JOIN feedback_need fn ON fn.need_id = up.need_id GROUP BY up.ancestor_id"
        ).fetchall())
    return [
        NeedInfo(
            row.id, row.uuid, row.parent_id, row.name, taxonomy.path(row.id), row.description,
            row.colour, row.shortcut, row.position, depth,
            int(direct.get(row.id, 0)), int(subtree.get(row.id, 0)),
        )
        for row, depth in _walk(taxonomy)
    ]


def _walk(taxonomy: _Taxonomy, parent_id: int | None = None, depth: int = 0
          ) -> Iterator[tuple[NeedRow, int]]:
    for child in taxonomy.children(parent_id):
        yield child, depth
        yield from _walk(taxonomy, child.id, depth + 1)


def get_need(catalogue: Catalogue, need_id: int) -> NeedInfo:
    for need in list_needs(catalogue):
        if need.id == need_id:
            return need
    raise NeedNotFound(need_id)


# --------------------------------------------------------------------------- changes


def add_need(
    catalogue: Catalogue,
    name: str,
    parent_id: int | None = None,
    colour: str | None = None,
    shortcut: str | None = None,
    description: str | None = None,
) -> NeedChange:
    """Add a need at the end of its siblings; `change.need_id` is the new need's id."""
    clean = clean_name(name), clean_colour(colour), clean_shortcut(shortcut)

    def plan(t: _Taxonomy) -> int:
        return t.add(parent_id, clean[0], colour=clean[1], shortcut=clean[2],
                     description=clean_description(description)).id

    return _run(catalogue, "add", None, plan)


def update_need(
    catalogue: Catalogue,
    need_id: int,
    *,
    name: str = UNCHANGED,
    colour: str | None = UNCHANGED,
    shortcut: str | None = UNCHANGED,
    description: str | None = UNCHANGED,
) -> NeedChange:
    """Rename, recolour, set the shortcut or the description; None clears a field."""
    changes: dict[str, Any] = {}
    if name is not UNCHANGED:
        changes["name"] = clean_name(name)
    if colour is not UNCHANGED:
        changes["colour"] = clean_colour(colour)
    if shortcut is not UNCHANGED:
        changes["shortcut"] = clean_shortcut(shortcut)
    if description is not UNCHANGED:
        changes["description"] = clean_description(description)

    def plan(t: _Taxonomy) -> int:
        row = t.get(need_id)
        if "name" in changes:
            t.check_name(row.parent_id, changes["name"], exclude=need_id)
        if "shortcut" in changes:
            t.check_shortcut(changes["shortcut"], exclude=need_id)
        t.replace(row, **changes)
        return need_id

    return _run(catalogue, "update", need_id, plan)


def move_need(catalogue: Catalogue, need_id: int, new_parent_id: int | None) -> NeedChange:
    """Put a need (with everything below it) under another one, or at the top (None)."""
    return _run(catalogue, "move", need_id, lambda t: t.move(need_id, new_parent_id).id)


def merge_needs(catalogue: Catalogue, source_id: int, target_id: int) -> NeedChange:
    """Fold `source` into `target`: its items get the target (no item twice), the needs below
    it and its responsibilities move to the target, and the source is removed."""

    def plan(t: _Taxonomy) -> int:
        source, target = t.get(source_id), t.get(target_id)
        if source_id == target_id:
            raise NeedsError(Message(QT_TRANSLATE_NOOP(
                "NeedsService", "A need cannot be merged into itself.")))
        if target_id in t.descendants(source_id):
            raise NeedsError(Message(QT_TRANSLATE_NOOP(
                "NeedsService", "{source} cannot be merged into {target}, which is below it; "
                "move {target} out first."), source=repr(source.name), target=repr(target.name)))
        for child in t.children(source_id):
            t.move(child.id, target_id)
        t.move_links(source_id, target_id)
        t.move_responsibilities(source_id, target_id)
        del t.rows[source_id]
        return target_id

    return _run(catalogue, "merge", source_id, plan)


def delete_need(
    catalogue: Catalogue,
    need_id: int,
    *,
    move_items_to: int | None,
    move_children_to: int | None,
    untag_items: bool = False,
) -> NeedChange:
    """Remove a need. Its items get `move_items_to` — or lose the tag, only when that is None
    and `untag_items` confirms it; the needs below it go under `move_children_to` (None: the
    top level). Its responsibilities follow its items."""

    def plan(t: _Taxonomy) -> int:
        row = t.get(need_id)
        if move_items_to is not None:
            t.get(move_items_to)
            if move_items_to == need_id:
                raise NeedsError(Message(QT_TRANSLATE_NOOP(
                    "NeedsService", "The items of a deleted need cannot stay on it.")))
        if move_children_to is not None and (
            move_children_to == need_id or move_children_to not in t.rows
        ):
            raise NeedsError(Message(QT_TRANSLATE_NOOP(
                "NeedsService", "The needs below a deleted need must go to another need.")))
        tagged = t.conn.execute(
            "SELECT count(*) FROM feedback_need WHERE need_id = ?", (need_id,)
        ).fetchone()[0]
        if tagged and move_items_to is None and not untag_items:
            raise NeedsError(Message(QT_TRANSLATE_NOOP(
                "NeedsService", "{count} item(s) are tagged {name}: choose a need for them, or "
                "confirm that they lose this tag."), count=tagged, name=repr(row.name)))
        for child in t.children(need_id):
            t.move(child.id, move_children_to)
        t.move_links(need_id, move_items_to)
        t.move_responsibilities(need_id, move_items_to)
        del t.rows[need_id]
        return need_id

    return _run(catalogue, "delete", need_id, plan)


def apply_plan(catalogue: Catalogue, action: str, plan: Callable[[Any], Any]) -> NeedChange:
    """Run a planning function on the taxonomy (for `taxonomy_files.import_taxonomy`)."""
    return _run(catalogue, action, None, plan)


def export_taxonomy(catalogue: Catalogue, path: Any) -> int:
    """See `taxonomy_files.export_taxonomy` (here so widgets need one service module)."""
    from advocacy_desktop.services import taxonomy_files

    return taxonomy_files.export_taxonomy(catalogue, path)


def import_taxonomy(catalogue: Catalogue, path: Any) -> Any:
    """See `taxonomy_files.import_taxonomy`: returns an ImportSummary with its `change`."""
    from advocacy_desktop.services import taxonomy_files

    return taxonomy_files.import_taxonomy(catalogue, path)
