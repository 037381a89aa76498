"""`advocacy chart` from a terminal, over a catalogue filled by `advocacy import`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli_nps import imported, run, tagged  # noqa: F401  (fixtures)

MAGIC = {"png": b"\x89PNG", "svg": b"<?xml", "pdf": b"%PDF-"}


@pytest.mark.parametrize(("kind", "ext"), [("trend", "png"), ("distribution", "svg"),
                                           ("by-source", "pdf"), ("by-need", "png")])
def test_chart_kinds(imported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],  # noqa: F811
                     kind: str, ext: str) -> None:
    out = tmp_path / f"c.{ext}"
    code, stdout, _err = run(capsys, "chart", imported, out, "--kind", kind)
    assert code == 0 and str(out) in stdout
    assert out.read_bytes().startswith(MAGIC[ext])


def test_filters_reach_the_chart(imported: Path, tmp_path: Path,  # noqa: F811
                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "c.svg"
    code, _out, _err = run(capsys, "chart", imported, out, "--kind", "by-source",
                           "--source", "Google", "--since", "2025-02-01")
    assert code == 0
    assert "n = 2, NPS" in out.read_text(encoding="utf-8")


def test_usage_errors(imported: Path, tmp_path: Path,  # noqa: F811
                      capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "chart", imported, tmp_path / "c.jpg")
    assert code == 2 and ".png" in err
    code, _out, err = run(capsys, "chart", imported, tmp_path / "c.png", "--source", "Nope")
    assert code == 2 and "Nope" in err
    code, _out, _err = run(capsys, "chart", imported, tmp_path / "c.png", "--kind", "pie")
    assert code == 2
    assert list(tmp_path.glob("c.*")) == []


def test_missing_catalogue_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "chart", tmp_path / "none.advocacy", tmp_path / "c.png")
    assert code == 1 and err


def test_need_filter_reaches_the_chart(tagged: Path, tmp_path: Path,  # noqa: F811
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "c.svg"
    code, _out, _err = run(capsys, "chart", tagged, out, "--kind", "distribution",
                           "--need", "Price")
    assert code == 0
    assert "n = 2, NPS" in out.read_text(encoding="utf-8")
    code, _out, err = run(capsys, "chart", tagged, tmp_path / "d.png", "--need", "Nothing")
    assert code == 2 and "Nothing" in err and not (tmp_path / "d.png").exists()
