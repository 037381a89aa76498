"""The dashboard and search on a team catalogue (PostgreSQL) with 1M items, beside SQLite.

    python benchmarks/pg_bench.py [--url postgresql+psycopg://…] [--path benchmarks/data/
        browse-1000000.advocacy] [--copy-service]

Without --url a throwaway server is started the way the tests start one (tests/pg/conftest.py:
Debian's binaries, a data directory under /tmp, a Unix socket only) and stopped at the end.
The SQLite benchmark catalogue (benchmarks/browse_bench.py, tagged by nps_bench.py) is copied
into the database once — a database that already holds its items is reused — by PostgreSQL's
COPY of the tables the queries read (the search indexes dropped during the copy and built
again after it), or with --copy-service through services/catalogue_copy.copy (every table,
checked, slower). Then the dashboard load (no filter, one source, last 90 days) and two search
counts (a word, a Korean substring) are timed on both: medians of 5 runs after a warm-up.
The dashboard on PostgreSQL is timed twice: from its summary tables (revision 0010: delta
rows written by the triggers during the copy, then compacted) and counted from the items (the
way before revision 0010, by making `summary_queries.where` answer None).
Then the browser's figures of benchmarks/browse_bench.py through services/feedback_query on
both (no Qt: the first page, the positions task, the jump to the end = rows_at at the end with
the positions known, a filtered count, deep pages, word and Korean searches: count + first
page), and the change watch's stamp (services/concurrency, polled every 3 s on the UI thread):
medians of 10, on PostgreSQL also without revision 0011's index on feedback.updated_at.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

#: the tables the dashboard and search read, parents first
TABLES = ("person", "source", "customer", "import_batch", "need", "feedback", "feedback_need")
SEARCH_INDEXES = ("feedback_fts_word", "feedback_fts_tri")


def median_ms(fn: Callable[[], Any], runs: int = 5) -> tuple[float, Any]:
    fn()  # warm-up: caches, plans
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


@contextmanager
def server(url: str | None) -> Iterator[str]:
    """`url`, or a throwaway server's database for the run."""
    if url:
        yield url
        return
    sys.path.insert(0, str(HERE.parent / "tests" / "pg"))
    import conftest  # tests/pg/conftest.py: the tests' own server helpers

    started, prefix = conftest._start()
    try:
        with started.admin() as conn:
            conn.execute('CREATE DATABASE "advocacy_bench"')
        print(f"throwaway server in {started.socket_dir}")
        yield started.url("advocacy_bench")
    finally:
        conftest._stop(started, prefix)


def copy_by_copy(path: Path, team: Any) -> None:
    """COPY the rows of TABLES from the file into the (new, empty) team catalogue."""
    from advocacy_desktop.db.models import Base

    source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    with team.engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.autocommit = True
        definitions = dict(raw.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY(%s)",
            [list(SEARCH_INDEXES)]).fetchall())
        with raw.transaction():
            for name in definitions:
                raw.execute(f"DROP INDEX {name}")
            raw.execute(f"TRUNCATE {', '.join(TABLES)} CASCADE")
            for table in TABLES:
                start = time.perf_counter()
                columns = [c.name for c in Base.metadata.tables[table].columns]
                listed = ", ".join(columns)
                rows = 0
                with raw.cursor().copy(f"COPY {table} ({listed}) FROM STDIN") as copy:
                    for row in source.execute(f"SELECT {listed} FROM {table}"):
                        copy.write_row(row)
                        rows += 1
                print(f"  copied {table}: {rows:,} rows in {time.perf_counter() - start:.1f} s")
            for name, definition in definitions.items():
                start = time.perf_counter()
                raw.execute(definition)
                print(f"  built {name} in {time.perf_counter() - start:.1f} s")
        compact(raw)
        start = time.perf_counter()
        raw.execute("VACUUM ANALYZE")
        print(f"  VACUUM ANALYZE in {time.perf_counter() - start:.1f} s")
    source.close()


def compact(raw: Any) -> None:
    """Fold the summary tables' delta rows (one set per COPY statement) to one row per key."""
    from advocacy_desktop.db import summaries

    start = time.perf_counter()
    with raw.transaction():
        removed = summaries.pg_compact(raw)
    rows = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in summaries.TABLES}
    print(f"  compacted the summary tables in {time.perf_counter() - start:.1f} s"
          f" ({removed:,} delta rows folded; now " + ", ".join(
              f"{t.removeprefix('summary_')} {n:,}" for t, n in rows.items()) + ")")


def copy_by_service(path: Path, team: Any) -> None:
    from advocacy_desktop.services import catalogue_copy, catalogue_service

    file_catalogue = catalogue_service.open_existing(path)
    try:
        catalogue_copy.copy(file_catalogue, team)
    finally:
        file_catalogue.close()
    with team.engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.autocommit = True
        compact(raw)
        raw.execute("VACUUM ANALYZE")


def explain(team: Any, flt: Any) -> str:
    from advocacy_desktop.db.dialect import to_pyformat
    from advocacy_desktop.services.feedback_filters import where_clause

    where, params = where_clause(flt, postgres=True)
    with team.read() as session:
        conn = session.connection().connection.driver_connection
        rows = conn.execute(to_pyformat("EXPLAIN (ANALYZE, BUFFERS) SELECT count(*)"
                                        f" FROM feedback WHERE {where}"), params).fetchall()
    return "\n".join("    " + row[0] for row in rows)


def browse(catalogue: Any, source_id: int) -> dict[str, tuple[float, str]]:
    """browse_bench.py's service figures (ms, note) on one catalogue."""
    from advocacy_desktop.domain.nps import Category
    from advocacy_desktop.services import feedback_query as q
    from advocacy_desktop.services.feedback_filters import FeedbackFilter

    everything = FeedbackFilter()
    detractors = FeedbackFilter(sources=(source_id,), categories=frozenset({Category.DETRACTOR}))
    results: dict[str, tuple[float, str]] = {}
    ms, rows = median_ms(lambda: q.page(catalogue, everything))
    results["first page"] = (ms, f"{len(rows)} rows")
    ms, known = median_ms(lambda: q.positions(catalogue, everything), runs=3)
    results["positions (task)"] = (ms, f"{known.count:,} rows")
    end = max(known.count - 200, 0)
    ms, rows = median_ms(lambda: q.rows_at(catalogue, everything, end, 200, known=known))
    results["jump to end"] = (ms, f"last id {rows[-1].id if rows else None}")
    ms, found = median_ms(lambda: q.count(catalogue, detractors))
    results["filtered count"] = (ms, f"{found:,} Amazon detractors")
    depth = min(900_000, int(known.count * 0.9))
    ms, rows = median_ms(lambda: q.rows_at(catalogue, everything, depth, 200, known=known))
    results["deep page"] = (ms, f"200 rows at {depth:,}")
    known_f = q.positions(catalogue, detractors)
    depth_f = int(known_f.count * 0.9)
    ms, rows = median_ms(lambda: q.rows_at(catalogue, detractors, depth_f, 200, known=known_f))
    results["deep page (filtered)"] = (ms, f"200 rows at {depth_f:,}")

    def search(text: str) -> tuple[int, list[Any]]:
        flt = FeedbackFilter(text=text)
        return q.count(catalogue, flt), q.page(catalogue, flt)

    searches = (("word search", "Lieferung", 5), ("word search (rare)", "123456", 5),
                ("word search (none)", "service", 5), ("Korean substring", "서비스", 5),
                ("2-letter Korean", "배송", 3))
    for label, word, runs in searches:
        ms, (n, _rows) = median_ms(lambda w=word: search(w), runs=runs)
        results[label] = (ms, f"'{word}': {n:,} rows, count + first page")
    # What the Feedback page does with a search: the first page on the UI thread, then the
    # count and the positions in a task (ui/feedback_model.py).
    for label, word, runs in searches:
        flt = FeedbackFilter(text=word)
        ms, rows = median_ms(lambda f=flt: q.page(catalogue, f), runs=runs)
        results[f"  {label}: first page"] = (ms, f"'{word}': {len(rows)} rows (UI thread)")
        ms, known = median_ms(lambda f=flt: q.positions(catalogue, f), runs=3)
        results[f"  {label}: positions"] = (ms, f"'{word}': {known.count:,} rows (task)")
    return results


def stamps(lite: Any, team: Any) -> None:
    """The change watch's cost on both; on PostgreSQL also the stamp's SQL without the index
    on feedback.updated_at (dropped inside a transaction that is rolled back)."""
    from advocacy_desktop.services import concurrency

    print("\nchange watch (polled every 3 s on the UI thread), medians of 10 in ms"
          " (SQLite | PostgreSQL)")
    figures = [median_ms(lambda c=c: concurrency.change_stamp(c), runs=10)[0]
               for c in (lite, team)]
    print(f"  {'change_stamp(catalogue)':<34} {figures[0]:8.2f} | {figures[1]:8.2f}")
    trackers = [concurrency.ChangeTracker(c) for c in (lite, team)]
    try:
        figures = [median_ms(t.poll, runs=10)[0] for t in trackers]
        print(f"  {'ChangeTracker.poll()':<34} {figures[0]:8.2f} | {figures[1]:8.2f}")
    finally:
        for tracker in trackers:
            tracker.close()
    with team.engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.autocommit = True
        edited = raw.execute("SELECT count(*) FROM feedback WHERE updated_at IS NOT NULL"
                             ).fetchone()[0]
        with_index = median_ms(lambda: raw.execute(concurrency._PG_STAMP).fetchone(), runs=10)[0]
        with raw.transaction(force_rollback=True):
            raw.execute("DROP INDEX IF EXISTS ix_feedback_updated_at")
            without = median_ms(lambda: raw.execute(concurrency._PG_STAMP).fetchone(),
                                runs=10)[0]
    print(f"  PostgreSQL stamp SQL: {with_index:.2f} with ix_feedback_updated_at,"
          f" {without:.2f} without it ({edited:,} edited items in the index)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", help="a PostgreSQL database (default: a throwaway server)")
    parser.add_argument("--path", type=Path, default=HERE / "data/browse-1000000.advocacy")
    parser.add_argument("--explain", action="store_true",
                        help="print PostgreSQL's plan (EXPLAIN ANALYZE) of the search counts")
    parser.add_argument("--copy-service", action="store_true",
                        help="copy with services/catalogue_copy.copy instead of COPY")
    args = parser.parse_args()
    if not args.path.exists():
        print(f"{args.path} missing: run benchmarks/browse_bench.py first", file=sys.stderr)
        return 1
    from advocacy_desktop.db.team import open_team_catalogue
    from advocacy_desktop.services import (
        catalogue_service,
        dashboard_service,
        feedback_query,
        summary_queries,
    )
    from advocacy_desktop.services.feedback_filters import FeedbackFilter

    with server(args.url) as url:
        team = open_team_catalogue(url, create=True)
        lite = catalogue_service.open_existing(args.path)
        try:
            with team.read() as session:
                conn = session.connection().connection.driver_connection
                held = conn.execute("SELECT count(*) FROM feedback").fetchone()[0]
            if held == 0:
                start = time.perf_counter()
                print("copying the file's items into PostgreSQL …")
                (copy_by_service if args.copy_service else copy_by_copy)(args.path, team)
                print(f"copied in {time.perf_counter() - start:.0f} s")
            with lite.read() as session:
                conn = session.connection().connection.driver_connection
                items, newest, source_id = conn.execute(
                    "SELECT count(*), max(received_on), (SELECT id FROM source WHERE name ="
                    " 'Amazon') FROM feedback").fetchone()
            last_day = date.fromisoformat(newest)
            dashboards = {
                "no filter": FeedbackFilter(),
                "one source": FeedbackFilter(sources=(source_id,)),
                "last 90 days": FeedbackFilter(date_from=last_day - timedelta(days=89),
                                               date_to=last_day),
            }
            counts = {
                "count, word 'Lieferung'": FeedbackFilter(text="Lieferung"),
                "count, Korean substring '서비스'": FeedbackFilter(text="서비스"),
            }
            print(f"\n{items:,} items; medians of 5 runs in ms (SQLite | PostgreSQL from"
                  " its summaries | PostgreSQL counting the items)")
            where = summary_queries.where
            for label, flt in dashboards.items():
                figures, boards = [], []
                for catalogue, counting in ((lite, False), (team, False), (team, True)):
                    summary_queries.where = (lambda f, t: None) if counting else where
                    try:
                        ms, board = median_ms(
                            lambda c=catalogue, f=flt: dashboard_service.load(c, f))
                    finally:
                        summary_queries.where = where
                    slowest = max(board.timings_ms, key=board.timings_ms.get)
                    figures.append(f"{ms:6.0f} (n={board.overall.n:,}, slowest {slowest}"
                                   f" {board.timings_ms[slowest]:.0f})")
                    boards.append(board)
                print(f"dashboard, {label:<14} " + " | ".join(figures))
                for name, board in (("summaries", boards[1]), ("counting", boards[2])):
                    print(f"  PostgreSQL ({name}) ms per query: " + ", ".join(
                        f"{k} {v:.0f}" for k, v in board.timings_ms.items()))
            for label, flt in counts.items():
                figures = []
                for catalogue in (lite, team):
                    ms, found = median_ms(lambda c=catalogue, f=flt: feedback_query.count(c, f))
                    figures.append(f"{ms:8.1f} ({found:,})")
                print(f"{label:<32} {figures[0]} | {figures[1]}")
                if args.explain:
                    print(explain(team, flt))
            print("\nbrowsing through services/feedback_query, medians of 5 runs in ms"
                  " (SQLite | PostgreSQL)")
            figures = [browse(catalogue, source_id) for catalogue in (lite, team)]
            for name, (ms, note) in figures[0].items():
                pg_ms, pg_note = figures[1][name]
                same = "" if pg_note == note else f" / PostgreSQL: {pg_note}"
                print(f"  {name:<36} {ms:8.1f} | {pg_ms:8.1f}   {note}{same}")
            stamps(lite, team)
        finally:
            lite.close()
            team.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
