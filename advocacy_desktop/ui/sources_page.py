"""The Sources page: steps 1 and 2 of the method. Every source of feedback with its kind, owner
and a switch to collect from it or not, and per source its items, its share of all items and
its NPS with the margin of error. Switching a source on or off, and editing it, can be undone."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QFont,
    QPalette,
    QShowEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.default_names import source_label
from advocacy_desktop.ui.empty_state import EmptyState
from advocacy_desktop.ui.import_common import NO_PARENT, Index, format_number
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.pages import Page, page_spec
from advocacy_desktop.ui.source_dialogs import DeleteSourceDialog, SourceDialog, kind_label
from advocacy_desktop.ui.tasks import TaskRunner
from advocacy_desktop.ui.theme import readable
from advocacy_desktop.ui.tooltips import set_tip

SMALL_SAMPLE = 30
NAME, KIND, COLLECT, ITEMS, SHARE, NPS, OWNER, URL = range(8)
NUMBER_COLUMNS = (ITEMS, SHARE, NPS)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def format_nps(nps: Any) -> str:
    """'+35.9 ± 24.2 (n = 39)'; '—' without answers; a '*' marks a small sample."""
    if nps.n == 0:
        return "—"
    locale = QLocale()
    value = locale.toString(float(nps.nps), "f", 1)
    sign = "+" if nps.nps > 0 else ""
    text = f"{sign}{value} ± {locale.toString(float(nps.moe95), 'f', 1)}"
    text += f" (n = {format_number(nps.n)})"
    return text + (" *" if nps.n < SMALL_SAMPLE else "")


class SourcesModel(QAbstractTableModel):
    """One row per source (a catalogue holds tens, not millions, so they are all here).
    Ticking the Collect box does not write: it asks through `collect_requested`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources: list[Any] = []
        self.editable = True
        self.collect_requested: Callable[[Any, bool], None] | None = None

    def set_sources(self, sources: list[Any]) -> None:
        self.beginResetModel()
        self._sources = list(sources)
        self.endResetModel()

    def source(self, row: int) -> Any:
        return self._sources[row]

    def sources(self) -> list[Any]:
        return list(self._sources)

    def row_of(self, source_id: int) -> int:
        return next((r for r, s in enumerate(self._sources) if s.id == source_id), -1)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Name"), self.tr("Kind"), self.tr("Collect"), self.tr("Items"),
                self.tr("Share"), self.tr("NPS"), self.tr("Owner"), self.tr("Web address"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == COLLECT:
                return self.tr("Collect feedback from this source. Switched off, a source "
                               "keeps the items it brought.")
            if section == NPS:
                return self.tr("Net Promoter Score of the 0–10 answers, with its 95% margin "
                               "of error and the number of answers. * marks fewer than 30.")
            if section == SHARE:
                return self.tr("This source's part of all the items in the catalogue.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == COLLECT and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source = self._sources[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(source, column)
        if role == SORT_ROLE:
            return self._sort_key(source, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == COLLECT:
            return Qt.CheckState.Checked if source.collect else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        small = column == NPS and 0 < source.nps.n < SMALL_SAMPLE
        if role == Qt.ItemDataRole.ForegroundRole:
            if not source.collect:
                return QBrush(QPalette().color(QPalette.ColorGroup.Disabled,
                                               QPalette.ColorRole.Text))
            if small:
                return readable("#8a5a00")
        if role == Qt.ItemDataRole.FontRole and small:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(source, column, small)
        return None

    def _display(self, source: Any, column: int) -> str:
        if column == NAME:
            return source_label(source.name)
        if column == KIND:
            return kind_label(source.kind)
        if column == ITEMS:
            return format_number(source.items)
        if column == SHARE:
            return QLocale().toString(source.share * 100, "f", 1) + " %"
        if column == NPS:
            return format_nps(source.nps)
        if column == OWNER:
            return source.owner_name or ""
        if column == URL:
            return source.url or ""
        return ""

    @staticmethod
    def _sort_key(source: Any, column: int) -> Any:
        if column == COLLECT:
            return int(source.collect)
        if column in (ITEMS, SHARE):
            return source.items
        if column == NPS:
            return -1000.0 if source.nps.nps is None else source.nps.nps
        if column == KIND:
            return kind_label(source.kind).casefold()
        text = {NAME: source_label(source.name), OWNER: source.owner_name,
                URL: source.url}.get(column)
        return (text or "").casefold()

    def _tooltip(self, source: Any, column: int, small: bool) -> str | None:
        if small:
            return self.tr("Only %n answer(s): fewer than 30, so the margin of error is wide.",
                           "", source.nps.n)
        if column == NPS and source.nps.n:
            nps = source.nps
            return self.tr("{promoters} promoters, {passives} passives, {detractors} "
                           "detractors").format(promoters=format_number(nps.promoters),
                                                passives=format_number(nps.passives),
                                                detractors=format_number(nps.detractors))
        if not source.collect:
            return self.tr("Not collected: switched off, its items stay in the catalogue.")
        if column in (NAME, URL) and (source.notes or source.url):
            return "\n".join(t for t in (source.url, source.notes) if t)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and index.column() == COLLECT and self.editable
                and role == Qt.ItemDataRole.CheckStateRole):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        source = self._sources[index.row()]
        if checked != source.collect and self.collect_requested is not None:
            self.collect_requested(source, checked)
        return True

    def refresh_texts(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        if self._sources:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._sources) - 1, 7))


class UpdateSourceCommand(QUndoCommand):
    """Sets some fields of one source; undo puts back the values they had. Qt calls redo()
    when the command is pushed, so that is where the change is first made."""

    def __init__(self, service: ModuleType, catalogue: Any, source_id: int,
                 before: dict[str, Any], after: dict[str, Any], text: str,
                 on_applied: Callable[[], None], on_error: Callable[[str], None]) -> None:
        super().__init__(text)
        self.service, self.catalogue, self.source_id = service, catalogue, source_id
        self.before, self.after = before, after
        self._on_applied, self._on_error = on_applied, on_error
        self.failed = False

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, values: dict[str, Any]) -> None:
        try:
            self.service.update_source(self.catalogue, self.source_id, **values)
        except (ValueError, LookupError) as exc:
            self.failed = True
            self.setObsolete(True)
            self._on_error(describe(exc))
        self._on_applied()


class SourcesPage(Page):
    """Receives the sources service module, the window's task runner and its undo stack."""

    def __init__(self, service: ModuleType, tasks: TaskRunner, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(page_spec("sources"), parent)
        self.setObjectName("page-sources")
        self.service, self.tasks, self.undo_stack = service, tasks, undo_stack
        self.people: list[tuple[int, str]] = []
        self.unsourced = 0
        self.loaded = False
        self._serial = 0
        self._select_after_load: int | None = None

        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.step_label = QLabel()
        self.step_label.setStyleSheet("color: palette(mid);")
        self.add_button, self.edit_button, self.delete_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.add_button.clicked.connect(lambda: self.add_interactive())
        self.edit_button.clicked.connect(lambda: self.edit_interactive())
        self.delete_button.clicked.connect(lambda: self.delete_interactive())
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.step_label)
        header.addLayout(titles)
        header.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            header.addWidget(button)

        self.model = SourcesModel(self)
        self.model.collect_requested = self.set_collect
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setObjectName("sourcesView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(self._on_double_click)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.sources_empty = EmptyState(self.view, lambda: (self.tr("No sources yet"), self.tr(
            "Add the places feedback comes from with Add Source…: review sites, social media, "
            "the support desk, surveys.")),
            when=lambda: self.loaded and self.proxy.rowCount() == 0)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(mid); padding: 40px;")
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.status_label)
        self.retranslate_ui()
        self._show_table(False)

    # ------------------------------------------------------------------ loading

    def set_catalogue(self, catalogue: Any) -> None:
        super().set_catalogue(catalogue)
        self.status_label.clear()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Other pages import and re-source items: recount each time the page is shown."""
        super().showEvent(event)
        if self.loaded and self.catalogue is not None:
            self.reload()

    def reload(self, select_source: int | None = None) -> None:
        """Re-read the sources, their counts and the people in a task."""
        if select_source is not None:
            self._select_after_load = select_source
        self._serial += 1
        serial, catalogue, service = self._serial, self.catalogue, self.service
        if catalogue is None:
            self.loaded = False
            self.model.set_sources([])
            self._show_table(False)
            return

        def load(_ctx: Any) -> tuple[list[Any], list[tuple[int, str]], int]:
            return (service.list_sources(catalogue), service.list_people(catalogue),
                    service.items_without_source(catalogue))

        self.tasks.run(load, title=self.tr("Listing sources…"), show_dialog=False,
                       on_result=lambda result: self._on_loaded(serial, *result),
                       on_error=lambda error: self._on_failed(serial, error))

    def _on_loaded(self, serial: int, sources: list[Any], people: list[tuple[int, str]],
                   unsourced: int) -> None:
        if serial != self._serial:
            return
        keep = self._select_after_load
        if keep is None:
            current = self.selected_source()
            keep = current.id if current is not None else None
        self._select_after_load = None
        self.people, self.unsourced = people, unsourced
        first_load = not self.loaded
        self.model.editable = not self.catalogue.read_only
        self.model.set_sources(sources)
        self.loaded = True
        self._show_table(True)
        if first_load:
            self.view.resizeColumnsToContents()
            for column, limit in ((NAME, 220), (URL, 260), (OWNER, 180)):
                if self.view.columnWidth(column) > limit:
                    self.view.setColumnWidth(column, limit)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_source(keep)
        elif first_load and sources:
            self.view.selectRow(0)
        self._refresh_summary()
        self._update_buttons()

    def _on_failed(self, serial: int, error: BaseException) -> None:
        if serial == self._serial:
            self.status_label.setText(self.tr("Could not list the sources: {error}")
                                      .format(error=describe(error)))

    def _show_table(self, shown: bool) -> None:
        self.view.setVisible(shown)
        self.empty_label.setVisible(not shown)
        self._update_buttons()

    def _refresh_summary(self) -> None:
        if not self.loaded:
            return
        sources = self.model.sources()
        collected = sum(1 for s in sources if s.collect)
        text = self.tr("%n source(s), ", "", len(sources))
        text += self.tr("%n collected", "", collected)
        if self.unsourced:
            text += " · " + self.tr("%Ln item(s) without a source", "", self.unsourced)
        if any(0 < s.nps.n < SMALL_SAMPLE for s in sources):
            text += " · " + self.tr("* fewer than 30 answers: a wide margin of error")
        self.status_label.setText(text)

    def selected_source(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.proxy.mapToSource(rows[0]).row()
        return self.model.source(row) if 0 <= row < self.model.rowCount() else None

    def select_source(self, source_id: int) -> None:
        row = self.model.row_of(source_id)
        if row >= 0:
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _writable(self) -> bool:
        return self.catalogue is not None and not self.catalogue.read_only and self.loaded

    def _update_buttons(self) -> None:
        writable = self._writable()
        selected = self.selected_source() is not None
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and selected)
        self.delete_button.setEnabled(writable and selected)

    # ------------------------------------------------------------------ changes

    def set_collect(self, source: Any, collect: bool) -> bool:
        """Switch collecting from `source` on or off, through the undo stack."""
        text = (self.tr("Collect from {name}") if collect
                else self.tr("Stop collecting from {name}")).format(name=source_label(source.name))
        return self.update_source(source, {"collect": collect}, text)

    def update_source(self, source: Any, after: dict[str, Any], text: str = "") -> bool:
        """Change fields of `source` through an undoable command; False if refused."""
        catalogue = self.catalogue
        if catalogue is None:
            return False
        before = {field: getattr(source, field) for field in after}
        if before == after:
            return True
        command = UpdateSourceCommand(
            self.service, catalogue, source.id, before, after,
            text or self.tr("Edit source {name}").format(name=source_label(source.name)),
            lambda: self._after_change(source.id), self._warn)
        self.undo_stack.push(command)  # runs redo(), which writes
        return not command.failed

    def add_source(self, values: dict[str, Any]) -> int | None:
        """Add a source (not undoable: delete it instead); returns its id, None if refused."""
        if self.catalogue is None:
            return None
        try:
            source_id = int(self.service.add_source(self.catalogue, **values))
        except ValueError as exc:
            self._warn(describe(exc))
            return None
        self._after_change(source_id)
        return source_id

    def delete_source(self, source: Any, move_items_to: int | None) -> bool:
        if self.catalogue is None:
            return False
        try:
            self.service.delete_source(self.catalogue, source.id, move_items_to=move_items_to)
        except (ValueError, LookupError) as exc:
            self._warn(describe(exc))
            return False
        self._after_change(move_items_to)
        return True

    def _after_change(self, select: int | None = None) -> None:
        self.reload(select_source=select)
        self.catalogue_modified.emit()

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Sources"), message)

    # ------------------------------------------------------------------ dialogs

    def _name_problem(self, name: str, except_id: int | None) -> str | None:
        key = self.service.name_key(name)
        for other in self.model.sources():
            # a pre-filled source is also taken under the name it is shown by ("전화")
            shown = source_label(other.name)
            if other.id != except_id and key in (self.service.name_key(other.name),
                                                 self.service.name_key(shown)):
                return self.tr("A source named “{name}” exists already.").format(name=shown)
        return None

    def add_interactive(self) -> int | None:
        if not self._writable():
            return None
        dialog = SourceDialog(self.tr("Add Source"), self.service.SOURCE_KINDS, self.people,
                              check=lambda v: self._name_problem(v["name"], None), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.add_source(dialog.values())

    def edit_interactive(self, source: Any = None) -> bool:
        source = source or self.selected_source()
        if source is None or not self._writable():
            return False
        dialog = SourceDialog(self.tr("Edit Source"), self.service.SOURCE_KINDS, self.people,
                              source, check=lambda v: self._name_problem(v["name"], source.id),
                              parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        values = dialog.values()
        after = {k: v for k, v in values.items() if getattr(source, k) != v}
        return self.update_source(source, after) if after else False

    def delete_interactive(self, source: Any = None) -> bool:
        source = source or self.selected_source()
        if source is None or not self._writable():
            return False
        others = [s for s in self.model.sources() if s.id != source.id]
        dialog = DeleteSourceDialog(source, others, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.delete_source(source, dialog.move_items_to())

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.column() != COLLECT:
            self.edit_interactive(self.model.source(self.proxy.mapToSource(index).row()))

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.title())
        self.step_label.setText(QCoreApplication.translate("Pages", self.spec.step))
        self.add_button.setText(self.tr("&Add Source…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete…"))
        set_tip(self.add_button, self.tr("Add a place feedback comes from"))
        set_tip(self.edit_button, self.tr("Change the selected source's name, kind, web "
                                          "address, notes or owner"))
        set_tip(self.delete_button, self.tr("Delete the selected source; its items stay in the "
                                            "catalogue"))
        self.empty_label.setText(self.tr("No catalogue is open."))
        self.model.refresh_texts()
        self._refresh_summary()
