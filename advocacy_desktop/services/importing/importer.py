"""One import: open the file, settle the column mapping, check every value, write the batch.

All valid rows are written in one transaction; a cancel, an error or a kill leaves the
catalogue as it was. A row is rejected when any mapped cell cannot be read (its column,
value and reason are stored with the whole original row), or when it holds neither a score,
a rating nor a text. Duplicates (same external id and source, else the same normalised
content) add nothing and are counted.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.domain.fields import Field, fold
from advocacy_desktop.domain.mapping import Mapping, detect_mapping
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.domain.values import (
    DateOrder,
    date_order_needed,
    detect_date_orders,
)
from advocacy_desktop.services.importing import templates, worker
from advocacy_desktop.services.importing.convert import NO_CONTENT
from advocacy_desktop.services.importing.errors import ImportCancelled
from advocacy_desktop.services.importing.table import Limits, Value
from advocacy_desktop.services.importing.writer import (
    BatchWriter,
    PgBatchWriter,
    current_actor,
    retried,
)
from advocacy_desktop.services.sql_compat import PgDriver, driver

ProgressCallback = Callable[[int, int | None], None]
log = logging.getLogger(__name__)

__all__ = ["NO_CONTENT", "ImportOptions", "ImportResult", "resolve_mapping", "run_import"]


class ImportSetupError(Exception):
    """The import cannot start as asked (a usage problem, not a damaged file)."""


class DateOrderNeeded(ImportSetupError):
    """Text dates such as 05/01/2024 need the user to say which order they are in."""

    def __init__(self, column: str, orders: set[DateOrder]) -> None:
        self.column = column
        self.orders = orders
        fits = " or ".join(sorted(f"{o.value} ({o.label})" for o in orders)) or "no single order"
        super().__init__(
            f'The dates in column "{column}" can be read more than one way (e.g. 05/01/2024); '
            f"they fit {fits}. Choose the date order (--date-format DMY, MDY or YMD)."
        )


@dataclass
class ImportOptions:
    """What the user chose. Unset values are detected from the file."""

    sheet: str | int | None = None
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int | None = None
    mapping: Mapping | None = None
    """The whole mapping, as corrected in the wizard; else a saved template or detection."""
    overrides: dict[Field, str | None] = field(default_factory=dict)
    """Single corrections on top (CLI --map FIELD=HEADER; None unmaps the field)."""
    source_name: str | None = None
    """Source of the rows whose own source cell is blank (or of all, without a column)."""
    date_order: DateOrder | None = None
    rating_scale: int | None = None
    dry_run: bool = False
    save_template_as: str | None = None
    limits: Limits = field(default_factory=Limits)

    def as_dict(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "source": self.source_name,
            "date_order": None if self.date_order is None else self.date_order.value,
            "dry_run": self.dry_run,
        }


@dataclass
class ImportResult:
    batch_id: int | None
    rows_read: int
    imported: int
    duplicates: int
    rejected: int
    path: Path
    sheet: str | None = None
    dry_run: bool = False
    mapping: Mapping | None = None
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    tagged_by_rules: int = 0
    """Items the catalogue's auto-tag rules tagged in this batch."""

    def as_dict(self) -> dict[str, Any]:
        """The figures `advocacy import --json` prints."""
        return {
            "batch_id": self.batch_id,
            "rows_read": self.rows_read,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
        }


class _DryRunDone(Exception):
    """Raised inside the transaction to roll a dry run back after counting."""


# ---------------------------------------------------------------- mapping


def resolve_mapping(
    catalogue: Catalogue | None,
    headers: list[str],
    options: ImportOptions,
    samples: list[tuple[int, list[Value]]],
) -> Mapping:
    """The user's mapping, else a saved template for these headers, else detection; then
    the single overrides, the date order and the rating scale from the options."""
    if options.mapping is not None:
        mapping = options.mapping
    else:
        mapping = None
        if catalogue is not None:
            mapping = templates.template_for(catalogue, headers)
        if mapping is None:
            mapping = detect_mapping(headers, [values for _n, values in samples])
    for fld, header in options.overrides.items():
        if header is not None and header not in mapping.headers:
            match = [h for h in mapping.headers if fold(h) == fold(header)]
            if len(match) != 1:
                known = ", ".join(f'"{h}"' for h in mapping.headers)
                raise ImportSetupError(
                    f'The file has no column "{header}" (for {fld.value}). Columns: {known}.'
                )
            header = match[0]
        mapping.assign(fld, header)
    if options.date_order is not None:
        mapping.date_order = options.date_order
    if options.rating_scale is not None:
        mapping.rating_scale = options.rating_scale
    return mapping


def check_date_order(mapping: Mapping, samples: list[tuple[int, list[Value]]]) -> None:
    column = mapping.column_of(Field.DATE)
    if column is None or mapping.date_order is not None:
        return
    values = [v[column] for _n, v in samples if column < len(v) and v[column] is not None]
    if date_order_needed(values):
        raise DateOrderNeeded(mapping.headers[column], detect_date_orders(values))


# ---------------------------------------------------------------- the run


def file_sha256(path: Path, should_cancel: Callable[[], bool] | None = None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(4 * 1024 * 1024):
            if should_cancel is not None and should_cancel():
                raise ImportCancelled()
            digest.update(chunk)
    return digest.hexdigest()


def open_options(options: ImportOptions) -> dict[str, Any]:
    """The arguments of `open_table` these options give (they travel to a worker process)."""
    return {
        "sheet": options.sheet,
        "encoding": options.encoding,
        "delimiter": options.delimiter,
        "header_row": options.header_row,
        "limits": options.limits,
    }


def _write_batch(
    catalogue: Catalogue,
    path: Path,
    rows: Any,
    mapping: Mapping,
    digest: str,
    options: ImportOptions,
    progress: ProgressCallback | None,
    should_cancel: Callable[[], bool] | None,
) -> ImportResult:
    """One transaction: the batch row, every chunk, the rules, the template."""
    head = rows.head
    rows_read = 0
    result: ImportResult | None = None
    try:
        with catalogue.write_connection() as connection:
            conn = driver(connection)
            if isinstance(conn, PgDriver):
                # READ COMMITTED (the team catalogue's default is REPEATABLE READ): a row
                # another import committed meanwhile is skipped as a duplicate instead of
                # failing the whole batch, and a name looked up under its lock is seen.
                conn.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
                writer: BatchWriter = PgBatchWriter(conn)
            else:
                writer = BatchWriter(conn)
            batch_id = writer.start(
                file_name=str(path.resolve()),
                file_sha256=digest,
                sheet=head.sheet,
                default_source=options.source_name,
                mapping=mapping.to_dict(),
                options=options.as_dict(),
            )
            writer.suspend_indexes(head.total_rows_hint)
            rows.start(mapping, options.source_name, writer.first_feedback_id, batch_id)
            for chunk in rows.chunks(should_cancel):
                writer.write(chunk)
                rows_read += chunk.rows
                if progress is not None:
                    progress(rows_read, head.total_rows_hint)
            writer.finish(rows_read=rows_read, actor=current_actor())
            from advocacy_desktop.services import rules  # (imports this package)

            tagged = rules.apply_with(conn, batch_id=batch_id, should_cancel=should_cancel)
            if options.save_template_as and not options.dry_run:
                templates.save_template_on(conn, options.save_template_as, mapping)
            result = ImportResult(
                batch_id=None if options.dry_run else batch_id,
                rows_read=rows_read,
                imported=writer.inserted,
                duplicates=writer.attempted - writer.inserted,
                rejected=writer.rejected_rows,
                path=path,
                sheet=head.sheet,
                dry_run=options.dry_run,
                mapping=mapping,
                warnings=head.warnings + rows.warnings,
                tagged_by_rules=sum(len(change.ids) for change in tagged),
            )
            if options.dry_run:
                raise _DryRunDone()
    except _DryRunDone:
        pass
    assert result is not None
    return result


def run_import(
    catalogue: Catalogue,
    path: Path | str,
    options: ImportOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] | None = None,
    parallel: bool | None = None,
) -> ImportResult:
    """Import one file as one batch. Raises ImportFileError (file unreadable),
    ImportSetupError (options needed) or ImportCancelled; in each case nothing is written.
    `parallel` forces (True) or forbids (False) the worker process; None decides by size."""
    started = time.perf_counter()
    options = options or ImportOptions()
    path = Path(path)
    digest: list[str] = []  # kept across attempts: the file is hashed once

    def attempt() -> ImportResult:
        with worker.open_rows(
            path, open_options(options), parallel=parallel, should_cancel=should_cancel
        ) as rows:
            head = rows.head
            mapping = resolve_mapping(catalogue, head.headers, options, head.samples)
            check_date_order(mapping, head.samples)
            if not digest:
                digest.append(file_sha256(path, should_cancel))
            return _write_batch(catalogue, path, rows, mapping, digest[0], options,
                                progress, should_cancel)

    # On a team catalogue another writer may deadlock with this one (each waiting for rows
    # or names the other holds): the whole batch then runs again, reading the file again
    # (a big file's chunks are not kept in memory for it).
    result = retried(catalogue, attempt)
    if result.batch_id is not None and result.imported:  # after the commit: see route()
        from advocacy_desktop.services import workflow_service

        try:
            workflow_service.route_batch(catalogue, result.batch_id)
        except Exception as exc:  # the batch is committed: say so, do not report a failure
            log.warning("routing batch %s failed: %s", result.batch_id, exc)
            result.warnings.append(Message(QT_TRANSLATE_NOOP(
                "ImportErrors", "The items were imported, but assigning them to their owners "
                "failed ({problem}); they can be assigned from the Feedback page."),
                problem=str(exc)))
    result.seconds = time.perf_counter() - started
    return result
