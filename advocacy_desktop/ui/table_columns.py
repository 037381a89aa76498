"""Column widths that fit the header's words in every UI language."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionHeader, QTableView

#: room beside a header's text: the style's margins and a sort indicator
_HEADER_PADDING = 12


def header_width(view: QTableView, column: int) -> int:
    """The width `column`'s header needs to show its whole text."""
    header = view.horizontalHeader()
    text = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin,
                                        QStyleOptionHeader(), header)
    return header.fontMetrics().horizontalAdvance(text) + 2 * margin + _HEADER_PADDING


def fit_headers(view: QTableView, widths: Mapping[int, int]) -> None:
    """Give each column of `widths` at least its width there and at least what its header's
    text needs (German "Empfehlung" is wider than "Score"); wider columns keep their width."""
    header = view.horizontalHeader()
    for column, width in widths.items():
        wanted = max(width, header_width(view, column))
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)
