"""NPS charts: every kind to PNG/SVG/PDF, fonts for German/Turkish/Korean, no pyplot."""

from __future__ import annotations

import logging
import struct
import subprocess
import sys
import warnings
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from advocacy_desktop.services import charts
from advocacy_desktop.services.dashboard_service import NeedCost, OwnerLoad
from advocacy_desktop.services.feedback_filters import FeedbackFilter
from advocacy_desktop.services.nps_service import Change, NpsGroup
from tests.services.test_nps_service import add_items

MAGIC = {".png": b"\x89PNG\r\n\x1a\n", ".svg": b"<?xml", ".pdf": b"%PDF-"}
TITLE = "Größe — Müşteri İçgörüsü ğş — 고객 만족도"


def periods() -> list[NpsGroup]:
    return [NpsGroup.from_counts(f"2025-{m:02d}", 20 + m, 10, 8) for m in range(1, 7)]


def sources() -> list[NpsGroup]:
    return [NpsGroup.from_counts("Trustpilot", 50, 20, 10),
            NpsGroup.from_counts("고객서비스", 3, 2, 6),
            NpsGroup.from_counts(None, 40, 5, 5)]


def costs() -> list[NeedCost]:
    """Over 39 answers (22 detractors): gain = 100 * detractors / 39."""
    rows = [("배송 › 배송 지연", 9, 2, 12), ("Größe › Passform", 3, 4, 6), ("Preis", 1, 1, 2)]
    out = []
    for path, promoters, passives, detractors in rows:
        gain = 100 * detractors / 39
        out.append(NeedCost(len(out) + 1, path,
                            NpsGroup.from_counts(path, promoters, passives, detractors),
                            detractors / 22, gain, gain * 0.6, gain * 1.5))
    return out


def owners() -> list[OwnerLoad]:
    return [OwnerLoad(None, None, 40), OwnerLoad(1, "김민준", 12), OwnerLoad(2, "Jörg Ütz", 3)]


def rolling() -> list[tuple[object, NpsGroup]]:
    return [(date(2025, 2, 1) + timedelta(days=7 * i), NpsGroup.from_counts(None, 30, 10, 8))
            for i in range(18)]


def figures() -> dict[str, Any]:
    return {
        "trend": charts.trend_chart(periods(), TITLE),
        "distribution": charts.distribution_chart({0: 2, 6: 5, 8: 7, 10: 9}, TITLE),
        "by-group": charts.by_group_chart(sources(), TITLE),
        "need-cost": charts.need_cost_chart(costs(), TITLE),
        "owners": charts.owners_chart(owners(), TITLE),
        "trend-rolling": charts.trend_chart(
            periods(), TITLE, rolling=rolling(),
            changes=[Change(None, False)] + [Change(30.0, True)] * 5),
    }


@pytest.mark.parametrize("ext", [".png", ".svg", ".pdf"])
def test_every_kind_saves_by_extension(tmp_path: Path, ext: str) -> None:
    for kind, fig in figures().items():
        out = charts.save_figure(fig, tmp_path / f"{kind}{ext}")
        assert out.read_bytes().startswith(MAGIC[ext]), kind
        if ext == ".png":
            width, height = struct.unpack(">II", out.read_bytes()[16:24])
            w_in, h_in = fig.get_size_inches()
            assert (width, height) == (round(w_in * 150), round(h_in * 150))
        assert out.stat().st_size > 5_000, kind
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{k}{ext}" for k in figures())  # no temp file left


def test_unknown_extension_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.png"):
        charts.save_figure(charts.trend_chart(periods(), "t"), tmp_path / "chart.jpg")
    assert list(tmp_path.iterdir()) == []


def test_failed_save_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "c.png"
    target.write_bytes(b"old")
    fig = charts.trend_chart(periods(), "t")
    monkeypatch.setattr(fig, "savefig", lambda *a, **k: (_ for _ in ()).throw(OSError("full")))
    with pytest.raises(OSError):
        charts.save_figure(fig, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["c.png"]


def test_german_turkish_korean_without_missing_glyphs(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="matplotlib.font_manager")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for kind, fig in figures().items():
            charts.save_figure(fig, tmp_path / f"{kind}.png")
    messages = [str(w.message) for w in caught] + [
        r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not [m for m in messages if "missing" in m.lower() or "findfont" in m.lower()]


def test_footer_states_n_and_method_in_svg(tmp_path: Path) -> None:
    svg = charts.save_figure(charts.by_group_chart(sources(), "t"), tmp_path / "c.svg")
    text = svg.read_text(encoding="utf-8")  # glyphs are paths; matplotlib keeps the text
    assert "n = 141, NPS = %promoters − %detractors, 95% adjusted-Wald interval" in text
    svg = charts.save_figure(charts.trend_chart(periods(), "t"), tmp_path / "t.svg")
    assert f"n = {sum(g.n for g in periods())}, NPS = %promoters" in svg.read_text("utf-8")


def test_no_pyplot_after_rendering(tmp_path: Path) -> None:
    code = (
        "import sys; from advocacy_desktop.services import charts;"
        "from advocacy_desktop.services.nps_service import NpsGroup;"
        "g = [NpsGroup.from_counts('a', 5, 2, 1)];"
        f"charts.save_figure(charts.by_group_chart(g, 't'), {str(tmp_path / 'c.pdf')!r});"
        "charts.save_figure(charts.trend_chart(g, 't'), "
        f"{str(tmp_path / 'c.svg')!r});"
        "print('matplotlib.pyplot' in sys.modules, 'matplotlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "True"]


def test_score_distribution_counts_every_score(catalogue: Any) -> None:
    add_items(catalogue, [10, 10, 7, 0, None], received_on="2025-01-05")
    add_items(catalogue, [9], received_on="2025-03-01")
    counts = charts.score_distribution(catalogue)
    assert counts == {**dict.fromkeys(range(11), 0), 10: 2, 9: 1, 7: 1, 0: 1}
    from datetime import date

    late = charts.score_distribution(catalogue, FeedbackFilter(date_from=date(2025, 2, 1)))
    assert sum(late.values()) == 1 and late[9] == 1


def test_need_costs_costliest_on_top_with_gain_intervals(tmp_path: Path) -> None:
    fig = charts.need_cost_chart(costs(), "t")
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "배송 › 배송 지연  (n=23)"  # the top row is the last tick
    widths = [bar.get_width() for bar in ax.patches]
    assert widths == sorted(widths) and widths[-1] == pytest.approx(100 * 12 / 39)
    svg = charts.save_figure(fig, tmp_path / "c.svg").read_text("utf-8")
    assert "n = 39, points the NPS would gain if the need's detractors were passives" in svg


def test_owners_label_unassigned_as_told() -> None:
    fig = charts.owners_chart(owners(), "t", texts={"unassigned": "Nicht zugewiesen",
                                                    "open_items": "offene Einträge"})
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()][::-1] == [
        "Nicht zugewiesen", "김민준", "Jörg Ütz"]
    assert ax.get_xlabel() == "offene Einträge"
    assert "n = 55" in fig.texts[-1].get_text()


def test_trend_marks_significant_changes_and_draws_the_rolling_line() -> None:
    changes = [Change(None, False), Change(2.0, False), Change(-40.0, True),
               Change(1.0, False), Change(35.0, True), Change(0.5, False)]
    fig = charts.trend_chart(periods(), "t", rolling=rolling(), changes=changes,
                             texts={"rolling": "gleitend 90 Tage"})
    lines = {line.get_label(): line for line in fig.axes[0].get_lines()}
    assert list(lines["significant change"].get_xdata()) == [4]  # up
    down = [line for line in fig.axes[0].get_lines() if line.get_marker() == "v"]
    assert [list(line.get_xdata()) for line in down] == [[2]]
    roll = lines["gleitend 90 Tage"]
    xs = list(roll.get_xdata())
    assert xs == sorted(xs) and 0.5 < xs[0] < 0.52  # 1 February: start of 2025-02
    assert len(xs) == 18 and max(xs) < 5.5


def test_rolling_days_sit_inside_their_period() -> None:
    group = NpsGroup.from_counts(None, 1, 1, 1)
    keys = ["2025-01", "2025-03"]  # February had no answers
    got = charts._rolling_positions(keys, [(date(2025, 1, 16), group),
                                           (date(2025, 2, 10), group),
                                           (date(2025, 3, 31), group)])
    assert [round(x, 2) for x, _ in got] == [0.0, 0.5, 1.48]  # 16 January: mid-month
    weeks = charts._rolling_positions(["2025-W01", "2025-W02"], [(date(2025, 1, 6), group)])
    assert [round(x, 3) for x, _ in weeks] == [0.571]  # midday Monday of week 2
    assert charts._period_span("2025-Q4") == (date(2025, 10, 1), date(2026, 1, 1))


def months(count: int) -> list[NpsGroup]:
    return [NpsGroup.from_counts(f"{2024 + i // 12}-{i % 12 + 1:02d}", 30, 10, 12)
            for i in range(count)]


def drawn(fig: Any) -> Any:
    """Draw `fig` on an Agg canvas (in the house style, as saving does); its renderer."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    with charts.house_style():
        canvas.draw()
    return canvas.get_renderer()


def inside(fig: Any, box: Any) -> bool:
    width, height = fig.canvas.get_width_height()
    return box.x0 >= 0 and box.y0 >= 0 and box.x1 <= width and box.y1 <= height


@pytest.mark.parametrize("count", [1, 12, 13, 23, 24, 36, 120])
def test_trend_shows_at_most_twelve_period_labels(count: int) -> None:
    fig = charts.trend_chart(months(count), "t")
    renderer = drawn(fig)
    labels = [label for label in fig.axes[0].get_xticklabels()
              if label.get_visible() and label.get_text()]
    assert 1 <= len(labels) <= 12
    assert labels[0].get_text() == "2024-01"  # the first period is always named
    boxes = [label.get_window_extent(renderer) for label in labels]
    for left, right in pairwise(boxes):
        assert left.x1 < right.x0, (left, right)  # no two labels overlap


def test_trend_of_weeks_labels_fit_side_by_side() -> None:
    weeks = [NpsGroup.from_counts(f"2025-W{w:02d}", 30, 10, 12) for w in range(1, 53)]
    fig = charts.trend_chart(weeks, "t", size=(6.0, 3.6))
    renderer = drawn(fig)
    boxes = [label.get_window_extent(renderer) for label in fig.axes[0].get_xticklabels()]
    assert 2 <= len(boxes) <= 12
    assert all(a.x1 < b.x0 for a, b in pairwise(boxes))


def test_label_step() -> None:
    keys = [f"{2024 + i // 12}-{i % 12 + 1:02d}" for i in range(24)]
    with charts.house_style():
        assert charts.label_step(keys, 100.0) == 2  # never more than twelve labels
        assert charts.label_step(keys[:13], 100.0) == 2
        assert charts.label_step(keys[:12], 100.0) == 1
        assert charts.label_step(keys, 2.0) == 8  # three labels fit in two inches
        assert charts.label_step([], 7.0) == 1


@pytest.mark.parametrize("per_score", [400_000, 3_000_000])
def test_distribution_of_a_million_answers_keeps_its_axis_title(
    tmp_path: Path, per_score: int
) -> None:
    counts = {s: per_score // (1 + abs(9 - s)) for s in range(11)}
    fig = charts.distribution_chart(counts, "Answers by score")
    charts.save_figure(fig, tmp_path / "distribution.png")
    renderer = drawn(fig)
    ax = fig.axes[0]
    title = ax.yaxis.label
    assert title.get_text() == "answers"
    assert inside(fig, title.get_window_extent(renderer))
    ticks = [t for t in ax.get_yticklabels() if t.get_text()]
    assert any("," in t.get_text() for t in ticks)  # 400,000 rather than 400000 or 4e5
    # the title sits left of every tick label, not over them
    assert title.get_window_extent(renderer).x1 < min(
        t.get_window_extent(renderer).x0 for t in ticks)


def test_owners_count_axis_with_thousands_separators() -> None:
    fig = charts.owners_chart([OwnerLoad(1, "Jana Müller", 1_250_000),
                               OwnerLoad(None, None, 480_000)], "t")
    renderer = drawn(fig)
    ax = fig.axes[0]
    ticks = [t for t in ax.get_xticklabels() if t.get_text()]
    assert any(t.get_text() == "1,000,000" for t in ticks)
    boxes = [t.get_window_extent(renderer) for t in ticks]
    assert all(a.x1 < b.x0 for a, b in pairwise(boxes))
    counts = [t for t in ax.texts if t.get_text() == "1,250,000"]
    assert counts and inside(fig, counts[0].get_window_extent(renderer))


def test_a_group_of_one_detractor_draws_and_saves(tmp_path: Path) -> None:
    """Its interval (centred on the adjusted NPS) does not hold -100: no negative error bar."""
    from advocacy_desktop.services.nps_service import NpsGroup

    lone = NpsGroup.from_counts("Lone", 0, 0, 1)
    assert lone.nps == -100 and lone.low > -100
    out = charts.save_figure(charts.by_group_chart([lone], "NPS by source"), tmp_path / "one.png")
    assert out.stat().st_size > 1000


def test_long_need_names_are_shortened_from_the_start_to_fit(tmp_path: Path) -> None:
    """A label wider than the left margin may take (45% of the chart) loses its start, never
    its end or its count: no tick label is cut off at the figure's left edge."""
    long_path = "Customer service and after-sales care › Response time of the help desk"
    rows = [NeedCost(need_id=1, path=long_path, group=NpsGroup.from_counts(long_path, 5, 5, 9),
                     detractor_share=0.5, gain=9.0, gain_low=5.0, gain_high=14.0),
            NeedCost(need_id=2, path="Price", group=NpsGroup.from_counts("Price", 5, 5, 3),
                     detractor_share=0.2, gain=3.0, gain_low=1.0, gain_high=7.0)]
    fig = charts.need_cost_chart(rows, "t", n=100)
    charts.save_figure(fig, tmp_path / "c.png")
    renderer = drawn(fig)
    labels = fig.axes[0].get_yticklabels()
    texts = [t.get_text() for t in labels]
    assert texts[0] == "Price  (n=13)"
    assert texts[1].startswith("…") and texts[1].endswith("help desk  (n=19)")
    assert all(t.get_window_extent(renderer).x0 >= 0 for t in labels)
