"""The advocate, at-risk and care rules over score histories (domain/advocacy.py)."""

from __future__ import annotations

from datetime import date, timedelta

from advocacy_desktop.domain import advocacy as a
from advocacy_desktop.domain.workflow import follow_up_due, is_overdue

D0 = date(2025, 1, 1)


def hist(*scores: int, step: int = 10) -> list[tuple[date, int]]:
    """Scores a fixed number of days apart, oldest first."""
    return [(D0 + timedelta(days=i * step), s) for i, s in enumerate(scores)]


def test_nine_then_ten_is_an_advocate_since_the_nine() -> None:
    h = hist(9, 10)
    assert a.is_advocate(h) and a.latest_score(h) == 10 and a.trend(h) == 1
    assert a.advocate_since(h) == D0
    assert a.risk_kinds(h, D0 + timedelta(days=30)) == ()


def test_ten_then_six_is_a_fallen_promoter_not_an_advocate() -> None:
    h = hist(10, 6)
    assert not a.is_advocate(h) and a.advocate_since(h) is None
    assert a.fallen_promoter(h) == a.Fall(10, D0, 6, D0 + timedelta(days=10))
    assert a.trend(h) == -4
    # one detractor answer is not a repeat
    assert a.risk_kinds(h, D0 + timedelta(days=20)) == (a.FALLEN_PROMOTER,)


def test_fall_is_reported_from_the_newest_promoter_answer() -> None:
    h = hist(9, 10, 7, 5)
    fall = a.fallen_promoter(h)
    assert fall is not None and (fall.from_score, fall.to_score) == (10, 5)
    assert fall.from_day == D0 + timedelta(days=10)
    assert a.fallen_promoter(hist(7, 8)) is None  # never a promoter: nothing to fall from


def test_three_five_two_is_a_repeat_detractor() -> None:
    h = hist(3, 5, 2)
    today = D0 + timedelta(days=30)
    assert a.repeat_detractor(h, today) and a.detractor_answers(h, today) == 3
    assert a.risk_kinds(h, today) == (a.REPEAT_DETRACTOR,)
    assert not a.is_advocate(h) and a.trend(h) == -3


def test_repeat_detractor_needs_two_in_the_window_and_a_detractor_last() -> None:
    h = [(date(2023, 1, 1), 2), (date(2025, 3, 1), 4)]
    today = date(2025, 6, 1)
    assert not a.repeat_detractor(h, today)  # the first is older than 365 days
    assert a.repeat_detractor(h, today, window_days=1000)
    # the window's first day counts
    start = a.window_start(today)
    assert a.repeat_detractor([(start, 1), (today, 0)], today)
    assert not a.repeat_detractor([(start - timedelta(days=1), 1), (today, 0)], today)
    assert not a.repeat_detractor(hist(3, 5, 8), D0 + timedelta(days=30))  # newest passive


def test_detractor_who_became_promoter_is_an_advocate_not_at_risk() -> None:
    h = hist(3, 9)
    assert a.is_advocate(h) and a.advocate_since(h) == D0 + timedelta(days=10)
    assert a.risk_kinds(h, D0 + timedelta(days=20)) == ()
    assert a.trend(h) == 6


def test_advocate_since_is_the_start_of_the_current_unbroken_run() -> None:
    assert a.advocate_since(hist(10, 9, 6, 9, 10, 10)) == D0 + timedelta(days=30)
    assert a.advocate_since(hist(9)) == D0
    assert a.trend(hist(9)) is None and a.latest_score([]) is None
    assert not a.is_advocate([])


def test_fallen_and_repeat_detractor_together() -> None:
    h = hist(10, 4, 3)
    assert a.risk_kinds(h, D0 + timedelta(days=30)) == (a.FALLEN_PROMOTER,
                                                         a.REPEAT_DETRACTOR)


def test_same_day_answers_are_ordered_by_feedback_id() -> None:
    day = date(2025, 5, 5)
    answers = [a.Answer(7, 10, day, day), a.Answer(3, 4, day, day)]
    h = a.order_answers(answers)
    assert h == [(day, 4), (day, 10)]  # id 7 is the newer answer
    assert a.is_advocate(h) and a.trend(h) == 6
    answers = [a.Answer(3, 10, day, day), a.Answer(7, 4, day, day)]
    assert a.fallen_promoter(a.order_answers(answers)) == a.Fall(10, day, 4, day)


def test_an_undated_answer_takes_its_import_day() -> None:
    answers = [a.Answer(1, 9, date(2025, 2, 1), date(2025, 6, 1)),
               a.Answer(2, 3, None, date(2025, 1, 15)),  # imported before the 9's day
               a.Answer(3, 10, None, date(2025, 3, 1))]
    h = a.order_answers(answers)
    assert [s for _d, s in h] == [3, 9, 10]
    assert a.advocate_since(h) == date(2025, 2, 1)


def test_due_attention_at_exactly_care_days_not_before() -> None:
    since = date(2025, 1, 1)
    today = since + timedelta(days=90)
    assert a.days_without_attention(today, since, None) == 90
    assert a.is_due_attention(90, 90) and not a.is_due_attention(89, 90)
    # never cared for: counted from advocate_since; else from the last care entry
    assert a.days_without_attention(today, since, today - timedelta(days=5)) == 5
    assert a.days_without_attention(since, since + timedelta(days=3), None) == 0


def test_attention_order_overdue_first_then_due_by_days_then_the_rest() -> None:
    people = [
        ("rest", 0, False, 200),
        ("due-long", 0, True, 300),
        ("overdue", 1, False, 1),
        ("due-short", 0, True, 95),
    ]
    ranked = sorted(people, key=lambda p: a.attention_key(p[1], p[2], p[3], p[0], 1))
    assert [p[0] for p in ranked] == ["overdue", "due-long", "due-short", "rest"]


def test_follow_up_cutoff_matches_follow_up_due_on_every_day() -> None:
    for offset in range(30):
        today = date(2025, 3, 1) + timedelta(days=offset)
        cutoff = a.follow_up_cutoff(today)
        for back in range(0, 20):
            day = today - timedelta(days=back)
            assert (day <= cutoff) == is_overdue(follow_up_due(day), today), (today, day)


def test_source_counts_most_promoter_answers_first() -> None:
    counts = a.source_counts([("Google", 10), ("Trustpilot", 9), ("Google", 3),
                              ("Trustpilot", 10), (None, 9), ("Google", 9)])
    assert counts == [a.SourceCount("Google", 2, 3), a.SourceCount("Trustpilot", 2, 2),
                      a.SourceCount(None, 1, 1)]
