"""The composition root: start-up order and which catalogue opens first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWizard

from advocacy_desktop import __version__, app
from advocacy_desktop.services import catalogue_service
from advocacy_desktop.ui.main_window import MainWindow
from tests.ui.conftest import MessageBoxes

PROJECT = Path(__file__).resolve().parents[2]

START_UP_PROBE = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from advocacy_desktop import app

    seen = {"sqlalchemy_at_import": "sqlalchemy" in sys.modules}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj.objectName() == "mainWindow":
                seen.setdefault("sqlalchemy_at_first_paint", "sqlalchemy" in sys.modules)
                seen.setdefault("services_at_first_paint", window_ref[0].catalogue_service
                                is not None if window_ref else None)
            return False

    qapp = app.create_application([])
    probe = FirstPaint()
    qapp.installEventFilter(probe)
    window_ref = []
    settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
    settings.setValue("ui/language", "en")
    window = app.launch(qapp, settings, None, default_path=Path(sys.argv[2]))
    window_ref.append(window)

    def done(counts):
        seen["catalogue"] = str(window.catalogue.path)
        seen["counts"] = window.catalogue_status.counts_text()
        seen["sqlalchemy_at_end"] = "sqlalchemy" in sys.modules
        window.close()
        qapp.quit()

    window.counts_changed.connect(done)
    QTimer.singleShot(20_000, qapp.quit)
    qapp.exec()
    print(json.dumps(seen), flush=True)
    os._exit(0)  # skip interpreter teardown (see advocacy_desktop/ui/qt_check.py)
    """
)


def test_window_paints_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    default = tmp_path / "data" / "catalogue.advocacy"
    default.parent.mkdir()
    catalogue_service.create(default).close()  # a first start shows the guide instead
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "PYTHONPATH": str(PROJECT),
    }
    result = subprocess.run(
        [sys.executable, "-c", START_UP_PROBE, str(tmp_path / "settings.ini"), str(default)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=PROJECT,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["sqlalchemy_at_import"] is False
    assert seen["sqlalchemy_at_first_paint"] is False
    assert seen["services_at_first_paint"] is False
    assert seen["sqlalchemy_at_end"] is True
    assert seen["catalogue"] == str(default)
    assert seen["counts"] == "0 feedback · 11 sources · 0 needs"  # the defaults


def _launch(qtbot: Any, qapp: QApplication, settings: QSettings, *args: Any, **kw: Any):
    window = app.launch(qapp, settings, *args, **kw)
    qtbot.addWidget(window)
    return window


def test_first_run_guide_creates_the_default_catalogue_then_the_last_one_reopens(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    default = tmp_path / "data" / "catalogue.advocacy"
    window = _launch(qtbot, qapp, settings, None, default_path=default)
    qtbot.waitUntil(lambda: getattr(window, "first_run", None) is not None
                    and window.first_run.guide is not None, timeout=15_000)
    guide = window.first_run.guide
    assert not default.exists(), "nothing is created before the guide finishes"
    while guide.currentId() != guide.pageIds()[-1]:
        guide.next()
    with qtbot.waitSignal(window.counts_changed, timeout=15_000):
        guide.button(QWizard.WizardButton.FinishButton).click()
    assert default.exists()
    assert window.catalogue.path == default
    assert window.windowTitle() == "catalogue.advocacy — Advocacy Desktop"
    assert catalogue_service.check(default).ok

    other = tmp_path / "client.advocacy"
    catalogue_service.create(other).close()
    with qtbot.waitSignal(window.counts_changed, timeout=10_000):
        window.open_catalogue(other)
    window.close()

    again = _launch(qtbot, qapp, settings, None, default_path=default)
    with qtbot.waitSignal(again.counts_changed, timeout=10_000):
        pass
    assert again.catalogue.path == other


def test_a_broken_default_catalogue_is_reported_never_replaced(
    qtbot: Any,
    qapp: QApplication,
    settings: QSettings,
    tmp_path: Path,
    message_boxes: MessageBoxes,
) -> None:
    default = tmp_path / "catalogue.advocacy"
    default.write_bytes(b"SQLite format 3\x00" + b"\x00" * 40)  # truncated header
    before = default.read_bytes()
    window = _launch(qtbot, qapp, settings, None, default_path=default)
    qtbot.waitUntil(lambda: len(message_boxes.shown) == 1, timeout=10_000)
    assert str(default) in message_boxes.texts[0]
    assert "truncated" in message_boxes.texts[0]
    assert default.read_bytes() == before
    assert window.catalogue is None


def test_a_missing_catalogue_on_the_command_line_creates_nothing(
    qtbot: Any,
    qapp: QApplication,
    settings: QSettings,
    tmp_path: Path,
    message_boxes: MessageBoxes,
) -> None:
    asked = tmp_path / "typo.advocacy"
    default = tmp_path / "data" / "catalogue.advocacy"
    window = _launch(qtbot, qapp, settings, str(asked), default_path=default)
    qtbot.waitUntil(lambda: len(message_boxes.shown) == 1, timeout=10_000)
    assert str(asked) in message_boxes.texts[0]
    assert not asked.exists()
    assert not default.exists()
    assert window.catalogue is None


def test_a_vanished_last_catalogue_falls_back_to_the_default(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    gone = tmp_path / "usb-stick" / "client.advocacy"
    settings.setValue("catalogues/last", str(gone))
    default = tmp_path / "catalogue.advocacy"
    catalogue_service.create(default).close()
    window: MainWindow = _launch(qtbot, qapp, settings, None, default_path=default)
    qtbot.waitUntil(
        lambda: "no longer there" in window.statusBar().currentMessage(), timeout=10_000
    )
    assert window.catalogue.path == default
    assert str(gone) in window.statusBar().currentMessage()


def test_main_reports_version_and_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert app.main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out
    assert app.main(["one.advocacy", "two.advocacy"]) == 2


def test_default_catalogue_lives_in_app_data() -> None:
    path = app.default_catalogue_path()
    assert path.name == "catalogue.advocacy"
    assert "Advocacy Desktop" in str(path)


def test_the_dashboard_follows_the_feedback_filter_both_ways(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    from advocacy_desktop.services.feedback_filters import FeedbackFilter

    path = tmp_path / "shop.advocacy"
    catalogue_service.create(path).close()
    window = _launch(qtbot, qapp, settings, str(path))
    with qtbot.waitSignal(window.counts_changed, timeout=15_000):
        pass
    dashboard, feedback = window.page("dashboard"), window.page("feedback")
    assert type(dashboard).__name__ == "DashboardPage"
    feedback.set_filter(FeedbackFilter(score_min=9))
    qtbot.waitUntil(lambda: dashboard.filter.score_min == 9, timeout=5_000)
    dashboard.clear_filter()
    qtbot.waitUntil(lambda: feedback.filter_bar.current_filter().score_min is None,
                    timeout=5_000)
    window.close()


def test_file_merge_catalogue_brings_the_other_files_items_in(
    qtbot: Any, qapp: QApplication, settings: QSettings, tmp_path: Path
) -> None:
    from sqlalchemy import text

    home, field = tmp_path / "home.advocacy", tmp_path / "field.advocacy"
    catalogue_service.create(home).close()
    with catalogue_service.create(field) as other, other.write_connection() as conn:
        for number in range(3):
            conn.execute(text("INSERT INTO feedback (uuid, score, text, status) VALUES"
                              " (:u, 9, 'from the field', 'new')"), {"u": f"field-{number}"})
    window = _launch(qtbot, qapp, settings, str(home))
    with qtbot.waitSignal(window.counts_changed, timeout=15_000):
        pass
    assert window.merge_action.action.isEnabled()
    assert window.merge_action.action in window.ui_actions.file_menu.actions()
    dialog = window.merge_action.choose(str(field))
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(window.counts_changed, timeout=15_000):
        dialog.merge_button.click()
    with window.catalogue.read() as session:
        assert session.execute(text("SELECT count(*) FROM feedback")).scalar() == 3
    window.close()


def test_a_termination_signal_closes_the_catalogue_and_removes_its_lock(tmp_path: Path) -> None:
    """`kill` (SIGTERM) or a logout closes the app as Quit does: the lock file goes, the log
    is folded back into the file, and the next opener is not told that someone has it."""
    import signal
    import time

    catalogue = tmp_path / "shop.advocacy"
    catalogue_service.create(catalogue).close()
    lock = catalogue.with_name(catalogue.name + ".lock")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(PROJECT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "share")}
    process = subprocess.Popen([sys.executable, "-m", "advocacy_desktop.app", str(catalogue)],
                               env=env, cwd=PROJECT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not lock.exists() and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.1)
        assert lock.exists(), process.stderr.read() if process.poll() is not None else ""
        time.sleep(0.5)  # the window is up and idle
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert not lock.exists()
    assert not catalogue.with_name(catalogue.name + "-wal").exists()
    catalogue_service.open_existing(catalogue).close()  # no abandoned lock to take over
