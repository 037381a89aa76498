"""`advocacy merge` and `advocacy copy`: catalogues from the field, and whole copies.

    advocacy merge home.advocacy field.advocacy --dry-run        # the report, nothing written
    advocacy merge home.advocacy field.advocacy --theirs 0193…   # take their version of one item
    advocacy copy shop.advocacy postgresql+psycopg://host/shop   # (or back, or file to file)

A merge lists what it would add, what maps by name and every conflict (the same item edited in
both); unresolved conflicts keep ours and are listed again after the merge. Exit codes: 0 merged
(or planned), 1 a catalogue could not be used or the copy failed, 2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any

from advocacy_desktop.cli_common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, print_json
from advocacy_desktop.cli_common import fail as _fail


def _open(spec: str, *, read_only: bool) -> Any:
    """A catalogue file, or a team catalogue when `spec` is a database URL."""
    from advocacy_desktop.db import team

    if team.is_team_url(spec):
        return team.open_team_catalogue(spec, read_only=read_only)
    from advocacy_desktop.services import catalogue_service

    return catalogue_service.open_existing(spec, read_only=read_only)


def _print_plan(plan: Any) -> None:
    out = sys.stdout
    print(f"Merge {plan.source} into {plan.target}", file=out)
    print(f"{'table':<18}{'new':>8}{'same':>8}{'mapped':>8}{'conflicts':>10}", file=out)
    for table, c in plan.tables.items():
        if c.new or c.identical or c.mapped or c.conflicts:
            print(f"{table:<18}{c.new:>8,}{c.identical:>8,}{c.mapped:>8,}{c.conflicts:>10,}",
                  file=out)
    for row in plan.mapped:
        print(f"mapped by {row.by}: {row.table} {row.label!r} (theirs {row.theirs_uuid}"
              f" → ours {row.ours_uuid})", file=out)
    for conflict in plan.conflicts:
        hint = f", newer: {conflict.newer}" if conflict.newer else ""
        print(f"conflict {conflict.uuid} ({conflict.table}) {conflict.label}{hint}", file=out)
        for diff in conflict.fields:
            print(f"    {diff.field}: ours {diff.ours!r} | theirs {diff.theirs!r}", file=out)
    for notice in plan.notices:
        print(f"note: {notice}", file=out)


def cmd_merge(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_merge

    with ExitStack() as stack:
        target = stack.enter_context(_open(args.target, read_only=args.dry_run))
        source = stack.enter_context(_open(args.source, read_only=True))
        plan = catalogue_merge.plan(target, source)
        by_uuid = {c.uuid: c for c in plan.conflicts}
        unknown = [u for u in args.theirs if u not in by_uuid]
        if unknown:
            return _fail(f"no conflict has the UUID {unknown[0]} (see --dry-run)", EXIT_USAGE)
        choices: dict[str, catalogue_merge.Choice] = {by_uuid[u].id: "theirs"
                                                      for u in args.theirs}
        if args.newer:
            choices.update({c.id: "theirs" for c in plan.conflicts if c.newer == "theirs"})
        if args.dry_run:
            if args.json:
                print_json({"dry_run": True, **plan.as_dict()})
            else:
                _print_plan(plan)
                print(f"Dry run: {plan.new_rows:,} rows would be added,"
                      f" {len(plan.conflicts):,} conflicts to choose.")
            return EXIT_OK
        report = catalogue_merge.apply(target, source, plan, choices)
    if args.json:
        print_json({"dry_run": False, **report.as_dict()})
        return EXIT_OK
    _print_plan(report.plan)
    print(f"Merged: {report.plan.new_rows:,} rows added, {len(report.taken_theirs):,}"
          f" conflicts took theirs, {len(report.kept_ours):,} kept ours.")
    for conflict_id in report.kept_ours:
        print(f"kept ours: {conflict_id}")
    return EXIT_OK


def cmd_copy(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_copy

    with _open(args.source, read_only=True) as source:
        try:
            report = catalogue_copy.copy(source, args.target)
        except catalogue_copy.CopyError as exc:
            return _fail(str(exc), EXIT_FAILED)
    if args.json:
        print_json(report.as_dict())
    else:
        print(f"Copied {report.rows:,} rows from {report.source} to {report.target}"
              f" in {report.seconds:.1f} s; every table checked (counts and digests equal).")
    return EXIT_OK


def register(verb: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Add `merge` and `copy` to the CLI parser."""
    p = verb("merge", cmd_merge,
             "merge another catalogue's items, needs, people and assignments into TARGET")
    p.add_argument("target", metavar="TARGET", help="catalogue file or database URL (ours)")
    p.add_argument("source", metavar="SOURCE", help="the catalogue to bring in (theirs)")
    p.add_argument("--dry-run", action="store_true", help="only print what would happen")
    p.add_argument("--theirs", action="append", default=[], metavar="UUID",
                   help="take their version of this conflicting row (repeatable)")
    p.add_argument("--newer", action="store_true",
                   help="take theirs for every conflict where theirs was edited later")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = verb("copy", cmd_copy,
             "copy a whole catalogue into a new file or an empty database, and check it")
    p.add_argument("source", metavar="SOURCE", help="catalogue file or database URL")
    p.add_argument("target", metavar="TARGET", help="a new file, or an empty database URL")
    p.add_argument("--json", action="store_true", help="print JSON")
