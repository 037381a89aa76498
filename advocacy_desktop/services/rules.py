"""Auto-tag rules per need: stored, previewed, applied on demand and after each import.

A rule tags with its need every item whose text it matches (see `domain.rules` for how
keywords, phrases and regular expressions match). `preview` says what a rule would tag before
anything changes; `apply_rules` tags (origin 'rule'), audited like manual tagging, and returns
the changes so the GUI can undo them with `tagging.untag`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.domain.fields import fold
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.domain.rules import BadRule, RuleKind, compile_matcher, compile_rule
from advocacy_desktop.services.importing.convert import UuidSequence
from advocacy_desktop.services.sql_compat import PgDriver, driver
from advocacy_desktop.services.tagging import (
    TagChange,
    audit_feedback,
    id_chunks,
    placeholders,
    touch_feedback,
)

__all__ = ["BadRule", "Rule", "RuleKind", "RulePreview", "add_rule", "apply_rules",
           "delete_rule", "list_rules", "preview", "set_active"]

_SCAN_BATCH = 5_000
SAMPLE = 20


@dataclass(frozen=True)
class Rule:
    id: int
    need_id: int
    need_name: str
    kind: RuleKind
    pattern: str
    active: bool


@dataclass(frozen=True)
class RulePreview:
    matches: int
    """Items the rule matches."""
    new: int
    """Of those, items that do not have the need yet: what applying would tag."""
    sample: list[tuple[int, str]]
    """(id, text) of the first new matches."""


def _rules(conn: Any, only_active: bool) -> list[Rule]:
    query = (
        "SELECT r.id, r.need_id, n.name, r.kind, r.pattern, r.active FROM tag_rule r"
        " JOIN need n ON n.id = r.need_id"
    )
    if only_active:
        query += " WHERE r.active"
    return [
        Rule(r[0], r[1], r[2], RuleKind(r[3]), r[4], bool(r[5]))
        for r in conn.execute(query + " ORDER BY n.name, r.id")
    ]


def list_rules(catalogue: Catalogue) -> list[Rule]:
    with catalogue.read() as session:
        return _rules(driver(session.connection()), False)


def add_rule(catalogue: Catalogue, need_id: int, kind: RuleKind | str, pattern: str) -> int:
    """Store a rule after checking it compiles; raises BadRule with the reason."""
    kind = RuleKind(kind)
    compile_rule(kind, pattern)
    with catalogue.write_connection() as connection:
        conn = driver(connection)
        if conn.execute("SELECT 1 FROM need WHERE id = ?", (need_id,)).fetchone() is None:
            raise BadRule(Message(QT_TRANSLATE_NOOP(
                "TagRules", "There is no need with id {id}."), id=str(need_id)))
        values = (UuidSequence()(), need_id, kind.value, pattern.strip())
        if isinstance(conn, PgDriver):  # a team catalogue: a boolean, and RETURNING
            return int(conn.execute(
                "INSERT INTO tag_rule (uuid, need_id, kind, pattern, active)"
                " VALUES (?, ?, ?, ?, TRUE) RETURNING id", values).fetchone()[0])
        cur = conn.execute(
            "INSERT INTO tag_rule (uuid, need_id, kind, pattern, active) VALUES (?, ?, ?, ?, 1)",
            values,
        )
        return int(cur.lastrowid or 0)


def delete_rule(catalogue: Catalogue, rule_id: int) -> None:
    with catalogue.write_connection() as connection:
        driver(connection).execute("DELETE FROM tag_rule WHERE id = ?", (rule_id,))


def set_active(catalogue: Catalogue, rule_id: int, active: bool) -> None:
    with catalogue.write_connection() as connection:
        # a bool: sqlite3 stores it as 1/0, PostgreSQL's boolean column takes no integer
        driver(connection).execute(
            "UPDATE tag_rule SET active = ? WHERE id = ?", (bool(active), rule_id)
        )


def _texts(
    conn: Any, ids: list[int] | None, batch_id: int | None
) -> Iterator[list[tuple[int, str]]]:
    """(id, text) of the items in scope, a batch of rows at a time."""
    if ids is not None:
        for part in id_chunks(ids):
            yield conn.execute(
                "SELECT id, text FROM feedback WHERE text IS NOT NULL"
                f" AND id IN ({placeholders(part)})",
                tuple(part),
            ).fetchall()
        return
    where, args = ("AND batch_id = ?", (batch_id,)) if batch_id is not None else ("", ())
    last = 0
    while True:
        rows = conn.execute(
            f"SELECT id, text FROM feedback WHERE text IS NOT NULL AND id > ? {where}"
            " ORDER BY id LIMIT ?",
            (last, *args, _SCAN_BATCH),
        ).fetchall()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _has_need(conn: Any, need_id: int, ids: list[int]) -> set[int]:
    found: set[int] = set()
    for part in id_chunks(ids):
        found.update(
            r[0]
            for r in conn.execute(
                f"SELECT feedback_id FROM feedback_need WHERE need_id = ?"
                f" AND feedback_id IN ({placeholders(part)})",
                (need_id, *part),
            )
        )
    return found


def _matching(
    conn: Any,
    rules: list[Rule],
    ids: list[int] | None,
    batch_id: int | None,
    should_cancel: Callable[[], bool] | None,
) -> dict[int, list[int]]:
    """need id -> ids of the items any of its rules match."""
    compiled = [(rule.need_id, compile_matcher(rule.kind, rule.pattern)) for rule in rules]
    found: dict[int, list[int]] = {}
    for rows in _texts(conn, ids, batch_id):
        if should_cancel is not None and should_cancel():
            raise InterruptedError("cancelled")
        for item, text in rows:
            folded = fold(text)  # once per text, not once per rule
            seen: set[int] = set()
            for need_id, matches in compiled:
                if need_id not in seen and matches(text, folded):
                    seen.add(need_id)
                    found.setdefault(need_id, []).append(item)
    return found


def preview(
    catalogue: Catalogue,
    need_id: int,
    kind: RuleKind | str,
    pattern: str,
    *,
    ids: Iterable[int] | None = None,
) -> RulePreview:
    """What a (possibly unsaved) rule would tag, over the given items or the whole catalogue."""
    rule = Rule(0, need_id, "", RuleKind(kind), pattern, True)
    scope = None if ids is None else sorted(set(ids))
    with catalogue.read() as session:
        conn = driver(session.connection())
        matched = _matching(conn, [rule], scope, None, None).get(need_id, [])
        already = _has_need(conn, need_id, matched)
        new = [i for i in matched if i not in already]
        sample: list[tuple[int, str]] = []
        for start in range(0, min(len(new), SAMPLE), SAMPLE):
            part = new[start : start + SAMPLE]
            marks = ",".join("?" * len(part))
            sample = conn.execute(
                f"SELECT id, text FROM feedback WHERE id IN ({marks}) ORDER BY id", part
            ).fetchall()
    return RulePreview(len(matched), len(new), [(r[0], r[1]) for r in sample])


def apply_with(
    conn: Any,
    *,
    ids: list[int] | None = None,
    batch_id: int | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> list[TagChange]:
    """Apply the active rules inside an open write transaction (the import's own, too)."""
    rules = _rules(conn, only_active=True)
    if not rules:
        return []
    changes = []
    names = {rule.need_id: rule.need_name for rule in rules}
    for need_id, matched in _matching(conn, rules, ids, batch_id, should_cancel).items():
        already = _has_need(conn, need_id, matched)
        new = [i for i in matched if i not in already]
        if not new:
            continue
        conn.executemany(
            "INSERT INTO feedback_need (feedback_id, need_id, origin) VALUES (?, ?, 'rule')",
            [(i, need_id) for i in new],
        )
        touch_feedback(conn, new)
        after = {"need": names[need_id], "need_id": need_id, "by": "rule"}
        audit_feedback(conn, "tag", [(i, None, after) for i in new])
        changes.append(TagChange(need_id, tuple(new)))
    return changes


def apply_rules(
    catalogue: Catalogue,
    *,
    ids: Iterable[int] | None = None,
    batch_id: int | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> list[TagChange]:
    """Apply every active rule to the given items, a batch, or the whole catalogue."""
    scope = None if ids is None else sorted(set(ids))
    with catalogue.write_connection() as connection:
        return apply_with(
            driver(connection),
            ids=scope,
            batch_id=batch_id,
            should_cancel=should_cancel,
        )
