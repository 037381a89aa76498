"""Team catalogues on a real PostgreSQL server: the same revisions, our identity, no lost
updates under REPEATABLE READ, and PostgreSQL's own search indexes."""

from __future__ import annotations

import threading

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from advocacy_desktop.db import migrate
from advocacy_desktop.db.errors import (
    CatalogueError,
    CatalogueNeedsUpgrade,
    CatalogueTooNew,
    NotACatalogue,
)
from advocacy_desktop.db.models import Base
from advocacy_desktop.db.team import (
    TeamCatalogue,
    is_retryable,
    is_team_url,
    masked,
    open_team_catalogue,
    with_retry,
)

pytest.importorskip("psycopg", reason="the 'team' extra (psycopg) is not installed")


def _tables(connection) -> list[str]:
    return sorted(connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        " AND tablename != 'alembic_version'")).scalars())


def test_empty_to_head_matches_the_models(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        migrate.upgrade(connection)
        assert migrate.current_revision(connection) == migrate.head_revision()
        context = MigrationContext.configure(
            connection, opts={"include_name": migrate.include_name, "compare_type": True})
        diffs = compare_metadata(context, Base.metadata)
        summary = _tables(connection)
    engine.dispose()
    assert diffs == []
    assert {"feedback", "need", "catalogue_setting", "summary_nps_day"} <= set(summary)


def test_downgrade_to_base_and_up_again(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        migrate.upgrade(connection)
        with connection.begin():
            command.downgrade(migrate.alembic_config(connection), "base")
        with connection.begin():
            assert _tables(connection) == []
            functions = connection.execute(text(
                "SELECT count(*) FROM pg_proc WHERE proname = 'advocacy_search_text'")).scalar()
            assert functions == 0
        migrate.upgrade(connection)
        assert migrate.current_revision(connection) == migrate.head_revision()
    engine.dispose()


def test_default_sources_and_roles_are_seeded(pg_url: str) -> None:
    with open_team_catalogue(pg_url, create=True) as catalogue, catalogue.read() as session:
        sources = dict(session.execute(text("SELECT name, collect FROM source")).all())
        roles = session.execute(text(
            "SELECT name, maturity_level FROM role ORDER BY maturity_level NULLS LAST, name"
        )).all()
        settings = dict(session.execute(text("SELECT key, value FROM catalogue_setting")).all())
    assert len(sources) == 11 and sources["Amazon"] is True and sources["Survey"] is True
    assert roles[0] == ("Customer advocate", 1) and roles[3] == ("Executive sponsor", 4)
    assert len(roles) == 6
    assert settings["care_days"] == "90" and len(settings["pseudonym_secret"]) == 64


def test_a_foreign_or_empty_database_is_never_adopted(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE orders (id integer PRIMARY KEY)"))
    with pytest.raises(NotACatalogue, match="did not make"):
        open_team_catalogue(pg_url, create=True)
    with engine.connect() as connection:
        assert _tables(connection) == ["orders"]
        assert migrate.current_revision(connection) is None  # no alembic_version made
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE orders"))
        # another application's Alembic table, without our mark
        connection.execute(text("CREATE TABLE alembic_version (version_num varchar(32))"))
        connection.execute(text("INSERT INTO alembic_version VALUES ('0001_core')"))
    with pytest.raises(NotACatalogue):
        open_team_catalogue(pg_url, create=True)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    with pytest.raises(NotACatalogue, match="empty"):
        open_team_catalogue(pg_url)  # empty, and not asked to create
    open_team_catalogue(pg_url, create=True).close()
    with open_team_catalogue(pg_url) as catalogue, catalogue.read() as session:
        assert session.execute(text("SELECT count(*) FROM source")).scalar() == 11


def test_an_older_schema_is_upgraded_only_when_asked(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        migrate.upgrade(connection, "0007_contacted")
        with connection.begin():
            connection.execute(text("INSERT INTO person (uuid, name, active) VALUES "
                                    "('p1', 'Ada', true)"))
    engine.dispose()
    with pytest.raises(CatalogueNeedsUpgrade, match="0007_contacted"):
        open_team_catalogue(pg_url)
    with pytest.raises(CatalogueNeedsUpgrade):
        open_team_catalogue(pg_url, read_only=True, upgrade=True)
    with open_team_catalogue(pg_url, upgrade=True) as catalogue, catalogue.read() as session:
        assert session.execute(text("SELECT name FROM person")).scalars().all() == ["Ada"]
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert revision == migrate.head_revision()


def test_a_newer_schema_is_refused(pg_url: str) -> None:
    open_team_catalogue(pg_url, create=True).close()
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    with pytest.raises(CatalogueTooNew, match="0099_future"):
        open_team_catalogue(pg_url, upgrade=True)


def test_read_only_and_the_masked_address(pg_url: str) -> None:
    open_team_catalogue(pg_url, create=True).close()
    secret = pg_url.replace("advocacy@", "advocacy:s3cret@")
    assert "s3cret" not in masked(secret) and "***" in masked(secret)
    assert is_team_url(pg_url) and not is_team_url("/home/ada/shop.advocacy")
    with TeamCatalogue(pg_url, read_only=True) as catalogue:
        assert "s3cret" not in str(TeamCatalogue(secret, read_only=True))
        with pytest.raises(CatalogueError, match="read-only"), catalogue.write():
            pass
        with catalogue.read() as session, pytest.raises(DBAPIError, match="read-only"):
            session.execute(text("INSERT INTO person (uuid, name, active) "
                                 "VALUES ('p9', 'Eve', true)"))


def _add_item(catalogue: TeamCatalogue, notes: str) -> int:
    with catalogue.write() as session:
        return session.execute(text(
            "INSERT INTO feedback (uuid, status, version, notes) VALUES "
            "('f1', 'new', 1, :notes) RETURNING id"), {"notes": notes}).scalar_one()


def test_concurrent_writers_conflict_and_the_retry_loses_nothing(pg_url: str) -> None:
    open_team_catalogue(pg_url, create=True).close()
    with TeamCatalogue(pg_url) as first, TeamCatalogue(pg_url) as second:
        item = _add_item(first, "start")
        seen: list[str] = []

        def append_a() -> None:
            with first.write() as session:
                notes = session.execute(text("SELECT notes FROM feedback WHERE id = :id"),
                                        {"id": item}).scalar_one()
                seen.append(notes)
                if len(seen) == 1:  # the other writer commits after our snapshot
                    with second.write() as other:
                        other.execute(text("UPDATE feedback SET notes = notes || ' B'"
                                           " WHERE id = :id"), {"id": item})
                session.execute(text("UPDATE feedback SET notes = :notes WHERE id = :id"),
                                {"notes": notes + " A", "id": item})

        with pytest.raises(DBAPIError) as raised:
            with_retry(append_a, attempts=1)
        assert is_retryable(raised.value)  # 40001: could not serialize access
        seen.clear()
        with_retry(append_a, sleep=lambda _s: None)
        with second.read() as session:
            final = session.execute(text("SELECT notes FROM feedback WHERE id = :id"),
                                    {"id": item}).scalar_one()
    assert seen == ["start B", "start B B"]
    assert final == "start B B A"


def test_threads_incrementing_one_row_lose_no_update(pg_url: str) -> None:
    open_team_catalogue(pg_url, create=True).close()
    catalogues = [TeamCatalogue(pg_url) for _ in range(2)]
    item = _add_item(catalogues[0], "")
    conflicts: list[int] = []

    def bump(catalogue: TeamCatalogue) -> None:
        with catalogue.write() as session:
            version = session.execute(text("SELECT version FROM feedback WHERE id = :id"),
                                      {"id": item}).scalar_one()
            session.execute(text("UPDATE feedback SET version = :v WHERE id = :id"),
                            {"v": version + 1, "id": item})

    def worker(catalogue: TeamCatalogue) -> None:
        for _ in range(25):
            def attempt(c: TeamCatalogue = catalogue) -> None:
                try:
                    bump(c)
                except DBAPIError as exc:
                    if is_retryable(exc):
                        conflicts.append(1)
                    raise
            with_retry(attempt, attempts=50, base_delay=0.002)

    threads = [threading.Thread(target=worker, args=(c,)) for c in catalogues]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    with catalogues[0].read() as session:
        version = session.execute(text("SELECT version FROM feedback WHERE id = :id"),
                                  {"id": item}).scalar_one()
    for catalogue in catalogues:
        catalogue.close()
    assert version == 1 + 50  # every increment kept, whatever the interleaving
    print(f"serialisation failures retried: {len(conflicts)}")


def test_other_errors_are_not_retried(pg_url: str) -> None:
    open_team_catalogue(pg_url, create=True).close()
    calls: list[int] = []
    with TeamCatalogue(pg_url) as catalogue:
        def duplicate() -> None:
            calls.append(1)
            with catalogue.write() as session:
                session.execute(text("INSERT INTO source (uuid, name, kind, collect)"
                                     " VALUES ('s1', 'Amazon', 'other', true)"))

        with pytest.raises(IntegrityError):
            with_retry(duplicate, sleep=lambda _s: None)
    assert calls == [1]


def test_search_indexes_find_words_and_korean_substrings(pg_url: str) -> None:
    with open_team_catalogue(pg_url, create=True) as catalogue:
        with catalogue.write() as session:
            for n, body in enumerate(["Die Lieferung war BESCHÄDIGT.", "Alles gut",
                                      "고객서비스도 좋아요", "Işık bozuk", None]):
                session.execute(text("INSERT INTO feedback (uuid, status, version, text)"
                                     " VALUES (:u, 'new', 1, :t)"), {"u": f"f{n}", "t": body})
        with catalogue.read() as session:
            indexes = set(session.execute(text(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'feedback'")).scalars())
            trgm = session.execute(text(
                "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).scalar() is not None
            available = session.execute(text(
                "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
            ).scalar() is not None

            def words(query: str) -> list[str]:
                return session.execute(text(
                    "SELECT text FROM feedback WHERE fts_words @@ to_tsquery('simple',"
                    " advocacy_search_text(:q) || ':*') ORDER BY id"), {"q": query}).scalars().all()

            def substring(query: str) -> list[str]:
                return session.execute(text(
                    "SELECT text FROM feedback WHERE fts_unspaced LIKE"
                    " '%' || advocacy_search_text(:q) || '%' ORDER BY id"), {"q": query}
                ).scalars().all()

            assert words("beschadigt") == ["Die Lieferung war BESCHÄDIGT."]
            assert words("Beschä") == ["Die Lieferung war BESCHÄDIGT."]
            assert words("IŞIK") == ["Işık bozuk"]
            assert words("서비스") == []  # no word boundary inside 고객서비스도
            assert substring("서비스") == ["고객서비스도 좋아요"]
            session.execute(text("SET LOCAL enable_seqscan = off"))
            plan = "\n".join(session.execute(text(
                "EXPLAIN SELECT id FROM feedback WHERE fts_words @@"
                " to_tsquery('simple', 'gut')")).scalars())
            assert "feedback_fts_word" in plan
            if trgm:
                plan = "\n".join(session.execute(text(
                    "EXPLAIN SELECT id FROM feedback WHERE fts_unspaced"
                    " LIKE '%서비스%'")).scalars())
                assert "feedback_fts_tri" in plan
    assert "feedback_fts_word" in indexes
    assert trgm == available == ("feedback_fts_tri" in indexes)  # used wherever present


def test_the_stored_search_columns_follow_upgrades_and_edits(pg_url: str) -> None:
    """Revision 0012 fills fts_words/fts_unspaced for the items already there, and they follow
    every later change of the text (an edit, an erasure), so a search never finds old text."""
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        migrate.upgrade(connection, "0011_feedback_updated_at")
        with connection.begin():
            for n, body in enumerate(["Die Lieferung kam spät", "고객서비스도 좋아요"]):
                connection.execute(text("INSERT INTO feedback (uuid, status, version, text)"
                                        " VALUES (:u, 'new', 1, :t)"), {"u": f"f{n}", "t": body})
        migrate.upgrade(connection)

        def found(condition: str) -> list[str]:
            return connection.execute(text(
                f"SELECT uuid FROM feedback WHERE {condition} ORDER BY uuid")).scalars().all()

        with connection.begin():
            assert found("fts_words @@ to_tsquery('simple', 'liefer:*')") == ["f0"]
            assert found("fts_unspaced LIKE '%서비스%'") == ["f1"]
            assert found("fts_unspaced IS NULL") == ["f0"]  # no unspaced script in it
            connection.execute(text("UPDATE feedback SET text = 'Kargo geç geldi'"
                                    " WHERE uuid = 'f0'"))
            connection.execute(text("UPDATE feedback SET text = NULL WHERE uuid = 'f1'"))
            assert found("fts_words @@ to_tsquery('simple', 'liefer:*')") == []
            assert found("fts_words @@ to_tsquery('simple', 'kargo:*')") == ["f0"]
            assert found("fts_unspaced LIKE '%서비스%'") == []
    engine.dispose()
