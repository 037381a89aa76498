"""The import wizard's pages before the import runs: file, sheet, columns, options.

Pages read the wizard's state (`options`, `preview`, `loading`, `preview_error`) and change it
through the wizard's methods; they redraw on `preview_changed` / `mapping_changed`.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.default_names import source_label
from advocacy_desktop.ui.import_common import banner, format_number
from advocacy_desktop.ui.messages import describe

if TYPE_CHECKING:
    from advocacy_desktop.ui.import_wizard import ImportWizard

ENCODINGS = ("cp1252", "latin-1", "utf-8", "utf-16")
CONTENT_FIELDS = ("score", "rating", "text")
MAX_COLUMN_WIDTH = 260


class WizardPage(QWidget):
    """One step. `changed` asks the wizard to re-evaluate its buttons."""

    changed = Signal()

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard = wizard

    def title(self) -> str:
        return ""

    def subtitle(self) -> str:
        return ""

    def enter(self) -> None:
        """Shown by Next."""

    def enter_back(self) -> None:
        """Shown again by Back."""

    def leave(self) -> None:
        """Left by Next: store the page's choices in the wizard's options."""

    def is_complete(self) -> bool:
        return True

    def can_go_back(self) -> bool:
        return True

    def next_text(self) -> str:
        return ""

    def retranslate_ui(self) -> None:
        pass


class BusyRow(QWidget):
    """A busy bar with a sentence, shown while the file is being read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(12)
        self.bar.setTextVisible(False)
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)


def heading(text: str = "") -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


# ---------------------------------------------------------------------------- file


class FilePage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._local_error: str | None = None
        self.path_label = QLabel()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setClearButtonEnabled(True)
        self.path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.formats_label = QLabel()
        self.formats_label.setWordWrap(True)
        self.formats_label.setStyleSheet("color: palette(mid);")
        self.busy = BusyRow()
        self.error_label = banner("error")
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.notes_label = banner("info")
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.use_text)
        self.path_edit.textEdited.connect(lambda _t: self._timer.start())
        self.path_edit.returnPressed.connect(self.use_text)

        row = QHBoxLayout()
        row.addWidget(self.path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.formats_label)
        layout.addSpacing(12)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addWidget(self.info_label)
        layout.addWidget(self.notes_label)
        layout.addStretch(1)
        wizard.preview_changed.connect(self.refresh)
        self.refresh()

    def kind_text(self, kind: str) -> str:
        return {
            "csv": self.tr("Text file (CSV)"),
            "xlsx": self.tr("Excel workbook"),
            "xlsm": self.tr("Excel workbook with macros (the macros are not run)"),
            "ods": self.tr("OpenDocument spreadsheet"),
        }.get(kind, kind)

    def title(self) -> str:
        return self.tr("Choose a File")

    def subtitle(self) -> str:
        return self.tr("Nothing is written to the catalogue before the last step.")

    def set_path_text(self, text: str) -> None:
        self.path_edit.setText(text)

    def file_filter(self) -> str:
        patterns = " ".join(f"*{suffix}" for suffix in self.wizard.service.SUPPORTED_SUFFIXES)
        return (
            self.tr("Spreadsheets and CSV files ({patterns})").format(patterns=patterns)
            + ";;"
            + self.tr("All files (*)")
        )

    def browse(self) -> None:
        current = Path(self.path_edit.text().strip()).expanduser()
        folder = current.parent if current.parent.is_dir() and str(current) != "." else Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a File to Import"), str(folder), self.file_filter()
        )
        if chosen:
            self.path_edit.setText(chosen)
            self.use_text()

    def use_text(self) -> None:
        self._timer.stop()
        text = self.path_edit.text().strip().strip("\"'")
        self._local_error = None
        if not text:
            self.wizard.clear_path()
            self.refresh()
            return
        path = Path(text).expanduser()
        if not path.is_file():
            self._local_error = self.tr("There is no file at {path}.").format(path=path)
            self.wizard.clear_path()
            self.refresh()
            return
        if path == self.wizard.path and (self.wizard.preview or self.wizard.loading):
            return
        self.wizard.set_path(path)

    def refresh(self) -> None:
        w = self.wizard
        self.busy.setVisible(w.loading)
        error = self._local_error or w.preview_error
        self.error_label.setVisible(bool(error))
        self.error_label.setText(
            self.tr("This file cannot be imported.") + "\n" + error if error else ""
        )
        preview = w.preview
        self.info_label.setVisible(preview is not None and not w.loading)
        self.notes_label.setVisible(False)
        if preview is not None:
            info = preview.info
            parts = [f"<b>{html.escape(info.path.name)}</b>", self.kind_text(str(info.kind))]
            if info.needs_sheet_choice:
                parts.append(self.tr("%n sheet(s)", "", len(info.sheets)))
            parts.append(self.tr("%n column(s)", "", len(preview.headers)))
            if preview.total_rows_hint:
                parts.append(
                    self.tr("about {rows} rows").format(rows=format_number(preview.total_rows_hint))
                )
            self.info_label.setText(" · ".join(parts))
            notes = [describe(note) for note in info.notes]
            self.notes_label.setText("\n".join(notes))
            self.notes_label.setVisible(bool(notes))
        self.changed.emit()

    def is_complete(self) -> bool:
        w = self.wizard
        return (
            w.preview is not None
            and not w.loading
            and w.preview_error is None
            and self._local_error is None
        )

    def retranslate_ui(self) -> None:
        self.path_label.setText(self.tr("&File:"))
        self.path_edit.setPlaceholderText(self.tr("Path of a spreadsheet or CSV file"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.formats_label.setText(
            self.tr(
                "Excel (.xlsx, .xlsm), OpenDocument (.ods) and text files (.csv, .tsv, .txt). "
                "You can also drop a file on the main window."
            )
        )
        self.busy.label.setText(self.tr("Reading the file…"))
        self.refresh()


# ---------------------------------------------------------------------------- sheet


class SheetPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.list = QListWidget()
        self.list.setObjectName("sheetList")
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda _item: self.wizard.go_next())
        self.busy = BusyRow()
        self.error_label = banner("error")
        self.columns_label = QLabel()
        self.columns_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addWidget(self.columns_label)
        self._names: list[str] = []
        wizard.preview_changed.connect(self.refresh)

    def title(self) -> str:
        return self.tr("Choose a Sheet")

    def subtitle(self) -> str:
        return self.tr("This workbook has several sheets. Which one holds the feedback?")

    def enter(self) -> None:
        preview = self.wizard.preview
        if preview is None:
            return
        sheets = preview.info.sheets
        names = [sheet.name for sheet in sheets]
        if names != self._names:
            self._names = names
            self.list.blockSignals(True)
            self.list.clear()
            for sheet in sheets:
                item = QListWidgetItem(sheet.name)
                item.setData(Qt.ItemDataRole.UserRole, sheet.name)
                if sheet.hidden:
                    item.setText(self.tr("{name}   (hidden sheet)").format(name=sheet.name))
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                    item.setToolTip(
                        self.tr(
                            "This sheet is hidden in the workbook. Check that it holds the "
                            "data you want before importing it."
                        )
                    )
                self.list.addItem(item)
            self.list.blockSignals(False)
        chosen = self.wizard.options.sheet or preview.sheet
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == chosen:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
        self.list.setFocus()
        self.refresh()

    def leave(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.wizard.set_sheet(item.data(Qt.ItemDataRole.UserRole))

    def _on_current(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is not None:
            self.wizard.set_sheet(item.data(Qt.ItemDataRole.UserRole))

    def refresh(self) -> None:
        w = self.wizard
        self.busy.setVisible(w.loading)
        self.error_label.setVisible(bool(w.preview_error))
        self.error_label.setText(w.preview_error or "")
        preview = w.preview
        if preview is not None and not w.loading:
            self.columns_label.setText(
                self.tr("Columns of “{sheet}”: {columns}").format(
                    sheet=preview.sheet, columns=", ".join(preview.headers[:12])
                    + (" …" if len(preview.headers) > 12 else "")
                )
            )
        self.columns_label.setVisible(preview is not None and not w.loading)
        self.changed.emit()

    def is_complete(self) -> bool:
        w = self.wizard
        return w.preview is not None and not w.loading and w.preview_error is None

    def retranslate_ui(self) -> None:
        self.busy.label.setText(self.tr("Reading the sheet…"))
        self._names = []  # rebuild the "(hidden sheet)" texts on the next visit


# ---------------------------------------------------------------------------- options


class OptionsPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("sourceCombo")
        self.source_combo.setEditable(True)
        self.source_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source_combo.setMinimumContentsLength(24)
        self.source_combo.setMaximumWidth(360)
        self.source_help = QLabel()
        self.source_help.setWordWrap(True)
        self.source_help.setStyleSheet("color: palette(mid);")
        self.dry_run = QCheckBox()
        self.dry_run.setObjectName("dryRun")
        self.dry_run.toggled.connect(lambda _on: self.changed.emit())
        self.dry_run_help = QLabel()
        self.dry_run_help.setWordWrap(True)
        self.dry_run_help.setStyleSheet("color: palette(mid);")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        column = QWidget()
        column.setMaximumWidth(640)
        self.form = QFormLayout(column)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.source_label = QLabel()
        self.source_label.setBuddy(self.source_combo)
        self.form.addRow(self.source_label, self.source_combo)
        self.form.addRow("", self.source_help)
        self.form.addRow("", self.dry_run)
        self.form.addRow("", self.dry_run_help)
        self.summary_label.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.addWidget(column)
        layout.addSpacing(16)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
        self._sources_loaded = False

    def title(self) -> str:
        return self.tr("Options")

    def subtitle(self) -> str:
        return self.tr("Last choices before the import.")

    def enter(self) -> None:
        self._load_sources()
        self._refresh()
        self.source_combo.setFocus()

    def enter_back(self) -> None:
        self._refresh()

    def leave(self) -> None:
        options = self.wizard.options
        text = self.source_combo.currentText().strip()
        # a pre-filled source listed in the UI language ("전화") imports under its stored name
        index = self.source_combo.findText(text)
        stored = self.source_combo.itemData(index) if index >= 0 else None
        options.source_name = (stored or text) or None
        options.dry_run = self.dry_run.isChecked()

    def next_text(self) -> str:
        return self.tr("&Check") if self.dry_run.isChecked() else self.tr("&Import")

    def _load_sources(self) -> None:
        if self._sources_loaded or self.wizard.catalogue is None:
            return
        self._sources_loaded = True
        service, catalogue = self.wizard.service, self.wizard.catalogue

        def names(_ctx: Any) -> list[str]:
            found = {b.source for b in service.list_batches(catalogue) if b.source}
            return sorted(found, key=str.casefold)

        handle = self.wizard.tasks.run(names, title=self.tr("Listing sources…"),
                                       show_dialog=False)
        handle.succeeded.connect(self._set_sources)

    def _set_sources(self, sources: list[str]) -> None:
        text = self.source_combo.currentText()
        self.source_combo.clear()
        for name in sources:
            self.source_combo.addItem(source_label(name), name)
        self.source_combo.setEditText(text)

    def _refresh(self) -> None:
        w = self.wizard
        preview = w.preview
        if preview is None:
            return
        header = preview.mapping.fields.get(w.service.Field.SOURCE)
        if header:
            self.source_help.setText(
                self.tr(
                    "The file has a source column (“{column}”): this source is given only to "
                    "rows where that cell is empty."
                ).format(column=header)
            )
        else:
            self.source_help.setText(
                self.tr(
                    "The file has no source column: every row gets this source, e.g. "
                    "Trustpilot or Support desk. Leave it empty if you do not know."
                )
            )
        where = preview.info.path.name
        if preview.sheet and preview.info.needs_sheet_choice:
            where = self.tr("{file}, sheet “{sheet}”").format(file=where, sheet=preview.sheet)
        rows = preview.total_rows_hint
        text = self.tr("Ready to read {where}").format(where=where)
        if rows:
            text += " " + self.tr("(about {rows} rows)").format(rows=format_number(rows))
        text += "."
        if w.options.save_template_as:
            text += " " + self.tr("The mapping will be saved as the template “{name}”.").format(
                name=w.options.save_template_as
            )
        self.summary_label.setText(text)

    def retranslate_ui(self) -> None:
        self.source_label.setText(self.tr("&Source:"))
        self.source_combo.lineEdit().setPlaceholderText(self.tr("e.g. Trustpilot"))
        self.dry_run.setText(self.tr("Check &only, do not import"))
        self.dry_run_help.setText(
            self.tr(
                "Reads every row and counts what would be imported, what is already in the "
                "catalogue and what would be rejected. The catalogue is not changed."
            )
        )
        self._refresh()
