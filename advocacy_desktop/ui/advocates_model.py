"""Qt table models of the Advocates page: advocates, customers at risk, the customer list
(keyset pages), one customer's feedback history and care log; the chip delegate that paints
scores and flags; the translated names of the six practices.

The advocates and at-risk lists can hold ~170k rows (1M items). Sorting and filtering them
through a QSortFilterProxyModel calls Python `data()` for every comparison: 48 s to sort
170k names, 2 s to filter them. `ListModel` sorts and filters its own Python list instead
(0.06 s and 0.01 s), and the view's header sorts through `ListModel.sort`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from advocacy_desktop.ui.default_names import source_label
from advocacy_desktop.ui.formatting import number, short_date
from advocacy_desktop.ui.score_chip import draw_cell_without_text
from advocacy_desktop.ui.theme import readable

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
T = TypeVar("T")

#: data role of a cell drawn as chips: a list of (text, background, foreground)
CHIP_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = "CarePractices"

PRACTICES: dict[str, tuple[str, str]] = {
    "respect": (QT_TRANSLATE_NOOP("CarePractices", "Mutual respect"),
                QT_TRANSLATE_NOOP("CarePractices",
                                  "Their reported problems are fixed promptly.")),
    "appreciation": (QT_TRANSLATE_NOOP("CarePractices", "Appreciation"),
                     QT_TRANSLATE_NOOP("CarePractices", "Thank them for speaking for us.")),
    "accessibility": (QT_TRANSLATE_NOOP("CarePractices", "Accessibility"),
                      QT_TRANSLATE_NOOP("CarePractices", "Make it easy for them to reach us.")),
    "listening": (QT_TRANSLATE_NOOP("CarePractices", "Active listening"),
                  QT_TRANSLATE_NOOP("CarePractices", "Ask their opinion, and act on it.")),
    "recognition": (QT_TRANSLATE_NOOP("CarePractices", "Recognition"),
                    QT_TRANSLATE_NOOP("CarePractices", "Credit them publicly.")),
    "presence": (QT_TRANSLATE_NOOP("CarePractices", "Presence"),
                 QT_TRANSLATE_NOOP("CarePractices", "Be where they speak for us.")),
}
RISKS = {
    "fallen_promoter": QT_TRANSLATE_NOOP("CarePractices", "Fallen promoter"),
    "repeat_detractor": QT_TRANSLATE_NOOP("CarePractices", "Repeat detractor"),
}
STATUSES = {
    "new": QT_TRANSLATE_NOOP("CarePractices", "New"),
    "triaged": QT_TRANSLATE_NOOP("CarePractices", "Triaged"),
    "in_progress": QT_TRANSLATE_NOOP("CarePractices", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("CarePractices", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("CarePractices", "Closed"),
    "wont_fix": QT_TRANSLATE_NOOP("CarePractices", "Won't fix"),
}
PROMOTER = (QColor("#2e7d32"), QColor("#ffffff"))
PASSIVE = (QColor("#f9a825"), QColor("#000000"))
DETRACTOR = (QColor("#c62828"), QColor("#ffffff"))
OVERDUE = (QColor("#c62828"), QColor("#ffffff"))
DUE = (QColor("#f0a202"), QColor("#000000"))
RISK = (QColor("#6d4c9f"), QColor("#ffffff"))
ERASED = (QColor("#757575"), QColor("#ffffff"))
OVERDUE_ROW = QColor(198, 40, 40, 40)
UP, DOWN = QColor("#2e7d32"), QColor("#c62828")


def _tr(text: str) -> str:
    """Translates a QT_TRANSLATE_NOOP source of context CarePractices."""
    return QCoreApplication.translate(CONTEXT, text)


def practice_label(practice: str) -> str:
    return _tr(PRACTICES[practice][0]) if practice in PRACTICES else practice


def practice_help(practice: str) -> str:
    return _tr(PRACTICES[practice][1]) if practice in PRACTICES else ""


def risk_label(kind: str) -> str:
    return _tr(RISKS.get(kind, kind))


def status_label(status: str) -> str:
    return _tr(STATUSES.get(status, status))


def score_chip(score: int | None) -> list[tuple[str, QColor, QColor]]:
    if score is None:
        return []
    colours = PROMOTER if score >= 9 else PASSIVE if score >= 7 else DETRACTOR
    return [(str(score), *colours)]


def trend_text(trend: int | None) -> str:
    """'▲ 2', '▼ 3', '= 0'; empty with a single answer."""
    if trend is None:
        return ""
    if trend > 0:
        return f"▲ {trend}"
    if trend < 0:
        return f"▼ {-trend}"
    return "= 0"


def trend_colour(trend: int | None) -> QColor | None:
    if not trend:
        return None
    return readable(UP if trend > 0 else DOWN)


def day_text(day: date | None) -> str:
    """A day as the UI language writes it (sorting uses the date itself)."""
    return short_date(day)


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None, value)


RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


class ListModel(QAbstractTableModel, Generic[T]):
    """Rows of dataclasses held in Python: `set_rows` keeps the service's order as the
    unsorted order; `sort` and `set_filter` work on the list, not through a proxy."""

    #: header titles (untranslated, context CarePractices), one per column
    COLUMNS: tuple[str, ...] = ()
    #: header tooltips by column (untranslated, context CarePractices)
    TIPS: ClassVar[dict[int, str]] = {}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[T] = []
        self._rows: list[T] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._filter: Callable[[T], bool] | None = None

    # -- what subclasses provide
    def sort_key(self, column: int) -> Callable[[T], Any] | None:
        return None

    def cell(self, item: T, column: int, role: int) -> Any:
        return None

    def customer_id(self, item: T) -> int:
        return int(item.customer_id)  # type: ignore[attr-defined]

    # -- rows
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._arranged()
        self.endResetModel()

    def all_rows(self) -> list[T]:
        return list(self._all)

    def item(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, customer_id: int) -> int:
        for row, item in enumerate(self._rows):
            if self.customer_id(item) == customer_id:
                return row
        return -1

    def set_filter(self, accept: Callable[[T], bool] | None) -> None:
        self.beginResetModel()
        self._filter = accept
        self._rows = self._arranged()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Column -1 (or one without a key): the service's order."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        moved = [(index, self._rows[index.row()]) for index in self.persistentIndexList()
                 if index.row() < len(self._rows)]
        self._rows = self._arranged()
        where = {id(item): row for row, item in enumerate(self._rows)} if moved else {}
        for old, item in moved:
            row = where.get(id(item), -1)
            self.changePersistentIndex(old, self.index(row, old.column()) if row >= 0
                                       else QModelIndex())
        self.layoutChanged.emit()

    def _arranged(self) -> list[T]:
        rows = self._all if self._filter is None else [r for r in self._all if self._filter(r)]
        column, order = self._sort
        key = self.sort_key(column) if column >= 0 else None
        if key is None:
            return list(rows)
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # -- Qt
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in self.TIPS:
            return _tr(self.TIPS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))


class AdvocatesModel(ListModel[Any]):
    """services.advocates_service.Advocate rows, in the service's attention order."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("CarePractices", "Name"),
        QT_TRANSLATE_NOOP("CarePractices", "Latest"),
        QT_TRANSLATE_NOOP("CarePractices", "Trend"),
        QT_TRANSLATE_NOOP("CarePractices", "Answers"),
        QT_TRANSLATE_NOOP("CarePractices", "Since"),
        QT_TRANSLATE_NOOP("CarePractices", "Last care"),
        QT_TRANSLATE_NOOP("CarePractices", "Days"),
        QT_TRANSLATE_NOOP("CarePractices", "Attention"),
    )
    TIPS: ClassVar[dict[int, str]] = {
        1: QT_TRANSLATE_NOOP("CarePractices", "Their latest answer to the recommend question"),
        2: QT_TRANSLATE_NOOP("CarePractices", "Their latest answer against the one before"),
        4: QT_TRANSLATE_NOOP("CarePractices", "Advocate since: the first answer of their "
                                              "current run of 9s and 10s"),
        6: QT_TRANSLATE_NOOP("CarePractices", "Days without attention: since the last care "
                                              "entry, or since they became an advocate"),
    }

    def sort_key(self, column: int) -> Callable[[Any], Any] | None:
        keys: dict[int, Callable[[Any], Any]] = {
            0: lambda a: (a.name.casefold(), a.customer_id),
            1: lambda a: a.latest_score,
            2: lambda a: _none_last(a.trend),
            3: lambda a: a.answers,
            4: lambda a: a.advocate_since,
            5: lambda a: _none_last(None if a.last_care is None else a.last_care[0]),
            6: lambda a: a.days_without_attention,
            7: lambda a: (a.overdue_items > 0, a.due_attention, a.days_without_attention),
        }
        return keys.get(column)

    def cell(self, a: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return a.name
            if column == 1:
                return str(a.latest_score)
            if column == 2:
                return trend_text(a.trend)
            if column == 3:
                return number(a.answers)
            if column == 4:
                return day_text(a.advocate_since)
            if column == 5:
                if a.last_care is None:
                    return self.tr("Never")
                return f"{practice_label(a.last_care[1])} · {day_text(a.last_care[0])}"
            if column == 6:
                return number(a.days_without_attention)
            if column == 7:
                return " · ".join(text for text, _b, _f in self.attention_chips(a))
        elif role == CHIP_ROLE:
            if column == 1:
                return score_chip(a.latest_score)
            if column == 7:
                return self.attention_chips(a)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if column == 2:
                return trend_colour(a.trend)
            if column == 5 and a.last_care is None:
                return readable("#8a8a8a")
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (3, 6):
                return RIGHT
            if column in (1, 2):
                return CENTER
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == 5 and a.last_care is not None:
                return practice_help(a.last_care[1])
            if column == 7 and a.overdue_items:
                return self.tr("%n problem(s) of theirs overdue: fix them first.", "",
                               a.overdue_items)
        return None

    def attention_chips(self, a: Any) -> list[tuple[str, QColor, QColor]]:
        chips = []
        if a.overdue_items:
            chips.append((self.tr("Problem overdue"), *OVERDUE))
        if a.due_attention:
            chips.append((self.tr("Due attention"), *DUE))
        return chips


class AtRiskModel(ListModel[Any]):
    """services.advocates_service.AtRisk rows: overdue problems first, then newest."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("CarePractices", "Name"),
        QT_TRANSLATE_NOOP("CarePractices", "Risk"),
        QT_TRANSLATE_NOOP("CarePractices", "Fell"),
        QT_TRANSLATE_NOOP("CarePractices", "Latest"),
        QT_TRANSLATE_NOOP("CarePractices", "Latest answer"),
        QT_TRANSLATE_NOOP("CarePractices", "0–6 in a year"),
        QT_TRANSLATE_NOOP("CarePractices", "Open items"),
    )
    TIPS: ClassVar[dict[int, str]] = {
        2: QT_TRANSLATE_NOOP("CarePractices", "A fallen promoter: from their newest 9 or 10 "
                                              "to their newest answer"),
        5: QT_TRANSLATE_NOOP("CarePractices", "Answers from 0 to 6 within the last 365 days"),
    }

    def sort_key(self, column: int) -> Callable[[Any], Any] | None:
        keys: dict[int, Callable[[Any], Any]] = {
            0: lambda r: (r.name.casefold(), r.customer_id),
            1: lambda r: r.kinds,
            2: lambda r: _none_last(None if r.fall is None
                                    else r.fall.from_score - r.fall.to_score),
            3: lambda r: r.latest_score,
            4: lambda r: r.latest_day,
            5: lambda r: r.detractor_answers,
            6: lambda r: (r.overdue_items, r.open_items),
        }
        return keys.get(column)

    def cell(self, r: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return r.name
            if column == 1:
                return ", ".join(risk_label(k) for k in r.kinds)
            if column == 2:
                return "" if r.fall is None else f"{r.fall.from_score} → {r.fall.to_score}"
            if column == 3:
                return str(r.latest_score)
            if column == 4:
                return day_text(r.latest_day)
            if column == 5:
                return number(r.detractor_answers)
            if column == 6:
                text = self.tr("%n open", "", r.open_items) if r.open_items else ""
                if r.overdue_items:
                    text += " · " + self.tr("%n overdue", "", r.overdue_items)
                return text
        elif role == CHIP_ROLE:
            if column == 1:
                return [(risk_label(k), *RISK) for k in r.kinds]
            if column == 3:
                return score_chip(r.latest_score)
        elif role == Qt.ItemDataRole.ForegroundRole and column == 6 and r.overdue_items:
            return OVERDUE[0]
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (2, 3):
                return CENTER
            if column == 5:
                return RIGHT
        elif role == Qt.ItemDataRole.ToolTipRole and column == 2 and r.fall is not None:
            return self.tr("From {a} on {d1} to {b} on {d2}").format(
                a=r.fall.from_score, d1=day_text(r.fall.from_day), b=r.fall.to_score,
                d2=day_text(r.fall.to_day))
        return None


class CustomersModel(ListModel[Any]):
    """CustomerSummary rows, a keyset page at a time: when the view reaches the end,
    `fetch_requested(after_id)` asks the page to load the next one (in a task)."""

    fetch_requested = Signal(int)
    COLUMNS = (
        QT_TRANSLATE_NOOP("CarePractices", "Name"),
        QT_TRANSLATE_NOOP("CarePractices", "E-mail"),
        QT_TRANSLATE_NOOP("CarePractices", "Customer ID"),
        QT_TRANSLATE_NOOP("CarePractices", "Answers"),
        QT_TRANSLATE_NOOP("CarePractices", "Latest"),
        QT_TRANSLATE_NOOP("CarePractices", "Latest answer"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.more = False
        self.loading = False

    def customer_id(self, item: Any) -> int:
        return int(item.id)

    def set_first_page(self, rows: Sequence[Any], page_size: int) -> None:
        self.loading = False
        self.more = len(rows) >= page_size
        self.set_rows(rows)

    def append_page(self, rows: Sequence[Any], page_size: int) -> None:
        self.loading = False
        self.more = len(rows) >= page_size
        if rows:
            start = len(self._rows)
            self.beginInsertRows(NO_PARENT, start, start + len(rows) - 1)
            self._all.extend(rows)
            self._rows.extend(rows)
            self.endInsertRows()

    def canFetchMore(self, parent: Index = NO_PARENT) -> bool:
        return not parent.isValid() and self.more and not self.loading and bool(self._rows)

    def fetchMore(self, parent: Index = NO_PARENT) -> None:
        if self.canFetchMore(parent):
            self.loading = True
            self.fetch_requested.emit(int(self._rows[-1].id))

    def cell(self, c: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (c.name, c.email or "", c.external_id or "", number(c.answers),
                      "" if c.latest_score is None else str(c.latest_score),
                      day_text(c.latest_day))
            if column == 0 and c.erased:
                return self.tr("Erased customer #{id}").format(id=c.id)
            return values[column]
        if role == CHIP_ROLE and column == 4:
            return score_chip(c.latest_score)
        if role == Qt.ItemDataRole.ForegroundRole and c.erased:
            return ERASED[0]
        if role == Qt.ItemDataRole.FontRole and c.erased:
            font = QApplication.font()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == 3 else CENTER if column == 4 else None
        return None


class HistoryModel(ListModel[Any]):
    """A customer's HistoryItem rows, newest first; overdue items highlighted."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("CarePractices", "Day"),
        QT_TRANSLATE_NOOP("CarePractices", "Score"),
        QT_TRANSLATE_NOOP("CarePractices", "Source"),
        QT_TRANSLATE_NOOP("CarePractices", "What they said"),
        QT_TRANSLATE_NOOP("CarePractices", "Status"),
    )

    def customer_id(self, item: Any) -> int:
        return int(item.feedback_id)

    def cell(self, h: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 4:
                text = status_label(h.status)
                return text + " · " + self.tr("overdue") if h.overdue else text
            return (day_text(h.day), "" if h.score is None else str(h.score),
                    source_label(h.source), h.excerpt, "")[column]
        if role == CHIP_ROLE and column == 1:
            return score_chip(h.score)
        if role == Qt.ItemDataRole.BackgroundRole and h.overdue:
            return OVERDUE_ROW
        if role == Qt.ItemDataRole.ForegroundRole and h.overdue and column == 4:
            return OVERDUE[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3 and h.excerpt:
                return h.excerpt
            if column == 4 and h.overdue:
                return self.tr("Overdue since {day}").format(day=day_text(h.due))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return CENTER
        return None


class CareLogModel(ListModel[Any]):
    """A customer's CareEntry rows, newest first."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("CarePractices", "Day"),
        QT_TRANSLATE_NOOP("CarePractices", "Practice"),
        QT_TRANSLATE_NOOP("CarePractices", "Who"),
        QT_TRANSLATE_NOOP("CarePractices", "Note"),
    )

    def customer_id(self, item: Any) -> int:
        return int(item.id)

    def cell(self, e: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            note = " ".join((e.note or "").split())
            return (day_text(e.done_on), practice_label(e.practice), e.person or "",
                    note)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 1:
                return practice_help(e.practice)
            if column == 3:
                return e.note
        return None


class ChipDelegate(QStyledItemDelegate):
    """Paints a cell's CHIP_ROLE list as rounded chips; other cells as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        chips = index.data(CHIP_ROLE)
        if not chips:
            super().paint(painter, option, index)
            return
        draw_cell_without_text(self, painter, option, index)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        height = min(rect.height() - 4, metrics.height() + 4)
        centred = index.data(Qt.ItemDataRole.TextAlignmentRole) == CENTER
        widths = [max(height + 8, metrics.horizontalAdvance(text) + 14)
                  for text, _b, _f in chips]
        total = sum(widths) + 4 * (len(widths) - 1)
        x = rect.center().x() - total // 2 if centred else rect.left() + 4
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(rect)
        for (text, background, foreground), width in zip(chips, widths, strict=True):
            chip = QRect(x, 0, width, height)
            chip.moveTop(rect.top() + (rect.height() - height) // 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(chip, height / 2, height / 2)
            painter.setPen(foreground)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> Any:
        size = super().sizeHint(option, index)
        chips = index.data(CHIP_ROLE)
        if chips:
            metrics = option.fontMetrics  # type: ignore[attr-defined]
            width = sum(metrics.horizontalAdvance(t) + 18 for t, _b, _f in chips) + 8
            size.setWidth(max(size.width(), width))
        return size
