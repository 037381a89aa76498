"""Checks that refuse hostile zip-based workbooks before a parser sees them.

* Zip bombs: declared sizes and compression ratios are checked from the central directory;
  parts we stream ourselves are also checked against their CRC (a part that inflates past its
  declared size fails there, and calamine refuses it too).
* XML entity attacks: the prolog of every XML part is parsed with defusedxml, which refuses any
  DTD. A DTD can only appear before the root element, so the prolog is enough.
* Oversized cells: text runs longer than the cell limit are found by streaming the shared
  strings (before parsing) and the sheet (while calamine loads it on another thread).
* Expansion bombs: shared strings referenced by very many cells (xlsx) and repeated rows and
  cells (ods) are counted as they will be expanded, before calamine loads anything.

The sheet scan also collects what calamine does not report: formulas without a cached value,
cells holding an Excel error, and merged ranges.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.importing.errors import DamagedFile, UnsafeFile
from advocacy_desktop.services.importing.table import (
    CancelCheck,
    Limits,
    check_cancel,
    column_index,
    column_letter,
)

CHUNK = 1 << 20
PROLOG_BYTES = 64 * 1024
MAX_BYTES_PER_CHAR = 10  # '&#x10FFFF;' is the longest way to write one character in XML

DAMAGED = Message(QT_TRANSLATE_NOOP(
    "ImportErrors", "The file is damaged or incomplete (it may have been cut short while "
    "copying or downloading). Open it in Excel or LibreOffice, save it again and import the new "
    "copy."))


def damaged_because(exc: BaseException) -> Message:
    """DAMAGED, with what the reader said (for a message that helps a bug report)."""
    return Message(QT_TRANSLATE_NOOP(
        "ImportErrors", "The file is damaged or incomplete (it may have been cut short while "
        "copying or downloading). Open it in Excel or LibreOffice, save it again and import the "
        "new copy. ({kind}: {detail})"), kind=type(exc).__name__, detail=str(exc))


@dataclass
class SheetScan:
    """What the sheet scan found. Rows are 1-based, columns 0-based (absolute)."""

    uncached_formulas: list[tuple[int, int]] = field(default_factory=list)
    error_cells: list[tuple[int, int, str]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    """(first_row, first_col, last_row, last_col), rows 1-based, columns 0-based."""
    unlocated_formulas: int = 0
    ods_spans: bool = False


def open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except OSError:
        raise
    except Exception as exc:  # BadZipFile, EOFError, struct.error on mangled headers...
        raise DamagedFile(path, DAMAGED) from exc


def check_zip_members(zf: zipfile.ZipFile, path: Path, limits: Limits) -> None:
    """Refuse encrypted members and zip bombs, judged by the sizes the archive declares."""
    infos = zf.infolist()
    if len(infos) > limits.max_zip_members:
        raise UnsafeFile(
            path, Message(QT_TRANSLATE_NOOP(
                "ImportErrors", "The file holds {parts} parts, far more than any workbook. It was "
                "not opened, to protect your computer."), parts=len(infos))
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise UnsupportedEncrypted(path)
        total += info.file_size
        if info.file_size > limits.ratio_min_bytes and (
            info.compress_size == 0
            or info.file_size / info.compress_size > limits.max_compression_ratio
        ):
            raise UnsafeFile(
                path,
                Message(QT_TRANSLATE_NOOP(
                    "ImportErrors", "A part of this file ({part}) would expand {times} times "
                    "when unpacked, which is typical of a 'zip bomb'. It was not opened, to "
                    "protect your computer."), part=info.filename,
                    times=round(info.file_size / max(info.compress_size, 1))),
            )
    if total > limits.max_uncompressed_bytes:
        raise UnsafeFile(
            path,
            Message(QT_TRANSLATE_NOOP(
                "ImportErrors", "Unpacked, this file would take {size}, more than the {limit} "
                "allowed. It was not opened, to protect your computer. Split the data into "
                "smaller files or save it as CSV."), size=size_text(total),
                limit=size_text(limits.max_uncompressed_bytes)),
        )


def size_text(size: int) -> str:
    """'2.0 GiB', '64 MiB', '900 kB' for messages."""
    if size >= 2**30:
        return f"{size / 2**30:,.1f} GiB"
    if size >= 2**20:
        return f"{size / 2**20:,.0f} MiB"
    return f"{size / 1000:,.0f} kB"


class UnsupportedEncrypted(UnsafeFile):
    def __init__(self, path: Path) -> None:
        super().__init__(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "The archive is protected by a password. Remove the password, save "
            "the file again and import the new copy.")))


class _RootSeen:
    """ElementTree parser target that only notes whether the root element has started."""

    def __init__(self) -> None:
        self.root: str | None = None

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if self.root is None:
            self.root = tag

    def end(self, tag: str) -> None:
        pass

    def data(self, data: str) -> None:
        pass

    def close(self) -> None:
        pass


def is_xml_member(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels", ".vml"))


def check_xml_prologs(
    zf: zipfile.ZipFile, path: Path, should_cancel: CancelCheck | None = None
) -> dict[str, bytes]:
    """Refuse any XML part with a DTD (entity attacks). Returns each part's first bytes."""
    heads: dict[str, bytes] = {}
    for info in zf.infolist():
        if not is_xml_member(info.filename) or info.is_dir():
            continue
        check_cancel(should_cancel)
        head = read_head(zf, info, path)
        heads[info.filename] = head
        if not head.strip():
            continue
        target = _RootSeen()
        parser = DefusedXMLParser(target=target, forbid_dtd=True)
        try:
            parser.feed(head)
        except DefusedXmlException as exc:
            raise UnsafeFile(
                path,
                Message(QT_TRANSLATE_NOOP(
                    "ImportErrors", "A part of this file ({part}) declares XML entities or a "
                    "DTD, a known way to attack spreadsheet readers. It was not opened, to "
                    "protect your computer."), part=info.filename),
            ) from exc
        except ParseError as exc:
            raise DamagedFile(path, DAMAGED) from exc
        if target.root is None and len(head) >= PROLOG_BYTES:
            raise UnsafeFile(
                path, Message(QT_TRANSLATE_NOOP(
                    "ImportErrors", "A part of this file ({part}) has no readable content. It was "
                    "not opened, to protect your computer."), part=info.filename)
            )
    return heads


def read_head(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    try:
        with zf.open(info) as member:
            return member.read(PROLOG_BYTES)
    # zipfile raises NotImplementedError for a compression method it cannot read (e.g. LZMA
    # parts written by odd tools): for the user that is a file we cannot open, not a crash.
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise DamagedFile(path, DAMAGED) from exc


def read_small_member(zf: zipfile.ZipFile, name: str, path: Path, cap: int = 16 * 2**20) -> bytes:
    """Read a small part (workbook.xml, rels) whole; refuse one that is not small."""
    info = zf.getinfo(name)
    if info.file_size > cap:
        raise UnsafeFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "The part {part} is unexpectedly large. It was not opened, to protect "
            "your computer."), part=name))
    try:
        return zf.read(info)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise DamagedFile(path, DAMAGED) from exc


def iter_segments(
    zf: zipfile.ZipFile,
    name: str,
    path: Path,
    cut: bytes,
    limits: Limits,
    should_cancel: CancelCheck | None,
) -> Iterator[bytes]:
    """Stream a part as pieces that end just after ``cut`` (e.g. ``</row>``).

    Cutting at a row end keeps every cell whole. A piece with no ``<`` for longer than any
    cell could be is refused at once, so a 300 MiB cell is never held in memory.
    """
    runaway = limits.max_cell_chars * MAX_BYTES_PER_CHAR + 4096
    carry = b""
    try:
        with zf.open(name) as member:
            while True:
                check_cancel(should_cancel)
                data = member.read(CHUNK)
                if not data:
                    if carry:
                        yield carry
                    return
                buf = carry + data if carry else data
                pos = buf.rfind(cut)
                pos = pos + len(cut) if pos >= 0 else buf.rfind(b"<")
                if pos <= 0:
                    carry = buf
                    if len(carry) > runaway:
                        raise UnsafeFile(path, too_long_message(limits))
                    continue
                yield buf[:pos]
                carry = buf[pos:]
                if len(carry) > runaway and carry.find(b"<", 1) < 0:
                    raise UnsafeFile(path, too_long_message(limits))
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise DamagedFile(path, DAMAGED) from exc


def too_long_message(limits: Limits) -> str:
    return Message(QT_TRANSLATE_NOOP(
        "ImportErrors", "A cell holds more than {limit} characters, the most a spreadsheet cell "
        "can hold. It was not opened, to protect your computer. Check the file's origin, or "
        "shorten that cell."), limit=limits.max_cell_chars)


@lru_cache(maxsize=8)
def _long_run(min_bytes: int) -> re.Pattern[bytes]:
    return re.compile(rb">[^<]{%d}" % min_bytes)


_ENTITY = re.compile(r"&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z]+);")


def find_long_text(segment: bytes, limits: Limits) -> int | None:
    """Offset of a text run longer than the cell limit (in characters, after unescaping)."""
    for match in _long_run(limits.max_cell_chars + 1).finditer(segment):
        end = segment.find(b"<", match.start() + 1)
        raw = segment[match.start() + 1 : end if end >= 0 else len(segment)]
        text = _ENTITY.sub("x", raw.decode("utf-8", "replace"))
        if len(text) > limits.max_cell_chars:
            return match.start()
    return None


def scan_text_part(
    zf: zipfile.ZipFile,
    name: str,
    path: Path,
    limits: Limits,
    should_cancel: CancelCheck | None,
    cut: bytes,
) -> bool:
    """Stream a whole part checking for oversized text and, in ODS content.xml, repeated
    rows and cells that would expand past the unpacked-size limit. Returns whether
    merged-cell spans were seen (ODS)."""
    spans = False
    expanded = 0
    for segment in iter_segments(zf, name, path, cut, limits, should_cancel):
        if find_long_text(segment, limits) is not None:
            raise UnsafeFile(path, too_long_message(limits))
        if not spans and b"-spanned=" in segment:
            spans = _ODS_SPAN.search(segment) is not None
        if b"-repeated=" in segment:
            expanded += ods_repeat_bytes(segment)
            if expanded > limits.max_uncompressed_bytes:
                raise UnsafeFile(path, _expands_message(name, limits.max_uncompressed_bytes))
    return spans


_ODS_SPAN = re.compile(rb'number-(?:columns|rows)-spanned="(?!1")\d+"')
_REF = re.compile(rb'\br="\$?([A-Z]{1,3})\$?([0-9]{1,7})"')
_MERGE = re.compile(
    rb'<(?:\w+:)?mergeCell\s+ref="\$?([A-Z]{1,3})\$?([0-9]{1,7}):\$?([A-Z]{1,3})\$?([0-9]{1,7})"'
)
_ROOT_PREFIX = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?worksheet\b")
_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension\s+ref="\$?[A-Z]{1,3}\$?[0-9]{1,7}(?::\$?[A-Z]{1,3}\$?([0-9]{1,7}))?"'
)


def sheet_prefix(head: bytes) -> bytes:
    """Namespace prefix used for a worksheet's elements ('' or e.g. 'x:')."""
    match = _ROOT_PREFIX.search(head)
    return match.group(1) + b":" if match and match.group(1) else b""


def declared_last_row(head: bytes) -> int | None:
    """Last row declared by a sheet's <dimension>, if any."""
    match = _DIMENSION.search(head)
    if match is None:
        return None
    return int(match.group(1)) if match.group(1) else 1


def _cell_ref(segment: bytes, tag_start: int) -> tuple[int, int] | None:
    tag_end = segment.find(b">", tag_start)
    match = _REF.search(segment, tag_start, tag_end if tag_end >= 0 else len(segment))
    if match is None:
        return None
    return int(match.group(2)), column_index(match.group(1).decode("ascii"))


class _SheetScanner:
    def __init__(self, prefix: bytes, path: Path, limits: Limits) -> None:
        self.path = path
        self.limits = limits
        self.result = SheetScan()
        self.cell_open = b"<" + prefix + b"c "
        self.cell_close = b"</" + prefix + b"c>"
        self.formula_needle = b"<" + prefix + b"f"
        self.formula = re.compile(b"<" + re.escape(prefix) + rb"f[\s>/]")
        self.value = re.compile(b"<" + re.escape(prefix) + rb"v>[^<]")
        self.any_value = re.compile(b"<" + re.escape(prefix) + rb"v[\s>/]")
        self.error_value = re.compile(b"<" + re.escape(prefix) + rb"v>([^<]*)<")

    def feed(self, seg: bytes) -> None:
        at = find_long_text(seg, self.limits)
        if at is not None:
            start = seg.rfind(self.cell_open, 0, at)
            ref = _cell_ref(seg, start) if start >= 0 else None
            raise UnsafeFile(
                self.path,
                too_long_message(self.limits),
                row=ref[0] if ref else None,
                column=column_letter(ref[1]) if ref else None,
            )
        if self.formula_needle in seg:
            self._formulas(seg)
        if b't="e"' in seg:
            self._errors(seg)
        if b"mergeCell" in seg:
            self.result.merges.extend(
                (int(m[2]), column_index(m[1].decode()), int(m[4]), column_index(m[3].decode()))
                for m in _MERGE.finditer(seg)
            )

    def _formulas(self, seg: bytes) -> None:
        for match in self.formula.finditer(seg):
            start = seg.rfind(self.cell_open, 0, match.start())
            end = seg.find(self.cell_close, match.end())
            if start < 0 or end < 0:
                self.result.unlocated_formulas += 1
                continue
            body = seg[match.start() : end]
            if self.value.search(body):
                continue
            tag = seg[start : seg.find(b">", start)]
            if b't="str"' in tag and self.any_value.search(body):
                continue  # a formula whose cached result is an empty string
            ref = _cell_ref(seg, start)
            if ref is None:
                self.result.unlocated_formulas += 1
            else:
                self.result.uncached_formulas.append(ref)

    def _errors(self, seg: bytes) -> None:
        pos = seg.find(b't="e"')
        while pos >= 0:
            start = seg.rfind(self.cell_open, 0, pos)
            tag_end = seg.find(b">", start) if start >= 0 else -1
            if 0 <= start and pos < tag_end:
                ref = _cell_ref(seg, start)
                end = seg.find(self.cell_close, tag_end)
                found = self.error_value.search(seg, tag_end, end if end >= 0 else len(seg))
                text = found.group(1).decode("utf-8", "replace") if found else "#ERROR"
                if ref is not None:
                    self.result.error_cells.append((ref[0], ref[1], text))
            pos = seg.find(b't="e"', pos + 5)


def scan_sheet(
    zf: zipfile.ZipFile,
    name: str,
    head: bytes,
    path: Path,
    limits: Limits,
    should_cancel: CancelCheck | None = None,
) -> SheetScan:
    """Stream a worksheet part: refuse oversized cells, collect formula/error cells, merges."""
    prefix = sheet_prefix(head)
    scanner = _SheetScanner(prefix, path, limits)
    cut = b"</" + prefix + b"row>"
    for segment in iter_segments(zf, name, path, cut, limits, should_cancel):
        scanner.feed(segment)
    return scanner.result


# ---------------------------------------------------------------------------------------------
# Expansion bombs: small parts that a reader multiplies in memory.
#
# * xlsx: calamine copies a shared string into every cell that refers to it, so one 30,000-
#   character string referenced by 100,000 cells takes 3 GB from a 100 kB file.
# * ods: identical neighbouring rows and cells are written once with a repeat count; calamine
#   expands them, so one cell repeated 1,000 times in a row repeated 1,000,000 times is a
#   billion cells.
# Both are judged against ``Limits.max_uncompressed_bytes``, like any other unpacked data.

MIN_CELL_BYTES = 20  # '<c t="s"><v>0</v></c>' is the shortest cell that refers to a string
_SST_ROOT = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?sst\b")
_STRING_CELL = re.compile(rb"""\bt\s*=\s*["']s["']""")
_STRING_REF = re.compile(rb"""\bt\s*=\s*["']s["'][^>]*>\s*<(?:\w+:)?v\s*>\s*([0-9]{1,9})\s*<""")
_ODS_REPEAT = re.compile(rb"""number-(rows|columns)-repeated\s*=\s*["']([0-9]{1,12})""")


def scan_shared_strings(
    zf: zipfile.ZipFile,
    name: str,
    head: bytes,
    path: Path,
    limits: Limits,
    should_cancel: CancelCheck | None,
) -> list[int]:
    """Refuse oversized text; return each shared string's size in bytes (markup included)."""
    match = _SST_ROOT.search(head)
    prefix = re.escape(match.group(1) + b":") if match and match.group(1) else b""
    item = re.compile(b"<" + prefix + rb"si\b.*?</" + prefix + b"si>", re.S)
    cut = b"</" + (match.group(1) + b":" if match and match.group(1) else b"") + b"si>"
    sizes: list[int] = []
    for segment in iter_segments(zf, name, path, cut, limits, should_cancel):
        if find_long_text(segment, limits) is not None:
            raise UnsafeFile(path, too_long_message(limits))
        sizes.extend(map(len, item.findall(segment)))
    return sizes


def check_string_expansion(
    zf: zipfile.ZipFile,
    part: str,
    head: bytes,
    sizes: list[int],
    path: Path,
    limits: Limits,
    should_cancel: CancelCheck | None,
) -> None:
    """Refuse a sheet whose cells would copy shared strings past the unpacked-size limit.

    Ordinary sheets pass on the declared part size alone (no cell can be shorter than
    MIN_CELL_BYTES). Otherwise the references are added up, streaming the sheet; a cell whose
    reference cannot be read is counted as the longest string."""
    if not sizes:
        return
    budget = limits.max_uncompressed_bytes
    longest = max(sizes)
    if zf.getinfo(part).file_size // MIN_CELL_BYTES * longest <= budget:
        return
    total = 0
    cut = b"</" + sheet_prefix(head) + b"row>"
    for segment in iter_segments(zf, part, path, cut, limits, should_cancel):
        refs = _STRING_REF.findall(segment)
        try:
            total += sum(map(sizes.__getitem__, map(int, refs)))
        except IndexError:  # a reference past the last string: calamine reads it as blank
            total += sum(sizes[i] for i in map(int, refs) if i < len(sizes))
        total += max(len(_STRING_CELL.findall(segment)) - len(refs), 0) * longest
        if total > budget:
            raise UnsafeFile(path, _expands_message(part, budget))


def ods_repeat_bytes(segment: bytes) -> int:
    """Bytes that the repeated non-empty rows and cells of a content.xml piece add when
    expanded (empty elements, written '<.../>', cost nothing)."""
    extra = 0
    for match in _ODS_REPEAT.finditer(segment):
        count = int(match.group(2))
        if count < 2:
            continue
        tag_start = segment.rfind(b"<", 0, match.start())
        tag_end = segment.find(b">", match.end())
        if tag_start < 0 or tag_end < 0 or segment[tag_end - 1] == 0x2F:  # '/>'
            continue
        if match.group(1) == b"rows":
            end = segment.find(b"table-row>", tag_end)
            body = segment[tag_end : end if end >= 0 else len(segment)]
            if b"-cell>" in body:  # holds a cell with content (a closing cell tag)
                extra += len(body) * (count - 1)
            continue
        end = segment.find(b"-cell>", tag_end)
        if end < 0 or b"table-column" in segment[tag_start : match.start()]:
            continue
        row_start = segment.rfind(b"<table:table-row", 0, tag_start)
        rows = 1
        if row_start >= 0:
            found = _ODS_REPEAT.search(segment, row_start, segment.find(b">", row_start))
            rows = int(found.group(2)) if found and found.group(1) == b"rows" else 1
        extra += (end - tag_start) * (count * rows - 1)
    return extra


def _expands_message(part: str, budget: int) -> str:
    return Message(QT_TRANSLATE_NOOP(
        "ImportErrors", "A part of this file ({part}) repeats its content so often that, "
        "unpacked, it would take more than the {limit} allowed, which is typical of a 'zip "
        "bomb'. It was not opened, to protect your computer."), part=part,
        limit=size_text(budget))
