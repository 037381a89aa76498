"""The needs of the current selection as a checklist, and dragging rows onto a need.

Under the Feedback page's detail pane: one tri-state box per need (checked = every selected
item has it, partially = some, unchecked = none), indented by depth, with the need's colour
and key. A click tags or untags the whole selection through the page (an undoable command).
Rows dragged from the table carry their ids in FEEDBACK_IDS_MIME; dropped on a need they are
tagged with it (undoable too). Beyond LARGE_SELECTION rows the boxes show no state: reading
the needs of that many items on every selection change would make selecting feel slow.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QMouseEvent,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.formatting import number

FEEDBACK_IDS_MIME = "application/x-advocacy-feedback-ids"
#: above this many selected rows the boxes show no state ("large selection")
LARGE_SELECTION = 2000
NEED_ID_ROLE = Qt.ItemDataRole.UserRole
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
INDENT = 16
QItemSelectionFlags = QItemSelectionModel.SelectionFlag
SWATCH = 12
REFRESH_DELAY_MS = 30

Index = QModelIndex | QPersistentModelIndex


def ids_mime(ids: Sequence[int]) -> QMimeData:
    """Feedback ids as drag data (a JSON list under FEEDBACK_IDS_MIME)."""
    mime = QMimeData()
    mime.setData(FEEDBACK_IDS_MIME, QByteArray(json.dumps([int(i) for i in ids]).encode()))
    return mime


def ids_from_mime(mime: QMimeData | None) -> list[int]:
    """The feedback ids a drag carries ([] if it carries none or garbage)."""
    if mime is None or not mime.hasFormat(FEEDBACK_IDS_MIME):
        return []
    try:
        found = json.loads(bytes(mime.data(FEEDBACK_IDS_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(found, list):
        return []
    return [i for i in found if isinstance(i, int) and not isinstance(i, bool)]


class FeedbackDragView(QTableView):
    """The Feedback table, whose selected rows can be dragged out as FEEDBACK_IDS_MIME.

    The table model has no drag flags (and stays so), so the view does the drag itself: a
    press on a selected row keeps the selection, moving starts the drag, and a release
    without a move selects just that row (as a click would)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drag_ids: Callable[[], list[int]] = lambda: []
        """Set by the page: the ids a drag carries (the selected ones)."""
        self._press: tuple[QPoint, QPersistentModelIndex] | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = None
        index = self.indexAt(event.position().toPoint())
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if (
            event.button() == Qt.MouseButton.LeftButton
            and plain
            and index.isValid()
            and self.selectionModel().isRowSelected(index.row(), QModelIndex())
        ):
            self._press = (event.position().toPoint(), QPersistentModelIndex(index))
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        moved = (event.position().toPoint() - self._press[0]).manhattanLength()
        if moved >= QApplication.startDragDistance():
            self._press = None
            self.startDrag(Qt.DropAction.CopyAction)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            index = QModelIndex(self._press[1])
            self._press = None
            if index.isValid():
                flags = QItemSelectionFlags.ClearAndSelect | QItemSelectionFlags.Rows
                self.selectionModel().setCurrentIndex(index, flags)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N803 (Qt's name)
        ids = self.drag_ids()
        if not ids:
            return
        drag = QDrag(self)
        drag.setMimeData(ids_mime(ids))
        drag.exec(Qt.DropAction.CopyAction)


def swatch(colour: str | None) -> QIcon:
    """A small rounded square in the need's colour (an outline when it has none)."""
    ratio = 2
    pixmap = QPixmap(SWATCH * ratio, SWATCH * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour) if colour else QColor()
    if fill.isValid():
        painter.setPen(fill.darker(130))
        painter.setBrush(fill)
    else:
        painter.setPen(QColor("#9a9a9a"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(1, 1, SWATCH - 2, SWATCH - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class NeedItemDelegate(QStyledItemDelegate):
    """Indents a row by its need's depth and shows the need's key on the right, in grey."""

    def _indented(self, option: QStyleOptionViewItem, index: Index) -> QStyleOptionViewItem:
        shifted = QStyleOptionViewItem(option)
        depth = int(index.data(DEPTH_ROLE) or 0)
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        rect.setLeft(rect.left() + depth * INDENT)
        key = index.data(KEY_ROLE)
        if key:
            rect.setRight(rect.right() - self._key_width(option, key))
        shifted.rect = rect  # type: ignore[attr-defined]
        return shifted

    @staticmethod
    def _key_width(option: QStyleOptionViewItem, key: str) -> int:
        return option.fontMetrics.horizontalAdvance(key) + 16  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, self._indented(option, index), index)
        key = index.data(KEY_ROLE)
        if not key:
            return
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        rect.setLeft(rect.right() - self._key_width(option, key))
        rect.setRight(rect.right() - 6)
        painter.save()
        painter.setPen(option.palette.color(option.palette.ColorRole.PlaceholderText))  # type: ignore[attr-defined]
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, key)
        painter.restore()

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        # the check box is where paint() put it: hit-test with the same indented rect
        return super().editorEvent(event, model, self._indented(option, index), index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + int(index.data(DEPTH_ROLE) or 0) * INDENT, size.height() + 4)


class NeedList(QListWidget):
    """The boxes; accepts feedback ids dropped on a need and hands them to `on_drop`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needChecklist")
        self.on_drop: Callable[[list[int], int], None] = lambda _ids, _need: None
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setItemDelegate(NeedItemDelegate(self))
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(SWATCH, SWATCH))

    def need_at(self, position: QPoint) -> int | None:
        item = self.itemAt(position)
        return None if item is None else int(item.data(NEED_ID_ROLE))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(FEEDBACK_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if item is not None and event.mimeData().hasFormat(FEEDBACK_IDS_MIME):
            self.setCurrentItem(item)  # shows where the ids will land
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:
        self.setCurrentItem(None)  # type: ignore[arg-type]
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        need = self.need_at(event.position().toPoint())
        ids = ids_from_mime(event.mimeData())
        self.setCurrentItem(None)  # type: ignore[arg-type]
        if need is None or not ids:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.on_drop(ids, need)


class NeedChecklist(QWidget):
    """`set_needs(needs)`, then `show_selection(catalogue, ids)` / `show_large(count)` /
    `show_nothing()`. A click calls `on_toggle(need_id, "tag" | "untag")`; a drop calls
    `on_drop(ids, need_id)`. Receives the tagging service (for `needs_of`)."""

    def __init__(self, tagging: ModuleType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tagging = tagging
        self.on_toggle: Callable[[int, str], None] = lambda _need, _action: None
        self.needs: list[Any] = []
        self.counts: dict[int, int] | None = None
        """How many selected items have each need (None: no state shown)."""
        self.selected = 0
        self._large = False
        self._updating = False
        self.heading = QLabel()
        self.heading.setObjectName("needChecklistHeading")
        self.heading.setWordWrap(True)
        self.list = NeedList(self)
        self.list.itemChanged.connect(self._item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.show_nothing()

    @property
    def on_drop(self) -> Callable[[list[int], int], None]:
        return self.list.on_drop

    @on_drop.setter
    def on_drop(self, handler: Callable[[list[int], int], None]) -> None:
        self.list.on_drop = handler

    def set_needs(self, needs: Sequence[Any]) -> None:
        """The needs to list (NeedInfo-like: id, name, depth, colour, shortcut, path)."""
        self.needs = list(needs)
        self._updating = True
        try:
            self.list.clear()
            for need in self.needs:
                item = QListWidgetItem(swatch(need.colour), need.name)
                item.setData(NEED_ID_ROLE, need.id)
                item.setData(DEPTH_ROLE, need.depth)
                item.setData(KEY_ROLE, (need.shortcut or "").upper())
                item.setToolTip(need.path)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.list.addItem(item)
        finally:
            self._updating = False
        self._apply()

    def item_for(self, need_id: int) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(NEED_ID_ROLE) == need_id:
                return item
        return None

    def state_of(self, need_id: int) -> Qt.CheckState | None:
        item = self.item_for(need_id)
        return None if item is None else item.checkState()

    # ------------------------------------------------------------------ selection

    def show_nothing(self) -> None:
        self.selected, self.counts, self._large = 0, None, False
        self._apply()

    def show_large(self, count: int) -> None:
        self.selected, self.counts, self._large = count, None, True
        self._apply()

    def show_selection(self, catalogue: Any, ids: Sequence[int]) -> None:
        """Read the needs of `ids` (one query per 500 ids) and show their states."""
        if catalogue is None or not ids:
            self.show_nothing()
            return
        counts: dict[int, int] = {}
        for needs in self.tagging.needs_of(catalogue, ids).values():
            for need in needs:
                counts[need] = counts.get(need, 0) + 1
        self.selected, self.counts, self._large = len(ids), counts, False
        self._apply()

    def retranslate_ui(self) -> None:
        self._apply()

    def _apply(self) -> None:
        self._updating = True
        try:
            for row in range(self.list.count()):
                item = self.list.item(row)
                have = (self.counts or {}).get(int(item.data(NEED_ID_ROLE)), 0)
                if have and have >= self.selected:
                    state = Qt.CheckState.Checked
                elif have:
                    state = Qt.CheckState.PartiallyChecked
                else:
                    state = Qt.CheckState.Unchecked
                item.setCheckState(state)
        finally:
            self._updating = False
        if not self.needs:
            text = self.tr("Add needs on the Needs page to tag items here.")
        elif self._large:
            text = self.tr(
                "Large selection ({n} items): the boxes show no state; a click tags all."
            ).format(n=number(self.selected))
        elif self.selected:
            text = self.tr("Needs of the %Ln selected item(s)", "", self.selected)
        else:
            text = self.tr("Select items to tag them, or drag them onto a need.")
        self.heading.setText(text)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        action = "untag" if item.checkState() == Qt.CheckState.Unchecked else "tag"
        need = int(item.data(NEED_ID_ROLE))
        # the states come back from the catalogue after the change (or stay if it failed)
        QTimer.singleShot(0, lambda: self.on_toggle(need, action))


def connect_checklist(page: Any, checklist: NeedChecklist) -> Callable[[], None]:
    """Wire the checklist to the Feedback page: its selection, its changes, its drag view.
    Returns the function that refreshes the checklist now."""
    timer = QTimer(checklist)
    timer.setSingleShot(True)
    timer.setInterval(REFRESH_DELAY_MS)

    def refresh() -> None:
        timer.stop()
        selection = page.view.selectionModel().selection()
        count = sum(r.bottom() - r.top() + 1 for r in selection)
        if page.catalogue is None or count == 0:
            checklist.show_nothing()
        elif count > LARGE_SELECTION:
            checklist.show_large(count)
        else:
            checklist.show_selection(page.catalogue, page.selected_ids())

    def toggled(need_id: int, action: str) -> None:
        if page.tag_selected(need_id, action) is None:
            refresh()  # nothing happened (read-only, no selection): put the box back

    timer.timeout.connect(refresh)
    page.view.selectionModel().selectionChanged.connect(lambda *_: timer.start())
    page.model.modelReset.connect(timer.start)
    page.catalogue_modified.connect(timer.start)
    checklist.on_toggle = toggled
    checklist.on_drop = lambda ids, need: page.tag_ids(ids, need, "tag")
    if isinstance(page.view, FeedbackDragView):
        page.view.drag_ids = page.selected_ids
    return refresh
