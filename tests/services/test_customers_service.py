"""Customers: keyset pages, one customer's history, duplicate candidates, merge and undo."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from advocacy_desktop.services import advocates_service as adv
from advocacy_desktop.services import customers_service as cs
from advocacy_desktop.services import import_service

TODAY = date(2025, 6, 30)
HEADERS = ["Review ID", "Date", "How likely are you to recommend us? (0-10)", "Comment",
           "Source", "Customer ID", "Email", "Name"]


def import_rows(catalogue: Any, path: Path, rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    assert import_service.run_import(catalogue, path).rejected == 0


def sql(catalogue: Any, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with catalogue.write_connection() as conn:
        return conn.connection.driver_connection.execute(query, params).fetchall()


def snapshot(catalogue: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {
        "customer": sql(catalogue, "SELECT * FROM customer ORDER BY id"),
        "feedback": sql(catalogue, "SELECT id, customer_id FROM feedback ORDER BY id"),
        "care": sql(catalogue, "SELECT * FROM care_entry ORDER BY id"),
    }


@pytest.fixture
def shop(catalogue: Any, tmp_path: Path) -> Any:
    # The same Ann three times: by id (with e-mail), by e-mail only, by name only (another
    # file without ids or e-mails); and two different people called Bob Stone.
    import_rows(catalogue, tmp_path / "crm.csv", [
        ["r1", "2025-01-10", 9, "Great", "Google", "C-1", "Ann@Example.com", "Ann Lee"],
        ["r2", "2025-02-10", 6, "Late delivery", "Google", "C-1", "", ""],
        ["r3", "2025-01-11", 10, "Fine", "Google", "C-2", "bob@example.com", "Bob Stone"],
        ["r4", "2025-01-12", 3, "No", "Google", "C-3", "bob.s@example.com", "bob  stone"],
    ])
    import_rows(catalogue, tmp_path / "survey.csv", [
        ["s1", "2025-03-01", 10, "Fixed, thanks", "Trustpilot", "", " ann@example.COM ", ""],
        ["s2", "2025-03-05", 9, "Good", "Trustpilot", "", "", "Ánn  Lee"],
        ["s3", "", 8, "Undated", "Trustpilot", "", "zoe@example.com", "Zoe"],
    ])
    return catalogue


def ids(catalogue: Any) -> dict[str, int]:
    return {key: cid for cid, key in sql(catalogue, "SELECT id, match_key FROM customer")}


def test_keyset_pages_and_search(shop: Any) -> None:
    first = cs.list_customers(shop, limit=2)
    second = cs.list_customers(shop, limit=2, after=first[-1].id)
    rest = cs.list_customers(shop, limit=10, after=second[-1].id)
    every = first + second + rest
    assert [c.id for c in every] == sorted(c.id for c in every) and len(every) == 6
    ann = next(c for c in every if c.external_id == "C-1")
    assert (ann.name, ann.answers, ann.latest_score, ann.latest_day) == (
        "Ann Lee", 2, 6, date(2025, 2, 10))
    assert [c.name for c in cs.list_customers(shop, search="STONE")] == ["Bob Stone",
                                                                         "bob stone"]
    assert [c.name for c in cs.list_customers(shop, search="zoe@")] == ["Zoe"]
    assert cs.list_customers(shop, search="100%") == []  # % is a character, not a wildcard


def test_customer_detail_has_history_latest_trend_and_open_items(shop: Any) -> None:
    ann = ids(shop)["id:C-1"]
    sql(shop, "UPDATE feedback SET status = 'closed' WHERE external_id = 'r1'")
    detail = cs.customer_detail(shop, ann, today=TODAY)
    assert [(h.day, h.score, h.source, h.status) for h in detail.history] == [
        (date(2025, 2, 10), 6, "Google", "new"), (date(2025, 1, 10), 9, "Google", "closed")]
    assert detail.history[0].excerpt == "Late delivery"
    assert (detail.latest_score, detail.trend, detail.answers) == (6, -3, 2)
    assert not detail.is_advocate and detail.risk == ("fallen_promoter",)
    assert detail.open_items == 1 and detail.overdue_items == 1  # detractor, never contacted
    with pytest.raises(cs.CustomerError):
        cs.customer_detail(shop, 999)


def test_duplicate_candidates_share_a_normalised_email_or_name(shop: Any) -> None:
    key = ids(shop)
    pairs = {(p.reason, p.first.id, p.second.id) for p in cs.duplicate_candidates(shop)}
    assert pairs == {
        ("email", key["id:C-1"], key["email:ann@example.com"]),
        ("name", key["id:C-1"], key["name:ann  lee"]),  # folded, spaces as written
        ("name", key["id:C-2"], key["id:C-3"]),
    }
    assert len(cs.duplicate_candidates(shop, limit=1)) == 1
    assert sql(shop, "SELECT count(*) FROM customer") == [(6,)]  # nothing merged


def test_merge_then_undo_restores_ids_and_links_exactly(shop: Any, tmp_path: Path) -> None:
    key = ids(shop)
    keep, other = key["email:ann@example.com"], key["id:C-1"]
    adv.log_care(shop, other, "appreciation", date(2025, 3, 2))
    before = snapshot(shop)
    change = cs.merge_customers(shop, keep, other)
    after = snapshot(shop)
    assert other not in [row[0] for row in after["customer"]]
    assert {cid for _f, cid in after["feedback"][:2]} == {keep}  # r1, r2 moved
    assert [row[1] for row in after["care"]] == [keep]  # care_entry.customer_id
    kept = cs.customer_detail(shop, keep, today=TODAY)
    # keep's empty name and external id were filled; the stronger "id:" key is kept
    assert (kept.raw_name, kept.external_id, kept.email) == ("Ann Lee", "C-1",
                                                            "ann@example.com")
    assert sql(shop, "SELECT match_key FROM customer WHERE id = ?", (keep,)) == [("id:C-1",)]
    assert kept.answers == 3 and kept.latest_score == 10
    audit = sql(shop, "SELECT entity_id, before, after FROM audit_log"
                      " WHERE action = 'merge_customer'")
    assert audit[0][0] == str(keep) and json.loads(audit[0][1])["merged"]["id"] == other
    # a later import by the customer id lands on the kept customer
    import_rows(shop, tmp_path / "later.csv",
                [["r9", "2025-04-01", 10, "Again", "Google", "C-1", "", ""]])
    assert sql(shop, "SELECT customer_id FROM feedback WHERE external_id = 'r9'") == [(keep,)]
    sql(shop, "DELETE FROM feedback WHERE external_id = 'r9'")

    cs.undo_merge(shop, change)
    assert snapshot(shop) == before
    assert sql(shop, "SELECT count(*) FROM audit_log WHERE action = 'undo_merge_customer'") \
        == [(1,)]


def test_merge_refuses_erased_and_self(shop: Any) -> None:
    key = ids(shop)
    a, b = key["id:C-2"], key["id:C-3"]
    with pytest.raises(cs.CustomerError, match="itself"):
        cs.merge_customers(shop, a, a)
    sql(shop, "UPDATE customer SET erased = 1 WHERE id = ?", (b,))
    before = snapshot(shop)
    with pytest.raises(cs.CustomerError, match="erased"):
        cs.merge_customers(shop, a, b)
    with pytest.raises(cs.CustomerError, match="erased"):
        cs.merge_customers(shop, b, a)
    assert snapshot(shop) == before
    assert all(b not in (p.first.id, p.second.id) for p in cs.duplicate_candidates(shop))


def test_undo_refuses_when_the_key_was_taken_again(shop: Any, tmp_path: Path) -> None:
    key = ids(shop)
    keep, other = key["id:C-2"], key["id:C-3"]
    change = cs.merge_customers(shop, keep, other)
    # keep had the "id:" key already: C-3's key is free, a re-import creates C-3 again
    import_rows(shop, tmp_path / "again.csv",
                [["r10", "2025-05-01", 7, "Hm", "Google", "C-3", "", ""]])
    with pytest.raises(cs.CustomerError, match="cannot be undone"):
        cs.undo_merge(shop, change)
    assert sql(shop, "SELECT customer_id FROM feedback WHERE external_id = 'r4'") == [(keep,)]
