"""Messages for the user that the Qt-free layers write and the GUI translates.

A `Message` is a translation context, an English template with `{named}` placeholders and
the values for them. `str(message)` is the English sentence (the CLI, logs and JSON output
show it as it always was); the GUI translates the template with
`QCoreApplication.translate(context, template)` and fills in the same values in its language
(`ui/messages.describe`). Templates are marked where they are written with
`QT_TRANSLATE_NOOP(context, text)`, the name pyside6-lupdate looks for in any Python file, so
`make lupdate` collects them without this layer importing Qt.

A Message is a str holding its English, so code that compares, joins or stores the text keeps
working. An exception whose first argument is a Message (`raise ValueError(Message(...))`)
prints its English as before; the GUI finds the Message in `error.args` and translates it.

Values: text as it is (a user's value, a name, an id: already as the user wrote it), counts
(int: "1,234" in English, the UI language's digit grouping in the GUI), decimals (float),
days (date: "5 January 2024") and other Messages (rendered first, in the same language).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, TypeAlias

_MONTHS = ("January February March April May June July August September October November "
           "December").split()


class MarkedText(str):
    """A template as `QT_TRANSLATE_NOOP` returns it: the text itself, remembering its context."""

    context: str

    def __new__(cls, text: str, context: str) -> MarkedText:
        marked = super().__new__(cls, text)
        marked.context = context
        return marked

    def __reduce__(self) -> tuple[Any, ...]:
        return (MarkedText, (str(self), self.context))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; returns the text (knowing its context).

    Write both arguments as string literals (no f-strings, no variables): lupdate reads the
    source, not the running program.
    """
    return MarkedText(text, context)


class Message(str):
    """One sentence for the user: `Message(QT_TRANSLATE_NOOP(ctx, "{n} rows"), n=3)`.

    The message *is* its English text (a str: compared, searched, joined, stored and printed
    as the sentence always was) and also keeps `context`, `template` and `params`, so the GUI
    can say it in the UI language.
    """

    context: str
    template: str
    params: dict[str, Param]

    def __new__(cls, template: str, /, *, context: str | None = None,
                **params: Param) -> Message:
        found = context if context is not None else getattr(template, "context", None)
        if found is None:
            raise TypeError("a Message template must come from QT_TRANSLATE_NOOP(context, text)")
        text = str(template).format_map({name: english(value) for name, value in params.items()})
        message = super().__new__(cls, text)
        message.context = found
        message.template = str(template)
        message.params = params
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its parts: the import worker process sends reasons and errors."""
        return (_rebuild, (self.context, self.template, self.params))

    def to_json(self) -> dict[str, Any]:
        """The message as JSON can hold it (stored beside its English, e.g. a rejected row's
        reason): dates as ISO text, nested messages as objects."""
        return {"context": self.context, "template": self.template,
                "params": {name: _json_value(value) for name, value in self.params.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        params = data.get("params") or {}
        return cls(str(data["template"]), context=str(data["context"]),
                   **{str(name): _from_json_value(value) for name, value in params.items()})


Param: TypeAlias = str | int | float | date | Message | None


def _rebuild(context: str, template: str, params: dict[str, Param]) -> Message:
    return Message(template, context=context, **params)


def english(value: Param) -> str:
    """A value as the English sentence shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,g}"
    if isinstance(value, date):
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
    return str(value)


def _json_value(value: Param) -> Any:
    if isinstance(value, Message):
        return value.to_json()
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return value


def _from_json_value(value: Any) -> Param:
    if isinstance(value, dict):
        if "date" in value:
            return date.fromisoformat(value["date"])
        return Message.from_json(value)
    return value


def message_of(value: object) -> Message | None:
    """The Message a value is or carries: a Message, a marked text, or an exception raised
    with one as its first argument (else None: show `str(value)`)."""
    if isinstance(value, BaseException) and value.args:
        value = value.args[0]
    if isinstance(value, Message):
        return value
    if isinstance(value, MarkedText):
        return Message(value)
    return None
