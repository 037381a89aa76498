"""People and roles: the pre-filled roles, e-mail checks, role use, and the audit log."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.db import migrate
from advocacy_desktop.db.catalogue import APPLICATION_ID, sqlite_engine
from advocacy_desktop.services import people_service as ps
from advocacy_desktop.services.importing.writer import current_actor


def audit(catalogue: Any) -> list[tuple[Any, ...]]:
    with catalogue.read() as session:
        return [tuple(r) for r in session.execute(text(
            "SELECT actor, action, entity, entity_id FROM audit_log ORDER BY id"))]


def test_a_new_catalogue_has_the_six_prefilled_roles(catalogue: Any) -> None:
    roles = ps.list_roles(catalogue)
    assert [(r.name, r.maturity_level) for r in roles] == [
        ("Customer advocate", 1), ("Advocacy team member", 2), ("Advocacy coordinator", 3),
        ("Executive sponsor", 4), ("Product owner", None), ("Support agent", None),
    ]
    assert all(r.description for r in roles)
    assert all(re.fullmatch(r"[0-9a-f]{32}", r.uuid) for r in roles)
    assert {(n, lvl) for n, lvl in ps.DEFAULT_ROLES} == {
        (r.name, r.maturity_level) for r in roles}


def test_migration_adds_missing_roles_and_downgrade_keeps_used_ones(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.advocacy"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.close()
    engine = sqlite_engine(path)

    def roles(connection: Any) -> list[str]:
        names = [r[0] for r in connection.execute(text("SELECT name FROM role ORDER BY id"))]
        connection.rollback()  # end the read transaction the query began
        return names

    with engine.connect() as connection:
        migrate.upgrade(connection, "0005_rules")
        with connection.begin():
            connection.execute(text(
                "INSERT INTO role (uuid, name) VALUES ('x1', 'customer ADVOCATE')"))
        migrate.upgrade(connection)
        assert roles(connection) == ["customer ADVOCATE", "Advocacy team member",
                                     "Advocacy coordinator", "Executive sponsor",
                                     "Support agent", "Product owner"]
        with connection.begin():
            connection.execute(text("INSERT INTO person (id, uuid, name) VALUES (1, 'p', 'Ada')"))
            connection.execute(text(
                "INSERT INTO person_role (person_id, role_id)"
                " SELECT 1, id FROM role WHERE name = 'Support agent'"))
            command.downgrade(migrate.alembic_config(connection), "0005_rules")
        assert roles(connection) == ["customer ADVOCATE", "Support agent"]
    engine.dispose()


def test_people_add_list_update_and_deactivate(catalogue: Any) -> None:
    ada = ps.add_person(catalogue, "  Ada   Lovelace ", "ada@example.com")
    bob = ps.add_person(catalogue, "Bob")
    ps.add_person(catalogue, "Bob", "bob2@example.com")  # names may repeat
    assert [p.name for p in ps.list_people(catalogue)] == ["Ada Lovelace", "Bob", "Bob"]

    with pytest.raises(ps.PeopleError, match=r"e-mail address ADA@example\.com already"):
        ps.add_person(catalogue, "Someone", "ADA@example.com")
    with pytest.raises(ps.PeopleError, match="not an e-mail"):
        ps.add_person(catalogue, "Someone", "not an address")
    with pytest.raises(ps.PeopleError, match="needs a name"):
        ps.add_person(catalogue, "   ")
    with pytest.raises(ps.PeopleError, match="already"):
        ps.update_person(catalogue, bob, email="ada@example.com")

    before = ps.update_person(catalogue, bob, name="Bob Builder", email="bob@example.com")
    assert before == {"name": "Bob", "email": None}
    assert ps.get_person(catalogue, bob).email == "bob@example.com"

    assert ps.set_active(catalogue, ada, False) is True
    assert [p.name for p in ps.list_people(catalogue)] == ["Bob", "Bob Builder"]
    everyone = ps.list_people(catalogue, include_inactive=True)
    assert (everyone[0].name, everyone[0].active) == ("Ada Lovelace", False)

    actions = [(a, e) for _actor, a, e, _id in audit(catalogue)]
    assert actions == [("add_person", "person")] * 3 + [
        ("update_person", "person"), ("set_active", "person")]
    assert {row[0] for row in audit(catalogue)} == {current_actor()}


def test_roles_add_rename_assign_and_delete_only_when_unused(catalogue: Any) -> None:
    ada = ps.add_person(catalogue, "Ada")
    role = ps.add_role(catalogue, "Voice of the customer", "Reads every review")
    with pytest.raises(ps.PeopleError, match="already"):
        ps.add_role(catalogue, "voice OF the customer")
    with pytest.raises(ps.PeopleError, match="already"):
        ps.update_role(catalogue, role, name="support AGENT")
    assert ps.update_role(catalogue, role, description="All reviews") == {
        "name": "Voice of the customer", "description": "Reads every review"}

    assert ps.assign_role(catalogue, ada, role) is True
    assert ps.assign_role(catalogue, ada, role) is False
    assert ps.get_person(catalogue, ada).roles == ("Voice of the customer",)
    found = ps.find_role(catalogue, "voice of the CUSTOMER")
    assert found is not None and found.members == 1 and found.description == "All reviews"

    with pytest.raises(ps.PeopleError, match=r"in use \(1 member"):
        ps.delete_role(catalogue, role)
    assert ps.remove_role(catalogue, ada, role) is True
    assert ps.remove_role(catalogue, ada, role) is False
    with catalogue.write() as session:
        session.execute(text(
            "INSERT INTO need (uuid, name, position) VALUES ('n1', 'Speed', 0)"))
        session.execute(text(
            "INSERT INTO responsibility (uuid, kind, need_id, role_id)"
            " SELECT 'r1', 'R', need.id, :role FROM need"), {"role": role})
    with pytest.raises(ps.PeopleError, match="1 responsibility"):
        ps.delete_role(catalogue, role)
    with catalogue.write() as session:
        session.execute(text("DELETE FROM responsibility"))
    ps.delete_role(catalogue, role)
    assert ps.find_role(catalogue, "Voice of the customer") is None

    actions = [a for _actor, a, e, _id in audit(catalogue) if e in ("role", "person")]
    assert actions == ["add_person", "add_role", "update_role", "assign_role", "remove_role",
                       "delete_role"]
