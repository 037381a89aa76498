"""Empty views say what to do next, and every button says what it does.

On the window as the app wires it: the Feedback table over an empty catalogue offers File ▸
Import File… (its button triggers the window's action) and goes away once an import brings
rows; a filter keeping nothing says so and Clear filters brings the rows back; the dashboard
of a catalogue without 0–10 answers says how NPS appears; the People & roles tabs guide; the
texts follow a language change; every visible button of every page has words or a tooltip.
"""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

from advocacy_desktop.services import catalogue_service, feedback_query, import_service
from advocacy_desktop.ui.feedback_empty_state import EMPTY, NO_MATCH
from advocacy_desktop.ui.main_window import MainWindow
from tests.ui.conftest import _lrelease
from tests.ui.wired import TIMEOUT, show_page, wire

PAGES = ("dashboard", "feedback", "sources", "needs", "people", "advocates", "imports")
ITEMS = 12


def write_feedback(path: Path, items: int = ITEMS) -> Path:
    """`items` rows with a 0–10 recommend score (i % 11) from Google."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Date", "Source", "How likely are you to recommend us? (0-10)",
                         "Comment"])
        writer.writerows([f"2024-03-{1 + i:02d}", "Google", i % 11, f"Comment {i}"]
                         for i in range(items))
    return path


@pytest.fixture
def filled_path(catalogue_path: Path, tmp_path: Path) -> Path:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        result = import_service.run_import(catalogue, write_feedback(tmp_path / "in.csv"))
        assert result.imported == ITEMS
    return catalogue_path


def test_feedback_on_an_empty_catalogue_offers_the_import_until_rows_arrive(
    qtbot: Any, window: MainWindow, catalogue_path: Path, tmp_path: Path
) -> None:
    wire(qtbot, window, catalogue_path)
    page = show_page(qtbot, window, "feedback")
    state = page.empty_state
    qtbot.waitUntil(lambda: state.isVisible(), timeout=TIMEOUT)
    assert state.mode == EMPTY
    assert state.heading.text() == "No feedback yet"
    assert "File ▸ Import File… (Ctrl+I)" in state.text.text()
    assert "drop the file on this window" in state.text.text()
    assert state.import_button.isVisible() and state.import_button.isEnabled()
    assert "Ctrl+I" in state.import_button.toolTip()
    assert state.demo_button.isVisible()  # File ▸ Open Demo Catalogue… through the window
    assert not state.clear_button.isVisible()
    # the overlay lies over the rows' area, under the header
    assert state.geometry() == page.view.viewport().geometry()

    with qtbot.waitSignal(window.ui_actions.import_file.triggered, timeout=TIMEOUT):
        state.import_button.click()
    wizard = window.imports.wizard if window.imports is not None else None
    assert wizard is not None and wizard.isVisible()  # the window's import wizard opened
    wizard.reject()

    # rows arrive (as an import does): the window recounts and the page reads its rows again
    assert window.catalogue is not None
    import_service.run_import(window.catalogue, write_feedback(tmp_path / "late.csv"))
    window.refresh_counts()
    qtbot.waitUntil(lambda: page.model.rowCount() == ITEMS, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not state.isVisible(), timeout=TIMEOUT)
    assert state.mode is None


def test_a_filter_keeping_nothing_says_so_and_clear_filters_brings_the_rows_back(
    qtbot: Any, window: MainWindow, filled_path: Path
) -> None:
    wire(qtbot, window, filled_path)
    page = show_page(qtbot, window, "feedback")
    qtbot.waitUntil(lambda: page.model.rowCount() == ITEMS, timeout=TIMEOUT)
    state = page.empty_state
    assert not state.isVisible()

    page.set_filter(feedback_query.FeedbackFilter(text="nothing-says-this"))
    qtbot.waitUntil(lambda: state.isVisible(), timeout=TIMEOUT)
    assert state.mode == NO_MATCH
    assert state.heading.text() == "No item matches these filters"
    assert state.clear_button.isVisible()
    assert not state.import_button.isVisible() and not state.demo_button.isVisible()

    state.clear_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == ITEMS, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not state.isVisible(), timeout=TIMEOUT)
    assert page.filter_bar.current_filter() == feedback_query.FeedbackFilter()
    assert page.filter_bar.search.text() == ""


def test_dashboard_without_answers_says_how_nps_appears(
    qtbot: Any, window: MainWindow, catalogue_path: Path
) -> None:
    wire(qtbot, window, catalogue_path)
    dashboard = window.page("dashboard")
    with qtbot.waitSignal(dashboard.refreshed, timeout=TIMEOUT):
        window.navigator.set_current_id("dashboard")
    assert dashboard.margin_label.text() == "No 0–10 answers in this catalogue yet."
    how = dashboard.change_label.text()
    assert "0–10" in how and "recommend" in how and "File ▸ Import File… (Ctrl+I)" in how
    assert dashboard.import_button.isVisible()
    assert dashboard.views["distribution"].placeholder.text() == "No 0–10 answers yet."
    with qtbot.waitSignal(window.ui_actions.import_file.triggered, timeout=TIMEOUT):
        dashboard.import_button.click()
    window.imports.wizard.reject()  # type: ignore[union-attr]

    # a filter that keeps nothing is not the same: the texts it had stay
    with qtbot.waitSignal(dashboard.refreshed, timeout=TIMEOUT):
        dashboard.set_filter(feedback_query.FeedbackFilter(text="nothing"))
    assert dashboard.margin_label.text() == "No 0–10 answers match the filter (n = 0)."
    assert dashboard.change_label.text() == ""
    assert not dashboard.import_button.isVisible()
    assert dashboard.views["distribution"].placeholder.text() == (
        "No 0–10 answers match the filter.")


def test_people_tabs_say_what_to_do_while_empty(
    qtbot: Any, window: MainWindow, catalogue_path: Path
) -> None:
    wire(qtbot, window, catalogue_path)
    page = show_page(qtbot, window, "people")
    qtbot.waitUntil(lambda: page.people_empty.isVisible(), timeout=TIMEOUT)
    assert page.people_empty.heading.text() == "No people yet"
    assert "Add Person…" in page.people_empty.text.text()

    page.tabs.setCurrentWidget(page.followup)
    followup = page.followup
    qtbot.waitUntil(lambda: followup.empty_state.isVisible(), timeout=TIMEOUT)
    assert followup.empty_state.heading.text() == "No detractor is waiting for an answer"
    assert "Detractors (scores 0–6) appear here" in followup.empty_state.text.text()
    followup.overdue_box.setChecked(True)
    qtbot.waitUntil(lambda: followup.empty_state.heading.text() == "Nothing is overdue",
                    timeout=TIMEOUT)

    page.tabs.setCurrentWidget(page.people_tab)
    page.add_person("Ann Smith", None, [])
    qtbot.waitUntil(lambda: page.people_model.rowCount() == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not page.people_empty.isVisible(), timeout=TIMEOUT)
    # every need and source has a row: the matrix is never empty here, its hint guides
    assert page.matrix_model.rowCount() > 0 and page.matrix_empty.isHidden()


SHOUTED = {
    "FeedbackEmptyState": ("No feedback yet", "&Import File…"),
    "PeoplePage": ("No people yet",),
}


def shouting_translator(folder: Path) -> QTranslator:
    """A compiled translation that writes a few empty-state texts in capitals (a language
    no .ts holds yet)."""
    contexts = "".join(
        f"<context><name>{name}</name>" + "".join(
            f"<message><source>{escape(text)}</source>"
            f"<translation>{escape(text.upper())}</translation></message>" for text in texts)
        + "</context>" for name, texts in SHOUTED.items())
    ts_file, qm_file = folder / "shout.ts", folder / "shout.qm"
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                       f'<TS version="2.1" language="de">{contexts}</TS>', encoding="utf-8")
    subprocess.run([_lrelease(), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm_file))
    return translator


def test_empty_states_follow_a_language_change(
    qtbot: Any, window: MainWindow, catalogue_path: Path, tmp_path: Path
) -> None:
    wire(qtbot, window, catalogue_path)
    page = show_page(qtbot, window, "feedback")
    qtbot.waitUntil(lambda: page.empty_state.isVisible(), timeout=TIMEOUT)
    people = window.page("people")
    qtbot.waitUntil(lambda: people.loaded, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not people.people_empty.isHidden(), timeout=TIMEOUT)
    shouting = shouting_translator(tmp_path)
    app = QApplication.instance()
    assert app is not None
    app.installTranslator(shouting)
    try:
        qtbot.waitUntil(lambda: page.empty_state.heading.text() == "NO FEEDBACK YET",
                        timeout=TIMEOUT)
        assert page.empty_state.import_button.text() == "&IMPORT FILE…"
        # a page not on screen rewords its empty state too
        assert people.people_empty.heading.text() == "NO PEOPLE YET"
    finally:
        app.removeTranslator(shouting)
    qtbot.waitUntil(lambda: page.empty_state.heading.text() == "No feedback yet",
                    timeout=TIMEOUT)


@pytest.mark.parametrize("filled", [False, True], ids=["empty", "filled"])
def test_every_visible_button_says_what_it_does(
    qtbot: Any, window: MainWindow, request: pytest.FixtureRequest, filled: bool
) -> None:
    """Words on the button, or a tooltip when it only shows an icon."""
    wire(qtbot, window, request.getfixturevalue("filled_path" if filled else "catalogue_path"))
    window.resize(1400, 900)
    silent: list[str] = []
    seen = 0
    for page_id in PAGES:
        page = show_page(qtbot, window, page_id)
        qtbot.wait(50)
        tabs = getattr(page, "tabs", None)
        for tab in range(tabs.count()) if tabs is not None else [None]:
            if tab is not None:
                tabs.setCurrentIndex(tab)
                qtbot.wait(50)
            for button in page.findChildren(QPushButton) + page.findChildren(QToolButton):
                if not button.isVisible():
                    continue
                seen += 1
                if not button.text().replace("&", "").strip() and not button.toolTip():
                    silent.append(f"{page_id}/{tab}: {type(button).__name__} "
                                  f"{button.objectName()!r}")
    assert seen > 30  # the check looked at the pages' buttons
    assert silent == []
