"""The People & roles page: editing the RACI matrix through undoable commands (checked in the
responsibility table), adding a person with a role, and the maturity tab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from advocacy_desktop.services import catalogue_service, needs_service
from advocacy_desktop.services import people_service as people
from advocacy_desktop.services import responsibility_service as resp
from advocacy_desktop.ui.main_window import MainWindow
from advocacy_desktop.ui.people_page import PeoplePage
from advocacy_desktop.ui.raci_matrix import Holder
from tests.ui.conftest import open_and_wait

TIMEOUT = 15_000


@pytest.fixture
def prepared(catalogue_path: Path) -> dict[str, int]:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        parent = needs_service.add_need(catalogue, "Delivery").need_id
        child = needs_service.add_need(catalogue, "Late parcels", parent_id=parent).need_id
        ann = people.add_person(catalogue, "Ann Smith", "ann@example.com")
        bob = people.add_person(catalogue, "Bob Jones")
        advocate = people.find_role(catalogue, "Customer advocate")
        assert advocate is not None
        people.assign_role(catalogue, ann, advocate.id)
        resp.set_responsibility(catalogue, "I", need_id=child, person_id=bob)
    return {"parent": parent, "child": child, "ann": ann, "bob": bob}


def install_page(qtbot: Any, window: MainWindow, catalogue_path: Path) -> PeoplePage:
    page = PeoplePage(people, resp, window.tasks, window.undo_stack, window)
    window.replace_page("people", page)
    open_and_wait(qtbot, window, catalogue_path)
    window.navigator.set_current_id("people")
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)
    return page


def reload(qtbot: Any, page: PeoplePage) -> None:
    page.loaded = False
    page.reload()
    qtbot.waitUntil(lambda: page.loaded, timeout=TIMEOUT)


def stored_cells(catalogue_path: Path, need_id: int) -> list[tuple[str, int | None]]:
    with catalogue_service.open_existing(catalogue_path) as catalogue, catalogue.read() as s:
        rows = s.execute(text("SELECT kind, person_id FROM responsibility WHERE need_id = :n "
                              "ORDER BY kind"), {"n": need_id}).all()
    return [(kind, person) for kind, person in rows]


def test_setting_responsible_fills_the_gap_and_undo_restores_it(
    qtbot: Any, window: MainWindow, catalogue_path: Path, prepared: dict[str, int]
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    model = page.matrix_model
    row = model.row_of("need", prepared["parent"])
    child_row = model.row_of("need", prepared["child"])
    assert row >= 0 and child_row > row
    background = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(row, 1), background) is not None
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) == "Nobody is responsible"
    assert model.data(model.index(child_row, 4)) == "Bob Jones"

    with qtbot.waitSignal(page.catalogue_modified, timeout=TIMEOUT):
        command = page.set_cell(row, "R", Holder(person_id=prepared["ann"]))
    assert command is not None and not command.failed
    assert ("R", prepared["ann"]) in stored_cells(catalogue_path, prepared["parent"])
    qtbot.waitUntil(lambda: model.data(model.index(row, 1)) == "Ann Smith", timeout=TIMEOUT)
    assert model.data(model.index(row, 1), background) is None
    # The child inherits its parent's Responsible: no gap there either.
    assert model.data(model.index(child_row, 1), background) is None

    window.undo_stack.undo()
    assert stored_cells(catalogue_path, prepared["parent"]) == []
    qtbot.waitUntil(lambda: model.data(model.index(row, 1)) == "", timeout=TIMEOUT)
    assert model.data(model.index(row, 1), background) is not None

    window.undo_stack.redo()
    assert ("R", prepared["ann"]) in stored_cells(catalogue_path, prepared["parent"])
    page.clear_cell(row, "R")
    assert stored_cells(catalogue_path, prepared["parent"]) == []


def test_adding_a_person_with_a_role(
    qtbot: Any, window: MainWindow, catalogue_path: Path, prepared: dict[str, int]
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    team = next(r for r in page.snapshot.roles if r.name == "Advocacy team member")
    person_id = page.add_person("Cleo Park", "cleo@example.com", [team.id])
    assert person_id is not None
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        cleo = people.get_person(catalogue, person_id)
    assert cleo.email == "cleo@example.com" and cleo.roles == ("Advocacy team member",)
    qtbot.waitUntil(lambda: page.people_model.rowCount() == 3, timeout=TIMEOUT)
    names = [page.people_model.person(r).name for r in range(3)]
    row = names.index("Cleo Park")
    assert page.people_model.data(page.people_model.index(row, 2)) == "Advocacy team member"


def test_maturity_tab_shows_the_level_computed_by_the_service(
    qtbot: Any, window: MainWindow, catalogue_path: Path, prepared: dict[str, int]
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    assert page.level_label.text() == "Level 1 of 4 — single advocates"
    assert page.met_list.count() == 1
    assert "customer advocate" in page.met_list.item(0).text()
    assert page.missing_list.count() >= 1

    # A role with two active members made Responsible for a need: level 2.
    team = next(r for r in page.snapshot.roles if r.name == "Advocacy team member")
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        for person in (prepared["ann"], prepared["bob"]):
            people.assign_role(catalogue, person, team.id)
    row = page.matrix_model.row_of("need", prepared["parent"])
    page.set_cell(row, "R", Holder(role_id=team.id))
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        expected = resp.maturity(catalogue)
    assert expected.level == 2
    qtbot.waitUntil(lambda: page.level_label.text().startswith("Level 2 of 4"), timeout=TIMEOUT)
    assert page.met_list.count() == len(expected.reasons_met)
    page.tabs.setCurrentWidget(page.maturity_tab)
    page.grab().save("/tmp/people_maturity.png")


def test_matrix_screenshot(
    qtbot: Any, window: MainWindow, catalogue_path: Path, prepared: dict[str, int]
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    page.set_cell(page.matrix_model.row_of("need", prepared["child"]), "R",
                  Holder(person_id=prepared["ann"]))
    qtbot.waitUntil(lambda: "Ann" in str(page.matrix_model.data(
        page.matrix_model.index(page.matrix_model.row_of("need", prepared["child"]), 1))),
        timeout=TIMEOUT)
    page.tabs.setCurrentWidget(page.matrix_tab)
    window.resize(1200, 720)
    qtbot.wait(50)
    assert window.grab().save("/tmp/people_matrix.png")


def test_adding_a_role_of_ones_own(
    qtbot: Any, window: MainWindow, catalogue_path: Path, prepared: dict[str, int]
) -> None:
    page = install_page(qtbot, window, catalogue_path)
    role_id = page.add_role("Community manager", "Answers on social media")
    assert role_id is not None
    assert page.add_role("community MANAGER") is None  # names are unique, case aside
    assert page.status_label.text()
    qtbot.waitUntil(
        lambda: any(r.name == "Community manager" for r in page.snapshot.roles), timeout=TIMEOUT
    )
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        mine = people.find_role(catalogue, "community manager")
    assert mine is not None and mine.description == "Answers on social media"
