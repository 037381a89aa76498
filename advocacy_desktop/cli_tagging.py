"""`advocacy tag` and `advocacy rules`: tagging from a terminal, through the same services.

    advocacy tag shop.advocacy --need Price --ids 12 13 14
    advocacy tag shop.advocacy --need "Price > Discounts" --where "coupon"   # search text
    advocacy tag shop.advocacy --need Price --where "teuer" --untag
    advocacy rules list shop.advocacy [--json]
    advocacy rules add shop.advocacy --need Delivery --kind keyword --pattern Lieferung
    advocacy rules apply shop.advocacy
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advocacy_desktop.cli_common import EXIT_OK, EXIT_USAGE
from advocacy_desktop.cli_common import fail as _fail


def _find_need(catalogue: Any, name: str) -> Any:
    """A need by its name or its path ("Price > Discounts"), ignoring case and accents."""
    from advocacy_desktop.domain.fields import fold
    from advocacy_desktop.services import needs_service

    wanted = fold(" ".join(name.replace("›", ">").split()))
    needs = needs_service.list_needs(catalogue)
    by_path = [n for n in needs if fold(n.path.replace("›", ">")) == wanted]
    by_name = [n for n in needs if fold(n.name) == wanted]
    found = by_path or by_name
    if len(found) != 1:
        known = ", ".join(n.path for n in needs) or "none yet"
        what = "several needs are" if found else "no need is"
        raise LookupError(f'{what} called "{name}" (needs: {known}); use its full path')
    return found[0]


def cmd_tag(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, tagging
    from advocacy_desktop.services.feedback_filters import FeedbackFilter

    if bool(args.ids) == bool(args.where):
        return _fail("give either --ids or --where")
    with catalogue_service.open_existing(args.catalogue) as catalogue:
        try:
            need = _find_need(catalogue, args.need)
        except LookupError as exc:
            return _fail(str(exc))
        ids = args.ids or tagging.ids_matching(catalogue, FeedbackFilter(text=args.where))
        apply = tagging.untag if args.untag else tagging.tag
        change = apply(catalogue, ids, need.id)
    result = {"need": need.path, "selected": len(set(ids)), "changed": len(change.ids)}
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        verb = "Untagged" if args.untag else "Tagged"
        print(f"{verb} {len(change.ids):,} of {len(set(ids)):,} item(s): {need.path}")
    return EXIT_OK


def cmd_rules_list(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, rules

    with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
        found = rules.list_rules(catalogue)
    if args.json:
        rows = [{"id": r.id, "need": r.need_name, "kind": r.kind.value, "pattern": r.pattern,
                 "active": r.active} for r in found]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not found:
        print("No rules yet.")
    for r in found:
        state = "" if r.active else "  (off)"
        print(f"{r.id:>4}  {r.need_name:<24} {r.kind.value:<8} {r.pattern}{state}")
    return EXIT_OK


def cmd_rules_add(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, rules

    with catalogue_service.open_existing(args.catalogue) as catalogue:
        try:
            need = _find_need(catalogue, args.need)
            shown = rules.preview(catalogue, need.id, args.kind, args.pattern)
            rule_id = rules.add_rule(catalogue, need.id, args.kind, args.pattern)
        except (LookupError, rules.BadRule) as exc:
            return _fail(str(exc))
    print(f"Rule {rule_id} added: {args.kind} {args.pattern!r} -> {need.path}"
          f" (matches {shown.matches:,} item(s), {shown.new:,} not tagged yet;"
          " `advocacy rules apply` tags them)")
    return EXIT_OK


def cmd_rules_apply(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service, rules

    with catalogue_service.open_existing(args.catalogue) as catalogue:
        changes = rules.apply_rules(catalogue)
    total = sum(len(c.ids) for c in changes)
    if args.json:
        json.dump({"tagged": total, "needs": len(changes)}, sys.stdout)
        sys.stdout.write("\n")
    else:
        print(f"Rules tagged {total:,} item(s) with {len(changes)} need(s).")
    return EXIT_OK


def register(verb: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Add `tag` and `rules` to the CLI parser."""
    p = verb("tag", cmd_tag, "tag (or --untag) items with a need, by id or by search text")
    p.add_argument("catalogue", type=Path)
    p.add_argument("--need", required=True, help='need name or path, e.g. "Price > Discounts"')
    p.add_argument("--ids", type=int, nargs="+", metavar="ID", help="item ids")
    p.add_argument("--where", metavar="TEXT", help="items whose text matches this search")
    p.add_argument("--untag", action="store_true", help="remove the need instead")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = verb("rules", lambda _args: EXIT_USAGE, "auto-tag rules: list, add, apply")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("list", help="list the rules")
    q.set_defaults(handler=cmd_rules_list)
    q.add_argument("catalogue", type=Path)
    q.add_argument("--json", action="store_true")
    q = actions.add_parser("add", help="add a rule (shows how many items it matches)")
    q.set_defaults(handler=cmd_rules_add)
    q.add_argument("catalogue", type=Path)
    q.add_argument("--need", required=True)
    q.add_argument("--kind", choices=("keyword", "phrase", "regex"), default="keyword")
    q.add_argument("--pattern", required=True)
    q = actions.add_parser("apply", help="apply every active rule to the whole catalogue")
    q.set_defaults(handler=cmd_rules_apply)
    q.add_argument("catalogue", type=Path)
    q.add_argument("--json", action="store_true")
