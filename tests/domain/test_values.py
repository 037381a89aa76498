"""Value rules for imported cells: what is accepted, and the reason given for what is not."""

from __future__ import annotations

import pickle
import unicodedata
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advocacy_desktop.domain.fields import FEEDBACK_STATUSES, STATUS_WORDS, Field
from advocacy_desktop.domain.values import (
    MIN_DATE,
    AmbiguousDate,
    DateOrder,
    ValueRejected,
    content_hash,
    content_key,
    date_order_needed,
    detect_date_orders,
    excel_serial_to_date,
    parse_date,
    parse_email,
    parse_id,
    parse_language,
    parse_needs,
    parse_rating,
    parse_score,
    parse_status,
    parse_text,
)

TODAY = date(2024, 6, 1)


def rejected(parse, value, *args, **kwargs) -> ValueRejected:
    with pytest.raises(ValueRejected) as caught:
        parse(value, *args, **kwargs)
    return caught.value


# ---------------------------------------------------------------- scores


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("10/10", "'10/10' is not a score: write the number alone (10)"),
        ("9/10", "'9/10' is not a score: write the number alone (9)"),
        ("4/5", "'4/5' is not a score: scores are 0–10, not out of 5"),
        ("ten", "'ten' is not a number: write it in digits (10)"),
        ("great", "'great' is not a number"),
        (11, "11 is outside 0–10"),
        ("11", "11 is outside 0–10"),
        (-1, "-1 is outside 0–10"),
        ("-1", "-1 is outside 0–10"),
        (11.0, "11 is outside 0–10"),
        (7.5, "7.5 is not a whole number"),
        ("7.5", "7.5 is not a whole number"),
        ("7,5", "7,5 is not a whole number"),
        (True, "TRUE is a yes/no value, not a score"),
        (False, "FALSE is a yes/no value, not a score"),
        ("TRUE", "'TRUE' is a yes/no value, not a score"),
        ("evet", "'evet' is a yes/no value, not a score"),
        (float("nan"), "nan is not a number"),
        (date(2024, 1, 5), "2024-01-05 is a date, not a score"),
    ],
)
def test_bad_scores_are_rejected_with_a_reason_naming_the_value(value, reason) -> None:
    error = rejected(parse_score, value)
    assert error.reason == reason
    assert error.field == Field.SCORE == "score"
    assert error.value is value or error.value == value


@pytest.mark.parametrize(
    ("value", "expected"),
    [(9, 9), (9.0, 9), ("9", 9), ("09", 9), (" 9 ", 9), ("9.0", 9), ("9,0", 9), ("０", 0),
     ("１０", 10), (0, 0), (10, 10), ("+8", 8), (8.999999999999998, 9)],
)
def test_good_scores(value, expected) -> None:
    result = parse_score(value)
    assert result == expected
    assert type(result) is int


@pytest.mark.parametrize("blank", [None, "", "   ", "\u00a0", "\t"])
def test_a_blank_score_is_no_answer_not_an_error(blank) -> None:
    assert parse_score(blank) is None


@given(st.integers(0, 10))
def test_every_answer_0_to_10_parses_as_int_float_and_text(score: int) -> None:
    for form in (score, float(score), str(score), f"{score:02d}", f"{score}.0"):
        assert parse_score(form) == score


@given(st.integers().filter(lambda n: not 0 <= n <= 10))
def test_every_other_whole_number_is_rejected(number: int) -> None:
    for form in (number, str(number)):
        assert rejected(parse_score, form).reason == f"{number} is outside 0–10"


@given(st.floats(allow_nan=False, allow_infinity=False).filter(lambda x: abs(x - round(x)) > 1e-9))
def test_fractions_are_never_scores(number: float) -> None:
    # closer than 1e-9 to a whole number is spreadsheet float noise (8.999999999999998 is 9)
    error = rejected(parse_score, number)
    assert "not a whole number" in error.reason or "outside" in error.reason


def test_rejection_survives_pickling_for_worker_processes() -> None:
    error = rejected(parse_score, "10/10")
    again = pickle.loads(pickle.dumps(error))
    assert (again.field, again.value, again.reason) == (error.field, error.value, error.reason)


# ---------------------------------------------------------------- ratings


@pytest.mark.parametrize(
    ("value", "scale", "expected"),
    [(4, 5, 4.0), (4.5, 5, 4.5), ("4,5", 5, 4.5), ("4.5", 5, 4.5), ("4/5", 5, 4.0),
     ("★★★★☆", 5, 4.0), ("★★★", 5, 3.0), ("⭐⭐⭐⭐⭐", 5, 5.0), ("4 stars", 5, 4.0),
     ("4 Sterne", 5, 4.0), ("8점", 10, 8.0), (7, 10, 7.0), ("7/10", 10, 7.0), (" 3 ", 5, 3.0)],
)
def test_good_ratings(value, scale, expected) -> None:
    result = parse_rating(value, scale)
    assert result == expected
    assert type(result) is float


@pytest.mark.parametrize(
    ("value", "scale", "reason"),
    [
        (6, 5, "6 is outside 1–5"),
        ("6", 5, "6 is outside 1–5"),
        (0, 5, "0 is outside 1–5"),
        (11, 10, "11 is outside 1–10"),
        ("8/10", 5, "'8/10' is out of 10, but this column's scale is 1–5"),
        ("★★★☆☆☆", 5, "'★★★☆☆☆' shows 6 stars, but the scale is 5"),
        ("good", 5, "'good' is not a rating"),
        (True, 5, "TRUE is a yes/no value, not a rating"),
    ],
)
def test_bad_ratings_are_rejected(value, scale, reason) -> None:
    error = rejected(parse_rating, value, scale)
    assert error.reason == reason
    assert error.field == "rating"


def test_rating_blank_and_zero_based_scales() -> None:
    assert parse_rating("", 5) is None
    assert parse_rating(None, 5) is None
    assert parse_rating(0, 10, minimum=0) == 0.0


# ---------------------------------------------------------------- dates


def test_iso_dates_and_timestamps() -> None:
    assert parse_date("2024-01-05") == date(2024, 1, 5)
    assert parse_date("2024-01-05T14:30:00Z") == date(2024, 1, 5)
    assert parse_date("2024-01-05 14:30") == date(2024, 1, 5)
    assert parse_date("2024-01-05T23:30:00+02:00") == date(2024, 1, 5)  # the date as written
    assert parse_date(" 2024-1-5 ") == date(2024, 1, 5)
    assert parse_date("20240105") == date(2024, 1, 5)
    assert parse_date("2024/01/05", order=DateOrder.DMY) == date(2024, 1, 5)  # year-first wins


def test_spreadsheet_dates_pass_through_as_their_day() -> None:
    assert parse_date(datetime(2024, 1, 5, 14, 30)) == date(2024, 1, 5)
    assert type(parse_date(datetime(2024, 1, 5, 14, 30))) is date
    aware = datetime(2024, 1, 5, 9, 0, tzinfo=UTC)
    assert parse_date(aware) == date(2024, 1, 5)
    assert parse_date(date(2024, 1, 5)) == date(2024, 1, 5)


@pytest.mark.parametrize("blank", [None, "", "  "])
def test_blank_date_is_none(blank) -> None:
    assert parse_date(blank) is None


def test_excel_serial_dates_1900_system() -> None:
    assert parse_date(45292) == date(2024, 1, 1)
    assert parse_date(45292.0) == date(2024, 1, 1)
    assert parse_date(45292.75) == date(2024, 1, 1)  # 18:00 on that day
    assert parse_date("45292") == date(2024, 1, 1)  # a serial saved as text
    assert excel_serial_to_date(1) == date(1900, 1, 1)
    assert excel_serial_to_date(59) == date(1900, 2, 28)
    assert excel_serial_to_date(61) == date(1900, 3, 1)


def test_serial_60_is_excels_fake_29_february_1900() -> None:
    with pytest.raises(ValueRejected) as caught:
        excel_serial_to_date(60)
    assert caught.value.reason == "60 is 29 February 1900, a day that exists only in Excel"
    assert "29 February 1900" in rejected(parse_date, 60).reason


def test_excel_serial_dates_1904_system() -> None:
    assert excel_serial_to_date(0, epoch_1904=True) == date(1904, 1, 1)
    assert excel_serial_to_date(60, epoch_1904=True) == date(1904, 3, 1)  # no fake leap day
    assert parse_date(45292 - 1462, epoch_1904=True) == date(2024, 1, 1)
    assert parse_date(45292 - 1462, epoch_1904=True, today=TODAY) == date(2024, 1, 1)
    # the same cell read in the wrong system lands four years later
    assert parse_date(45292, epoch_1904=True, today=date(2030, 1, 1)) == date(2028, 1, 2)


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_serials_round_trip_in_both_systems(day: date) -> None:
    serial_1900 = (day - date(1899, 12, 30)).days
    assert excel_serial_to_date(serial_1900) == day
    if day >= date(1904, 1, 1):
        assert excel_serial_to_date((day - date(1904, 1, 1)).days, epoch_1904=True) == day


@pytest.mark.parametrize("serial", [0, -1, -0.5, 10**9, float("inf")])
def test_impossible_serials_are_rejected(serial) -> None:
    assert rejected(excel_serial_to_date, serial).field == "date"


def test_ambiguous_text_date_needs_an_order_never_a_guess() -> None:
    error = rejected(parse_date, "05/01/2024")
    assert isinstance(error, AmbiguousDate)
    assert error.reason == (
        "'05/01/2024' is ambiguous: it could be 5 January 2024 (day-first) or 1 May 2024 "
        "(month-first); choose the date order for this column"
    )
    assert parse_date("05/01/2024", order=DateOrder.DMY) == date(2024, 1, 5)
    assert parse_date("05/01/2024", order=DateOrder.MDY) == date(2024, 5, 1)
    assert parse_date("05.01.2024", order=DateOrder.DMY) == date(2024, 1, 5)
    assert parse_date("5-1-24", order=DateOrder.MDY) == date(2024, 5, 1)
    assert parse_date("24/01/05", order=DateOrder.YMD) == date(2024, 1, 5)


def test_a_day_over_12_still_asks_for_the_order_once_per_column() -> None:
    error = rejected(parse_date, "13/01/2024")
    assert isinstance(error, AmbiguousDate)
    assert "choose day-first (DMY) or month-first (MDY)" in error.reason
    assert parse_date("13/01/2024", order=DateOrder.DMY) == date(2024, 1, 13)
    wrong = rejected(parse_date, "13/01/2024", order=DateOrder.MDY)
    assert wrong.reason == "'13/01/2024' is not a valid date in month-first order (MDY)"
    assert parse_date("05/05/2024") == date(2024, 5, 5)  # both orders agree


def test_detect_date_orders_over_a_column() -> None:
    assert detect_date_orders(["05/01/2024", "13/01/2024", "02/03/2024"]) == {DateOrder.DMY}
    assert detect_date_orders(["05/01/2024", "01/13/2024"]) == {DateOrder.MDY}
    assert detect_date_orders(["05/01/2024", "06/02/2024"]) == {DateOrder.DMY, DateOrder.MDY}
    assert detect_date_orders(["2024-01-05", date(2024, 1, 5), 45292, "", None]) == set(
        DateOrder
    )
    assert detect_date_orders(["13/01/2024", "01/13/2024"]) == set()
    assert detect_date_orders(["05/01/24"]) == set(DateOrder)
    assert date_order_needed(["2024-01-05", "05/01/2024"])
    assert not date_order_needed(["2024-01-05", datetime(2024, 1, 5), "hello"])


@given(st.dates(min_value=MIN_DATE, max_value=TODAY))
def test_text_dates_round_trip_under_their_order(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%d/%m/%Y"), order=DateOrder.DMY) == day
    assert parse_date(day.strftime("%m/%d/%Y"), order=DateOrder.MDY) == day
    assert DateOrder.DMY in detect_date_orders([day.strftime("%d/%m/%Y")])


@pytest.mark.parametrize(
    "text",
    ["5 January 2024", "5. Januar 2024", "January 5, 2024", "Jan 5th 2024", "05-Jan-2024",
     "5 gennaio 2024", "5 Januari 2024", "5 Ocak 2024",
     "2024년 1월 5일", "2024. 1. 5.", "2024. 1. 5. 오후 3:20:00", "05.01.2024 14:30 Uhr",
     "Jan 5, 2024 10:15 AM", "Friday, January 5, 2024", "Freitag, 5. Januar 2024",
     "2024-01-05 14:30:00 UTC", "2024-01-05T09:12:44.000Z"],
)
def test_dates_with_month_names_or_year_first_need_no_order(text: str) -> None:
    order = DateOrder.DMY if text.startswith("05.01") else None
    assert parse_date(text, order=order) == date(2024, 1, 5)


def test_month_names_in_six_languages() -> None:
    assert parse_date("3 März 2024") == date(2024, 3, 3)
    assert parse_date("3 dicembre 2023") == date(2023, 12, 3)
    assert parse_date("3 Agustus 2023") == date(2023, 8, 3)
    assert parse_date("3 Şubat 2024") == date(2024, 2, 3)
    assert parse_date("3 AĞUSTOS 2023") == date(2023, 8, 3)


def test_dates_out_of_range_are_rejected() -> None:
    assert rejected(parse_date, "1985-03-01").reason == (
        "'1985-03-01' is before 1990-01-01, too early to be feedback"
    )
    assert rejected(parse_date, 100).reason == (
        "100 (1900-04-09) is before 1990-01-01, too early to be feedback"
    )
    tomorrow = TODAY + timedelta(days=1)
    assert parse_date(tomorrow.isoformat(), today=TODAY) == tomorrow  # time zones
    later = TODAY + timedelta(days=2)
    assert rejected(parse_date, later, today=TODAY).reason == f"{later} is in the future"
    assert rejected(parse_date, "2999-01-01").reason == "'2999-01-01' is in the future"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (True, "TRUE is a yes/no value, not a date"),
        ("next tuesday", "'next tuesday' is not a date: use a spreadsheet date, 2024-01-05 or"),
        ("31/02/2024", "'31/02/2024' is not a valid date in day-first order (DMY)"),
        ("2024-02-30", "'2024-02-30' is not a valid date"),
        (time(14, 30), "14:30:00 is a time of day, not a date"),
    ],
)
def test_bad_dates_are_rejected(value, reason) -> None:
    assert rejected(parse_date, value, order=DateOrder.DMY).reason.startswith(reason)


# ---------------------------------------------------------------- ids, text, lists, words


def test_ids_keep_leading_zeros_and_lose_spreadsheet_decimals() -> None:
    assert parse_id("00123") == "00123"
    assert parse_id(" 00123 ") == "00123"
    assert parse_id(123.0) == "123"
    assert parse_id(123) == "123"
    assert parse_id("A-17") == "A-17"
    assert parse_id("") is None
    assert parse_id(None) is None
    assert "rounded number" in rejected(parse_id, "1.23457E+15").reason
    assert "more digits than a spreadsheet" in rejected(parse_id, 1234567890123456.0).reason
    assert rejected(parse_id, True).reason == "TRUE is a yes/no value, not an id"
    assert rejected(parse_id, "x" * 201).reason.endswith("is longer than 200 characters")


def test_text_is_trimmed_composed_and_cleaned() -> None:
    decomposed = unicodedata.normalize("NFD", "고객서비스")
    assert parse_text(decomposed) == "고객서비스"
    assert parse_text("  line one\r\nline two\x00 ") == "line one\nline two"
    assert parse_text("   ") is None
    assert parse_text(9.0) == "9"
    assert parse_text(True) == "TRUE"
    with pytest.raises(ValueRejected):
        parse_text("x" * 11, field=Field.CHANNEL, max_length=10)


def test_emails() -> None:
    assert parse_email("Ada@Example.COM") == "Ada@example.com"
    assert parse_email("Ada Lovelace <ada@example.com>") == "ada@example.com"
    assert parse_email("mailto:ada@example.com") == "ada@example.com"
    assert parse_email("müller@bücher.de") == "müller@bücher.de"
    assert parse_email(" ") is None
    assert rejected(parse_email, "ada at example").reason == (
        "'ada at example' is not an e-mail address"
    )


def test_needs_are_split_on_commas_without_duplicates() -> None:
    assert parse_needs("Price > Discounts, Delivery; price > discounts") == [
        "Price > Discounts",
        "Delivery",
    ]
    assert parse_needs("") == []
    assert parse_needs(None) == []


@pytest.mark.parametrize(
    ("word", "status"),
    [("New", "new"), ("in progress", "in_progress"), ("In Bearbeitung", "in_progress"),
     ("risolto", "resolved"), ("Selesai", "resolved"), ("ÇÖZÜLDÜ", "resolved"),
     ("해결", "resolved"), ("Won't fix", "wont_fix"), ("KAPALI", "closed"),
     ("wont_fix", "wont_fix")],
)
def test_statuses_in_six_languages(word: str, status: str) -> None:
    assert parse_status(word) == status


def test_unknown_status_is_rejected_and_statuses_match_the_database() -> None:
    assert rejected(parse_status, "maybe").reason.startswith("'maybe' is not a status")
    assert set(STATUS_WORDS) == set(FEEDBACK_STATUSES)
    from advocacy_desktop.db.models import FEEDBACK_STATUSES as DB_STATUSES

    assert FEEDBACK_STATUSES == DB_STATUSES


def test_languages() -> None:
    assert parse_language("Deutsch") == "de"
    assert parse_language("Türkçe") == "tr"
    assert parse_language("한국어") == "ko"
    assert parse_language("de_de") == "de-DE"
    assert parse_language("EN") == "en"
    assert parse_language("") is None


# ---------------------------------------------------------------- duplicate detection


def test_content_key_normalises_case_width_and_spaces() -> None:
    assert content_key("  Great   SERVICE\n") == content_key("great service")
    assert content_key("ｆｉｎｅ") == content_key("fine")  # full-width (NFKC)
    assert content_key("İstanbul".casefold()) == content_key("i̇stanbul")
    assert content_key(4.0) == content_key(4) == "4"
    assert content_key(datetime(2024, 1, 5, 10)) == content_key(date(2024, 1, 5))
    assert content_key("a", None, "b") != content_key("a", "b", None)


def test_content_hash_ignores_cosmetic_differences_only() -> None:
    record = {
        "date": date(2024, 1, 5), "score": 9, "rating": None, "text": "Fast delivery!",
        "source": "Trustpilot", "customer_id": "00123", "email": "ada@example.com",
        "country": "DE",
    }
    same = dict(record, text="  fast   DELIVERY! ", email="ADA@example.com", country="IT")
    other = dict(record, score=8)
    digest = content_hash(record)
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert content_hash(same) == digest
    assert content_hash(other) != digest
    assert content_hash(dict(record, customer_id="123")) != digest  # ids keep their zeros
