"""Revision 0013 keeps a rejected row's reason as a message beside its English: new imports
store it, rows of an older catalogue keep showing their English, and down and up again keeps
every row."""

from __future__ import annotations

import csv
from pathlib import Path

from alembic import command
from sqlalchemy import text

from advocacy_desktop.db import migrate
from advocacy_desktop.db.catalogue import open_catalogue, sqlite_engine
from advocacy_desktop.domain.messages import Message
from advocacy_desktop.services import import_service

BEFORE = "0012_pg_search_columns"
REASON = "'ten' is not a number: write it in digits (10)"


def bad_score_file(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["Date", "How likely are you to recommend us?", "Comment"])
        out.writerow(["2025-03-01", "9", "Quick delivery"])
        out.writerow(["2025-03-02", "ten", "Fine"])
    return path


def columns(connection) -> list[str]:
    return [r[1] for r in connection.execute(text("PRAGMA table_info(rejected_row)"))]


def test_new_rejects_keep_their_message_and_old_ones_their_english(
    catalogue_path: Path, tmp_path: Path
) -> None:
    with open_catalogue(catalogue_path) as catalogue:
        result = import_service.run_import(catalogue, bad_score_file(tmp_path / "r.csv"))
        assert result.rejected == 1
        [problem] = import_service.rejected_rows(catalogue, result.batch_id)
    assert isinstance(problem.reason, Message) and problem.reason == REASON
    assert (problem.reason.context, problem.reason.params) == (
        "ImportValues", {"text": "ten", "digits": 10})

    engine = sqlite_engine(catalogue_path)
    with engine.connect() as connection:
        with connection.begin():
            stored = connection.execute(text(
                "SELECT reason, reason_message FROM rejected_row")).one()
            assert stored[0] == REASON and '"digits":10' in stored[1]
            command.downgrade(migrate.alembic_config(connection), BEFORE)
            assert "reason_message" not in columns(connection)
            assert connection.execute(text("SELECT reason FROM rejected_row")).scalars().all() == [
                REASON]
    engine.dispose()

    with open_catalogue(catalogue_path) as catalogue:  # upgraded again, after a backup
        [old] = import_service.rejected_rows(catalogue, result.batch_id)
        with catalogue.read() as session:
            assert session.execute(text("SELECT reason_message FROM rejected_row")).scalar() is None
    assert old.reason == REASON and not isinstance(old.reason, Message)
    assert list(tmp_path.glob(f"shop.before-upgrade-{BEFORE}-*.advocacy"))


def test_a_message_this_version_cannot_read_falls_back_to_the_english(
    catalogue: object, tmp_path: Path
) -> None:
    result = import_service.run_import(catalogue, bad_score_file(tmp_path / "r.csv"))
    with catalogue.write() as session:
        session.execute(text("UPDATE rejected_row SET reason_message = :m"),
                        {"m": '{"context": "ImportValues", "template": "{gone}", "params": {}}'})
    [problem] = import_service.rejected_rows(catalogue, result.batch_id)
    assert problem.reason == REASON and not isinstance(problem.reason, Message)
