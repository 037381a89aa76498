"""The list tabs of the Advocates page: a tool row, a one-line summary and a table (or its
empty state); the Customers tab also reads its keyset pages itself, in tasks."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.advocates_detail import table
from advocacy_desktop.ui.advocates_model import CustomersModel, ListModel
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.tasks import TaskRunner

CUSTOMER_PAGE = 200
NAME_WIDTH = 200


class ListTab(QWidget):
    """A tab of the page: a tool row, a one-line summary, the table or its empty state."""

    def __init__(self, model: ListModel[Any], name: str, *, sortable: bool) -> None:
        super().__init__()
        self.model = model
        self.view = table(model, name)
        self.view.horizontalHeader().setStretchLastSection(True)
        if sortable:
            header = self.view.horizontalHeader()
            header.setSortIndicatorClearable(True)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.view.setSortingEnabled(True)  # model.sort(-1): the service's order
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.setMaximumWidth(260)
        self.tools = QHBoxLayout()
        self.tools.addWidget(self.search)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(dark);")
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid); padding: 32px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self.tools)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        self.sized = False

    def show_rows(self, empty_text: str) -> None:
        self.empty.setText(empty_text)
        self.stack.setCurrentWidget(self.view if self.model.rowCount() else self.empty)
        if self.model.rowCount() and not self.sized:
            self.sized = True
            self.view.resizeColumnsToContents()
            if self.view.columnWidth(0) > NAME_WIDTH:
                self.view.setColumnWidth(0, NAME_WIDTH)
            header = self.view.horizontalHeader()
            header.setStretchLastSection(False)  # stretch again over the explicit width
            header.setStretchLastSection(True)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.customer_id(self.model.item(rows[0].row()))

    def select(self, customer_id: int | None) -> bool:
        row = -1 if customer_id is None else self.model.row_of(customer_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        return row >= 0



class CustomersTab(ListTab):
    """Every customer by id, a keyset page at a time (the next one is read when the view
    scrolls to the end), searched by name, e-mail or customer id. `listed` is emitted when a
    page arrives; `has_customers` is False once an unfiltered first page came back empty."""

    listed = Signal()

    def __init__(self, service: ModuleType, tasks: TaskRunner) -> None:
        self.customers = CustomersModel()
        super().__init__(self.customers, "customersView", sortable=False)
        self.customers.setParent(self)
        self.service, self.tasks = service, tasks
        self.catalogue: Any = None
        self.loaded = False
        self.has_customers = True
        self._serial = 0
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(lambda: self.load(self.catalogue))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.customers.fetch_requested.connect(lambda after: self.load(self.catalogue, after))
        self.duplicates_button = QPushButton()
        self.duplicates_button.setObjectName("duplicatesButton")
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("eraseButton")
        self.tools.addStretch(1)
        self.tools.addWidget(self.duplicates_button)
        self.tools.addWidget(self.erase_button)
        self.error = ""

    def reset(self, catalogue: Any) -> None:
        self.catalogue = catalogue
        self._serial += 1
        self.loaded, self.has_customers, self.error = False, True, ""
        self.customers.set_first_page([], CUSTOMER_PAGE)
        self.sized = False

    def load(self, catalogue: Any, after: int | None = None) -> None:
        """Read the first page (after None) or the page after customer id `after`."""
        self.catalogue = catalogue
        if catalogue is None:
            return
        if after is None:
            self._serial += 1
        serial = self._serial
        search = self.search.text().strip() or None
        service = self.service
        self.tasks.run(
            lambda _ctx: service.list_customers(catalogue, search=search, limit=CUSTOMER_PAGE,
                                                after=after),
            title=self.tr("Listing customers…"), show_dialog=False,
            on_result=lambda rows: self._on_rows(serial, after, search, rows),
            on_error=lambda error: self._on_failed(serial, error),
        )

    def _on_rows(self, serial: int, after: int | None, search: str | None,
                 rows: list[Any]) -> None:
        if serial != self._serial:
            return
        self.loaded, self.error = True, ""
        if after is None:
            if search is None:
                self.has_customers = bool(rows)
            keep = self.selected_id()
            self.customers.set_first_page(rows, CUSTOMER_PAGE)  # clears the selection
            self.select(keep)
        else:
            self.customers.append_page(rows, CUSTOMER_PAGE)
        self.listed.emit()

    def _on_failed(self, serial: int, error: BaseException) -> None:
        if serial == self._serial:
            self.customers.loading = False
            self.error = self.tr("Could not list the customers: {error}").format(
                error=describe(error))
            self.listed.emit()

    def selected_customer(self) -> Any:
        """The selected CustomerSummary, or None."""
        rows = self.view.selectionModel().selectedRows()
        return self.customers.item(rows[0].row()) if rows else None

    def update_summary(self) -> None:
        listed = self.tr("%Ln customer(s) listed", "", self.customers.rowCount())
        if self.customers.more:
            listed += " · " + self.tr("scroll down for more")
        self.summary.setText(listed)
