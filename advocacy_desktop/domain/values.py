"""Rules that turn one raw spreadsheet cell into a field value, or reject it with a reason.

Readers hand over cells typed str/int/float/bool/date/datetime/None. Every parser returns the
clean value (None for a blank cell: no answer, not an error) or raises `ValueRejected` carrying
the field, the original value and a plain-English reason that names the value. Rejections are
rare, so an exception costs less than wrapping every good value in a result object; the
common cases (an int, a float, a short digit string, an ISO date) take a fast path because the
importer runs these over a million rows. The text-like fields' rules (parse_text, parse_id,
parse_email, parse_needs, parse_status, parse_language) and `ValueRejected` are defined in
`fields` and re-exported here, so importers need this module only.

Date range: feedback dated before 1990-01-01 (`MIN_DATE`) or more than one day after today
(`FUTURE_TOLERANCE`, which absorbs time zones) is rejected; such dates are typing or
conversion errors far more often than real feedback.
"""

from __future__ import annotations

import hashlib
import math
import numbers
import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Mapping as MappingABC
from datetime import date, datetime, time, timedelta
from enum import Enum

from advocacy_desktop.domain.fields import (
    MONTHS,
    NUMBER_WORDS,
    NUMERIC_TEXT,
    YES_NO_WORDS,
    Cell,
    Field,
    ValueRejected,
    fold,
    parse_email,
    parse_id,
    parse_language,
    parse_needs,
    parse_status,
    parse_text,
    show,
    yes_no,
)
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, Param

__all__ = [
    "FUTURE_TOLERANCE", "MIN_DATE", "AmbiguousDate", "Cell", "DateOrder", "ValueRejected",
    "content_hash", "content_key", "date_order_needed", "detect_date_orders",
    "excel_serial_to_date", "parse_date", "parse_email", "parse_id", "parse_language",
    "parse_needs", "parse_rating", "parse_score", "parse_status", "parse_text", "show",
]

MIN_DATE = date(1990, 1, 1)
FUTURE_TOLERANCE = timedelta(days=1)



class AmbiguousDate(ValueRejected):
    """A text date such as 05/01/2024 that cannot be read until the user picks an order."""


class DateOrder(Enum):
    """The order of day, month and year in text dates like 05/01/2024."""

    DMY = "DMY"
    MDY = "MDY"
    YMD = "YMD"

    @property
    def label(self) -> str:
        return str(self.label_message)

    @property
    def label_message(self) -> Message:
        return Message(_ORDER_LABELS[self.value])


_ORDER_LABELS = {
    "DMY": QT_TRANSLATE_NOOP("ImportValues", "day-first"),
    "MDY": QT_TRANSLATE_NOOP("ImportValues", "month-first"),
    "YMD": QT_TRANSLATE_NOOP("ImportValues", "year-first"),
}
_NOT_A_NUMBER = QT_TRANSLATE_NOOP("ImportValues", "{value} is not a number")
_OUTSIDE_SCORE = QT_TRANSLATE_NOOP("ImportValues", "{value} is outside 0–10")
_OUTSIDE_RATING = QT_TRANSLATE_NOOP("ImportValues", "{value} is outside {minimum}–{scale}")
_NOT_A_RATING = QT_TRANSLATE_NOOP("ImportValues", "{value} is not a rating")
_NOT_A_DATE = QT_TRANSLATE_NOOP("ImportValues", "{value} is not a date")
_NOT_A_SERIAL = QT_TRANSLATE_NOOP("ImportValues", "{value} is not a spreadsheet date")
_INVALID_DATE = QT_TRANSLATE_NOOP("ImportValues", "{value} is not a valid date")
_INVALID_IN_ORDER = QT_TRANSLATE_NOOP("ImportValues",
                                      "{value} is not a valid date in {order} order ({code})")


def _why(template: str, value: object, **params: Param) -> Message:
    """A reason naming the cell's value as the user wrote it (see `show`)."""
    return Message(template, value=show(value), **params)


# ---------------------------------------------------------------- score (0-10 recommend)

_SCORE_TEXT: dict[str, int] = {}
for _i in range(11):
    for _form in (str(_i), f"{_i:02d}", f"{_i}.0", f"{_i},0", f"{_i:02d}.0", f"{_i:02d},0"):
        _SCORE_TEXT[_form] = _i
_FRACTION = re.compile(r"([+-]?\d+(?:[.,]\d+)?)\s*/\s*(\d+)")
_SCORE = Field.SCORE.value


def parse_score(value: Cell) -> int | None:
    """A 0-10 recommend answer as an int; None for a blank cell."""
    kind = type(value)
    if kind is int:
        if 0 <= value <= 10:
            return value
        raise ValueRejected(_SCORE, value, Message(_OUTSIDE_SCORE, value=str(value)))
    if kind is str:
        hit = _SCORE_TEXT.get(value)
        if hit is not None:
            return hit
        return _score_from_text(value)
    if kind is float:
        if value.is_integer() and 0.0 <= value <= 10.0:
            return int(value)
        return _score_from_float(value, value)
    if value is None:
        return None
    if kind is bool:
        raise yes_no(_SCORE, value, "a score")
    if isinstance(value, date | time):
        raise ValueRejected(_SCORE, value, _why(
            QT_TRANSLATE_NOOP("ImportValues", "{value} is a date, not a score"), value))
    if isinstance(value, numbers.Integral):
        return parse_score(int(value))
    if isinstance(value, numbers.Real):
        return parse_score(float(value))
    raise ValueRejected(_SCORE, value, _why(_NOT_A_NUMBER, value))


def _score_from_float(number: float, original: object) -> int:
    if math.isnan(number) or math.isinf(number):
        raise ValueRejected(_SCORE, original, _why(_NOT_A_NUMBER, original))
    whole = round(number)
    if abs(number - whole) > 1e-9:  # spreadsheets store 9 as 8.999999999999998 after sums
        raise ValueRejected(_SCORE, original, _why(
            QT_TRANSLATE_NOOP("ImportValues", "{value} is not a whole number"), original))
    if not 0 <= whole <= 10:
        raise ValueRejected(_SCORE, original, Message(_OUTSIDE_SCORE, value=str(whole)))
    return whole


def _score_from_text(value: str) -> int | None:
    text = value.strip()
    if not text:
        return None
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # full-width digits: ９ -> 9
    hit = _SCORE_TEXT.get(text)
    if hit is not None:
        return hit
    if NUMERIC_TEXT.fullmatch(text):
        if "." in text or "," in text:
            return _score_from_float(float(text.replace(",", ".")), text)
        whole = int(text)  # exact, even for 20 digits
        if 0 <= whole <= 10:
            return whole
        raise ValueRejected(_SCORE, value, Message(_OUTSIDE_SCORE, value=str(whole)))
    fraction = _FRACTION.fullmatch(text)
    if fraction:
        top, bottom = fraction.group(1), fraction.group(2)
        if bottom == "10":
            reason = Message(QT_TRANSLATE_NOOP(
                "ImportValues", "'{text}' is not a score: write the number alone ({top})"),
                text=text, top=top)
        else:
            reason = Message(QT_TRANSLATE_NOOP(
                "ImportValues", "'{text}' is not a score: scores are 0–10, not out of {bottom}"),
                text=text, bottom=bottom)
        raise ValueRejected(_SCORE, value, reason)
    word = fold(text)
    if word in YES_NO_WORDS:
        raise yes_no(_SCORE, value, "a score")
    if word in NUMBER_WORDS:
        reason = Message(QT_TRANSLATE_NOOP(
            "ImportValues", "'{text}' is not a number: write it in digits ({digits})"),
            text=text, digits=NUMBER_WORDS[word])
        raise ValueRejected(_SCORE, value, reason)
    raise ValueRejected(_SCORE, value, _why(_NOT_A_NUMBER, text))


# ---------------------------------------------------------------- rating (stars etc.)

_RATING = Field.RATING.value
_FILLED_STARS = "★⭐✭✮✯🌟"
_EMPTY_STARS = "☆✩"
_STAR_TEXT = re.compile(f"[{_FILLED_STARS}{_EMPTY_STARS}½\\s\ufe0f]+")
_RATING_TEXT = re.compile(
    r"([+-]?\d+(?:[.,]\d+)?)\s*(?:/\s*(\d+))?\s*"
    r"(?:stars?|sterne?|stell[ae]|bintang|y[ıi]ld[ıi]z|점|개)?",
    re.IGNORECASE,
)


_COMMON_RATINGS = {
    text: tenths / 10
    for tenths in range(0, 1001, 5)
    for text in {f"{tenths / 10:g}", f"{tenths / 10:.1f}", f"{tenths / 10:.1f}".replace(".", ",")}
}


def parse_rating(value: Cell, scale: int = 5, *, minimum: int = 1) -> float | None:
    """A rating on `minimum`..`scale` (1-5 stars by default) as a float; None when blank."""
    kind = type(value)
    if kind is int or kind is float:
        if minimum <= value <= scale:
            return float(value)
        return _rating_out_of_range(value, value, scale, minimum)
    if kind is str:
        hit = _COMMON_RATINGS.get(value)
        if hit is not None and minimum <= hit <= scale:
            return hit
        return _rating_from_text(value, scale, minimum)
    if value is None:
        return None
    if kind is bool:
        raise yes_no(_RATING, value, "a rating")
    if isinstance(value, numbers.Real) and not isinstance(value, date):
        return parse_rating(float(value), scale, minimum=minimum)
    raise ValueRejected(_RATING, value, _why(_NOT_A_RATING, value))


def _rating_out_of_range(number: float, original: object, scale: int, minimum: int) -> float:
    if math.isnan(number) or math.isinf(number):
        raise ValueRejected(_RATING, original, _why(_NOT_A_NUMBER, original))
    raise ValueRejected(_RATING, original, _why(_OUTSIDE_RATING, original, minimum=minimum,
                                                scale=scale))


def _rating_from_text(value: str, scale: int, minimum: int) -> float | None:
    text = value.strip()
    if not text:
        return None
    if _STAR_TEXT.fullmatch(text):
        filled = sum(text.count(star) for star in _FILLED_STARS) + 0.5 * text.count("½")
        empty = sum(text.count(star) for star in _EMPTY_STARS)
        if empty and filled + empty != scale:
            reason = Message(QT_TRANSLATE_NOOP(
                "ImportValues", "'{text}' shows {stars} stars, but the scale is {scale}"),
                text=text, stars=filled + empty, scale=scale)
            raise ValueRejected(_RATING, value, reason)
        if not minimum <= filled <= scale:
            raise ValueRejected(_RATING, value, Message(
                _OUTSIDE_RATING, value=f"'{text}'", minimum=minimum, scale=scale))
        return float(filled)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    match = _RATING_TEXT.fullmatch(text)
    if match is None:
        if fold(text) in YES_NO_WORDS:
            raise yes_no(_RATING, value, "a rating")
        raise ValueRejected(_RATING, value, _why(_NOT_A_RATING, text))
    number = float(match.group(1).replace(",", "."))
    bottom = match.group(2)
    if bottom is not None and int(bottom) != scale:
        reason = Message(QT_TRANSLATE_NOOP(
            "ImportValues", "'{text}' is out of {bottom}, but this column's scale is "
            "{minimum}–{scale}"), text=text, bottom=bottom, minimum=minimum, scale=scale)
        raise ValueRejected(_RATING, value, reason)
    if minimum <= number <= scale:
        return number
    return _rating_out_of_range(number, text if bottom is None else value, scale, minimum)


# ---------------------------------------------------------------- dates

_EPOCH_1900 = date(1899, 12, 30)  # serial 61 = 1900-03-01, past Excel's fake 29 Feb 1900
_EPOCH_1900_EARLY = date(1899, 12, 31)  # serial 1..59 = 1900-01-01..1900-02-28
_EPOCH_1904 = date(1904, 1, 1)  # serial 0 = 1904-01-01 (old Mac Excel, some Numbers files)
_ORDINAL_1900 = _EPOCH_1900.toordinal()
_DATE = Field.DATE.value

_YEAR_FIRST = re.compile(
    r"(\d{4})\s*(?:[-/.]|년)\s*(\d{1,2})\s*(?:[-/.]|월)\s*(\d{1,2})(?:\s*(?:\.|일))?"
)
_NUMERIC_DATE = re.compile(r"(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?!\d)\.?")
_DAY_MONTH = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th)?\.?[\s/-]*([^\W\d_]{3,})\.?[\s/,-]*(\d{4})", re.IGNORECASE
)
_WEEKDAY = re.compile(r"([^\W\d_]{2,})\.?,\s*")  # "Friday, " before a date
_MONTH_DAY = re.compile(r"([^\W\d_]{3,})\.?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})")
_TIME_TAIL = re.compile(
    r"(?:[T\s,]+(?:(?:오전|오후|AM|PM)\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?"
    r"\s*(?:AM|PM|오전|오후|Uhr)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*(?:\(?UTC\)?)?)?\s*",
    re.IGNORECASE,
)


def excel_serial_to_date(serial: float, *, epoch_1904: bool = False) -> date:
    """The date of an Excel serial number; any time of day (the fraction) is dropped."""
    if isinstance(serial, bool) or math.isnan(serial) or math.isinf(serial):
        raise ValueRejected(_DATE, serial, _why(_NOT_A_DATE, serial))
    days = math.floor(serial)
    try:
        if epoch_1904:
            if days < 0:
                raise OverflowError
            return _EPOCH_1904 + timedelta(days=days)
        if days < 1:
            raise OverflowError
        if days == 60:
            reason = _why(QT_TRANSLATE_NOOP(
                "ImportValues", "{value} is 29 February 1900, a day that exists only in Excel"),
                serial)
            raise ValueRejected(_DATE, serial, reason)
        if days < 60:
            return _EPOCH_1900_EARLY + timedelta(days=days)
        return _EPOCH_1900 + timedelta(days=days)
    except OverflowError:
        raise ValueRejected(_DATE, serial, _why(_NOT_A_SERIAL, serial)) from None


_latest_known = date.min  # grows with the clock; refreshed only when a date looks too late


def parse_date(
    value: Cell,
    *,
    order: DateOrder | None = None,
    epoch_1904: bool = False,
    today: date | None = None,
) -> date | None:
    """The day of a cell (a datetime's time is dropped); None when blank.

    Numbers are Excel serial dates (`epoch_1904` for the 1904 system). Text dates must be
    ISO, year-first, or carry a month name; 05/01/2024 needs `order`, never a guess.
    """
    kind = type(value)
    if kind is str:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            try:
                if len(value) == 10:
                    day = date.fromisoformat(value)
                else:
                    day = datetime.fromisoformat(value).date()
            except ValueError:
                day = _date_from_text(value, order, epoch_1904)
        elif order is not None and len(value) == 10 and value[2] == value[5] in "/.-":
            day = _dd_mm_yyyy(value, order, epoch_1904)  # 05/01/2024 with a chosen order
        else:
            day = _date_from_text(value, order, epoch_1904)
            if day is None:
                return None
    elif kind is datetime:
        day = value.date()
    elif kind is date:
        day = value
    elif value is None:
        return None
    elif kind is int and 61 <= value <= 2958465 and not epoch_1904:
        day = date.fromordinal(_ORDINAL_1900 + value)  # the usual serial, past 1900-02-28
    elif kind is int or kind is float:
        day = excel_serial_to_date(value, epoch_1904=epoch_1904)
    else:
        day = _date_from_other(value, epoch_1904)
    if MIN_DATE <= day <= _latest_known and today is None:
        return day
    return _check_range(day, value, today)


def _dd_mm_yyyy(value: str, order: DateOrder, epoch_1904: bool) -> date:
    """05/01/2024 under DMY or MDY, through the strict C ISO parser; anything odd goes slow."""
    if order is DateOrder.DMY:
        iso = f"{value[6:]}-{value[3:5]}-{value[:2]}"
    elif order is DateOrder.MDY:
        iso = f"{value[6:]}-{value[:2]}-{value[3:5]}"
    else:
        iso = ""
    try:
        return date.fromisoformat(iso)
    except ValueError:
        day = _date_from_text(value, order, epoch_1904)
        assert day is not None  # ten characters are never blank
        return day


def _date_from_other(value: object, epoch_1904: bool) -> date:
    if isinstance(value, bool):
        raise yes_no(_DATE, value, "a date")
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time):
        raise ValueRejected(_DATE, value, _why(
            QT_TRANSLATE_NOOP("ImportValues", "{value} is a time of day, not a date"), value))
    if isinstance(value, numbers.Real):
        return excel_serial_to_date(float(value), epoch_1904=epoch_1904)
    raise ValueRejected(_DATE, value, _why(_NOT_A_DATE, value))


def _check_range(day: date, value: object, today: date | None) -> date:
    global _latest_known
    shown = show(value)
    named = shown if shown.strip("'") == day.isoformat() else f"{shown} ({day.isoformat()})"
    if day < MIN_DATE:
        reason = Message(QT_TRANSLATE_NOOP(
            "ImportValues", "{value} is before {earliest}, too early to be feedback"),
            value=named, earliest=MIN_DATE.isoformat())
        raise ValueRejected(_DATE, value, reason)
    latest = (today or date.today()) + FUTURE_TOLERANCE
    if today is None:
        _latest_known = latest
    if day > latest:
        raise ValueRejected(_DATE, value, Message(
            QT_TRANSLATE_NOOP("ImportValues", "{value} is in the future"), value=named))
    return day


def _century(year: int) -> int:
    return year + (1900 if year >= 90 else 2000)  # two-digit years: 90-99 -> 1990s


def _make_date(value: str, year: int, month: int, day: int,
               order: DateOrder | None = None) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        if order is None:
            reason = _why(_INVALID_DATE, value)
        else:
            reason = _why(_INVALID_IN_ORDER, value, order=order.label_message, code=order.value)
        raise ValueRejected(_DATE, value, reason) from None


def _date_from_text(value: str, order: DateOrder | None, epoch_1904: bool) -> date | None:
    text = value.strip()
    if not text:
        return None
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    weekday = _WEEKDAY.match(text)
    if weekday and fold(weekday.group(1)) not in MONTHS:
        text = text[weekday.end() :]
    match = _YEAR_FIRST.match(text)
    if match and _TIME_TAIL.fullmatch(text, match.end()):
        year, month, day = (int(part) for part in match.groups())
        return _make_date(value, year, month, day)
    match = _NUMERIC_DATE.match(text)
    if match and _TIME_TAIL.fullmatch(text, match.end()):
        return _numeric_date(value, match, order)
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        match = pattern.match(text)
        if match and _TIME_TAIL.fullmatch(text, match.end()):
            month = MONTHS.get(fold(match.group(month_group)))
            if month is not None:
                day = int(match.group(day_group))
                return _make_date(value, int(match.group(3)), month, day)
    if text.isdigit() and len(text) == 8:  # 20240105, ISO basic format
        return _make_date(value, int(text[:4]), int(text[4:6]), int(text[6:]))
    if text.isdigit() and len(text) == 5:  # an Excel serial number saved as text
        return excel_serial_to_date(int(text), epoch_1904=epoch_1904)
    if fold(text) in YES_NO_WORDS:
        raise yes_no(_DATE, value, "a date")
    reason = _why(QT_TRANSLATE_NOOP(
        "ImportValues", "{value} is not a date: use a spreadsheet date, 2024-01-05 or "
        "day/month/year"), value)
    raise ValueRejected(_DATE, value, reason)


def _numeric_date(value: str, match: re.Match[str], order: DateOrder | None) -> date:
    first, _, second, last = match.groups()
    a, b, c = int(first), int(second), int(last)
    if order is None:
        if a == b and len(last) == 4:  # 05/05/2024 reads the same either way
            return _make_date(value, c, a, b)
        readings = []
        for month, day in ((b, a), (a, b)):
            try:
                readings.append(date(c if len(last) == 4 else _century(c), month, day))
            except ValueError:
                pass
        if len(readings) == 2 and len(last) == 4:
            reason = _why(QT_TRANSLATE_NOOP(
                "ImportValues", "{value} is ambiguous: it could be {day_first} (day-first) or "
                "{month_first} (month-first); choose the date order for this column"),
                value, day_first=readings[0], month_first=readings[1])
        elif len(last) == 2:
            reason = _why(QT_TRANSLATE_NOOP(
                "ImportValues", "{value} needs a date order: choose day-first (DMY), "
                "month-first (MDY) or year-first (YMD) for this column"), value)
        else:
            reason = _why(QT_TRANSLATE_NOOP(
                "ImportValues", "{value} needs a date order: choose day-first (DMY) or "
                "month-first (MDY) for this column"), value)
        raise AmbiguousDate(_DATE, value, reason)
    if order is DateOrder.YMD:
        if len(last) == 4:
            raise ValueRejected(_DATE, value, _why(QT_TRANSLATE_NOOP(
                "ImportValues", "{value} does not fit in {order} order ({code})"), value,
                order=order.label_message, code=order.value))
        return _make_date(value, _century(a), b, c, order)
    year = c if len(last) == 4 else _century(c)
    if order is DateOrder.DMY:
        return _make_date(value, year, b, a, order)
    return _make_date(value, year, a, b, order)


def detect_date_orders(samples: Iterable[object]) -> set[DateOrder]:
    """The orders under which every text date in `samples` is a valid date.

    Cells that parse the same under any order (ISO text, real dates, serials) or under none
    (not dates at all) do not narrow the answer; an empty set means the values contradict
    each other (13/01/2024 next to 01/13/2024).
    """
    fits = set(DateOrder)
    for sample in samples:
        if not isinstance(sample, str):
            continue
        ok = set()
        for order in DateOrder:
            try:
                parse_date(sample, order=order)
            except ValueRejected:
                continue
            ok.add(order)
        if ok:
            fits &= ok
    return fits


def date_order_needed(samples: Iterable[object]) -> bool:
    """True when some text date in `samples` cannot be read without a chosen order."""
    for sample in samples:
        if isinstance(sample, str) and _NUMERIC_DATE.match(sample.strip()):
            try:
                parse_date(sample)
            except AmbiguousDate:
                return True
            except ValueRejected:
                pass
    return False


# ---------------------------------------------------------------- duplicate detection

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
HASHED_FIELDS = tuple(
    fld.value
    for fld in (Field.DATE, Field.SCORE, Field.RATING, Field.TEXT, Field.SOURCE,
                Field.CUSTOMER_ID, Field.EMAIL)
)


def _key_part(part: object) -> str:
    if part is None:
        return ""
    if type(part) is str:
        text = part if part.isascii() else unicodedata.normalize("NFKC", part).translate(_INVISIBLE)
        return " ".join(text.casefold().split())
    if type(part) is int:
        return str(part)
    if isinstance(part, datetime):
        return part.date().isoformat()
    if isinstance(part, date):
        return part.isoformat()
    if isinstance(part, bool):
        return "true" if part else "false"
    if isinstance(part, float):
        return str(int(part)) if part.is_integer() else repr(part)
    return _key_part(str(part))


def content_key(*parts: object) -> str:
    """Parts normalised for comparison (NFKC, casefold, whitespace collapsed, 4.0 == 4)."""
    return "\x1f".join(map(_key_part, parts))


def content_hash(record: MappingABC[str, object]) -> str:
    """sha256 hex of a record's date, score, rating, text, source, customer id and e-mail.

    Keys are Field values; the importer uses it to skip duplicates that have no external id.
    """
    key = content_key(*(record.get(name) for name in HASHED_FIELDS))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
