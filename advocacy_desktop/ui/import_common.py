"""Pieces the import wizard and the Imports page share: translated field names, cell and date
display, the rejected-rows table model, and exporting rejected rows to a workbook."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from advocacy_desktop.services.import_service import RejectedRowInfo

CONTEXT = "ImportFields"
#: Background of a cell the import would reject, and of a row with nothing to import.
PROBLEM_BACKGROUND = QColor("#f8cfca")
ROW_PROBLEM_BACKGROUND = QColor("#fde8d4")
PROBLEM_FOREGROUND = QColor("#1a1a1a")
MAX_CELL_CHARS = 120

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()

# Field value -> untranslated label (context "ImportFields"); the order of the mapping combos.
FIELD_LABELS: dict[str, str] = {
    "date": QT_TRANSLATE_NOOP("ImportFields", "Date"),
    "score": QT_TRANSLATE_NOOP("ImportFields", "Score (0–10 recommend)"),
    "rating": QT_TRANSLATE_NOOP("ImportFields", "Rating"),
    "text": QT_TRANSLATE_NOOP("ImportFields", "Text"),
    "source": QT_TRANSLATE_NOOP("ImportFields", "Source"),
    "customer_name": QT_TRANSLATE_NOOP("ImportFields", "Customer name"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "customer_id": QT_TRANSLATE_NOOP("ImportFields", "Customer ID"),
    "external_id": QT_TRANSLATE_NOOP("ImportFields", "Feedback ID"),
    "channel": QT_TRANSLATE_NOOP("ImportFields", "Channel"),
    "country": QT_TRANSLATE_NOOP("ImportFields", "Country"),
    "product": QT_TRANSLATE_NOOP("ImportFields", "Product"),
    "language": QT_TRANSLATE_NOOP("ImportFields", "Language"),
    "needs": QT_TRANSLATE_NOOP("ImportFields", "Needs"),
    "assignee": QT_TRANSLATE_NOOP("ImportFields", "Assignee"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "Status"),
}
FIELD_HELP: dict[str, str] = {
    "score": QT_TRANSLATE_NOOP(
        "ImportFields",
        "Only the answer to 'How likely are you to recommend us?' (0–10) counts as NPS.",
    ),
    "rating": QT_TRANSLATE_NOOP(
        "ImportFields", "Stars or marks (1–5, 1–10…): kept as a rating, never counted as NPS."
    ),
    "needs": QT_TRANSLATE_NOOP(
        "ImportFields", "Need names separated by commas, e.g. 'Price, Delivery'."
    ),
    "external_id": QT_TRANSLATE_NOOP(
        "ImportFields",
        "The review or ticket number: rows with the same one are not imported twice.",
    ),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(field: object) -> str:
    """The translated name of a field (a Field or its value)."""
    key = str(getattr(field, "value", field))
    return _translate(FIELD_LABELS.get(key, key))


def field_help(field: object) -> str:
    key = str(getattr(field, "value", field))
    return _translate(FIELD_HELP[key]) if key in FIELD_HELP else ""


def not_imported_label() -> str:
    return QCoreApplication.translate("ImportFields", "— Not imported (kept as extra)")


def cell_text(value: Any, limit: int = MAX_CELL_CHARS) -> str:
    """A raw cell as the user typed it: numbers without '.0', dates ISO, text on one line."""
    if value is None:
        return ""
    if value is True or value is False:
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = " ".join(str(value).split()) if "\n" in str(value) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_when(when: dt.datetime | None) -> str:
    """A stored UTC time (naive) as a short local date and time."""
    if when is None:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    stamp = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.utc()).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def format_number(value: int) -> str:
    return QLocale().toString(int(value))


def banner(kind: str = "info") -> QLabel:
    """A word-wrapped message strip: 'info', 'warning' or 'error'."""
    colours = {
        "info": ("#e8f1fb", "#9cbfe6", "#1b3a5c"),
        "warning": ("#fff4d6", "#e6c063", "#5c4100"),
        "error": ("#fde2df", "#e6998f", "#6b1d14"),
    }[kind]
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(
        f"QLabel {{ background: {colours[0]}; border: 1px solid {colours[1]}; color: {colours[2]};"
        " border-radius: 4px; padding: 6px 10px; }"
    )
    return label


class RejectedRowsModel(QAbstractTableModel):
    """The problems of a batch: row, column, value, reason (one line per problem)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RejectedRowInfo] = []

    def set_rows(self, rows: Sequence[RejectedRowInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rejected(self, row: int) -> RejectedRowInfo:
        return self._rows[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem"))
            return titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and info.data:
            lines = [f"{key}: {cell_text(value, 80)}" for key, value in info.data.items()]
            return self.tr("The whole row:") + "\n" + "\n".join(lines[:30])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return format_number(info.row_number)
            if column == 1:
                return info.column or self.tr("(whole row)")
            if column == 2:
                return cell_text(info.value, 10_000 if role == Qt.ItemDataRole.ToolTipRole else 60)
            return describe(info.reason)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def export_rejected_rows(
    parent: QWidget,
    tasks: TaskRunner,
    service: ModuleType,
    catalogue: Any,
    batch_id: int,
    file_name: str,
    on_done: Callable[[str], None] | None = None,
) -> TaskHandle | None:
    """Ask where, then write the batch's rejected rows to an .xlsx in a task. `on_done`
    receives a sentence saying where they went; failures are shown in a message box."""
    return RejectedRowsExport(parent).run(tasks, service, catalogue, batch_id, file_name, on_done)


class RejectedRowsExport(QObject):
    """One export of a batch's rejected rows (parented to the widget that asked)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def run(
        self,
        tasks: TaskRunner,
        service: ModuleType,
        catalogue: Any,
        batch_id: int,
        file_name: str,
        on_done: Callable[[str], None] | None,
    ) -> TaskHandle | None:
        source = Path(file_name)
        folder = source.parent if source.is_absolute() and source.parent.is_dir() else Path.home()
        rejected = self.tr("rejected")  # part of the suggested file name
        suggested = folder / f"{source.stem}-{rejected}.xlsx"
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export Rejected Rows"),
            str(suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            self.deleteLater()
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")

        def done(count: int) -> None:
            text = self.tr("%Ln row(s) to fix saved in {path}.", "", int(count))
            if on_done is not None:
                on_done(text.format(path=target))
            self.deleteLater()

        def failed(error: BaseException) -> None:
            QMessageBox.warning(
                self._parent,
                self.tr("Export Failed"),
                self.tr("Could not write {path}").format(path=target) + "\n\n" + describe(error),
            )
            self.deleteLater()

        return tasks.run(
            lambda _ctx: service.export_rejects(catalogue, batch_id, target, describe=describe),
            title=self.tr("Exporting rejected rows…"),
            dialog_parent=self._parent,
            on_result=done,
            on_error=failed,
        )
