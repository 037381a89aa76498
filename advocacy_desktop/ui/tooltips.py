"""Tooltips that say what a control does and name its shortcut the platform's way, and the
same words as the status-bar tip the main window shows while the pointer rests on it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def with_shortcut(text: str, shortcut: QKeySequence | QAction | None) -> str:
    """`text` followed by its keys in the platform's notation: "Add a need (Ins)"."""
    if isinstance(shortcut, QAction):
        shortcut = shortcut.shortcut()
    if shortcut is None or shortcut.isEmpty():
        return text
    keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
    return QCoreApplication.translate("Tooltips", "{text} ({keys})").format(text=text, keys=keys)


def set_tip(target: QWidget | QAction, text: str,
            shortcut: QKeySequence | QAction | None = None) -> None:
    """The tooltip (with the shortcut) and the status-bar tip (without) of a control."""
    target.setToolTip(with_shortcut(text, shortcut))
    target.setStatusTip(text)
