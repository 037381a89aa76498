"""The RACI grid of the People & roles page: its Qt model, the holder chooser and the undoable
command that sets or clears a cell through the responsibility service."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.default_names import role_label, source_label
from advocacy_desktop.ui.import_common import NO_PARENT, Index
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.theme import readable

KINDS = ("R", "A", "C", "I")
NAME_COLUMN = 0
GAP_COLOUR = "#ffc7ce"
"""Light red, the same fill the exported workbook uses for gap rows."""


class MatrixModel(QAbstractTableModel):
    """One row per need (indented by depth) then per source; columns Name | R | A | C | I.
    The matrix is one row per need and source, a few hundred at most: it is held whole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        needs = [r for r in rows if r.entity == "need"]
        sources = [r for r in rows if r.entity == "source"]
        self._rows = needs + sources
        self.endResetModel()

    def matrix_row(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, entity: str, entity_id: int) -> int:
        for number, item in enumerate(self._rows):
            if item.entity == entity and item.id == entity_id:
                return number
        return -1

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 1 + len(KINDS)

    def kind_label(self, kind: str) -> str:
        return {
            "R": self.tr("Responsible"), "A": self.tr("Accountable"),
            "C": self.tr("Consulted"), "I": self.tr("Informed"),
        }[kind]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME_COLUMN:
            return self.tr("Need or source")
        return self.kind_label(KINDS[section - 1])

    def _name(self, item: Any) -> str:
        short = item.name.split(" › ")[-1] if item.entity == "need" else item.name
        if item.entity == "source":
            return self.tr("Source: {name}").format(name=source_label(short))
        return "    " * item.depth + short

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME_COLUMN:
                return self._name(item)
            # people and roles by name: a pre-filled role in the UI language
            holders = ", ".join(role_label(h) for h in item.holders.get(KINDS[column - 1], ()))
            if not holders and column == 1 and item.inherited_from:
                return self.tr("(from {parent})").format(parent=item.inherited_from)
            return holders
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.gap:
                return self.tr("Nobody is responsible")
            if column == NAME_COLUMN:
                return source_label(item.name) if item.entity == "source" else item.name
        if role == Qt.ItemDataRole.BackgroundRole and item.gap:
            return QBrush(QColor(GAP_COLOUR))
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.gap:
                return QBrush(QColor("#1f1f1f"))
            if column == 1 and not item.holders.get("R") and item.inherited_from:
                return QBrush(readable("#777777"))
        if role == Qt.ItemDataRole.FontRole and column == NAME_COLUMN and item.depth == 0:
            font = QFont()
            font.setBold(item.entity == "need")
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class Holder:
    """A person or a role that can hold a cell."""

    person_id: int | None = None
    role_id: int | None = None


class HolderChooser(QDialog):
    """A small dialog: a combo of the active people, then the roles prefixed "Role: "."""

    def __init__(self, subject: str, kind_label: str, people: list[Any], roles: list[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose who is {kind}").format(kind=kind_label.lower()))
        self.combo = QComboBox()
        self.combo.setObjectName("holderCombo")
        for person in people:
            if person.active:
                self.combo.addItem(person.name, Holder(person_id=person.id))
        for role in roles:
            self.combo.addItem(self.tr("Role: {name}").format(name=role_label(role.name)),
                               Holder(role_id=role.id))
        self.combo.setMinimumWidth(260)
        label = QLabel(self.tr("{kind} for {subject}:").format(kind=kind_label, subject=subject))
        label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Holder:"), self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.combo.count() > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def holder(self) -> Holder | None:
        data = self.combo.currentData()
        return data if isinstance(data, Holder) else None


class ResponsibilityCommand(QUndoCommand):
    """Sets (or clears) one RACI cell. The first redo calls the service's set/clear and keeps
    the change it returns; undo and later redos replay that change exactly."""

    def __init__(self, service: ModuleType, catalogue: Any, kind: str, subject: dict[str, int],
                 holder: Holder | None, text: str, on_applied: Callable[[], None],
                 on_error: Callable[[str], None], clear: bool = False) -> None:
        super().__init__(text)
        self.service, self.catalogue, self.kind = service, catalogue, kind
        self.subject, self.holder, self.clear = subject, holder, clear
        self._on_applied, self._on_error = on_applied, on_error
        self.change: Any = None
        self.failed = False

    def _holder_args(self) -> dict[str, int]:
        if self.holder is None:
            return {}
        if self.holder.person_id is not None:
            return {"person_id": self.holder.person_id}
        return {"role_id": self.holder.role_id} if self.holder.role_id is not None else {}

    def redo(self) -> None:
        try:
            if self.change is None:
                call = (self.service.clear_responsibility if self.clear
                        else self.service.set_responsibility)
                self.change = call(self.catalogue, self.kind, **self.subject,
                                   **self._holder_args())
                if not self.change.added and not self.change.removed:
                    self.setObsolete(True)
            else:
                self.service.redo_change(self.catalogue, self.change)
        except (ValueError, LookupError) as exc:
            self.failed = True
            self.setObsolete(True)
            self._on_error(describe(exc))
        self._on_applied()

    def undo(self) -> None:
        if self.change is None:
            return
        try:
            self.service.undo_change(self.catalogue, self.change)
        except (ValueError, LookupError) as exc:
            self._on_error(describe(exc))
        self._on_applied()
