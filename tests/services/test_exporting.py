"""Exporting filtered feedback to .xlsx and .csv: safe cells, atomic files, filters, extras."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from advocacy_desktop.services import exporting, feedback_query, privacy
from advocacy_desktop.services.feedback_filters import FeedbackFilter
from tests.services.test_nps_service import add_need, add_source

FORMULA = '=HYPERLINK("http://x","y")'


def add_item(catalogue: Any, **fields: Any) -> int:
    """One feedback row; `needs` tags it, `extra` is stored as JSON."""
    needs = fields.pop("needs", [])
    row = {"uuid": None, "score": None, "rating": None, "rating_scale": None,
           "received_on": None, "source_id": None, "text": None, "country": None,
           "customer_id": None, "external_id": None, "extra": None, **fields}
    if row["extra"] is not None:
        row["extra"] = json.dumps(row["extra"])
    with catalogue.write_connection() as conn:
        number = conn.execute(text("SELECT count(*) FROM feedback")).scalar_one()
        row["uuid"] = row["uuid"] or f"uuid-{number}"
        new_id = int(conn.execute(text(
            "INSERT INTO feedback (uuid, score, rating, rating_scale, received_on, source_id,"
            " text, country, customer_id, external_id, extra, status) VALUES (:uuid, :score,"
            " :rating, :rating_scale, :received_on, :source_id, :text, :country, :customer_id,"
            " :external_id, :extra, 'new') RETURNING id"), row).scalar_one())
        for need_id in needs:
            conn.execute(text("INSERT INTO feedback_need (feedback_id, need_id)"
                              " VALUES (:f, :n)"), {"f": new_id, "n": need_id})
    return new_id


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own for the exported files (the catalogue sits in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def filled(catalogue: Any) -> dict[str, int]:
    shop = add_source(catalogue, "Shop")
    app = add_source(catalogue, "App")
    price = add_need(catalogue, "Price")
    discounts = add_need(catalogue, "Discounts", price)
    delivery = add_need(catalogue, "Delivery")
    with catalogue.write_connection() as conn:
        customer = int(conn.execute(text(
            "INSERT INTO customer (uuid, name, erased) VALUES ('c1', 'Ada Lovelace', 0)"
            " RETURNING id")).scalar_one())
    add_item(catalogue, uuid="u-formula", score=3, text=FORMULA, source_id=shop,
             received_on="2025-01-10", needs=[discounts, delivery], customer_id=customer,
             external_id="007", extra={"Plan": "Gold", "Region": "-North"})
    add_item(catalogue, uuid="u-control", score=10, text="ok\x07 bell\x00", source_id=app,
             received_on="2025-02-01", extra={"Region": "South", "Tier": 2, "Tags": ["a"]})
    add_item(catalogue, uuid="u-rating", rating=4.0, rating_scale=5, text="+1 nice",
             source_id=app)
    for score in (9, 7, 0):
        add_item(catalogue, score=score, source_id=shop, received_on="2025-03-05",
                 text=f"plain {score}")
    return {"shop": shop, "app": app, "price": price, "delivery": delivery}


def read_xlsx(path: Path) -> tuple[list[str], list[list[Any]], Any]:
    book = load_workbook(path)
    sheet = book["Feedback"]
    rows = [list(r) for r in sheet.iter_rows()]
    return [c.value for c in rows[0]], rows[1:], sheet


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def test_xlsx_cells_are_text_not_formulas(catalogue: Any, filled: dict[str, int],
                                          out_dir: Path) -> None:
    out = out_dir / "items.xlsx"
    assert exporting.export_items(catalogue, out) == 6
    headers, rows, _sheet = read_xlsx(out)
    assert headers == [*exporting.HEADERS, "Plan", "Region", "Tier", "Tags"]
    first = {h: c for h, c in zip(headers, rows[0], strict=True)}
    assert first["ID"].value == "u-formula"
    assert first["Text"].data_type == "s"
    assert first["Text"].value == "'" + FORMULA
    assert first["Region"].value == "'-North"
    assert first["Needs"].value == "Delivery; Price › Discounts"
    assert first["Customer"].value == "Ada Lovelace"
    assert first["External ID"].value == "007"
    assert first["Received"].value.date() == date(2025, 1, 10)
    assert first["Score"].value == 3 and first["Category"].value == "detractor"
    second = {h: c.value for h, c in zip(headers, rows[1], strict=True)}
    assert second["Text"] == "ok bell"  # control characters stripped
    assert (second["Region"], second["Tier"], second["Tags"]) == ("South", 2, '["a"]')
    assert second["Plan"] is None
    third = {h: c.value for h, c in zip(headers, rows[2], strict=True)}
    assert third["Text"] == "'+1 nice"
    assert (third["Score"], third["Rating"], third["Rating scale"]) == (None, 4, 5)
    assert not any(c.data_type == "f" for row in rows for c in row)


def test_csv_cells_are_text_not_formulas(catalogue: Any, filled: dict[str, int],
                                         out_dir: Path) -> None:
    out = out_dir / "items.csv"
    assert exporting.export_items(catalogue, out) == 6
    headers, rows = read_csv(out)
    assert headers == [*exporting.HEADERS, "Plan", "Region", "Tier", "Tags"]
    first = dict(zip(headers, rows[0], strict=True))
    assert first["Text"] == "'" + FORMULA and first["Region"] == "'-North"
    assert first["Received"] == "2025-01-10" and first["External ID"] == "007"
    second = dict(zip(headers, rows[1], strict=True))
    assert second["Text"] == "ok bell" and second["Plan"] == ""
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


FILTERS = {
    "all": lambda ids: FeedbackFilter(),
    "source": lambda ids: FeedbackFilter(sources=(ids["shop"],)),
    "need-with-children": lambda ids: FeedbackFilter(needs=(ids["price"],)),
    "since": lambda ids: FeedbackFilter(date_from=date(2025, 2, 1)),
    "score": lambda ids: FeedbackFilter(score_max=6),
    "text": lambda ids: FeedbackFilter(text="plain"),
}
EXPECTED = {"all": 6, "source": 4, "need-with-children": 1, "since": 4, "score": 2, "text": 3}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("name", list(FILTERS))
def test_filters_respected(catalogue: Any, filled: dict[str, int], out_dir: Path,
                           suffix: str, name: str) -> None:
    flt = FILTERS[name](filled)
    out = out_dir / f"items{suffix}"
    written = exporting.export_items(catalogue, out, flt)
    assert written == feedback_query.count(catalogue, flt) == EXPECTED[name]
    rows = read_csv(out)[1] if suffix == ".csv" else read_xlsx(out)[1]
    assert len(rows) == written


def test_streams_in_chunks_with_progress(catalogue: Any, filled: dict[str, int],
                                         out_dir: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    monkeypatch.setattr(exporting, "CHUNK", 2)
    seen: list[tuple[int, int]] = []
    with exporting.reading(catalogue) as conn:
        columns = exporting.item_columns(conn, None)
        ids = [row[0] for row in exporting.item_rows(conn, None, columns, chunk=2)]
        limited = list(exporting.item_rows(conn, None, columns, chunk=4, limit=5))
    assert len(ids) == len(set(ids)) == 6 and len(limited) == 5
    out = out_dir / "items.csv"
    exporting.export_items(catalogue, out, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)


def test_extra_columns_capped(catalogue: Any, out_dir: Path) -> None:
    add_item(catalogue, score=9, extra={f"k{i}": i for i in range(5)})
    add_item(catalogue, score=9, extra={"late": 1, "k0": 2})
    with exporting.reading(catalogue) as conn:
        full = exporting.item_columns(conn, None)
        capped = exporting.item_columns(conn, None, cap=3)
    assert full.extra_keys == ("k0", "k1", "k2", "k3", "k4", "late")
    assert not full.extra_capped
    assert capped.extra_keys == ("k0", "k1", "k2") and capped.extra_capped


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_failure_leaves_previous_file(catalogue: Any, filled: dict[str, int], out_dir: Path,
                                      monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    out = out_dir / f"items{suffix}"
    out.write_bytes(b"previous export")
    original = exporting._row
    calls = {"n": 0}

    def failing(*args: Any) -> list[Any]:
        calls["n"] += 1
        if calls["n"] == 4:
            raise OSError("disk full")
        return original(*args)

    monkeypatch.setattr(exporting, "_row", failing)
    with pytest.raises(OSError, match="disk full"):
        exporting.export_items(catalogue, out)
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in out_dir.iterdir()) == [out.name]


def test_cancel_leaves_previous_file(catalogue: Any, filled: dict[str, int],
                                     out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exporting, "CHUNK", 2)
    out = out_dir / "items.xlsx"
    out.write_bytes(b"previous export")
    polls = {"n": 0}

    def cancelled() -> bool:
        polls["n"] += 1
        return polls["n"] > 2  # after two chunks

    with pytest.raises(InterruptedError):
        exporting.export_items(catalogue, out, cancelled=cancelled)
    assert out.read_bytes() == b"previous export"
    assert [p.name for p in out_dir.iterdir()] == [out.name]


def test_unknown_extension_refused(catalogue: Any, out_dir: Path) -> None:
    with pytest.raises(ValueError, match=r"\.xlsx or \.csv"):
        exporting.export_items(catalogue, out_dir / "items.ods")
    assert list(out_dir.iterdir()) == []


# ---------------------------------------------------------------- pseudonymised exports

PERSONAL = ("Ada Lovelace", "ada@example.com", "CUST-42", "+44 20 7946 0958", "0612345678",
            "grace@example.com")


@pytest.fixture
def personal(catalogue: Any) -> dict[str, str]:
    """Two customers whose name, e-mail, id and phone turn up in text and original columns."""
    shop = add_source(catalogue, "Shop")
    with catalogue.write_connection() as conn:
        ada, grace = (int(conn.execute(text(
            "INSERT INTO customer (uuid, name, email, external_id, match_key, erased)"
            " VALUES (:u, :n, :e, :x, :k, 0) RETURNING id"),
            {"u": u, "n": n, "e": e, "x": x, "k": f"id:{x}"}).scalar_one())
            for u, n, e, x in (("c-ada", "Ada Lovelace", "ada@example.com", "CUST-42"),
                               ("c-grace", "Grace Hopper", "grace@example.com", "CUST-7")))
    add_item(catalogue, score=9, source_id=shop, customer_id=ada, external_id="R1",
             text="Thanks! ada lovelace, reply to ada@example.com. Sum +12 or 1+2=3",
             extra={"Reviewer": " ADA LOVELACE ", "Phone": "0612345678", "Memo":
                    "ring +44 20 7946 0958", "Contact": "ada@example.com", "Ref": "CUST-42",
                    "Order": 12345678, "Date": "2025-01-10", "Plan": "Gold"})
    add_item(catalogue, score=3, source_id=shop, customer_id=ada, text="Late again")
    add_item(catalogue, score=10, source_id=shop, customer_id=grace,
             text="Grace Hopper says hi", extra={"Reviewer": "Grace Hopper",
                                                 "Alt": "+31 6 1234 5678"})
    add_item(catalogue, score=7, source_id=shop, text="write grace@example.com",
             extra={"Memo": "plain"})
    return {"ada": privacy.pseudonyms(catalogue)("c-ada"),
            "grace": privacy.pseudonyms(catalogue)("c-grace")}


def test_pseudonymised_csv_replaces_customers_and_removes_contact_data(
    catalogue: Any, personal: dict[str, str], out_dir: Path
) -> None:
    out = out_dir / "items.csv"
    assert exporting.export_items(catalogue, out, pseudonymise=True) == 4
    headers, rows = read_csv(out)
    items = [dict(zip(headers, row, strict=True)) for row in rows]
    ada, grace = personal["ada"], personal["grace"]
    assert [i["Customer"] for i in items] == [ada, ada, grace, ""]
    first = items[0]
    assert first["Text"] == f"Thanks! {ada}, reply to {ada}. Sum +12 or 1+2=3"
    assert first["Reviewer"] == ada
    assert first["Ref"] == ada
    assert (first["Phone"], first["Contact"]) == ("[removed]", ada)  # a "Phone" column: all
    assert first["Memo"] == "ring [removed]"
    assert (first["Order"], first["Date"], first["Plan"]) == ("12345678", "2025-01-10", "Gold")
    assert first["External ID"] == "R1"
    assert items[2]["Text"] == f"{grace} says hi"
    assert (items[2]["Reviewer"], items[2]["Alt"]) == (grace, "[removed]")
    assert items[3]["Text"] == "write [removed]"
    content = out.read_text(encoding="utf-8-sig").casefold()
    for value in ("ada lovelace", "ada@example.com", "cust-42", "0612345678", "grace hopper",
                  "grace@example.com", "cust-7"):
        assert value not in content


def test_pseudonymised_xlsx_holds_no_name_or_email(
    catalogue: Any, personal: dict[str, str], out_dir: Path
) -> None:
    out = out_dir / "items.xlsx"
    exporting.export_items(catalogue, out, pseudonymise=True)
    headers, rows, _sheet = read_xlsx(out)
    cells = [str(c.value).casefold() for row in rows for c in row if c.value is not None]
    for value in ("ada lovelace", "ada@example.com", "cust-42", "grace hopper",
                  "grace@example.com"):
        assert not any(value in cell for cell in cells)
    column = headers.index("Customer")
    assert [r[column].value for r in rows] == [personal["ada"]] * 2 + [personal["grace"], None]
    plain = out_dir / "plain.xlsx"
    exporting.export_items(catalogue, plain)
    _h, plain_rows, _s = read_xlsx(plain)
    assert plain_rows[0][column].value == "Ada Lovelace"  # without the option: the name


def test_pseudonyms_are_the_same_export_after_export(
    catalogue: Any, personal: dict[str, str], out_dir: Path
) -> None:
    first, second = out_dir / "first.csv", out_dir / "second.csv"
    exporting.export_items(catalogue, first, pseudonymise=True)
    add_item(catalogue, score=5, text="a later item")
    exporting.export_items(catalogue, second, pseudonymise=True)
    column = exporting.HEADERS.index("Customer")
    before = [r[column] for r in read_csv(first)[1]]
    after = [r[column] for r in read_csv(second)[1]]
    assert after[: len(before)] == before and before[0] == personal["ada"]


def test_a_pseudonymised_export_is_audited(
    catalogue: Any, personal: dict[str, str], out_dir: Path
) -> None:
    exporting.export_items(catalogue, out_dir / "items.csv", pseudonymise=True)
    exporting.export_items(catalogue, out_dir / "plain.csv")
    with catalogue.read() as session:
        rows = session.execute(text(
            "SELECT action, after FROM audit_log WHERE entity = 'export'")).all()
    assert [(a, json.loads(after)) for a, after in rows] == [
        ("export_pseudonymised", {"file": "items.csv", "items": 4})]


def test_pseudonymised_rows_stream_in_chunks(
    catalogue: Any, personal: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with exporting.reading(catalogue) as conn:
        columns = exporting.item_columns(conn, None)
        rows = list(exporting.item_rows(conn, None, columns, chunk=1, pseudonymise=True))
    column = exporting.HEADERS.index("Customer")
    assert [r[column] for r in rows] == [personal["ada"]] * 2 + [personal["grace"], None]


def test_pseudonymised_report_holds_no_name_or_email_and_is_audited(
    catalogue: Any, personal: dict[str, str], out_dir: Path
) -> None:

    from advocacy_desktop.services import report_workbook

    out = out_dir / "report.xlsx"
    report_workbook.write_report(catalogue, out, pseudonymise=True)
    book = load_workbook(out, read_only=True)
    cells = [str(value).casefold() for sheet in book.worksheets
             for row in sheet.iter_rows(values_only=True) for value in row if value is not None]
    book.close()
    assert any(personal["ada"].casefold() == cell for cell in cells)
    for value in ("ada lovelace", "ada@example.com", "cust-42", "grace hopper",
                  "grace@example.com"):
        assert not any(value in cell for cell in cells)
    with catalogue.read() as session:
        audited = session.execute(text(
            "SELECT after FROM audit_log WHERE action = 'export_pseudonymised'")).scalars().all()
    assert len(audited) == 1 and "report.xlsx" in str(audited[0])
