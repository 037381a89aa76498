"""`advocacy chart`: an NPS chart to PNG, SVG or PDF, through the same services as the GUI.

    advocacy chart shop.advocacy trend.png --kind trend --by month --since 2025-01-01
    advocacy chart shop.advocacy sources.pdf --kind by-source --source Trustpilot

Exit codes: 0 written, 1 the catalogue or file could not be used, 2 a usage error.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advocacy_desktop.cli_common import EXIT_OK, EXIT_USAGE
from advocacy_desktop.cli_common import fail as _fail

KINDS = ("trend", "distribution", "by-source", "by-need")
TITLES = {
    "trend": "NPS by {by}",
    "distribution": "Answers by score",
    "by-source": "NPS by source",
    "by-need": "NPS by need",
}



def cmd_chart(args: argparse.Namespace) -> int:
    from advocacy_desktop.cli_nps import _source_ids
    from advocacy_desktop.services import catalogue_service, charts, nps_service
    from advocacy_desktop.services.feedback_filters import FeedbackFilter

    if args.out.suffix.lower() not in charts.FORMATS:
        return _fail(f"{args.out.name}: the chart file must end in .png, .svg or .pdf",
                     EXIT_USAGE)
    if args.since and args.until and args.since > args.until:
        return _fail("--since is after --until", EXIT_USAGE)
    with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
        try:
            sources = _source_ids(catalogue, args.source)
        except LookupError as exc:
            return _fail(str(exc), EXIT_USAGE)
        flt = FeedbackFilter(sources=sources, date_from=args.since, date_to=args.until)
        title = args.title or TITLES[args.kind].format(by=args.by)
        if args.kind == "distribution":
            fig = charts.distribution_chart(charts.score_distribution(catalogue, flt), title)
        elif args.kind == "trend":
            fig = charts.trend_chart(nps_service.grouped(catalogue, args.by, flt), title)
        else:
            by = "source" if args.kind == "by-source" else "need"
            fig = charts.by_group_chart(nps_service.grouped(catalogue, by, flt), title)
    charts.save_figure(fig, args.out)
    print(f"Chart written to {args.out}")
    return EXIT_OK


def register(verb: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Add `chart` to the CLI parser."""
    from advocacy_desktop.cli_nps import _day

    p = verb("chart", cmd_chart, "draw an NPS chart to PNG, SVG or PDF (by the extension)")
    p.add_argument("catalogue", type=Path)
    p.add_argument("out", type=Path, metavar="OUT.(png|svg|pdf)")
    p.add_argument("--kind", choices=KINDS, default="trend", help="which chart (default trend)")
    p.add_argument("--by", choices=("week", "month", "quarter", "year"), default="month",
                   help="period of the trend chart (default month)")
    p.add_argument("--title", help="the chart's title")
    p.add_argument("--since", type=_day, metavar="DATE", help="received on or after (YYYY-MM-DD)")
    p.add_argument("--until", type=_day, metavar="DATE", help="received on or before")
    p.add_argument("--source", action="append", default=[], metavar="NAME",
                   help="only this source (repeatable)")
