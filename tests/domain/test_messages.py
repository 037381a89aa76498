"""Messages of the Qt-free layers: their English is the text as it always was, their parts
travel (pickle, JSON) and every marked template is one lupdate can read."""

from __future__ import annotations

import ast
import json
import pickle
import string
from datetime import date
from pathlib import Path

import pytest

from advocacy_desktop.db.errors import CatalogueNotFound
from advocacy_desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    MarkedText,
    Message,
    message_of,
)
from advocacy_desktop.domain.values import ValueRejected, parse_date, parse_score
from advocacy_desktop.services.importing.errors import ImportFileError

PACKAGE = Path(__file__).resolve().parents[2] / "advocacy_desktop"


def test_a_message_is_its_english_sentence() -> None:
    inner = Message(QT_TRANSLATE_NOOP("Tests", "day-first"))
    message = Message(QT_TRANSLATE_NOOP("Tests", "{value} has {count} rows, {stars} stars, "
                                                 "{order} order, on {day}"),
                      value="'ten'", count=12345, stars=4.5, order=inner, day=date(2024, 1, 5))
    assert message == "'ten' has 12,345 rows, 4.5 stars, day-first order, on 5 January 2024"
    assert isinstance(message, str) and "12,345" in message
    assert (message.context, message.params["count"]) == ("Tests", 12345)
    assert message.template.startswith("{value} has {count} rows")
    assert json.dumps({"reason": message}) == json.dumps({"reason": str(message)})


def test_a_template_must_be_marked() -> None:
    with pytest.raises(TypeError, match="QT_TRANSLATE_NOOP"):
        Message("{n} rows", n=1)
    marked = QT_TRANSLATE_NOOP("Tests", "Rows")
    assert marked == "Rows" and isinstance(marked, MarkedText) and marked.context == "Tests"
    assert Message("{n} rows", context="Tests", n=2) == "2 rows"


def test_messages_travel_with_their_parts() -> None:
    message = Message(QT_TRANSLATE_NOOP("Tests", "{a} and {b} on {day}"), a="x",
                      b=Message(QT_TRANSLATE_NOOP("Tests", "{n} more"), n=3), day=date(2024, 2, 1))
    for copy in (pickle.loads(pickle.dumps(message)), Message.from_json(
            json.loads(json.dumps(message.to_json())))):
        assert copy == message == "x and 3 more on 1 February 2024"
        assert (copy.context, copy.template) == (message.context, message.template)
        assert copy.params["b"].params == {"n": 3}
        assert copy.params["day"] == date(2024, 2, 1)


def test_errors_carry_their_message() -> None:
    with pytest.raises(ValueRejected) as caught:
        parse_score("ten")
    reason = caught.value.reason
    assert reason == "'ten' is not a number: write it in digits (10)"
    assert message_of(caught.value) is reason and reason.params == {"text": "ten", "digits": 10}
    again = pickle.loads(pickle.dumps(caught.value))  # the import worker process sends it
    assert message_of(again).template == reason.template

    with pytest.raises(ValueRejected) as caught:
        parse_date("05/01/2024")
    assert message_of(caught.value).params["day_first"] == date(2024, 1, 5)

    error = ImportFileError("/tmp/x.csv", Message(QT_TRANSLATE_NOOP("Tests", "bad")), row=1234,
                            column="Score")
    assert str(error) == '/tmp/x.csv (row 1,234, column "Score"): bad'
    assert message_of(pickle.loads(pickle.dumps(error))).params["row"] == 1234
    missing = CatalogueNotFound("/tmp/none.advocacy", Message(QT_TRANSLATE_NOOP("Tests", "gone")))
    assert str(missing) == "/tmp/none.advocacy: gone" and message_of(missing.message) == "gone"
    assert message_of(ValueError("plain")) is None and message_of("plain") is None


def _marked_calls(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"]


def test_every_marked_template_is_a_literal_lupdate_can_read() -> None:
    """lupdate reads the source: a variable or an f-string would be missed or read wrong,
    and a placeholder with a format spec ({n:,}) would not survive translation."""
    problems, found = [], 0
    for layer in ("domain", "services", "db"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            if path.name == "messages.py":
                continue
            for call in _marked_calls(ast.parse(path.read_text(encoding="utf-8"))):
                found += 1
                where = f"{path.relative_to(PACKAGE)}:{call.lineno}"
                args = call.args
                if len(args) != 2 or not all(isinstance(a, ast.Constant)
                                             and isinstance(a.value, str) for a in args):
                    problems.append(f"{where}: not two string literals")
                    continue
                for _text, name, spec, conversion in string.Formatter().parse(args[1].value):
                    if name is not None and (not name.isidentifier() or spec or conversion):
                        problems.append(f"{where}: placeholder {{{name}}} is not a plain name")
    assert problems == []
    assert found > 150
