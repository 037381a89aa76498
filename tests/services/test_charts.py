"""NPS charts: every kind to PNG/SVG/PDF, fonts for German/Turkish/Korean, no pyplot."""

from __future__ import annotations

import logging
import struct
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

from advocacy_desktop.services import charts
from advocacy_desktop.services.feedback_filters import FeedbackFilter
from advocacy_desktop.services.nps_service import NpsGroup
from tests.services.test_nps_service import add_items

MAGIC = {".png": b"\x89PNG\r\n\x1a\n", ".svg": b"<?xml", ".pdf": b"%PDF-"}
TITLE = "Größe — Müşteri İçgörüsü ğş — 고객 만족도"


def periods() -> list[NpsGroup]:
    return [NpsGroup.from_counts(f"2025-{m:02d}", 20 + m, 10, 8) for m in range(1, 7)]


def sources() -> list[NpsGroup]:
    return [NpsGroup.from_counts("Trustpilot", 50, 20, 10),
            NpsGroup.from_counts("고객서비스", 3, 2, 6),
            NpsGroup.from_counts(None, 40, 5, 5)]


def figures() -> dict[str, Any]:
    return {
        "trend": charts.trend_chart(periods(), TITLE),
        "distribution": charts.distribution_chart({0: 2, 6: 5, 8: 7, 10: 9}, TITLE),
        "by-group": charts.by_group_chart(sources(), TITLE),
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
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{k}{ext}" for k in ("trend", "distribution", "by-group"))  # no temp file left


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
