"""Undoable follow-up changes: assign, set status, mark contacted, due date, notes.

The change is made *before* the command is pushed (`WorkflowCommand.apply`), so a refused
change (an illegal status move) raises at once and nothing reaches the undo stack. Undo calls
`workflow_service.restore` with the `FieldChange` the service returned; redo sets the value
again on exactly the items that changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand

Apply = Callable[[Any, Sequence[int]], Any]


class WorkflowTexts(QObject):
    """The commands' texts (plural messages need `self.tr(text, "", n)` for lupdate)."""

    def assign(self, n: int) -> str:
        return self.tr("Assign %n item(s) to {person}", "", n)

    def unassign(self, n: int) -> str:
        return self.tr("Unassign %n item(s)", "", n)

    def status(self, n: int) -> str:
        return self.tr("Set status of %n item(s) to {status}", "", n)

    def contacted(self, n: int) -> str:
        return self.tr("Mark %n item(s) contacted", "", n)

    def due(self, n: int) -> str:
        return self.tr("Set the due date of %n item(s)", "", n)

    def notes(self, n: int) -> str:
        return self.tr("Set the notes of %n item(s)", "", n)


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
    ) -> None:
        super().__init__(text)
        self._workflow = workflow
        self._catalogue = catalogue
        self._setter = setter
        self.change = change
        self._on_change = on_change
        self._first = True

    @classmethod
    def apply(
        cls,
        workflow: ModuleType,
        catalogue: Any,
        ids: Sequence[int],
        setter: Apply,
        text: Callable[[int], str],
        on_change: Callable[[], None] | None = None,
    ) -> WorkflowCommand:
        """Make the change now (errors propagate, nothing changed) and return the command
        to push; `text(n)` names it from the number of items changed."""
        change = setter(catalogue, list(ids))
        return cls(workflow, catalogue, setter, change, text(len(change.ids)), on_change)

    @property
    def changed_ids(self) -> tuple[int, ...]:
        return tuple(self.change.ids)

    def redo(self) -> None:
        if self._first:  # already done by `apply`
            self._first = False
        elif self.change.ids:
            self._setter(self._catalogue, list(self.change.ids))
        self._notify()

    def undo(self) -> None:
        if self.change.ids:
            self._workflow.restore(self._catalogue, self.change)
        self._notify()

    def _notify(self) -> None:
        if self._on_change is not None:
            self._on_change()


def assign_command(
    workflow: ModuleType, catalogue: Any, ids: Sequence[int], person_id: int | None,
    person: str, on_change: Callable[[], None] | None = None,
) -> WorkflowCommand:
    """An explicit choice: replaces any owner (`overwrite=True`); None unassigns."""
    texts = WorkflowTexts()

    def setter(cat: Any, items: Sequence[int]) -> Any:
        return workflow.assign(cat, items, person_id, overwrite=True)

    def text(n: int) -> str:
        if person_id is None:
            return texts.unassign(n)
        return texts.assign(n).format(person=person)

    return WorkflowCommand.apply(workflow, catalogue, ids, setter, text, on_change)


def status_command(
    workflow: ModuleType, catalogue: Any, ids: Sequence[int], status: str, label: str,
    on_change: Callable[[], None] | None = None,
) -> WorkflowCommand:
    """Raises workflow.IllegalTransition (nothing changed) when a move is not allowed."""
    texts = WorkflowTexts()
    return WorkflowCommand.apply(
        workflow, catalogue, ids, lambda cat, items: workflow.set_status(cat, items, status),
        lambda n: texts.status(n).format(status=label), on_change,
    )


def contacted_command(
    workflow: ModuleType, catalogue: Any, ids: Sequence[int], on: date,
    on_change: Callable[[], None] | None = None,
) -> WorkflowCommand:
    texts = WorkflowTexts()
    return WorkflowCommand.apply(
        workflow, catalogue, ids, lambda cat, items: workflow.mark_contacted(cat, items, on),
        texts.contacted, on_change,
    )


def due_command(
    workflow: ModuleType, catalogue: Any, ids: Sequence[int], due: date | None,
    on_change: Callable[[], None] | None = None,
) -> WorkflowCommand:
    texts = WorkflowTexts()
    return WorkflowCommand.apply(
        workflow, catalogue, ids, lambda cat, items: workflow.set_due(cat, items, due),
        texts.due, on_change,
    )


def notes_command(
    workflow: ModuleType, catalogue: Any, ids: Sequence[int], notes: str | None,
    on_change: Callable[[], None] | None = None,
) -> WorkflowCommand:
    texts = WorkflowTexts()
    return WorkflowCommand.apply(
        workflow, catalogue, ids, lambda cat, items: workflow.set_notes(cat, items, notes),
        texts.notes, on_change,
    )
