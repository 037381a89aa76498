"""`advocacy assign|status|queue|actions` from a terminal, against a real catalogue."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from advocacy_desktop.cli import main

CSV = "NPS,Comment,Needs,Date\n2,Viel zu teuer,Price,{old}\n5,langsam,,{today}\n9,super,,{today}\n"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop(catalogue_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "f.csv"
    today = date.today()
    path.write_text(CSV.format(old=(today - timedelta(days=30)).isoformat(),
                               today=today.isoformat()), encoding="utf-8")
    assert run(capsys, "import", catalogue_path, path)[0] == 0
    conn = sqlite3.connect(catalogue_path)
    conn.execute("INSERT INTO person (uuid, name, email, active)"
                 " VALUES ('pa', 'Ada', 'ada@example.com', 1), ('pb', 'Bob', NULL, 1)")
    conn.commit()
    conn.close()
    return catalogue_path


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_assign_by_need_and_ids_without_overwrite(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "assign", shop, "--to", "ADA@example.com", "--need", "price")
    assert code == 0 and "Assigned 1 of 1 item(s) to Ada" in out
    code, out, _ = run(capsys, "assign", shop, "--to", "Bob", "--ids", 1, 2)
    assert code == 0 and "1 kept their owner" in out
    assert rows(shop, "SELECT assignee_id FROM feedback ORDER BY id") == [(1,), (2,), (None,)]
    assert run(capsys, "assign", shop, "--to", "Bob", "--ids", 1, "--overwrite")[0] == 0
    assert rows(shop, "SELECT assignee_id FROM feedback WHERE id = 1") == [(2,)]
    code, _, err = run(capsys, "assign", shop, "--to", "Eve", "--ids", 1)
    assert code == 2 and 'no person is called "Eve"' in err
    assert run(capsys, "assign", shop, "--to", "Bob")[0] == 2


def test_status_moves_and_refuses_illegal_ones(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "status", shop, "--ids", 1, 2, "--to", "triaged")[0] == 0
    code, _, err = run(capsys, "status", shop, "--ids", 1, "--to", "closed")
    assert code == 1 and "Item 1 is triaged: it cannot move to closed" in err
    assert rows(shop, "SELECT status FROM feedback ORDER BY id") == [
        ("triaged",), ("triaged",), ("new",)]
    assert run(capsys, "status", shop, "--ids", 1, "--to", "done")[0] == 2


def test_queue_lists_overdue_detractors_and_actions_export(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "queue", shop, "--json")
    assert code == 0
    items = json.loads(out)
    assert [(q["id"], q["overdue"]) for q in items] == [(1, True), (2, False)]
    code, out, _ = run(capsys, "queue", shop, "--overdue")
    assert code == 0 and "OVERDUE" in out and "langsam" not in out
    run(capsys, "assign", shop, "--to", "Ada", "--ids", 2)
    code, out, _ = run(capsys, "queue", shop, "--person", "Ada", "--json")
    assert [q["id"] for q in json.loads(out)] == [2]
    out_file = tmp_path / "actions.xlsx"
    code, out, _ = run(capsys, "actions", shop, out_file)
    assert code == 0 and "Wrote 3 open item(s)" in out
    sheet = load_workbook(out_file).active
    assert [c.value for c in sheet[2]][:4:2] == [1, 2]
    assert sheet.cell(2, 2).value.date() == date.today() - timedelta(days=30)
    assert sheet.cell(2, 4).value == "new" and sheet.cell(2, 7).value == "yes"
    assert sheet.cell(3, 5).value == "Ada"
