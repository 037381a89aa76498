"""The dialog that adds a person to the catalogue: name, e-mail and a checklist of roles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.default_names import display_name, role_label


class AddPersonDialog(QDialog):
    """Name, e-mail and a checklist of the roles."""

    def __init__(self, roles: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Person"))
        self.name_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.roles_list = QListWidget()
        for role in roles:
            item = QListWidgetItem(role_label(role.name))
            item.setToolTip(display_name("role_description", role.description))
            item.setData(Qt.ItemDataRole.UserRole, role.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.roles_list.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.tr("&Roles:"), self.roles_list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.name_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(380, 360)

    def values(self) -> tuple[str, str | None, list[int]]:
        role_ids = []
        for row in range(self.roles_list.count()):
            item = self.roles_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                role_ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return self.name_edit.text().strip(), self.email_edit.text().strip() or None, role_ids
