"""`advocacy import` and friends: figures as JSON, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from advocacy_desktop.cli import main

CSV = (
    "Review ID,Date,NPS,Comment\n"
    "A1,2025-02-01,9,Great\n"
    "A2,2025-02-02,ten,Bad score\n"
    "A3,2025-02-03,3,Slow\n"
)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "reviews.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: Any) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_prints_the_figures_as_json_and_exits_0_with_rejects(
    catalogue_path: Path, sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rejects = tmp_path / "rejects.xlsx"
    code, out, _err = run(
        capsys, "import", catalogue_path, sheet, "--source", "Google", "--json",
        "--rejects", rejects,
    )
    assert code == 0
    figures = json.loads(out)
    assert set(figures) == {"batch_id", "rows_read", "imported", "duplicates", "rejected"}
    assert (figures["rows_read"], figures["imported"], figures["rejected"]) == (3, 2, 1)
    rows = list(load_workbook(rejects)["Rows to fix"].values)
    assert rows[1][0] == "A2"

    code, out, _err = run(capsys, "import", catalogue_path, sheet, "--source", "google", "--json")
    assert code == 0 and json.loads(out)["duplicates"] == 2

    code, out, _err = run(capsys, "imports", catalogue_path, "--json")
    batches = json.loads(out)
    assert [b["imported"] for b in batches] == [0, 2]
    assert batches[1]["source"] == "Google"

    code, out, _err = run(capsys, "undo-import", catalogue_path, figures["batch_id"])
    assert code == 0 and "2 item(s) removed" in out
    code, out, _err = run(capsys, "info", catalogue_path, "--json")
    assert json.loads(out)["counts"]["feedback"] == 0


def test_dry_run_and_human_output(
    catalogue_path: Path, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "import", catalogue_path, sheet, "--dry-run")
    assert code == 0
    assert "dry run" in out and "rejected" in out
    code, out, _err = run(capsys, "imports", catalogue_path)
    assert "No imports yet." in out


def test_an_unreadable_file_exits_1_naming_the_file(
    catalogue_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    code, _out, err = run(capsys, "import", catalogue_path, broken)
    assert code == 1
    assert "broken.xlsx" in err
    code, _out, err = run(capsys, "import", catalogue_path, tmp_path / "missing.csv")
    assert code == 1 and "missing.csv" in err


@pytest.mark.parametrize(
    "extra",
    [
        ["--map", "score=No such header"],
        ["--map", "nonsense=NPS"],
        ["--date-format", "XYZ"],
        ["--delimiter", ";;"],
    ],
)
def test_usage_errors_exit_2(
    catalogue_path: Path, sheet: Path, extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "import", catalogue_path, sheet, *extra)
    assert code == 2
    assert err.startswith("advocacy:") or "usage" in err


def test_ambiguous_dates_need_date_format(
    catalogue_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "d.csv"
    path.write_text("Date;NPS;Comment\n03/04/2025;9;ok\n05/06/2025;2;bad\n", encoding="utf-8")
    code, _out, err = run(capsys, "import", catalogue_path, path)
    assert code == 2 and "--date-format" in err
    code, out, _err = run(capsys, "import", catalogue_path, path, "--date-format", "mdy",
                          "--json")
    assert code == 0 and json.loads(out)["imported"] == 2


def test_map_by_hand(
    catalogue_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.csv"
    path.write_text("Punkte|Text\n8|gut\n", encoding="utf-8")
    code, out, _err = run(
        capsys, "import", catalogue_path, path, "--map", "score=Punkte", "--delimiter", "|",
        "--json",
    )
    assert code == 0 and json.loads(out)["imported"] == 1
