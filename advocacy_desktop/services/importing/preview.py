"""What the import wizard shows before anything is written: the file, the mapping, the first
rows and the problems in them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.domain.fields import Field, ValueRejected
from advocacy_desktop.domain.mapping import Mapping
from advocacy_desktop.domain.values import DateOrder, date_order_needed, detect_date_orders
from advocacy_desktop.services.importing.convert import NO_CONTENT
from advocacy_desktop.services.importing.errors import EncodingNotConfirmed
from advocacy_desktop.services.importing.importer import ImportOptions, resolve_mapping
from advocacy_desktop.services.importing.table import FileInfo, Table, Value

PREVIEW_ROWS = 200


@dataclass(frozen=True)
class CellProblem:
    row_number: int
    column: int
    """Column index, or -1 for a problem of the whole row."""
    header: str | None
    value: Value
    reason: str


@dataclass
class ImportPreview:
    info: FileInfo
    headers: list[str]
    columns: list[str]
    """Spreadsheet letters of the columns."""
    sheet: str | None
    mapping: Mapping
    template_name: str | None
    rows: list[tuple[int, list[Value]]]
    problems: list[CellProblem]
    encoding: str | None
    encoding_confirmed: bool
    delimiter: str | None
    date_orders: set[DateOrder] = field(default_factory=set)
    """Orders the text dates fit, when they need a choice (empty when they do not)."""
    warnings: list[str] = field(default_factory=list)
    total_rows_hint: int | None = None

    @property
    def needs_date_order(self) -> bool:
        return bool(self.date_orders) and self.mapping.date_order is None

    def problems_at(self, row_number: int) -> list[CellProblem]:
        return [p for p in self.problems if p.row_number == row_number]


def first_rows(table: Table, limit: int) -> list[tuple[int, list[Value]]]:
    rows = table.rows()
    try:
        return list(islice(rows, limit))
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()


def check_rows(
    mapping: Mapping, rows: list[tuple[int, list[Value]]], *, epoch_1904: bool = False
) -> list[CellProblem]:
    """Every value the import would reject in these rows, with its reason."""
    problems: list[CellProblem] = []
    parsers = mapping.parsers(epoch_1904=epoch_1904)
    content = {Field.SCORE, Field.RATING, Field.TEXT}
    for row_number, values in rows:
        found = False
        has_content = False
        for fld, index, parse in parsers:
            raw = values[index] if index < len(values) else None
            if raw is None:
                continue
            try:
                parsed = parse(raw)
            except ValueRejected as exc:
                problems.append(
                    CellProblem(row_number, index, mapping.headers[index], raw, exc.reason)
                )
                found = True
                continue
            if fld in content and parsed is not None:
                has_content = True
        if not found and not has_content:
            problems.append(CellProblem(row_number, -1, None, None, NO_CONTENT))
    return problems


def preview_import(
    catalogue: Catalogue | None,
    path: Path | str,
    options: ImportOptions | None = None,
    *,
    limit: int = PREVIEW_ROWS,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportPreview:
    """Open the file as the import would, without writing. A guessed encoding (cp1252) is
    used for the preview and flagged: the user confirms it before importing."""
    from advocacy_desktop.services.importing import inspect_file, open_table

    options = options or ImportOptions()
    path = Path(path)
    info = inspect_file(path, limits=options.limits, should_cancel=should_cancel)
    confirmed = True
    encoding = options.encoding

    def open_with(chosen: str | None) -> Table:
        return open_table(
            path,
            sheet=options.sheet,
            encoding=chosen,
            delimiter=options.delimiter,
            header_row=options.header_row,
            limits=options.limits,
            should_cancel=should_cancel,
        )

    try:
        table = open_with(encoding)
    except EncodingNotConfirmed as guessed:
        confirmed = False
        encoding = guessed.encoding
        table = open_with(encoding)
    with table:
        rows = first_rows(table, limit)
        mapping = resolve_mapping(catalogue, list(table.headers), options, rows)
        date_orders: set[DateOrder] = set()
        date_column = mapping.column_of(Field.DATE)
        if date_column is not None:
            values = [v[date_column] for _n, v in rows if date_column < len(v)]
            values = [v for v in values if v is not None]
            if date_order_needed(values):
                date_orders = detect_date_orders(values) or set(DateOrder)
        return ImportPreview(
            info=info,
            headers=list(table.headers),
            columns=list(table.columns),
            sheet=table.sheet,
            mapping=mapping,
            template_name=mapping.name,
            rows=rows,
            problems=check_rows(
                mapping, rows, epoch_1904=bool(getattr(table, "epoch_1904", False))
            ),
            encoding=table.encoding or encoding,
            encoding_confirmed=confirmed,
            delimiter=table.delimiter,
            date_orders=date_orders,
            warnings=[w.message for w in table.warnings],
            total_rows_hint=table.total_rows_hint,
        )
