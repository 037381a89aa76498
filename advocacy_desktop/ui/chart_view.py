"""The Dashboard's cards: `ChartView`, one matplotlib `Figure` in a widget with a placeholder
and "Export…" (PNG, SVG, PDF), and `RatingsView`, star ratings per source as a small table.

matplotlib's Qt canvas is imported the first time a figure is shown, never at import time: the
main window paints before matplotlib loads (DESIGN.md §3). Figures are built elsewhere (in a
worker thread, with the backend-free `Figure` API); this widget only attaches them to a canvas
on the UI thread. The canvas keeps the figure's own height, so the margins a chart fixed in
inches stay right, and follows the card's width.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.ui.default_names import source_label
from advocacy_desktop.ui.formatting import decimal, number
from advocacy_desktop.ui.messages import describe

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PLACEHOLDER_HEIGHT = 260


_CANVAS_CLASSES: dict[int, type] = {}


def _canvas_class(charts: ModuleType) -> type:
    """The Qt canvas, drawing in the charts' house style (tick labels are made while drawing,
    and take their font from the style active then)."""
    if id(charts) not in _CANVAS_CLASSES:
        _CANVAS_CLASSES[id(charts)] = _make_canvas_class(charts)
    return _CANVAS_CLASSES[id(charts)]


def _make_canvas_class(charts: ModuleType) -> type:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class StyledCanvas(FigureCanvasQTAgg):
        margins: tuple[float, float] | None = None
        """(left, right) margins in inches, kept when the widget resizes the figure."""

        def draw(self) -> None:
            with charts.house_style():
                super().draw()

        def resizeEvent(self, event: Any) -> None:
            super().resizeEvent(event)
            width = self.figure.get_size_inches()[0]
            if self.margins is not None and width > 0:
                left = min(0.6, self.margins[0] / width)
                right = max(left + 0.1, 1 - self.margins[1] / width)
                self.figure.subplots_adjust(left=left, right=right)
            self.fit_legends()

        def fit_legends(self) -> None:
            """A legend in one row that has become wider than its axes (a narrow card) is
            stacked in one column instead of running off the chart; back in a row when the
            card is wide again."""
            renderer = self.get_renderer()
            with charts.house_style():
                for ax in self.figure.axes:
                    wanted = charts.legend_columns(ax)
                    if not wanted or wanted == 1:
                        continue
                    charts.set_legend_columns(ax, wanted)
                    room = ax.get_window_extent(renderer).width
                    if ax.get_legend().get_window_extent(renderer).width > room:
                        charts.set_legend_columns(ax, 1)

    return StyledCanvas


class ChartView(QWidget):
    """Shows one figure; `set_loading()` / `set_message(text)` show the placeholder instead."""

    exported = Signal(str)
    """The path a chart was saved to."""

    def __init__(self, charts: ModuleType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charts = charts
        self._figure: Figure | None = None
        self._canvas: Any = None
        self._loading = True
        self._message = ""
        self.setObjectName("chartView")

        self.placeholder = QLabel()
        self.placeholder.setObjectName("chartPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMinimumHeight(PLACEHOLDER_HEIGHT)
        self.placeholder.setStyleSheet("color: palette(mid);")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)

        self.export_button = QToolButton()
        self.export_button.setObjectName("chartExport")
        self.export_button.setAutoRaise(True)
        self.export_button.clicked.connect(lambda: self.export())
        self.export_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack)
        layout.addLayout(buttons)

        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.retranslate_ui()

    # ------------------------------------------------------------------ state

    @property
    def figure(self) -> Figure | None:
        return self._figure

    @property
    def canvas(self) -> Any:
        """The matplotlib canvas widget, once a figure is shown."""
        return self._canvas

    def set_loading(self) -> None:
        """Keep the current chart (it is replaced when the new one arrives), or say
        "Loading…" when there is none yet."""
        self._loading = True
        self._message = ""
        self.placeholder.setText(self.tr("Loading…"))

    def set_message(self, text: str) -> None:
        """Show `text` instead of a chart (no data, an error)."""
        self._loading = False
        self._message = text
        self._drop_canvas()
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)
        self.export_button.setEnabled(False)

    def set_figure(self, figure: Figure) -> None:
        """Attach a figure built elsewhere; only this touches a Qt canvas."""
        self._loading = False
        self._message = ""
        self._drop_canvas()
        self._figure = figure
        width, height = figure.get_size_inches()
        dpi = figure.dpi  # the canvas scales it by the screen's pixel ratio
        params = figure.subplotpars
        canvas = _canvas_class(self.charts)(figure)
        canvas.margins = (params.left * width, (1 - params.right) * width)
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.customContextMenuRequested.connect(
            lambda pos: self._context_menu(canvas.mapTo(self, pos))
        )
        canvas.setFixedHeight(round(height * dpi))
        canvas.setMinimumWidth(min(360, round(width * dpi)))
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._canvas = canvas
        self.stack.addWidget(canvas)
        self.stack.setCurrentWidget(canvas)
        self.export_button.setEnabled(True)

    def _drop_canvas(self) -> None:
        if self._canvas is not None:
            self.stack.removeWidget(self._canvas)
            self._canvas.deleteLater()
            self._canvas = None
        self._figure = None

    # ------------------------------------------------------------------ export

    def export(self, path: str | Path | None = None) -> Path | None:
        """Save the chart; without `path`, ask for one (PNG, SVG or PDF). Returns the path
        written, or None (no chart, cancelled, failed: the failure is shown)."""
        if self._figure is None:
            return None
        if path is None:
            filters = {
                self.tr("PNG image (*.png)"): ".png",
                self.tr("SVG drawing (*.svg)"): ".svg",
                self.tr("PDF document (*.pdf)"): ".pdf",
            }
            chosen, selected = QFileDialog.getSaveFileName(
                self, self.tr("Export Chart"), self._suggested_name(), ";;".join(filters)
            )
            if not chosen:
                return None
            target = Path(chosen)
            if target.suffix.lower() not in filters.values():
                target = target.with_name(target.name + filters.get(selected, ".png"))
        else:
            target = Path(path)
        try:
            written = self.charts.save_figure(self._figure, target)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(
                self, self.tr("Export Failed"),
                self.tr("Could not save the chart to {path}.").format(path=target)
                + "\n\n" + describe(exc),
            )
            return None
        self.exported.emit(str(written))
        return Path(written)

    def _suggested_name(self) -> str:
        name = self.objectName() if self.objectName() != "chartView" else "chart"
        return f"{name}.png"

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        action = menu.addAction(self.tr("Export…"))
        action.setEnabled(self._figure is not None)
        action.triggered.connect(lambda: self.export())
        menu.popup(self.mapToGlobal(pos))

    def retranslate_ui(self) -> None:
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save this chart as PNG, SVG or PDF"))
        if self._loading:
            self.placeholder.setText(self.tr("Loading…"))


class RatingsView(QWidget):
    """Star ratings per source (a few dozen rows at most): kept apart from NPS."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.note = QLabel()
        self.note.setStyleSheet("color: palette(mid);")
        self.note.setWordWrap(True)
        self.table = table = QTableWidget(0, 5)
        table.setObjectName("ratingsTable")
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setFrameShape(QFrame.Shape.NoFrame)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.title)
        box.addWidget(table)
        box.addWidget(self.note)
        self.retranslate_ui()
        self.set_ratings([])

    def set_ratings(self, ratings: list[Any]) -> None:
        """`RatingSummary` rows: source, scale, n, mean, {stars: count}."""
        table = self.table
        table.setRowCount(len(ratings))
        for row, rating in enumerate(ratings):
            scale = f"1–{rating.scale}" if rating.scale else "?"
            spread = "   ".join(f"{stars}★ {number(count)}"
                                for stars, count in rating.distribution.items())
            values = (source_label(rating.source) or self.tr("(no source)"), scale,
                      number(rating.n), decimal(rating.mean, 2), spread)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + sum(
            table.rowHeight(r) for r in range(table.rowCount())) + 4)
        table.setVisible(bool(ratings))
        self.note.setText(self._note(bool(ratings)))

    def _note(self, any_rows: bool) -> str:
        if not any_rows:
            return self.tr("No star ratings match the filter.")
        return self.tr("Star ratings keep their own scale and are never counted in NPS.")

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Star ratings by source"))
        self.note.setText(self._note(self.table.rowCount() > 0))
        self.table.setHorizontalHeaderLabels([
            self.tr("Source"), self.tr("Scale"), self.tr("Ratings"), self.tr("Mean"),
            self.tr("Stars (rounded)")])
