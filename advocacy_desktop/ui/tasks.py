"""Running work off the UI thread, with progress and Cancel (like Picard's `run_task`).

    handle = runner.run(service.backup, path, out, title="Backing up…",
                        on_result=done, on_error=failed)

The callable runs on a pool thread and receives a `TaskContext` as its first argument; its
result, its exception, its progress and its cancellation all arrive on the main thread,
through the signals of the `TaskHandle` that `run` returns. Cancel is cooperative: the task
stops at its next `ctx.progress(...)` or `ctx.check_cancelled()`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

#: A task that ends sooner than this never shows its progress dialog.
DIALOG_DELAY_MS = 300
#: Progress is passed to the UI at most this often (the last step always passes).
PROGRESS_INTERVAL_S = 0.05


class TaskCancelled(Exception):
    """Raised inside a task by `TaskContext.check_cancelled()` once Cancel was pressed."""


class TaskContext:
    """What a running task sees: report progress, and learn whether it should stop."""

    def __init__(self, signals: _WorkerSignals, cancel_event: threading.Event) -> None:
        self._signals = signals
        self._cancel_event = cancel_event
        self._last_emit = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel_event.is_set()

    def check_cancelled(self) -> None:
        if self._cancel_event.is_set():
            raise TaskCancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report `done` of `total` steps (total 0: unknown). Also a cancellation point, so
        it can be passed as the progress callback of a service: Cancel aborts the service."""
        self.check_cancelled()
        now = time.monotonic()
        final = total > 0 and done >= total
        if final or text or now - self._last_emit >= PROGRESS_INTERVAL_S:
            self._last_emit = now
            self._signals.progress.emit(done, total, text)


class _WorkerSignals(QObject):
    """Lives on the main thread; emitting from the pool thread queues the call there."""

    progress = Signal(object, object, str)
    result = Signal(object)
    error = Signal(object)
    cancelled = Signal()


class _Worker(QRunnable):
    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        signals: _WorkerSignals,
        cancel_event: threading.Event,
    ) -> None:
        super().__init__()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._signals = signals
        self._context = TaskContext(signals, cancel_event)

    def run(self) -> None:
        try:
            result = self._fn(self._context, *self._args, **self._kwargs)
        except TaskCancelled:
            self._signals.cancelled.emit()
        except Exception as exc:
            self._signals.error.emit(exc)
        else:
            self._signals.result.emit(result)
        finally:
            self._fn = self._args = self._kwargs = None  # type: ignore[assignment]


class TaskHandle(QObject):
    """One running task: cancel it, or listen to its outcome.

    Exactly one of `succeeded`, `failed`, `cancelled` is emitted, then `finished`.
    A task that completes although Cancel was requested still delivers its result; callers
    that must honour the request check `cancel_requested`.
    """

    progressed = Signal(object, object, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._cancel_event = threading.Event()
        self._running = True
        self._detached = False
        self._signals = _WorkerSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.result.connect(self._on_result)
        self._signals.error.connect(self._on_error)
        self._signals.cancelled.connect(self._on_cancelled)
        self.last_progress: tuple[int, int, str] | None = None
        self.dialog: QProgressDialog | None = None

    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_event.is_set()

    def cancel(self) -> None:
        """Ask the task to stop at its next cancellation point."""
        self._cancel_event.set()

    def detach(self) -> None:
        """Deliver nothing more (used at shutdown, when the receivers are going away)."""
        self._detached = True
        self.cancel()

    @Slot(object, object, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._running and not self._detached:
            self.last_progress = (done, total, text)
            self.progressed.emit(done, total, text)

    @Slot(object)
    def _on_result(self, result: object) -> None:
        self._finish(self.succeeded, result)

    @Slot(object)
    def _on_error(self, error: object) -> None:
        self._finish(self.failed, error)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish(self.cancelled)

    def close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.canceled.disconnect()
            dialog.hide()
            dialog.deleteLater()

    def _finish(self, signal: Any, *payload: object) -> None:
        self._running = False
        self.close_dialog()  # before the receivers, which may open a message box
        if self._detached:
            return
        signal.emit(*payload)
        self.finished.emit()


class TaskRunner(QObject):
    """Runs callables on its own thread pool and keeps every running task referenced."""

    task_started = Signal(object)
    task_finished = Signal(object)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._active: set[TaskHandle] = set()

    @property
    def active_tasks(self) -> list[TaskHandle]:
        return list(self._active)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        title: str = "",
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        show_dialog: bool = True,
        dialog_parent: QWidget | None = None,
        **kwargs: Any,
    ) -> TaskHandle:
        """Run `fn(ctx, *args, **kwargs)` on a pool thread; callbacks run on the main thread.

        With `show_dialog`, a window-modal progress dialog with Cancel appears if the task
        lasts longer than DIALOG_DELAY_MS. Without `on_error`, errors are logged.
        """
        handle = TaskHandle(title, self)
        if on_result is not None:
            handle.succeeded.connect(on_result)
        if on_progress is not None:
            handle.progressed.connect(on_progress)
        if on_cancelled is not None:
            handle.cancelled.connect(on_cancelled)
        if on_error is not None:
            handle.failed.connect(on_error)
        else:
            handle.failed.connect(lambda exc, t=title: _log_error(t, exc))
        handle.finished.connect(lambda h=handle: self._forget(h))
        if show_dialog:
            owner = self.parent()
            parent = dialog_parent or (owner if isinstance(owner, QWidget) else None)
            QTimer.singleShot(DIALOG_DELAY_MS, handle, lambda: _show_dialog(handle, parent))
        self._active.add(handle)
        self._pool.start(_Worker(fn, args, kwargs, handle._signals, handle._cancel_event))
        self.task_started.emit(handle)
        return handle

    def cancel_all(self) -> None:
        for handle in list(self._active):
            handle.cancel()

    def wait_for_all(self, timeout_ms: int = -1) -> bool:
        """Block until every task's callable has returned; True unless the timeout passed.
        Their results are still delivered by the event loop afterwards."""
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """At exit: cancel every task, wait for them, and deliver nothing more."""
        for handle in list(self._active):
            handle.detach()
            handle.close_dialog()
        done = self._pool.waitForDone(timeout_ms)
        if not done:
            log.warning("%d task(s) still running at shutdown", self._pool.activeThreadCount())
        self._active.clear()
        return done

    def _forget(self, handle: TaskHandle) -> None:
        self._active.discard(handle)
        self.task_finished.emit(handle)
        handle.deleteLater()


def _log_error(title: str, exc: BaseException) -> None:
    log.error("task %r failed", title, exc_info=(type(exc), exc, exc.__traceback__))


def _show_dialog(handle: TaskHandle, parent: QWidget | None) -> None:
    if not handle.is_running or handle.dialog is not None:
        return
    dialog = QProgressDialog(parent)
    title = handle.title or QCoreApplication.translate("TaskRunner", "Working…")
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    dialog.setCancelButtonText(QCoreApplication.translate("TaskRunner", "Cancel"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(360)
    dialog.setRange(0, 0)  # busy until the first progress report
    handle.dialog = dialog

    def update(done: int, total: int, text: str) -> None:
        if total > 0:
            # QProgressDialog counts in int; scale large totals (bytes, pages) down.
            dialog.setRange(0, 1000)
            dialog.setValue(min(1000, int(done * 1000 / total)))
        else:
            dialog.setRange(0, 0)
        if text:
            dialog.setLabelText(text)

    if handle.last_progress is not None:
        update(*handle.last_progress)
    handle.progressed.connect(update)
    dialog.canceled.connect(handle.cancel)  # the dialog hides itself at once
    dialog.show()
