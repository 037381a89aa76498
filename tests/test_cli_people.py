"""`advocacy people|roles|matrix|maturity`: rows really written, files really produced, 0/1/2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from advocacy_desktop.cli import main
from advocacy_desktop.services import catalogue_service
from advocacy_desktop.services import needs_service as ns
from advocacy_desktop.services import people_service as ps
from advocacy_desktop.services import responsibility_service as rs


def run(capsys: pytest.CaptureFixture[str], *argv: Any) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_people_add_with_roles_then_list(
    catalogue_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "people", "add", catalogue_path, "Ada Lovelace",
                       "--email", "ada@example.com", "--role", "customer advocate",
                       "--role", "Support agent")
    assert code == 0 and "Added Ada Lovelace (Customer advocate, Support agent)" in out
    with catalogue_service.open_existing(catalogue_path, read_only=True) as catalogue:
        people = ps.list_people(catalogue)
    assert [(p.name, p.email, p.roles) for p in people] == [
        ("Ada Lovelace", "ada@example.com", ("Customer advocate", "Support agent"))]

    code, _, err = run(capsys, "people", "add", catalogue_path, "Ada2", "--email",
                       "ADA@example.com")
    assert code == 1 and "already" in err
    code, _, err = run(capsys, "people", "add", catalogue_path, "Bob", "--role", "Wizard")
    assert code == 1 and "no role “Wizard”" in err
    with catalogue_service.open_existing(catalogue_path, read_only=True) as catalogue:
        assert len(ps.list_people(catalogue)) == 1  # refused: nobody added

    code, out, _ = run(capsys, "people", "list", catalogue_path, "--json")
    assert code == 0
    assert json.loads(out) == [{"id": people[0].id, "name": "Ada Lovelace",
                                "email": "ada@example.com", "active": True,
                                "roles": ["Customer advocate", "Support agent"]}]
    code, out, _ = run(capsys, "people", "list", catalogue_path)
    assert code == 0 and "Ada Lovelace" in out and "Support agent" in out


def test_roles_list_json(catalogue_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "roles", "list", catalogue_path, "--json")
    assert code == 0
    roles = json.loads(out)
    assert [r["maturity_level"] for r in roles] == [1, 2, 3, 4, None, None]
    assert roles[0]["name"] == "Customer advocate" and roles[0]["members"] == 0
    code, out, _ = run(capsys, "roles", "list", catalogue_path)
    assert code == 0 and out.splitlines()[0].startswith("L1  Customer advocate")


def test_matrix_and_maturity(
    catalogue_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        price = ns.add_need(catalogue, "Price").need_id
        ns.add_need(catalogue, "Delivery")
        ada = ps.add_person(catalogue, "Ada")
        rs.set_responsibility(catalogue, "R", need_id=price, person_id=ada)

    out_file = tmp_path / "raci.xlsx"
    code, out, _ = run(capsys, "matrix", catalogue_path, out_file)
    assert code == 0 and "1 need(s) without anyone responsible" in out and "gap: Delivery" in out
    sheet = openpyxl.load_workbook(out_file)["Needs"]
    assert [c.value for c in sheet[2]] == ["Price", "Ada", None, None, None]

    code, _, err = run(capsys, "matrix", catalogue_path, tmp_path / "raci.csv")
    assert code == 2 and ".xlsx" in err
    code, _, _ = run(capsys, "matrix", tmp_path / "missing.advocacy", out_file)
    assert code == 1

    code, out, _ = run(capsys, "maturity", catalogue_path, "--json")
    assert code == 0
    assert json.loads(out) == {"level": 0, "reasons_met": [], "missing_for_next": [
        "give an active person the customer advocate role"]}
    run(capsys, "people", "add", catalogue_path, "Bob", "--role", "Customer advocate")
    code, out, _ = run(capsys, "maturity", catalogue_path)
    assert code == 0 and out.startswith("Maturity level 1 of 4") and "For level 2:" in out
