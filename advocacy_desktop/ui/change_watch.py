"""News of changes made elsewhere: the change watch, and the "changed by someone else" message.

`ChangeWatch` asks the concurrency service every few seconds, on the UI thread, whether
another process (a second app instance, the CLI, a teammate on a server catalogue) committed;
the question is one PRAGMA and one `max(id)` (well under a millisecond) and never waits more
than 100 ms for a lock. It emits `changed_elsewhere`, never for this app's own writes.

`watch_window` wires it into the main window: the Feedback page refreshes (keeping its
selection), every page with `mark_stale` is marked stale, and the counts are read again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from types import ModuleType
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

POLL_MS = 3000


class ChangeWatch(QObject):
    """Polls `concurrency.ChangeTracker` for the open catalogue (`set_catalogue`)."""

    changed_elsewhere = Signal()

    def __init__(
        self, concurrency: ModuleType, parent: QObject | None = None, *, interval_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent)
        self._service = concurrency
        self._tracker: Any = None
        self.catalogue: Any = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def set_catalogue(self, catalogue: Any) -> None:
        """Watch `catalogue` (None: stop watching)."""
        self.stop()
        self.catalogue = catalogue
        if catalogue is None:
            return
        self._tracker = self._service.ChangeTracker(catalogue)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._tracker is not None:
            self._tracker.close()
            self._tracker = None
        self.catalogue = None

    def poll(self) -> bool:
        """Ask once; True (and `changed_elsewhere` emitted) when another process committed."""
        tracker = self._tracker
        if tracker is None or tracker.closed:
            return False
        if not tracker.poll():
            return False
        self.changed_elsewhere.emit()
        return True


def watch_window(window: Any, concurrency: ModuleType, feedback_page: Any = None) -> ChangeWatch:
    """A change watch that follows the window's catalogue: on news, the Feedback page
    refreshes, the other pages that can be stale are marked so, and the counts are re-read."""
    watch = ChangeWatch(concurrency, window)
    window.catalogue_changed.connect(watch.set_catalogue)
    if feedback_page is not None:
        watch.changed_elsewhere.connect(feedback_page.on_changed_elsewhere)

    def mark_pages() -> None:
        for page in window.pages():
            if page is not feedback_page and hasattr(page, "mark_stale"):
                page.mark_stale()
        window.refresh_counts()

    watch.changed_elsewhere.connect(mark_pages)
    if window.catalogue is not None:
        watch.set_catalogue(window.catalogue)
    return watch


# --------------------------------------------------------------------------- the message


class ConflictTexts(QObject):
    """The texts of the conflict message (plural messages need `self.tr(text, "", n)`)."""

    def title(self) -> str:
        return self.tr("Changed by Someone Else")

    def undo_title(self) -> str:
        return self.tr("Not Undone")

    def edit(self, n: int) -> str:
        return self.tr(
            "%Ln item(s) were changed by {who} while you were looking at them: nothing was "
            "saved.\n\nThe list has been reloaded with their changes; apply your change again "
            "if it still holds.", "", n)

    def undo(self, n: int) -> str:
        return self.tr(
            "%Ln item(s) were changed by {who} after your change, so it was not undone: their "
            "change stays.\n\nThe list has been reloaded with their changes.", "", n)

    def who_at(self) -> str:
        return self.tr("{who} at {time}")

    def someone(self) -> str:
        return self.tr("someone else")


def _local_time(when: datetime, today: date | None = None) -> str:
    """The UTC moment in local time: the time alone today, else date and time."""
    local = when.astimezone()
    locale = QLocale()
    if local.date() == (today or date.today()):
        return locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    moment = QDateTime(local.year, local.month, local.day, local.hour, local.minute)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def conflict_text(error: Any, *, undo: bool = False) -> str:
    """The message for a `ChangedElsewhere`: how many items, who changed them and when."""
    texts = ConflictTexts()
    who = getattr(error, "who", None) or texts.someone()
    when = getattr(error, "when", None)
    if when is not None:
        who = texts.who_at().format(who=who, time=_local_time(when))
    n = len(getattr(error, "items", ())) or 1
    return (texts.undo(n) if undo else texts.edit(n)).format(who=who)


def show_conflict(parent: QWidget | None, error: Any, *, undo: bool = False) -> None:
    """Say what happened, in a warning box over `parent` (or the active window)."""
    texts = ConflictTexts()
    owner = parent if parent is not None else QApplication.activeWindow()
    QMessageBox.warning(owner, texts.undo_title() if undo else texts.title(),
                        conflict_text(error, undo=undo))


class ConflictAware:
    """The Feedback page's part in conflicts (a mixin before `Page`): the versions the user
    saw, pushing a command only once its change was made, and the message with a reload.
    Expects `services.tagging`, `undo_stack`, `detail_pane`, `_selected()` (which fills
    `_seen`: id -> version of the selected rows), `_changed()` and `show_message()`."""

    _seen: dict[int, int]
    services: Any
    undo_stack: Any
    detail_pane: Any

    def seen_versions(self, ids: Sequence[int]) -> dict[int, int]:
        """The versions of these items as the rows (or the detail) showed them."""
        self._selected()  # type: ignore[attr-defined]
        seen = dict(self._seen)
        detail = self.detail_pane.detail
        if detail is not None and getattr(detail, "version", None) is not None:
            seen.setdefault(detail.id, detail.version)
        return {i: seen[i] for i in ids if i in seen}

    def changed_elsewhere(self, error: Exception, *, undo: bool = False) -> None:
        """An edit (or an undo) was refused: items changed elsewhere. Reload, then say so."""
        self._changed()  # type: ignore[attr-defined]
        show_conflict(self, error, undo=undo)  # type: ignore[arg-type]

    def _undo_refused(self, error: Exception) -> None:
        self.changed_elsewhere(error, undo=True)

    def _conflicts(self) -> Any:
        return getattr(self.services.tagging, "ChangedElsewhere", ())

    def _push(self, make: Callable[[], Any]) -> Any:
        """Build the command and make its change (`prepare`, for commands that make it on
        their first redo); refused: say so and push nothing. Else push it."""
        try:
            command = make()
            prepare = getattr(command, "prepare", None)
            if prepare is not None:
                prepare()
        except self._conflicts() as error:
            self.changed_elsewhere(error)
            return None
        self.undo_stack.push(command)
        self.show_message(command.text())  # type: ignore[attr-defined]
        return command
