"""The detail pane of the Advocates page: one customer's header, the sources where they speak
for us, their feedback history (overdue items highlighted), their open items and their care
log. It reads the customer in a task; the page owns the buttons' actions (undo commands)."""

from __future__ import annotations

from html import escape
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.domain.advocacy import source_counts
from advocacy_desktop.ui.advocates_model import (
    CareLogModel,
    ChipDelegate,
    HistoryModel,
    day_text,
    risk_label,
    trend_text,
)
from advocacy_desktop.ui.default_names import source_label
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.tasks import TaskRunner
from advocacy_desktop.ui.theme import readable


def table(model: Any, name: str) -> QTableView:
    """A read-only, row-selecting table view with chips painted."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setItemDelegate(ChipDelegate(view))
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    return view


class CustomerPane(QWidget):
    """Call `show_customer(catalogue, id, advocate)`; `loaded` emits once it is shown."""

    loaded = Signal(int)
    care_selection_changed = Signal()

    def __init__(self, customers_service: ModuleType, advocates_service: ModuleType,
                 tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPane")
        self.customers_service, self.advocates_service = customers_service, advocates_service
        self.tasks = tasks
        self.catalogue: Any = None
        self.customer_id: int | None = None
        self.detail: Any = None
        self.care: list[Any] = []
        self._advocate: Any = None
        self._serial = 0

        self.name_label = QLabel()
        self.name_label.setObjectName("customerName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("customerSummary")
        self.summary_label.setWordWrap(True)
        self.sources_label = QLabel()
        self.sources_label.setObjectName("customerSources")
        self.sources_label.setWordWrap(True)

        self.history_model = HistoryModel(self)
        self.history_view = table(self.history_model, "historyView")
        self.open_model = HistoryModel(self)
        self.open_view = table(self.open_model, "openItemsView")
        for view in (self.history_view, self.open_view):
            header = view.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
            header.setStretchLastSection(False)
            header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.items_tabs = QTabWidget()
        self.items_tabs.setObjectName("itemsTabs")
        self.items_tabs.setDocumentMode(True)
        self.items_tabs.addTab(self.history_view, "")
        self.items_tabs.addTab(self.open_view, "")

        self.care_heading = QLabel()
        self.care_heading.setObjectName("careHeading")
        bold = self.care_heading.font()
        bold.setBold(True)
        self.care_heading.setFont(bold)
        self.log_button = QPushButton()
        self.log_button.setObjectName("logPracticeButton")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteCareButton")
        self.care_model = CareLogModel(self)
        self.care_view = table(self.care_model, "careView")
        care_header = self.care_view.horizontalHeader()
        for column in (0, 1, 2):
            care_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.care_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.care_empty = QLabel()
        self.care_empty.setObjectName("careEmpty")
        self.care_empty.setWordWrap(True)
        self.care_empty.setStyleSheet("color: palette(mid);")

        care_top = QHBoxLayout()
        care_top.addWidget(self.care_heading)
        care_top.addStretch(1)
        care_top.addWidget(self.log_button)
        care_top.addWidget(self.delete_button)
        care = QWidget()
        care_layout = QVBoxLayout(care)
        care_layout.setContentsMargins(0, 6, 0, 0)
        care_layout.addLayout(care_top)
        care_layout.addWidget(self.care_empty)
        care_layout.addWidget(self.care_view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.items_tabs)
        splitter.addWidget(care)
        splitter.setSizes([330, 240])

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.name_label)
        content_layout.addWidget(self.summary_label)
        content_layout.addWidget(self.sources_label)
        content_layout.addSpacing(4)
        content_layout.addWidget(splitter, 1)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("paneEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); padding: 24px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate_ui()
        self._update_buttons()

    # ------------------------------------------------------------------ loading

    def show_customer(self, catalogue: Any, customer_id: int | None,
                      advocate: Any = None) -> None:
        """Read the customer in a task (None: the empty state). `advocate`, when the
        customer is one, gives the sources as the advocates list counted them."""
        self.catalogue = catalogue
        self._serial += 1
        serial = self._serial
        if customer_id != self.customer_id:
            self.care_view.clearSelection()
        self.customer_id, self._advocate = customer_id, advocate
        if catalogue is None or customer_id is None:
            self.detail, self.care = None, []
            self.stack.setCurrentWidget(self.empty_label)
            self._update_buttons()
            return
        customers, advocates = self.customers_service, self.advocates_service

        def read(_ctx: Any) -> tuple[Any, list[Any]]:
            return (customers.customer_detail(catalogue, customer_id),
                    advocates.care_log(catalogue, customer_id))

        self.tasks.run(read, title=self.tr("Reading the customer…"), show_dialog=False,
                       on_result=lambda found: self._on_read(serial, found),
                       on_error=lambda error: self._on_failed(serial, error))

    def reload(self) -> None:
        self.show_customer(self.catalogue, self.customer_id, self._advocate)

    def _on_read(self, serial: int, found: tuple[Any, list[Any]]) -> None:
        if serial != self._serial:
            return
        self.detail, self.care = found
        self._fill()
        self.loaded.emit(self.detail.id)

    def _on_failed(self, serial: int, error: BaseException) -> None:
        if serial != self._serial:
            return
        self.detail, self.care = None, []
        self.empty_label.setText(describe(error))
        self.stack.setCurrentWidget(self.empty_label)
        self._update_buttons()

    # ------------------------------------------------------------------ showing

    def _fill(self) -> None:
        d = self.detail
        self.name_label.setText(d.name if not d.erased else self.tr("Erased customer #{id}")
                                .format(id=d.id))
        self.summary_label.setText(self._summary(d))
        self.sources_label.setText(self._sources(d))
        self.history_model.set_rows(d.history)
        opened = set(d.open_item_ids)
        self.open_model.set_rows([h for h in d.history if h.feedback_id in opened])
        self.care_model.set_rows(self.care)
        self._retitle()
        self.stack.setCurrentIndex(1)
        self._update_buttons()

    def _summary(self, d: Any) -> str:
        parts = []
        if d.latest_score is not None:
            latest = self.tr("Latest answer <b>{score}</b>").format(score=d.latest_score)
            if d.trend is not None:
                colour = readable("#2e7d32" if d.trend > 0 else "#c62828" if d.trend < 0
                                  else "#666").name()
                latest += f" <span style='color:{colour}'>{trend_text(d.trend)}</span>"
            parts.append(latest)
        parts.append(self.tr("%n answer(s)", "", d.answers))
        if d.is_advocate and d.advocate_since is not None:
            parts.append(self.tr("advocate since {day}").format(day=day_text(d.advocate_since)))
        for kind in d.risk:
            parts.append(f"<span style='color:{readable('#6d4c9f').name()}'>"
                         f"{escape(risk_label(kind))}</span>")
        if d.overdue_items:
            parts.append(f"<span style='color:{readable('#c62828').name()}'><b>" + self.tr(
                "%n problem(s) overdue", "", d.overdue_items) + "</b></span>")
        if d.erased:
            parts.append(self.tr("personal data erased"))
        return " · ".join(parts)

    def _sources(self, d: Any) -> str:
        advocate = self._advocate
        if advocate is not None and advocate.customer_id == d.id:
            counts = list(advocate.sources)
        else:
            counts = source_counts((h.source, h.score) for h in d.history
                                   if h.score is not None)
        speaking = [c for c in counts if c.promoter_answers]
        if not speaking:
            return ""
        listed = ", ".join(
            self.tr("{source} ({promoters} of {answers})").format(
                source=escape(source_label(c.source) or self.tr("no source")),
                promoters=c.promoter_answers, answers=c.answers)
            for c in speaking)
        return self.tr("Speaks for us on: {sources}").format(sources=listed)

    def _retitle(self) -> None:
        history = self.history_model.rowCount()
        opened = self.open_model.rowCount()
        self.items_tabs.setTabText(0, self.tr("Feedback history (%n)", "", history))
        self.items_tabs.setTabText(1, self.tr("Open items (%n)", "", opened))
        self.care_heading.setText(self.tr("Care log (%n)", "", self.care_model.rowCount()))
        erased = self.detail is not None and self.detail.erased
        self.care_empty.setText(
            self.tr("This customer's personal data was erased: their care log is closed.")
            if erased else self.tr(
                "Nothing logged yet. Log what was done for them: thanks, a fix, an "
                "invitation, a public mention…"))
        self.care_empty.setVisible(self.care_model.rowCount() == 0)

    def selected_care(self) -> Any:
        rows = self.care_view.selectionModel().selectedRows()
        return self.care_model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        writable = self.catalogue is not None and not getattr(self.catalogue, "read_only",
                                                              False)
        open_customer = self.detail is not None and not self.detail.erased
        self.log_button.setEnabled(writable and open_customer)
        self.delete_button.setEnabled(writable and self.selected_care() is not None)
        self.care_selection_changed.emit()

    def retranslate_ui(self) -> None:
        self.log_button.setText(self.tr("&Log Practice…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.empty_label.setText(self.tr(
            "Select a customer to see their feedback history, their open items and what "
            "was done for them."))
        for model in (self.history_model, self.open_model, self.care_model):
            model.retranslate()
        if self.detail is not None:
            self._fill()
        else:
            self._retitle()
