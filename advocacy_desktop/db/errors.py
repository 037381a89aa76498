"""Errors raised when a catalogue cannot be opened or kept safe.

Each message names the file and says what the user can do. `message` is a Message (see
domain/messages.py): the CLI prints its English, the GUI shows it in the UI language.
"""

from __future__ import annotations

from pathlib import Path

from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message


class CatalogueError(Exception):
    """Base class: something is wrong with a catalogue file; nothing was changed."""

    def __init__(self, path: Path | str | None, message: str) -> None:
        self.path = Path(path) if path is not None else None
        self.message = message
        if self.path is None:
            super().__init__(message)
        else:
            super().__init__(Message(QT_TRANSLATE_NOOP("CatalogueErrors", "{path}: {message}"),
                                     path=str(self.path), message=message))


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


class CatalogueLocked(CatalogueError):
    """Someone else has the catalogue open for writing (its lock file names them).

    `holder` is a `locking.LockInfo`; `stale` is None for a live holder, else why the lock
    looks abandoned ("process-gone", "no-heartbeat", "unreadable"). Opening read-only works.
    """

    def __init__(self, path: Path | str, holder: object, stale: str | None = None) -> None:
        self.holder = holder
        self.stale = stale
        who = getattr(holder, "describe", lambda: "someone")()
        if stale:
            message = Message(QT_TRANSLATE_NOOP(
                "CatalogueErrors", "it is locked by {who}, but the lock looks abandoned "
                "({why}); take it over in the app, or open it read-only"), who=who, why=stale)
        else:
            message = Message(QT_TRANSLATE_NOOP(
                "CatalogueErrors", "it is open by {who}; open it read-only, or wait until it is "
                "closed there"), who=who)
        super().__init__(path, message)
