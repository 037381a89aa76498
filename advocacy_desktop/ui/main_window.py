"""The main window: menus, page navigation, status bar, and the open catalogue's life cycle.

The window paints before the catalogue service (and with it SQLAlchemy) is imported: the
composition root hands the service in afterwards with `attach_services`. Every catalogue
operation runs in a background task; results come back on the main thread.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMimeData, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from advocacy_desktop import APP_NAME
from advocacy_desktop.ui import i18n
from advocacy_desktop.ui import settings as keys
from advocacy_desktop.ui.about import show_about
from advocacy_desktop.ui.actions import MainActions
from advocacy_desktop.ui.help_prefs import HelpAndPreferences
from advocacy_desktop.ui.import_glue import ImportController
from advocacy_desktop.ui.lock_dialogs import LockGuard
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.navigation import PageNavigator
from advocacy_desktop.ui.pages import Page, default_pages, icon
from advocacy_desktop.ui.settings import AppSettings
from advocacy_desktop.ui.status import CatalogueStatus
from advocacy_desktop.ui.tasks import TaskCancelled, TaskContext, TaskHandle, TaskRunner
from advocacy_desktop.ui.team_connect import TeamConnector, catalogue_label

if TYPE_CHECKING:
    from advocacy_desktop.services.catalogue_service import Catalogue, CatalogueCounts
    from advocacy_desktop.ui.import_wizard import ImportWizard

log = logging.getLogger(__name__)

CATALOGUE_SUFFIX = ".advocacy"
STATUS_MESSAGE_MS = 10_000
COUNTS_DELAY_MS = 250


def _open_task(
    ctx: TaskContext, service: ModuleType, path: Path, read_only: bool, take_over: bool = False
) -> Catalogue:
    # the window asks before taking over any abandoned lock ("none"), then "stale" if told to
    catalogue = service.open_existing(
        path, read_only=read_only, take_over="stale" if take_over else "none"
    )
    if ctx.cancelled:  # opened after all, but nobody wants it any more
        catalogue.close()
        raise TaskCancelled
    return catalogue


def _create_task(ctx: TaskContext, service: ModuleType, path: Path) -> Catalogue:
    catalogue = service.create(path)
    if ctx.cancelled:
        catalogue.close()
        raise TaskCancelled
    return catalogue


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def dropped_catalogue(mime: QMimeData) -> Path | None:
    """The first local `.advocacy` file among dropped URLs."""
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(CATALOGUE_SUFFIX):
            return Path(url.toLocalFile())
    return None


class MainWindow(QMainWindow):
    """The application window. `settings` defaults to the app's QSettings; tests pass their
    own. The catalogue service arrives later through `attach_services`."""

    catalogue_changed = Signal(object)  # the open Catalogue, or None
    counts_changed = Signal(object)  # CatalogueCounts of the open catalogue
    services_attached = Signal()
    first_painted = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = AppSettings(settings if settings is not None else QSettings())
        self._service: ModuleType | None = None
        self.imports: ImportController | None = None
        self._catalogue: Catalogue | None = None
        self._counts: CatalogueCounts | None = None
        self._open_handle: TaskHandle | None = None
        self._count_handle: TaskHandle | None = None
        self._painted = False
        self._closed = False
        self._normal_state = Qt.WindowState.WindowNoState

        self.tasks = TaskRunner(self)
        self.locks = LockGuard(self)
        self._undo_stack = QUndoStack(self)
        self._counts_timer = QTimer(self, singleShot=True, interval=COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._undo_stack.indexChanged.connect(lambda _index: self._counts_timer.start())

        self.setWindowIcon(icon("advocacy-desktop"))
        self.setAcceptDrops(True)
        self.navigator = PageNavigator(self)
        self.setCentralWidget(self.navigator)
        for page in default_pages(self):
            self.navigator.add_page(page)
            page.catalogue_modified.connect(self._counts_timer.start)
        self.catalogue_status = CatalogueStatus(self)
        self.statusBar().addPermanentWidget(self.catalogue_status)

        self.ui_actions = MainActions(self, self._undo_stack, len(self.navigator.pages()))
        self._connect_actions()
        self.team = TeamConnector(self)  # File ▸ Connect to Team Catalogue…
        self.help_prefs = HelpAndPreferences(self)  # Help windows, Preferences, theme
        self.retranslate_ui()
        self._restore_window_state()
        self._update_catalogue_ui()

    # ------------------------------------------------------------------ public API

    @property
    def undo_stack(self) -> QUndoStack:
        """Features push their QUndoCommands here; cleared when another catalogue opens."""
        return self._undo_stack

    @property
    def catalogue(self) -> Catalogue | None:
        return self._catalogue

    @property
    def counts(self) -> CatalogueCounts | None:
        return self._counts

    @property
    def catalogue_service(self) -> ModuleType | None:
        return self._service

    def attach_services(self, catalogue_service: ModuleType) -> None:
        """Hand in `advocacy_desktop.services.catalogue_service` (imported after first paint)."""
        self._service = catalogue_service
        self._update_catalogue_ui()
        self.services_attached.emit()

    def attach_import_service(self, import_service: ModuleType) -> None:
        """Hand in `advocacy_desktop.services.import_service`: enables File ▸ Import File…
        and dropping spreadsheets on the window."""
        self.imports = ImportController(self, import_service)
        self._update_catalogue_ui()

    def import_file(self, path: Path | str | None = None) -> ImportWizard | None:
        """File ▸ Import File… (or a dropped spreadsheet): the import wizard."""
        if self.imports is None:
            return None
        return self.imports.open_wizard(None if path is None else Path(path))

    def pages(self) -> list[Page]:
        return self.navigator.pages()

    def page(self, page_id: str) -> Page:
        return self.navigator.page(page_id)

    def replace_page(self, page_id: str, page: Page) -> Page:
        """Install a feature's page in place of the placeholder; returns the old page."""
        old = self.navigator.replace_page(page_id, page)
        page.catalogue_modified.connect(self._counts_timer.start)
        page.set_catalogue(self._catalogue)
        self.ui_actions.retranslate_ui([p.title() for p in self.pages()])
        return old

    def show_page(self, index: int) -> None:
        self.navigator.set_current(index)

    # ------------------------------------------------------------------ opening and creating

    def open_catalogue(
        self, path: Path | str, *, read_only: bool = False, take_over: bool = False
    ) -> TaskHandle | None:
        """Open an existing catalogue in a task. On failure the error is shown, the current
        catalogue stays open, and no file is ever created. When someone else has it open, the
        user is asked (read-only, or take over an abandoned lock: `take_over`)."""
        service = self._require_service()
        if isinstance(path, str) and service.is_team_url(path):
            return self.team.connect(path, read_only=read_only)
        path = Path(path).expanduser()
        current = self._catalogue
        if current is not None and current.read_only == read_only and current.path and _same_file(
            current.path, path
        ):
            self.statusBar().showMessage(
                self.tr("{name} is already open.").format(name=path.name), STATUS_MESSAGE_MS
            )
            return None
        if self._open_handle is not None and self._open_handle.is_running:
            self._open_handle.cancel()
        handle = self.tasks.run(
            _open_task,
            service,
            path,
            read_only,
            take_over,
            title=self.tr("Opening {name}…").format(name=path.name),
        )
        handle.succeeded.connect(lambda cat: self._on_opened(handle, cat))
        handle.failed.connect(lambda exc: self._on_open_failed(handle, path, exc))
        handle.cancelled.connect(lambda: self._on_open_cancelled(handle, path))
        self._open_handle = handle
        return handle

    def create_catalogue(self, path: Path | str) -> TaskHandle:
        """Create a new catalogue at `path` (refused if the file exists) and open it."""
        service = self._require_service()
        path = Path(path).expanduser()
        if self._open_handle is not None and self._open_handle.is_running:
            self._open_handle.cancel()
        handle = self.tasks.run(
            _create_task,
            service,
            path,
            title=self.tr("Creating {name}…").format(name=path.name),
        )
        handle.succeeded.connect(lambda cat: self._on_opened(handle, cat))
        handle.failed.connect(lambda exc: self._on_create_failed(handle, path, exc))
        handle.cancelled.connect(lambda: self._on_open_cancelled(handle, path))
        self._open_handle = handle
        return handle

    def new_catalogue(self) -> TaskHandle | None:
        """File ▸ New Catalogue…: ask where, then create."""
        default = self._dialog_folder() / self.tr("Customer feedback")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New Catalogue"),
            str(default.with_suffix(CATALOGUE_SUFFIX)),
            self._file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,  # we never overwrite anyway
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != CATALOGUE_SUFFIX:
            target = target.with_name(target.name + CATALOGUE_SUFFIX)
        return self.create_catalogue(target)

    def choose_and_open(self) -> TaskHandle | None:
        """File ▸ Open…"""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open Catalogue"), str(self._dialog_folder()), self._file_filter()
        )
        return self.open_catalogue(path) if path else None

    def report_missing_last_catalogue(self, path: str) -> None:
        """Said when the catalogue of the last session is gone and another one was opened."""
        self.statusBar().showMessage(
            self.tr("The last catalogue, {path}, is no longer there.").format(path=path),
            STATUS_MESSAGE_MS * 2,
        )

    def close_catalogue(self) -> None:
        """Close the open catalogue (if any); pages receive None."""
        if self._catalogue is not None:
            self._set_catalogue(None)

    # ------------------------------------------------------------------ backup and counts

    def backup_catalogue(self, target: Path | str | None = None) -> TaskHandle | None:
        """File ▸ Backup…: a consistent copy of the open catalogue, with progress and Cancel."""
        service = self._require_service()
        catalogue = self._catalogue
        if catalogue is None:
            return None
        if target is None:
            suggested = catalogue.path.with_name(
                f"{catalogue.path.stem}-backup-{datetime.now():%Y-%m-%d-%H%M}{CATALOGUE_SUFFIX}"
            )
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Back Up Catalogue"), str(suggested), self._file_filter()
            )
            if not chosen:
                return None
            target = chosen
        target = Path(target).expanduser()
        handle = self.tasks.run(
            lambda ctx: service.backup(catalogue.path, target, progress=ctx.progress),
            title=self.tr("Backing up {name}…").format(name=catalogue.path.name),
        )
        handle.succeeded.connect(self._on_backup_done)
        handle.failed.connect(lambda exc: self._on_backup_failed(target, exc))
        handle.cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("Backup cancelled."), STATUS_MESSAGE_MS)
        )
        return handle

    def refresh_counts(self) -> TaskHandle | None:
        """Recount the open catalogue's rows in a task (after opening and after changes)."""
        catalogue = self._catalogue
        if catalogue is None or self._service is None:
            return None
        service = self._service
        handle = self.tasks.run(
            lambda _ctx: service.count_rows(catalogue),
            title=self.tr("Counting…"),
            show_dialog=False,
        )
        handle.succeeded.connect(lambda counts: self._on_counts(handle, catalogue, counts))
        handle.failed.connect(lambda exc: log.warning("counting rows failed: %s", exc))
        self._count_handle = handle
        return handle

    # ------------------------------------------------------------------ task outcomes

    def _on_opened(self, handle: TaskHandle, catalogue: Catalogue) -> None:
        if handle is not self._open_handle or handle.cancel_requested or self._closed:
            catalogue.close()  # superseded or cancelled: keep what is open now
            return
        self._open_handle = None
        self._set_catalogue(catalogue)
        note = self.locks.catalogue_opened(catalogue)
        opened = self.tr("Opened {path}").format(path=catalogue_label(catalogue))
        self.statusBar().showMessage(f"{opened}. {note}" if note else opened, STATUS_MESSAGE_MS)

    def _on_open_failed(self, handle: TaskHandle, path: Path, error: BaseException) -> None:
        if handle is self._open_handle:
            self._open_handle = None
        if self.locks.handle_open_error(path, error):
            return
        message = self._error_message(error)
        if not path.exists() and self.settings.is_recent_file(path):
            self.ui_actions.set_recent_files(self.settings.remove_recent_file(path))
            message += "\n\n" + self.tr("It was removed from the list of recent catalogues.")
        self._show_error(
            self.tr("Cannot Open Catalogue"),
            self.tr("Could not open {path}").format(path=path) + "\n\n" + message,
        )

    def _on_create_failed(self, handle: TaskHandle, path: Path, error: BaseException) -> None:
        if handle is self._open_handle:
            self._open_handle = None
        self._show_error(
            self.tr("Cannot Create Catalogue"),
            self.tr("Could not create {path}").format(path=path)
            + "\n\n"
            + self._error_message(error),
        )

    def _on_open_cancelled(self, handle: TaskHandle, path: Path) -> None:
        if handle is self._open_handle:
            self._open_handle = None
            self.statusBar().showMessage(
                self.tr("Opening {name} was cancelled.").format(name=path.name), STATUS_MESSAGE_MS
            )

    def _on_backup_done(self, out: Path) -> None:
        self.statusBar().showMessage(
            self.tr("Backup saved to {path}").format(path=out), STATUS_MESSAGE_MS
        )

    def _on_backup_failed(self, target: Path, error: BaseException) -> None:
        self._show_error(
            self.tr("Backup Failed"),
            self.tr("Could not back up to {path}").format(path=target)
            + "\n\n"
            + self._error_message(error),
        )

    def _on_counts(self, handle: TaskHandle, catalogue: Catalogue, counts: Any) -> None:
        if handle is not self._count_handle or catalogue is not self._catalogue:
            return  # a newer count, or another catalogue, is on its way
        self._count_handle = None
        self._counts = counts
        self.catalogue_status.set_counts(counts)
        self.counts_changed.emit(counts)

    def _error_message(self, error: BaseException) -> str:
        service = self._service
        if service is not None and isinstance(error, service.CatalogueError):
            return describe(error.message)
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        return describe(error)

    def _show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    # ------------------------------------------------------------------ catalogue state

    def _set_catalogue(self, catalogue: Catalogue | None) -> None:
        old = self._catalogue
        self._catalogue = catalogue
        self._counts = None
        self._count_handle = None
        self._undo_stack.clear()
        if old is not None:
            old.close()
        self.locks.track(catalogue)
        if catalogue is not None and catalogue.path is not None:  # not a team catalogue
            self.ui_actions.set_recent_files(self.settings.add_recent_file(catalogue.path))
            self.settings.set_last_catalogue(catalogue.path)
        self._update_catalogue_ui()
        for page in self.pages():
            page.set_catalogue(catalogue)
        self.catalogue_changed.emit(catalogue)
        self.refresh_counts()

    def _update_catalogue_ui(self) -> None:
        catalogue = self._catalogue
        if catalogue is None:
            self.setWindowTitle(APP_NAME)
            self.catalogue_status.set_catalogue(None)
        else:
            name = catalogue_label(catalogue).name
            if catalogue.read_only:
                name = self.tr("{name} (read-only)").format(name=name)
            self.setWindowTitle(f"{name} — {APP_NAME}")
            self.catalogue_status.set_catalogue(catalogue_label(catalogue),  # type: ignore[arg-type]
                                                read_only=catalogue.read_only)
            if self._counts is not None:
                self.catalogue_status.set_counts(self._counts)
        ready = self._service is not None
        self.ui_actions.new.setEnabled(ready)
        self.ui_actions.open.setEnabled(ready)
        self.ui_actions.recent_menu.setEnabled(ready and bool(self.settings.recent_files()))
        self.ui_actions.backup.setEnabled(ready and catalogue is not None)
        self.ui_actions.backup.setVisible(catalogue is None or catalogue.path is not None)
        self.ui_actions.import_file.setEnabled(
            self.imports is not None and self.imports.can_import()
        )

    def _require_service(self) -> ModuleType:
        if self._service is None:
            raise RuntimeError("attach_services() must be called before using a catalogue")
        return self._service

    def _dialog_folder(self) -> Path:
        if self._catalogue is not None and self._catalogue.path is not None:
            return self._catalogue.path.parent
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs else Path.home()

    def _file_filter(self) -> str:
        return self.tr("Advocacy catalogues (*.advocacy);;All files (*)")

    # ------------------------------------------------------------------ actions

    def _connect_actions(self) -> None:
        a = self.ui_actions
        a.new.triggered.connect(self.new_catalogue)
        a.open.triggered.connect(self.choose_and_open)
        a.recent_menu.triggered.connect(self._on_recent_triggered)
        a.clear_recent.triggered.connect(self._clear_recent)
        a.backup.triggered.connect(lambda: self.backup_catalogue())
        a.import_file.triggered.connect(lambda: self.import_file())
        a.quit.triggered.connect(self.close)
        a.toggle_navigation.toggled.connect(self.navigator.set_navigation_visible)
        a.page_group.triggered.connect(lambda action: self.show_page(int(action.data())))
        self.navigator.current_changed.connect(self._on_page_changed)
        a.full_screen.toggled.connect(self._set_full_screen)
        a.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        a.about.triggered.connect(lambda: show_about(self))
        a.about_qt.triggered.connect(QApplication.aboutQt)
        a.set_recent_files(self.settings.recent_files())
        a.set_language(self.settings.language())

    def _on_recent_triggered(self, action: Any) -> None:
        path = action.data()
        if isinstance(path, str) and path:
            self.open_catalogue(path)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self.ui_actions.set_recent_files([])

    def _on_page_changed(self, index: int) -> None:
        if 0 <= index < len(self.ui_actions.pages):
            self.ui_actions.pages[index].setChecked(True)

    def _set_full_screen(self, on: bool) -> None:
        if on and not self.isFullScreen():
            self._normal_state = self.windowState() & ~Qt.WindowState.WindowFullScreen
            self.showFullScreen()
        elif not on and self.isFullScreen():
            self.setWindowState(self._normal_state)

    def set_language(self, code: str | None) -> str:
        """Switch the UI language now and remember it ("" or None: the system's)."""
        app = QApplication.instance()
        chosen = i18n.switch_language(app, code or None) if app else i18n.DEFAULT_LANGUAGE
        self.settings.set_language(code or None)
        self.ui_actions.set_language(code or None)
        return chosen

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.ui_actions.retranslate_ui([page.title() for page in self.pages()])
        self.team.retranslate_ui()
        self._update_catalogue_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.WindowStateChange:
            self.ui_actions.full_screen.setChecked(self.isFullScreen())
        super().changeEvent(event)

    # ------------------------------------------------------------------ window events

    def event(self, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return super().event(event)

    def _accept_drag(self, event: QDragMoveEvent) -> None:
        mime = event.mimeData()
        spreadsheet = self.imports is not None and self.imports.dropped_file(mime) is not None
        if spreadsheet or (self._service is not None and dropped_catalogue(mime) is not None):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        sheet = self.imports.dropped_file(event.mimeData()) if self.imports else None
        if sheet is not None:
            event.acceptProposedAction()
            self.import_file(sheet)
            return
        path = dropped_catalogue(event.mimeData())
        if path is None or self._service is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_catalogue(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_window_state()
        self._closed = True
        self._counts_timer.stop()
        self.tasks.shutdown()
        self.close_catalogue()
        self.settings.sync()
        super().closeEvent(event)

    def _restore_window_state(self) -> None:
        s = self.settings
        geometry = s.byte_array(keys.KEY_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1120, 720)
        state = s.byte_array(keys.KEY_STATE)
        if state is not None:
            self.restoreState(state)
        splitter = s.byte_array(keys.KEY_SPLITTER)
        if splitter is not None:
            self.navigator.restoreState(splitter)
        else:
            self.navigator.setSizes([200, 920])
        visible = s.flag(keys.KEY_NAVIGATION, True)
        self.ui_actions.toggle_navigation.setChecked(visible)
        self.navigator.set_navigation_visible(visible)
        page_id = s.text(keys.KEY_PAGE)
        if page_id:
            try:
                self.navigator.set_current_id(page_id)
            except KeyError:
                pass
        self._on_page_changed(self.navigator.current_index)

    def _save_window_state(self) -> None:
        s = self.settings
        s.set_byte_array(keys.KEY_GEOMETRY, self.saveGeometry())
        s.set_byte_array(keys.KEY_STATE, self.saveState())
        s.set_byte_array(keys.KEY_SPLITTER, self.navigator.saveState())
        s.set_flag(keys.KEY_NAVIGATION, self.navigator.navigation_visible())
        page = self.navigator.current_page()
        if page is not None:
            s.set_text(keys.KEY_PAGE, page.page_id)
