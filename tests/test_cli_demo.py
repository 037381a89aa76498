"""`advocacy demo`: builds a checked demo, prints JSON, refuses an existing file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advocacy_desktop import cli
from advocacy_desktop.services import catalogue_service


def test_demo_builds_a_catalogue_that_passes_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.advocacy"
    code = cli.main(["demo", str(path), "--items", "120", "--seed", "3", "--json",
                     "--today", "2026-03-31"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["items"] == 120 and summary["seed"] == 3
    assert summary["last_day"] == "2026-03-31"
    assert summary["first_day"] >= "2025-04-01"
    assert set(summary["languages"]) == {"en", "de", "it", "id", "tr", "ko"}
    assert cli.main(["check", str(path)]) == 0
    assert "ok" in capsys.readouterr().out
    with catalogue_service.open_existing(path, read_only=True) as catalogue:
        assert catalogue_service.count_rows(catalogue).feedback == 120


def test_demo_prints_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["demo", str(tmp_path / "d.advocacy"), "--items", "60"]) == 0
    out = capsys.readouterr().out
    assert "Created demo catalogue" in out and "advocates" in out


def test_demo_refuses_an_existing_file_and_bad_sizes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.advocacy"
    path.write_text("keep me")
    assert cli.main(["demo", str(path), "--items", "60"]) == 1
    assert "exists already" in capsys.readouterr().err
    assert path.read_text() == "keep me"
    assert cli.main(["demo", str(tmp_path / "x.advocacy"), "--items", "5"]) == 2
    assert not (tmp_path / "x.advocacy").exists()
