"""Numbers and dates as the UI language writes them: "1,234" / "1.234", "3/5/25" / "05.03.25".

Everything here reads the default QLocale, which `i18n.install_translator` sets with the
language, so a text rendered again after a language switch follows it. Keep ISO dates where
they are data (file names, date inputs, exports); use these for what a person reads.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

MINUS = "−"  # U+2212: lines up with "+" in a column of signed figures


def number(value: float) -> str:
    """A count with the language's group separator: 12,345 / 12.345 / 12 345."""
    return QLocale().toString(int(value))


def decimal(value: float, digits: int = 1) -> str:
    """A number with `digits` decimals and the language's decimal mark: 24.2 / 24,2."""
    return QLocale().toString(float(value), "f", digits)


def plain(value: float) -> str:
    """A score or rating as short as it goes: 4 / 4.5 / 4,5."""
    return QLocale().toString(float(value), "g",
                              QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def signed(value: float, digits: int = 1) -> str:
    """'+12.5', '−3.0', '0.0': an NPS or a change of one, signed."""
    text = decimal(abs(value), digits)
    if round(value, digits) > 0:
        return "+" + text
    if round(value, digits) < 0:
        return MINUS + text
    return text


def short_date(day: date | None) -> str:
    """A day in the language's short form; "" for none."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)
