"""`advocacy needs list|export|import`: files written and read, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from advocacy_desktop.cli import main
from advocacy_desktop.services import catalogue_service
from advocacy_desktop.services import needs_service as ns


def run(capsys: pytest.CaptureFixture[str], *argv: Any) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop(catalogue_path: Path) -> Path:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        price = ns.add_need(catalogue, "Price", shortcut="p", colour="#d9534f").need_id
        ns.add_need(catalogue, "Discounts", parent_id=price, description="=1+1")
        ns.add_need(catalogue, "Delivery")
    return catalogue_path


def paths(path: Path) -> list[tuple[Any, ...]]:
    with catalogue_service.open_existing(path, read_only=True) as catalogue:
        return [(n.path, n.colour, n.shortcut, n.description) for n in ns.list_needs(catalogue)]


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_export_then_import_into_a_fresh_catalogue(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    out = tmp_path / f"needs{suffix}"
    code, stdout, _err = run(capsys, "needs", "export", shop, out)
    assert code == 0 and "3 need(s) written" in stdout
    fresh = tmp_path / "fresh.advocacy"
    assert run(capsys, "init", fresh)[0] == 0
    code, stdout, _err = run(capsys, "needs", "import", fresh, out, "--json")
    assert code == 0
    assert json.loads(stdout) == {"added": 3, "updated": 0, "unchanged": 0, "warnings": []}
    assert paths(fresh) == paths(shop)
    code, stdout, _err = run(capsys, "needs", "import", fresh, out)
    assert code == 0 and "0 added, 0 updated, 3 unchanged" in stdout


def test_list_as_text_and_json(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, _err = run(capsys, "needs", "list", shop)
    assert code == 0
    assert stdout.splitlines()[1].startswith("  Discounts")
    code, stdout, _err = run(capsys, "needs", "list", shop, "--json")
    listed = json.loads(stdout)
    assert [n["path"] for n in listed] == ["Price", "Price › Discounts", "Delivery"]
    assert listed[0]["shortcut"] == "p" and listed[0]["items_with_children"] == 0


def test_bad_file_exits_1_and_names_it(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "advocacy-needs", "version": 1,\n "needs": [', encoding="utf-8")
    code, _out, err = run(capsys, "needs", "import", shop, bad)
    assert code == 1 and "broken.json, line 2" in err
    code, _out, err = run(capsys, "needs", "import", shop, tmp_path / "missing.csv")
    assert code == 1 and "missing.csv: no such file" in err
    assert len(paths(shop)) == 3


def test_usage_errors_exit_2(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "needs", "export", shop, tmp_path / "needs.xlsx")
    assert code == 2 and ".json or a .csv" in err
    assert not (tmp_path / "needs.xlsx").exists()
    assert run(capsys, "needs")[0] == 2
    assert run(capsys, "needs", "frobnicate", shop)[0] == 2
