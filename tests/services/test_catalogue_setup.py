"""The first catalogue as the guide's choices say, built whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_desktop.db.errors import CatalogueExists
from advocacy_desktop.services import (
    catalogue_service,
    catalogue_setup,
    needs_service,
    people_service,
    rules,
    sources_service,
    starter_needs,
)
from advocacy_desktop.services.catalogue_setup import FirstCatalogue


def test_the_guides_choices_are_what_the_catalogue_holds(tmp_path: Path) -> None:
    path = tmp_path / "first.advocacy"
    plan = FirstCatalogue(
        drop_sources=("Tripadvisor", "X"),
        own_sources=(("Etsy", "marketplace"),),
        not_collected=("Instagram", "Etsy"),
        starter_needs=True,
        need_names={"Price": "Preis", "Discounts": "Rabatte"},
        person_name="Ada Lovelace",
        person_email="ada@example.com",
        role_name="Advocacy coordinator",
    )
    assert catalogue_setup.create_first(path, plan) == path
    assert catalogue_service.check(path).ok
    with catalogue_service.open_existing(path, read_only=True) as catalogue:
        sources = {s.name: s for s in sources_service.list_sources(catalogue)}
        needs = [n.path for n in needs_service.list_needs(catalogue)]
        people = people_service.list_people(catalogue)
        rule_count = len(rules.list_rules(catalogue))
    expected = {d.name for d in sources_service.DEFAULT_SOURCES} - {"Tripadvisor", "X"}
    assert set(sources) == expected | {"Etsy"}
    assert sources["Etsy"].kind == "marketplace"
    assert not sources["Instagram"].collect and not sources["Etsy"].collect
    assert sources["Amazon"].collect
    assert needs[:2] == ["Preis", "Preis › Rabatte"] and len(needs) == 14
    assert rule_count > 100
    assert [(p.name, p.email, p.roles) for p in people] == [
        ("Ada Lovelace", "ada@example.com", ("Advocacy coordinator",))]


def test_no_choices_give_the_plain_new_catalogue(tmp_path: Path) -> None:
    path = catalogue_setup.create_first(tmp_path / "plain.advocacy", FirstCatalogue())
    with catalogue_service.open_existing(path, read_only=True) as catalogue:
        counts = catalogue_service.count_rows(catalogue)
    assert (counts.sources, counts.needs, counts.people) == (11, 0, 0)


def test_starter_needs_without_rules(tmp_path: Path) -> None:
    path = catalogue_setup.create_first(
        tmp_path / "n.advocacy", FirstCatalogue(starter_needs=True, need_rules=False))
    with catalogue_service.open_existing(path, read_only=True) as catalogue:
        assert [n.name for n in needs_service.list_needs(catalogue)] == starter_needs.all_names()
        assert rules.list_rules(catalogue) == []


def test_an_existing_file_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.advocacy"
    catalogue_service.create(path).close()
    before = path.read_bytes()
    with pytest.raises(CatalogueExists):
        catalogue_setup.create_first(path, FirstCatalogue(person_name="Someone"))
    assert path.read_bytes() == before


def test_a_failure_half_way_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "first.advocacy"
    plan = FirstCatalogue(own_sources=(("Etsy", "no-such-kind"),))
    with pytest.raises(ValueError):
        catalogue_setup.create_first(path, plan)
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(catalogue_setup.SetupCancelled):
        catalogue_setup.create_first(tmp_path / "c.advocacy", FirstCatalogue(),
                                     should_cancel=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_free_path_counts_up(tmp_path: Path) -> None:
    assert catalogue_setup.free_path(tmp_path, "demo") == tmp_path / "demo.advocacy"
    (tmp_path / "demo.advocacy").touch()
    (tmp_path / "demo-2.advocacy").touch()
    assert catalogue_setup.free_path(tmp_path, "demo") == tmp_path / "demo-3.advocacy"
