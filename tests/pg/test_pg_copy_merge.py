"""Copy and merge with a real PostgreSQL catalogue at one end: file → PostgreSQL → file gives
the same content, merges with conflicts in both directions, and the `copy`/`merge` verbs."""

from __future__ import annotations

import argparse
import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select, text, update

from advocacy_desktop import cli, cli_team
from advocacy_desktop.db import summaries
from advocacy_desktop.db.models import new_uuid
from advocacy_desktop.db.team import TeamCatalogue, open_team_catalogue
from advocacy_desktop.services import (
    advocates_service,
    catalogue_copy,
    catalogue_merge,
    catalogue_service,
    feedback_query,
    import_service,
    needs_service,
    people_service,
    privacy,
    responsibility_service,
    tagging,
    workflow_service,
)
from advocacy_desktop.services.catalogue_copy import TABLES, ordered_rows
from advocacy_desktop.services.feedback_filters import FeedbackFilter

pytest.importorskip("psycopg", reason="the 'team' extra (psycopg) is not installed")

CSV = (
    "Review ID,Date,NPS,Comment,Source,Email,Stars,Country,Segment\n"
    "1,2025-01-10,10,Great service,Trustpilot,a@example.com,5,GB,Pro\n"
    "2,2025-01-20,3,배송이 너무 늦어요. 고객서비스도 별로,Trustpilot,b@example.com,2,KR,Basic\n"
    "3,2025-02-03,8,Ürün güzel ama kargo çok geç geldi,Google,,4.5,TR,\n"
    "4,2025-02-14,9,Schnelle Lieferung — danke!,Google,a@example.com,,DE,Pro\n"
    "5,2025-02-15,,Il servizio è stato gentile,Survey,c@example.com,3,IT,Starter\n"
    "6,2025-03-01,0,,Amazon,,1,,\n"
)
"""Several languages, a float rating, blanks (NULL score, text, rating), an extra column."""


# --------------------------------------------------------------------------- helpers


def _filled(path: Path, tmp_path: Path) -> catalogue_service.Catalogue:
    """A file catalogue with real data in every kind of table."""
    catalogue = catalogue_service.create(path)
    csv = tmp_path / "in.csv"
    csv.write_text(CSV, encoding="utf-8")
    import_service.run_import(catalogue, csv, import_service.ImportOptions())
    delivery = needs_service.add_need(catalogue, "Delivery").need_id
    late = needs_service.add_need(catalogue, "Late", parent_id=delivery).need_id
    root = needs_service.add_need(catalogue, "Hizmet 서비스").need_id
    needs_service.move_need(catalogue, delivery, root)  # a parent with a larger id
    tagging.tag(catalogue, [1, 2, 3], late)
    tagging.tag(catalogue, [4], root)
    alice = people_service.add_person(catalogue, "Alice", "alice@example.com")
    bob = people_service.add_person(catalogue, "Bülent Öztürk", "bulent@example.com")
    people_service.set_active(catalogue, bob, False)  # a False boolean
    workflow_service.assign(catalogue, [1, 2], alice)
    workflow_service.set_status(catalogue, [2], "triaged")
    workflow_service.set_due(catalogue, [2], date(2025, 3, 31))
    responsibility_service.set_responsibility(catalogue, "A", need_id=late, person_id=alice)
    with catalogue.read() as session:
        customer = session.execute(text(
            "SELECT customer_id FROM feedback WHERE external_id = '1'")).scalar_one()
    advocates_service.log_care(catalogue, customer, "appreciation", date(2025, 1, 12), alice,
                               "Teşekkür kartı gönderildi; 감사 카드")
    privacy.pseudonyms(catalogue)  # the catalogue secret, which a copy keeps
    return catalogue


def _rows(catalogue: object) -> dict[str, list[dict]]:
    """Every row of every table, as SQLAlchemy returns them (typed), in key order."""
    with catalogue.engine.connect() as conn:
        return {name: [r for part in ordered_rows(conn, table) for r in part]
                for name, table in TABLES.items()}


def _scalar(catalogue: object, sql: str, **params: object) -> object:
    with catalogue.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[catalogue_service.Catalogue]:
    catalogue = _filled(tmp_path / "shop.advocacy", tmp_path)
    yield catalogue
    catalogue.close()


# --------------------------------------------------------------------------- copy


@pytest.mark.parametrize("write_with", ["insert", "copy"])
def test_file_to_postgresql_to_file_is_identical(
        filled: catalogue_service.Catalogue, pg_url: str, tmp_path: Path, write_with: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # small copies INSERT, large ones go through COPY: both ways must give the same rows
    monkeypatch.setattr(catalogue_copy, "COPY_MIN_ROWS", 1 if write_with == "copy" else 10**9)
    to_pg = catalogue_copy.copy(filled, pg_url)
    original = catalogue_copy.catalogue_digests(filled)
    assert to_pg.tables == original
    assert to_pg.target.startswith("postgresql+psycopg://")
    with open_team_catalogue(pg_url) as team:
        # the copy made the schema in the empty database; the digests skip the summary
        # tables, which PostgreSQL's own triggers filled from the copied rows
        assert catalogue_copy.catalogue_digests(team) == original
        with team.read() as session:
            assert summaries.differences(session.connection().connection.driver_connection) == []
        back = tmp_path / "back.advocacy"
        report = catalogue_copy.copy(team, back)
    assert report.tables == original
    final = catalogue_service.open_existing(back)
    try:
        assert catalogue_copy.catalogue_digests(final) == original
        # stricter than the digests: the typed values themselves are equal
        assert _rows(final) == _rows(filled)
        for word in ("서비스", "kargo", "service"):  # the search index was rebuilt
            found = feedback_query.count(final, FeedbackFilter(text=word))
            assert found == feedback_query.count(filled, FeedbackFilter(text=word)) > 0
    finally:
        final.close()
    with sqlite3.connect(back) as conn:
        assert summaries.differences(conn) == []
    assert catalogue_service.check(back).ok


@pytest.mark.parametrize("write_with", ["insert", "copy"])
def test_values_survive_postgresql_exactly(filled: catalogue_service.Catalogue, pg_url: str,
                                           write_with: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalogue_copy, "COPY_MIN_ROWS", 1 if write_with == "copy" else 10**9)
    catalogue_copy.copy(filled, pg_url)
    with open_team_catalogue(pg_url) as team, team.engine.connect() as conn:
        fb = TABLES["feedback"]
        rows = {r.external_id: r for r in conn.execute(select(fb))}
        people = {r.name: r.active for r in conn.execute(select(TABLES["person"]))}
        care = conn.execute(select(TABLES["care_entry"])).one()
        kinds = dict(conn.execute(text(
            "SELECT column_name, data_type FROM information_schema.columns"
            " WHERE table_name = 'feedback'")).all())
        # SQL NULL stays NULL, not the JSON 'null'
        null_extra = conn.execute(text("SELECT count(*) FROM feedback WHERE extra IS NULL"))
        assert null_extra.scalar() == 2
        null_before = conn.execute(text(
            "SELECT count(*) FROM audit_log WHERE before IS NULL OR after IS NULL"))
        assert null_before.scalar() == _scalar(filled, "SELECT count(*) FROM audit_log"
                                               " WHERE before IS NULL OR after IS NULL") > 0
    assert rows["3"].rating == 4.5 and rows["3"].text == "Ürün güzel ama kargo çok geç geldi"
    assert rows["2"].text.startswith("배송이") and rows["2"].due_on == date(2025, 3, 31)
    assert rows["2"].status == "triaged" and rows["1"].received_on == date(2025, 1, 10)
    assert rows["5"].score is None and rows["6"].text is None and rows["4"].rating is None
    assert rows["1"].extra == {"Segment": "Pro"} and rows["3"].extra is None
    assert people == {"Alice": True, "Bülent Öztürk": False}
    assert care.done_on == date(2025, 1, 12) and care.note.endswith("감사 카드")
    assert kinds["received_on"] == "date" and kinds["rating"] in ("double precision", "real")


def test_sequences_move_past_the_copied_ids(filled: catalogue_service.Catalogue,
                                           pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalogue_copy, "COPY_MIN_ROWS", 1)
    catalogue_copy.copy(filled, pg_url)
    with open_team_catalogue(pg_url) as team, team.write_connection() as conn:
        for name, values in (
            ("feedback", {"uuid": new_uuid(), "text": "new after the copy"}),
            ("need", {"uuid": new_uuid(), "name": "New need"}),
            ("person", {"uuid": new_uuid(), "name": "Carol"}),
            ("audit_log", {"actor": "t", "action": "test", "entity": "x"}),
        ):
            table = TABLES[name]
            highest = conn.execute(select(func.max(table.c.id))).scalar_one()
            new_id = conn.execute(insert(table).values(**values).returning(table.c.id))
            assert new_id.scalar_one() == highest + 1, name
        # moving a sequence never goes backwards (others may have drawn ids already)
        drawn = catalogue_copy.draw_ids(conn, "need", 3)
        catalogue_copy.sync_sequences(conn, ["need"])
        assert catalogue_copy.draw_ids(conn, "need", 1)[0] > drawn[-1]


def test_copy_refuses_a_team_catalogue_with_data(filled: catalogue_service.Catalogue,
                                                 pg_url: str) -> None:
    first = catalogue_copy.copy(filled, pg_url)
    with pytest.raises(catalogue_copy.CopyError, match="not empty"):
        catalogue_copy.copy(filled, pg_url)
    with open_team_catalogue(pg_url) as team:
        assert catalogue_copy.catalogue_digests(team) == first.tables


def test_cancelled_copy_leaves_the_team_catalogue_empty(filled: catalogue_service.Catalogue,
                                                        pg_url: str) -> None:
    with pytest.raises(catalogue_copy.CopyCancelled):
        catalogue_copy.copy(filled, pg_url, cancelled=lambda: True)
    with open_team_catalogue(pg_url) as team, team.engine.connect() as conn:
        assert catalogue_copy.is_empty(conn)
        assert _scalar(team, "SELECT count(*) FROM source") == 11  # the seeded rows are back


# --------------------------------------------------------------------------- merge


def _id(conn, name: str, **where: object) -> int:
    table = TABLES[name]
    return conn.execute(select(table.c.id).filter_by(**where)).scalar_one()


def _edit_team(team: TeamCatalogue) -> None:
    """What a colleague does in the team catalogue: item 2's status, a new need."""
    fb = TABLES["feedback"]
    with team.write_connection() as conn:
        item = _id(conn, "feedback", external_id="2")
        conn.execute(update(fb).where(fb.c.id == item).values(
            status="wont_fix", version=fb.c.version + 1, updated_at=func.current_timestamp()))
        conn.execute(insert(TABLES["need"]).values(uuid=new_uuid(), name="Packaging"))


def _edit_file(catalogue: catalogue_service.Catalogue) -> None:
    """What happens in the file meanwhile: item 1 tagged more, item 2's status, a new need,
    a new item from a new customer, tagged."""
    refund = needs_service.add_need(catalogue, "Refund").need_id
    tagging.tag(catalogue, [1], refund)
    csv = Path(catalogue.path).with_name("more.csv")
    csv.write_text("Review ID,Date,NPS,Comment,Source,Email\n"
                   "7,2025-03-02,6,İade süreci zor; 환불 요청합니다,Amazon,new@example.com\n",
                   encoding="utf-8")
    import_service.run_import(catalogue, csv, import_service.ImportOptions())
    tagging.tag(catalogue, [7], refund)
    workflow_service.set_status(catalogue, [2], "in_progress")


def _needs_of(catalogue: object, external_id: str) -> list[str]:
    with catalogue.engine.connect() as conn:
        return sorted(conn.execute(text(
            "SELECT n.name FROM feedback_need fn JOIN need n ON n.id = fn.need_id"
            " JOIN feedback f ON f.id = fn.feedback_id WHERE f.external_id = :e"),
            {"e": external_id}).scalars())


def _status(catalogue: object, external_id: str) -> str:
    return _scalar(catalogue, "SELECT status FROM feedback WHERE external_id = :e",
                   e=external_id)


def _uuid(catalogue: object, external_id: str) -> str:
    return _scalar(catalogue, "SELECT uuid FROM feedback WHERE external_id = :e",
                   e=external_id)


def _counts(catalogue: object) -> dict[str, int]:
    with catalogue.engine.connect() as conn:
        return {n: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for n, t in TABLES.items()}


@pytest.fixture
def apart(filled: catalogue_service.Catalogue, pg_url: str
          ) -> Iterator[tuple[catalogue_service.Catalogue, TeamCatalogue]]:
    """The file copied to PostgreSQL, then both edited apart."""
    catalogue_copy.copy(filled, pg_url)
    team = open_team_catalogue(pg_url)
    _edit_team(team)
    _edit_file(filled)
    yield filled, team
    team.close()


def test_merge_a_file_into_postgresql(apart: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalogue_copy, "COPY_MIN_ROWS", 1)  # new rows go in through COPY
    file, team = apart
    item1, item2 = _uuid(file, "1"), _uuid(file, "2")
    before = _counts(team)
    plan = catalogue_merge.plan(team, file)
    conflicts = {c.id: c for c in plan.conflicts}
    assert set(conflicts) == {f"feedback:{item1}", f"feedback:{item2}"}
    assert [(f.field, f.ours, f.theirs) for f in conflicts[f"feedback:{item2}"].fields] == [
        ("status", "wont_fix", "in_progress")]
    assert {f.field for f in conflicts[f"feedback:{item1}"].fields} == {"needs"}
    assert plan.tables["need"].new == 1  # Refund (Packaging exists only here)
    assert plan.tables["feedback"].new == plan.tables["customer"].new == 1
    assert _counts(team) == before  # the dry run wrote nothing

    report = catalogue_merge.apply(team, file, plan, {f"feedback:{item1}": "theirs"})
    assert report.taken_theirs == [f"feedback:{item1}"]
    assert report.kept_ours == [f"feedback:{item2}"]
    assert _needs_of(team, "1") == ["Late", "Refund"]
    assert _status(team, "2") == "wont_fix"  # ours kept: nothing overwritten silently
    assert _needs_of(team, "7") == ["Refund"]
    assert _scalar(team, "SELECT f.text || ' ' || c.email FROM feedback f JOIN customer c"
                   " ON c.id = f.customer_id WHERE f.external_id = '7'"
                   ) == "İade süreci zor; 환불 요청합니다 new@example.com"
    names = set(_scalar_list(team, "SELECT name FROM need"))
    assert {"Packaging", "Refund", "Late"} <= names
    assert _scalar(team, "SELECT count(*) FROM audit_log WHERE action = 'merge_take_theirs'"
                   ) == 1
    # new rows got fresh ids from the sequences: a plain insert still works
    with team.write_connection() as conn:
        conn.execute(insert(TABLES["need"]).values(uuid=new_uuid(), name="After merge"))

    after = _counts(team)
    again = catalogue_merge.apply(team, file, None, {f"feedback:{item1}": "theirs"})
    assert again.added == {} and again.plan.new_rows == 0
    assert _counts(team) == after
    assert [c.id for c in again.plan.conflicts] == [f"feedback:{item2}"]


def _scalar_list(catalogue: object, sql: str) -> list:
    with catalogue.engine.connect() as conn:
        return list(conn.execute(text(sql)).scalars())


def test_merge_postgresql_into_a_file(apart: tuple) -> None:
    file, team = apart
    item1, item2 = _uuid(file, "1"), _uuid(file, "2")
    plan = catalogue_merge.plan(file, team)
    assert {c.id for c in plan.conflicts} == {f"feedback:{item1}", f"feedback:{item2}"}
    assert plan.tables["need"].new == 1  # Packaging

    report = catalogue_merge.apply(file, team, plan, {f"feedback:{item2}": "theirs"})
    assert report.taken_theirs == [f"feedback:{item2}"]
    assert _status(file, "2") == "wont_fix"
    assert _needs_of(file, "1") == ["Late", "Refund"]  # ours kept
    assert "Packaging" in _scalar_list(file, "SELECT name FROM need")
    with sqlite3.connect(file.path) as conn:
        assert summaries.differences(conn) == []

    after = _counts(file)
    again = catalogue_merge.apply(file, team, None, {f"feedback:{item2}": "theirs"})
    assert again.added == {} and _counts(file) == after
    assert [c.id for c in again.plan.conflicts] == [f"feedback:{item1}"]


def test_a_colleague_writing_during_the_merge_loses_nothing(apart: tuple, pg_url: str) -> None:
    """New rows take their ids from the sequences: a row a colleague commits while the merge
    runs (invisible to its snapshot) does not collide with the rows the merge adds."""
    file, team = apart
    colleague = open_team_catalogue(pg_url)
    wrote: list[int] = []

    def progress(done: int, total: int) -> None:
        if not wrote:  # once, after the merge's snapshot was taken
            with colleague.write_connection() as conn:
                audit, need = TABLES["audit_log"], TABLES["need"]
                conn.execute(insert(audit).values(actor="colleague", action="edit",
                                                  entity="need"))
                conn.execute(insert(need).values(uuid=new_uuid(), name="Colleague's"))
                wrote.append(1)

    try:
        report = catalogue_merge.apply(team, file, None, {}, progress=progress)
    finally:
        colleague.close()
    assert wrote and report.added["audit_log"] >= 3 and report.added["need"] == 1
    assert _scalar(team, "SELECT count(*) FROM audit_log WHERE actor = 'colleague'") == 1
    assert {"Colleague's", "Refund"} <= set(_scalar_list(team, "SELECT name FROM need"))


def test_theirs_is_not_taken_over_a_change_made_after_the_dry_run(apart: tuple) -> None:
    file, team = apart
    item2 = _uuid(file, "2")
    plan = catalogue_merge.plan(team, file)  # the user sees wont_fix | in_progress
    fb = TABLES["feedback"]
    with team.write_connection() as conn:  # meanwhile a colleague moves item 2 on
        conn.execute(update(fb).where(fb.c.uuid == item2).values(status="closed"))
    report = catalogue_merge.apply(team, file, plan, {f"feedback:{item2}": "theirs"})
    assert f"feedback:{item2}" in report.kept_ours and not report.taken_theirs
    assert any("changed since the dry run" in n for n in report.plan.notices)
    assert _status(team, "2") == "closed"
    again = catalogue_merge.apply(team, file, report.plan, {f"feedback:{item2}": "theirs"})
    assert again.taken_theirs == [f"feedback:{item2}"] and _status(team, "2") == "in_progress"


def test_merge_of_a_deleted_need_link_on_postgresql(apart: tuple) -> None:
    """Theirs on an item removes the tag it lost on their side, through PostgreSQL."""
    file, team = apart
    with team.write_connection() as conn:
        link, fb = TABLES["feedback_need"], TABLES["feedback"]
        item = _id(conn, "feedback", external_id="3")
        conn.execute(delete(link).where(link.c.feedback_id == item))
        conn.execute(update(fb).where(fb.c.id == item).values(version=fb.c.version + 1))
    uuid = _uuid(file, "3")
    report = catalogue_merge.apply(file, team, None, {f"feedback:{uuid}": "theirs"})
    assert f"feedback:{uuid}" in report.taken_theirs
    assert _needs_of(file, "3") == []


# --------------------------------------------------------------------------- the verbs

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """cli.main, with `merge` and `copy` registered if cli.py does not do it yet."""
    original = cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        verbs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "merge" not in verbs.choices:
            def verb(name: str, handler: object, help_text: str) -> argparse.ArgumentParser:
                sub = verbs.add_parser(name, help=help_text, description=help_text)
                sub.set_defaults(handler=handler)
                return sub

            cli_team.register(verb)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)

    def call(*argv: object) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_copy_and_merge_verbs_with_postgresql(filled: catalogue_service.Catalogue, pg_url: str,
                                              run: Run) -> None:
    code, out, err = run("copy", filled.path, pg_url, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["target"].startswith("postgresql+psycopg://")
    assert data["tables"]["feedback"]["rows"] == 6
    with open_team_catalogue(pg_url) as team:
        _edit_team(team)
    _edit_file(filled)
    item2 = _uuid(filled, "2")

    code, out, err = run("merge", pg_url, filled.path, "--dry-run", "--json")
    assert code == 0, err
    plan = json.loads(out)
    assert plan["dry_run"] and plan["tables"]["need"]["new"] == 1
    assert f"feedback:{item2}" in [c["id"] for c in plan["conflicts"]]
    with open_team_catalogue(pg_url) as team:
        assert "Refund" not in _scalar_list(team, "SELECT name FROM need")

    code, out, err = run("merge", pg_url, filled.path, "--theirs", item2)
    assert code == 0, err
    assert "Merged:" in out and "1 conflicts took theirs" in out
    with open_team_catalogue(pg_url) as team:
        assert _status(team, "2") == "in_progress"
        assert "Refund" in _scalar_list(team, "SELECT name FROM need")

    code, _out, err = run("copy", filled.path, pg_url)
    assert code == 1 and "not empty" in err
    back = filled.path.with_name("back.advocacy")
    code, out, err = run("copy", pg_url, back)
    assert code == 0 and "every table checked" in out, err
    with open_team_catalogue(pg_url) as team, \
            catalogue_service.open_existing(back, read_only=True) as copied:
        digests = catalogue_copy.catalogue_digests(copied)
        assert catalogue_copy.catalogue_digests(team) == digests
    code, _out, err = run("merge", pg_url.replace("advocacy_test", "missing_db"), filled.path)
    assert code == 1 and "cannot connect" in err
