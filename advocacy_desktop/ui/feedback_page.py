"""The Feedback page: the support agent's daily screen.

A filter bar over a table of the whole catalogue (a block-cached `FeedbackTableModel`, never
all rows in memory) and a detail pane for the current item. Tagging is keyboard first: select
rows and press a need's key to toggle it on all of them. The context menu tags, untags, sets
the source and applies the auto-tag rules in bulk. Every change is a QUndoCommand on the
window's undo stack whose redo and undo call the tagging service (which writes the audit log).
Edits carry the versions of the rows the user saw: a change made elsewhere meanwhile refuses
the edit, which is said (`changed_elsewhere`) and the rows reloaded; `on_changed_elsewhere`
(the window's change watch) reloads them when another process commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeyEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui import followup_edit
from advocacy_desktop.ui.change_watch import ConflictAware
from advocacy_desktop.ui.default_names import source_label
from advocacy_desktop.ui.feedback_detail import FeedbackDetailPane
from advocacy_desktop.ui.feedback_empty_state import FeedbackEmptyState
from advocacy_desktop.ui.feedback_filter_bar import FeedbackFilterBar
from advocacy_desktop.ui.feedback_model import COLUMNS, FeedbackTableModel, status_label
from advocacy_desktop.ui.formatting import number
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.need_checklist import FeedbackDragView, NeedChecklist, connect_checklist
from advocacy_desktop.ui.pages import Page, page_spec, translate
from advocacy_desktop.ui.score_chip import ScoreChipDelegate
from advocacy_desktop.ui.table_columns import fit_headers
from advocacy_desktop.ui.tagging_commands import RulesAppliedCommand, SetSourceCommand, TagCommand
from advocacy_desktop.ui.tasks import TaskRunner
from advocacy_desktop.ui.workflow_commands import WorkflowCommand, assign_command, status_command

#: bulk actions read the ids of the selected rows: beyond this, narrow the filter first
MAX_SELECTION = 50_000
MESSAGE_MS = 5000
_WIDTHS = {"date": 82, "source": 90, "score": 48, "rating": 54, "needs": 120,
           "assignee": 88, "status": 74}
#: the text column takes what the others leave, but never less than this (then it scrolls)
MIN_TEXT_WIDTH = 220
_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


@dataclass(frozen=True)
class FeedbackServices:
    """The service modules the page uses (app.py passes the real ones, tests may fake)."""

    feedback_query: ModuleType
    tagging: ModuleType
    needs_service: ModuleType
    sources_service: ModuleType
    rules: ModuleType | None = None
    import_service: ModuleType | None = None
    workflow_service: ModuleType | None = None
    people_service: ModuleType | None = None


class FeedbackPage(ConflictAware, Page):
    """Receives the services, the window's task runner and undo stack, and optionally the
    QSettings where named views are saved and File ▸ Import File… for the empty state."""

    def __init__(
        self,
        services: Any,
        tasks: TaskRunner,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        import_action: QAction | None = None,
    ) -> None:
        super().__init__(page_spec("feedback"), parent)
        self.setObjectName("page-feedback")
        self.services = services
        self.tasks = tasks
        self.undo_stack = undo_stack
        self.loaded = False
        """True once the needs, sources and people of the open catalogue are listed."""
        self.needs: list[Any] = []
        self.sources: list[Any] = []
        self.people: list[tuple[int, str]] = []
        self._serial = 0
        self._fitting = False
        self._scroll = 0
        self._pending_selection: tuple[set[int], list[int], int | None] | None = None
        self._seen: dict[int, int] = {}

        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.step_label = QLabel()
        self.step_label.setStyleSheet("color: palette(mid);")
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addSpacing(12)
        header.addWidget(self.step_label, 1)

        query = services.feedback_query
        self.filter_bar = FeedbackFilterBar(query.FeedbackFilter, settings, self)
        self.model = FeedbackTableModel(query, self, runner=tasks)
        self.model.count_changed.connect(self._count_changed)
        self.filter_bar.filter_changed.connect(self._filter_changed)

        self.view = FeedbackDragView()  # selected rows drag onto the needs checklist
        self.view.setObjectName("feedbackView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        rows = self.view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        head = self.view.horizontalHeader()
        head.setHighlightSections(False)
        head.setStretchLastSection(False)
        for column, name in enumerate(COLUMNS):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(column, _WIDTHS.get(name, MIN_TEXT_WIDTH))
        self._header_widths = {COLUMNS.index(name): w for name, w in _WIDTHS.items()}
        fit_headers(self.view, self._header_widths)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.chip_delegate = ScoreChipDelegate(self.view)
        self.view.setItemDelegateForColumn(COLUMNS.index("score"), self.chip_delegate)
        head.sectionResized.connect(self._fit_text_column)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.empty_state = FeedbackEmptyState(self.view, self.model, query, lambda: self.catalogue,
                                              import_action)
        self.empty_state.clear_requested.connect(self.filter_bar.clear)
        self.empty_state.refresh_requested.connect(self.refresh)

        self.detail_pane = FeedbackDetailPane(self)
        self.checklist = NeedChecklist(services.tagging, self)
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.addWidget(self.detail_pane)
        self.side.addWidget(self.checklist)
        self.side.setSizes([380, 220])
        self.refresh_checklist = connect_checklist(self, self.checklist)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([860, 300])

        self.message_label = QLabel()
        self.message_label.setObjectName("feedbackMessage")
        self.hint_label = QLabel()
        self.hint_label.setStyleSheet("color: palette(mid);")
        footer = QHBoxLayout()
        footer.addWidget(self.message_label, 1)
        footer.addWidget(self.hint_label)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message_label.clear)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)
        self.retranslate_ui()

    # ------------------------------------------------------------------ catalogue

    def set_catalogue(self, catalogue: Any) -> None:
        super().set_catalogue(catalogue)
        self.loaded = False
        self.needs, self.sources = [], []
        self._pending_selection = None
        self.detail_pane.show_detail(None)
        self.model.set_catalogue(catalogue)
        self.reload_choices()

    def reload_choices(self) -> None:
        """List the needs (their shortcuts), sources and people in a task; the needs may
        have changed on the Needs page."""
        self._serial += 1
        serial, catalogue = self._serial, self.catalogue
        if catalogue is None:
            self._choices_loaded(serial, ([], [], [], []))
            return
        services = self.services

        def load(_ctx: Any) -> tuple[list[Any], ...]:
            people = getattr(services.sources_service, "list_people", lambda _c: [])
            imports = getattr(services, "import_service", None)
            return (
                services.needs_service.list_needs(catalogue),
                services.sources_service.list_sources(catalogue),
                list(people(catalogue)),
                [] if imports is None else imports.list_batches(catalogue),
            )

        self.tasks.run(
            load,
            title=self.tr("Listing needs and sources"),
            show_dialog=False,
            on_result=lambda found: self._choices_loaded(serial, found),
        )

    def _choices_loaded(self, serial: int, found: tuple[list[Any], ...]) -> None:
        if serial != self._serial:
            return
        self.needs, self.sources, people, batches = found
        self.people = list(people)
        self.filter_bar.set_needs(self.needs)
        self.filter_bar.set_sources(self.sources)
        self.filter_bar.set_people(people)
        self.filter_bar.set_batches([
            (b.id, f"#{b.id} · {b.file_name}" + (f" [{b.sheet}]" if b.sheet else ""))
            for b in batches if b.remaining > 0
        ])
        self.checklist.set_needs(self.needs)
        self.refresh_checklist()
        self._update_hint()
        self.loaded = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.catalogue is not None:
            self.reload_choices()
            self.refresh()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.title())
        self.step_label.setText(translate(self.spec.step))
        self.filter_bar.retranslate_ui()
        self.detail_pane.retranslate_ui()
        self.checklist.retranslate_ui()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if hasattr(self, "_header_widths"):
            fit_headers(self.view, self._header_widths)
        self._update_hint()

    def _update_hint(self) -> None:
        keys = [f"{n.shortcut.upper()} {n.name}" for n in self.needs if n.shortcut]
        if keys:
            self.hint_label.setText(self.tr("Keys: {keys}").format(keys=" · ".join(keys)))
        else:
            self.hint_label.setText(self.tr("Give needs a key on the Needs page to tag fast."))

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self._message_timer.start(MESSAGE_MS)

    def _fit_text_column(self, *_args: Any) -> None:
        """The text column takes the width the others leave (at least MIN_TEXT_WIDTH)."""
        text = COLUMNS.index("text")
        head = self.view.horizontalHeader()
        others = sum(head.sectionSize(c) for c in range(len(COLUMNS)) if c != text)
        width = max(MIN_TEXT_WIDTH, self.view.viewport().width() - others)
        if head.sectionSize(text) != width and not self._fitting:
            self._fitting = True  # resizing the section signals sectionResized again
            try:
                head.resizeSection(text, width)
            finally:
                self._fitting = False

    # ------------------------------------------------------------------ filter and rows

    def set_filter(self, flt: Any) -> None:
        """Show the items matching `flt` (the filter bar shows it too)."""
        self.filter_bar.set_filter(flt)

    def _filter_changed(self, flt: Any) -> None:
        self._pending_selection = None
        self.model.set_filter(flt)
        self._show_current()

    def _count_changed(self, count: int) -> None:
        self.filter_bar.set_count(count)
        if count >= 0 and self._pending_selection is not None:
            ids, rows, current = self._pending_selection
            self._pending_selection = None
            self._select_ids(ids, rows, current)

    def refresh(self) -> None:
        """Read the rows again, keeping the selected items selected."""
        ids, rows = self._selected()
        current = self._current_id()
        self._scroll = self.view.verticalScrollBar().value()
        self.model.refresh()
        if ids and not self._select_ids(ids, rows, current) and not self.model.count_known:
            self._pending_selection = (ids, rows, current)
        self._show_current()

    def _selected(self) -> tuple[set[int], list[int]]:
        rows: list[int] = []
        for selected in self.view.selectionModel().selection():
            rows.extend(range(selected.top(), selected.bottom() + 1))
            if len(rows) > MAX_SELECTION:
                break
        rows = sorted(set(rows))
        views = [v for v in (self.model.row_view(r) for r in rows) if v is not None]
        self._seen = {v.id: getattr(v, "version", 0) for v in views}
        return set(self._seen), rows

    def selected_ids(self) -> list[int]:
        return sorted(self._selected()[0])

    def _current_id(self) -> int | None:
        current = self.view.selectionModel().currentIndex()
        return self.model.feedback_id(current.row()) if current.isValid() else None

    def _select_ids(self, ids: set[int], rows: list[int], current: int | None) -> bool:
        """Select the rows holding `ids`, looking around where they were; True if all found."""
        total = self.model.rowCount()
        if not rows or not total:
            return False
        last = len(COLUMNS) - 1
        selection = QItemSelection()
        found: set[int] = set()
        current_row = -1
        for row in range(max(0, rows[0] - 50), min(total, rows[-1] + 51)):
            ident = self.model.feedback_id(row)
            if ident in ids:
                found.add(ident)
                selection.select(self.model.index(row, 0), self.model.index(row, last))
                if ident == current:
                    current_row = row
        model = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        model.select(selection, flags.ClearAndSelect)
        if current_row >= 0:
            model.setCurrentIndex(self.model.index(current_row, 0), flags.NoUpdate)
        self.view.verticalScrollBar().setValue(self._scroll)  # the reset scrolled to the top
        return found == ids

    def _show_current(self) -> None:
        ident = self._current_id()
        if ident is None or self.catalogue is None:
            self.detail_pane.show_detail(None)
            return
        detail = self.services.feedback_query.detail(self.catalogue, ident)
        workflow = getattr(self.services, "workflow_service", None)
        routing = None
        if workflow is not None and detail is not None and detail.assignee:
            # the reason as data when the service gives it: the pane words it (translated)
            explain = getattr(workflow, "routing_reason", workflow.routing_explanation)
            routing = explain(self.catalogue, ident)
        self.detail_pane.show_detail(detail, routing)

    # ------------------------------------------------------------------ changes

    def _writable(self) -> bool:
        catalogue = self.catalogue
        if catalogue is None:
            return False
        if getattr(catalogue, "read_only", False):
            self.show_message(self.tr("The catalogue is open read-only."))
            return False
        return True

    def _targets(self) -> list[int]:
        ids, rows = self._selected()
        if len(rows) > MAX_SELECTION:
            self.show_message(
                self.tr("Select at most {n} items at once: narrow the filter first.").format(
                    n=number(MAX_SELECTION)
                )
            )
            return []
        if not ids:
            self.show_message(self.tr("Select one or more items first."))
        return sorted(ids)

    def _changed(self) -> None:
        """After any change and its undo or redo: rows, detail and the window's counts."""
        self.refresh()
        self.catalogue_modified.emit()

    def on_changed_elsewhere(self) -> None:
        """Another process committed (the change watch): show its changes, keeping the
        selection. A hidden page refreshes when it is shown."""
        if self.catalogue is not None and self.isVisible():
            self.refresh()
            self.show_message(self.tr("Updated with changes made elsewhere."))

    def tag_selected(self, need_id: int, action: str | None = None) -> TagCommand | None:
        """Toggle (action None), tag or untag the need on the selected items; undoable."""
        if not any(n.id == need_id for n in self.needs) or not self._writable():
            return None
        return self.tag_ids(self._targets(), need_id, action)

    def tag_ids(
        self, ids: Sequence[int], need_id: int, action: str | None = None
    ) -> TagCommand | None:
        """Toggle, tag or untag the need on these items (dropped rows, say); undoable."""
        need = next((n for n in self.needs if n.id == need_id), None)
        if need is None or not ids or not self._writable():
            return None
        return self._push(lambda: TagCommand(
            self.services.tagging, self.catalogue, ids, need.id, need.name,
            action=action, on_change=self._changed,
            workflow=getattr(self.services, "workflow_service", None),
            versions=self.seen_versions(ids), on_conflict=self._undo_refused,
        ))

    def set_source_of_selected(self, source_id: int | None, name: str) -> None:
        if not self._writable():
            return
        ids = self._targets()
        if ids:
            self._push(lambda: SetSourceCommand(
                self.services.tagging, self.catalogue, ids, source_id, name,
                on_change=self._changed, versions=self.seen_versions(ids),
                on_conflict=self._undo_refused,
            ))

    def apply_rules_to_selected(self) -> RulesAppliedCommand | None:
        rules = self.services.rules
        if rules is None or not self._writable():
            return None
        ids = self._targets()
        if not ids:
            return None
        changes = [c for c in rules.apply_rules(self.catalogue, ids=ids) if c.ids]
        if not changes:
            self.show_message(self.tr("No rule matched the selected items."))
            return None
        command = RulesAppliedCommand(
            self.services.tagging, self.catalogue, changes, on_change=self._changed,
            on_conflict=self._undo_refused,
        )
        self.undo_stack.push(command)
        self.show_message(command.text())
        return command

    def assign_selected(self, person_id: int | None, name: str) -> WorkflowCommand | None:
        """Give the selected items to the person (None: nobody), replacing any owner."""
        workflow = getattr(self.services, "workflow_service", None)
        ids = self._targets() if workflow is not None and self._writable() else []
        if not ids:
            return None
        return self._push(lambda: assign_command(
            workflow, self.catalogue, ids, person_id, name, on_change=self._changed,
            versions=self.seen_versions(ids), on_conflict=self._undo_refused))

    def set_status_of_selected(self, status: str) -> WorkflowCommand | None:
        """Move the selected items to `status`; an illegal move is explained, not made."""
        workflow = getattr(self.services, "workflow_service", None)
        ids = self._targets() if workflow is not None and self._writable() else []
        if not ids:
            return None
        try:
            return self._push(lambda: status_command(
                workflow, self.catalogue, ids, status, status_label(status),
                on_change=self._changed, versions=self.seen_versions(ids),
                on_conflict=self._undo_refused))
        except workflow.IllegalTransition as exc:
            QMessageBox.warning(self, self.tr("Status not changed"), describe(exc))
            return None

    def _add_workflow_menus(self, menu: QMenu) -> None:
        workflow = getattr(self.services, "workflow_service", None)
        if workflow is None or getattr(self.services, "people_service", None) is None:
            return
        assign_menu = menu.addMenu(self.tr("Assign to"))
        for ident, name in self.people:
            assign_menu.addAction(name, lambda i=ident, n=name: self.assign_selected(i, n))
        assign_menu.addSeparator()
        assign_menu.addAction(self.tr("Nobody"), lambda: self.assign_selected(None, ""))
        menu.addAction(self.tr("Due Date and Notes…"), lambda: followup_edit.edit_selected(self))
        status_menu = menu.addMenu(self.tr("Status"))
        for status in workflow.workflow.STATUSES:
            status_menu.addAction(status_label(status),
                                  lambda s=status: self.set_status_of_selected(s))

    # ------------------------------------------------------------------ keys and menu

    def need_for_key(self, text: str) -> Any:
        key = text.lower()
        return next((n for n in self.needs if n.shortcut and n.shortcut == key), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A need's key on the table toggles the need on the selection (instead of the
        view's type-ahead search)."""
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit_text_column)
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = not (event.modifiers() & ~_TYPING_MODIFIERS)
            need = self.need_for_key(event.text()) if plain and event.text() else None
            if need is not None:
                self.tag_selected(need.id)
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, position: QPoint) -> None:
        menu = self.build_context_menu()
        if menu is not None:
            menu.exec(self.view.viewport().mapToGlobal(position))

    def build_context_menu(self) -> QMenu | None:
        ids = self.selected_ids()
        if not ids or self.catalogue is None:
            return None
        menu = QMenu(self)
        tag_menu = menu.addMenu(self.tr("Tag with"))
        for need in self.needs:
            text = "   " * need.depth + need.name
            if need.shortcut:
                text += f"\t{need.shortcut.upper()}"
            tag_menu.addAction(text, lambda n=need.id: self.tag_selected(n, "tag"))
        tag_menu.setEnabled(bool(self.needs))
        have = set().union(*self.services.tagging.needs_of(self.catalogue, ids).values())
        untag_menu = menu.addMenu(self.tr("Untag"))
        for need in self.needs:
            if need.id in have:
                untag_menu.addAction(need.path, lambda n=need.id: self.tag_selected(n, "untag"))
        untag_menu.setEnabled(bool(have))
        source_menu = menu.addMenu(self.tr("Set source"))
        for source in self.sources:
            shown = source_label(source.name)
            source_menu.addAction(
                shown, lambda s=source, n=shown: self.set_source_of_selected(s.id, n)
            )
        source_menu.addSeparator()
        source_menu.addAction(
            self.tr("No source"), lambda: self.set_source_of_selected(None, self.tr("no source"))
        )
        self._add_workflow_menus(menu)
        menu.addSeparator()
        rules = menu.addAction(self.tr("Apply auto-tag rules to selection"))
        rules.triggered.connect(lambda: self.apply_rules_to_selected())
        rules.setEnabled(self.services.rules is not None)
        readonly = bool(getattr(self.catalogue, "read_only", False))
        for action in menu.actions():
            action.setEnabled(action.isEnabled() and not readonly)
        return menu

    def current_index(self) -> QModelIndex:
        return self.view.selectionModel().currentIndex()
