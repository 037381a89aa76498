"""Import batches after the fact: the list, their rejected rows, exporting those, undoing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.db.models import Feedback, ImportBatch, RejectedRow, Source
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.importing.writer import current_actor, dump_json, retried
from advocacy_desktop.services.safe_files import atomic_output, neutralise_cell
from advocacy_desktop.services.sql_compat import driver

PROBLEMS_SHEET = "Problems"
ROWS_SHEET = "Rows to fix"
_PROBLEM_HEADINGS = [Message(heading) for heading in (
    QT_TRANSLATE_NOOP("ImportErrors", "File"), QT_TRANSLATE_NOOP("ImportErrors", "Row"),
    QT_TRANSLATE_NOOP("ImportErrors", "Column"), QT_TRANSLATE_NOOP("ImportErrors", "Value"),
    QT_TRANSLATE_NOOP("ImportErrors", "Problem"))]


class BatchNotFound(LookupError):
    def __init__(self, batch_id: int) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP(
            "ImportErrors", "There is no import batch {batch} in this catalogue."),
            batch=str(batch_id)))
        self.batch_id = batch_id


@dataclass(frozen=True)
class BatchSummary:
    id: int
    file_name: str
    sheet: str | None
    source: str | None
    started_at: datetime | None
    finished_at: datetime | None
    rows_read: int
    imported: int
    duplicates: int
    rejected: int
    status: str
    """'committed' or 'undone'."""
    remaining: int
    """Items of this batch still in the catalogue."""

    @property
    def file_label(self) -> str:
        return Path(self.file_name).name

    def as_dict(self) -> dict[str, Any]:
        return {
            "batch_id": self.id,
            "file": self.file_name,
            "sheet": self.sheet,
            "source": self.source,
            "started_at": None if self.started_at is None else self.started_at.isoformat(),
            "rows_read": self.rows_read,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "status": self.status,
            "remaining": self.remaining,
        }


@dataclass(frozen=True)
class RejectedRowInfo:
    row_number: int
    column: str | None
    value: str | None
    reason: str
    """Its English; a Message (the GUI words it in the UI language) unless the row was stored
    before the catalogue kept reasons as messages."""
    data: dict[str, Any] | None


def _stored_reason(english: str, message: dict[str, Any] | None) -> str:
    """The reason as a Message when the row keeps one that still reads as its English."""
    if not message:
        return english
    try:
        return Message.from_json(message)
    except (KeyError, IndexError, TypeError, ValueError):  # a template this version garbles
        return english


def list_batches(catalogue: Catalogue) -> list[BatchSummary]:
    """Newest first."""
    remaining = (
        select(Feedback.batch_id, func.count().label("n"))
        .group_by(Feedback.batch_id)
        .subquery()
    )
    query = (
        select(ImportBatch, Source.name, func.coalesce(remaining.c.n, 0))
        .outerjoin(Source, Source.id == ImportBatch.source_id)
        .outerjoin(remaining, remaining.c.batch_id == ImportBatch.id)
        .where(ImportBatch.status != "running")
        .order_by(ImportBatch.id.desc())
    )
    with catalogue.read() as session:
        return [
            BatchSummary(
                id=b.id,
                file_name=b.file_name,
                sheet=b.sheet,
                source=source,
                started_at=b.started_at,
                finished_at=b.finished_at,
                rows_read=b.rows_read,
                imported=b.imported,
                duplicates=b.duplicates,
                rejected=b.rejected,
                status=b.status,
                remaining=int(left),
            )
            for b, source, left in session.execute(query)
        ]


def get_batch(catalogue: Catalogue, batch_id: int) -> BatchSummary:
    for batch in list_batches(catalogue):
        if batch.id == batch_id:
            return batch
    raise BatchNotFound(batch_id)


def rejected_rows(
    catalogue: Catalogue, batch_id: int, *, limit: int = 1000, offset: int = 0
) -> list[RejectedRowInfo]:
    """The problems of a batch in file order (a row may have several)."""
    query = (
        select(RejectedRow)
        .where(RejectedRow.batch_id == batch_id)
        .order_by(RejectedRow.row_number, RejectedRow.id)
        .limit(limit)
        .offset(offset)
    )
    with catalogue.read() as session:
        return [
            RejectedRowInfo(r.row_number, r.column, r.value,
                            _stored_reason(r.reason, r.reason_message), r.data)
            for r in session.scalars(query)
        ]


def export_rejects(
    catalogue: Catalogue,
    batch_id: int,
    out: Path | str,
    *,
    describe: Callable[[str], str] = str,
) -> int:
    """Write the rejected rows to an xlsx that imports again once fixed; returns the row count.

    Sheet one holds the rows as they were, under the file's own headers (so the same mapping
    applies), with each bad cell highlighted and its reason as a comment. Sheet two lists
    every problem with row, column, value and reason. Written atomically; text that a
    spreadsheet would run as a formula is neutralised. The reasons, notes and headings are
    Messages passed through `describe`: English by default (the CLI), the UI language when
    the GUI passes its own.
    """
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    batch = get_batch(catalogue, batch_id)
    problems = rejected_rows(catalogue, batch_id, limit=10_000_000)
    with catalogue.read() as session:
        stored = session.get(ImportBatch, batch_id)
        headers: list[str] = list(((stored.mapping if stored else None) or {}).get("headers", []))
    by_row: dict[int, list[RejectedRowInfo]] = {}
    for problem in problems:
        by_row.setdefault(problem.row_number, []).append(problem)
    for entries in by_row.values():
        for entry in entries:
            for key in entry.data or {}:
                if key not in headers:
                    headers.append(key)

    workbook = Workbook()
    rows_sheet = workbook.active
    rows_sheet.title = ROWS_SHEET
    rows_sheet.append(headers)
    for cell in rows_sheet[1]:
        cell.font = Font(bold=True)
    bad_fill = PatternFill("solid", fgColor="FFF4C7C3")
    for row_number, entries in by_row.items():
        data = next((e.data for e in entries if e.data), {}) or {}
        rows_sheet.append([neutralise_cell(data.get(h)) for h in headers])
        excel_row = rows_sheet.max_row
        for entry in entries:
            column = headers.index(entry.column) + 1 if entry.column in headers else 1
            cell = rows_sheet.cell(excel_row, column)
            cell.fill = bad_fill
            note = Message(QT_TRANSLATE_NOOP("ImportErrors", "Row {row} of {file}: {reason}"),
                           row=str(row_number), file=batch.file_label, reason=entry.reason)
            cell.comment = Comment(describe(note), "Advocacy Desktop")
    rows_sheet.freeze_panes = "A2"

    sheet = workbook.create_sheet(PROBLEMS_SHEET)
    sheet.append([describe(heading) for heading in _PROBLEM_HEADINGS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for problem in problems:
        sheet.append(
            [
                neutralise_cell(batch.file_label),
                problem.row_number,
                neutralise_cell(problem.column or ""),
                neutralise_cell(problem.value),
                neutralise_cell(describe(problem.reason)),
            ]
        )
    for letter, width in zip("ABCDE", (24, 8, 28, 24, 80), strict=True):
        sheet.column_dimensions[letter].width = width
    out = Path(out)
    with atomic_output(out, ".xlsx") as tmp:
        workbook.save(tmp)
    return len(by_row)


def undo_batch(catalogue: Catalogue, batch_id: int) -> int:
    """Remove the batch's items (with their tags) from the catalogue; returns how many.

    The batch stays listed as 'undone' with its rejected rows, and the undo is audited.
    The same file can be imported again afterwards."""

    def undo() -> int:
        with catalogue.write_connection() as connection:
            return _undo_on(driver(connection), batch_id)

    return retried(catalogue, undo)


def _undo_on(conn: Any, batch_id: int) -> int:
    status = conn.execute(
        "SELECT status FROM import_batch WHERE id = ?", (batch_id,)
    ).fetchone()
    if status is None:
        raise BatchNotFound(batch_id)
    removed = conn.execute("DELETE FROM feedback WHERE batch_id = ?", (batch_id,)).rowcount
    conn.execute("UPDATE import_batch SET status = 'undone' WHERE id = ?", (batch_id,))
    conn.execute(
        "INSERT INTO audit_log (actor, action, entity, entity_id, before, after)"
        " VALUES (?, 'undo_import', 'import_batch', ?, ?, ?)",
        (
            current_actor(),
            str(batch_id),
            dump_json({"status": status[0]}),
            dump_json({"status": "undone", "removed": removed}),
        ),
    )
    return int(removed)
