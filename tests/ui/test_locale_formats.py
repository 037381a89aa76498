"""Numbers and dates follow the UI language: the default QLocale is set with the translator,
and what the pages show re-renders when the language is switched."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from advocacy_desktop.services import catalogue_service
from advocacy_desktop.services import needs_service as ns
from advocacy_desktop.ui import formatting, i18n
from advocacy_desktop.ui.main_window import MainWindow
from tests.services.test_nps_service import add_items
from tests.ui.wired import show_page, wire

ITEMS = 1234
DAY = date(2025, 3, 5)


@pytest.fixture
def neutral_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine's own locale (en_GB, de_AT …) must not change what these tests expect."""
    monkeypatch.setattr(QLocale, "system", staticmethod(QLocale.c))


@pytest.mark.parametrize(
    ("code", "count", "share", "day", "signed"),
    [("en", "1,234", "24.5", "3/5/25", "−3.5"),
     ("de", "1.234", "24,5", "05.03.25", "−3,5"),
     ("tr", "1.234", "24,5", "5.03.2025", "−3,5"),
     ("ko", "1,234", "24.5", "25. 3. 5.", "−3.5")],
)
def test_the_default_locale_follows_the_language(
    qapp: QApplication, neutral_system: None, code: str, count: str, share: str, day: str,
    signed: str,
) -> None:
    i18n.install_translator(qapp, code)
    assert QLocale().name().split("_")[0] == code
    assert formatting.number(ITEMS) == count
    assert formatting.decimal(24.5) == share
    assert formatting.short_date(DAY) == day
    assert formatting.signed(-3.5) == signed
    assert formatting.signed(12.0) == "+" + formatting.decimal(12.0)
    assert formatting.plain(4.0) == "4" and formatting.short_date(None) == ""


def test_the_systems_own_region_is_kept_for_its_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_AT")))
    assert i18n.locale_for("de").name() == "de_AT"
    assert i18n.locale_for("it").name() == "it_IT"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert i18n.locale_for("en").name() == "en_GB"


def test_switching_language_re_renders_counts_and_dates_on_the_pages(
    qtbot: Any, window: MainWindow, catalogue_path: Path, neutral_system: None
) -> None:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        delivery = ns.add_need(catalogue, "Delivery").need_id
        add_items(catalogue, [9] * ITEMS, received_on=DAY.isoformat(), needs=[delivery])
    wire(qtbot, window, catalogue_path)
    needs = show_page(qtbot, window, "needs")
    feedback = show_page(qtbot, window, "feedback")
    qtbot.waitUntil(lambda: feedback.model.rowCount() > 0, timeout=10_000)

    def shown() -> tuple[str, str, str]:
        count = needs.model.index_of(delivery).siblingAtColumn(1).data()
        day = feedback.model.index(0, 0).data()
        return count, day, window.catalogue_status.counts_text()

    def plural_count() -> str:
        """The number in a plural message ("%Ln item(s) tagged with this need itself")."""
        tip = needs.model.index_of(delivery).siblingAtColumn(1).data(
            Qt.ItemDataRole.ToolTipRole)
        return tip.split(" ")[0]

    assert shown() == ("1,234", "3/5/25", "1,234 feedback · 11 sources · 1 need")
    assert plural_count() == "1,234"

    window.set_language("de")
    qtbot.waitUntil(lambda: window.ui_actions.file_menu.title() == "&Datei", timeout=3000)
    assert shown() == ("1.234", "05.03.25", "1.234 Feedback-Einträge · 11 Quellen · 1 Bedürfnis")
    assert plural_count() == "1.234"
    assert window.locale().name() == "de_DE"  # widgets built before the switch follow too
    assert feedback.view.locale().name() == "de_DE"
    window.grab().save("/tmp/locale_de_feedback.png")

    window.set_language("en")
    qtbot.waitUntil(lambda: window.ui_actions.file_menu.title() == "&File", timeout=3000)
    assert shown() == ("1,234", "3/5/25", "1,234 feedback · 11 sources · 1 need")
    assert window.locale().name() == "en_US"


def test_charts_write_numbers_as_the_ui_language_does(
    qtbot: Any, qapp: QApplication, neutral_system: None
) -> None:
    """services/charts.py has no Qt: the dashboard hands it the locale's separators."""
    from advocacy_desktop.services import charts, dashboard_service
    from advocacy_desktop.services.feedback_filters import FeedbackFilter
    from advocacy_desktop.services.nps_service import NpsGroup
    from advocacy_desktop.ui.dashboard_page import DashboardPage
    from advocacy_desktop.ui.tasks import TaskRunner

    i18n.install_translator(qapp, "de")
    page = DashboardPage(dashboard_service, charts, TaskRunner(), filter_type=FeedbackFilter)
    qtbot.addWidget(page)
    words = page._texts()["charts"]
    assert (words["thousands"], words["decimal"]) == (".", ",")
    group = NpsGroup.from_counts("Shop", promoters=700, passives=300, detractors=234)
    fig = charts.by_group_chart([group], "NPS", texts=words)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Shop  (n=1.234)"]
    assert fig.texts[-1].get_text().startswith("n = 1.234, ")
    shown = charts.distribution_chart({0: 234, 8: 300, 10: 700}, "Scores", texts=words)
    assert f"NPS +{formatting.decimal(100 * (700 - 234) / 1234)}" in shown.texts[-1].get_text()
    english = charts.by_group_chart([group], "NPS")  # without the UI: as before
    assert english.texts[-1].get_text().startswith("n = 1,234, ")
