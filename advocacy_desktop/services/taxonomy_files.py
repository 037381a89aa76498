"""The needs taxonomy as a file another catalogue, a team or a client can adopt.

JSON (the shareable form, keeps each need's uuid so a later version of the file updates the
same needs)::

    {"format": "advocacy-needs", "version": 1,
     "needs": [{"uuid": "...", "name": "Price", "description": null, "colour": "#d9534f",
                "shortcut": "p", "children": [{"name": "Discounts", ...}]}]}

CSV (for spreadsheets): columns path, description, colour, shortcut; the path joins names with
" > ". An optional uuid column is read too. Cells are neutralised against formula injection on
export, and the neutralising apostrophe is taken off again on import.

Importing merges: a need is matched by uuid first, then by its path (ignoring case and
accents); matched needs take the file's name, place, description, colour and shortcut (fields
the file leaves empty stay as they are); the others are added. Nothing is ever deleted, and
the whole import is one undoable change. A shortcut already used by another need is skipped
with a warning. A bad file is refused as a whole, with a message naming file and line.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.domain.fields import fold
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services import needs_service as needs
from advocacy_desktop.services.needs_service import NeedChange, NeedsError
from advocacy_desktop.services.safe_files import atomic_output, neutralise_cell

FORMAT = "advocacy-needs"
VERSION = 1
CSV_SEPARATOR = " > "
CSV_HEADERS = ("path", "description", "colour", "shortcut")
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 32
EMPTY = QT_TRANSLATE_NOOP("TaxonomyFiles", "the file is empty.")
_NEUTRALISED = ("'=", "'+", "'-", "'@", "'\t", "'\r", "'\n")


class TaxonomyFileError(NeedsError):
    """A file that cannot be read as a needs taxonomy; says which file and where."""

    def __init__(self, path: Path | str, where: str | None, problem: str) -> None:
        name = Path(path).name
        if where:
            text = Message(QT_TRANSLATE_NOOP("TaxonomyFiles", "{file}, {where}: {problem}"),
                           file=name, where=where, problem=problem)
        else:
            text = Message(QT_TRANSLATE_NOOP("TaxonomyFiles", "{file}: {problem}"), file=name,
                           problem=problem)
        super().__init__(text)
        self.path = Path(path)
        self.where = where


def _line(number: int) -> Message:
    """Where in a file: 'line 12'."""
    return Message(QT_TRANSLATE_NOOP("TaxonomyFiles", "line {line}"), line=str(number))


def _problem(text: str) -> Message:
    """A marked problem without values, as a message."""
    return Message(text)


def _reason(exc: Exception) -> str:
    """What a refused change said (its Message when it has one)."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int
    warnings: tuple[str, ...] = ()
    change: NeedChange | None = field(default=None, compare=False, repr=False)
    """What to pass to `needs_service.undo_change` to take the import back."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class _Entry:
    where: str
    parts: tuple[str, ...]
    uuid: str | None
    description: str | None
    colour: str | None
    shortcut: str | None


# --------------------------------------------------------------------------- export


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise NeedsError(Message(QT_TRANSLATE_NOOP(
            "TaxonomyFiles", "{file}: a taxonomy file ends in .json or .csv."), file=path.name))
    return suffix[1:]


def taxonomy_tree(catalogue: Catalogue) -> list[dict[str, Any]]:
    """The taxonomy as nested dicts, in the JSON file's shape."""
    nodes: dict[int, dict[str, Any]] = {}
    roots: list[dict[str, Any]] = []
    for need in needs.list_needs(catalogue):  # parents come before their children
        node = {
            "uuid": need.uuid,
            "name": need.name,
            "description": need.description,
            "colour": need.colour,
            "shortcut": need.shortcut,
            "children": [],
        }
        nodes[need.id] = node
        (roots if need.parent_id is None else nodes[need.parent_id]["children"]).append(node)
    return roots


def export_taxonomy(catalogue: Catalogue, path: Path | str) -> int:
    """Write the taxonomy to `path` (.json or .csv) atomically; returns how many needs."""
    path = Path(path)
    kind = _format_of(path)
    listed = needs.list_needs(catalogue)
    if kind == "json":
        data = {"format": FORMAT, "version": VERSION, "needs": taxonomy_tree(catalogue)}
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(CSV_HEADERS)
        for need in listed:
            cells = (CSV_SEPARATOR.join(need.parts), need.description or "",
                     need.colour or "", need.shortcut or "")
            writer.writerow([neutralise_cell(cell) for cell in cells])
        text = buffer.getvalue()
    with atomic_output(path) as tmp:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    return len(listed)


# --------------------------------------------------------------------------- reading files


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise TaxonomyFileError(path, None, _problem(QT_TRANSLATE_NOOP(
            "TaxonomyFiles", "no such file.")))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise TaxonomyFileError(path, None, _problem(QT_TRANSLATE_NOOP(
            "TaxonomyFiles", "too large for a taxonomy of needs.")))
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise TaxonomyFileError(path, None, _problem(QT_TRANSLATE_NOOP(
            "TaxonomyFiles", "this is not a taxonomy file (binary content).")))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TaxonomyFileError(path, _line(line), _problem(QT_TRANSLATE_NOOP(
            "TaxonomyFiles", "the text is not UTF-8."))) from None


def _text(value: Any, path: Path, where: str, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TaxonomyFileError(path, where, Message(QT_TRANSLATE_NOOP(
            "TaxonomyFiles", "{name} must be text, not {value}."), name=name, value=repr(value)))
    return value


def _checked(path: Path, where: str, parts: tuple[str, ...], uuid: str | None,
             description: str | None, colour: str | None, shortcut: str | None) -> _Entry:
    try:
        clean_parts = tuple(needs.clean_name(p) for p in parts)
        entry = _Entry(where, clean_parts, (uuid or "").strip() or None,
                       needs.clean_description(description), needs.clean_colour(colour),
                       needs.clean_shortcut(shortcut))
    except NeedsError as exc:
        raise TaxonomyFileError(path, where, exc.args[0] if exc.args else str(exc)) from None
    if entry.uuid is not None and len(entry.uuid) > 36:
        raise TaxonomyFileError(path, where, Message(QT_TRANSLATE_NOOP(
            "TaxonomyFiles", "a uuid is at most {limit} characters long."), limit=36))
    return entry


def _read_json(path: Path, text: str) -> list[_Entry]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = Message(QT_TRANSLATE_NOOP("TaxonomyFiles", "line {line}, column {column}"),
                        line=str(exc.lineno), column=str(exc.colno))
        raise TaxonomyFileError(path, where, Message(QT_TRANSLATE_NOOP(
            "TaxonomyFiles", "not valid JSON ({problem})."), problem=exc.msg)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TaxonomyFileError(path, None, Message(QT_TRANSLATE_NOOP(
            "TaxonomyFiles", 'this JSON is not a taxonomy of needs (no "format": "{format}").'),
            format=FORMAT))
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise TaxonomyFileError(path, None, _problem(QT_TRANSLATE_NOOP(
            "TaxonomyFiles", "the taxonomy has no valid version number.")))
    if version > VERSION:
        raise TaxonomyFileError(path, None, Message(QT_TRANSLATE_NOOP(
            "TaxonomyFiles", "written by a newer version of Advocacy Desktop (format "
            "{version})."), version=str(version)))
    entries: list[_Entry] = []

    def walk(nodes: Any, parents: tuple[str, ...], where: str) -> None:
        if not isinstance(nodes, list):
            raise TaxonomyFileError(path, where, _problem(QT_TRANSLATE_NOOP(
                "TaxonomyFiles", "must be a list of needs.")))
        if len(parents) >= MAX_DEPTH:
            raise TaxonomyFileError(path, where, Message(QT_TRANSLATE_NOOP(
                "TaxonomyFiles", "needs nest deeper than {limit} levels."), limit=MAX_DEPTH))
        for number, node in enumerate(nodes):
            here = f"{where}[{number}]"
            if not isinstance(node, dict):
                raise TaxonomyFileError(path, here, _problem(QT_TRANSLATE_NOOP(
                    "TaxonomyFiles", "a need must be an object.")))
            name = _text(node.get("name"), path, here, "name")
            if not name or not name.strip():
                raise TaxonomyFileError(path, here, _problem(QT_TRANSLATE_NOOP(
                    "TaxonomyFiles", "a need has no name.")))
            entry = _checked(
                path, f"{here} ({name.strip()})", (*parents, name),
                _text(node.get("uuid"), path, here, "uuid"),
                _text(node.get("description"), path, here, "description"),
                _text(node.get("colour"), path, here, "colour"),
                _text(node.get("shortcut"), path, here, "shortcut"),
            )
            entries.append(entry)
            walk(node.get("children") or [], entry.parts, f"{here}.children")

    walk(data.get("needs"), (), "needs")
    return entries


def _unneutralise(value: str) -> str:
    return value[1:] if value.startswith(_NEUTRALISED) else value


def _read_csv(path: Path, text: str) -> list[_Entry]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            raise TaxonomyFileError(path, None, _problem(EMPTY))
        columns = [fold(h.strip()) for h in header]
        if "path" not in columns:
            raise TaxonomyFileError(path, _line(1), _problem(QT_TRANSLATE_NOOP(
                "TaxonomyFiles", "this is not a taxonomy of needs: it has no 'path' column.")))
        index = {name: columns.index(name) for name in (*CSV_HEADERS, "uuid") if name in columns}
        entries: list[_Entry] = []
        for row in reader:
            where = _line(reader.line_num)
            if not any(cell.strip() for cell in row):
                continue

            def cell(name: str, row: list[str] = row) -> str | None:
                at = index.get(name)
                value = row[at].strip() if at is not None and at < len(row) else ""
                return _unneutralise(value) or None

            raw_path = cell("path")
            if not raw_path:
                raise TaxonomyFileError(path, where, _problem(QT_TRANSLATE_NOOP(
                    "TaxonomyFiles", "the path is empty.")))
            parts = tuple(p.strip() for p in raw_path.split(">"))
            if len(parts) > MAX_DEPTH:
                raise TaxonomyFileError(path, where, Message(QT_TRANSLATE_NOOP(
                    "TaxonomyFiles", "the path is deeper than {limit}."), limit=MAX_DEPTH))
            if any(not p for p in parts):
                raise TaxonomyFileError(path, where, Message(QT_TRANSLATE_NOOP(
                    "TaxonomyFiles", "the path {path} has an empty name."), path=repr(raw_path)))
            entries.append(_checked(path, where, parts, cell("uuid"), cell("description"),
                                    cell("colour"), cell("shortcut")))
    except csv.Error as exc:
        raise TaxonomyFileError(path, _line(reader.line_num), Message(QT_TRANSLATE_NOOP(
            "TaxonomyFiles", "not valid CSV ({problem})."), problem=str(exc))) from None
    return entries


def read_taxonomy_file(path: Path | str) -> list[_Entry]:
    """The needs in a file, parents before children; the format is told from the content."""
    path = Path(path)
    text = _read_text(path)
    stripped = text.lstrip()
    if not stripped:
        raise TaxonomyFileError(path, None, _problem(EMPTY))
    if stripped.startswith(("{", "[")):
        return _read_json(path, text)
    if stripped.startswith("<"):
        raise TaxonomyFileError(path, None, _problem(QT_TRANSLATE_NOOP(
            "TaxonomyFiles", "this is not a taxonomy file (it looks like HTML).")))
    return _read_csv(path, text)


# --------------------------------------------------------------------------- importing


def import_taxonomy(catalogue: Catalogue, path: Path | str) -> ImportSummary:
    """Merge the taxonomy in `path` (JSON or CSV) into the catalogue; never deletes."""
    entries = read_taxonomy_file(path)
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    warnings: list[str] = []

    def plan(t: Any) -> None:
        by_path: dict[tuple[str, ...], int] = {}
        seen: set[int] = set()
        for entry in entries:
            key = tuple(fold(p) for p in entry.parts)
            parent_id = _ensure_parents(t, entry, by_path, counts, seen)
            need_id = _merge_entry(t, entry, parent_id, warnings, counts, seen)
            by_path[key] = need_id
        return None

    change = needs.apply_plan(catalogue, "import", plan)
    return ImportSummary(counts["added"], counts["updated"], counts["unchanged"],
                         tuple(warnings), None if change.is_empty else change)


def _ensure_parents(t: Any, entry: _Entry, by_path: dict[tuple[str, ...], int],
                    counts: dict[str, int], created: set[int]) -> int | None:
    """The id of the entry's parent; a CSV may name 'Price > Discounts' without 'Price'."""
    parent_id: int | None = None
    for depth in range(1, len(entry.parts)):
        key = tuple(fold(p) for p in entry.parts[:depth])
        found = by_path.get(key)
        if found is None:
            name = entry.parts[depth - 1]
            existing = _child_named(t, parent_id, name)
            found = existing.id if existing else t.add(parent_id, name).id
            if existing is None:
                counts["added"] += 1
                created.add(found)
            by_path[key] = found
        parent_id = found
    return parent_id


def _child_named(t: Any, parent_id: int | None, name: str) -> Any:
    key = fold(name)
    return next((c for c in t.children(parent_id) if fold(c.name) == key), None)


def _merge_entry(t: Any, entry: _Entry, parent_id: int | None, warnings: list[str],
                 counts: dict[str, int], seen: set[int]) -> int:
    name = entry.parts[-1]
    label = CSV_SEPARATOR.join(entry.parts)
    row = next((r for r in t.rows.values() if entry.uuid and r.uuid == entry.uuid), None)
    if row is not None and row.id in seen:
        row = None
    if row is None:
        row = _child_named(t, parent_id, name)
    shortcut = entry.shortcut
    if shortcut is not None:
        holder = next((r for r in t.rows.values() if r.shortcut == shortcut
                       and (row is None or r.id != row.id)), None)
        if holder is not None:
            warnings.append(Message(QT_TRANSLATE_NOOP(
                "TaxonomyFiles", "{where}: the key {key} stays the shortcut of {holder}; {need} "
                "gets none."), where=entry.where, key=repr(shortcut), holder=repr(holder.name),
                need=label))
            shortcut = None
    if row is None:
        uuid_free = entry.uuid and all(r.uuid != entry.uuid for r in t.rows.values())
        added = t.add(parent_id, name, uuid=entry.uuid if uuid_free else None,
                      description=entry.description, colour=entry.colour, shortcut=shortcut)
        counts["added"] += 1
        seen.add(added.id)
        return int(added.id)
    counted = row.id not in seen  # a parent added for an earlier line is counted already
    seen.add(row.id)
    original = row
    if row.parent_id != parent_id:
        try:
            row = t.move(row.id, parent_id)
        except NeedsError as exc:
            warnings.append(Message(QT_TRANSLATE_NOOP(
                "TaxonomyFiles", "{where}: {need} stays where it is: {problem}"),
                where=entry.where, need=label, problem=_reason(exc)))
    if row.name != name:
        try:
            t.check_name(row.parent_id, name, exclude=row.id)
            row = t.replace(row, name=name)
        except NeedsError as exc:
            warnings.append(Message(QT_TRANSLATE_NOOP(
                "TaxonomyFiles", "{where}: not renamed: {problem}"), where=entry.where,
                problem=_reason(exc)))
    fields = {
        "description": entry.description, "colour": entry.colour, "shortcut": shortcut,
    }
    changes = {k: v for k, v in fields.items() if v is not None and getattr(row, k) != v}
    if changes:
        row = t.replace(row, **changes)
    if counted:
        counts["updated" if row != original else "unchanged"] += 1
    return int(row.id)
