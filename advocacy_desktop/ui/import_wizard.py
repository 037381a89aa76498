"""The import wizard: file → sheet → columns → options → import with progress → summary.

A QDialog with a stack of pages and Back / Next / Finish / Cancel (Enter, Esc and Alt+B,
Alt+N work). The wizard holds the choices (`options`) and the last `ImportPreview`; pages
read them and call the wizard to change them. Every read of the file runs in a task; a
changed choice re-reads the preview, so the highlighted problems are always those the import
would find. The import service module is handed in, never imported here.

    wizard = ImportWizard(import_service, catalogue, window.tasks, path, parent=window)
    wizard.imported.connect(...)  # ImportResult of a real (not dry) run
    wizard.open()
"""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.import_run_page import RunPage
from advocacy_desktop.ui.import_wizard_pages import FilePage, OptionsPage, SheetPage, WizardPage
from advocacy_desktop.ui.mapping_page import MappingPage
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.tasks import TaskContext, TaskHandle, TaskRunner

if TYPE_CHECKING:
    from advocacy_desktop.services.import_service import ImportOptions, ImportPreview, Mapping

FILE, SHEET, MAPPING, OPTIONS, RUN = range(5)
MAPPING_RECHECK_MS = 250


def _preview_task(
    ctx: TaskContext, service: ModuleType, catalogue: Any, path: Path, options: ImportOptions
) -> ImportPreview:
    return service.preview_import(catalogue, path, options, should_cancel=lambda: ctx.cancelled)


def _import_task(
    ctx: TaskContext, service: ModuleType, catalogue: Any, path: Path, options: ImportOptions
) -> Any:
    return service.run_import(
        catalogue,
        path,
        options,
        progress=lambda done, total: ctx.progress(done, total or 0),
        should_cancel=lambda: ctx.cancelled,
    )


class ImportWizard(QDialog):
    """Imports one file into `catalogue` through `service` (advocacy_desktop.services.
    import_service). With `path`, the file page reads it at once and steps aside."""

    preview_changed = Signal()  # a preview arrived, failed, or started loading
    mapping_changed = Signal()  # the user corrected the mapping (shown before re-reading)
    imported = Signal(object)  # ImportResult of a real import
    show_batch_requested = Signal(int)

    def __init__(
        self,
        service: ModuleType,
        catalogue: Any,
        tasks: TaskRunner,
        path: Path | str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.service = service
        self.catalogue = catalogue
        self.tasks = tasks
        self.path: Path | None = None
        self.options: ImportOptions = service.ImportOptions()
        self.preview: ImportPreview | None = None
        self.preview_error: str | None = None
        self.loading = False
        self.guessed_encoding: str | None = None
        """Set when the file is not UTF-8 and the user must confirm the encoding."""
        self.encoding_checked = False
        self.template_name: str | None = None
        self.mapping_edited = False
        self.result: Any = None
        self._serial = 0
        self._preview_handle: TaskHandle | None = None
        self._import_handle: TaskHandle | None = None
        self._auto_advance = False
        self._history: list[int] = [FILE]
        self._recheck = QTimer(self, singleShot=True, interval=MAPPING_RECHECK_MS)
        self._recheck.timeout.connect(self._start_preview)

        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.step_label = QLabel()
        self.step_label.setStyleSheet("color: palette(mid);")
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.options_page = OptionsPage(self)
        self.run_page = RunPage(self)
        self.stack = QStackedWidget()
        for page in self.pages():
            self.stack.addWidget(page)
            page.changed.connect(self.update_buttons)

        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.finish_button = QPushButton()
        self.cancel_button = QPushButton()
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.finish_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        header.addWidget(self.step_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button, self.cancel_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(_line())
        layout.addWidget(self.stack, 1)
        layout.addWidget(_line())
        layout.addLayout(buttons)
        self.resize(1040, 700)
        self.setMinimumSize(760, 520)

        self.retranslate_ui()
        self._show(FILE)
        if path is not None:
            self._auto_advance = True
            self.file_page.set_path_text(str(path))
            self.set_path(Path(path))

    # ------------------------------------------------------------------ pages

    def pages(self) -> list[WizardPage]:
        return [self.file_page, self.sheet_page, self.mapping_page, self.options_page,
                self.run_page]

    def current_index(self) -> int:
        return self._history[-1]

    def current_page(self) -> WizardPage:
        return self.pages()[self.current_index()]

    def needs_sheet_page(self) -> bool:
        return self.preview is not None and self.preview.info.needs_sheet_choice

    def _next_index(self, index: int) -> int | None:
        if index == FILE:
            return SHEET if self.needs_sheet_page() else MAPPING
        return index + 1 if index < RUN else None

    def go_next(self) -> None:
        page = self.current_page()
        target = self._next_index(self.current_index())
        if target is None or not page.is_complete() or not self.next_button.isEnabled():
            return
        page.leave()
        self._history.append(target)
        self._show(target)
        self.pages()[target].enter()
        self.update_buttons()

    def go_back(self) -> None:
        if len(self._history) < 2 or not self.current_page().can_go_back():
            return
        self._history.pop()
        self._show(self._history[-1])
        self.current_page().enter_back()
        self.update_buttons()

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.update_buttons()

    def update_buttons(self) -> None:
        page = self.current_page()
        index = self.current_index()
        last = index == RUN
        done = last and page.is_complete()
        self.title_label.setText(page.title())
        self.subtitle_label.setText(page.subtitle())
        self.subtitle_label.setVisible(bool(page.subtitle()))
        steps = [FILE, SHEET, MAPPING, OPTIONS, RUN] if self.needs_sheet_page() else [
            FILE, MAPPING, OPTIONS, RUN
        ]
        if index in steps:
            self.step_label.setText(
                self.tr("Step {n} of {total}").format(n=steps.index(index) + 1, total=len(steps))
            )
        self.back_button.setEnabled(len(self._history) > 1 and page.can_go_back())
        self.next_button.setVisible(not last)
        self.next_button.setEnabled(not last and page.is_complete())
        self.next_button.setText(page.next_text() or self.tr("&Next >"))
        self.finish_button.setVisible(done)
        self.cancel_button.setVisible(not done)
        handle = self._import_handle
        self.cancel_button.setEnabled(not (self.import_running and handle.cancel_requested))
        if self.import_running:
            self.cancel_button.setText(self.tr("&Stop Import"))
        elif last:
            self.cancel_button.setText(self.tr("&Close"))
        else:
            self.cancel_button.setText(self.tr("Cancel"))
        default = self.finish_button if done else self.next_button
        for button in (self.next_button, self.finish_button):
            button.setDefault(button is default)

    # ------------------------------------------------------------------ choices

    def set_path(self, path: Path) -> None:
        """A new file: forget every choice made for the previous one and read it."""
        self.path = path
        self.options = self.service.ImportOptions()
        self.preview = None
        self.guessed_encoding = None
        self.encoding_checked = False
        self.template_name = None
        self.mapping_edited = False
        self._start_preview()

    def clear_path(self) -> None:
        self._cancel_preview()
        self.path = None
        self.preview = None
        self.preview_error = None
        self.loading = False
        self.preview_changed.emit()
        self.update_buttons()

    def set_sheet(self, sheet: str) -> None:
        """Read `sheet` (also when the default read showed it: the choice is then explicit,
        as the import will be)."""
        if self.options.sheet == sheet:
            return
        self.options.sheet = sheet
        self._forget_mapping()
        self._start_preview()

    def set_encoding(self, encoding: str) -> None:
        if encoding == self.options.encoding:
            return
        self.options.encoding = encoding
        self.encoding_checked = False
        self._forget_mapping()  # the headers themselves may read differently
        self._start_preview()

    def set_encoding_checked(self, checked: bool) -> None:
        self.encoding_checked = checked
        self.update_buttons()

    def set_date_order(self, order: Any) -> None:
        self.options.date_order = order
        if self.options.mapping is not None:
            self.options.mapping.date_order = order
        self._start_preview()

    def assign(self, header: str, field_value: str | None) -> None:
        """The user's correction: column `header` now feeds `field_value` (None: extra)."""
        if self.preview is None:
            return
        mapping: Mapping = copy.deepcopy(self.preview.mapping)
        if field_value is None:
            for fld, used in list(mapping.fields.items()):
                if used == header:
                    mapping.assign(fld, None)
        else:
            mapping.assign(self.service.Field(field_value), header)
        mapping.name = None
        self.options.mapping = mapping
        self.mapping_edited = True
        self.preview.mapping = mapping
        self.loading = True  # the problems shown are those of the old mapping until re-read
        self.mapping_changed.emit()
        self.preview_changed.emit()
        self.update_buttons()
        self._recheck.start()

    def _forget_mapping(self) -> None:
        self.options.mapping = None
        self.mapping_edited = False
        self.template_name = None

    # ------------------------------------------------------------------ reading the preview

    def _cancel_preview(self) -> None:
        """Stop the current read; a result it still delivers is ignored (serial)."""
        self._recheck.stop()
        self._serial += 1
        if self._preview_handle is not None and self._preview_handle.is_running:
            self._preview_handle.cancel()
        self._preview_handle = None

    def _start_preview(self) -> None:
        if self.path is None:
            return
        self._cancel_preview()
        self._serial += 1
        serial = self._serial
        self.loading = True
        self.preview_error = None
        options = dataclasses.replace(self.options, mapping=copy.deepcopy(self.options.mapping))
        handle = self.tasks.run(
            _preview_task,
            self.service,
            self.catalogue,
            self.path,
            options,
            title=self.tr("Reading {name}…").format(name=self.path.name),
            show_dialog=False,
            on_result=lambda preview: self._on_preview(serial, preview),
            on_error=lambda error: self._on_preview_failed(serial, error),
            on_cancelled=lambda: self._on_preview_failed(serial, None),
        )
        self._preview_handle = handle
        self.preview_changed.emit()
        self.update_buttons()

    def _on_preview(self, serial: int, preview: ImportPreview) -> None:
        if serial != self._serial:
            return  # a newer read is on its way
        self.loading = False
        self._preview_handle = None
        if not preview.encoding_confirmed and self.guessed_encoding is None:
            self.guessed_encoding = preview.encoding
        if self.guessed_encoding is not None and self.options.encoding is None:
            self.options.encoding = preview.encoding  # what the user confirms
        if preview.template_name and not self.mapping_edited:
            self.template_name = preview.template_name
        self.preview = preview
        self.preview_changed.emit()
        self.update_buttons()
        if self._auto_advance and self.current_index() == FILE:
            self._auto_advance = False
            self.go_next()

    def _on_preview_failed(self, serial: int, error: BaseException | None) -> None:
        if serial != self._serial:
            return
        self.loading = False
        self._preview_handle = None
        self._auto_advance = False
        if error is not None and not isinstance(error, self.service.ImportCancelled):
            self.preview = None
            self.preview_error = describe(error)
        self.preview_changed.emit()
        self.update_buttons()

    # ------------------------------------------------------------------ the import

    @property
    def import_running(self) -> bool:
        return self._import_handle is not None and self._import_handle.is_running

    def final_options(self) -> ImportOptions:
        """The options the import runs with: the mapping exactly as previewed."""
        assert self.preview is not None
        mapping = copy.deepcopy(self.preview.mapping)
        return dataclasses.replace(self.options, mapping=mapping)

    def start_import(self) -> TaskHandle:
        assert self.path is not None
        self.result = None
        handle = self.tasks.run(
            _import_task,
            self.service,
            self.catalogue,
            self.path,
            self.final_options(),
            title=self.tr("Importing {name}…").format(name=self.path.name),
            show_dialog=False,
            on_progress=self.run_page.show_progress,
            on_result=self._on_imported,
            on_error=self._on_import_failed,
            on_cancelled=self.run_page.show_cancelled,
        )
        handle.finished.connect(self.update_buttons)
        self._import_handle = handle
        self.update_buttons()
        return handle

    def cancel_import(self) -> None:
        if self.import_running:
            assert self._import_handle is not None
            self._import_handle.cancel()
            self.run_page.show_cancelling()
            self.update_buttons()

    def _on_imported(self, result: Any) -> None:
        self.result = result
        self.run_page.show_result(result)
        if not result.dry_run:
            self.imported.emit(result)

    def _on_import_failed(self, error: BaseException) -> None:
        if isinstance(error, self.service.ImportCancelled):
            self.run_page.show_cancelled()
        else:
            self.run_page.show_error(describe(error))

    def request_show_batch(self, batch_id: int) -> None:
        self.show_batch_requested.emit(batch_id)
        self.accept()

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        """Cancel / Esc: during the import, stop it (and stay, to say nothing was written)."""
        if self.import_running:
            self.cancel_import()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_running:
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        """Every way out (Finish, Cancel, Esc, Show in Imports) forgets the running read."""
        self._cancel_preview()
        super().done(result)

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import File"))
        self.back_button.setText(self.tr("< &Back"))
        self.finish_button.setText(self.tr("&Finish"))
        for page in self.pages():
            page.retranslate_ui()
        self.update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
