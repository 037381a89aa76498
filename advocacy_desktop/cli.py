"""`advocacy`: the catalogue from a terminal, through the same services as the GUI.

Exit codes: 0 success, 1 the catalogue or file could not be used (damaged, missing, refused),
2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from advocacy_desktop import __version__
from advocacy_desktop.cli_common import EXIT_FAILED, EXIT_OK
from advocacy_desktop.cli_common import print_json as _print_json

Handler = Callable[[argparse.Namespace], int]
_LOCATIONS = {
    "network": "a network share (SQLite there is safe for one writer at a time only)",
    "cloud": "a cloud-sync folder (two machines writing at once can corrupt it)",
}



def cmd_init(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service

    with catalogue_service.create(args.path) as catalogue:
        print(f"Created catalogue {catalogue.path}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service

    with catalogue_service.open_existing(args.path, read_only=True) as catalogue:
        info = catalogue_service.catalogue_info(catalogue)
        location, holder = catalogue.location, catalogue.held_by
    if args.json:
        _print_json({**info.as_dict(), "location": location,
                     "open_by": holder.describe() if holder else None})
        return EXIT_OK
    print(f"Catalogue:  {info.path}")
    print(f"Size:       {info.size_bytes:,} bytes")
    print(f"Schema:     {info.schema_revision} (this version: {info.head_revision})")
    if location != "local":
        print(f"Location:   {_LOCATIONS[location]}")
    if holder is not None:
        print(f"Open by:    {holder.describe()}")
    for name, value in vars(info.counts).items():
        print(f"{name.replace('_', ' ').capitalize() + ':':<16}{value:>10,}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service

    if args.repair_summaries:
        with catalogue_service.open_existing(args.path) as catalogue:
            catalogue_service.rebuild_summaries(catalogue)
    report = catalogue_service.check(args.path)
    if args.json:
        _print_json({"path": report.path, "ok": report.ok, "problems": report.problems})
    elif report.ok:
        print(f"{report.path}: ok")
    else:
        print(f"{report.path}: {len(report.problems)} problem(s)", file=sys.stderr)
        for problem in report.problems:
            print(f"  - {problem}", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_backup(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service

    out = catalogue_service.backup(args.path, args.out)
    print(f"Backup written to {out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service

    target = catalogue_service.restore(args.backup, args.target, overwrite=args.overwrite)
    print(f"Restored {args.backup} as {target}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="advocacy",
        description="Advocacy Desktop from the terminal: catalogues of customer feedback.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND", required=True)

    def verb(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = verbs.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    p = verb("init", cmd_init, "create a new, empty catalogue file (refuses an existing file)")
    p.add_argument("path", type=Path)

    p = verb("info", cmd_info, "show a catalogue's schema revision and counts (read-only)")
    p.add_argument("path", type=Path)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = verb("check", cmd_check, "check a catalogue's integrity; exit 1 when it is damaged")
    p.add_argument("path", type=Path)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--repair-summaries", action="store_true",
                   help="count the dashboard's summary tables again first")

    p = verb("backup", cmd_backup, "write a consistent copy with SQLite's online backup")
    p.add_argument("path", type=Path)
    p.add_argument("out", type=Path, help="backup file, or a folder to put a dated one in")

    p = verb("restore", cmd_restore, "restore a backup as a catalogue file")
    p.add_argument("backup", type=Path)
    p.add_argument("target", type=Path)
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an existing target (it is kept beside as *.replaced-DATE)",
    )
    from advocacy_desktop import cli_import

    cli_import.register(verb)
    from advocacy_desktop import cli_needs

    cli_needs.register(verb)
    from advocacy_desktop import cli_tagging

    cli_tagging.register(verb)
    from advocacy_desktop import cli_people

    cli_people.register(verb)
    from advocacy_desktop import cli_workflow

    cli_workflow.register(verb)
    from advocacy_desktop import cli_nps

    cli_nps.register(verb)
    from advocacy_desktop import cli_chart

    cli_chart.register(verb)
    from advocacy_desktop import cli_export

    cli_export.register(verb)
    from advocacy_desktop import cli_privacy

    cli_privacy.register(verb)
    from advocacy_desktop import cli_advocates

    cli_advocates.register(verb)
    from advocacy_desktop import cli_team

    cli_team.register(verb)
    from advocacy_desktop import cli_demo

    cli_demo.register(verb)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 0 for --help/--version, 2 for usage errors
        return int(exc.code or 0)
    from advocacy_desktop.db.errors import CatalogueError

    try:
        return args.handler(args)
    except CatalogueError as exc:
        print(f"advocacy: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"advocacy: {exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(main())
