"""CSV/TSV/TXT: encoding and delimiter detection, then rows streamed with line numbers.

Encodings: a BOM (UTF-8, UTF-16, UTF-32) or BOM-less UTF-16 is certain; UTF-8 is checked on
samples spread through the file; anything else is guessed as Windows-1252 (or Latin-1) and
must be confirmed by the user (``EncodingNotConfirmed``), never used silently.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.importing.errors import (
    BadText,
    EncodingNotConfirmed,
    ImportFileError,
    UnsafeFile,
    UnsupportedFile,
)
from advocacy_desktop.services.importing.formats import Sniffed, is_utf16_without_bom
from advocacy_desktop.services.importing.table import (
    CancelCheck,
    FileKind,
    Limits,
    ReadWarning,
    Row,
    Table,
    Value,
    check_cancel,
    column_letter,
    make_headers,
)

DELIMITERS = (",", ";", "\t", "|")
SAMPLE_RECORDS = 50
_ASCII_COMPATIBLE = re.compile(r"^(utf-?8(-sig)?|cp\d+|latin-?1|iso-?8859-\d+|ascii|windows-\d+)$")

NO_DATA = QT_TRANSLATE_NOOP("ImportErrors", "The file contains no data (only blank lines).")


def detect_encoding(path: Path, head: bytes, size: int) -> tuple[str, bool]:
    """(codec name, confirmed). Unconfirmed guesses must be shown to the user first."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32", True
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", True
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", True
    bare = is_utf16_without_bom(head)
    if bare is not None:
        return bare, True
    if _samples_are_utf8(path, head, size):
        return "utf-8", True
    try:
        head.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1", False
    return "cp1252", False


def _samples_are_utf8(path: Path, head: bytes, size: int) -> bool:
    """UTF-8 check on the head and four samples spread through the file (cheap on 1 GB)."""
    samples = [(head, size <= len(head))]
    if size > len(head):
        with path.open("rb") as file:
            for k in range(1, 5):
                file.seek(size * k // 5)
                chunk = file.read(16 * 1024)
                skip = 0
                while skip < 3 and skip < len(chunk) and 0x80 <= chunk[skip] <= 0xBF:
                    skip += 1  # we landed inside a multi-byte character
                samples.append((chunk[skip:], k == 4 and size * k // 5 + len(chunk) >= size))
    for data, final in samples:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(data, final)
        except UnicodeDecodeError:
            return False
    return True


def sniff_delimiter(sample: str, prefer_tab: bool = False) -> str:
    """The candidate giving the most consistent field count (>1) over the first records."""
    order = ("\t", ",", ";", "|") if prefer_tab else DELIMITERS
    best: tuple[bool, float, int, int] | None = None
    chosen = order[0]
    for rank, delimiter in enumerate(order):
        counts = []
        try:
            for record in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
                if any(record):
                    counts.append(len(record))
                if len(counts) >= SAMPLE_RECORDS:
                    break
        except csv.Error:
            continue
        if not counts:
            continue
        modal, freq = Counter(counts).most_common(1)[0]
        score = (modal > 1, round(freq / len(counts), 2), modal, -rank)
        if best is None or score > best:
            best, chosen = score, delimiter
    return chosen


def text_sample(head: bytes, encoding: str, complete: bool) -> str:
    """Decoded head, cut at the last line end unless it is the whole file."""
    text = head.decode(encoding, errors="replace").lstrip("\ufeff")
    if not complete:
        cut = max(text.rfind("\n"), text.rfind("\r"))
        text = text[: cut + 1] if cut > 0 else text
    return text


def inspect_text(path: Path, sniffed: Sniffed) -> tuple[str, bool, str]:
    """(encoding, confirmed, delimiter) for a text file."""
    encoding, confirmed = detect_encoding(path, sniffed.head, sniffed.size)
    sample = text_sample(sniffed.head, encoding, sniffed.size <= len(sniffed.head))
    if not sample.strip():
        raise UnsupportedFile(path, Message(NO_DATA))
    return encoding, confirmed, sniff_delimiter(sample, path.suffix.lower() in (".tsv", ".tab"))


def _check_encoding(path: Path, encoding: str, head: bytes) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise UnsupportedFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "'{encoding}' is not a known text encoding."), encoding=encoding)
        ) from None
    if name == "utf-8" and head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    return encoding


def find_nul(
    path: Path, encoding: str, should_cancel: CancelCheck | None
) -> tuple[int, int] | None:
    """(line, count) of NUL characters, or None. Runs at memchr speed for 8-bit encodings."""
    ascii_like = _ASCII_COMPATIBLE.match(codecs.lookup(encoding).name.replace("_", "-"))
    lines = 0
    with path.open("rb") as file:
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        while True:
            check_cancel(should_cancel)
            chunk = file.read(1 << 20)
            if not chunk:
                return None
            data: bytes | str = chunk if ascii_like else decoder.decode(chunk)
            nul = b"\x00" if ascii_like else "\x00"
            at = data.find(nul)  # type: ignore[arg-type]
            if at >= 0:
                newline = b"\n" if ascii_like else "\n"
                return lines + data.count(newline, 0, at) + 1, data.count(nul)  # type: ignore[arg-type]
            lines += data.count(b"\n" if ascii_like else "\n")  # type: ignore[arg-type]


def _locate_decode_error(path: Path, encoding: str) -> tuple[int, int]:
    """(line, byte value) of the first byte that does not decode."""
    decoder = codecs.getincrementaldecoder(encoding)()
    lines = 0
    with path.open("rb") as file:
        while chunk := file.read(1 << 16):
            try:
                text = decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                good = exc.object[: exc.start]
                return lines + good.count(b"\n") + 1, exc.object[exc.start]
            lines += text.count("\n")
    return lines + 1, 0


class _CsvSource:
    """Opens the file afresh for each pass and turns csv/codec errors into clear messages."""

    def __init__(self, path: Path, encoding: str, delimiter: str, limits: Limits) -> None:
        self.path = path
        self.encoding = encoding
        self.delimiter = delimiter
        self.limits = limits

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(first line, fields) for every record, blank ones included. Used for the header;
        the row loop inlines the same logic to avoid a second generator per row."""
        previous = csv.field_size_limit(self.limits.max_cell_chars)
        last = 0
        try:
            with self.path.open(encoding=self.encoding, newline="") as file:
                reader = csv.reader(file, delimiter=self.delimiter, strict=True)
                for fields in reader:
                    yield last + 1, fields
                    last = reader.line_num
        except (csv.Error, UnicodeDecodeError) as exc:
            raise self.translate(exc, last + 1) from None
        finally:
            csv.field_size_limit(previous)

    def translate(self, exc: Exception, line: int) -> ImportFileError:
        """A user-facing error for a csv.Error or UnicodeDecodeError at a record's line."""
        if isinstance(exc, UnicodeDecodeError):
            line, byte = _locate_decode_error(self.path, self.encoding)
            return BadText(
                self.path,
                Message(QT_TRANSLATE_NOOP(
                    "ImportErrors", "Line {line} is not valid {encoding} text (byte {byte}). The "
                    "file may use another encoding, such as Windows-1252: choose it and import "
                    "again."), line=line, encoding=self.encoding, byte=f"0x{byte:02X}"),
                row=line,
            )
        message = str(exc)
        if "field larger than field limit" in message:
            return UnsafeFile(
                self.path,
                Message(QT_TRANSLATE_NOOP(
                    "ImportErrors", "A value starting on line {line} is longer than {limit} "
                    "characters. This usually means a quote (\") opened there is never closed: "
                    "fix that line and import again."), line=line,
                    limit=self.limits.max_cell_chars),
                row=line,
            )
        if "unexpected end of data" in message:
            return BadText(
                self.path,
                Message(QT_TRANSLATE_NOOP(
                    "ImportErrors", "The quote (\") opened on line {line} is never closed. Close "
                    "it (or double any quote inside a quoted value: \"\") and import again."),
                    line=line),
                row=line,
            )
        if "expected after" in message:
            return BadText(
                self.path,
                Message(QT_TRANSLATE_NOOP(
                    "ImportErrors", "On line {line} (or the record starting there) a quoted "
                    "value is followed by other characters, e.g. \"abc\"def. Put the whole value "
                    "in quotes and double any quote inside it (\"\"), then import again."),
                    line=line),
                row=line,
            )
        if "NUL" in message:
            return BadText(self.path, _nul_message(line), row=line)
        return BadText(self.path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "Line {line} cannot be read: {problem}."), line=line, problem=message),
            row=line)


def _nul_message(line: int) -> str:
    return Message(QT_TRANSLATE_NOOP(
        "ImportErrors", "Line {line} contains NUL (zero) bytes, which never appear in a text "
        "file: the file may be damaged or not really CSV. Export the data again."), line=line)


def open_csv(
    path: Path,
    sniffed: Sniffed,
    *,
    encoding: str | None,
    delimiter: str | None,
    header_row: int | None,
    limits: Limits,
    should_cancel: CancelCheck | None,
) -> Table:
    """Prepare a CSV Table: detect what was not given, check the file, read the header."""
    if encoding is None:
        encoding, confirmed = detect_encoding(path, sniffed.head, sniffed.size)
        if not confirmed:
            raise EncodingNotConfirmed(path, encoding)
    encoding = _check_encoding(path, encoding, sniffed.head)
    complete = sniffed.size <= len(sniffed.head)
    sample = text_sample(sniffed.head, encoding, complete)
    if not sample.strip():
        raise UnsupportedFile(path, Message(NO_DATA))
    if delimiter is None:
        delimiter = sniff_delimiter(sample, path.suffix.lower() in (".tsv", ".tab"))
    nul = find_nul(path, encoding, should_cancel)
    if nul is not None:
        raise BadText(path, _nul_message(nul[0]), row=nul[0])
    source = _CsvSource(path, encoding, delimiter, limits)
    header_line, header_values, width = _read_header(source, header_row, path)
    if header_row == 0:
        headers = [column_letter(i) for i in range(width)]
    else:
        headers = make_headers([v.strip() or None for v in header_values])
    table = Table(
        path=path,
        kind=FileKind.CSV,
        headers=headers,
        columns=[column_letter(i) for i in range(len(headers))],
        header_row=header_line,
        encoding=encoding,
        delimiter=delimiter,
        total_rows_hint=_estimate_rows(sniffed, sample, header_line),
    )
    for note in sniffed.notes:
        table.warnings.add(ReadWarning("named_as_other_format", note))
    table._rows = lambda: _iter_rows(source, table, limits)
    return table


def _read_header(source: _CsvSource, header_row: int | None, path: Path) -> (
    tuple[int, list[str], int]
):
    """(line of the header or 0, header fields, width)."""
    records = source.records()
    try:
        if header_row == 0:
            width = 0
            for n, (_line, fields) in enumerate(records):
                width = max(width, len(fields))
                if n >= 200:
                    break
            return 0, [], max(width, 1)
        for line, fields in records:
            if header_row is None and any(fields):
                fields[0] = fields[0].lstrip("\ufeff")
                return line, fields, len(fields)
            if header_row is not None and line >= header_row:
                if line != header_row or not any(fields):
                    break
                fields[0] = fields[0].lstrip("\ufeff")
                return line, fields, len(fields)
    finally:
        records.close()
    if header_row is None:
        raise UnsupportedFile(path, Message(NO_DATA))
    raise ImportFileError(
        path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "No row with headers starts on line {line}. Choose another header "
            "row."), line=header_row)
    )


def _estimate_rows(sniffed: Sniffed, sample: str, header_line: int) -> int:
    lines = sample.count("\n") or 1
    if sniffed.size <= len(sniffed.head):
        return max(lines - header_line, 0)
    return max(int(sniffed.size / max(len(sniffed.head), 1) * lines) - header_line, 0)


def _iter_rows(source: _CsvSource, table: Table, limits: Limits) -> Iterator[Row]:
    """The hot loop: kept flat because it runs once per record (1M times for 1M rows)."""
    width = len(table.headers)
    max_rows = limits.max_rows
    empty = 0
    last = 0
    previous = csv.field_size_limit(limits.max_cell_chars)
    try:
        with source.path.open(encoding=source.encoding, newline="") as file:
            reader = csv.reader(file, delimiter=source.delimiter, strict=True)
            if table.header_row:
                for _ in reader:
                    start, last = last + 1, reader.line_num
                    if start >= table.header_row:
                        break
            for count, fields in enumerate(reader, 1):
                start, last = last + 1, reader.line_num
                if fields and all(fields):  # a blank line is [], and all([]) is True
                    values: list[Value] = fields  # type: ignore[assignment]
                elif any(fields):
                    values = [v or None for v in fields]
                else:
                    empty += 1
                    continue
                if len(values) != width:
                    values = _fit(values, width, start, table)
                if count > max_rows:
                    raise UnsafeFile(
                        source.path,
                        Message(QT_TRANSLATE_NOOP(
                            "ImportErrors", "The file has more than {limit} rows, the most one "
                            "import can take. Split it into smaller files."), limit=max_rows),
                        row=start,
                    )
                yield start, values
    except (csv.Error, UnicodeDecodeError) as exc:
        raise source.translate(exc, last + 1) from None
    except OSError as exc:  # removed, unplugged or unreadable while being read
        raise ImportFileError(
            source.path,
            Message(QT_TRANSLATE_NOOP(
                "ImportErrors", "The file could not be read any more ({problem}). Check that it "
                "is still there and import again."), problem=str(exc.strerror or exc)),
            row=last + 1,
        ) from exc
    finally:
        csv.field_size_limit(previous)
    if empty:
        table.warnings.add(
            ReadWarning("empty_rows_skipped", Message(QT_TRANSLATE_NOOP(
                "ImportErrors", "{count} empty rows were skipped."), count=empty))
        )


def _fit(values: list[Value], width: int, line: int, table: Table) -> list[Value]:
    """Pad short rows with None; keep extra values of long rows (with a warning)."""
    if len(values) < width:
        return values + [None] * (width - len(values))
    extra = values[width:]
    if not any(v is not None for v in extra):
        return values[:width]
    table.warnings.add(
        ReadWarning(
            "extra_values",
            Message(QT_TRANSLATE_NOOP(
                "ImportErrors", "Line {line} has {values} values but only {width} columns have "
                "headers; the extra values are kept at the end of the row."),
                line=line, values=len(values), width=width),
            row=line,
        )
    )
    return values
