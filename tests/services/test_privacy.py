"""Privacy: stable pseudonyms, and erasing one customer's personal data while their scores stay
in every statistic."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.db import summaries
from advocacy_desktop.services import (
    catalogue_service,
    import_service,
    nps_service,
    privacy,
    tagging,
    workflow_service,
)
from tests.services.test_nps_service import add_need

HEADERS = ["Review ID", "Date", "How likely are you to recommend us? (0-10)", "Comment",
           "Source", "Email", "Customer name", "Customer id", "Phone", "Internal memo"]
ADA = ("Ada Lovelace", "ada.lovelace@example.com", "CUST-0042")
ADA_WORD = "zanzibarish"  # a word only Ada wrote
ADA_PHONE = "+44 20 7946 0958"
ROWS = [
    ["R1", "2025-03-01", 9, f"The {ADA_WORD} parcel arrived late", "Trustpilot", ADA[1],
     ADA[0], ADA[2], ADA_PHONE, f"call {ADA[0]} back"],
    ["R2", "2025-04-02", 3, f"Still waiting: write to {ADA[1]}", "Google", ADA[1], ADA[0],
     ADA[2], ADA_PHONE, "priority"],
    ["R3", "2025-03-05", 10, "Lovely service", "Trustpilot", "grace@example.com",
     "Grace Hopper", "CUST-0007", "", "regular"],
    ["R4", "2025-04-06", 6, "Too expensive", "Google", "grace@example.com", "Grace Hopper",
     "CUST-0007", "", ""],
    ["R5", "2025-04-07", 8, "Fine", "Google", "alan@example.com", "Alan Turing", "", "", ""],
    ["R6", "2025-04-08", "eleven", f"{ADA_WORD} again", "Google", ADA[1], ADA[0], ADA[2],
     "", ""],  # rejected: its row (with Ada's data) lands in rejected_row
]


def write_csv(path: Path, rows: list[list[Any]], headers: list[str] = HEADERS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def customer_id(catalogue: Any, email: str) -> int:
    with catalogue.read() as session:
        return int(session.execute(text("SELECT id FROM customer WHERE email = :e"),
                                   {"e": email}).scalar_one())


def item_ids(catalogue: Any, customer: int) -> list[int]:
    with catalogue.read() as session:
        return list(session.execute(text(
            "SELECT id FROM feedback WHERE customer_id = :c ORDER BY id"), {"c": customer}
        ).scalars())


@pytest.fixture
def ada(catalogue: Any, tmp_path: Path) -> int:
    """A catalogue where Ada's data is everywhere: her items (text, extra, notes), a rejected
    row, tagging and workflow audit copies, a care note, another customer's merge audit."""
    result = import_service.run_import(catalogue, write_csv(tmp_path / "reviews.csv", ROWS))
    assert (result.imported, result.rejected) == (5, 1)
    ada_id = customer_id(catalogue, ADA[1])
    items = item_ids(catalogue, ada_id)
    assert len(items) == 2
    need = add_need(catalogue, "Delivery")
    tagging.tag(catalogue, items, need)
    workflow_service.set_notes(catalogue, items[:1], f"Phoned {ADA[0]} on {ADA_PHONE}")
    with catalogue.write_connection() as conn:
        conn.execute(text(
            "INSERT INTO care_entry (uuid, customer_id, practice, done_on, note)"
            " VALUES ('care-1', :c, 'appreciation', '2025-05-01', :n)"),
            {"c": ada_id, "n": f"Thank-you card to {ADA[0]}"})
        grace = conn.execute(text(
            "SELECT uuid FROM customer WHERE email = 'grace@example.com'")).scalar_one()
        conn.execute(text(
            "INSERT INTO audit_log (actor, action, entity, entity_id, before, after)"
            " VALUES ('t', 'merge', 'customer', :g, :b, '{\"kept\": \"Grace Hopper\"}')"),
            {"g": grace, "b": json.dumps({"merged": {"name": ADA[0], "email": ADA[1].upper(),
                                                     "items": 2}})})
    return ada_id


def personal_hits(catalogue: Any, needles: list[str]) -> list[str]:
    """Every table, every column (text, JSON and the search index's blobs) that holds one of
    the needles, compared without case; JSON-escaped forms count too."""
    forms = {n.casefold() for n in needles} | {json.dumps(n)[1:-1].casefold() for n in needles}
    hits = []
    with catalogue.read() as session:
        conn = session.connection().connection.driver_connection
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for column, value in zip(columns, row, strict=True):
                    if isinstance(value, bytes):
                        found = [f for f in forms if f.encode() in value.lower()]
                    elif value is not None:
                        found = [f for f in forms if f in str(value).casefold()]
                    else:
                        found = []
                    hits.extend(f"{table}.{column}: {f}" for f in found)
        word_hits = conn.execute(
            "SELECT count(*) FROM feedback_fts_word WHERE feedback_fts_word MATCH ?",
            (ADA_WORD,)).fetchone()[0]
        if word_hits:
            hits.append(f"feedback_fts_word MATCH {ADA_WORD}: {word_hits}")
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab"
                     " USING fts5vocab(main, 'feedback_fts_word', 'row')")
        if conn.execute("SELECT count(*) FROM temp.vocab WHERE term = ?",
                        (ADA_WORD,)).fetchone()[0]:
            hits.append(f"feedback_fts_word vocabulary: {ADA_WORD}")
    return sorted(set(hits))


NEEDLES = [*ADA, ADA_WORD, "Lovelace", "7946 0958"]


def statistics(catalogue: Any) -> tuple[Any, ...]:
    return (nps_service.overall(catalogue), nps_service.grouped(catalogue, "source"),
            nps_service.grouped(catalogue, "month"), nps_service.grouped(catalogue, "need"))


def test_pseudonyms_are_stable_keyed_and_short() -> None:
    secret = "ab" * 32
    first = privacy.pseudonym(secret, "uuid-1")
    assert re.fullmatch(r"Customer [A-Z2-7]{10}", first)
    assert privacy.pseudonym(secret, "uuid-1") == first
    assert privacy.pseudonym(secret, "uuid-2") != first
    assert privacy.pseudonym("cd" * 32, "uuid-1") != first
    names = privacy.Pseudonyms(secret)
    assert names("uuid-1") == first


def test_two_catalogues_give_the_same_customer_different_pseudonyms(
    catalogue: Any, tmp_path: Path
) -> None:
    other_path = tmp_path / "other.advocacy"
    with catalogue_service.create(other_path) as other:
        theirs = privacy.pseudonyms(other)("same-uuid")
    ours = privacy.pseudonyms(catalogue)
    assert ours("same-uuid") != theirs
    assert privacy.pseudonyms(catalogue)("same-uuid") == ours("same-uuid")


def test_a_catalogue_without_a_secret_gets_one_once(catalogue: Any) -> None:
    with catalogue.write_connection() as conn:
        conn.execute(text("DELETE FROM catalogue_setting WHERE key = 'pseudonym_secret'"))
    first = privacy.pseudonyms(catalogue)("u")
    assert privacy.pseudonyms(catalogue)("u") == first
    with catalogue.read() as session:
        secret = session.execute(text(
            "SELECT value FROM catalogue_setting WHERE key = 'pseudonym_secret'")).scalar_one()
    assert len(secret) == 64


@pytest.mark.parametrize(("value", "phone"), [
    ("+44 20 7946 0958", True), ("0044 20 7946 0958", True), ("06-12345678", True),
    ("(020) 7946 0958", True), ("0612345678", True), ("612 345 678", True),
    ("2025-01-10", False), ("10/01/2025", False), ("12345678", False), ("1234567.89", False),
    ("R-12", False), ("+1 555", False), ("Gold", False), ("call 0612345678", False),
])
def test_phone_rule(value: str, phone: bool) -> None:
    assert privacy.looks_like_phone(value) is phone


def test_erasure_keeps_every_statistic_and_leaves_no_personal_data(
    catalogue: Any, ada: int
) -> None:
    before = statistics(catalogue)
    assert personal_hits(catalogue, ["Grace Hopper"])  # the scan does find what is there
    assert len(personal_hits(catalogue, NEEDLES)) > 8

    report = privacy.erase_customer(catalogue, ada)

    assert statistics(catalogue) == before
    with catalogue.read() as session:
        conn = session.connection().connection.driver_connection
        assert summaries.differences(conn) == []
        kept = conn.execute(
            "SELECT score, received_on, source_id, status, text, notes, extra, external_id,"
            " dedupe_key FROM feedback WHERE customer_id = ? ORDER BY id", (ada,)).fetchall()
        customer = conn.execute(
            "SELECT name, email, external_id, erased, match_key, uuid FROM customer"
            " WHERE id = ?", (ada,)).fetchone()
        needs = conn.execute("SELECT count(*) FROM feedback_need JOIN feedback"
                             " ON feedback.id = feedback_id WHERE customer_id = ?",
                             (ada,)).fetchone()[0]
    assert [(r[0], r[1], r[3]) for r in kept] == [(9, "2025-03-01", "new"),
                                                 (3, "2025-04-02", "new")]
    assert all(r[4:8] == (None, None, None, None) and r[8] for r in kept)
    assert needs == 2
    assert customer[:4] == (None, None, None, 1)
    assert customer[4] == f"erased:{customer[5]}"
    assert personal_hits(catalogue, NEEDLES) == []
    assert personal_hits(catalogue, ["Grace Hopper", "grace@example.com"])  # others untouched
    assert report.items == 2 and report.care_entries == 1
    assert report.audit_rows_replaced == 3  # two tags, one note
    assert report.audit_rows_scrubbed == 1  # Grace's merge named Ada
    assert report.rejected_rows_blanked == 1


def test_erased_text_is_gone_from_the_file_itself(
    catalogue_path: Path, tmp_path: Path
) -> None:
    with catalogue_service.open_existing(catalogue_path) as catalogue:
        import_service.run_import(catalogue, write_csv(tmp_path / "r.csv", ROWS))
        privacy.erase_customer(catalogue, customer_id(catalogue, ADA[1]))
    data = catalogue_path.read_bytes().lower()
    for needle in (ADA_WORD, ADA[1], "lovelace"):
        assert needle.encode() not in data
    assert b"grace@example.com" in data


def test_the_erasure_is_audited_without_personal_data(catalogue: Any, ada: int) -> None:
    report = privacy.erase_customer(catalogue, ada)
    with catalogue.read() as session:
        rows = session.execute(text(
            "SELECT action, entity, entity_id, before, after FROM audit_log"
            " WHERE action = 'erase'")).all()
    assert len(rows) == 1
    action, entity, entity_id, before, after = rows[0]
    assert (action, entity, entity_id, before) == ("erase", "customer", report.customer_uuid,
                                                   None)
    assert json.loads(after) == {k: v for k, v in report.as_dict().items()
                                 if k != "customer_uuid"}
    assert not any(n.casefold() in after.casefold() for n in NEEDLES)
    with catalogue.read() as session:
        copies = session.execute(text(
            "SELECT before, after FROM audit_log WHERE entity = 'feedback'"
            " AND entity_id IN (SELECT CAST(id AS TEXT) FROM feedback WHERE customer_id = :c)"),
            {"c": ada}).all()
    assert copies and all(json.loads(a) == {"erased": True} for _b, a in copies)


def test_erasing_twice_or_an_unknown_customer_is_refused(catalogue: Any, ada: int) -> None:
    privacy.erase_customer(catalogue, ada)
    with pytest.raises(privacy.AlreadyErased, match="already erased"):
        privacy.erase_customer(catalogue, ada)
    with pytest.raises(LookupError, match="no customer with id 9999"):
        privacy.erase_customer(catalogue, 9999)
    with catalogue.read() as session:
        erasures = session.execute(text(
            "SELECT count(*) FROM audit_log WHERE action = 'erase'")).scalar_one()
    assert erasures == 1


@pytest.mark.parametrize("with_ids", [True, False], ids=["review ids", "content hash"])
def test_importing_the_old_file_again_does_not_bring_the_erased_rows_back(
    catalogue: Any, tmp_path: Path, with_ids: bool
) -> None:
    headers = HEADERS if with_ids else HEADERS[1:]
    rows = ROWS[:5] if with_ids else [r[1:] for r in ROWS[:5]]
    path = write_csv(tmp_path / "old.csv", rows, headers)
    assert import_service.run_import(catalogue, path).imported == 5
    ada = customer_id(catalogue, ADA[1])
    privacy.erase_customer(catalogue, ada)

    again = import_service.run_import(catalogue, path)

    assert (again.imported, again.duplicates) == (0, 5)
    with catalogue.read() as session:
        items = session.execute(text("SELECT count(*) FROM feedback")).scalar_one()
        texts = session.execute(text(
            "SELECT count(*) FROM feedback WHERE text LIKE :w OR text LIKE :e"),
            {"w": f"%{ADA_WORD}%", "e": f"%{ADA[1]}%"}).scalar_one()
    assert (items, texts) == (5, 0)
    assert item_ids(catalogue, ada) != []  # the anonymous scores are still hers
    assert privacy.find_customers(catalogue, ADA[1]) == []  # no new record of her either


def test_find_customers_by_uuid_external_id_or_email(catalogue: Any, ada: int) -> None:
    with catalogue.read() as session:
        uuid = session.execute(text("SELECT uuid FROM customer WHERE id = :c"),
                               {"c": ada}).scalar_one()
    for ident in (uuid, ADA[2], ADA[1].upper(), f"  {ADA[1]} "):
        found = privacy.find_customers(catalogue, ident)
        assert [(c.id, c.items, c.erased) for c in found] == [(ada, 2, False)]
    assert privacy.find_customers(catalogue, "nobody@example.com") == []
    assert privacy.find_customers(catalogue, "") == []
    with catalogue.write_connection() as conn:  # a second record with the same e-mail
        conn.execute(text("INSERT INTO customer (uuid, external_id, email, match_key, erased)"
                          " VALUES ('other', 'X-1', :e, 'id:X-1', 0)"), {"e": ADA[1]})
    assert len(privacy.find_customers(catalogue, ADA[1])) == 2
    privacy.erase_customer(catalogue, ada)
    assert [c.erased for c in privacy.find_customers(catalogue, uuid)] == [True]
