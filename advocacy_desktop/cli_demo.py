"""`advocacy demo PATH`: build the demo catalogue, a year of a shop's feedback to explore.

    advocacy demo demo.advocacy                    # 3,000 items, seed 2025, ending today
    advocacy demo small.advocacy --items 300 --seed 7 --json

Refuses an existing file. Exit codes as for every verb: 0 built, 1 the file could not be
made (it exists, the folder is missing), 2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from advocacy_desktop.cli_common import EXIT_OK, EXIT_USAGE
from advocacy_desktop.cli_common import fail as _fail
from advocacy_desktop.cli_common import print_json as _print_json


def _progress(enabled: bool) -> Callable[[int, int], None] | None:
    if not enabled:
        return None

    def show(done: int, total: int) -> None:
        print(f"\rBuilding the demo… {done * 100 // max(total, 1)}%", end="", file=sys.stderr,
              flush=True)

    return show


def cmd_demo(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import demo_catalogue

    items = demo_catalogue.DEFAULT_ITEMS if args.items is None else args.items
    seed = demo_catalogue.DEFAULT_SEED if args.seed is None else args.seed
    if not 50 <= items <= demo_catalogue.MAX_ITEMS:
        return _fail(f"--items must be between 50 and {demo_catalogue.MAX_ITEMS:,}", EXIT_USAGE)
    interactive = not args.json and sys.stderr.isatty()
    summary = demo_catalogue.build_demo(args.path, items=items, seed=seed,
                                        today=args.today, progress=_progress(interactive))
    if interactive:
        print(file=sys.stderr)
    if args.json:
        _print_json(summary.as_dict())
        return EXIT_OK
    print(f"Created demo catalogue {summary.path} in {summary.seconds:.1f} s")
    print(f"  items       {summary.items:>8,}   {summary.first_day} to {summary.last_day}")
    print("  languages   " + ", ".join(f"{k} {v:,}" for k, v in summary.languages.items()))
    print(f"  sources     {len(summary.sources):>8}   in {summary.batches} import batches")
    print(f"  needs       {summary.needs:>8}   {summary.tagged:,} tags by the auto-tag rules")
    print(f"  people      {summary.people:>8}")
    print(f"  advocates   {summary.advocates:>8,}   {summary.at_risk} customers at risk, "
          f"{summary.care_entries} care-log entries")
    return EXIT_OK


def register(verb: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Add `demo` to the CLI parser."""
    p = verb("demo", cmd_demo,
             "build a demo catalogue: a year of feedback in six languages, tagged, assigned and"
             " followed up (refuses an existing file)")
    p.add_argument("path", type=Path)
    p.add_argument("--items", type=int, help="how many feedback items (3,000)")
    p.add_argument("--seed", type=int, help="the same seed gives the same catalogue (2025)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
