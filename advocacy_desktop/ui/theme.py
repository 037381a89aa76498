"""Light and dark palettes for the whole application, chosen as System, Light or Dark.

System follows the platform's colour scheme (`QStyleHints.colorScheme`, and
`colorSchemeChanged` while the app runs). Dark always uses the Fusion style with our own dark
palette, so every platform looks the same and the roles pages use as text (`palette(mid)` for
captions, `palette(dark)` for explanations) stay legible. Light keeps the platform's own style
and palette when they are light, else Fusion with a light palette.

Colours that mean something (a red overdue date, a green NPS) are written for a light
background; `readable` lifts them for a dark one, and `set_text_tone` keeps a label's colour
readable across theme switches. Style sheets that name `palette(...)` are re-applied on a
switch, since Qt resolves those references only when a style sheet is set.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

SYSTEM, LIGHT, DARK = "system", "light", "dark"
THEMES = (SYSTEM, LIGHT, DARK)
_THEME_PROPERTY = "advocacyTheme"
_STYLE_PROPERTY = "advocacyOriginalStyle"
_PALETTE_PROPERTY = "advocacyOriginalPalette"
_TONE_PROPERTY = "advocacyTextTone"
_TONE_SHEET_PROPERTY = "advocacyTextToneSheet"
_CONTROLLER_NAME = "advocacyThemeController"

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

_DARK = {
    Role.Window: "#2b2b2b", Role.WindowText: "#e8e8e8", Role.Base: "#1f1f1f",
    Role.AlternateBase: "#272727", Role.Text: "#e8e8e8", Role.Button: "#363636",
    Role.ButtonText: "#e8e8e8", Role.BrightText: "#ff8a80", Role.Light: "#4d4d4d",
    Role.Midlight: "#444444", Role.Mid: "#9c9c9c", Role.Dark: "#b0b0b0", Role.Shadow: "#101010",
    Role.Highlight: "#3d7fc4", Role.HighlightedText: "#ffffff", Role.Link: "#7ab8ff",
    Role.LinkVisited: "#c29bff", Role.ToolTipBase: "#3a3a3a", Role.ToolTipText: "#e8e8e8",
    Role.PlaceholderText: "#8c8c8c", Role.Accent: "#3d7fc4",
}
"""Mid and Dark are lighter than the window: pages use them for secondary text."""
_DARK_DISABLED = {
    Role.WindowText: "#7a7a7a", Role.Text: "#7a7a7a", Role.ButtonText: "#7a7a7a",
    Role.Base: "#262626", Role.Button: "#303030", Role.Highlight: "#4a4a4a",
    Role.HighlightedText: "#9a9a9a", Role.PlaceholderText: "#5e5e5e",
}
_LIGHT = {
    Role.Window: "#efefef", Role.WindowText: "#000000", Role.Base: "#ffffff",
    Role.AlternateBase: "#f7f7f7", Role.Text: "#000000", Role.Button: "#efefef",
    Role.ButtonText: "#000000", Role.BrightText: "#ffffff", Role.Light: "#ffffff",
    Role.Midlight: "#cacaca", Role.Mid: "#b8b8b8", Role.Dark: "#9f9f9f", Role.Shadow: "#767676",
    Role.Highlight: "#308cc6", Role.HighlightedText: "#ffffff", Role.Link: "#0000ff",
    Role.LinkVisited: "#ff00ff", Role.ToolTipBase: "#ffffdc", Role.ToolTipText: "#000000",
    Role.PlaceholderText: "#808080", Role.Accent: "#308cc6",
}
_LIGHT_DISABLED = {
    Role.WindowText: "#bebebe", Role.Text: "#bebebe", Role.ButtonText: "#bebebe",
    Role.Base: "#efefef", Role.Highlight: "#919191", Role.Dark: "#bebebe",
}


def _palette(colours: dict[QPalette.ColorRole, str],
             disabled: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))  # every group
    for role, colour in disabled.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def dark_palette() -> QPalette:
    return _palette(_DARK, _DARK_DISABLED)


def light_palette() -> QPalette:
    return _palette(_LIGHT, _LIGHT_DISABLED)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether `palette` (default: the application's) has a dark window."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(Role.Window).lightness() < 128


def readable(colour: QColor | str, palette: QPalette | None = None) -> QColor:
    """`colour`, chosen for a light background, made legible on `palette`'s: on a dark one a
    dark or saturated colour is lifted to a lighter shade of the same hue."""
    result = QColor(colour)
    if not result.isValid() or not is_dark(palette):
        return result
    hue, saturation, lightness, alpha = result.getHslF()
    if lightness < 0.6:
        result.setHslF(hue, saturation, 0.6 + (0.6 - lightness) * 0.5, alpha)
    return result


def set_text_tone(widget: QWidget, colour: QColor | str | None) -> None:
    """Colour `widget`'s text (a colour meant for a light background; None: the palette's),
    readable now and again after every theme switch (until its style sheet is set apart)."""
    sheet = f"color: {readable(colour).name()};" if colour else ""
    widget.setProperty(_TONE_PROPERTY, QColor(colour).name() if colour else "")
    widget.setProperty(_TONE_SHEET_PROPERTY, sheet)
    widget.setStyleSheet(sheet)


class DarkFusionStyle(QProxyStyle):
    """Fusion for the dark palette. Fusion outlines check boxes and radio buttons in the
    window colour darkened, which vanishes on a dark list: they get a light outline."""

    _INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                   QStyle.PrimitiveElement.PE_IndicatorRadioButton)

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element in self._INDICATORS:
            palette = QPalette(option.palette)  # type: ignore[attr-defined]
            palette.setColor(Role.Window, QColor("#a0a0a0"))  # outline = window.darker(140)
            option.palette = palette  # type: ignore[attr-defined]
        super().drawPrimitive(element, option, painter, widget)


def effective_theme(choice: str | None, scheme: Qt.ColorScheme) -> str:
    """LIGHT or DARK for a stored choice and the platform's colour scheme."""
    if choice in (LIGHT, DARK):
        return str(choice)
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def current_theme(app: QApplication) -> str:
    """The theme last applied (LIGHT when none was)."""
    return str(app.property(_THEME_PROPERTY) or LIGHT)


def apply_theme(app: QApplication, theme: str) -> bool:
    """Give the whole application the LIGHT or DARK look; False when it already had it."""
    if app.property(_STYLE_PROPERTY) is None:  # first call: remember the platform's look
        app.setProperty(_STYLE_PROPERTY, app.style().name())
        app.setProperty(_PALETTE_PROPERTY, QPalette(app.palette()))
    applied = app.property(_THEME_PROPERTY)
    original: QPalette = app.property(_PALETTE_PROPERTY)
    if applied == theme or (applied is None and theme == LIGHT and not is_dark(original)):
        app.setProperty(_THEME_PROPERTY, theme)
        return False
    if theme == DARK:
        style, palette = DarkFusionStyle(), dark_palette()
    elif is_dark(original):
        style, palette = QStyleFactory.create("Fusion"), light_palette()
    else:
        style = QStyleFactory.create(str(app.property(_STYLE_PROPERTY)))
        palette = original
    if style is not None:
        app.setStyle(style)
    app.setPalette(palette)
    app.setProperty(_THEME_PROPERTY, theme)
    # widgets take the new palette from posted events: deliver them now, so that what runs
    # next (and the style sheets re-applied below) sees the new colours
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
    _refresh_widgets(app)
    return True


def _refresh_widgets(app: QApplication) -> None:
    """Re-resolve `palette(...)` in style sheets and re-colour toned texts."""
    for widget in app.allWidgets():
        tone = widget.property(_TONE_PROPERTY)
        if tone and widget.styleSheet() == widget.property(_TONE_SHEET_PROPERTY):
            set_text_tone(widget, str(tone))
        elif widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())


class ThemeController(QObject):
    """Keeps the application in the chosen theme; with SYSTEM, follows the platform's colour
    scheme as it changes. One per application (`for_application`): the theme is the whole
    application's, whichever window chose it."""

    theme_changed = Signal(str)
    """The theme now applied, LIGHT or DARK."""

    @classmethod
    def for_application(cls, app: QApplication) -> ThemeController:
        found = app.findChild(QObject, _CONTROLLER_NAME)
        if isinstance(found, ThemeController):
            return found
        return cls(app, parent=app)

    def __init__(self, app: QApplication, choice: str | None = SYSTEM,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(_CONTROLLER_NAME)
        self.app = app
        self.choice = choice if choice in THEMES else SYSTEM
        hints = QGuiApplication.styleHints()
        self._scheme = hints.colorScheme()
        hints.colorSchemeChanged.connect(self._on_scheme_changed)

    def set_choice(self, choice: str | None) -> str:
        """Apply SYSTEM, LIGHT or DARK now; returns the theme applied. The platform is asked
        for the same scheme (Qt 6.8+: native title bars follow where it can)."""
        self.choice = choice if choice in THEMES else SYSTEM
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "setColorScheme"):
            asked = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}
            hints.setColorScheme(asked.get(self.choice, Qt.ColorScheme.Unknown))
            if self.choice == SYSTEM:
                self._scheme = hints.colorScheme()  # the platform's own again
        return self.apply()

    def apply(self) -> str:
        theme = effective_theme(self.choice, self._scheme)
        if apply_theme(self.app, theme):
            self.theme_changed.emit(theme)
        return theme

    def _on_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._scheme = scheme
        if self.choice == SYSTEM:
            self.apply()
