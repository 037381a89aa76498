"""Read feedback files for import: CSV/TSV/TXT, .xlsx/.xlsm and .ods.

    info = inspect_file(path)                 # what it is: kind, sheets, encoding, delimiter
    with open_table(path, sheet="Reviews", header_row=None) as table:
        for row_number, values in table.rows():
            print(row_number, dict(zip(table.headers, values)))

The format is decided from the content, never the name. Hostile or damaged files are refused
before any parser sees them (``safety``); every refusal is an ``ImportFileError`` whose text
names the file and, when known, the row and column. A guessed text encoding (Windows-1252)
is never used silently: ``open_table`` raises ``EncodingNotConfirmed`` until it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.importing.csv_reader import inspect_text, open_csv
from advocacy_desktop.services.importing.errors import (
    BadText,
    DamagedFile,
    EncodingNotConfirmed,
    ImportCancelled,
    ImportFileError,
    SheetNotFound,
    UnsafeFile,
    UnsupportedFile,
)
from advocacy_desktop.services.importing.formats import sniff
from advocacy_desktop.services.importing.table import (
    FileInfo,
    FileKind,
    Limits,
    ReadWarning,
    SheetInfo,
    Table,
    Value,
)
from advocacy_desktop.services.importing.workbook_reader import inspect_workbook, open_workbook

__all__ = [
    "BadText",
    "DamagedFile",
    "EncodingNotConfirmed",
    "FileInfo",
    "FileKind",
    "ImportCancelled",
    "ImportFileError",
    "Limits",
    "ReadWarning",
    "SheetInfo",
    "SheetNotFound",
    "Table",
    "UnsafeFile",
    "UnsupportedFile",
    "Value",
    "inspect_file",
    "open_table",
]

ENGINES = ("auto", "calamine", "openpyxl")


def inspect_file(
    path: Path | str,
    *,
    limits: Limits = Limits(),  # noqa: B008 (frozen dataclass)
    should_cancel: Callable[[], bool] | None = None,
) -> FileInfo:
    """What the file is: kind and size; sheets of a workbook (with their hidden flag); the
    encoding (and whether it is certain) and delimiter of a text file. A workbook gets all the
    safety checks here. Never raises EncodingNotConfirmed: see ``encoding_confirmed``."""
    path = Path(path)
    try:
        sniffed = sniff(path, limits, should_cancel)
        if sniffed.kind is FileKind.CSV:
            encoding, confirmed, delimiter = inspect_text(path, sniffed)
            return FileInfo(
                path=path,
                kind=sniffed.kind,
                size_bytes=sniffed.size,
                encoding=encoding,
                encoding_confirmed=confirmed,
                delimiter=delimiter,
                notes=sniffed.notes,
            )
        sheets = inspect_workbook(path, sniffed, limits, should_cancel)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    return FileInfo(
        path=path, kind=sniffed.kind, size_bytes=sniffed.size, sheets=sheets, notes=sniffed.notes
    )


def open_table(
    path: Path | str,
    *,
    sheet: str | int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_row: int | None = None,
    limits: Limits = Limits(),  # noqa: B008 (frozen dataclass)
    should_cancel: Callable[[], bool] | None = None,
    engine: str = "auto",
) -> Table:
    """Check the file and prepare one table; rows stream from ``Table.rows()``.

    ``sheet``: name (exact, else case-insensitive) or 0-based index; None = first visible.
    ``encoding``/``delimiter`` (text files): None = detect. ``header_row``: None = detect,
    1-based row number, or 0 = no header (columns named A, B, C...). ``engine`` (workbooks):
    "auto" (python-calamine, openpyxl if calamine cannot read an .xlsx), "calamine" or
    "openpyxl" (.ods is always read by calamine). Arguments that do not apply to the file's
    kind are ignored. Close the table (or use ``with``) when done.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if header_row is not None and header_row < 0:
        raise ValueError("header_row must be None, 0 (no header) or a 1-based row number")
    path = Path(path)
    try:
        sniffed = sniff(path, limits, should_cancel)
        if sniffed.kind is FileKind.CSV:
            return open_csv(
                path,
                sniffed,
                encoding=encoding,
                delimiter=delimiter,
                header_row=header_row,
                limits=limits,
                should_cancel=should_cancel,
            )
        return open_workbook(
            path,
            sniffed,
            sheet=sheet,
            header_row=header_row,
            limits=limits,
            should_cancel=should_cancel,
            engine=engine,  # type: ignore[arg-type]
        )
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: OSError) -> ImportFileError:
    reason = exc.strerror or str(exc) or type(exc).__name__
    return ImportFileError(path, Message(QT_TRANSLATE_NOOP(
        "ImportErrors", "The file could not be read ({problem}). Check that it is still there and "
        "that you may read it, then try again."), problem=reason))
