"""The NPS report workbook: one .xlsx with the figures, their method, the items and the charts.

Sheets: "Summary" (what was reported, when, the overall NPS with its 95% interval and the
method), "By source", "By need" (with each need's cost in NPS, `dashboard_service.need_costs`),
"By month", "Ratings" (star ratings, kept apart from NPS), "Items" (the filtered items, the
columns of `exporting.export_items`, at most `ITEMS_CAP` of them: the Summary says when the
list was cut) and "Charts" (trend, distribution and NPS by source as PNG pictures).

The workbook is write-only (openpyxl streams each sheet to disk), so 100,000 items cost no more
memory than 100; figures keep their full precision with a 0.0 number format. Text cells are
neutralised and the file replaces its target only when complete, like every export.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.domain.nps import SMALL_SAMPLE
from advocacy_desktop.services import exporting, privacy
from advocacy_desktop.services.feedback_filters import FeedbackFilter
from advocacy_desktop.services.safe_files import atomic_output, neutralise_cell

__all__ = ["ITEMS_CAP", "SHEETS", "catalogue_name", "describe_filter", "write_report"]

ITEMS_CAP = 100_000
SHEETS = ("Summary", "By source", "By need", "By month", "Ratings", "Items", "Charts")
NPS_FORMAT = "0.0"
SHARE_FORMAT = "0.0%"
GROUP_HEADERS = ("Answers (n)", "Promoters", "Passives", "Detractors", "NPS", "± (95%)",
                 "Low (95%)", "High (95%)", f"Fewer than {SMALL_SAMPLE}")
GROUP_FORMATS = (None, None, None, None, NPS_FORMAT, NPS_FORMAT, NPS_FORMAT, NPS_FORMAT, None)
METHOD = (
    "NPS = % promoters (9-10) − % detractors (0-6), from −100 to +100.",
    "Denominator: only answers to the 0-10 \"would you recommend us\" question count. Items"
    " without a score, and star or other ratings, are not part of n (ratings are on the"
    " Ratings sheet, apart).",
    "Margin of error: adjusted-Wald 95% interval (Sauro & Lewis): 3 is added to n and 3/4 to"
    " the promoters and to the detractors before the standard error of their difference is"
    " taken. It stays honest for small samples and for scores near ±100; the interval is"
    " centred on the adjusted NPS, so it can be slightly off-centre.",
    f"Groups of fewer than {SMALL_SAMPLE} answers are marked: read them with care.",
    "By need: an item counts under every need it carries, at the need itself. NPS gain: the"
    " points the overall NPS would gain if that need's detractors had been passives"
    " (100 × its detractors / n), with its 95% interval; gains do not add up across needs.",
    "Periods come from the date the feedback was received; undated items are left out of"
    " the trend.",
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def describe_filter(catalogue: Catalogue, flt: FeedbackFilter | None) -> str:
    """The filter in words, e.g. "sources: Google, Amazon; received 2025-01-01 to ...";
    "all feedback" when nothing filters."""
    flt = flt or FeedbackFilter()
    if flt.is_empty:
        return "all feedback"
    with exporting.reading(catalogue) as conn:
        sources = dict(conn.execute("SELECT id, name FROM source").fetchall())
        people = dict(conn.execute("SELECT id, name FROM person").fetchall())
        paths = exporting.need_paths(conn)
    parts = []
    if flt.sources:
        parts.append("sources: " + ", ".join(str(sources.get(i, i)) for i in flt.sources))
    if flt.needs:
        parts.append("needs (and below): " + ", ".join(paths.get(i, str(i)) for i in flt.needs))
    if flt.no_need:
        parts.append("without a need")
    if flt.date_from or flt.date_to:
        low = flt.date_from.isoformat() if flt.date_from else "the start"
        high = flt.date_to.isoformat() if flt.date_to else "today"
        parts.append(f"received {low} to {high}")
    if flt.categories:
        parts.append(", ".join(sorted(c.value + "s" for c in flt.categories)))
    for label, low, high in (("score", flt.score_min, flt.score_max),
                             ("rating", flt.rating_min, flt.rating_max)):
        if low is not None or high is not None:
            parts.append(f"{label} {'' if low is None else low}–{'' if high is None else high}")
    if flt.statuses:
        parts.append("status: " + ", ".join(flt.statuses))
    if flt.assignees:
        parts.append("assigned to: " + ", ".join(str(people.get(i, i)) for i in flt.assignees))
    if flt.batch_id is not None:
        parts.append(f"import batch {flt.batch_id}")
    if flt.text.strip():
        parts.append(f'text: "{flt.text.strip()}"')
    return "; ".join(parts)


class _Sheet:
    """A write-only sheet with styled cells: bold header, number formats, widths."""

    def __init__(self, book: Any, title: str, widths: Sequence[int]) -> None:
        from openpyxl.utils import get_column_letter

        self.sheet = book.create_sheet(title)
        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width

    def cell(self, value: Any, *, bold: bool = False, fmt: str | None = None,
             size: int | None = None, wrap: bool = False) -> Any:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font

        cell = WriteOnlyCell(self.sheet, value=exporting.xlsx_value(neutralise_cell(value)))
        if bold or size:
            cell.font = Font(bold=bold, size=size or 11)
        if fmt:
            cell.number_format = fmt
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def header(self, names: Sequence[str]) -> None:
        self.sheet.freeze_panes = "A2"
        self.sheet.append([self.cell(name, bold=True) for name in names])

    def row(self, values: Sequence[Any], formats: Sequence[str | None] = ()) -> None:
        fmts = list(formats) + [None] * (len(values) - len(formats))
        self.sheet.append([self.cell(v, fmt=f) for v, f in zip(values, fmts, strict=True)])


def _group_values(group: Any) -> list[Any]:
    return [group.n, group.promoters, group.passives, group.detractors, group.nps,
            group.moe95, group.low, group.high, "yes" if group.small_sample else ""]


def _groups_sheet(book: Any, title: str, label: str, groups: Sequence[Any],
                  none_label: str) -> None:
    sheet = _Sheet(book, title, [30, 12, 11, 10, 11, 8, 9, 10, 10, 13])
    sheet.header([label, *GROUP_HEADERS])
    for group in groups:
        sheet.row([none_label if group.key is None else group.key, *_group_values(group)],
                  [None, *GROUP_FORMATS])


def _needs_sheet(book: Any, costs: Sequence[Any]) -> None:
    sheet = _Sheet(book, "By need", [40, 12, 11, 10, 11, 8, 9, 10, 10, 13, 12, 10, 10, 10])
    sheet.header(["Need", *GROUP_HEADERS, "Share of detractors", "NPS gain", "Gain low (95%)",
                  "Gain high (95%)"])
    for cost in costs:
        sheet.row([cost.path, *_group_values(cost.group), cost.detractor_share, cost.gain,
                   cost.gain_low, cost.gain_high],
                  [None, *GROUP_FORMATS, SHARE_FORMAT, NPS_FORMAT, NPS_FORMAT, NPS_FORMAT])


def _ratings_sheet(book: Any, ratings: Sequence[Any]) -> None:
    stars = sorted({s for r in ratings for s in r.distribution})
    sheet = _Sheet(book, "Ratings", [24, 8, 12, 8, *(9 for _ in stars)])
    sheet.header(["Source", "Scale", "Ratings (n)", "Mean", *(f"{s} stars" for s in stars)])
    for r in ratings:
        sheet.row([r.source or "(no source)", r.scale, r.n, r.mean,
                   *(r.distribution.get(s, 0) for s in stars)], [None, None, None, "0.00"])


def catalogue_name(catalogue: Catalogue) -> str:
    """The file's name, or a team catalogue's database name (never its host or user: the
    report goes to people outside the team)."""
    if catalogue.path is not None:
        return catalogue.path.name
    url = getattr(getattr(catalogue, "engine", None), "url", None)
    database = getattr(url, "database", None) or "PostgreSQL"
    return f"{database} (team catalogue)"


def _summary_sheet(book: Any, catalogue: Catalogue, flt: FeedbackFilter | None,
                   overall: Any, items: int, shown: int) -> None:
    sheet = _Sheet(book, "Summary", [26, 14, 14, 60])
    share = (lambda k: k / overall.n) if overall.n else (lambda k: None)
    sheet.sheet.append([sheet.cell("NPS report", bold=True, size=14)])
    for label, value in (
        ("Catalogue", catalogue_name(catalogue)),
        ("Filter", describe_filter(catalogue, flt)),
        ("Written", datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %z")),
        ("Items in the filter", items),
    ):
        sheet.sheet.append([sheet.cell(label, bold=True), sheet.cell(value)])
    sheet.sheet.append([])
    sheet.sheet.append([sheet.cell(h, bold=True) for h in ("Overall", "Count", "Share")])
    rows: list[tuple[str, Any, Any, str | None]] = [
        ("Answers (n)", overall.n, None, None),
        ("Promoters", overall.promoters, share(overall.promoters), None),
        ("Passives", overall.passives, share(overall.passives), None),
        ("Detractors", overall.detractors, share(overall.detractors), None),
        ("NPS", overall.nps, None, NPS_FORMAT),
        ("± (95%)", overall.moe95, None, NPS_FORMAT),
        ("Interval (95%)", overall.low, overall.high, NPS_FORMAT),
    ]
    for label, value, second, fmt in rows:
        second_fmt = fmt if label.startswith("Interval") else SHARE_FORMAT
        sheet.sheet.append([sheet.cell(label, bold=True), sheet.cell(value, fmt=fmt),
                            sheet.cell(second, fmt=second_fmt)])
    notes = []
    if overall.n == 0:
        notes.append("No 0-10 answer matches the filter: there is no NPS to report.")
    elif overall.small_sample:
        notes.append(f"Fewer than {SMALL_SAMPLE} answers: the NPS is very uncertain, read the"
                     " interval rather than the score.")
    if shown < items:
        notes.append(f"The Items sheet lists the first {shown:,} of {items:,} items (by"
                     " ID); export the full list to .csv or .xlsx with Export.")
    notes.append("Star ratings are not NPS answers: they are on the Ratings sheet, apart.")
    sheet.sheet.append([])
    for note in notes:
        sheet.sheet.append([sheet.cell("Note", bold=True), sheet.cell(note)])
    sheet.sheet.append([])
    sheet.sheet.append([sheet.cell("Method", bold=True)])
    for line in METHOD:
        sheet.sheet.append([sheet.cell(line)])


def _png(fig: Any) -> io.BytesIO:
    from advocacy_desktop.services import charts

    buffer = io.BytesIO()
    with charts.house_style():
        fig.savefig(buffer, format="png", dpi=charts.PNG_DPI, facecolor=fig.get_facecolor())
    buffer.seek(0)
    return buffer


def _charts_sheet(book: Any, figures: Sequence[Any]) -> None:
    from openpyxl.drawing.image import Image

    sheet = _Sheet(book, "Charts", [])
    row = 1
    for fig in figures:
        width_in, height_in = fig.get_size_inches()
        image = Image(_png(fig))
        image.width, image.height = int(width_in * 96), int(height_in * 96)
        sheet.sheet.add_image(image, f"B{row}")
        row += math.ceil(image.height / 20) + 2  # default rows are 20 px high


class _Steps:
    """Progress over the items written plus one step per stage; polls `cancelled`."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.progress, self.cancelled = progress, cancelled
        self.done = self.total = 0

    def is_cancelled(self) -> bool:
        return self.cancelled is not None and self.cancelled()

    def step(self, count: int = 1) -> None:
        if self.is_cancelled():
            raise InterruptedError("report cancelled")
        self.done += count
        self.report(0)

    def report(self, extra: int, _total: int = 0) -> None:
        if self.progress is not None:
            self.progress(self.done + extra, self.total)


def write_report(
    catalogue: Catalogue,
    path: Path | str,
    flt: FeedbackFilter | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    items_cap: int = ITEMS_CAP,
    pseudonymise: bool = False,
) -> Path:
    """Write the NPS report of the items `flt` keeps to `path` (.xlsx). `progress(done, total)`
    counts the items written plus one step per stage; when `cancelled()` turns true the report
    stops with InterruptedError and any previous file at `path` is left as it was.
    `pseudonymise`: the Items sheet shows customers by their stable pseudonyms, without
    contact data (the rules of `services/privacy.py`); the export is audited."""
    from openpyxl import Workbook

    from advocacy_desktop.services import charts, dashboard_service, nps_analytics, nps_service

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValueError(f"{path.name}: the report is an .xlsx workbook")
    if pseudonymise:
        privacy.pseudonyms(catalogue)  # refuses early when there is no secret to use
    steps = _Steps(progress, cancelled)
    with exporting.reading(catalogue) as conn:
        items = exporting.count_items(conn, flt)
    shown = min(items, items_cap)
    steps.total = shown + 5
    steps.step(0)
    overall = nps_service.overall(catalogue, flt)
    by_source = nps_service.grouped(catalogue, "source", flt)
    by_month = nps_service.grouped(catalogue, "month", flt)
    costs = dashboard_service.need_costs(catalogue, flt, overall=overall)
    ratings = nps_analytics.ratings_by_source(catalogue, flt)
    steps.step()
    book = Workbook(write_only=True)
    try:
        _summary_sheet(book, catalogue, flt, overall, items, shown)
        _groups_sheet(book, "By source", "Source", by_source, "(no source)")
        _needs_sheet(book, costs)
        _groups_sheet(book, "By month", "Month", by_month, "(undated)")
        _ratings_sheet(book, ratings)
        steps.step()
        with exporting.reading(catalogue) as conn:
            columns = exporting.item_columns(conn, flt)
            rows = exporting.item_rows(conn, flt, columns, limit=shown, matches=items,
                                       cancelled=steps.is_cancelled,
                                       pseudonymise=pseudonymise)
            written = exporting.write_items_sheet(book, "Items", columns, rows, shown,
                                                  steps.report)
        steps.step(written)
        figures = [
            charts.trend_chart(by_month, "NPS by month"),
            charts.distribution_chart(charts.score_distribution(catalogue, flt),
                                      "Answers by score"),
            charts.by_group_chart(by_source, "NPS by source"),
        ]
        steps.step()
        _charts_sheet(book, figures)
        steps.step()
        with atomic_output(path, suffix=".xlsx") as tmp:
            book.save(tmp)
    except BaseException:
        exporting.discard_workbook(book)
        raise
    if pseudonymise and not catalogue.read_only:
        privacy.record_export(catalogue, path.name, written)
    steps.step()
    return path
