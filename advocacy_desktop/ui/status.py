"""The catalogue part of the status bar: read-only marker, file name, row counts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:
    from advocacy_desktop.services.catalogue_service import CatalogueCounts

MAX_NAME_WIDTH = 320


class CatalogueStatus(QWidget):
    """Shown permanently at the right of the status bar, so temporary messages never hide it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._read_only = False
        self._counts: CatalogueCounts | None = None
        self._counting = False

        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("readOnlyMarker")
        self.read_only_label.setStyleSheet(
            "QLabel { color: #7b341e; background: #feebc8; border-radius: 3px;"
            " padding: 0px 6px; }"
        )
        self.file_label = QLabel()
        self.file_label.setObjectName("catalogueFile")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.separator = QFrame()
        self.separator.setFrameShape(QFrame.Shape.VLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("catalogueCounts")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(8)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.file_label)
        layout.addWidget(self.separator)
        layout.addWidget(self.counts_label)
        self.retranslate_ui()

    def set_catalogue(self, path: Path | None, *, read_only: bool = False) -> None:
        self._path = path
        self._read_only = read_only
        self._counts = None
        self._counting = path is not None
        self.retranslate_ui()

    def set_counts(self, counts: CatalogueCounts | None) -> None:
        self._counts = counts
        self._counting = False
        self.retranslate_ui()

    def counts_text(self) -> str:
        return self.counts_label.text()

    def retranslate_ui(self) -> None:
        self.read_only_label.setText(self.tr("Read-only"))
        self.read_only_label.setToolTip(
            self.tr("The catalogue is open read-only: it can be read, not changed.")
        )
        self.read_only_label.setVisible(self._path is not None and self._read_only)
        if self._path is None:
            self.file_label.setText(self.tr("No catalogue open"))
            self.file_label.setToolTip("")
        else:
            metrics = self.file_label.fontMetrics()
            self.file_label.setText(
                metrics.elidedText(self._path.name, Qt.TextElideMode.ElideMiddle, MAX_NAME_WIDTH)
            )
            self.file_label.setToolTip(str(self._path))
        has_counts = self._counts is not None or self._counting
        self.separator.setVisible(has_counts)
        self.counts_label.setVisible(has_counts)
        if self._counts is not None:
            c = self._counts
            self.counts_label.setText(
                " · ".join(
                    (
                        self.tr("%Ln feedback", "", c.feedback),
                        self.tr("%Ln source(s)", "", c.sources),
                        self.tr("%Ln need(s)", "", c.needs),
                    )
                )
            )
            self.counts_label.setToolTip(
                "\n".join(
                    (
                        self.tr("%Ln customer(s)", "", c.customers),
                        self.tr("%Ln person(s)", "", c.people),
                        self.tr("%Ln role(s)", "", c.roles),
                        self.tr("%Ln import(s)", "", c.import_batches),
                        self.tr("%Ln rejected row(s) to review", "", c.rejected_rows),
                    )
                )
            )
        elif self._counting:
            self.counts_label.setText(self.tr("Counting…"))
            self.counts_label.setToolTip("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
