"""The Feedback table: a QAbstractTableModel over the query service, never all rows in memory.

Rows come in blocks of `block_size` from keyset queries and live in an LRU cache of at most
`max_blocks` blocks. After `set_filter` the first block is read at once (about 1 ms), so the
view paints immediately; the row count and the keys that let any row be reached by keyset
(`Positions`) are computed in a task, and the rows beyond the first block are inserted when
they arrive. A block is read on the UI thread when the view asks for it: with positions a
keyset page takes 1–3 ms on 1M rows (benchmarks/browse_bench.py), cheaper than a round trip
through a task.
"""

from __future__ import annotations

from collections import OrderedDict
from types import ModuleType
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from advocacy_desktop.ui.default_names import source_label
from advocacy_desktop.ui.formatting import number, plain, short_date

COLUMNS = ("date", "source", "score", "rating", "text", "needs", "assignee", "status")
_TITLES = {
    "date": QT_TRANSLATE_NOOP("FeedbackTableModel", "Date"),
    "source": QT_TRANSLATE_NOOP("FeedbackTableModel", "Source"),
    "score": QT_TRANSLATE_NOOP("FeedbackTableModel", "Score"),
    "rating": QT_TRANSLATE_NOOP("FeedbackTableModel", "Rating"),
    "text": QT_TRANSLATE_NOOP("FeedbackTableModel", "Text"),
    "needs": QT_TRANSLATE_NOOP("FeedbackTableModel", "Needs"),
    "assignee": QT_TRANSLATE_NOOP("FeedbackTableModel", "Assignee"),
    "status": QT_TRANSLATE_NOOP("FeedbackTableModel", "Status"),
}
_STATUS = {
    "new": QT_TRANSLATE_NOOP("FeedbackTableModel", "New"),
    "triaged": QT_TRANSLATE_NOOP("FeedbackTableModel", "Triaged"),
    "in_progress": QT_TRANSLATE_NOOP("FeedbackTableModel", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("FeedbackTableModel", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("FeedbackTableModel", "Closed"),
    "wont_fix": QT_TRANSLATE_NOOP("FeedbackTableModel", "Won't fix"),
}
_CATEGORY = {
    "promoter": QT_TRANSLATE_NOOP("FeedbackTableModel", "Promoter"),
    "passive": QT_TRANSLATE_NOOP("FeedbackTableModel", "Passive"),
    "detractor": QT_TRANSLATE_NOOP("FeedbackTableModel", "Detractor"),
}
#: chip colours: saturated enough for a dark palette, with their own text colour for a light one
CHIP_COLOURS = {
    "promoter": (QColor("#2e7d32"), QColor("#ffffff")),
    "passive": (QColor("#f9a825"), QColor("#000000")),
    "detractor": (QColor("#c62828"), QColor("#ffffff")),
}
_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("FeedbackTableModel", text)


def status_label(status: str) -> str:
    return tr(_STATUS.get(status, status))


def category_label(category: str) -> str:
    return tr(_CATEGORY.get(category, category))


class FeedbackTableModel(QAbstractTableModel):
    """Columns: date, source, score (a coloured NPS chip), rating, text excerpt, needs,
    assignee, status. `runner` (a ui.tasks.TaskRunner) computes the count off the UI thread;
    without one it is computed at once (tests, small catalogues)."""

    #: the number of matching rows, once known (-1 while counting)
    count_changed = Signal(int)

    def __init__(
        self,
        query_service: ModuleType,
        parent: QObject | None = None,
        *,
        runner: Any = None,
        block_size: int = 200,
        max_blocks: int = 50,
    ) -> None:
        super().__init__(parent)
        self._service = query_service
        self._runner = runner
        self.block_size = block_size
        self.max_blocks = max_blocks
        self._catalogue: Any = None
        self._filter = query_service.FeedbackFilter()
        self._blocks: OrderedDict[int, list[Any]] = OrderedDict()
        self._rows = 0
        self._positions: Any = None
        self._generation = 0
        self._task: Any = None

    # ------------------------------------------------------------------ state

    @property
    def filter(self) -> Any:
        return self._filter

    @property
    def count_known(self) -> bool:
        return self._positions is not None

    @property
    def cached_blocks(self) -> int:
        return len(self._blocks)

    def set_catalogue(self, catalogue: Any) -> None:
        self._catalogue = catalogue
        self.refresh()

    def set_filter(self, flt: Any) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Read again from the catalogue (after a filter change or an edit elsewhere)."""
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.beginResetModel()
        self._blocks.clear()
        self._positions = None
        self._rows = 0
        if self._catalogue is not None:
            first = self._service.page(self._catalogue, self._filter, limit=self.block_size)
            self._blocks[0] = first
            self._rows = len(first)
        self.endResetModel()
        if self._catalogue is None:
            self.count_changed.emit(0)
        elif self._rows < self.block_size:  # all of it is here: the count is known
            self._positions = self._service.Positions(self._rows, self.block_size, ())
            self.count_changed.emit(self._rows)
        else:
            self.count_changed.emit(-1)
            self._count()

    def _count(self) -> None:
        generation, catalogue, flt = self._generation, self._catalogue, self._filter
        if self._runner is None:
            self._counted(generation, self._service.positions(catalogue, flt))
            return
        self._task = self._runner.run(
            lambda ctx: self._service.positions(
                catalogue, flt, should_cancel=lambda: ctx.cancelled
            ),
            title=QCoreApplication.translate("FeedbackTableModel", "Counting feedback"),
            show_dialog=False,
            on_result=lambda found: self._counted(generation, found),
        )

    def _counted(self, generation: int, found: Any) -> None:
        if generation != self._generation:  # a newer filter is on its way
            return
        self._task = None
        self._positions = found
        if found.count > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, found.count - 1)
            self._rows = found.count
            self.endInsertRows()
        elif found.count < self._rows:  # rows went away between the two reads
            self.beginRemoveRows(QModelIndex(), found.count, self._rows - 1)
            self._rows = found.count
            for block in [b for b in self._blocks if b * self.block_size >= found.count]:
                del self._blocks[block]
            self.endRemoveRows()
        self.count_changed.emit(found.count)

    # ------------------------------------------------------------------ rows

    def row_view(self, row: int) -> Any:
        """The FeedbackRowView at `row`, read (and cached) with its block; None if gone."""
        if not 0 <= row < self._rows or self._catalogue is None:
            return None
        number = row // self.block_size
        block = self._blocks.get(number)
        if block is None:
            block = self._service.rows_at(
                self._catalogue,
                self._filter,
                number * self.block_size,
                self.block_size,
                known=self._positions,
                total=self._rows,
            )
            self._blocks[number] = block
            while len(self._blocks) > self.max_blocks:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        offset = row - number * self.block_size
        return block[offset] if offset < len(block) else None

    def feedback_id(self, row: int) -> int | None:
        view = self.row_view(row)
        return None if view is None else view.id

    # ------------------------------------------------------------------ Qt API

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return tr(_TITLES[COLUMNS[section]])
        if orientation == Qt.Orientation.Vertical:
            return number(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in ("score", "rating"):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        view = self.row_view(index.row())
        if view is None:
            return None
        category = None if view.category is None else view.category.value
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if column != "score" or category is None:
                return None
            background, foreground = CHIP_COLOURS[category]
            return background if role == Qt.ItemDataRole.BackgroundRole else foreground
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "score" and category is not None:
                return category_label(category)
            if column == "text":
                return view.excerpt
            return None
        return self._display(view, column)

    def _display(self, view: Any, column: str) -> str:
        if column == "date":
            return short_date(view.received_on)
        if column == "source":
            return source_label(view.source)
        if column == "score":
            return "" if view.score is None else str(view.score)
        if column == "rating":
            if view.rating is None:
                return ""
            rating = plain(view.rating)
            return rating if view.rating_scale is None else f"{rating} / {view.rating_scale}"
        if column == "text":
            return view.excerpt
        if column == "needs":
            return view.needs
        if column == "assignee":
            return view.assignee or ""
        return status_label(view.status)
