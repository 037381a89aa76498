"""The main window's Help windows, Preferences and theme, wired to its actions.

Help ▸ User Guide, Help ▸ Keyboard Shortcuts, Edit ▸ Preferences… and View ▸ Theme. Windows
are created on first use and then shown again; the theme is applied before the window first
shows, from the stored choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from advocacy_desktop.ui.icons import icon
from advocacy_desktop.ui.theme import ThemeController

if TYPE_CHECKING:
    from advocacy_desktop.ui.main_window import MainWindow
    from advocacy_desktop.ui.preferences import PreferencesDialog
    from advocacy_desktop.ui.shortcuts_window import ShortcutsWindow
    from advocacy_desktop.ui.user_guide import UserGuideWindow

W = TypeVar("W", bound=QWidget)


class HelpAndPreferences(QObject):
    """Owns the theme controller and the Help and Preferences windows of `window`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.theme = ThemeController.for_application(app)
        self.theme.choice = window.settings.theme()
        self.shortcuts_window: ShortcutsWindow | None = None
        self.guide_window: UserGuideWindow | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        actions = window.ui_actions
        actions.set_theme(self.theme.choice)
        actions.theme_group.triggered.connect(lambda action: self.set_theme(action.data()))
        actions.language_group.triggered.connect(lambda _action: self._sync_preferences())
        actions.preferences.triggered.connect(lambda: self.show_preferences())
        actions.shortcuts.triggered.connect(lambda: self.show_shortcuts())
        actions.user_guide.triggered.connect(lambda: self.show_user_guide())
        window.team.action.setIcon(icon("team"))
        self.theme.apply()

    # ------------------------------------------------------------------ theme and language

    def set_theme(self, choice: str) -> str:
        """System, Light or Dark: applied at once, stored, shown in the menu and dialog."""
        self.window.settings.set_theme(choice)
        applied = self.theme.set_choice(choice)
        self.window.ui_actions.set_theme(self.theme.choice)
        self._sync_preferences()
        return applied

    def set_language(self, code: str) -> None:
        self.window.set_language(code or None)
        self._sync_preferences()

    def _sync_preferences(self) -> None:
        if self.preferences_dialog is not None:
            self.preferences_dialog.set_values(self.window.settings.language(),
                                               self.theme.choice)

    # ------------------------------------------------------------------ windows

    def show_preferences(self) -> PreferencesDialog:
        from advocacy_desktop.ui.preferences import PreferencesDialog

        if self.preferences_dialog is None:
            dialog = PreferencesDialog(self.window.settings.language(), self.theme.choice,
                                       self.window)
            dialog.language_chosen.connect(self.set_language)
            dialog.theme_chosen.connect(self.set_theme)
            self.preferences_dialog = dialog
        self._sync_preferences()
        return self._show(self.preferences_dialog)

    def show_shortcuts(self) -> ShortcutsWindow:
        from advocacy_desktop.ui.shortcuts_window import ShortcutsWindow

        if self.shortcuts_window is None:
            self.shortcuts_window = ShortcutsWindow(self.window)
        return self._show(self.shortcuts_window)

    def show_user_guide(self) -> UserGuideWindow:
        from advocacy_desktop.ui.user_guide import UserGuideWindow

        if self.guide_window is None:
            self.guide_window = UserGuideWindow(self.window)
        return self._show(self.guide_window)

    @staticmethod
    def _show(widget: W) -> W:
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget
