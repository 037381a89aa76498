"""The Dashboard page: the headline NPS with its margin and n, the change against the previous
period, and a grid of charts (trend with a rolling line, the 0-10 distribution, NPS by source,
needs ranked by their cost in NPS, open items per owner) beside a table of star ratings.

One refresh is one task: `dashboard_service.load` and the building of every figure run on a
pool thread; the UI thread only attaches the figures to canvases. A refresh started for an
older filter or catalogue is dropped when it arrives (serial number).

    page = DashboardPage(dashboard_service, charts, window.tasks, window,
                         filter_type=feedback_query.FeedbackFilter,
                         exporting=exporting, report=report_workbook)
    window.replace_page("dashboard", page)
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from advocacy_desktop.ui import dashboard_texts
from advocacy_desktop.ui.chart_view import ChartView, RatingsView
from advocacy_desktop.ui.dashboard_exports import DashboardExports
from advocacy_desktop.ui.default_names import source_label
from advocacy_desktop.ui.formatting import decimal, number, plain, short_date, signed
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.pages import Page, page_spec, translate
from advocacy_desktop.ui.tasks import TaskCancelled, TaskContext, TaskHandle, TaskRunner
from advocacy_desktop.ui.theme import set_text_tone
from advocacy_desktop.ui.tooltips import set_tip

PERIODS = ("week", "month", "quarter", "year")
WINDOWS = (30, 90)
CHARTS = ("trend", "distribution", "sources", "needs", "owners")  # charts.DASHBOARD_CHARTS
POSITIVE, NEGATIVE, WARNING = "#2e7d32", "#c62828", "#8a5a00"


@dataclass
class DashboardResult:
    """What one refresh task hands to the UI thread."""

    dashboard: Any
    figures: dict[str, Any] = field(default_factory=dict)
    """Chart name -> matplotlib Figure, or None when there is nothing to draw."""
    build_ms: float = 0.0


def run_refresh(
    ctx: TaskContext, service: ModuleType, charts: ModuleType, catalogue: Any, flt: Any,
    period: str, window: int, texts: Mapping[str, Any],
) -> DashboardResult:
    """The task: load every figure of the dashboard, then build every chart."""
    try:
        dash = service.load(catalogue, flt, period=period, window=window,
                            cancelled=lambda: ctx.cancelled)
    except InterruptedError as exc:
        raise TaskCancelled from exc
    ctx.progress(1, 2)
    start = time.perf_counter()
    figures = charts.dashboard_figures(dash, texts, ctx.check_cancelled)
    return DashboardResult(dash, figures, (time.perf_counter() - start) * 1000)


def _bold(font: QFont, scale: float) -> QFont:
    font = QFont(font)
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font


class DashboardPage(Page):
    """Receives the dashboard and chart service modules, the window's task runner and the
    filter class; `set_filter` makes it follow the Feedback page's filters. `exporting` and
    `report` (services.exporting, services.report_workbook) add the two file exports."""

    filter_changed = Signal(object)
    """Emitted when the page changes the filter itself (Clear filter)."""
    refreshed = Signal()
    """Emitted once the figures of the current filter are on screen."""

    def __init__(
        self, service: ModuleType, charts: ModuleType, tasks: TaskRunner,
        parent: QWidget | None = None, *, filter_type: type,
        exporting: ModuleType | None = None, report: ModuleType | None = None,
        import_action: QAction | None = None,
    ) -> None:
        super().__init__(page_spec("dashboard"), parent)
        self.setObjectName("page-dashboard")
        self.service = service
        self.charts = charts
        self.tasks = tasks
        self.filter_type = filter_type
        self.filter = filter_type()
        self._description: str | None = None
        self._names: dict[str, Mapping[int, str]] = {}
        self._serial = 0
        self._stale = True
        self._handle: TaskHandle | None = None
        self.dashboard: Any = None
        self.build_ms = 0.0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self.exports = DashboardExports(self, exporting, report, tasks)
        self.import_action = import_action

        self.title_label = QLabel()
        self.title_label.setFont(_bold(self.title_label.font(), 1.4))
        self.period_label, self.window_label = QLabel(), QLabel()
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        self.window_combo = QComboBox()
        self.window_combo.setObjectName("windowCombo")
        for combo in (self.period_combo, self.window_combo):
            combo.currentIndexChanged.connect(lambda _i: self._schedule_refresh())
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the load reports no steps
        self.progress.setMaximumWidth(110)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        for widget in (self.progress, self.cancel_button, self.period_label, self.period_combo,
                       self.window_label, self.window_combo, self.refresh_button):
            header.addWidget(widget)
        header.addSpacing(12)
        header.addWidget(self.exports.export_button)
        header.addWidget(self.exports.report_button)

        self.filter_label = QLabel()
        self.filter_label.setObjectName("filterLabel")
        self.filter_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_filter_button = QPushButton()
        self.clear_filter_button.setObjectName("clearFilter")
        self.clear_filter_button.clicked.connect(self.clear_filter)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label, 1)
        filter_row.addWidget(self.clear_filter_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(header)
        layout.addLayout(filter_row)
        layout.addWidget(self.exports.message_bar)
        layout.addWidget(self._build_headline())
        layout.addWidget(self._build_grid(), 1)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self._set_busy(False)
        self.retranslate_ui()
        self._show_empty()

    # ------------------------------------------------------------------ layout

    def _build_headline(self) -> QFrame:
        strip = QFrame()
        strip.setObjectName("headline")
        strip.setStyleSheet(
            "#headline { background: palette(base); border: 1px solid palette(midlight);"
            " border-radius: 8px; }"
        )
        self.nps_caption = QLabel()
        self.nps_caption.setStyleSheet("color: palette(mid); font-weight: bold;")
        self.nps_label = QLabel()
        self.nps_label.setObjectName("headlineNps")
        self.nps_label.setFont(_bold(self.nps_label.font(), 2.8))
        self.margin_label = QLabel()
        self.margin_label.setObjectName("headlineMargin")
        self.margin_label.setFont(_bold(self.margin_label.font(), 1.15))
        self.mix_label = QLabel()
        self.mix_label.setObjectName("headlineMix")
        self.small_label = QLabel()
        self.small_label.setObjectName("smallSample")
        set_text_tone(self.small_label, WARNING)
        self.change_label = QLabel()
        self.change_label.setObjectName("headlineChange")
        self.change_label.setWordWrap(True)
        big = QVBoxLayout()
        big.setSpacing(0)
        big.addWidget(self.nps_caption)
        big.addWidget(self.nps_label)
        details = QVBoxLayout()
        details.setSpacing(3)
        details.addStretch(1)
        for label in (self.margin_label, self.mix_label, self.small_label, self.change_label):
            details.addWidget(label)
        self.import_button = QPushButton()  # File ▸ Import File…, while there are no answers
        self.import_button.setObjectName("dashboardImport")
        self.import_button.hide()
        if (action := self.import_action) is not None:
            self.import_button.clicked.connect(action.trigger)
            action.changed.connect(lambda: self.import_button.setEnabled(action.isEnabled()))
        details.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        details.addStretch(1)
        row = QHBoxLayout(strip)
        row.setContentsMargins(18, 10, 18, 10)
        row.setSpacing(24)
        row.addLayout(big)
        row.addLayout(details, 1)
        return strip

    def _build_grid(self) -> QScrollArea:
        self.views: dict[str, ChartView] = {}
        self.cards: dict[str, QFrame] = {}
        inner = QWidget()
        inner.setObjectName("dashboardGrid")
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setSpacing(12)
        places = {"trend": (0, 0, 1, 2), "distribution": (1, 0, 1, 1),
                  "sources": (1, 1, 1, 1), "needs": (2, 0, 1, 1), "owners": (2, 1, 1, 1)}
        for name in CHARTS:
            view = ChartView(self.charts)
            view.setObjectName(f"chart-{name}")
            view.exported.connect(
                lambda path: self.status_label.setText(self.tr("Chart saved to {path}.")
                                                       .format(path=path)))
            self.views[name] = view
            self.cards[name] = self._card(view)
            grid.addWidget(self.cards[name], *places[name], Qt.AlignmentFlag.AlignTop)
        self.ratings = RatingsView()
        self.ratings_table = self.ratings.table
        self.cards["ratings"] = self._card(self.ratings)
        grid.addWidget(self.cards["ratings"], 3, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        scroll = QScrollArea()
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _card(self, content: QWidget) -> QFrame:
        card = QFrame()
        card.setObjectName("dashboardCard")
        card.setStyleSheet(
            "#dashboardCard { background: palette(base); border: 1px solid palette(midlight);"
            " border-radius: 8px; }"
        )
        box = QVBoxLayout(card)
        box.setContentsMargins(6, 6, 6, 4)
        box.addWidget(content)
        return card

    # ------------------------------------------------------------------ inputs

    def set_catalogue(self, catalogue: Any) -> None:
        super().set_catalogue(catalogue)
        self.dashboard = None
        self.exports.update_enabled()
        if catalogue is not None:  # not "No catalogue is open." while the first refresh runs
            self._show_empty()
            for view in self.views.values():
                view.set_loading()
        self.mark_stale()

    def set_filter(self, flt: Any, description: str | None = None) -> None:
        """Follow `flt` (a FeedbackFilter); `description` replaces the generic one-liner."""
        self.filter = flt if flt is not None else self.filter_type()
        self._description = description
        self._update_filter_label()
        self.mark_stale()

    def set_names(self, *, sources: Mapping[int, str] | None = None,
                  needs: Mapping[int, str] | None = None,
                  people: Mapping[int, str] | None = None) -> None:
        """Names the filter line uses for ids (without them it counts: "2 sources")."""
        for key, names in (("sources", sources), ("needs", needs), ("people", people)):
            if names is not None:
                self._names[key] = dict(names)
        self._update_filter_label()

    def clear_filter(self) -> None:
        self.set_filter(self.filter_type())
        self.filter_changed.emit(self.filter)

    def mark_stale(self) -> None:
        """The catalogue or the filter changed: refresh now if shown, else when shown."""
        self._stale = True
        if self.catalogue is None:
            self._cancel_running()
            self._show_empty()
        elif self.isVisible():
            self._schedule_refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.catalogue is not None:
            self._schedule_refresh()

    def _schedule_refresh(self) -> None:
        """Coalesce several changes (catalogue + filter + period) into one refresh."""
        if self.catalogue is not None and self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    # ------------------------------------------------------------------ refresh

    @property
    def period(self) -> str:
        return str(self.period_combo.currentData() or "month")

    @property
    def window(self) -> int:
        return int(self.window_combo.currentData() or 90)

    @property
    def is_refreshing(self) -> bool:
        return self._handle is not None and self._handle.is_running

    def refresh(self) -> TaskHandle | None:
        """Reload every figure in one task; an older running refresh is cancelled."""
        self._refresh_timer.stop()
        catalogue = self.catalogue
        if catalogue is None:
            self._show_empty()
            return None
        self._cancel_running()
        self._serial += 1
        serial = self._serial
        self._stale = False
        self.status_label.clear()
        for view in self.views.values():
            view.set_loading()
        self._set_busy(True)
        self._handle = self.tasks.run(
            run_refresh, self.service, self.charts, catalogue, self.filter, self.period,
            self.window, self._texts(),
            title=self.tr("Refreshing the dashboard…"),
            show_dialog=False,
            # a result can arrive after the page is gone (window closed): then it is dropped
            on_result=lambda result: isValid(self) and self._on_result(serial, result),
            on_error=lambda error: isValid(self) and self._on_error(serial, error),
            on_cancelled=lambda: isValid(self) and self._on_cancelled(serial),
        )
        return self._handle

    def cancel(self) -> None:
        if self.is_refreshing and self._handle is not None:
            self._handle.cancel()

    def _cancel_running(self) -> None:
        if self._handle is not None and self._handle.is_running:
            self._handle.cancel()
        self._handle = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.refresh_button.setEnabled(not busy)

    def _on_result(self, serial: int, result: DashboardResult) -> None:
        if serial != self._serial:
            return  # an older filter or catalogue: dropped
        self._set_busy(False)
        self.dashboard = result.dashboard
        self.build_ms = result.build_ms
        self._show_headline(result.dashboard)
        for name, view in self.views.items():
            figure = result.figures.get(name)
            if figure is None:
                view.set_message(dashboard_texts.empty_chart_text(name, self._no_answers()))
            else:
                view.set_figure(figure)
        self.ratings.set_ratings(result.dashboard.ratings)
        timings = ", ".join(f"{k} {decimal(v, 0)} ms"
                            for k, v in result.dashboard.timings_ms.items())
        self.nps_label.setToolTip(
            self.tr("Queries: {timings}; charts built in {ms:.0f} ms")
            .format(timings=timings, ms=result.build_ms))
        self.refreshed.emit()

    def _on_error(self, serial: int, error: BaseException) -> None:
        if serial != self._serial:
            return
        self._set_busy(False)
        self._stale = True
        self.status_label.setText(
            self.tr("Could not refresh the dashboard: {error}").format(error=describe(error)))
        set_text_tone(self.status_label, NEGATIVE)
        for view in self.views.values():
            if view.figure is None:
                view.set_message(self.tr("Not available"))

    def _on_cancelled(self, serial: int) -> None:
        if serial != self._serial:
            return
        self._set_busy(False)
        self._stale = True
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Refresh cancelled. Press Refresh to try again."))
        for view in self.views.values():
            if view.figure is None:
                view.set_message(self.tr("Refresh cancelled"))

    # ------------------------------------------------------------------ showing

    def _show_empty(self) -> None:
        self.nps_label.setText("—")
        self.nps_label.setStyleSheet("")
        self.margin_label.setText(
            self.tr("No catalogue is open.") if self.catalogue is None else "")
        self.small_label.hide()
        self.change_label.clear()
        self.mix_label.clear()
        self.import_button.hide()
        self.ratings.set_ratings([])
        if self.catalogue is None:
            for view in self.views.values():
                view.set_message(self.tr("No catalogue is open."))

    def _show_headline(self, dash: Any) -> None:
        overall = dash.overall
        self.status_label.setStyleSheet("")
        self.import_button.setVisible(self._no_answers() and self.import_action is not None)
        if overall.nps is None:
            self.nps_label.setText("—")
            self.nps_label.setStyleSheet("")
            self.margin_label.setText(
                self.tr("No 0–10 answers match the filter (n = 0)."))
            self.small_label.hide()
            self.change_label.clear()
            self.mix_label.clear()
            if self._no_answers():  # no answer at all: say how they come in
                heading, how = dashboard_texts.no_answers_texts(self.import_action)
                self.margin_label.setText(heading)
                self.change_label.setText(how)
            return
        colour = POSITIVE if overall.nps > 0 else NEGATIVE if overall.nps < 0 else ""
        self.nps_label.setText(signed(overall.nps))
        set_text_tone(self.nps_label, colour)
        self.margin_label.setText(
            self.tr("±{moe} points · 95% interval {low} to {high} · n = {n}").format(
                moe=decimal(overall.moe95), low=signed(overall.low),
                high=signed(overall.high), n=number(overall.n)))
        self.mix_label.setText(self.tr(
            "{promoters}% promoters · {passives}% passives · {detractors}% detractors").format(
            promoters=decimal(100 * overall.promoters / overall.n, 0),
            passives=decimal(100 * overall.passives / overall.n, 0),
            detractors=decimal(100 * overall.detractors / overall.n, 0)))
        self.small_label.setText(self.tr(
            "Fewer than 30 answers: the margin is wide, read the score with care."))
        self.small_label.setVisible(overall.small_sample)
        self.change_label.setText(self._change_text(dash))
        change = dash.change
        colour = ("" if change is None or not change.significant or change.delta is None
                  else POSITIVE if change.delta > 0 else NEGATIVE)
        set_text_tone(self.change_label, colour)

    def _change_text(self, dash: Any) -> str:
        if dash.previous is None or dash.change is None:
            return self.tr("Set a date range in the filter to compare with the previous "
                           "period.")
        if dash.change.delta is None:
            return self.tr("No answers in the previous period of the same length.")
        verdict = (self.tr("a significant change") if dash.change.significant
                   else self.tr("within the margin of error"))
        return self.tr(
            "{delta} points against the previous period (NPS {before}, n = {n}): {verdict}."
        ).format(delta=signed(dash.change.delta), before=signed(dash.previous.nps or 0.0),
                 n=number(dash.previous.n), verdict=verdict)

    def _no_answers(self) -> bool:
        """The catalogue holds no 0–10 answer (not a filter keeping none)."""
        dash = self.dashboard
        return dash is not None and dash.overall.n == 0 and self.filter.is_empty

    def _texts(self) -> dict[str, Any]:
        """Every chart text, translated here on the UI thread and handed to the task."""
        return dashboard_texts.chart_texts(
            self.period, self.tr("rolling %n days", "", self.window))

    def describe_filter(self, flt: Any) -> str:
        """One line naming what `flt` keeps ("All feedback" when it keeps everything)."""
        parts: list[str] = []

        def named(key: str, ids: tuple[int, ...], counted: str) -> None:
            names = self._names.get(key, {})
            if ids and all(i in names for i in ids):
                shown = (source_label if key == "sources" else str)
                parts.append(", ".join(shown(names[i]) for i in ids))
            elif ids:
                parts.append(counted)

        named("sources", flt.sources, self.tr("%n source(s)", "", len(flt.sources)))
        named("needs", flt.needs, self.tr("%n need(s)", "", len(flt.needs)))
        if flt.no_need:
            parts.append(self.tr("no need yet"))
        if flt.categories:
            labels = {"promoter": self.tr("promoters"), "passive": self.tr("passives"),
                      "detractor": self.tr("detractors")}
            parts.append(", ".join(labels.get(str(getattr(c, "value", c)), str(c))
                                   for c in sorted(flt.categories, key=str)))
        for low, high, label in ((flt.score_min, flt.score_max, self.tr("score")),
                                 (flt.rating_min, flt.rating_max, self.tr("rating"))):
            if low is not None or high is not None:
                parts.append(f"{label} {'' if low is None else plain(low)}–"
                             f"{'' if high is None else plain(high)}")
        if flt.date_from and flt.date_to:
            parts.append(self.tr("{start} to {end}").format(start=short_date(flt.date_from),
                                                              end=short_date(flt.date_to)))
        elif flt.date_from:
            parts.append(self.tr("from {start}").format(start=short_date(flt.date_from)))
        elif flt.date_to:
            parts.append(self.tr("until {end}").format(end=short_date(flt.date_to)))
        if flt.statuses:
            parts.append(self.tr("%n status(es)", "", len(flt.statuses)))
        named("people", flt.assignees, self.tr("%n assignee(s)", "", len(flt.assignees)))
        if flt.batch_id is not None:
            parts.append(self.tr("import #{id}").format(id=flt.batch_id))
        if flt.text.strip():
            parts.append(f"“{flt.text.strip()}”")
        return " · ".join(parts) if parts else self.tr("All feedback")

    def _update_filter_label(self) -> None:
        empty = self.filter.is_empty
        text = self._description or self.describe_filter(self.filter)
        self.filter_label.setText(
            self.tr("Showing: {filter}").format(filter=text) if empty
            else self.tr("Filtered: {filter}").format(filter=text))
        self.filter_label.setToolTip(self.tr(
            "The dashboard follows the filters of the Feedback page."))
        self.clear_filter_button.setVisible(not empty)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.title())
        self.title_label.setToolTip(translate(self.spec.description))
        self.period_label.setText(self.tr("Period:"))
        self.window_label.setText(self.tr("Rolling:"))
        names = {"week": self.tr("Week"), "month": self.tr("Month"),
                 "quarter": self.tr("Quarter"), "year": self.tr("Year")}
        for combo, items in ((self.period_combo, [(names[p], p) for p in PERIODS]),
                             (self.window_combo, [(self.tr("%n days", "", d), d)
                                                  for d in WINDOWS])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for label, data in items:
                combo.addItem(label, data)
            default = "month" if combo is self.period_combo else 90
            combo.setCurrentIndex(combo.findData(default if current is None else current))
            combo.blockSignals(False)
        self.refresh_button.setText(self.tr("&Refresh"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.import_button.setText(self.tr("&Import File…"))
        set_tip(self.refresh_button, self.tr("Read every figure again from the catalogue"))
        set_tip(self.cancel_button, self.tr("Stop the refresh"))
        set_tip(self.import_button, self.tr("Import feedback from a spreadsheet or CSV file"),
                self.import_action)
        self.clear_filter_button.setText(self.tr("Clear filter"))
        self.nps_caption.setText(self.tr("NPS"))
        self.ratings.retranslate_ui()
        self.exports.retranslate_ui()
        for view in getattr(self, "views", {}).values():
            view.retranslate_ui()
        self._update_filter_label()
        if self.dashboard is not None:
            self._show_headline(self.dashboard)
            self._schedule_refresh()  # the charts carry translated texts
        elif hasattr(self, "views"):
            self.mark_stale()  # its messages were worded in the language before
