"""The chart widget: a figure built in the services, shown in a card of any width."""

from __future__ import annotations

from typing import Any

from advocacy_desktop.services import charts
from advocacy_desktop.ui.chart_view import ChartView


def _legend_fits(view: ChartView) -> tuple[int, bool]:
    """(columns of the legend, whether it lies inside its axes) as last drawn."""
    canvas = view.canvas
    canvas.draw()
    renderer = canvas.get_renderer()
    ax = view.figure.axes[0]
    legend = ax.get_legend()
    inside = legend.get_window_extent(renderer).x1 <= ax.get_window_extent(renderer).x1 + 1
    return legend._ncols, inside


def test_a_legend_stacks_in_a_narrow_card_and_returns_to_a_row(qtbot: Any) -> None:
    view = ChartView(charts)
    qtbot.addWidget(view)
    counts = {score: 10 + score for score in range(11)}
    view.set_figure(charts.distribution_chart(counts, "Answers by score (0–10)"))
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.canvas.width() >= 800)
    assert _legend_fits(view) == (3, True)
    view.resize(380, 400)
    qtbot.waitUntil(lambda: view.canvas.width() < 400)
    assert _legend_fits(view) == (1, True)
    view.resize(900, 400)
    qtbot.waitUntil(lambda: view.canvas.width() >= 800)
    assert _legend_fits(view) == (3, True)
