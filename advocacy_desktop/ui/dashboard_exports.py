"""The Dashboard's file exports: "Export items…" (.xlsx or .csv) and "NPS report…" (.xlsx), both
of the items the page's filter keeps, each written in a task with progress and Cancel.

The services write atomically: a failure or Cancel leaves no file behind and any previous file
as it was. The outcome is shown in a message bar under the page header, with "Open folder"
after a success.

    exports = DashboardExports(page, exporting, report_workbook, page.tasks)
    header.addWidget(exports.export_button); header.addWidget(exports.report_button)
    layout.addWidget(exports.message_bar)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from advocacy_desktop.ui.formatting import number
from advocacy_desktop.ui.icons import icon
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.tasks import TaskCancelled, TaskContext, TaskHandle, TaskRunner
from advocacy_desktop.ui.theme import readable

SUCCESS, FAILURE = "#2e7d32", "#c62828"


def run_write(ctx: TaskContext, write: Callable[..., Any], catalogue: Any, path: Path,
              flt: Any) -> Any:
    """The task: `write(catalogue, path, flt, progress=..., cancelled=...)`, the signature of
    `exporting.export_items` and `report_workbook.write_report`; their InterruptedError on
    Cancel becomes TaskCancelled."""
    try:
        return write(catalogue, path, flt, progress=ctx.progress,
                     cancelled=lambda: ctx.cancelled)
    except InterruptedError as exc:  # a subclass of OSError: not a failure
        raise TaskCancelled from exc


def error_text(error: BaseException) -> str:
    """The readable part of a service error: an OSError's reason ("No such file or
    directory") rather than the name of the temporary file it was about."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return describe(error)


class MessageBar(QFrame):
    """One line under the header: what the last export did, with "Open folder" after a
    success and a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportMessage")
        self.folder: Path | None = None
        self.label = QLabel()
        self.label.setObjectName("exportMessageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openFolder")
        self.open_button.clicked.connect(self.open_folder)
        self.close_button = QToolButton()
        self.close_button.setObjectName("closeMessage")
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.close_button)
        self.retranslate_ui()
        self.hide()

    def show_message(self, text: str, *, error: bool = False,
                     folder: Path | None = None) -> None:
        colour = readable(FAILURE if error else SUCCESS).name()
        self.setStyleSheet(
            f"#exportMessage {{ border: 1px solid {colour}; border-radius: 6px; }}"
            f" #exportMessageText {{ color: {colour}; }}")
        self.label.setText(text)
        self.folder = folder
        self.open_button.setVisible(folder is not None)
        self.show()

    def open_folder(self) -> bool:
        """Show the folder of the last file written in the system's file manager."""
        if self.folder is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def retranslate_ui(self) -> None:
        self.open_button.setText(self.tr("Open folder"))
        self.close_button.setToolTip(self.tr("Hide this message"))


class DashboardExports(QObject):
    """The two exports of a Dashboard page: actions, buttons, the save dialog, the task and
    the message. `page` gives the catalogue (`page.catalogue`) and the filter
    (`page.filter`) at the moment an export starts."""

    finished = Signal(str)
    """Emitted after each export: "written", "failed" or "cancelled"."""

    def __init__(self, page: QWidget, exporting: ModuleType | None,
                 report: ModuleType | None, tasks: TaskRunner) -> None:
        super().__init__(page)
        self.page = page
        self.exporting = exporting
        self.report = report
        self.tasks = tasks
        self.folder: Path | None = None
        """Where the last file went: the next dialog opens there."""
        self.handle: TaskHandle | None = None
        self.today: Callable[[], date] = date.today

        self.export_action = QAction(page)
        self.export_action.setObjectName("exportItemsAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.export_action.triggered.connect(lambda: self.export_items())
        self.report_action = QAction(page)
        self.report_action.setObjectName("npsReportAction")
        self.report_action.triggered.connect(lambda: self.write_report())
        page.addAction(self.export_action)  # Ctrl+E works while the page is visible
        page.addAction(self.report_action)

        self.export_button = QPushButton()
        self.export_button.setObjectName("exportItems")
        self.export_button.setIcon(icon("export"))
        self.export_button.clicked.connect(self.export_action.trigger)
        self.report_button = QPushButton()
        self.report_button.setObjectName("npsReport")
        self.report_button.setIcon(icon("report"))
        self.report_button.clicked.connect(self.report_action.trigger)
        self.export_button.setVisible(exporting is not None)
        self.report_button.setVisible(report is not None)
        self.message_bar = MessageBar()
        self.retranslate_ui()
        self.update_enabled()

    # ------------------------------------------------------------------ state

    @property
    def is_running(self) -> bool:
        return self.handle is not None and self.handle.is_running

    def update_enabled(self) -> None:
        """Enabled with an open catalogue, a service, and no export running."""
        ready = getattr(self.page, "catalogue", None) is not None and not self.is_running
        self.export_action.setEnabled(ready and self.exporting is not None)
        self.report_action.setEnabled(ready and self.report is not None)
        self.export_button.setEnabled(self.export_action.isEnabled())
        self.report_button.setEnabled(self.report_action.isEnabled())

    # ------------------------------------------------------------------ exports

    def export_items(self, path: str | Path | None = None) -> TaskHandle | None:
        """Write the filtered items to `path` (.xlsx or .csv by its extension); without
        `path`, ask for one. Returns the task, or None when nothing was started."""
        if self.exporting is None or not self.export_action.isEnabled():
            return None
        if path is None:
            path = self._ask(self.tr("Export Items"), self.tr("feedback"), {
                self.tr("Excel workbook (*.xlsx)"): ".xlsx",
                self.tr("CSV, UTF-8 (*.csv)"): ".csv",
            })
            if path is None:
                return None
        target = Path(path)
        return self._start(
            self.exporting.export_items, target, self.tr("Exporting items…"),
            lambda count: self.tr("{count} item(s) written to {path}.", "", int(count))
            .replace("{count}", number(count)))  # 12,345 / 12.345 like the page's counts

    def write_report(self, path: str | Path | None = None) -> TaskHandle | None:
        """Write the NPS report workbook of the filtered items to `path` (.xlsx); without
        `path`, ask for one. Returns the task, or None when nothing was started."""
        if self.report is None or not self.report_action.isEnabled():
            return None
        if path is None:
            path = self._ask(self.tr("NPS Report"), self.tr("nps-report"),
                             {self.tr("Excel workbook (*.xlsx)"): ".xlsx"})
            if path is None:
                return None
        target = Path(path)
        return self._start(
            self.report.write_report, target, self.tr("Writing the NPS report…"),
            lambda _path: self.tr("NPS report written to {path}."))

    def _ask(self, caption: str, stem: str, filters: dict[str, str]) -> Path | None:
        """The save dialog, opening on `stem-YYYY-MM-DD` in the last folder used; a name
        typed without an extension gets the selected filter's."""
        folder = self.folder if self.folder is not None and self.folder.is_dir() else Path.home()
        suggested = folder / f"{stem}-{self.today().isoformat()}{next(iter(filters.values()))}"
        chosen, selected = QFileDialog.getSaveFileName(
            self.page, caption, str(suggested), ";;".join(filters))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() not in filters.values():
            target = target.with_name(target.name + filters.get(selected, ".xlsx"))
        return target

    def _start(self, write: Callable[..., Any], target: Path, title: str,
               success: Callable[[Any], str]) -> TaskHandle:
        catalogue, flt = self.page.catalogue, self.page.filter  # type: ignore[attr-defined]
        self.message_bar.hide()
        self.handle = self.tasks.run(
            run_write, write, catalogue, target, flt,
            title=title, show_dialog=True, dialog_parent=self.page,
            on_result=lambda result: self._succeeded(target, success(result)),
            on_error=lambda error: self._failed(target, error),
            on_cancelled=self._cancelled,
        )
        self.handle.finished.connect(self.update_enabled)
        self.update_enabled()
        return self.handle

    def _succeeded(self, target: Path, text: str) -> None:
        self.folder = target.parent
        self.message_bar.show_message(text.format(path=target), folder=target.parent)
        self.update_enabled()
        self.finished.emit("written")

    def _failed(self, target: Path, error: BaseException) -> None:
        self.message_bar.show_message(
            self.tr("Could not write {file} in {folder}: {error}").format(
                file=target.name, folder=target.parent, error=error_text(error)),
            error=True)
        self.update_enabled()
        self.finished.emit("failed")

    def _cancelled(self) -> None:
        self.message_bar.show_message(self.tr("Export cancelled: nothing was written."))
        self.update_enabled()
        self.finished.emit("cancelled")

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.export_action.setText(self.tr("&Export items…"))
        self.export_action.setToolTip(self.tr(
            "Write the items the filter keeps to an Excel workbook or a CSV file (Ctrl+E)"))
        self.report_action.setText(self.tr("NPS &report…"))
        self.report_action.setToolTip(self.tr(
            "Write the NPS report of the items the filter keeps: figures, method, items and "
            "charts in one Excel workbook"))
        self.export_button.setText(self.tr("Export items…"))
        self.export_button.setToolTip(self.export_action.toolTip())
        self.report_button.setText(self.tr("NPS report…"))
        self.report_button.setToolTip(self.report_action.toolTip())
        self.message_bar.retranslate_ui()
