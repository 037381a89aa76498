"""Help ▸ Keyboard Shortcuts: every shortcut of the app by area, read from the live actions.

The list is built each time the window is shown, from the menus of the main window, the
actions of each page, every QShortcut that says what it does (its `whatsThis`), and a small
registry of keys that are not actions (a need's one key on the Feedback page, Enter in the
responsibilities matrix). A feature that adds a QAction with a shortcut therefore appears
without being listed anywhere, and the keys are written the platform's way (Ctrl+I, ⌘I).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.icons import icon

NATIVE = QKeySequence.SequenceFormat.NativeText
_MNEMONIC = re.compile(r"\s*\(&\w\)|&(?=[^&])")


@dataclass(frozen=True)
class Shortcut:
    """One row of the list: translated area and description, keys in native text."""

    area: str
    keys: tuple[str, ...]
    description: str

    def matches(self, text: str) -> bool:
        needle = text.casefold().strip()
        haystack = " ".join((self.area, *self.keys, self.description)).casefold()
        return all(word in haystack for word in needle.split())


@dataclass(frozen=True)
class KeyNote:
    """Keys that work without a QAction. `page_id` names the page whose area they belong to
    ("" for the main window); `sequence` is a portable QKeySequence string, or `key_text` says
    which key in words. Texts are sources, translated in context "Shortcuts"."""

    page_id: str
    description: str
    sequence: str = ""
    key_text: str = ""


KEY_NOTES: list[KeyNote] = [
    KeyNote("feedback", QT_TRANSLATE_NOOP(
        "Shortcuts", "Tag the selected items with that need, or untag it when all have it"),
        key_text=QT_TRANSLATE_NOOP("Shortcuts", "A need’s key")),
    KeyNote("feedback", QT_TRANSLATE_NOOP("Shortcuts", "Select every item in the list"),
            sequence="Ctrl+A"),
    KeyNote("feedback", QT_TRANSLATE_NOOP("Shortcuts", "Extend the selection"),
            sequence="Shift+Up, Shift+Down"),
    KeyNote("feedback", QT_TRANSLATE_NOOP(
        "Shortcuts", "Bulk actions on the selection (tag, source, assign, status…)"),
        sequence="Menu"),
    KeyNote("people", QT_TRANSLATE_NOOP(
        "Shortcuts", "Edit the selected cell of the responsibilities matrix"),
        sequence="Return"),
]
"""Keys that are not QActions; features append theirs with `register_key_note`."""

KeyProvider = Callable[[Any], Iterable[Shortcut]]
KEY_PROVIDERS: list[KeyProvider] = []
"""Functions of the main window giving rows that depend on the open catalogue."""


def register_key_note(note: KeyNote) -> None:
    if note not in KEY_NOTES:
        KEY_NOTES.append(note)


def plain_text(text: str) -> str:
    """An action's text without mnemonics (`&Open…`, `파일(&F)`) or a tab-separated key."""
    return _MNEMONIC.sub("", text.split("\t")[0]).replace("&&", "&").strip()


def native_keys(sequences: Iterable[QKeySequence]) -> tuple[str, ...]:
    return tuple(s.toString(NATIVE) for s in sequences if not s.isEmpty())


def _translate(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def _menu_rows(menu: QMenu, area: str, seen: set[int]) -> list[Shortcut]:
    rows = []
    for action in menu.actions():
        if action.menu() is not None:
            rows += _menu_rows(action.menu(), area, seen)
        elif not action.isSeparator() and action.isVisible():
            rows += _action_rows([action], area, seen)
    return rows


def _action_rows(actions: Iterable[QAction], area: str, seen: set[int]) -> list[Shortcut]:
    rows = []
    for action in actions:
        keys = native_keys(action.shortcuts())
        if not keys or id(action) in seen or not plain_text(action.text()):
            continue
        seen.add(id(action))
        rows.append(Shortcut(area, keys, plain_text(action.text())))
    return rows


def _note_rows(page_id: str, area: str) -> list[Shortcut]:
    rows = []
    for note in KEY_NOTES:
        if note.page_id != page_id:
            continue
        if note.sequence:
            keys = tuple(QKeySequence(part.strip()).toString(NATIVE)
                         for part in note.sequence.split(","))
        else:
            keys = (_translate(note.key_text),)
        rows.append(Shortcut(area, keys, _translate(note.description)))
    return rows


def _need_keys(window: Any) -> list[Shortcut]:
    """The open catalogue's one-key needs, as the Feedback page knows them."""
    try:
        page = window.page("feedback")
    except KeyError:
        return []
    needs = [n for n in getattr(page, "needs", None) or [] if getattr(n, "shortcut", None)]
    describe = QCoreApplication.translate("Shortcuts", "Tag or untag “{need}”")
    return [Shortcut(page.title(), (n.shortcut.upper(),),
                     describe.format(need=getattr(n, "path", None) or n.name)) for n in needs]


KEY_PROVIDERS.append(_need_keys)


def collect_shortcuts(window: Any) -> list[Shortcut]:
    """Every shortcut of `window` (a MainWindow): menus in menu-bar order, then the pages in
    navigation order, then actions of the window that no menu holds."""
    seen: set[int] = set()
    rows: list[Shortcut] = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            rows += _menu_rows(top.menu(), plain_text(top.menu().title()), seen)
    general = QCoreApplication.translate("Shortcuts", "Main window")
    rows += _note_rows("", general)
    for page in window.pages():
        area = page.title()
        actions = [*page.actions(), *page.findChildren(QAction)]
        rows += _action_rows([a for a in actions if a.isVisible()], area, seen)
        rows += _note_rows(page.page_id, area)
    for provider in KEY_PROVIDERS:
        rows += list(provider(window))
    rows += _action_rows([a for a in window.actions() if a.isVisible()], general, seen)
    for shortcut in window.findChildren(QShortcut):
        keys = native_keys(shortcut.keys())
        if keys and shortcut.whatsThis() and id(shortcut) not in seen:
            seen.add(id(shortcut))
            rows.append(Shortcut(general, keys, shortcut.whatsThis()))
    return rows


class ShortcutsWindow(QDialog):
    """A non-modal window listing `collect_shortcuts(main_window)`, with a filter box."""

    def __init__(self, main_window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else main_window)
        self.setObjectName("shortcutsWindow")
        self.main_window = main_window
        self.setWindowIcon(icon("keyboard"))
        self.rows: list[Shortcut] = []
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("shortcutsFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.textChanged.connect(lambda _text: self.apply_filter())
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("shortcutsEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(640, 640)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Read the shortcuts again (actions come and go, texts change)."""
        self.rows = collect_shortcuts(self.main_window)
        self.tree.clear()
        areas: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for row in self.rows:
            parent = areas.get(row.area)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [row.area])
                parent.setFirstColumnSpanned(True)
                parent.setFont(0, bold)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                areas[row.area] = parent
            item = QTreeWidgetItem(parent, [", ".join(row.keys), row.description])
            item.setToolTip(1, row.description)
            item.setData(0, Qt.ItemDataRole.UserRole, row)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)  # keys are indented under their area: add that
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + self.tree.indentation())
        self.apply_filter()

    def apply_filter(self) -> None:
        text = self.filter_edit.text()
        shown = 0
        for i in range(self.tree.topLevelItemCount()):
            area = self.tree.topLevelItem(i)
            visible = 0
            for j in range(area.childCount()):
                item = area.child(j)
                row: Shortcut = item.data(0, Qt.ItemDataRole.UserRole)
                hidden = not row.matches(text)
                item.setHidden(hidden)
                visible += not hidden
            area.setHidden(visible == 0)
            shown += visible
        self.empty_label.setText(
            self.tr("No shortcut matches “{text}”.").format(text=text.strip()))
        self.empty_label.setVisible(shown == 0)

    def visible_rows(self) -> list[Shortcut]:
        """The rows the filter leaves, in order (for tests and the status of the list)."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            area = self.tree.topLevelItem(i)
            rows += [area.child(j).data(0, Qt.ItemDataRole.UserRole)
                     for j in range(area.childCount()) if not area.child(j).isHidden()]
        return rows

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by key or action"))
        self.tree.setHeaderLabels([self.tr("Shortcut"), self.tr("Action")])
        if self.isVisible():  # once the window's menus have their new texts too
            QTimer.singleShot(0, self, self.refresh)  # cancelled if self is deleted

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
