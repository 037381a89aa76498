"""The RACI matrix: gaps, set/clear with undo, routing, the maturity levels, the xlsx export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text

from advocacy_desktop.services import needs_service as ns
from advocacy_desktop.services import people_service as ps
from advocacy_desktop.services import responsibility_service as rs
from advocacy_desktop.services import sources_service as ss


def role(catalogue: Any, name: str) -> int:
    found = ps.find_role(catalogue, name)
    assert found is not None
    return found.id


@pytest.fixture
def shop(catalogue: Any) -> dict[str, int]:
    """Needs Delivery > Late parcel, and Price; people Ada, Bob, Cy; the Amazon source."""
    delivery = ns.add_need(catalogue, "Delivery").need_id
    assert delivery is not None
    late = ns.add_need(catalogue, "Late parcel", parent_id=delivery).need_id
    price = ns.add_need(catalogue, "Price").need_id
    amazon = next(s.id for s in ss.list_sources(catalogue) if s.name == "Amazon")
    return {
        "delivery": delivery, "late": late or 0, "price": price or 0, "amazon": amazon,
        "ada": ps.add_person(catalogue, "Ada"), "bob": ps.add_person(catalogue, "Bob"),
        "cy": ps.add_person(catalogue, "Cy"),
    }


def cells(catalogue: Any) -> list[tuple[Any, ...]]:
    with catalogue.read() as session:
        return [tuple(r) for r in session.execute(text(
            "SELECT kind, need_id, source_id, person_id, role_id FROM responsibility"
            " ORDER BY id"))]


def test_matrix_lists_needs_in_tree_order_then_sources_and_marks_gaps(
    catalogue: Any, shop: dict[str, int]
) -> None:
    team = role(catalogue, "Advocacy team member")
    rs.set_responsibility(catalogue, "R", need_id=shop["delivery"], person_id=shop["ada"])
    rs.set_responsibility(catalogue, "c", need_id=shop["delivery"], role_id=team)
    rs.set_responsibility(catalogue, "R", need_id=shop["price"], role_id=team)  # no members yet
    rs.set_responsibility(catalogue, "R", source_id=shop["amazon"], person_id=shop["bob"])

    rows = rs.matrix(catalogue)
    needs = [r for r in rows if r.entity == "need"]
    assert [(r.name, r.gap, r.inherited_from) for r in needs] == [
        ("Delivery", False, None),
        (f"Delivery{ns.PATH_SEPARATOR}Late parcel", False, "Delivery"),
        ("Price", True, None),  # the team role holds R but nobody is in it
    ]
    assert needs[0].holders == {"R": ("Ada",), "A": (), "C": ("Advocacy team member",), "I": ()}
    sources = [r for r in rows if r.entity == "source"]
    assert [s.name for s in sources] == [s.name for s in ss.list_sources(catalogue)]
    assert [s.name for s in sources if not s.gap] == ["Amazon"]

    ps.assign_role(catalogue, shop["cy"], team)
    assert not next(r for r in rs.matrix(catalogue) if r.id == shop["price"]).gap
    ps.set_active(catalogue, shop["bob"], False)
    amazon = next(r for r in rs.matrix(catalogue) if r.entity == "source" and r.name == "Amazon")
    assert amazon.gap and amazon.holders["R"] == ("Bob",)


def test_set_a_replaces_the_accountable_and_undo_redo_restore_it(
    catalogue: Any, shop: dict[str, int]
) -> None:
    need = shop["price"]
    rs.set_responsibility(catalogue, "A", need_id=need, person_id=shop["ada"])
    assert rs.set_responsibility(catalogue, "A", need_id=need, person_id=shop["ada"]) == (
        rs.ResponsibilityChange())
    change = rs.set_responsibility(catalogue, "A", need_id=need, person_id=shop["bob"])
    assert cells(catalogue) == [("A", need, None, shop["bob"], None)]
    assert [c.person_id for c in change.removed] == [shop["ada"]]
    rs.undo_change(catalogue, change)
    assert cells(catalogue) == [("A", need, None, shop["ada"], None)]
    rs.redo_change(catalogue, change)
    assert cells(catalogue) == [("A", need, None, shop["bob"], None)]

    rs.set_responsibility(catalogue, "I", need_id=need, person_id=shop["ada"])
    rs.set_responsibility(catalogue, "I", need_id=need, person_id=shop["cy"])
    cleared = rs.clear_responsibility(catalogue, "I", need_id=need)
    assert len(cleared.removed) == 2 and [c[0] for c in cells(catalogue)] == ["A"]
    rs.undo_change(catalogue, cleared)
    assert sorted(c[3] for c in cells(catalogue) if c[0] == "I") == [shop["ada"], shop["cy"]]

    with pytest.raises(ps.PeopleError, match="one need or one source"):
        rs.set_responsibility(catalogue, "R", need_id=need, source_id=shop["amazon"],
                              person_id=shop["ada"])
    with pytest.raises(ps.PeopleError, match="R, A, C, I"):
        rs.set_responsibility(catalogue, "X", need_id=need, person_id=shop["ada"])
    with pytest.raises(ps.PeopleError, match="no person with id 999"):
        rs.set_responsibility(catalogue, "R", need_id=need, person_id=999)
    with catalogue.read() as session:
        actions = [r[0] for r in session.execute(text(
            "SELECT action FROM audit_log WHERE action LIKE '%responsibility' ORDER BY id"))]
    assert actions[:5] == ["set_responsibility", "set_responsibility", "set_responsibility",
                           "undo_responsibility", "undo_responsibility"]


def test_responsible_person_via_role_parent_need_and_source(
    catalogue: Any, shop: dict[str, int]
) -> None:
    support = role(catalogue, "Support agent")
    owner = role(catalogue, "Product owner")
    route = rs.responsible_person
    assert route(catalogue, need_ids=[shop["late"]], source_id=None) is None

    rs.set_responsibility(catalogue, "R", need_id=shop["delivery"], role_id=support)
    ps.assign_role(catalogue, shop["bob"], support)
    # the child has no R of its own: its parent's role, whose single member is Bob
    assert rs.responsible_for_need(catalogue, shop["late"]) == shop["bob"]
    ps.assign_role(catalogue, shop["cy"], support)
    assert rs.responsible_for_need(catalogue, shop["late"]) is None  # two members: ambiguous
    rs.set_responsibility(catalogue, "R", need_id=shop["late"], person_id=shop["ada"])
    assert rs.responsible_for_need(catalogue, shop["late"]) == shop["ada"]
    ps.set_active(catalogue, shop["ada"], False)
    assert rs.responsible_for_need(catalogue, shop["late"]) is None

    rs.set_responsibility(catalogue, "R", need_id=shop["price"], role_id=owner)
    ps.assign_role(catalogue, shop["cy"], owner)
    # needs first, in the order given; the first with somebody wins
    assert route(catalogue, need_ids=[shop["late"], shop["price"]],
                 source_id=shop["amazon"]) == shop["cy"]
    assert route(catalogue, need_ids=[shop["late"]], source_id=shop["amazon"]) is None
    rs.set_responsibility(catalogue, "R", source_id=shop["amazon"], person_id=shop["bob"])
    assert route(catalogue, need_ids=[shop["late"]], source_id=shop["amazon"]) == shop["bob"]
    assert route(catalogue, need_ids=[], source_id=shop["amazon"]) == shop["bob"]
    rs.clear_responsibility(catalogue, "R", source_id=shop["amazon"])
    ss.update_source(catalogue, shop["amazon"], owner_id=shop["cy"])
    assert route(catalogue, need_ids=[], source_id=shop["amazon"]) == shop["cy"]


def test_each_maturity_level_is_reached_step_by_step(catalogue: Any, shop: dict[str, int]) -> None:
    advocate = role(catalogue, "Customer advocate")
    team = role(catalogue, "Advocacy team member")
    coordinator = role(catalogue, "Advocacy coordinator")
    sponsor = role(catalogue, "Executive sponsor")

    m = rs.maturity(catalogue)
    assert (m.level, m.reasons_met) == (0, [])
    assert m.missing_for_next == ["give an active person the customer advocate role"]

    ps.assign_role(catalogue, shop["ada"], advocate)
    m = rs.maturity(catalogue)
    assert m.level == 1 and "customer advocate" in m.reasons_met[0]
    assert "at least 2 active members" in m.missing_for_next[0]

    ps.assign_role(catalogue, shop["bob"], team)
    rs.set_responsibility(catalogue, "R", need_id=shop["delivery"], role_id=team)
    assert rs.maturity(catalogue).level == 1  # a team of one is not a team
    ps.assign_role(catalogue, shop["cy"], team)
    m = rs.maturity(catalogue)
    assert m.level == 2
    assert len(m.missing_for_next) == 3 and "(now 0 of 3)" in m.missing_for_next[1]
    assert "(11 without)" in m.missing_for_next[2]
    # the same conditions as keys and counts, for the UI to word in the user's language
    assert [c.key for c in m.met] == ["advocate", "team"]
    assert [(c.key, c.numbers) for c in m.missing] == [
        ("coordinator", {}), ("coordinated", {"coordinated": 0, "needs": 3}),
        ("sources_owned", {"without": 11})]

    ps.assign_role(catalogue, shop["ada"], coordinator)
    rs.set_responsibility(catalogue, "A", need_id=shop["delivery"], person_id=shop["ada"])
    rs.set_responsibility(catalogue, "A", need_id=shop["late"], role_id=coordinator)
    for source in ss.list_sources(catalogue)[1:]:
        rs.set_responsibility(catalogue, "R", source_id=source.id, role_id=team)
    m = rs.maturity(catalogue)
    assert m.level == 2 and m.missing_for_next == [
        "give every collected source a Responsible or an owner (1 without)"]
    first = ss.list_sources(catalogue)[0]
    ss.update_source(catalogue, first.id, collect=False)  # a source not collected need not be owned
    m = rs.maturity(catalogue)
    assert m.level == 3
    assert m.missing_for_next == [
        "give an active person the executive sponsor role",
        "give every need a Responsible and an Accountable (1 without)",
    ]  # the third L4 condition is met: Ada, Bob and Cy all have a role

    ps.assign_role(catalogue, shop["bob"], sponsor)
    rs.set_responsibility(catalogue, "R", need_id=shop["price"], person_id=shop["cy"])
    rs.set_responsibility(catalogue, "A", need_id=shop["price"], person_id=shop["bob"])
    for name in ("Dee", "Eve", "Flo"):
        ps.add_person(catalogue, name)
    m = rs.maturity(catalogue)
    assert m.level == 3 and m.missing_for_next == [
        "give more than half of the active people a role (now 3 of 6)"]
    ps.set_active(catalogue, ps.list_people(catalogue)[-1].id, False)  # Flo leaves
    ps.assign_role(catalogue, ps.list_people(catalogue)[-1].id, team)  # Eve joins the team
    m = rs.maturity(catalogue)
    assert (m.level, m.missing_for_next) == (4, [])
    assert len(m.reasons_met) == 8

    ps.set_active(catalogue, shop["bob"], False)  # the sponsor leaves
    assert rs.maturity(catalogue).level == 3


def test_export_matrix_reopened_cell_by_cell(
    catalogue: Any, shop: dict[str, int], tmp_path: Path
) -> None:
    team = role(catalogue, "Advocacy team member")
    ps.assign_role(catalogue, shop["ada"], team)
    rs.set_responsibility(catalogue, "R", need_id=shop["delivery"], person_id=shop["bob"])
    rs.set_responsibility(catalogue, "R", need_id=shop["delivery"], role_id=team)
    rs.set_responsibility(catalogue, "A", need_id=shop["delivery"], person_id=shop["ada"])
    rs.set_responsibility(catalogue, "C", need_id=shop["price"], person_id=shop["cy"])
    rs.set_responsibility(catalogue, "I", source_id=shop["amazon"], role_id=team)
    rs.set_responsibility(catalogue, "R", source_id=shop["amazon"], person_id=shop["cy"])
    ps.update_person(catalogue, shop["cy"], name="=HYPERLINK(1)")
    out = tmp_path / "matrix.xlsx"
    assert rs.export_matrix(catalogue, out) == 3 + 11

    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Needs", "Sources"]
    needs = [[c.value for c in row] for row in book["Needs"].iter_rows()]
    header = ["Name", "Responsible", "Accountable", "Consulted", "Informed"]
    assert needs == [
        header,
        ["Delivery", "Bob, Advocacy team member", "Ada", None, None],
        [f"Delivery{ns.PATH_SEPARATOR}Late parcel", None, None, None, None],
        ["Price", None, None, "'=HYPERLINK(1)", None],
    ]
    fills = [row[0].fill.fgColor.rgb for row in book["Needs"].iter_rows(min_row=2)]
    assert fills == ["00000000", "00000000", "00" + rs.GAP_FILL]
    assert all(c.fill.fgColor.rgb == "00" + rs.GAP_FILL for c in book["Needs"][4])
    sources = [[c.value for c in row] for row in book["Sources"].iter_rows()]
    assert sources[0] == header and len(sources) == 12
    amazon = next(r for r in sources if r[0] == "Amazon")
    assert amazon == ["Amazon", "'=HYPERLINK(1)", None, None, "Advocacy team member"]
    gap_rows = [row[0].value for row in book["Sources"].iter_rows(min_row=2)
                if row[0].fill.fgColor.rgb == "00" + rs.GAP_FILL]
    assert "Amazon" not in gap_rows and len(gap_rows) == 10
    assert not list(tmp_path.glob(".matrix.xlsx.*"))  # no temporary file left behind
