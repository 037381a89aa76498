"""TaskRunner: work runs on a pool thread, outcomes arrive on the main thread."""

from __future__ import annotations

import gc
import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from advocacy_desktop.ui.tasks import DIALOG_DELAY_MS, TaskContext, TaskRunner


@pytest.fixture
def runner(qtbot: Any) -> TaskRunner:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    task_runner = TaskRunner(parent)
    yield task_runner
    task_runner.shutdown()


def test_result_arrives_on_main_thread_while_work_ran_elsewhere(
    qtbot: Any, runner: TaskRunner
) -> None:
    main_thread = threading.get_ident()
    seen: dict[str, Any] = {}

    def work(_ctx: TaskContext, a: int, b: int) -> int:
        seen["work_thread"] = threading.get_ident()
        return a + b

    def on_result(value: int) -> None:
        seen["result"] = value
        seen["result_thread"] = threading.get_ident()

    handle = runner.run(work, 2, 3, title="adding", on_result=on_result, show_dialog=False)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert seen["result"] == 5
    assert seen["work_thread"] != main_thread
    assert seen["result_thread"] == main_thread
    assert not handle.is_running
    assert runner.active_tasks == []


def test_keyword_arguments_reach_the_callable(qtbot: Any, runner: TaskRunner) -> None:
    results: list[str] = []
    runner.run(
        lambda _ctx, name, *, greeting: f"{greeting}, {name}",
        "Ada",
        greeting="Hello",
        on_result=results.append,
        show_dialog=False,
    )
    qtbot.waitUntil(lambda: results == ["Hello, Ada"], timeout=5000)


def test_progress_is_reported_on_main_thread(qtbot: Any, runner: TaskRunner) -> None:
    main_thread = threading.get_ident()
    reports: list[tuple[int, int, str, bool]] = []

    def work(ctx: TaskContext) -> str:
        for done in range(1, 6):
            time.sleep(0.06)  # longer than the throttle interval: every step passes
            ctx.progress(done, 5, f"step {done}")
        return "done"

    handle = runner.run(
        work,
        on_progress=lambda d, t, text: reports.append(
            (d, t, text, threading.get_ident() == main_thread)
        ),
        show_dialog=False,
    )
    with qtbot.waitSignal(handle.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == ["done"]
    assert reports[-1] == (5, 5, "step 5", True)
    assert [r[0] for r in reports] == sorted(r[0] for r in reports)
    assert all(on_main for *_rest, on_main in reports)


def test_cancel_stops_a_long_task_and_reports_cancellation(
    qtbot: Any, runner: TaskRunner
) -> None:
    steps: list[int] = []
    results: list[object] = []
    started = threading.Event()

    def long_work(ctx: TaskContext) -> str:
        for i in range(1000):
            started.set()
            ctx.check_cancelled()
            steps.append(i)
            time.sleep(0.01)
        return "finished anyway"

    handle = runner.run(long_work, on_result=results.append, show_dialog=False)
    assert started.wait(5)
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        handle.cancel()
    assert handle.cancel_requested
    assert results == []
    assert 0 < len(steps) < 1000
    assert not handle.is_running


def test_an_exception_arrives_as_the_error_object(qtbot: Any, runner: TaskRunner) -> None:
    errors: list[BaseException] = []
    results: list[object] = []

    def failing(_ctx: TaskContext) -> None:
        raise ValueError("row 7, column score: 'ten' is not a number")

    handle = runner.run(failing, on_result=results.append, on_error=errors.append)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert len(errors) == 1
    assert isinstance(errors[0], ValueError)
    assert "row 7" in str(errors[0])
    assert errors[0].__traceback__ is not None
    assert results == []


def test_running_tasks_are_kept_alive_without_a_reference(qtbot: Any, runner: TaskRunner) -> None:
    results: list[int] = []

    def slow(_ctx: TaskContext) -> int:
        time.sleep(0.2)
        return 42

    runner.run(slow, on_result=results.append, show_dialog=False)
    gc.collect()
    qtbot.waitUntil(lambda: results == [42], timeout=5000)


def test_progress_dialog_only_for_slow_tasks_and_its_cancel_works(
    qtbot: Any, runner: TaskRunner
) -> None:
    quick = runner.run(lambda _ctx: 1, title="quick")
    qtbot.wait(DIALOG_DELAY_MS + 150)
    assert quick.dialog is None

    def slow(ctx: TaskContext) -> None:
        for i in range(500):
            ctx.progress(i, 500, "")
            time.sleep(0.01)

    handle = runner.run(slow, title="Backing up shop.advocacy…")
    qtbot.waitUntil(lambda: handle.dialog is not None and handle.dialog.isVisible(), timeout=3000)
    dialog = handle.dialog
    assert dialog.labelText() == "Backing up shop.advocacy…"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    cancel_button = dialog.findChild(QPushButton)
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert handle.dialog is None
    assert not dialog.isVisible()


def test_shutdown_cancels_waits_and_delivers_nothing(qtbot: Any, runner: TaskRunner) -> None:
    finished = threading.Event()
    delivered: list[str] = []

    def work(ctx: TaskContext) -> str:
        try:
            while True:
                ctx.check_cancelled()
                time.sleep(0.01)
        finally:
            finished.set()

    runner.run(
        work,
        on_result=delivered.append,
        on_cancelled=lambda: delivered.append("cancelled"),
        show_dialog=False,
    )
    assert runner.shutdown(timeout_ms=5000)
    assert finished.is_set()
    qtbot.wait(100)
    assert delivered == []
    assert runner.active_tasks == []
