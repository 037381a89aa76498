"""The .ts files hold every text the code translates, finished.

pyside6-lupdate reads advocacy_desktop/ui and the Qt-free modules that mark messages with
QT_TRANSLATE_NOOP (i18n.translation_sources, as `make lupdate` does) into a temporary .ts; every
message it finds (context, source, comment, plural or not) must be in each committed
resources/translations/advocacy_*.ts and finished there (English: its plural forms). Texts
marked with QT_TRANSLATE_NOOP("Pages", …) and translated later through a variable are found by
their marker. Placeholders and mnemonics of what the files hold are checked by test_i18n.py.

When it fails, run `make lupdate`, translate what the message lists, and commit the .ts files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from advocacy_desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[2]

Key = tuple[str, str, str, bool]  # context, source, comment, plural


def _lupdate() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        raise RuntimeError("pyside6-lupdate not found: install PySide6 in this environment")
    return found


def read_ts(path: Path) -> dict[Key, ET.Element]:
    messages: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "",
                   message.get("numerus") == "yes")
            messages[key] = message
    return messages


def finished(message: ET.Element, *, english: bool) -> bool:
    """Translated; for English only plural forms need text (a singular is its source)."""
    plural = message.get("numerus") == "yes"
    if english and not plural:
        return True
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = ([f.text or "" for f in translation.findall("numerusform")] if plural
             else [translation.text or ""])
    return bool(forms) and all(form.strip() for form in forms)


@pytest.fixture(scope="module")
def from_code(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What lupdate extracts from the sources now (the Makefile's TR_SOURCES: ui/ and the
    core modules that mark messages)."""
    target = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    sources = [str(path) for path in i18n.translation_sources()]
    subprocess.run([_lupdate(), *sources, "-ts", str(target), "-no-obsolete"],
                   check=True, capture_output=True, cwd=ROOT)
    messages = read_ts(target)
    assert len(messages) > 500, "lupdate found almost nothing: is it reading the sources?"
    return messages


def _describe(key: Key) -> str:
    context, source, comment, plural = key
    extra = (f" [{comment}]" if comment else "") + (" (plural)" if plural else "")
    return f"  {context}: {source!r}{extra}"


def _ts_files() -> list[Path]:
    return sorted(i18n.translations_dir().glob(f"{i18n.TRANSLATION_PREFIX}*.ts"))


def test_every_language_has_a_ts_file() -> None:
    assert {p.stem.removeprefix(i18n.TRANSLATION_PREFIX) for p in _ts_files()} == set(
        i18n.LANGUAGES)


@pytest.mark.parametrize("ts_file", _ts_files(), ids=lambda p: p.stem)
def test_ts_file_holds_every_text_of_the_code_finished(
    ts_file: Path, from_code: dict[Key, ET.Element]
) -> None:
    committed = read_ts(ts_file)
    english = ts_file.stem.endswith("_en")
    missing = [key for key in from_code if key not in committed]
    unfinished = [key for key in from_code
                  if key in committed and not finished(committed[key], english=english)]
    report = []
    if missing:
        report.append(f"{len(missing)} text(s) of the code missing from {ts_file.name} "
                      "(run `make lupdate`, then translate them):")
        report.extend(map(_describe, missing))
    if unfinished:
        report.append(f"{len(unfinished)} text(s) not translated in {ts_file.name}:")
        report.extend(map(_describe, unfinished))
    assert not report, "\n".join(report)


@pytest.mark.parametrize("ts_file", _ts_files(), ids=lambda p: p.stem)
def test_ts_file_holds_no_text_the_code_dropped(
    ts_file: Path, from_code: dict[Key, ET.Element]
) -> None:
    """A text changed in the code leaves its old translation behind: `make lupdate` drops it
    (-no-obsolete), so the file says only what the app can show."""
    stale = [key for key in read_ts(ts_file) if key not in from_code]
    assert not stale, (f"{len(stale)} text(s) in {ts_file.name} no longer in the code "
                       "(run `make lupdate`):\n" + "\n".join(map(_describe, stale)))


def test_the_check_sees_a_missing_and_an_unfinished_text(tmp_path: Path) -> None:
    """The comparison itself, on two tiny files: it can fail."""
    code = tmp_path / "code.ts"
    code.write_text(
        "<TS version='2.1'><context><name>Pages</name>"
        "<message><source>Needs</source><translation type='unfinished'/></message>"
        "<message numerus='yes'><source>%n need(s)</source><translation type='unfinished'/>"
        "</message><message><source>Sources</source><translation/></message>"
        "</context></TS>", encoding="utf-8")
    committed = tmp_path / "advocacy_de.ts"
    committed.write_text(
        "<TS version='2.1'><context><name>Pages</name>"
        "<message><source>Needs</source><translation>Bedürfnisse</translation></message>"
        "<message><source>%n need(s)</source><translation>%n Bedürfnisse</translation>"
        "</message><message><source>Sources</source><translation type='unfinished'>"
        "</translation></message></context></TS>", encoding="utf-8")
    in_code, in_file = read_ts(code), read_ts(committed)
    # the plural text is in the file only as a singular message: missing
    assert [k for k in in_code if k not in in_file] == [("Pages", "%n need(s)", "", True)]
    assert [k[1] for k in in_code if k in in_file
            and not finished(in_file[k], english=False)] == ["Sources"]
    assert finished(in_file[("Pages", "Sources", "", False)], english=True)
