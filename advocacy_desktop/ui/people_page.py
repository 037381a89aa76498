"""The People & roles page (step 5 of the method): the people and their roles, the RACI matrix
of needs and sources, and the maturity level the set-up reaches."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.default_names import role_label, source_label
from advocacy_desktop.ui.empty_state import EmptyState
from advocacy_desktop.ui.import_common import NO_PARENT, Index
from advocacy_desktop.ui.maturity_texts import MaturityTexts
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.pages import Page, page_spec
from advocacy_desktop.ui.person_dialog import AddPersonDialog
from advocacy_desktop.ui.raci_matrix import (
    KINDS,
    NAME_COLUMN,
    Holder,
    HolderChooser,
    MatrixModel,
    ResponsibilityCommand,
)
from advocacy_desktop.ui.tasks import TaskRunner
from advocacy_desktop.ui.tooltips import set_tip

PERSON_NAME, PERSON_EMAIL, PERSON_ROLES, PERSON_ACTIVE = range(4)


@dataclass(frozen=True)
class PeopleSnapshot:
    """Everything the page shows, read in one task."""

    people: list[Any]
    roles: list[Any]
    matrix: list[Any]
    maturity: Any


class PeopleModel(QAbstractTableModel):
    """One row per person (inactive ones too): Name | E-mail | Roles | Active (checkable)."""

    def __init__(self, on_active: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[Any] = []
        self._on_active = on_active

    def set_people(self, people: list[Any]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def person(self, row: int) -> Any:
        return self._people[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("E-mail"), self.tr("Roles"), self.tr("Active"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._people[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            roles = ", ".join(role_label(name) for name in person.roles)
            return (person.name, person.email or "", roles, "")[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == PERSON_ACTIVE:
            return Qt.CheckState.Checked if person.active else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PERSON_ACTIVE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != PERSON_ACTIVE:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self._on_active(self._people[index.row()].id, checked)
        return True


class MatrixView(QTableView):
    """Enter or double-click on a R/A/C/I cell asks the page to edit it."""

    def __init__(self, on_edit: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_edit = on_edit
        self.doubleClicked.connect(self._edit)

    def _edit(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != NAME_COLUMN:
            self._on_edit(index.row(), KINDS[index.column() - 1])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._edit(self.currentIndex())
            return
        super().keyPressEvent(event)


class PeoplePage(Page):
    """Receives the people and responsibility service modules, the task runner and the
    window's undo stack. `add_tab` lets a later feature add its own tab."""

    def __init__(self, people_service: ModuleType, responsibility_service: ModuleType,
                 tasks: TaskRunner, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(page_spec("people"), parent)
        self.followup: QWidget | None = None
        self.setObjectName("page-people")
        self.people_service = people_service
        self.responsibility_service = responsibility_service
        self.tasks = tasks
        self.undo_stack = undo_stack
        self.snapshot: PeopleSnapshot | None = None
        self.loaded = False
        self._serial = 0

        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("peopleTabs")

        # People tab
        self.people_model = PeopleModel(self.set_person_active, self)
        self.people_view = QTableView()
        self.people_view.setObjectName("peopleView")
        self.people_view.setModel(self.people_model)
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.verticalHeader().hide()
        self.people_view.horizontalHeader().setSectionResizeMode(
            PERSON_ROLES, QHeaderView.ResizeMode.Stretch)
        self.add_person_button = QPushButton()
        self.add_person_button.clicked.connect(self.add_person_dialog)
        self.add_role_button = QPushButton()
        self.add_role_button.clicked.connect(self.add_role_dialog)
        people_tab = QWidget()
        people_buttons = QHBoxLayout()
        people_buttons.addStretch(1)
        people_buttons.addWidget(self.add_person_button)
        people_buttons.addWidget(self.add_role_button)
        people_layout = QVBoxLayout(people_tab)
        people_layout.addLayout(people_buttons)
        people_layout.addWidget(self.people_view, 1)
        self.people_empty = EmptyState(self.people_view, lambda: (self.tr("No people yet"), self.tr(
            "Add the people who follow up feedback with Add Person…, and give them roles: "
            "the customer advocate, the owner of a need or of a source.")),
            when=lambda: self.loaded and self.people_model.rowCount() == 0)

        # Responsibilities tab
        self.matrix_model = MatrixModel(self)
        self.matrix_view = MatrixView(self.edit_cell)
        self.matrix_view.setObjectName("matrixView")
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.selectionModel().currentChanged.connect(
            lambda *_args: self._update_buttons())
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.verticalHeader().hide()
        self.matrix_view.setWordWrap(False)
        header = self.matrix_view.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Interactive)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.matrix_hint = QLabel()
        self.matrix_hint.setWordWrap(True)
        self.matrix_hint.setStyleSheet("color: palette(mid);")
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self._edit_current)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_current)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_dialog)
        matrix_tab = QWidget()
        matrix_buttons = QHBoxLayout()
        matrix_buttons.addWidget(self.matrix_hint, 1)
        for button in (self.edit_button, self.clear_button, self.export_button):
            matrix_buttons.addWidget(button)
        matrix_layout = QVBoxLayout(matrix_tab)
        matrix_layout.addLayout(matrix_buttons)
        matrix_layout.addWidget(self.matrix_view, 1)
        self.matrix_empty = EmptyState(self.matrix_view, lambda: (
            self.tr("No needs or sources yet"), self.tr(
                "List your sources on the Sources page and your customers' needs on the Needs "
                "page; then give each of them a Responsible here.")),
            when=lambda: self.loaded and self.matrix_model.rowCount() == 0)

        # Maturity tab
        self.level_label = QLabel()
        self.level_label.setObjectName("maturityLevel")
        big = QFont(self.level_label.font())
        big.setPointSizeF(big.pointSizeF() * 2.0)
        big.setBold(True)
        self.level_label.setFont(big)
        self.level_label.setWordWrap(True)
        self.met_heading = QLabel()
        self.met_list = QListWidget()
        self.met_list.setObjectName("reasonsMet")
        self.missing_heading = QLabel()
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missingForNext")
        maturity_tab = QWidget()
        maturity_layout = QVBoxLayout(maturity_tab)
        maturity_layout.addWidget(self.level_label)
        maturity_layout.addSpacing(8)
        for widget in (self.met_heading, self.met_list, self.missing_heading, self.missing_list):
            maturity_layout.addWidget(widget)
        self.met_empty = EmptyState(self.met_list, lambda: ("", self.tr(
            "Nothing yet: the list below says what the next level needs.")),
            when=lambda: self.loaded and self.met_list.count() == 0)

        self.people_tab, self.matrix_tab, self.maturity_tab = people_tab, matrix_tab, maturity_tab
        self.tabs.addTab(people_tab, "")
        self.tabs.addTab(matrix_tab, "")
        self.tabs.addTab(maturity_tab, "")
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        self.retranslate_ui()
        self._update_buttons()

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab after the built-in ones; returns its index."""
        return self.tabs.addTab(widget, title)

    def add_followup(self, widget: QWidget) -> int:
        """The follow-up queue as a tab: it gets the catalogue with the page, and its changes
        count as the page's."""
        self.followup = widget
        signal = getattr(widget, "catalogue_modified", None)
        if signal is not None:
            signal.connect(self.catalogue_modified.emit)
        widget.set_catalogue(self.catalogue)  # type: ignore[attr-defined]
        return self.tabs.addTab(widget, self.tr("Follow-up"))

    # ------------------------------------------------------------------ loading

    def set_catalogue(self, catalogue: Any) -> None:
        super().set_catalogue(catalogue)
        self.status_label.clear()
        if self.followup is not None:
            self.followup.set_catalogue(catalogue)  # type: ignore[attr-defined]
        self.reload()

    def reload(self) -> None:
        """Re-read people, roles, matrix and maturity in a task."""
        self._serial += 1
        serial = self._serial
        catalogue = self.catalogue
        if catalogue is None:
            self.loaded = False
            self._show(PeopleSnapshot([], [], [], None))
            return
        people, resp = self.people_service, self.responsibility_service

        def load(_ctx: Any) -> PeopleSnapshot:
            return PeopleSnapshot(people.list_people(catalogue, include_inactive=True),
                                  people.list_roles(catalogue), resp.matrix(catalogue),
                                  resp.maturity(catalogue))

        self.tasks.run(load, title=self.tr("Reading people and responsibilities…"),
                       show_dialog=False,
                       on_result=lambda snap: self._on_loaded(serial, snap),
                       on_error=lambda error: self._on_failed(serial, error))

    def _on_loaded(self, serial: int, snapshot: PeopleSnapshot) -> None:
        if serial != self._serial:
            return
        self.loaded = True
        self._show(snapshot)

    def _on_failed(self, serial: int, error: BaseException) -> None:
        if serial == self._serial:
            self.status_label.setText(self.tr("Could not read the people: {error}")
                                      .format(error=describe(error)))

    def _show(self, snapshot: PeopleSnapshot) -> None:
        self.snapshot = snapshot
        self.people_model.set_people(snapshot.people)
        self.people_view.resizeColumnsToContents()
        self.people_view.horizontalHeader().setSectionResizeMode(
            PERSON_ROLES, QHeaderView.ResizeMode.Stretch)
        current = self.matrix_view.currentIndex()
        self.matrix_model.set_rows(snapshot.matrix)
        self.matrix_view.resizeColumnToContents(NAME_COLUMN)
        width = self.matrix_view.columnWidth(NAME_COLUMN)
        self.matrix_view.setColumnWidth(NAME_COLUMN, min(max(width + 16, 200), 320))
        if current.isValid() and current.row() < self.matrix_model.rowCount():
            self.matrix_view.setCurrentIndex(current)
        self._show_maturity(snapshot.maturity)
        gaps = sum(1 for row in snapshot.matrix if row.gap)
        self.matrix_hint.setVisible(bool(snapshot.matrix))  # else the empty state says it
        self.matrix_hint.setText(self.tr(
            "%n need(s) or source(s) without anyone responsible. Double-click a cell or press "
            "Enter to choose who holds it.", "", gaps))
        self._update_buttons()

    def _show_maturity(self, maturity: Any) -> None:
        self.met_list.clear()
        self.missing_list.clear()
        if maturity is None:
            self.level_label.clear()
            return
        self.level_label.setText(self.tr("Level {level} of 4 — {name}").format(
            level=maturity.level, name=self.level_name(maturity.level)))
        # the service's sentences are English (for the CLI); its conditions are worded here
        words = MaturityTexts(self)
        met = getattr(maturity, "met", None) or []
        missing = getattr(maturity, "missing", None) or []
        reached = ([words.reached(c, text) for c, text in zip(met, maturity.reasons_met,
                                                              strict=False)]
                   if met else maturity.reasons_met)
        to_do = ([words.missing(c, text) for c, text in zip(missing, maturity.missing_for_next,
                                                            strict=False)]
                 if missing else maturity.missing_for_next)
        for text in reached:
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked)
            self.met_list.addItem(item)
        for text in to_do:
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.missing_list.addItem(item)
        if maturity.level >= 4:
            self.missing_heading.setText(self.tr("The highest level is reached."))
        else:
            self.missing_heading.setText(self.tr("Missing for level {level}:")
                                         .format(level=maturity.level + 1))

    def level_name(self, level: int) -> str:
        return (self.tr("no advocates yet"), self.tr("single advocates"),
                self.tr("an advocacy team"), self.tr("coordination across the company"),
                self.tr("every strategy and every employee"))[max(0, min(level, 4))]

    def _writable(self) -> bool:
        return self.catalogue is not None and not self.catalogue.read_only

    def _update_buttons(self) -> None:
        writable = self._writable() and self.loaded
        self.add_person_button.setEnabled(writable)
        self.add_role_button.setEnabled(writable)
        has_cell = self.matrix_view.currentIndex().isValid()
        self.edit_button.setEnabled(writable and has_cell)
        self.clear_button.setEnabled(writable and has_cell)
        self.export_button.setEnabled(self.loaded and self.matrix_model.rowCount() > 0)

    # ------------------------------------------------------------------ people

    def add_person(self, name: str, email: str | None, role_ids: list[int]) -> int | None:
        """Add a person with their roles; returns the new id, or None after an error."""
        if self.catalogue is None:
            return None
        try:
            person_id = self.people_service.add_person(self.catalogue, name, email)
            for role_id in role_ids:
                self.people_service.assign_role(self.catalogue, person_id, role_id)
        except (ValueError, LookupError) as exc:
            self.status_label.setText(describe(exc))
            return None
        self.status_label.setText(self.tr("{name} added.").format(name=name))
        self._changed()
        return int(person_id)

    def add_person_dialog(self) -> None:
        if self.snapshot is None:
            return
        dialog = AddPersonDialog(self.snapshot.roles, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_person(*dialog.values())

    def add_role(self, name: str, description: str | None = None) -> int | None:
        """A role of the user's own (beside the six pre-filled ones)."""
        if self.catalogue is None or not name.strip():
            return None
        try:
            role_id = self.people_service.add_role(self.catalogue, name.strip(), description)
        except (ValueError, LookupError) as exc:
            self.status_label.setText(describe(exc))
            return None
        self.status_label.setText(self.tr("Role {name} added.").format(name=name.strip()))
        self._changed()
        return int(role_id)

    def add_role_dialog(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add Role"), self.tr("Role name:"))
        if not ok or not name.strip():
            return
        description, ok = QInputDialog.getText(
            self, self.tr("Add Role"), self.tr("What does this role do? (optional)")
        )
        self.add_role(name, description.strip() or None if ok else None)

    def set_person_active(self, person_id: int, active: bool) -> None:
        if not self._writable():
            return
        try:
            self.people_service.set_active(self.catalogue, person_id, active)
        except (ValueError, LookupError) as exc:
            self.status_label.setText(describe(exc))
        self._changed()

    def _changed(self) -> None:
        self.reload()
        self.catalogue_modified.emit()

    # ------------------------------------------------------------------ matrix

    def _subject(self, row: int) -> tuple[dict[str, int], str]:
        item = self.matrix_model.matrix_row(row)
        if item.entity == "need":
            return {"need_id": item.id}, item.name
        return {"source_id": item.id}, source_label(item.name)

    def set_cell(self, row: int, kind: str, holder: Holder) -> ResponsibilityCommand | None:
        """Push the command that makes `holder` R/A/C/I for the row's need or source."""
        if not self._writable():
            return None
        subject, name = self._subject(row)
        text = self.tr("Set {kind} for {name}").format(
            kind=self.matrix_model.kind_label(kind), name=name)
        return self._push(ResponsibilityCommand(
            self.responsibility_service, self.catalogue, kind, subject, holder, text,
            self._changed, self.status_label.setText))

    def clear_cell(self, row: int, kind: str) -> ResponsibilityCommand | None:
        """Push the command that removes every holder of one cell."""
        if not self._writable():
            return None
        subject, name = self._subject(row)
        text = self.tr("Clear {kind} for {name}").format(
            kind=self.matrix_model.kind_label(kind), name=name)
        return self._push(ResponsibilityCommand(
            self.responsibility_service, self.catalogue, kind, subject, None, text,
            self._changed, self.status_label.setText, clear=True))

    def _push(self, command: ResponsibilityCommand) -> ResponsibilityCommand:
        self.undo_stack.push(command)
        return command

    def edit_cell(self, row: int, kind: str) -> None:
        """Open the chooser for one cell and set what is chosen."""
        if not self._writable() or self.snapshot is None:
            return
        _subject, name = self._subject(row)
        chooser = HolderChooser(name, self.matrix_model.kind_label(kind),
                                self.snapshot.people, self.snapshot.roles, self)
        if chooser.exec() == QDialog.DialogCode.Accepted:
            holder = chooser.holder()
            if holder is not None:
                self.set_cell(row, kind, holder)

    def _current_cell(self) -> tuple[int, str] | None:
        index = self.matrix_view.currentIndex()
        if not index.isValid() or index.column() == NAME_COLUMN:
            return None
        return index.row(), KINDS[index.column() - 1]

    def _edit_current(self) -> None:
        cell = self._current_cell()
        if cell is None:
            self.status_label.setText(self.tr("Choose a Responsible, Accountable, Consulted "
                                              "or Informed cell first."))
            return
        self.edit_cell(*cell)

    def clear_current(self) -> None:
        cell = self._current_cell()
        if cell is not None:
            self.clear_cell(*cell)

    def export_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Matrix"), "responsibilities.xlsx",
            self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export_matrix(Path(path))

    def export_matrix(self, path: Path) -> None:
        """Write the matrix to an .xlsx in a task."""
        catalogue, service = self.catalogue, self.responsibility_service
        if catalogue is None:
            return
        self.tasks.run(
            lambda _ctx: service.export_matrix(catalogue, path),
            title=self.tr("Exporting the matrix…"), dialog_parent=self,
            on_result=lambda rows: self.status_label.setText(
                self.tr("%n row(s) written to {file}.", "", rows).format(file=path.name)),
            on_error=lambda error: QMessageBox.warning(
                self, self.tr("Export Failed"),
                self.tr("Could not export the matrix.") + "\n\n" + describe(error)),
        )

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.title())
        self.tabs.setTabText(self.tabs.indexOf(self.people_tab), self.tr("People"))
        self.tabs.setTabText(self.tabs.indexOf(self.matrix_tab), self.tr("Responsibilities"))
        self.tabs.setTabText(self.tabs.indexOf(self.maturity_tab), self.tr("Maturity"))
        if self.followup is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.followup), self.tr("Follow-up"))
        self.add_person_button.setText(self.tr("&Add Person…"))
        self.add_role_button.setText(self.tr("Add &Role…"))
        self.edit_button.setText(self.tr("&Choose Holder…"))
        self.clear_button.setText(self.tr("C&lear"))
        self.export_button.setText(self.tr("E&xport Matrix…"))
        for button, tip in (
            (self.add_person_button, self.tr("Add someone who follows up feedback, with roles")),
            (self.add_role_button, self.tr("Add a role of your own beside the pre-filled ones")),
            (self.edit_button, self.tr("Choose who holds the selected cell of the matrix")),
            (self.clear_button, self.tr("Remove every holder of the selected cell")),
            (self.export_button, self.tr("Save the matrix as an Excel workbook")),
        ):
            set_tip(button, tip, QKeySequence(Qt.Key.Key_Return)
                    if button is self.edit_button else None)
        self.met_heading.setText(self.tr("Reached:"))
        self.people_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self.matrix_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.snapshot is not None:
            self._show(self.snapshot)
