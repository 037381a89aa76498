"""Importing spreadsheets into a team catalogue (PostgreSQL), alone and two writers at once.

The same csv imported into a file catalogue and into a PostgreSQL one must give the same
items; two threads importing overlapping files at the same moment must both finish, and every
row must exist once, counted once as imported and otherwise as a duplicate.
"""

from __future__ import annotations

import csv
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.services import import_service, rules, sql_compat
from advocacy_desktop.services.importing import writer as writer_module

pytest.importorskip("psycopg", reason="the 'team' extra (psycopg) is not installed")

from advocacy_desktop.db.team import open_team_catalogue

HEADERS = ["Review ID", "Date", "How likely are you to recommend us? (0-10)", "Comment",
           "Source", "Email", "Needs", "Assignee"]
TEXTS = ["Die Lieferung kam zu spät", "Kargo çok geç geldi", "배송이 너무 늦어요",
         "Servizio clienti eccellente", "Pengiriman cepat sekali", "Great value, 100% happy"]
SOURCES = ["Trustpilot", "Händler DE", "trustpilot", "Müşteri hattı"]  # one folds to another


def rows(start: int, count: int) -> list[list[Any]]:
    out: list[list[Any]] = []
    for i in range(start, start + count):
        out.append([
            f"R{i}", f"2025-03-{1 + i % 28:02d}", i % 11, f"{TEXTS[i % len(TEXTS)]} #{i}",
            SOURCES[i % len(SOURCES)], f"c{i % 13}@example.com",
            ["Price, Delivery", "delivery", "", "Servis; Qualität"][i % 4],
            ["Ayşe", "Jonas", ""][i % 3],
        ])
    return out


def write_csv(path: Path, data: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADERS)
        out.writerows(data)
    return path


def mixed_file(path: Path) -> Path:
    data = rows(0, 60)
    data[3][2] = "eleven"  # rejected: not a score
    data[7][2] = 15  # rejected: out of range
    data[9][1] = "not a date"
    data[11][2], data[11][3] = "", ""  # rejected: nothing to import
    data.append(list(data[20]))  # the same row twice in one file: a duplicate
    return write_csv(path, data)


def items(catalogue: Any) -> list[tuple[Any, ...]]:
    """Everything an item is, but its ids and UUIDs, in file order."""
    with catalogue.read() as session:
        found = session.execute(text(
            "SELECT f.id, f.text, f.score, f.received_on, s.name, c.match_key, c.name, p.name"
            " FROM feedback f LEFT JOIN source s ON s.id = f.source_id"
            " LEFT JOIN customer c ON c.id = f.customer_id"
            " LEFT JOIN person p ON p.id = f.assignee_id ORDER BY f.id")).all()
        links = session.execute(text(
            "SELECT fn.feedback_id, n.name FROM feedback_need fn JOIN need n"
            " ON n.id = fn.need_id")).all()
    needs: dict[int, list[str]] = {}
    for feedback_id, name in links:
        needs.setdefault(feedback_id, []).append(name)
    return [(row[1], row[2], str(row[3]), *row[4:], sorted(needs.get(row[0], [])))
            for row in found]


def count(catalogue: Any, sql: str) -> Any:
    with catalogue.read() as session:
        return session.execute(text(sql)).scalar()


@pytest.fixture
def team(pg_url: str) -> Any:
    catalogue = open_team_catalogue(pg_url, create=True)
    yield catalogue
    catalogue.close()


@pytest.mark.parametrize("parallel", [False, True], ids=["in-process", "worker-process"])
def test_import_gives_the_same_items_as_on_sqlite(
    team: Any, catalogue: Any, tmp_path: Path, parallel: bool
) -> None:
    path = mixed_file(tmp_path / "mixed.csv")
    on_pg = import_service.run_import(team, path, parallel=parallel)
    on_file = import_service.run_import(catalogue, path, parallel=parallel)
    assert on_pg.warnings == on_file.warnings
    figures = ("rows_read", "imported", "duplicates", "rejected")
    assert [getattr(on_pg, f) for f in figures] == [getattr(on_file, f) for f in figures]
    assert (on_pg.imported, on_pg.duplicates, on_pg.rejected) == (56, 1, 4)
    got = items(team)
    assert got == items(catalogue)
    assert len(got) == 56 and {row[3] for row in got} == {"Trustpilot", "Händler DE",
                                                           "Müşteri hattı"}
    for sql in ("SELECT count(*) FROM customer", "SELECT count(*) FROM need",
                "SELECT count(*) FROM person", "SELECT count(*) FROM rejected_row",
                "SELECT count(*) FROM feedback_need"):
        assert count(team, sql) == count(catalogue, sql), sql
    problems = import_service.rejected_rows(team, on_pg.batch_id)
    assert [(p.row_number, p.column) for p in problems] == [
        (r.row_number, r.column) for r in import_service.rejected_rows(catalogue,
                                                                       on_file.batch_id)]
    batch = import_service.get_batch(team, on_pg.batch_id)
    assert (batch.status, batch.imported, batch.remaining) == ("committed", 56, 56)
    assert count(team, "SELECT count(*) FROM audit_log WHERE action = 'import'") == 1


def test_the_same_file_twice_adds_nothing_and_undo_removes_the_batch(
    team: Any, tmp_path: Path
) -> None:
    path = mixed_file(tmp_path / "mixed.csv")
    options = import_service.ImportOptions(save_template_as="Reviews")
    first = import_service.run_import(team, path, options)
    assert [t.name for t in import_service.list_templates(team)] == ["Reviews"]
    customers = count(team, "SELECT count(*) FROM customer")
    again = import_service.run_import(team, path, options)  # the template is replaced
    assert [t.name for t in import_service.list_templates(team)] == ["Reviews"]
    assert (again.imported, again.duplicates, again.rejected) == (0, 57, 4)
    assert count(team, "SELECT count(*) FROM feedback") == 56
    assert count(team, "SELECT count(*) FROM customer") == customers
    assert import_service.undo_batch(team, first.batch_id) == 56
    assert count(team, "SELECT count(*) FROM feedback") == 0
    assert count(team, "SELECT count(*) FROM feedback_need") == 0
    assert import_service.get_batch(team, first.batch_id).status == "undone"
    third = import_service.run_import(team, path)  # undone: the file imports again
    assert third.imported == 56


def test_a_dry_run_and_a_cancel_leave_nothing(team: Any, tmp_path: Path) -> None:
    path = mixed_file(tmp_path / "mixed.csv")
    tables = ("feedback", "import_batch", "source", "customer", "need", "rejected_row")
    before = {table: count(team, f"SELECT count(*) FROM {table}") for table in tables}
    result = import_service.run_import(team, path, import_service.ImportOptions(dry_run=True))
    assert result.imported == 56 and result.batch_id is None
    with pytest.raises(import_service.ImportCancelled):
        import_service.run_import(team, path, should_cancel=lambda: True)
    assert {table: count(team, f"SELECT count(*) FROM {table}") for table in tables} == before
    assert before["feedback"] == 0


@pytest.mark.parametrize("backwards", [False, True], ids=["same-order", "backwards"])
def test_two_writers_importing_overlapping_files_at_once(
    team: Any, tmp_path: Path, backwards: bool
) -> None:
    # 0..1999 and 1000..2999: 1000 rows in both, new customers, sources and needs in both;
    # backwards, the second file meets rows and names in the other order (deadlocks, retried)
    first = write_csv(tmp_path / "a.csv", rows(0, 2000))
    second = write_csv(tmp_path / "b.csv", rows(1000, 2000)[:: -1 if backwards else 1])
    sources = count(team, "SELECT count(*) FROM source")  # the catalogue's defaults
    results: dict[str, Any] = {}
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)
    waited: set[int] = set()
    real_write = writer_module.PgBatchWriter.write

    def write_together(self: Any, chunk: Any) -> None:
        if threading.get_ident() not in waited:  # both batches open before either writes
            waited.add(threading.get_ident())
            barrier.wait(30)
        real_write(self, chunk)

    def run(name: str, path: Path) -> None:
        try:
            barrier.wait()
            results[name] = import_service.run_import(team, path)
        except BaseException as exc:
            errors.append(exc)

    writer_module.PgBatchWriter.write = write_together  # type: ignore[method-assign]
    try:
        threads = [threading.Thread(target=run, args=(n, p))
                   for n, p in (("a", first), ("b", second))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    finally:
        writer_module.PgBatchWriter.write = real_write  # type: ignore[method-assign]
    assert not errors, errors
    a, b = results["a"], results["b"]
    assert a.imported + b.imported == 3000
    assert a.imported + a.duplicates == 2000 and b.imported + b.duplicates == 2000
    assert a.duplicates + b.duplicates == 1000
    assert count(team, "SELECT count(*) FROM feedback") == 3000
    assert count(team, "SELECT count(DISTINCT dedupe_key) FROM feedback") == 3000
    assert count(team, "SELECT count(*) FROM feedback WHERE batch_id IS NULL") == 0
    assert count(team, "SELECT count(*) FROM import_batch WHERE status = 'committed'") == 2
    for batch in (a, b):  # no lost batch: each batch's own rows are all there
        assert import_service.get_batch(team, batch.batch_id).remaining == batch.imported
    # names folded alike were created once, whoever came first
    # (Trustpilot is a default source already; "trustpilot" folds to it)
    assert count(team, "SELECT count(*) FROM source") == sources + 2
    assert count(team, "SELECT count(*) FROM need") == 4
    assert count(team, "SELECT count(*) FROM person") == 2
    assert count(team, "SELECT count(*) FROM customer") == 13
    assert count(team, "SELECT count(*) FROM customer c WHERE NOT EXISTS"
                       " (SELECT 1 FROM feedback f WHERE f.customer_id = c.id)") == 0
    # every item has exactly the needs its row names
    assert count(team, "SELECT count(*) FROM feedback_need") == sum(
        (2, 1, 0, 2)[i % 4] for i in range(3000))


def test_rules_are_applied_to_a_batch(team: Any, tmp_path: Path) -> None:
    import_service.run_import(team, write_csv(tmp_path / "a.csv", rows(0, 12)))
    with team.read() as session:
        price = session.execute(text("SELECT id FROM need WHERE name = 'Price'")).scalar()
    rule = rules.add_rule(team, price, "regex", r"sp(ä|ae)t|늦어요")
    assert [r.pattern for r in rules.list_rules(team)] == [r"sp(ä|ae)t|늦어요"]
    shown = rules.preview(team, price, "keyword", "geç")
    assert (shown.matches, shown.new) == (2, 2)
    result = import_service.run_import(team, write_csv(tmp_path / "b.csv", rows(12, 12)))
    # rows 12, 14, 18, 20 match; 12 and 20 name Price in their needs column already
    assert result.tagged_by_rules == 2
    with team.read() as session:
        tagged = session.execute(text(
            "SELECT f.text FROM feedback f JOIN feedback_need fn ON fn.feedback_id = f.id"
            " WHERE fn.need_id = :n AND fn.origin = 'rule' ORDER BY f.id"),
            {"n": price}).scalars().all()
    assert tagged == ["배송이 너무 늦어요 #14", "Die Lieferung kam zu spät #18"]
    rules.set_active(team, rule, False)
    assert rules.apply_rules(team) == []
    rules.set_active(team, rule, True)
    changes = rules.apply_rules(team)  # the first file's rows 2 and 6 (0 and 8 have Price)
    assert [len(c.ids) for c in changes] == [2]
    rules.delete_rule(team, rule)
    assert rules.list_rules(team) == []


def test_a_deadlocked_batch_runs_again_as_a_whole(
    team: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import psycopg

    path = mixed_file(tmp_path / "mixed.csv")
    real_finish = writer_module.PgBatchWriter.finish
    calls: list[int] = []

    def finish_once_deadlocked(self: Any, **kwargs: Any) -> None:
        calls.append(self.batch_id)
        if len(calls) == 1:
            raise psycopg.errors.DeadlockDetected("deadlock detected")
        real_finish(self, **kwargs)

    monkeypatch.setattr(writer_module.PgBatchWriter, "finish", finish_once_deadlocked)
    result = import_service.run_import(team, path)
    assert len(calls) == 2 and result.batch_id == calls[1]
    assert (result.imported, result.duplicates, result.rejected) == (56, 1, 4)
    assert count(team, "SELECT count(*) FROM feedback") == 56
    assert count(team, "SELECT count(*) FROM import_batch") == 1  # the first rolled back
    assert count(team, "SELECT count(*) FROM rejected_row") == 4


def test_the_import_transaction_is_read_committed(team: Any) -> None:
    with team.write_connection() as connection:
        conn = sql_compat.driver(connection)
        assert isinstance(conn, sql_compat.PgDriver)
        conn.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
        assert conn.execute("SHOW transaction_isolation").fetchone()[0] == "read committed"
