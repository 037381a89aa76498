"""Messages of the Qt-free layers (domain/messages.Message) shown in the UI language.

The German texts come from a tiny .ts compiled here with pyside6-lrelease (the real .ts files
get theirs in the translation pass): what is proven is that the pages and dialogs route the
services' reasons and errors through QCoreApplication.translate with the template's context,
fill in the values as the UI language writes them, and keep an older catalogue's English.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import text

from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services import catalogue_service
from advocacy_desktop.services import import_service as svc
from advocacy_desktop.services import needs_service as ns
from advocacy_desktop.services.importing.errors import ImportFileError
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.messages import describe
from tests.ui.conftest import MessageBoxes, _lrelease
from tests.ui.test_import_wizard import (
    MAPPING,
    RUN,
    SCORE_HEADER,
    import_window,  # noqa: F401 - a fixture used below
    next_page,
    run_to_summary,
    source_index,
    wait_idle,
    write_reviews_xlsx,
)
from tests.ui.test_imports_page import TIMEOUT, imported, install_page  # noqa: F401
from tests.ui.test_needs_page import install_page as install_needs_page
from tests.ui.test_needs_page import shop  # noqa: F401 - a fixture used below

GERMAN = {
    "ImportValues": {
        "{value} is outside 0–10": "{value} liegt außerhalb von 0–10",
        "{value} is not an e-mail address": "{value} ist keine E-Mail-Adresse",
    },
    "ImportErrors": {
        "{path} (row {row}): {message}": "{path} (Zeile {row}): {message}",
        "Row {row} of {file}: {reason}": "Zeile {row} von {file}: {reason}",
        "Value": "Wert",
        "Problem": "Problem",
        "{count} more": "{count} weitere",
        "broken {count}": "kaputt",  # a translation that lost its placeholder
    },
    "NeedsService": {
        "The key {key} is already the shortcut of {name}.":
            "Die Taste {key} ist schon das Kürzel von {name}.",
    },
    "CatalogueErrors": {
        "this is not a catalogue file (not a SQLite database)":
            "dies ist keine Katalogdatei (keine SQLite-Datenbank)",
    },
}


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[QTranslator]:
    """The German texts above installed, numbers and dates written the German way."""
    contexts = "".join(
        f"<context><name>{name}</name>" + "".join(
            f"<message><source>{escape(en)}</source><translation>{escape(de)}</translation>"
            "</message>" for en, de in texts.items()) + "</context>"
        for name, texts in GERMAN.items())
    ts_file = tmp_path / "core_de.ts"
    ts_file.write_text("<?xml version='1.0' encoding='utf-8'?><!DOCTYPE TS>"
                       f"<TS version='2.1' language='de_DE'>{contexts}</TS>", encoding="utf-8")
    qm_file = tmp_path / "core_de.qm"
    subprocess.run([_lrelease(), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
    translator = QTranslator(qapp)
    assert translator.load(str(qm_file))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield translator
    qapp.removeTranslator(translator)  # english_ui restores the English locale


def test_describe_translates_fills_in_and_falls_back(german: QTranslator) -> None:
    inner = Message(QT_TRANSLATE_NOOP("ImportErrors", "{count} more"), count=12345)
    error = ImportFileError("/tmp/umfrage.csv", inner, row=1234)
    assert str(error) == "/tmp/umfrage.csv (row 1,234): 12,345 more"  # the CLI's English
    assert describe(error) == "/tmp/umfrage.csv (Zeile 1.234): 12.345 weitere"
    assert describe(inner) == "12.345 weitere"
    untranslated = Message(QT_TRANSLATE_NOOP("ImportErrors", "{count} rows kept"), count=2000)
    assert describe(untranslated) == "2.000 rows kept"  # English words, German digits
    broken = Message(QT_TRANSLATE_NOOP("ImportErrors", "broken {count}"), count=3)
    assert describe(broken) == "kaputt"  # lupdate/test_i18n catch a lost placeholder
    assert describe(ValueError("plain text")) == "plain text"
    assert describe(KeyError()) == "KeyError"


def test_the_imports_page_shows_rejected_rows_in_the_ui_language(
    qtbot: Any, window: MainWindow, catalogue_path: Path, imported: Path,  # noqa: F811
    german: QTranslator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    model = page.rejected_model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=TIMEOUT)
    assert model.data(model.index(0, 3)) == "12 liegt außerhalb von 0–10"
    assert model.data(model.index(1, 3)) == "'not an address' ist keine E-Mail-Adresse"
    assert str(model.rejected(0).reason) == "12 is outside 0–10"  # stored in English
    page.grab().save(str(tmp_path / "imports_de.png"))

    target = tmp_path / "fix.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args: (str(target), "")))
    page.export_button.click()
    qtbot.waitUntil(target.exists, timeout=TIMEOUT)
    workbook = load_workbook(target)
    problems = list(workbook["Problems"].iter_rows(values_only=True))
    assert problems[0][3:] == ("Wert", "Problem")
    assert problems[1][4] == "12 liegt außerhalb von 0–10"
    comment = workbook["Rows to fix"]["C2"].comment.text
    assert comment == "Zeile 3 von may.xlsx: 12 liegt außerhalb von 0–10"
    with catalogue_service.open_existing(catalogue_path) as catalogue:  # the CLI's English
        svc.export_rejects(catalogue, page.selected_batch().id, tmp_path / "en.xlsx")
    english = list(load_workbook(tmp_path / "en.xlsx")["Problems"].iter_rows(values_only=True))
    assert english[0][3:] == ("Value", "Problem") and english[1][4] == "12 is outside 0–10"


def test_an_older_catalogues_rejects_keep_their_english(
    qtbot: Any, window: MainWindow, catalogue_path: Path, imported: Path,  # noqa: F811
    german: QTranslator,
) -> None:
    with catalogue_service.open_existing(catalogue_path) as catalogue, \
            catalogue.write() as session:
        session.execute(text("UPDATE rejected_row SET reason_message = NULL"))  # before 0013
    page = install_page(qtbot, window, catalogue_path)
    model = page.rejected_model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=TIMEOUT)
    assert model.data(model.index(0, 3)) == "12 is outside 0–10"


def test_the_wizard_words_value_problems_in_the_ui_language(
    qtbot: Any, import_window: MainWindow, german: QTranslator, tmp_path: Path,  # noqa: F811
) -> None:
    wizard = import_window.import_file()
    wizard.file_page.set_path_text(str(write_reviews_xlsx(tmp_path / "reviews.xlsx")))
    wizard.file_page.use_text()
    wait_idle(qtbot, wizard)
    next_page(qtbot, wizard, wizard.current_index() + 1)
    if wizard.current_index() != MAPPING:  # the sheet page first
        next_page(qtbot, wizard, MAPPING)
    model = wizard.mapping_page.model
    assert model.data(source_index(wizard, 4, 2), 3) == "11 liegt außerhalb von 0–10"
    run_to_summary(qtbot, wizard)
    assert wizard.current_index() == RUN
    rejected = wizard.run_page.rejected_model
    qtbot.waitUntil(lambda: rejected.rowCount() == 1, timeout=TIMEOUT)
    assert rejected.rejected(0).column == SCORE_HEADER
    assert rejected.data(rejected.index(0, 3)) == "11 liegt außerhalb von 0–10"
    wizard.grab().save(str(tmp_path / "wizard_de.png"))


def test_a_catalogue_open_error_is_shown_in_the_ui_language(
    qtbot: Any, window: MainWindow, tmp_path: Path, message_boxes: MessageBoxes,
    german: QTranslator,
) -> None:
    notes = tmp_path / "notes.advocacy"
    notes.write_text("name,score\nAda,10\n", encoding="utf-8")
    handle = window.open_catalogue(notes)
    with qtbot.waitSignal(handle.failed, timeout=5000):
        pass
    [text_shown] = message_boxes.texts
    assert str(notes) in text_shown
    assert "dies ist keine Katalogdatei (keine SQLite-Datenbank)" in text_shown
    assert "not a SQLite database" not in text_shown


def test_a_refused_change_of_a_need_is_explained_in_the_ui_language(
    qtbot: Any, window: MainWindow, catalogue_path: Path, shop: dict[str, int],  # noqa: F811
    message_boxes: MessageBoxes, german: QTranslator,
) -> None:
    page = install_needs_page(qtbot, window, catalogue_path)
    page.select_need(shop["delivery"])
    page.choose_shortcut("p")  # taken by Price
    assert message_boxes.texts[-1] == "Die Taste 'p' ist schon das Kürzel von 'Price'."
    with pytest.raises(ns.NeedsError, match="already the shortcut of 'Price'"):  # the CLI's
        ns.update_need(window.catalogue, shop["delivery"], shortcut="p")
