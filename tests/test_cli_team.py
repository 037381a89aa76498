"""`advocacy merge` and `advocacy copy` from a terminal."""

from __future__ import annotations

import argparse
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from advocacy_desktop import cli, cli_team
from advocacy_desktop.services import catalogue_service, needs_service, tagging

CSV = ("Review ID,Date,NPS,Comment,Source\n1,2025-01-10,10,Great,Trustpilot\n"
       "2,2025-01-20,3,Slow,Trustpilot\n")

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """cli.main, with `merge` and `copy` registered if cli.py does not do it yet."""
    original = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        verbs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "merge" not in verbs.choices:
            def verb(name: str, handler: object, help_text: str) -> argparse.ArgumentParser:
                sub = verbs.add_parser(name, help=help_text, description=help_text)
                sub.set_defaults(handler=handler)
                return sub

            cli_team.register(verb)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)

    def call(*argv: object) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return call


@pytest.fixture
def pair(catalogue_path: Path, tmp_path: Path, run: Run) -> tuple[Path, Path, str]:
    """home and field, copied with `advocacy copy`, then item 1 tagged apart."""
    csv = tmp_path / "f.csv"
    csv.write_text(CSV, encoding="utf-8")
    assert run("import", catalogue_path, csv)[0] == 0
    field = tmp_path / "field.advocacy"
    code, out, _err = run("copy", catalogue_path, field)
    assert code == 0 and "Copied" in out
    for path, need in ((catalogue_path, "Price"), (field, "Delivery")):
        with catalogue_service.open_existing(path) as catalogue:
            tagging.tag(catalogue, [1], needs_service.add_need(catalogue, need).need_id)
    with sqlite3.connect(catalogue_path) as conn:
        uuid = conn.execute("SELECT uuid FROM feedback WHERE id = 1").fetchone()[0]
    return catalogue_path, field, uuid


def _needs_of_item_1(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return sorted(r[0] for r in conn.execute(
            "SELECT n.name FROM feedback_need fn JOIN need n ON n.id = fn.need_id"
            " WHERE fn.feedback_id = 1"))


def test_dry_run_prints_the_conflict_and_writes_nothing(pair: tuple, run: Run) -> None:
    home, field, uuid = pair
    code, out, _err = run("merge", home, field, "--dry-run")
    assert code == 0
    assert f"conflict {uuid}" in out and "needs: ours 'Price' | theirs 'Delivery'" in out
    assert "Dry run: 3 rows would be added, 1 conflicts" in out  # need, its audit, the tag
    code, out, _err = run("merge", home, field, "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["dry_run"] and data["tables"]["need"]["new"] == 1
    assert [c["uuid"] for c in data["conflicts"]] == [uuid]
    assert _needs_of_item_1(home) == ["Price"]


def test_merge_takes_theirs_when_asked(pair: tuple, run: Run) -> None:
    home, field, uuid = pair
    code, out, _err = run("merge", home, field, "--theirs", uuid, "--json")
    data = json.loads(out)
    assert code == 0 and data["taken_theirs"] == [f"feedback:{uuid}"]
    assert _needs_of_item_1(home) == ["Delivery"]


def test_merge_without_choice_keeps_ours_and_says_so(pair: tuple, run: Run) -> None:
    home, field, uuid = pair
    code, out, _err = run("merge", home, field)
    assert code == 0 and f"kept ours: feedback:{uuid}" in out
    assert _needs_of_item_1(home) == ["Price"]


def test_usage_and_failures(pair: tuple, run: Run, tmp_path: Path) -> None:
    home, field, _uuid = pair
    code, _out, err = run("merge", home, field, "--theirs", "nope")
    assert code == 2 and "nope" in err
    code, _out, err = run("merge", home, tmp_path / "missing.advocacy")
    assert code == 1 and err
    code, _out, err = run("copy", home, field)
    assert code == 1 and "not empty" in err
    assert run("merge")[0] == 2
