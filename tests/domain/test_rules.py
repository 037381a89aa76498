"""Auto-tag rule matching in the six UI languages."""

from __future__ import annotations

import pytest

from advocacy_desktop.domain.rules import BadRule, RuleKind, compile_rule


@pytest.mark.parametrize(
    ("kind", "pattern", "text", "expected"),
    [
        ("keyword", "deliver", "Delivery was late", True),
        ("keyword", "deliver", "Undelivered parcel", False),  # words that start with it
        ("keyword", "Lieferung", "Die LIEFERUNG kam spät", True),
        ("keyword", "caffe", "Il caffè era freddo", True),
        ("keyword", "ışık", "IŞIK çok zayıf", True),
        ("keyword", "istanbul", "İstanbul şubesi", True),
        ("keyword", "pengiriman", "Pengiriman cepat", True),
        ("keyword", "서비스", "고객서비스도 친절하고", True),
        ("keyword", "환불", "배송이 너무 늦어요", False),
        ("phrase", "too  expensive", "It is way too expensive!", True),
        ("phrase", "too expensive", "too expensively priced", False),
        ("phrase", "kargo geç", "Ürün güzel ama KARGO  GEÇ geldi", True),
        ("regex", r"refund|money back", "I want my Money Back", True),
        ("regex", r"\b\d{3}-\d{4}\b", "call me 555-1234", True),
        ("regex", r"^great", "not great", False),
    ],
)
def test_rules_match(kind: str, pattern: str, text: str, expected: bool) -> None:
    assert compile_rule(kind, pattern)(text) is expected


@pytest.mark.parametrize(
    ("kind", "pattern", "message"),
    [("keyword", "  ", "needs"), ("regex", "(unclosed", "not valid"), ("phrase", "x" * 501, "500")],
)
def test_bad_rules_are_refused_with_a_reason(kind: str, pattern: str, message: str) -> None:
    with pytest.raises(BadRule, match=message):
        compile_rule(kind, pattern)


def test_kinds() -> None:
    assert [k.value for k in RuleKind] == ["keyword", "phrase", "regex"]
    with pytest.raises(ValueError):
        compile_rule("glob", "x")
