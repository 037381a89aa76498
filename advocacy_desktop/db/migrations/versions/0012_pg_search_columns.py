"""PostgreSQL: the folded words and the unspaced-script text stored with each item

Revision 0004 gave team catalogues GIN indexes over expressions: the words of
`advocacy_search_text(text)` and, for substrings, the folded text itself. An index over an
expression answers which rows match, but every row tested outside the index recomputes the
expression: a page of a common word walks the date index testing ~2,000 rows (unaccent, lower
and to_tsvector each time), and a substring search rechecks every candidate the trigram index
returns (trigrams are lossy). Both were 5-10x slower than SQLite's FTS5 on 1M items
(benchmarks/pg_bench.py).

This revision stores what the expressions computed, as generated columns that PostgreSQL keeps
right on every insert and update (imports, edits, erasure), and moves the two indexes onto them:

- `fts_words` (tsvector): `to_tsvector('simple', advocacy_search_text(text))`, under the GIN
  index feedback_fts_word as before;
- `fts_unspaced` (text): `advocacy_search_text(text)` for rows whose text holds a script written
  without spaces (Korean, Chinese, Japanese, Thai), NULL for the others; the pg_trgm index
  feedback_fts_tri covers only those rows (72 MB -> 11 MB on 1M items), as SQLite's trigram
  table does. A term in such a script can only occur in such a row, and a 1-2 letter term (which
  no trigram serves) now scans this short column instead of folding every text again.

The columns are the counterpart of SQLite's FTS5 tables and have no model (see
`migrate.include_name`); every statement that writes feedback names its columns. SQLite: no
change. The table is rewritten once (about 15 s for 1M items).

Revision ID: 0012_pg_search_columns
Revises: 0011_feedback_updated_at
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_pg_search_columns"
down_revision = "0011_feedback_updated_at"
branch_labels = None
depends_on = None

#: frozen copy of feedback_search.UNSPACED_GLOB's character class (Thai, Hangul Jamo, CJK,
#: Hangul syllables, CJK compatibility ideographs)
_UNSPACED_CLASS = "[ก-๛ᄀ-ᇿ⺀-鿿가-힯豈-﫿]"
_FOLD = "advocacy_search_text"


def _trigram_schema() -> str | None:
    return op.get_bind().execute(sa.text(
        "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"
    )).scalar()


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS feedback_fts_word")
    op.execute("DROP INDEX IF EXISTS feedback_fts_tri")
    op.execute(
        "ALTER TABLE feedback"
        f" ADD COLUMN fts_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', {_FOLD}(text)))"
        " STORED,"
        f" ADD COLUMN fts_unspaced text GENERATED ALWAYS AS (CASE WHEN text ~ '{_UNSPACED_CLASS}'"
        f" THEN {_FOLD}(text) END) STORED"
    )
    op.execute("CREATE INDEX feedback_fts_word ON feedback USING gin (fts_words)")
    trgm = _trigram_schema()
    if trgm is not None:
        op.execute(
            "CREATE INDEX feedback_fts_tri ON feedback USING gin"
            f" (fts_unspaced {trgm}.gin_trgm_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS feedback_fts_word")
    op.execute("DROP INDEX IF EXISTS feedback_fts_tri")
    op.execute("ALTER TABLE feedback DROP COLUMN fts_words, DROP COLUMN fts_unspaced")
    op.execute(
        "CREATE INDEX feedback_fts_word ON feedback USING gin"
        f" (to_tsvector('simple', {_FOLD}(text)))"
    )
    trgm = _trigram_schema()
    if trgm is not None:
        op.execute(
            "CREATE INDEX feedback_fts_tri ON feedback USING gin"
            f" ({_FOLD}(text) {trgm}.gin_trgm_ops)"
        )
