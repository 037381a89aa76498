"""The Needs page's tree model and undo command.

`NeedsModel` shows the taxonomy (small: rebuilt from `list_needs`); it does not apply edits or
drops itself but asks for them through signals, so that every change goes through the service
and the undo stack. `NeedCommand` wraps a change the service already made: undo and redo replay
it with `undo_change` / `redo_change`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
    QUndoCommand,
)

from advocacy_desktop.ui.formatting import number
from advocacy_desktop.ui.messages import describe

NEED_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIME_TYPE = "application/x-advocacy-need-id"
NAME, ITEMS, SHORTCUT, DESCRIPTION = range(4)


def swatch(colour: str | None, size: int = 14) -> QIcon:
    """A dot of the need's colour; a pale grey ring when it has none."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if colour:
        painter.setPen(QColor(colour).darker(130))
        painter.setBrush(QColor(colour))
    else:
        painter.setPen(QColor("#b8b8b8"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)  # the colour stays true on a selected row
    return icon


class NeedsModel(QStandardItemModel):
    """The needs as a tree. Edits and drops are not applied here: they are asked for through
    signals, the page makes them through the service, and the tree is rebuilt."""

    rename_requested = Signal(int, str)
    description_requested = Signal(int, str)
    move_requested = Signal(int, object)
    """need id, new parent id (None: the top level)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.needs: list[Any] = []
        self.items_by_id: dict[int, QStandardItem] = {}
        self.retranslate()

    def retranslate(self) -> None:
        """Headers, and the counts in the language's digits and plural (after a switch)."""
        self.setHorizontalHeaderLabels(
            [self.tr("Need"), self.tr("Items"), self.tr("Key"), self.tr("Description")]
        )
        for need in self.needs:
            name = self.items_by_id.get(need.id)
            if name is not None:
                row_parent = name.parent() or self.invisibleRootItem()
                self._show_count(row_parent.child(name.row(), 1), need)

    def _show_count(self, count: QStandardItem | None, need: Any) -> None:
        if count is None:
            return
        count.setText(number(need.items_with_children))
        count.setToolTip(self.tr("%Ln item(s) tagged with this need itself", "", need.items))

    def set_needs(self, needs: Sequence[Any]) -> None:
        self.removeRows(0, self.rowCount())
        self.needs = list(needs)
        self.items_by_id = {}
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        drop = Qt.ItemFlag.ItemIsDropEnabled
        for need in self.needs:
            name = QStandardItem(swatch(need.colour), need.name)
            name.setData(need.id, NEED_ID_ROLE)
            name.setFlags(base | drop | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
            name.setToolTip(need.path)
            key = QStandardItem(need.shortcut.upper() if need.shortcut else "")
            key.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            count = QStandardItem()
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._show_count(count, need)
            text = QStandardItem(need.description or "")
            text.setToolTip(need.description or "")
            key.setFlags(base | drop)
            count.setFlags(base | drop)
            text.setFlags(base | drop | Qt.ItemFlag.ItemIsEditable)
            parent = (
                self.invisibleRootItem() if need.parent_id is None
                else self.items_by_id[need.parent_id]
            )
            parent.appendRow([name, count, key, text])
            self.items_by_id[need.id] = name

    def need_id(self, index: QModelIndex) -> int | None:
        if not index.isValid():
            return None
        data = index.siblingAtColumn(NAME).data(NEED_ID_ROLE)
        return None if data is None else int(data)

    def index_of(self, need_id: int) -> QModelIndex:
        item = self.items_by_id.get(need_id)
        return QModelIndex() if item is None else item.index()

    def setData(self, index: Any, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return super().setData(index, value, role)
        need_id = self.need_id(index)
        if need_id is None:
            return False
        if index.column() == NAME and str(value).strip() and str(value) != index.data():
            self.rename_requested.emit(need_id, str(value))
        elif index.column() == DESCRIPTION and str(value) != (index.data() or ""):
            self.description_requested.emit(need_id, str(value))
        return False

    # ------------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = {self.need_id(i) for i in indexes} - {None}
        if len(ids) == 1:
            data.setData(MIME_TYPE, QByteArray(str(ids.pop()).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Any) -> bool:
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Any) -> bool:
        """A need dropped on another goes under it; dropped between the top-level needs it
        goes to the top. Asked for after the drop ends, so the tree is not rebuilt during it."""
        if not data.hasFormat(MIME_TYPE):
            return False
        need_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        target = self.need_id(parent) if parent.isValid() else None
        if target != need_id:
            QTimer.singleShot(0, lambda: self.move_requested.emit(need_id, target))
        return False  # nothing to remove from the source: the rebuilt tree shows the move


class NeedCommand(QUndoCommand):
    """A change already made by the service; undo and redo replay it through the service.
    If the taxonomy changed in between so that it no longer applies, it leaves the stack."""

    def __init__(
        self,
        service: ModuleType,
        catalogue: Any,
        change: Any,
        text: str,
        on_applied: Callable[[], None],
        on_error: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self.service = service
        self.catalogue = catalogue
        self.change = change
        self._on_applied = on_applied
        self._on_error = on_error
        self._done = True

    def redo(self) -> None:
        if self._done:  # pushed after the change was made
            return
        self._replay(self.service.redo_change)
        self._done = True

    def undo(self) -> None:
        self._replay(self.service.undo_change)
        self._done = False

    def _replay(self, function: Callable[[Any, Any], None]) -> None:
        try:
            function(self.catalogue, self.change)
        except self.service.NeedsError as exc:
            self.setObsolete(True)
            self._on_error(describe(exc))
        self._on_applied()
