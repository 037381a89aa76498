"""UI languages: loading, switching at run time, and the quality of the .ts files."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from sqlalchemy import delete

from advocacy_desktop.services import catalogue_service
from advocacy_desktop.ui import i18n
from advocacy_desktop.ui.main_window import MainWindow
from tests.ui.conftest import open_and_wait

TRANSLATED = ("de", "it", "id", "tr", "ko")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n")
MNEMONIC = re.compile(r"&(?=[^\s&])")


def _wait_for_language(qtbot: Any, window: MainWindow, file_title: str) -> None:
    qtbot.waitUntil(lambda: window.ui_actions.file_menu.title() == file_title, timeout=3000)


def test_resources_dir_is_the_project_folder() -> None:
    assert i18n.resources_dir() == Path(__file__).resolve().parents[2] / "resources"
    assert (i18n.translations_dir() / "advocacy_de.ts").is_file()


@pytest.mark.parametrize(
    ("asked", "expected"),
    [("de", "de"), ("de_DE", "de"), ("ko-KR", "ko"), ("TR", "tr"), ("id", "id")],
)
def test_resolve_language(asked: str, expected: str) -> None:
    assert i18n.resolve_language(asked) == expected


def test_unknown_or_no_language_means_the_system_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("it_IT")))
    assert i18n.resolve_language(None) == "it"
    assert i18n.resolve_language("pt_BR") == "it"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("pt_BR")))
    assert i18n.resolve_language(None) == "en"


def test_install_translator_loads_ours_and_qts(qapp: QApplication) -> None:
    assert i18n.install_translator(qapp, "de") == "de"
    assert QCoreApplication.translate("MainActions", "&File") == "&Datei"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # qtbase
    assert i18n.current_language(qapp) == "de"
    assert i18n.install_translator(qapp, "en") == "en"
    assert QCoreApplication.translate("MainActions", "&File") == "&File"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # German gone
    assert QCoreApplication.translate("CatalogueStatus", "%Ln source(s)", "", 2) == "2 sources"


def test_switching_language_at_run_time_retranslates_the_window(
    qtbot: Any, window: MainWindow, catalogue_path: Path
) -> None:
    open_and_wait(qtbot, window, catalogue_path)
    assert window.ui_actions.file_menu.title() == "&File"

    window.set_language("de")
    _wait_for_language(qtbot, window, "&Datei")
    assert window.ui_actions.new.text() == "&Neuer Katalog…"
    assert window.navigator.list.item(0).text() == "Übersicht"
    assert window.page("needs").title() == "Bedürfnisse"
    assert window.catalogue_status.counts_text() == (
        "0 Feedback-Einträge · 11 Quellen · 0 Bedürfnisse"
    )
    assert window.settings.language() == "de"
    assert window.ui_actions.languages["de"].isChecked()

    window.set_language("ko")
    _wait_for_language(qtbot, window, "파일(&F)")
    assert window.ui_actions.view_menu.title() == "보기(&V)"
    assert window.navigator.list.item(1).text() == "피드백"
    assert window.catalogue_status.counts_text() == "피드백 0건 · 출처 11개 · 니즈 0개"

    window.set_language("en")
    _wait_for_language(qtbot, window, "&File")
    assert window.navigator.list.item(0).text() == "Dashboard"


def test_german_plurals(qtbot: Any, window: MainWindow, catalogue_path: Path) -> None:
    from advocacy_desktop.db import models

    with catalogue_service.open_existing(catalogue_path) as cat, cat.write() as session:
        # keep one of the default sources (migration 0003), to see the singular
        session.execute(delete(models.Source).where(models.Source.name != "Trustpilot"))
        session.add_all(models.Need(name=f"Need {i}") for i in range(2))
    window.set_language("de")
    _wait_for_language(qtbot, window, "&Datei")
    open_and_wait(qtbot, window, catalogue_path)
    assert window.catalogue_status.counts_text() == (
        "0 Feedback-Einträge · 1 Quelle · 2 Bedürfnisse"
    )


def _messages(ts_file: Path) -> list[ET.Element]:
    return list(ET.parse(ts_file).getroot().iter("message"))


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_shell_string_is_translated(code: str) -> None:
    ts_file = i18n.translations_dir() / f"advocacy_{code}.ts"
    messages = _messages(ts_file)
    assert len(messages) > 50
    problems = []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = (
            [form.text or "" for form in translation.findall("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text or ""]
        )
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"unfinished: {source!r}")
        for form in forms:
            if not form.strip():
                problems.append(f"empty: {source!r}")
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {source!r} -> {form!r}")
            if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(form)):
                problems.append(f"mnemonic: {source!r} -> {form!r}")
    assert problems == []


def test_english_file_holds_the_plural_forms() -> None:
    messages = _messages(i18n.translations_dir() / "advocacy_en.ts")
    plural = {m.findtext("source"): m for m in messages if m.get("numerus") == "yes"}
    assert "%Ln source(s)" in plural
    forms = [f.text for f in plural["%Ln source(s)"].iter("numerusform")]
    assert forms == ["%Ln source", "%Ln sources"]


@pytest.mark.parametrize("code", TRANSLATED)
def test_an_import_understands_the_status_names_the_ui_shows(code: str) -> None:
    """A list exported or typed with the statuses as the UI names them in any of its
    languages imports again: every translated status name is a word the importer knows."""
    from advocacy_desktop.domain.fields import status_from_text
    from advocacy_desktop.ui import feedback_model

    shown = {}
    for message in _messages(i18n.translations_dir() / f"advocacy_{code}.ts"):
        shown[message.findtext("source")] = message.findtext("translation")
    for status, english in feedback_model._STATUS.items():
        assert status_from_text(english) == status
        assert status_from_text(shown[english]) == status, (code, shown[english])
