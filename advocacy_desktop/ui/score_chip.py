"""The score of a feedback row painted as a rounded chip in its NPS colour (the Feedback table
and the follow-up queue)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


def draw_cell_without_text(
    delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem, index: Any
) -> None:
    """The cell's selection and focus as the style draws them, without its text or
    background: what chips are painted over."""
    plain = QStyleOptionViewItem(option)
    delegate.initStyleOption(plain, index)
    plain.text = ""
    plain.backgroundBrush = QBrush()
    widget = option.widget  # type: ignore[attr-defined]
    style = widget.style() if widget is not None else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)


class ScoreChipDelegate(QStyledItemDelegate):
    """Paints the score as a rounded chip in its NPS colour (the model gives the colours)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is None:
            super().paint(painter, option, index)
            return
        draw_cell_without_text(self, painter, option, index)
        rect = option.rect  # type: ignore[attr-defined]
        height = min(rect.height() - 6, option.fontMetrics.height() + 4)  # type: ignore[attr-defined]
        chip = QRect(0, 0, min(rect.width() - 8, 34), height)
        chip.moveCenter(rect.center())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(index.data(Qt.ItemDataRole.ForegroundRole))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, str(index.data() or ""))
        painter.restore()
