"""`advocacy chart`: an NPS chart to PNG, SVG or PDF, through the same services as the GUI.

    advocacy chart shop.advocacy trend.png --kind trend --by month --since 2025-01-01
    advocacy chart shop.advocacy sources.pdf --kind by-source --source Trustpilot
    advocacy chart shop.advocacy delivery.png --need Delivery --since 2025-01-01

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
    from advocacy_desktop.cli_nps import FilterError, check_filter_dates, filter_from_args
    from advocacy_desktop.services import catalogue_service, charts, nps_service

    if args.out.suffix.lower() not in charts.FORMATS:
        return _fail(f"{args.out.name}: the chart file must end in .png, .svg or .pdf",
                     EXIT_USAGE)
    try:
        check_filter_dates(args)
    except FilterError as exc:
        return _fail(str(exc), EXIT_USAGE)
    with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
        try:
            flt = filter_from_args(catalogue, args)
        except FilterError as exc:
            return _fail(str(exc), EXIT_USAGE)
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
    from advocacy_desktop.cli_nps import add_filter_arguments

    p = verb("chart", cmd_chart, "draw an NPS chart to PNG, SVG or PDF (by the extension)")
    p.add_argument("catalogue", type=Path)
    p.add_argument("out", type=Path, metavar="OUT.(png|svg|pdf)")
    p.add_argument("--kind", choices=KINDS, default="trend", help="which chart (default trend)")
    p.add_argument("--by", choices=("week", "month", "quarter", "year"), default="month",
                   help="period of the trend chart (default month)")
    p.add_argument("--title", help="the chart's title")
    add_filter_arguments(p)
