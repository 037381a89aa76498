"""Backups, restores, and the catalogue file staying self-contained."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from advocacy_desktop.db.catalogue import open_catalogue
from advocacy_desktop.db.errors import CatalogueExists, NotACatalogue
from advocacy_desktop.db.models import Feedback, Person, Source
from advocacy_desktop.services import catalogue_service


def add_sample(catalogue) -> None:
    with catalogue.write() as session:
        source = Source(name="Local newspaper", kind="other")
        session.add(source)
        session.flush()
        session.add_all(
            [
                Feedback(source_id=source.id, score=9, text="Schnelle Lieferung, danke!",
                         extra={"Görüş": "çok iyi", "평점": 5}),
                Feedback(source_id=source.id, score=3, text="고객서비스도 별로"),
            ]
        )
        session.add(Person(name="Ayşe Yılmaz", email="ayse@example.com"))


def snapshot(catalogue) -> list[tuple]:
    with catalogue.read() as session:
        return [
            (f.score, f.text, f.extra)
            for f in session.scalars(select(Feedback).order_by(Feedback.id))
        ]


def test_backup_of_an_open_catalogue_holds_uncheckpointed_writes(catalogue, tmp_path) -> None:
    add_sample(catalogue)  # sits in the WAL: a raw file copy would miss it
    out = catalogue_service.backup(catalogue.path, tmp_path / "backup.advocacy")
    assert catalogue_service.check(out).ok
    with open_catalogue(out, read_only=True) as copy:
        assert snapshot(copy) == snapshot(catalogue)


def test_backup_into_a_folder_gets_a_dated_name(catalogue, tmp_path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    out = catalogue_service.backup(catalogue.path, folder)
    assert out.parent == folder and out.name.startswith("shop-backup-")


def test_backup_refuses_to_overwrite_the_catalogue_itself(catalogue) -> None:
    with pytest.raises(Exception, match="cannot overwrite"):
        catalogue_service.backup(catalogue.path, catalogue.path)


def test_backup_and_restore_round_trip(catalogue, tmp_path) -> None:
    add_sample(catalogue)
    expected = snapshot(catalogue)
    out = catalogue_service.backup(catalogue.path, tmp_path / "b.advocacy")
    restored = catalogue_service.restore(out, tmp_path / "restored.advocacy")
    with open_catalogue(restored) as copy:
        assert snapshot(copy) == expected


def test_restore_keeps_the_catalogue_it_replaces(catalogue, tmp_path) -> None:
    out = catalogue_service.backup(catalogue.path, tmp_path / "empty-backup.advocacy")
    add_sample(catalogue)
    catalogue.close()
    with pytest.raises(CatalogueExists):
        catalogue_service.restore(out, catalogue.path)
    catalogue_service.restore(out, catalogue.path, overwrite=True)
    kept = list(tmp_path.glob("shop.replaced-*.advocacy"))
    assert len(kept) == 1
    with open_catalogue(kept[0], read_only=True) as old:
        assert len(snapshot(old)) == 2
    with open_catalogue(catalogue.path, read_only=True) as now:
        assert snapshot(now) == []


def test_restore_refuses_a_file_that_is_no_catalogue(tmp_path) -> None:
    junk = tmp_path / "junk.advocacy"
    junk.write_bytes(b"PK\x03\x04 not a catalogue")
    with pytest.raises(NotACatalogue):
        catalogue_service.restore(junk, tmp_path / "target.advocacy")
    assert not (tmp_path / "target.advocacy").exists()


def test_file_alone_is_self_contained_after_close(catalogue_path, tmp_path) -> None:
    catalogue = open_catalogue(catalogue_path)
    add_sample(catalogue)
    expected = snapshot(catalogue)
    catalogue.close()
    assert not Path(f"{catalogue_path}-wal").exists()
    assert not Path(f"{catalogue_path}-shm").exists()
    elsewhere = tmp_path / "usb-stick"
    elsewhere.mkdir()
    shutil.copy(catalogue_path, elsewhere / "shop.advocacy")  # only the one file
    with open_catalogue(elsewhere / "shop.advocacy") as copy:
        assert snapshot(copy) == expected


def test_read_then_write_waits_for_another_writer_instead_of_failing(catalogue) -> None:
    """A deferred transaction that reads, then writes after another commit, gets
    SQLITE_BUSY at once; write sessions start with BEGIN IMMEDIATE and wait instead."""
    holding = threading.Event()
    errors: list[BaseException] = []

    def long_writer() -> None:
        try:
            with catalogue.write() as session:
                session.add(Person(name="first"))
                session.flush()
                holding.set()
                time.sleep(0.4)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=long_writer)
    thread.start()
    assert holding.wait(5)
    with catalogue.write() as session:
        count = session.scalar(select(func.count()).select_from(Person))
        session.add(Person(name=f"second after {count}"))
    thread.join()
    assert errors == []
    with catalogue.read() as session:
        names = session.scalars(select(Person.name).order_by(Person.id)).all()
    assert names == ["first", "second after 1"]


def test_failed_write_leaves_nothing_behind(catalogue) -> None:
    with pytest.raises(RuntimeError), catalogue.write() as session:
        session.add(Person(name="half"))
        session.flush()
        raise RuntimeError("cancelled")
    with catalogue.read() as session:
        assert session.execute(text("SELECT count(*) FROM person")).scalar() == 0
