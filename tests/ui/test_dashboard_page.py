"""The Dashboard page over real catalogue rows: headline, charts, filters, stale results, export,
and matplotlib loaded only once the page is shown."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import threading
import uuid
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from advocacy_desktop.services import charts, dashboard_service
from advocacy_desktop.services.feedback_filters import FeedbackFilter
from advocacy_desktop.ui.dashboard_page import DashboardPage
from advocacy_desktop.ui.formatting import short_date
from advocacy_desktop.ui.tasks import TaskRunner
from tests.services.test_nps_service import add_items, add_source, hand_case

PROJECT = Path(__file__).resolve().parents[2]


def realistic_catalogue(catalogue: Any, *, seed: int = 7) -> None:
    """A year of monthly feedback from several sources, needs with Korean and German names,
    owners and star ratings: what an owner would show others."""
    rng = random.Random(seed)
    with catalogue.write_connection() as conn:
        raw = conn.connection.driver_connection
        sources = {}
        for name in ("Trustpilot", "Google Reviews", "Support desk", "고객 설문", "App Store"):
            row = raw.execute("SELECT id FROM source WHERE name = ?", (name,)).fetchone()
            if row is None:
                row = raw.execute("INSERT INTO source (uuid, name, kind, collect) VALUES"
                                  " (?, ?, 'other', 1) RETURNING id",
                                  (str(uuid.uuid4()), name)).fetchone()
            sources[name] = row[0]
        needs = []
        tree = {"Lieferung": ["Verspätung", "Beschädigte Ware"], "가격": ["할인", "환불 지연"],
                "Support": ["Wartezeit am Telefon", "Freundlichkeit"], "App": ["Anmeldung"]}
        for parent, children in tree.items():
            pid = raw.execute("INSERT INTO need (uuid, name, position) VALUES (?, ?, 0)"
                              " RETURNING id", (str(uuid.uuid4()), parent)).fetchone()[0]
            for child in children:
                needs.append(raw.execute(
                    "INSERT INTO need (uuid, name, parent_id, position) VALUES (?, ?, ?, 0)"
                    " RETURNING id", (str(uuid.uuid4()), child, pid)).fetchone()[0])
        people = [raw.execute("INSERT INTO person (uuid, name, active) VALUES (?, ?, 1)"
                              " RETURNING id", (str(uuid.uuid4()), name)).fetchone()[0]
                  for name in ("Jana Müller", "김민준", "Tom Evans", "Sofia Ruiz")]
        start = date(2025, 1, 1)
        rows, tags = [], []
        for day in range(365):
            when = start + timedelta(days=day)
            mood = 0.8 * (day / 365)  # the year improves
            for _ in range(rng.randint(2, 9)):
                source = rng.choice(list(sources.values()))
                score = max(0, min(10, round(rng.gauss(6.2 + 2.2 * mood, 2.6))))
                rating = scale = None
                if rng.random() < 0.3:
                    scale = 5
                    rating = float(max(1, min(5, round(score / 2 + rng.random()))))
                status = rng.choice(("new", "triaged", "in_progress", "resolved", "closed",
                                     "closed", "resolved"))
                assignee = rng.choice([*people, None, None]) if status != "new" else None
                key = str(uuid.uuid4())
                rows.append((key, source, when.isoformat(), score, rating, scale, status,
                             assignee))
                if score <= 6 or rng.random() < 0.3:
                    weights = [6, 3, 2, 5, 4, 1, 2, 1][: len(needs)]
                    tags.append((key, rng.choices(needs, weights)[0]))
        raw.executemany("INSERT INTO feedback (uuid, source_id, received_on, score, rating,"
                        " rating_scale, status, assignee_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        rows)
        raw.executemany("INSERT INTO feedback_need (feedback_id, need_id) SELECT id, ? FROM"
                        " feedback WHERE uuid = ?", [(n, k) for k, n in tags])


def make_page(qtbot: Any, service: Any = dashboard_service, show: bool = True) -> DashboardPage:
    tasks = TaskRunner()
    page = DashboardPage(service, charts, tasks, filter_type=FeedbackFilter)
    page.resize(1400, 900)
    qtbot.addWidget(page)
    page._test_tasks = tasks  # keep the runner alive with the page
    if show:
        page.show()
        qtbot.waitExposed(page)
    return page


def refreshed(qtbot: Any, page: DashboardPage, action: Any) -> None:
    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        action()


def test_headline_and_charts_from_the_catalogue(qtbot: Any, catalogue: Any) -> None:
    add_items(catalogue, hand_case(), received_on="2025-03-04")
    page = make_page(qtbot)
    refreshed(qtbot, page, lambda: page.set_catalogue(catalogue))
    assert page.nps_label.text() == "−35.9"
    assert "±24.2" in page.margin_label.text()
    assert "n = 39" in page.margin_label.text()
    assert not page.small_label.isVisible()  # 39 answers: not a small sample
    for name in ("trend", "distribution", "sources"):
        view = page.views[name]
        assert view.canvas is not None and view.canvas.figure is view.figure, name
        assert view.canvas.isVisible(), name
    # no need tagged, nothing open with an owner... every item is "new" and unassigned
    assert page.views["needs"].canvas is None
    assert "need" in page.views["needs"].placeholder.text()
    assert page.views["owners"].canvas is not None  # 39 open items, all unassigned
    assert "Set a date range" in page.change_label.text()


def test_a_source_filter_changes_the_headline_and_the_line(
    qtbot: Any, catalogue: Any
) -> None:
    shop = add_source(catalogue, "Shop")
    add_items(catalogue, [10, 10, 9, 3], source_id=shop, received_on="2025-02-01")
    add_items(catalogue, hand_case(), received_on="2025-02-02")
    page = make_page(qtbot)
    refreshed(qtbot, page, lambda: page.set_catalogue(catalogue))
    assert page.margin_label.text().endswith("n = 43")
    assert not page.clear_filter_button.isVisible()
    page.set_names(sources={shop: "Shop"})
    refreshed(qtbot, page, lambda: page.set_filter(FeedbackFilter(sources=(shop,))))
    assert page.nps_label.text() == "+50.0"  # 3 promoters, 1 detractor
    assert "n = 4" in page.margin_label.text()
    assert page.small_label.isVisible()
    assert page.filter_label.text() == "Filtered: Shop"
    assert page.clear_filter_button.isVisible()
    with qtbot.waitSignal(page.filter_changed) as emitted, qtbot.waitSignal(page.refreshed):
        page.clear_filter_button.click()
    assert emitted.args[0] == FeedbackFilter()
    assert page.nps_label.text() == "−27.9"  # back to all 43: (11 - 23) / 43


def test_change_against_the_previous_period(qtbot: Any, catalogue: Any) -> None:
    add_items(catalogue, [0] * 40, received_on="2025-01-10")
    add_items(catalogue, [10] * 40, received_on="2025-02-10")
    page = make_page(qtbot)
    page.set_catalogue(catalogue)
    flt = FeedbackFilter(date_from=date(2025, 2, 1), date_to=date(2025, 2, 28))
    refreshed(qtbot, page, lambda: page.set_filter(flt))
    assert page.nps_label.text() == "+100.0"
    assert page.change_label.text().startswith("+200.0 points against the previous period")
    assert "significant" in page.change_label.text()
    # the UI language's short dates: "2/1/25 to 2/28/25" in en_US
    assert (f"{short_date(date(2025, 2, 1))} to {short_date(date(2025, 2, 28))}"
            in page.filter_label.text())


def test_results_of_an_older_filter_are_dropped(qtbot: Any, catalogue: Any) -> None:
    add_items(catalogue, hand_case(), received_on="2025-03-04")
    gate = threading.Event()
    calls: list[Any] = []

    def load(catalogue: Any, flt: Any, **kwargs: Any) -> Any:
        calls.append(flt)
        if len(calls) == 1:
            gate.wait(10)  # the first refresh finishes last
        return dashboard_service.load(catalogue, flt, **kwargs)

    page = make_page(qtbot, SimpleNamespace(load=load))
    page.set_catalogue(catalogue)
    qtbot.waitUntil(lambda: len(calls) == 1)
    only_promoters = FeedbackFilter(score_min=9)
    refreshed(qtbot, page, lambda: page.set_filter(only_promoters))
    assert page.nps_label.text() == "+100.0"
    gate.set()
    page._test_tasks.wait_for_all(10_000)
    qtbot.wait(100)  # the older result is delivered, and must change nothing
    assert calls[0] == FeedbackFilter() and calls[1] == only_promoters
    assert page.nps_label.text() == "+100.0"
    assert page.dashboard.overall.n == 8


def test_errors_are_shown_in_the_page(qtbot: Any, catalogue: Any) -> None:
    def load(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError("disk I/O error")

    page = make_page(qtbot, SimpleNamespace(load=load))
    page.set_catalogue(catalogue)
    qtbot.waitUntil(lambda: "disk I/O error" in page.status_label.text(), timeout=10_000)
    assert page.refresh_button.isEnabled() and not page.is_refreshing
    assert page.views["trend"].canvas is None


def test_export_writes_the_chart(qtbot: Any, catalogue: Any, tmp_path: Path) -> None:
    realistic_catalogue(catalogue)
    page = make_page(qtbot)
    refreshed(qtbot, page, lambda: page.set_catalogue(catalogue))
    for ext, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")):
        out = page.views["needs"].export(tmp_path / f"needs{ext}")
        assert out is not None and out.read_bytes().startswith(magic)
        assert out.stat().st_size > 5_000
    assert "Chart saved to" in page.status_label.text()
    assert page.ratings_table.rowCount() == 5  # five sources with star ratings
    assert page.period_combo.currentData() == "month"
    refreshed(qtbot, page, lambda: page.period_combo.setCurrentIndex(
        page.period_combo.findData("quarter")))
    assert [g.key for g in page.dashboard.trend] == [f"2025-Q{q}" for q in range(1, 5)]


def test_hidden_page_waits_until_shown(qtbot: Any, catalogue: Any) -> None:
    add_items(catalogue, hand_case(), received_on="2025-03-04")
    page = make_page(qtbot, show=False)
    page.set_catalogue(catalogue)
    qtbot.wait(100)
    assert page.dashboard is None and not page.is_refreshing
    refreshed(qtbot, page, page.show)
    assert page.dashboard.overall.n == 39


def test_cancel_stops_the_refresh(qtbot: Any, catalogue: Any) -> None:
    started = threading.Event()

    def load(_catalogue: Any, _flt: Any, *, cancelled: Any, **_kwargs: Any) -> Any:
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise InterruptedError("dashboard refresh cancelled")

    page = make_page(qtbot, SimpleNamespace(load=load))
    page.set_catalogue(catalogue)
    qtbot.waitUntil(started.is_set)
    assert page.cancel_button.isVisible() and not page.refresh_button.isEnabled()
    page.cancel_button.click()
    qtbot.waitUntil(lambda: not page.is_refreshing, timeout=10_000)
    assert "cancelled" in page.status_label.text()
    assert page.refresh_button.isEnabled() and not page.cancel_button.isVisible()
    assert page.views["trend"].placeholder.text() == "Refresh cancelled"


def test_filter_line_and_closing_the_catalogue(qtbot: Any, catalogue: Any) -> None:
    from advocacy_desktop.domain.nps import Category

    add_items(catalogue, hand_case(), received_on="2025-03-04")
    page = make_page(qtbot)
    refreshed(qtbot, page, lambda: page.set_catalogue(catalogue))
    assert page.filter_label.text() == "Showing: All feedback"
    flt = FeedbackFilter(sources=(1, 2), categories=frozenset({Category.DETRACTOR}),
                         date_from=date(2025, 3, 1), text=" Lieferung ")
    refreshed(qtbot, page, lambda: page.set_filter(flt))
    text = page.filter_label.text()  # "2 source(s)" until the English plurals are built
    assert text.startswith("Filtered: 2 source")
    assert text.endswith(f" · detractors · from {short_date(date(2025, 3, 1))} · “Lieferung”")
    assert page.nps_label.text() == "—" and "n = 0" in page.margin_label.text()
    page.set_catalogue(None)
    assert page.views["trend"].placeholder.text() == "No catalogue is open."
    assert page.nps_label.text() == "—"


MATPLOTLIB_PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from advocacy_desktop.services import catalogue_service, charts, dashboard_service
    from advocacy_desktop.services.feedback_filters import FeedbackFilter
    from advocacy_desktop.ui.dashboard_page import DashboardPage
    from advocacy_desktop.ui.tasks import TaskRunner

    app = QApplication([])
    tasks = TaskRunner()
    catalogue = catalogue_service.open_existing(sys.argv[1])
    page = DashboardPage(dashboard_service, charts, tasks, filter_type=FeedbackFilter)
    page.set_catalogue(catalogue)
    page.set_filter(FeedbackFilter(score_min=1))
    app.processEvents()
    before = "matplotlib" in sys.modules
    page.refreshed.connect(app.quit)
    page.show()
    app.exec()
    print(before, "matplotlib" in sys.modules, page.views["trend"].canvas is not None)
    tasks.shutdown()
    catalogue.close()
    import os; os._exit(0)
    """
)


def test_matplotlib_loads_only_once_the_page_is_shown(catalogue_path: Path) -> None:
    from advocacy_desktop.services import catalogue_service

    opened = catalogue_service.open_existing(catalogue_path)
    add_items(opened, [10, 3, 8], received_on="2025-01-02")
    opened.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(PROJECT)}
    result = subprocess.run([sys.executable, "-c", MATPLOTLIB_PROBE, str(catalogue_path)],
                            capture_output=True, text=True, env=env, timeout=60, cwd=PROJECT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True"]


def test_chart_texts_come_from_the_page(qtbot: Any, catalogue: Any) -> None:
    add_items(catalogue, hand_case(), received_on="2025-03-04")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from advocacy_desktop.ui import i18n

    app = QApplication.instance()
    i18n.install_translator(app, "de")
    try:
        german = QCoreApplication.translate("DashboardPage", "NPS by month")
        assert german != "NPS by month"
        page = make_page(qtbot)
        refreshed(qtbot, page, lambda: page.set_catalogue(catalogue))
        assert page.views["trend"].figure.get_suptitle() == german
    finally:
        i18n.install_translator(app, "en")
