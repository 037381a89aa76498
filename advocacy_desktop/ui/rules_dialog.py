"""Auto-tag rules of one need: listed, switched on and off, added with a live preview, applied.

The preview runs the rules service's `preview` over the whole catalogue in a task, 300 ms
after the last keystroke, one at a time (a newer pattern waits for the running scan and
replaces any other waiting one). "Apply all rules now" runs every active rule of every need
and pushes a `RulesAppliedCommand` on the window's undo stack, which untags exactly the items
the rules tagged (through the tagging service) and tags them again on redo.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from advocacy_desktop.domain.fields import fold
from advocacy_desktop.domain.rules import BadRule, RuleKind, compile_rule
from advocacy_desktop.ui.messages import describe
from advocacy_desktop.ui.tagging_commands import RulesAppliedCommand
from advocacy_desktop.ui.theme import set_text_tone

PREVIEW_DELAY_MS = 300
SAMPLE_CHARS = 220
HIGHLIGHT = "background-color: #ffe58a; color: #000;"
KINDS = (RuleKind.KEYWORD, RuleKind.PHRASE, RuleKind.REGEX)
KIND, PATTERN, ACTIVE, DELETE = range(4)


def kind_label(kind: RuleKind) -> str:
    labels = {
        RuleKind.KEYWORD: QCoreApplication.translate("RulesDialog", "Keyword"),
        RuleKind.PHRASE: QCoreApplication.translate("RulesDialog", "Phrase"),
        RuleKind.REGEX: QCoreApplication.translate("RulesDialog", "Regular expression"),
    }
    return labels[kind]


def kind_help(kind: RuleKind) -> str:
    helps = {
        RuleKind.KEYWORD: QCoreApplication.translate(
            "RulesDialog",
            "Finds words that start with it, ignoring case and accents (“deliver” finds "
            "“delivered”); in Korean, Japanese or Chinese, anywhere in the text.",
        ),
        RuleKind.PHRASE: QCoreApplication.translate(
            "RulesDialog",
            "Finds these words in this order, as whole words, ignoring case and accents.",
        ),
        RuleKind.REGEX: QCoreApplication.translate(
            "RulesDialog",
            "A Python regular expression, case-insensitive, on the text as written.",
        ),
    }
    return helps[kind]


def match_span(kind: RuleKind, pattern: str, text: str) -> tuple[int, int] | None:
    """Where the rule matches `text`, if that can be shown on the original text; else None.

    Keywords and phrases match the folded text; the span is only trusted when folding kept
    the text's length (it does for accents, case and Turkish İ/ı, not for ß or ligatures)."""
    pattern = pattern.strip()
    if not pattern:
        return None
    if kind is RuleKind.REGEX:
        try:
            found = re.search(pattern, text, re.IGNORECASE)
        except re.error:
            return None
        return found.span() if found and found.end() > found.start() else None
    folded_text = fold(text)
    if len(folded_text) != len(text):
        return None
    words = fold(pattern).split()
    expression = r"\s+".join(re.escape(word) for word in words)
    end = r"(?!\w)" if kind is RuleKind.PHRASE else ""
    found = re.search(rf"(?<!\w){expression}{end}", folded_text) or re.search(
        expression, folded_text
    )
    return found.span() if found else None


def sample_html(kind: RuleKind, pattern: str, text: str) -> str:
    """One sample as HTML: the match highlighted, long texts cut around it."""
    text = " ".join(text.split())
    span = match_span(kind, pattern, text)
    if span is None:
        cut = text[:SAMPLE_CHARS] + ("…" if len(text) > SAMPLE_CHARS else "")
        return html.escape(cut)
    start, end = span
    left = max(0, start - SAMPLE_CHARS // 2)
    right = min(len(text), end + SAMPLE_CHARS // 2)
    return (
        ("…" if left else "")
        + html.escape(text[left:start])
        + f'<span style="{HIGHLIGHT}">{html.escape(text[start:end])}</span>'
        + html.escape(text[end:right])
        + ("…" if right < len(text) else "")
    )


class RulesDialog(QDialog):
    """The rules of one need. Receives the rules service module and the window's task runner;
    with an undo stack and the tagging service, applying the rules can be undone."""

    def __init__(
        self,
        rules_service: ModuleType,
        tasks: Any,
        catalogue: Any,
        need_id: int,
        need_name: str,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
        tagging_service: ModuleType | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.service = rules_service
        self.tasks = tasks
        self.catalogue = catalogue
        self.need_id = need_id
        self.need_name = need_name
        self.undo_stack = undo_stack
        self.tagging = tagging_service
        self.on_change = on_change
        self.rules: list[Any] = []
        self.loaded = False
        self.preview_result: Any = None
        self.previewing = False
        self._preview_running = False
        self._preview_waiting: tuple[RuleKind, str] | None = None
        self._preview_serial = 0
        self._applying = False
        self._load_serial = 0
        self._error = ""
        self.writable = not getattr(catalogue, "read_only", False)

        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("rulesTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(PATTERN, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(ACTIVE, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(DELETE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._on_item_changed)
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet("color: palette(mid);")

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("ruleKind")
        for kind in KINDS:
            self.kind_combo.addItem("", kind.value)
        self.pattern_edit = QLineEdit()
        self.pattern_edit.setObjectName("rulePattern")
        self.pattern_edit.setClearButtonEnabled(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addRule")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_rule)
        self.kind_help = QLabel()
        self.kind_help.setWordWrap(True)
        self.kind_help.setStyleSheet("color: palette(dark);")
        self.error_label = QLabel()
        self.error_label.setObjectName("ruleError")
        self.error_label.setWordWrap(True)
        set_text_tone(self.error_label, "#c0392b")
        self.error_label.hide()
        self.preview_label = QLabel()
        self.preview_label.setObjectName("rulePreview")
        self.preview_label.setWordWrap(True)
        self.samples = QTextBrowser()
        self.samples.setObjectName("ruleSamples")
        self.samples.setOpenLinks(False)
        self.samples.setMinimumHeight(140)

        editor_row = QHBoxLayout()
        editor_row.addWidget(self.kind_combo)
        editor_row.addWidget(self.pattern_edit, 1)
        editor_row.addWidget(self.add_button)
        self.editor_box = QGroupBox()
        editor = QVBoxLayout(self.editor_box)
        editor.addLayout(editor_row)
        editor.addWidget(self.kind_help)
        editor.addWidget(self.error_label)
        editor.addWidget(self.preview_label)
        editor.addWidget(self.samples, 1)

        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyRules")
        self.apply_button.clicked.connect(self.apply_all)
        self.status_label = QLabel()
        self.status_label.setObjectName("rulesStatus")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.apply_button)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.editor_box, 2)
        layout.addLayout(bottom)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.start_preview)
        self.pattern_edit.textChanged.connect(lambda _text: self._pattern_changed())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._pattern_changed())

        self.resize(720, 560)
        self.retranslate_ui()
        self._pattern_changed()
        self.reload()

    # ------------------------------------------------------------------ rules list

    def kind(self) -> RuleKind:
        return RuleKind(self.kind_combo.currentData())

    def set_kind(self, kind: RuleKind | str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(RuleKind(kind).value))

    def reload(self) -> None:
        """List the need's rules in a task."""
        self._load_serial += 1
        serial, service, catalogue = self._load_serial, self.service, self.catalogue
        self.loaded = False
        handle = self.tasks.run(
            lambda _ctx: service.list_rules(catalogue),
            title=self.tr("Listing rules…"),
            show_dialog=False,
        )
        handle.succeeded.connect(lambda rules: self._on_loaded(serial, rules))
        handle.failed.connect(lambda exc: self._on_load_failed(serial, exc))

    def _on_loaded(self, serial: int, rules: list[Any]) -> None:
        if serial != self._load_serial:
            return
        self.rules = [rule for rule in rules if rule.need_id == self.need_id]
        self._fill_table()
        self.loaded = True

    def _on_load_failed(self, serial: int, error: BaseException) -> None:
        if serial == self._load_serial:
            self.status_label.setText(self.tr("Could not list the rules: {error}").format(
                error=describe(error)))
            self.loaded = True

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            kind = QTableWidgetItem(kind_label(rule.kind))
            kind.setData(Qt.ItemDataRole.UserRole, rule.id)
            self.table.setItem(row, KIND, kind)
            self.table.setItem(row, PATTERN, QTableWidgetItem(rule.pattern))
            active = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsEnabled
            if self.writable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            active.setFlags(flags)
            active.setCheckState(Qt.CheckState.Checked if rule.active else Qt.CheckState.Unchecked)
            active.setData(Qt.ItemDataRole.UserRole, rule.id)
            active.setToolTip(self.tr("Active rules run on every import and on “Apply”."))
            self.table.setItem(row, ACTIVE, active)
            button = QPushButton(self.tr("Delete"))
            button.setEnabled(self.writable)
            button.clicked.connect(lambda _checked=False, rid=rule.id: self.delete_rule(rid))
            self.table.setCellWidget(row, DELETE, button)
        self.table.blockSignals(False)
        self.empty_label.setVisible(not self.rules)
        self.apply_button.setEnabled(self.writable and not self._applying)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != ACTIVE:
            return
        rule_id = item.data(Qt.ItemDataRole.UserRole)
        self.set_active(rule_id, item.checkState() == Qt.CheckState.Checked)

    def set_active(self, rule_id: int, active: bool) -> None:
        self.service.set_active(self.catalogue, rule_id, active)
        self.reload()

    def delete_rule(self, rule_id: int) -> None:
        self.service.delete_rule(self.catalogue, rule_id)
        self.status_label.setText(self.tr("Rule deleted. Items it tagged keep their tag."))
        self.reload()

    def add_rule(self) -> int | None:
        """Store the rule in the editor; an invalid one shows why, inline."""
        if not self.writable or not self.pattern_edit.text().strip():
            return None
        try:
            rule_id = self.service.add_rule(
                self.catalogue, self.need_id, self.kind(), self.pattern_edit.text()
            )
        except BadRule as exc:
            self._show_error(describe(exc))
            return None
        self.status_label.setText(self.tr(
            "Rule added. It runs on every import; press “Apply all rules now” to run it on "
            "the items already in the catalogue."))
        self.pattern_edit.clear()
        self.reload()
        return int(rule_id)

    # ------------------------------------------------------------------ preview

    def _pattern_changed(self) -> None:
        kind, pattern = self.kind(), self.pattern_edit.text()
        self.kind_help.setText(kind_help(kind))
        self.timer.stop()
        self._preview_serial += 1
        if not pattern.strip():
            self._show_error("")
            self.preview_result = None
            self.previewing = False
            self.preview_label.setText(self.tr(
                "Type a keyword, a phrase or an expression to see what it would tag."))
            self.samples.clear()
            return
        try:
            compile_rule(kind, pattern)
        except BadRule as exc:
            self._show_error(describe(exc))
            self.preview_result = None
            self.previewing = False
            self.preview_label.clear()
            self.samples.clear()
            return
        self._show_error("")
        self.previewing = True
        self.preview_label.setText(self.tr("Previewing…"))
        self.timer.start()

    def _show_error(self, message: str) -> None:
        self._error = message
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        has_text = bool(self.pattern_edit.text().strip())
        self.add_button.setEnabled(self.writable and has_text and not message)

    def start_preview(self) -> None:
        """Preview the editor's rule now (the timer calls this 300 ms after the last key)."""
        wanted = (self.kind(), self.pattern_edit.text())
        if self._preview_running:
            self._preview_waiting = wanted
            return
        self._preview_running = True
        serial, service, catalogue, need_id = (
            self._preview_serial, self.service, self.catalogue, self.need_id
        )
        self.tasks.run(
            lambda _ctx: service.preview(catalogue, need_id, wanted[0], wanted[1]),
            title=self.tr("Previewing rule…"),
            show_dialog=False,
            on_result=lambda result: self._on_preview(serial, wanted, result),
            on_error=lambda exc: self._on_preview(serial, wanted, exc),
        )

    def _on_preview(self, serial: int, wanted: tuple[RuleKind, str], result: Any) -> None:
        self._preview_running = False
        if self._preview_waiting is not None:
            self._preview_waiting = None
            if self.previewing and not self.timer.isActive():
                self.start_preview()
            return
        if serial != self._preview_serial:
            return
        self.previewing = False
        if isinstance(result, BaseException):
            self.preview_label.setText(self.tr("Could not preview the rule: {error}").format(
                error=describe(result)))
            self.samples.clear()
            return
        self.preview_result = result
        text = self.tr("Would tag %Ln new item(s)", "", result.new)
        text += " " + self.tr("(%Ln match(es) in all)", "", result.matches)
        if result.matches and not result.new:
            text += " " + self.tr("— all of them already have this need.")
        elif result.matches > result.new:
            text += " " + self.tr("— the others already have this need.")
        self.preview_label.setText(text)
        kind, pattern = wanted
        self.samples.setHtml("".join(
            f"<p style='margin: 0 0 6px 0;'>{sample_html(kind, pattern, sample)}</p>"
            for _item, sample in result.sample
        ))

    # ------------------------------------------------------------------ apply

    def apply_all(self) -> Any:
        """Run every active rule of every need over the whole catalogue, in a task."""
        if self._applying or not self.writable:
            return None
        self._applying = True
        self.apply_button.setEnabled(False)
        self.status_label.setText(self.tr("Applying the rules…"))
        service, catalogue = self.service, self.catalogue
        return self.tasks.run(
            lambda ctx: service.apply_rules(catalogue, should_cancel=lambda: ctx.cancelled),
            title=self.tr("Applying auto-tag rules…"),
            dialog_parent=self,
            on_result=self._on_applied,
            on_error=self._on_apply_failed,
            on_cancelled=lambda: self._on_apply_failed(None),
        )

    def _on_applied(self, changes: list[Any]) -> None:
        self._applying = False
        self.apply_button.setEnabled(self.writable)
        count = sum(len(change.ids) for change in changes)
        text = self.tr("%Ln item(s) tagged by the rules.", "", count)
        if count and self.undo_stack is not None and self.tagging is not None:
            self.undo_stack.push(
                RulesAppliedCommand(
                    self.tagging, self.catalogue, changes, on_change=self.on_change
                )
            )
            text += " " + self.tr("Edit ▸ Undo removes these tags again.")
        elif count:
            text += " " + self.tr("This cannot be undone here.")
        self.status_label.setText(text)
        if count and self.on_change is not None:
            self.on_change()
        if self.pattern_edit.text().strip() and not self._error:
            self._pattern_changed()

    def _on_apply_failed(self, error: BaseException | None) -> None:
        self._applying = False
        self.apply_button.setEnabled(self.writable)
        if error is None or isinstance(error, InterruptedError):
            self.status_label.setText(self.tr("Cancelled: nothing was tagged."))
        else:
            self.status_label.setText(self.tr("Could not apply the rules: {error}").format(
                error=describe(error)))

    # ------------------------------------------------------------------ texts

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Auto-tag Rules — {need}").format(need=self.need_name))
        self.intro_label.setText(self.tr(
            "Items whose text matches a rule are tagged with “{need}”. Active rules run on "
            "every import; rules work in any language.").format(need=self.need_name))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Pattern"), self.tr("Active"), ""]
        )
        self.empty_label.setText(self.tr("This need has no rules yet."))
        for index, kind in enumerate(KINDS):
            self.kind_combo.setItemText(index, kind_label(kind))
        self.pattern_edit.setPlaceholderText(self.tr("Keyword, phrase or expression"))
        self.samples.setPlaceholderText(self.tr("The first items the rule would tag appear here."))
        self.add_button.setText(self.tr("&Add Rule"))
        self.editor_box.setTitle(self.tr("New rule"))
        self.kind_help.setText(kind_help(self.kind()))
        self.apply_button.setText(self.tr("A&pply All Rules Now"))
        self.apply_button.setToolTip(self.tr(
            "Runs every active rule of every need over the whole catalogue."))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
