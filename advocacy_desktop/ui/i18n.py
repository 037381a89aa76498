"""UI languages: loading our `.qm` translations and Qt's own, and switching them at run time.

The translators are children of the application object, found again by object name, so
switching needs no module state: remove ours, install the new ones. Qt then sends
`QEvent.LanguageChange` to every widget, and each one re-sets its texts. The default QLocale
follows the language, so `QLocale()` writes numbers and dates as that language does.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractItemView

log = logging.getLogger(__name__)

#: The UI languages, by code, each named in its own language (as a language menu shows them).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "it": "Italiano",
    "id": "Bahasa Indonesia",
    "tr": "Türkçe",
    "ko": "한국어",
}
DEFAULT_LANGUAGE = "en"
TRANSLATION_PREFIX = "advocacy_"
_TRANSLATOR_NAME = "advocacy-desktop-translator"


def resources_dir() -> Path:
    """The project's `resources/` folder (icons, translations, sample data)."""
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


_MARKED = re.compile(r'QT_TRANSLATE_NOOP\(\s*"')
_CORE_LAYERS = ("domain", "services", "db")


def translation_sources() -> list[Path]:
    """The Python files pyside6-lupdate reads (`make lupdate`, tests/ui/test_ts_sync.py): all
    of ui/, and the modules of the Qt-free layers that mark messages for it with
    QT_TRANSLATE_NOOP("Context", "text") (see domain/messages.py)."""
    package = Path(__file__).resolve().parents[1]
    sources = sorted((package / "ui").rglob("*.py"))
    for layer in _CORE_LAYERS:
        sources += sorted(path for path in (package / layer).rglob("*.py")
                          if _MARKED.search(path.read_text(encoding="utf-8")))
    return sources


def system_language() -> str:
    """The first of the user's preferred UI languages we support, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def resolve_language(code: str | None) -> str:
    """A supported language code for `code`; None, empty or unknown means the system's."""
    if code:
        short = str(code).replace("_", "-").split("-")[0].lower()
        if short in LANGUAGES:
            return short
        log.warning("unknown UI language %r: using the system language", code)
    return system_language()


def installed_translators(app: QCoreApplication) -> list[QTranslator]:
    return [t for t in app.findChildren(QTranslator) if t.objectName() == _TRANSLATOR_NAME]


def current_language(app: QCoreApplication) -> str:
    """The language last installed by `install_translator` (English if none)."""
    return str(app.property("advocacyLanguage") or DEFAULT_LANGUAGE)


def locale_for(code: str) -> QLocale:
    """The locale numbers and dates follow for UI language `code`: the system's own when it
    is of that language (de_AT stays Austrian, en_GB British), else the language's main one."""
    wanted = QLocale(code)
    system = QLocale.system()
    return system if system.language() == wanted.language() else wanted


def _apply_locale(app: QCoreApplication, locale: QLocale) -> None:
    """Make `locale` the default, also for widgets that exist already (a widget keeps the
    locale it was created with unless told): the top-level ones pass it to their children."""
    QLocale.setDefault(locale)
    for widget in getattr(app, "topLevelWidgets", lambda: [])():
        widget.setLocale(locale)


def install_translator(app: QCoreApplication, language_code: str | None) -> str:
    """Install the translations for `language_code` (None: the system language) in place of
    any installed before, and return the code chosen.

    Loads `resources/translations/advocacy_<code>.qm` and Qt's own `qtbase_<code>.qm` (the
    texts of standard dialogs and buttons) when they exist. English needs `advocacy_en.qm`
    only for its plural forms ("1 source", "2 sources"). Sets the default QLocale first
    (`locale_for`), so what re-renders on LanguageChange uses the new number and date forms.
    """
    code = resolve_language(language_code)
    _apply_locale(app, locale_for(code))  # before LanguageChange: texts re-rendered use it
    for translator in installed_translators(app):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()
    candidates = [(translations_dir(), f"{TRANSLATION_PREFIX}{code}")]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_dir:
        candidates.append((Path(qt_dir), f"qtbase_{code}"))
    for folder, stem in candidates:
        qm_file = folder / f"{stem}.qm"
        if not qm_file.is_file():
            if stem.startswith(TRANSLATION_PREFIX):
                log.info("no compiled translation %s (run `make translations`)", qm_file)
            continue
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        if translator.load(str(qm_file)):
            app.installTranslator(translator)
        else:
            log.warning("could not load the translation %s", qm_file)
            translator.setParent(None)
            translator.deleteLater()
    app.setProperty("advocacyLanguage", code)
    _repaint_item_views(app)
    return code


def _repaint_item_views(app: QCoreApplication) -> None:
    """Tables and trees ask their models again when they paint: repaint them all, so dates
    and numbers rendered by `data()` come out in the new language without waiting for a
    scroll or a click."""
    for widget in getattr(app, "allWidgets", lambda: [])():
        if isinstance(widget, QAbstractItemView):
            widget.viewport().update()


def switch_language(app: QCoreApplication, language_code: str | None) -> str:
    """Change the UI language while the app runs; widgets retranslate on LanguageChange."""
    return install_translator(app, language_code)


if __name__ == "__main__" and sys.argv[1:] == ["--sources"]:  # for the Makefile
    root = Path.cwd()
    print("\n".join(str(p.relative_to(root) if p.is_relative_to(root) else p)
                    for p in translation_sources()))
