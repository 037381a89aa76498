"""The due date and internal notes of the selected feedback items, as one undoable step."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from advocacy_desktop.ui.workflow_commands import due_command, notes_command


class FollowUpDialog(QDialog):
    """Due date (or none) and internal notes for one or many items. The notes field starts
    with the current item's notes; a multi-item change replaces every item's notes."""

    def __init__(self, count: int, due: date | None, notes: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Due Date and Notes"))
        self.has_due = QCheckBox(self.tr("&Due by"))
        self.due_edit = QDateEdit(calendarPopup=True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        start = due or date.today()
        self.due_edit.setDate(QDate(start.year, start.month, start.day))
        self.has_due.setChecked(due is not None)
        self.due_edit.setEnabled(due is not None)
        self.has_due.toggled.connect(self.due_edit.setEnabled)
        self.notes_edit = QPlainTextEdit(notes or "")
        self.notes_edit.setPlaceholderText(self.tr("Internal notes, never shown to customers"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("%Ln item(s) selected.", "", count)))
        form.addRow(self.has_due, self.due_edit)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(420, 260)

    def due(self) -> date | None:
        if not self.has_due.isChecked():
            return None
        return self.due_edit.date().toPython()  # type: ignore[no-any-return]

    def notes(self) -> str | None:
        return self.notes_edit.toPlainText().strip() or None


def apply_follow_up(page: Any, ids: list[int], due: date | None, notes: str | None) -> None:
    """Push the due date and the notes as one undo step (a macro of two commands)."""
    workflow = page.services.workflow_service
    stack = page.undo_stack
    # the dialog's context: `page.tr` would be filed by lupdate under "page", never found
    stack.beginMacro(QCoreApplication.translate("FollowUpDialog", "Due date and notes"))
    try:
        for command in (
            due_command(workflow, page.catalogue, ids, due, on_change=page._changed),
            notes_command(workflow, page.catalogue, ids, notes, on_change=page._changed),
        ):
            stack.push(command)
    finally:
        stack.endMacro()


def edit_selected(page: Any) -> bool:
    """Ask for the due date and notes of the page's selected items; True when applied."""
    ids = page._targets() if page._writable() else []
    if not ids:
        return False
    current = page.services.feedback_query.detail(page.catalogue, ids[0])
    dialog = FollowUpDialog(
        len(ids), getattr(current, "due_on", None), getattr(current, "notes", None), page
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    apply_follow_up(page, ids, dialog.due(), dialog.notes())
    return True
