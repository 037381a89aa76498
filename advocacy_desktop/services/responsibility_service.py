"""The responsibility matrix (RACI) for needs and sources, routing, and the maturity indicator.

A cell says who — a person or a role — is Responsible, Accountable, Consulted or Informed for
one need or one source. A need or source can have several holders of each kind, except A:
setting an Accountable replaces the one there was (one accountable per subject).

**Gaps.** A need is a gap when nobody is responsible for it: no R cell on the need or on any of
its ancestors (a child inherits its parent's R, as routing does) held by an active person or by
a role with at least one active member. A missing A alone is not a gap (it shows as an empty
Accountable cell); the maturity indicator asks for A separately. A source is a gap when it has
no such R cell and no active owner (the owner set on the Sources page).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.db.models import new_uuid
from advocacy_desktop.services import needs_service, sources_service
from advocacy_desktop.services.people_service import PeopleError, audit
from advocacy_desktop.services.safe_files import atomic_output, neutralise_cell
from advocacy_desktop.services.sql_compat import driver, retry_on_conflict, sequence_past_ids

__all__ = [
    "KINDS", "Cell", "Condition", "MatrixRow", "Maturity", "ResponsibilityChange",
    "clear_responsibility", "export_matrix", "matrix", "maturity", "redo_change",
    "responsible_for_need", "responsible_person", "set_responsibility", "undo_change",
]

KINDS = ("R", "A", "C", "I")
GAP_FILL = "FFC7CE"
"""Light red: the fill of a gap row in the exported workbook."""
_COLUMNS = ("id", "uuid", "kind", "need_id", "source_id", "person_id", "role_id")


@dataclass(frozen=True)
class Cell:
    """One responsibility row, as stored (enough to put it back on undo)."""

    id: int
    uuid: str
    kind: str
    need_id: int | None
    source_id: int | None
    person_id: int | None
    role_id: int | None


@dataclass(frozen=True)
class ResponsibilityChange:
    """What set/clear did: undo deletes `added` and puts `removed` back; redo the reverse."""

    added: tuple[Cell, ...] = ()
    removed: tuple[Cell, ...] = ()


@dataclass(frozen=True)
class MatrixRow:
    entity: str
    """'need' or 'source'."""
    id: int
    name: str
    """The need's path (Parent › Child) or the source's name."""
    depth: int
    holders: dict[str, tuple[str, ...]]
    """'R'/'A'/'C'/'I' -> names of the people and roles holding it, people first."""
    gap: bool
    inherited_from: str | None = None
    """For a need without an R of its own: the ancestor whose R covers it."""

    def as_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "id": self.id, "name": self.name,
                "holders": {k: list(v) for k, v in self.holders.items()}, "gap": self.gap,
                "inherited_from": self.inherited_from}


@dataclass(frozen=True)
class Condition:
    """One condition of a maturity level, for a front end to word in its own language."""

    key: str
    """advocate, team, coordinator, coordinated, sources_owned, sponsor, needs_covered or
    people_with_roles."""
    numbers: dict[str, int] = field(default_factory=dict)
    """The counts its "missing" sentence names (e.g. coordinated 0 of needs 3)."""


@dataclass(frozen=True)
class Maturity:
    level: int
    """0-4: the highest level whose conditions, and those of all levels below, are met."""
    reasons_met: list[str] = field(default_factory=list)
    missing_for_next: list[str] = field(default_factory=list)
    met: list[Condition] = field(default_factory=list)
    """The conditions behind `reasons_met`, in the same order."""
    missing: list[Condition] = field(default_factory=list)
    """The conditions behind `missing_for_next`, in the same order."""

    def as_dict(self) -> dict[str, Any]:
        return {"level": self.level, "reasons_met": self.reasons_met,
                "missing_for_next": self.missing_for_next}


# ---------------------------------------------------------------------- state


@contextmanager
def _reading(catalogue: Catalogue) -> Iterator[sqlite3.Connection]:
    with catalogue.read() as session:
        yield driver(session)


class _State:
    """Everything routing, gaps and maturity look at, read once."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.people = {pid: (name, bool(active)) for pid, name, active in
                       conn.execute("SELECT id, name, active FROM person")}
        self.roles = {rid: (name, level) for rid, name, level in
                      conn.execute("SELECT id, name, maturity_level FROM role")}
        self.members: dict[int, list[int]] = {}
        for pid, rid in conn.execute(
            "SELECT pr.person_id, pr.role_id FROM person_role pr JOIN person p"
            " ON p.id = pr.person_id WHERE p.active ORDER BY pr.person_id"
        ):
            self.members.setdefault(rid, []).append(pid)
        self.parents = dict(conn.execute("SELECT id, parent_id FROM need").fetchall())
        self.owners = dict(conn.execute("SELECT id, owner_id FROM source").fetchall())
        self.collected = {sid for (sid,) in conn.execute("SELECT id FROM source WHERE collect")}
        self.cells = [Cell(*row) for row in conn.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM responsibility ORDER BY id")]
        self.by_subject: dict[tuple[str, int | None, int | None], list[Cell]] = {}
        for cell in self.cells:
            self.by_subject.setdefault((cell.kind, cell.need_id, cell.source_id), []).append(cell)

    def of(self, kind: str, *, need_id: int | None = None,
           source_id: int | None = None) -> list[Cell]:
        return self.by_subject.get((kind, need_id, source_id), [])

    def active(self, person_id: int | None) -> bool:
        return person_id is not None and self.people.get(person_id, ("", False))[1]

    def staffed(self, cell: Cell) -> bool:
        """The cell is held by an active person, or by a role with an active member."""
        if cell.person_id is not None:
            return self.active(cell.person_id)
        return bool(self.members.get(cell.role_id or 0))

    def person_for(self, cells: list[Cell]) -> int | None:
        """A person directly, else the single active member of a role."""
        for cell in cells:
            if cell.person_id is not None and self.active(cell.person_id):
                return cell.person_id
        for cell in cells:
            members = self.members.get(cell.role_id or 0, [])
            if cell.role_id is not None and len(members) == 1:
                return members[0]
        return None

    def ancestors(self, need_id: int) -> Iterator[int]:
        """The need itself, then its parent, up to the root."""
        current: int | None = need_id
        seen: set[int] = set()
        while current is not None and current in self.parents and current not in seen:
            seen.add(current)
            yield current
            current = self.parents[current]

    def covering(self, kind: str, need_id: int) -> int | None:
        """The nearest of the need and its ancestors with a staffed cell of this kind."""
        for nid in self.ancestors(need_id):
            if any(self.staffed(c) for c in self.of(kind, need_id=nid)):
                return nid
        return None

    def name(self, cell: Cell) -> str:
        if cell.person_id is not None:
            return self.people.get(cell.person_id, ("?", False))[0]
        return self.roles.get(cell.role_id or 0, ("?", None))[0]

    def holders(self, *, need_id: int | None = None,
                source_id: int | None = None) -> dict[str, tuple[str, ...]]:
        result = {}
        for kind in KINDS:
            cells = self.of(kind, need_id=need_id, source_id=source_id)
            ordered = sorted(cells, key=lambda c: (c.person_id is None, self.name(c).casefold()))
            result[kind] = tuple(self.name(c) for c in ordered)
        return result

    def source_owned(self, source_id: int) -> bool:
        return (any(self.staffed(c) for c in self.of("R", source_id=source_id))
                or self.active(self.owners.get(source_id)))


# ---------------------------------------------------------------------- reading


def matrix(catalogue: Catalogue) -> list[MatrixRow]:
    """Every need (tree order), then every source (by name), with the R/A/C/I holders."""
    needs = needs_service.list_needs(catalogue)
    sources = sources_service.list_sources(catalogue)
    with _reading(catalogue) as conn:
        state = _State(conn)
    paths = {n.id: n.path for n in needs}
    rows = []
    for need in needs:
        covering = state.covering("R", need.id)
        rows.append(MatrixRow(
            "need", need.id, need.path, need.depth, state.holders(need_id=need.id),
            gap=covering is None,
            inherited_from=paths.get(covering) if covering not in (None, need.id) else None,
        ))
    for source in sources:
        rows.append(MatrixRow("source", source.id, source.name, 0,
                              state.holders(source_id=source.id),
                              gap=not state.source_owned(source.id)))
    return rows


def responsible_for_need(catalogue: Catalogue, need_id: int) -> int | None:
    """The person responsible for a need: an active person holding R, else the single active
    member of a role holding R; when the need has none, the same for its parent, and so on."""
    with _reading(catalogue) as conn:
        state = _State(conn)
    return _for_need(state, need_id)


def _for_need(state: _State, need_id: int) -> int | None:
    for nid in state.ancestors(need_id):
        person = state.person_for(state.of("R", need_id=nid))
        if person is not None:
            return person
    return None


def responsible_person(catalogue: Catalogue, *, need_ids: list[int],
                       source_id: int | None) -> int | None:
    """Who an item goes to: the responsible person of its first need that has one (in the
    order given), else the source's (its R cells, then its active owner), else None."""
    with _reading(catalogue) as conn:
        state = _State(conn)
    for need_id in need_ids:
        person = _for_need(state, need_id)
        if person is not None:
            return person
    if source_id is None:
        return None
    person = state.person_for(state.of("R", source_id=source_id))
    if person is None and state.active(state.owners.get(source_id)):
        person = state.owners[source_id]
    return person


# ---------------------------------------------------------------------- writing


def _subject(need_id: int | None, source_id: int | None) -> tuple[str, int]:
    if (need_id is None) == (source_id is None):
        raise PeopleError("A responsibility is for one need or one source.")
    return ("need_id", need_id) if need_id is not None else ("source_id", source_id)  # type: ignore[return-value]


def _holder(person_id: int | None, role_id: int | None) -> tuple[str, int]:
    if (person_id is None) == (role_id is None):
        raise PeopleError("A responsibility is held by one person or one role.")
    return ("person_id", person_id) if person_id is not None else ("role_id", role_id)  # type: ignore[return-value]


def _check_exists(conn: sqlite3.Connection, column: str, value: int) -> None:
    table = column.removesuffix("_id")
    if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (value,)).fetchone() is None:
        raise PeopleError(f"There is no {table} with id {value} in this catalogue.")


def _select(conn: sqlite3.Connection, where: str, args: tuple[Any, ...]) -> list[Cell]:
    return [Cell(*row) for row in conn.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM responsibility WHERE {where} ORDER BY id", args)]


def _insert(conn: sqlite3.Connection, cell: Cell) -> None:
    conn.execute(
        f"INSERT INTO responsibility ({', '.join(_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (cell.id, cell.uuid, cell.kind, cell.need_id, cell.source_id, cell.person_id,
         cell.role_id),
    )


def _apply(conn: sqlite3.Connection, action: str, add: tuple[Cell, ...],
           remove: tuple[Cell, ...]) -> None:
    for cell in remove:
        conn.execute("DELETE FROM responsibility WHERE id = ?", (cell.id,))
    for cell in add:
        _insert(conn, cell)
    if add:
        sequence_past_ids(conn, "responsibility")
    for cell in (*remove, *add):
        subject = cell.need_id if cell.need_id is not None else cell.source_id
        audit(conn, action, "need" if cell.need_id is not None else "source", subject or 0,
              None if cell in add else _cell_dict(cell), _cell_dict(cell) if cell in add else None)


def _cell_dict(cell: Cell) -> dict[str, Any]:
    return {"responsibility": cell.kind, "person_id": cell.person_id, "role_id": cell.role_id}


@retry_on_conflict
def set_responsibility(catalogue: Catalogue, kind: str, *, need_id: int | None = None,
                       source_id: int | None = None, person_id: int | None = None,
                       role_id: int | None = None) -> ResponsibilityChange:
    """Give a person or a role R/A/C/I for a need or a source. Setting A replaces the A
    there was. Nothing changes (an empty change) when the cell exists already."""
    kind = kind.upper()
    if kind not in KINDS:
        raise PeopleError(f"“{kind}” is not one of R, A, C, I.")
    subject, subject_id = _subject(need_id, source_id)
    holder, holder_id = _holder(person_id, role_id)
    with catalogue.write_connection() as connection:
        conn = driver(connection)
        _check_exists(conn, subject, subject_id)
        _check_exists(conn, holder, holder_id)
        same = f"kind = ? AND {subject} = ?"
        existing = _select(conn, f"{same} AND {holder} = ?", (kind, subject_id, holder_id))
        if existing:
            return ResponsibilityChange()
        removed = tuple(_select(conn, same, (kind, subject_id))) if kind == "A" else ()
        next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM responsibility").fetchone()
        cell = Cell(int(next_id[0]), new_uuid(), kind, need_id, source_id, person_id, role_id)
        change = ResponsibilityChange(added=(cell,), removed=removed)
        _apply(conn, "set_responsibility", change.added, change.removed)
    return change


@retry_on_conflict
def clear_responsibility(catalogue: Catalogue, kind: str, *, need_id: int | None = None,
                         source_id: int | None = None, person_id: int | None = None,
                         role_id: int | None = None) -> ResponsibilityChange:
    """Remove one cell; without a person or role, every holder of that kind for the subject."""
    kind = kind.upper()
    subject, subject_id = _subject(need_id, source_id)
    where, args = f"kind = ? AND {subject} = ?", (kind, subject_id)
    if person_id is not None or role_id is not None:
        holder, holder_id = _holder(person_id, role_id)
        where, args = f"{where} AND {holder} = ?", (*args, holder_id)
    with catalogue.write_connection() as connection:
        conn = driver(connection)
        removed = tuple(_select(conn, where, args))
        _apply(conn, "clear_responsibility", (), removed)
    return ResponsibilityChange(removed=removed)


@retry_on_conflict
def undo_change(catalogue: Catalogue, change: ResponsibilityChange) -> None:
    with catalogue.write_connection() as connection:
        _apply(driver(connection), "undo_responsibility",
               change.removed, change.added)


@retry_on_conflict
def redo_change(catalogue: Catalogue, change: ResponsibilityChange) -> None:
    with catalogue.write_connection() as connection:
        _apply(driver(connection), "redo_responsibility",
               change.added, change.removed)


# ---------------------------------------------------------------------- maturity


def maturity(catalogue: Catalogue) -> Maturity:
    """Which of the four maturity levels the set-up reaches. Levels are cumulative; a role's
    level is its `maturity_level` (so a renamed pre-filled role still counts). The rules:

    - L1 single advocates: at least one active person holds a level-1 role (customer advocate).
    - L2 an advocacy team: a role with at least 2 active members holds R for at least 1 need.
    - L3 coordination across the company: an active holder of a level-3 role (coordinator) is
      A — as a person or through that role — for more than half of the needs; and every
      collected source is owned (a staffed R, or an active owner).
    - L4 every strategy and employee: an active person holds a level-4 role (executive
      sponsor); every need has a staffed R and A (its own or an ancestor's); and more than half
      of the active people hold at least one role.
    """
    with _reading(catalogue) as conn:
        state = _State(conn)
    checks = _maturity_checks(state)
    level, met, met_conditions = 0, [], []
    for number, conditions in enumerate(checks, start=1):
        if not all(ok for ok, _m, _n, _c in conditions):
            missing = [(text, c) for ok, _m, text, c in conditions if not ok]
            return Maturity(level, met, [text for text, _c in missing], met_conditions,
                            [c for _text, c in missing])
        level = number
        met.extend(text for _ok, text, _n, _c in conditions)
        met_conditions.extend(c for _ok, _m, _n, c in conditions)
    return Maturity(level, met, [], met_conditions, [])


def _maturity_checks(state: _State) -> list[list[tuple[bool, str, str, Condition]]]:
    """Per level: (met, what is met, what is missing, the condition) for each condition."""
    active = [pid for pid, (_n, on) in state.people.items() if on]
    def level_roles(level: int) -> list[int]:
        return [rid for rid, (_n, lvl) in state.roles.items() if lvl == level]
    def holders_of(level: int) -> set[int]:
        return {p for rid in level_roles(level) for p in state.members.get(rid, [])}
    needs = list(state.parents)
    team_roles = [rid for rid, members in state.members.items() if len(members) >= 2
                  and any(c.role_id == rid and c.kind == "R" and c.need_id is not None
                          for c in state.cells)]
    coordinators = holders_of(3)
    coordinator_roles = set(level_roles(3))
    def coordinator_is_a(need_id: int) -> bool:
        return any((c.person_id in coordinators or (c.role_id in coordinator_roles
                                                   and state.staffed(c)))
                   for c in state.of("A", need_id=need_id))
    coordinated = sum(1 for n in needs if coordinator_is_a(n))
    unowned = [s for s in state.collected if not state.source_owned(s)]
    uncovered = [n for n in needs
                 if state.covering("R", n) is None or state.covering("A", n) is None]
    with_role = {p for members in state.members.values() for p in members}
    staffed = len(with_role & set(active))
    return [
        [(bool(holders_of(1)), "an active person is a customer advocate",
          "give an active person the customer advocate role", Condition("advocate"))],
        [(bool(team_roles), "a team role with 2 or more active members is responsible for needs",
          "make a role with at least 2 active members Responsible for at least one need",
          Condition("team"))],
        [(bool(coordinators), "an active person is an advocacy coordinator",
          "give an active person the advocacy coordinator role", Condition("coordinator")),
         (bool(needs) and coordinated * 2 > len(needs),
          "a coordinator is Accountable for most needs",
          f"make a coordinator Accountable for more than half of the needs "
          f"(now {coordinated} of {len(needs)})",
          Condition("coordinated", {"coordinated": coordinated, "needs": len(needs)})),
         (not unowned, "every collected source has an owner",
          f"give every collected source a Responsible or an owner ({len(unowned)} without)",
          Condition("sources_owned", {"without": len(unowned)}))],
        [(bool(holders_of(4)), "an active person is an executive sponsor",
          "give an active person the executive sponsor role", Condition("sponsor")),
         (not uncovered, "every need has a Responsible and an Accountable",
          f"give every need a Responsible and an Accountable ({len(uncovered)} without)",
          Condition("needs_covered", {"without": len(uncovered)})),
         (bool(active) and staffed * 2 > len(active),
          "most active people have a role",
          f"give more than half of the active people a role "
          f"(now {staffed} of {len(active)})",
          Condition("people_with_roles", {"with_role": staffed, "active": len(active)}))],
    ]


# ---------------------------------------------------------------------- export


def export_matrix(catalogue: Catalogue, path: Path | str) -> int:
    """Write the matrix to an .xlsx: sheet "Needs" and sheet "Sources", columns Name |
    Responsible | Accountable | Consulted | Informed; gap rows filled light red. Returns the
    number of rows written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    rows = matrix(catalogue)
    book = Workbook()
    fill = PatternFill("solid", fgColor=GAP_FILL)
    headers = ("Name", "Responsible", "Accountable", "Consulted", "Informed")
    for index, (title, entity) in enumerate((("Needs", "need"), ("Sources", "source"))):
        sheet = book.active if index == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = title
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in (r for r in rows if r.entity == entity):
            values = [row.name, *(", ".join(row.holders[k]) for k in KINDS)]
            sheet.append([neutralise_cell(v) for v in values])
            if row.gap:
                for cell in sheet[sheet.max_row]:
                    cell.fill = fill
        sheet.column_dimensions["A"].width = 40
        for letter in "BCDE":
            sheet.column_dimensions[letter].width = 24
        sheet.freeze_panes = "A2"
    with atomic_output(path) as tmp:
        book.save(tmp)
    return len(rows)
