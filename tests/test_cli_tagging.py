"""`advocacy tag` and `advocacy rules` from a terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advocacy_desktop.cli import main

CSV = (
    "NPS,Comment,Needs\n"
    "2,Viel zu teuer für die Leistung,Price\n"
    "3,Die Lieferung kam zu spät,\n"
    "9,Schnelle Lieferung!,\n"
    "4,Kargo çok geç geldi,\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def imported(catalogue_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "f.csv"
    path.write_text(CSV, encoding="utf-8")
    assert run(capsys, "import", catalogue_path, path, "--json")[0] == 0
    assert run(capsys, "needs", "import", catalogue_path, _taxonomy(tmp_path))[0] == 0
    return catalogue_path


def _taxonomy(tmp_path: Path) -> Path:
    path = tmp_path / "needs.csv"
    path.write_text("path,description,colour,shortcut\nDelivery,,,d\nPrice > Discounts,,,\n",
                    encoding="utf-8")
    return path


def test_tag_by_search_text_and_untag(
    imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "tag", imported, "--need", "delivery", "--where",
                          "lieferung", "--json")
    assert code == 0 and json.loads(out) == {"need": "Delivery", "selected": 2, "changed": 2}
    code, out, _err = run(capsys, "tag", imported, "--need", "Delivery", "--ids", 1, 2, 3,
                          "--untag")
    assert code == 0 and "Untagged 2 of 3" in out
    code, out, _err = run(capsys, "tag", imported, "--need", "price > discounts", "--ids", 1)
    assert code == 0 and "Price › Discounts" in out


def test_tag_usage_errors(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "tag", imported, "--need", "Delivery")[0] == 2
    code, _out, err = run(capsys, "tag", imported, "--need", "Nope", "--ids", 1)
    assert code == 2 and "no need is called" in err


def test_rules_add_list_apply(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "rules", "add", imported, "--need", "Delivery",
                          "--pattern", "lieferung")
    assert code == 0 and "matches 2 item(s)" in out
    assert run(capsys, "rules", "add", imported, "--need", "Delivery", "--kind", "phrase",
               "--pattern", "geç geldi")[0] == 0
    code, _out, err = run(capsys, "rules", "add", imported, "--need", "Delivery", "--kind",
                          "regex", "--pattern", "(")
    assert code == 2 and "not valid" in err
    code, out, _err = run(capsys, "rules", "list", imported, "--json")
    assert [r["pattern"] for r in json.loads(out)] == ["lieferung", "geç geldi"]
    code, out, _err = run(capsys, "rules", "apply", imported, "--json")
    assert json.loads(out) == {"tagged": 3, "needs": 1}
    code, out, _err = run(capsys, "rules", "apply", imported, "--json")
    assert json.loads(out) == {"tagged": 0, "needs": 0}
