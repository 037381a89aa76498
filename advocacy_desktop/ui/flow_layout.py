"""A layout that lines its widgets up like words: on one row while they fit, else wrapped.

The Feedback page's filter row holds eight controls whose words are twice as long in German
as in English; in a box layout a narrow window squeezed the combo boxes until their texts
were cut ("Alle Queller"). Here every control keeps its natural width and the row wraps.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    # --- QLayout's item bookkeeping

    def addItem(self, item: QLayoutItem) -> None:  # Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # --- sizes

    def expandingDirections(self) -> Qt.Orientation:  # Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # Qt's name
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:  # Qt's name
        """All on one row."""
        width = sum(item.sizeHint().width() for item in self._items)
        width += self._gap(Qt.Orientation.Horizontal) * max(len(self._items) - 1, 0)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # Qt's name
        """The widest control alone on a row."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        return size.grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:  # Qt's name
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # --- placing

    def _gap(self, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (QStyle.PixelMetric.PM_LayoutHorizontalSpacing
                  if orientation == Qt.Orientation.Horizontal
                  else QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        gap = parent.style().layoutSpacing(QSizePolicy.ControlType.PushButton,
                                           QSizePolicy.ControlType.PushButton, orientation)
        return gap if gap >= 0 else parent.style().pixelMetric(metric)

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items row by row inside `rect` (or only measure); the height used."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, row_height = area.x(), area.y(), 0
        across, down = self._gap(Qt.Orientation.Horizontal), self._gap(Qt.Orientation.Vertical)
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        for item in self._items:
            if item.isEmpty():
                continue
            size = item.sizeHint()
            if rows[-1] and x + size.width() > area.right() + 1:
                x, y = area.x(), y + row_height + down
                row_height = 0
                rows.append([])
            rows[-1].append((item, size))
            if apply:
                item.setGeometry(QRect(QPoint(x, y), size))
            x += size.width() + across
            row_height = max(row_height, size.height())
        if apply:  # centre each control vertically in its row
            for row in rows:
                tallest = max((size.height() for _item, size in row), default=0)
                for item, size in row:
                    top = item.geometry().y() + (tallest - size.height()) // 2
                    item.setGeometry(QRect(QPoint(item.geometry().x(), top), size))
        return y + row_height - rect.y() + margins.bottom()
