"""Importing files into a catalogue: batches, rejected rows, duplicates, undo, templates."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import text

from advocacy_desktop.services import import_service as svc
from advocacy_desktop.services.sources_service import DEFAULT_SOURCES

HEADERS = ["Review ID", "Date", "How likely are you to recommend us? (0-10)", "Comment",
           "Source", "Email", "Internal memo"]  # the memo maps to no field: kept in extra


def write_csv(path: Path, rows: list[list[Any]], headers: list[str] = HEADERS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[Any]], headers: list[str] = HEADERS) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Reviews"
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def good_rows(count: int, start: int = 0) -> list[list[Any]]:
    return [
        [f"R{i}", f"2025-03-{1 + i % 28:02d}", i % 11, f"Comment number {i}", "Trustpilot",
         f"c{i % 7}@example.com", f"note {i}"]
        for i in range(start, start + count)
    ]


def feedback(catalogue: Any) -> list[dict[str, Any]]:
    with catalogue.read() as session:
        rows = session.execute(
            text(
                "SELECT f.external_id, f.received_on, f.score, f.text, s.name AS source,"
                " c.email, f.extra, f.batch_id, f.status, f.uuid"
                " FROM feedback f LEFT JOIN source s ON s.id = f.source_id"
                " LEFT JOIN customer c ON c.id = f.customer_id ORDER BY f.id"
            )
        ).mappings()
        return [dict(r) for r in rows]


def test_a_csv_becomes_one_batch_with_every_field_and_the_rest_in_extra(
    catalogue: Any, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "reviews.csv", good_rows(30))
    result = svc.run_import(catalogue, path)
    assert result.as_dict() == {
        "batch_id": result.batch_id, "rows_read": 30, "imported": 30, "duplicates": 0,
        "rejected": 0,
    }
    rows = feedback(catalogue)
    assert len(rows) == 30
    first = rows[0]
    assert first["external_id"] == "R0"
    assert first["received_on"] == "2025-03-01"
    assert first["score"] == 0
    assert first["text"] == "Comment number 0"
    assert first["source"] == "Trustpilot"
    assert first["email"] == "c0@example.com"
    assert json.loads(first["extra"]) == {"Internal memo": "note 0"}
    assert first["status"] == "new"
    assert {r["batch_id"] for r in rows} == {result.batch_id}
    uuids = [r["uuid"] for r in rows]
    assert uuids == sorted(uuids) and len(set(uuids)) == 30
    with catalogue.read() as session:
        customers = session.execute(text("SELECT count(*) FROM customer")).scalar_one()
        sources = session.execute(text("SELECT count(*) FROM source")).scalar_one()
    assert customers == 7  # one per distinct e-mail
    assert sources == len(DEFAULT_SOURCES)  # "Trustpilot" landed on the default source


@pytest.mark.parametrize(
    ("bad", "reason_part"),
    [("10/10", "10/10"), ("ten", "ten"), (11, "11"), (-1, "-1"), (7.5, "7.5")],
)
def test_every_bad_score_is_rejected_with_its_reason(
    catalogue: Any, tmp_path: Path, bad: Any, reason_part: str
) -> None:
    rows = good_rows(3)
    rows[1][2] = bad
    path = write_xlsx(tmp_path / "scores.xlsx", rows)
    result = svc.run_import(catalogue, path)
    assert (result.imported, result.rejected) == (2, 1)
    [problem] = svc.rejected_rows(catalogue, result.batch_id)
    assert problem.row_number == 3  # header is row 1, the bad row is the second data row
    assert problem.column == HEADERS[2]
    assert reason_part in problem.reason
    assert problem.data is not None and problem.data["Review ID"] == "R1"


def test_a_spreadsheet_nine_point_zero_is_nine(catalogue: Any, tmp_path: Path) -> None:
    rows = good_rows(2)
    rows[0][2] = 9.0
    rows[1][2] = "9.0"
    path = write_xlsx(tmp_path / "floats.xlsx", rows)
    result = svc.run_import(catalogue, path)
    assert result.rejected == 0
    assert [r["score"] for r in feedback(catalogue)] == [9, 9]


def test_a_row_without_score_rating_or_text_is_rejected(catalogue: Any, tmp_path: Path) -> None:
    rows = good_rows(2)
    rows[1][2] = None
    rows[1][3] = None
    result = svc.run_import(catalogue, write_xlsx(tmp_path / "empty.xlsx", rows))
    assert (result.imported, result.rejected) == (1, 1)
    [problem] = svc.rejected_rows(catalogue, result.batch_id)
    assert problem.column is None and "nothing to import" in problem.reason


def test_the_same_file_twice_adds_nothing_and_overlaps_add_only_new_rows(
    catalogue: Any, tmp_path: Path
) -> None:
    first = svc.run_import(catalogue, write_csv(tmp_path / "a.csv", good_rows(20)))
    again = svc.run_import(catalogue, tmp_path / "a.csv")
    assert (again.imported, again.duplicates) == (0, 20)
    overlap = svc.run_import(catalogue, write_csv(tmp_path / "b.csv", good_rows(20, start=10)))
    assert (overlap.imported, overlap.duplicates) == (10, 10)
    assert len(feedback(catalogue)) == 30
    assert first.batch_id != again.batch_id != overlap.batch_id


def test_without_an_external_id_duplicates_are_found_by_normalised_content(
    catalogue: Any, tmp_path: Path
) -> None:
    headers = ["Date", "NPS", "Feedback"]
    rows = [["2025-01-02", 9, "Great  service"], ["2025-01-02", 9, "great service"],
            ["2025-01-02", 8, "great service"]]
    result = svc.run_import(catalogue, write_csv(tmp_path / "n.csv", rows, headers))
    assert (result.imported, result.duplicates) == (2, 1)


def test_dry_run_counts_but_writes_nothing(catalogue: Any, tmp_path: Path) -> None:
    rows = good_rows(5)
    rows[0][2] = "ten"
    options = svc.ImportOptions(dry_run=True)
    result = svc.run_import(catalogue, write_csv(tmp_path / "d.csv", rows), options)
    assert (result.batch_id, result.imported, result.rejected) == (None, 4, 1)
    assert feedback(catalogue) == []
    assert svc.list_batches(catalogue) == []


def test_cancel_leaves_nothing(catalogue: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from advocacy_desktop.services.importing import worker

    monkeypatch.setattr(worker, "CHUNK_ROWS", 10)
    path = write_csv(tmp_path / "c.csv", good_rows(100))
    seen: list[int] = []

    def progress(done: int, total: int | None) -> None:
        seen.append(done)

    with pytest.raises(svc.ImportCancelled):
        svc.run_import(catalogue, path, progress=progress, should_cancel=lambda: len(seen) >= 3)
    assert seen == [10, 20, 30]  # three chunks were written inside the transaction
    assert feedback(catalogue) == []
    assert svc.list_batches(catalogue) == []


def test_ambiguous_text_dates_need_an_order_and_are_read_with_it(
    catalogue: Any, tmp_path: Path
) -> None:
    rows = [["R1", "05/01/2025", 9, "a", "Google", "", ""],
            ["R2", "06/02/2025", 3, "b", "Google", "", ""]]
    path = write_csv(tmp_path / "dates.csv", rows)
    with pytest.raises(svc.DateOrderNeeded) as err:
        svc.run_import(catalogue, path)
    assert "Date" in str(err.value)
    assert feedback(catalogue) == []
    svc.run_import(catalogue, path, svc.ImportOptions(date_order=svc.DateOrder.DMY))
    assert [r["received_on"] for r in feedback(catalogue)] == ["2025-01-05", "2025-02-06"]


def test_real_spreadsheet_dates_and_default_source(catalogue: Any, tmp_path: Path) -> None:
    headers = ["Date", "Likelihood to recommend", "Review"]
    rows = [[datetime(2025, 4, 3, 14, 5), 10, "Lovely"], [date(2025, 4, 4), 6, "Meh"]]
    path = write_xlsx(tmp_path / "x.xlsx", rows, headers)
    svc.run_import(catalogue, path, svc.ImportOptions(source_name="Survey"))
    got = feedback(catalogue)
    assert [(r["received_on"], r["score"], r["source"]) for r in got] == [
        ("2025-04-03", 10, "Survey"), ("2025-04-04", 6, "Survey")]


def test_needs_column_creates_needs_and_links_items(catalogue: Any, tmp_path: Path) -> None:
    headers = ["NPS", "Comment", "Needs"]
    rows = [[2, "Too expensive and slow", "Price, Delivery"], [9, "Fast", "delivery"]]
    svc.run_import(catalogue, write_csv(tmp_path / "needs.csv", rows, headers))
    with catalogue.read() as session:
        links = session.execute(
            text("SELECT f.text, n.name FROM feedback_need fn JOIN feedback f ON f.id ="
                 " fn.feedback_id JOIN need n ON n.id = fn.need_id ORDER BY f.id, n.name")
        ).all()
    assert [tuple(r) for r in links] == [
        ("Too expensive and slow", "Delivery"), ("Too expensive and slow", "Price"),
        ("Fast", "Delivery")]


def test_rejected_rows_export_fixes_and_reimports(catalogue: Any, tmp_path: Path) -> None:
    rows = good_rows(6)
    rows[1][2] = "10/10"
    rows[4][2] = 11
    rows[4][1] = "not a date"
    first = svc.run_import(catalogue, write_csv(tmp_path / "r.csv", rows))
    assert first.rejected == 2
    out = tmp_path / "rejects.xlsx"
    assert svc.export_rejects(catalogue, first.batch_id, out) == 2
    book = load_workbook(out)
    sheet = book["Rows to fix"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == HEADERS
    assert [v[0] for v in values[1:]] == ["R1", "R4"]
    assert sheet.cell(2, 3).comment is not None and "10/10" in sheet.cell(2, 3).comment.text
    problems = [[c.value for c in row] for row in book["Problems"].iter_rows(min_row=2)]
    assert len(problems) == 3 and {p[1] for p in problems} == {3, 6}
    sheet.cell(2, 3).value = 10
    sheet.cell(3, 3).value = 7
    sheet.cell(3, 2).value = "2025-03-05"
    book.save(out)
    fixed = svc.run_import(catalogue, out)
    assert (fixed.imported, fixed.rejected, fixed.duplicates) == (2, 0, 0)
    assert sorted(r["external_id"] for r in feedback(catalogue)) == [f"R{i}" for i in range(6)]


def test_exported_rejects_neutralise_formulas(catalogue: Any, tmp_path: Path) -> None:
    rows = good_rows(5)
    rows[0][2] = "=1+1"
    rows[0][3] = "=HYPERLINK(\"http://evil\")"
    result = svc.run_import(catalogue, write_csv(tmp_path / "f.csv", rows))
    out = tmp_path / "rej.xlsx"
    svc.export_rejects(catalogue, result.batch_id, out)
    sheet = load_workbook(out)["Rows to fix"]
    assert sheet.cell(2, 4).value.startswith("'=")
    assert sheet.cell(2, 4).data_type == "s"


def test_undo_removes_the_batch_and_the_file_imports_again(
    catalogue: Any, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "u.csv", good_rows(12))
    first = svc.run_import(catalogue, path)
    assert svc.undo_batch(catalogue, first.batch_id) == 12
    assert feedback(catalogue) == []
    [batch] = svc.list_batches(catalogue)
    assert (batch.status, batch.remaining, batch.imported) == ("undone", 0, 12)
    again = svc.run_import(catalogue, path)
    assert again.imported == 12
    with catalogue.read() as session:
        actions = session.execute(text("SELECT action FROM audit_log ORDER BY id")).scalars()
        assert list(actions) == ["import", "undo_import", "import"]
    with pytest.raises(svc.BatchNotFound):
        svc.undo_batch(catalogue, 999)


def test_mapping_overrides_and_templates_for_the_same_headers(
    catalogue: Any, tmp_path: Path
) -> None:
    headers = ["Kundennummer", "Punkte", "Anmerkung"]
    rows = [["K1", 8, "Gut"], ["K2", 3, "Schlecht"]]
    path = write_csv(tmp_path / "t.csv", rows, headers)
    options = svc.ImportOptions(
        overrides={svc.Field.SCORE: "punkte", svc.Field.TEXT: "Anmerkung"},
        save_template_as="Shop survey",
    )
    result = svc.run_import(catalogue, path, options)
    assert result.imported == 2 and result.mapping.fields[svc.Field.SCORE] == "Punkte"
    [template] = svc.list_templates(catalogue)
    assert template.name == "Shop survey"
    reordered = write_csv(
        tmp_path / "t2.csv", [["Ok", 7, "K3"]], ["Anmerkung", "Punkte", "Kundennummer"]
    )
    preview = svc.preview_import(catalogue, reordered)
    assert preview.template_name == "Shop survey"
    assert preview.mapping.fields[svc.Field.SCORE] == "Punkte"
    second = svc.run_import(catalogue, reordered)
    assert second.imported == 1
    assert [r["score"] for r in feedback(catalogue)] == [8, 3, 7]


def test_a_map_to_a_missing_column_is_a_setup_error(catalogue: Any, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", good_rows(1))
    options = svc.ImportOptions(overrides={svc.Field.SCORE: "No such column"})
    with pytest.raises(svc.ImportSetupError, match="No such column"):
        svc.run_import(catalogue, path, options)


def test_preview_shows_mapping_and_problems(catalogue: Any, tmp_path: Path) -> None:
    rows = good_rows(4)
    rows[2][2] = "ten"
    preview = svc.preview_import(catalogue, write_csv(tmp_path / "p.csv", rows))
    assert preview.mapping.fields[svc.Field.SCORE] == HEADERS[2]
    assert preview.mapping.fields[svc.Field.EXTERNAL_ID] == "Review ID"
    assert [(p.row_number, p.header) for p in preview.problems] == [(4, HEADERS[2])]
    assert len(preview.rows) == 4 and preview.encoding_confirmed
    assert feedback(catalogue) == []


def test_a_cp1252_file_is_previewed_but_needs_confirmation(
    catalogue: Any, tmp_path: Path
) -> None:
    path = tmp_path / "ansi.csv"
    path.write_bytes("NPS;Kommentar\n9;Sch\u00f6n und g\u00fcnstig \u20ac\n".encode("cp1252"))
    preview = svc.preview_import(catalogue, path)
    assert not preview.encoding_confirmed and preview.encoding == "cp1252"
    assert preview.rows[0][1][1] == "Sch\u00f6n und g\u00fcnstig \u20ac"
    with pytest.raises(svc.EncodingNotConfirmed):
        svc.run_import(catalogue, path)
    result = svc.run_import(catalogue, path, svc.ImportOptions(encoding="cp1252"))
    assert result.imported == 1
    assert feedback(catalogue)[0]["text"] == "Sch\u00f6n und g\u00fcnstig \u20ac"
