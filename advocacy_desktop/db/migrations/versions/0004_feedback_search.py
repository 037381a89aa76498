"""feedback search: FTS5 word and trigram indexes over feedback.text, kept in sync by triggers

Two external-content FTS5 tables (content='feedback', content_rowid='id'): nothing is copied,
only the indexes are stored.
- feedback_fts_word: `unicode61 remove_diacritics 2` — whole words and prefixes in languages
  that separate words with spaces ("beschadigt" finds "beschädigt").
- feedback_fts_tri: `trigram` — substrings of 3 or more characters, for scripts written
  without spaces (Korean: 서비스 inside 고객서비스도, where unicode61 finds nothing; DESIGN.md §3;
  also Chinese, Japanese, Thai). Only rows containing such characters are indexed: a trigram
  index over all text is ~5x the word index and made a 200k-row import 30% slower, while
  spaced languages are served by word prefixes.

Turkish: SQLite's case folding maps I to i but keeps dotless ı apart, so "IŞIK" would not find
"ışık". The triggers index a copy with İ and ı folded to i (built-in `replace`, so every
connection — CLI, sqlite3 shell — can still write feedback), and the search service folds the
query the same way. Because the indexed values differ from feedback.text, never use the FTS5
'rebuild' command on these tables: fill them with `INSERT ... SELECT id, <folded text>` instead
(see FOLDED_TEXT in services/feedback_search.py and the import writer's bulk path).

A later revision that rebuilds the feedback table in batch mode drops these triggers with it
(SQLite drops a table's triggers): it must create them again.

PostgreSQL (team catalogues) has its own means, with the same names as indexes on feedback:
- `advocacy_search_text(text)`: an IMMUTABLE SQL function folding İ and ı to i, removing
  diacritics (the `unaccent` extension, where the server has it) and lowering case: the
  counterpart of the folding above plus `remove_diacritics 2`;
- feedback_fts_word: a GIN index on `to_tsvector('simple', advocacy_search_text(text))`:
  whole words and prefixes (`to_tsquery('simple', advocacy_search_text(:q) || ':*')`);
- feedback_fts_tri: a GIN trigram index (`pg_trgm`) on `advocacy_search_text(text)`, serving
  `advocacy_search_text(text) LIKE '%' || advocacy_search_text(:q) || '%'` (서비스 inside
  고객서비스도). Over every row, not only unspaced scripts: GIN trigram indexes are smaller
  than FTS5's, and the search needs no condition repeating the index's. Skipped, with a
  warning, where the server lacks pg_trgm (substring search then reads the table).
Trigrams and case folding of non-Latin text need a database whose LC_CTYPE is a UTF-8 locale
(not C): db/team.py refuses to create a catalogue in any other.

Revision ID: 0004_feedback_search
Revises: 0003_sources
Create Date: 2026-11-25
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0004_feedback_search"
down_revision = "0003_sources"
branch_labels = None
depends_on = None

_FOLD_NEW = "replace(replace(new.text, 'İ', 'i'), 'ı', 'i')"
_FOLD_OLD = "replace(replace(old.text, 'İ', 'i'), 'ı', 'i')"
#: scripts written without spaces between words: Thai, Hangul jamo, CJK and kana, Hangul
#: syllables, CJK compatibility ideographs. Only rows with such text go into the trigram index.
UNSPACED_GLOB = "*[ก-๛ᄀ-ᇿ⺀-鿿가-힯豈-﫿]*"
_TABLES = {
    "feedback_fts_word": ("unicode61 remove_diacritics 2", "IS NOT NULL"),
    "feedback_fts_tri": ("trigram", f"GLOB '{UNSPACED_GLOB}'"),
}
#: detail=none on the word index filled 15% faster during an import but made a 100k-match
#: word search 41 ms instead of 19 ms (target 30 ms): both indexes keep FTS5's defaults.
_OPTIONS = {"feedback_fts_word": "", "feedback_fts_tri": ""}


log = logging.getLogger(__name__)
#: the folding function of PostgreSQL catalogues (see the docstring)
PG_FOLD_FUNCTION = "advocacy_search_text"


def _pg_extension_schema(name: str) -> str | None:
    """Install extension `name` if the server has it and we may; return its schema or None.
    A refusal (no privilege) is taken back to a savepoint, so the upgrade goes on."""
    bind = op.get_bind()
    query = sa.text("SELECT extnamespace::regnamespace::text FROM pg_extension"
                    " WHERE extname = :name")
    schema = bind.execute(query, {"name": name}).scalar()
    if schema is not None:
        return schema
    if bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = :name"),
                    {"name": name}).scalar() is None:
        log.warning("PostgreSQL has no %s extension: search works without it, slower", name)
        return None
    try:
        with bind.begin_nested():
            bind.execute(sa.text(f"CREATE EXTENSION IF NOT EXISTS {name}"))
    except sa.exc.DBAPIError as exc:
        log.warning("could not install the %s extension (%s): search works without it",
                    name, exc.orig)
        return None
    return bind.execute(query, {"name": name}).scalar()


def _upgrade_postgresql() -> None:
    unaccent = _pg_extension_schema("unaccent")
    folded = "replace(replace(t, 'İ', 'i'), 'ı', 'i')"
    if unaccent is not None:
        folded = f"{unaccent}.unaccent('{unaccent}.unaccent'::regdictionary, {folded})"
    op.execute(
        f"CREATE FUNCTION {PG_FOLD_FUNCTION}(t text) RETURNS text LANGUAGE sql IMMUTABLE"
        f" STRICT PARALLEL SAFE AS $$ SELECT lower({folded}) $$"
    )
    op.execute(
        "CREATE INDEX feedback_fts_word ON feedback USING gin"
        f" (to_tsvector('simple', {PG_FOLD_FUNCTION}(text)))"
    )
    trgm = _pg_extension_schema("pg_trgm")
    if trgm is not None:
        op.execute(
            "CREATE INDEX feedback_fts_tri ON feedback USING gin"
            f" ({PG_FOLD_FUNCTION}(text) {trgm}.gin_trgm_ops)"
        )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
        return
    for table, (tokenizer, which) in _TABLES.items():
        op.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5(text, content='feedback',"
            f" content_rowid='id', tokenize='{tokenizer}'{_OPTIONS[table]})"
        )
        op.execute(
            f"INSERT INTO {table} (rowid, text) SELECT id,"
            f" replace(replace(text, 'İ', 'i'), 'ı', 'i') FROM feedback WHERE text {which}"
        )
    # The delete comes before the insert on an update (the order matters to FTS5); each
    # statement is guarded by the same condition as the rows' insert, so that the index only
    # ever receives a 'delete' for values it was given.
    inserts = "".join(
        f" INSERT INTO {t} (rowid, text) SELECT new.id, {_FOLD_NEW} WHERE new.text {which};"
        for t, (_tok, which) in _TABLES.items()
    )
    deletes = "".join(
        f" INSERT INTO {t} ({t}, rowid, text) SELECT 'delete', old.id, {_FOLD_OLD}"
        f" WHERE old.text {which};"
        for t, (_tok, which) in _TABLES.items()
    )
    op.execute(
        f"CREATE TRIGGER feedback_fts_ai AFTER INSERT ON feedback WHEN new.text IS NOT NULL"
        f" BEGIN{inserts} END"
    )
    op.execute(
        f"CREATE TRIGGER feedback_fts_ad AFTER DELETE ON feedback WHEN old.text IS NOT NULL"
        f" BEGIN{deletes} END"
    )
    op.execute(
        "CREATE TRIGGER feedback_fts_au AFTER UPDATE OF text ON feedback"
        f" WHEN old.text IS NOT new.text BEGIN{deletes}{inserts} END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":  # the extensions stay: others may use them
        op.execute("DROP INDEX IF EXISTS feedback_fts_tri")
        op.execute("DROP INDEX IF EXISTS feedback_fts_word")
        op.execute(f"DROP FUNCTION IF EXISTS {PG_FOLD_FUNCTION}(text)")
        return
    for trigger in ("feedback_fts_au", "feedback_fts_ad", "feedback_fts_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for table in _TABLES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
