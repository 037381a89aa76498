"""xlsx/xlsm/ods through python-calamine, with openpyxl (read-only) as the fallback for xlsx.

Order of work for a workbook, so that a hostile file is refused before any parser sees it:
zip directory (sizes, ratios) -> prolog of every XML part (defusedxml, no DTD) -> shared
strings (oversized text; how much the sheet's references would copy) -> then calamine loads
the sheet on a worker thread (it releases the GIL) while this thread streams the same sheet
for what calamine does not report: formulas without a cached value, Excel error cells, merged
ranges and oversized inline text. No row is handed out before both have finished. Cancel is
checked between chunks and while waiting for calamine, so it answers within a fraction of a
second even on a 1M-row sheet.
"""

from __future__ import annotations

import posixpath
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from defusedxml.ElementTree import fromstring

from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.importing import safety
from advocacy_desktop.services.importing.errors import (
    DamagedFile,
    ImportFileError,
    SheetNotFound,
    UnsafeFile,
)
from advocacy_desktop.services.importing.formats import Sniffed
from advocacy_desktop.services.importing.table import (
    CancelCheck,
    FileKind,
    Limits,
    ReadWarning,
    SheetInfo,
    Table,
    check_cancel,
)

Engine = Literal["auto", "calamine", "openpyxl"]

_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_STRICT_NS = "{http://purl.oclc.org/ooxml/spreadsheetml/main}"


@dataclass(frozen=True)
class _Sheet:
    info: SheetInfo
    part: str | None  # zip member of the worksheet (xlsx); None for ods


def inspect_workbook(
    path: Path, sniffed: Sniffed, limits: Limits, should_cancel: CancelCheck | None
) -> tuple[SheetInfo, ...]:
    """Safety checks, then the list of worksheets with their hidden flag."""
    with safety.open_zip(path) as zf:
        heads = _check(zf, path, sniffed, limits, should_cancel)
        return tuple(sheet.info for sheet in _list_sheets(zf, path, sniffed.kind, heads, limits,
                                                          should_cancel))


def _check(
    zf: zipfile.ZipFile,
    path: Path,
    sniffed: Sniffed,
    limits: Limits,
    should_cancel: CancelCheck | None,
) -> dict[str, bytes]:
    safety.check_zip_members(zf, path, limits)
    return safety.check_xml_prologs(zf, path, should_cancel)


def _list_sheets(
    zf: zipfile.ZipFile,
    path: Path,
    kind: FileKind,
    heads: dict[str, bytes],
    limits: Limits,
    should_cancel: CancelCheck | None,
) -> list[_Sheet]:
    if kind is FileKind.ODS:
        _scan_ods(zf, path, limits, should_cancel)
        workbook = _background(lambda: _calamine().CalamineWorkbook.from_path(str(path)))
        book = _wait(workbook, path, should_cancel)
        return [
            _Sheet(SheetInfo(meta.name, i, hidden=_is_hidden(meta)), None)
            for i, meta in enumerate(book.sheets_metadata)
        ]
    return _xlsx_sheets(zf, path, heads)


def _is_hidden(meta: Any) -> bool:
    return bool(meta.visible != _calamine().SheetVisibleEnum.Visible)


def _scan_ods(
    zf: zipfile.ZipFile, path: Path, limits: Limits, should_cancel: CancelCheck | None
) -> bool:
    if "content.xml" not in zf.namelist():
        raise DamagedFile(path, safety.DAMAGED)
    return safety.scan_text_part(
        zf, "content.xml", path, limits, should_cancel, cut=b"</table:table-row>"
    )


def _xml(zf: zipfile.ZipFile, name: str, path: Path) -> Any:
    try:
        return fromstring(safety.read_small_member(zf, name, path), forbid_dtd=True)
    except ImportFileError:
        raise
    except Exception as exc:  # ParseError, DefusedXmlException (already refused earlier)
        raise DamagedFile(path, safety.DAMAGED) from exc


def _xlsx_sheets(zf: zipfile.ZipFile, path: Path, heads: dict[str, bytes]) -> list[_Sheet]:
    """Worksheets in workbook order, from workbook.xml and its relationships."""
    names = {name.lower(): name for name in zf.namelist()}
    workbook = _xml(zf, names["xl/workbook.xml"], path)
    targets: dict[str, str] = {}
    rels_name = names.get("xl/_rels/workbook.xml.rels")
    if rels_name is not None:
        for rel in _xml(zf, rels_name, path).iter(f"{_PKG_NS}Relationship"):
            if rel.get("Type", "").endswith("/worksheet"):
                target = rel.get("Target", "")
                part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join("xl", target)
                )
                targets[rel.get("Id", "")] = names.get(part.lower(), part)
    sheets: list[_Sheet] = []
    for element in workbook.iter():
        if element.tag not in (f"{_MAIN_NS}sheet", f"{_STRICT_NS}sheet"):
            continue
        part = targets.get(element.get(_REL_ID, ""))
        if part is None:
            continue  # a chart sheet or a dialog sheet: nothing to import
        head = heads.get(part, b"")
        info = SheetInfo(
            name=element.get("name", f"Sheet{len(sheets) + 1}"),
            index=len(sheets),
            hidden=element.get("state", "visible") != "visible",
            rows_hint=safety.declared_last_row(head),
        )
        sheets.append(_Sheet(info, part))
    if not sheets:
        raise ImportFileError(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "The workbook has no worksheet with data.")))
    return sheets


def _date1904(zf: zipfile.ZipFile, path: Path) -> bool:
    """Whether the workbook counts dates from 1904 (old Mac Excel). calamine and openpyxl
    already convert date cells; this is for numbers the importer reads as serial dates."""
    name = next(n for n in zf.namelist() if n.lower() == "xl/workbook.xml")
    for element in _xml(zf, name, path).iter():
        if element.tag in (f"{_MAIN_NS}workbookPr", f"{_STRICT_NS}workbookPr"):
            return element.get("date1904", "").strip().lower() in ("1", "true")
    return False


def _choose(sheets: list[_Sheet], wanted: str | int | None, path: Path) -> _Sheet:
    if wanted is None:
        return next((s for s in sheets if not s.info.hidden), sheets[0])
    if isinstance(wanted, int):
        if 0 <= wanted < len(sheets):
            return sheets[wanted]
    else:
        exact = lambda s: s.info.name == wanted  # noqa: E731
        folded = lambda s: s.info.name.casefold() == wanted.casefold()  # noqa: E731
        for match in (exact, folded):
            found = [s for s in sheets if match(s)]
            if found:
                return found[0]
    listed = ", ".join(f"'{s.info.name}'" for s in sheets)
    raise SheetNotFound(path, Message(QT_TRANSLATE_NOOP(
        "ImportErrors", "There is no sheet {sheet} in this workbook. Sheets: {sheets}."),
        sheet=repr(wanted), sheets=listed))


class _Job:
    """Runs one call on a daemon thread; calamine releases the GIL while it parses."""

    def __init__(self, call: Callable[[], Any]) -> None:
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = threading.Event()
        self._call = call
        threading.Thread(target=self._run, name="advocacy-sheet-load", daemon=True).start()

    def _run(self) -> None:
        try:
            self.result = self._call()
        except BaseException as exc:
            self.error = exc
        finally:
            self.done.set()


def _background(call: Callable[[], Any]) -> _Job:
    return _Job(call)


def _wait(job: _Job, path: Path, should_cancel: CancelCheck | None) -> Any:
    """Result of a background load; Cancel is answered within 50 ms (the load is abandoned)."""
    while not job.done.wait(0.05):
        check_cancel(should_cancel)
    if job.error is not None:
        raise _calamine_failure(job.error, path) from job.error
    return job.result


def _calamine() -> Any:
    import python_calamine

    return python_calamine


def _calamine_failure(exc: BaseException, path: Path) -> ImportFileError:
    name = type(exc).__name__
    if name == "PasswordError":
        return DamagedFile(path, Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "This workbook is protected by a password. Remove the password, save "
            "it again and import the new file.")))
    return _CalamineFailed(path, safety.damaged_because(exc))


class _CalamineFailed(DamagedFile):
    """calamine could not read the file; openpyxl may still manage (xlsx only)."""


def open_workbook(
    path: Path,
    sniffed: Sniffed,
    *,
    sheet: str | int | None,
    header_row: int | None,
    limits: Limits,
    should_cancel: CancelCheck | None,
    engine: Engine = "auto",
) -> Table:
    """Check, load and prepare one sheet; the rows stream from ``Table.rows()``."""
    zf = safety.open_zip(path)
    try:
        heads = _check(zf, path, sniffed, limits, should_cancel)
        if sniffed.kind is FileKind.ODS:
            return _open_ods(zf, path, sniffed, sheet, header_row, limits, should_cancel)
        sheets = _xlsx_sheets(zf, path, heads)
        epoch_1904 = _date1904(zf, path)
        chosen = _choose(sheets, sheet, path)
        assert chosen.part is not None
        # No refusal from <dimension> here: it counts formatted empty rows. The row cap is
        # applied to rows with data, while they are read (workbook_rows).
        shared = next((n for n in zf.namelist() if n.lower() == "xl/sharedstrings.xml"), None)
        if shared is not None:
            sizes = safety.scan_shared_strings(
                zf, shared, heads.get(shared, b""), path, limits, should_cancel
            )
            safety.check_string_expansion(
                zf, chosen.part, heads.get(chosen.part, b""), sizes, path, limits, should_cancel
            )
        job = None
        if engine != "openpyxl":
            name = chosen.info.name
            job = _background(
                lambda: _calamine().CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name)
            )
        scan = safety.scan_sheet(
            zf, chosen.part, heads.get(chosen.part, b""), path, limits, should_cancel
        )
    finally:
        zf.close()
    loaded: Any = None
    if job is not None:
        try:
            loaded = _wait(job, path, should_cancel)
        except _CalamineFailed:
            if engine == "calamine":
                raise
    from advocacy_desktop.services.importing import workbook_rows

    if loaded is not None:
        table = workbook_rows.calamine_table(path, sniffed.kind, loaded, header_row, limits, scan)
    else:
        table = workbook_rows.openpyxl_table(
            path, sniffed.kind, chosen.info.name, header_row, limits, scan
        )
    table.epoch_1904 = epoch_1904
    _add_sheet_warnings(table, sheets, chosen, sheet, sniffed)
    return table


def _open_ods(
    zf: zipfile.ZipFile,
    path: Path,
    sniffed: Sniffed,
    sheet: str | int | None,
    header_row: int | None,
    limits: Limits,
    should_cancel: CancelCheck | None,
) -> Table:
    spans = _scan_ods(zf, path, limits, should_cancel)
    book = _wait(_background(lambda: _calamine().CalamineWorkbook.from_path(str(path))), path,
                 should_cancel)
    sheets = [
        _Sheet(SheetInfo(meta.name, i, hidden=_is_hidden(meta)), None)
        for i, meta in enumerate(book.sheets_metadata)
    ]
    chosen = _choose(sheets, sheet, path)
    loaded = _wait(_background(lambda: book.get_sheet_by_name(chosen.info.name)), path,
                   should_cancel)
    from advocacy_desktop.services.importing import workbook_rows

    table = workbook_rows.calamine_table(
        path, sniffed.kind, loaded, header_row, limits, safety.SheetScan(ods_spans=spans)
    )
    _add_sheet_warnings(table, sheets, chosen, sheet, sniffed)
    return table


def _too_many_rows(path: Path, limits: Limits, row: int | None = None) -> UnsafeFile:
    return UnsafeFile(
        path,
        Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "The sheet has more than {limit} rows, the most one import can take. "
            "Split it into smaller files."), limit=limits.max_rows),
        row=row,
    )


def _add_sheet_warnings(
    table: Table, sheets: list[_Sheet], chosen: _Sheet, wanted: str | int | None, sniffed: Sniffed
) -> None:
    for note in sniffed.notes:
        table.warnings.add(ReadWarning("named_as_other_format", note))
    if wanted is None and len(sheets) > 1:
        others = ", ".join(f"'{s.info.name}'" for s in sheets if s is not chosen)
        table.warnings.add(
            ReadWarning(
                "several_sheets",
                Message(QT_TRANSLATE_NOOP(
                    "ImportErrors", "The workbook has {count} sheets; '{sheet}' was read. Other "
                    "sheets: {others}."), count=len(sheets), sheet=chosen.info.name,
                    others=others),
            )
        )
    if chosen.info.hidden:
        table.warnings.add(
            ReadWarning(
                "hidden_sheet", Message(QT_TRANSLATE_NOOP(
                    "ImportErrors", "The sheet '{sheet}' is hidden in the workbook."),
                    sheet=chosen.info.name)
            )
        )

