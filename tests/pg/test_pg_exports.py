"""Exports and the NPS report on a team catalogue: the same catalogue as a file and copied to a
real PostgreSQL server gives the same exported rows (.csv and .xlsx, read back) and the same
report figures."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.db.team import open_team_catalogue
from advocacy_desktop.domain.nps import Category
from advocacy_desktop.services import (
    catalogue_copy,
    catalogue_service,
    charts,
    exporting,
    import_service,
    needs_service,
    people_service,
    privacy,
    report_workbook,
    tagging,
    workflow_service,
)
from advocacy_desktop.services.feedback_filters import FeedbackFilter

pytest.importorskip("psycopg", reason="the 'team' extra (psycopg) is not installed")

CSV = (
    "Review ID,Date,NPS,Comment,Source,Email,Stars,Country,Segment,Tier\n"
    "1,2025-01-10,10,Great service,Trustpilot,a@example.com,5,GB,Pro,\n"
    "2,2025-01-20,3,배송이 너무 늦어요. 고객서비스도 별로,Trustpilot,b@example.com,2,KR,Basic,Y\n"
    "3,2025-02-03,8,Ürün güzel ama kargo çok geç geldi,Google,,4.5,TR,,M\n"
    "4,2025-02-14,9,=cmd|' /C calc'!A0 Schnelle Lieferung,Google,a@example.com,,DE,Pro,\n"
    "5,2025-02-15,,Il servizio è stato gentile,Survey,c@example.com,3,IT,Starter,\n"
    "6,2025-03-01,0,,Amazon,,1,,,\n"
    "7,2025-03-02,6,Late again,Amazon,d@example.com,2,FR,Pro,Y\n"
)
"""Several languages, a formula-like text, blanks, a float rating, two extra columns (one seen
first on a later item)."""

FILTERS = {
    "all": FeedbackFilter(),
    "narrow": FeedbackFilter(sources=(1, 3), date_from=date(2025, 1, 15),
                             date_to=date(2025, 3, 1)),
    "detractors": FeedbackFilter(categories=frozenset({Category.DETRACTOR})),
    "need": FeedbackFilter(needs=(1,)),
    "text": FeedbackFilter(text="kargo"),
    "since February": FeedbackFilter(date_from=date(2025, 2, 1)),
}


@pytest.fixture
def pair(tmp_path: Path, pg_url: str) -> Iterator[tuple[Any, Any]]:
    """(file catalogue, the same catalogue copied to PostgreSQL)."""
    catalogue = catalogue_service.create(tmp_path / "shop.advocacy")
    source = tmp_path / "in.csv"
    source.write_text(CSV, encoding="utf-8")
    import_service.run_import(catalogue, source, import_service.ImportOptions())
    delivery = needs_service.add_need(catalogue, "Delivery").need_id
    late = needs_service.add_need(catalogue, "Late", parent_id=delivery).need_id
    root = needs_service.add_need(catalogue, "Hizmet 서비스").need_id
    needs_service.move_need(catalogue, delivery, root)  # a parent with a larger id
    tagging.tag(catalogue, [1, 2, 3, 7], late)
    tagging.tag(catalogue, [2, 4], root)
    alice = people_service.add_person(catalogue, "Alice", "alice@example.com")
    workflow_service.assign(catalogue, [1, 2], alice)
    workflow_service.set_status(catalogue, [2], "triaged")
    workflow_service.set_due(catalogue, [2], date(2025, 3, 31))
    privacy.pseudonyms(catalogue)  # the pseudonym secret, which the copy keeps
    catalogue_copy.copy(catalogue, pg_url)
    try:
        with open_team_catalogue(pg_url) as team:
            yield catalogue, team
    finally:
        catalogue.close()


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def _sheet_rows(path: Path, title: str) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in book[title].iter_rows(values_only=True)]
    finally:
        book.close()


@pytest.mark.parametrize("name", list(FILTERS))
def test_csv_export_is_the_same_from_postgresql(pair: tuple[Any, Any], tmp_path: Path,
                                                name: str) -> None:
    file_catalogue, team = pair
    flt = FILTERS[name]
    from_file = exporting.export_items(file_catalogue, tmp_path / "file.csv", flt)
    from_team = exporting.export_items(team, tmp_path / "team.csv", flt)
    assert from_team == from_file
    rows = _csv_rows(tmp_path / "file.csv")
    assert len(rows) == from_file + 1
    assert _csv_rows(tmp_path / "team.csv") == rows
    if name == "all":
        assert from_file == 7
        headers = rows[0]
        # the extra columns in first-seen order, "Tier" only after "Segment"
        assert headers[len(exporting.HEADERS):].index("Tier") > \
            headers[len(exporting.HEADERS):].index("Segment")
        second = rows[2]
        assert "Delivery" in second[headers.index("Needs")]  # a need path through the tree
        assert second[headers.index("Due")] == "2025-03-31"
        assert second[headers.index("Assignee")] == "Alice"
        formula = next(r for r in rows if "calc" in r[headers.index("Text")])
        assert not formula[headers.index("Text")].startswith("=")  # neutralised on both


@pytest.mark.parametrize("name", ["all", "narrow", "text"])
def test_xlsx_export_is_the_same_from_postgresql(pair: tuple[Any, Any], tmp_path: Path,
                                                 name: str) -> None:
    file_catalogue, team = pair
    flt = FILTERS[name]
    assert exporting.export_items(team, tmp_path / "team.xlsx", flt) == \
        exporting.export_items(file_catalogue, tmp_path / "file.xlsx", flt) > 0
    rows = _sheet_rows(tmp_path / "file.xlsx", "Feedback")
    assert _sheet_rows(tmp_path / "team.xlsx", "Feedback") == rows
    headers = rows[0]
    assert all(isinstance(r[headers.index("Received")], datetime) for r in rows[1:])


def test_chunks_walk_by_id_on_postgresql(pair: tuple[Any, Any]) -> None:
    file_catalogue, team = pair
    results = []
    for catalogue in (file_catalogue, team):
        with exporting.reading(catalogue) as conn:
            columns = exporting.item_columns(conn, None)
            results.append((columns, list(exporting.item_rows(conn, None, columns, chunk=2))))
    assert results[1] == results[0]
    assert len(results[0][1]) == 7
    capped = []
    for catalogue in (file_catalogue, team):
        with exporting.reading(catalogue) as conn:
            capped.append(exporting.item_columns(conn, None, cap=1))
    assert capped[0] == capped[1]
    assert capped[0].extra_capped and len(capped[0].extra_keys) == 1


# (filters whose groups all have 2+ answers: charts.by_group_chart refuses a one-answer group
# whose adjusted interval lies beside its NPS, on either engine)
@pytest.mark.parametrize("name", ["all", "since February"])
def test_report_has_the_same_figures_from_postgresql(pair: tuple[Any, Any], tmp_path: Path,
                                                     name: str) -> None:
    file_catalogue, team = pair
    flt = FILTERS[name]
    report_workbook.write_report(file_catalogue, tmp_path / "file.xlsx", flt)
    report_workbook.write_report(team, tmp_path / "team.xlsx", flt)
    for title in report_workbook.SHEETS[:-1]:  # every sheet but the pictures
        ours = _sheet_rows(tmp_path / "file.xlsx", title)
        theirs = _sheet_rows(tmp_path / "team.xlsx", title)
        if title == "Summary":  # the catalogue's name and the time written differ
            ours = [r for r in ours if r and r[0] not in ("Catalogue", "Written")]
            theirs = [r for r in theirs if r and r[0] not in ("Catalogue", "Written")]
        assert theirs == ours, title
    summary = dict((r[0], r[1:]) for r in _sheet_rows(tmp_path / "team.xlsx", "Summary")
                   if r and r[0])
    assert summary["Catalogue"][0].endswith("(team catalogue)")
    assert "@" not in summary["Catalogue"][0]  # no user or host in a shared report
    if name == "all":
        assert summary["Answers (n)"][0] == 6
        assert summary["Promoters"][0] == 2 and summary["Detractors"][0] == 3


def test_score_distribution_on_postgresql(pair: tuple[Any, Any]) -> None:
    file_catalogue, team = pair
    for flt in FILTERS.values():
        assert charts.score_distribution(team, flt) == charts.score_distribution(
            file_catalogue, flt)
    counts = charts.score_distribution(team)
    assert counts[10] == 1 and counts[0] == 1 and sum(counts.values()) == 6


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_pseudonymised_export_is_the_same_from_postgresql(pair: tuple[Any, Any], tmp_path: Path,
                                                         suffix: str) -> None:
    file_catalogue, team = pair
    for catalogue, name in ((file_catalogue, "file"), (team, "team")):
        assert exporting.export_items(catalogue, tmp_path / f"{name}{suffix}",
                                      pseudonymise=True) == 7
    if suffix == ".csv":
        ours, theirs = _csv_rows(tmp_path / "file.csv"), _csv_rows(tmp_path / "team.csv")
    else:
        ours = _sheet_rows(tmp_path / "file.xlsx", "Feedback")
        theirs = _sheet_rows(tmp_path / "team.xlsx", "Feedback")
    assert theirs == ours
    assert "example.com" not in repr(theirs)
    customers = {row[ours[0].index("Customer")] for row in theirs[1:]} - {None, ""}
    assert customers  # the customers are there, as pseudonyms
    with team.engine.connect() as conn:
        audited = conn.execute(text(
            "SELECT after FROM audit_log WHERE action = 'export_pseudonymised'")).scalars().all()
    assert [json_after["items"] for json_after in map(_json, audited)] == [7]


def _json(value: Any) -> dict[str, Any]:
    import json

    return value if isinstance(value, dict) else json.loads(value)
