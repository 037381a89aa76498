"""Undoable tagging: QUndoCommands whose redo and undo call the tagging service.

The first redo (when the command is pushed) decides what happens (the one-key toggle: tag
all, or untag all when every item has the need) and keeps exactly what changed; undo and
later redos replay only that, so items that already had the need are never touched.

With `versions` (what the user saw) the first step refuses with ChangedElsewhere when an item
changed elsewhere; call `prepare()` before pushing to catch it (pushing a command whose first
step is refused reports it through `on_conflict` and leaves the stack unchanged). Undo and
redo carry the versions the previous step left and refuse in the same way, never
overwriting a later change made elsewhere (see ui/workflow_commands.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand

from advocacy_desktop.ui.workflow_commands import (
    Conflict,
    Versions,
    conflict_type,
    expected,
    report_undo_conflict,
)


class TaggingTexts(QObject):
    """The commands' texts. QUndoCommand is no QObject, and lupdate only recognises plural
    (%n) messages in `self.tr(text, "", n)` calls, so they live here."""

    def tag(self, n: int) -> str:
        return self.tr("Tag %Ln item(s) with {need}", "", n)

    def untag(self, n: int) -> str:
        return self.tr("Untag %Ln item(s) from {need}", "", n)

    def set_source(self, n: int) -> str:
        return self.tr("Set source of %Ln item(s) to {source}", "", n)

    def auto_tag(self, n: int) -> str:
        return self.tr("Auto-tag %Ln item(s) by rules", "", n)


def texts() -> TaggingTexts:
    return TaggingTexts()


class _Guarded(QUndoCommand):
    """Keeps the items' versions between steps; a refused step is reported and the command
    leaves the undo stack (obsolete)."""

    def _init_guard(self, service: ModuleType, on_conflict: Conflict | None) -> None:
        self._guard_service = service
        self._on_conflict = on_conflict or report_undo_conflict
        self.versions: dict[int, int] = {}
        self.refused: Exception | None = None

    def _guarded(self, step: Callable[[], Any]) -> bool:
        """Run `step`; False when it was refused because items changed elsewhere."""
        try:
            step()
        except conflict_type(self._guard_service) as error:
            self.refused = error
            self.setObsolete(True)
            self._on_conflict(error)
            return False
        return True

    def _kept(self, ids: Any) -> dict[int, int]:
        return expected(self.versions, list(ids))

    def _keep(self, change: Any) -> Any:
        self.versions.update(getattr(change, "versions", None) or {})
        return change


class TagCommand(_Guarded):
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
        versions: Versions = None,
        on_conflict: Conflict | None = None,
    ) -> None:
        super().__init__()
        self._init_guard(tagging, on_conflict)
        self._seen = dict(versions) if versions else None
        self._tagging = tagging
        self._catalogue = catalogue
        self._ids = list(ids)
        self._need_id = need_id
        self._need_name = need_name
        self._action = action  # "tag", "untag" or None: toggle
        self._changed: tuple[int, ...] | None = None
        self._on_change = on_change
        self._workflow = workflow  # routes newly tagged items without an owner
        self._done = False
        self._routed: Any = None  # the assignment routing made, undone with the tag

    @property
    def changed_ids(self) -> tuple[int, ...]:
        return self._changed or ()

    def prepare(self) -> None:
        """Make the first change now; raises ChangedElsewhere (nothing changed) when an item
        changed since the user saw it. Pushing the command afterwards does not repeat it."""
        if self._changed is not None:
            return
        service, seen = self._tagging, self._seen
        if self._action is None:
            self._action, change = service.toggle(
                self._catalogue, self._ids, self._need_id, versions=seen)
        else:
            apply = service.tag if self._action == "tag" else service.untag
            change = apply(self._catalogue, self._ids, self._need_id, versions=seen)
        self._changed = self._keep(change).ids
        self._done = True
        self._set_text()
        self._route()

    def redo(self) -> None:
        if self._changed is None:
            self._guarded(self.prepare)
        elif not self._done:  # (done: the push right after `prepare`)
            changed = self._changed
            apply = self._tagging.tag if self._action == "tag" else self._tagging.untag
            if self._guarded(lambda: self._keep(apply(
                    self._catalogue, changed, self._need_id, versions=self._kept(changed)))):
                self._done = True
                self._route()
        self._notify()

    def undo(self) -> None:
        self._done = False
        changed = self._changed or ()
        inverse = self._tagging.untag if self._action == "tag" else self._tagging.tag
        if self._guarded(lambda: self._keep(inverse(
                self._catalogue, changed, self._need_id, versions=self._kept(changed)))):
            routed = self._routed
            if routed is not None:  # routing's assignment goes with the tag
                self._guarded(lambda: self.versions.update(
                    self._workflow.restore(  # type: ignore[union-attr]
                        self._catalogue, routed, versions=self._kept(routed.ids)) or {}))
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
            self.versions.update({r.feedback_id: r.version for r in routed
                                  if getattr(r, "version", None) is not None})

    def _set_text(self) -> None:
        n = len(self._changed or ())
        text = texts().tag(n) if self._action == "tag" else texts().untag(n)
        self.setText(text.format(need=self._need_name))

    def _notify(self) -> None:
        if self._on_change is not None:
            self._on_change()


class SetSourceCommand(_Guarded):
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
        versions: Versions = None,
        on_conflict: Conflict | None = None,
    ) -> None:
        super().__init__()
        self._init_guard(tagging, on_conflict)
        self._seen = dict(versions) if versions else None
        self._tagging = tagging
        self._catalogue = catalogue
        self._ids = list(ids)
        self._source_id = source_id
        self._source_name = source_name
        self._change: Any = None
        self._on_change = on_change
        self._done = False

    def prepare(self) -> None:
        """Make the change now; raises ChangedElsewhere (nothing changed), see TagCommand."""
        if self._change is not None:
            return
        change = self._tagging.set_source(
            self._catalogue, self._ids, self._source_id, versions=self._seen)
        self._change = self._keep(change)
        self._done = True
        self.setText(texts().set_source(len(change.previous)).format(source=self._source_name))

    def redo(self) -> None:
        if self._change is None:
            self._guarded(self.prepare)
        elif not self._done:
            targets = list(self._change.previous)
            if self._guarded(lambda: self._keep(self._tagging.set_source(
                    self._catalogue, targets, self._source_id, versions=self._kept(targets)))):
                self._done = True
        self._notify()

    def undo(self) -> None:
        self._done = False
        change = self._change
        if change is not None:
            self._guarded(lambda: self.versions.update(self._tagging.restore_sources(
                self._catalogue, change, versions=self._kept(change.previous)) or {}))
        self._notify()

    def _notify(self) -> None:
        if self._on_change is not None:
            self._on_change()


class RulesAppliedCommand(_Guarded):
    """Auto-tag rules that already ran (pushed only when they tagged something): undo untags
    exactly what they tagged, redo tags it again as tagged by a rule. The rules report no
    versions: the items' versions are read when the command is made."""

    def __init__(
        self,
        tagging: ModuleType,
        catalogue: Any,
        changes: Sequence[Any],
        *,
        on_change: Callable[[], None] | None = None,
        on_conflict: Conflict | None = None,
    ) -> None:
        super().__init__()
        self._init_guard(tagging, on_conflict)
        self._tagging = tagging
        self._catalogue = catalogue
        self.changes = list(changes)
        self._on_change = on_change
        self._done = True  # the rules ran before the push
        items = {i for change in self.changes for i in change.ids}
        current = getattr(tagging, "current_versions", None)
        if current is not None:
            self.versions.update(current(catalogue, items))
        self.setText(texts().auto_tag(len(items)))

    def redo(self) -> None:
        if self._done:
            return
        self._done = self._guarded(lambda: [
            self._keep(self._tagging.tag(self._catalogue, change.ids, change.need_id,
                                         origin="rule", versions=self._kept(change.ids)))
            for change in self.changes
        ])
        self._notify()

    def undo(self) -> None:
        self._guarded(lambda: [
            self._keep(self._tagging.untag(self._catalogue, change.ids, change.need_id,
                                           versions=self._kept(change.ids)))
            for change in self.changes
        ])
        self._done = False
        self._notify()

    def _notify(self) -> None:
        if self._on_change is not None:
            self._on_change()
