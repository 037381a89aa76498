"""The small dialogs of the Needs page: merge into which need, delete and where its items
go, and the one-key shortcut. They only ask; the page makes the change through the service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

NOWHERE = -1
"""Combo data meaning 'untag the items' (delete) or 'the top level' (children)."""


def _combo(needs: Sequence[Any], first: tuple[str, int] | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setMinimumContentsLength(28)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    if first is not None:
        combo.addItem(*first)
    for need in needs:
        combo.addItem(need.path, need.id)
    return combo


def _select(combo: QComboBox, data: int | None) -> None:
    found = combo.findData(data)
    if found >= 0:
        combo.setCurrentIndex(found)


def _message(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMinimumWidth(380)
    return label


class MergeNeedDialog(QDialog):
    """Merge `source` into one of `targets` (the needs not below the source)."""

    def __init__(self, source: Any, targets: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge Need"))
        self.target_combo = _combo(targets)
        text = self.tr(
            "Merge “{name}” into another need. The %Ln item(s) tagged with it get that need "
            "instead (none twice), the needs below it move there, and “{name}” is removed.",
            "",
            source.items,
        ).format(name=source.name)
        form = QFormLayout()
        form.addRow(self.tr("Merge into:"), self.target_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_message(text))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def target_id(self) -> int | None:
        data = self.target_combo.currentData()
        return None if data is None else int(data)

    def set_target(self, need_id: int) -> None:
        _select(self.target_combo, need_id)


class DeleteNeedDialog(QDialog):
    """Ask where the items and the needs below a deleted need go. Untagging the items is a
    choice the user has to make in the list; it is never the default."""

    def __init__(
        self,
        need: Any,
        item_targets: Sequence[Any],
        child_targets: Sequence[Any],
        child_count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.need = need
        self.setWindowTitle(self.tr("Delete Need"))
        layout = QVBoxLayout(self)
        text = self.tr("Delete “{name}”?").format(name=need.path)
        if need.items:
            text += " " + self.tr(
                "%Ln item(s) are tagged with it: choose the need they get instead.", "",
                need.items,
            )
        layout.addWidget(_message(text))
        form = QFormLayout()
        self.items_combo = _combo(item_targets, (self.tr("Choose a need…"), None))
        self.items_combo.addItem(self.tr("No need: remove the tag from the items"), NOWHERE)
        if need.parent_id is not None:
            _select(self.items_combo, need.parent_id)
        self.items_combo.currentIndexChanged.connect(lambda _i: self._update_ok())
        self.children_combo = _combo(child_targets, (self.tr("The top level"), NOWHERE))
        _select(self.children_combo, need.parent_id if need.parent_id is not None else NOWHERE)
        if need.items:
            form.addRow(self.tr("Its items go to:"), self.items_combo)
        if child_count:
            label = self.tr("The %n need(s) below it go under:", "", child_count)
            form.addRow(label, self.children_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Delete"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        """With tagged items, Delete waits until the user said where they go."""
        chosen = self.items_combo.currentData() is not None
        self.ok_button.setEnabled(chosen or not self.need.items)

    def move_items_to(self) -> int | None:
        data = self.items_combo.currentData()
        return None if data in (None, NOWHERE) or not self.need.items else int(data)

    def untag_items(self) -> bool:
        return bool(self.need.items) and self.items_combo.currentData() == NOWHERE

    def move_children_to(self) -> int | None:
        data = self.children_combo.currentData()
        return None if data in (None, NOWHERE) else int(data)

    def set_items_target(self, need_id: int | None) -> None:
        _select(self.items_combo, NOWHERE if need_id is None else need_id)

    def set_children_target(self, need_id: int | None) -> None:
        _select(self.children_combo, NOWHERE if need_id is None else need_id)


class ShortcutDialog(QDialog):
    """One key that tags the selected feedback with the need."""

    def __init__(self, need: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Need Shortcut"))
        self.edit = QLineEdit(need.shortcut or "")
        self.edit.setMaxLength(1)
        self.edit.setFixedWidth(60)
        text = self.tr(
            "The key that tags feedback with “{name}”: one letter or sign. Digits are kept "
            "for scores. Leave it empty for no shortcut."
        ).format(name=need.name)
        form = QFormLayout()
        form.addRow(self.tr("Key:"), self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_message(text))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def shortcut(self) -> str | None:
        return self.edit.text() or None
