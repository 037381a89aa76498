"""Customers, advocates, the care log, merges and erasure on a real PostgreSQL catalogue: the
same data as a file and copied to PostgreSQL gives the same answers (the copy keeps ids)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.db.team import TeamCatalogue, open_team_catalogue
from advocacy_desktop.services import (
    advocates_service as adv,
)
from advocacy_desktop.services import (
    catalogue_copy,
    catalogue_service,
    customers_service,
    import_service,
    people_service,
    privacy,
)

pytest.importorskip("psycopg", reason="the 'team' extra (psycopg) is not installed")

TODAY = date(2025, 6, 30)
HEADERS = ["Review ID", "Date", "How likely are you to recommend us? (0-10)", "Comment",
           "Source", "Customer ID", "Email", "Name"]
ROWS = [
    ["a1", "2025-01-10", 9, "Great", "Google", "A", "ann@example.com", "Ann"],
    ["a2", "2025-02-10", 10, "Still great", "Trustpilot", "A", "", ""],
    ["a3", "2025-03-10", 9, "Love it, Ann Smith here", "Trustpilot", "A", "", ""],
    ["b1", "2025-01-05", 10, "Nice", "Google", "B", "bob@example.com", "Bob"],
    ["b2", "2025-04-05", 6, "Worse", "Google", "B", "", ""],
    ["c1", "2024-11-01", 3, "Bad", "Support desk", "C", "", "Cleo"],
    ["c2", "2025-02-01", 5, "Bad again", "Support desk", "C", "", ""],
    ["c3", "2025-05-01", 2, "Awful", "Support desk", "C", "", ""],
    ["d1", "2025-01-01", 3, "Meh", "Google", "D", "", "Dan"],
    ["d2", "2025-05-20", 9, "Fixed!", "Google", "D", "", ""],
    ["e1", "2025-06-01", 4, "Hmm", "Google", "E", "", "Eve"],
    ["e2", "2025-06-01", 10, "Oh, now it works", "Google", "E", "", ""],
    # the same person twice: once by id, once by e-mail only (a duplicate pair)
    ["f1", "2025-03-01", 8, "Ok", "Survey", "F", "Fay@Example.com", "Fay Ünal"],
    ["f2", "2025-04-01", 9, "Better", "Survey", "", "fay@example.com", "Fay Ünal"],
    ["g1", "2025-03-05", 7, "Fine", "Survey", "G", "", "BOB"],  # a name pair with B
]


def _import(catalogue: Any, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        writer.writerows(ROWS)
    assert import_service.run_import(catalogue, path).rejected == 0


def _customer(catalogue: Any, external_id: str) -> int:
    with catalogue.read() as session:
        return session.execute(text("SELECT id FROM customer WHERE external_id = :e"),
                               {"e": external_id}).scalar_one()


def _nps(catalogue: Any) -> tuple[int, int, int]:
    """(promoters, detractors, answers) over every item, straight from the table."""
    with catalogue.read() as session:
        return tuple(session.execute(text(
            "SELECT count(*) FILTER (WHERE score >= 9), count(*) FILTER (WHERE score <= 6),"
            " count(score) FROM feedback")).one())


@pytest.fixture
def both(tmp_path: Path, pg_url: str) -> Iterator[tuple[Any, TeamCatalogue]]:
    """The same data as a file and copied to PostgreSQL, with a care entry and a setting."""
    file = catalogue_service.create(tmp_path / "shop.advocacy")
    _import(file, tmp_path / "rows.csv")
    alice = people_service.add_person(file, "Alice", "alice@example.com")
    adv.log_care(file, _customer(file, "A"), "appreciation", date(2025, 4, 1), alice,
                 "Thank-you card")
    adv.set_care_days(file, 60)
    catalogue_copy.copy(file, pg_url)
    team = open_team_catalogue(pg_url)
    yield file, team
    team.close()
    file.close()


def test_advocates_at_risk_and_reminders_are_the_same(both: tuple[Any, TeamCatalogue]) -> None:
    file, team = both
    assert adv.care_days(team) == 60
    ours, theirs = adv.advocates(file, today=TODAY), adv.advocates(team, today=TODAY)
    assert [a.name for a in theirs] == [a.name for a in ours]
    assert {"Ann", "Dan", "Eve"} <= {a.name for a in theirs}
    assert theirs == ours  # every field of every dataclass, ids included
    ann = next(a for a in theirs if a.name == "Ann")
    assert ann.last_care == (date(2025, 4, 1), "appreciation") and ann.answers == 3
    at_risk = adv.at_risk(team, today=TODAY)
    assert at_risk == adv.at_risk(file, today=TODAY)
    assert sorted(r.name for r in at_risk) == ["Bob", "Cleo"]
    assert adv.reminders(team, today=TODAY) == adv.reminders(file, today=TODAY)
    assert adv.at_risk(team, today=TODAY, window_days=60) == adv.at_risk(
        file, today=TODAY, window_days=60)


def test_customer_list_detail_and_duplicates_are_the_same(
        both: tuple[Any, TeamCatalogue]) -> None:
    file, team = both
    assert customers_service.list_customers(team) == customers_service.list_customers(file)
    page = customers_service.list_customers(team, limit=2)
    assert len(page) == 2
    assert customers_service.list_customers(team, after=page[-1].id) == \
        customers_service.list_customers(file, after=page[-1].id)
    # the search ignores case on both engines
    found = customers_service.list_customers(team, search="ANN@")
    assert [c.name for c in found] == ["Ann"] == [
        c.name for c in customers_service.list_customers(file, search="ANN@")]
    for external_id in ("A", "C", "E"):
        cid = _customer(file, external_id)
        assert customers_service.customer_detail(team, cid, today=TODAY) == \
            customers_service.customer_detail(file, cid, today=TODAY)
    pairs = customers_service.duplicate_candidates(team)
    assert pairs == customers_service.duplicate_candidates(file)
    assert {p.reason for p in pairs} == {"email", "name"}
    assert privacy.find_customers(team, "ANN@example.com") == \
        privacy.find_customers(file, "ANN@example.com") != []


def test_care_entry_logged_deleted_and_restored(both: tuple[Any, TeamCatalogue]) -> None:
    _file, team = both
    dan = _customer(team, "D")
    with team.read() as session:
        alice = session.execute(text("SELECT id FROM person WHERE name = 'Alice'")).scalar_one()
    entry_id = adv.log_care(team, dan, "recognition", date(2025, 6, 1), alice, "Badge 🎖")
    log = adv.care_log(team, dan)
    assert [(e.id, e.practice, e.done_on, e.note) for e in log] == [
        (entry_id, "recognition", date(2025, 6, 1), "Badge 🎖")]
    assert next(a for a in adv.advocates(team, today=TODAY)
                if a.customer_id == dan).last_care == (date(2025, 6, 1), "recognition")
    removed = adv.delete_care(team, entry_id)
    assert adv.care_log(team, dan) == []
    adv.restore_care(team, removed)
    assert adv.care_log(team, dan) == log  # same id, uuid and creation time
    with pytest.raises(adv.CareError):
        adv.restore_care(team, removed)
    # the sequence still hands out fresh ids after the restore
    assert adv.log_care(team, dan, "presence", date(2025, 6, 2)) > entry_id
    adv.set_care_days(team, 45)
    assert adv.care_days(team) == 45
    with team.read() as session:
        actions = list(session.execute(text(
            "SELECT action FROM audit_log WHERE entity = 'care_entry' ORDER BY id")).scalars())
    assert actions[-4:] == ["log_care", "delete_care", "restore_care", "log_care"]


def test_merge_and_undo(both: tuple[Any, TeamCatalogue]) -> None:
    _file, team = both
    pair = next(p for p in customers_service.duplicate_candidates(team) if p.reason == "email")
    keep, other = pair.first.id, pair.second.id
    before = customers_service.list_customers(team)
    detail = customers_service.customer_detail(team, other, today=TODAY)
    change = customers_service.merge_customers(team, keep, other)
    assert change.feedback_ids == tuple(h.feedback_id for h in reversed(detail.history))
    assert other not in {c.id for c in customers_service.list_customers(team)}
    assert customers_service.customer_detail(team, keep, today=TODAY).answers == 2
    customers_service.undo_merge(team, change)
    assert customers_service.list_customers(team) == before
    assert customers_service.customer_detail(team, other, today=TODAY) == detail
    with pytest.raises(customers_service.CustomerError):
        customers_service.undo_merge(team, change)


def test_erasure_keeps_nps_and_empties_the_personal_fields(
        both: tuple[Any, TeamCatalogue]) -> None:
    _file, team = both
    ann = _customer(team, "A")
    nps_before = _nps(team)
    with team.read() as session:
        scores = session.execute(text(
            "SELECT id, score FROM feedback WHERE customer_id = :c ORDER BY id"),
            {"c": ann}).all()
    report = privacy.erase_customer(team, ann)
    assert report.items == 3 and report.care_entries == 1
    assert report.audit_rows_replaced > 0
    with team.read() as session:
        row = session.execute(text(
            "SELECT name, email, external_id, erased, match_key FROM customer WHERE id = :c"),
            {"c": ann}).one()
        items = session.execute(text(
            "SELECT id, score, text, notes, extra, external_id FROM feedback"
            " WHERE customer_id = :c ORDER BY id"), {"c": ann}).all()
        notes = session.execute(text("SELECT note FROM care_entry WHERE customer_id = :c"),
                                {"c": ann}).scalars().all()
        audit = " ".join(str(v) for v in session.execute(text(
            "SELECT before::text, after::text FROM audit_log")).all()).casefold()
    assert row[:4] == (None, None, None, True) and row[4].startswith("erased:")
    assert [(i[0], i[1]) for i in items] == [tuple(s) for s in scores]
    assert all(i[2:] == (None, None, None, None) for i in items)
    assert notes == [None]
    assert "ann@example.com" not in audit and "thank-you card" not in audit
    assert _nps(team) == nps_before
    assert ann not in {a.customer_id for a in adv.advocates(team, today=TODAY)}
    assert customers_service.customer_detail(team, ann, today=TODAY).erased
    with pytest.raises(privacy.AlreadyErased):
        privacy.erase_customer(team, ann)
    with pytest.raises(adv.CareError):
        adv.log_care(team, ann, "presence", date(2025, 6, 1))
