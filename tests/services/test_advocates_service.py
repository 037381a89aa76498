"""Brand advocates, at-risk customers, reminders and the care log, on real catalogues."""

from __future__ import annotations

import csv
import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from advocacy_desktop.domain import advocacy as rules
from advocacy_desktop.services import advocates_service as adv
from advocacy_desktop.services import import_service, people_service

TODAY = date(2025, 6, 30)
HEADERS = ["Review ID", "Date", "How likely are you to recommend us? (0-10)", "Comment",
           "Source", "Customer ID", "Email", "Name"]


def import_rows(catalogue: Any, tmp_path: Path, rows: list[list[Any]]) -> None:
    path = tmp_path / f"rows{random.random()}.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    result = import_service.run_import(catalogue, path)
    assert result.rejected == 0, result


def sql(catalogue: Any, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with catalogue.write_connection() as conn:
        return conn.connection.driver_connection.execute(query, params).fetchall()


def customer_id(catalogue: Any, external_id: str) -> int:
    return sql(catalogue, "SELECT id FROM customer WHERE external_id = ?", (external_id,))[0][0]


@pytest.fixture
def shop(catalogue: Any, tmp_path: Path) -> Any:
    """Five customers with hand-made histories (see the test names)."""
    import_rows(catalogue, tmp_path, [
        ["a1", "2025-01-10", 9, "Great", "Google", "A", "ann@example.com", "Ann"],
        ["a2", "2025-02-10", 10, "Still great", "Trustpilot", "A", "", ""],
        ["a3", "2025-03-10", 9, "Love it", "Trustpilot", "A", "", ""],
        ["b1", "2025-01-05", 10, "Nice", "Google", "B", "bob@example.com", "Bob"],
        ["b2", "2025-04-05", 6, "Worse", "Google", "B", "", ""],
        ["c1", "2024-11-01", 3, "Bad", "Support desk", "C", "", "Cleo"],
        ["c2", "2025-02-01", 5, "Bad again", "Support desk", "C", "", ""],
        ["c3", "2025-05-01", 2, "Awful", "Support desk", "C", "", ""],
        ["d1", "2025-01-01", 3, "Meh", "Google", "D", "", "Dan"],
        ["d2", "2025-05-20", 9, "Fixed!", "Google", "D", "", ""],
        ["e1", "2025-06-01", 4, "Hmm", "Google", "E", "", "Eve"],
        ["e2", "2025-06-01", 10, "Oh, now it works", "Google", "E", "", ""],
    ])
    return catalogue


def test_advocates_are_the_customers_whose_latest_score_is_nine_or_ten(shop: Any) -> None:
    found = {a.name: a for a in adv.advocates(shop, today=TODAY)}
    assert sorted(found) == ["Ann", "Dan", "Eve"]
    ann = found["Ann"]
    assert (ann.latest_score, ann.trend, ann.answers) == (9, -1, 3)
    assert ann.advocate_since == date(2025, 1, 10)
    assert ann.last_care is None and ann.days_without_attention == (TODAY - date(2025, 1, 10)).days
    assert ann.due_attention  # 171 days >= 90
    assert ann.sources == (rules.SourceCount("Trustpilot", 2, 2),
                           rules.SourceCount("Google", 1, 1))
    assert found["Dan"].advocate_since == date(2025, 5, 20) and found["Dan"].trend == 6
    # the same day: the later item (e2) is the newer answer
    assert found["Eve"].latest_score == 10 and found["Eve"].advocate_since == date(2025, 6, 1)
    assert not found["Eve"].due_attention and found["Eve"].days_without_attention == 29


def test_at_risk_fallen_promoters_and_repeat_detractors(shop: Any) -> None:
    found = {r.name: r for r in adv.at_risk(shop, today=TODAY)}
    assert sorted(found) == ["Bob", "Cleo"]
    bob = found["Bob"]
    assert bob.kinds == (rules.FALLEN_PROMOTER,)
    assert bob.fall == rules.Fall(10, date(2025, 1, 5), 6, date(2025, 4, 5))
    cleo = found["Cleo"]
    assert cleo.kinds == (rules.REPEAT_DETRACTOR,) and cleo.detractor_answers == 3
    # a shorter window: only c3 is within 60 days -> not a repeat any more
    assert [r.name for r in adv.at_risk(shop, today=TODAY, window_days=60)] == ["Bob"]


def test_reminders_order_overdue_item_first_then_days(shop: Any) -> None:
    dan, eve = customer_id(shop, "D"), customer_id(shop, "E")
    # Eve's 4 was followed up (contacted); Dan's was not
    sql(shop, "UPDATE feedback SET contacted_on = '2025-06-02' WHERE external_id = 'e1'")
    # Dan's open detractor item d1 is long past its follow-up day: overdue
    assert [a.name for a in adv.advocates(shop, today=TODAY)] == ["Dan", "Ann", "Eve"]
    dan_row = next(a for a in adv.advocates(shop, today=TODAY) if a.customer_id == dan)
    assert dan_row.overdue_items == 1 and dan_row.open_items == 2 and not dan_row.due_attention
    assert [a.name for a in adv.reminders(shop, today=TODAY)] == ["Dan", "Ann"]
    # once contacted, Dan's problem is not overdue: Dan drops to the rest
    sql(shop, "UPDATE feedback SET contacted_on = '2025-01-02' WHERE external_id = 'd1'")
    assert [a.name for a in adv.advocates(shop, today=TODAY)] == ["Ann", "Dan", "Eve"]
    # an explicit due date in the past on a closed item does not count; on an open one it does
    sql(shop, "UPDATE feedback SET due_on = '2025-06-01', status = 'closed'"
              " WHERE external_id = 'e2'")
    assert adv.advocates(shop, today=TODAY)[-1].name == "Eve"
    sql(shop, "UPDATE feedback SET status = 'in_progress' WHERE external_id = 'e2'")
    assert adv.advocates(shop, today=TODAY)[0].customer_id == eve


def test_due_exactly_at_care_days_and_counted_from_the_last_care(shop: Any) -> None:
    eve = customer_id(shop, "E")
    since = date(2025, 6, 1)
    assert adv.care_days(shop) == 90
    adv.set_care_days(shop, 30)
    assert adv.care_days(shop) == 30

    def eve_row(today: date) -> adv.Advocate:
        return next(a for a in adv.advocates(shop, today=today) if a.customer_id == eve)

    assert not eve_row(since + timedelta(days=29)).due_attention
    assert eve_row(since + timedelta(days=30)).due_attention
    adv.log_care(shop, eve, "appreciation", since + timedelta(days=20),
                 today=since + timedelta(days=30))
    row = eve_row(since + timedelta(days=30))
    assert row.last_care == (since + timedelta(days=20), "appreciation")
    assert row.days_without_attention == 10 and not row.due_attention
    assert eve_row(since + timedelta(days=50)).due_attention
    with pytest.raises(adv.CareError):
        adv.set_care_days(shop, 0)
    audits = sql(shop, "SELECT before, after FROM audit_log WHERE action = 'set_care_days'")
    assert [json.loads(a) for _b, a in audits] == [{"care_days": 30}]


def test_log_delete_restore_care_with_audit(shop: Any) -> None:
    ann = customer_id(shop, "A")
    person = people_service.add_person(shop, "Ada")
    entry_id = adv.log_care(shop, ann, "recognition", date(2025, 6, 1), person, " Thanked ")
    log = adv.care_log(shop, ann)
    assert [(e.id, e.practice, e.done_on, e.person, e.note) for e in log] == [
        (entry_id, "recognition", date(2025, 6, 1), "Ada", "Thanked")]
    before = sql(shop, "SELECT * FROM care_entry WHERE id = ?", (entry_id,))
    removed = adv.delete_care(shop, entry_id)
    assert removed == log[0] and adv.care_log(shop, ann) == []
    adv.restore_care(shop, removed)
    assert sql(shop, "SELECT * FROM care_entry WHERE id = ?", (entry_id,)) == before
    actions = sql(shop, "SELECT action, entity, entity_id FROM audit_log"
                        " WHERE entity = 'care_entry' ORDER BY id")
    assert actions == [("log_care", "care_entry", str(entry_id)),
                       ("delete_care", "care_entry", str(entry_id)),
                       ("restore_care", "care_entry", str(entry_id))]
    with pytest.raises(adv.CareError):
        adv.restore_care(shop, removed)  # twice: it is there already


@pytest.mark.parametrize(("practice", "day", "customer", "message"), [
    ("gratitude", date(2025, 6, 1), "A", "not one of the practices"),
    ("presence", date(2025, 7, 1), "A", "future"),
    ("presence", date(2025, 6, 1), None, "no customer"),
])
def test_log_care_refuses(shop: Any, practice: str, day: date, customer: str | None,
                          message: str) -> None:
    cid = customer_id(shop, customer) if customer else 9999
    with pytest.raises(adv.CareError, match=message):
        adv.log_care(shop, cid, practice, day, today=TODAY)
    assert sql(shop, "SELECT count(*) FROM care_entry") == [(0,)]


def test_erased_customers_are_no_advocates_and_get_no_care(shop: Any) -> None:
    ann = customer_id(shop, "A")
    sql(shop, "UPDATE customer SET erased = 1, name = NULL, email = NULL WHERE id = ?", (ann,))
    assert ann not in [a.customer_id for a in adv.advocates(shop, today=TODAY)]
    with pytest.raises(adv.CareError, match="erased"):
        adv.log_care(shop, ann, "presence", date(2025, 6, 1), today=TODAY)


def test_service_agrees_with_the_domain_rules_on_random_histories(catalogue: Any) -> None:
    """The grouped SQL + fast path gives what domain.advocacy gives over each history,
    with same-day ties and undated answers (their day is the import day)."""
    rnd = random.Random(7)
    histories: dict[int, list[rules.Answer]] = {}
    with catalogue.write_connection() as conn:
        raw = conn.connection.driver_connection
        fid = 0
        for cid in range(1, 301):
            raw.execute("INSERT INTO customer (id, uuid, name, match_key, erased)"
                        " VALUES (?, ?, ?, ?, 0)", (cid, f"u{cid}", f"C{cid}", f"name:c{cid}"))
            answers = []
            for _ in range(rnd.randint(1, 6)):
                fid = rnd.randint(fid + 1, fid + 3)
                day = date(2024, 6, 1) + timedelta(days=rnd.randint(0, 12) * 30)
                received = None if rnd.random() < 0.2 else day
                imported = date(2024, 6, 1) + timedelta(days=rnd.randint(0, 12) * 30)
                score = rnd.choice([0, 3, 5, 6, 7, 8, 9, 9, 10, 10])
                raw.execute(
                    "INSERT INTO feedback (id, uuid, customer_id, received_on, score, status,"
                    " created_at, source_id) VALUES (?, ?, ?, ?, ?, 'closed', ?, ?)",
                    (fid, f"f{fid}", cid, received and received.isoformat(), score,
                     f"{imported.isoformat()} 12:00:00", rnd.choice([None, 1, 2])))
                answers.append(rules.Answer(fid, score, received, imported))
            histories[cid] = answers
    today = date(2025, 6, 1)
    expected_adv, expected_risk = {}, {}
    for cid, answers in histories.items():
        h = rules.order_answers(answers)
        if rules.is_advocate(h):
            expected_adv[cid] = (h[-1][1], rules.trend(h), len(h), rules.advocate_since(h))
        kinds = rules.risk_kinds(h, today)
        if kinds:
            expected_risk[cid] = (kinds, rules.fallen_promoter(h), rules.trend(h))
    got_adv = {a.customer_id: (a.latest_score, a.trend, a.answers, a.advocate_since)
               for a in adv.advocates(catalogue, today=today)}
    got_risk = {r.customer_id: (r.kinds, r.fall, r.trend)
                for r in adv.at_risk(catalogue, today=today)}
    assert got_adv == expected_adv and len(expected_adv) > 50
    assert got_risk == expected_risk and len(expected_risk) > 30
