"""Bulk tagging and source changes: exactly what changed, undo by the inverse, audit rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.services import import_service, tagging


@pytest.fixture
def items(catalogue: Any, tmp_path: Path) -> list[int]:
    path = tmp_path / "f.csv"
    path.write_text(
        "NPS,Comment,Needs,Source\n9,fast,Delivery,Google\n2,pricey,Price,Google\n"
        "5,slow,,Trustpilot\n",
        encoding="utf-8",
    )
    import_service.run_import(catalogue, path)
    with catalogue.read() as session:
        return list(session.execute(text("SELECT id FROM feedback ORDER BY id")).scalars())


def need_id(catalogue: Any, name: str) -> int:
    with catalogue.read() as session:
        return session.execute(
            text("SELECT id FROM need WHERE name = :n"), {"n": name}
        ).scalar_one()


def links(catalogue: Any) -> set[tuple[int, str]]:
    with catalogue.read() as session:
        rows = session.execute(
            text("SELECT fn.feedback_id, n.name FROM feedback_need fn JOIN need n"
                 " ON n.id = fn.need_id")
        ).all()
    return {(r[0], r[1]) for r in rows}


def test_tag_changes_only_items_without_the_need_and_untag_undoes_it(
    catalogue: Any, items: list[int]
) -> None:
    price = need_id(catalogue, "Price")
    before = links(catalogue)
    change = tagging.tag(catalogue, items, price)
    assert change.ids == (items[0], items[2])  # items[1] already had Price
    assert {(i, "Price") for i in items} <= links(catalogue)
    tagging.untag(catalogue, change.ids, price)
    assert links(catalogue) == before
    with catalogue.read() as session:
        audit = session.execute(
            text("SELECT action, entity_id, before, after FROM audit_log"
                 " WHERE entity = 'feedback' ORDER BY id")
        ).all()
        versions = session.execute(text("SELECT version FROM feedback ORDER BY id")).scalars()
        assert list(versions) == [3, 1, 3]
    assert [(a, int(e)) for a, e, _b, _a in audit] == [
        ("tag", items[0]), ("tag", items[2]), ("untag", items[0]), ("untag", items[2])]
    assert json.loads(audit[0][3]) == {"need": "Price", "need_id": price}


def test_toggle_tags_all_when_any_lacks_it_else_untags_all(
    catalogue: Any, items: list[int]
) -> None:
    delivery = need_id(catalogue, "Delivery")
    action, change = tagging.toggle(catalogue, items[:2], delivery)
    assert (action, change.ids) == ("tag", (items[1],))
    action, change = tagging.toggle(catalogue, items[:2], delivery)
    assert (action, change.ids) == ("untag", (items[0], items[1]))
    assert not any(name == "Delivery" for _i, name in links(catalogue))


def test_set_source_in_bulk_and_restore(catalogue: Any, items: list[int]) -> None:
    with catalogue.read() as session:
        sources = dict(session.execute(text("SELECT name, id FROM source")).all())
        original = list(session.execute(
            text("SELECT source_id FROM feedback ORDER BY id")).scalars())
    change = tagging.set_source(catalogue, items, sources["Trustpilot"])
    assert sorted(change.previous) == items[:2]
    with catalogue.read() as session:
        now = list(session.execute(text("SELECT source_id FROM feedback ORDER BY id")).scalars())
    assert now == [sources["Trustpilot"]] * 3
    tagging.restore_sources(catalogue, change)
    with catalogue.read() as session:
        back = list(session.execute(text("SELECT source_id FROM feedback ORDER BY id")).scalars())
    assert back == original
    with pytest.raises(LookupError):
        tagging.set_source(catalogue, items, 99_999)
    with pytest.raises(LookupError):
        tagging.tag(catalogue, items, 99_999)
