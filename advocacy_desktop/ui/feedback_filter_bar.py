"""The Feedback page's filter bar: search, live count, source, need, NPS category, status,
assignee, date range, "no need yet", clear, named views saved in QSettings, and behind a
"More filters" toggle a score range, a rating range and an import batch.

The bar builds a `FeedbackFilter` (the class comes from the query service passed to the page)
and emits it on every change; the search box waits 250 ms after the last key. Fields the bar
has no widget for are kept from `set_filter` until Clear.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSettings, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.domain.nps import Category
from advocacy_desktop.ui.default_names import source_label
from advocacy_desktop.ui.feedback_filter_widgets import RangeEdit
from advocacy_desktop.ui.feedback_model import CHIP_COLOURS, status_label
from advocacy_desktop.ui.flow_layout import FlowLayout
from advocacy_desktop.ui.icons import icon
from advocacy_desktop.ui.tooltips import set_tip

SEARCH_DELAY_MS = 250
VIEWS_KEY = "feedback/views"
#: a QDateEdit at its minimum shows "no date" (its special value text)
NO_DATE = QDate(1900, 1, 1)
STATUSES = ("new", "triaged", "in_progress", "resolved", "closed", "wont_fix")
_CATEGORIES = (Category.PROMOTER, Category.PASSIVE, Category.DETRACTOR)
#: the highest rating a range can name (ratings keep their own scale: 5 stars, 10, 100)
MAX_RATING = 100
_SHOWN = frozenset({"sources", "needs", "categories", "statuses", "assignees", "date_from",
                    "date_to", "no_need", "text", "score_min", "score_max", "rating_min",
                    "rating_max", "batch_id"})


def filter_to_dict(flt: Any) -> dict[str, Any]:
    """A filter as JSON-safe values (for a saved view)."""
    out: dict[str, Any] = {}
    for field in dataclasses.fields(flt):
        value = getattr(flt, field.name)
        if isinstance(value, frozenset):
            value = sorted(c.value for c in value)
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, date):
            value = value.isoformat()
        out[field.name] = value
    return out


def filter_from_dict(filter_type: type, data: dict[str, Any]) -> Any:
    """The inverse of `filter_to_dict`; unknown keys are ignored."""
    names = {field.name for field in dataclasses.fields(filter_type)}
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in names or value is None:
            continue
        if name == "categories":
            value = frozenset(Category(v) for v in value)
        elif name in ("date_from", "date_to"):
            value = date.fromisoformat(value)
        elif isinstance(value, list):
            value = tuple(value)
        values[name] = value
    return filter_type(**values)


class FeedbackFilterBar(QWidget):
    """Emits `filter_changed(FeedbackFilter)`; `set_count(n)` shows the live count."""

    filter_changed = Signal(object)

    def __init__(
        self,
        filter_type: type,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._filter_type = filter_type
        self._settings = settings
        self._hidden = filter_type()  # fields without a widget, kept from set_filter
        self._emitted = filter_type()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._changed)

        self.search = QLineEdit()
        self.search.setObjectName("feedbackSearch")
        self.search.setClearButtonEnabled(True)
        self.search_action = self.search.addAction(
            icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_action.triggered.connect(self._search_now)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.count_label = QLabel()
        self.count_label.setObjectName("feedbackCount")
        self.count_label.setMinimumWidth(90)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.views = QToolButton()
        self.views.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.views.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.views.clicked.connect(self._show_views_menu)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)

        self.source = QComboBox()
        self.need = QComboBox()
        self.status = QComboBox()
        self.assignee = QComboBox()
        self.batch = QComboBox()
        self.batch.setObjectName("feedbackBatch")
        for combo in (self.source, self.need, self.status, self.assignee, self.batch):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.category_buttons: dict[Category, QToolButton] = {}
        for category in _CATEGORIES:
            button = QToolButton()
            button.setCheckable(True)
            background, foreground = CHIP_COLOURS[category.value]
            button.setStyleSheet(
                "QToolButton { padding: 2px 8px; border: 1px solid palette(mid);"
                " border-radius: 9px; }"
                f"QToolButton:checked {{ background: {background.name()};"
                f" color: {foreground.name()}; border-color: {background.name()}; }}"
            )
            button.toggled.connect(lambda _on: self._changed())
            self.category_buttons[category] = button
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.no_need = QCheckBox()
        self.no_need.toggled.connect(lambda _on: self._changed())
        # a long file name must not widen the bar: elide at ~32 characters
        self.batch.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.batch.setMinimumContentsLength(24)
        self.batch.setMaximumWidth(320)
        self.score_range = RangeEdit(10)
        self.score_range.setObjectName("feedbackScoreRange")
        self.rating_range = RangeEdit(MAX_RATING, decimals=1)
        self.rating_range.setObjectName("feedbackRatingRange")
        for edit in (self.score_range, self.rating_range):
            edit.changed.connect(self._changed)
        self.more = QToolButton()
        self.more.setObjectName("feedbackMoreFilters")
        self.more.setCheckable(True)
        self.more.setAutoRaise(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more.toggled.connect(self._show_more)
        self.from_label = QLabel()
        self.to_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.from_label)
        top.addWidget(self.date_from)
        top.addWidget(self.to_label)
        top.addWidget(self.date_to)
        top.addWidget(self.count_label)
        top.addWidget(self.views)
        top.addWidget(self.clear_button)
        filters = FlowLayout()  # wraps when the words are long or the window narrow
        for widget in (self.source, self.need, *self.category_buttons.values(), self.status,
                       self.assignee, self.no_need):
            filters.addWidget(widget)
        second = QHBoxLayout()
        second.addLayout(filters, 1)
        second.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        self.more_row = QWidget()
        third = QHBoxLayout(self.more_row)
        third.setContentsMargins(0, 0, 0, 0)
        third.addWidget(self.score_range)
        third.addSpacing(12)
        third.addWidget(self.rating_range)
        third.addSpacing(12)
        third.addWidget(self.batch)
        third.addStretch(1)
        self.more_row.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.more_row)
        self._count = 0
        self.retranslate_ui()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(lambda _d: self._changed())
        return edit

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the text (Korean and Turkish too)…"))
        self.views.setText(self.tr("Views"))
        self.clear_button.setText(self.tr("Clear filters"))
        labels = {
            Category.PROMOTER: self.tr("Promoters"),
            Category.PASSIVE: self.tr("Passives"),
            Category.DETRACTOR: self.tr("Detractors"),
        }
        for category, button in self.category_buttons.items():
            button.setText(labels[category])
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("no date"))
        self.no_need.setText(self.tr("No need yet"))
        with QSignalBlocker(self.status):
            current = self.status.currentData()
            self.status.clear()
            self.status.addItem(self.tr("Any status"), None)
            for status in STATUSES:
                self.status.addItem(status_label(status), status)
            self.status.setCurrentIndex(max(0, self.status.findData(current)))
        if getattr(self, "_sources", None):
            self.set_sources(self._sources)
        for combo, text in (
            (self.source, self.tr("All sources")),
            (self.need, self.tr("All needs")),
            (self.assignee, self.tr("Anyone")),
            (self.batch, self.tr("Any import")),
        ):
            if combo.count():
                combo.setItemText(0, text)
            else:
                with QSignalBlocker(combo):
                    combo.addItem(text, None)
        self.score_range.set_texts(
            self.tr("Score"), self.tr("any"), self.tr("Recommend score from … to … (0–10)")
        )
        self.rating_range.set_texts(
            self.tr("Rating"), self.tr("any"),
            self.tr("Rating from … to …, on its own scale (4 – any: 4 stars or more)"),
        )
        self.batch.setToolTip(self.tr("Only the items of one import"))
        set_tip(self.search_action, self.tr("Search the items' text; the list follows as you "
                                            "type"))
        set_tip(self.views, self.tr("Save the current filters as a named view, or apply one"))
        set_tip(self.clear_button, self.tr("Clear every filter and show all items"))
        set_tip(self.more, self.tr("Score, rating and import filters"))
        set_tip(self.no_need, self.tr("Only the items not yet tagged with a need"))
        chip_tips = {
            Category.PROMOTER: self.tr("Show the promoters: scores 9–10"),
            Category.PASSIVE: self.tr("Show the passives: scores 7–8"),
            Category.DETRACTOR: self.tr("Show the detractors: scores 0–6"),
        }
        for category, button in self.category_buttons.items():
            set_tip(button, chip_tips[category])
        self.set_count(self._count)
        self._update_more()

    # ------------------------------------------------------------------ choices

    def _fill(self, combo: QComboBox, items: Sequence[tuple[int, str, str]]) -> None:
        """(id, label, tooltip) rows after the "all" row; keeps the choice when it still exists."""
        current = combo.currentData()
        with QSignalBlocker(combo):
            while combo.count() > 1:
                combo.removeItem(1)
            for ident, label, tip in items:
                combo.addItem(label, ident)
                combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        if combo.currentData() != current:
            self._changed()

    def set_sources(self, sources: Sequence[Any]) -> None:
        """A pre-filled source is listed by its name in the UI language, its stored name as
        the tooltip; the filter itself holds ids, so it matches the stored rows."""
        self._sources = list(sources)
        self._fill(self.source, [(s.id, source_label(s.name), s.name) for s in sources])

    def set_needs(self, needs: Sequence[Any]) -> None:
        """NeedInfo rows in tree order; a need filters with its children."""
        self._fill(self.need, [(n.id, "   " * n.depth + n.name, n.path) for n in needs])

    def set_people(self, people: Sequence[tuple[int, str]]) -> None:
        self._fill(self.assignee, [(ident, name, name) for ident, name in people])

    def set_batches(self, batches: Sequence[tuple[int, str]]) -> None:
        """(id, label) of the imports, newest first."""
        self._fill(self.batch, [(ident, label, label) for ident, label in batches])

    def set_count(self, count: int) -> None:
        """The number of matching items; -1 while it is being counted."""
        self._count = count
        if count < 0:
            self.count_label.setText(self.tr("Counting…"))
        else:
            self.count_label.setText(self.tr("%Ln item(s)", None, count))

    # ------------------------------------------------------------------ the filter

    def current_filter(self) -> Any:
        def picked(combo: QComboBox) -> tuple[Any, ...]:
            value = combo.currentData()
            return () if value is None else (value,)

        def day(edit: QDateEdit) -> date | None:
            chosen = edit.date()
            return None if chosen <= NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

        return dataclasses.replace(
            self._hidden,
            sources=picked(self.source),
            needs=picked(self.need),
            categories=frozenset(c for c, b in self.category_buttons.items() if b.isChecked()),
            statuses=picked(self.status),
            assignees=picked(self.assignee),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            no_need=self.no_need.isChecked(),
            text=self.search.text().strip(),
            score_min=self.score_range.values()[0],
            score_max=self.score_range.values()[1],
            rating_min=self.rating_range.values()[0],
            rating_max=self.rating_range.values()[1],
            batch_id=self.batch.currentData(),
        )

    def set_filter(self, flt: Any) -> None:
        """Show `flt` in the widgets (values they cannot show are kept) and emit it once."""
        widgets = (self.search, self.source, self.need, self.status, self.assignee,
                   self.date_from, self.date_to, self.no_need, self.batch,
                   *self.category_buttons.values())
        blockers = [QSignalBlocker(w) for w in widgets]
        self.search.setText(flt.text)
        for combo, values in ((self.source, flt.sources), (self.need, flt.needs),
                              (self.status, flt.statuses), (self.assignee, flt.assignees)):
            combo.setCurrentIndex(max(0, combo.findData(values[0])) if values else 0)
        for edit, value in ((self.date_from, flt.date_from), (self.date_to, flt.date_to)):
            edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))
        self.no_need.setChecked(flt.no_need)
        for category, button in self.category_buttons.items():
            button.setChecked(category in flt.categories)
        self.score_range.set_values(flt.score_min, flt.score_max)
        self.rating_range.set_values(flt.rating_min, flt.rating_max)
        self._select_batch(flt.batch_id)
        del blockers
        self._hidden = self._filter_type(**{
            f.name: getattr(flt, f.name) for f in dataclasses.fields(flt) if f.name not in _SHOWN
        })
        if self._more_count():
            self.more.setChecked(True)
        self._search_timer.stop()
        self._changed(force=True)

    def clear(self) -> None:
        self.set_filter(self._filter_type())

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._changed()

    def _changed(self, force: bool = False) -> None:
        flt = self.current_filter()
        self._update_more()
        if force or flt != self._emitted:
            self._emitted = flt
            self.filter_changed.emit(flt)

    def _select_batch(self, batch_id: int | None) -> None:
        """Choose the import; one not listed yet (the list loads in a task) gets a row of
        its own so a saved view keeps it."""
        if batch_id is not None and self.batch.findData(batch_id) < 0:
            label = self.tr("Import #{batch}").format(batch=batch_id)
            self.batch.addItem(label, batch_id)
        self.batch.setCurrentIndex(max(0, self.batch.findData(batch_id)))

    def _more_count(self) -> int:
        """How many of the filters behind "More filters" are in use."""
        return sum((self.score_range.is_set(), self.rating_range.is_set(),
                    self.batch.currentData() is not None))

    def _update_more(self) -> None:
        count = self._more_count()
        arrow = "▴" if self.more.isChecked() else "▾"
        if count:
            text = self.tr("More filters ({count}) {arrow}").format(count=count, arrow=arrow)
        else:
            text = self.tr("More filters {arrow}").format(arrow=arrow)
        self.more.setText(text)
        font = self.more.font()
        font.setBold(bool(count))
        self.more.setFont(font)

    def _show_more(self, on: bool) -> None:
        self.more_row.setVisible(on)
        self._update_more()

    # ------------------------------------------------------------------ saved views

    def saved_views(self) -> dict[str, dict[str, Any]]:
        if self._settings is None:
            return {}
        raw = self._settings.value(VIEWS_KEY)
        try:
            views = json.loads(raw) if isinstance(raw, str) and raw else {}
        except ValueError:
            return {}
        return views if isinstance(views, dict) else {}

    def save_view(self, name: str) -> None:
        """Store the current filter under `name` (replacing a view of that name)."""
        if self._settings is None or not name.strip():
            return
        views = self.saved_views()
        views[name.strip()] = filter_to_dict(self.current_filter())
        self._settings.setValue(VIEWS_KEY, json.dumps(views, ensure_ascii=False))

    def delete_view(self, name: str) -> None:
        if self._settings is None:
            return
        views = self.saved_views()
        views.pop(name, None)
        self._settings.setValue(VIEWS_KEY, json.dumps(views, ensure_ascii=False))

    def apply_view(self, name: str) -> bool:
        data = self.saved_views().get(name)
        if data is None:
            return False
        try:
            flt = filter_from_dict(self._filter_type, data)
        except (TypeError, ValueError):
            return False
        self.set_filter(flt)
        return True

    def _show_views_menu(self) -> None:
        menu = QMenu(self)
        views = self.saved_views()
        for name in sorted(views, key=str.casefold):
            menu.addAction(name, lambda n=name: self.apply_view(n))
        if views:
            menu.addSeparator()
        save = menu.addAction(self.tr("Save current filter as…"), self._ask_save_view)
        save.setEnabled(self._settings is not None)
        if views:
            remove = menu.addMenu(self.tr("Delete view"))
            for name in sorted(views, key=str.casefold):
                remove.addAction(name, lambda n=name: self.delete_view(n))
        menu.exec(self.views.mapToGlobal(self.views.rect().bottomLeft()))

    def _ask_save_view(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of the view:"))
        if ok and name.strip():
            self.save_view(name)
