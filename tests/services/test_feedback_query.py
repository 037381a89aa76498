"""Browsing feedback: filters, keyset pages, positional rows, search in every UI language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from advocacy_desktop.domain.nps import Category
from advocacy_desktop.services import feedback_query as q
from advocacy_desktop.services.feedback_query import FeedbackFilter

TEXTS = [
    "Fast delivery and friendly support",
    "Schnelle Lieferung, aber die Verpackung war beschädigt.",
    "고객서비스도 친절하고 배송도 빨랐어요.",
    "Ürün güzel ama kargo çok geç geldi, IŞIK yanmıyor",
    "Yeni ışık çok parlak",
    "işık ve ses",
    "İstanbul mağazası harika",
    "istanbul'da teslimat hızlı",
    "The price was too high",
    None,
]


@pytest.fixture
def shop(catalogue):
    """40 items over 2 sources, needs Price > Discounts and Delivery, 2 people, 2 batches;
    dates repeat (keyset ties) and four items have no date."""
    with catalogue.write_connection() as connection:
        conn = connection.connection.driver_connection
        conn.execute("DELETE FROM source")  # a revision may seed default sources
        conn.executemany(
            "INSERT INTO source (id, uuid, name, kind, collect) VALUES (?, ?, ?, 'other', 1)",
            [(1, "s1", "Amazon"), (2, "s2", "Trustpilot")],
        )
        conn.executemany(
            "INSERT INTO need (id, uuid, parent_id, name, position) VALUES (?, ?, ?, ?, 0)",
            [(1, "n1", None, "Price"), (2, "n2", 1, "Discounts"), (3, "n3", None, "Delivery")],
        )
        conn.executemany(
            "INSERT INTO person (id, uuid, name, active) VALUES (?, ?, ?, 1)",
            [(1, "p1", "Ada"), (2, "p2", "Grace")],
        )
        conn.executemany(
            "INSERT INTO import_batch (id, uuid, file_name) VALUES (?, ?, ?)",
            [(1, "b1", "a.csv"), (2, "b2", "b.xlsx")],
        )
        rows = []
        for i in range(1, 41):
            day = None if i % 10 == 0 else date(2024, 1, 1 + i % 7).isoformat()
            rows.append(
                (
                    i,
                    f"f{i}",
                    1 + i % 2,
                    1 + i % 2 if i % 3 else None,
                    day,
                    i % 11,
                    (i % 5) + 1.0 if i % 4 == 0 else None,
                    5 if i % 4 == 0 else None,
                    TEXTS[i % len(TEXTS)],
                    ("new", "triaged", "resolved")[i % 3],
                    (1, 2, None)[i % 3],
                    f'{{"Order": "{i}"}}',
                )
            )
        conn.executemany(
            "INSERT INTO feedback (id, uuid, source_id, batch_id, received_on, score, rating,"
            " rating_scale, text, status, assignee_id, extra)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        links = [(i, 2) for i in range(1, 41, 4)] + [(i, 1) for i in range(2, 41, 8)]
        links += [(i, 3) for i in range(3, 41, 5)]
        conn.executemany(
            "INSERT INTO feedback_need (feedback_id, need_id, origin) VALUES (?, ?, 'manual')",
            links,
        )
    return catalogue


def _all_rows(catalogue) -> list[tuple]:
    """Every item as (id, received_on, source_id, batch_id, score, rating, status,
    assignee_id, text, need ids), straight from the table."""
    with catalogue.read() as session:
        conn = session.connection().connection.driver_connection
        needs: dict[int, set[int]] = {}
        for fid, nid in conn.execute("SELECT feedback_id, need_id FROM feedback_need"):
            needs.setdefault(fid, set()).add(nid)
        return [
            (*row, needs.get(row[0], set()))
            for row in conn.execute(
                "SELECT id, received_on, source_id, batch_id, score, rating, status,"
                " assignee_id, text FROM feedback"
            )
        ]


def _expected_order(rows: list[tuple]) -> list[int]:
    dated = sorted((r for r in rows if r[1] is not None), key=lambda r: (r[1], r[0]))
    undated = sorted((r for r in rows if r[1] is None), key=lambda r: r[0])
    return [r[0] for r in reversed(dated)] + [r[0] for r in reversed(undated)]


def _walk(catalogue, flt: FeedbackFilter, limit: int) -> list[int]:
    ids: list[int] = []
    after = None
    while True:
        found = q.page(catalogue, flt, after=after, limit=limit)
        ids.extend(v.id for v in found)
        if len(found) < limit:
            return ids
        after = found[-1].key


@pytest.mark.parametrize("limit", [1, 3, 7, 200])
def test_keyset_pages_concatenate_to_the_whole_order(shop, limit: int) -> None:
    expected = _expected_order(_all_rows(shop))
    assert len(expected) == 40
    assert _walk(shop, FeedbackFilter(), limit) == expected


FILTERS = {
    "sources": (FeedbackFilter(sources=(2,)), lambda r: r[2] == 2),
    "category": (
        FeedbackFilter(categories=frozenset({Category.DETRACTOR, Category.PROMOTER})),
        lambda r: r[4] is not None and (r[4] <= 6 or r[4] >= 9),
    ),
    "score range": (FeedbackFilter(score_min=3, score_max=7), lambda r: 3 <= r[4] <= 7),
    "rating": (FeedbackFilter(rating_min=3), lambda r: r[5] is not None and r[5] >= 3),
    "dates": (
        FeedbackFilter(date_from=date(2024, 1, 3), date_to=date(2024, 1, 5)),
        lambda r: r[1] is not None and "2024-01-03" <= r[1] <= "2024-01-05",
    ),
    "status": (FeedbackFilter(statuses=("new", "resolved")), lambda r: r[6] != "triaged"),
    "assignee": (FeedbackFilter(assignees=(2,)), lambda r: r[7] == 2),
    "batch": (FeedbackFilter(batch_id=1), lambda r: r[3] == 1),
    "need with children": (FeedbackFilter(needs=(1,)), lambda r: bool(r[9] & {1, 2})),
    "child need only": (FeedbackFilter(needs=(2,)), lambda r: 2 in r[9]),
    "no need": (FeedbackFilter(no_need=True), lambda r: not r[9]),
    "combined": (
        FeedbackFilter(
            sources=(1,), categories=frozenset({Category.DETRACTOR}), statuses=("new", "triaged")
        ),
        lambda r: r[2] == 1 and r[4] <= 6 and r[6] in ("new", "triaged"),
    ),
    "text and source": (
        FeedbackFilter(sources=(1,), text="ışık"),
        lambda r: r[2] == 1 and r[8] in TEXTS[3:6],
    ),
}


@pytest.mark.parametrize("name", list(FILTERS))
def test_filters_select_exactly_the_matching_rows(shop, name: str) -> None:
    flt, keep = FILTERS[name]
    rows = _all_rows(shop)
    expected = _expected_order([r for r in rows if keep(r)])
    assert 0 < len(expected) < 40, "the fixture must make the filter mean something"
    assert _walk(shop, flt, 4) == expected
    assert q.count(shop, flt) == len(expected)
    known = q.positions(shop, flt, stride=3)
    assert known.count == len(expected)
    assert [v.id for v in q.rows_at(shop, flt, 0, 100, known=known)] == expected


def test_rows_at_any_position_with_and_without_positions(shop) -> None:
    flt = FeedbackFilter()
    expected = _expected_order(_all_rows(shop))
    known = q.positions(shop, flt, stride=7)
    assert known.anchors[1].id == expected[7]
    for start in (0, 5, 7, 13, 30, 36, 39):
        want = expected[start : start + 6]
        assert [v.id for v in q.rows_at(shop, flt, start, 6, known=known)] == want
        assert [v.id for v in q.rows_at(shop, flt, start, 6, total=40)] == want
        assert [v.id for v in q.rows_at(shop, flt, start, 6)] == want


def _search(catalogue, text: str) -> set[int]:
    found = {v.id for v in q.page(catalogue, FeedbackFilter(text=text), limit=1000)}
    assert q.count(catalogue, FeedbackFilter(text=text)) == len(found)
    return found


def _ids_with(catalogue, text: str) -> set[int]:
    return {r[0] for r in _all_rows(catalogue) if r[8] == text}


def test_korean_substring_is_found_inside_a_longer_word(shop) -> None:
    korean = _ids_with(shop, TEXTS[2])
    assert korean
    assert _search(shop, "서비스") == korean  # inside 고객서비스도: needs the trigram index
    assert _search(shop, "배송") == korean  # two syllables: LIKE
    assert _search(shop, "고객") == korean  # a word prefix


def test_turkish_dotted_and_dotless_i_find_each_other(shop) -> None:
    light = _ids_with(shop, TEXTS[3]) | _ids_with(shop, TEXTS[4]) | _ids_with(shop, TEXTS[5])
    for query in ("ışık", "IŞIK", "işık", "ISIK"):
        assert _search(shop, query) == light, query
    istanbul = _ids_with(shop, TEXTS[6]) | _ids_with(shop, TEXTS[7])
    assert _search(shop, "İstanbul") == istanbul
    assert _search(shop, "istanbul") == istanbul


def test_words_ignore_case_and_diacritics_and_all_terms_must_match(shop) -> None:
    german = _ids_with(shop, TEXTS[1])
    assert _search(shop, "BESCHADIGT") == german
    assert _search(shop, "lieferung verpackung") == german
    assert _search(shop, "lieferung price") == set()
    assert _search(shop, "deliv") == _ids_with(shop, TEXTS[0])  # a prefix


def test_search_index_follows_updates_and_deletes(shop) -> None:
    with shop.write() as session:
        conn = session.connection().connection.driver_connection
        conn.execute("UPDATE feedback SET text = 'Kundenservice 고객센터 응답' WHERE id = 2")
        conn.execute("DELETE FROM feedback WHERE id = 12")
        conn.execute("UPDATE feedback SET text = NULL WHERE id = 22")
    assert _search(shop, "고객센터") == {2}
    assert 2 not in _search(shop, "lieferung")
    assert _search(shop, "lieferung") == _ids_with(shop, TEXTS[1])
    assert 12 not in _search(shop, "서비스") and 22 not in _search(shop, "서비스")


def test_detail_has_every_original_column_the_customer_and_history(shop) -> None:
    with shop.write() as session:
        conn = session.connection().connection.driver_connection
        conn.execute(
            "INSERT INTO customer (id, uuid, name, email, erased)"
            " VALUES (1, 'c1', 'Lee', 'l@x.kr', 0)"
        )
        conn.execute("UPDATE feedback SET customer_id = 1 WHERE id = 5")
        conn.execute(
            "INSERT INTO audit_log (actor, action, entity, entity_id, before, after)"
            " VALUES ('ada', 'set_status', 'feedback', '5', '{\"status\": \"new\"}',"
            ' \'{"status": "triaged"}\')'
        )
    found = q.detail(shop, 5)
    assert found is not None
    assert found.text == TEXTS[5]
    assert found.extra == {"Order": "5"}
    assert (found.customer_id, found.customer_name, found.customer_email) == (1, "Lee", "l@x.kr")
    assert found.needs == ("Discounts",)
    assert found.batch_file == "b.xlsx"
    assert [(h.actor, h.action, h.after) for h in found.history] == [
        ("ada", "set_status", {"status": "triaged"})
    ]
    assert q.detail(shop, 999) is None


def test_bulk_import_fills_the_search_index(catalogue, tmp_path: Path, monkeypatch) -> None:
    """The import's bulk path suspends the index triggers and fills the index per batch."""
    from advocacy_desktop.services.import_service import run_import
    from advocacy_desktop.services.importing import writer

    monkeypatch.setattr(writer, "BULK_MIN_ROWS", 1)
    csv = tmp_path / "reviews.csv"
    csv.write_text(
        "Date,Score,Comment\n2024-01-02,9,고객서비스도 친절하고\n2024-01-03,3,IŞIK yok\n",
        encoding="utf-8",
    )
    assert run_import(catalogue, csv).imported == 2
    assert len(_search(catalogue, "서비스")) == 1
    assert len(_search(catalogue, "ışık")) == 1
    with catalogue.read() as session:
        conn = session.connection().connection.driver_connection
        triggers = conn.execute(
            "SELECT count(*) FROM sqlite_master"
            " WHERE type = 'trigger' AND name LIKE 'feedback_fts%'"
        ).fetchone()[0]
    assert triggers == 3
