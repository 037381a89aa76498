"""The import wizard's preview table (first rows, mapped fields in the headers, problems
highlighted) and its column-mapping editor (one combo per column)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from advocacy_desktop.ui.import_common import (
    FIELD_LABELS,
    NO_PARENT,
    PROBLEM_BACKGROUND,
    PROBLEM_FOREGROUND,
    ROW_PROBLEM_BACKGROUND,
    Index,
    cell_text,
    field_help,
    field_label,
    format_number,
    not_imported_label,
)
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.theme import readable, set_text_tone

if TYPE_CHECKING:
    from advocacy_desktop.services.import_service import CellProblem, ImportPreview

#: Reasons (list of str) why a cell, or for the vertical header a row, would be rejected.
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


def _described(reasons: list[str] | None) -> list[str] | None:
    """The import's reasons (messages of the value rules) in the UI language."""
    return None if reasons is None else [describe(reason) for reason in reasons]
#: The field value (str) a column is mapped to, or None; on horizontal header sections.
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2
LABEL_WIDTH = 150  # pixels of a column name beside its combo; longer names are elided


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as read, over `ImportPreview.rows`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._letters: list[str] = []
        self._rows: list[tuple[int, list[Any]]] = []
        self._field_of: dict[str, str] = {}
        self._cell_problems: dict[tuple[int, int], list[str]] = {}
        self._row_problems: dict[int, list[str]] = {}

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        if preview is None:
            self._headers, self._letters, self._rows = [], [], []
        else:
            self._headers = list(preview.headers)
            self._letters = list(preview.columns)
            self._rows = list(preview.rows)
        self._set_mapping(None if preview is None else preview.mapping.fields)
        self._set_problems([] if preview is None else preview.problems)
        self.endResetModel()

    def set_mapping(self, fields: dict[Any, str]) -> None:
        """Show a corrected mapping at once (problems follow when the preview is re-read)."""
        self._set_mapping(fields)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
            self._emit_all()

    def set_problems(self, problems: Sequence[CellProblem]) -> None:
        self._set_problems(problems)
        self._emit_all()
        if self._rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)

    def _set_mapping(self, fields: dict[Any, str] | None) -> None:
        self._field_of = {header: str(fld) for fld, header in (fields or {}).items()}

    def _set_problems(self, problems: Sequence[CellProblem]) -> None:
        self._cell_problems = {}
        self._row_problems = {}
        for problem in problems:
            if problem.column >= 0:
                key = (problem.row_number, problem.column)
                self._cell_problems.setdefault(key, []).append(problem.reason)
            else:
                self._row_problems.setdefault(problem.row_number, []).append(problem.reason)

    def _emit_all(self) -> None:
        if self._rows and self._headers:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1)
            )

    # --- queries used by the page and the filter

    def row_number(self, row: int) -> int:
        return self._rows[row][0]

    def row_has_problem(self, row: int) -> bool:
        number = self._rows[row][0]
        if number in self._row_problems:
            return True
        return any((number, c) in self._cell_problems for c in range(len(self._headers)))

    def problem_rows(self) -> int:
        return sum(1 for row in range(len(self._rows)) if self.row_has_problem(row))

    def problems_by_column(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for _row, column in self._cell_problems:
            counts[column] = counts.get(column, 0) + 1
        return counts

    # --- Qt model

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number, values = self._rows[index.row()]
        column = index.column()
        value = values[column] if column < len(values) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        reasons = _described(self._cell_problems.get((number, column)))
        row_reasons = _described(self._row_problems.get(number))
        if role == PROBLEM_ROLE:
            return list(reasons or row_reasons or [])
        if role == Qt.ItemDataRole.ToolTipRole:
            if reasons:
                return "\n".join(reasons)
            if row_reasons:
                return "\n".join(row_reasons)
            text = cell_text(value, 2_000)
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if reasons:
                return PROBLEM_BACKGROUND
            if row_reasons:
                return ROW_PROBLEM_BACKGROUND
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if reasons or row_reasons:
                return PROBLEM_FOREGROUND
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._rows):
                return None
            number = self._rows[section][0]
            problem = self.row_has_problem(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"⚠ {format_number(number)}" if problem else format_number(number)
            if role == PROBLEM_ROLE or (role == Qt.ItemDataRole.ToolTipRole and problem):
                reasons = _described(self._row_problems.get(number)) or []
                for (row, _column), found in self._cell_problems.items():
                    if row == number:
                        reasons.extend(map(describe, found))
                if role == PROBLEM_ROLE:
                    return reasons
                return self.tr("Row {row} will be rejected:").format(
                    row=format_number(number)
                ) + "\n" + "\n".join(f"• {r}" for r in reasons)
            return None
        if not 0 <= section < len(self._headers):
            return None
        header = self._headers[section]
        fld = self._field_of.get(header)
        if role == Qt.ItemDataRole.DisplayRole:
            target = field_label(fld) if fld else self.tr("(extra)")
            return f"{header}\n→ {target}"
        if role == FIELD_ROLE:
            return fld
        if role == Qt.ItemDataRole.ToolTipRole:
            letter = self._letters[section] if section < len(self._letters) else ""
            if fld:
                return self.tr("Column {letter} “{header}” is imported as {field}.").format(
                    letter=letter, header=header, field=field_label(fld)
                )
            return self.tr(
                "Column {letter} “{header}” is not imported as a field; its values are kept "
                "with each item as extra information."
            ).format(letter=letter, header=header)
        if role == Qt.ItemDataRole.FontRole and fld:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ProblemFilter(QSortFilterProxyModel):
    """Shows only the rows with a problem when `only_problems` is on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only_problems = False

    def set_only_problems(self, on: bool) -> None:
        self.beginFilterChange()
        self._only_problems = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._only_problems:
            return True
        model = self.sourceModel()
        return isinstance(model, PreviewModel) and model.row_has_problem(source_row)


class MappingEditor(QScrollArea):
    """One row per file column: its letter and name, and a combo choosing its field.
    Emits `assigned(header, field value or None)` when the user changes a combo."""

    assigned = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(0, 0, 6, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        self.setWidget(self._inner)
        self._headers: list[str] = []
        self._labels: list[QLabel] = []
        self._combos: list[QComboBox] = []
        self._warnings: list[QLabel] = []

    def combos(self) -> list[QComboBox]:
        return list(self._combos)

    def combo_for(self, header: str) -> QComboBox:
        return self._combos[self._headers.index(header)]

    def set_columns(self, headers: Sequence[str], letters: Sequence[str]) -> None:
        """Rebuild the rows (a new file or sheet); keeps them when the headers are the same."""
        if list(headers) == self._headers:
            return
        for widget in (*self._labels, *self._combos, *self._warnings):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._headers = list(headers)
        self._labels, self._combos, self._warnings = [], [], []
        label_metrics = self.fontMetrics()
        for row, header in enumerate(self._headers):
            letter = letters[row] if row < len(letters) else ""
            shown = label_metrics.elidedText(header, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
            grey = readable("#888888").name()
            label = QLabel(f"<span style='color: {grey}'>{letter}</span>&nbsp; "
                           f"{_escape(shown)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setToolTip(header)
            label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            combo = QComboBox()
            combo.setObjectName(f"mapping-{row}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            self._fill(combo)
            combo.activated.connect(lambda _i, h=header, c=combo: self._on_activated(h, c))
            label.setBuddy(combo)
            warning = QLabel()
            set_text_tone(warning, "#a3271b")
            warning.setWordWrap(True)
            warning.hide()
            self._grid.addWidget(label, row * 2, 0)
            self._grid.addWidget(combo, row * 2, 1)
            self._grid.addWidget(warning, row * 2 + 1, 1)
            self._labels.append(label)
            self._combos.append(combo)
            self._warnings.append(warning)
        self._grid.setRowStretch(len(self._headers) * 2, 1)

    def set_fields(self, fields: dict[Any, str], notes: dict[Any, str] | None = None) -> None:
        """Select in each combo the field its column is mapped to."""
        field_of = {header: str(fld) for fld, header in fields.items()}
        notes = {str(k): v for k, v in (notes or {}).items()}
        for header, combo in zip(self._headers, self._combos, strict=True):
            fld = field_of.get(header)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(fld)) if fld else 0)
            combo.blockSignals(False)
            tip = [field_help(fld)] if fld else []
            if fld and notes.get(fld):
                tip.append(describe(notes[fld]))
            combo.setToolTip("\n".join(t for t in tip if t))

    def set_problem_counts(self, counts: dict[int, int]) -> None:
        """Under a combo, how many of the preview's cells in that column would be rejected."""
        for column, warning in enumerate(self._warnings):
            count = counts.get(column, 0)
            warning.setVisible(count > 0)
            if count:
                warning.setText(self.tr("%n value(s) cannot be read", "", count))

    def retranslate_ui(self) -> None:
        for combo in self._combos:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            self._fill(combo)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    @staticmethod
    def _fill(combo: QComboBox) -> None:
        combo.addItem(not_imported_label(), None)
        for value in FIELD_LABELS:
            combo.addItem(field_label(value), value)

    def _on_activated(self, header: str, combo: QComboBox) -> None:
        self.assigned.emit(header, combo.currentData())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
