"""File ▸ Merge Catalogue…: bring a catalogue from the field into the open one.

The other file is opened read-only (it is never changed), the merge dialog shows the dry-run
plan and the conflicts, and the merge runs in one write transaction on the open catalogue.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from advocacy_desktop.ui.icons import icon
from advocacy_desktop.ui.messages import describe


class MergeAction(QObject):
    """Adds the action to the window's File menu and runs the merge dialog from it."""

    def __init__(self, window: Any, catalogue_service: ModuleType,
                 merge_service: ModuleType) -> None:
        super().__init__(window)
        self.window = window
        self.catalogue_service = catalogue_service
        self.merge_service = merge_service
        self.dialog: Any = None
        self.action = QAction(window)
        self.action.setIcon(icon("merge"))
        self.action.triggered.connect(lambda: self.choose())
        actions = window.ui_actions
        actions.file_menu.insertAction(actions.backup, self.action)
        window.catalogue_changed.connect(lambda _catalogue: self._update_enabled())
        window.installEventFilter(self)  # to follow language changes
        self.retranslate_ui()
        self._update_enabled()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("&Merge Catalogue…"))
        self.action.setStatusTip(self.tr(
            "Bring the items, needs, people and assignments of another catalogue into this one"
        ))

    def _update_enabled(self) -> None:
        catalogue = self.window.catalogue
        self.action.setEnabled(catalogue is not None and not catalogue.read_only)

    def choose(self, path: str | None = None) -> Any:
        """Ask for the other catalogue (unless `path` is given) and open the merge dialog."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self.window, self.tr("Merge Which Catalogue?"), "",
                self.tr("Catalogues (*.advocacy);;All files (*)"),
            )
        if not path:
            return None
        try:
            source = self.catalogue_service.open_existing(path, read_only=True)
        except Exception as exc:
            QMessageBox.warning(self.window, self.tr("Cannot Merge"),
                                self.tr("{file} cannot be opened: {reason}").format(
                                    file=path,
                                    reason=describe(getattr(exc, "message", None) or exc)))
            return None
        from advocacy_desktop.ui.merge_dialog import MergeDialog

        dialog = MergeDialog(self.merge_service, self.window.catalogue, source,
                             self.window.tasks, self.window)
        dialog.merged.connect(lambda _report: self._merged())
        dialog.finished.connect(lambda _result: source.close())
        self.dialog = dialog
        dialog.start()
        dialog.open()
        return dialog

    def _merged(self) -> None:
        """Everything may have changed: counts and every page."""
        self.window.refresh_counts()
        for page in self.window.pages():
            mark_stale = getattr(page, "mark_stale", None)
            if mark_stale is not None:
                mark_stale()
            elif hasattr(page, "refresh") and page.isVisible():
                page.refresh()
