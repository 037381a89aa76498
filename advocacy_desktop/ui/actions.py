"""The main window's actions and menus: built once, their texts re-set on language change.

The window connects the actions to its methods; this module only knows texts, shortcuts and
menu structure, so later features add their actions to the menus exposed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from advocacy_desktop.ui.i18n import LANGUAGES
from advocacy_desktop.ui.icons import icon
from advocacy_desktop.ui.theme import DARK, LIGHT, SYSTEM

SYSTEM_LANGUAGE = ""  # data of the "System Default" language action
THEME_CHOICES = (SYSTEM, LIGHT, DARK)


def preferences_keys() -> list[QKeySequence]:
    """The platform's Preferences keys (Cmd+, on macOS), else Ctrl+,."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    return keys or [QKeySequence("Ctrl+,")]


class MainActions(QObject):
    """Every action of the main window's menus, with their menus."""

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack, page_count: int) -> None:
        super().__init__(window)
        seq = QKeySequence
        std = QKeySequence.StandardKey

        # File
        self.new = self._action(window, seq(std.New))
        self.open = self._action(window, seq(std.Open))
        self.import_file = self._action(window, seq("Ctrl+I"))
        self.backup = self._action(window)
        self.clear_recent = self._action(window)
        self.quit = self._action(window, seq("Ctrl+Q"))
        # Edit
        self.undo = self._action(window, seq(std.Undo))
        self.redo = self._action(window, seq(std.Redo))
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self.undo.triggered.connect(undo_stack.undo)
        self.redo.triggered.connect(undo_stack.redo)
        self.preferences = self._action(window)
        self.preferences.setShortcuts(preferences_keys())
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        undo_stack.canUndoChanged.connect(self.undo.setEnabled)
        undo_stack.canRedoChanged.connect(self.redo.setEnabled)
        # Keep the texts the stack announces: asking the stack later may find it deleted.
        self._undo_text = self._redo_text = ""
        undo_stack.undoTextChanged.connect(self._on_undo_text)
        undo_stack.redoTextChanged.connect(self._on_redo_text)
        # View
        self.toggle_navigation = self._action(window, seq("Ctrl+Shift+N"), checkable=True)
        self.toggle_navigation.setChecked(True)
        self.page_group = QActionGroup(self)
        self.page_group.setExclusive(True)
        self.pages: list[QAction] = []
        for index in range(page_count):
            action = self._action(window, seq(f"Ctrl+{index + 1}") if index < 9 else None)
            action.setCheckable(True)
            action.setData(index)
            self.page_group.addAction(action)
            self.pages.append(action)
        self.full_screen = self._action(window, checkable=True)
        full_screen_keys = [seq("F11")]
        full_screen_keys += [k for k in QKeySequence.keyBindings(std.FullScreen) if k != seq("F11")]
        self.full_screen.setShortcuts(full_screen_keys)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.system_language = self._action(window, checkable=True)
        self.system_language.setData(SYSTEM_LANGUAGE)
        self.language_group.addAction(self.system_language)
        self.languages: dict[str, QAction] = {}
        for code, native_name in LANGUAGES.items():
            action = self._action(window, checkable=True)
            action.setText(native_name)  # a language is named in its own language
            action.setData(code)
            self.language_group.addAction(action)
            self.languages[code] = action
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.themes: dict[str, QAction] = {}
        for choice in THEME_CHOICES:
            action = self._action(window, checkable=True)
            action.setData(choice)
            self.theme_group.addAction(action)
            self.themes[choice] = action
        self.themes[SYSTEM].setChecked(True)
        # Help
        self.user_guide = self._action(window)
        self.user_guide.setShortcuts(QKeySequence.keyBindings(std.HelpContents))
        self.shortcuts = self._action(window, seq("Ctrl+/"))
        self.about = self._action(window)
        self.about_qt = self._action(window)

        menu_bar = window.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self.file_menu.addAction(self.new)
        self.file_menu.addAction(self.open)
        self.recent_menu = QMenu(self.file_menu)
        self.recent_menu.setToolTipsVisible(True)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_file)
        self.file_menu.addAction(self.backup)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)

        self.edit_menu = menu_bar.addMenu("")
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences)

        self.view_menu = menu_bar.addMenu("")
        self.view_menu.addAction(self.toggle_navigation)
        self.view_menu.addSeparator()
        for action in self.pages:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.full_screen)
        self.language_menu = QMenu(self.view_menu)
        self.language_menu.addAction(self.system_language)
        self.language_menu.addSeparator()
        for action in self.languages.values():
            self.language_menu.addAction(action)
        self.view_menu.addMenu(self.language_menu)
        self.theme_menu = QMenu(self.view_menu)
        for action in self.themes.values():
            self.theme_menu.addAction(action)
        self.view_menu.addMenu(self.theme_menu)

        self.help_menu = menu_bar.addMenu("")
        self.help_menu.addAction(self.user_guide)
        self.help_menu.addAction(self.shortcuts)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about)
        self.help_menu.addAction(self.about_qt)

        self._recent_files: list[str] = []
        self.set_recent_files([])
        self._set_icons()

    def _set_icons(self) -> None:
        for action, name in (
            (self.new, "new"), (self.open, "open"), (self.import_file, "imports"),
            (self.backup, "backup"), (self.quit, "quit"), (self.undo, "undo"),
            (self.redo, "redo"), (self.preferences, "settings"),
            (self.toggle_navigation, "sidebar"), (self.full_screen, "full-screen"),
            (self.user_guide, "guide"), (self.shortcuts, "keyboard"), (self.about, "about"),
        ):
            action.setIcon(icon(name))
        self.recent_menu.setIcon(icon("open"))
        self.language_menu.setIcon(icon("language"))
        self.theme_menu.setIcon(icon("theme"))

    @staticmethod
    def _action(
        window: QMainWindow, shortcut: QKeySequence | None = None, *, checkable: bool = False
    ) -> QAction:
        action = QAction(window)
        if shortcut is not None and not shortcut.isEmpty():
            action.setShortcut(shortcut)
        action.setCheckable(checkable)
        window.addAction(action)  # shortcuts work while the menu bar is hidden (full screen)
        return action

    # --- recent files

    def set_recent_files(self, files: Sequence[str]) -> None:
        """Rebuild Open Recent: `&1 name` per file, the full path as tooltip, newest first."""
        self._recent_files = list(files)
        self.recent_menu.clear()
        for number, path in enumerate(files, start=1):
            name = Path(path).name.replace("&", "&&")
            action = self.recent_menu.addAction(f"&{number} {name}")
            action.setData(path)
            action.setToolTip(path)
            action.setStatusTip(path)
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def recent_file_actions(self) -> list[QAction]:
        return [a for a in self.recent_menu.actions() if isinstance(a.data(), str) and a.data()]

    def set_language(self, code: str | None) -> None:
        action = self.languages.get(code or "", self.system_language)
        action.setChecked(True)

    def set_theme(self, choice: str) -> None:
        self.themes.get(choice, self.themes[SYSTEM]).setChecked(True)

    # --- texts

    def retranslate_ui(self, page_titles: Sequence[str]) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new.setText(self.tr("&New Catalogue…"))
        self.new.setStatusTip(self.tr("Create a new, empty catalogue file"))
        self.open.setText(self.tr("&Open…"))
        self.open.setStatusTip(self.tr("Open an existing catalogue file"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.clear_recent.setText(self.tr("&Clear Menu"))
        self.import_file.setText(self.tr("&Import File…"))
        self.import_file.setStatusTip(self.tr("Import feedback from a spreadsheet or CSV file"))
        self.backup.setText(self.tr("&Backup…"))
        self.backup.setStatusTip(self.tr("Save a consistent copy of the open catalogue"))
        self.quit.setText(self.tr("&Quit"))

        self.edit_menu.setTitle(self.tr("&Edit"))
        self._retranslate_undo()
        self.preferences.setText(self.tr("&Preferences…"))
        self.preferences.setStatusTip(self.tr("Choose the language and the theme"))

        self.view_menu.setTitle(self.tr("&View"))
        self.toggle_navigation.setText(self.tr("&Navigation Panel"))
        for action, title in zip(self.pages, page_titles, strict=False):
            action.setText(title.replace("&", "&&"))  # "People & roles": no mnemonic
        self.full_screen.setText(self.tr("&Full Screen"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.system_language.setText(self.tr("&System Default"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.themes[SYSTEM].setText(self.tr("Follow the &System"))
        self.themes[LIGHT].setText(self.tr("&Light"))
        self.themes[DARK].setText(self.tr("&Dark"))

        self.help_menu.setTitle(self.tr("&Help"))
        self.user_guide.setText(self.tr("&User Guide"))
        self.user_guide.setStatusTip(self.tr("How the app serves the five steps of the method"))
        self.shortcuts.setText(self.tr("&Keyboard Shortcuts"))
        self.shortcuts.setStatusTip(self.tr("Every keyboard shortcut of the app, by area"))
        self.about.setText(self.tr("&About Advocacy Desktop"))
        self.about_qt.setText(self.tr("About &Qt"))

    def _on_undo_text(self, text: str) -> None:
        self._undo_text = text
        self._retranslate_undo()

    def _on_redo_text(self, text: str) -> None:
        self._redo_text = text
        self._retranslate_undo()

    def _retranslate_undo(self) -> None:
        undo_text, redo_text = self._undo_text, self._redo_text
        self.undo.setText(
            self.tr("&Undo {action}").format(action=undo_text) if undo_text else self.tr("&Undo")
        )
        self.redo.setText(
            self.tr("&Redo {action}").format(action=redo_text) if redo_text else self.tr("&Redo")
        )
