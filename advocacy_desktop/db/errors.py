"""Errors raised when a catalogue cannot be opened or kept safe.

Each message names the file and says what the user can do; the GUI and the CLI show it as is.
"""

from __future__ import annotations

from pathlib import Path


class CatalogueError(Exception):
    """Base class: something is wrong with a catalogue file; nothing was changed."""

    def __init__(self, path: Path | str | None, message: str) -> None:
        self.path = Path(path) if path is not None else None
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class CatalogueNotFound(CatalogueError):
    """The path does not exist. We never create a catalogue by opening a mistyped path."""


class NotACatalogue(CatalogueError):
    """The file exists but is not an Advocacy Desktop catalogue (empty, other format, other app)."""


class CatalogueCorrupt(CatalogueError):
    """SQLite reports damage (bad header, damaged pages, broken references)."""


class CatalogueTooNew(CatalogueError):
    """The catalogue was written by a newer version of the app; we refuse rather than downgrade."""


class CatalogueNeedsUpgrade(CatalogueError):
    """The catalogue has an older schema and was opened without permission to migrate it."""


class MigrationFailed(CatalogueError):
    """Upgrading the schema failed; the catalogue was restored from the backup taken just before."""


class CatalogueExists(CatalogueError):
    """Refused to create a catalogue over an existing file."""
