"""File ▸ Merge Catalogue…: the dry-run report, a choice per conflict, then the merge.

The dialog computes the plan in a task as it opens (read-only on both catalogues), shows what
would be added, what maps onto existing rows by name and every conflict with both values; the
user ticks "Take theirs" per conflict (or uses the buttons for all / the newer side) and presses
Merge, which runs `apply` in a task with progress and Cancel. Unticked conflicts keep ours and
are listed in the result. The service module comes in (services.catalogue_merge).
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.formatting import number
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.tasks import TaskRunner

_DISPLAY = Qt.ItemDataRole.DisplayRole
_CHECK = Qt.ItemDataRole.CheckStateRole

#: names the service uses for tables, marked for lupdate and translated where shown (context
#: MergeDialog), so a language switch after import changes them too
_TABLE_NAMES = {
    "feedback": QT_TRANSLATE_NOOP("MergeDialog", "Items"),
    "feedback_need": QT_TRANSLATE_NOOP("MergeDialog", "Item needs"),
    "need": QT_TRANSLATE_NOOP("MergeDialog", "Needs"),
    "person": QT_TRANSLATE_NOOP("MergeDialog", "People"),
    "role": QT_TRANSLATE_NOOP("MergeDialog", "Roles"),
    "person_role": QT_TRANSLATE_NOOP("MergeDialog", "Role holders"),
    "source": QT_TRANSLATE_NOOP("MergeDialog", "Sources"),
    "customer": QT_TRANSLATE_NOOP("MergeDialog", "Customers"),
    "responsibility": QT_TRANSLATE_NOOP("MergeDialog", "Responsibilities"),
    "import_batch": QT_TRANSLATE_NOOP("MergeDialog", "Imports"),
    "rejected_row": QT_TRANSLATE_NOOP("MergeDialog", "Rejected rows"),
    "mapping_template": QT_TRANSLATE_NOOP("MergeDialog", "Column mappings"),
    "tag_rule": QT_TRANSLATE_NOOP("MergeDialog", "Tag rules"),
    "care_entry": QT_TRANSLATE_NOOP("MergeDialog", "Care log"),
    "audit_log": QT_TRANSLATE_NOOP("MergeDialog", "History"),
}


def _table_name(table: str) -> str:
    return QCoreApplication.translate("MergeDialog", _TABLE_NAMES.get(table, table))


class CountsModel(QAbstractTableModel):
    """Per table: new, identical, mapped by name, conflicts (rows of the plan)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Any]] = []

    def set_plan(self, plan: Any) -> None:
        self.beginResetModel()
        self._rows = [(t, c) for t, c in plan.tables.items()
                      if c.new or c.identical or c.mapped or c.conflicts]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (self.tr("What"), self.tr("New"), self.tr("Same"), self.tr("Mapped by name"),
                    self.tr("Conflicts"))[section]
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY) -> Any:
        table, counts = self._rows[index.row()]
        if role == _DISPLAY:
            if index.column() == 0:
                return _table_name(table)
            value = (counts.new, counts.identical, counts.mapped, counts.conflicts)[
                index.column() - 1]
            return number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ConflictsModel(QAbstractTableModel):
    """One row per conflict; the first column is the checkable choice "Take theirs"."""

    choices_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conflicts: list[Any] = []
        self._theirs: set[str] = set()

    def set_conflicts(self, conflicts: list[Any]) -> None:
        self.beginResetModel()
        self._conflicts = list(conflicts)
        self._theirs &= {c.id for c in conflicts}
        self.endResetModel()

    def conflict(self, row: int) -> Any:
        return self._conflicts[row]

    def choices(self) -> dict[str, str]:
        return {c.id: ("theirs" if c.id in self._theirs else "ours") for c in self._conflicts}

    def set_theirs(self, ids: set[str]) -> None:
        self._theirs = set(ids)
        if self._conflicts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._conflicts) - 1, 0))
        self.choices_changed.emit()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._conflicts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (self.tr("Take theirs"), self.tr("What"), self.tr("Item"),
                    self.tr("Differs in"), self.tr("Edited later"))[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: QModelIndex, role: int = _DISPLAY) -> Any:
        conflict = self._conflicts[index.row()]
        column = index.column()
        if role == _CHECK and column == 0:
            return (Qt.CheckState.Checked if conflict.id in self._theirs
                    else Qt.CheckState.Unchecked)
        if role == _DISPLAY:
            if column == 1:
                return _table_name(conflict.table)
            if column == 2:
                return conflict.label
            if column == 3:
                return ", ".join(d.field for d in conflict.fields)
            if column == 4:
                return {"ours": self.tr("ours"), "theirs": self.tr("theirs")}.get(
                    conflict.newer or "", "")
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 3):
            return "\n".join(self.tr("{field}: ours “{ours}”, theirs “{theirs}”").format(
                field=d.field, ours=d.ours, theirs=d.theirs) for d in conflict.fields)
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = _CHECK) -> bool:
        if role != _CHECK or index.column() != 0:
            return False
        conflict_id = self._conflicts[index.row()].id
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        (self._theirs.add if checked else self._theirs.discard)(conflict_id)
        self.dataChanged.emit(index, index, [_CHECK])
        self.choices_changed.emit()
        return True


class FieldsModel(QAbstractTableModel):
    """The selected conflict's fields: ours and theirs side by side."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: list[Any] = []

    def set_conflict(self, conflict: Any | None) -> None:
        self.beginResetModel()
        self._fields = list(conflict.fields) if conflict is not None else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (self.tr("Field"), self.tr("Ours (this catalogue)"),
                    self.tr("Theirs (the other)"))[section]
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY) -> Any:
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            diff = self._fields[index.row()]
            return (diff.field, diff.ours, diff.theirs)[index.column()]
        return None


def _short(url: str) -> str:
    """A file's name, or a database URL without its credentials."""
    if "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://{rest.rsplit('@', 1)[-1]}"
    return url.replace("\\", "/").rsplit("/", 1)[-1]


def _table_view(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class MergeDialog(QDialog):
    """Merges `source` into `target` (open catalogues; the caller closes them after).
    `planned(plan)` and `merged(report)` tell tests and the window what happened."""

    planned = Signal(object)
    merged = Signal(object)

    def __init__(self, service: ModuleType, target: Any, source: Any, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge Catalogue"))
        self.service, self.target, self.source, self.tasks = service, target, source, tasks
        self.plan: Any = None
        self.report: Any = None

        self.heading = QLabel(self.tr("Comparing the catalogues…"))
        self.heading.setWordWrap(True)
        self.counts = CountsModel(self)
        self.counts_view = _table_view(self.counts, "mergeCounts")
        self.conflicts = ConflictsModel(self)
        self.conflicts_view = _table_view(self.conflicts, "mergeConflicts")
        self.fields = FieldsModel(self)
        self.fields_view = _table_view(self.fields, "mergeFields")
        header = self.conflicts_view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.fields_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        counts_header = self.counts_view.horizontalHeader()
        counts_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        counts_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        counts_header.setStretchLastSection(False)
        self.conflicts_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.fields.set_conflict(
                self.conflicts.conflict(current.row()) if current.isValid() else None))
        self.conflicts.choices_changed.connect(self._update_status)
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()

        self.all_ours = QPushButton(self.tr("Keep All Ours"))
        self.all_theirs = QPushButton(self.tr("Take All Theirs"))
        self.newer = QPushButton(self.tr("Take the Newer"))
        self.newer.setToolTip(self.tr("Take theirs wherever theirs was edited later"))
        self.all_ours.clicked.connect(lambda: self.conflicts.set_theirs(set()))
        self.all_theirs.clicked.connect(lambda: self.conflicts.set_theirs(
            {c.id for c in self.plan.conflicts} if self.plan else set()))
        self.newer.clicked.connect(lambda: self.conflicts.set_theirs(
            {c.id for c in self.plan.conflicts if c.newer == "theirs"} if self.plan else set()))
        choice_row = QHBoxLayout()
        for button in (self.all_ours, self.all_theirs, self.newer):
            choice_row.addWidget(button)
        choice_row.addStretch(1)
        choice_row.addWidget(self.status)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.start_merge)
        self.buttons.rejected.connect(self.reject)

        conflicts_box = QWidget()
        box = QVBoxLayout(conflicts_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.conflicts_label = QLabel()
        box.addWidget(self.conflicts_label)
        box.addWidget(self.conflicts_view, 3)
        box.addLayout(choice_row)
        box.addWidget(self.fields_view, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.counts_view)
        splitter.addWidget(conflicts_box)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([190, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notices)
        layout.addWidget(self.buttons)
        self.resize(860, 620)
        self._set_choosing(False)

    # ------------------------------------------------------------------ plan

    def start(self) -> None:
        """Compute the dry run in a task (call once after construction)."""
        self.tasks.run(lambda _ctx: self.service.plan(self.target, self.source),
                       title=self.tr("Comparing catalogues…"), show_dialog=True,
                       dialog_parent=self, on_result=self._show_plan, on_error=self._failed)

    def _show_plan(self, plan: Any) -> None:
        self.plan = plan
        self.heading.setText(self.tr(
            "Merging “{source}” into this catalogue ({target}). Dry run: {new:n} rows would "
            "be added. Rows that differ in both are conflicts: tick “Take theirs” where the "
            "other catalogue is right; the others keep ours. Nothing is deleted.").format(
                source=_short(plan.source), target=_short(plan.target), new=plan.new_rows))
        self.heading.setToolTip(f"{plan.source} → {plan.target}")
        self.counts.set_plan(plan)
        self.conflicts.set_conflicts(plan.conflicts)
        self.conflicts_label.setText(self.tr("%n conflict(s)", "", len(plan.conflicts)))
        if plan.conflicts:
            self.conflicts_view.selectRow(0)
        lines = [self.tr("Mapped by {by}: {what} “{label}”").format(
            by=m.by, what=_table_name(m.table), label=m.label) for m in plan.mapped[:5]]
        if len(plan.mapped) > 5:
            lines.append(self.tr("… and %n more mapped by name", "", len(plan.mapped) - 5))
        lines += plan.notices[:5]
        self.notices.setText("\n".join(lines))
        self._set_choosing(True)
        self._update_status()
        self.planned.emit(plan)

    def _set_choosing(self, enabled: bool) -> None:
        for widget in (self.all_ours, self.all_theirs, self.newer, self.conflicts_view):
            widget.setEnabled(enabled and bool(self.plan and self.plan.conflicts))
        self.merge_button.setEnabled(enabled and bool(self.plan and self.plan.changes_anything))

    def _update_status(self) -> None:
        if self.plan is None:
            return
        theirs = sum(1 for v in self.conflicts.choices().values() if v == "theirs")
        self.status.setText(self.tr("Theirs: {theirs} · ours: {ours}").format(
            theirs=theirs, ours=len(self.plan.conflicts) - theirs))

    # ------------------------------------------------------------------ merge

    def start_merge(self) -> None:
        choices = self.conflicts.choices()
        self._set_choosing(False)
        self.heading.setText(self.tr("Merging…"))

        def work(ctx: Any) -> Any:
            return self.service.apply(self.target, self.source, self.plan, choices,
                                      progress=ctx.progress, cancelled=lambda: ctx.cancelled)

        self.tasks.run(work, title=self.tr("Merging catalogues…"), show_dialog=True,
                       dialog_parent=self, on_result=self._done, on_error=self._failed,
                       on_cancelled=self._cancelled)

    def _done(self, report: Any) -> None:
        self.report = report
        self.heading.setText(self.tr(
            "Merged: {added:n} rows added, {theirs:n} conflict(s) took theirs, {ours:n} kept "
            "ours.").format(added=report.plan.new_rows, theirs=len(report.taken_theirs),
                            ours=len(report.kept_ours)))
        self.merged.emit(report)
        self.accept()

    def _cancelled(self) -> None:
        self.heading.setText(self.tr("The merge was cancelled: nothing was changed."))
        self._set_choosing(True)

    def _failed(self, error: BaseException) -> None:
        self.heading.setText(self.tr("The merge failed: {error}. Nothing was changed.").format(
            error=describe(error)))
        self._set_choosing(self.plan is not None)
