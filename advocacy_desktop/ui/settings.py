"""What the GUI remembers between runs, over a QSettings passed in (tests pass an ini file)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8

KEY_RECENT = "catalogues/recent"
KEY_LAST = "catalogues/last"
KEY_LANGUAGE = "ui/language"
KEY_THEME = "ui/theme"
KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_SPLITTER = "window/splitter"
KEY_NAVIGATION = "window/navigation_visible"
KEY_PAGE = "window/page"


def _normalise(path: Path | str) -> str:
    return os.path.abspath(os.path.expanduser(str(path)))


def _as_list(value: object) -> list[str]:
    # QSettings gives None for no value, a str for a one-item list in some formats.
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v]
    return []


class AppSettings:
    """Typed access to the keys above; every setter writes through to the QSettings."""

    def __init__(self, settings: QSettings) -> None:
        self.qsettings = settings

    # --- catalogues

    def recent_files(self) -> list[str]:
        return _as_list(self.qsettings.value(KEY_RECENT))[:MAX_RECENT]

    def is_recent_file(self, path: Path | str) -> bool:
        return _normalise(path) in {_normalise(p) for p in self.recent_files()}

    def add_recent_file(self, path: Path | str) -> list[str]:
        """Put `path` first (once), keep at most MAX_RECENT; return the new list."""
        path = _normalise(path)
        files = [path] + [p for p in self.recent_files() if _normalise(p) != path]
        files = files[:MAX_RECENT]
        self.qsettings.setValue(KEY_RECENT, files)
        return files

    def remove_recent_file(self, path: Path | str) -> list[str]:
        path = _normalise(path)
        files = [p for p in self.recent_files() if _normalise(p) != path]
        self.qsettings.setValue(KEY_RECENT, files)
        return files

    def clear_recent_files(self) -> None:
        self.qsettings.setValue(KEY_RECENT, [])

    def last_catalogue(self) -> str | None:
        value = self.qsettings.value(KEY_LAST)
        return str(value) if value else None

    def set_last_catalogue(self, path: Path | str | None) -> None:
        self.qsettings.setValue(KEY_LAST, _normalise(path) if path else "")

    # --- interface

    def language(self) -> str | None:
        value = self.qsettings.value(KEY_LANGUAGE)
        return str(value) if value else None

    def set_language(self, code: str | None) -> None:
        self.qsettings.setValue(KEY_LANGUAGE, code or "")

    def theme(self) -> str:
        """The View ▸ Theme choice: "system" (also when unset), "light" or "dark"."""
        value = self.qsettings.value(KEY_THEME)
        return str(value) if value in ("system", "light", "dark") else "system"

    def set_theme(self, theme: str) -> None:
        self.qsettings.setValue(KEY_THEME, theme)

    def byte_array(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_byte_array(self, key: str, value: QByteArray) -> None:
        self.qsettings.setValue(key, value)

    def flag(self, key: str, default: bool) -> bool:
        value = self.qsettings.value(key)
        if value is None:
            return default
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    def set_flag(self, key: str, value: bool) -> None:
        self.qsettings.setValue(key, bool(value))

    def text(self, key: str) -> str | None:
        value = self.qsettings.value(key)
        return str(value) if value else None

    def set_text(self, key: str, value: str) -> None:
        self.qsettings.setValue(key, value)

    def sync(self) -> None:
        self.qsettings.sync()
