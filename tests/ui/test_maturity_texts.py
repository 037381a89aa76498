"""The maturity conditions are worded by the UI (translatable), not by the service (English)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from advocacy_desktop.services import catalogue_service
from advocacy_desktop.services import responsibility_service as rs
from advocacy_desktop.services.responsibility_service import Condition
from advocacy_desktop.ui import i18n
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.maturity_texts import MaturityTexts
from tests.ui.conftest import _lrelease
from tests.ui.wired import show_page, wire


def test_every_condition_the_service_names_has_its_sentences(qapp: QApplication) -> None:
    words = MaturityTexts()
    keys = ("advocate", "team", "coordinator", "coordinated", "sources_owned", "sponsor",
            "needs_covered", "people_with_roles")
    numbers = {"coordinated": {"coordinated": 2, "needs": 1234},
               "sources_owned": {"without": 1}, "needs_covered": {"without": 3},
               "people_with_roles": {"with_role": 3, "active": 6}}
    for key in keys:
        condition = Condition(key, numbers.get(key, {}))
        assert words.reached(condition, "?") not in ("", "?")
        assert words.missing(condition, "?") not in ("", "?")
    assert words.missing(Condition("coordinated", numbers["coordinated"])) == (
        "Make a coordinator Accountable for more than half of the needs (now 2 of 1,234).")
    assert words.missing(Condition("sources_owned", {"without": 1})) == (
        "Give every collected source a Responsible or an owner (1 without one).")
    assert words.missing(Condition("needs_covered", {"without": 3})) == (
        "Give every need a Responsible and an Accountable (3 without them).")
    assert words.reached(Condition("new_rule"), "english fallback") == "english fallback"


def test_the_people_page_words_the_conditions_in_the_ui_language(
    qtbot: Any, window: MainWindow, catalogue_path: Path, qapp: QApplication, tmp_path: Path,
) -> None:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        assert [c.key for c in rs.maturity(catalogue).missing] == ["advocate"]
    wire(qtbot, window, catalogue_path)
    people = show_page(qtbot, window, "people")
    assert people.missing_list.item(0).text() == (
        "Give an active person the customer advocate role.")  # the service's: "give an …"

    ts_file = tmp_path / "maturity_de.ts"
    ts_file.write_text(
        "<?xml version='1.0' encoding='utf-8'?><!DOCTYPE TS><TS version='2.1' language='de'>"
        "<context><name>MaturityTexts</name><message><source>Give an active person the "
        "customer advocate role.</source><translation>Geben Sie einer aktiven Person die "
        "Rolle Kundenfürsprecher.</translation></message></context></TS>", encoding="utf-8")
    subprocess.run([_lrelease(), "-silent", str(ts_file), "-qm",
                    str(tmp_path / "maturity_de.qm")], check=True)
    translator = QTranslator(qapp)
    assert translator.load(str(tmp_path / "maturity_de.qm"))
    i18n.switch_language(qapp, "de")
    qapp.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: people.missing_list.item(0).text().startswith("Geben Sie"),
                        timeout=3000)
    finally:
        qapp.removeTranslator(translator)
