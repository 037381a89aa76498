"""Sources: the defaults every catalogue starts with, counts, share and NPS per source, and
adding, changing and deleting sources with their audit trail. Checked against the database."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.db import migrate
from advocacy_desktop.db.catalogue import APPLICATION_ID, sqlite_engine
from advocacy_desktop.domain.nps import margin_of_error
from advocacy_desktop.services import import_service
from advocacy_desktop.services import sources_service as svc

SCORE = "How likely are you to recommend us? (0-10)"


def write_csv(path: Path, rows: list[tuple[str, Any, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Source", SCORE, "Comment"])
        writer.writerows(rows)
    return path


#: google: 2 promoters, 1 passive, 1 detractor; AMAZON: 2 detractors and a blank score;
#: one row without a source.
ROWS = [
    ("google", 10, "great"), ("google", 9, "good"), ("google", 8, "fine"),
    ("google", 3, "bad"), ("AMAZON", 0, "awful"), ("AMAZON", 1, "poor"),
    ("AMAZON", "", "no score"), ("", 9, "who said this?"),
]


@pytest.fixture
def imported(catalogue: Any, tmp_path: Path) -> Any:
    result = import_service.run_import(catalogue, write_csv(tmp_path / "mixed.csv", ROWS))
    assert result.imported == len(ROWS)
    return catalogue


def by_name(catalogue: Any) -> dict[str, svc.SourceInfo]:
    return {info.name: info for info in svc.list_sources(catalogue)}


def sql(catalogue: Any, query: str, **params: Any) -> list[tuple]:
    with catalogue.read() as session:
        return [tuple(r) for r in session.execute(text(query), params)]


def audit(catalogue: Any, source_id: int) -> list[tuple[str, Any, Any]]:
    rows = sql(catalogue, "SELECT action, before, after FROM audit_log WHERE entity = 'source'"
               " AND entity_id = :i ORDER BY id", i=str(source_id))
    return [(a, json.loads(b) if b else None, json.loads(c) if c else None) for a, b, c in rows]


def test_a_new_catalogue_has_every_default_source_exactly_once(catalogue: Any) -> None:
    rows = sql(catalogue, "SELECT name, kind, url, collect FROM source ORDER BY id")
    assert [r[0] for r in rows] == [d.name for d in svc.DEFAULT_SOURCES]
    assert len(rows) == 11
    assert all(kind in svc.SOURCE_KINDS for _n, kind, _u, _c in rows)
    assert ("Amazon", "marketplace", "https://www.amazon.com", 1) in rows
    assert ("Support desk", "support_desk", None, 1) in rows
    assert svc.seed_default_sources(catalogue) == 0
    assert sql(catalogue, "SELECT count(*) FROM source") == [(11,)]


def test_seeding_adds_only_what_is_missing_whatever_its_case(catalogue: Any) -> None:
    phone = by_name(catalogue)["Phone"].id
    svc.delete_source(catalogue, phone)
    svc.update_source(catalogue, by_name(catalogue)["Google"].id, name="google")
    assert svc.seed_default_sources(catalogue) == 1
    names = [r[0] for r in sql(catalogue, "SELECT name FROM source")]
    assert sorted(names) == sorted([d.name for d in svc.DEFAULT_SOURCES if d.name != "Google"]
                                   + ["google"])


def test_the_migration_fills_an_existing_catalogue_without_duplicates(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.advocacy"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.close()
    engine = sqlite_engine(path)
    with engine.connect() as connection, connection.begin():
        command.upgrade(migrate.alembic_config(connection), "0002_import")
        connection.execute(text("INSERT INTO source (uuid, name, kind, collect)"
                                " VALUES ('a', 'TRUSTPILOT', 'other', 0)"))
        connection.execute(text("INSERT INTO feedback (uuid, source_id, score, status, version)"
                                " SELECT 'f1', id, 9, 'new', 1 FROM source"))
    with engine.connect() as connection, connection.begin():
        command.upgrade(migrate.alembic_config(connection), "0003_sources")
        names = [n for (n,) in connection.execute(text("SELECT name FROM source ORDER BY id"))]
        uuids = [u for (u,) in connection.execute(text("SELECT uuid FROM source WHERE id > 1"))]
    assert len(names) == 11 and names[0] == "TRUSTPILOT" and "Trustpilot" not in names
    assert all(len(u) == 32 and int(u, 16) >= 0 for u in uuids) and len(set(uuids)) == 10
    with engine.connect() as connection, connection.begin():
        connection.execute(text("INSERT INTO feedback (uuid, source_id, score, status, version)"
                                " SELECT 'f2', id, 3, 'new', 1 FROM source WHERE name = 'Phone'"))
        command.downgrade(migrate.alembic_config(connection), "0002_import")
        left = sorted(n for (n,) in connection.execute(text("SELECT name FROM source")))
    engine.dispose()
    assert left == ["Phone", "TRUSTPILOT"]  # a default with feedback stays


def test_counts_share_and_nps_per_source(imported: Any) -> None:
    infos = by_name(imported)
    google, amazon = infos["Google"], infos["Amazon"]
    assert (google.items, google.share) == (4, 0.5)
    assert (google.nps.promoters, google.nps.passives, google.nps.detractors) == (2, 1, 1)
    assert google.nps.nps == 25.0
    assert (amazon.items, amazon.share, amazon.nps.n, amazon.nps.nps) == (3, 0.375, 2, -100.0)
    assert (infos["X"].items, infos["X"].share, infos["X"].nps.n) == (0, 0.0, 0)
    assert infos["X"].nps.nps is None
    assert svc.items_without_source(imported) == 1
    assert len(infos) == 11  # "google" and "AMAZON" landed on the defaults
    assert [i.name for i in svc.list_sources(imported)][:3] == ["Amazon", "E-mail", "Facebook"]


def test_the_counts_walk_the_covering_index(catalogue: Any) -> None:
    compiled = svc._counts_query().compile(
        catalogue.engine, compile_kwargs={"literal_binds": True})
    with catalogue.read() as session:
        plan = " ".join(
            str(row[-1]) for row in session.execute(
                text("EXPLAIN QUERY PLAN " + str(compiled)))
        )
    assert "COVERING INDEX ix_feedback_source_id_score" in plan
    assert "TEMP B-TREE" not in plan  # grouped in index order, no sort


def test_add_refuses_a_name_that_exists_in_another_case(catalogue: Any) -> None:
    with pytest.raises(ValueError, match="named 'Trustpilot' exists already"):
        svc.add_source(catalogue, "  TRUSTPILOT ")
    with pytest.raises(ValueError, match="needs a name"):
        svc.add_source(catalogue, "   ")
    with pytest.raises(ValueError, match="Unknown kind"):
        svc.add_source(catalogue, "Yelp", kind="blog")
    source_id = svc.add_source(catalogue, " Yelp  Reviews ", kind="review_site",
                               url="https://yelp.com", notes="  ", collect=False)
    info = svc.get_source(catalogue, source_id)
    assert (info.name, info.kind, info.url, info.notes, info.collect) == (
        "Yelp Reviews", "review_site", "https://yelp.com", None, False)
    assert audit(catalogue, source_id)[0][0] == "create"
    with pytest.raises(ValueError, match="exists already"):
        svc.add_source(catalogue, "yelp reviews")


def test_update_writes_audits_and_returns_what_it_replaced(catalogue: Any) -> None:
    with catalogue.write() as session:
        session.execute(text("INSERT INTO person (uuid, name, active) VALUES ('p', 'Ada', 1)"))
    ada = svc.list_people(catalogue)[0][0]
    x = by_name(catalogue)["X"].id
    before = svc.update_source(catalogue, x, collect=False, owner_id=ada, notes="Mentions")
    assert before == {"collect": True, "owner_id": None, "notes": None}
    info = svc.get_source(catalogue, x)
    assert (info.collect, info.owner_id, info.owner_name, info.notes) == (
        False, ada, "Ada", "Mentions")
    assert audit(catalogue, x) == [
        ("update", {"collect": True, "owner_id": None, "notes": None},
         {"collect": False, "owner_id": ada, "notes": "Mentions"}),
    ]
    assert svc.update_source(catalogue, x, collect=False) == {}  # nothing changes
    assert len(audit(catalogue, x)) == 1
    svc.update_source(catalogue, x, **before)  # how undo puts it back
    assert svc.get_source(catalogue, x).collect is True
    assert svc.update_source(catalogue, x, name="x") == {"name": "X"}  # its own name, recased
    with pytest.raises(ValueError, match="exists already"):
        svc.update_source(catalogue, x, name="google")
    with pytest.raises(ValueError, match="no person 99"):
        svc.update_source(catalogue, x, owner_id=99)
    with pytest.raises(TypeError, match="uuid"):
        svc.update_source(catalogue, x, uuid="0")
    with pytest.raises(svc.SourceNotFound):
        svc.update_source(catalogue, 999, collect=False)


def test_delete_moves_the_items_or_leaves_them_without_a_source(imported: Any) -> None:
    infos = by_name(imported)
    google, amazon, survey = infos["Google"].id, infos["Amazon"].id, infos["Survey"].id
    assert svc.delete_source(imported, google, move_items_to=survey) == 4
    infos = by_name(imported)
    assert "Google" not in infos and infos["Survey"].items == 4
    assert infos["Survey"].nps.nps == 25.0
    assert audit(imported, google)[-1] == (
        "delete",
        {"name": "Google", "kind": "review_site", "url": "https://www.google.com/maps",
         "notes": None, "owner_id": None, "collect": True},
        {"items": 4, "moved_to": survey, "moved_to_name": "Survey"},
    )
    assert svc.delete_source(imported, amazon) == 3
    assert sql(imported, "SELECT count(*) FROM feedback") == [(8,)]
    assert svc.items_without_source(imported) == 4
    with pytest.raises(ValueError, match="cannot be moved to the source being deleted"):
        svc.delete_source(imported, survey, move_items_to=survey)
    with pytest.raises(svc.SourceNotFound):
        svc.delete_source(imported, survey, move_items_to=12345)
    assert by_name(imported)["Survey"].items == 4  # the refused delete changed nothing


def test_list_people_gives_the_active_ones_by_name(catalogue: Any) -> None:
    with catalogue.write() as session:
        session.execute(text("INSERT INTO person (uuid, name, active) VALUES"
                             " ('1', 'zoë', 1), ('2', 'Bob', 0), ('3', 'Ali', 1)"))
    assert [name for _id, name in svc.list_people(catalogue)] == ["Ali", "zoë"]


def test_as_dict_for_the_command_line(imported: Any) -> None:
    google = by_name(imported)["Google"].as_dict()
    assert google["items"] == 4 and google["share"] == 0.5
    assert (google["n"], google["promoters"], google["nps"]) == (4, 2, 25.0)
    assert google["moe95"] == round(margin_of_error(2, 1, 1), 1) and google["moe95"] > 30
