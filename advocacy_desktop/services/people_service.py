"""People and roles (step 5 of the method): who is in the team and what part each one plays.

People have a name, an optional e-mail (unique, compared case-insensitively; names may repeat)
and an active flag: someone who leaves is made inactive, not deleted, so the audit trail and
the responsibilities they held keep their name. Roles have a unique name and a description;
the pre-filled ones follow the four maturity levels (migration 0006 adds them). Every change is
written to audit_log.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.db.models import new_uuid
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.importing.writer import current_actor
from advocacy_desktop.services.sql_compat import (
    driver,
    insert_id,
    insert_ignore,
    pg,
    retry_on_conflict,
)

__all__ = [
    "DEFAULT_ROLES", "PeopleError", "PersonInfo", "RoleInfo", "add_person", "add_role",
    "assign_role", "delete_role", "find_role", "get_person", "list_people", "list_roles",
    "remove_role", "set_active", "update_person", "update_role",
]

#: The pre-filled roles: (name, maturity level or None). Migration 0006 holds a frozen copy.
DEFAULT_ROLES: tuple[tuple[str, int | None], ...] = (
    ("Customer advocate", 1),
    ("Advocacy team member", 2),
    ("Advocacy coordinator", 3),
    ("Executive sponsor", 4),
    ("Support agent", None),
    ("Product owner", None),
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


class PeopleError(ValueError):
    """A change to people or roles that is refused; the message is meant for the user."""


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Any = _Unchanged()


@dataclass(frozen=True)
class PersonInfo:
    id: int
    uuid: str
    name: str
    email: str | None
    active: bool
    role_ids: tuple[int, ...]
    roles: tuple[str, ...]
    """Names of the roles, in the order of role_ids (by name)."""

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "email": self.email, "active": self.active,
                "roles": list(self.roles)}


@dataclass(frozen=True)
class RoleInfo:
    id: int
    uuid: str
    name: str
    description: str | None
    maturity_level: int | None
    members: int
    """Active people holding the role."""
    responsibilities: int
    """RACI cells held by the role itself."""

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "description": self.description,
                "maturity_level": self.maturity_level, "members": self.members,
                "responsibilities": self.responsibilities}


# ---------------------------------------------------------------------- helpers


@contextmanager
def _writing(catalogue: Catalogue) -> Iterator[sqlite3.Connection]:
    with catalogue.write_connection() as connection:
        yield driver(connection)


@contextmanager
def _reading(catalogue: Catalogue) -> Iterator[sqlite3.Connection]:
    with catalogue.read() as session:
        yield driver(session)


def audit(conn: sqlite3.Connection, action: str, entity: str, entity_id: int | str,
          before: object, after: object) -> None:
    """One audit_log row in the caller's transaction (also used by responsibility_service)."""
    conn.execute(
        "INSERT INTO audit_log (actor, action, entity, entity_id, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (current_actor(), action, entity, str(entity_id),
         None if before is None else json.dumps(before, ensure_ascii=False),
         None if after is None else json.dumps(after, ensure_ascii=False)),
    )


def _clean_name(name: str, what: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise PeopleError(Message(_NO_NAME[what]))
    if len(cleaned) > 200:
        raise PeopleError(Message(_LONG_NAME[what], limit=200))
    return cleaned


_NO_NAME = {"person": QT_TRANSLATE_NOOP("PeopleService", "A person needs a name."),
            "role": QT_TRANSLATE_NOOP("PeopleService", "A role needs a name.")}
_LONG_NAME = {
    "person": QT_TRANSLATE_NOOP("PeopleService", "A person name can have at most {limit} "
                                "characters."),
    "role": QT_TRANSLATE_NOOP("PeopleService", "A role name can have at most {limit} characters."),
}
_NO_PERSON = QT_TRANSLATE_NOOP("PeopleService", "There is no person with id {id} in this "
                               "catalogue.")


def _clean_email(email: str | None) -> str | None:
    cleaned = (email or "").strip()
    if not cleaned:
        return None
    if not _EMAIL.match(cleaned) or len(cleaned) > 320:
        raise PeopleError(Message(QT_TRANSLATE_NOOP(
            "PeopleService", "“{email}” is not an e-mail address."), email=cleaned))
    return cleaned


def _clean_description(description: str | None) -> str | None:
    cleaned = (description or "").strip()
    return cleaned or None


def _person_row(conn: sqlite3.Connection, person_id: int) -> dict[str, Any]:
    row = conn.execute(
        "SELECT id, name, email, active FROM person WHERE id = ?", (person_id,)
    ).fetchone()
    if row is None:
        raise PeopleError(Message(_NO_PERSON, id=str(person_id)))
    return {"id": row[0], "name": row[1], "email": row[2], "active": bool(row[3])}


def _role_row(conn: sqlite3.Connection, role_id: int) -> dict[str, Any]:
    row = conn.execute(
        "SELECT id, name, description, maturity_level FROM role WHERE id = ?", (role_id,)
    ).fetchone()
    if row is None:
        raise PeopleError(Message(QT_TRANSLATE_NOOP(
            "PeopleService", "There is no role with id {id} in this catalogue."), id=str(role_id)))
    return {"id": row[0], "name": row[1], "description": row[2], "maturity_level": row[3]}


def _check_email_free(conn: sqlite3.Connection, email: str | None, exclude: int | None) -> None:
    if email is None:
        return
    differs = "IS DISTINCT FROM" if pg(conn) else "IS NOT"
    row = conn.execute(
        f"SELECT name FROM person WHERE lower(email) = lower(?) AND id {differs} ?",
        (email, exclude),
    ).fetchone()
    if row is not None:
        raise PeopleError(Message(QT_TRANSLATE_NOOP(
            "PeopleService", "{name} has the e-mail address {email} already."), name=row[0],
            email=email))


def _check_role_name_free(conn: sqlite3.Connection, name: str, exclude: int | None) -> None:
    for role_id, other in conn.execute("SELECT id, name FROM role"):
        if role_id != exclude and other.casefold() == name.casefold():
            raise PeopleError(Message(QT_TRANSLATE_NOOP(
                "PeopleService", "There is a role called “{name}” already."), name=other))


# ---------------------------------------------------------------------- people


def _people(conn: sqlite3.Connection, include_inactive: bool,
            person_id: int | None = None) -> list[PersonInfo]:
    roles: dict[int, list[tuple[int, str]]] = {}
    for pid, rid, rname in conn.execute(
        "SELECT pr.person_id, r.id, r.name FROM person_role pr JOIN role r ON r.id = pr.role_id"
        " ORDER BY lower(r.name), r.id"
    ):
        roles.setdefault(pid, []).append((rid, rname))
    where, args = [], []
    if not include_inactive:
        where.append("active")
    if person_id is not None:
        where.append("id = ?")
        args.append(person_id)
    query = "SELECT id, uuid, name, email, active FROM person"
    if where:
        query += " WHERE " + " AND ".join(where)
    result = []
    for pid, uuid, name, email, active in conn.execute(
        query + " ORDER BY lower(name), id", args
    ):
        held = roles.get(pid, [])
        result.append(PersonInfo(pid, uuid, name, email, bool(active),
                                 tuple(r[0] for r in held), tuple(r[1] for r in held)))
    return result


def list_people(catalogue: Catalogue, include_inactive: bool = False) -> list[PersonInfo]:
    """People by name, with their roles; inactive ones only when asked for."""
    with _reading(catalogue) as conn:
        return _people(conn, include_inactive)


def get_person(catalogue: Catalogue, person_id: int) -> PersonInfo:
    with _reading(catalogue) as conn:
        found = _people(conn, True, person_id)
    if not found:
        raise PeopleError(Message(_NO_PERSON, id=str(person_id)))
    return found[0]


@retry_on_conflict
def add_person(catalogue: Catalogue, name: str, email: str | None = None) -> int:
    """Add an active person; refuses an e-mail another person has. Returns the new id."""
    name, email = _clean_name(name, "person"), _clean_email(email)
    with _writing(catalogue) as conn:
        _check_email_free(conn, email, None)
        person_id = insert_id(
            conn, "INSERT INTO person (uuid, name, email, active) VALUES (?, ?, ?, ?)",
            (new_uuid(), name, email, True),
        )
        audit(conn, "add_person", "person", person_id, None,
              {"name": name, "email": email, "active": True})
    return person_id


@retry_on_conflict
def update_person(catalogue: Catalogue, person_id: int, *, name: str = UNCHANGED,
                  email: str | None = UNCHANGED) -> dict[str, Any]:
    """Change name and/or e-mail; returns the values before (for undo: call again with them)."""
    changes: dict[str, Any] = {}
    if name is not UNCHANGED:
        changes["name"] = _clean_name(name, "person")
    if email is not UNCHANGED:
        changes["email"] = _clean_email(email)
    with _writing(catalogue) as conn:
        before = _person_row(conn, person_id)
        if "email" in changes:
            _check_email_free(conn, changes["email"], person_id)
        if changes:
            sets = ", ".join(f"{column} = ?" for column in changes)
            conn.execute(f"UPDATE person SET {sets} WHERE id = ?", (*changes.values(), person_id))
            audit(conn, "update_person", "person", person_id,
                  {k: before[k] for k in changes}, changes)
    return {k: before[k] for k in ("name", "email")}


@retry_on_conflict
def set_active(catalogue: Catalogue, person_id: int, active: bool) -> bool:
    """Make a person active or inactive; returns the previous state."""
    with _writing(catalogue) as conn:
        before = _person_row(conn, person_id)["active"]
        if before != bool(active):
            conn.execute("UPDATE person SET active = ? WHERE id = ?", (bool(active), person_id))
            audit(conn, "set_active", "person", person_id, {"active": before},
                  {"active": bool(active)})
    return before


# ---------------------------------------------------------------------- roles


def _roles(conn: sqlite3.Connection) -> list[RoleInfo]:
    members = dict(conn.execute(
        "SELECT pr.role_id, count(*) FROM person_role pr JOIN person p ON p.id = pr.person_id"
        " WHERE p.active GROUP BY pr.role_id"
    ).fetchall())
    cells = dict(conn.execute(
        "SELECT role_id, count(*) FROM responsibility WHERE role_id IS NOT NULL GROUP BY role_id"
    ).fetchall())
    return [
        RoleInfo(rid, uuid, name, description, level, int(members.get(rid, 0)),
                 int(cells.get(rid, 0)))
        for rid, uuid, name, description, level in conn.execute(
            "SELECT id, uuid, name, description, maturity_level FROM role"
            " ORDER BY maturity_level IS NULL, maturity_level, lower(name), id"
        )
    ]


def list_roles(catalogue: Catalogue) -> list[RoleInfo]:
    """Roles: the maturity-level ones first by level, then the others by name."""
    with _reading(catalogue) as conn:
        return _roles(conn)


def find_role(catalogue: Catalogue, name: str) -> RoleInfo | None:
    """The role with this name, compared case-insensitively."""
    wanted = " ".join(name.split()).casefold()
    return next((r for r in list_roles(catalogue) if r.name.casefold() == wanted), None)


@retry_on_conflict
def add_role(catalogue: Catalogue, name: str, description: str | None = None,
             maturity_level: int | None = None) -> int:
    name, description = _clean_name(name, "role"), _clean_description(description)
    if maturity_level is not None and maturity_level not in (1, 2, 3, 4):
        raise PeopleError(Message(QT_TRANSLATE_NOOP(
            "PeopleService", "A maturity level is 1, 2, 3 or 4.")))
    with _writing(catalogue) as conn:
        _check_role_name_free(conn, name, None)
        role_id = insert_id(
            conn, "INSERT INTO role (uuid, name, description, maturity_level) VALUES (?, ?, ?, ?)",
            (new_uuid(), name, description, maturity_level),
        )
        audit(conn, "add_role", "role", role_id, None,
              {"name": name, "description": description, "maturity_level": maturity_level})
    return role_id


@retry_on_conflict
def update_role(catalogue: Catalogue, role_id: int, *, name: str = UNCHANGED,
                description: str | None = UNCHANGED) -> dict[str, Any]:
    """Rename or describe a role; returns the values before (for undo)."""
    changes: dict[str, Any] = {}
    if name is not UNCHANGED:
        changes["name"] = _clean_name(name, "role")
    if description is not UNCHANGED:
        changes["description"] = _clean_description(description)
    with _writing(catalogue) as conn:
        before = _role_row(conn, role_id)
        if "name" in changes:
            _check_role_name_free(conn, changes["name"], role_id)
        if changes:
            sets = ", ".join(f"{column} = ?" for column in changes)
            conn.execute(f"UPDATE role SET {sets} WHERE id = ?", (*changes.values(), role_id))
            audit(conn, "update_role", "role", role_id, {k: before[k] for k in changes}, changes)
    return {k: before[k] for k in ("name", "description")}


@retry_on_conflict
def delete_role(catalogue: Catalogue, role_id: int) -> None:
    """Delete a role nobody holds and that holds no responsibility; refuses otherwise."""
    with _writing(catalogue) as conn:
        before = _role_row(conn, role_id)
        members = conn.execute(
            "SELECT count(*) FROM person_role WHERE role_id = ?", (role_id,)
        ).fetchone()[0]
        cells = conn.execute(
            "SELECT count(*) FROM responsibility WHERE role_id = ?", (role_id,)
        ).fetchone()[0]
        if members or cells:
            raise PeopleError(Message(QT_TRANSLATE_NOOP(
                "PeopleService", "The role “{name}” is in use ({members} member(s), {cells} "
                "responsibility(ies)): remove them first."), name=before["name"],
                members=members, cells=cells))
        conn.execute("DELETE FROM role WHERE id = ?", (role_id,))
        audit(conn, "delete_role", "role", role_id, before, None)


@retry_on_conflict
def assign_role(catalogue: Catalogue, person_id: int, role_id: int) -> bool:
    """Give a person a role; returns False when they had it already."""
    with _writing(catalogue) as conn:
        person, role = _person_row(conn, person_id), _role_row(conn, role_id)
        cur = conn.execute(
            insert_ignore(conn, "INSERT INTO person_role (person_id, role_id) VALUES (?, ?)"),
            (person_id, role_id),
        )
        if not cur.rowcount:
            return False
        audit(conn, "assign_role", "person", person_id, None,
              {"role_id": role_id, "role": role["name"], "person": person["name"]})
    return True


@retry_on_conflict
def remove_role(catalogue: Catalogue, person_id: int, role_id: int) -> bool:
    """Take a role away from a person; returns False when they did not have it."""
    with _writing(catalogue) as conn:
        person, role = _person_row(conn, person_id), _role_row(conn, role_id)
        cur = conn.execute(
            "DELETE FROM person_role WHERE person_id = ? AND role_id = ?", (person_id, role_id)
        )
        if not cur.rowcount:
            return False
        audit(conn, "remove_role", "person", person_id,
              {"role_id": role_id, "role": role["name"], "person": person["name"]}, None)
    return True
