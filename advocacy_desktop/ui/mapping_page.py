"""The import wizard's column page: what each column holds, the first rows with the cells
that cannot be read highlighted, and the questions a file may raise (its encoding, the order
of its dates) before the import can go on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.import_common import banner
from advocacy_desktop.ui.import_wizard_pages import BusyRow, WizardPage, heading
from advocacy_desktop.ui.mapping_table import MappingEditor, PreviewModel, ProblemFilter
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.theme import set_text_tone

if TYPE_CHECKING:
    from advocacy_desktop.ui.import_wizard import ImportWizard

ENCODINGS = ("cp1252", "latin-1", "utf-8", "utf-16")
CONTENT_FIELDS = ("score", "rating", "text")
MAX_COLUMN_WIDTH = 260


def _box(kind: str) -> tuple[QFrame, QVBoxLayout]:
    colours = {"warning": ("#fff4d6", "#e6c063", "#5c4100"), "info": ("#e8f1fb", "#9cbfe6",
                                                                       "#1b3a5c")}[kind]
    frame = QFrame()
    frame.setObjectName(f"{kind}Box")
    frame.setStyleSheet(
        f"QFrame#{kind}Box {{ background: {colours[0]}; border: 1px solid {colours[1]};"
        f" border-radius: 4px; }} QFrame#{kind}Box QLabel"
        f" {{ color: {colours[2]}; background: transparent; }}"
    )
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 6, 10, 6)
    layout.setSpacing(4)
    return frame, layout


class MappingPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        # the encoding question
        self.encoding_box, box = _box("warning")
        self.encoding_text = QLabel()
        self.encoding_text.setWordWrap(True)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encodingCombo")
        self.encoding_label = QLabel()
        self.encoding_label.setBuddy(self.encoding_combo)
        self.encoding_check = QCheckBox()
        self.encoding_check.setObjectName("encodingCheck")
        self.encoding_combo.activated.connect(
            lambda _i: self.wizard.set_encoding(self.encoding_combo.currentData())
        )
        self.encoding_check.toggled.connect(self.wizard.set_encoding_checked)
        row = QHBoxLayout()
        row.addWidget(self.encoding_label)
        row.addWidget(self.encoding_combo)
        row.addSpacing(16)
        row.addWidget(self.encoding_check)
        row.addStretch(1)
        box.addWidget(self.encoding_text)
        box.addLayout(row)
        # the date-order question
        self.date_box, box = _box("warning")
        self.date_text = QLabel()
        self.date_text.setWordWrap(True)
        self.date_combo = QComboBox()
        self.date_combo.setObjectName("dateOrderCombo")
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date_combo)
        self.date_combo.activated.connect(
            lambda _i: self.wizard.set_date_order(self.date_combo.currentData())
        )
        row = QHBoxLayout()
        row.addWidget(self.date_label)
        row.addWidget(self.date_combo)
        row.addStretch(1)
        box.addWidget(self.date_text)
        box.addLayout(row)

        self.template_label = banner("info")
        self.template_label.setObjectName("templateLabel")
        self.notes_label = banner("info")
        self.error_label = banner("error")
        self.busy = BusyRow()

        self.editor = MappingEditor()
        self.editor.assigned.connect(self.wizard.assign)
        self.model = PreviewModel(self)
        self.proxy = ProblemFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.only_problems = QCheckBox()
        self.only_problems.toggled.connect(self.proxy.set_only_problems)
        self.columns_heading = heading()
        self.rows_heading = heading()
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.columns_heading)
        left_layout.addWidget(self.editor, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.rows_heading)
        heading_row.addStretch(1)
        heading_row.addWidget(self.only_problems)
        right_layout.addLayout(heading_row)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.problems_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 600])

        self.template_edit = QLineEdit()
        self.template_edit.setObjectName("templateName")
        self.template_edit.setMaxLength(100)
        self.template_edit.setMinimumWidth(400)
        self.template_edit_label = QLabel()
        self.template_edit_label.setBuddy(self.template_edit)
        self.blocker_label = QLabel()
        self.blocker_label.setObjectName("blockerLabel")
        set_text_tone(self.blocker_label, "#a3271b")
        self.blocker_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.template_edit_label)
        bottom.addWidget(self.template_edit, 1)
        bottom.addSpacing(16)
        bottom.addWidget(self.blocker_label, 2)

        layout = QVBoxLayout(self)
        for widget in (self.encoding_box, self.date_box, self.template_label, self.notes_label,
                       self.error_label, self.busy):
            layout.addWidget(widget)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self._headers: list[str] = []
        wizard.preview_changed.connect(self.refresh)
        wizard.mapping_changed.connect(self._on_mapping_changed)

    def title(self) -> str:
        return self.tr("Check the Columns")

    def subtitle(self) -> str:
        return self.tr(
            "Choose what each column holds. Highlighted cells cannot be read: their rows "
            "will be rejected and listed after the import, so you can fix them."
        )

    def enter(self) -> None:
        self.refresh()
        self.editor.setFocus()
        combos = self.editor.combos()
        if combos:
            combos[0].setFocus()

    def leave(self) -> None:
        self.wizard.options.save_template_as = self.template_edit.text().strip() or None

    # --- redrawing

    def _on_mapping_changed(self) -> None:
        preview = self.wizard.preview
        if preview is None:
            return
        self.editor.set_fields(preview.mapping.fields, preview.mapping.notes)
        self.model.set_mapping(preview.mapping.fields)
        self._refresh_banners()
        self.changed.emit()

    def refresh(self) -> None:
        w = self.wizard
        preview = w.preview
        self.busy.setVisible(w.loading)
        self.busy.label.setText(
            self.tr("Checking the values…") if preview is not None else self.tr("Reading…")
        )
        self.error_label.setVisible(bool(w.preview_error))
        self.error_label.setText(w.preview_error or "")
        if preview is not None and not w.loading:
            self.editor.set_columns(preview.headers, preview.columns)
            self.editor.set_fields(preview.mapping.fields, preview.mapping.notes)
            self.model.set_preview(preview)
            self.editor.set_problem_counts(self.model.problems_by_column())
            if preview.headers != self._headers:
                self._headers = list(preview.headers)
                self._size_columns()
            self._refresh_problems()
        elif preview is None:
            self.model.set_preview(None)
            self._headers = []
        self._refresh_banners()
        self.changed.emit()

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for section in range(header.count()):
            if header.sectionSize(section) > MAX_COLUMN_WIDTH:
                header.resizeSection(section, MAX_COLUMN_WIDTH)

    def _refresh_problems(self) -> None:
        rows = self.model.rowCount()
        bad = self.model.problem_rows()
        if bad:
            self.problems_label.setText(
                self.tr("%n of the first rows cannot be imported as they are (highlighted).",
                        "", bad)
            )
            set_text_tone(self.problems_label, "#a3271b")
        else:
            self.problems_label.setText(
                self.tr("No problems in the first %n row(s).", "", rows)
            )
            set_text_tone(self.problems_label, "#276749")

    def _refresh_banners(self) -> None:
        w = self.wizard
        preview = w.preview
        self.encoding_box.setVisible(w.guessed_encoding is not None and preview is not None)
        if w.guessed_encoding is not None:
            self.encoding_text.setText(
                self.tr(
                    "The file is not UTF-8; it looks like {encoding}. Check the accents in "
                    "the preview (é, ü, ñ…): if they look wrong, try another encoding."
                ).format(encoding=self._encoding_name(w.guessed_encoding))
            )
            chosen = w.options.encoding or w.guessed_encoding
            self.encoding_combo.setCurrentIndex(max(0, self.encoding_combo.findData(chosen)))
            self.encoding_check.blockSignals(True)
            self.encoding_check.setChecked(w.encoding_checked)
            self.encoding_check.blockSignals(False)
        orders = sorted(preview.date_orders, key=lambda o: "DMY MDY YMD".index(o.value)) if (
            preview is not None) else []
        self.date_box.setVisible(bool(orders))
        if orders and preview is not None:
            self._fill_date_combo(orders)
            column = preview.mapping.fields.get(w.service.Field.DATE, "")
            self.date_text.setText(
                self.tr(
                    "The dates in column “{column}” can be read more than one way (is "
                    "05/01/2024 the 5th of January or May 1st?). Choose their order to go on."
                ).format(column=column)
            )
        if w.template_name:
            text = self.tr("Columns matched with the saved template “{name}”.").format(
                name=w.template_name
            )
            if w.mapping_edited:
                text += " " + self.tr("You changed the mapping since.")
            self.template_label.setText(text)
        self.template_label.setVisible(bool(w.template_name) and preview is not None)
        notes = [describe(w) for w in preview.warnings] if preview is not None else []
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        self.blocker_label.setText(self.blocker() or "")

    def _fill_date_combo(self, orders: list[Any]) -> None:
        examples = {"DMY": "31/12/2024", "MDY": "12/31/2024", "YMD": "2024/12/31"}
        names = {
            "DMY": self.tr("Day first"),
            "MDY": self.tr("Month first"),
            "YMD": self.tr("Year first"),
        }
        wanted = [None, *orders]
        current = [self.date_combo.itemData(i) for i in range(self.date_combo.count())]
        if current != wanted:
            self.date_combo.clear()
            self.date_combo.addItem(self.tr("Choose…"), None)
            for order in orders:
                self.date_combo.addItem(
                    f"{names[order.value]} — {examples[order.value]}", order
                )
        chosen = self.wizard.options.date_order
        self.date_combo.setCurrentIndex(max(0, self.date_combo.findData(chosen)) if chosen else 0)

    def _encoding_name(self, encoding: str) -> str:
        return {
            "cp1252": self.tr("Windows-1252 (Western European)"),
            "latin-1": self.tr("Latin-1 (ISO 8859-1)"),
            "utf-8": "UTF-8",
            "utf-16": "UTF-16",
        }.get(encoding, encoding)

    # --- completeness

    def blocker(self) -> str | None:
        """Why Next is disabled, in a sentence (None when it is not)."""
        w = self.wizard
        preview = w.preview
        if preview is None or w.preview_error:
            return None if w.loading else self.tr("Go back and choose a file that can be read.")
        if w.guessed_encoding is not None and not w.encoding_checked:
            return self.tr("Tick “The text looks right” to go on.")
        if preview.date_orders and w.options.date_order is None:
            return self.tr("Choose the order of the dates to go on.")
        mapped = {str(f) for f in preview.mapping.fields}
        if not mapped & set(CONTENT_FIELDS):
            return self.tr("Choose a column for the score, the rating or the text: rows "
                           "without any of them cannot be imported.")
        return None

    def is_complete(self) -> bool:
        return not self.wizard.loading and self.blocker() is None

    def retranslate_ui(self) -> None:
        self.encoding_label.setText(self.tr("&Encoding:"))
        self.encoding_check.setText(self.tr("The text &looks right"))
        self.encoding_combo.clear()
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(self._encoding_name(encoding), encoding)
        self.date_label.setText(self.tr("&Date order:"))
        self.date_combo.clear()
        self.columns_heading.setText(self.tr("Columns and fields"))
        self.rows_heading.setText(self.tr("First rows of the file"))
        self.only_problems.setText(self.tr("Only rows with &problems"))
        self.template_edit_label.setText(self.tr("Save as &template:"))
        self.template_edit.setPlaceholderText(
            self.tr("Name (optional): reused for files with the same columns")
        )
        self.editor.retranslate_ui()
        self.refresh()
