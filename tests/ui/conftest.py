"""GUI fixtures: offscreen Qt, isolated settings, English UI, compiled translations."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from advocacy_desktop.ui import i18n
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.qt_check import bindings_leak_singletons

BALLAST_REFERENCES = 1_000_000


def _lrelease() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise RuntimeError("pyside6-lrelease not found: install PySide6 in this environment")
    return found


@pytest.fixture(scope="session", autouse=True)
def survive_leaking_bindings() -> None:
    """With shiboken6 6.12.0 on Python 3.11 (see ui/qt_check.py) every Qt call drops a
    reference to None/True/False and the test process aborts at exit. Until the dependency
    is pinned, hold a million extra references to each, in a list that is never freed, and
    say so; test_bindings.py keeps the defect visible."""
    if not bindings_leak_singletons():
        return
    ballast = [None, True, False] * BALLAST_REFERENCES
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(ballast))  # leaked on purpose: never freed
    warnings.warn(
        "PySide6/shiboken6 drops references to None/True/False on this Python; the UI tests "
        "hold extra references to survive. Pin PySide6-Essentials != 6.12.0.",
        stacklevel=1,
    )


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """`make test` builds the .qm files first; a bare `pytest` builds missing or stale ones."""
    for ts_file in sorted(i18n.translations_dir().glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        if qm_file.exists() and qm_file.stat().st_mtime >= ts_file.stat().st_mtime:
            continue
        subprocess.run(
            [_lrelease(), "-silent", str(ts_file), "-qm", str(qm_file)],
            check=True,
            capture_output=True,
        )


@pytest.fixture(autouse=True)
def english_ui(qapp: QApplication) -> Iterator[None]:
    """Every test starts and ends in English, whatever the machine's locale."""
    QStandardPaths.setTestModeEnabled(True)
    i18n.install_translator(qapp, "en")
    yield
    i18n.install_translator(qapp, "en")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in an ini file under tmp_path: never the user's own."""
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("ui/language", "en")
    return qsettings


@pytest.fixture
def window(qtbot: Any, settings: QSettings) -> MainWindow:
    """A shown main window with the real catalogue service attached, no catalogue open."""
    from advocacy_desktop.services import catalogue_service

    main_window = MainWindow(settings)
    qtbot.addWidget(main_window)
    main_window.attach_services(catalogue_service)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


class MessageBoxes:
    """Captures QMessageBox.warning/critical/information/about calls instead of showing them."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []

    def record(self, kind: str) -> Any:
        def fake(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(fake)

    @property
    def texts(self) -> list[str]:
        return [text for _kind, _title, text in self.shown]


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    for kind in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, boxes.record(kind))
    return boxes


def open_and_wait(qtbot: Any, window: MainWindow, path: Path, **kwargs: Any) -> None:
    """Open `path` and wait until it is open and counted."""
    with qtbot.waitSignal(window.counts_changed, timeout=10_000):
        handle = window.open_catalogue(path, **kwargs)
        assert handle is not None
