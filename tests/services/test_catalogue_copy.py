"""Copying a whole catalogue: identical content, equal answers, nothing left on cancel."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from advocacy_desktop.db import summaries
from advocacy_desktop.services import (
    catalogue_copy,
    catalogue_service,
    feedback_query,
    import_service,
    needs_service,
    nps_service,
    people_service,
    privacy,
    tagging,
)
from advocacy_desktop.services.feedback_filters import FeedbackFilter

CSV = (
    "Review ID,Date,NPS,Comment,Source,Email,Stars\n"
    "1,2025-01-10,10,Great service,Trustpilot,a@example.com,5\n"
    "2,2025-01-20,3,Slow 고객서비스도 delivery,Trustpilot,b@example.com,2\n"
    "3,2025-02-03,8,Fine price,Google,,4\n"
    "4,2025-02-14,9,Lovely staff,Google,a@example.com,\n"
)


@pytest.fixture
def filled(catalogue: catalogue_service.Catalogue, tmp_path: Path) -> catalogue_service.Catalogue:
    path = tmp_path / "in.csv"
    path.write_text(CSV, encoding="utf-8")
    import_service.run_import(catalogue, path, import_service.ImportOptions())
    parent = needs_service.add_need(catalogue, "Delivery").need_id
    child = needs_service.add_need(catalogue, "Late", parent_id=parent).need_id
    root = needs_service.add_need(catalogue, "Root").need_id
    needs_service.move_need(catalogue, parent, root)  # a parent with a larger id than before
    tagging.tag(catalogue, [1, 2], child)
    people_service.add_person(catalogue, "Alice", "alice@example.com")
    privacy.pseudonyms(catalogue)  # creates the catalogue secret, which a copy keeps
    return catalogue


def test_file_to_file_is_identical_and_answers_the_same(
        filled: catalogue_service.Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "copy.advocacy"
    seen: list[tuple[int, int]] = []
    report = catalogue_copy.copy(filled, out, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] == report.rows
    assert catalogue_copy.catalogue_digests(filled) == report.tables
    copied = catalogue_service.open_existing(out)
    try:
        assert catalogue_copy.catalogue_digests(copied) == report.tables
        assert nps_service.overall(copied) == nps_service.overall(filled)
        for text in ("service", "서비스", "price"):
            flt = FeedbackFilter(text=text)
            assert feedback_query.count(copied, flt) == feedback_query.count(filled, flt) > 0
        assert feedback_query.count(copied, FeedbackFilter(needs=(1,))) == 2
    finally:
        copied.close()
    with sqlite3.connect(out) as conn:
        assert summaries.differences(conn) == []
    assert catalogue_service.check(out).ok


def test_bulk_path_rebuilds_search_and_summaries(
        filled: catalogue_service.Catalogue, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalogue_copy, "BULK_MIN_ROWS", 1)
    out = tmp_path / "bulk.advocacy"
    catalogue_copy.copy(filled, out)
    copied = catalogue_service.open_existing(out)
    try:
        flt = FeedbackFilter(text="서비스")
        assert feedback_query.count(copied, flt) == 1
        with sqlite3.connect(out) as conn:
            assert summaries.differences(conn) == []
            triggers = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
            with sqlite3.connect(filled.path) as original:
                assert triggers.fetchone() == original.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()
    finally:
        copied.close()


def test_cancel_leaves_no_target(filled: catalogue_service.Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.advocacy"
    with pytest.raises(catalogue_copy.CopyCancelled):
        catalogue_copy.copy(filled, out, cancelled=lambda: True)
    assert list(tmp_path.glob("cancelled*")) == []


def test_refuses_a_target_with_data(filled: catalogue_service.Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "copy.advocacy"
    first = catalogue_copy.copy(filled, out)
    with pytest.raises(catalogue_copy.CopyError, match="not empty"):
        catalogue_copy.copy(filled, out)
    kept = catalogue_service.open_existing(out)
    try:
        assert catalogue_copy.catalogue_digests(kept) == first.tables
    finally:
        kept.close()


def test_an_existing_empty_catalogue_is_filled(filled: catalogue_service.Catalogue,
                                               tmp_path: Path) -> None:
    out = tmp_path / "empty.advocacy"
    catalogue_service.create(out).close()
    report = catalogue_copy.copy(filled, out)
    assert report.tables == catalogue_copy.catalogue_digests(filled)
