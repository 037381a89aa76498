from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_desktop.services.safe_files import atomic_output, neutralise_cell


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
        ("+1 555", "'+1 555"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tleading tab", "'\tleading tab"),
        ("\rcr", "'\rcr"),
        ("\nlf", "'\nlf"),
        ("plain text", "plain text"),
        ("bell\x07 and nul\x00 removed", "bell and nul removed"),
        ("line one\nline two", "line one\nline two"),
        ("고객서비스", "고객서비스"),
    ],
)
def test_neutralise_cell(raw: str, safe: str) -> None:
    assert neutralise_cell(raw) == safe


def test_non_text_passes_through() -> None:
    assert neutralise_cell(-5) == -5
    assert neutralise_cell(None) is None


def test_atomic_output_replaces_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_text("old report")
    with pytest.raises(OSError), atomic_output(target) as tmp:
        tmp.write_text("half")
        raise OSError(28, "No space left on device")
    assert target.read_text() == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]
    with atomic_output(target) as tmp:
        tmp.write_text("new report")
    assert target.read_text() == "new report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]
