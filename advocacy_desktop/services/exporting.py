"""Exporting the filtered feedback items to .xlsx or .csv, streamed and written atomically.

Rows are read in keyset chunks of `CHUNK` items by `feedback.id` (never OFFSET, never all rows
in memory) inside one read transaction, so the file is one consistent snapshot. Every text
cell goes through `safe_files.neutralise_cell` (no live formulas, no control characters), and
the file replaces its target only once it is complete: a failure or Cancel (InterruptedError)
leaves any previous file untouched.

After the fixed columns come the original spreadsheet columns kept in `extra`: the union of
their keys over the filtered items, in the order they were first seen, found by one SQL pass
(`json_each`; `json_object_keys` on a team catalogue) before any row is written, at most
`MAX_EXTRA_COLUMNS` of them.

The same code serves a team catalogue (PostgreSQL): `reading` hands out `sql_compat.driver`'s
connection, which takes the same `?` statements; where the engines differ (the extra keys, the
needs' list, SQLite's `NOT INDEXED` plan), `sql_compat.pg` picks the variant.

`pseudonymise=True` replaces each customer by a stable pseudonym and removes their name,
e-mail and external id, every e-mail address and phone-like values (the rules are in
services/privacy.py). The customer's identifiers come with each row's own join: nothing is
loaded per export beyond one chunk.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.domain.nps import classify
from advocacy_desktop.services import privacy
from advocacy_desktop.services.feedback_filters import FeedbackFilter, where_clause
from advocacy_desktop.services.needs_service import PATH_SEPARATOR
from advocacy_desktop.services.privacy import RowScrubber
from advocacy_desktop.services.safe_files import atomic_output, neutralise_cell
from advocacy_desktop.services.sql_compat import driver, group_concat, json_value, pg

__all__ = [
    "CHUNK",
    "FORMATS",
    "HEADERS",
    "MAX_EXTRA_COLUMNS",
    "ItemColumns",
    "export_items",
    "item_columns",
    "item_rows",
]

HEADERS = (
    "ID", "Received", "Source", "Score", "Category", "Rating", "Rating scale", "Text",
    "Language", "Channel", "Country", "Product", "Status", "Assignee", "Due", "Needs",
    "Customer", "External ID",
)
#: column widths (characters) of the fixed columns in an .xlsx
WIDTHS = (38, 11, 18, 7, 11, 7, 8, 60, 9, 14, 12, 18, 11, 18, 11, 30, 22, 16)
FORMATS = (".xlsx", ".csv")
CHUNK = 5000
MAX_EXTRA_COLUMNS = 500
#: Excel refuses longer cells; longer text is cut in an .xlsx (a .csv keeps it whole)
XLSX_CELL_LIMIT = 32_767
NEEDS_JOIN = "; "

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_SELECT = (
    "SELECT feedback.id, feedback.uuid, feedback.received_on, source.name, feedback.score,"
    " feedback.rating, feedback.rating_scale, feedback.text, feedback.language,"
    " feedback.channel, feedback.country, feedback.product, feedback.status, person.name,"
    " feedback.due_on,"
    " (SELECT {needs} FROM feedback_need"
    "  WHERE feedback_need.feedback_id = feedback.id),"
    " customer.name, feedback.external_id, feedback.extra,"
    " customer.uuid, customer.email, customer.external_id"
    " FROM {table}"
    " LEFT JOIN source ON source.id = feedback.source_id"
    " LEFT JOIN person ON person.id = feedback.assignee_id"
    " LEFT JOIN customer ON customer.id = feedback.customer_id"
)


@dataclass(frozen=True)
class ItemColumns:
    """The columns of an export: the fixed ones, then the `extra` keys."""

    extra_keys: tuple[str, ...]
    extra_capped: bool
    """True when the items have more `extra` keys than MAX_EXTRA_COLUMNS (the rest are left
    out)."""

    @property
    def headers(self) -> list[str]:
        return [*HEADERS, *self.extra_keys]


@contextmanager
def reading(catalogue: Catalogue) -> Iterator[Any]:
    """The driver connection of one read session (sqlite3's own, or a `PgDriver` taking the
    same `?` SQL): one consistent snapshot for the whole file."""
    with catalogue.read() as session:
        yield driver(session.connection())


def _where(conn: Any, flt: FeedbackFilter | None) -> tuple[str, list[object]]:
    return where_clause(flt or FeedbackFilter(), postgres=pg(conn))


def item_columns(
    conn: Any, flt: FeedbackFilter | None, *, cap: int = MAX_EXTRA_COLUMNS
) -> ItemColumns:
    """The union of the `extra` keys of the filtered items, in first-seen order (by item id,
    then by position in the item), at most `cap` of them. One pass in SQL: no row reaches
    Python."""
    where, params = _where(conn, flt)
    if pg(conn):
        return _pg_item_columns(conn, where, params, cap)
    # A bare column beside min() comes from the row holding the minimum (SQLite): `each.id`
    # is then the key's position inside the first item that has it.
    rows = conn.execute(
        "SELECT each.key, min(feedback.id) AS first, each.id FROM feedback,"
        " json_each(feedback.extra) AS each"
        f" WHERE feedback.extra IS NOT NULL AND json_valid(feedback.extra)"
        f" AND json_type(feedback.extra) = 'object' AND ({where})"
        " GROUP BY each.key ORDER BY first, each.id LIMIT ?",
        [*params, cap + 1],
    ).fetchall()
    keys = tuple(str(row[0]) for row in rows[:cap])
    return ItemColumns(keys, len(rows) > cap)


def _pg_item_columns(conn: Any, where: str, params: list[object], cap: int) -> ItemColumns:
    """`item_columns` on PostgreSQL: `extra` is a JSON column there (key order kept), and
    DISTINCT ON finds each key's first item and its position in it."""
    rows = conn.execute(
        "SELECT key FROM (SELECT DISTINCT ON (each.key) each.key, feedback.id AS first,"
        " each.position FROM feedback, json_object_keys(feedback.extra) WITH ORDINALITY"
        " AS each(key, position)"
        " WHERE feedback.extra IS NOT NULL AND json_typeof(feedback.extra) = 'object'"
        f" AND ({where}) ORDER BY each.key, feedback.id, each.position) AS firsts"
        " ORDER BY first, position LIMIT ?",
        [*params, cap + 1],
    ).fetchall()
    keys = tuple(str(row[0]) for row in rows[:cap])
    return ItemColumns(keys, len(rows) > cap)


def need_paths(conn: Any) -> dict[int, str]:
    """{need id: full path} of every need."""
    # PostgreSQL wants one type on both sides of the UNION (name is a VARCHAR there)
    name, separator = ("CAST(name AS TEXT)", "CAST(? AS TEXT)") if pg(conn) else ("name", "?")
    rows = conn.execute(
        "WITH RECURSIVE tree(id, path) AS ("
        f" SELECT id, {name} FROM need WHERE parent_id IS NULL"
        f" UNION ALL SELECT need.id, tree.path || {separator} || need.name"
        " FROM need JOIN tree ON need.parent_id = tree.id)"
        " SELECT id, path FROM tree", (PATH_SEPARATOR,)
    ).fetchall()
    return {int(ident): str(path) for ident, path in rows}


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _extra_value(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return value


def _row(raw: Sequence[Any], paths: dict[int, str], keys: tuple[str, ...],
         scrubber: RowScrubber | None = None) -> list[Any]:
    (_id, uuid, received, source, score, rating, scale, text, language, channel, country,
     product, status, assignee, due, need_ids, customer, external_id, extra,
     customer_uuid, email, customer_external_id) = raw
    needs = ""
    if need_ids:
        names = sorted(paths.get(int(n), str(n)) for n in str(need_ids).split(","))
        needs = NEEDS_JOIN.join(names)
    category = None if score is None else classify(int(score)).value
    who = None
    if scrubber is not None:
        who = scrubber.identity(customer_uuid, customer, email, customer_external_id)
        customer = who.pseudonym
        text = scrubber.text(text, who)
        external_id = scrubber.value("External ID", external_id, who)
    values: list[Any] = [
        uuid, _day(received), source, score, category, rating, scale, text, language, channel,
        country, product, status, assignee, _day(due), needs, customer, external_id,
    ]
    if keys:
        found: dict[str, Any] = {}
        if extra:
            try:
                loaded = json_value(extra)  # text on SQLite, decoded already on PostgreSQL
            except (TypeError, ValueError):
                loaded = None
            if isinstance(loaded, dict):
                found = loaded
        if scrubber is not None and who is not None:
            values.extend(scrubber.value(key, _extra_value(found.get(key)), who) for key in keys)
        else:
            values.extend(_extra_value(found.get(key)) for key in keys)
    return [neutralise_cell(v) for v in values]


def item_rows(
    conn: Any,
    flt: FeedbackFilter | None,
    columns: ItemColumns,
    *,
    limit: int | None = None,
    chunk: int | None = None,
    matches: int | None = None,
    cancelled: Cancelled | None = None,
    pseudonymise: bool = False,
) -> Iterator[list[Any]]:
    """The export rows of the filtered items in id order, `chunk` items per query; raises
    InterruptedError between chunks once `cancelled()` is true. `matches` (the count of the
    filter, when the caller knows it) chooses the plan: see `_walks_by_id`. `pseudonymise`:
    customers as pseudonyms, their personal data removed (services/privacy.py)."""
    scrubber = None
    if pseudonymise:
        secret = privacy.read_secret(conn)
        if secret is None:
            raise ValueError("this catalogue has no pseudonym secret: call"
                             " privacy.pseudonyms(catalogue) once to create it")
        scrubber = RowScrubber(privacy.Pseudonyms(secret))
    where, params = _where(conn, flt)
    paths = need_paths(conn)
    chunk = chunk or CHUNK
    if matches is None:
        matches = count_items(conn, flt)
    walk = not pg(conn) and _walks_by_id(conn, matches, chunk)  # NOT INDEXED: SQLite's only
    select = _SELECT.format(table="feedback NOT INDEXED" if walk else "feedback",
                            needs=group_concat(conn, "feedback_need.need_id"))
    last = 0
    sent = 0
    while limit is None or sent < limit:
        if cancelled is not None and cancelled():
            raise InterruptedError("export cancelled")
        size = chunk if limit is None else min(chunk, limit - sent)
        raws = conn.execute(
            f"{select} WHERE feedback.id > ? AND ({where}) ORDER BY feedback.id LIMIT ?",
            [last, *params, size],
        ).fetchall()
        if not raws:
            return
        last = raws[-1][0]
        for raw in raws:
            yield _row(raw, paths, columns.extra_keys, scrubber)
        sent += len(raws)
        if len(raws) < size:
            return


def _walks_by_id(conn: Any, matches: int, chunk: int) -> bool:
    """Whether each chunk should walk the table in id order from the last id (NOT INDEXED),
    or let SQLite find the matches by an index and sort them. Left alone, SQLite finds all
    166k items of one source and sorts them for every chunk (34 times: quadratic); walking
    costs one pass over the table for the whole export. Finding by index wins while
    matches x chunks stays below the table's size (a rare need, a narrow search)."""
    size = int(conn.execute("SELECT coalesce(max(id), 0) FROM feedback").fetchone()[0])
    return matches * math.ceil(matches / chunk) > size


def count_items(conn: Any, flt: FeedbackFilter | None) -> int:
    where, params = _where(conn, flt)
    return int(conn.execute(f"SELECT count(*) FROM feedback WHERE {where}", params)
               .fetchone()[0])


def export_format(path: Path | str) -> str:
    """The format, ".xlsx" or ".csv", from the file's extension; ValueError for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        what = suffix or "a file without an extension"
        raise ValueError(f"{Path(path).name}: cannot export to {what}: use .xlsx or .csv")
    return suffix


def export_items(
    catalogue: Catalogue,
    path: Path | str,
    flt: FeedbackFilter | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    pseudonymise: bool = False,
) -> int:
    """Write the items `flt` keeps to `path` (.xlsx: one sheet "Feedback"; .csv: UTF-8 with
    BOM); returns the number of items written. `progress(done, total)` is called after each
    chunk; when `cancelled()` turns true the export stops with InterruptedError and any
    previous file at `path` is left as it was. `pseudonymise`: see the module docstring; a
    writable catalogue records such an export in its audit log (file name and count only)."""
    suffix = export_format(path)
    if pseudonymise:
        privacy.pseudonyms(catalogue)  # makes sure the catalogue has its secret
    with reading(catalogue) as conn:
        total = count_items(conn, flt)
        columns = item_columns(conn, flt)
        if progress is not None:
            progress(0, total)
        rows = item_rows(conn, flt, columns, matches=total, cancelled=cancelled,
                         pseudonymise=pseudonymise)
        with atomic_output(path, suffix=suffix) as tmp:
            if suffix == ".csv":
                written = _write_csv(tmp, columns, rows, total, progress)
            else:
                written = _write_xlsx(tmp, columns, rows, total, progress, cancelled)
    if pseudonymise and not catalogue.read_only:
        privacy.record_export(catalogue, Path(path).name, written)
    return written


def _counting(rows: Iterator[list[Any]], total: int, progress: Progress | None
              ) -> Iterator[list[Any]]:
    every = CHUNK
    done = 0
    for row in rows:
        yield row
        done += 1
        if progress is not None and done % every == 0:
            progress(done, total)
    if progress is not None:
        progress(done, max(total, done))


def _write_csv(tmp: Path, columns: ItemColumns, rows: Iterator[list[Any]], total: int,
               progress: Progress | None) -> int:
    written = 0
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([neutralise_cell(h) for h in columns.headers])
        for row in _counting(rows, total, progress):
            writer.writerow(["" if v is None else v for v in row])
            written += 1
    return written


def xlsx_value(value: Any) -> Any:
    if isinstance(value, str) and len(value) > XLSX_CELL_LIMIT:
        return value[: XLSX_CELL_LIMIT - 1] + "…"
    return value


def write_items_sheet(book: Any, title: str, columns: ItemColumns, rows: Iterator[list[Any]],
                      total: int, progress: Progress | None) -> int:
    """Append a write-only sheet of items to `book`: bold frozen header, column widths, dates
    as dates. Returns the number of rows."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    widths = [*WIDTHS, *(max(10, min(30, len(k) + 2)) for k in columns.extra_keys)]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in columns.headers:
        cell = WriteOnlyCell(sheet, value=xlsx_value(neutralise_cell(name)))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    written = 0
    for row in _counting(rows, total, progress):
        sheet.append([xlsx_value(v) for v in row])
        written += 1
    return written


def _write_xlsx(tmp: Path, columns: ItemColumns, rows: Iterator[list[Any]], total: int,
                progress: Progress | None, cancelled: Cancelled | None) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    try:
        written = write_items_sheet(book, "Feedback", columns, rows, total, progress)
        if cancelled is not None and cancelled():  # saving 1M rows takes a while: last chance
            raise InterruptedError("export cancelled")
        book.save(tmp)
    except BaseException:
        discard_workbook(book)
        raise
    return written


def discard_workbook(book: Any) -> None:
    """Remove the temporary files of an unsaved write-only workbook: openpyxl streams each
    sheet to a file in the system's temporary folder and would keep it until the process
    ends (hundreds of MB for a million rows)."""
    for sheet in book.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None or isinstance(writer.out, io.BytesIO):
            continue
        with suppress(Exception):
            sheet.close()
        with suppress(Exception):
            writer.cleanup()
