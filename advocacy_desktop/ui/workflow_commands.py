"""Undoable follow-up changes: assign, set status, mark contacted, due date, notes.

The change is made *before* the command is pushed (`WorkflowCommand.apply`), so a refused
change (an illegal status move) raises at once and nothing reaches the undo stack. Undo calls
`workflow_service.restore` with the `FieldChange` the service returned; redo sets the value
again on exactly the items that changed.

`versions` (the items' versions as the user saw them) make the change refuse with
`ChangedElsewhere` when someone else changed an item meanwhile. The command keeps the versions
each of its steps left: an undo or redo refuses in the same way rather than overwrite a later
change made elsewhere; it then says so (`on_conflict`, by default a message box) and drops
out of the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand

from advocacy_desktop.ui.change_watch import show_conflict

Versions = Mapping[int, int] | None
Apply = Callable[[Any, Sequence[int], Versions], Any]
Conflict = Callable[[Exception], None]


def conflict_type(service: Any) -> Any:
    """The service's ChangedElsewhere, for `except` (a fake service without one: nothing)."""
    return getattr(service, "ChangedElsewhere", ())


def expected(versions: Mapping[int, int], ids: Sequence[int]) -> dict[int, int]:
    """The kept versions of `ids` (items without one are not checked)."""
    return {i: versions[i] for i in ids if i in versions}


def report_undo_conflict(error: Exception) -> None:
    show_conflict(None, error, undo=True)


class WorkflowTexts(QObject):
    """The commands' texts (plural messages need `self.tr(text, "", n)` for lupdate)."""

    def assign(self, n: int) -> str:
        return self.tr("Assign %Ln item(s) to {person}", "", n)

    def unassign(self, n: int) -> str:
        return self.tr("Unassign %Ln item(s)", "", n)

    def status(self, n: int) -> str:
        return self.tr("Set status of %Ln item(s) to {status}", "", n)

    def contacted(self, n: int) -> str:
        return self.tr("Mark %Ln item(s) contacted", "", n)

    def due(self, n: int) -> str:
        return self.tr("Set the due date of %Ln item(s)", "", n)

    def notes(self, n: int) -> str:
        return self.tr("Set the notes of %Ln item(s)", "", n)


class WorkflowCommand(QUndoCommand):
    """One workflow field set on many items; built by `apply`, which makes the change."""

    def __init__(
        self,
        workflow: ModuleType,
        catalogue: Any,
        setter: Apply,
        change: Any,
        text: str,
        on_change: Callable[[], None] | None = None,
        on_conflict: Conflict | None = None,
    ) -> None:
        super().__init__(text)
        self._workflow = workflow
        self._catalogue = catalogue
        self._setter = setter
        self.change = change
        self._on_change = on_change
        self._on_conflict = on_conflict or report_undo_conflict
        self._first = True
        self.versions: dict[int, int] = dict(getattr(change, "versions", {}) or {})
        """The items' versions after this command's latest step."""
        self.refused: Exception | None = None

    @classmethod
    def apply(
        cls,
        workflow: ModuleType,
        catalogue: Any,
        ids: Sequence[int],
        setter: Apply,
        text: Callable[[int], str],
        on_change: Callable[[], None] | None = None,
        *,
        versions: Versions = None,
        on_conflict: Conflict | None = None,
    ) -> WorkflowCommand:
        """Make the change now (errors propagate, ChangedElsewhere too: nothing changed) and
        return the command to push; `text(n)` names it from the number of items changed."""
        change = setter(catalogue, list(ids), versions)
        return cls(workflow, catalogue, setter, change, text(len(change.ids)), on_change,
                   on_conflict)

    @property
    def changed_ids(self) -> tuple[int, ...]:
        return tuple(self.change.ids)

    def redo(self) -> None:
        if self._first:  # already done by `apply`
            self._first = False
        elif self.change.ids:
            ids = list(self.change.ids)
            self._guarded(lambda: self._setter(self._catalogue, ids,
                                               expected(self.versions, ids)).versions)
        self._notify()

    def undo(self) -> None:
        if self.change.ids:
            self._guarded(lambda: self._workflow.restore(
                self._catalogue, self.change, versions=expected(self.versions, self.change.ids)))
        self._notify()

    def _guarded(self, step: Callable[[], Any]) -> None:
        """Run an undo or redo step; refused (changed elsewhere): say so, leave the stack."""
        try:
            after = step()
        except conflict_type(self._workflow) as error:
            self.refused = error
            self.setObsolete(True)
            self._on_conflict(error)
            return
        if isinstance(after, Mapping):
            self.versions.update(after)

    def _notify(self) -> None:
        if self._on_change is not None:
            self._on_change()


# Every builder takes `versions` (what the user saw; None: no check) and `on_conflict`
# (called when an undo or redo is refused); the change itself raises ChangedElsewhere.


def assign_command(
    workflow: ModuleType, catalogue: Any, ids: Sequence[int], person_id: int | None,
    person: str, on_change: Callable[[], None] | None = None, *,
    versions: Versions = None, on_conflict: Conflict | None = None,
) -> WorkflowCommand:
    """An explicit choice: replaces any owner (`overwrite=True`); None unassigns."""
    texts = WorkflowTexts()

    def setter(cat: Any, items: Sequence[int], seen: Versions) -> Any:
        return workflow.assign(cat, items, person_id, overwrite=True, versions=seen)

    def text(n: int) -> str:
        if person_id is None:
            return texts.unassign(n)
        return texts.assign(n).format(person=person)

    return WorkflowCommand.apply(workflow, catalogue, ids, setter, text, on_change,
                                 versions=versions, on_conflict=on_conflict)


def status_command(
    workflow: ModuleType, catalogue: Any, ids: Sequence[int], status: str, label: str,
    on_change: Callable[[], None] | None = None, *,
    versions: Versions = None, on_conflict: Conflict | None = None,
) -> WorkflowCommand:
    """Raises workflow.IllegalTransition (nothing changed) when a move is not allowed."""
    texts = WorkflowTexts()
    return WorkflowCommand.apply(
        workflow, catalogue, ids,
        lambda cat, items, seen: workflow.set_status(cat, items, status, versions=seen),
        lambda n: texts.status(n).format(status=label), on_change,
        versions=versions, on_conflict=on_conflict,
    )


def contacted_command(
    workflow: ModuleType, catalogue: Any, ids: Sequence[int], on: date,
    on_change: Callable[[], None] | None = None, *,
    versions: Versions = None, on_conflict: Conflict | None = None,
) -> WorkflowCommand:
    texts = WorkflowTexts()
    return WorkflowCommand.apply(
        workflow, catalogue, ids,
        lambda cat, items, seen: workflow.mark_contacted(cat, items, on, versions=seen),
        texts.contacted, on_change, versions=versions, on_conflict=on_conflict,
    )


def due_command(
    workflow: ModuleType, catalogue: Any, ids: Sequence[int], due: date | None,
    on_change: Callable[[], None] | None = None, *,
    versions: Versions = None, on_conflict: Conflict | None = None,
) -> WorkflowCommand:
    texts = WorkflowTexts()
    return WorkflowCommand.apply(
        workflow, catalogue, ids,
        lambda cat, items, seen: workflow.set_due(cat, items, due, versions=seen),
        texts.due, on_change, versions=versions, on_conflict=on_conflict,
    )


def notes_command(
    workflow: ModuleType, catalogue: Any, ids: Sequence[int], notes: str | None,
    on_change: Callable[[], None] | None = None, *,
    versions: Versions = None, on_conflict: Conflict | None = None,
) -> WorkflowCommand:
    texts = WorkflowTexts()
    return WorkflowCommand.apply(
        workflow, catalogue, ids,
        lambda cat, items, seen: workflow.set_notes(cat, items, notes, versions=seen),
        texts.notes, on_change, versions=versions, on_conflict=on_conflict,
    )
