"""Big files are read and checked in a worker process: same result, same errors, Cancel."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.domain.messages import message_of
from advocacy_desktop.services import catalogue_service
from advocacy_desktop.services import import_service as svc

HEADERS = ["Ticket", "Date", "NPS", "Comment", "Source", "Email", "Needs", "Memo"]


def write_rows(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        for i in range(count):
            score: Any = i % 11 if i % 97 else "ten"  # every 97th row is rejected
            # the last six rows repeat the first six ids (same source): T0 was rejected
            writer.writerow(
                [f"T{i % (count - 6)}", f"2025-0{1 + i % 9}-1{i % 10}", score, f"Text {i}",
                 ["Google", "Trustpilot"][i % 2], f"u{i % 50}@example.com",
                 "Price, Delivery" if i % 3 == 0 else "", f"memo {i}"]
            )
    return path


def contents(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    with catalogue_service.open_existing(path) as catalogue, catalogue.read() as session:
        items = session.execute(text(
            "SELECT f.external_id, f.received_on, f.score, f.text, s.name, c.email, f.extra,"
            " (SELECT group_concat(n.name) FROM feedback_need fn JOIN need n ON"
            " n.id = fn.need_id WHERE fn.feedback_id = f.id) FROM feedback f"
            " LEFT JOIN source s ON s.id = f.source_id LEFT JOIN customer c ON"
            " c.id = f.customer_id ORDER BY f.id"
        )).all()
        rejected = session.execute(text(
            "SELECT row_number, \"column\", value, reason, reason_message FROM rejected_row"
            " ORDER BY id"
        )).all()
    return [tuple(r) for r in items], [tuple(r) for r in rejected]


def test_the_worker_imports_exactly_what_this_process_does(tmp_path: Path) -> None:
    data = write_rows(tmp_path / "tickets.csv", 3_000)
    results = {}
    for parallel in (False, True):
        path = tmp_path / f"{parallel}.advocacy"
        with catalogue_service.create(path) as catalogue:
            results[parallel] = svc.run_import(catalogue, data, parallel=parallel).as_dict()
    assert results[True] == results[False]
    assert results[True]["rejected"] == 31 and results[True]["duplicates"] == 5
    local = contents(tmp_path / "False.advocacy")
    worker = contents(tmp_path / "True.advocacy")
    assert worker == local
    assert len(worker[0]) == 3_000 - 31 - 5
    assert all('"template"' in row[4] for row in worker[1])  # the reasons crossed as messages


def test_errors_in_the_worker_reach_the_caller_with_file_and_row(
    catalogue: Any, tmp_path: Path
) -> None:
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"NPS,Comment\n9,fine\n3,bro\x00ken\n")
    with pytest.raises(svc.ImportFileError) as err:
        svc.run_import(catalogue, nul, parallel=True)
    assert err.value.row == 3 and "nul.csv" in str(err.value)
    assert message_of(err.value).params["row"] == 3  # still a message for the GUI

    ansi = tmp_path / "ansi.csv"
    ansi.write_bytes("NPS;Kommentar\n9;gr\u00fc\u00dfe\n".encode("cp1252"))
    with pytest.raises(svc.EncodingNotConfirmed) as guessed:
        svc.run_import(catalogue, ansi, parallel=True)
    assert guessed.value.encoding == "cp1252"
    assert svc.list_batches(catalogue) == []


def test_cancel_with_a_worker_writes_nothing(catalogue: Any, tmp_path: Path) -> None:
    data = write_rows(tmp_path / "big.csv", 30_000)
    seen: list[int] = []
    with pytest.raises(svc.ImportCancelled):
        svc.run_import(
            catalogue, data, parallel=True,
            progress=lambda done, _total: seen.append(done),
            should_cancel=lambda: len(seen) >= 2,
        )
    assert seen[:2] == [5_000, 10_000]
    assert svc.list_batches(catalogue) == []
    assert catalogue_service.count_rows(catalogue).feedback == 0
