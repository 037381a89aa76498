"""Types shared by every reader: limits, file description, warnings and the Table."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import TracebackType

from advocacy_desktop.domain.mapping import column_letter as column_letter  # for the readers
from advocacy_desktop.services.importing.errors import ImportCancelled, ImportFileError

Value = str | int | float | bool | datetime.date | datetime.datetime | None
"""A raw cell value. Blank cells are None; no score or date parsing happens here."""

Row = tuple[int, list[Value]]
CancelCheck = Callable[[], bool]

MiB = 1024 * 1024


class FileKind(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    XLSM = "xlsm"
    ODS = "ods"

    @property
    def is_workbook(self) -> bool:
        return self is not FileKind.CSV


@dataclass(frozen=True)
class Limits:
    """What a file may contain before it is refused.

    The ratio applies to zip members larger than ``ratio_min_bytes``: small parts often compress
    far better than data does. A generated 100k-row feedback sheet compresses about 10:1; a
    classic zip bomb about 1000:1. 100:1 is also Apache POI's default.
    """

    max_rows: int = 2_000_000
    max_cell_chars: int = 32_767
    max_uncompressed_bytes: int = 2048 * MiB
    max_compression_ratio: float = 100.0
    ratio_min_bytes: int = 1 * MiB
    max_zip_members: int = 10_000


@dataclass(frozen=True)
class SheetInfo:
    name: str
    index: int
    hidden: bool = False
    """Hidden or 'very hidden' in the workbook: ask before reading it."""
    rows_hint: int | None = None
    """Last row number declared by the sheet (may include formatted empty rows)."""


@dataclass(frozen=True)
class FileInfo:
    path: Path
    kind: FileKind
    size_bytes: int
    sheets: tuple[SheetInfo, ...] = ()
    encoding: str | None = None
    """Python codec name for text files."""
    encoding_confirmed: bool = True
    """False when the encoding is a guess (Windows-1252/Latin-1) that the user must confirm."""
    delimiter: str | None = None
    notes: tuple[str, ...] = ()
    """Things worth telling the user, e.g. 'named .xlsx but contains CSV text'."""

    @property
    def needs_sheet_choice(self) -> bool:
        """More than one worksheet: ask the user which one to import."""
        return len(self.sheets) > 1


@dataclass(frozen=True)
class ReadWarning:
    """Something the user should know; the rows are still read."""

    code: str
    message: str
    row: int | None = None
    column: str | None = None


def column_index(letters: str) -> int:
    """'A' -> 0, 'AA' -> 26."""
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1


def header_text(value: Value) -> str:
    """A header cell as text: numbers without '.0', dates in ISO form, newlines as spaces."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return " ".join(str(value).split())


def make_headers(values: list[Value], first_column: int = 0) -> list[str]:
    """Header names: blanks named by column letter, duplicates made unique ('Score (2)')."""
    names: list[str] = []
    seen: set[str] = set()
    for offset, value in enumerate(values):
        name = header_text(value) or column_letter(first_column + offset)
        unique, n = name, 1
        while unique.casefold() in seen:
            n += 1
            unique = f"{name} ({n})"
        seen.add(unique.casefold())
        names.append(unique)
    return names


class WarningList(list[ReadWarning]):
    """Warnings with a cap per code, so a file with 100k bad cells does not flood the list."""

    PER_CODE = 100

    def __init__(self) -> None:
        super().__init__()
        self._counts: dict[str, int] = {}

    def add(self, warning: ReadWarning) -> None:
        count = self._counts.get(warning.code, 0) + 1
        self._counts[warning.code] = count
        if count <= self.PER_CODE:
            self.append(warning)

    def total(self, code: str) -> int:
        """How many warnings of this code were raised, including those not kept."""
        return self._counts.get(code, 0)


@dataclass
class Table:
    """One sheet or text file ready to stream.

    ``rows()`` yields ``(row_number, values)`` for every non-empty row after the header.
    ``row_number`` is the 1-based row in the file (for CSV the line where the record starts).
    ``values`` has one entry per header; a row with more values than headers keeps the extra
    values at the end (and a warning is added). Each call of ``rows()`` starts again from the
    top. Stop iterating at any time to cancel, then call ``close()`` (or use ``with``).

    ``warnings`` grows while rows are read: read it again after the last row.
    """

    path: Path
    kind: FileKind
    headers: list[str]
    columns: list[str]
    """Spreadsheet letter of each header's column (for messages)."""
    header_row: int
    """Row number of the header, or 0 when the file was opened with ``header_row=0``."""
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    total_rows_hint: int | None = None
    """Rows after the header, when known or estimated (for progress bars)."""
    epoch_1904: bool = False
    """The workbook uses the 1904 date system. Date cells are already converted; pass this to
    the date parser for plain numbers that hold Excel serial dates."""
    warnings: WarningList = field(default_factory=WarningList)
    unreadable_cells: frozenset[tuple[int, int]] = frozenset()
    """(row_number, column_index) of cells read as blank because their value was not saved
    (formula without a cached result) or is an Excel error such as #DIV/0!."""
    _rows: Callable[[], Iterator[Row]] | None = field(default=None, repr=False)
    _close: Callable[[], None] | None = field(default=None, repr=False)

    def rows(self) -> Iterator[Row]:
        if self._rows is None:
            raise ValueError("this table is closed")
        return self._rows()

    def column_label(self, index: int) -> str:
        """The header name of a column, or its letter past the last header."""
        if index < len(self.headers):
            return self.headers[index]
        return column_letter(index)

    def error(self, message: str, row: int | None = None, column: int | None = None) -> (
        ImportFileError
    ):
        """An ImportFileError about this table's file, naming the column by its header."""
        label = self.column_label(column) if column is not None else None
        return ImportFileError(self.path, message, row=row, column=label)

    def close(self) -> None:
        if self._close is not None:
            self._close()
        self._rows = None
        self._close = None

    def __enter__(self) -> Table:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def check_cancel(should_cancel: CancelCheck | None) -> None:
    if should_cancel is not None and should_cancel():
        raise ImportCancelled()
