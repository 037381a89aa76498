"""The Advocates page: brand advocates and how long since we did something for them, the
customers at risk of falling away, every customer (duplicates merged, personal data erased on
request), and one customer's history and care log beside the list.

`advocates()` (~5 s on 1M items) and `at_risk()` (~3.5 s) run in tasks, side by side; the
page shows the old lists and a busy indicator meanwhile. The page refreshes when it gets a
catalogue, when it is shown after `mark_stale()`, and after its own changes. Care-log entries
and merges are undo commands; erasure is not undoable, and the dialog says so.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.advocates_detail import CustomerPane
from advocacy_desktop.ui.advocates_model import (
    AdvocatesModel,
    AtRiskModel,
    day_text,
    practice_label,
)
from advocacy_desktop.ui.advocates_tabs import CustomersTab, ListTab
from advocacy_desktop.ui.care_dialog import CareCommand, CareDialog
from advocacy_desktop.ui.customer_merge import DuplicatesDialog, MergeCommand
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.pages import Page, page_spec, translate
from advocacy_desktop.ui.privacy_dialogs import EraseCustomerDialog
from advocacy_desktop.ui.tasks import TaskRunner
from advocacy_desktop.ui.tooltips import set_tip

MAX_CARE_DAYS = 3650
ADVOCATES, AT_RISK, CUSTOMERS = 0, 1, 2


class AdvocatesPage(Page):
    """Receives the advocates, customers, privacy and people service modules, the window's
    task runner and undo stack."""

    def __init__(self, advocates_service: ModuleType, customers_service: ModuleType,
                 privacy_service: ModuleType, people_service: ModuleType, tasks: TaskRunner,
                 undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(page_spec("advocates"), parent)
        self.setObjectName("page-advocates")
        self.advocates_service, self.customers_service = advocates_service, customers_service
        self.privacy_service, self.people_service = privacy_service, people_service
        self.tasks, self.undo_stack = tasks, undo_stack
        self.loaded = False
        """True once the advocates and at-risk lists of the current catalogue are shown."""
        self.care_days = 90
        self.people: list[tuple[int, str]] = []
        self.care_dialog: CareDialog | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.erase_dialog: EraseCustomerDialog | None = None
        self._advocate_by_id: dict[int, Any] = {}
        self._stale = True
        self._serial = 0
        self._pending = 0
        self._selected: dict[int, int | None] = {ADVOCATES: None, AT_RISK: None,
                                                 CUSTOMERS: None}
        self._refresh_timer = self._timer(0, self.refresh)
        self._filter_timer = self._timer(150, self._apply_filters)
        self._care_days_timer = self._timer(800, self._save_care_days)
        self._build()
        self.retranslate_ui()
        self._show_lists()

    def _timer(self, ms: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.step_label = QLabel()
        self.step_label.setStyleSheet("color: palette(mid);")
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(110)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy_label = QLabel()
        self.busy_label.setStyleSheet("color: palette(mid);")
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addSpacing(8)
        header.addWidget(self.step_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.busy_label)
        header.addWidget(self.busy)

        # Advocates
        self.advocates_model = AdvocatesModel(self)
        self.advocates_tab = ListTab(self.advocates_model, "advocatesView", sortable=True)
        self.advocates_view = self.advocates_tab.view
        self.attention_check = QCheckBox()
        self.attention_check.setObjectName("attentionOnly")
        self.attention_check.toggled.connect(self._apply_filters)
        self.care_days_spin = QSpinBox()
        self.care_days_spin.setObjectName("careDays")
        self.care_days_spin.setRange(1, MAX_CARE_DAYS)
        self.care_days_spin.setValue(self.care_days)
        self.care_days_spin.valueChanged.connect(self._on_care_days)
        self.care_days_spin.editingFinished.connect(self._save_care_days)
        self.remind_label = QLabel()
        self.remind_label.setBuddy(self.care_days_spin)
        self.remind_suffix = QLabel()
        tools = self.advocates_tab.tools
        tools.addWidget(self.attention_check)
        tools.addStretch(1)
        tools.addWidget(self.remind_label)
        tools.addWidget(self.care_days_spin)
        tools.addWidget(self.remind_suffix)
        self.advocates_tab.search.textChanged.connect(lambda _t: self._filter_timer.start())

        # At risk
        self.at_risk_model = AtRiskModel(self)
        self.at_risk_tab = ListTab(self.at_risk_model, "atRiskView", sortable=True)
        self.at_risk_view = self.at_risk_tab.view
        self.at_risk_tab.tools.addStretch(1)
        self.at_risk_tab.search.textChanged.connect(lambda _t: self._filter_timer.start())

        # Customers
        self.customers_tab = CustomersTab(self.customers_service, self.tasks)
        self.customers_model = self.customers_tab.customers
        self.customers_view = self.customers_tab.view
        self.duplicates_button = self.customers_tab.duplicates_button
        self.duplicates_button.clicked.connect(self.open_duplicates)
        self.erase_button = self.customers_tab.erase_button
        self.erase_button.clicked.connect(self.open_erase)
        self.customers_tab.listed.connect(self._on_customers)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("advocateTabs")
        self.list_tabs = (self.advocates_tab, self.at_risk_tab, self.customers_tab)
        for number, tab in enumerate(self.list_tabs):
            self.tabs.addTab(tab, "")
            tab.view.selectionModel().selectionChanged.connect(
                lambda *_args, n=number: self._on_selection(n))
        self.tabs.currentChanged.connect(lambda _i: self._show_selected())

        self.pane = CustomerPane(self.customers_service, self.advocates_service, self.tasks)
        self.pane.log_button.clicked.connect(self.log_practice)
        self.pane.delete_button.clicked.connect(self.delete_care)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([880, 520])

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)
        self._set_busy(False)

    # ------------------------------------------------------------------ refreshing

    def set_catalogue(self, catalogue: Any) -> None:
        super().set_catalogue(catalogue)
        self.loaded = False
        self._serial += 1
        self.customers_tab.reset(catalogue)
        self._pending = 0
        self._set_busy(False)
        self.status_label.clear()
        self._advocate_by_id = {}
        for tab in self.list_tabs[:CUSTOMERS]:
            tab.model.set_rows([])
            tab.sized = False
        self._selected = dict.fromkeys(self._selected)
        self.pane.show_customer(catalogue, None)
        self._show_lists()
        self.mark_stale()

    @Slot()
    def mark_stale(self) -> None:
        """The catalogue changed: refresh now if shown, else when next shown."""
        self._stale = True
        if self.catalogue is not None and self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.catalogue is not None:
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Read the advocates, the customers at risk, the first page of customers and the
        people in tasks; the current lists stay on screen until the new ones arrive."""
        catalogue = self.catalogue
        if catalogue is None:
            return
        self._stale = False
        self._serial += 1
        serial = self._serial
        self._pending = 2
        self._set_busy(True)
        advocates, people = self.advocates_service, self.people_service

        def read_advocates(_ctx: Any) -> tuple[list[Any], int]:
            return advocates.advocates(catalogue), advocates.care_days(catalogue)

        def read_people(_ctx: Any) -> list[tuple[int, str]]:
            return [(p.id, p.name) for p in people.list_people(catalogue)]

        self.tasks.run(read_advocates, title=self.tr("Finding advocates…"), show_dialog=False,
                       on_result=lambda found: self._on_advocates(serial, found),
                       on_error=lambda error: self._on_failed(serial, error))
        self.tasks.run(lambda _ctx: advocates.at_risk(catalogue),
                       title=self.tr("Finding customers at risk…"), show_dialog=False,
                       on_result=lambda found: self._on_at_risk(serial, found),
                       on_error=lambda error: self._on_failed(serial, error))
        self.tasks.run(read_people, title=self.tr("Listing people…"), show_dialog=False,
                       on_result=lambda found: self._on_people(serial, found))
        self.customers_tab.load(catalogue)
        if self.pane.customer_id is not None:
            self.pane.reload()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)

    def _task_done(self) -> None:
        self._pending = max(0, self._pending - 1)
        if not self._pending:
            self._set_busy(False)
            self.loaded = True

    def _on_advocates(self, serial: int, found: tuple[list[Any], int]) -> None:
        if serial != self._serial:
            return
        rows, self.care_days = found
        self._advocate_by_id = {a.customer_id: a for a in rows}
        self.care_days_spin.blockSignals(True)
        self.care_days_spin.setValue(self.care_days)
        self.care_days_spin.blockSignals(False)
        self._update_remind_suffix()
        self._set_rows(ADVOCATES, rows)
        self._task_done()

    def _on_at_risk(self, serial: int, found: list[Any]) -> None:
        if serial != self._serial:
            return
        self._set_rows(AT_RISK, found)
        self._task_done()

    def _on_people(self, serial: int, people: list[tuple[int, str]]) -> None:
        if serial == self._serial:
            self.people = people

    def _on_failed(self, serial: int, error: BaseException) -> None:
        if serial != self._serial:
            return
        self._task_done()
        self.status_label.setText(self.tr("Could not read the advocates: {error}").format(
            error=describe(error)))

    def _set_rows(self, number: int, rows: list[Any]) -> None:
        tab = self.list_tabs[number]
        keep = self._selected[number]
        tab.model.set_rows(rows)  # clears the selection without a signal
        self._apply_filter(number)
        if not tab.select(keep) and number == ADVOCATES and tab.model.rowCount():
            tab.view.selectRow(0)  # the most urgent advocate
        self._show_lists()

    @property
    def has_customers(self) -> bool:
        return self.customers_tab.has_customers

    def _on_customers(self) -> None:
        if self.customers_tab.error:
            self.status_label.setText(self.customers_tab.error)
        self._show_lists()

    # ------------------------------------------------------------------ filters

    def _apply_filters(self) -> None:
        for number in (ADVOCATES, AT_RISK):
            tab = self.list_tabs[number]
            keep = self._selected[number]
            self._apply_filter(number)
            tab.select(keep)
        self._show_lists()

    def _apply_filter(self, number: int) -> None:
        tab = self.list_tabs[number]
        text = tab.search.text().strip().casefold()
        attention = number == ADVOCATES and self.attention_check.isChecked()
        if not text and not attention:
            tab.model.set_filter(None)
        elif attention:
            tab.model.set_filter(lambda a: a.needs_attention and text in a.name.casefold())
        else:
            tab.model.set_filter(lambda r: text in r.name.casefold())

    # ------------------------------------------------------------------ selection

    def _on_selection(self, number: int) -> None:
        self._selected[number] = self.list_tabs[number].selected_id()
        if number == CUSTOMERS:
            self._update_customer_buttons()
        if number == self.tabs.currentIndex():
            self._show_selected()

    def _show_selected(self) -> None:
        number = self.tabs.currentIndex()
        customer_id = self.list_tabs[number].selected_id()
        if customer_id is None:
            customer_id = self.pane.customer_id if number != CUSTOMERS else None
        self.pane.show_customer(self.catalogue, customer_id,
                                self._advocate_by_id.get(customer_id or -1))

    def selected_customer(self) -> Any:
        """The CustomerSummary selected in the Customers tab."""
        return self.customers_tab.selected_customer()

    def _writable(self) -> bool:
        return self.catalogue is not None and not self.catalogue.read_only

    def _update_customer_buttons(self) -> None:
        customer = self.selected_customer()
        self.erase_button.setEnabled(self._writable() and customer is not None
                                     and not customer.erased)
        self.duplicates_button.setEnabled(self._writable() and self.has_customers)

    # ------------------------------------------------------------------ care log

    def log_practice(self) -> None:
        """Open the dialog that logs a practice for the customer shown in the pane."""
        detail = self.pane.detail
        if detail is None or detail.erased or not self._writable():
            return
        if self.care_dialog is not None:
            self.care_dialog.deleteLater()
        dialog = CareDialog(detail.name, self.people, open_items=detail.open_items,
                            overdue_items=detail.overdue_items, parent=self)
        self.care_dialog = dialog
        dialog.accepted.connect(lambda: self._log_from(dialog, detail.id, detail.name))
        dialog.open()

    def _log_from(self, dialog: CareDialog, customer_id: int, name: str) -> None:
        practice, day, person_id, note = dialog.values()
        text = self.tr("Log {practice} for {name}").format(
            practice=practice_label(practice), name=name)
        try:
            command = CareCommand.log(
                self.advocates_service, self.catalogue, customer_id, practice, day, person_id,
                note, text=text, on_change=self._care_changed, on_error=self._show_error)
        except (ValueError, LookupError) as exc:
            self._show_error(describe(exc))
            return
        self.undo_stack.push(command)
        self.status_label.setText(self.tr("{practice} logged for {name}.").format(
            practice=practice_label(practice), name=name))

    def delete_care(self) -> None:
        entry = self.pane.selected_care()
        if entry is None or not self._writable():
            return
        name = self.pane.detail.name if self.pane.detail is not None else ""
        text = self.tr("Delete {practice} of {day} for {name}").format(
            practice=practice_label(entry.practice), day=day_text(entry.done_on), name=name)
        try:
            command = CareCommand.delete(self.advocates_service, self.catalogue, entry.id,
                                         text=text, on_change=self._care_changed,
                                         on_error=self._show_error)
        except (ValueError, LookupError) as exc:
            self._show_error(describe(exc))
            return
        self.undo_stack.push(command)

    def _care_changed(self, customer_id: int) -> None:
        if self.pane.customer_id == customer_id:
            self.pane.reload()
        self.mark_stale()

    def _on_care_days(self, _value: int) -> None:
        self._update_remind_suffix()
        self._care_days_timer.start()

    def _save_care_days(self) -> None:
        self._care_days_timer.stop()
        days = self.care_days_spin.value()
        if days == self.care_days or not self._writable():
            return
        try:
            self.advocates_service.set_care_days(self.catalogue, days)
        except (ValueError, LookupError) as exc:
            self._show_error(describe(exc))
            return
        self.care_days = days
        self.status_label.setText(self.tr(
            "Advocates are now due attention after %n day(s) without any.", "", days))
        self.mark_stale()

    # ------------------------------------------------------------------ customers

    def open_duplicates(self) -> None:
        if self.catalogue is None:
            return
        if self.duplicates_dialog is not None:
            self.duplicates_dialog.deleteLater()
        self.duplicates_dialog = DuplicatesDialog(
            self.customers_service, self.catalogue, self.tasks, self.merge, parent=self)
        self.duplicates_dialog.open()

    def merge(self, keep_id: int, merge_id: int) -> bool:
        """Merge `merge_id` into `keep_id` as an undo command; False (and a message) if the
        service refused."""
        names = {b.id: b.name for p in (self.duplicates_dialog.model.all_rows()
                                        if self.duplicates_dialog else [])
                 for b in (p.first, p.second)}
        text = self.tr("Merge customer {other} into {keep}").format(
            other=names.get(merge_id, f"#{merge_id}"), keep=names.get(keep_id, f"#{keep_id}"))
        try:
            command = MergeCommand.merge(self.customers_service, self.catalogue, keep_id,
                                         merge_id, text=text, on_change=self._customers_changed,
                                         on_error=self._show_error)
        except (ValueError, LookupError) as exc:
            self._show_error(describe(exc))
            return False
        self.undo_stack.push(command)
        return True

    def _customers_changed(self) -> None:
        self.mark_stale()
        if not self.isVisible():
            self.customers_tab.load(self.catalogue)
        self.catalogue_modified.emit()

    def open_erase(self) -> None:
        customer = self.selected_customer()
        if customer is None or customer.erased or not self._writable():
            return
        detail = self.pane.detail
        items = (len(detail.history) if detail is not None and detail.id == customer.id
                 else customer.answers)
        if self.erase_dialog is not None:
            self.erase_dialog.deleteLater()
        dialog = EraseCustomerDialog(customer.name, items, parent=self)
        self.erase_dialog = dialog
        dialog.accepted.connect(lambda: self._erase(customer))
        dialog.open()

    def _erase(self, customer: Any) -> None:
        catalogue, privacy = self.catalogue, self.privacy_service
        self.tasks.run(
            lambda _ctx: privacy.erase_customer(catalogue, customer.id),
            title=self.tr("Erasing the personal data of {name}…").format(name=customer.name),
            dialog_parent=self,
            on_result=lambda report: self._on_erased(customer, report),
            on_error=lambda error: self._show_error(describe(error)),
        )

    def _on_erased(self, customer: Any, report: Any) -> None:
        self.status_label.setText(self.tr(
            "Personal data of {name} erased from %Ln item(s); their scores stay in the "
            "statistics.", "", report.items).format(name=customer.name))
        self.customers_tab.load(self.catalogue)
        self._customers_changed()
        if self.pane.customer_id == customer.id:
            self.pane.reload()

    def _show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Advocates"), text)

    # ------------------------------------------------------------------ texts

    def _show_lists(self) -> None:
        search = [tab.search.text().strip() for tab in self.list_tabs]
        no_catalogue = self.tr("No catalogue is open. Create one with File ▸ New Catalogue… "
                               "or open one with File ▸ Open….")
        no_customers = self.tr(
            "No customers yet. Import a file with a customer id, e-mail or name column "
            "(File ▸ Import File…): each answer is then linked to its customer, and those "
            "whose latest answer is 9 or 10 appear here as advocates.")
        for number, tab in enumerate(self.list_tabs):
            if self.catalogue is None:
                text = no_catalogue
            elif not self.has_customers and not search[number]:
                text = no_customers
            elif number != CUSTOMERS and not self.loaded:
                text = self.tr("Reading the catalogue…")
            elif search[number]:
                text = self.tr("Nobody matches “{text}”.").format(text=search[number])
            elif number == ADVOCATES and self.advocates_model.all_rows():
                text = self.tr(
                    "No advocate needs attention now: each had some within %n day(s), and "
                    "none has an overdue problem.", "", self.care_days)
            elif number == ADVOCATES:
                text = self.tr(
                    "No advocates yet: no customer's latest answer is 9 or 10. The At Risk "
                    "tab shows who fell away; the Customers tab lists everyone.")
            elif number == AT_RISK:
                text = self.tr(
                    "No one is at risk: no former promoter's latest answer dropped below 9, "
                    "and no customer answered 0–6 twice within a year.")
            else:
                text = self.tr("Reading the customers…")
            tab.show_rows(text)
        self._update_summaries()
        self._update_customer_buttons()

    def _update_summaries(self) -> None:
        all_advocates = self.advocates_model.all_rows()
        attention = sum(1 for a in all_advocates if a.needs_attention)
        overdue = sum(1 for a in all_advocates if a.overdue_items)
        text = self.tr("%Ln advocate(s)", "", len(all_advocates))
        if all_advocates:
            text += " · " + self.tr("%Ln need(s) attention", "", attention)
            if overdue:
                text += " · " + self.tr("%Ln with a problem overdue", "", overdue)
        shown = self.advocates_model.rowCount()
        if shown != len(all_advocates):
            text += " · " + self.tr("%Ln shown", "", shown)
        self.advocates_tab.summary.setText(text)
        risks = self.at_risk_model.all_rows()
        fallen = sum(1 for r in risks if "fallen_promoter" in r.kinds)
        self.at_risk_tab.summary.setText(
            self.tr("%Ln customer(s) at risk", "", len(risks)) + " · "
            + self.tr("%Ln fallen promoter(s)", "", fallen) + " · "
            + self.tr("%Ln repeat detractor(s)", "",
                      sum(1 for r in risks if "repeat_detractor" in r.kinds)))
        self.customers_tab.update_summary()
        self.tabs.setTabText(ADVOCATES, self.tr("Advocates (%Ln)", "", len(all_advocates)))
        self.tabs.setTabText(AT_RISK, self.tr("At Risk (%Ln)", "", len(risks)))
        self.tabs.setTabText(CUSTOMERS, self.tr("Customers"))

    def _update_remind_suffix(self) -> None:
        self.remind_suffix.setText(self.tr("day(s) without attention", "",
                                           self.care_days_spin.value()))

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.title())
        self.step_label.setText(translate(self.spec.step))
        self.busy_label.setText(self.tr("Reading…"))
        self.attention_check.setText(self.tr("Only those needing &attention"))
        self.remind_label.setText(self.tr("&Remind after"))
        self._update_remind_suffix()
        self.advocates_tab.search.setPlaceholderText(self.tr("Search advocates by name"))
        self.at_risk_tab.search.setPlaceholderText(self.tr("Search by name"))
        self.customers_tab.search.setPlaceholderText(
            self.tr("Search name, e-mail, id"))
        self.duplicates_button.setText(self.tr("Find &Duplicates…"))
        set_tip(self.duplicates_button,
                self.tr("Find customers recorded more than once and merge them"))
        self.erase_button.setText(self.tr("&Erase Personal Data…"))
        self.erase_button.setToolTip(self.tr(
            "Erase the selected customer's name, e-mail, id and comments on request, keeping "
            "their anonymous scores. Cannot be undone."))
        for tab in self.list_tabs:
            tab.model.retranslate()
        self.pane.retranslate_ui()
        self._show_lists()
