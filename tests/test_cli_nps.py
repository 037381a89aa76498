"""`advocacy nps` from a terminal, over a catalogue filled by `advocacy import`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advocacy_desktop.cli import main

CSV = (
    "Review ID,Date,NPS,Comment,Source\n"
    "1,2025-01-10,10,Great,Trustpilot\n"
    "2,2025-01-20,3,Slow,Trustpilot\n"
    "3,2025-02-03,8,Fine,Google\n"
    "4,2025-02-14,9,Lovely,Google\n"
    "5,2025-03-01,,No score,Google\n"
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
    return catalogue_path


def test_json_shape_overall(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "nps", imported, "--json")
    assert code == 0
    assert json.loads(out) == {
        "overall": {"n": 4, "promoters": 2, "passives": 1, "detractors": 1, "nps": 25.0,
                    "moe95": 58.4},
        "groups": [],
    }


def test_by_month_and_dates(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "nps", imported, "--by", "month", "--json")
    groups = json.loads(out)["groups"]
    assert code == 0
    assert [(g["key"], g["n"], g["nps"]) for g in groups] == [
        ("2025-01", 2, 0.0), ("2025-02", 2, 50.0)]
    assert set(groups[0]) == {"key", "n", "promoters", "passives", "detractors", "nps",
                              "moe95"}
    code, out, _err = run(capsys, "nps", imported, "--by", "month", "--since", "2025-02-01",
                          "--until", "2025-02-10", "--json")
    data = json.loads(out)
    assert code == 0 and data["overall"]["n"] == 1
    assert [g["key"] for g in data["groups"]] == ["2025-02"]


def test_source_filter_and_table(imported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "nps", imported, "--by", "source", "--source", "google",
                          "--json")
    data = json.loads(out)
    assert code == 0 and [g["key"] for g in data["groups"]] == ["Google"]
    assert data["overall"]["nps"] == 50.0
    code, out, _err = run(capsys, "nps", imported, "--by", "source")
    assert code == 0
    lines = out.splitlines()
    assert lines[1].startswith("Google ") and lines[1].endswith("*")
    assert "+50.0 ±" in lines[1]
    assert lines[3].startswith("Overall") and len({len(x) for x in lines[1:4]}) == 1


def test_usage_errors(imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "nps", imported, "--since", "yesterday")[0] == 2
    assert run(capsys, "nps", imported, "--since", "2025-03-01", "--until", "2025-01-01")[0] == 2
    code, _out, err = run(capsys, "nps", imported, "--source", "Nowhere")
    assert code == 2 and "Nowhere" in err
    assert run(capsys, "nps", imported, "--need", "Nothing")[0] == 2
    assert run(capsys, "nps", imported, "--by", 'a"b')[0] == 2
    assert run(capsys, "nps")[0] == 2
    assert run(capsys, "nps", tmp_path / "missing.advocacy")[0] == 1


@pytest.fixture
def tagged(imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """`imported` with needs: item 2 (Trustpilot, 3) carries Delivery, items 3 and 4 (Google,
    8 and 9) carry Price > Discounts."""
    needs = tmp_path / "needs.csv"
    needs.write_text("path,description,colour,shortcut\nDelivery,,,\nPrice > Discounts,,,\n",
                     encoding="utf-8")
    assert run(capsys, "needs", "import", imported, needs)[0] == 0
    assert run(capsys, "tag", imported, "--need", "Delivery", "--ids", 2)[0] == 0
    assert run(capsys, "tag", imported, "--need", "Price > Discounts", "--ids", 3, 4)[0] == 0
    return imported


def test_need_filter(tagged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "nps", tagged, "--need", "delivery", "--json")
    assert code == 0 and json.loads(out)["overall"]["n"] == 1
    assert json.loads(out)["overall"]["detractors"] == 1
    # a need covers the needs below it
    code, out, _err = run(capsys, "nps", tagged, "--need", "Price", "--json")
    assert code == 0 and json.loads(out)["overall"]["nps"] == 50.0
    code, out, _err = run(capsys, "nps", tagged, "--need", "Price", "--need", "Delivery",
                          "--source", "Trustpilot", "--json")
    assert code == 0 and json.loads(out)["overall"]["n"] == 1
