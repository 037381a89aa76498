"""Column mapping: detection from real headers in six languages, corrections and templates."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advocacy_desktop.domain.fields import FIELDS, Field
from advocacy_desktop.domain.mapping import (
    Mapping,
    apply_template,
    detect_mapping,
    has_recommend_cue,
    header_signature,
    missing_headers,
    normalise_header,
    parser_for,
    unique_headers,
)
from advocacy_desktop.domain.values import DateOrder, ValueRejected

F = Field


def mapped(mapping: Mapping) -> dict[str, str]:
    return {fld.value: header for fld, header in mapping.fields.items()}


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("RELATIONSHIP_NPS", "relationship nps"),
        ("customerID", "customer id"),
        ("RecommendationScore", "recommendation score"),
        ("NPSScore", "nps score"),
        ("İSİM", "isim"),
        ("Müşteri Adı", "musteri adi"),
        ("KULLANICI ADI", "kullanici adi"),
        ("E-Mail-Adresse", "e mail adresse"),
        ("  Probabilità di raccomandazione (0-10) ", "probabilita di raccomandazione 0 10"),
        ("평점", "평점"),
        ("리뷰 내용", "리뷰 내용"),
        (None, ""),
    ],
)
def test_normalise_header(header, key) -> None:
    assert normalise_header(header) == key


# ---------------------------------------------------------------- the real headers of the issue


def test_real_nps_headers_map_to_score() -> None:
    for header in ("Recommandation Score", "RELATIONSHIP_NPS", "tNPS", "Likelihood to recommend"):
        mapping = detect_mapping([header], [[9], [0], [10]])
        assert mapped(mapping) == {"score": header}, header
        assert not mapping.score_lacks_recommend_cue


def test_scale_question_without_recommend_cue_is_a_0_10_rating() -> None:
    header = "On a scale of 0-10, how would you rate…"
    mapping = detect_mapping([header], [[3], [9], [7]])
    assert mapped(mapping) == {"rating": header}
    assert (mapping.rating_scale, mapping.rating_min) == (10, 0)
    assert "score only if" in mapping.notes[F.RATING]
    full = header.rstrip("…") + " the likelihood that you would recommend us to a friend?"
    assert mapped(detect_mapping([full], [[3], [9]])) == {"score": full}


def test_gorus_is_opinion_text() -> None:
    assert mapped(detect_mapping(["Görüş"])) == {"text": "Görüş"}
    assert mapped(detect_mapping(["GÖRÜŞ"], [["Kargo geç geldi ama ürün çok iyi"]])) == {
        "text": "GÖRÜŞ"
    }


def test_pyeongjeom_is_a_rating_never_an_nps_answer() -> None:
    movie = [
        [10, "최고의 영화", "2024.01.05"], [1, "별로", "2024.01.06"], [7, "볼만함", "2024.01.07"]
    ]
    mapping = detect_mapping(["평점", "내용", "작성일"], movie)
    assert mapped(mapping) == {"rating": "평점", "text": "내용", "date": "작성일"}
    assert (mapping.rating_scale, mapping.rating_min) == (10, 1)
    with_zero = detect_mapping(["평점"], [[0], [10], [7]])
    assert mapped(with_zero) == {"rating": "평점"}
    assert (with_zero.rating_scale, with_zero.rating_min) == (10, 0)
    assert F.RATING in with_zero.notes  # the wizard points out the 0-10 look-alike


@pytest.mark.parametrize("header", ["Score", "Rating", "Bewertung", "valutazione", "Penilaian",
                                    "Puan", "평점", "Punteggio"])
def test_generic_rating_headers_never_become_nps_even_with_0_10_values(header: str) -> None:
    mapping = detect_mapping([header], [[0], [10], [9], [6]])
    assert F.SCORE not in mapping.fields
    assert mapping.fields[F.RATING] == header
    assert mapping.rating_scale == 10


def test_rating_scale_from_samples_and_header() -> None:
    assert detect_mapping(["Rating"], [[4], [5], [1]]).rating_scale == 5
    assert detect_mapping(["Rating"], [["★★★★☆"], ["★★☆☆☆"]]).rating_scale == 5
    assert detect_mapping(["Puan"], [[8], [10], [3]]).rating_scale == 10
    assert detect_mapping(["Rating (1-5)"], [[4]]).rating_scale == 5
    assert detect_mapping(["Rating out of 10"], [[4]]).rating_scale == 10
    assert detect_mapping(["별점 5점 만점"], [[4]]).rating_scale == 5


def test_recommend_header_with_yes_no_values_is_not_a_score() -> None:
    rows = [["Yes", "Lovely staff and quick answers"], ["No", "Waited three weeks for a refund"]]
    mapping = detect_mapping(["Would you recommend us?", "Comment"], rows)
    assert F.SCORE not in mapping.fields
    assert mapping.unmapped == ["Would you recommend us?"]
    assert has_recommend_cue("Would you recommend us?")


def test_generic_review_header_with_long_text_becomes_text() -> None:
    rows = [["Sehr schnelle Lieferung, alles bestens, gerne wieder", "05.01.2024"],
            ["Ware kam beschädigt an und niemand antwortet", "13.01.2024"]]
    mapping = detect_mapping(["Bewertung", "Datum"], rows)
    assert mapped(mapping) == {"text": "Bewertung", "date": "Datum"}
    assert "day-first (DMY)" in mapping.notes[F.DATE]


def test_content_alone_finds_an_email_column() -> None:
    mapping = detect_mapping(["Contact", "Notes"], [["ada@example.com", "x"], ["b@c.org", "y"]])
    assert mapped(mapping) == {"email": "Contact"}
    assert mapping.unmapped == ["Notes"]


# ---------------------------------------------------------------- one header row per language

ENGLISH = (
    ["Response ID", "Date", "How likely are you to recommend us to a friend?", "Star rating",
     "Comment", "Customer Email", "Customer Name", "Customer ID", "Product", "Channel", "Country",
     "Language", "Tags", "Assigned To", "Status", "Source", "Internal notes"],
    [["R-001", datetime(2024, 1, 5, 9, 30), 9, 5, "Quick and friendly", "ada@example.com",
      "Ada", "00123", "Kettle", "email", "UK", "en", "Delivery", "Sam", "new", "Survey", ""]],
    {"external_id": "Response ID", "date": "Date",
     "score": "How likely are you to recommend us to a friend?", "rating": "Star rating",
     "text": "Comment", "email": "Customer Email", "customer_name": "Customer Name",
     "customer_id": "Customer ID", "product": "Product", "channel": "Channel",
     "country": "Country", "language": "Language", "needs": "Tags", "assignee": "Assigned To",
     "status": "Status", "source": "Source"},
)
GERMAN_TRUSTPILOT = (
    ["Bewertung erstellt (UTC)", "Bewertungs-ID", "Titel der Bewertung", "Bewertungsinhalt",
     "Sterne", "Quelle der Bewertung", "Sprache der Bewertung", "Name des Bewerters",
     "E-Mail des Bewerters", "Referenz-ID", "Land", "Antwortdatum des Unternehmens",
     "Antwort des Unternehmens", "Tags"],
    [["2024-01-05 09:12:44", "65a7c1e2f1", "Super schnell", "Lieferung kam schon am nächsten Tag",
      4, "Eingeladen", "de", "Jana M.", "jana@example.de", "A-77812", "DE", "2024-01-06",
      "Danke für Ihre Bewertung!", "Lieferung"]],
    {"date": "Bewertung erstellt (UTC)", "external_id": "Bewertungs-ID",
     "text": "Bewertungsinhalt", "rating": "Sterne", "source": "Quelle der Bewertung",
     "language": "Sprache der Bewertung", "customer_name": "Name des Bewerters",
     "email": "E-Mail des Bewerters", "country": "Land", "needs": "Tags"},
)
ITALIAN = (
    ["Data", "Valutazione", "Titolo", "Recensione", "Autore", "Email", "Paese", "Prodotto",
     "Lingua", "Canale", "Stato", "Assegnatario", "Etichette", "ID recensione",
     "Probabilità di raccomandazione (0-10)"],
    [["05/01/2024", 4, "Ottimo", "Consegna veloce e prodotto come descritto", "Marco",
      "marco@example.it", "IT", "Moka", "italiano", "email", "nuovo", "Giulia", "Consegna",
      "r-1", 9]],
    {"date": "Data", "rating": "Valutazione", "text": "Recensione", "customer_name": "Autore",
     "email": "Email", "country": "Paese", "product": "Prodotto", "language": "Lingua",
     "channel": "Canale", "status": "Stato", "assignee": "Assegnatario", "needs": "Etichette",
     "external_id": "ID recensione", "score": "Probabilità di raccomandazione (0-10)"},
)
INDONESIAN = (
    ["Tanggal", "Nama Pelanggan", "Surel", "Skor NPS", "Ulasan", "Sumber", "Produk", "Kategori",
     "Status", "Penanggung Jawab", "Bahasa", "Negara", "ID Pelanggan", "Kanal"],
    [["2024-01-05", "Budi", "budi@example.co.id", 8, "Pengiriman cepat, barang bagus",
      "Tokopedia", "Sepatu", "Pengiriman", "baru", "Sari", "Indonesia", "ID", "00991", "chat"]],
    {"date": "Tanggal", "customer_name": "Nama Pelanggan", "email": "Surel",
     "score": "Skor NPS", "text": "Ulasan", "source": "Sumber", "product": "Produk",
     "needs": "Kategori", "status": "Status", "assignee": "Penanggung Jawab",
     "language": "Bahasa", "country": "Negara", "customer_id": "ID Pelanggan", "channel": "Kanal"},
)
TURKISH = (
    ["Tarih", "Müşteri Adı", "E-posta", "Tavsiye Puanı", "Puan", "Görüş", "Kaynak", "Ürün",
     "Etiketler", "Durum", "Sorumlu", "Ülke", "Kanal", "Müşteri No", "Dil"],
    [["05.01.2024", "Ayşe", "ayse@example.com.tr", 10, 5, "Kargo hızlıydı, teşekkürler",
      "Trendyol", "Çanta", "Kargo", "yeni", "Mehmet", "TR", "web", "000457", "Türkçe"]],
    {"date": "Tarih", "customer_name": "Müşteri Adı", "email": "E-posta",
     "score": "Tavsiye Puanı", "rating": "Puan", "text": "Görüş", "source": "Kaynak",
     "product": "Ürün", "needs": "Etiketler", "status": "Durum", "assignee": "Sorumlu",
     "country": "Ülke", "channel": "Kanal", "customer_id": "Müşteri No", "language": "Dil"},
)
KOREAN = (
    ["번호", "작성자", "평점", "리뷰 내용", "작성일", "추천 의향", "이메일", "고객번호", "상품명",
     "채널", "상태", "담당자", "태그", "국가", "언어", "출처"],
    [[1, "김민수", 9, "배송이 빠르고 포장이 꼼꼼했어요", "2024.01.05", 10, "kim@example.kr",
      "00042", "텀블러", "앱", "신규", "이지은", "배송", "KR", "한국어", "네이버"]],
    {"external_id": "번호", "customer_name": "작성자", "rating": "평점", "text": "리뷰 내용",
     "date": "작성일", "score": "추천 의향", "email": "이메일", "customer_id": "고객번호",
     "product": "상품명", "channel": "채널", "status": "상태", "assignee": "담당자",
     "needs": "태그", "country": "국가", "language": "언어", "source": "출처"},
)


@pytest.mark.parametrize(
    "case", [ENGLISH, GERMAN_TRUSTPILOT, ITALIAN, INDONESIAN, TURKISH, KOREAN],
    ids=["en", "de-trustpilot", "it", "id", "tr", "ko"],
)
def test_realistic_header_rows(case) -> None:
    headers, rows, expected = case
    for samples in (None, rows):
        mapping = detect_mapping(headers, samples)
        assert mapped(mapping) == expected
        assert set(mapping.unmapped) == set(headers) - set(expected.values())


def test_korean_rating_is_not_the_recommend_answer() -> None:
    headers, rows, _ = KOREAN
    mapping = detect_mapping(headers, rows)
    assert mapping.fields[F.SCORE] == "추천 의향"
    assert mapping.fields[F.RATING] == "평점"
    assert mapping.rating_scale == 10


def test_company_replies_and_titles_stay_in_extra() -> None:
    headers, rows, _ = GERMAN_TRUSTPILOT
    mapping = detect_mapping(headers, rows)
    assert {"Titel der Bewertung", "Antwortdatum des Unternehmens",
            "Antwort des Unternehmens", "Referenz-ID"} <= set(mapping.unmapped)
    assert [header for _, header in mapping.extra_columns()] == mapping.unmapped


@given(st.lists(st.sampled_from(
    [h for case in (ENGLISH, GERMAN_TRUSTPILOT, ITALIAN, INDONESIAN, TURKISH, KOREAN)
     for h in case[0]] + ["", "Score", "Rating", "Notes", "ID", "Name"]), max_size=25))
def test_each_field_reads_one_column_and_every_column_is_kept(headers: list[str]) -> None:
    mapping = detect_mapping(headers)
    used = list(mapping.fields.values())
    assert len(used) == len(set(used))
    assert sorted(used + mapping.unmapped) == sorted(mapping.headers)
    assert len(mapping.headers) == len(headers)
    assert all(0.5 <= c <= 1.0 for c in mapping.confidence.values())
    if F.SCORE in mapping.fields:
        assert has_recommend_cue(mapping.fields[F.SCORE])


def test_every_field_has_synonyms_in_six_languages() -> None:
    for info in FIELDS.values():
        assert len(info.synonyms) >= 6, info.field


# ---------------------------------------------------------------- headers, signatures, templates


def test_unique_headers_name_blanks_and_repeats() -> None:
    assert unique_headers(["Email", "email", "", None, "Email"]) == [
        "Email", "email (2)", "Column C", "Column D", "Email (3)"
    ]


def test_signature_ignores_order_case_accents_and_blank_columns() -> None:
    headers = ["Datum", "Sterne", "Bewertungsinhalt", "Müşteri Adı"]
    signature = header_signature(headers)
    assert len(signature) == 64
    assert header_signature(["müşteri adı", "BEWERTUNGSINHALT", "sterne", "datum"]) == signature
    assert header_signature([*headers, "", None]) == signature
    assert header_signature(["Datum", "Sterne", "Bewertungsinhalt"]) != signature
    assert header_signature(["Datum", "Sterne", "Kommentar", "Müşteri Adı"]) != signature
    assert detect_mapping(headers).signature == signature


def test_mapping_round_trips_through_json() -> None:
    headers, rows, _ = ITALIAN
    mapping = detect_mapping(headers, rows)
    mapping.name = "Recensioni shop"
    mapping.date_order = DateOrder.DMY
    data = json.loads(json.dumps(mapping.to_dict()))
    again = Mapping.from_dict(data)
    assert again == mapping
    assert data["fields"]["score"] == "Probabilità di raccomandazione (0-10)"
    assert data["unmapped"] == ["Titolo"]


def test_template_from_a_newer_version_or_with_unknown_fields() -> None:
    data = detect_mapping(["Date", "Comment"]).to_dict()
    data["fields"]["sentiment"] = "Comment"
    assert Mapping.from_dict(data).fields == {F.DATE: "Date", F.TEXT: "Comment"}
    with pytest.raises(ValueError, match="newer version"):
        Mapping.from_dict(dict(data, version=99))
    with pytest.raises(ValueError):
        Mapping.from_dict({"fields": {}})


def test_apply_template_to_reordered_recased_headers() -> None:
    template = detect_mapping(["Date", "Score", "Comment", "Customer ID"], [[45292, 3, "x", 7]])
    template.assign(F.SCORE, "Score")  # the user says: this one is the recommend question
    template.date_order = DateOrder.MDY
    again = apply_template(template, ["customer id", "COMMENT", "score", "date", "Region"])
    assert again is not None
    assert mapped(again) == {"date": "date", "score": "score", "text": "COMMENT",
                             "customer_id": "customer id"}
    assert again.unmapped == ["Region"]
    assert again.date_order is DateOrder.MDY
    assert set(again.confidence.values()) == {1.0}
    assert again.columns() == {F.DATE: 3, F.SCORE: 2, F.TEXT: 1, F.CUSTOMER_ID: 0}


def test_template_does_not_apply_when_a_header_is_missing() -> None:
    template = detect_mapping(["Date", "Score", "Comment"])
    assert apply_template(template, ["Date", "Comments"]) is None
    assert missing_headers(template, ["Date", "Comments"]) == ["Score", "Comment"]


def test_user_corrections() -> None:
    mapping = detect_mapping(["Date", "Score", "Comment", "Notes"], [[45292, 9, "ok", "n"]])
    assert mapping.fields[F.RATING] == "Score"
    mapping.assign(F.SCORE, "Score")  # moves the column from rating to score
    assert F.RATING not in mapping.fields
    assert mapping.fields[F.SCORE] == "Score"
    assert mapping.score_lacks_recommend_cue  # NPS charts must say it was mapped by hand
    mapping.assign(F.TEXT, "Notes")
    assert mapping.unmapped == ["Comment"]
    mapping.assign(F.TEXT, None)
    assert set(mapping.unmapped) == {"Comment", "Notes"}
    with pytest.raises(ValueError):
        mapping.assign(F.TEXT, "Nope")


def test_parsers_follow_the_mapping_options() -> None:
    mapping = detect_mapping(["Datum", "Sterne", "Kundennummer", "NPS"])
    mapping.date_order = DateOrder.DMY
    row = ["05/01/2024", "4,5", 123.0, "9"]
    parsed = {fld: parse(row[index]) for fld, index, parse in mapping.parsers()}
    assert parsed == {F.DATE: date(2024, 1, 5), F.RATING: 4.5, F.CUSTOMER_ID: "123",
                      F.SCORE: 9}
    assert parser_for(F.CHANNEL)("  web ") == "web"
    with pytest.raises(ValueRejected) as caught:
        parser_for(F.COUNTRY)("x" * 201)
    assert caught.value.field == "country"
