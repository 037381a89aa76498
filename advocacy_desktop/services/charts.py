"""NPS charts as matplotlib `Figure` objects, in one house style, saved atomically.

Never the global state machine and never `matplotlib.use`: a `Figure` draws through the
canvas `savefig` picks from the file's extension (Agg for PNG, the SVG and PDF backends
otherwise), so charts can be made in a worker thread and the GUI chooses its own backend.
matplotlib is imported inside the functions: the main window paints before it is loaded
(DESIGN.md §3).

Margins are fixed with `subplots_adjust` (165 ms a PNG at dpi 150, against 253 ms with the
constrained layout). Every chart states n and the method in its footer.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocacy_desktop.services.feedback_filters import FeedbackFilter, where_clause
from advocacy_desktop.services.safe_files import atomic_output

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from advocacy_desktop.db.catalogue import Catalogue
    from advocacy_desktop.services.nps_service import NpsGroup

#: the app's score chips (ui/feedback_model.py CHIP_COLOURS)
PROMOTER, PASSIVE, DETRACTOR = "#2e7d32", "#f9a825", "#c62828"
LINE, BAND, GRID, TEXT, MUTED = "#1f4e79", "#9dbbd8", "#e3e3e3", "#222222", "#666666"
#: the first installed one draws; matplotlib falls back along the list glyph by glyph
FONT_FAMILIES = ("Noto Sans CJK KR", "Noto Sans CJK JP", "Noto Sans", "DejaVu Sans")
FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
PNG_DPI = 150
SIZE_INCHES = (8.0, 4.5)
METHOD = "NPS = %promoters − %detractors, 95% adjusted-Wald interval"
_MARGINS = {"left": 0.09, "right": 0.97, "top": 0.88, "bottom": 0.2}


def score_distribution(
    catalogue: Catalogue, flt: FeedbackFilter | None = None
) -> dict[int, int]:
    """{score: count} for 0..10 (zeros included) over the 0-10 answers the filter keeps."""
    sql, params = where_clause(flt or FeedbackFilter())
    with catalogue.read() as session:
        conn = session.connection().connection.driver_connection
        rows = conn.execute(
            f"SELECT feedback.score AS s, count(*) FROM feedback"
            f" WHERE feedback.score IS NOT NULL AND ({sql}) GROUP BY s", params
        ).fetchall()
    counts = dict.fromkeys(range(11), 0)
    counts.update({int(score): int(number) for score, number in rows})
    return counts


def _families() -> list[str]:
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return [name for name in FONT_FAMILIES if name in installed] or ["DejaVu Sans"]


@contextmanager
def house_style() -> Iterator[None]:
    """matplotlib settings of every chart; text reads them when drawn, so saving uses it too."""
    import matplotlib as mpl

    with mpl.rc_context({
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


def _figure(title: str) -> tuple[Figure, Any]:
    from matplotlib.figure import Figure

    fig = Figure(figsize=SIZE_INCHES, dpi=100, facecolor="white")
    fig.subplots_adjust(**_MARGINS)
    ax = fig.add_subplot()
    ax.set_title(title, loc="left", pad=12)
    ax.grid(True, color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    return fig, ax


def _footer(fig: Figure, n: int, note: str = "") -> None:
    text = f"n = {n:,}, {METHOD}" + (f"; {note}" if note else "")
    fig.text(0.01, 0.02, text, fontsize=8, color=MUTED, ha="left", va="bottom")


def trend_chart(groups: Sequence[NpsGroup], title: str) -> Figure:
    """NPS per period with its 95% band; undated items (key None) are left out."""
    dated = [g for g in groups if g.key is not None and g.nps is not None]
    with house_style():
        fig, ax = _figure(title)
        xs = list(range(len(dated)))
        ax.fill_between(xs, [g.low for g in dated], [g.high for g in dated], color=BAND,
                        alpha=0.45, linewidth=0, label="95% interval")
        ax.plot(xs, [g.nps for g in dated], color=LINE, marker="o", linewidth=2,
                markersize=4, label="NPS")
        small = [i for i, g in enumerate(dated) if g.small_sample]
        if small:
            ax.plot(small, [dated[i].nps for i in small], linestyle="none", marker="o",
                    markersize=7, markerfacecolor="white", markeredgecolor=LINE,
                    label="fewer than 30 answers")
        ax.axhline(0, color=MUTED, linewidth=0.8)
        ax.set_ylim(-100, 100)
        ax.set_ylabel("NPS")
        step = max(1, len(dated) // 12)
        ax.set_xticks(xs[::step], [str(g.key) for g in dated][::step])
        if xs:
            ax.set_xlim(-0.5, len(xs) - 0.5)
        ax.legend(loc="upper left", frameon=False, fontsize=8, ncols=3)
        _footer(fig, sum(g.n for g in dated))
    return fig


def _category_colour(score: int) -> str:
    return PROMOTER if score >= 9 else PASSIVE if score >= 7 else DETRACTOR


def distribution_chart(counts_by_score: dict[int, int], title: str) -> Figure:
    """Answers per score 0-10, each bar in its category's colour."""
    from matplotlib.patches import Patch

    scores = list(range(11))
    counts = [counts_by_score.get(s, 0) for s in scores]
    n = sum(counts)
    promoters = sum(counts[9:])
    detractors = sum(counts[:7])
    with house_style():
        fig, ax = _figure(title)
        ax.bar(scores, counts, color=[_category_colour(s) for s in scores], width=0.75)
        ax.set_xticks(scores, [str(s) for s in scores])
        ax.set_xlabel("score")
        ax.set_ylabel("answers")
        ax.grid(False, axis="x")
        ax.legend(handles=[Patch(color=DETRACTOR, label="detractors 0–6"),
                           Patch(color=PASSIVE, label="passives 7–8"),
                           Patch(color=PROMOTER, label="promoters 9–10")],
                  loc="upper left", frameon=False, fontsize=8)
        note = f"NPS {100 * (promoters - detractors) / n:+.1f}" if n else "no answers"
        _footer(fig, n, note)
    return fig


def by_group_chart(groups: Sequence[NpsGroup], title: str) -> Figure:
    """Horizontal NPS bars per group with 95% error bars; small samples hatched."""
    rows = [g for g in groups if g.nps is not None][::-1]  # first group on top
    height = max(SIZE_INCHES[1], 1.4 + 0.32 * len(rows))
    with house_style():
        fig, ax = _figure(title)
        fig.set_size_inches(SIZE_INCHES[0], height)
        fig.subplots_adjust(left=0.36, top=1 - 0.55 / height, bottom=0.9 / height)
        ys = list(range(len(rows)))
        values = [float(g.nps or 0.0) for g in rows]
        errors = [[v - g.low for v, g in zip(values, rows, strict=True)],
                  [g.high - v for v, g in zip(values, rows, strict=True)]]
        bars = ax.barh(ys, values, height=0.6,
                       color=[PROMOTER if v >= 0 else DETRACTOR for v in values],
                       xerr=errors, error_kw={"ecolor": TEXT, "elinewidth": 1, "capsize": 3})
        for bar, group in zip(bars, rows, strict=True):
            if group.small_sample:
                bar.set_alpha(0.45)
                bar.set_hatch("///")
        labels = [f"{'(none)' if g.key is None else _short(g.key)}  (n={g.n:,})"
                  + (" *" if g.small_sample else "") for g in rows]
        ax.set_yticks(ys, labels)
        ax.axvline(0, color=MUTED, linewidth=0.8)
        ax.set_xlim(-100, 100)
        ax.set_xlabel("NPS")
        ax.grid(False, axis="y")
        note = "* hatched: fewer than 30 answers" if any(g.small_sample for g in rows) else ""
        _footer(fig, sum(g.n for g in rows), note)
    return fig


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
