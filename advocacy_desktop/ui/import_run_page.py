"""The import wizard's last page: progress with Cancel while the import runs, then what it
did (rows read, imported, duplicates, rejected, with the first rejected rows), or why it
could not, or that it was cancelled. In every failed case nothing was written."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.import_common import (
    RejectedRowsModel,
    banner,
    export_rejected_rows,
    format_number,
)
from advocacy_desktop.ui.import_wizard_pages import WizardPage, heading
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.theme import set_text_tone

if TYPE_CHECKING:
    from advocacy_desktop.ui.import_wizard import ImportWizard

REJECTED_SHOWN = 200
IDLE, RUNNING, DONE, FAILED, CANCELLED = "idle", "running", "done", "failed", "cancelled"


class RunPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.state = IDLE
        self.result: Any = None

        # running
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("importProgress")
        self.progress_note = QLabel()
        self.progress_note.setWordWrap(True)
        self.progress_note.setStyleSheet("color: palette(mid);")
        running = QWidget()
        layout = QVBoxLayout(running)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_note)
        layout.addStretch(2)

        # done
        self.headline = QLabel()
        self.headline.setObjectName("resultHeadline")
        self.headline.setWordWrap(True)
        self.figures: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        for column, key in enumerate(("read", "imported", "duplicates", "rejected")):
            number = QLabel("0")
            number.setObjectName(f"figure-{key}")
            font = QFont(number.font())
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            number.setFont(font)
            caption = QLabel()
            caption.setStyleSheet("color: palette(mid);")
            grid.addWidget(number, 0, column)
            grid.addWidget(caption, 1, column)
            self.figures[key] = (number, caption)
        grid.setColumnStretch(4, 1)
        self.warnings_label = banner("info")
        self.rejected_heading = heading()
        self.rejected_model = RejectedRowsModel(self)
        self.rejected_view = QTableView()
        self.rejected_view.setObjectName("rejectedRows")
        self.rejected_view.setModel(self.rejected_model)
        self.rejected_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejected_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected_view.verticalHeader().hide()
        self.rejected_view.setWordWrap(False)
        header = self.rejected_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportRejected")
        self.export_button.clicked.connect(self.export_rejected)
        self.show_button = QPushButton()
        self.show_button.setObjectName("showInImports")
        self.show_button.clicked.connect(self._show_in_imports)
        self.export_label = QLabel()
        self.export_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.export_label, 1)
        done = QWidget()
        layout = QVBoxLayout(done)
        layout.addWidget(self.headline)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.rejected_heading)
        layout.addWidget(self.rejected_view, 1)
        layout.addLayout(buttons)
        layout.addStretch(0)  # takes the room while the table is hidden

        # failed or cancelled
        self.message_label = banner("error")
        self.message_label.setObjectName("runMessage")
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        message = QWidget()
        layout = QVBoxLayout(message)
        layout.addWidget(self.message_label)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)

        self.views = QStackedWidget()
        for view in (running, done, message):
            self.views.addWidget(view)
        self._running_view, self._done_view, self._message_view = running, done, message
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.views)

    # --- WizardPage

    def title(self) -> str:
        if self.state == DONE:
            if self.result is not None and self.result.dry_run:
                return self.tr("Check Finished")
            return self.tr("Import Finished")
        if self.state == FAILED:
            return self.tr("Import Failed")
        if self.state == CANCELLED:
            return self.tr("Import Cancelled")
        return self.tr("Importing")

    def subtitle(self) -> str:
        name = self.wizard.path.name if self.wizard.path is not None else ""
        return name

    def enter(self) -> None:
        self.state = RUNNING
        self.result = None
        self.export_label.clear()
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Reading the file…"))
        self.progress_note.setText(
            self.tr(
                "The rows are written all at once at the end. If you stop the import, nothing "
                "is written and the catalogue stays as it was."
            )
        )
        self.views.setCurrentWidget(self._running_view)
        self.wizard.start_import()
        self.changed.emit()

    def is_complete(self) -> bool:
        return self.state == DONE

    def can_go_back(self) -> bool:
        if self.state in (FAILED, CANCELLED):
            return True
        return self.state == DONE and self.result is not None and self.result.dry_run

    # --- progress and outcomes

    def show_progress(self, done: int, total: int, _text: str = "") -> None:
        if total > 0:
            self.progress_bar.setRange(0, 1000)
            self.progress_bar.setValue(min(1000, int(done * 1000 / total)))
            self.progress_label.setText(
                self.tr("{done} of about {total} rows read").format(
                    done=format_number(done), total=format_number(total)
                )
            )
        else:
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(
                self.tr("{done} rows read").format(done=format_number(done))
            )

    def show_cancelling(self) -> None:
        self.progress_label.setText(self.tr("Stopping… nothing is written to the catalogue."))

    def show_cancelled(self) -> None:
        self.state = CANCELLED
        self._show_message(
            "info",
            self.tr("The import was stopped. Nothing was written to the catalogue."),
            self.tr("Go back to change your choices and import again, or close the wizard."),
        )

    def show_error(self, text: str) -> None:
        self.state = FAILED
        self._show_message(
            "error",
            self.tr("The file could not be imported. Nothing was written to the catalogue.")
            + "\n\n"
            + text,
            self.tr("Go back to change your choices, or fix the file and import it again."),
        )

    def _show_message(self, kind: str, text: str, hint: str) -> None:
        self.message_label.setStyleSheet(banner(kind).styleSheet())
        self.message_label.setText(text)
        self.hint_label.setText(hint)
        self.views.setCurrentWidget(self._message_view)
        self.changed.emit()

    def show_result(self, result: Any) -> None:
        self.state = DONE
        self.result = result
        dry = result.dry_run
        if dry:
            text = self.tr("Checked every row of the file. Nothing was imported.")
        elif result.imported:
            text = self.tr("%Ln item(s) added to the catalogue.", "", result.imported)
        else:
            text = self.tr("No new items: the catalogue already had every readable row.")
        self.headline.setText(text)
        captions = {
            "read": self.tr("rows read"),
            "imported": self.tr("would be imported") if dry else self.tr("imported"),
            "duplicates": self.tr("already there (duplicates)"),
            "rejected": self.tr("rejected"),
        }
        values = {
            "read": result.rows_read,
            "imported": result.imported,
            "duplicates": result.duplicates,
            "rejected": result.rejected,
        }
        for key, (number, caption) in self.figures.items():
            number.setText(format_number(values[key]))
            caption.setText(captions[key])
        set_text_tone(self.figures["rejected"][0], "#a3271b" if result.rejected else None)
        self.warnings_label.setText("\n".join(map(describe, result.warnings)))
        self.warnings_label.setVisible(bool(result.warnings))
        listed = bool(result.rejected) and result.batch_id is not None
        for widget in (self.rejected_heading, self.rejected_view, self.export_button):
            widget.setVisible(listed)
        self.show_button.setVisible(result.batch_id is not None)
        self.rejected_model.set_rows([])
        if listed:
            self.rejected_heading.setText(
                self.tr("Rejected rows: export them to fix them and import the file again")
            )
            self._load_rejected(result.batch_id)
        self.views.setCurrentWidget(self._done_view)
        self.changed.emit()

    def _load_rejected(self, batch_id: int) -> None:
        service, catalogue = self.wizard.service, self.wizard.catalogue
        handle = self.wizard.tasks.run(
            lambda _ctx: service.rejected_rows(catalogue, batch_id, limit=REJECTED_SHOWN),
            title=self.tr("Listing rejected rows…"),
            show_dialog=False,
        )
        handle.succeeded.connect(self._on_rejected)

    def _on_rejected(self, rows: list[Any]) -> None:
        self.rejected_model.set_rows(rows)
        self.rejected_view.resizeColumnToContents(1)
        self.rejected_view.resizeColumnToContents(2)
        for column, limit in ((1, 220), (2, 180)):
            if self.rejected_view.columnWidth(column) > limit:
                self.rejected_view.setColumnWidth(column, limit)

    def export_rejected(self) -> None:
        result = self.result
        if result is None or result.batch_id is None:
            return
        export_rejected_rows(
            self,
            self.wizard.tasks,
            self.wizard.service,
            self.wizard.catalogue,
            result.batch_id,
            str(result.path),
            on_done=self.export_label.setText,
        )

    def _show_in_imports(self) -> None:
        if self.result is not None and self.result.batch_id is not None:
            self.wizard.request_show_batch(self.result.batch_id)

    def retranslate_ui(self) -> None:
        self.export_button.setText(self.tr("&Export Rejected Rows…"))
        self.show_button.setText(self.tr("Show in &Imports"))
        if self.state == DONE and self.result is not None:
            self.show_result(self.result)
