"""`advocacy advocates`: brand advocates, the ones due attention, customers at risk.

    advocacy advocates shop.advocacy              # every advocate, overdue problems first
    advocacy advocates shop.advocacy --due        # only those who need attention now
    advocacy advocates shop.advocacy --at-risk    # fallen promoters and repeat detractors
    advocacy advocates shop.advocacy --json

Exit codes as for every verb: 0 done, 1 the catalogue could not be used, 2 a usage error.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from advocacy_desktop.cli_common import EXIT_OK, EXIT_USAGE
from advocacy_desktop.cli_common import fail as _fail
from advocacy_desktop.cli_common import print_json as _print_json

NAME_WIDTH = 32


def _trend(value: int | None) -> str:
    return "" if value is None else f"{value:+d}"


def _name(name: str) -> str:
    return name if len(name) <= NAME_WIDTH else name[:NAME_WIDTH - 1] + "…"


def _table(headers: Sequence[str], rows: list[Sequence[str]]) -> None:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for line in [headers, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
              .rstrip())


def _print_advocates(advocates: list[Any], due_only: bool) -> None:
    if not advocates:
        print("No advocate needs attention." if due_only else "No brand advocates yet.")
        return
    rows = []
    for a in advocates:
        flags = []
        if a.overdue_items:
            flags.append(f"{a.overdue_items} overdue")
        if a.due_attention:
            flags.append("due")
        last = "never" if a.last_care is None else f"{a.last_care[0]} {a.last_care[1]}"
        rows.append((_name(a.name), str(a.latest_score), _trend(a.trend),
                     a.advocate_since.isoformat(), last, str(a.days_without_attention),
                     ", ".join(flags)))
    _table(("Name", "Latest", "Trend", "Since", "Last care", "Days", "Flags"), rows)


def _print_at_risk(found: list[Any]) -> None:
    if not found:
        print("No customer at risk.")
        return
    rows = []
    for r in found:
        flags = []
        if r.fall is not None:
            flags.append(f"fallen {r.fall.from_score}→{r.fall.to_score}")
        if "repeat_detractor" in r.kinds:
            flags.append(f"repeat detractor ({r.detractor_answers})")
        if r.overdue_items:
            flags.append(f"{r.overdue_items} overdue")
        rows.append((_name(r.name), str(r.latest_score), _trend(r.trend),
                     r.latest_day.isoformat(), str(r.open_items), ", ".join(flags)))
    _table(("Name", "Latest", "Trend", "Answered", "Open", "Flags"), rows)


def cmd_advocates(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import advocates_service, catalogue_service

    if args.at_risk and args.due:
        return _fail("--at-risk and --due cannot be used together", EXIT_USAGE)
    today = args.today or date.today()
    with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
        if args.at_risk:
            found: list[Any] = advocates_service.at_risk(catalogue, today=today,
                                                         window_days=args.window)
        elif args.due:
            found = advocates_service.reminders(catalogue, today=today)
        else:
            found = advocates_service.advocates(catalogue, today=today)
    if args.json:
        _print_json([item.as_dict() for item in found])
    elif args.at_risk:
        _print_at_risk(found)
    else:
        _print_advocates(found, args.due)
    return EXIT_OK


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def register(verb: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Add `advocates` to the CLI parser."""
    p = verb("advocates", cmd_advocates,
             "list brand advocates (latest score 9-10), those due attention, or customers at"
             " risk")
    p.add_argument("catalogue", type=Path)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--at-risk", action="store_true",
                   help="fallen promoters and repeat detractors instead")
    p.add_argument("--due", action="store_true",
                   help="only advocates who need attention: an overdue problem, or no care for"
                        " the catalogue's care interval")
    p.add_argument("--window", type=int, default=365, metavar="DAYS",
                   help="repeat detractors: detractor answers within this many days (365)")
    p.add_argument("--today", type=_day, help=argparse.SUPPRESS)
