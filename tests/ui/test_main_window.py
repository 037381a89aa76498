"""The main window over real catalogues in tmp_path."""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoCommand
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from advocacy_desktop import __version__
from advocacy_desktop.db import models
from advocacy_desktop.services import catalogue_service
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.pages import PAGE_SPECS, EmptyStatePage
from tests.ui.conftest import MessageBoxes, open_and_wait


def _fill(path: Path, *, sources: int, feedback: int, needs: int) -> None:
    with catalogue_service.open_existing(path) as catalogue, catalogue.write() as session:
        source_rows = [models.Source(name=f"Source {i}") for i in range(sources)]
        session.add_all(source_rows)
        session.flush()
        session.add_all(
            models.Feedback(source_id=source_rows[0].id, score=i % 11, text=f"item {i}")
            for i in range(feedback)
        )
        session.add_all(models.Need(name=f"Need {i}") for i in range(needs))


def _status_messages(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def _patch_save_dialog(monkeypatch: pytest.MonkeyPatch, answer: Path | str) -> list[tuple]:
    calls: list[tuple] = []

    def fake(*args: Any, **kwargs: Any) -> tuple[str, str]:
        calls.append((args, kwargs))
        return str(answer), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return calls


# ---------------------------------------------------------------- opening


def test_opens_a_catalogue_and_shows_its_counts(
    qtbot: Any, window: MainWindow, catalogue_path: Path
) -> None:
    _fill(catalogue_path, sources=2, feedback=3, needs=1)
    changed: list[object] = []
    window.catalogue_changed.connect(changed.append)

    open_and_wait(qtbot, window, catalogue_path)

    assert window.catalogue is not None
    assert window.catalogue.path == catalogue_path.resolve()
    assert changed == [window.catalogue]
    assert window.windowTitle() == "shop.advocacy — Advocacy Desktop"
    status = window.catalogue_status
    assert status.file_label.text() == "shop.advocacy"
    assert status.file_label.toolTip() == str(catalogue_path.resolve())
    assert status.counts_text() == "3 feedback · 13 sources · 1 need"  # 11 defaults
    assert status.read_only_label.isHidden()
    assert window.counts.feedback == 3
    assert window.ui_actions.backup.isEnabled()
    assert all(page.catalogue is window.catalogue for page in window.pages())


def test_counts_refresh_after_a_change(
    qtbot: Any, window: MainWindow, catalogue_path: Path
) -> None:
    open_and_wait(qtbot, window, catalogue_path)
    assert window.catalogue_status.counts_text() == "0 feedback · 11 sources · 0 needs"
    with window.catalogue.write() as session:
        session.add(models.Need(name="Price"))
    with qtbot.waitSignal(window.counts_changed, timeout=5000):
        window.undo_stack.push(QUndoCommand("Add need"))
    assert window.catalogue_status.counts_text() == "0 feedback · 11 sources · 1 need"


def test_read_only_marker(qtbot: Any, window: MainWindow, catalogue_path: Path) -> None:
    open_and_wait(qtbot, window, catalogue_path, read_only=True)
    assert window.catalogue.read_only
    assert window.catalogue_status.read_only_label.isVisibleTo(window)
    assert window.catalogue_status.read_only_label.text() == "Read-only"


def test_missing_file_shows_error_creates_nothing_and_keeps_current(
    qtbot: Any, window: MainWindow, catalogue_path: Path, message_boxes: MessageBoxes
) -> None:
    open_and_wait(qtbot, window, catalogue_path)
    current = window.catalogue
    missing = catalogue_path.parent / "typo" / "shoop.advocacy"
    missing_here = catalogue_path.parent / "shoop.advocacy"

    for path in (missing, missing_here):
        handle = window.open_catalogue(path)
        with qtbot.waitSignal(handle.finished, timeout=5000):
            pass

    assert len(message_boxes.shown) == 2
    kind, title, text = message_boxes.shown[1]
    assert kind == "warning"
    assert title == "Cannot Open Catalogue"
    assert str(missing_here) in text
    assert "no such file" in text
    assert not missing.exists() and not missing.parent.exists()
    assert not missing_here.exists()
    assert window.catalogue is current
    assert window.windowTitle() == "shop.advocacy — Advocacy Desktop"


def test_a_file_that_is_no_catalogue_is_refused_by_name(
    qtbot: Any, window: MainWindow, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    notes = tmp_path / "notes.advocacy"
    notes.write_text("name,score\nAda,10\n", encoding="utf-8")
    before = notes.read_bytes()

    handle = window.open_catalogue(notes)
    with qtbot.waitSignal(handle.failed, timeout=5000):
        pass

    assert len(message_boxes.shown) == 1
    text = message_boxes.texts[0]
    assert str(notes) in text
    assert "not a catalogue" in text
    assert notes.read_bytes() == before
    assert window.catalogue is None
    assert window.windowTitle() == "Advocacy Desktop"
    assert window.catalogue_status.file_label.text() == "No catalogue open"


def test_opening_another_catalogue_closes_the_previous_one(
    qtbot: Any, window: MainWindow, catalogue_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.advocacy"
    catalogue_service.create(other).close()
    open_and_wait(qtbot, window, catalogue_path)
    first = window.catalogue
    open_and_wait(qtbot, window, other)
    assert window.catalogue is not first
    # Closed: folded back from WAL into the single file.
    assert not Path(f"{catalogue_path}-wal").exists()
    assert Path(f"{other}-wal").exists()
    window.close()
    assert not Path(f"{other}-wal").exists()
    assert window.catalogue is None


# ---------------------------------------------------------------- new catalogue


def test_new_catalogue_from_the_file_menu(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _patch_save_dialog(monkeypatch, tmp_path / "Client visit")
    with qtbot.waitSignal(window.counts_changed, timeout=10_000):
        window.ui_actions.new.trigger()
    created = tmp_path / "Client visit.advocacy"
    assert len(calls) == 1
    assert created.exists()
    assert catalogue_service.check(created).ok
    assert window.catalogue.path == created.resolve()
    assert window.catalogue_status.counts_text() == "0 feedback · 11 sources · 0 needs"


def test_new_catalogue_never_overwrites_a_file(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    existing = tmp_path / "precious.advocacy"
    existing.write_bytes(b"my own data")
    _patch_save_dialog(monkeypatch, existing)
    window.ui_actions.new.trigger()
    qtbot.waitUntil(lambda: len(message_boxes.shown) == 1, timeout=5000)
    assert message_boxes.shown[0][1] == "Cannot Create Catalogue"
    assert str(existing) in message_boxes.texts[0]
    assert existing.read_bytes() == b"my own data"
    assert window.catalogue is None


# ---------------------------------------------------------------- recent files


def test_recent_files_are_persisted_and_restored(
    qtbot: Any, window: MainWindow, settings: QSettings, catalogue_path: Path, tmp_path: Path
) -> None:
    second = tmp_path / "second.advocacy"
    catalogue_service.create(second).close()
    open_and_wait(qtbot, window, catalogue_path)
    open_and_wait(qtbot, window, second)
    open_and_wait(qtbot, window, catalogue_path)  # moves to the top, not listed twice
    window.close()

    reopened = MainWindow(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(reopened)
    reopened.attach_services(catalogue_service)
    actions = reopened.ui_actions.recent_file_actions()
    assert [a.data() for a in actions] == [str(catalogue_path), str(second)]
    assert [a.text() for a in actions] == ["&1 shop.advocacy", "&2 second.advocacy"]
    assert reopened.settings.last_catalogue() == str(catalogue_path)

    with qtbot.waitSignal(reopened.counts_changed, timeout=10_000):
        actions[1].trigger()
    assert reopened.catalogue.path == second.resolve()


def test_recent_list_keeps_at_most_eight(settings: QSettings, window: MainWindow) -> None:
    for i in range(12):
        window.settings.add_recent_file(f"/data/c{i}.advocacy")
    files = window.settings.recent_files()
    assert files == [f"/data/c{i}.advocacy" for i in range(11, 3, -1)]


def test_a_missing_recent_file_is_removed_with_a_message(
    qtbot: Any, window: MainWindow, catalogue_path: Path, message_boxes: MessageBoxes
) -> None:
    open_and_wait(qtbot, window, catalogue_path)
    window.close_catalogue()
    catalogue_path.unlink()
    action = window.ui_actions.recent_file_actions()[0]
    assert action.data() == str(catalogue_path)

    action.trigger()
    qtbot.waitUntil(lambda: len(message_boxes.shown) == 1, timeout=5000)
    assert "removed from the list of recent catalogues" in message_boxes.texts[0]
    assert window.ui_actions.recent_file_actions() == []
    assert window.settings.recent_files() == []
    assert not catalogue_path.exists()


# ---------------------------------------------------------------- backup


def test_backup_action_writes_a_checked_copy(
    qtbot: Any,
    window: MainWindow,
    catalogue_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fill(catalogue_path, sources=1, feedback=50, needs=2)
    open_and_wait(qtbot, window, catalogue_path)
    target = tmp_path / "backups" / "shop-copy.advocacy"
    target.parent.mkdir()
    calls = _patch_save_dialog(monkeypatch, target)

    window.ui_actions.backup.trigger()
    qtbot.waitUntil(lambda: "Backup saved to" in _status_messages(window), timeout=10_000)

    assert len(calls) == 1
    assert str(target) in _status_messages(window)
    assert catalogue_service.check(target).ok
    with catalogue_service.open_existing(target, read_only=True) as copy:
        assert catalogue_service.count_rows(copy).feedback == 50


def test_backup_can_be_cancelled(
    qtbot: Any, window: MainWindow, catalogue_path: Path, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, catalogue_path)
    slow_pages: list[int] = []

    def slow_backup(path: Path, out: Path, progress: Any = None) -> Path:
        for page in range(1000):  # the real backup reports pages the same way
            progress(page, 1000)
            slow_pages.append(page)
            time.sleep(0.01)
        out.write_bytes(b"should never be written")
        return out

    service = SimpleNamespace(**{**vars(catalogue_service), "backup": slow_backup})
    window.attach_services(service)
    target = tmp_path / "never.advocacy"
    handle = window.backup_catalogue(target)
    qtbot.waitUntil(lambda: handle.dialog is not None and handle.dialog.isVisible(), timeout=3000)
    cancel_button = handle.dialog.findChild(QPushButton)
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert _status_messages(window) == "Backup cancelled."
    assert len(slow_pages) < 1000
    assert not target.exists()


def test_backup_is_disabled_without_a_catalogue(window: MainWindow) -> None:
    assert not window.ui_actions.backup.isEnabled()
    assert window.backup_catalogue() is None


# ---------------------------------------------------------------- pages and view


def test_pages_have_their_empty_states(window: MainWindow) -> None:
    pages = window.pages()
    assert [p.page_id for p in pages] == [s.page_id for s in PAGE_SPECS]
    titles = [window.navigator.list.item(i).text() for i in range(len(pages))]
    assert titles == ["Dashboard", "Feedback", "Sources", "Needs", "People & roles", "Advocates",
                      "Imports"]
    feedback = window.page("feedback")
    assert isinstance(feedback, EmptyStatePage)
    assert "File ▸ Open…" in feedback.hint()


def test_ctrl_1_to_6_switch_pages(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    for number in (3, 6, 1, 5, 2, 4):
        key = getattr(Qt.Key, f"Key_{number}")
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.navigator.current_index == number - 1
        assert window.navigator.list.currentRow() == number - 1
        assert window.ui_actions.pages[number - 1].isChecked()
    assert window.navigator.current_page().page_id == "needs"


def test_replace_page_installs_a_feature_page(window: MainWindow) -> None:
    from advocacy_desktop.ui.pages import Page, page_spec

    class SourcesPage(Page):
        pass

    new_page = SourcesPage(page_spec("sources"))
    window.show_page(2)
    old = window.replace_page("sources", new_page)
    assert isinstance(old, EmptyStatePage)
    assert window.page("sources") is new_page
    assert window.navigator.current_page() is new_page
    assert window.navigator.list.item(2).text() == "Sources"


def test_navigation_panel_toggle(window: MainWindow) -> None:
    window.ui_actions.toggle_navigation.trigger()
    assert window.navigator.list.isHidden()
    window.ui_actions.toggle_navigation.trigger()
    assert not window.navigator.list.isHidden()


def test_about_names_version_and_licence(window: MainWindow, message_boxes: MessageBoxes) -> None:
    window.ui_actions.about.trigger()
    kind, title, text = message_boxes.shown[0]
    assert (kind, title) == ("about", "About Advocacy Desktop")
    assert __version__ in text
    assert "GPL-3.0-or-later" in text
    assert text.count("<li>") == 5


def test_undo_actions_follow_the_stack(window: MainWindow) -> None:
    undo = window.ui_actions.undo
    assert not undo.isEnabled()
    window.undo_stack.push(QUndoCommand("Tag 3 items"))
    assert undo.isEnabled()
    assert undo.text() == "&Undo Tag 3 items"
    undo.trigger()
    assert not undo.isEnabled()
    assert window.ui_actions.redo.text() == "&Redo Tag 3 items"


# ---------------------------------------------------------------- drag and drop


def _drop(window: MainWindow, path: Path) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    if enter.isAccepted():
        QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_catalogue_opens_it(
    qtbot: Any, window: MainWindow, catalogue_path: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "reviews.xlsx"
    sheet.write_bytes(b"PK")
    assert _drop(window, sheet)[0] is False
    with qtbot.waitSignal(window.catalogue_changed, timeout=10_000):
        accepted, dropped = _drop(window, catalogue_path)
    assert accepted and dropped
    assert window.catalogue.path == catalogue_path.resolve()
