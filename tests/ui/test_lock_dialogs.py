"""The window when a catalogue is locked by someone else, and on a shared or synced folder."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from advocacy_desktop.db import locking
from advocacy_desktop.services import catalogue_service, import_service
from advocacy_desktop.ui.lock_dialogs import LocationWarning, LockedDialog
from advocacy_desktop.ui.main_window import MainWindow
from tests.ui.conftest import MessageBoxes, open_and_wait


def fake_holder(path: Path, **fields: Any) -> Path:
    """A lock file written by "alice on elsewhere", alive unless told otherwise."""
    now = datetime.now(UTC)
    data = {
        "user": "alice", "host": "elsewhere", "pid": 4242, "app_version": "0.1.0",
        "since": now.isoformat(), "heartbeat": now.isoformat(), "token": "a" * 32,
    }
    data.update(fields)
    lock_file = locking.lock_path_for(path)
    lock_file.write_text(json.dumps(data))
    return lock_file


def locked_dialog(qtbot: Any, window: MainWindow) -> LockedDialog:
    qtbot.waitUntil(
        lambda: window.locks.locked_dialog is not None and window.locks.locked_dialog.isVisible(),
        timeout=10_000,
    )
    dialog = window.locks.locked_dialog
    assert dialog is not None
    return dialog


def test_locked_catalogue_opens_read_only_when_chosen(
    qtbot: Any, window: MainWindow, catalogue_path: Path
) -> None:
    lock_file = fake_holder(catalogue_path)
    window.attach_import_service(import_service)
    window.open_catalogue(catalogue_path)
    dialog = locked_dialog(qtbot, window)
    assert dialog.text().startswith("shop.advocacy is open by alice on elsewhere since today at ")
    assert dialog.take_over_button is None  # a live holder is never taken over
    dialog.grab().save("/tmp/lock_dialog.png")
    assert window.catalogue is None
    with qtbot.waitSignal(window.counts_changed, timeout=10_000):
        dialog.read_only_button.click()
    catalogue = window.catalogue
    assert catalogue is not None and catalogue.read_only and catalogue.lock is None
    assert window.windowTitle() == "shop.advocacy (read-only) — Advocacy Desktop"
    assert window.catalogue_status.read_only_label.isVisibleTo(window)
    assert not window.ui_actions.import_file.isEnabled()  # no writing while read-only
    assert "Read-only: alice on elsewhere has it open." in window.statusBar().currentMessage()
    assert json.loads(lock_file.read_text())["user"] == "alice"  # theirs, untouched
    window.close_catalogue()
    assert lock_file.exists()


def test_cancel_leaves_nothing_open(qtbot: Any, window: MainWindow, catalogue_path: Path) -> None:
    lock_file = fake_holder(catalogue_path)
    before = lock_file.read_bytes()
    window.open_catalogue(catalogue_path)
    dialog = locked_dialog(qtbot, window)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: window.locks.locked_dialog is None)
    qtbot.wait(100)
    assert window.catalogue is None and not window.tasks.active_tasks
    assert lock_file.read_bytes() == before


def test_abandoned_lock_can_be_taken_over(
    qtbot: Any, window: MainWindow, catalogue_path: Path
) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    lock_file = fake_holder(catalogue_path, host=socket.gethostname(), pid=int(gone.stdout))
    window.open_catalogue(catalogue_path)  # the window asks even when the process is gone
    dialog = locked_dialog(qtbot, window)
    assert "no longer running" in dialog.informativeText()
    assert dialog.take_over_button is not None
    dialog.grab().save("/tmp/lock_dialog_stale.png")
    with qtbot.waitSignal(window.counts_changed, timeout=10_000):
        dialog.take_over_button.click()
    assert window.catalogue is not None and not window.catalogue.read_only
    assert window.windowTitle() == "shop.advocacy — Advocacy Desktop"
    assert json.loads(lock_file.read_text())["pid"] == os.getpid()
    assert window.locks.heartbeat.isActive()
    window.close_catalogue()
    assert not lock_file.exists() and not window.locks.heartbeat.isActive()


def test_heartbeat_and_a_lock_taken_over_meanwhile(
    qtbot: Any, window: MainWindow, catalogue_path: Path, message_boxes: MessageBoxes
) -> None:
    open_and_wait(qtbot, window, catalogue_path)
    lock_file = locking.lock_path_for(catalogue_path)
    old = (datetime.now(UTC) - timedelta(minutes=20)).replace(microsecond=0)
    data = json.loads(lock_file.read_text())
    lock_file.write_text(json.dumps({**data, "heartbeat": old.isoformat()}))
    window.locks.beat()
    qtbot.waitUntil(
        lambda: json.loads(lock_file.read_text())["heartbeat"] != old.isoformat(), timeout=5000
    )
    qtbot.waitUntil(lambda: not window.tasks.active_tasks, timeout=5000)
    assert not message_boxes.shown
    fake_holder(catalogue_path, user="bob", host="desk-2")  # bob took it over
    with qtbot.waitSignal(window.counts_changed, timeout=10_000):
        window.locks.beat()
    assert message_boxes.shown and "bob on desk-2 has taken over" in message_boxes.texts[0]
    assert window.catalogue is not None and window.catalogue.read_only
    assert json.loads(lock_file.read_text())["user"] == "bob"


def warning_shown(qtbot: Any, window: MainWindow) -> LocationWarning:
    qtbot.waitUntil(
        lambda: window.locks.location_warning is not None
        and window.locks.location_warning.isVisible(),
        timeout=10_000,
    )
    warning = window.locks.location_warning
    assert warning is not None
    return warning


@pytest.fixture
def on_nfs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A catalogue whose folder mountinfo says is an NFS mount."""
    share = tmp_path / "share"
    share.mkdir()
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(
        "27 1 253:0 / / rw,relatime - ext4 /dev/vda rw\n"
        f"40 27 0:50 / {share.resolve()} rw,relatime - nfs4 server:/export rw\n"
    )
    monkeypatch.setattr(locking, "MOUNTINFO", mountinfo)
    monkeypatch.setattr(locking.sys, "platform", "linux")
    path = share / "team.advocacy"
    catalogue_service.create(path).close()
    return path


def test_network_warning_once_when_told(qtbot: Any, window: MainWindow, on_nfs: Path) -> None:
    open_and_wait(qtbot, window, on_nfs)
    assert window.catalogue.location == "network"
    warning = warning_shown(qtbot, window)
    assert warning.text() == "team.advocacy is on a network share."
    assert "PostgreSQL" in warning.informativeText()
    warning.grab().save("/tmp/network_warning.png")
    warning.dont_warn.setChecked(True)
    warning.button(warning.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.locks.location_warning is None)
    window.close_catalogue()
    open_and_wait(qtbot, window, on_nfs)
    qtbot.wait(200)
    assert window.locks.location_warning is None  # remembered for this file
    assert window.locks.is_quiet(on_nfs)


def test_cloud_warning_again_unless_ticked(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    path = folder / "shop.advocacy"
    catalogue_service.create(path).close()
    open_and_wait(qtbot, window, path)
    warning = warning_shown(qtbot, window)
    assert warning.text() == "shop.advocacy is in a cloud-sync folder."
    warning.button(warning.StandardButton.Ok).click()  # not ticked
    qtbot.waitUntil(lambda: window.locks.location_warning is None)
    window.close_catalogue()
    open_and_wait(qtbot, window, path, read_only=True)
    qtbot.wait(200)
    assert window.locks.location_warning is None  # reading cannot harm it: no warning
    window.close_catalogue()
    open_and_wait(qtbot, window, path)
    warning_shown(qtbot, window).close()
