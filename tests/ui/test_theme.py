"""View ▸ Theme: light and dark palettes, following the system, and the icon set's ink."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from advocacy_desktop.ui import icons, theme
from advocacy_desktop.ui.main_window import MainWindow

Role = QPalette.ColorRole


@pytest.fixture(autouse=True)
def light_again(qapp: QApplication) -> Iterator[None]:
    """Every test ends in the light theme, whatever it switched to."""
    yield
    theme.apply_theme(qapp, theme.LIGHT)


def _lightness(colour: QColor) -> int:
    return colour.lightness()


def _ink_pixels(qicon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    image = qicon.pixmap(QSize(24, 24), mode).toImage()
    return {image.pixelColor(x, y).name() for x in range(24) for y in range(24)
            if image.pixelColor(x, y).alpha() == 255}


def test_choosing_dark_gives_a_dark_window_with_light_text(
    qapp: QApplication, window: MainWindow, settings: QSettings
) -> None:
    light_style = qapp.style().name()
    window.ui_actions.themes[theme.DARK].trigger()

    assert _lightness(window.palette().color(Role.Window)) < 60
    assert _lightness(window.palette().color(Role.WindowText)) > 200
    assert _lightness(window.palette().color(Role.Base)) < 60
    assert _lightness(window.palette().color(Role.Text)) > 200
    # captions drawn in palette(mid) stay readable on the dark window
    assert _lightness(window.palette().color(Role.Mid)) > 120
    assert isinstance(qapp.style(), theme.DarkFusionStyle)
    assert settings.value("ui/theme") == "dark"
    assert window.ui_actions.themes[theme.DARK].isChecked()

    window.ui_actions.themes[theme.LIGHT].trigger()
    assert _lightness(window.palette().color(Role.Window)) > 200
    assert _lightness(window.palette().color(Role.WindowText)) < 60
    assert qapp.style().name() == light_style
    assert settings.value("ui/theme") == "light"


def test_system_follows_the_platforms_colour_scheme(qapp: QApplication,
                                                     window: MainWindow) -> None:
    hints = QGuiApplication.styleHints()
    window.help_prefs.set_theme(theme.SYSTEM)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the platform turned dark
    assert theme.current_theme(qapp) == theme.DARK
    assert theme.is_dark(window.palette())
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current_theme(qapp) == theme.LIGHT
    assert not theme.is_dark(window.palette())

    window.help_prefs.set_theme(theme.LIGHT)  # a fixed choice ignores the platform
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_theme(qapp) == theme.LIGHT
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Unknown)


def test_the_stored_theme_applies_when_the_window_opens(
    qtbot: Any, qapp: QApplication, settings: QSettings
) -> None:
    settings.setValue("ui/theme", "dark")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert theme.is_dark(window.palette())
    assert window.ui_actions.themes[theme.DARK].isChecked()


def test_style_sheets_and_toned_texts_follow_a_switch(qapp: QApplication,
                                                      window: MainWindow) -> None:
    caption = QLabel("caption", window)
    caption.setStyleSheet("color: palette(mid);")
    warning = QLabel("warning", window)
    theme.set_text_tone(warning, "#c62828")
    caption.ensurePolished()
    warning.ensurePolished()
    light_red = warning.palette().color(Role.WindowText)
    assert light_red == QColor("#c62828")

    window.help_prefs.set_theme(theme.DARK)
    assert caption.palette().color(Role.WindowText) == theme.dark_palette().color(Role.Mid)
    dark_red = warning.palette().color(Role.WindowText)
    assert dark_red.lightness() > light_red.lightness() + 40
    assert dark_red.hue() == pytest.approx(light_red.hue(), abs=3)

    window.help_prefs.set_theme(theme.LIGHT)
    assert warning.palette().color(Role.WindowText) == QColor("#c62828")
    warning.setStyleSheet("")  # set apart by its owner: a switch leaves it alone
    window.help_prefs.set_theme(theme.DARK)
    assert warning.styleSheet() == ""


def test_readable_lifts_only_dark_colours_on_a_dark_palette() -> None:
    dark, light = theme.dark_palette(), theme.light_palette()
    assert theme.readable("#2e7d32", light) == QColor("#2e7d32")
    assert theme.readable("#2e7d32", dark).lightness() > 150
    assert theme.readable("#e0e0e0", dark) == QColor("#e0e0e0")  # light already
    assert not theme.readable("", dark).isValid()


def test_every_line_icon_is_drawn_in_the_ink() -> None:
    names = icons.icon_names()
    for name in ("new", "open", "imports", "backup", "undo", "redo", "export", "search",
                 "filter", "help", "settings", "merge", "team", "keyboard", "guide"):
        assert name in names
    for name in names:
        svg = (icons.icons_dir() / f"{name}.svg").read_text(encoding="utf-8")
        if name == "advocacy-desktop":
            continue  # the app's own icon keeps its colours
        assert 'viewBox="0 0 24 24"' in svg and 'stroke-width="1.8"' in svg, name
        colours = set(re.findall(r"#[0-9a-fA-F]{6}", svg))
        assert colours == {icons.INK}, (name, colours)


def test_icons_follow_the_palette_and_the_mode(qapp: QApplication) -> None:
    qicon = icons.icon("new")
    qapp.setPalette(theme.light_palette())
    assert icons.INK in _ink_pixels(qicon)
    qapp.setPalette(theme.dark_palette())
    dark_ink = _ink_pixels(qicon)
    assert icons.INK not in dark_ink
    assert max(QColor(c).lightness() for c in dark_ink) > 150
    disabled = theme.dark_palette().color(QPalette.ColorGroup.Disabled, Role.WindowText)
    assert disabled.name() in _ink_pixels(qicon, QIcon.Mode.Disabled)
    qapp.setPalette(theme.light_palette())


def test_main_actions_carry_icons(window: MainWindow) -> None:
    a = window.ui_actions
    for action in (a.new, a.open, a.import_file, a.backup, a.undo, a.redo, a.preferences,
                   a.user_guide, a.shortcuts, a.about, window.team.action):
        assert not action.icon().isNull(), action.text()
        assert not action.icon().pixmap(QSize(16, 16)).isNull(), action.text()
