"""The follow-up queue: detractors waiting for a call, and who carries how much.

Everyone's queue (detractors not yet contacted, soonest due first) or one person's open items
("My queue"), optionally overdue only; overdue rows are bold red and say so. "Mark contacted"
is an undoable command; the action list exports to xlsx in a task. Below, the workload per
person and per need. Everything is read in tasks.
"""

from __future__ import annotations

from datetime import date
from types import ModuleType, SimpleNamespace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.default_names import source_label
from advocacy_desktop.ui.empty_state import EmptyState
from advocacy_desktop.ui.feedback_model import CHIP_COLOURS
from advocacy_desktop.ui.formatting import short_date
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.score_chip import ScoreChipDelegate
from advocacy_desktop.ui.table_columns import fit_headers
from advocacy_desktop.ui.tasks import TaskRunner
from advocacy_desktop.ui.theme import readable
from advocacy_desktop.ui.tooltips import set_tip
from advocacy_desktop.ui.workflow_commands import WorkflowCommand, contacted_command

_Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = QColor("#c62828")
QUEUE_COLUMNS = ("date", "score", "source", "text", "assignee", "due", "flag")
_WIDTHS = {"date": 84, "score": 52, "source": 100, "assignee": 110, "due": 84, "flag": 70}


def _chip(score: int | None) -> tuple[QColor, QColor] | None:
    if score is None:
        return None
    kind = "detractor" if score <= 6 else "passive" if score <= 8 else "promoter"
    return CHIP_COLOURS[kind]

WORKING_DAYS_KEY = "followup/working_days"
DEFAULT_WORKING_DAYS = 2


def _as_days(value: object) -> int:
    try:
        days = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_WORKING_DAYS
    return days if 1 <= days <= 30 else DEFAULT_WORKING_DAYS


class QueueModel(QAbstractTableModel):
    """The queue's items (a bounded list: open detractors, or one person's open items)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(QUEUE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Score"), self.tr("Source"), self.tr("Text"),
                self.tr("Assignee"), self.tr("Due"), "")[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = QUEUE_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return item.excerpt
        if column == "score" and role in (Qt.ItemDataRole.BackgroundRole,
                                          Qt.ItemDataRole.ForegroundRole):
            colours = _chip(item.score)
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        if item.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return readable(OVERDUE_COLOUR)
        if item.overdue and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, item: Any, column: str) -> str:
        if column == "date":
            return short_date(item.received_on)
        if column == "score":
            return "" if item.score is None else str(item.score)
        if column == "source":
            return source_label(item.source)
        if column == "text":
            return item.excerpt
        if column == "assignee":
            return item.assignee or self.tr("Nobody")
        if column == "due":
            return short_date(item.due)
        return self.tr("Overdue") if item.overdue else ""


class LoadModel(QAbstractTableModel):
    """Open and overdue counts of people or needs (`Load` rows)."""

    def __init__(self, first: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.first = first
        self.none = ""
        """The label of the None row (nobody / no need), translated by the widget."""
        self.loads: list[Any] = []

    def set_loads(self, loads: list[Any]) -> None:
        self.beginResetModel()
        self.loads = list(loads)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.loads)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.first, self.tr("Open"), self.tr("Overdue"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        load = self.loads[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = self.none if load.id is None and self.none else load.name
            return (name, load.open, load.overdue)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and load.overdue and index.column() == 2:
            return readable(OVERDUE_COLOUR)
        return None


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


class FollowUpWidget(QWidget):
    """Receives the workflow and people services, the window's task runner and undo stack."""

    catalogue_modified = Signal()
    loaded_changed = Signal()

    def __init__(
        self,
        workflow_service: ModuleType,
        people_service: ModuleType,
        tasks: TaskRunner,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpWidget")
        self.settings = settings
        self.workflow = workflow_service
        self.people_service = people_service
        self.tasks = tasks
        self.undo_stack = undo_stack
        self.catalogue: Any = None
        self.today: date | None = None
        """Tests set a fixed day; None means the real today."""
        self.loaded = False
        self._serial = 0

        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.person_combo = QComboBox()
        self.person_combo.setMinimumContentsLength(16)
        self.person_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue_box = QCheckBox()
        self.overdue_box.toggled.connect(lambda _on: self.reload())
        self.count_label = QLabel()
        # How soon detractors must be answered: a setting, 2 working days unless changed.
        self.days_label = QLabel()
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 30)
        stored = settings.value(WORKING_DAYS_KEY, DEFAULT_WORKING_DAYS) if settings else None
        self.days_spin.setValue(_as_days(stored))
        self.days_spin.valueChanged.connect(self._days_changed)
        self.days_label.setBuddy(self.days_spin)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addSpacing(12)
        top.addWidget(self.person_combo)
        top.addWidget(self.overdue_box)
        top.addSpacing(12)
        top.addWidget(self.days_label)
        top.addWidget(self.days_spin)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.model = QueueModel(self)
        self.view = _table(self.model)
        self.view.setObjectName("followUpView")
        self.view.setItemDelegateForColumn(QUEUE_COLUMNS.index("score"),
                                           ScoreChipDelegate(self.view))
        head = self.view.horizontalHeader()
        for column, name in enumerate(QUEUE_COLUMNS):
            if name == "text":
                head.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                self.view.setColumnWidth(column, _WIDTHS[name])
        self._header_widths = {QUEUE_COLUMNS.index(n): w for n, w in _WIDTHS.items()}
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty_state = EmptyState(self.view, self._empty_texts,
                                      when=lambda: self.loaded and not self.model.items)

        self.contacted_button = QPushButton()
        self.contacted_button.clicked.connect(lambda: self.mark_contacted())
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._choose_export)
        self.message_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.contacted_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.message_label, 1)

        self.people_model = LoadModel("", self)
        self.needs_model = LoadModel("", self)
        self.people_view = _table(self.people_model)
        self.needs_view = _table(self.needs_model)
        loads = QSplitter(Qt.Orientation.Horizontal)
        for view in (self.people_view, self.needs_view):
            EmptyState(view, lambda: ("", self.tr("No open items.")))
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.setColumnWidth(1, 70)
            view.setColumnWidth(2, 70)
            loads.addWidget(view)
        self.workload_label = QLabel()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.workload_label)
        lower_layout.addWidget(loads, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.view, 1)
        upper_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(splitter)
        self.retranslate_ui()
        self._update_buttons()

    # ------------------------------------------------------------------ texts

    def working_days(self) -> int:
        """Working days within which a detractor should be contacted."""
        return int(self.days_spin.value())

    def _days_changed(self, days: int) -> None:
        self._update_days_suffix()
        if self.settings is not None:
            self.settings.setValue(WORKING_DAYS_KEY, days)
        self.reload()

    def _update_days_suffix(self) -> None:
        """The words around the number, in the plural form the number and the language want
        ("2 working days", "영업일 2일"): the spin box shows the number between them."""
        days = self.days_spin.value()
        text = self.tr("%n working day(s)", "", days)
        at = text.find(str(days))
        if at < 0:  # a translation without the number: show it after
            self.days_spin.setPrefix("")
            self.days_spin.setSuffix(" " + text)
            return
        self.days_spin.setPrefix(text[:at])
        self.days_spin.setSuffix(text[at + len(str(days)):])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.days_label.setText(self.tr("Answer detractors within"))
        self._update_days_suffix()
        self.overdue_box.setText(self.tr("Overdue only"))
        self.contacted_button.setText(self.tr("Mark contacted"))
        self.export_button.setText(self.tr("Export action list…"))
        set_tip(self.contacted_button, self.tr(
            "Record that the selected customers were contacted today"))
        set_tip(self.export_button, self.tr(
            "Save every open item, with its assignee and due date, as an Excel workbook"))
        self.workload_label.setText(self.tr("Workload"))
        self.people_model.first = self.tr("Person")
        self.needs_model.first = self.tr("Need")
        self.people_model.none = self.tr("Unassigned")
        self.needs_model.none = self.tr("No need")
        if self.person_combo.count():
            self.person_combo.setItemText(0, self.tr("Everyone"))
        self._update_title()
        for model in (self.model, self.people_model, self.needs_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                         model.columnCount() - 1)
        if hasattr(self, "_header_widths"):  # German "Empfehlung" is wider than "Score"
            fit_headers(self.view, self._header_widths)
            for view in (self.people_view, self.needs_view):
                fit_headers(view, {1: 70, 2: 70})

    def _empty_texts(self) -> tuple[str, str]:
        """What an empty queue means, and what fills it."""
        if self.overdue_box.isChecked():
            return self.tr("Nothing is overdue"), ""
        if self.person_id() is not None:
            return self.tr("No open items for this person"), self.tr(
                "Give them items on the Feedback page: right-click ▸ Assign to.")
        return self.tr("No detractor is waiting for an answer"), self.tr(
            "Detractors (scores 0–6) appear here once they are imported, to be contacted "
            "within the working days set above; Mark contacted takes them off the queue.")

    def _update_title(self) -> None:
        if self.person_id() is None:
            self.title_label.setText(self.tr("Follow-up queue"))
        else:
            self.title_label.setText(self.tr("My queue"))
        self.count_label.setText(self.tr("%Ln item(s)", "", self.model.rowCount()))

    def _update_buttons(self) -> None:
        writable = self.catalogue is not None and not getattr(self.catalogue, "read_only",
                                                              False)
        self.contacted_button.setEnabled(writable and bool(self.selected_ids()))
        self.export_button.setEnabled(self.catalogue is not None)

    # ------------------------------------------------------------------ loading

    def set_catalogue(self, catalogue: Any) -> None:
        self.catalogue = catalogue
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("Everyone"), None)
        self.person_combo.blockSignals(False)
        self.reload(people=True)

    def person_id(self) -> int | None:
        return self.person_combo.currentData()

    def set_person(self, person_id: int | None) -> None:
        index = self.person_combo.findData(person_id)
        if index >= 0:
            self.person_combo.setCurrentIndex(index)

    def reload(self, *, people: bool = False) -> None:
        """Read the queue and the workload (and the people, for the combo) in a task."""
        self._serial += 1
        self.loaded = False
        serial, catalogue = self._serial, self.catalogue
        self._update_title()
        if catalogue is None:
            self._loaded(serial, ([], SimpleNamespace(people=[], needs=[]), None))
            return
        workflow, people_service = self.workflow, self.people_service
        person, overdue_only = self.person_id(), self.overdue_box.isChecked()
        today = self.today or date.today()
        days = self.working_days()

        def load(_ctx: Any) -> tuple[list[Any], Any, list[Any] | None]:
            if person is None:
                items = workflow.follow_up_queue(catalogue, overdue_only=overdue_only,
                                                 today=today, working_days=days)
            else:
                items = workflow.my_queue(catalogue, person, today=today, working_days=days)
                items = [q for q in items if q.overdue] if overdue_only else items
            listed = people_service.list_people(catalogue) if people else None
            load_ = workflow.workload(catalogue, today=today, working_days=days)
            return items, load_, listed

        self.tasks.run(load, title=self.tr("Reading the follow-up queue"), show_dialog=False,
                       on_result=lambda found: self._loaded(serial, found))

    def _loaded(self, serial: int, found: tuple[list[Any], Any, list[Any] | None]) -> None:
        if serial != self._serial:
            return
        items, work, people = found
        if people is not None:
            chosen = self.person_id()
            self.person_combo.blockSignals(True)
            while self.person_combo.count() > 1:
                self.person_combo.removeItem(1)
            for person in people:
                self.person_combo.addItem(person.name, person.id)
            self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(chosen)))
            self.person_combo.blockSignals(False)
        self.model.set_items(items)
        self.people_model.set_loads(work.people)
        self.needs_model.set_loads(work.needs)
        self._update_title()
        self._update_buttons()
        self.loaded = True
        self.loaded_changed.emit()

    # ------------------------------------------------------------------ actions

    def selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        return sorted(self.model.items[r].id for r in rows if r < len(self.model.items))

    def mark_contacted(self, ids: list[int] | None = None) -> WorkflowCommand | None:
        """Mark the selected items (or `ids`) contacted today; undoable."""
        ids = self.selected_ids() if ids is None else ids
        if not ids or self.catalogue is None or getattr(self.catalogue, "read_only", False):
            return None
        command = contacted_command(self.workflow, self.catalogue, ids,
                                    self.today or date.today(), on_change=self._changed)
        self.undo_stack.push(command)
        self.message_label.setText(command.text())
        return command

    def _changed(self) -> None:
        self.reload()
        self.catalogue_modified.emit()

    def _choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export action list"), "actions.xlsx", self.tr("Excel (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> Any:
        """Write the open action list to `path` (xlsx) in a task; returns the task handle."""
        if self.catalogue is None:
            return None
        catalogue, workflow, today = self.catalogue, self.workflow, self.today
        days = self.working_days()

        def export(_ctx: Any) -> int:
            return workflow.export_actions(catalogue, path, today=today, working_days=days)

        return self.tasks.run(
            export, title=self.tr("Exporting the action list"),
            on_result=lambda n: self.message_label.setText(
                self.tr("Exported %Ln action(s).", "", n)),
            on_error=lambda exc: self.message_label.setText(
                self.tr("Export failed: {error}").format(error=describe(exc))),
        )
