"""Errors raised when a file cannot be read for import.

Every message is plain English for the user: what is wrong and what to do. ``str(error)``
names the file, then the row and column when they are known, so the GUI and the CLI can show
it as is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class ImportFileError(Exception):
    """A file cannot be read (or a row of it cannot); nothing has been imported from it.

    ``row`` is the 1-based row (for CSV, the line where the record starts); ``column`` is the
    header name when known, otherwise the spreadsheet letter.
    """

    def __init__(
        self,
        path: Path | str,
        message: str,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.message = message
        self.row = row
        self.column = column
        super().__init__(self._render())

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by state: the import worker process sends its errors to the parent."""
        return (_rebuild, (type(self), dict(self.__dict__), str(self)))

    def _render(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row:,}")
        if self.column is not None:
            where.append(f'column "{self.column}"')
        location = f" ({', '.join(where)})" if where else ""
        return f"{self.path}{location}: {self.message}"


def _rebuild(cls: type[ImportFileError], state: dict[str, Any], text: str) -> ImportFileError:
    error = cls.__new__(cls)
    Exception.__init__(error, text)
    error.__dict__.update(state)
    return error


class UnsupportedFile(ImportFileError):
    """The content is not a spreadsheet or CSV we can read (old .xls, HTML, a Word file...)."""


class DamagedFile(ImportFileError):
    """The file looks like a spreadsheet but is truncated or corrupt."""


class UnsafeFile(ImportFileError):
    """Refused before parsing: zip bomb, XML entities, oversized cell, too many rows."""


class BadText(ImportFileError):
    """A text (CSV) file has a problem at a known line: NUL bytes, unclosed quote, bad encoding."""


class SheetNotFound(ImportFileError):
    """The requested sheet does not exist in the workbook."""


class EncodingNotConfirmed(ImportFileError):
    """The text encoding was guessed (e.g. Windows-1252); the user must confirm it first.

    Show a preview read with ``encoding`` (``open_table(path, encoding=error.encoding)``) and
    ask the user; then call ``open_table`` again with the encoding they chose.
    """

    def __init__(self, path: Path | str, encoding: str) -> None:
        self.encoding = encoding
        super().__init__(
            path,
            f"The text encoding is not UTF-8; it looks like {describe_encoding(encoding)}. "
            "Check the preview and confirm the encoding before importing.",
        )


class ImportCancelled(Exception):
    """The user cancelled while the file was being checked or loaded. Not an error."""


_ENCODING_NAMES = {
    "cp1252": "Windows-1252 (Western European, \"ANSI\")",
    "latin-1": "Latin-1 (ISO 8859-1)",
}


def describe_encoding(encoding: str) -> str:
    """A name for an encoding that a user may recognise."""
    return _ENCODING_NAMES.get(encoding, encoding)
