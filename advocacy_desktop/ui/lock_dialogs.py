"""Someone else has the catalogue open; the catalogue is on a network share or in a cloud folder.

`LockGuard` is the main window's part of the catalogue lock: it turns CatalogueLocked into a
question (read-only / take over / cancel), warns once per file about shared and synced folders,
and refreshes the lock's heartbeat while a catalogue is open. The lock itself lives in the
catalogue service; nothing here touches files.
"""

from __future__ import annotations

import enum
import logging
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

if TYPE_CHECKING:
    from advocacy_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: the catalogue service's HEARTBEAT_INTERVAL is used when attached; this is the fallback
HEARTBEAT_MS = 5 * 60 * 1000
#: QMessageBox wraps its text very narrow; these dialogs say more than one line
DIALOG_WIDTH = 480
KEY_QUIET_LOCATIONS = "catalogues/no_location_warning"


class LockChoice(enum.Enum):
    READ_ONLY = "read-only"
    TAKE_OVER = "take-over"
    CANCEL = "cancel"


def format_time(moment: datetime | None) -> str:
    """A lock's time in the user's locale and time zone."""
    if moment is None:
        return "?"
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    clock = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    if local.date() == QDate.currentDate():
        return QCoreApplication.translate("LockedDialog", "today at {time}").format(time=clock)
    day = locale.toString(local.date(), QLocale.FormatType.ShortFormat)
    return f"{day} {clock}"


def _widen(box: QMessageBox) -> None:
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        spacer = QSpacerItem(
            DIALOG_WIDTH, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding
        )
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())


class LockedDialog(QMessageBox):
    """Asks "shop.advocacy is open by alice on laptop since …": Open Read-Only, Take Over, Cancel.
    Take Over is offered only for a lock that looks abandoned (`stale` is its reason)."""

    def __init__(
        self, file_name: str, holder: Any, stale: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockedDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Catalogue In Use"))
        user = getattr(holder, "user", "?")
        host = getattr(holder, "host", "?")
        self.setText(
            self.tr("{file} is open by {user} on {host} since {time}.").format(
                file=file_name, user=user, host=host, time=format_time(holder.since)
            )
        )
        if stale == "process-gone":
            why = self.tr(
                "It looks abandoned: the program that opened it is no longer running on "
                "this computer (perhaps it closed unexpectedly)."
            )
        elif stale == "no-heartbeat":
            why = self.tr(
                "It looks abandoned: {host} has not confirmed it since {time}."
            ).format(host=host, time=format_time(holder.heartbeat))
        elif stale:
            why = self.tr("Its lock file cannot be read and has not changed for a while.")
        else:
            why = self.tr(
                "You can open it read-only to look at it. To change it, ask {user} to close "
                "it first: two people writing to one catalogue file can damage it."
            ).format(user=user)
        if stale:
            why += "\n\n" + self.tr(
                "Take it over only if you are sure nobody is working in it any more."
            )
        self.setInformativeText(why)
        self.setDetailedText(
            self.tr(
                "Process {pid}, Advocacy Desktop {version}\nLast confirmed: {heartbeat}"
            ).format(
                pid=getattr(holder, "pid", "?"),
                version=getattr(holder, "app_version", "") or "?",
                heartbeat=format_time(getattr(holder, "heartbeat", None)),
            )
        )
        self.read_only_button: QPushButton = self.addButton(
            self.tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole
        )
        self.take_over_button: QPushButton | None = None
        if stale:
            self.take_over_button = self.addButton(
                self.tr("Take Over"), QMessageBox.ButtonRole.DestructiveRole
            )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.read_only_button)
        self.setEscapeButton(self.cancel_button)
        _widen(self)

    def choice(self) -> LockChoice:
        clicked = self.clickedButton()
        if clicked is self.read_only_button:
            return LockChoice.READ_ONLY
        if clicked is not None and clicked is self.take_over_button:
            return LockChoice.TAKE_OVER
        return LockChoice.CANCEL


class LocationWarning(QMessageBox):
    """Shown when a catalogue is opened for writing from a network share or cloud folder."""

    def __init__(self, file_name: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locationWarning")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Shared or Synced Folder"))
        if kind == "cloud":
            text = self.tr("{file} is in a cloud-sync folder.")
        else:
            text = self.tr("{file} is on a network share.")
        self.setText(text.format(file=file_name))
        self.setInformativeText(
            self.tr(
                "SQLite on a shared or synced folder can corrupt the catalogue when two people "
                "write at once. Work on a local copy, or use a team catalogue on PostgreSQL.\n\n"
                "While you have it open, a lock file beside it tells others who is working in "
                "it, and they can open it read-only."
            )
        )
        self.dont_warn = QCheckBox(self.tr("Don't warn again for this file"))
        self.setCheckBox(self.dont_warn)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        _widen(self)


class LockGuard(QObject):
    """The lock's life in the window: the question when locked, the location warning, the
    heartbeat. `window` is the MainWindow (its service, tasks, settings, open_catalogue)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.locked_dialog: LockedDialog | None = None
        self.location_warning: LocationWarning | None = None
        self.heartbeat = QTimer(self, interval=HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self.beat)

    def _service(self) -> ModuleType | None:
        return self.window.catalogue_service

    # ------------------------------------------------------------------ locked on open

    def handle_open_error(self, path: Path, error: BaseException) -> bool:
        """Ask what to do when `error` says the catalogue is locked; True if handled."""
        service = self._service()
        locked = getattr(service, "CatalogueLocked", None)
        if locked is None or not isinstance(error, locked):
            return False
        if self.locked_dialog is not None:
            self.locked_dialog.close()
        dialog = LockedDialog(path.name, error.holder, error.stale, self.window)
        dialog.finished.connect(lambda _result: self._on_choice(dialog, path))
        self.locked_dialog = dialog
        dialog.open()  # window-modal, does not block: the answer comes through finished
        return True

    def _on_choice(self, dialog: LockedDialog, path: Path) -> None:
        if self.locked_dialog is dialog:
            self.locked_dialog = None
        choice = dialog.choice()
        dialog.deleteLater()
        if choice is LockChoice.READ_ONLY:
            self.window.open_catalogue(path, read_only=True)
        elif choice is LockChoice.TAKE_OVER:
            self.window.open_catalogue(path, take_over=True)

    # ------------------------------------------------------------------ opened

    def catalogue_opened(self, catalogue: Any) -> str | None:
        """After an open: a status text about who else has it, and the location warning."""
        holder = getattr(catalogue, "held_by", None)
        note = None
        if catalogue.read_only and holder is not None:
            note = self.tr("Read-only: {user} on {host} has it open.").format(
                user=holder.user, host=holder.host
            )
        kind = getattr(catalogue, "location", "local")
        if not catalogue.read_only and kind != "local" and not self.is_quiet(catalogue.path):
            self.warn_about_location(catalogue.path, kind)
        return note

    def warn_about_location(self, path: Path, kind: str) -> LocationWarning:
        if self.location_warning is not None:
            self.location_warning.close()
        warning = LocationWarning(path.name, kind, self.window)
        warning.finished.connect(lambda _result: self._on_warning_closed(warning, path))
        self.location_warning = warning
        warning.open()
        return warning

    def _on_warning_closed(self, warning: LocationWarning, path: Path) -> None:
        if warning.dont_warn.isChecked():
            self.set_quiet(path)
        if self.location_warning is warning:
            self.location_warning = None
        warning.deleteLater()

    def _quiet_paths(self) -> list[str]:
        value = self.window.settings.qsettings.value(KEY_QUIET_LOCATIONS)
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list | tuple) else []

    def is_quiet(self, path: Path) -> bool:
        return str(Path(path).resolve()) in self._quiet_paths()

    def set_quiet(self, path: Path) -> None:
        paths = self._quiet_paths()
        key = str(Path(path).resolve())
        if key not in paths:
            self.window.settings.qsettings.setValue(KEY_QUIET_LOCATIONS, [*paths, key])

    # ------------------------------------------------------------------ heartbeat

    def track(self, catalogue: Any) -> None:
        """Refresh the heartbeat while a catalogue holding a lock is open."""
        service = self._service()
        interval = getattr(service, "HEARTBEAT_INTERVAL", None)
        if interval is not None:
            self.heartbeat.setInterval(int(interval.total_seconds() * 1000))
        if catalogue is not None and getattr(catalogue, "lock", None) is not None:
            self.heartbeat.start()
        else:
            self.heartbeat.stop()

    def beat(self) -> None:
        service = self._service()
        catalogue = self.window.catalogue
        if service is None or catalogue is None or getattr(catalogue, "lock", None) is None:
            return
        handle = self.window.tasks.run(
            lambda _ctx: (service.refresh_lock(catalogue), service.holder_of(catalogue.path)),
            title=self.tr("Confirming the lock…"),
            show_dialog=False,
        )
        handle.succeeded.connect(lambda result: self._on_beat(catalogue, *result))

    def _on_beat(self, catalogue: Any, ok: bool, holder: Any) -> None:
        if ok or catalogue is not self.window.catalogue:
            return
        who = (
            self.tr("{user} on {host}").format(user=holder.user, host=holder.host)
            if holder is not None
            else self.tr("someone else")
        )
        QMessageBox.warning(
            self.window,
            self.tr("Catalogue Taken Over"),
            self.tr(
                "{who} has taken over {file}. What you changed so far is saved; it is now "
                "opened again read-only."
            ).format(who=who, file=catalogue.path.name),
        )
        self.window.open_catalogue(catalogue.path, read_only=True)
