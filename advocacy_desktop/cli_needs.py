"""`advocacy needs list|export|import`: the taxonomy of customer needs from a terminal.

Exit codes as for every verb: 0 done, 1 the catalogue or the file could not be used (missing,
damaged, not a taxonomy), 2 a usage error (e.g. exporting to a name that is neither .json
nor .csv).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advocacy_desktop.cli_common import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from advocacy_desktop.cli_common import fail as _fail


def cmd_list(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, needs_service

    with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
        listed = needs_service.list_needs(catalogue)
    if args.json:
        json.dump([n.as_dict() for n in listed], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not listed:
        print("No needs yet.")
    for need in listed:
        key = f"[{need.shortcut}]" if need.shortcut else ""
        label = f"{'  ' * need.depth}{need.name} {key}".rstrip()
        print(f"{label:<48} {need.items_with_children:>9,} item(s)  {need.colour or ''}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, taxonomy_files

    if args.file.suffix.lower() not in (".json", ".csv"):
        return _fail(f"{args.file}: export to a .json or a .csv file", EXIT_USAGE)
    with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
        count = taxonomy_files.export_taxonomy(catalogue, args.file)
    print(f"{count:,} need(s) written to {args.file}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, taxonomy_files
    from advocacy_desktop.services.needs_service import NeedsError

    try:
        with catalogue_service.open_existing(args.catalogue) as catalogue:
            summary = taxonomy_files.import_taxonomy(catalogue, args.file)
    except NeedsError as exc:
        return _fail(str(exc), EXIT_FAILED)
    if args.json:
        json.dump(summary.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    print(f"Imported needs from {args.file}: {summary.added} added, {summary.updated} updated, "
          f"{summary.unchanged} unchanged")
    for warning in summary.warnings:
        print(f"  note: {warning}")
    return EXIT_OK


def register(verb: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Add `needs list|export|import` to the CLI parser (`verb(name, handler, help)`)."""
    needs = verb("needs", lambda _args: EXIT_USAGE, "the taxonomy of customer needs")
    actions = needs.add_subparsers(dest="needs_verb", metavar="ACTION", required=True)

    p = actions.add_parser("list", help="the needs as a tree, with their item counts")
    p.set_defaults(handler=cmd_list)
    p.add_argument("catalogue", type=Path)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = actions.add_parser(
        "export", help="write the taxonomy to a .json file (to adopt elsewhere) or a .csv"
    )
    p.set_defaults(handler=cmd_export)
    p.add_argument("catalogue", type=Path)
    p.add_argument("file", type=Path)

    p = actions.add_parser(
        "import", help="merge a taxonomy file (.json or .csv) into the catalogue; deletes nothing"
    )
    p.set_defaults(handler=cmd_import)
    p.add_argument("catalogue", type=Path)
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
