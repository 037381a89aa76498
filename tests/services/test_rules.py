"""Auto-tag rules stored per need: preview, apply on demand and on import, undo by untag."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.services import import_service, needs_service, rules, tagging

CSV = (
    "NPS,Comment\n"
    "2,Die Lieferung kam viel zu spät\n"
    "9,고객서비스도 친절하고 배송도 빨랐어요\n"
    "3,Kargo çok geç geldi\n"
    "8,Great value\n"
)


def tagged(catalogue: Any, need: str) -> list[str]:
    with catalogue.read() as session:
        return list(session.execute(text(
            "SELECT f.text FROM feedback f JOIN feedback_need fn ON fn.feedback_id = f.id"
            " JOIN need n ON n.id = fn.need_id WHERE n.name = :n ORDER BY f.id"), {"n": need}
        ).scalars())


@pytest.fixture
def delivery(catalogue: Any, tmp_path: Path) -> int:
    path = tmp_path / "f.csv"
    path.write_text(CSV, encoding="utf-8")
    import_service.run_import(catalogue, path)
    return needs_service.add_need(catalogue, "Delivery").need_id


def test_preview_then_apply_then_undo(catalogue: Any, delivery: int) -> None:
    shown = rules.preview(catalogue, delivery, "keyword", "lieferung")
    assert (shown.matches, shown.new) == (1, 1)
    assert "Lieferung" in shown.sample[0][1]
    assert tagged(catalogue, "Delivery") == []  # a preview changes nothing
    rules.add_rule(catalogue, delivery, "keyword", "lieferung")
    rules.add_rule(catalogue, delivery, "keyword", "배송")
    rules.add_rule(catalogue, delivery, "phrase", "geç geldi")
    changes = rules.apply_rules(catalogue)
    assert len(tagged(catalogue, "Delivery")) == 3
    assert rules.apply_rules(catalogue) == []  # nothing new the second time
    for change in changes:
        tagging.untag(catalogue, change.ids, change.need_id)
    assert tagged(catalogue, "Delivery") == []


def test_rules_run_on_import_and_can_be_switched_off(
    catalogue: Any, delivery: int, tmp_path: Path
) -> None:
    rule = rules.add_rule(catalogue, delivery, "regex", r"sp(ä|ae)t|late")
    path = tmp_path / "g.csv"
    path.write_text("NPS,Comment\n1,Always late\n9,On time\n", encoding="utf-8")
    import_service.run_import(catalogue, path)
    assert tagged(catalogue, "Delivery") == ["Always late"]
    rules.set_active(catalogue, rule, False)
    path.write_text("NPS,Comment\n1,Late again\n", encoding="utf-8")
    import_service.run_import(catalogue, path)
    assert tagged(catalogue, "Delivery") == ["Always late"]
    assert [r.pattern for r in rules.list_rules(catalogue)] == [r"sp(ä|ae)t|late"]


def test_bad_rules_are_refused(catalogue: Any, delivery: int) -> None:
    with pytest.raises(rules.BadRule, match="not valid"):
        rules.add_rule(catalogue, delivery, "regex", "(")
    with pytest.raises(rules.BadRule, match="no need"):
        rules.add_rule(catalogue, 9999, "keyword", "x")


def test_many_rules_fold_each_text_once(
    catalogue: Any, delivery: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Folding (accents, case, Turkish İ) costs more than matching: with the 230 rules of the
    starter needs, folding per rule made a 3,000-row import take seconds more."""
    for word in ("lieferung", "배송", "kargo", "late", "value", "price", "delivery", "geç"):
        rules.add_rule(catalogue, delivery, "keyword", word)
    rules.add_rule(catalogue, delivery, "phrase", "great value")
    calls: list[str] = []
    real_fold = rules.fold

    def counting(text: str) -> str:
        calls.append(text)
        return real_fold(text)

    monkeypatch.setattr(rules, "fold", counting)
    changes = rules.apply_rules(catalogue)
    assert len(calls) == 4  # the four texts, not 4 × 9 rules
    assert sum(len(change.ids) for change in changes) == 4
