"""NPS charts as matplotlib `Figure` objects, in one house style, saved atomically.

Never the global state machine and never `matplotlib.use`: a `Figure` draws through the
canvas `savefig` picks from the file's extension (Agg for PNG, the SVG and PDF backends
otherwise), so charts can be made in a worker thread and the GUI chooses its own backend.
matplotlib is imported inside the functions: the main window paints before it is loaded
(DESIGN.md §3).

Margins are fixed with `subplots_adjust` (165 ms a PNG at dpi 150, against 253 ms with the
constrained layout). Every chart states n and the method in its footer.

Every text a chart shows can be passed in `texts` (keys of `TEXTS`), so the GUI translates them;
the CLI keeps the English defaults.
"""

from __future__ import annotations

import functools
import math
import threading
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocacy_desktop.services.feedback_filters import FeedbackFilter
from advocacy_desktop.services.safe_files import atomic_output

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from advocacy_desktop.db.catalogue import Catalogue
    from advocacy_desktop.services.dashboard_service import Dashboard, NeedCost, OwnerLoad
    from advocacy_desktop.services.nps_service import Change, NpsGroup

#: the app's score chips (ui/feedback_model.py CHIP_COLOURS)
PROMOTER, PASSIVE, DETRACTOR = "#2e7d32", "#f9a825", "#c62828"
LINE, BAND, GRID, TEXT, MUTED = "#1f4e79", "#9dbbd8", "#e3e3e3", "#222222", "#666666"
ROLLING, ROLLING_BAND, COST, OWNER = "#b35900", "#f0c08a", "#c62828", "#1f4e79"
#: the first installed one draws; matplotlib falls back along the list glyph by glyph
FONT_FAMILIES = ("Noto Sans CJK KR", "Noto Sans CJK JP", "Noto Sans", "DejaVu Sans")
FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
PNG_DPI = 150
SIZE_INCHES = (8.0, 4.5)
METHOD = "NPS = %promoters − %detractors, 95% adjusted-Wald interval"
#: margins in inches, so they hold when a figure is made taller or a window resizes it
MARGIN_INCHES = {"left": 0.72, "right": 0.24, "top": 0.54, "bottom": 0.9}
#: the most period labels a trend shows (two years of months: every other one)
MAX_PERIOD_LABELS = 12
#: inches beside the widest y tick label: tick, pads, the axis title and an edge
Y_TITLE_INCHES = 0.42
#: the English texts of every chart; callers pass translations under the same keys
TEXTS: dict[str, str] = {
    "method": METHOD,
    "nps": "NPS",
    "interval": "95% interval",
    "small": "fewer than 30 answers",
    "rolling": "rolling window",
    "significant": "significant change",
    "score": "score",
    "answers": "answers",
    "detractors": "detractors 0–6",
    "passives": "passives 7–8",
    "promoters": "promoters 9–10",
    "no_answers": "no answers",
    "none": "(none)",
    "hatched": "* hatched: fewer than 30 answers",
    "gain": "NPS points",
    "gain_method": "points the NPS would gain if the need's detractors were passives,"
                   " with its 95% interval",
    "open_items": "open items",
    "owners_method": "items not yet closed or set aside (won’t fix)",
    "unassigned": "Unassigned",
    "no_data": "no data",
    # how the UI language writes numbers (the GUI passes its locale's; "1.234,5" in German)
    "thousands": ",",
    "decimal": ".",
}
# rcParams are global: a worker building a figure and the GUI drawing one share them
_STYLE_LOCK = threading.RLock()


def score_distribution(
    catalogue: Catalogue, flt: FeedbackFilter | None = None
) -> dict[int, int]:
    """{score: count} for 0..10 (zeros included) over the 0-10 answers the filter keeps (on
    a file or a team catalogue: `nps_analytics.distribution`)."""
    from advocacy_desktop.services import nps_analytics

    return nps_analytics.distribution(catalogue, flt)


@functools.cache
def _families() -> list[str]:
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return [name for name in FONT_FAMILIES if name in installed] or ["DejaVu Sans"]


@contextmanager
def house_style() -> Iterator[None]:
    """matplotlib settings of every chart; text reads them when drawn, so saving uses it too."""
    import matplotlib as mpl

    with _STYLE_LOCK, mpl.rc_context({
        "font.family": _families(),
        "font.size": 10,
        "axes.edgecolor": MUTED,
        "axes.labelcolor": TEXT,
        "axes.titlesize": 13,
        "axes.titleweight": "bold",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "xtick.color": MUTED,
        "ytick.color": MUTED,
        "text.color": TEXT,
        "svg.fonttype": "path",
        "pdf.fonttype": 42,
        "axes.unicode_minus": True,
    }):
        yield


def _figure(
    title: str, size: tuple[float, float] = SIZE_INCHES, left: float = MARGIN_INCHES["left"],
    bottom: float = MARGIN_INCHES["bottom"],
) -> tuple[Figure, Any]:
    """A figure of `size` inches with one axes, `left` inches for the y labels, and the title
    at the figure's left edge, above the footer's start."""
    from matplotlib.figure import Figure

    width, height = size
    fig = Figure(figsize=size, dpi=100, facecolor="white")
    fig.subplots_adjust(left=left / width, right=1 - MARGIN_INCHES["right"] / width,
                        top=1 - MARGIN_INCHES["top"] / height,
                        bottom=bottom / height)
    fig.suptitle(title, x=0.1 / width, y=1 - 0.12 / height, ha="left", va="top",
                 fontsize=13, fontweight="bold")
    ax = fig.add_subplot()
    ax.grid(True, color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    return fig, ax


def _grouped(value: float, t: Mapping[str, str] = TEXTS) -> str:
    """A whole number with the language's thousands separator (t["thousands"])."""
    return f"{value:,.0f}".replace(",", t.get("thousands", ","))


def _decimal(value: float, digits: int, t: Mapping[str, str] = TEXTS, *,
             sign: bool = False) -> str:
    """`value` with `digits` decimals, the language's separators, a true minus sign."""
    text = f"{value:{'+' if sign else ''},.{digits}f}"
    swapped = text.replace(",", "\0").replace(".", t.get("decimal", "."))
    return swapped.replace("\0", t.get("thousands", ",")).replace("-", "−")


def _footer(fig: Figure, n: int, note: str = "", method: str = METHOD,
            t: Mapping[str, str] = TEXTS) -> None:
    text = f"n = {_grouped(n, t)}, {method}" + (f"; {note}" if note else "")
    fig.text(0.01, 0.02, text, fontsize=8, color=MUTED, ha="left", va="bottom")


def _texts(texts: Mapping[str, str] | None) -> dict[str, str]:
    return {**TEXTS, **(texts or {})}


def _period_span(key: str) -> tuple[date, date] | None:
    """[start, end) of a period key: 'YYYY', 'YYYY-MM', 'YYYY-Qn', 'YYYY-Www' (ISO week)."""
    try:
        if len(key) == 4:
            return date(int(key), 1, 1), date(int(key) + 1, 1, 1)
        year, rest = int(key[:4]), key[5:]
        if rest.startswith("Q"):
            month = 3 * int(rest[1:]) - 2
            end = date(year + 1, 1, 1) if month == 10 else date(year, month + 3, 1)
            return date(year, month, 1), end
        if rest.startswith("W"):
            start = date.fromisocalendar(year, int(rest[1:]), 1)
            return start, start + timedelta(days=7)
        month = int(rest)
        end = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        return date(year, month, 1), end
    except ValueError:
        return None


def _day(value: object) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _rolling_positions(
    keys: Sequence[str], rolling: Sequence[tuple[object, NpsGroup]]
) -> list[tuple[float, NpsGroup]]:
    """x of each rolling point on the trend's axis: period i spans [i - 0.5, i + 0.5], a day
    sits at its fraction of its period, at midday (days in a period without answers sit
    between two)."""
    spans = [_period_span(k) for k in keys]
    index = {k: i for i, k in enumerate(keys)}
    out: list[tuple[float, NpsGroup]] = []
    for label, group in rolling:
        if group.nps is None:
            continue
        if str(label) in index:
            out.append((float(index[str(label)]), group))
            continue
        day = _day(label)
        if day is None or any(span is None for span in spans):
            continue
        for i, span in enumerate(spans):
            start, end = span  # type: ignore[misc]
            if start <= day < end:
                out.append((i - 0.5 + ((day - start).days + 0.5) / (end - start).days, group))
                break
            if day < start:
                if i:
                    out.append((i - 0.5, group))
                break
    return out


def trend_chart(
    groups: Sequence[NpsGroup],
    title: str,
    *,
    rolling: Sequence[tuple[object, NpsGroup]] | None = None,
    changes: Sequence[Change] | None = None,
    texts: Mapping[str, str] | None = None,
    size: tuple[float, float] = SIZE_INCHES,
) -> Figure:
    """NPS per period with its 95% band; undated items (key None) are left out.

    `rolling`: (day or label, NPS of the window ending then), drawn as a thin line with its own
    band. `changes`: aligned with `groups`; a significant one gets a triangle on its point."""
    t = _texts(texts)
    pairs = [(i, g) for i, g in enumerate(groups) if g.key is not None and g.nps is not None]
    dated = [g for _, g in pairs]
    with house_style():
        fig, ax = _figure(title, size, bottom=0.7)  # no axis label under the periods
        xs = list(range(len(dated)))
        ax.fill_between(xs, [g.low for g in dated], [g.high for g in dated], color=BAND,
                        alpha=0.45, linewidth=0, label=t["interval"])
        ax.plot(xs, [g.nps for g in dated], color=LINE, marker="o", linewidth=2,
                markersize=4, label=t["nps"], zorder=3)
        small = [i for i, g in enumerate(dated) if g.small_sample]
        if small:
            ax.plot(small, [dated[i].nps for i in small], linestyle="none", marker="o",
                    markersize=7, markerfacecolor="white", markeredgecolor=LINE,
                    label=t["small"], zorder=4)
        points = _rolling_positions([str(g.key) for g in dated], rolling or [])
        if points:
            rx = [x for x, _ in points]
            ax.fill_between(rx, [g.low for _, g in points], [g.high for _, g in points],
                            color=ROLLING_BAND, alpha=0.3, linewidth=0)
            ax.plot(rx, [g.nps for _, g in points], color=ROLLING, linewidth=1.2,
                    label=t["rolling"], zorder=2)
        if changes is not None:
            marked = [(x, g, changes[i].delta) for x, (i, g) in enumerate(pairs)
                      if i < len(changes) and changes[i].significant]
            labelled = False
            for up in (True, False):
                sel = [(x, g) for x, g, delta in marked if delta is not None and (delta > 0) == up]
                if sel:
                    ax.plot([x for x, _ in sel], [g.nps for _, g in sel], linestyle="none",
                            marker="^" if up else "v", markersize=9, zorder=5,
                            color=PROMOTER if up else DETRACTOR,
                            label=None if labelled else t["significant"])
                    labelled = True
        ax.axhline(0, color=MUTED, linewidth=0.8)
        ax.set_ylim(-100, 100)
        ax.set_ylabel(t["nps"])
        keys = [str(g.key) for g in dated]
        step = label_step(keys, size[0] - MARGIN_INCHES["left"] - MARGIN_INCHES["right"])
        ax.set_xticks(xs[::step], keys[::step])
        if xs:
            ax.set_xlim(-0.5, len(xs) - 0.5)
        _legend(ax, 5)
        _footer(fig, sum(g.n for g in dated), method=t["method"], t=t)
    return fig


def label_step(labels: Sequence[str], width_inches: float,
               most: int = MAX_PERIOD_LABELS) -> int:
    """Label every `step`-th period: at most `most` labels, and no more than fit side by side
    in `width_inches` (weeks such as 2025-W01 are wider than months)."""
    if not labels:
        return 1
    longest = sorted(set(labels), key=_text_inches)[-3:]
    widest = max(_measured_inches(label) for label in longest) + 0.06  # and a gap
    fit = max(1, int(width_inches / widest))
    return max(1, math.ceil(len(labels) / min(most, fit)))


LEGEND_STYLE: dict[str, Any] = {"loc": "upper left", "frameon": False, "fontsize": 8}


def _legend(ax: Any, columns: int, handles: Sequence[Any] | None = None) -> None:
    """The house legend in one row of `columns` entries, remembered for `set_legend_columns`."""
    if handles is None:
        ax.legend(ncols=columns, **LEGEND_STYLE)
    else:
        ax.legend(handles=list(handles), ncols=columns, **LEGEND_STYLE)
    ax.advocacy_legend_columns = columns


def legend_columns(ax: Any) -> int | None:
    """The columns a chart's legend was built with (None: no house legend)."""
    return getattr(ax, "advocacy_legend_columns", None)


def set_legend_columns(ax: Any, columns: int) -> None:
    """Lay the legend out again in `columns` columns (a chart shown narrow stacks it): the
    entries stay, only the layout changes."""
    legend = ax.get_legend()
    if legend is None or legend._ncols == columns:
        return
    labels = [text.get_text() for text in legend.get_texts()]
    ax.legend(handles=list(legend.legend_handles), labels=labels, ncols=columns, **LEGEND_STYLE)


def _measured_inches(label: str, points: float = 10) -> float:
    """Width of `label` in inches in the current font (call inside `house_style`)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    width, _height, _descent = TextToPath().get_text_width_height_descent(
        label, FontProperties(size=points), ismath=False)
    return width / 72


def _count_text(value: float, _position: object = None) -> str:
    """A count on an axis with thousands separators: 350,000 rather than 350000 or 3.5e5."""
    return f"{value:,.0f}"


def _count_axis(axis: Any, top: float, length_inches: float,
                t: Mapping[str, str] = TEXTS) -> float:
    """Whole-number ticks with thousands separators on `axis`, no more than fit along
    `length_inches`; returns the width in inches of the widest tick label."""
    from matplotlib.axis import XAxis
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    widest = _text_inches(_count_text(max(top, 1.0)))
    # side by side on an x axis; stacked (one line each, 0.45 in apart) on a y axis
    each = widest + 0.3 if isinstance(axis, XAxis) else 0.45
    bins = max(2, min(8, int(length_inches / each)))
    axis.set_major_locator(MaxNLocator(nbins=bins, steps=[1, 2, 2.5, 5, 10], integer=True))
    axis.set_major_formatter(FuncFormatter(lambda value, _position: _grouped(value, t)))
    return widest


def _category_colour(score: int) -> str:
    return PROMOTER if score >= 9 else PASSIVE if score >= 7 else DETRACTOR


def distribution_chart(
    counts_by_score: dict[int, int], title: str, *, texts: Mapping[str, str] | None = None
) -> Figure:
    """Answers per score 0-10, each bar in its category's colour."""
    from matplotlib.patches import Patch

    t = _texts(texts)
    scores = list(range(11))
    counts = [counts_by_score.get(s, 0) for s in scores]
    n = sum(counts)
    promoters = sum(counts[9:])
    detractors = sum(counts[:7])
    top = max(counts) * 1.18  # room for the legend above the bars
    height = SIZE_INCHES[1]
    # the y labels' width decides the left margin: 400,000 answers a score must not push the
    # axis title out of the figure
    left = max(MARGIN_INCHES["left"], _text_inches(_count_text(top)) + Y_TITLE_INCHES)
    with house_style():
        fig, ax = _figure(title, left=left)
        ax.bar(scores, counts, color=[_category_colour(s) for s in scores], width=0.75)
        ax.set_xticks(scores, [str(s) for s in scores])
        ax.set_xlabel(t["score"])
        ax.set_ylabel(t["answers"])
        ax.grid(False, axis="x")
        _count_axis(ax.yaxis, top, height - MARGIN_INCHES["top"] - MARGIN_INCHES["bottom"], t)
        if n:
            ax.set_ylim(0, top)
        _legend(ax, 3, [Patch(color=DETRACTOR, label=t["detractors"]),
                        Patch(color=PASSIVE, label=t["passives"]),
                        Patch(color=PROMOTER, label=t["promoters"])])
        note = (f"{t['nps']} {_decimal(100 * (promoters - detractors) / n, 1, t, sign=True)}"
                if n else t["no_answers"])
        _footer(fig, n, note, method=t["method"], t=t)
    return fig


def _text_inches(label: str, points: float = 10) -> float:
    """Rough width of `label` in inches (wide CJK characters count almost double)."""
    ems = sum(0.95 if unicodedata.east_asian_width(c) in "WF" else 0.55 for c in label)
    return ems * points / 72


def _hbar_figure(
    title: str, labels: Sequence[str], height: float | None = None
) -> tuple[Figure, Any]:
    """A horizontal-bar figure whose height grows with its rows and whose left margin fits
    the longest label (at most 45% of the width)."""
    width = SIZE_INCHES[0]
    height = height or max(SIZE_INCHES[1], 1.4 + 0.32 * len(labels))
    room = 0.45 * width - 0.25
    shown = [_fit_label(label, room) for label in labels]
    left = 0.25 + max([_measured_inches(x) for x in shown] + [0.5])
    fig, ax = _figure(title, (width, height), left=left)
    ax.grid(False, axis="y")
    ax.set_yticks(range(len(shown)), shown)
    return fig, ax


def _fit_label(label: str, inches: float) -> str:
    """`label`, or its end after "…" when it is wider than `inches` in the chart's font (call
    inside `house_style`); a trailing "  (n=…)" is always kept whole. The end is kept because
    it names the leaf: "…service › Response time (n=180)"."""
    if _measured_inches(label) <= inches:
        return label
    head, separator, count = label.rpartition("  (")
    tail = separator + count if separator else ""
    head = head if separator else label
    for start in range(1, len(head)):
        shorter = "…" + head[start:].lstrip() + tail
        if _measured_inches(shorter) <= inches:
            return shorter
    return "…" + tail


def by_group_chart(
    groups: Sequence[NpsGroup], title: str, *, texts: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
) -> Figure:
    """Horizontal NPS bars per group with 95% error bars; small samples hatched. `labels`:
    how to show a group's key (the UI passes the pre-filled sources' names in its language);
    a key it lacks is shown as it is."""
    t = _texts(texts)
    shown = labels or {}
    rows = [g for g in groups if g.nps is not None][::-1]  # first group on top
    names = [f"{t['none'] if g.key is None else _short(shown.get(g.key, g.key))}"
             f"  (n={_grouped(g.n, t)})" + (" *" if g.small_sample else "") for g in rows]
    with house_style():
        fig, ax = _hbar_figure(title, names)
        ys = list(range(len(rows)))
        values = [float(g.nps or 0.0) for g in rows]
        # the adjusted-Wald interval is centred on the adjusted NPS, so with very few answers
        # it may not hold the raw NPS (one detractor: -100, interval from -95): no negative bar
        errors = [[max(0.0, v - g.low) for v, g in zip(values, rows, strict=True)],
                  [max(0.0, g.high - v) for v, g in zip(values, rows, strict=True)]]
        bars = ax.barh(ys, values, height=0.6,
                       color=[PROMOTER if v >= 0 else DETRACTOR for v in values],
                       xerr=errors, error_kw={"ecolor": TEXT, "elinewidth": 1, "capsize": 3})
        for bar, group in zip(bars, rows, strict=True):
            if group.small_sample:
                bar.set_alpha(0.45)
                bar.set_hatch("///")
        ax.axvline(0, color=MUTED, linewidth=0.8)
        ax.set_xlim(-100, 100)
        ax.set_xlabel(t["nps"])
        note = t["hatched"] if any(g.small_sample for g in rows) else ""
        _footer(fig, sum(g.n for g in rows), note, method=t["method"], t=t)
    return fig


def need_cost_chart(
    costs: Sequence[NeedCost], title: str, *, n: int | None = None,
    texts: Mapping[str, str] | None = None,
) -> Figure:
    """Needs by the NPS points their detractors cost (the gain if they were passives), with
    the gain's 95% interval as error bars; the costliest on top. `n`: the answers the gains
    are shares of (derived from the costs when not given)."""
    t = _texts(texts)
    rows = list(costs)[::-1]
    if n is None:
        n = next((round(100 * c.group.detractors / c.gain) for c in costs if c.gain), 0)
    labels = [f"{_short(c.path, 34)}  (n={_grouped(c.group.n, t)})" for c in rows]
    with house_style():
        fig, ax = _hbar_figure(title, labels)
        ys = list(range(len(rows)))
        gains = [c.gain for c in rows]
        errors = [[max(0.0, c.gain - c.gain_low) for c in rows],
                  [max(0.0, c.gain_high - c.gain) for c in rows]]
        ax.barh(ys, gains, height=0.6, color=COST, xerr=errors,
                error_kw={"ecolor": TEXT, "elinewidth": 1, "capsize": 3})
        top = max([*(c.gain_high for c in rows), 1.0])
        ax.set_xlim(0, top * 1.15)
        for y, c in zip(ys, rows, strict=True):
            ax.text(c.gain_high + top * 0.03, y, _decimal(c.gain, 1, t, sign=True), va="center",
                    fontsize=8, color=TEXT)
        ax.set_xlabel(t["gain"])
        if not rows:
            ax.text(0.5, 0.5, t["no_data"], transform=ax.transAxes, ha="center", color=MUTED)
        _footer(fig, n, method=t["gain_method"], t=t)
    return fig


def owners_chart(
    owners: Sequence[OwnerLoad], title: str, *, texts: Mapping[str, str] | None = None
) -> Figure:
    """Open items per owner, the busiest on top; None is labelled `texts["unassigned"]`."""
    t = _texts(texts)
    rows = list(owners)[::-1]
    labels = [_short(o.name, 28) if o.name is not None else t["unassigned"] for o in rows]
    with house_style():
        fig, ax = _hbar_figure(title, labels)
        ys = list(range(len(rows)))
        counts = [o.open_items for o in rows]
        ax.barh(ys, counts, height=0.6,
                color=[MUTED if o.person_id is None else OWNER for o in rows])
        top = max([*counts, 1])
        params = fig.subplotpars
        length = fig.get_size_inches()[0] * (params.right - params.left)
        _count_axis(ax.xaxis, top, length, t)
        # room right of the longest bar for its count
        room = (_text_inches(_count_text(top), 8) + 0.15) / max(length, 1.0)
        ax.set_xlim(0, top * (1 + max(0.12, room)))
        for y, count in zip(ys, counts, strict=True):
            ax.text(count + top * 0.015, y, _grouped(count, t), va="center", fontsize=8,
                    color=TEXT)
        ax.set_xlabel(t["open_items"])
        if not rows:
            ax.text(0.5, 0.5, t["no_data"], transform=ax.transAxes, ha="center", color=MUTED)
        _footer(fig, sum(counts), method=t["owners_method"], t=t)
    return fig


DASHBOARD_CHARTS = ("trend", "distribution", "sources", "needs", "owners")


def dashboard_figures(
    dash: Dashboard, texts: Mapping[str, Any], check: Callable[[], None] = lambda: None
) -> dict[str, Figure | None]:
    """Every chart of a `dashboard_service.Dashboard` (None where there is nothing to draw).

    `texts`: {"titles": {chart name: title}, "rolling": the rolling line's legend,
    "charts": chart texts (keys of TEXTS), "labels": {"sources": {stored name: shown}}}.
    `check` runs between charts (a cancel point)."""
    titles, words = texts["titles"], texts.get("charts", {})
    figures: dict[str, Figure | None] = dict.fromkeys(DASHBOARD_CHARTS)
    if dash.trend:
        figures["trend"] = trend_chart(
            dash.trend, titles["trend"], changes=dash.trend_changes,
            rolling=[(point.day, point.group) for point in dash.rolling],
            texts={**words, "rolling": texts.get("rolling", TEXTS["rolling"])},
            size=(SIZE_INCHES[0], 3.6))
    check()
    if dash.overall.n:
        figures["distribution"] = distribution_chart(dash.distribution, titles["distribution"],
                                                     texts=words)
    check()
    if dash.by_source:
        figures["sources"] = by_group_chart(dash.by_source, titles["sources"], texts=words,
                                            labels=texts.get("labels", {}).get("sources"))
    check()
    if dash.need_costs:
        figures["needs"] = need_cost_chart(dash.need_costs, titles["needs"], n=dash.overall.n,
                                           texts=words)
    check()
    if dash.owners:
        figures["owners"] = owners_chart(dash.owners, titles["owners"], texts=words)
    return figures


def _short(label: str, limit: int = 30) -> str:
    return label if len(label) <= limit else "…" + label[-(limit - 1):]


def save_figure(fig: Figure, path: Path | str) -> Path:
    """Write `fig` as PNG (dpi 150), SVG or PDF by the extension, atomically."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"cannot save a chart as {path.suffix or 'a file without extension'}:"
                         " use .png, .svg or .pdf")
    with house_style(), atomic_output(path) as tmp:
        fig.savefig(tmp, format=fmt, dpi=PNG_DPI if fmt == "png" else 72,
                    facecolor=fig.get_facecolor(), metadata=_metadata(fmt))
    return path


def _metadata(fmt: str) -> dict[str, Any]:
    """No creation date in SVG/PDF, so the same data gives the same file."""
    if fmt == "svg":
        return {"Date": None}
    if fmt == "pdf":
        return {"CreationDate": None}
    return {}
