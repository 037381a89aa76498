"""Erasing one customer's personal data on request: the confirmation dialog.

It says what is removed and what is kept (the anonymous scores, so the statistics do not
change), that it cannot be undone, and asks the user to type the customer's name or the
word ERASE. The erasure itself is `services.privacy.erase_customer`, run by the page.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

CONFIRM_WORD = "ERASE"


class EraseCustomerDialog(QDialog):
    """Accepting it means: the user confirmed the erasure of `customer_name`."""

    def __init__(self, customer_name: str, items: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase Personal Data"))
        self.customer_name = customer_name

        heading = QLabel(self.tr("Erase the personal data of {name}?").format(
            name=customer_name))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setWordWrap(True)

        removed = QLabel(
            "<b>" + self.tr("Removed for good:") + "</b> " + self.tr(
                "their name, e-mail address and customer id; the text, notes and original "
                "spreadsheet columns of their %Ln item(s); the notes of their care log; every "
                "copy of these in the history of changes, in rejected import rows and in "
                "import file names.", "", items))
        kept = QLabel(
            "<b>" + self.tr("Kept, anonymous:") + "</b> " + self.tr(
                "each item's score, rating, dates, source, needs, status and assignee, so "
                "NPS and every statistic stay exactly the same. The customer becomes "
                "“Erased customer” and can no longer be found by name or e-mail."))
        warning = QLabel(
            "<b>" + self.tr("This cannot be undone.") + "</b> " + self.tr(
                "Edit ▸ Undo will not bring the data back. Backups made before still hold "
                "it: erase there too, or delete them."))
        for label in (removed, kept, warning):
            label.setWordWrap(True)
        warning.setObjectName("eraseWarning")
        warning.setStyleSheet(
            "background: #fde2df; border: 1px solid #e6998f; color: #6b1d14;"
            "border-radius: 4px; padding: 8px;")

        self.prompt = QLabel(self.tr(
            "To confirm, type the customer's name ({name}) or {word}:").format(
                name=customer_name, word=CONFIRM_WORD))
        self.prompt.setWordWrap(True)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setObjectName("eraseConfirm")
        self.confirm_edit.textChanged.connect(self._check)
        self.prompt.setBuddy(self.confirm_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(self.tr("&Erase"))
        self.erase_button.setObjectName("eraseButton")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(removed)
        layout.addWidget(kept)
        layout.addWidget(warning)
        layout.addWidget(self.prompt)
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.resize(560, layout.totalHeightForWidth(560))
        self._check()

    def confirmed(self) -> bool:
        typed = " ".join(self.confirm_edit.text().split())
        if not typed:
            return False
        return (typed == CONFIRM_WORD
                or typed.casefold() == " ".join(self.customer_name.split()).casefold())

    def _check(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():
            super().accept()
