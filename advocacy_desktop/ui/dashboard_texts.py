"""The dashboard's chart texts in the UI language, kept apart from the page (DashboardPage is
the translation context, as it was when they lived there)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction

from advocacy_desktop.ui import default_names
from advocacy_desktop.ui.tooltips import with_shortcut


def empty_chart_text(name: str, no_answers: bool = False) -> str:
    """What a chart card says when the filter leaves it nothing to draw; `no_answers`: the
    whole catalogue holds no 0–10 answer yet."""
    translate = QCoreApplication.translate
    if name == "owners":
        return translate("DashboardPage", "No open items match the filter.")
    if no_answers:
        return translate("DashboardPage", "No 0–10 answers yet.")
    if name == "needs":
        return translate("DashboardPage",
                         "No answer that matches the filter is tagged with a need.")
    if name == "trend":
        return translate("DashboardPage", "No dated 0–10 answers match the filter.")
    return translate("DashboardPage", "No 0–10 answers match the filter.")


def no_answers_texts(import_action: QAction | None) -> tuple[str, str]:
    """The headline while the catalogue holds no 0–10 answer at all (not a filter keeping
    none): what is missing, and how to bring it in (with File ▸ Import File…'s keys)."""
    translate = QCoreApplication.translate
    command = with_shortcut(translate("DashboardPage", "File ▸ Import File…"), import_action)
    return (
        translate("DashboardPage", "No 0–10 answers in this catalogue yet."),
        translate(
            "DashboardPage",
            "NPS appears once feedback with a 0–10 “How likely are you to recommend us?” "
            "score is imported: choose {command} or drop a spreadsheet on this window.",
        ).format(command=command),
    )


def chart_texts(period: str, rolling: str) -> dict[str, Any]:
    """Every chart text of the dashboard, translated on the UI thread (the charts are built
    in a task, without Qt). `rolling` names the rolling window, a plural the page words
    (lupdate finds plural forms only in a class's own tr())."""
    translate = QCoreApplication.translate
    period_titles = {
        "week": translate("DashboardPage", "NPS by week"),
        "month": translate("DashboardPage", "NPS by month"),
        "quarter": translate("DashboardPage", "NPS by quarter"),
        "year": translate("DashboardPage", "NPS by year"),
    }
    return {
        "titles": {
            "trend": period_titles[period],
            "distribution": translate("DashboardPage", "Answers by score (0–10)"),
            "sources": translate("DashboardPage", "NPS by source"),
            "needs": translate("DashboardPage", "Needs that cost the most NPS"),
            "owners": translate("DashboardPage", "Open items by owner"),
        },
        "rolling": rolling,
        "charts": {
            "method": translate("DashboardPage",
                                "NPS = %promoters − %detractors, 95% adjusted-Wald interval"),
            "nps": translate("DashboardPage", "NPS"),
            "interval": translate("DashboardPage", "95% interval"),
            "small": translate("DashboardPage", "fewer than 30 answers"),
            "significant": translate("DashboardPage", "significant change"),
            "score": translate("DashboardPage", "score"),
            "answers": translate("DashboardPage", "answers"),
            "detractors": translate("DashboardPage", "detractors 0–6"),
            "passives": translate("DashboardPage", "passives 7–8"),
            "promoters": translate("DashboardPage", "promoters 9–10"),
            "no_answers": translate("DashboardPage", "no answers"),
            "none": translate("DashboardPage", "(no source)"),
            "hatched": translate("DashboardPage", "* hatched: fewer than 30 answers"),
            "gain": translate("DashboardPage", "NPS points"),
            "gain_method": translate("DashboardPage", "points the NPS would gain if the need's "
                                     "detractors were passives, with its 95% interval"),
            "open_items": translate("DashboardPage", "open items"),
            "owners_method": translate("DashboardPage",
                                       "items not yet closed or set aside (won’t fix)"),
            "unassigned": translate("DashboardPage", "Unassigned"),
            "no_data": translate("DashboardPage", "no data"),
            "thousands": QLocale().groupSeparator(),
            "decimal": QLocale().decimalPoint(),
        },
        # the pre-filled sources' names in the UI language (the charts run off the UI
        # thread and without Qt: they get a plain mapping)
        "labels": {"sources": default_names.labels("source")},
    }
