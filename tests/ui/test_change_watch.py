"""Another app instance (catalogue B on the same file) changes items while the Feedback page
looks at them: the page's edits and undos refuse with a clear message and reload, nothing of
B's is overwritten; the change watch notices B's commits and not the page's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import text

from advocacy_desktop.services import (
    catalogue_service,
    concurrency,
    feedback_query,
    import_service,
    needs_service,
    people_service,
    sources_service,
    tagging,
    workflow_service,
)
from advocacy_desktop.ui.change_watch import ChangeWatch, conflict_text, watch_window
from advocacy_desktop.ui.feedback_page import FeedbackPage, FeedbackServices
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.tagging_commands import SetSourceCommand, TagCommand
from advocacy_desktop.ui.workflow_commands import assign_command
from tests.ui.conftest import MessageBoxes, open_and_wait

TIMEOUT = 15_000
CSV = (
    "Date,NPS,Comment,Source\n"
    "2026-11-02,3,The parcel arrived broken and nobody answered,Google\n"
    "2026-11-03,5,Slow answer on the phone,Trustpilot\n"
    "2026-11-04,10,Lovely people,Google\n"
)


@pytest.fixture
def shop(catalogue_path: Path, tmp_path: Path) -> Path:
    """Three imported items, the need Price (key p), the person Ben."""
    path = tmp_path / "f.csv"
    path.write_text(CSV, encoding="utf-8")
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        assert import_service.run_import(catalogue, path).imported == 3
        needs_service.add_need(catalogue, "Price", shortcut="p")
        people_service.add_person(catalogue, "Ben Okafor")
    return catalogue_path


@pytest.fixture
def other(shop: Path) -> Iterator[Any]:
    """Catalogue B: a second app instance (or the CLI) on the same file."""
    opened = catalogue_service.open_existing(shop)
    yield opened
    opened.close()


def _page(qtbot: Any, window: MainWindow, path: Path) -> FeedbackPage:
    services = FeedbackServices(feedback_query, tagging, needs_service, sources_service,
                                workflow_service=workflow_service, people_service=people_service)
    page = FeedbackPage(services, window.tasks, window.undo_stack, window)
    window.replace_page("feedback", page)
    open_and_wait(qtbot, window, path)
    window.navigator.set_current_id("feedback")
    qtbot.waitUntil(lambda: page.loaded and page.model.count_known, timeout=TIMEOUT)
    return page


def _select(page: FeedbackPage, rows: list[int]) -> list[int]:
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag
    model = page.view.selectionModel()
    model.clearSelection()
    for row in rows:
        model.select(page.model.index(row, 0), flags.Select | flags.Rows)
    model.setCurrentIndex(page.model.index(rows[0], 0), flags.NoUpdate)
    return page.selected_ids()


def _column(catalogue: Any, column: str) -> dict[int, Any]:
    with catalogue.read() as session:
        return dict(session.execute(text(f"SELECT id, {column} FROM feedback")).all())


def _ids(catalogue: Any, table: str) -> dict[str, int]:
    with catalogue.read() as session:
        return dict(session.execute(text(f"SELECT name, id FROM {table}")).all())


def test_an_edit_on_rows_changed_elsewhere_is_refused_reloaded_and_explained(
    qtbot: Any, window: MainWindow, shop: Path, other: Any, message_boxes: MessageBoxes
) -> None:
    page = _page(qtbot, window, shop)
    mine = page.catalogue
    ben = _ids(other, "person")["Ben Okafor"]
    chosen = _select(page, [0, 1, 2])
    assert set(page.seen_versions(chosen).values()) == {1}
    workflow_service.set_status(other, [chosen[1]], "triaged")  # B, while A looks

    assert page.assign_selected(ben, "Ben Okafor") is None
    assert _column(mine, "assignee_id") == dict.fromkeys(chosen)  # nothing written
    assert _column(mine, "status")[chosen[1]] == "triaged"  # B's change intact
    assert window.undo_stack.count() == 0
    text_shown = message_boxes.texts[-1]
    assert "1 item" in text_shown and "nothing was saved" in text_shown
    assert message_boxes.shown[-1][1] == "Changed by Someone Else"
    # reloaded: the row shows B's status and its new version; the selection is kept
    assert sorted(page.selected_ids()) == sorted(chosen)
    assert page.seen_versions(chosen)[chosen[1]] == 2

    command = page.assign_selected(ben, "Ben Okafor")  # again, on what is shown now
    assert command is not None
    assert _column(mine, "assignee_id") == dict.fromkeys(chosen, ben)

    # tagging, then setting the source, on a stale row: refused the same way
    workflow_service.set_notes(other, [chosen[0]], "B called them")
    price = _ids(mine, "need")["Price"]
    shown = len(message_boxes.shown)
    assert page.tag_selected(price, "tag") is None
    assert tagging.needs_of(mine, chosen) == {}
    assert len(message_boxes.shown) == shown + 1
    assert page.tag_selected(price, "tag") is not None  # after the reload
    assert set(tagging.needs_of(mine, chosen)) == set(chosen)
    workflow_service.set_notes(other, [chosen[2]], "B again")
    sources = _ids(mine, "source")
    page.set_source_of_selected(sources["Trustpilot"], "Trustpilot")
    assert set(_column(mine, "source_id").values()) != {sources["Trustpilot"]}
    assert len(message_boxes.shown) == shown + 2


def test_an_undo_after_a_change_elsewhere_is_refused_and_leaves_the_stack(
    qtbot: Any, window: MainWindow, shop: Path, other: Any, message_boxes: MessageBoxes
) -> None:
    page = _page(qtbot, window, shop)
    mine = page.catalogue
    ben = _ids(other, "person")["Ben Okafor"]
    chosen = _select(page, [0, 1])
    assert page.assign_selected(ben, "Ben Okafor") is not None
    _select(page, [0, 1])
    assert page.set_status_of_selected("triaged") is not None  # our own later change
    window.undo_stack.undo()  # undoes the status: nobody else touched the items
    assert set(_column(mine, "status").values()) == {"new"}
    workflow_service.set_notes(other, [chosen[0]], "B's note")

    window.undo_stack.undo()  # the assignment: item 0 changed elsewhere since
    assert _column(mine, "assignee_id")[chosen[0]] == ben  # not overwritten
    assert _column(mine, "notes")[chosen[0]] == "B's note"
    assert message_boxes.shown[-1][1] == "Not Undone"
    assert "was not undone" in message_boxes.texts[-1]
    assert window.undo_stack.count() == 1  # the refused step left the history
    assert window.undo_stack.index() == 0 and not window.undo_stack.canUndo()


def test_commands_outside_the_page_refuse_stale_undo_and_redo(
    qtbot: Any, shop: Path, other: Any, message_boxes: MessageBoxes
) -> None:
    with catalogue_service.open_existing(shop) as mine:
        ids = sorted(_column(mine, "id"))
        price = _ids(mine, "need")["Price"]
        stack = QUndoStack()
        refused: list[Exception] = []
        tag = TagCommand(tagging, mine, ids, price, "Price", action="tag",
                         versions=dict.fromkeys(ids, 1), on_conflict=refused.append)
        stack.push(tag)
        assert set(tagging.needs_of(mine, ids)) == set(ids)
        stack.undo()
        tagging.set_source(other, [ids[2]], None)
        stack.redo()  # the redo would overwrite item 2 as it was: refused
        assert len(refused) == 1 and refused[0].items == (ids[2],)  # type: ignore[attr-defined]
        assert tagging.needs_of(mine, ids) == {}
        assert stack.count() == 0

        # pushed without prepare(): a refused first step is reported and not pushed
        stale = SetSourceCommand(tagging, mine, ids, None, "none",
                                 versions=dict.fromkeys(ids, 1), on_conflict=refused.append)
        stack.push(stale)
        assert len(refused) == 2 and stack.count() == 0

        # the default report is a message box
        person = _ids(mine, "person")["Ben Okafor"]
        versions = {i: feedback_query.detail(mine, i).version for i in ids}  # type: ignore[union-attr]
        stack.push(assign_command(workflow_service, mine, ids, person, "Ben",
                                  versions=versions))
        workflow_service.set_status(other, ids, "triaged")
        stack.undo()
        assert _column(mine, "assignee_id") == dict.fromkeys(ids, person)
        assert "3 item" in message_boxes.texts[-1]


def test_the_conflict_text_names_who_and_when(other: Any) -> None:
    ids = sorted(_column(other, "id"))
    looked = {ids[0]: 1}
    workflow_service.set_notes(other, ids[:1], "x")
    with other.write_connection() as conn, pytest.raises(concurrency.ChangedElsewhere) as err:
        concurrency.expect_versions(conn, "feedback", looked)
    message = conflict_text(err.value)
    who = err.value.who or "someone else"
    # "1 item was" with the English plural forms loaded, "1 item(s) were" from the source text
    assert message.startswith("1 item") and (f"was changed by {who} at " in message
                                             or f"were changed by {who} at " in message)
    assert "apply your change again" in message
    assert "someone else" in conflict_text(concurrency.ChangedElsewhere([1, 2]))


def test_the_watch_emits_for_other_commits_and_not_for_our_own(
    qtbot: Any, shop: Path, other: Any
) -> None:
    with catalogue_service.open_existing(shop) as mine:
        ids = sorted(_column(mine, "id"))
        watch = ChangeWatch(concurrency, interval_ms=30)
        emitted: list[int] = []
        watch.changed_elsewhere.connect(lambda: emitted.append(1))
        watch.set_catalogue(mine)
        workflow_service.set_notes(mine, ids[:1], "ours")
        qtbot.wait(200)  # several polls
        assert emitted == []
        with qtbot.waitSignal(watch.changed_elsewhere, timeout=3000):
            workflow_service.set_notes(other, ids[:1], "theirs")
        qtbot.wait(100)
        assert emitted == [1]  # once
        watch.set_catalogue(None)
        workflow_service.set_notes(other, ids[:1], "unwatched")
        qtbot.wait(100)
        assert emitted == [1] and not watch.timer.isActive()


def test_the_window_watch_refreshes_the_feedback_page_keeping_the_selection(
    qtbot: Any, window: MainWindow, shop: Path, other: Any
) -> None:
    page = _page(qtbot, window, shop)
    watch = watch_window(window, concurrency, page)
    assert watch.catalogue is window.catalogue and watch.timer.isActive()
    chosen = _select(page, [1])
    stale: list[int] = []
    window.page("dashboard").mark_stale = lambda: stale.append(1)  # type: ignore[attr-defined]
    workflow_service.set_status(other, chosen, "triaged")
    with qtbot.waitSignal(watch.changed_elsewhere, timeout=5000):
        pass
    qtbot.waitUntil(lambda: page.model.row_view(1).status == "triaged", timeout=TIMEOUT)
    assert page.selected_ids() == chosen
    assert page.seen_versions(chosen) == {chosen[0]: 2}
    assert stale
    assert "elsewhere" in page.message_label.text()
    window.close_catalogue()
    assert watch.catalogue is None and not watch.timer.isActive()
