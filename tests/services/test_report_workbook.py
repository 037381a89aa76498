"""The NPS report workbook: sheets with hand-checked figures, charts, caps, atomic writing."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from advocacy_desktop.services import report_workbook
from advocacy_desktop.services.feedback_filters import FeedbackFilter
from tests.services.test_exporting import FORMULA, add_item
from tests.services.test_nps_service import add_need, add_source, hand_case


@pytest.fixture
def hand(catalogue: Any) -> dict[str, int]:
    """8 promoters, 9 passives, 22 detractors (NPS -35.9 ± 24.2): the first 20 answers (8
    promoters, 9 passives, 3 detractors) from Shop in January, the other 19 (detractors all)
    from App in February, each tagged Delivery.
    Three star ratings and an unscored item with a formula for text."""
    shop, app = add_source(catalogue, "Shop"), add_source(catalogue, "App")
    delivery = add_need(catalogue, "Delivery")
    for index, score in enumerate(hand_case()):
        first = index < 20
        add_item(catalogue, score=score, source_id=shop if first else app,
                 received_on="2025-01-15" if first else "2025-02-15",
                 needs=[delivery] if not first and score <= 6 else [])
    for stars in (5.0, 4.0, 1.0):
        add_item(catalogue, rating=stars, rating_scale=5, source_id=shop,
                 received_on="2025-01-20")
    add_item(catalogue, text=FORMULA, source_id=app)
    return {"shop": shop, "app": app, "delivery": delivery}


def rows_of(sheet: Any) -> list[list[Any]]:
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def summary(sheet: Any) -> dict[str, list[Any]]:
    """{label in column A: the cells after it}"""
    return {r[0]: r[1:] for r in rows_of(sheet) if r and isinstance(r[0], str)}


def notes(sheet: Any) -> list[str]:
    return [r[1] for r in rows_of(sheet) if r and r[0] == "Note"]


def test_sheets_and_hand_checked_figures(catalogue: Any, hand: dict[str, int],
                                         tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    assert report_workbook.write_report(catalogue, out) == out
    book = load_workbook(out)
    assert book.sheetnames == list(report_workbook.SHEETS)
    top = summary(book["Summary"])
    assert top["Catalogue"][0] == "shop.advocacy"
    assert top["Filter"][0] == "all feedback"
    assert top["Items in the filter"][0] == 43
    assert top["Answers (n)"][0] == 39
    assert (top["Promoters"][0], top["Passives"][0], top["Detractors"][0]) == (8, 9, 22)
    assert top["Promoters"][1] == pytest.approx(8 / 39)
    assert round(top["NPS"][0], 1) == -35.9 and round(top["± (95%)"][0], 1) == 24.2
    low, high = top["Interval (95%)"][:2]
    assert low < -35.9 < high and high - low == pytest.approx(2 * top["± (95%)"][0])
    assert book["Summary"]["B12"].number_format == "0.0"  # the NPS cell
    assert book["Summary"]["A12"].value == "NPS" and book["Summary"]["A1"].font.b
    method = " ".join(str(r[0]) for r in rows_of(book["Summary"]) if r and r[0])
    assert "adjusted-Wald" in method and "Denominator" in method

    by_source = rows_of(book["By source"])
    assert by_source[0][:6] == ["Source", "Answers (n)", "Promoters", "Passives",
                                "Detractors", "NPS"]
    assert [r[:5] for r in by_source[1:]] == [["App", 19, 0, 0, 19], ["Shop", 20, 8, 9, 3]]
    assert book["By source"].freeze_panes == "A2" and book["By source"]["A1"].font.b
    months = rows_of(book["By month"])
    assert [(r[0], r[1]) for r in months[1:]] == [("2025-01", 20), ("2025-02", 19)]

    needs = rows_of(book["By need"])
    header = needs[0]
    delivery = dict(zip(header, needs[1], strict=True))
    assert delivery["Need"] == "Delivery" and delivery["Detractors"] == 19
    assert delivery["Share of detractors"] == pytest.approx(19 / 22)
    assert delivery["NPS gain"] == pytest.approx(100 * 19 / 39)
    assert delivery["Gain low (95%)"] < delivery["NPS gain"] < delivery["Gain high (95%)"]
    assert delivery["Fewer than 30"] == "yes"

    ratings = rows_of(book["Ratings"])
    assert ratings[0][:4] == ["Source", "Scale", "Ratings (n)", "Mean"]
    assert ratings[1][:4] == ["Shop", 5, 3, pytest.approx(10 / 3)]
    assert dict(zip(ratings[0][4:], ratings[1][4:], strict=True)) == {
        "1 stars": 1, "4 stars": 1, "5 stars": 1}

    items = book["Items"]
    assert items.max_row == 44 and items["A1"].value == "ID"
    texts = [c for c in items["H"] if c.value and "HYPERLINK" in str(c.value)]
    assert len(texts) == 1 and texts[0].data_type == "s" and texts[0].value == "'" + FORMULA

    assert len(book["Charts"]._images) == 3
    with zipfile.ZipFile(out) as archive:
        media = [n for n in archive.namelist() if n.startswith("xl/media/")]
        assert len(media) == 3
        assert all(archive.read(n).startswith(b"\x89PNG") for n in media)


def test_filter_described_and_applied(catalogue: Any, hand: dict[str, int],
                                      tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    flt = FeedbackFilter(sources=(hand["shop"],), needs=(), date_from=date(2025, 1, 1),
                         date_to=date(2025, 1, 31))
    report_workbook.write_report(catalogue, out, flt)
    top = summary(load_workbook(out)["Summary"])
    assert top["Filter"][0] == "sources: Shop; received 2025-01-01 to 2025-01-31"
    assert top["Answers (n)"][0] == 20 and top["Items in the filter"][0] == 23
    assert round(top["NPS"][0], 1) == 25.0
    assert any("Fewer than 30" in note for note in notes(load_workbook(out)["Summary"]))
    only_need = FeedbackFilter(needs=(hand["delivery"],))
    assert report_workbook.describe_filter(catalogue, only_need) == "needs (and below): Delivery"


def test_items_capped_with_a_note(catalogue: Any, hand: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    steps: list[tuple[int, int]] = []
    report_workbook.write_report(catalogue, out, items_cap=10,
                                 progress=lambda d, t: steps.append((d, t)))
    book = load_workbook(out)
    assert book["Items"].max_row == 11
    assert any("first 10 of 43 items" in note for note in notes(book["Summary"]))
    assert steps[-1][0] == steps[-1][1] == 15
    assert [d for d, _t in steps] == sorted(d for d, _t in steps)


def test_empty_catalogue_report(catalogue: Any, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    report_workbook.write_report(catalogue, out)
    top = summary(load_workbook(out)["Summary"])
    assert top["Answers (n)"][0] == 0 and top["NPS"][0] is None
    assert any("no NPS" in note for note in notes(load_workbook(out)["Summary"]))


def test_cancel_and_failure_leave_previous_file(catalogue: Any, hand: dict[str, int],
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl.worksheet import _writer

    out = tmp_path / "out" / "report.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"last week's report")
    temp_files = list(_writer.ALL_TEMP_FILES)
    with pytest.raises(InterruptedError):
        report_workbook.write_report(catalogue, out, cancelled=lambda: True)

    def broken(*_args: Any) -> Any:
        raise RuntimeError("chart failed")

    monkeypatch.setattr(report_workbook, "_charts_sheet", broken)
    with pytest.raises(RuntimeError, match="chart failed"):
        report_workbook.write_report(catalogue, out)
    assert out.read_bytes() == b"last week's report"
    assert [p.name for p in out.parent.iterdir()] == [out.name]
    assert _writer.ALL_TEMP_FILES == temp_files  # no sheet left behind in the temp folder
    with pytest.raises(ValueError, match="xlsx"):
        report_workbook.write_report(catalogue, tmp_path / "out" / "report.csv")
