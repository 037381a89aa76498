"""Text files: encodings, delimiters, quoting, line numbers and the errors users will meet."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_desktop.services.importing import (
    BadText,
    EncodingNotConfirmed,
    FileKind,
    ImportCancelled,
    ImportFileError,
    Limits,
    UnsafeFile,
    UnsupportedFile,
    inspect_file,
    open_table,
)
from tests.importing.conftest import rows_of, write_bytes


def test_utf8_with_bom_is_certain_and_the_bom_is_not_in_the_first_header(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "bom.csv", "\ufeffName,Score\r\nZoë,9\r\n".encode())
    info = inspect_file(path)
    assert (info.kind, info.encoding, info.encoding_confirmed, info.delimiter) == (
        FileKind.CSV, "utf-8-sig", True, ","
    )
    table = open_table(path)
    assert table.headers == ["Name", "Score"]
    assert rows_of(table) == [(2, ["Zoë", "9"])]


def test_utf16_le_with_bom(tmp_path: Path) -> None:
    text = "Name\tComment\r\nJosé\t고객서비스도 친절\r\nAnn\tok\r\n"
    path = write_bytes(tmp_path / "export.txt", b"\xff\xfe" + text.encode("utf-16-le"))
    info = inspect_file(path)
    assert (info.encoding, info.encoding_confirmed, info.delimiter) == ("utf-16", True, "\t")
    table = open_table(path)
    assert table.headers == ["Name", "Comment"]
    assert rows_of(table) == [(2, ["José", "고객서비스도 친절"]), (3, ["Ann", "ok"])]


def test_cp1252_must_be_confirmed_then_reads_accents_and_euro(tmp_path: Path) -> None:
    path = write_bytes(
        tmp_path / "ansi.csv", "Name;Comment\nRené;Prix 5 €, très bien\n".encode("cp1252")
    )
    info = inspect_file(path)  # never raises EncodingNotConfirmed
    assert (info.encoding, info.encoding_confirmed) == ("cp1252", False)
    with pytest.raises(EncodingNotConfirmed) as caught:
        open_table(path)
    assert caught.value.encoding == "cp1252"
    assert "Windows-1252" in str(caught.value) and str(path) in str(caught.value)
    table = open_table(path, encoding=caught.value.encoding)
    assert table.encoding == "cp1252" and table.delimiter == ";"
    assert rows_of(table) == [(2, ["René", "Prix 5 €, très bien"])]


def test_wrong_encoding_given_names_the_line(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "ansi.csv", "a,b\n1,2\n3,caf\xe9\n".encode("latin-1"))
    with pytest.raises(BadText) as caught:  # small file: found while reading the header
        rows_of(open_table(path, encoding="utf-8"))
    assert caught.value.row == 3
    assert "Line 3 is not valid utf-8" in str(caught.value)


@pytest.mark.parametrize(
    ("delimiter", "suffix"), [(";", ".csv"), ("\t", ".tsv"), ("|", ".txt"), (",", ".csv")]
)
def test_delimiter_is_detected(tmp_path: Path, delimiter: str, suffix: str) -> None:
    lines = [["Name", "Score", "Rating"], ["Ann", "9", "4,5"], ["Bob", "7", "3,0"]]
    if delimiter == ",":
        lines = [[f'"{v}"' if "," in v else v for v in line] for line in lines]
    path = tmp_path / f"data{suffix}"
    path.write_text("\n".join(delimiter.join(line) for line in lines) + "\n", encoding="utf-8")
    assert inspect_file(path).delimiter == delimiter
    table = open_table(path)
    assert table.delimiter == delimiter
    assert table.headers == ["Name", "Score", "Rating"]
    assert rows_of(table) == [(2, ["Ann", "9", "4,5"]), (3, ["Bob", "7", "3,0"])]


def test_quoted_newlines_keep_the_line_where_each_record_starts(tmp_path: Path) -> None:
    path = write_bytes(
        tmp_path / "q.csv",
        b'id,comment\r\n1,"line one\r\nline two"\r\n2,"a ""quoted"" word"\r\n3,"x\ny\nz"\n4,end\n',
    )
    assert rows_of(open_table(path)) == [
        (2, ["1", "line one\r\nline two"]),
        (4, ["2", 'a "quoted" word']),
        (5, ["3", "x\ny\nz"]),
        (8, ["4", "end"]),
    ]


def test_unclosed_quote_is_reported_at_its_line(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "bad.csv", b'id,comment\n1,ok\n2,"never closed\n3,more\n')
    table = open_table(path)
    with pytest.raises(BadText) as caught:
        rows_of(table)
    assert caught.value.row == 3
    assert "line 3" in str(caught.value) and "never closed" in str(caught.value)


def test_nul_bytes_are_refused_with_their_line(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "nul.csv", b"id,c\n1,a\n2,b\x00c\n")
    with pytest.raises(BadText) as caught:
        open_table(path)
    assert caught.value.row == 3
    assert "NUL" in str(caught.value) and "row 3" in str(caught.value)


def test_csv_named_xlsx_is_read_as_csv_with_a_note(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "report.xlsx", b"Name,Score\nAnn,10\n")
    info = inspect_file(path)
    assert info.kind is FileKind.CSV
    assert info.notes and "'.xlsx'" in info.notes[0] and "CSV" in info.notes[0]
    table = open_table(path)
    assert rows_of(table) == [(2, ["Ann", "10"])]
    assert [w.code for w in table.warnings] == ["named_as_other_format"]
    assert "'.xlsx'" in table.warnings[0].message


def test_header_row_options_and_header_names(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "h.csv", b"Export of May\nName,,Score,score\nAnn,x,9,8\n")
    table = open_table(path, header_row=2)
    assert table.header_row == 2
    assert table.headers == ["Name", "B", "Score", "score (2)"]
    assert rows_of(table) == [(3, ["Ann", "x", "9", "8"])]
    table = open_table(path, header_row=0)
    assert table.headers == ["A", "B", "C", "D"] and table.header_row == 0
    assert rows_of(table)[0] == (1, ["Export of May", None, None, None])
    with pytest.raises(ImportFileError, match="No row with headers starts on line 9"):
        open_table(path, header_row=9)


def test_short_rows_are_padded_and_long_rows_keep_extras(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "w.csv", b"a,b,c\n1\n\n2,3,4,5\n")
    table = open_table(path)
    assert rows_of(table) == [(2, ["1", None, None]), (4, ["2", "3", "4", "5"])]
    codes = {w.code: w for w in table.warnings}
    assert codes["extra_values"].row == 4
    assert "1 empty rows were skipped" in codes["empty_rows_skipped"].message


def test_oversized_field_is_refused(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "big.csv", b"a,b\n1," + b"x" * 60 + b"\n")
    table = open_table(path, limits=Limits(max_cell_chars=50))
    with pytest.raises(UnsafeFile) as caught:
        rows_of(table)
    assert caught.value.row == 2 and "longer than 50 characters" in str(caught.value)


def test_row_cap_stops_the_rows(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "many.csv", b"a\n1\n2\n3\n")
    assert [n for n, _v in rows_of(open_table(path, limits=Limits(max_rows=3)))] == [2, 3, 4]
    seen = []
    with pytest.raises(UnsafeFile) as caught:
        for number, _values in open_table(path, limits=Limits(max_rows=2)).rows():
            seen.append(number)
    assert seen == [2, 3]
    assert caught.value.row == 4 and "more than 2 rows" in str(caught.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", r"empty \(0 bytes\)"),
        (b"\n\n  \n", "no data"),
        (b"<!DOCTYPE html><html><table><tr><td>1</td></tr></table></html>", r"web page \(HTML\)"),
        (b"%PDF-1.7 binary", "PDF"),
    ],
)
def test_files_that_are_not_csv_are_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = write_bytes(tmp_path / "export.xls", data)
    with pytest.raises(UnsupportedFile, match=message):
        open_table(path)


def test_missing_file_is_an_import_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFile) as caught:
        open_table(tmp_path / "nope.csv")
    assert "nope.csv" in str(caught.value) and "does not exist" in str(caught.value)


def test_cancel_stops_inspect_and_open(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "c.csv", b"a,b\n1,2\n")
    with pytest.raises(ImportCancelled):
        inspect_file(path, should_cancel=lambda: True)
    with pytest.raises(ImportCancelled):
        open_table(path, should_cancel=lambda: True)


def test_rows_can_be_read_twice_and_not_after_close(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "r.csv", b"a\n1\n2\n")
    table = open_table(path)
    assert list(table.rows()) == list(table.rows()) == [(2, ["1"]), (3, ["2"])]
    table.close()
    with pytest.raises(ValueError, match="closed"):
        table.rows()


def test_bad_arguments_are_programming_errors(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "r.csv", b"a\n1\n")
    with pytest.raises(ValueError, match="engine"):
        open_table(path, engine="pandas")
    with pytest.raises(ValueError, match="header_row"):
        open_table(path, header_row=-1)
