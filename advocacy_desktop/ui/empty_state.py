"""Empty states: a centred message, with buttons when there is something to do, laid over an
item view while it has nothing to show.

The overlay is a child of the view (not of its viewport, which scrolls its children) kept on
the viewport's geometry, so the header stays visible above it. Its texts come from a callable
the page gives, evaluated again on every language change: the page's own `self.tr` words them
(its translation context), and they follow the language without the page's help.

    self.empty_state = EmptyState(self.people_view, lambda: (
        self.tr("No people yet"), self.tr("Add the people who follow up feedback…")),
        when=lambda: self.loaded)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.tooltips import set_tip

Texts = Callable[[], tuple[str, str]]
"""(heading, explanation) in the UI language; either may be empty."""
MAX_WIDTH = 520


class EmptyState(QWidget):
    """Shown over `view` while `when()` holds (by default: the model has no rows). Pages with
    more states than "empty" call `refresh` when their inputs change."""

    def __init__(self, view: QAbstractItemView, texts: Texts, *,
                 when: Callable[[], bool] | None = None) -> None:
        super().__init__(view)
        self.setObjectName("emptyState")
        self.view = view
        self._texts = texts
        self._when = when or self.model_is_empty
        self._buttons: list[tuple[QPushButton, Callable[[], str], Callable[[], str] | None,
                                  QAction | None]] = []
        self.heading = QLabel()
        self.heading.setObjectName("emptyHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("emptyText")
        self.text.setStyleSheet("color: palette(dark);")
        for label in (self.heading, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)

        # word-wrapped labels need a real width: a column between two stretches
        column = QWidget()
        column.setMaximumWidth(MAX_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(column)
        inner.setSpacing(8)
        inner.addWidget(self.heading)
        inner.addWidget(self.text)
        inner.addSpacing(4)
        inner.addLayout(self.buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 6)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self._schedule)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        self.hide()
        self.refresh()

    def model_is_empty(self) -> bool:
        return self.view.model().rowCount() == 0

    def add_button(self, text: Callable[[], str], on_click: Callable[[], object],
                   name: str = "", *, tip: Callable[[], str] | None = None,
                   shortcut: QAction | None = None) -> QPushButton:
        """A button under the text; `text()` and `tip()` word it, again on every language
        change (the tooltip names `shortcut`'s keys)."""
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: on_click())
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        self._buttons.append((button, text, tip, shortcut))
        return button

    def set_texts(self, texts: Texts) -> None:
        self._texts = texts
        self.refresh()

    def refresh(self) -> None:
        """Show or hide, and word the texts anew."""
        shown = bool(self._when())
        if shown:
            heading, text = self._texts()
            self.heading.setText(heading)
            self.heading.setVisible(bool(heading))
            self.text.setText(text)
            self.text.setVisible(bool(text))
            for button, words, tip, shortcut in self._buttons:
                button.setText(words())
                if tip is not None:
                    set_tip(button, tip(), shortcut)
            self._place()
        self.setVisible(shown)
        if shown:
            self.raise_()

    def _schedule(self, *_args: object) -> None:
        self._timer.start()  # a reset and an insert in a row: one refresh

    def _place(self) -> None:
        self.setGeometry(self.view.viewport().geometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            self._place()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.isHidden():
            self.refresh()
        super().changeEvent(event)
