from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from advocacy_desktop.services.safe_files import atomic_output, current_umask, neutralise_cell


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


posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@posix_only
@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_new_file_gets_the_mode_open_would_give(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        assert current_umask() == umask
        with atomic_output(tmp_path / "export.csv") as tmp:
            tmp.write_text("a,b\n")
        with (tmp_path / "plain.csv").open("w") as fh:
            fh.write("a,b\n")
    finally:
        os.umask(old)
    assert os.umask(old) == old  # the umask was restored, not left at a probe value
    mode = stat.S_IMODE((tmp_path / "export.csv").stat().st_mode)
    assert mode == 0o666 & ~umask
    assert mode == stat.S_IMODE((tmp_path / "plain.csv").stat().st_mode)


@posix_only
@pytest.mark.parametrize("mode", [0o640, 0o604, 0o444])
def test_replaced_file_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "report.xlsx"
    target.write_text("old")
    target.chmod(mode)
    with atomic_output(target) as tmp:
        tmp.write_text("new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == mode
