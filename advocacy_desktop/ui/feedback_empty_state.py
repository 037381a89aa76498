"""What the Feedback table says while it shows no row: how to bring feedback into an empty
catalogue (File ▸ Import File…, a dropped file, or the demo catalogue), or, when the catalogue
has items but the filters keep none, that the filters are the reason, with Clear filters.

It follows the table model's `count_changed` (the count arrives asynchronously: -1 while
counting, so nothing is said before the count is known) and hides as soon as rows exist.
After the window recounts the catalogue (`catalogue_counted`, e.g. after an import) it asks
the page to read its rows again when their number changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView

from advocacy_desktop.ui.empty_state import EmptyState
from advocacy_desktop.ui.tooltips import with_shortcut

NO_CATALOGUE, EMPTY, NO_MATCH = "no-catalogue", "empty", "no-match"


class FeedbackEmptyState(EmptyState):
    """Over the Feedback page's table. `import_action` is the window's File ▸ Import File…;
    `set_demo_action` adds a button for File ▸ Open Demo Catalogue…."""

    clear_requested = Signal()
    """The user asked to clear the filters."""
    refresh_requested = Signal()
    """The catalogue's number of items changed: the page should read its rows again."""

    def __init__(self, view: QAbstractItemView, model: Any, query: Any,
                 catalogue: Callable[[], Any], import_action: QAction | None = None) -> None:
        self.model = model
        self.query = query
        self._catalogue = catalogue
        self._count = -1
        self._total: tuple[Any, int] | None = None
        """The catalogue the window counted last, and its number of items."""
        self.mode: str | None = None
        """NO_CATALOGUE, EMPTY, NO_MATCH, or None while rows are shown or being counted."""
        self.import_action = import_action
        self.demo_action: QAction | None = None
        super().__init__(view, self._words, when=lambda: self.mode is not None)
        self.import_button = self.add_button(
            lambda: self.tr("&Import File…"), self._import, "emptyImportButton",
            tip=lambda: self.tr("Import feedback from a spreadsheet or CSV file"),
            shortcut=import_action)
        self.demo_button = self.add_button(
            lambda: self.tr("Explore the Demo Catalogue…"), self._demo, "emptyDemoButton",
            tip=lambda: self.tr("Open a made-up catalogue with a year of feedback, to look "
                                "around without your own data"))
        self.clear_button = self.add_button(
            lambda: self.tr("Clear filters"), self.clear_requested.emit, "emptyClearButton",
            tip=lambda: self.tr("Clear every filter and show all items"))
        if import_action is not None:
            import_action.changed.connect(self._update_buttons)
        model.count_changed.connect(self.count_changed)

    def set_demo_action(self, action: QAction | None) -> None:
        self.demo_action = action
        if action is not None:
            action.changed.connect(self._update_buttons)
        self._update_buttons()

    # ------------------------------------------------------------------ state

    def count_changed(self, count: int) -> None:
        """The model's count: 0 shows the state that fits, anything else hides it."""
        self._count = count
        catalogue = self._catalogue()
        if count != 0:
            self.mode = None
        elif catalogue is None:
            self.mode = NO_CATALOGUE
        elif self._catalogue_is_empty(catalogue):
            self.mode = EMPTY
        else:
            self.mode = NO_MATCH
        self._update_buttons()
        self.refresh()

    def _catalogue_is_empty(self, catalogue: Any) -> bool:
        everything = self.query.FeedbackFilter()
        if self.model.filter == everything:
            return True  # nothing filtered and still no row
        return not self.query.page(catalogue, everything, limit=1)

    def catalogue_counted(self, counts: Any) -> None:
        """The window's new counts: when the number of items changed (an import, an undone
        import) the rows on screen are out of date."""
        total, catalogue = getattr(counts, "feedback", None), self._catalogue()
        if total is None:
            return
        before, self._total = self._total, (catalogue, total)
        changed = before is not None and before[0] is catalogue and before[1] != total
        if (changed or (self.mode == EMPTY and total > 0)) and self.view.isVisible():
            self.refresh_requested.emit()

    def _update_buttons(self) -> None:
        action = self.import_action
        self.import_button.setVisible(self.mode == EMPTY and action is not None)
        self.import_button.setEnabled(action is not None and action.isEnabled())
        demo = self.demo_action
        self.demo_button.setVisible(self.mode == EMPTY and demo is not None)
        self.demo_button.setEnabled(demo is not None and demo.isEnabled())
        self.clear_button.setVisible(self.mode == NO_MATCH)

    def _import(self) -> None:
        if self.import_action is not None:
            self.import_action.trigger()

    def _demo(self) -> None:
        if self.demo_action is not None:
            self.demo_action.trigger()

    # ------------------------------------------------------------------ texts

    def _words(self) -> tuple[str, str]:
        if self.mode == NO_CATALOGUE:
            return (self.tr("No catalogue is open"), self.tr(
                "Create one with File ▸ New Catalogue… or open one with File ▸ Open…."))
        if self.mode == NO_MATCH:
            return (self.tr("No item matches these filters"),
                    self.tr("Loosen or clear the filters to see the other items."))
        command = with_shortcut(self.tr("File ▸ Import File…"), self.import_action)
        steps = self.tr(
            "Import a spreadsheet or CSV file of reviews, survey answers or support tickets: "
            "choose {command} or drop the file on this window."
        ).format(command=command)
        if self.demo_action is not None:
            steps += " " + self.tr("To look around first, explore the demo catalogue.")
        return self.tr("No feedback yet"), steps
