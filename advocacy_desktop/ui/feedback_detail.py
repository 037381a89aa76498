"""The detail pane of the Feedback page: one item's full text, its fields, every original
column it was imported with (`extra`), its customer and its history (the audit log)."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from advocacy_desktop.ui.default_names import source_label
from advocacy_desktop.ui.feedback_model import CHIP_COLOURS, category_label, status_label
from advocacy_desktop.ui.formatting import plain, short_date
from advocacy_desktop.ui.import_common import format_when


def _when(at: str | None) -> str:
    """A history time (stored UTC, 'YYYY-MM-DD HH:MM:SS') as a local short date and time."""
    if not at:
        return ""
    try:
        return format_when(dt.datetime.fromisoformat(at))
    except ValueError:
        return at


def _value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


class FeedbackDetailPane(QWidget):
    """`show_detail(FeedbackDetail | None)`; the texts are HTML-escaped, never interpreted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setObjectName("feedbackDetail")
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._detail: Any = None
        self.show_detail(None)

    @property
    def detail(self) -> Any:
        return self._detail

    def text(self) -> str:
        """What the pane shows, as plain text (tests, copy)."""
        return self.browser.toPlainText()

    def retranslate_ui(self) -> None:
        self.show_detail(self._detail, getattr(self, "_routing", None))

    def show_detail(self, detail: Any, routing: Any = None) -> None:
        """`routing`: why the item has its owner (workflow_service.routing_reason, worded
        here; or a sentence already worded)."""
        self._detail = detail
        self._routing = routing
        if detail is None:
            # tr outside the f-string: lupdate does not read inside one
            hint = escape(self.tr("Select an item to read it."))
            self.browser.setHtml(f"<p style='color: gray'>{hint}</p>")
            return
        self.browser.setHtml(self._html(detail))

    # ------------------------------------------------------------------ html

    def _rows(self, pairs: list[tuple[str, Any]]) -> str:
        cells = "".join(
            f"<tr><td style='color: gray; padding-right: 10px'>{escape(label)}</td>"
            f"<td>{escape(_value(value))}</td></tr>"
            for label, value in pairs
            if value not in (None, "")
        )
        return f"<table cellspacing='0' cellpadding='2'>{cells}</table>" if cells else ""

    def _heading(self, text: str) -> str:
        return f"<h4 style='margin-top: 12px; margin-bottom: 4px'>{escape(text)}</h4>"

    def _chip(self, detail: Any) -> str:
        if detail.score is None:
            return ""
        if detail.category is None:
            return escape(str(detail.score))
        background, foreground = CHIP_COLOURS[detail.category.value]
        label = f"{detail.score} · {category_label(detail.category.value)}"
        return (
            f"<span style='background-color: {background.name()}; color: {foreground.name()};'>"
            f"&nbsp;{escape(label)}&nbsp;</span>"
        )

    def _html(self, d: Any) -> str:
        rating = None
        if d.rating is not None:
            rating = plain(d.rating) + ("" if d.rating_scale is None else f" / {d.rating_scale}")
        day = short_date(d.received_on)
        head = " &nbsp; ".join(
            part for part in (escape(day or ""), escape(source_label(d.source)), self._chip(d))
            if part
        )
        no_text = escape(self.tr("(no text)"))
        text = escape(d.text).replace("\n", "<br>") or f"<i style='color: gray'>{no_text}</i>"
        parts = [f"<p>{head}</p>", f"<p style='font-size: 110%'>{text}</p>"]
        batch = None
        if d.batch_id is not None:
            batch = f"#{d.batch_id}" + (f" · {d.batch_file}" if d.batch_file else "")
        parts.append(self._heading(self.tr("Fields")))
        parts.append(self._rows([
            (self.tr("Needs"), ", ".join(d.needs) or self.tr("none yet")),
            (self.tr("Status"), status_label(d.status)),
            (self.tr("Assignee"), d.assignee),
            (self.tr("Why"), self._routing_text(self._routing) if d.assignee else None),
            (self.tr("Rating"), rating),
            (self.tr("Language"), d.language),
            (self.tr("Channel"), d.channel),
            (self.tr("Country"), d.country),
            (self.tr("Product"), d.product),
            (self.tr("External id"), d.external_id),
            (self.tr("Notes"), d.notes),
            (self.tr("Import"), batch),
            (self.tr("Item"), f"#{d.id}"),
        ]))
        if d.extra:
            parts.append(self._heading(self.tr("Original columns")))
            parts.append(self._rows([(str(k), v) for k, v in d.extra.items()]))
        if d.customer_id is not None:
            parts.append(self._heading(self.tr("Customer")))
            parts.append(self._rows([
                (self.tr("Name"), d.customer_name),
                (self.tr("Email"), d.customer_email),
            ]) or escape(f"#{d.customer_id}"))
        parts.append(self._heading(self.tr("History")))
        if d.history:
            parts.append(self._rows([
                (f"{_when(entry.at)} {entry.actor or ''}".strip(), self._change(entry))
                for entry in d.history
            ]))
        else:
            none_yet = escape(self.tr("No changes yet."))
            parts.append(f"<p style='color: gray'>{none_yet}</p>")
        return "".join(parts)

    def _routing_text(self, reason: Any) -> str | None:
        """workflow_service.RoutingReason in the UI language (a str is shown as it is)."""
        if reason is None or isinstance(reason, str):
            return reason
        how, person = reason.how, reason.person
        if how == "nobody":
            return self.tr("Nobody owns this item yet: no one is responsible for its needs or "
                           "source.")
        if how == "need" and reason.through:
            return self.tr("Assigned to {person} because they are Responsible for {need} "
                           "(through {through}).").format(person=person, need=reason.need,
                                                          through=reason.through)
        if how == "need":
            return self.tr("Assigned to {person} because they are Responsible for {need}."
                           ).format(person=person, need=reason.need)
        if how == "owner":
            return self.tr("Assigned to {person} because they own the source {source}."
                           ).format(person=person, source=source_label(reason.source))
        if how == "source":
            return self.tr("Assigned to {person} because they are Responsible for {source}."
                           ).format(person=person, source=source_label(reason.source))
        if reason.actor:
            return self.tr("Assigned to {person} by {actor} by hand.").format(
                person=person, actor=reason.actor)
        return self.tr("Assigned to {person} by hand.").format(person=person)

    def _change(self, entry: Any) -> str:
        before, after = entry.before or {}, entry.after or {}
        if entry.action == "tag":
            return self.tr("tagged with {need}").format(need=after.get("need", "?"))
        if entry.action == "untag":
            return self.tr("untagged from {need}").format(need=before.get("need", "?"))
        if entry.action == "set_source":
            return self.tr("source changed")
        changed = _value(after) or _value(before)
        return f"{entry.action}: {changed}" if changed else entry.action
