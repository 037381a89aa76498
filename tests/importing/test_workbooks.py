""".xlsx and .ods: values, header rows, sheets, merges, formulas, dates, both engines."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Font

from advocacy_desktop.services.importing import (
    DamagedFile,
    FileKind,
    ImportCancelled,
    ImportFileError,
    SheetNotFound,
    UnsupportedFile,
    inspect_file,
    open_table,
    workbook_reader,
)
from tests.importing.conftest import (
    build_ods,
    build_xlsx,
    cell,
    grid,
    ods_rows,
    rows_of,
    sheet_data,
)

ENGINES = ["calamine", "openpyxl"]


def feedback_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Feedback"
    ws.append(["Review ID", "Date", "Score", "Comment", "Verified", "Time"])
    ws.append(["00123", datetime.date(2024, 5, 1), 9, "Schnelle Lieferung", True,
               datetime.time(10, 30)])
    ws.append(["R2", datetime.datetime(2024, 5, 2, 14, 5), 7.5, None, False, None])
    ws.append([None, None, None, None, None, None])
    ws.append(["R3", None, 0, "고객서비스도 친절", None, None])
    wb.save(path)
    return path


@pytest.mark.parametrize("engine", ENGINES)
def test_values_types_and_row_numbers(tmp_path: Path, engine: str) -> None:
    table = open_table(feedback_workbook(tmp_path / "f.xlsx"), engine=engine)
    assert (table.kind, table.sheet, table.header_row) == (FileKind.XLSX, "Feedback", 1)
    assert table.headers == ["Review ID", "Date", "Score", "Comment", "Verified", "Time"]
    assert table.columns == ["A", "B", "C", "D", "E", "F"]
    assert not table.epoch_1904
    rows = rows_of(table)
    assert rows == [
        (2, ["00123", datetime.date(2024, 5, 1), 9.0, "Schnelle Lieferung", True, "10:30:00"]),
        (3, ["R2", datetime.datetime(2024, 5, 2, 14, 5), 7.5, None, False, None]),
        (5, ["R3", None, 0.0, "고객서비스도 친절", None, None]),
    ]
    assert type(rows[0][1][2]) is float and type(rows[0][1][1]) is datetime.date
    assert table.warnings == []


def test_openpyxl_fallback_gives_the_same_table_as_calamine(tmp_path: Path) -> None:
    path = feedback_workbook(tmp_path / "f.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws.merge_cells("D6:D7")
    ws["D6"] = "block comment"
    ws["A6"], ws["A7"] = "R4", "R5"
    ws["B6"] = "=1+1"  # openpyxl saves formulas without a cached result
    wb.save(path)
    tables = [open_table(path, engine=engine) for engine in ENGINES]
    calamine, fallback = ([(t.headers, t.columns, t.header_row, t.unreadable_cells,
                            [w.message for w in t.warnings], rows_of(t)) for t in tables])
    assert calamine == fallback
    assert calamine[3] == frozenset({(6, 1)})
    assert calamine[5][-2:] == [(6, ["R4", None, None, "block comment", None, None]),
                                (7, ["R5", None, None, "block comment", None, None])]


def test_auto_header_skips_a_title_and_can_be_chosen(tmp_path: Path) -> None:
    body = sheet_data({**grid([["Export May 2024"]]), **grid([["Name", "Score"], ["Ann", 9]], 3)})
    path = build_xlsx(tmp_path / "t.xlsx", body=body)
    table = open_table(path)
    assert (table.header_row, table.headers) == (3, ["Name", "Score"])
    assert rows_of(table) == [(4, ["Ann", 9.0])]
    table = open_table(path, header_row=1)
    assert (table.header_row, table.headers) == (1, ["Export May 2024", "B"])
    assert rows_of(table) == [(3, ["Name", "Score"]), (4, ["Ann", 9.0])]
    table = open_table(path, header_row=0)
    assert (table.header_row, table.headers) == (0, ["A", "B"])
    assert [n for n, _v in rows_of(table)] == [1, 3, 4]
    with pytest.raises(ImportFileError, match="Row 2 of the sheet 'Data' is empty") as caught:
        open_table(path, header_row=2)
    assert caught.value.row == 2


@pytest.mark.parametrize("engine", ENGINES)
def test_table_away_from_a1_keeps_sheet_rows_and_letters(tmp_path: Path, engine: str) -> None:
    body = sheet_data(
        {5: cell("C5", "Name") + cell("D5", "Score"), 6: cell("C6", "Ann") + cell("D6", 9),
         9: cell("D9", 3)},
        dimension="C5:D9",
    )
    table = open_table(build_xlsx(tmp_path / "c.xlsx", body=body), engine=engine)
    assert (table.headers, table.columns, table.header_row) == (["Name", "Score"], ["C", "D"], 5)
    assert rows_of(table) == [(6, ["Ann", 9.0]), (9, [None, 3.0])]


@pytest.mark.parametrize("engine", ENGINES)
def test_trailing_formatted_empty_rows_give_no_rows(tmp_path: Path, engine: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Name", "Score"], ["Ann", 9], ["Bob", 7], ["Cy", 10]):
        ws.append(row)
    for n in range(5, 5001):
        ws.cell(row=n, column=1).font = Font(bold=True)
    wb.save(tmp_path / "styled.xlsx")
    assert inspect_file(tmp_path / "styled.xlsx").sheets[0].rows_hint == 5000
    table = open_table(tmp_path / "styled.xlsx", engine=engine)
    assert rows_of(table) == [(2, ["Ann", 9.0]), (3, ["Bob", 7.0]), (4, ["Cy", 10.0])]


def several_sheets(path: Path) -> Path:
    sheets = [
        ("Notes", sheet_data(grid([["Note", "By"], ["hidden stuff", "me"]]))),
        ("Feedback", sheet_data(grid([["Name", "Score"], ["Ann", 9]]))),
        ("Old data", sheet_data(grid([["Name", "Score"], ["Bob", 3]]))),
    ]
    return build_xlsx(path, sheets, states={"Notes": "hidden"})


def test_sheets_listed_chosen_by_name_or_index_and_hidden_warned(tmp_path: Path) -> None:
    path = several_sheets(tmp_path / "s.xlsx")
    info = inspect_file(path)
    assert [(s.name, s.index, s.hidden) for s in info.sheets] == [
        ("Notes", 0, True), ("Feedback", 1, False), ("Old data", 2, False)
    ]
    assert info.needs_sheet_choice
    table = open_table(path)  # first visible sheet, with a note about the others
    assert table.sheet == "Feedback"
    assert [w.code for w in table.warnings] == ["several_sheets"]
    assert "'Notes', 'Old data'" in table.warnings[0].message
    table = open_table(path, sheet="old DATA")
    assert (table.sheet, rows_of(table)) == ("Old data", [(2, ["Bob", 3.0])])
    table = open_table(path, sheet=0)
    assert table.sheet == "Notes" and rows_of(table) == [(2, ["hidden stuff", "me"])]
    assert [w.code for w in table.warnings] == ["hidden_sheet"]
    assert "'Notes' is hidden" in table.warnings[0].message


def test_missing_sheet_lists_the_existing_ones(tmp_path: Path) -> None:
    path = several_sheets(tmp_path / "s.xlsx")
    with pytest.raises(SheetNotFound) as caught:
        open_table(path, sheet="Responses")
    message = str(caught.value)
    assert "no sheet 'Responses'" in message and "'Notes', 'Feedback', 'Old data'" in message
    with pytest.raises(SheetNotFound):
        open_table(path, sheet=3)


@pytest.mark.parametrize("engine", ENGINES)
def test_merged_cells_fill_down_their_first_column_only(tmp_path: Path, engine: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Source", "Score", "Comment"], ["Amazon", 9, "a"], [None, 8, "b"],
                [None, 7, "c"], ["Shop", 5, "wide"]):
        ws.append(row)
    ws.merge_cells("A2:A4")
    ws.merge_cells("C5:D5")
    ws.merge_cells("A1:A1")  # a single-cell "merge" in the header: nothing to do
    wb.save(tmp_path / "m.xlsx")
    table = open_table(tmp_path / "m.xlsx", engine=engine)
    assert rows_of(table) == [
        (2, ["Amazon", 9.0, "a"]), (3, ["Amazon", 8.0, "b"]), (4, ["Amazon", 7.0, "c"]),
        (5, ["Shop", 5.0, "wide"]),
    ]
    merged = [w for w in table.warnings if w.code == "merged_cells"]
    assert [(w.row, w.column) for w in merged] == [(2, "Source"), (5, "Comment")]
    assert "A2:A4 are merged; the value of A2 was repeated" in merged[0].message
    assert "C5:D5 are merged; the value was read in C5 only" in merged[1].message


FORMULAS = sheet_data({
    1: cell("A1", "Name") + cell("B1", "Total") + cell("C1", "Double") + cell("D1", "Ratio"),
    2: cell("A2", "Ann") + '<c r="B2"><f>1+1</f><v>2</v></c><c r="C2"><f>B2*2</f></c>'
       '<c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
    3: cell("A3", "Bob") + '<c r="B3" t="str"><f>A3&amp;"!"</f><v>Bob!</v></c>'
       '<c r="C3"><f>B2*2</f><v>4</v></c><c r="D3"><f>0.5</f><v>0.5</v></c>',
})


@pytest.mark.parametrize("engine", ENGINES)
def test_formulas_cached_values_and_unreadable_cells(tmp_path: Path, engine: str) -> None:
    table = open_table(build_xlsx(tmp_path / "f.xlsx", body=FORMULAS), engine=engine)
    assert rows_of(table) == [(2, ["Ann", 2.0, None, None]), (3, ["Bob", "Bob!", 4.0, 0.5])]
    assert table.unreadable_cells == frozenset({(2, 2), (2, 3)})
    warned = {w.code: w for w in table.warnings}
    formula, error = warned["formula_without_value"], warned["error_cell"]
    assert (formula.row, formula.column, error.row, error.column) == (2, "Double", 2, "Ratio")
    assert "C2 is a formula without a saved result" in formula.message
    assert "D2 holds the Excel error #DIV/0!" in error.message


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("date1904", [False, True])
def test_date_cells_and_the_1904_system(tmp_path: Path, engine: str, date1904: bool) -> None:
    body = sheet_data({1: cell("A1", "Date") + cell("B1", "Serial"),
                       2: cell("A2", 45413, style=1) + cell("B2", 45413)})
    path = build_xlsx(tmp_path / "d.xlsx", body=body, date1904=date1904)
    table = open_table(path, engine=engine)
    assert table.epoch_1904 is date1904
    day = datetime.date(2028, 5, 2) if date1904 else datetime.date(2024, 5, 1)
    assert rows_of(table) == [(2, [day, 45413.0])]
    epoch = datetime.date(1904, 1, 1) if date1904 else datetime.date(1899, 12, 30)
    assert day == epoch + datetime.timedelta(days=45413)


def test_ods_is_read_with_calamine(tmp_path: Path) -> None:
    rows = ods_rows([["Name", "Score"], ["Zoë", 9], [None, None], ["Bob", 7.5]])
    path = build_ods(tmp_path / "f.ods", {"Antworten": rows, "Other": ods_rows([["x"]])})
    info = inspect_file(path)
    assert info.kind is FileKind.ODS
    assert [(s.name, s.hidden) for s in info.sheets] == [("Antworten", False), ("Other", False)]
    table = open_table(path, sheet="Antworten", engine="openpyxl")  # .ods: always calamine
    assert (table.kind, table.headers) == (FileKind.ODS, ["Name", "Score"])
    assert rows_of(table) == [(2, ["Zoë", 9.0]), (4, ["Bob", 7.5])]
    assert table.warnings == []


def test_ods_merged_cells_are_warned(tmp_path: Path) -> None:
    rows = ods_rows([["Name", "Score"]]) + (
        '<table:table-row><table:table-cell table:number-columns-spanned="2" '
        'office:value-type="string"><text:p>wide</text:p></table:table-cell>'
        "<table:covered-table-cell/></table:table-row>"
    )
    table = open_table(build_ods(tmp_path / "m.ods", {"S": rows}))
    assert rows_of(table) == [(2, ["wide", None])]
    assert [w.code for w in table.warnings] == ["merged_cells"]


def test_empty_sheet_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFile, match="The sheet 'Data' is empty"):
        open_table(build_xlsx(tmp_path / "e.xlsx", body=sheet_data({})))


def test_calamine_failure_falls_back_to_openpyxl(tmp_path: Path, monkeypatch: Any) -> None:
    path = feedback_workbook(tmp_path / "f.xlsx")
    expected = rows_of(open_table(path))

    class ZipError(Exception):
        pass

    class Broken:
        class CalamineWorkbook:
            @staticmethod
            def from_path(_path: str) -> None:
                raise ZipError("invalid Zip archive")

    monkeypatch.setattr(workbook_reader, "_calamine", lambda: Broken)
    assert rows_of(open_table(path)) == expected
    with pytest.raises(DamagedFile, match="ZipError: invalid Zip archive"):
        open_table(path, engine="calamine")


def test_cancel_while_checking_a_workbook(tmp_path: Path) -> None:
    path = feedback_workbook(tmp_path / "f.xlsx")
    calls = []

    def cancel_on_third_call() -> bool:
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(ImportCancelled):
        open_table(path, should_cancel=cancel_on_third_call)
    assert len(calls) == 3
    with pytest.raises(ImportCancelled):
        inspect_file(path, should_cancel=lambda: True)


def test_workbook_table_rows_twice_then_closed(tmp_path: Path) -> None:
    for engine in ENGINES:
        table = open_table(feedback_workbook(tmp_path / "f.xlsx"), engine=engine)
        assert list(table.rows()) == list(table.rows())
        assert table.total_rows_hint == 4
        table.close()
        with pytest.raises(ValueError, match="closed"):
            table.rows()
