"""The Feedback page's filter bar: search, live count, source, need, NPS category, status,
assignee, date range, "no need yet", clear, and named views saved in QSettings.

The bar builds a `FeedbackFilter` (the class comes from the query service passed to the page)
and emits it on every change; the search box waits 250 ms after the last key. Fields the bar
has no widget for (a score or rating range, an import batch) are kept from `set_filter` and
shown as a short note until Clear.
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
from advocacy_desktop.ui.feedback_model import CHIP_COLOURS, status_label

SEARCH_DELAY_MS = 250
VIEWS_KEY = "feedback/views"
#: a QDateEdit at its minimum shows "no date" (its special value text)
NO_DATE = QDate(1900, 1, 1)
STATUSES = ("new", "triaged", "in_progress", "resolved", "closed", "wont_fix")
_CATEGORIES = (Category.PROMOTER, Category.PASSIVE, Category.DETRACTOR)


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
        self._hidden = filter_type()  # fields without a widget (score range, batch …)
        self._emitted = filter_type()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._changed)

        self.search = QLineEdit()
        self.search.setObjectName("feedbackSearch")
        self.search.setClearButtonEnabled(True)
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
        for combo in (self.source, self.need, self.status, self.assignee):
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
        self.hidden_label = QLabel()
        self.hidden_label.setStyleSheet("color: palette(mid);")
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
        second = QHBoxLayout()
        second.addWidget(self.source)
        second.addWidget(self.need)
        second.addSpacing(6)
        for button in self.category_buttons.values():
            second.addWidget(button)
        second.addSpacing(6)
        second.addWidget(self.status)
        second.addWidget(self.assignee)
        second.addWidget(self.no_need)
        second.addWidget(self.hidden_label)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(second)
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
        for combo, text in (
            (self.source, self.tr("All sources")),
            (self.need, self.tr("All needs")),
            (self.assignee, self.tr("Anyone")),
        ):
            if combo.count():
                combo.setItemText(0, text)
            else:
                with QSignalBlocker(combo):
                    combo.addItem(text, None)
        self.set_count(self._count)
        self._show_hidden()

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
        self._fill(self.source, [(s.id, s.name, s.name) for s in sources])

    def set_needs(self, needs: Sequence[Any]) -> None:
        """NeedInfo rows in tree order; a need filters with its children."""
        self._fill(self.need, [(n.id, "   " * n.depth + n.name, n.path) for n in needs])

    def set_people(self, people: Sequence[tuple[int, str]]) -> None:
        self._fill(self.assignee, [(ident, name, name) for ident, name in people])

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
        )

    def set_filter(self, flt: Any) -> None:
        """Show `flt` in the widgets (values they cannot show are kept) and emit it once."""
        widgets = (self.search, self.source, self.need, self.status, self.assignee,
                   self.date_from, self.date_to, self.no_need, *self.category_buttons.values())
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
        del blockers
        shown = {"sources", "needs", "categories", "statuses", "assignees", "date_from",
                 "date_to", "no_need", "text"}
        self._hidden = self._filter_type(**{
            f.name: getattr(flt, f.name) for f in dataclasses.fields(flt) if f.name not in shown
        })
        self._show_hidden()
        self._search_timer.stop()
        self._changed(force=True)

    def clear(self) -> None:
        self.set_filter(self._filter_type())

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._changed()

    def _changed(self, force: bool = False) -> None:
        flt = self.current_filter()
        if force or flt != self._emitted:
            self._emitted = flt
            self.filter_changed.emit(flt)

    def _show_hidden(self) -> None:
        flt, parts = self._hidden, []
        if flt.score_min is not None or flt.score_max is not None:
            low = "" if flt.score_min is None else flt.score_min
            high = "" if flt.score_max is None else flt.score_max
            parts.append(self.tr("score {low}–{high}").format(low=low, high=high))
        if flt.rating_min is not None or flt.rating_max is not None:
            low = "" if flt.rating_min is None else f"{flt.rating_min:g}"
            high = "" if flt.rating_max is None else f"{flt.rating_max:g}"
            parts.append(self.tr("rating {low}–{high}").format(low=low, high=high))
        if flt.batch_id is not None:
            parts.append(self.tr("import #{batch}").format(batch=flt.batch_id))
        self.hidden_label.setText(" · ".join(parts))
        self.hidden_label.setVisible(bool(parts))

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
