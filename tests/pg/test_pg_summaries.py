"""The dashboard's summary tables on a team catalogue (revision 0010): insert-only delta rows
kept exact by statement triggers through every kind of change, compacted without losing a
concurrent writer's rows, two writers on the same keys never failing each other, and the
dashboard's figures from the summaries equal to those counted from the items."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from advocacy_desktop.db import migrate, summaries
from advocacy_desktop.db.models import Base
from advocacy_desktop.domain.nps import Category
from advocacy_desktop.services import (
    catalogue_copy,
    dashboard_service,
    nps_analytics,
    nps_service,
    summary_queries,
)
from advocacy_desktop.services.feedback_filters import FeedbackFilter

pytest.importorskip("psycopg", reason="the 'team' extra (psycopg) is not installed")

from advocacy_desktop.db.team import TeamCatalogue, open_team_catalogue

SOURCES, NEEDS, PEOPLE = (111, 112, 113), (121, 122, 123), (131, 132)


def _rows(count: int = 400, first: int = 1, seed: int = 5) -> dict[str, list[dict[str, Any]]]:
    rng = random.Random(seed)
    feedback, tags = [], []
    for ident in range(first, first + count):
        rating = None if ident % 3 else rng.choice([1, 2, 2.5, 3, 4, 4.5, 5])
        feedback.append({
            "id": ident, "uuid": f"f{ident}",
            "score": None if ident % 10 == 0 else rng.randint(0, 10),
            "rating": rating, "rating_scale": None if rating is None else 5,
            "received_on": None if ident % 17 == 0 else date(2024, 1 + ident % 12,
                                                             1 + ident % 28),
            "source_id": None if ident % 11 == 0 else rng.choice(SOURCES),
            "status": rng.choice(["new", "triaged", "closed", "wont_fix"]),
            "assignee_id": rng.choice([*PEOPLE, None]),
        })
        for need in rng.sample(NEEDS, rng.randint(0, 2)):
            tags.append({"feedback_id": ident, "need_id": need, "origin": "manual"})
    return {"feedback": feedback, "feedback_need": tags}


def _fill(conn: Any, rows: dict[str, list[dict[str, Any]]]) -> None:
    for name, table_rows in rows.items():
        conn.execute(Base.metadata.tables[name].insert(), table_rows)


def _fixed(conn: Any) -> None:
    conn.execute(Base.metadata.tables["person"].insert(),
                 [{"id": i, "uuid": f"p{i}", "name": f"Person {i}"} for i in PEOPLE])
    conn.execute(Base.metadata.tables["source"].insert(),
                 [{"id": i, "uuid": f"s{i}", "name": f"Source {i}"} for i in SOURCES])
    conn.execute(Base.metadata.tables["need"].insert(),
                 [{"id": i, "uuid": f"n{i}", "name": f"Need {i}", "position": i}
                  for i in NEEDS])


@pytest.fixture
def team(pg_url: str) -> Iterator[TeamCatalogue]:
    catalogue = open_team_catalogue(pg_url, create=True)
    with catalogue.write_connection() as conn:
        _fixed(conn)
        _fill(conn, _rows())
    try:
        yield catalogue
    finally:
        catalogue.close()


def _differences(catalogue: TeamCatalogue) -> list[str]:
    with catalogue.read() as session:
        return summaries.differences(session.connection().connection.driver_connection)


def _rows_in(catalogue: TeamCatalogue, table: str) -> int:
    with catalogue.read() as session:
        return session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def test_the_upgrade_counts_the_items_already_there(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        with connection.begin():
            command.upgrade(migrate.alembic_config(connection), "0009_advocates")
        with connection.begin():
            _fixed(connection)
            _fill(connection, _rows())
            assert connection.execute(text("SELECT count(*) FROM summary_nps_day")).scalar() == 0
        migrate.upgrade(connection)
        with connection.begin():
            raw = connection.connection.driver_connection
            assert summaries.pg_kept(raw)
            assert summaries.differences(raw) == []
            assert connection.execute(text("SELECT count(*) FROM summary_nps_day")).scalar() > 0
    engine.dispose()


def test_every_kind_of_change_keeps_the_counts_exact(team: TeamCatalogue) -> None:
    assert _differences(team) == []
    steps = [
        "UPDATE feedback SET score = (score + 3) % 11 WHERE id % 7 = 0",
        "UPDATE feedback SET score = NULL WHERE id % 13 = 0",
        "UPDATE feedback SET score = 9 WHERE score IS NULL AND id % 3 = 0",
        "UPDATE feedback SET received_on = received_on + 1 WHERE id % 5 = 0",
        "UPDATE feedback SET received_on = NULL WHERE id % 19 = 0",
        "UPDATE feedback SET received_on = DATE '2025-02-03' WHERE received_on IS NULL",
        "UPDATE feedback SET source_id = 112 WHERE id % 4 = 1",
        "UPDATE feedback SET source_id = NULL WHERE id % 23 = 0",
        "UPDATE feedback SET status = 'closed' WHERE id % 6 = 0",
        "UPDATE feedback SET status = 'new' WHERE id % 8 = 0",
        "UPDATE feedback SET assignee_id = 132 WHERE id % 9 = 0",
        "UPDATE feedback SET rating = 3.2, rating_scale = 5 WHERE id % 3 = 0",
        "UPDATE feedback SET rating = 3.4 WHERE id % 6 = 0",  # same stars, other total
        "UPDATE feedback SET rating = NULL WHERE id % 12 = 0",
        "UPDATE feedback SET notes = 'seen'",  # no key changes: nothing counted
        "INSERT INTO feedback_need (feedback_id, need_id, origin) SELECT id, 123, 'manual'"
        " FROM feedback WHERE id % 4 = 0 ON CONFLICT DO NOTHING",  # tag
        "DELETE FROM feedback_need WHERE need_id = 121 AND feedback_id % 3 = 0",  # untag
        "UPDATE feedback_need SET need_id = 121 WHERE need_id = 122 AND feedback_id % 2 = 0"
        " AND NOT EXISTS (SELECT 1 FROM feedback_need AS o WHERE o.need_id = 121"
        " AND o.feedback_id = feedback_need.feedback_id)",  # move a tag
        "DELETE FROM feedback WHERE id % 16 = 0",  # items with needs: cascade
        "DELETE FROM feedback WHERE id IN (SELECT feedback_id FROM feedback_need"
        " WHERE need_id = 122 LIMIT 5)",
        "DELETE FROM need WHERE id = 122",  # cascade to feedback_need
        "DELETE FROM person WHERE id = 131",  # assignees set null
        "DELETE FROM source WHERE id = 113",  # sources set null
    ]
    for sql in steps:
        with team.write_connection() as conn:
            changed = conn.execute(text(sql)).rowcount
        assert changed, sql
        assert _differences(team) == [], sql
    with team.write_connection() as conn:  # several changes in one transaction
        tables = Base.metadata.tables
        conn.execute(tables["person"].insert(), {"id": 131, "uuid": "p131", "name": "Back"})
        conn.execute(tables["source"].insert(), {"id": 113, "uuid": "s113", "name": "Back"})
        conn.execute(tables["need"].insert(),
                     {"id": 122, "uuid": "n122", "name": "Back", "position": 0})
        _fill(conn, _rows(50, first=1001, seed=9))
        conn.execute(text("UPDATE feedback SET score = 0 WHERE id > 1020"))
        conn.execute(text("DELETE FROM feedback WHERE id > 1040"))
    assert _differences(team) == []


def test_compaction_folds_the_deltas_to_one_row_per_key(team: TeamCatalogue) -> None:
    for step in range(6):
        with team.write_connection() as conn:
            conn.execute(text("UPDATE feedback SET score = (score + 1) % 11"
                              " WHERE id % 3 = :s"), {"s": step % 3})
    grown = sum(_rows_in(team, table) for table in summaries.TABLES)
    with team.write_connection() as conn:
        raw = conn.connection.driver_connection
        assert summaries.pg_compact(raw, over=10**9) == 0  # under the bound: left as it is
        removed = summaries.pg_compact(raw)
    assert removed > 0
    assert sum(_rows_in(team, table) for table in summaries.TABLES) == grown - removed
    with team.read() as session:
        for table in summaries.TABLES:
            keys = ", ".join(summaries.PG_COLUMNS[table][0])
            duplicated = session.execute(text(
                f"SELECT count(*) FROM (SELECT {keys} FROM {table} GROUP BY {keys}"
                " HAVING count(*) > 1 OR sum(n) = 0) AS d")).scalar_one()
            assert duplicated == 0, table
    assert _differences(team) == []


def _add(conn: Any, ident: int, need: int) -> None:
    conn.execute(text(
        "INSERT INTO feedback (id, uuid, score, received_on, source_id, status, rating,"
        " rating_scale) VALUES (:i, :u, 9, DATE '2024-06-01', 111, 'new', 4, 5)"),
        {"i": ident, "u": f"c{ident}"})
    conn.execute(text("INSERT INTO feedback_need (feedback_id, need_id, origin)"
                      " VALUES (:i, :n, 'manual')"), {"i": ident, "n": need})


def test_two_writers_on_the_same_day_and_source_both_commit(team: TeamCatalogue) -> None:
    # REPEATABLE READ: a counter row updated by both would fail the second with 40001
    with TeamCatalogue(team.url) as first, TeamCatalogue(team.url) as second:
        barrier, errors = threading.Barrier(2, timeout=20), []

        def write(catalogue: TeamCatalogue, ident: int) -> None:
            try:
                with catalogue.write_connection() as conn:
                    conn.execute(text("SET LOCAL lock_timeout = '5s'"))
                    conn.execute(text("SELECT count(*) FROM summary_nps_day"))  # the snapshot
                    _add(conn, ident, 121)
                    barrier.wait()  # both have written before either commits
            except Exception as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=write, args=(c, i))
                   for c, i in ((first, 5001), (second, 5002))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert errors == []
    with team.read() as session:
        assert session.execute(text("SELECT sum(n) FROM summary_nps_day WHERE day = '2024-06-01'"
                                    " AND source_id = 111 AND score = 9")).scalar_one() >= 2
    assert _differences(team) == []


def test_a_compaction_keeps_the_rows_of_a_writer_it_did_not_see(team: TeamCatalogue) -> None:
    with TeamCatalogue(team.url) as other:
        with team.write_connection() as conn:
            _add(conn, 6001, 122)  # written, not committed while the compaction runs
            with other.write_connection() as compacting:
                assert summaries.pg_compact(compacting.connection.driver_connection) >= 0
        with other.write_connection() as compacting:  # a second one while none runs
            summaries.pg_compact(compacting.connection.driver_connection)
    assert _differences(team) == []


FILTERS = [
    FeedbackFilter(),
    FeedbackFilter(date_from=date(2024, 3, 1), date_to=date(2024, 8, 31)),
    FeedbackFilter(date_to=date(2024, 5, 15)),
    FeedbackFilter(categories=frozenset({Category.DETRACTOR})),
    FeedbackFilter(score_min=5, score_max=9, date_from=date(2024, 2, 1)),
    FeedbackFilter(sources=(111, 112)),
    FeedbackFilter(sources=(112,), date_from=date(2024, 4, 1)),
    FeedbackFilter(needs=(122,), date_from=date(2024, 2, 1)),
]


@pytest.mark.parametrize("index", range(len(FILTERS)))
def test_the_dashboard_from_the_summaries_equals_counting_the_items(
        team: TeamCatalogue, monkeypatch: pytest.MonkeyPatch, index: int) -> None:
    with team.write_connection() as conn:  # deltas next to compacted rows
        conn.execute(text("UPDATE feedback SET score = (score + 5) % 11 WHERE id % 4 = 0"))
        conn.execute(text("DELETE FROM feedback_need WHERE feedback_id % 5 = 0"))
    flt = FILTERS[index]
    with team.read() as session:
        raw = session.connection().connection.driver_connection
        assert summary_queries.score_counts(raw, flt) is not None  # really the fast path
    for fn in (
        lambda: nps_service.overall(team, flt),
        lambda: nps_analytics.distribution(team, flt),
        lambda: nps_analytics.daily_counts(team, flt),
        lambda: nps_analytics.grouped_needs(team, flt),
        lambda: nps_analytics.ratings_by_source(team, flt),
        lambda: nps_analytics.open_by_owner(team, flt),
        *[lambda by=by: nps_service.grouped(team, by, flt)
          for by in ("source", "need", "week", "month", "quarter", "year")],
    ):
        fast = fn()
        with monkeypatch.context() as patch:
            patch.setattr(summary_queries, "where", lambda flt, table: None)
            slow = fn()
        if isinstance(fast, list):
            fast, slow = sorted(fast, key=repr), sorted(slow, key=repr)
        assert fast == slow
    board = dashboard_service.load(team, flt)
    assert board.overall.n > 0


def test_before_revision_0010_the_summaries_are_not_read(team: TeamCatalogue) -> None:
    with team.write_connection() as conn:
        summaries.pg_drop(conn.connection.driver_connection)
    with team.read() as session:
        raw = session.connection().connection.driver_connection
        assert not summaries.pg_kept(raw)
        assert summary_queries.score_counts(raw, None) is None
        assert summary_queries.need_counts(raw, None) is None
        assert summary_queries.rating_counts(raw, None) is None
        assert summary_queries.open_counts(raw, None) is None


def test_a_copy_from_a_file_is_counted_and_reads_like_the_file(
        catalogue: Any, pg_url: str) -> None:
    with catalogue.write_connection() as conn:
        _fixed(conn)
        _fill(conn, _rows(300, seed=3))
    catalogue_copy.copy(catalogue, pg_url)
    with open_team_catalogue(pg_url) as copied:
        assert _differences(copied) == []
        assert _rows_in(copied, "summary_need_source_day") > 0
        for flt in (FeedbackFilter(), FeedbackFilter(sources=(112,), date_to=date(2024, 6, 1))):
            assert nps_service.grouped(copied, "month", flt) == nps_service.grouped(
                catalogue, "month", flt)
            assert nps_analytics.open_by_owner(copied, flt) == nps_analytics.open_by_owner(
                catalogue, flt)
