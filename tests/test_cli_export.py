"""`advocacy export` and `advocacy report` from a terminal."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.test_cli_nps import imported, run, tagged  # noqa: F401  (fixtures)


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_export_csv_and_xlsx(imported: Path, tmp_path: Path,  # noqa: F811
                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "items.csv"
    code, stdout, _err = run(capsys, "export", imported, out)
    assert code == 0 and stdout.strip() == f"Exported 5 items to {out}"
    rows = csv_rows(out)
    assert [r["Text"] for r in rows] == ["Great", "Slow", "Fine", "Lovely", "No score"]
    assert rows[0]["Source"] == "Trustpilot" and rows[0]["Score"] == "10"
    out = tmp_path / "items.xlsx"
    code, stdout, _err = run(capsys, "export", imported, out, "--source", "google",
                             "--since", "2025-02-10")
    assert code == 0 and "Exported 2 items" in stdout
    sheet = load_workbook(out)["Feedback"]
    assert [c.value for c in sheet["H"]][1:] == ["Lovely", "No score"]


def test_export_need_filter(tagged: Path, tmp_path: Path,  # noqa: F811
                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "price.csv"
    code, stdout, _err = run(capsys, "export", tagged, out, "--need", "Price")
    assert code == 0 and "Exported 2 items" in stdout
    assert [r["Needs"] for r in csv_rows(out)] == ["Price › Discounts"] * 2
    code, stdout, _err = run(capsys, "export", tagged, out, "--need", "Delivery")
    assert code == 0 and stdout.startswith("Exported 1 item to")
    assert [r["Text"] for r in csv_rows(out)] == ["Slow"]


def test_report(tagged: Path, tmp_path: Path,  # noqa: F811
                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.xlsx"
    code, stdout, _err = run(capsys, "report", tagged, out, "--source", "Google")
    # 1 promoter, 1 passive: n_adj 5, p 0.35, d 0.15, 196 * sqrt((0.5 - 0.04) / 5) = 59.4
    assert code == 0
    assert stdout.strip() == f"Report written to {out} (NPS +50.0 ± 59.4, n = 2)"
    book = load_workbook(out)
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if r}
    assert summary["Filter"] == "sources: Google" and summary["Answers (n)"] == 2
    assert [r[0] for r in book["By need"].iter_rows(min_row=2, values_only=True)] == [
        "Price › Discounts"]


def test_usage_and_file_errors(imported: Path, tmp_path: Path,  # noqa: F811
                               capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "export", imported, tmp_path / "items.ods")
    assert code == 2 and ".xlsx or .csv" in err
    code, _out, err = run(capsys, "report", imported, tmp_path / "report.csv")
    assert code == 2 and ".xlsx" in err
    code, _out, err = run(capsys, "export", imported, tmp_path / "i.csv", "--source", "Nope")
    assert code == 2 and "Nope" in err
    code, _out, err = run(capsys, "report", imported, tmp_path / "r.xlsx", "--need", "Nope")
    assert code == 2 and "Nope" in err
    code, _out, err = run(capsys, "export", imported, tmp_path / "i.csv", "--since",
                          "2025-03-01", "--until", "2025-01-01")
    assert code == 2 and "--since" in err
    assert run(capsys, "export", imported)[0] == 2
    code, _out, err = run(capsys, "export", tmp_path / "missing.advocacy", tmp_path / "i.csv")
    assert code == 1 and err
    code, _out, err = run(capsys, "report", imported, tmp_path / "no" / "where" / "r.xlsx")
    assert code == 1 and "no such folder" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.csv", "shop.advocacy"]
