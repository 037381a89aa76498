"""Small fixture files for the readers, written into tmp_path by each test.

Workbooks come from openpyxl when it can write the case, otherwise they are assembled by hand
from XML parts (cached formula results, error cells, 1904 dates, hostile parts), so each test
controls exactly the bytes a reader sees.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from advocacy_desktop.services.importing import Table, Value

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
STYLES = (
    f'{XML_DECL}<styleSheet xmlns="{MAIN_NS}"><fonts count="1"><font/></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
    "</styleSheet>"
)
"""Style 1 is the built-in date format 14 (m/d/yyyy)."""


def rows_of(table: Table) -> list[tuple[int, list[Value]]]:
    with table:
        return list(table.rows())


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- hand-made xlsx


def cell(ref: str, value: object, *, style: int | None = None) -> str:
    """One <c> element: str -> inline string, bool, int/float -> number."""
    s = f' s="{style}"' if style is not None else ""
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"{s}><is><t>{escape(value)}</t></is></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"{s}><v>{int(value)}</v></c>'
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


def sheet_data(rows: dict[int, str], *, extra: str = "", dimension: str | None = None) -> str:
    """Worksheet body from {row number: cells XML}; ``extra`` goes after sheetData."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    body = "".join(f'<row r="{n}">{cells}</row>' for n, cells in sorted(rows.items()))
    return f"{dim}<sheetData>{body}</sheetData>{extra}"


def grid(rows: Sequence[Sequence[object]], first_row: int = 1) -> dict[int, str]:
    """Cells XML per row for plain values starting in column A (None = no cell)."""
    out: dict[int, str] = {}
    for offset, values in enumerate(rows):
        n = first_row + offset
        out[n] = "".join(
            cell(f"{chr(65 + i)}{n}", v) for i, v in enumerate(values) if v is not None
        )
    return out


def build_xlsx(
    path: Path,
    sheets: Iterable[tuple[str, str]] | None = None,
    *,
    body: str | None = None,
    states: dict[str, str] | None = None,
    shared_strings: str | None = None,
    date1904: bool = False,
    raw_sheet: bytes | None = None,
) -> Path:
    """A minimal valid .xlsx. ``sheets``: (name, worksheet body XML); ``body`` is a shortcut
    for one sheet named 'Data'. ``shared_strings`` is the whole sharedStrings.xml text;
    ``raw_sheet`` replaces the first worksheet's bytes (for hostile parts)."""
    sheet_list = list(sheets) if sheets is not None else [("Data", body or sheet_data({}))]
    states = states or {}
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{SHEET_CT}"/>'
        for i in range(1, len(sheet_list) + 1)
    )
    content_types = (
        f'{XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>'
        f"{overrides}</Types>"
    )
    workbook_pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    sheet_tags = "".join(
        f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"'
        + (f' state="{states[name]}"' if name in states else "")
        + "/>"
        for i, (name, _body) in enumerate(sheet_list, 1)
    )
    workbook = (
        f'{XML_DECL}<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">{workbook_pr}'
        f"<sheets>{sheet_tags}</sheets></workbook>"
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheet_list) + 1)
    )
    n = len(sheet_list)
    rels += f'<Relationship Id="rId{n + 1}" Type="{REL_NS}/styles" Target="styles.xml"/>'
    if shared_strings is not None:
        rels += (
            f'<Relationship Id="rId{n + 2}" Type="{REL_NS}/sharedStrings" '
            'Target="sharedStrings.xml"/>'
        )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", content_types)
        zf.writestr(
            "_rels/.rels",
            f'{XML_DECL}<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" '
            f'Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            f'{XML_DECL}<Relationships xmlns="{PKG_REL_NS}">{rels}</Relationships>',
        )
        zf.writestr("xl/styles.xml", STYLES)
        if shared_strings is not None:
            zf.writestr("xl/sharedStrings.xml", shared_strings)
        for i, (_name, sheet_body) in enumerate(sheet_list, 1):
            data = f'{XML_DECL}<worksheet xmlns="{MAIN_NS}">{sheet_body}</worksheet>'.encode()
            if i == 1 and raw_sheet is not None:
                data = raw_sheet
            zf.writestr(f"xl/worksheets/sheet{i}.xml", data)
    return path


def shared_strings_xml(strings: Sequence[str]) -> str:
    items = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    return f'{XML_DECL}<sst xmlns="{MAIN_NS}" count="{len(strings)}">{items}</sst>'


# --------------------------------------------------------------------------- hand-made ods

ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"


def ods_cell(value: object) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, str):
        return (
            '<table:table-cell office:value-type="string">'
            f"<text:p>{escape(value)}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="float" office:value="{value}">'
        f"<text:p>{value}</text:p></table:table-cell>"
    )


def build_ods(path: Path, tables: dict[str, str]) -> Path:
    """A minimal .ods: mimetype (stored, first), content.xml, META-INF/manifest.xml.
    ``tables``: sheet name -> table rows XML."""
    body = "".join(
        f'<table:table table:name="{escape(name)}">{rows}</table:table>'
        for name, rows in tables.items()
    )
    content = (
        f"{XML_DECL}<office:document-content "
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        f"{XML_DECL}<manifest:manifest "
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        f'manifest:media-type="{ODS_MIMETYPE}"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", ODS_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def ods_rows(rows: Sequence[Sequence[object]]) -> str:
    return "".join(
        "<table:table-row>" + "".join(ods_cell(v) for v in row) + "</table:table-row>"
        for row in rows
    )
