"""The auto-tag rules dialog on a catalogue imported from a German / Turkish / Korean CSV:
live preview, inline regex errors, rules stored, applied to the catalogue and undone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import text

from advocacy_desktop.services import import_service, needs_service, tagging
from advocacy_desktop.services import rules as rules_service
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.needs_page import NeedsPage
from advocacy_desktop.ui.rules_dialog import RuleKind, RulesDialog, match_span
from advocacy_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import open_and_wait

TIMEOUT = 15_000
ROWS = [
    ("9", "Die Lieferung kam pünktlich, super!"),
    ("3", "LIEFERUNG viel zu spät und der Karton war kaputt"),
    ("6", "Kargo çok geç geldi, teslimat berbat"),
    ("8", "Teslimat hızlıydı, teşekkürler"),
    ("2", "고객서비스도 별로고 배송이 늦었어요"),
    ("10", "배송 빠르고 좋아요"),
    ("7", "Price is fine, nothing else to say"),
]


@pytest.fixture
def shop(catalogue: Any, tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "reviews.csv"
    lines = ["NPS,Comment"] + [f'{score},"{comment}"' for score, comment in ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert import_service.run_import(catalogue, path).imported == len(ROWS)
    need_id = needs_service.add_need(catalogue, "Delivery").need_id
    return {"catalogue": catalogue, "need_id": need_id}


def tagged(catalogue: Any, need_id: int) -> list[str]:
    with catalogue.read() as session:
        return list(session.execute(text(
            "SELECT f.text FROM feedback_need fn JOIN feedback f ON f.id = fn.feedback_id"
            " WHERE fn.need_id = :n ORDER BY f.id"), {"n": need_id}).scalars())


def stored_rules(catalogue: Any) -> list[tuple[str, str, int]]:
    with catalogue.read() as session:
        return [tuple(r) for r in session.execute(
            text("SELECT kind, pattern, active FROM tag_rule ORDER BY id"))]


def make_dialog(qtbot: Any, shop: dict[str, Any], **kwargs: Any) -> RulesDialog:
    tasks = TaskRunner()
    dialog = RulesDialog(rules_service, tasks, shop["catalogue"], shop["need_id"], "Delivery",
                         **kwargs)
    dialog._test_tasks = tasks  # type: ignore[attr-defined]  # keep the runner alive
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    return dialog


def type_pattern(qtbot: Any, dialog: RulesDialog, kind: RuleKind, pattern: str) -> None:
    dialog.set_kind(kind)
    dialog.pattern_edit.clear()
    if pattern.isascii():
        qtbot.keyClicks(dialog.pattern_edit, pattern)
    else:  # QTest types ASCII only
        dialog.pattern_edit.insert(pattern)


def wait_preview(qtbot: Any, dialog: RulesDialog) -> None:
    qtbot.waitUntil(
        lambda: not dialog.previewing and dialog.preview_result is not None, timeout=TIMEOUT
    )


def test_keyword_preview_counts_in_three_languages(qtbot: Any, shop: dict[str, Any]) -> None:
    dialog = make_dialog(qtbot, shop)
    type_pattern(qtbot, dialog, RuleKind.KEYWORD, "lieferung")
    wait_preview(qtbot, dialog)
    assert (dialog.preview_result.matches, dialog.preview_result.new) == (2, 2)
    label = dialog.preview_label.text()  # English plurals come from the .ts file
    assert label.startswith("Would tag 2 new item") and "(2 match" in label
    html = dialog.samples.toHtml()
    assert "Lieferung" in html and "LIEFERUNG" in html and "#ffe58a" in html

    type_pattern(qtbot, dialog, RuleKind.KEYWORD, "TESLİMAT")  # Turkish dotted capital I
    wait_preview(qtbot, dialog)
    assert dialog.preview_result.matches == 2

    type_pattern(qtbot, dialog, RuleKind.KEYWORD, "서비스")  # inside 고객서비스도
    wait_preview(qtbot, dialog)
    assert dialog.preview_result.matches == 1
    assert "고객서비스도" in dialog.samples.toPlainText()
    dialog.grab().save("/tmp/rules_dialog_korean.png")


def test_invalid_regex_disables_add_and_says_why(qtbot: Any, shop: dict[str, Any]) -> None:
    dialog = make_dialog(qtbot, shop)
    type_pattern(qtbot, dialog, RuleKind.REGEX, "spät(")
    assert not dialog.add_button.isEnabled()
    assert dialog.error_label.isVisible()
    assert "regular expression is not valid" in dialog.error_label.text()
    assert "missing )" in dialog.error_label.text()
    assert dialog.add_rule() is None and stored_rules(shop["catalogue"]) == []

    qtbot.keyClicks(dialog.pattern_edit, ")")
    assert dialog.add_button.isEnabled() and not dialog.error_label.isVisible()
    wait_preview(qtbot, dialog)
    assert dialog.preview_result.matches == 1


def test_add_apply_and_undo(qtbot: Any, shop: dict[str, Any]) -> None:
    catalogue, need_id = shop["catalogue"], shop["need_id"]
    stack = QUndoStack()
    changes: list[int] = []
    dialog = make_dialog(qtbot, shop, undo_stack=stack, tagging_service=tagging,
                         on_change=lambda: changes.append(1))
    assert dialog.empty_label.isVisible() and dialog.table.rowCount() == 0

    for kind, pattern in ((RuleKind.KEYWORD, "Lieferung"), (RuleKind.PHRASE, "çok geç"),
                          (RuleKind.KEYWORD, "배송")):
        type_pattern(qtbot, dialog, kind, pattern)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    assert stored_rules(catalogue) == [
        ("keyword", "Lieferung", 1), ("phrase", "çok geç", 1), ("keyword", "배송", 1)]
    assert [dialog.table.item(r, 1).text() for r in range(3)] == ["Lieferung", "çok geç", "배송"]
    assert dialog.table.item(1, 0).text() == "Phrase"
    assert dialog.pattern_edit.text() == "" and not dialog.empty_label.isVisible()
    assert tagged(catalogue, need_id) == []  # adding a rule tags nothing yet

    type_pattern(qtbot, dialog, RuleKind.KEYWORD, "kargo")
    wait_preview(qtbot, dialog)
    dialog.grab().save("/tmp/rules_dialog.png")

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=TIMEOUT)
    expected = [ROWS[0][1], ROWS[1][1], ROWS[2][1], ROWS[4][1], ROWS[5][1]]
    assert tagged(catalogue, need_id) == expected
    assert dialog.status_label.text().startswith("5 item")
    assert stack.undoText().startswith("Auto-tag 5 item")
    with catalogue.read() as session:
        origins = set(session.execute(text("SELECT origin FROM feedback_need")).scalars())
    assert origins == {"rule"}
    qtbot.waitUntil(lambda: not dialog.previewing, timeout=TIMEOUT)
    dialog.grab().save("/tmp/rules_dialog_applied.png")

    stack.undo()
    assert tagged(catalogue, need_id) == []
    stack.redo()
    assert tagged(catalogue, need_id) == expected
    assert len(changes) >= 3  # applied, undone, redone: the owner refreshes each time


def test_switching_off_and_deleting_rules(qtbot: Any, shop: dict[str, Any]) -> None:
    catalogue = shop["catalogue"]
    first = rules_service.add_rule(catalogue, shop["need_id"], "keyword", "lieferung")
    rules_service.add_rule(catalogue, shop["need_id"], "keyword", "teslimat")
    dialog = make_dialog(qtbot, shop)
    assert dialog.table.rowCount() == 2
    dialog.table.item(0, 2).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    assert stored_rules(catalogue)[0] == ("keyword", "lieferung", 0)

    qtbot.mouseClick(dialog.table.cellWidget(0, 3), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.loaded and dialog.table.rowCount() == 1, timeout=TIMEOUT)
    assert stored_rules(catalogue) == [("keyword", "teslimat", 1)]
    assert first not in [rule.id for rule in rules_service.list_rules(catalogue)]

    dialog.apply_all()  # without an undo stack: applied, and the dialog says it is final
    qtbot.waitUntil(lambda: "tagged" in dialog.status_label.text(), timeout=TIMEOUT)
    assert tagged(catalogue, shop["need_id"]) == [ROWS[2][1], ROWS[3][1]]
    assert "cannot be undone" in dialog.status_label.text()


def test_match_span_on_the_text_as_written() -> None:
    assert match_span(RuleKind.KEYWORD, "lieferung", "Die LIEFERUNG kam") == (4, 13)
    assert match_span(RuleKind.KEYWORD, "ısık", "Çok IŞIKLI") == (4, 8)
    assert match_span(RuleKind.PHRASE, "zu spät", "viel zu  spät!") == (5, 13)
    assert match_span(RuleKind.REGEX, r"sp[aä]t", "zu SPÄT") == (3, 7)
    assert match_span(RuleKind.KEYWORD, "strasse", "Straße") is None  # folding grew the text


def test_needs_page_opens_rules_for_the_selected_need(
    qtbot: Any, window: MainWindow, catalogue_path: Path
) -> None:
    from advocacy_desktop.services import catalogue_service

    with catalogue_service.open_existing(catalogue_path) as catalogue:
        need_id = needs_service.add_need(catalogue, "Delivery").need_id
    page = NeedsPage(needs_service, window.tasks, window.undo_stack, window,
                     rules_service=rules_service, tagging_service=tagging)
    window.replace_page("needs", page)
    open_and_wait(qtbot, window, catalogue_path)
    window.navigator.set_current_id("needs")
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    assert not page.rules_action.isEnabled()
    page.select_need(need_id)
    assert page.rules_action.isEnabled()
    page.rules_action.trigger()
    dialog = page.rules_dialog
    assert isinstance(dialog, RulesDialog) and dialog.need_id == need_id
    assert "Delivery" in dialog.windowTitle()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=TIMEOUT)
    dialog.close()
