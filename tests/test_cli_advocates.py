"""`advocacy advocates`: the table, JSON, --due, --at-risk and exit codes."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from advocacy_desktop import cli, cli_advocates
from advocacy_desktop.services import advocates_service, catalogue_service


def main(argv: list[Any]) -> int:
    """cli.main when `advocates` is wired in, else the same verb on a parser of its own."""
    args = [str(a) for a in argv]
    if " advocates " in cli.build_parser().format_help():
        return cli.main(args)
    parser = argparse.ArgumentParser(prog="advocacy")
    verbs = parser.add_subparsers(dest="verb", required=True)

    def verb(name: str, handler: Callable[[argparse.Namespace], int],
             help_text: str) -> argparse.ArgumentParser:
        sub = verbs.add_parser(name, help=help_text)
        sub.set_defaults(handler=handler)
        return sub

    cli_advocates.register(verb)
    try:
        parsed = parser.parse_args(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    from advocacy_desktop.db.errors import CatalogueError

    try:
        return parsed.handler(parsed)
    except (CatalogueError, OSError):
        return 1


@pytest.fixture
def shop(catalogue_path: Path) -> Path:
    with catalogue_service.open_existing(catalogue_path) as catalogue, \
            catalogue.write_connection() as conn:
        raw = conn.connection.driver_connection
        for cid, name in ((1, "Ann"), (2, "Bob"), (3, "Cleo")):
            raw.execute("INSERT INTO customer (id, uuid, name, match_key, erased)"
                        " VALUES (?, ?, ?, ?, 0)", (cid, f"u{cid}", name, f"name:{name}"))
        for fid, cid, day, score, status in (
            (1, 1, "2025-01-10", 9, "closed"), (2, 1, "2025-05-01", 10, "closed"),
            (3, 2, "2025-01-05", 10, "closed"), (4, 2, "2025-04-05", 5, "new"),
            (5, 3, "2025-06-01", 10, "closed"),
        ):
            raw.execute("INSERT INTO feedback (id, uuid, customer_id, received_on, score,"
                        " status, source_id) VALUES (?, ?, ?, ?, ?, ?, 1)",
                        (fid, f"f{fid}", cid, day, score, status))
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        advocates_service.log_care(catalogue, 3, "presence", date(2025, 6, 10))
    return catalogue_path


def run(capsys: pytest.CaptureFixture[str], *argv: Any) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_advocates_in_attention_order(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "advocates", shop, "--json", "--today", "2025-06-30")
    assert code == 0
    data = json.loads(out)
    assert [d["name"] for d in data] == ["Ann", "Cleo"]
    ann, cleo = data
    assert {k: ann[k] for k in ("latest", "trend", "since", "last_care", "days", "due")} == {
        "latest": 10, "trend": 1, "since": "2025-01-10", "last_care": None, "days": 171,
        "due": True}
    assert (cleo["last_care"], cleo["last_practice"], cleo["days"], cleo["due"]) == (
        "2025-06-10", "presence", 20, False)
    assert ann["sources"][0]["promoter_answers"] == 2

    code, out, _ = run(capsys, "advocates", shop, "--json", "--due", "--today", "2025-06-30")
    assert code == 0 and [d["name"] for d in json.loads(out)] == ["Ann"]

    code, out, _ = run(capsys, "advocates", shop, "--json", "--at-risk",
                       "--today", "2025-06-30")
    risk = json.loads(out)
    assert code == 0 and [(r["name"], r["kinds"], r["fell_from"], r["latest"]) for r in risk] \
        == [("Bob", ["fallen_promoter"], 10, 5)]


def test_table_and_usage_errors(shop: Path, capsys: pytest.CaptureFixture[str],
                                tmp_path: Path) -> None:
    code, out, _ = run(capsys, "advocates", shop, "--today", "2025-06-30")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["Name", "Latest", "Trend", "Since", "Last",
                                              "care", "Days", "Flags"]
    assert lines[1].split()[:6] == ["Ann", "10", "+1", "2025-01-10", "never", "171"]
    assert lines[1].endswith("due")
    code, out, _ = run(capsys, "advocates", shop, "--at-risk", "--today", "2025-06-30")
    assert code == 0 and "fallen 10→5" in out
    code, _, err = run(capsys, "advocates", shop, "--at-risk", "--due")
    assert code == 2 and "cannot be used together" in err
    assert run(capsys, "advocates", shop, "--today", "June")[0] == 2
    assert run(capsys, "advocates", tmp_path / "missing.advocacy")[0] == 1
