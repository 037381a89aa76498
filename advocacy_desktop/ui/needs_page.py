"""The Needs page: the taxonomy of customer needs as a tree, edited in place.

Add, rename (F2 or double-click), colour, shortcut, merge, delete, drag a need onto another to
move it there, and export or import the taxonomy as a file. Every change is made by the needs
service at once and pushed on the window's undo stack as a `NeedCommand`, whose undo and redo
call the service with the change it returned. The tree is small (a taxonomy has tens or
hundreds of needs), so it is a QStandardItemModel rebuilt from `list_needs` in a task.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.need_dialogs import DeleteNeedDialog, MergeNeedDialog, ShortcutDialog
from advocacy_desktop.ui.needs_tree import ITEMS, NAME, SHORTCUT, NeedCommand, NeedsModel
from advocacy_desktop.ui.pages import Page, page_spec
from advocacy_desktop.ui.tasks import TaskRunner
from advocacy_desktop.ui.tooltips import set_tip


class NeedsPage(Page):
    """Receives the needs service module, the window's task runner and its undo stack."""

    def __init__(
        self,
        service: ModuleType,
        tasks: TaskRunner,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        rules_service: ModuleType | None = None,
        tagging_service: ModuleType | None = None,
    ) -> None:
        super().__init__(page_spec("needs"), parent)
        self.setObjectName("page-needs")
        self.service = service
        self.tasks = tasks
        self.undo_stack = undo_stack
        self.rules_service = rules_service
        self.tagging_service = tagging_service
        self.rules_dialog: Any = None
        self.loaded = False
        self._serial = 0
        self._select_after_load: int | None = None
        self._collapsed: set[int] = set()

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

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self._action(self.add_top, QKeySequence(Qt.Key.Key_Insert))
        self.add_child_action = self._action(
            self.add_child, QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_Insert)
        )
        self.rename_action = self._action(self.rename_selected, QKeySequence(Qt.Key.Key_F2))
        self.colour_action = self._action(self.choose_colour)
        self.shortcut_action = self._action(self.choose_shortcut)
        self.merge_action = self._action(self.merge_selected)
        self.delete_action = self._action(self.delete_selected, QKeySequence.StandardKey.Delete)
        self.export_action = self._action(self.export_taxonomy)
        self.import_action = self._action(self.import_taxonomy)
        self.rules_action = self._action(self.edit_rules)
        self.edit_actions = (
            self.add_action, self.add_child_action, self.rename_action, self.colour_action,
            self.shortcut_action, self.merge_action, self.delete_action,
        )
        for action in self.edit_actions:
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.import_action)
        if rules_service is not None:
            self.toolbar.addSeparator()
            self.toolbar.addAction(self.rules_action)

        self.model = NeedsModel(self)
        self.model.rename_requested.connect(self.rename_need)
        self.model.description_requested.connect(
            lambda need_id, text: self.update_need(need_id, description=text)
        )
        self.model.move_requested.connect(self.move_need)
        self.view = QTreeView()
        self.view.setObjectName("needsView")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDropIndicatorShown(True)
        head = self.view.header()
        head.setStretchLastSection(True)
        head.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(NAME, 260)
        self.view.setColumnWidth(ITEMS, 80)
        self.view.setColumnWidth(SHORTCUT, 56)
        self.view.collapsed.connect(lambda i: self._collapsed.add(self.model.need_id(i) or 0))
        self.view.expanded.connect(lambda i: self._collapsed.discard(self.model.need_id(i) or 0))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(
            "background: palette(alternate-base); border: 1px solid palette(midlight);"
            "border-radius: 6px; padding: 10px 14px;"
        )
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        self.retranslate_ui()
        self._update_actions()

    def _action(self, slot: Callable[[], Any], key: Any = None) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        if key is not None:
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    # ------------------------------------------------------------------ loading

    def set_catalogue(self, catalogue: Any) -> None:
        super().set_catalogue(catalogue)
        self._collapsed.clear()
        self.status_label.clear()
        self.reload()

    def reload(self, select_need: int | None = None) -> None:
        """List the needs in a task and rebuild the tree (keeping selection and folding)."""
        self._serial += 1
        serial, catalogue = self._serial, self.catalogue
        if select_need is not None:
            self._select_after_load = select_need
        elif self.selected_need() is not None:
            self._select_after_load = self.selected_need().id  # type: ignore[union-attr]
        if catalogue is None:
            self._show([])
            return
        self.loaded = False
        service = self.service
        handle = self.tasks.run(
            lambda _ctx: service.list_needs(catalogue),
            title=self.tr("Listing needs…"),
            show_dialog=False,
        )
        handle.succeeded.connect(lambda needs: self._on_loaded(serial, needs))
        handle.failed.connect(lambda exc: self._on_load_failed(serial, exc))

    def _on_loaded(self, serial: int, needs: list[Any]) -> None:
        if serial == self._serial:
            self._show(needs)

    def _on_load_failed(self, serial: int, error: BaseException) -> None:
        if serial == self._serial:
            self._show([])
            self.status_label.setText(self.tr("Could not list the needs: {error}").format(
                error=describe(error)))

    def _show(self, needs: list[Any]) -> None:
        collapsed = set(self._collapsed)
        self.model.set_needs(needs)
        self.view.expandAll()
        for need_id in collapsed:
            self.view.collapse(self.model.index_of(need_id))
        select, self._select_after_load = self._select_after_load, None
        if select is not None:
            self.select_need(select)
        self.empty_label.setVisible(not needs)
        self._refresh_empty_text()
        self._update_actions()
        self.loaded = True

    # ------------------------------------------------------------------ selection

    def needs(self) -> list[Any]:
        return list(self.model.needs)

    def need(self, need_id: int) -> Any:
        return next((n for n in self.model.needs if n.id == need_id), None)

    def selected_need(self) -> Any:
        indexes = self.view.selectionModel().selectedRows(NAME)
        return self.need(self.model.need_id(indexes[0])) if indexes else None

    def select_need(self, need_id: int) -> None:
        index = self.model.index_of(need_id)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _below(self, need_id: int) -> set[int]:
        found, todo = set(), [need_id]
        while todo:
            parent = todo.pop()
            for need in self.model.needs:
                if need.parent_id == parent:
                    found.add(need.id)
                    todo.append(need.id)
        return found

    def _writable(self) -> bool:
        return self.catalogue is not None and not self.catalogue.read_only

    def _update_actions(self) -> None:
        writable, selected = self._writable(), self.selected_need() is not None
        self.add_action.setEnabled(writable)
        for action in self.edit_actions[1:]:
            action.setEnabled(writable and selected)
        self.merge_action.setEnabled(writable and selected and len(self.model.needs) > 1)
        self.import_action.setEnabled(writable)
        self.export_action.setEnabled(self.catalogue is not None and bool(self.model.needs))
        self.rules_action.setEnabled(self.rules_service is not None and selected)

    # ------------------------------------------------------------------ changes

    def _change(self, text: str, make: Callable[[Any], Any], select: int | None = None) -> Any:
        """Make a change through the service and push it for undo; None if refused."""
        catalogue = self.catalogue
        if catalogue is None:
            return None
        try:
            change = make(catalogue)
        except self.service.NeedsError as exc:
            self._warn(describe(exc))
            return None
        if change.is_empty:
            return change
        self.undo_stack.push(NeedCommand(
            self.service, catalogue, change, text, self._after_change, self._warn
        ))
        self._after_change(select if select is not None else change.need_id)
        return change

    def _after_change(self, select: int | None = None) -> None:
        self.reload(select_need=select)
        self.catalogue_modified.emit()

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Needs"), message)

    def _ask_name(self, title: str, label: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, label, text=text)
        return name if ok and name.strip() else None

    def add_top(self, name: str | None = None) -> Any:
        return self.add_need(name, None)

    def add_child(self, name: str | None = None) -> Any:
        parent = self.selected_need()
        return None if parent is None else self.add_need(name, parent.id)

    def add_need(self, name: str | None, parent_id: int | None) -> Any:
        if name is None:
            parent = self.need(parent_id) if parent_id is not None else None
            label = (self.tr("Name of the need under “{parent}”:").format(parent=parent.path)
                     if parent else self.tr("Name of the need:"))
            name = self._ask_name(self.tr("Add Need"), label)
            if name is None:
                return None
        return self._change(
            self.tr("Add need “{name}”").format(name=name.strip()),
            lambda c: self.service.add_need(c, name, parent_id=parent_id),
        )

    def rename_selected(self) -> None:
        """F2: edit the name in place."""
        need = self.selected_need()
        if need is not None:
            self.view.edit(self.model.index_of(need.id))

    def rename_need(self, need_id: int, name: str) -> Any:
        old = self.need(need_id)
        text = self.tr("Rename need “{old}” to “{new}”").format(
            old=old.name if old else "", new=name.strip())
        return self._change(text, lambda c: self.service.update_need(c, need_id, name=name))

    def update_need(self, need_id: int, **fields: Any) -> Any:
        need = self.need(need_id)
        text = self.tr("Edit need “{name}”").format(name=need.name if need else "")
        return self._change(text, lambda c: self.service.update_need(c, need_id, **fields))

    def choose_colour(self, colour: str | None = None) -> Any:
        need = self.selected_need()
        if need is None:
            return None
        if colour is None:
            chosen = QColorDialog.getColor(
                QColor(need.colour or "#3a7bd5"), self, self.tr("Colour of “{name}”").format(
                    name=need.name)
            )
            if not chosen.isValid():
                return None
            colour = chosen.name()
        text = self.tr("Colour need “{name}”").format(name=need.name)
        return self._change(text, lambda c: self.service.update_need(c, need.id, colour=colour))

    def choose_shortcut(self, key: str | None = None, *, ask: bool = True) -> Any:
        """Set the one-key shortcut; with `key` None and `ask`, a dialog asks for it."""
        need = self.selected_need()
        if need is None:
            return None
        if key is None and ask:
            dialog = ShortcutDialog(need, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            key = dialog.shortcut()
        text = self.tr("Set the key of need “{name}”").format(name=need.name)
        return self._change(text, lambda c: self.service.update_need(c, need.id, shortcut=key))

    def move_need(self, need_id: int, parent_id: int | None) -> Any:
        need = self.need(need_id)
        if need is None or need.parent_id == parent_id:
            return None
        text = self.tr("Move need “{name}”").format(name=need.name)
        return self._change(
            text, lambda c: self.service.move_need(c, need_id, parent_id), select=need_id
        )

    def merge_selected(self, target_id: int | None = None) -> Any:
        """Merge the selected need into another one, chosen in a dialog unless given."""
        source = self.selected_need()
        if source is None:
            return None
        if target_id is None:
            excluded = self._below(source.id) | {source.id}
            targets = [n for n in self.model.needs if n.id not in excluded]
            if not targets:
                return None
            self.merge_dialog = MergeNeedDialog(source, targets, self)
            if self.merge_dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            target_id = self.merge_dialog.target_id()
            if target_id is None:
                return None
        target = self.need(target_id)
        text = self.tr("Merge need “{source}” into “{target}”").format(
            source=source.name, target=target.name if target else "")
        return self._change(
            text, lambda c: self.service.merge_needs(c, source.id, target_id), select=target_id
        )

    def delete_selected(self) -> Any:
        """Delete the selected need after asking where its items and children go."""
        need = self.selected_need()
        if need is None:
            return None
        below = self._below(need.id)
        others = [n for n in self.model.needs if n.id != need.id]
        self.delete_dialog = DeleteNeedDialog(
            need,
            others,
            [n for n in others if n.id not in below],
            sum(1 for n in self.model.needs if n.parent_id == need.id),
            self,
        )
        if self.delete_dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        dialog = self.delete_dialog
        items_to, children_to = dialog.move_items_to(), dialog.move_children_to()
        untag = dialog.untag_items()
        text = self.tr("Delete need “{name}”").format(name=need.name)
        return self._change(
            text,
            lambda c: self.service.delete_need(
                c, need.id, move_items_to=items_to, move_children_to=children_to,
                untag_items=untag,
            ),
            select=items_to if items_to is not None else need.parent_id,
        )

    def edit_rules(self) -> Any:
        """Open the auto-tag rules of the selected need (window-modal, not blocking)."""
        need = self.selected_need()
        if need is None or self.catalogue is None or self.rules_service is None:
            return None
        from advocacy_desktop.ui.rules_dialog import RulesDialog

        self.rules_dialog = RulesDialog(
            self.rules_service, self.tasks, self.catalogue, need.id, need.name, self,
            undo_stack=self.undo_stack, tagging_service=self.tagging_service,
            on_change=self._after_change,
        )
        self.rules_dialog.open()
        return self.rules_dialog

    # ------------------------------------------------------------------ files

    def _file_filter(self) -> str:
        return ";;".join((self.tr("Needs taxonomy (*.json)"), self.tr("CSV (*.csv)")))

    def export_taxonomy(self, path: Path | str | None = None) -> Any:
        catalogue = self.catalogue
        if catalogue is None:
            return None
        if path is None:
            chosen, selected = QFileDialog.getSaveFileName(
                self, self.tr("Export Needs"),
                str(Path.home() / self.tr("needs.json")), self._file_filter(),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() not in (".json", ".csv"):
                path = path.with_name(path.name + (".csv" if "csv" in selected else ".json"))
        target, service = Path(path), self.service
        return self.tasks.run(
            lambda _ctx: service.export_taxonomy(catalogue, target),
            title=self.tr("Exporting needs…"),
            dialog_parent=self,
            on_result=lambda count: self.status_label.setText(
                self.tr("%n need(s) exported to {file}.", "", count).format(file=target.name)
            ),
            on_error=lambda exc: self._warn(
                self.tr("Could not export the needs.") + "\n\n" + describe(exc)),
        )

    def import_taxonomy(self, path: Path | str | None = None) -> Any:
        catalogue = self.catalogue
        if catalogue is None:
            return None
        if path is None:
            chosen, _selected = QFileDialog.getOpenFileName(
                self, self.tr("Import Needs"), str(Path.home()),
                ";;".join((self.tr("Needs taxonomy (*.json *.csv)"), self.tr("All files (*)"))),
            )
            if not chosen:
                return None
            path = chosen
        source, service = Path(path), self.service
        return self.tasks.run(
            lambda _ctx: service.import_taxonomy(catalogue, source),
            title=self.tr("Importing needs…"),
            dialog_parent=self,
            on_result=lambda summary: self._on_imported(catalogue, source, summary),
            on_error=lambda exc: self._warn(
                self.tr("Could not import the needs.") + "\n\n" + describe(exc)),
        )

    def _on_imported(self, catalogue: Any, source: Path, summary: Any) -> None:
        if summary.change is not None:
            self.undo_stack.push(NeedCommand(
                self.service, catalogue, summary.change,
                self.tr("Import needs from {file}").format(file=source.name),
                self._after_change, self._warn,
            ))
            self._after_change()
        text = self.tr("Needs from {file}: {added} added, {updated} updated, {same} unchanged.")
        text = text.format(file=source.name, added=summary.added, updated=summary.updated,
                           same=summary.unchanged)
        if summary.warnings:
            text += "\n" + "\n".join(map(describe, summary.warnings[:5]))
        self.status_label.setText(text)

    # ------------------------------------------------------------------ texts

    def _refresh_empty_text(self) -> None:
        if self.catalogue is None:
            self.empty_label.setText(self.tr("No catalogue is open."))
        else:
            self.empty_label.setText(self.tr(
                "No needs yet. Add the needs your customers express (Price, then Price ▸ "
                "Discounts…), or import a taxonomy file another team shared."
            ))

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.title())
        self.step_label.setText(self.tr("Drag a need onto another to move it under it."))
        for action, text in (
            (self.add_action, self.tr("&Add")),
            (self.add_child_action, self.tr("Add &Child")),
            (self.rename_action, self.tr("&Rename")),
            (self.colour_action, self.tr("C&olour…")),
            (self.shortcut_action, self.tr("&Key…")),
            (self.merge_action, self.tr("&Merge Into…")),
            (self.delete_action, self.tr("&Delete…")),
            (self.export_action, self.tr("E&xport…")),
            (self.import_action, self.tr("&Import…")),
            (self.rules_action, self.tr("R&ules…")),
        ):
            action.setText(text)
        for action, tip in (
            (self.add_action, self.tr("Add a need at the top of the taxonomy")),
            (self.add_child_action, self.tr("Add a need under the selected one")),
            (self.rename_action, self.tr("Rename the selected need")),
            (self.colour_action, self.tr("Choose the colour the need is shown in")),
            (self.shortcut_action, self.tr("Give the need a key that tags the selected items "
                                           "on the Feedback page")),
            (self.merge_action, self.tr("Move the need's items into another need and remove it")),
            (self.delete_action, self.tr("Delete the selected need")),
            (self.export_action, self.tr("Save the taxonomy as a file another team can import")),
            (self.import_action, self.tr("Add or update needs from a taxonomy file")),
            (self.rules_action,
             self.tr("Auto-tag rules: tag a need on the items whose text matches")),
        ):
            set_tip(action, tip, action)
        self.model.retranslate()
        self._refresh_empty_text()
