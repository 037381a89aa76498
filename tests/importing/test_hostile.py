"""Damaged, disguised and hostile files: refused with a clear message, fast, before parsing."""

from __future__ import annotations

import struct
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from advocacy_desktop.services.importing import (
    DamagedFile,
    Limits,
    UnsafeFile,
    UnsupportedFile,
    inspect_file,
    open_table,
)
from tests.importing.conftest import (
    MAIN_NS,
    XML_DECL,
    build_ods,
    build_xlsx,
    cell,
    grid,
    ods_rows,
    rows_of,
    shared_strings_xml,
    sheet_data,
    write_bytes,
)

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole2_file(path: Path, stream_name: str) -> Path:
    """An OLE2 compound file header with one directory entry name (as Excel stores it)."""
    header = OLE2_MAGIC + b"\x00" * (512 - len(OLE2_MAGIC))
    entry = ("Root Entry".encode("utf-16-le").ljust(128, b"\x00")
             + stream_name.encode("utf-16-le").ljust(128, b"\x00"))
    return write_bytes(path, header + b"\xff" * 2048 + entry)


def small_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(["Name", "Score"])
    for n in range(200):
        wb.active.append([f"customer {n}", n % 11])
    wb.save(path)
    return path


def test_truncated_xlsx_is_damaged(tmp_path: Path) -> None:
    data = small_workbook(tmp_path / "full.xlsx").read_bytes()
    path = write_bytes(tmp_path / "cut.xlsx", data[: len(data) // 2])
    for call in (inspect_file, open_table):
        with pytest.raises(DamagedFile) as caught:
            call(path)
        assert "damaged or incomplete" in str(caught.value) and "cut.xlsx" in str(caught.value)


def test_corrupt_part_inside_a_whole_zip_is_damaged(tmp_path: Path) -> None:
    path = build_xlsx(tmp_path / "c.xlsx", body=sheet_data(grid([["a"]] * 400)))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 5 : start + 25] = b"\xff" * 20  # mangle the deflate stream
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedFile, match="damaged or incomplete"):
        open_table(path)


def test_password_protected_workbook_says_so(tmp_path: Path) -> None:
    path = ole2_file(tmp_path / "secret.xlsx", "EncryptedPackage")
    for call in (inspect_file, open_table):
        with pytest.raises(UnsupportedFile) as caught:
            call(path)
        assert "protected by a password" in str(caught.value)
        assert "remove the password" in str(caught.value)


def test_old_xls_is_unsupported_with_what_to_do(tmp_path: Path) -> None:
    path = ole2_file(tmp_path / "old.xls", "Workbook")
    with pytest.raises(UnsupportedFile) as caught:
        open_table(path)
    message = str(caught.value)
    assert "old Excel 97–2003 (.xls)" in message and "save it as .xlsx" in message


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
              for i in range(1, 10))
    + f']><sst xmlns="{MAIN_NS}"><si><t>&lol9;</t></si></sst>'
)


def test_xml_entity_attack_in_shared_strings_is_refused(tmp_path: Path) -> None:
    body = sheet_data({1: '<c r="A1" t="s"><v>0</v></c>'})
    path = build_xlsx(tmp_path / "lol.xlsx", body=body, shared_strings=BILLION_LAUGHS)
    started = time.perf_counter()
    for call in (inspect_file, open_table):
        with pytest.raises(UnsafeFile) as caught:
            call(path)
        assert "sharedStrings.xml" in str(caught.value) and "XML entities" in str(caught.value)
    assert time.perf_counter() - started < 2


def test_xml_entity_attack_in_a_sheet_is_refused(tmp_path: Path) -> None:
    sheet = (
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<worksheet xmlns="{MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr">'
        "<is><t>&x;</t></is></c></row></sheetData></worksheet>"
    ).encode()
    path = build_xlsx(tmp_path / "xxe.xlsx", raw_sheet=sheet)
    with pytest.raises(UnsafeFile, match=r"sheet1\.xml\) declares XML entities"):
        open_table(path)


def declare_size(path: Path, member: str, size: int) -> None:
    """Rewrite the uncompressed size a zip declares for a member (central directory and
    local header), without touching its data."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + name_len]) == name:
            struct.pack_into("<I", data, central + 24, size)
            local = struct.unpack_from("<I", data, central + 42)[0]
            struct.pack_into("<I", data, local + 22, size)
            break
        central = data.find(b"PK\x01\x02", central + 4)
    else:
        raise AssertionError(f"{member} not found")
    path.write_bytes(bytes(data))


def test_zip_bomb_by_declared_size_is_refused_without_inflating(tmp_path: Path) -> None:
    path = small_workbook(tmp_path / "bomb.xlsx")
    declare_size(path, "xl/worksheets/sheet1.xml", 4_000_000_000)
    started = time.perf_counter()
    with pytest.raises(UnsafeFile) as caught:
        open_table(path)
    assert time.perf_counter() - started < 1
    assert "zip bomb" in str(caught.value) and "sheet1.xml" in str(caught.value)


def test_zip_bomb_by_ratio_is_refused_fast(tmp_path: Path) -> None:
    path = tmp_path / "ratio.xlsx"
    build_xlsx(path, body=sheet_data(grid([["a"]])))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/media/padding.bin", b"\x00" * (50 * 2**20))  # ~1000:1
    assert path.stat().st_size < 200_000
    started = time.perf_counter()
    with pytest.raises(UnsafeFile, match=r"padding\.bin\) would expand [0-9,]+ times"):
        inspect_file(path)
    assert time.perf_counter() - started < 1


def test_total_unpacked_size_is_capped(tmp_path: Path) -> None:
    path = small_workbook(tmp_path / "w.xlsx")
    with pytest.raises(UnsafeFile, match=r"would take [0-9]+ kB, more than the 10 kB allowed"):
        open_table(path, limits=Limits(max_uncompressed_bytes=10_000))


def test_shared_string_copied_into_many_cells_is_refused(tmp_path: Path) -> None:
    """calamine copies a shared string into each cell that uses it: 2,000 references to a
    20,000-character string are 40 MB in memory from a file of a few kB."""
    body = "<sheetData>" + "".join(
        f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>' for n in range(1, 2001)
    ) + "</sheetData>"
    path = build_xlsx(tmp_path / "amp.xlsx", body=body,
                      shared_strings=shared_strings_xml(["y" * 20_000]))
    assert path.stat().st_size < 50_000
    started = time.perf_counter()
    with pytest.raises(UnsafeFile) as caught:
        open_table(path, limits=Limits(max_uncompressed_bytes=16 * 2**20))
    assert time.perf_counter() - started < 1
    assert "sheet1.xml) repeats its content" in str(caught.value)
    assert "more than the 16 MiB allowed" in str(caught.value)
    # counted reference by reference (the quick bound says 'maybe'), 40 MB fits in 64 MiB
    table = open_table(path, limits=Limits(max_uncompressed_bytes=64 * 2**20))
    assert len(rows_of(table)) == 1999


def test_ods_repeated_rows_and_cells_are_counted_before_loading(tmp_path: Path) -> None:
    value = ('<table:table-cell table:number-columns-repeated="100" office:value-type="string">'
             "<text:p>x</text:p></table:table-cell>")
    rows = ods_rows([["Name"]]) + (
        f'<table:table-row table:number-rows-repeated="100000">{value}</table:table-row>'
    )
    path = build_ods(tmp_path / "bomb.ods", {"S": rows})
    assert path.stat().st_size < 2_000
    started = time.perf_counter()
    with pytest.raises(UnsafeFile, match=r"content\.xml\) repeats its content"):
        open_table(path, limits=Limits(max_uncompressed_bytes=64 * 2**20))
    assert time.perf_counter() - started < 1


def test_ods_trailing_empty_repeats_cost_nothing(tmp_path: Path) -> None:
    """LibreOffice pads every sheet to 1,048,576 rows × 16,384 columns with empty repeats."""
    rows = ods_rows([["Name", "Score"], ["Ann", 9]]) + (
        '<table:table-row table:number-rows-repeated="1048574">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    )
    path = build_ods(tmp_path / "padded.ods", {"S": rows})
    table = open_table(path, limits=Limits(max_uncompressed_bytes=10_000))
    assert rows_of(table) == [(2, ["Ann", 9.0])]


def test_oversized_shared_string_is_refused(tmp_path: Path) -> None:
    body = sheet_data({1: cell("A1", "Comment"), 2: '<c r="A2" t="s"><v>0</v></c>'})
    strings = shared_strings_xml(["x" * 40_000])
    path = build_xlsx(tmp_path / "long.xlsx", body=body, shared_strings=strings)
    with pytest.raises(UnsafeFile, match="more than 32,767 characters"):
        open_table(path)


def test_oversized_inline_cell_is_refused_with_its_place(tmp_path: Path) -> None:
    body = sheet_data({1: cell("A1", "Name") + cell("B1", "Comment"),
                       2: cell("A2", "Ann") + cell("B2", "abc" * 200)})
    path = build_xlsx(tmp_path / "long.xlsx", body=body)
    with pytest.raises(UnsafeFile) as caught:
        open_table(path, limits=Limits(max_cell_chars=500))
    assert (caught.value.row, caught.value.column) == (2, "B")
    assert "more than 500 characters" in str(caught.value)
    assert len(rows_of(open_table(path, limits=Limits(max_cell_chars=600)))[0][1][1]) == 600


@pytest.mark.parametrize("engine", ["calamine", "openpyxl"])
def test_row_cap_in_a_workbook(tmp_path: Path, engine: str) -> None:
    path = build_xlsx(tmp_path / "rows.xlsx", body=sheet_data(grid([["n"], [1], [2], [3]])))
    table = open_table(path, limits=Limits(max_rows=2), engine=engine)
    seen = []
    with pytest.raises(UnsafeFile) as caught:
        for number, _values in table.rows():
            seen.append(number)
    assert seen == [2, 3]
    assert caught.value.row == 4 and "more than 2 rows" in str(caught.value)
    assert len(rows_of(open_table(path, limits=Limits(max_rows=3), engine=engine))) == 3


def test_zip_that_is_no_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("export/feedback.csv", "a,b\n1,2\n")
    with pytest.raises(UnsupportedFile, match=r"contains export/feedback\.csv: extract it"):
        open_table(path)


def test_word_document_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            f'{XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-'
            'types"><Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        zf.writestr("word/document.xml", "<w/>")
    with pytest.raises(UnsupportedFile, match="Word document"):
        inspect_file(path)
