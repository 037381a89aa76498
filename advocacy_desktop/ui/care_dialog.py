"""Logging one of the six practices for an advocate, and the undo commands of the care log.

The change is made *before* a command is pushed, so a refused entry (a day in the future, an
erased customer) raises at once and nothing reaches the undo stack; the first `redo` that Qt
calls on push does nothing. Undo of a logged entry deletes it (keeping it whole); redo puts
that same entry back with `restore_care` (same id and uuid). Deleting is the mirror image.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from types import ModuleType
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.advocates_model import PRACTICES, practice_help, practice_label
from advocacy_desktop.ui.messages import describe

NOTE_MAX = 4000


class CareDialog(QDialog):
    """Practice (with what it means), day (today by default, never in the future), who
    (optional) and a note. `values()` gives what to pass to `log_care`."""

    def __init__(self, customer_name: str, people: Sequence[tuple[int, str]], *,
                 today: date | None = None, open_items: int = 0, overdue_items: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("careDialog")
        self.setWindowTitle(self.tr("Log a Practice"))
        self._open, self._overdue = open_items, overdue_items
        today = today or date.today()

        self.heading = QLabel(self.tr("What was done for {name}?").format(name=customer_name))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.practice_combo = QComboBox()
        self.practice_combo.setObjectName("practiceCombo")
        for practice in PRACTICES:
            self.practice_combo.addItem(practice_label(practice), practice)
            self.practice_combo.setItemData(self.practice_combo.count() - 1,
                                            practice_help(practice), Qt.ItemDataRole.ToolTipRole)
        self.explanation = QLabel()
        self.explanation.setObjectName("practiceExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: palette(dark);")
        self.practice_combo.currentIndexChanged.connect(self._explain)

        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("careDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(today.year, today.month, today.day))

        self.person_combo = QComboBox()
        self.person_combo.setObjectName("careWho")
        self.person_combo.addItem(self.tr("— Not recorded —"), None)
        for person_id, name in people:
            self.person_combo.addItem(name, person_id)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("careNote")
        self.note_edit.setPlaceholderText(
            self.tr("What was done, and how they reacted (optional)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 5 + 12)
        self.note_edit.textChanged.connect(self._check)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Practice:"), self.practice_combo)
        form.addRow("", self.explanation)
        form.addRow(self.tr("&Day:"), self.date_edit)
        form.addRow(self.tr("&Who:"), self.person_combo)
        form.addRow(self.tr("&Note:"), self.note_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Log"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._explain()

    def set_practice(self, practice: str) -> None:
        self.practice_combo.setCurrentIndex(self.practice_combo.findData(practice))

    def _explain(self) -> None:
        practice = self.practice_combo.currentData()
        text = practice_help(practice)
        if practice == "respect" and self._open:
            text += " " + self.tr("They have %n open item(s)", "", self._open)
            if self._overdue:
                text += self.tr(", %n overdue", "", self._overdue)
            text += "."
        self.explanation.setText(text)

    def _check(self) -> None:
        self.ok_button.setEnabled(len(self.note_edit.toPlainText()) <= NOTE_MAX)

    def values(self) -> tuple[str, date, int | None, str | None]:
        """(practice, day, person id or None, note or None)."""
        day = self.date_edit.date()
        note = self.note_edit.toPlainText().strip() or None
        return (str(self.practice_combo.currentData()),
                date(day.year(), day.month(), day.day()),
                self.person_combo.currentData(), note)


class CareCommand(QUndoCommand):
    """A care entry logged (`logged=True`) or deleted; see the module docstring."""

    def __init__(self, service: ModuleType, catalogue: Any, entry: Any, *, logged: bool,
                 text: str, on_change: Callable[[int], None],
                 on_error: Callable[[str], None]) -> None:
        super().__init__(text)
        self.service, self.catalogue = service, catalogue
        self.entry = entry
        """The CareEntry as it was (when logged: as read back after logging)."""
        self.logged = logged
        self._on_change, self._on_error = on_change, on_error
        self._first = True

    @classmethod
    def log(cls, service: ModuleType, catalogue: Any, customer_id: int, practice: str,
            day: date, person_id: int | None, note: str | None, *, text: str,
            on_change: Callable[[int], None], on_error: Callable[[str], None]) -> CareCommand:
        """Log the entry now (a refusal raises, nothing changed) and return the command."""
        entry_id = service.log_care(catalogue, customer_id, practice, day, person_id, note)
        entry = next(e for e in service.care_log(catalogue, customer_id) if e.id == entry_id)
        return cls(service, catalogue, entry, logged=True, text=text, on_change=on_change,
                   on_error=on_error)

    @classmethod
    def delete(cls, service: ModuleType, catalogue: Any, entry_id: int, *, text: str,
               on_change: Callable[[int], None],
               on_error: Callable[[str], None]) -> CareCommand:
        entry = service.delete_care(catalogue, entry_id)
        return cls(service, catalogue, entry, logged=False, text=text, on_change=on_change,
                   on_error=on_error)

    def redo(self) -> None:
        if self._first:
            self._first = False
            self._on_change(self.entry.customer_id)
            return
        self._apply(add=self.logged)

    def undo(self) -> None:
        self._apply(add=not self.logged)

    def _apply(self, *, add: bool) -> None:
        try:
            if add:
                self.service.restore_care(self.catalogue, self.entry)
            else:
                self.entry = self.service.delete_care(self.catalogue, self.entry.id)
        except (ValueError, LookupError) as exc:
            self.setObsolete(True)
            self._on_error(describe(exc))
        self._on_change(self.entry.customer_id)
