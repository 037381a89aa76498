"""`advocacy assign|status|queue|actions`: the follow-up workflow from a terminal.

    advocacy assign shop.advocacy --to Ada --ids 12 13 [--overwrite]
    advocacy assign shop.advocacy --to ada@example.com --need "Price > Discounts"
    advocacy status shop.advocacy --ids 12 13 --to triaged
    advocacy queue shop.advocacy [--person Ada] [--overdue] [--json]
    advocacy actions shop.advocacy actions.xlsx
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from advocacy_desktop.cli_common import EXIT_FAILED, EXIT_OK
from advocacy_desktop.cli_common import fail as _fail
from advocacy_desktop.domain.workflow import STATUSES


def cmd_assign(args: argparse.Namespace) -> int:
    from advocacy_desktop.cli_tagging import _find_need
    from advocacy_desktop.services import catalogue_service, workflow_service

    if bool(args.ids) == bool(args.need):
        return _fail("give either --ids or --need")
    with catalogue_service.open_existing(args.catalogue) as catalogue:
        try:
            person_id, name = workflow_service.find_person(catalogue, args.to)
            if args.need:
                ids = workflow_service.open_ids_with_need(catalogue, _find_need(catalogue,
                                                                               args.need).id)
            else:
                ids = args.ids
        except LookupError as exc:
            return _fail(str(exc))
        change = workflow_service.assign(catalogue, ids, person_id, overwrite=args.overwrite)
    kept = len(set(ids)) - len(change.ids)
    print(f"Assigned {len(change.ids):,} of {len(set(ids)):,} item(s) to {name}"
          + (f"; {kept:,} kept their owner (--overwrite to replace)" if kept else "") + ".")
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, workflow_service

    with catalogue_service.open_existing(args.catalogue) as catalogue:
        try:
            change = workflow_service.set_status(catalogue, args.ids, args.to)
        except (LookupError, workflow_service.IllegalTransition) as exc:
            return _fail(str(exc), EXIT_FAILED)
    print(f"{len(change.ids):,} item(s) now {args.to}.")
    return EXIT_OK


def cmd_queue(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, workflow_service

    with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
        person_id = None
        if args.person:
            try:
                person_id = workflow_service.find_person(catalogue, args.person)[0]
            except LookupError as exc:
                return _fail(str(exc))
        items = workflow_service.follow_up_queue(
            catalogue, person_id=person_id, overdue_only=args.overdue, working_days=args.days
        )
    if args.json:
        json.dump([asdict(q) for q in items], sys.stdout, ensure_ascii=False, indent=2,
                  default=str)
        sys.stdout.write("\n")
        return EXIT_OK
    if not items:
        print("Nobody to follow up.")
    for q in items:
        flag = "OVERDUE" if q.overdue else ""
        print(f"{q.id:>7}  {q.score!s:>2}  due {q.due or '-':<10} {flag:<7}  "
              f"{q.assignee or '(nobody)':<16} {q.excerpt[:60]}")
    return EXIT_OK


def cmd_actions(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, workflow_service

    with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
        count = workflow_service.export_actions(catalogue, args.out)
    print(f"Wrote {count:,} open item(s) to {args.out}")
    return EXIT_OK


def register(verb: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Add `assign`, `status`, `queue` and `actions` to the CLI parser."""
    p = verb("assign", cmd_assign, "give items to a person (by ids, or the open items of a need)")
    p.add_argument("catalogue", type=Path)
    p.add_argument("--to", required=True, metavar="PERSON", help="name or e-mail")
    p.add_argument("--ids", type=int, nargs="+", metavar="ID", help="item ids")
    p.add_argument("--need", metavar="NEED", help="the open items tagged with this need")
    p.add_argument("--overwrite", action="store_true", help="replace existing owners too")

    p = verb("status", cmd_status, "move items to a status (refuses illegal moves)")
    p.add_argument("catalogue", type=Path)
    p.add_argument("--ids", type=int, nargs="+", metavar="ID", required=True)
    p.add_argument("--to", required=True, choices=STATUSES)

    p = verb("queue", cmd_queue, "detractors not contacted yet, soonest due first")
    p.add_argument("catalogue", type=Path)
    p.add_argument("--person", metavar="PERSON", help="only this person's items")
    p.add_argument("--overdue", action="store_true", help="only overdue items")
    p.add_argument("--days", type=int, default=2,
                   help="working days to follow up after the feedback date (default 2)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = verb("actions", cmd_actions, "export the open action list to an xlsx file")
    p.add_argument("catalogue", type=Path)
    p.add_argument("out", type=Path)
