"""The demo catalogue: built through the services, plausible, deterministic, never over a file."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from advocacy_desktop.db.errors import CatalogueExists
from advocacy_desktop.services import (
    advocates_service,
    catalogue_service,
    catalogue_setup,
    demo_catalogue,
    demo_texts,
    needs_service,
    nps_service,
    responsibility_service,
    sources_service,
    starter_needs,
    workflow_service,
)
from advocacy_desktop.services.demo_data import generate

TODAY = date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, demo_catalogue.DemoSummary]:
    path = tmp_path_factory.mktemp("demo") / "demo.advocacy"
    summary = demo_catalogue.build_demo(path, items=1500, seed=11, today=TODAY)
    return path, summary


def _content_digest(path: Path) -> str:
    """What a user sees of every item, without uuids and timestamps of the build."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT f.external_id, f.received_on, f.score, f.rating, f.text, f.language,"
            " s.name, c.email, f.status, p.name, f.contacted_on,"
            " (SELECT group_concat(n.name, '|') FROM (SELECT n.name FROM feedback_need fn"
            "   JOIN need n ON n.id = fn.need_id WHERE fn.feedback_id = f.id ORDER BY n.name) n)"
            " FROM feedback f LEFT JOIN source s ON s.id = f.source_id"
            " LEFT JOIN customer c ON c.id = f.customer_id"
            " LEFT JOIN person p ON p.id = f.assignee_id ORDER BY s.name, f.external_id"
        ).fetchall()
        care = conn.execute("SELECT practice, done_on, note FROM care_entry ORDER BY id").fetchall()
    finally:
        conn.close()
    return hashlib.sha256(repr((rows, care)).encode()).hexdigest()


def test_the_demo_passes_the_full_check(demo: tuple[Path, demo_catalogue.DemoSummary]) -> None:
    path, summary = demo
    report = catalogue_service.check(path)
    assert report.ok, report.problems
    assert summary.items == 1500
    with catalogue_service.open_existing(path, read_only=True) as catalogue:
        counts = catalogue_service.count_rows(catalogue)
    assert counts.feedback == 1500
    assert counts.import_batches == 4
    assert counts.rejected_rows == 0
    assert not list(path.parent.glob(".*building*")), "the working file was left behind"


def test_a_year_of_feedback_in_six_languages(
    demo: tuple[Path, demo_catalogue.DemoSummary],
) -> None:
    path, summary = demo
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        languages = dict(conn.execute("SELECT language, count(*) FROM feedback GROUP BY 1"))
        first, last = conn.execute(
            "SELECT min(received_on), max(received_on) FROM feedback").fetchone()
        months = conn.execute(
            "SELECT count(DISTINCT substr(received_on, 1, 7)) FROM feedback").fetchone()[0]
        korean = conn.execute(
            "SELECT text FROM feedback WHERE language = 'ko' AND text IS NOT NULL LIMIT 1"
        ).fetchone()[0]
        rated_only = conn.execute(
            "SELECT count(*) FROM feedback WHERE rating IS NOT NULL AND score IS NULL").fetchone()
        both = conn.execute(
            "SELECT count(*) FROM feedback WHERE rating IS NOT NULL AND score IS NOT NULL"
        ).fetchone()
    finally:
        conn.close()
    assert set(languages) == set(demo_texts.LANGUAGES)
    assert all(count >= 100 for count in languages.values()), languages
    assert any("\uac00" <= ch <= "\ud7a3" for ch in korean)  # Hangul
    assert date.fromisoformat(last) == TODAY
    assert date.fromisoformat(first) >= TODAY - timedelta(days=364)
    assert date.fromisoformat(first) <= TODAY - timedelta(days=350)
    assert months >= 12
    assert (summary.first_day, summary.last_day) == (first, last)
    assert rated_only[0] > 100, "marketplaces bring star ratings without a recommend answer"
    assert both[0] > 10, "invited Trustpilot reviews carry both"


def test_nps_differs_from_source_to_source(
    demo: tuple[Path, demo_catalogue.DemoSummary],
) -> None:
    path, _summary = demo
    with catalogue_service.open_existing(path, read_only=True) as catalogue:
        groups = {g.key: g for g in nps_service.grouped(catalogue, "source")}
        overall = nps_service.overall(catalogue)
    assert {"Survey", "Support desk", "E-mail", "Phone", "Trustpilot"} <= set(groups)
    assert "Amazon" not in groups, "star ratings never count as NPS"
    values = [g.nps for g in groups.values() if g.n >= 30]
    assert max(values) - min(values) >= 15, groups
    assert -30 < overall.nps < 60


def test_advocates_and_customers_at_risk_exist(
    demo: tuple[Path, demo_catalogue.DemoSummary],
) -> None:
    path, summary = demo
    with catalogue_service.open_existing(path, read_only=True) as catalogue:
        advocates = advocates_service.advocates(catalogue, today=TODAY)
        at_risk = advocates_service.at_risk(catalogue, today=TODAY)
        cared = [a for a in advocates if a.last_care is not None]
    kinds = {kind for r in at_risk for kind in r.kinds}
    assert kinds == {"fallen_promoter", "repeat_detractor"}
    assert any(a.answers >= 3 for a in advocates), "loyal customers who answered again and again"
    assert cared and len(cared) < len(advocates), "some advocates cared for, others due"
    assert summary.advocates == len(advocates) and summary.at_risk == len(at_risk)
    assert summary.care_entries >= len(cared)


def test_every_need_has_items_tagged_by_the_rules(
    demo: tuple[Path, demo_catalogue.DemoSummary],
) -> None:
    path, summary = demo
    with catalogue_service.open_existing(path, read_only=True) as catalogue:
        needs = needs_service.list_needs(catalogue)
    assert [n.name for n in needs] == starter_needs.all_names()
    assert all(n.items > 0 for n in needs), [(n.path, n.items) for n in needs]
    assert any(n.depth == 1 for n in needs) and all(n.colour for n in needs)
    assert summary.tagged >= 1000


def test_responsibilities_have_gaps_and_filled_cells_and_work_is_followed_up(
    demo: tuple[Path, demo_catalogue.DemoSummary],
) -> None:
    path, _summary = demo
    with catalogue_service.open_existing(path, read_only=True) as catalogue:
        matrix = responsibility_service.matrix(catalogue)
        queue = workflow_service.follow_up_queue(catalogue, today=TODAY)
        sources = {s.name: s for s in sources_service.list_sources(catalogue)}
    gaps = {row.name for row in matrix if row.gap}
    filled = [row for row in matrix if row.holders.get("R")]
    assert "Price" in gaps and "Tripadvisor" in gaps
    assert "Delivery" not in gaps and len(filled) >= 5
    assert any(row.holders.get("A") for row in matrix)
    assert sources["Tripadvisor"].collect is False and sources["Survey"].collect is True
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        statuses = dict(conn.execute("SELECT status, count(*) FROM feedback GROUP BY 1"))
        assigned, contacted = conn.execute(
            "SELECT count(assignee_id), count(contacted_on) FROM feedback").fetchone()
    finally:
        conn.close()
    assert {"new", "triaged", "in_progress", "resolved", "closed", "wont_fix"} <= set(statuses)
    assert 0 < assigned < 1500 and 0 < contacted < assigned
    assert queue, "some detractors still wait to be contacted"


def test_the_same_seed_gives_the_same_catalogue(tmp_path: Path) -> None:
    first, second, other = (tmp_path / f"{name}.advocacy" for name in ("a", "b", "c"))
    demo_catalogue.build_demo(first, items=200, seed=5, today=TODAY)
    demo_catalogue.build_demo(second, items=200, seed=5, today=TODAY)
    demo_catalogue.build_demo(other, items=200, seed=6, today=TODAY)
    assert _content_digest(first) == _content_digest(second)
    assert _content_digest(first) != _content_digest(other)
    assert generate(200, 5, TODAY) == generate(200, 5, TODAY)


def test_an_existing_path_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "demo.advocacy"
    path.write_bytes(b"my notes")
    with pytest.raises(CatalogueExists):
        demo_catalogue.build_demo(path, items=100, today=TODAY)
    assert path.read_bytes() == b"my notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.advocacy"]


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.advocacy"
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    with pytest.raises(catalogue_setup.SetupCancelled):
        demo_catalogue.build_demo(path, items=400, today=TODAY, progress=progress,
                                  should_cancel=lambda: len(seen) >= 3)
    assert list(tmp_path.iterdir()) == []


def test_the_needs_can_be_named_in_the_users_language(tmp_path: Path) -> None:
    path = tmp_path / "demo.advocacy"
    names = {"Price": "Preis", "Discounts": "Rabatte", "Delivery": "Lieferung"}
    demo_catalogue.build_demo(path, items=100, today=TODAY, need_names=names)
    with catalogue_service.open_existing(path, read_only=True) as catalogue:
        paths = [n.path for n in needs_service.list_needs(catalogue)]
    assert paths[:2] == ["Preis", "Preis › Rabatte"]
    assert "Lieferung › Speed" in paths


def test_items_out_of_range_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        demo_catalogue.build_demo(tmp_path / "x.advocacy", items=10)
    assert not (tmp_path / "x.advocacy").exists()
