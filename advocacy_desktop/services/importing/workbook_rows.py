"""Rows of one loaded worksheet as a Table: header row, blanks, unreadable cells, merges.

Both engines give the same rows for the same sheet:

* python-calamine (the normal way): the sheet is already in memory, ``iter_rows()`` turns one
  row at a time into Python lists, so a 1M-row sheet never exists as 1M Python lists.
* openpyxl read-only (fallback for .xlsx that calamine refuses): streamed from the zip.

Values: blank cells are None; numbers stay floats (9.0, the value parsers accept it); date
cells are ``date`` (whole days) or ``datetime``; time-of-day and duration cells become text
("10:30:00", "30:00:00"). Oversized text was already refused by ``safety`` before loading.

Cells listed by the sheet scan as formulas without a saved result, or as Excel errors
(#DIV/0!, #N/A...), are read as None, listed in ``Table.unreadable_cells`` and warned about.

Merged cells: the value of a merged range is in its top-left cell. For imports a vertical
merge usually means "same value for these rows" (a source or a date written once for a block),
so the top-left value is repeated down the rows of the range in its first column; the other
columns of the range stay blank (a value is never copied sideways into another field). Each
merged range touching the data gets a warning. ODS files only say that spans exist, so there
the value stays in the top-left cell and one warning is added.
"""

from __future__ import annotations

import datetime
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.importing import safety
from advocacy_desktop.services.importing.errors import (
    DamagedFile,
    ImportFileError,
    UnsupportedFile,
)
from advocacy_desktop.services.importing.safety import SheetScan
from advocacy_desktop.services.importing.table import (
    FileKind,
    Limits,
    ReadWarning,
    Row,
    Table,
    Value,
    column_letter,
    make_headers,
)

HEADER_SCAN_ROWS = 20
"""Auto header: the first row with two or more values among this many rows from the first
non-empty one (a title line above the table is skipped); else the first non-empty row."""

_MIDNIGHT = datetime.time(0, 0)
_SPECIAL = frozenset({datetime.time, datetime.timedelta})


def _duration_text(value: datetime.timedelta) -> str:
    seconds = round(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"


def _special(value: Any) -> Value:
    """Time of day and durations, which the Value type does not hold, as text."""
    if isinstance(value, datetime.timedelta):
        return _duration_text(value)
    return value.isoformat()  # type: ignore[no-any-return]


def _openpyxl_value(value: Any) -> Value:
    """openpyxl values made identical to calamine's (float numbers, date for whole days)."""
    cls = value.__class__
    if cls is str:
        return value or None
    if cls is int:
        return float(value)
    if cls is datetime.datetime:
        return value.date() if value.time() == _MIDNIGHT and value.tzinfo is None else value
    if cls in _SPECIAL:
        return _special(value)
    return value  # type: ignore[no-any-return]


# ---------------------------------------------------------------------------------------------
# What the sheet scan found, placed in the table's columns


class _Fixes:
    """Unreadable cells and merged ranges, placed in the table's columns (relative indexes).

    Adds the warnings and ``Table.unreadable_cells`` once; ``applier()`` gives a fresh
    per-pass function that blanks unreadable cells and fills merged ranges down.
    """

    def __init__(
        self, table: Table, scan: SheetScan, header_number: int, first_col: int
    ) -> None:
        self.bad: dict[int, list[int]] = {}
        self.merges: list[tuple[int, int, int]] = []  # (first_row, last_row, col) to fill down
        unreadable: set[tuple[int, int]] = set()
        for row, col, code, error in _bad_cells(scan):
            rel = col - first_col
            if row < header_number or rel < 0:
                continue
            where = f"{column_letter(col)}{row}"
            header = row == header_number
            if header:
                label = column_letter(col)
            else:
                self.bad.setdefault(row, []).append(rel)
                unreadable.add((row, rel))
                label = table.column_label(rel)
            message = Message(_BAD_CELL[header, code], cell=where, error=error)
            table.warnings.add(ReadWarning(code, message, row=row, column=label))
        table.unreadable_cells = frozenset(unreadable)
        if scan.unlocated_formulas:
            table.warnings.add(
                ReadWarning(
                    "formula_without_value",
                    Message(QT_TRANSLATE_NOOP(
                        "ImportErrors", "{count} formula cells have no saved result and were "
                        "read as blank. Open the file in Excel or LibreOffice, save it and "
                        "import again."), count=scan.unlocated_formulas),
                )
            )
        if scan.ods_spans:
            table.warnings.add(
                ReadWarning(
                    "merged_cells",
                    Message(QT_TRANSLATE_NOOP(
                        "ImportErrors", "The sheet has merged cells; each merged value was read "
                        "in the first cell of its range only, the other cells are blank.")),
                )
            )
        for first_row, first, last_row, last in scan.merges:
            if last_row <= header_number or last < first_col:
                continue
            ref = f"{column_letter(first)}{first_row}:{column_letter(last)}{last_row}"
            top_left = f"{column_letter(first)}{first_row}"
            rel = first - first_col
            if first_row <= header_number:
                message = Message(QT_TRANSLATE_NOOP(
                    "ImportErrors", "Cells {cells} are merged with the header row; the rows "
                    "below the header are blank there."), cells=ref)
            elif last_row > first_row and rel >= 0:
                self.merges.append((first_row, last_row, rel))
                message = Message(QT_TRANSLATE_NOOP(
                    "ImportErrors", "Cells {cells} are merged; the value of {cell} was repeated "
                    "in each row of the range (first column only)."), cells=ref, cell=top_left)
            else:
                message = Message(QT_TRANSLATE_NOOP(
                    "ImportErrors", "Cells {cells} are merged; the value was read in {cell} "
                    "only."), cells=ref, cell=top_left)
            table.warnings.add(
                ReadWarning("merged_cells", message, row=first_row,
                            column=table.column_label(max(rel, 0)))
            )
        self.merges.sort(reverse=True)  # the pass pops the earliest first

    def applier(self) -> Callable[[int, list[Value]], None] | None:
        if not (self.bad or self.merges):
            return None
        bad = self.bad
        pending = list(self.merges)
        active: list[tuple[int, int, Value]] = []  # (last_row, col, value)

        def apply(number: int, values: list[Value]) -> None:
            nonlocal active
            cols = bad.get(number)
            if cols is not None:
                for col in cols:
                    if col < len(values):
                        values[col] = None
            while pending and pending[-1][0] <= number:
                first_row, last_row, col = pending.pop()
                if first_row == number and col < len(values) and values[col] is not None:
                    active.append((last_row, col, values[col]))
            if active:
                active = [entry for entry in active if entry[0] >= number]
                for _last, col, value in active:
                    if col < len(values) and values[col] is None:
                        values[col] = value

        return apply


_BAD_CELL = {  # (header cell?, code) -> what the warning says
    (True, "formula_without_value"): QT_TRANSLATE_NOOP(
        "ImportErrors", "The header cell {cell} is a formula without a saved result (the file "
        "was changed by a program that does not calculate; open and save it in Excel or "
        "LibreOffice to get the value); the column is named by its letter."),
    (False, "formula_without_value"): QT_TRANSLATE_NOOP(
        "ImportErrors", "Cell {cell} is a formula without a saved result (the file was changed "
        "by a program that does not calculate; open and save it in Excel or LibreOffice to get "
        "the value); it was read as blank."),
    (True, "error_cell"): QT_TRANSLATE_NOOP(
        "ImportErrors", "The header cell {cell} holds the Excel error {error}; the column is "
        "named by its letter."),
    (False, "error_cell"): QT_TRANSLATE_NOOP(
        "ImportErrors", "Cell {cell} holds the Excel error {error}; it was read as blank."),
}


def _bad_cells(scan: SheetScan) -> Iterator[tuple[int, int, str, str | None]]:
    """(row, column, code, the Excel error shown or None) of cells read as blank."""
    for row, col in scan.uncached_formulas:
        yield row, col, "formula_without_value", None
    for row, col, text in scan.error_cells:
        yield row, col, "error_cell", text


# ---------------------------------------------------------------------------------------------
# Header row


def _find_header(
    rows: Iterable[tuple[int, list[Value]]], header_row: int | None, path: Path, sheet: str
) -> tuple[int, list[Value]]:
    """(row number, values) of the header; (0, []) when ``header_row == 0``."""
    if header_row == 0:
        return 0, []
    first: tuple[int, list[Value]] | None = None
    for number, values in rows:
        if header_row is not None:
            if number < header_row:
                continue
            if number == header_row and any(v is not None for v in values):
                return number, values
            break
        if first is not None and number >= first[0] + HEADER_SCAN_ROWS:
            break
        filled = len(values) - values.count(None)
        if not filled:
            continue
        if first is None:
            first = (number, values)
        if filled >= 2:
            return number, values
    if first is not None:
        return first
    if header_row is None:
        raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "The sheet '{sheet}' is empty. Choose the sheet that holds the "
            "data."), sheet=sheet))
    raise ImportFileError(
        path,
        Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "Row {row} of the sheet '{sheet}' is empty. Choose another header "
            "row."), row=header_row, sheet=sheet),
        row=header_row,
    )


def _new_table(
    path: Path, kind: FileKind, sheet: str, header_number: int, header: list[Value],
    width: int, first_col: int, rows_hint: int | None,
) -> Table:
    if header_number == 0:
        headers = [column_letter(first_col + i) for i in range(width)]
    else:
        header = header + [None] * (width - len(header))
        headers = make_headers(header, first_col)
    return Table(
        path=path,
        kind=kind,
        headers=headers,
        columns=[column_letter(first_col + i) for i in range(len(headers))],
        header_row=header_number,
        sheet=sheet,
        total_rows_hint=max(rows_hint - header_number, 0) if rows_hint is not None else None,
    )


def _too_many(path: Path, limits: Limits, row: int) -> ImportFileError:
    from advocacy_desktop.services.importing.workbook_reader import _too_many_rows

    return _too_many_rows(path, limits, row=row)


# ---------------------------------------------------------------------------------------------
# python-calamine


def _numbered(sheet: Any) -> Iterator[tuple[int, list[Any]]]:
    """(1-based sheet row, cells). python-calamine pads ``iter_rows()`` with empty rows down
    to the first data row; should a version not do so, the first row is the data start."""
    start = sheet.start
    if start is None:
        return
    rows = iter(sheet.iter_rows())
    first = next(rows, None)
    if first is None:
        return
    number = 1 if start[0] > 0 and first.count("") == len(first) else start[0] + 1
    yield number, first
    yield from enumerate(rows, number + 1)


def _clean(cells: list[Any]) -> list[Value]:
    return [None if v == "" else (_special(v) if v.__class__ in _SPECIAL else v) for v in cells]


def calamine_table(
    path: Path,
    kind: FileKind,
    sheet: Any,
    header_row: int | None,
    limits: Limits,
    scan: SheetScan,
) -> Table:
    """A Table over a loaded ``python_calamine.CalamineSheet``."""
    name = sheet.name
    start = sheet.start
    width = sheet.width
    first_col = 0
    if start is not None:
        probe = next(iter(sheet.iter_rows()), None)
        first_col = start[1] if probe is not None and len(probe) == width else 0
        width = len(probe) if probe is not None else width
    numbered = ((n, _clean(cells)) for n, cells in _numbered(sheet))
    header_number, header = _find_header(numbered, header_row, path, name)
    end = sheet.end
    table = _new_table(path, kind, name, header_number, header, width, first_col,
                       end[0] + 1 if end is not None else None)
    fixes = _Fixes(table, scan, header_number, first_col)
    holder = [sheet]

    def rows() -> Iterator[Row]:
        if not holder:
            raise ValueError("this table is closed")
        return _calamine_rows(holder[0], header_number, fixes, limits, path)

    table._rows = rows
    table._close = holder.clear
    return table


def _calamine_rows(
    sheet: Any, header_number: int, fixes: _Fixes, limits: Limits, path: Path
) -> Iterator[Row]:
    """The hot loop (once per row of a 1M-row sheet): kept flat."""
    max_rows = limits.max_rows
    fix = fixes.applier()
    special = _SPECIAL
    count = 0
    for number, cells in _numbered(sheet):
        if number <= header_number:
            continue
        blanks = cells.count("")
        if blanks == len(cells):
            continue
        values: list[Value] = [None if v == "" else v for v in cells] if blanks else cells
        if not special.isdisjoint(map(type, values)):  # C-speed check; conversion is rare
            values = [_special(v) if v.__class__ in special else v for v in values]
        if fix is not None:
            fix(number, values)
        count += 1
        if count > max_rows:
            raise _too_many(path, limits, number)
        yield number, values


# ---------------------------------------------------------------------------------------------
# openpyxl (read-only), the fallback for .xlsx


def _load_openpyxl(path: Path) -> Any:
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style", unknown extensions...
            return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError:
        raise
    except Exception as exc:
        raise DamagedFile(path, safety.damaged_because(exc)) from exc


def openpyxl_table(
    path: Path,
    kind: FileKind,
    sheet_name: str,
    header_row: int | None,
    limits: Limits,
    scan: SheetScan,
) -> Table:
    """A Table over one sheet streamed by openpyxl in read-only mode.

    openpyxl does not know which columns hold data (its <dimension> also counts formatted and
    merged cells), so the columns are those of the header and of the first
    ``WIDTH_SAMPLE_ROWS`` rows below it: the same as calamine's on any ordinary sheet. A later
    row with values further right keeps them at the end, with a warning.
    """
    book = _load_openpyxl(path)
    try:
        sheet = book[sheet_name]
        declared_first = sheet.min_column - 1 if sheet.max_column else None
        declared_last = sheet.max_row
        sheet.reset_dimensions()  # never trust the declared size: it can cut rows off
        header_number, header = _find_header(
            _openpyxl_numbered(sheet, 0, path), header_row, path, sheet_name
        )
        sample = [header] if header_number else []
        for number, values in _openpyxl_numbered(sheet, 0, path):
            if number > header_number and values.count(None) != len(values):
                sample.append(values)
                if len(sample) > WIDTH_SAMPLE_ROWS:
                    break
        starts = [i for row in sample if (i := _first_used(row)) is not None]
        first_col = declared_first if declared_first is not None else min(starts, default=0)
        width = max((_used_width(row) - first_col for row in sample), default=1)
        table = _new_table(path, kind, sheet_name, header_number, header[first_col:],
                           max(width, 1), first_col, declared_last)
    except BaseException:
        book.close()
        raise
    fixes = _Fixes(table, scan, header_number, first_col)
    table._rows = lambda: _openpyxl_rows(sheet, table, header_number, first_col, fixes, limits)
    table._close = book.close
    return table


WIDTH_SAMPLE_ROWS = 200


def _first_used(values: list[Value]) -> int | None:
    return next((i for i, v in enumerate(values) if v is not None), None)


def _used_width(values: list[Value]) -> int:
    n = len(values)
    while n and values[n - 1] is None:
        n -= 1
    return n


def _openpyxl_numbered(
    sheet: Any, first_col: int, path: Path
) -> Iterator[tuple[int, list[Value]]]:
    """(1-based sheet row, values from ``first_col``); missing rows come as empty tuples."""
    try:
        for number, cells in enumerate(sheet.iter_rows(values_only=True), 1):
            if not cells:
                continue
            yield number, [None if v is None else _openpyxl_value(v) for v in cells[first_col:]]
    except ImportFileError:
        raise
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise DamagedFile(path, safety.DAMAGED) from exc
    except Exception as exc:  # openpyxl raises many kinds on malformed XML
        raise DamagedFile(path, safety.damaged_because(exc)) from exc


def _openpyxl_rows(
    sheet: Any, table: Table, header_number: int, first_col: int, fixes: _Fixes, limits: Limits
) -> Iterator[Row]:
    width = len(table.headers)
    fix = fixes.applier()
    count = 0
    for number, values in _openpyxl_numbered(sheet, first_col, table.path):
        if number <= header_number or values.count(None) == len(values):
            continue
        if len(values) != width:
            values = _fit(values, width, number, table)
        if fix is not None:
            fix(number, values)
        count += 1
        if count > limits.max_rows:
            raise _too_many(table.path, limits, number)
        yield number, values


def _fit(values: list[Value], width: int, number: int, table: Table) -> list[Value]:
    """Pad short rows; keep the extra values of long rows at the end, with a warning."""
    if len(values) < width:
        return values + [None] * (width - len(values))
    extra = values[width:]
    if extra.count(None) == len(extra):
        return values[:width]
    table.warnings.add(
        ReadWarning(
            "extra_values",
            Message(QT_TRANSLATE_NOOP(
                "ImportErrors", "Row {row} has values in {count} columns after the last header; "
                "they are kept at the end of the row."), row=number, count=len(values) - width),
            row=number,
        )
    )
    return values
