"""The Imports page: every file imported into the catalogue, its rejected rows and why, and
the two things one does with a batch afterwards: export the rejected rows to fix them, or
undo the import."""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QItemSelection, QObject, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.default_names import source_label
from advocacy_desktop.ui.import_common import (
    NO_PARENT,
    Index,
    RejectedRowsModel,
    export_rejected_rows,
    format_number,
    format_when,
)
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.pages import Page, page_spec
from advocacy_desktop.ui.tasks import TaskRunner
from advocacy_desktop.ui.theme import readable
from advocacy_desktop.ui.tooltips import set_tip

if TYPE_CHECKING:
    from advocacy_desktop.services.import_service import BatchSummary

REJECTED_LIMIT = 1000
NUMBER_COLUMNS = (4, 5, 6, 7)


class BatchesModel(QAbstractTableModel):
    """One row per import batch, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._batches: list[BatchSummary] = []

    def set_batches(self, batches: list[BatchSummary]) -> None:
        self.beginResetModel()
        self._batches = list(batches)
        self.endResetModel()

    def batch(self, row: int) -> BatchSummary:
        return self._batches[row]

    def row_of(self, batch_id: int) -> int:
        for row, batch in enumerate(self._batches):
            if batch.id == batch_id:
                return row
        return -1

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._batches)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 9

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date"), self.tr("File"), self.tr("Sheet"), self.tr("Source"),
            self.tr("Read"), self.tr("Imported"), self.tr("Duplicates"), self.tr("Rejected"),
            self.tr("Status"),
        )[section]

    def status_text(self, batch: BatchSummary) -> str:
        if batch.status == "undone":
            return self.tr("Undone")
        if batch.remaining < batch.imported:
            return self.tr("Imported, {count} left").format(count=format_number(batch.remaining))
        return self.tr("Imported", "batch status")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        batch = self._batches[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                format_when(batch.started_at),
                batch.file_label,
                batch.sheet or "",
                source_label(batch.source),
                format_number(batch.rows_read),
                format_number(batch.imported),
                format_number(batch.duplicates),
                format_number(batch.rejected),
                self.status_text(batch),
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return batch.file_name
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if batch.status == "undone":
                return readable("#8a8a8a")
            if column == 7 and batch.rejected:
                return readable("#a3271b")
        if role == Qt.ItemDataRole.FontRole and batch.status == "undone":
            font = QFont()
            font.setItalic(True)
            return font
        return None


class ImportsPage(Page):
    """Receives the import service module and the window's task runner; `import_action`
    (File ▸ Import File…) backs the page's Import button."""

    def __init__(
        self,
        service: ModuleType,
        tasks: TaskRunner,
        import_action: QAction | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(page_spec("imports"), parent)
        self.setObjectName("page-imports")
        self.service = service
        self.tasks = tasks
        self._import_action = import_action
        self._serial = 0
        self._rejected_serial = 0
        self._select_after_load: int | None = None
        self.loaded = False

        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        if import_action is not None:
            self.import_button.clicked.connect(import_action.trigger)
            import_action.changed.connect(
                lambda: self.import_button.setEnabled(import_action.isEnabled())
            )
            self.import_button.setEnabled(import_action.isEnabled())
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_rejected)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_selected)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        for button in (self.import_button, self.export_button, self.undo_button):
            header.addWidget(button)

        self.model = BatchesModel(self)
        self.view = QTableView()
        self.view.setObjectName("batchesView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)

        self.detail_heading = QLabel()
        self.detail_heading.setObjectName("detailHeading")
        self.detail_heading.setWordWrap(True)
        self.rejected_model = RejectedRowsModel(self)
        self.rejected_view = QTableView()
        self.rejected_view.setObjectName("rejectedView")
        self.rejected_view.setModel(self.rejected_model)
        self.rejected_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejected_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected_view.verticalHeader().hide()
        self.rejected_view.setWordWrap(False)
        rejected_header = self.rejected_view.horizontalHeader()
        rejected_header.setStretchLastSection(True)
        rejected_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.addWidget(self.detail_heading)
        detail_layout.addWidget(self.rejected_view, 1)
        detail_layout.addStretch(0)  # takes the room while the table is hidden
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(detail)
        self.splitter.setSizes([300, 260])

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); padding: 40px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.splitter)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)
        self.retranslate_ui()
        self._update_buttons()

    # ------------------------------------------------------------------ loading

    def set_catalogue(self, catalogue: Any) -> None:
        super().set_catalogue(catalogue)
        self.status_label.clear()
        self.reload()

    def reload(self, select_batch: int | None = None) -> None:
        """Re-read the list of batches in a task (after an import, an undo, a new catalogue)."""
        if select_batch is not None:
            self._select_after_load = select_batch
        self._serial += 1
        serial = self._serial
        catalogue = self.catalogue
        if catalogue is None:
            self.loaded = False
            self._set_batches([])
            return
        service = self.service
        self.tasks.run(
            lambda _ctx: service.list_batches(catalogue),
            title=self.tr("Listing imports…"),
            show_dialog=False,
            on_result=lambda batches: self._on_batches(serial, batches),
            on_error=lambda error: self._on_failed(serial, error),
        )

    def select_batch(self, batch_id: int) -> None:
        """Select a batch once it is listed (reloads if it is not yet)."""
        row = self.model.row_of(batch_id)
        if row < 0:
            self.reload(select_batch=batch_id)
        else:
            self.view.selectRow(row)

    def _on_batches(self, serial: int, batches: list[BatchSummary]) -> None:
        if serial != self._serial:
            return
        self.loaded = True
        self._set_batches(batches)

    def _on_failed(self, serial: int, error: BaseException) -> None:
        if serial == self._serial:
            self.status_label.setText(
                self.tr("Could not list the imports: {error}").format(error=describe(error))
            )

    def _set_batches(self, batches: list[BatchSummary]) -> None:
        keep = self._select_after_load
        if keep is None:
            current = self.selected_batch()
            keep = current.id if current is not None else None
        self._select_after_load = None
        self.model.set_batches(batches)
        self.stack.setCurrentWidget(self.splitter if batches else self.empty_label)
        self._refresh_empty_text()
        if batches:
            self.view.resizeColumnsToContents()
            header = self.view.horizontalHeader()
            if header.sectionSize(1) > 280:
                header.resizeSection(1, 280)
            row = self.model.row_of(keep) if keep is not None else -1
            self.view.selectRow(max(row, 0))
        else:
            self._show_rejected(None)
        self._update_buttons()

    def selected_batch(self) -> BatchSummary | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        return self.model.batch(rows[0].row())

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_rejected(self.selected_batch())
        self._update_buttons()

    def _show_rejected(self, batch: BatchSummary | None) -> None:
        self._rejected_serial += 1
        serial = self._rejected_serial
        self.rejected_model.set_rows([])
        self.rejected_view.setVisible(batch is not None and batch.rejected > 0)
        if batch is None or self.catalogue is None:
            self.detail_heading.clear()
            return
        if not batch.rejected:
            self.detail_heading.setText(
                self.tr("No rows of {file} were rejected.").format(file=batch.file_label)
            )
            return
        self.detail_heading.setText(
            self.tr("Rejected rows of {file}: %Ln. Export them, fix them, and import the file "
                    "again.", "", batch.rejected).format(file=batch.file_label)
        )
        service, catalogue, batch_id = self.service, self.catalogue, batch.id
        handle = self.tasks.run(
            lambda _ctx: service.rejected_rows(catalogue, batch_id, limit=REJECTED_LIMIT),
            title=self.tr("Listing rejected rows…"),
            show_dialog=False,
        )
        handle.succeeded.connect(lambda rows: self._on_rejected(serial, rows))

    def _on_rejected(self, serial: int, rows: list[Any]) -> None:
        if serial != self._rejected_serial:
            return
        self.rejected_model.set_rows(rows)
        for column, limit in ((1, 240), (2, 200)):
            self.rejected_view.resizeColumnToContents(column)
            if self.rejected_view.columnWidth(column) > limit:
                self.rejected_view.setColumnWidth(column, limit)

    def _update_buttons(self) -> None:
        batch = self.selected_batch()
        writable = self.catalogue is not None and not self.catalogue.read_only
        self.export_button.setEnabled(batch is not None and batch.rejected > 0)
        self.undo_button.setEnabled(
            writable and batch is not None and batch.status != "undone"
        )

    # ------------------------------------------------------------------ actions

    def export_rejected(self) -> None:
        batch = self.selected_batch()
        if batch is None or self.catalogue is None:
            return
        export_rejected_rows(
            self,
            self.tasks,
            self.service,
            self.catalogue,
            batch.id,
            batch.file_name,
            on_done=self.status_label.setText,
        )

    def undo_selected(self) -> None:
        """Remove the batch's items after a confirmation saying how many."""
        batch = self.selected_batch()
        catalogue = self.catalogue
        if batch is None or catalogue is None or batch.status == "undone":
            return
        text = self.tr(
            "Remove the %Ln item(s) that the import of {file} ({when}) added to the catalogue, "
            "with their tags and assignments?",
            "",
            batch.remaining,
        ).format(file=batch.file_label, when=format_when(batch.started_at))
        text += "\n\n" + self.tr(
            "This cannot be undone, but you can import the file again later."
        )
        answer = QMessageBox.question(
            self,
            self.tr("Undo Import"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, batch_id = self.service, batch.id
        self.tasks.run(
            lambda _ctx: service.undo_batch(catalogue, batch_id),
            title=self.tr("Undoing the import of {file}…").format(file=batch.file_label),
            dialog_parent=self,
            on_result=lambda removed: self._on_undone(batch, removed),
            on_error=lambda error: QMessageBox.warning(
                self,
                self.tr("Undo Failed"),
                self.tr("Could not undo the import.") + "\n\n" + describe(error),
            ),
        )

    def _on_undone(self, batch: BatchSummary, removed: int) -> None:
        self.status_label.setText(
            self.tr("%Ln item(s) of {file} removed.", "", removed).format(file=batch.file_label)
        )
        self.reload(select_batch=batch.id)
        self.catalogue_modified.emit()

    # ------------------------------------------------------------------ texts

    def _refresh_empty_text(self) -> None:
        if self.catalogue is None:
            self.empty_label.setText(self.tr("No catalogue is open."))
        else:
            self.empty_label.setText(
                self.tr("No imports yet. Drag a spreadsheet here or choose File ▸ Import File…")
            )

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.title())
        self.import_button.setText(self.tr("&Import File…"))
        self.export_button.setText(self.tr("E&xport Rejected Rows…"))
        self.undo_button.setText(self.tr("&Undo Import…"))
        set_tip(self.import_button, self.tr("Import feedback from a spreadsheet or CSV file"),
                self._import_action)
        set_tip(self.export_button, self.tr("Save the rejected rows of the selected import, to "
                                            "fix them and import them again"))
        set_tip(self.undo_button, self.tr("Remove the items the selected import added"))
        self._refresh_empty_text()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 8)
        self._show_rejected(self.selected_batch())
