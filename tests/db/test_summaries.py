"""The dashboard's summary tables stay equal to a fresh count through every kind of change:
imports (row by row and the bulk path), tagging, merges and deletes of needs, source changes,
workflow moves, deletes of items, undo of an import, and upgrade of an older catalogue."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.db import summaries
from advocacy_desktop.services import (
    import_service,
    needs_service,
    people_service,
    sources_service,
    tagging,
    workflow_service,
)
from advocacy_desktop.services.importing import writer


def differences(catalogue: Any) -> list[str]:
    with catalogue.read() as session:
        return summaries.differences(session.connection().connection.driver_connection)


def summary_rows(catalogue: Any, table: str) -> int:
    with catalogue.read() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table} WHERE n != 0")).scalar())


def write_csv(path: Path, count: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["ID", "Date", "NPS", "Stars", "Comment", "Source", "Needs"])
        for i in range(start, start + count):
            out.writerow([
                f"R{i}", "" if i % 13 == 0 else f"2025-0{1 + i % 6}-{1 + i % 27:02d}",
                "" if i % 9 == 0 else i % 11, "" if i % 4 else 1 + (i % 5) + (0.5 if i % 8 else 0),
                f"comment {i}", ("Trustpilot", "Survey", "")[i % 3],
                ("Price", "Delivery, Price", "")[i % 3],
            ])
    return path


def ids(catalogue: Any) -> list[int]:
    with catalogue.read() as session:
        return [int(r[0]) for r in session.execute(text("SELECT id FROM feedback ORDER BY id"))]


def test_row_by_row_import_and_every_edit_keep_the_counts(
    catalogue: Any, tmp_path: Path
) -> None:
    import_service.run_import(catalogue, write_csv(tmp_path / "a.csv", 300))
    assert summary_rows(catalogue, "summary_nps_day") > 50
    assert summary_rows(catalogue, "summary_need_day") > 20
    assert summary_rows(catalogue, "summary_rating_day") > 5
    assert differences(catalogue) == []

    every = ids(catalogue)
    needs = {n.name: n.id for n in needs_service.list_needs(catalogue)}
    tagging.tag(catalogue, every[:100], needs["Delivery"])
    tagging.untag(catalogue, every[50:80], needs["Price"])
    assert differences(catalogue) == []

    survey = next(s.id for s in sources_service.list_sources(catalogue) if s.name == "Survey")
    tagging.set_source(catalogue, every[::5], survey)
    person = people_service.add_person(catalogue, "Ana")
    workflow_service.assign(catalogue, every[:40], person)
    workflow_service.set_status(catalogue, every[:20], "triaged")
    workflow_service.set_status(catalogue, every[:10], "wont_fix")
    assert differences(catalogue) == []

    with catalogue.write_connection() as conn:  # score, date and rating edits, direct SQL
        conn.execute(text("UPDATE feedback SET score = 10 - coalesce(score, 5),"
                          " received_on = '2024-12-31', rating = 2.5 WHERE id % 7 = 0"))
        conn.execute(text("UPDATE feedback SET score = NULL WHERE id % 11 = 0"))
    assert differences(catalogue) == []

    needs_service.merge_needs(catalogue, needs["Price"], needs["Delivery"])
    assert differences(catalogue) == []
    trustpilot = next(s.id for s in sources_service.list_sources(catalogue)
                      if s.name == "Trustpilot")
    sources_service.delete_source(catalogue, trustpilot)
    assert differences(catalogue) == []

    with catalogue.write_connection() as conn:  # items deleted with their needs (cascade)
        conn.execute(text("DELETE FROM feedback WHERE id % 3 = 0"))
    assert differences(catalogue) == []
    needs_service.delete_need(catalogue, needs["Delivery"], move_items_to=None,
                              move_children_to=None, untag_items=True)
    assert differences(catalogue) == []
    assert summary_rows(catalogue, "summary_need_day") == 0


def test_the_bulk_import_path_counts_per_batch_and_undo_takes_it_back(
    catalogue: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "BULK_MIN_ROWS", 10)  # the path real 50k-row loads take
    filled: list[int] = []
    fill = summaries.fill_for_batch
    monkeypatch.setattr(summaries, "fill_for_batch",
                        lambda conn, batch: (filled.append(batch), fill(conn, batch)))
    first = import_service.run_import(catalogue, write_csv(tmp_path / "a.csv", 400))
    assert filled == [first.batch_id]
    assert differences(catalogue) == []
    with catalogue.read() as session:  # the triggers are back after the bulk load
        names = {r[0] for r in session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    assert set(summaries.FEEDBACK_TRIGGERS) <= names
    second = import_service.run_import(catalogue, write_csv(tmp_path / "b.csv", 600, 300))
    assert second.imported == 500 and filled == [first.batch_id, second.batch_id]
    assert differences(catalogue) == []
    import_service.undo_batch(catalogue, first.batch_id)
    assert differences(catalogue) == []
    import_service.undo_batch(catalogue, second.batch_id)
    assert differences(catalogue) == []
    assert summary_rows(catalogue, "summary_nps_day") == 0


def test_differences_notices_a_wrong_count(catalogue: Any, tmp_path: Path) -> None:
    import_service.run_import(catalogue, write_csv(tmp_path / "a.csv", 30))
    with catalogue.write_connection() as conn:
        conn.execute(text("UPDATE summary_nps_day SET n = n + 1"
                          " WHERE score = (SELECT min(score) FROM summary_nps_day)"))
    problems = differences(catalogue)
    assert len(problems) == 1 and problems[0].startswith("summary_nps_day")


def test_an_older_catalogue_is_counted_when_it_is_upgraded(tmp_path: Path) -> None:
    from alembic import command

    from advocacy_desktop.db import migrate
    from advocacy_desktop.db.catalogue import create_catalogue, sqlite_engine
    from advocacy_desktop.services import catalogue_service

    path = tmp_path / "old.advocacy"
    catalogue = create_catalogue(path)
    import_service.run_import(catalogue, write_csv(tmp_path / "a.csv", 120))
    catalogue.close()
    engine = sqlite_engine(path)
    with engine.connect() as connection, connection.begin():
        command.downgrade(migrate.alembic_config(connection), "0007_contacted")
    engine.dispose()
    conn = sqlite3.connect(path)
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'summary%'").fetchall()
    conn.close()

    with catalogue_service.open_existing(path) as upgraded:
        assert summary_rows(upgraded, "summary_nps_day") > 0
        assert differences(upgraded) == []
