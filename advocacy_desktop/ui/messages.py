"""Messages of the Qt-free layers (domain/messages.Message) in the UI language.

The services raise errors and give reasons as a Message: an English template marked with
QT_TRANSLATE_NOOP and its values. `describe` translates the template through the .qm files and
fills in the values as the UI language writes them (counts with its digit grouping, days in
its long form, nested messages translated too). Anything else is shown as `str(value)`.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from advocacy_desktop.domain.messages import Message, message_of
from advocacy_desktop.ui.formatting import plain

log = logging.getLogger(__name__)


def describe(value: object) -> str:
    """An error, a Message or any other value as the user should read it, translated when it
    carries a Message; never empty for an exception (its type name at least)."""
    message = message_of(value)
    if message is not None:
        return render(message)
    text = "" if value is None else str(value)
    if not text and isinstance(value, BaseException):
        return type(value).__name__
    return text


def render(message: Message) -> str:
    """`message` in the UI language; its English when the translation lost a placeholder."""
    template = QCoreApplication.translate(message.context, message.template)
    values = {name: _shown(value) for name, value in message.params.items()}
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r in %s does not fit its values", message.template,
                    message.context)
        return message.template.format_map(values)


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Message):
        return render(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return QLocale().toString(value) if abs(value) < 2**53 else str(value)
    if isinstance(value, float):
        return plain(value)
    if isinstance(value, date):
        return QLocale().toString(QDate(value.year, value.month, value.day),
                                  QLocale.FormatType.LongFormat)
    return str(value)

