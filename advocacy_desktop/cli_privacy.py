"""`advocacy erase`: erase one customer's personal data on request, keeping their scores.

    advocacy erase shop.advocacy --customer ada@example.com
    advocacy erase shop.advocacy --customer 0193a1b2c3d4e5f6a7b8c9d0e1f2a3b4 --yes --json

The customer is named by uuid, external id or e-mail. Without --yes the command shows who
will be erased and asks; away from a terminal it needs --yes. Exit codes: 0 erased, 1 no such
customer, already erased or the catalogue could not be used, 2 a usage error (no --yes away
from a terminal, an ambiguous id: the candidates are listed).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advocacy_desktop.cli_common import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from advocacy_desktop.cli_common import fail as _fail
from advocacy_desktop.cli_common import print_json as _print_json


def _confirm(who: Any) -> bool:
    prompt = (f"Erase the personal data of {who.describe()}?\n"
              "Scores stay in the statistics; names, e-mails and comments are gone for good."
              " [y/N] ")
    try:
        answer = input(prompt)
    except EOFError:
        return False
    return answer.strip().casefold() in ("y", "yes")


def cmd_erase(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, privacy

    with catalogue_service.open_existing(args.catalogue) as catalogue:
        found = privacy.find_customers(catalogue, args.customer)
        if not found:
            return _fail(f"no customer has the uuid, external id or e-mail {args.customer!r}",
                         EXIT_FAILED)
        if len(found) > 1:
            lines = "\n".join(f"  {c.describe()}" for c in found)
            return _fail(f"{args.customer!r} names {len(found)} customers; give one uuid:\n"
                         f"{lines}", EXIT_USAGE)
        who = found[0]
        if who.erased:
            return _fail(f"customer {who.uuid} was already erased", EXIT_FAILED)
        if not args.yes:
            if not sys.stdin.isatty():
                return _fail("add --yes to erase when not at a terminal", EXIT_USAGE)
            if not _confirm(who):
                print("Nothing was erased.")
                return EXIT_FAILED
        try:
            report = privacy.erase_customer(catalogue, who.id)
        except (LookupError, privacy.AlreadyErased) as exc:  # gone or erased meanwhile
            return _fail(str(exc), EXIT_FAILED)
    if args.json:
        _print_json(report.as_dict())
    else:
        print(f"Erased customer {report.customer_uuid}: {report.items} item(s) kept as"
              f" anonymous scores, {report.care_entries} care note(s) cleared,"
              f" {report.audit_rows_replaced + report.audit_rows_scrubbed} audit row(s) and"
              f" {report.rejected_rows_blanked} rejected import row(s) cleaned.")
    return EXIT_OK


def register(verb: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Add `erase` to the CLI parser."""
    p = verb("erase", cmd_erase, "erase one customer's personal data; their scores stay in"
             " the statistics")
    p.add_argument("catalogue", type=Path)
    p.add_argument("--customer", required=True, metavar="ID",
                   help="the customer's uuid, external id or e-mail")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true", help="print JSON")
