"""`advocacy people add|list`, `roles list`, `matrix`, `maturity`: step 5 of the method from a
terminal — who is in the team, the responsibility matrix, and the maturity level reached.

Exit codes as for every verb: 0 done, 1 the catalogue could not be used or the change was
refused (a duplicate e-mail, an unknown role), 2 a usage error (e.g. a matrix file that is not
.xlsx).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advocacy_desktop.cli_common import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from advocacy_desktop.cli_common import fail as _fail
from advocacy_desktop.cli_common import print_json as _print_json


def cmd_people_add(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, people_service

    with catalogue_service.open_existing(args.catalogue) as catalogue:
        role_ids = []
        for name in args.role:
            found = people_service.find_role(catalogue, name)
            if found is None:
                known = ", ".join(r.name for r in people_service.list_roles(catalogue))
                return _fail(f"there is no role “{name}” (roles: {known})", EXIT_FAILED)
            role_ids.append(found.id)
        try:
            person_id = people_service.add_person(catalogue, args.name, args.email)
        except people_service.PeopleError as exc:
            return _fail(str(exc), EXIT_FAILED)
        for role_id in role_ids:
            people_service.assign_role(catalogue, person_id, role_id)
        person = people_service.get_person(catalogue, person_id)
    roles = f" ({', '.join(person.roles)})" if person.roles else ""
    print(f"Added {person.name}{roles}, id {person.id}")
    return EXIT_OK


def cmd_people_list(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, people_service

    with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
        people = people_service.list_people(catalogue, include_inactive=args.all)
    if args.json:
        _print_json([p.as_dict() for p in people])
        return EXIT_OK
    if not people:
        print("No people yet.")
    for person in people:
        state = "" if person.active else "  (inactive)"
        print(f"{person.id:>5}  {person.name:<30} {person.email or '':<30} "
              f"{', '.join(person.roles)}{state}".rstrip())
    return EXIT_OK


def cmd_roles_list(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, people_service

    with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
        roles = people_service.list_roles(catalogue)
    if args.json:
        _print_json([r.as_dict() for r in roles])
        return EXIT_OK
    for role in roles:
        level = f"L{role.maturity_level}" if role.maturity_level else "  "
        print(f"{level}  {role.name:<26} {role.members:>3} member(s)  {role.description or ''}"
              .rstrip())
    return EXIT_OK


def cmd_matrix(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, responsibility_service

    if args.out.suffix.lower() != ".xlsx":
        return _fail(f"{args.out}: the matrix is written to an .xlsx file", EXIT_USAGE)
    with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
        rows = responsibility_service.matrix(catalogue)
        responsibility_service.export_matrix(catalogue, args.out)
    gaps = [r for r in rows if r.gap and r.entity == "need"]
    print(f"{len(rows):,} row(s) written to {args.out}; "
          f"{len(gaps):,} need(s) without anyone responsible")
    for row in gaps:
        print(f"  gap: {row.name}")
    return EXIT_OK


def cmd_maturity(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, responsibility_service

    with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
        result = responsibility_service.maturity(catalogue)
    if args.json:
        _print_json(result.as_dict())
        return EXIT_OK
    print(f"Maturity level {result.level} of 4")
    for reason in result.reasons_met:
        print(f"  met: {reason}")
    if result.level < 4:
        print(f"For level {result.level + 1}:")
        for missing in result.missing_for_next:
            print(f"  - {missing}")
    return EXIT_OK


def register(verb: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Add `people add|list`, `roles list`, `matrix` and `maturity` to the CLI parser."""
    people = verb("people", lambda _args: EXIT_USAGE, "the people in the advocacy team")
    actions = people.add_subparsers(dest="people_verb", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="add a person, optionally with roles")
    p.set_defaults(handler=cmd_people_add)
    p.add_argument("catalogue", type=Path)
    p.add_argument("name")
    p.add_argument("--email", help="e-mail address (unique in the catalogue)")
    p.add_argument("--role", action="append", default=[],
                   help="a role to give (by name; repeat for several)")
    p = actions.add_parser("list", help="the people, with their roles")
    p.set_defaults(handler=cmd_people_list)
    p.add_argument("catalogue", type=Path)
    p.add_argument("--all", action="store_true", help="include inactive people")
    p.add_argument("--json", action="store_true", help="print JSON")

    roles = verb("roles", lambda _args: EXIT_USAGE, "the roles people can hold")
    actions = roles.add_subparsers(dest="roles_verb", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="the roles, maturity-level ones first")
    p.set_defaults(handler=cmd_roles_list)
    p.add_argument("catalogue", type=Path)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = verb("matrix", cmd_matrix, "write the responsibility matrix (RACI) to an .xlsx file")
    p.add_argument("catalogue", type=Path)
    p.add_argument("out", type=Path)

    p = verb("maturity", cmd_maturity, "which advocacy maturity level the set-up reaches")
    p.add_argument("catalogue", type=Path)
    p.add_argument("--json", action="store_true", help="print JSON")
