"""Importing in the main window: File ▸ Import File…, spreadsheets dropped on the window, the
wizard's life, and what follows an import (recount, reload the Imports page, show a batch).

The window creates one `ImportController` when the composition root hands it the import
service (`MainWindow.attach_import_service`), so nothing here runs before the first paint.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QObject, Qt

from advocacy_desktop.ui.import_wizard import ImportWizard
from advocacy_desktop.ui.imports_page import ImportsPage

if TYPE_CHECKING:
    from advocacy_desktop.ui.main_window import MainWindow

STATUS_MESSAGE_MS = 10_000


def dropped_spreadsheet(mime: QMimeData, suffixes: Iterable[str]) -> Path | None:
    """The first local file among dropped URLs whose name ends in one of `suffixes`."""
    endings = tuple(s.lower() for s in suffixes)
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(endings):
            return Path(url.toLocalFile())
    return None


class ImportController(QObject):
    """Opens the import wizard for the window's catalogue and reacts to its outcome."""

    def __init__(self, window: MainWindow, service: ModuleType) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.wizard: ImportWizard | None = None

    def can_import(self) -> bool:
        catalogue = self.window.catalogue
        return catalogue is not None and not catalogue.read_only

    def dropped_file(self, mime: QMimeData) -> Path | None:
        """A spreadsheet among dropped files, when one can be imported now."""
        if not self.can_import():
            return None
        return dropped_spreadsheet(mime, self.service.SUPPORTED_SUFFIXES)

    def open_wizard(self, path: Path | None = None) -> ImportWizard | None:
        """Show the wizard (on `path` when given); one at a time."""
        if not self.can_import():
            self.window.statusBar().showMessage(
                self.tr("Open a catalogue you can write to before importing."),
                STATUS_MESSAGE_MS,
            )
            return None
        if self.wizard is not None:
            if path is not None and not self.wizard.import_running:
                self.wizard.file_page.set_path_text(str(path))
                self.wizard.file_page.use_text()
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        wizard = ImportWizard(
            self.service, self.window.catalogue, self.window.tasks, path, parent=self.window
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._on_imported)
        wizard.show_batch_requested.connect(self.show_batch)
        wizard.finished.connect(lambda _code, w=wizard: self._forget(w))
        self.wizard = wizard
        wizard.open()
        return wizard

    def imports_page(self) -> ImportsPage | None:
        try:
            page = self.window.page("imports")
        except KeyError:
            return None
        return page if isinstance(page, ImportsPage) else None

    def show_batch(self, batch_id: int) -> None:
        """Switch to the Imports page with this batch selected."""
        self.window.navigator.set_current_id("imports")
        page = self.imports_page()
        if page is not None:
            page.select_batch(batch_id)

    def _on_imported(self, result: Any) -> None:
        self.window.refresh_counts()
        page = self.imports_page()
        if page is not None:
            page.reload(select_batch=result.batch_id)
        self.window.statusBar().showMessage(
            self.tr("Imported {file}: %Ln new item(s).", "", result.imported).format(
                file=Path(result.path).name
            ),
            STATUS_MESSAGE_MS,
        )

    def _forget(self, wizard: ImportWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
