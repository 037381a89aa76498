"""`advocacy import`, `imports`, `rejects` and `undo-import`: importing from a terminal.

Exit codes as for every verb: 0 the import committed (even with rejected rows), 1 the file or
catalogue could not be used, 2 a usage error (e.g. a column named in --map that the file
lacks, or ambiguous dates without --date-format).
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

FIELD_NAMES = (
    "date score rating text source customer_name email customer_id external_id channel "
    "country product language needs assignee status"
).split()




def _options(args: argparse.Namespace) -> Any:
    from advocacy_desktop.services import import_service as svc

    overrides: dict[Any, str | None] = {}
    for item in args.map or []:
        name, sep, header = item.partition("=")
        name = name.strip().lower().replace("-", "_")
        if not sep or name not in FIELD_NAMES:
            raise ValueError(
                f"--map {item!r}: use FIELD=HEADER with FIELD one of {', '.join(FIELD_NAMES)}"
            )
        overrides[svc.Field(name)] = header.strip() or None
    order = None
    if args.date_format:
        try:
            order = svc.DateOrder(args.date_format.upper())
        except ValueError:
            raise ValueError("--date-format must be DMY, MDY or YMD") from None
    delimiter = args.delimiter
    if delimiter is not None:
        delimiter = {"tab": "\t", "\\t": "\t"}.get(delimiter.lower(), delimiter)
        if len(delimiter) != 1:
            raise ValueError("--delimiter takes one character (or 'tab')")
    sheet: str | int | None = args.sheet
    return svc.ImportOptions(
        sheet=sheet,
        encoding=args.encoding,
        delimiter=delimiter,
        overrides=overrides,
        source_name=args.source,
        date_order=order,
        dry_run=args.dry_run,
        save_template_as=args.save_template,
    )


def _progress(enabled: bool) -> Callable[[int, int | None], None] | None:
    if not enabled:
        return None

    def show(done: int, total: int | None) -> None:
        of = f" of ~{total:,}" if total else ""
        print(f"\r{done:,}{of} rows", end="", file=sys.stderr, flush=True)

    return show


def cmd_import(args: argparse.Namespace) -> int:
    from advocacy_desktop.db.errors import CatalogueError
    from advocacy_desktop.services import catalogue_service
    from advocacy_desktop.services import import_service as svc

    try:
        options = _options(args)
    except ValueError as exc:
        return _fail(str(exc), EXIT_USAGE)
    interactive = not args.json and sys.stderr.isatty()
    try:
        with catalogue_service.open_existing(args.catalogue) as catalogue:
            result = svc.run_import(
                catalogue, args.file, options, progress=_progress(interactive)
            )
            if interactive:
                print(file=sys.stderr)
            if args.rejects and result.rejected and result.batch_id is not None:
                svc.export_rejects(catalogue, result.batch_id, args.rejects)
    except svc.EncodingNotConfirmed as exc:
        return _fail(f"{exc} Re-run with --encoding {exc.encoding} if the text is right.",
                     EXIT_FAILED)
    except svc.ImportFileError as exc:
        return _fail(str(exc), EXIT_FAILED)
    except svc.ImportSetupError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except CatalogueError as exc:
        return _fail(str(exc), EXIT_FAILED)
    if args.json:
        _print_json(result.as_dict())
        return EXIT_OK
    verb = "Checked (dry run, nothing written)" if result.dry_run else "Imported"
    print(f"{verb}: {args.file}")
    print(f"  rows read   {result.rows_read:>10,}")
    print(f"  imported    {result.imported:>10,}")
    print(f"  duplicates  {result.duplicates:>10,}")
    print(f"  rejected    {result.rejected:>10,}")
    if result.batch_id is not None:
        print(f"  batch       {result.batch_id:>10}   ({result.seconds:.1f} s)")
    for warning in result.warnings[:10]:
        print(f"  note: {warning}")
    if args.rejects and result.rejected and result.batch_id is not None:
        print(f"Rejected rows written to {args.rejects}")
    return EXIT_OK


def cmd_imports(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service
    from advocacy_desktop.services import import_service as svc

    with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
        batches = svc.list_batches(catalogue)
    if args.json:
        _print_json([b.as_dict() for b in batches])
        return EXIT_OK
    if not batches:
        print("No imports yet.")
    for b in batches:
        when = b.started_at.strftime("%Y-%m-%d %H:%M") if b.started_at else ""
        print(
            f"{b.id:>5}  {when}  {b.status:<9} read {b.rows_read:>9,}  imported {b.imported:>9,}"
            f"  duplicates {b.duplicates:>8,}  rejected {b.rejected:>7,}  {b.file_label}"
        )
    return EXIT_OK


def cmd_rejects(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service
    from advocacy_desktop.services import import_service as svc

    try:
        with catalogue_service.open_existing(args.catalogue, read_only=True) as catalogue:
            count = svc.export_rejects(catalogue, args.batch, args.out)
    except svc.BatchNotFound as exc:
        return _fail(str(exc), EXIT_USAGE)
    print(f"{count:,} rejected row(s) written to {args.out}")
    return EXIT_OK


def cmd_undo_import(args: argparse.Namespace) -> int:
    from advocacy_desktop.services import catalogue_service
    from advocacy_desktop.services import import_service as svc

    try:
        with catalogue_service.open_existing(args.catalogue) as catalogue:
            removed = svc.undo_batch(catalogue, args.batch)
    except svc.BatchNotFound as exc:
        return _fail(str(exc), EXIT_USAGE)
    print(f"Import {args.batch} undone: {removed:,} item(s) removed.")
    return EXIT_OK


def register(verb: Callable[[str, Callable[[argparse.Namespace], int], str], Any]) -> None:
    """Add the import verbs to the CLI parser (`verb(name, handler, help)` -> subparser)."""
    p = verb("import", cmd_import, "import a spreadsheet (xlsx, xlsm, ods, csv) as one batch")
    p.add_argument("catalogue", type=Path)
    p.add_argument("file", type=Path)
    p.add_argument("--sheet", help="worksheet name (default: the first)")
    p.add_argument("--source", help="source of rows that name none, e.g. Trustpilot")
    p.add_argument(
        "--map", action="append", metavar="FIELD=HEADER",
        help="map a column by hand (repeatable); an empty HEADER unmaps the field",
    )
    p.add_argument("--date-format", metavar="DMY|MDY|YMD", help="order of text dates")
    p.add_argument("--encoding", help="text encoding of a CSV, e.g. cp1252")
    p.add_argument("--delimiter", help="CSV delimiter: , ; | or tab")
    p.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    p.add_argument("--rejects", type=Path, metavar="OUT.xlsx", help="write rejected rows here")
    p.add_argument("--save-template", metavar="NAME", help="save the column mapping by name")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")

    p = verb("imports", cmd_imports, "list the import batches of a catalogue")
    p.add_argument("catalogue", type=Path)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = verb("rejects", cmd_rejects, "export a batch's rejected rows to xlsx, to fix and re-import")
    p.add_argument("catalogue", type=Path)
    p.add_argument("batch", type=int)
    p.add_argument("out", type=Path)

    p = verb("undo-import", cmd_undo_import, "remove the items an import batch added")
    p.add_argument("catalogue", type=Path)
    p.add_argument("batch", type=int)
