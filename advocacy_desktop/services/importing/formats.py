"""Decide what a file is from its content, never from its name.

Text files are CSV (any delimiter); zip files are told apart by their parts (xlsx, xlsm, ods);
everything else is refused with a message saying what the file is and what to do.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.importing import safety
from advocacy_desktop.services.importing.errors import DamagedFile, UnsafeFile, UnsupportedFile
from advocacy_desktop.services.importing.table import CancelCheck, FileKind, Limits, check_cancel

HEAD_BYTES = 64 * 1024
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_BINARY_MAGICS = {
    b"%PDF": QT_TRANSLATE_NOOP("ImportErrors", "a PDF document"),
    b"\x89PNG": QT_TRANSLATE_NOOP("ImportErrors", "a PNG image"),
    b"\xff\xd8\xff": QT_TRANSLATE_NOOP("ImportErrors", "a JPEG image"),
    b"GIF8": QT_TRANSLATE_NOOP("ImportErrors", "a GIF image"),
    b"\x1f\x8b": QT_TRANSLATE_NOOP("ImportErrors", "a gzip-compressed file"),
    b"7z\xbc\xaf": QT_TRANSLATE_NOOP("ImportErrors", "a 7-Zip archive"),
    b"Rar!": QT_TRANSLATE_NOOP("ImportErrors", "a RAR archive"),
    b"{\\rtf": QT_TRANSLATE_NOOP("ImportErrors", "a Rich Text (RTF) document"),
}

_CONTENT_TYPES = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": FileKind.XLSX,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": FileKind.XLSX,
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml": FileKind.XLSM,
    "application/vnd.ms-excel.template.macroEnabled.main+xml": FileKind.XLSM,
}
_ODS_MIMETYPES = (
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.spreadsheet-template",
)
_KIND_NAMES = {
    FileKind.CSV: QT_TRANSLATE_NOOP("ImportErrors", "CSV text"),
    FileKind.XLSX: QT_TRANSLATE_NOOP("ImportErrors", "an Excel workbook (.xlsx)"),
    FileKind.XLSM: QT_TRANSLATE_NOOP("ImportErrors", "a macro-enabled Excel workbook (.xlsm)"),
    FileKind.ODS: QT_TRANSLATE_NOOP("ImportErrors", "an OpenDocument spreadsheet (.ods)"),
}
_EXPECTED_SUFFIXES = {
    FileKind.CSV: {".csv", ".tsv", ".txt", ".tab", ".psv", ""},
    FileKind.XLSX: {".xlsx", ".xltx"},
    FileKind.XLSM: {".xlsm", ".xltm"},
    FileKind.ODS: {".ods", ".ots"},
}


@dataclass(frozen=True)
class Sniffed:
    kind: FileKind
    head: bytes
    size: int
    notes: tuple[str, ...] = ()


def sniff(path: Path, limits: Limits, should_cancel: CancelCheck | None = None) -> Sniffed:
    """Read the start of the file and say what it is; raise ImportFileError if unusable."""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(HEAD_BYTES)
    except FileNotFoundError:
        raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "The file does not exist. Check the name and folder."))) from None
    except IsADirectoryError:
        raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "This is a folder, not a file."))) from None
    except PermissionError:
        raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "You do not have permission to read this file. Check its access "
            "rights."))) from None
    check_cancel(should_cancel)
    if size == 0:
        raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "The file is empty (0 bytes). Check that you chose the right file.")))
    if head.startswith(ZIP_MAGICS):
        kind = _zip_kind(path, limits)
    elif head.startswith(OLE2_MAGIC):
        raise UnsupportedFile(path, _ole2_message(path, should_cancel))
    else:
        _refuse_non_text(path, head)
        kind = FileKind.CSV
    notes = ()
    suffix = path.suffix.lower()
    if suffix not in _EXPECTED_SUFFIXES[kind]:
        notes = (Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "The file is named '{suffix}' but contains {kind}; it was read as "
            "such."), suffix=suffix, kind=Message(_KIND_NAMES[kind])),)
    return Sniffed(kind=kind, head=head, size=size, notes=notes)


def _zip_kind(path: Path, limits: Limits) -> FileKind:
    with safety.open_zip(path) as zf:
        safety.check_zip_members(zf, path, limits)
        names = {name.lower(): name for name in zf.namelist()}
        if "[content_types].xml" in names:
            return _ooxml_kind(path, zf, names["[content_types].xml"], names)
        if "mimetype" in names:
            mimetype = safety.read_small_member(zf, names["mimetype"], path, cap=1024)
            text = mimetype.decode("ascii", "replace").strip()
            if text in _ODS_MIMETYPES:
                return FileKind.ODS
            if text.startswith("application/vnd.oasis.opendocument."):
                kind = text.rsplit(".", 1)[-1]
                raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
                    "ImportErrors", "This is an OpenDocument {kind} file, not a spreadsheet. "
                    "Choose the spreadsheet (.ods, .xlsx or .csv) that holds the feedback."),
                    kind=kind))
        inner = [n for n in zf.namelist() if n.lower().endswith((".xlsx", ".csv", ".ods"))]
        if inner:
            raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
                "ImportErrors", "This is a zip archive, not a spreadsheet. It contains {inner}: "
                "extract it and import that file."), inner=inner[0]))
        raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "This is a zip archive, not a spreadsheet. Open it in Excel or "
            "LibreOffice, save it as .xlsx (or CSV) and import the new file.")))


def _ooxml_kind(path: Path, zf: zipfile.ZipFile, name: str, names: dict[str, str]) -> FileKind:
    raw = safety.read_small_member(zf, name, path)
    try:
        root = fromstring(raw, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise UnsafeFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "A part of this file declares XML entities or a DTD, a known way to "
            "attack spreadsheet readers. It was not opened, to protect your computer."))
        ) from exc
    except Exception as exc:  # ParseError, or a non-XML part
        raise DamagedFile(path, safety.DAMAGED) from exc
    types = {el.get("ContentType", "") for el in root.iter() if el.get("ContentType")}
    for content_type, kind in _CONTENT_TYPES.items():
        if content_type in types:
            if "xl/workbook.xml" not in names:
                raise DamagedFile(path, safety.DAMAGED)
            return kind
    if "xl/workbook.bin" in names:
        raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "This is an Excel binary workbook (.xlsb), which cannot be imported. "
            "Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file."
        )))
    if any("wordprocessingml" in t for t in types):
        raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "This is a Word document, not a spreadsheet.")))
    if any("presentationml" in t for t in types):
        raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "This is a PowerPoint presentation, not a spreadsheet.")))
    raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
        "ImportErrors", "This Office file holds no spreadsheet. Open it in Excel or LibreOffice, "
        "save it as .xlsx (or CSV) and import the new file.")))


def _ole2_message(path: Path, should_cancel: CancelCheck | None) -> str:
    """Old .xls and password-protected .xlsx are both OLE2 containers: tell them apart by the
    names of their streams (stored as UTF-16)."""
    encrypted = "EncryptedPackage".encode("utf-16-le")
    workbook = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le") + b"\x00\x00")
    found_workbook = False
    with path.open("rb") as file:
        tail = b""
        for _ in range(64):  # the directory is near the start or the end; 64 MiB is plenty
            check_cancel(should_cancel)
            chunk = file.read(1 << 20)
            if not chunk:
                break
            data = tail + chunk
            if encrypted in data:
                return Message(QT_TRANSLATE_NOOP(
                    "ImportErrors", "This workbook is protected by a password. Open it in "
                    "Excel, remove the password (File › Info › Protect Workbook), save it as "
                    ".xlsx and import the new file."))
            found_workbook = found_workbook or any(name in data for name in workbook)
            tail = data[-64:]
    if found_workbook:
        return Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "This is an old Excel 97–2003 (.xls) file, which cannot be imported. "
            "Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import the new file."))
    return Message(QT_TRANSLATE_NOOP(
        "ImportErrors", "This is an old Excel 97–2003 (.xls) file or a password-protected "
        "workbook. Save it as .xlsx (without a password) and import again."))


def _refuse_non_text(path: Path, head: bytes) -> None:
    for magic, what in _BINARY_MAGICS.items():
        if head.startswith(magic):
            raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
                "ImportErrors", "This is {what}, not a spreadsheet or CSV file."),
                what=Message(what)))
    if head.startswith(BOMS) or is_utf16_without_bom(head) is not None:
        return
    start = head.lstrip(b" \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<head", b"<body", b"<meta")) or (
        start.startswith(b"<") and b"<html" in start[:2048]
    ):
        raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "This is a web page (HTML) saved with a spreadsheet name, as some "
            "websites export 'Excel' files. Open it in Excel or LibreOffice, save it as .xlsx "
            "(or CSV) and import the new file.")))
    if start.startswith(b"<?xml"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in start:
            raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
                "ImportErrors", "This is an Excel 2003 XML spreadsheet, which cannot be "
                "imported. Open it in Excel or LibreOffice, save it as .xlsx (or CSV) and import "
                "the new file.")))
        raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "This is an XML file, not a spreadsheet or CSV file.")))
    controls = sum(head.count(bytes([b])) for b in range(32) if b not in (9, 10, 12, 13, 26))
    if controls > max(8, len(head) // 20):
        raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "This is not a spreadsheet or a text (CSV) file; it holds binary "
            "data.")))


def is_utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when most odd or even bytes are zero (ASCII in UTF-16)."""
    sample = head[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None
