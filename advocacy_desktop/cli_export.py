"""`advocacy export` and `advocacy report`: the filtered items to a spreadsheet, and the NPS
report workbook, through the same services as the GUI.

    advocacy export shop.advocacy items.csv --since 2025-01-01 --source Trustpilot
    advocacy export shop.advocacy delivery.xlsx --need Delivery
    advocacy report shop.advocacy report.xlsx --since 2025-01-01 --until 2025-03-31
    advocacy export shop.advocacy client.csv --pseudonymise

`--pseudonymise` shows each customer as a stable pseudonym and leaves out names, e-mails,
external ids and phone numbers (services/privacy.py); the export is noted in the audit log,
so the catalogue is opened for writing.

Both files are written atomically (an existing file is replaced only once the new one is
complete) and no cell can hold a live formula. Exit codes: 0 written, 1 the catalogue or file
could not be used, 2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advocacy_desktop.cli_common import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from advocacy_desktop.cli_common import fail as _fail

PSEUDONYMISE_HELP = ("show customers as stable pseudonyms; leave out names, e-mails, external"
                     " ids and phone numbers")


def _progress(label: str) -> Callable[[int, int], None] | None:
    """A progress line on stderr when it is a terminal; nothing in scripts and pipes."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\r{label}: {done:,} / {total:,}", end=end, file=sys.stderr, flush=True)

    return show


def _run(args: argparse.Namespace, suffixes: tuple[str, ...],
         work: Callable[[Any, Any], str], *, read_only: bool = True) -> int:
    """Check the extension and the filter, open the catalogue read-only and run `work`."""
    from advocacy_desktop.cli_nps import FilterError, check_filter_dates, filter_from_args
    from advocacy_desktop.services import catalogue_service

    if args.out.suffix.lower() not in suffixes:
        return _fail(f"{args.out.name}: the file must end in {' or '.join(suffixes)}",
                     EXIT_USAGE)
    if not args.out.parent.is_dir():
        return _fail(f"{args.out.parent}: no such folder", EXIT_FAILED)
    try:
        check_filter_dates(args)
    except FilterError as exc:
        return _fail(str(exc), EXIT_USAGE)
    with catalogue_service.open_existing(args.catalogue, read_only=read_only) as catalogue:
        try:
            flt = filter_from_args(catalogue, args)
        except FilterError as exc:
            return _fail(str(exc), EXIT_USAGE)
        try:
            message = work(catalogue, flt)
        except KeyboardInterrupt:
            print(file=sys.stderr)
            return _fail(f"interrupted: {args.out} was not written", EXIT_FAILED)
    print(message)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import exporting

    def work(catalogue: Any, flt: Any) -> str:
        rows = exporting.export_items(catalogue, args.out, flt, progress=_progress("Exporting"),
                                      pseudonymise=args.pseudonymise)
        how = " (customers pseudonymised)" if args.pseudonymise else ""
        return f"Exported {rows:,} item{'' if rows == 1 else 's'} to {args.out}{how}"

    return _run(args, exporting.FORMATS, work, read_only=not args.pseudonymise)


def cmd_report(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import nps_service, report_workbook

    options: dict[str, Any] = {"pseudonymise": args.pseudonymise}

    def work(catalogue: Any, flt: Any) -> str:
        report_workbook.write_report(catalogue, args.out, flt, progress=_progress("Writing"),
                                     **options)
        overall = nps_service.overall(catalogue, flt)
        nps = "no NPS (no 0-10 answer)" if overall.nps is None else (
            f"NPS {overall.nps:+.1f} ± {overall.moe95:.1f}, n = {overall.n:,}")
        return f"Report written to {args.out} ({nps})"

    return _run(args, (".xlsx",), work, read_only=not args.pseudonymise)


def register(verb: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Add `export` and `report` to the CLI parser."""
    from advocacy_desktop.cli_nps import add_filter_arguments

    p = verb("export", cmd_export, "write the (filtered) feedback items to .xlsx or .csv")
    p.add_argument("catalogue", type=Path)
    p.add_argument("out", type=Path, metavar="OUT.(xlsx|csv)")
    p.add_argument("--pseudonymise", action="store_true", help=PSEUDONYMISE_HELP)
    add_filter_arguments(p)

    p = verb("report", cmd_report, "write the NPS report workbook (.xlsx): figures, method,"
             " items and charts")
    p.add_argument("catalogue", type=Path)
    p.add_argument("out", type=Path, metavar="OUT.xlsx")
    p.add_argument("--pseudonymise", action="store_true", help=PSEUDONYMISE_HELP)
    add_filter_arguments(p)
