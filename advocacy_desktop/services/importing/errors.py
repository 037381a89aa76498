"""Errors raised when a file cannot be read for import.

Every message is plain English for the user: what is wrong and what to do. ``str(error)``
names the file, then the row and column when they are known, so the CLI can show it as is;
each is a `Message` (see domain/messages.py) that the GUI shows in the UI language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message


class ImportFileError(Exception):
    """A file cannot be read (or a row of it cannot); nothing has been imported from it.

    ``row`` is the 1-based row (for CSV, the line where the record starts); ``column`` is the
    header name when known, otherwise the spreadsheet letter. ``message`` says what is wrong
    (a Message); the error's own text (its first argument, a Message too) adds the file and
    the place.
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
        return (_rebuild, (type(self), dict(self.__dict__), self.args[0]))

    def _render(self) -> Message:
        path, message, row, column = str(self.path), self.message, self.row, self.column
        if row is not None and column is not None:
            return Message(QT_TRANSLATE_NOOP("ImportErrors",
                                             '{path} (row {row}, column "{column}"): {message}'),
                           path=path, row=row, column=column, message=message)
        if row is not None:
            return Message(QT_TRANSLATE_NOOP("ImportErrors", "{path} (row {row}): {message}"),
                           path=path, row=row, message=message)
        if column is not None:
            return Message(QT_TRANSLATE_NOOP("ImportErrors",
                                             '{path} (column "{column}"): {message}'),
                           path=path, column=column, message=message)
        return Message(QT_TRANSLATE_NOOP("ImportErrors", "{path}: {message}"),
                       path=path, message=message)


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
        super().__init__(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "The text encoding is not UTF-8; it looks like {encoding}. "
            "Check the preview and confirm the encoding before importing."),
            encoding=describe_encoding(encoding)))


class ImportCancelled(Exception):
    """The user cancelled while the file was being checked or loaded. Not an error."""


_ENCODING_NAMES = {
    "cp1252": QT_TRANSLATE_NOOP("ImportErrors", 'Windows-1252 (Western European, "ANSI")'),
    "latin-1": QT_TRANSLATE_NOOP("ImportErrors", "Latin-1 (ISO 8859-1)"),
}


def describe_encoding(encoding: str) -> str:
    """A name for an encoding that a user may recognise."""
    name = _ENCODING_NAMES.get(encoding)
    return encoding if name is None else Message(name)
