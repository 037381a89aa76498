"""The left navigation list and the stack of pages it switches between."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QStackedWidget, QWidget

from advocacy_desktop.ui.pages import Page


class PageNavigator(QSplitter):
    """A navigation list beside a QStackedWidget; pages are addressed by index or by id."""

    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("pageNavigator")
        self.setChildrenCollapsible(False)
        self.list = QListWidget()
        self.list.setObjectName("navigationList")
        self.list.setIconSize(QSize(20, 20))
        self.list.setSpacing(2)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget#navigationList::item { padding: 6px 8px; }")
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self.addWidget(self.list)
        self.addWidget(self.stack)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.list.currentRowChanged.connect(self._on_row_changed)

    # --- pages

    def pages(self) -> list[Page]:
        return [self.stack.widget(i) for i in range(self.stack.count())]  # type: ignore[misc]

    def page(self, page_id: str) -> Page:
        for page in self.pages():
            if page.page_id == page_id:
                return page
        raise KeyError(page_id)

    def add_page(self, page: Page) -> int:
        index = self.stack.addWidget(page)
        item = QListWidgetItem(page.icon(), page.title())
        item.setData(Qt.ItemDataRole.UserRole, page.page_id)
        self.list.addItem(item)
        self._fit_list_width()
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        return index

    def replace_page(self, page_id: str, page: Page) -> Page:
        """Put `page` where the page `page_id` was; return the old one (not deleted)."""
        old = self.page(page_id)
        index = self.stack.indexOf(old)
        current = self.stack.currentIndex()
        self.stack.removeWidget(old)
        self.stack.insertWidget(index, page)
        item = self.list.item(index)
        item.setIcon(page.icon())
        item.setText(page.title())
        item.setData(Qt.ItemDataRole.UserRole, page.page_id)
        self.stack.setCurrentIndex(current)
        self._fit_list_width()
        return old

    # --- current page

    @property
    def current_index(self) -> int:
        return self.stack.currentIndex()

    def current_page(self) -> Page | None:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def set_current(self, index: int) -> None:
        if 0 <= index < self.stack.count():
            self.list.setCurrentRow(index)

    def set_current_id(self, page_id: str) -> None:
        self.set_current(self.stack.indexOf(self.page(page_id)))

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
            self.current_changed.emit(row)

    # --- navigation panel

    def navigation_visible(self) -> bool:
        return not self.list.isHidden()

    def set_navigation_visible(self, visible: bool) -> None:
        self.list.setVisible(visible)

    # --- texts

    def retranslate_ui(self) -> None:
        for index, page in enumerate(self.pages()):
            self.list.item(index).setText(page.title())
        self._fit_list_width()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fit_list_width(self) -> None:
        """Wide enough for the longest title in the current language, never elided."""
        metrics = self.list.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.list.item(i).text()) for i in range(self.list.count())),
            default=80,
        )
        width = widest + self.list.iconSize().width() + 56
        self.list.setMinimumWidth(max(150, width))
        if self.sizes() and self.sizes()[0] < self.list.minimumWidth():
            total = sum(self.sizes())
            self.setSizes([self.list.minimumWidth(), max(0, total - self.list.minimumWidth())])
