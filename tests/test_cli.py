"""The `advocacy` command: init, info, check, backup, restore and its exit codes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from advocacy_desktop.cli import main
from advocacy_desktop.db import migrate
from advocacy_desktop.services.sources_service import DEFAULT_SOURCES


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_help_lists_the_verbs(capsys) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for verb in ("init", "info", "check", "backup", "restore"):
        assert verb in out


def test_console_script_module_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "advocacy_desktop.cli", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert "usage: advocacy" in result.stdout


def test_usage_error_exits_2(capsys) -> None:
    code, _, err = run(capsys, "frobnicate")
    assert code == 2
    assert "invalid choice" in err


def test_init_then_info_json(capsys, tmp_path: Path) -> None:
    path = tmp_path / "new.advocacy"
    code, out, _ = run(capsys, "init", str(path))
    assert code == 0 and path.exists()
    code, out, _ = run(capsys, "info", str(path), "--json")
    assert code == 0
    info = json.loads(out)
    assert info["schema_revision"] == migrate.head_revision()
    assert info["counts"]["feedback"] == 0
    assert info["path"] == str(path.resolve())


def test_init_refuses_an_existing_file(capsys, tmp_path: Path) -> None:
    path = tmp_path / "exists.advocacy"
    path.write_text("keep me")
    code, _, err = run(capsys, "init", str(path))
    assert code == 1
    assert "exists already" in err
    assert path.read_text() == "keep me"


def test_info_counts_rows(capsys, catalogue_path: Path) -> None:
    # a new catalogue comes with the default sources (migration 0003) plus the one added here
    conn = sqlite3.connect(catalogue_path)
    conn.execute("INSERT INTO source (uuid, name, kind, collect) VALUES ('s', 'Yelp', 'x', 1)")
    conn.executemany(
        "INSERT INTO feedback (uuid, source_id, score, status, version)"
        " VALUES (?, (SELECT id FROM source WHERE name = 'Yelp'), 9, 'new', 1)",
        [(f"f{i}",) for i in range(7)],
    )
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "info", str(catalogue_path), "--json")
    counts = json.loads(out)["counts"]
    assert (counts["feedback"], counts["sources"]) == (7, len(DEFAULT_SOURCES) + 1)
    code, out, _ = run(capsys, "info", str(catalogue_path))
    assert code == 0 and "Feedback:" in out and "7" in out


def test_info_on_a_missing_file_fails_and_creates_nothing(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "info", str(tmp_path / "nope.advocacy"))
    assert code == 1
    assert "no such file" in err
    assert list(tmp_path.iterdir()) == []


def test_check_ok_and_damaged(capsys, catalogue_path: Path) -> None:
    code, out, _ = run(capsys, "check", str(catalogue_path))
    assert code == 0 and out.strip().endswith(": ok")
    data = bytearray(catalogue_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[2 * page_size : 3 * page_size] = b"\x00\xff" * (page_size // 2)
    catalogue_path.write_bytes(bytes(data))
    code, out, _err = run(capsys, "check", str(catalogue_path), "--json")
    assert code == 1
    report = json.loads(out)
    assert report["ok"] is False and report["problems"]


def test_check_finds_wrong_dashboard_counts_and_repairs_them(capsys, catalogue_path: Path) -> None:
    conn = sqlite3.connect(catalogue_path)
    conn.execute("INSERT INTO feedback (uuid, score, received_on, status)"
                 " VALUES ('a', 9, '2025-01-02', 'new')")
    conn.execute("UPDATE summary_nps_day SET n = 5")  # a count that no longer matches
    conn.commit()
    conn.close()
    code, _out, err = run(capsys, "check", str(catalogue_path))
    assert code == 1 and "summary_nps_day" in err and "--repair-summaries" in err
    code, out, _err = run(capsys, "check", str(catalogue_path), "--repair-summaries")
    assert code == 0 and out.strip().endswith(": ok")
    conn = sqlite3.connect(catalogue_path)
    assert conn.execute("SELECT day, score, n FROM summary_nps_day").fetchall() == [
        ("2025-01-02", 9, 1)]
    conn.close()


def test_check_refuses_a_non_catalogue(capsys, tmp_path: Path) -> None:
    other = tmp_path / "data.csv"
    other.write_text("a,b\n1,2\n")
    code, _, err = run(capsys, "check", str(other))
    assert code == 1
    assert "not a catalogue" in err


def test_backup_then_restore(capsys, catalogue_path: Path, tmp_path: Path) -> None:
    out_path = tmp_path / "copy.advocacy"
    code, _out, _ = run(capsys, "backup", str(catalogue_path), str(out_path))
    assert code == 0 and out_path.exists()
    assert run(capsys, "check", str(out_path))[0] == 0
    target = tmp_path / "restored.advocacy"
    code, _, _ = run(capsys, "restore", str(out_path), str(target))
    assert code == 0
    assert run(capsys, "info", str(target), "--json")[0] == 0
    code, _, err = run(capsys, "restore", str(out_path), str(target))
    assert code == 1 and "exists already" in err
