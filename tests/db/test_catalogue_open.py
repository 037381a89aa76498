"""Opening catalogue files: what is refused, and that a refusal leaves the file untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from advocacy_desktop.db.catalogue import APPLICATION_ID, open_catalogue
from advocacy_desktop.db.errors import (
    CatalogueCorrupt,
    CatalogueExists,
    CatalogueNotFound,
    CatalogueTooNew,
    NotACatalogue,
)
from advocacy_desktop.services import catalogue_service


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill(path: Path, rows: int = 3000) -> None:
    """Write enough feedback to span many pages."""
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO feedback (uuid, score, text, status, version) VALUES (?, ?, ?, 'new', 1)",
        [(f"u{i}", i % 11, f"feedback number {i} " * 8) for i in range(rows)],
    )
    conn.commit()
    conn.close()


def test_created_catalogue_is_stamped_and_configured(catalogue) -> None:
    with catalogue.read() as session:
        assert session.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    existing = tmp_path / "notes.advocacy"
    existing.write_text("precious")
    with pytest.raises(CatalogueExists):
        catalogue_service.create(existing)
    assert existing.read_text() == "precious"


def test_opening_a_missing_path_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo.advocacy"
    with pytest.raises(CatalogueNotFound) as raised:
        catalogue_service.open_existing(missing)
    assert str(missing) in str(raised.value)
    assert not missing.exists()
    assert list(tmp_path.iterdir()) == []


def test_zero_byte_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.advocacy"
    empty.touch()
    with pytest.raises(NotACatalogue, match="empty"):
        catalogue_service.open_existing(empty)
    assert empty.stat().st_size == 0


def test_text_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "export.advocacy"
    other.write_text("date,score\n2024-01-01,9\n")
    before = digest(other)
    with pytest.raises(NotACatalogue, match="not a SQLite database"):
        catalogue_service.open_existing(other)
    assert digest(other) == before


def test_sqlite_file_of_another_application_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "firefox-places.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = digest(foreign)
    with pytest.raises(NotACatalogue, match="not made by Advocacy Desktop"):
        catalogue_service.open_existing(foreign)
    assert digest(foreign) == before


def test_bad_header_is_reported_as_damage(catalogue_path: Path) -> None:
    data = bytearray(catalogue_path.read_bytes())
    data[16:18] = (3).to_bytes(2, "big")  # page size 3: impossible
    catalogue_path.write_bytes(bytes(data))
    before = digest(catalogue_path)
    with pytest.raises(CatalogueCorrupt):
        catalogue_service.open_existing(catalogue_path)
    assert digest(catalogue_path) == before


def test_damaged_page_is_detected_on_open(catalogue_path: Path) -> None:
    fill(catalogue_path)
    data = bytearray(catalogue_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    middle_page = (len(data) // page_size) // 2
    start = middle_page * page_size
    data[start : start + page_size] = b"\xa5" * page_size
    catalogue_path.write_bytes(bytes(data))
    before = digest(catalogue_path)
    with pytest.raises(CatalogueCorrupt, match="damaged"):
        catalogue_service.open_existing(catalogue_path)
    assert digest(catalogue_path) == before
    report = catalogue_service.check(catalogue_path)
    assert not report.ok


def test_truncated_file_is_detected(catalogue_path: Path) -> None:
    fill(catalogue_path)
    data = catalogue_path.read_bytes()
    catalogue_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CatalogueCorrupt):
        catalogue_service.open_existing(catalogue_path)


def test_catalogue_from_a_newer_version_is_refused(catalogue_path: Path) -> None:
    conn = sqlite3.connect(catalogue_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = digest(catalogue_path)
    with pytest.raises(CatalogueTooNew, match="newer version"):
        catalogue_service.open_existing(catalogue_path)
    assert digest(catalogue_path) == before


def test_foreign_keys_are_enforced(catalogue) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), catalogue.write() as session:
        session.execute(
            text("INSERT INTO feedback (uuid, source_id, status, version) "
                 "VALUES ('x', 999, 'new', 1)")
        )


def test_read_only_open_refuses_writes(catalogue_path: Path) -> None:
    from advocacy_desktop.db.errors import CatalogueError

    with open_catalogue(catalogue_path, read_only=True) as catalogue:
        assert catalogue.read_only
        with pytest.raises(CatalogueError, match="read-only"), catalogue.write():
            pass
