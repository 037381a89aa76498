"""`advocacy erase` and `--pseudonymise` on `advocacy export` / `advocacy report`."""

from __future__ import annotations

import argparse
import csv
import inspect
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from advocacy_desktop import cli_privacy
from advocacy_desktop.db.errors import CatalogueError
from advocacy_desktop.services import catalogue_service, import_service, privacy, report_workbook
from tests.services.test_privacy import ADA, ROWS, write_csv
from tests.test_cli_nps import run as run_cli


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    """`advocacy erase ...` through cli_privacy's own parser, as `cli.main` runs a verb."""
    parser = argparse.ArgumentParser(prog="advocacy")
    verbs = parser.add_subparsers(dest="verb", required=True)

    def verb(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        sub = verbs.add_parser(name, help=help_text)
        sub.set_defaults(handler=handler)
        return sub

    cli_privacy.register(verb)
    try:
        args = parser.parse_args([str(a) for a in argv])
        code = args.handler(args)
    except SystemExit as exc:
        code = int(exc.code or 0)
    except CatalogueError as exc:
        print(f"advocacy: {exc}", file=sys.stderr)
        code = 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def imported(catalogue_path: Path, tmp_path: Path) -> Path:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        import_service.run_import(catalogue, write_csv(tmp_path / "reviews.csv", ROWS))
    return catalogue_path


def customer(path: Path, email: str) -> tuple[Any, ...]:
    with catalogue_service.open_existing(path, read_only=True) as catalogue, \
            catalogue.read() as session:
        return tuple(session.execute(text(
            "SELECT uuid, name, erased FROM customer WHERE uuid = :e OR email = :e"),
            {"e": email}).one())


def test_erase_by_email_with_yes_prints_counts(imported: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    uuid = customer(imported, ADA[1])[0]
    code, out, err = run(capsys, "erase", imported, "--customer", ADA[1].upper(), "--yes",
                         "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["customer_uuid"] == uuid and report["items"] == 2
    assert ADA[0] not in out and ADA[1] not in out
    assert customer(imported, uuid) == (uuid, None, 1)

    code, _out, err = run(capsys, "erase", imported, "--customer", uuid, "--yes")
    assert code == 1 and "already erased" in err


def test_erase_by_external_id_in_words(imported: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "erase", imported, "--customer", ADA[2], "--yes")
    assert code == 0 and out.startswith("Erased customer ") and "2 item(s)" in out


def test_unknown_ambiguous_and_usage(imported: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "erase", imported, "--customer", "nobody@x.org", "--yes")
    assert code == 1 and "no customer" in err
    with catalogue_service.open_existing(imported) as catalogue, \
            catalogue.write_connection() as conn:
        conn.execute(text("INSERT INTO customer (uuid, external_id, email, match_key, erased)"
                          " VALUES ('twin-uuid', 'X-1', :e, 'id:X-1', 0)"), {"e": ADA[1]})
    code, _out, err = run(capsys, "erase", imported, "--customer", ADA[1], "--yes")
    assert code == 2 and "2 customers" in err and "twin-uuid" in err and ADA[0] in err
    assert customer(imported, "twin-uuid")[2] == 0
    assert run(capsys, "erase", imported)[0] == 2  # --customer is required
    code, _out, err = run(capsys, "erase", tmp_path / "missing.advocacy", "--customer", "x",
                          "--yes")
    assert code == 1 and "missing.advocacy" in err


def test_asks_before_erasing(imported: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    code, _out, err = run(capsys, "erase", imported, "--customer", ADA[1])
    assert code == 2 and "--yes" in err  # not at a terminal: refuses to ask
    assert customer(imported, ADA[1])[2] == 0

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    answers = iter(["n", "yes"])
    prompts: list[str] = []

    def answer(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("builtins.input", answer)
    code, out, _err = run(capsys, "erase", imported, "--customer", ADA[1])
    assert code == 1 and "Nothing was erased" in out
    assert customer(imported, ADA[1])[2] == 0
    assert ADA[0] in prompts[0] and "[y/N]" in prompts[0]
    code, _out, _err = run(capsys, "erase", imported, "--customer", ADA[1])
    assert code == 0
    with catalogue_service.open_existing(imported, read_only=True) as catalogue:
        assert privacy.find_customers(catalogue, ADA[1]) == []


def test_export_pseudonymise(imported: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "client.csv"
    code, stdout, _err = run_cli(capsys, "export", imported, out, "--pseudonymise")
    assert code == 0 and "pseudonymised" in stdout
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5 and all(r["Customer"].startswith("Customer ") for r in rows)
    content = out.read_text(encoding="utf-8-sig").casefold()
    for value in (*ADA, "grace hopper", "grace@example.com", "alan@example.com"):
        assert value.casefold() not in content
    with catalogue_service.open_existing(imported, read_only=True) as catalogue:
        expected = privacy.pseudonyms(catalogue)(customer(imported, ADA[1])[0])
    assert rows[0]["Customer"] == expected


def test_report_pseudonymise(imported: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.xlsx"
    code, _stdout, err = run_cli(capsys, "report", imported, out, "--pseudonymise")
    if "pseudonymise" not in inspect.signature(report_workbook.write_report).parameters:
        assert code == 2 and "cannot pseudonymise" in err and not out.exists()
        return
    assert code == 0
    cells = [str(c).casefold() for sheet in load_workbook(out).worksheets
             for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    for value in (*ADA, "grace hopper", "grace@example.com"):
        assert not any(value.casefold() in c for c in cells)
