"""Edit ▸ Preferences…: the UI language and the theme, applied the moment they are chosen.

The dialog only shows and emits choices; the window applies and stores them (the same way as
View ▸ Language and View ▸ Theme, which stay), so either place shows what the other chose.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.i18n import LANGUAGES
from advocacy_desktop.ui.icons import icon
from advocacy_desktop.ui.theme import DARK, LIGHT, SYSTEM

THEME_CHOICES = (SYSTEM, LIGHT, DARK)


class PreferencesDialog(QDialog):
    """Language ("" = the system's) and theme (SYSTEM, LIGHT, DARK) as two lists."""

    language_chosen = Signal(str)
    theme_chosen = Signal(str)

    def __init__(self, language: str | None, theme: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowIcon(icon("settings"))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("", "")
        for code, native_name in LANGUAGES.items():
            self.language_combo.addItem(native_name, code)  # each in its own language
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("themeCombo")
        for choice in THEME_CHOICES:
            self.theme_combo.addItem("", choice)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.theme_label = QLabel()
        self.theme_label.setBuddy(self.theme_combo)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.theme_label, self.theme_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.set_values(language, theme)
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language_combo.currentData()))
        self.theme_combo.currentIndexChanged.connect(
            lambda _i: self.theme_chosen.emit(self.theme_combo.currentData()))
        self.retranslate_ui()
        self.setMinimumWidth(380)

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def theme(self) -> str:
        return str(self.theme_combo.currentData())

    def set_values(self, language: str | None, theme: str) -> None:
        """Show these choices without emitting them (the menus changed them)."""
        for combo, value in ((self.language_combo, language or ""), (self.theme_combo, theme)):
            index = combo.findData(value)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("&Language:"))
        self.theme_label.setText(self.tr("&Theme:"))
        self.language_combo.setItemText(0, self.tr("System default"))
        texts = {SYSTEM: self.tr("Follow the system"), LIGHT: self.tr("Light"),
                 DARK: self.tr("Dark")}
        for index, choice in enumerate(THEME_CHOICES):
            self.theme_combo.setItemText(index, texts[choice])
        self.note.setText(self.tr("Both apply at once and are remembered."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
