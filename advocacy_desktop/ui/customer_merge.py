"""Duplicate customers: the dialog that lists candidate pairs and why, and the undoable merge.

Customers are never merged silently: the user picks a pair and which record to keep. The merge
is made before the command is pushed (a refusal raises, nothing changes); undo calls
`undo_merge` with the `MergeChange` the service returned, redo merges the same two again.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.advocates_model import ListModel
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.tasks import TaskRunner

PAIR_LIMIT = 500


class MergeCommand(QUndoCommand):
    """`keep_id` absorbed `merge_id`; see the module docstring."""

    def __init__(self, service: ModuleType, catalogue: Any, change: Any, text: str,
                 on_change: Callable[[], None], on_error: Callable[[str], None]) -> None:
        super().__init__(text)
        self.service, self.catalogue, self.change = service, catalogue, change
        self._on_change, self._on_error = on_change, on_error
        self._first = True

    @classmethod
    def merge(cls, service: ModuleType, catalogue: Any, keep_id: int, merge_id: int, *,
              text: str, on_change: Callable[[], None],
              on_error: Callable[[str], None]) -> MergeCommand:
        change = service.merge_customers(catalogue, keep_id, merge_id)
        return cls(service, catalogue, change, text, on_change, on_error)

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self._run(lambda: self._remerge())
        self._on_change()

    def undo(self) -> None:
        self._run(lambda: self.service.undo_merge(self.catalogue, self.change))
        self._on_change()

    def _remerge(self) -> None:
        self.change = self.service.merge_customers(
            self.catalogue, self.change.keep_id, self.change.merged_id)

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except (ValueError, LookupError) as exc:
            self.setObsolete(True)
            self._on_error(describe(exc))


class PairsModel(ListModel[Any]):
    """DuplicatePair rows: why, the older record, the newer one."""

    COLUMNS = ("", "", "")

    def customer_id(self, item: Any) -> int:
        return int(item.second.id)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Why"), self.tr("Older record"), self.tr("Newer record"))[section]
        return None

    def describe(self, brief: Any) -> str:
        parts = [brief.name]
        if brief.email and brief.email != brief.name:
            parts.append(f"<{brief.email}>")
        if brief.external_id and brief.external_id != brief.name:
            parts.append(self.tr("id {id}").format(id=brief.external_id))
        return "  ".join(parts)

    def cell(self, pair: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr("Same e-mail") if pair.reason == "email" else self.tr("Same name")
            return self.describe(pair.first if column == 1 else pair.second)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self.tr("Both match “{key}”").format(key=pair.key)
        return None


class DuplicatesDialog(QDialog):
    """Lists candidate pairs (found in a task); `merge(keep_id, merge_id) -> bool` is the
    page's undoable merge, after which the list is read again."""

    def __init__(self, service: ModuleType, catalogue: Any, tasks: TaskRunner,
                 merge: Callable[[int, int], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Duplicate Customers"))
        self.service, self.catalogue, self.tasks, self._merge = service, catalogue, tasks, merge
        self.loaded = False
        self._serial = 0
        self._done = ""

        intro = QLabel(self.tr(
            "These customers share an e-mail address or a name, so they may be the same "
            "person. Merging moves the feedback and care log of one record to the one you "
            "keep and deletes the other. Edit ▸ Undo reverses a merge."))
        intro.setWordWrap(True)
        self.model = PairsModel(self)
        self.view = QTableView()
        self.view.setObjectName("pairsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)

        self.keep_first = QRadioButton()
        self.keep_first.setObjectName("keepFirst")
        self.keep_second = QRadioButton()
        self.keep_second.setObjectName("keepSecond")
        self.keep_first.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.keep_first)
        group.addButton(self.keep_second)
        keep_row = QHBoxLayout()
        self.keep_label = QLabel(self.tr("Keep:"))
        keep_row.addWidget(self.keep_label)
        keep_row.addWidget(self.keep_first)
        keep_row.addWidget(self.keep_second)
        keep_row.addStretch(1)

        self.status_label = QLabel()
        self.status_label.setObjectName("duplicatesStatus")
        self.status_label.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(keep_row)
        layout.addWidget(self.status_label)
        layout.addStretch(0)
        layout.addWidget(buttons)
        self.resize(760, 440)
        self._update()
        self.reload()

    def reload(self) -> None:
        self._serial += 1
        serial = self._serial
        self.loaded = False
        self.status_label.setText(self.tr("Looking for duplicates…"))
        service, catalogue = self.service, self.catalogue
        self.tasks.run(
            lambda _ctx: service.duplicate_candidates(catalogue, limit=PAIR_LIMIT),
            title=self.tr("Looking for duplicates…"), show_dialog=False,
            on_result=lambda pairs: self._on_pairs(serial, pairs),
            on_error=lambda error: self._on_failed(serial, error),
        )

    def _on_pairs(self, serial: int, pairs: list[Any]) -> None:
        if serial != self._serial:
            return
        self.loaded = True
        self.model.set_rows(pairs)
        self.view.setVisible(bool(pairs))
        for button in (self.keep_label, self.keep_first, self.keep_second):
            button.setVisible(bool(pairs))
        if pairs:
            text = self.tr("%n pair(s) to check.", "", len(pairs))
            self.view.selectRow(0)
        else:
            text = self.tr(
                "No duplicates found: no two customers share an e-mail address or a name.")
        self.status_label.setText(f"{self._done} {text}".strip())
        self._done = ""
        self._update()

    def _on_failed(self, serial: int, error: BaseException) -> None:
        if serial == self._serial:
            self.loaded = True
            self.status_label.setText(
                self.tr("Could not look for duplicates: {error}").format(error=describe(error)))

    def selected_pair(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _on_selection(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._update()

    def _update(self) -> None:
        pair = self.selected_pair()
        self.merge_button.setEnabled(pair is not None)
        for button, brief in ((self.keep_first, pair and pair.first),
                              (self.keep_second, pair and pair.second)):
            button.setEnabled(pair is not None)
            button.setText(self.model.describe(brief) if brief else "—")

    def merge_selected(self) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        keep, other = ((pair.first, pair.second) if self.keep_first.isChecked()
                       else (pair.second, pair.first))
        if self._merge(keep.id, other.id):
            self._done = self.tr("{other} merged into {keep}.").format(
                other=other.name, keep=keep.name)
            self.reload()
