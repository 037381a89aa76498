"""Help ▸ Keyboard Shortcuts, Help ▸ User Guide and Edit ▸ Preferences… on a real window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from advocacy_desktop.services import catalogue_service, needs_service
from advocacy_desktop.ui import theme
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.shortcuts_window import Shortcut, native_keys, plain_text
from tests.ui.wired import TIMEOUT, show_page, wire

NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture(autouse=True)
def light_again(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply_theme(qapp, theme.LIGHT)


@pytest.fixture
def with_needs(catalogue_path: Path) -> Path:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        needs_service.add_need(catalogue, "Delivery", shortcut="d")
        needs_service.add_need(catalogue, "Price", shortcut="p")
    return catalogue_path


def _rows(window: MainWindow, area: str | None = None) -> list[Shortcut]:
    shortcuts = window.help_prefs.show_shortcuts()
    rows = shortcuts.visible_rows()
    return [r for r in rows if area is None or r.area == area]


def _keys(text: str) -> tuple[str, ...]:
    return (QKeySequence(text).toString(NATIVE),)


# ---------------------------------------------------------------- shortcuts


def test_shortcuts_window_lists_menus_and_pages_own_keys(
    qtbot: Any, window: MainWindow, with_needs: Path
) -> None:
    wire(qtbot, window, with_needs)
    show_page(qtbot, window, "feedback")
    qtbot.waitUntil(lambda: len(window.page("feedback").needs) == 2, timeout=TIMEOUT)
    window.ui_actions.shortcuts.trigger()
    shortcuts = window.help_prefs.shortcuts_window
    assert shortcuts is not None and shortcuts.isVisible()
    assert window.ui_actions.shortcuts.shortcut() == QKeySequence("Ctrl+/")

    rows = shortcuts.visible_rows()
    assert Shortcut("File", _keys("Ctrl+I"), "Import File…") in rows
    assert Shortcut("Edit", _keys("Ctrl+Z"), "Undo") in rows
    assert Shortcut("View", _keys("Ctrl+2"), "Feedback") in rows
    help_keys = native_keys(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents))
    assert Shortcut("Help", help_keys, "User Guide") in rows
    # pages' own actions, under the page's name
    assert Shortcut("Dashboard", _keys("Ctrl+E"), "Export items…") in rows
    assert Shortcut("Needs", _keys("F2"), plain_text(window.page("needs").rename_action.text())
                    ) in rows
    # keys that are no actions, and the open catalogue's one-key needs
    feedback = [r for r in rows if r.area == "Feedback"]
    assert Shortcut("Feedback", ("D",), "Tag or untag “Delivery”") in feedback
    assert Shortcut("Feedback", ("P",), "Tag or untag “Price”") in feedback
    assert any(r.keys == _keys("Menu") and "Bulk actions" in r.description for r in feedback)
    areas = list(dict.fromkeys(r.area for r in rows))
    assert areas[:4] == ["File", "Edit", "View", "Help"]


def test_a_new_action_with_a_shortcut_appears(qtbot: Any, window: MainWindow) -> None:
    shortcuts = window.help_prefs.show_shortcuts()
    assert not any(r.description == "Mark Everything Read" for r in shortcuts.visible_rows())
    action = QAction("Mark &Everything Read", window)
    action.setShortcut(QKeySequence("Ctrl+Shift+K"))
    window.ui_actions.edit_menu.addAction(action)
    page_action = QAction("Page Trick", window.page("sources"))
    page_action.setShortcut(QKeySequence("Alt+T"))
    window.page("sources").addAction(page_action)
    hidden = QAction("Hidden", window)
    hidden.setShortcut(QKeySequence("Ctrl+Shift+H"))
    hidden.setVisible(False)
    window.ui_actions.edit_menu.addAction(hidden)

    shortcuts.hide()
    shortcuts = window.help_prefs.show_shortcuts()  # rebuilt when shown again
    rows = shortcuts.visible_rows()
    assert Shortcut("Edit", _keys("Ctrl+Shift+K"), "Mark Everything Read") in rows
    assert Shortcut(window.page("sources").title(), _keys("Alt+T"), "Page Trick") in rows
    assert not any(r.description == "Hidden" for r in rows)


def test_the_filter_keeps_matching_rows(qtbot: Any, window: MainWindow) -> None:
    shortcuts = window.help_prefs.show_shortcuts()
    everything = shortcuts.visible_rows()
    shortcuts.filter_edit.setText("import")
    rows = shortcuts.visible_rows()
    assert Shortcut("File", _keys("Ctrl+I"), "Import File…") in rows
    assert 0 < len(rows) < len(everything)
    assert all("import" in (r.description + r.area).lower() for r in rows)
    shortcuts.filter_edit.setText("ctrl+q")
    assert [r.description for r in shortcuts.visible_rows()] == ["Quit"]
    assert shortcuts.empty_label.isHidden()
    shortcuts.filter_edit.setText("no such thing")
    assert shortcuts.visible_rows() == []
    assert not shortcuts.empty_label.isHidden()
    shortcuts.filter_edit.clear()
    assert len(shortcuts.visible_rows()) == len(everything)


def test_shortcuts_follow_the_language(qtbot: Any, window: MainWindow) -> None:
    shortcuts = window.help_prefs.show_shortcuts()
    window.set_language("de")
    qtbot.waitUntil(lambda: any(r.area == "Datei" for r in shortcuts.visible_rows()),
                    timeout=3000)
    rows = shortcuts.visible_rows()
    assert Shortcut("Datei", ("Strg+I",), "Datei importieren…") in rows  # Qt's own key names
    assert shortcuts.tree.headerItem().text(0) != "" and shortcuts.windowTitle() != ""


# ---------------------------------------------------------------- user guide


class MarkingTranslator(QTranslator):
    """Stands in for a finished translation of the guide: «text»."""

    def translate(self, context: str, source: str, disambiguation: Any = None,
                  n: int = -1) -> str:  # type: ignore[override]
        return f"«{source}»" if context == "UserGuide" else ""

    def isEmpty(self) -> bool:  # else installing it sends no LanguageChange
        return False


def test_user_guide_opens_with_its_sections(qtbot: Any, window: MainWindow) -> None:
    assert window.ui_actions.user_guide.shortcuts() == QKeySequence.keyBindings(
        QKeySequence.StandardKey.HelpContents)  # F1
    window.ui_actions.user_guide.trigger()
    guide = window.help_prefs.guide_window
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    for title in ("The method in five steps", "Sources", "Importing feedback",
                  "Needs and tagging", "NPS and its margin of error",
                  "Needs ranked by their cost in NPS", "Roles and the follow-up queue",
                  "Advocates", "Catalogue files, backups and teams", "Privacy"):
        assert text.count(title) >= 2, title  # in the contents and as a heading
    assert "File ▸ Import File…" in text and "File ▸ Backup…" in text
    assert "−35.9 ± 24.2" in text and "100 × d / n" in text
    html = guide.browser.toHtml()
    assert 'href="#privacy"' in html and 'name="privacy"' in html
    for anchor in ("method", "import", "tagging", "nps", "cost", "roles", "advocates",
                   "files", "privacy"):
        guide.show_section(anchor)  # the anchors exist in the document


def test_user_guide_follows_a_language_switch(qtbot: Any, qapp: QApplication,
                                              window: MainWindow) -> None:
    guide = window.help_prefs.show_user_guide()
    window.set_language("de")
    qtbot.waitUntil(lambda: "Übersicht" in guide.browser.toPlainText(), timeout=3000)
    text = guide.browser.toPlainText()
    backup = " ▸ ".join(plain_text(QCoreApplication.translate("MainActions", t))
                        for t in ("&File", "&Backup…"))
    assert backup != "File ▸ Backup…" and backup in text  # the window's own menu texts
    assert "Bedürfnisse" in text  # the Needs page by its German name

    marking = MarkingTranslator(qapp)
    qapp.installTranslator(marking)  # sends LanguageChange, as a language switch does
    try:
        qtbot.waitUntil(lambda: "«Privacy»" in guide.browser.toPlainText(), timeout=3000)
        assert "«The method in five steps»" in guide.browser.toPlainText()
        assert "«Contents»" in guide.browser.toPlainText()
    finally:
        qapp.removeTranslator(marking)


# ---------------------------------------------------------------- preferences


def test_preferences_switch_the_language_at_once_and_remember_it(
    qtbot: Any, window: MainWindow, settings: QSettings
) -> None:
    assert window.ui_actions.preferences.shortcuts()  # Ctrl+, or the platform's key
    window.ui_actions.preferences.trigger()
    dialog = window.help_prefs.preferences_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.language() == "en"

    dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("Türkçe"))
    assert QCoreApplication.translate("MainActions", "&File") == "&Dosya"
    # the window retranslates on the LanguageChange Qt delivers next: no restart
    qtbot.waitUntil(lambda: window.ui_actions.file_menu.title() == "&Dosya", timeout=3000)
    assert window.ui_actions.help_menu.title() == QCoreApplication.translate(
        "MainActions", "&Help") != "&Help"
    assert settings.value("ui/language") == "tr"
    assert window.ui_actions.languages["tr"].isChecked()
    assert dialog.language() == "tr"
    assert dialog.language_label.text() == QCoreApplication.translate(
        "PreferencesDialog", "&Language:")

    window.ui_actions.languages["de"].trigger()  # View ▸ Language stays, and agrees
    assert dialog.language() == "de"
    qtbot.waitUntil(lambda: window.ui_actions.file_menu.title() == "&Datei", timeout=3000)

    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(theme.DARK))
    assert theme.is_dark(window.palette())
    assert settings.value("ui/theme") == "dark"
    assert window.ui_actions.themes[theme.DARK].isChecked()
    window.ui_actions.themes[theme.SYSTEM].trigger()
    assert dialog.theme() == theme.SYSTEM

    again = MainWindow(settings)  # remembered for the next start
    qtbot.addWidget(again)
    assert again.settings.language() == "de"
    assert again.ui_actions.languages["de"].isChecked()
    assert again.ui_actions.themes[theme.SYSTEM].isChecked()
