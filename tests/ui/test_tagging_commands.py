"""Undo and redo of tagging and source changes through the main window's undo stack."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoStack
from sqlalchemy import text

from advocacy_desktop.services import import_service, tagging
from advocacy_desktop.ui.tagging_commands import SetSourceCommand, TagCommand


def _setup(catalogue: Any, tmp_path: Path) -> tuple[list[int], dict[str, int]]:
    path = tmp_path / "f.csv"
    path.write_text(
        "NPS,Comment,Needs,Source\n9,a,Price,Google\n2,b,,Google\n5,c,,Trustpilot\n",
        encoding="utf-8",
    )
    import_service.run_import(catalogue, path)
    with catalogue.read() as session:
        ids = list(session.execute(text("SELECT id FROM feedback ORDER BY id")).scalars())
        needs = dict(session.execute(text("SELECT name, id FROM need")).all())
    return ids, needs


def _price_items(catalogue: Any) -> list[int]:
    with catalogue.read() as session:
        return list(session.execute(text(
            "SELECT feedback_id FROM feedback_need fn JOIN need n ON n.id = fn.need_id"
            " WHERE n.name = 'Price' ORDER BY feedback_id")).scalars())


def test_tag_undo_redo_touches_only_what_changed(
    qtbot: Any, catalogue: Any, tmp_path: Path
) -> None:
    ids, needs = _setup(catalogue, tmp_path)
    stack = QUndoStack()
    changes: list[int] = []
    stack.push(TagCommand(tagging, catalogue, ids, needs["Price"], "Price",
                          on_change=lambda: changes.append(1)))
    assert _price_items(catalogue) == ids
    assert stack.undoText() in ("Tag 2 items with Price", "Tag 2 item(s) with Price")
    stack.undo()
    assert _price_items(catalogue) == ids[:1]  # the item tagged before stays tagged
    stack.redo()
    assert _price_items(catalogue) == ids
    # pressing the key again on the same selection untags all of them
    stack.push(TagCommand(tagging, catalogue, ids, needs["Price"], "Price"))
    assert _price_items(catalogue) == []
    stack.undo()
    assert _price_items(catalogue) == ids
    assert len(changes) == 3


def test_set_source_undo_redo(qtbot: Any, catalogue: Any, tmp_path: Path) -> None:
    ids, _needs = _setup(catalogue, tmp_path)
    with catalogue.read() as session:
        sources = dict(session.execute(text("SELECT name, id FROM source")).all())

    def current() -> list[int]:
        with catalogue.read() as session:
            return list(session.execute(
                text("SELECT source_id FROM feedback ORDER BY id")).scalars())

    before = current()
    stack = QUndoStack()
    stack.push(SetSourceCommand(tagging, catalogue, ids, sources["Trustpilot"], "Trustpilot"))
    assert current() == [sources["Trustpilot"]] * 3
    assert stack.undoText() in (
        "Set source of 2 items to Trustpilot", "Set source of 2 item(s) to Trustpilot"
    )
    stack.undo()
    assert current() == before
    stack.redo()
    assert current() == [sources["Trustpilot"]] * 3


def test_a_newly_tagged_item_goes_to_the_person_responsible_and_undo_takes_it_back(
    qtbot: Any, catalogue: Any, tmp_path: Path
) -> None:
    from advocacy_desktop.services import people_service, responsibility_service, workflow_service

    ids, needs = _setup(catalogue, tmp_path)
    ada = people_service.add_person(catalogue, "Ada", "ada@example.com")
    responsibility_service.set_responsibility(catalogue, "R", need_id=needs["Price"],
                                              person_id=ada)

    def owners() -> list[int | None]:
        with catalogue.read() as session:
            return list(session.execute(
                text("SELECT assignee_id FROM feedback ORDER BY id")).scalars())

    stack = QUndoStack()
    stack.push(TagCommand(tagging, catalogue, ids[1:], needs["Price"], "Price",
                          workflow=workflow_service))
    assert owners() == [None, ada, ada]  # the first item was not tagged by this command
    stack.undo()
    assert owners() == [None, None, None] and _price_items(catalogue) == ids[:1]
    stack.redo()
    assert owners() == [None, ada, ada]
