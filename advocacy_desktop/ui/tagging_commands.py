"""Undoable tagging: QUndoCommands whose redo and undo call the tagging service.

The first redo (when the command is pushed) decides what happens (the one-key toggle: tag
all, or untag all when every item has the need) and keeps exactly what changed; undo and
later redos replay only that, so items that already had the need are never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand


class TaggingTexts(QObject):
    """The commands' texts. QUndoCommand is no QObject, and lupdate only recognises plural
    (%n) messages in `self.tr(text, "", n)` calls, so they live here."""

    def tag(self, n: int) -> str:
        return self.tr("Tag %n item(s) with {need}", "", n)

    def untag(self, n: int) -> str:
        return self.tr("Untag %n item(s) from {need}", "", n)

    def set_source(self, n: int) -> str:
        return self.tr("Set source of %n item(s) to {source}", "", n)

    def auto_tag(self, n: int) -> str:
        return self.tr("Auto-tag %n item(s) by rules", "", n)


def texts() -> TaggingTexts:
    return TaggingTexts()


class TagCommand(QUndoCommand):
    """Toggle (or force) a need on a selection of feedback items."""

    def __init__(
        self,
        tagging: ModuleType,
        catalogue: Any,
        ids: Sequence[int],
        need_id: int,
        need_name: str,
        *,
        action: str | None = None,
        on_change: Callable[[], None] | None = None,
        workflow: ModuleType | None = None,
    ) -> None:
        super().__init__()
        self._tagging = tagging
        self._catalogue = catalogue
        self._ids = list(ids)
        self._need_id = need_id
        self._need_name = need_name
        self._action = action  # "tag", "untag" or None: toggle
        self._changed: tuple[int, ...] | None = None
        self._on_change = on_change
        self._workflow = workflow  # routes newly tagged items without an owner
        self._routed: Any = None  # the assignment routing made, undone with the tag

    @property
    def changed_ids(self) -> tuple[int, ...]:
        return self._changed or ()

    def redo(self) -> None:
        service = self._tagging
        if self._changed is None:
            if self._action is None:
                self._action, change = service.toggle(self._catalogue, self._ids, self._need_id)
            else:
                apply = service.tag if self._action == "tag" else service.untag
                change = apply(self._catalogue, self._ids, self._need_id)
            self._changed = change.ids
            self._set_text()
        else:
            apply = service.tag if self._action == "tag" else service.untag
            apply(self._catalogue, self._changed, self._need_id)
        self._route()
        self._notify()

    def undo(self) -> None:
        if self._routed is not None:
            self._workflow.restore(self._catalogue, self._routed)  # type: ignore[union-attr]
        inverse = self._tagging.untag if self._action == "tag" else self._tagging.tag
        inverse(self._catalogue, self._changed or (), self._need_id)
        self._notify()

    def _route(self) -> None:
        """Step 5 of the method: a newly tagged item nobody owns goes to the person
        responsible for the need. Kept as one FieldChange so undo takes it back too."""
        self._routed = None
        if self._workflow is None or self._action != "tag" or not self._changed:
            return
        routed = self._workflow.route(self._catalogue, self._changed)
        if routed:
            self._routed = self._workflow.FieldChange(
                "assignee_id", None, {r.feedback_id: None for r in routed}
            )

    def _set_text(self) -> None:
        n = len(self._changed or ())
        text = texts().tag(n) if self._action == "tag" else texts().untag(n)
        self.setText(text.format(need=self._need_name))

    def _notify(self) -> None:
        if self._on_change is not None:
            self._on_change()


class SetSourceCommand(QUndoCommand):
    """Set the source of a selection of items; undo gives each its previous source back."""

    def __init__(
        self,
        tagging: ModuleType,
        catalogue: Any,
        ids: Sequence[int],
        source_id: int | None,
        source_name: str,
        *,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self._tagging = tagging
        self._catalogue = catalogue
        self._ids = list(ids)
        self._source_id = source_id
        self._source_name = source_name
        self._change: Any = None
        self._on_change = on_change

    def redo(self) -> None:
        targets = list(self._change.previous) if self._change is not None else self._ids
        change = self._tagging.set_source(self._catalogue, targets, self._source_id)
        if self._change is None:
            self._change = change
            n = len(change.previous)
            text = texts().set_source(n)
            self.setText(text.format(source=self._source_name))
        if self._on_change is not None:
            self._on_change()

    def undo(self) -> None:
        if self._change is not None:
            self._tagging.restore_sources(self._catalogue, self._change)
        if self._on_change is not None:
            self._on_change()


class RulesAppliedCommand(QUndoCommand):
    """Auto-tag rules that already ran (pushed only when they tagged something): undo untags
    exactly what they tagged, redo tags it again as tagged by a rule."""

    def __init__(
        self,
        tagging: ModuleType,
        catalogue: Any,
        changes: Sequence[Any],
        *,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self._tagging = tagging
        self._catalogue = catalogue
        self.changes = list(changes)
        self._on_change = on_change
        self._done = True  # the rules ran before the push
        self.setText(texts().auto_tag(len({i for change in self.changes for i in change.ids})))

    def redo(self) -> None:
        if self._done:
            return
        for change in self.changes:
            self._tagging.tag(self._catalogue, change.ids, change.need_id, origin="rule")
        self._done = True
        self._notify()

    def undo(self) -> None:
        for change in self.changes:
            self._tagging.untag(self._catalogue, change.ids, change.need_id)
        self._done = False
        self._notify()

    def _notify(self) -> None:
        if self._on_change is not None:
            self._on_change()
