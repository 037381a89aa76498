"""`advocacy nps`: NPS overall and by group, through the same NPS engine as the GUI.

    advocacy nps shop.advocacy
    advocacy nps shop.advocacy --by month --since 2025-01-01 --source Trustpilot --json
    advocacy nps shop.advocacy --by Plan        # any original spreadsheet column

Only 0-10 recommend answers count; a '*' marks a group of fewer than 30 answers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from advocacy_desktop.cli_common import EXIT_OK
from advocacy_desktop.cli_common import fail as _fail


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _source_ids(catalogue: Any, names: list[str]) -> tuple[int, ...]:
    from advocacy_desktop.services import sources_service

    known = {sources_service.name_key(s.name): s.id for s in
             sources_service.list_sources(catalogue)}
    missing = [n for n in names if sources_service.name_key(n) not in known]
    if missing:
        raise LookupError(f"no source is called {', '.join(map(repr, missing))}")
    return tuple(known[sources_service.name_key(n)] for n in names)


class FilterError(ValueError):
    """A filter option names no source or need, or its dates are the wrong way round."""


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """--since, --until, --source NAME…, --need NAME…: the filter of nps, chart, export and
    report (the Feedback page's filter, from a terminal)."""
    parser.add_argument("--since", type=_day, metavar="DATE",
                        help="received on or after (YYYY-MM-DD)")
    parser.add_argument("--until", type=_day, metavar="DATE", help="received on or before")
    parser.add_argument("--source", action="append", default=[], metavar="NAME",
                        help="only this source (repeatable)")
    parser.add_argument("--need", action="append", default=[], metavar="NAME",
                        help="only items with this need or one below it (repeatable)")


def check_filter_dates(args: argparse.Namespace) -> None:
    """FilterError when --since is after --until (checked before the catalogue is opened)."""
    if args.since and args.until and args.since > args.until:
        raise FilterError("--since is after --until")


def filter_from_args(catalogue: Any, args: argparse.Namespace) -> Any:
    """The FeedbackFilter of the options `add_filter_arguments` added; FilterError names the
    source or need that does not exist."""
    from advocacy_desktop.cli_tagging import _find_need
    from advocacy_desktop.services.feedback_filters import FeedbackFilter

    check_filter_dates(args)
    try:
        sources = _source_ids(catalogue, args.source)
        needs = tuple(_find_need(catalogue, name).id for name in args.need)
    except LookupError as exc:
        raise FilterError(str(exc)) from None
    return FeedbackFilter(sources=sources, needs=needs, date_from=args.since,
                          date_to=args.until)


def _line(label: str, group: Any, width: int) -> str:
    nps = "     -" if group.nps is None else f"{group.nps:+6.1f}"
    flag = " *" if group.small_sample else ""
    return (f"{label:<{width}}  {group.n:>8,}  {group.promoters:>6,}  {group.passives:>6,}"
            f"  {group.detractors:>6,}  {nps} ± {group.moe95:4.1f}{flag}")


def _print_table(overall: Any, groups: list[Any], by: str | None) -> None:
    labels = ["(none)" if g.key is None else g.key for g in groups]
    width = max([len(by or ""), len("Overall"), *map(len, labels)])
    print(f"{by or '':<{width}}  {'n':>8}  {'prom.':>6}  {'pass.':>6}  {'detr.':>6}"
          f"  {'NPS':>6} ± moe95")
    for label, group in zip(labels, groups, strict=True):
        print(_line(label, group, width))
    print(_line("Overall", overall, width))
    if overall.small_sample or any(g.small_sample for g in groups):
        print("* fewer than 30 answers: read with care")


def cmd_nps(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, nps_service

    try:
        check_filter_dates(args)
    except FilterError as exc:
        return _fail(str(exc))
    with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
        try:
            flt = filter_from_args(catalogue, args)
        except FilterError as exc:
            return _fail(str(exc))
        overall = nps_service.overall(catalogue, flt)
        try:
            groups = nps_service.grouped(catalogue, args.by, flt) if args.by else []
        except ValueError as exc:
            return _fail(str(exc))
    if args.json:
        data = {"overall": overall.as_dict(),
                "groups": [{"key": g.key, **g.as_dict()} for g in groups]}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_table(overall, groups, args.by)
    return EXIT_OK


def register(verb: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Add `nps` to the CLI parser."""
    p = verb("nps", cmd_nps, "NPS with its margin of error (95 percent), overall and by group")
    p.add_argument("catalogue", type=Path)
    p.add_argument("--by", metavar="source|need|week|month|quarter|year|FIELD",
                   help="group by source, need, period, country/product/channel or any"
                   " original column")
    add_filter_arguments(p)
    p.add_argument("--json", action="store_true", help="print JSON")
