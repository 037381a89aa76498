"""Full-text search over feedback.text: query building and bulk filling of the FTS5 indexes.

The indexes and their triggers are created by revision 0004_feedback_search (read its
docstring). In short:
- feedback_fts_word (unicode61, diacritics removed) answers words and word prefixes;
- feedback_fts_tri (trigram) answers substrings of 3+ characters in rows whose text uses a
  script written without spaces (Korean, Chinese, Japanese, Thai): 서비스 inside 고객서비스도;
- both index the text with Turkish İ and ı folded to i, and queries are folded the same way,
  so "IŞIK", "ışık" and "işık" find each other.

A query is split into terms; a row matches when it matches every term. A term matches a word
starting with it, or — for terms in those scripts — any substring: through the trigram index
for 3+ characters, through LIKE over the text for 1–2 characters (a full scan: slower, but
Korean two-syllable words such as 배송 are common; word prefixes alone would miss 택배송장).

PostgreSQL (team catalogues) answers the same entry with its own indexes (revisions 0004 and
0012): `advocacy_search_text(text)` folds İ/ı, removes accents and lowers case on both sides;
each item stores its folded words (`fts_words`, a tsvector under a GIN index) and, when its text
uses an unspaced script, its folded text (`fts_unspaced`, under a pg_trgm index). A word term
is a prefix query on the words (`to_tsquery('simple', 'term':*)`), a term in an unspaced script
a substring `LIKE` on the stored text, which the trigram index serves from 3 characters on
(shorter ones scan that column only). Known differences from SQLite's tokenizer:
PostgreSQL's parser keeps e-mail addresses, URLs and decimal numbers as one word each, and
`unaccent` spells ß as ss.
"""

from __future__ import annotations

import re
import sqlite3

WORD_TABLE = "feedback_fts_word"
TRIGRAM_TABLE = "feedback_fts_tri"
#: must match revision 0004_feedback_search: what the triggers index
FOLDED_TEXT = "replace(replace(text, 'İ', 'i'), 'ı', 'i')"
UNSPACED_GLOB = "*[ก-๛ᄀ-ᇿ⺀-鿿가-힯豈-﫿]*"
_UNSPACED = re.compile("[\u0e01-\u0e5b\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_TERM = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Turkish dotted and dotless i as the indexes store them (case is folded by FTS5)."""
    return text.replace("İ", "i").replace("ı", "i").replace("I", "i")


def terms(query: str) -> list[str]:
    """The words of a search box entry, folded; punctuation separates words as in the index."""
    return _TERM.findall(fold(query))


def _term_rowids(term: str) -> tuple[str, list[object]]:
    """A SELECT of the rowids whose text has a word starting with `term`, or — for scripts
    written without spaces, 3+ characters — contains it."""
    quoted = '"' + term.replace('"', '""') + '"'
    sql = f"SELECT rowid FROM {WORD_TABLE} WHERE {WORD_TABLE} MATCH ?"
    params: list[object] = [quoted + " *"]
    if _UNSPACED.search(term) and len(term) >= 3:
        sql += f" UNION SELECT rowid FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH ?"
        params.append(quoted)
    return sql, params


def _needs_like(term: str) -> bool:
    return bool(_UNSPACED.search(term)) and len(term) < 3


def rowid_query(query: str) -> tuple[str, list[object]] | None:
    """A SELECT of the ids of every row matching the whole entry from the indexes alone, or
    None when a term needs LIKE (or there are no terms). Counting it costs a few ms even for
    100k matches, against ~70 ms for the same rows joined with feedback."""
    found = list(dict.fromkeys(terms(query)))
    if not found or any(_needs_like(term) for term in found):
        return None
    parts = [_term_rowids(term) for term in found]
    return " INTERSECT ".join(sql for sql, _ in parts), [p for _, ps in parts for p in ps]


#: feedback's generated search columns on PostgreSQL (revision 0012_pg_search_columns)
PG_WORDS = "feedback.fts_words"
PG_FOLDED = "feedback.fts_unspaced"
#: a tsquery prefix literal of a \w+ term (which holds no quote, so needs no escaping)
_PG_PREFIX = "to_tsquery('simple', '''' || advocacy_search_text(?) || ''':*')"


def _like_pattern(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _pg_text_condition(found: list[str]) -> tuple[str, list[object]]:
    """The PostgreSQL counterpart of `text_condition` (see the module docstring). The query
    term goes through advocacy_search_text too, so it is folded exactly as the index is."""
    sql: list[str] = []
    params: list[object] = []
    for term in found:
        if _UNSPACED.search(term):
            # a word starting with the term also contains it: the substring test is enough
            sql.append(f"{PG_FOLDED} LIKE '%' || advocacy_search_text(?) || '%'")
            params.append(_like_pattern(term))
        else:
            sql.append(f"{PG_WORDS} @@ {_PG_PREFIX}")
            params.append(term)
    return " AND ".join(sql), params


def text_condition(
    query: str, *, postgres: bool = False
) -> tuple[str, list[object]] | None:
    """SQL over `feedback` for a whole search box entry (every term must match), or None.
    `postgres`: the condition for a team catalogue's indexes (still `?` placeholders)."""
    found = list(dict.fromkeys(terms(query)))
    if not found:
        return None
    if postgres:
        return _pg_text_condition(found)
    sql: list[str] = []
    params: list[object] = []
    for term in found:
        rowids, term_params = _term_rowids(term)
        condition = f"feedback.id IN ({rowids})"
        if _needs_like(term):
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            condition = f"({condition} OR feedback.text LIKE ? ESCAPE '\\')"
            term_params = [*term_params, f"%{escaped}%"]
        sql.append(condition)
        params.extend(term_params)
    return " AND ".join(sql), params


def fill_for_batch(conn: sqlite3.Connection, batch_id: int) -> None:
    """Index the text of one batch's rows in one statement per index: what the triggers would
    have done row by row (the import's bulk path suspends them; about 5x faster)."""
    conn.execute(
        f"INSERT INTO {WORD_TABLE} (rowid, text) SELECT id, {FOLDED_TEXT} FROM feedback"
        " WHERE batch_id = ? AND text IS NOT NULL",
        (batch_id,),
    )
    conn.execute(
        f"INSERT INTO {TRIGRAM_TABLE} (rowid, text) SELECT id, {FOLDED_TEXT} FROM feedback"
        f" WHERE batch_id = ? AND text GLOB '{UNSPACED_GLOB}'",
        (batch_id,),
    )
