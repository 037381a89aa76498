"""Privacy for consultants who carry client data: stable pseudonyms in exports, and erasure of
one customer's personal data on request.

Pseudonyms. A customer's pseudonym is "Customer " + the first 10 base32 characters of
HMAC-SHA256(catalogue secret, customer uuid). The secret (`catalogue_setting.pseudonym_secret`,
random, created by revision 0009) travels with the catalogue, so the same customer has the same
pseudonym export after export, two catalogues give the same person different pseudonyms, and
nobody can get from a name or an e-mail to a pseudonym (or back) without the catalogue.
10 characters (50 bits) make a clash between two customers unlikely even among a million.

What a pseudonymised export removes (`RowScrubber`, used by services/exporting.py):
- the Customer column shows the pseudonym, never the name;
- in the item's text and in the original spreadsheet columns (`extra`), the customer's name,
  e-mail and external id, as whole words and compared without case, become the pseudonym;
- every e-mail address, and every international phone number (+ and 7 to 15 digits), anywhere
  in a value becomes "[removed]";
- a whole value that looks like a phone number becomes "[removed]": 7 to 15 digits written
  with a leading + or 00, or with spaces, dashes, brackets or slashes between digit groups
  (not a date), or digits alone starting with 0 (a national number: 0612345678). Digits alone
  otherwise are taken for ids or amounts and kept;
- every value of a column whose header names contact data (phone, mobile, e-mail, address...)
  becomes "[removed]".
A name written differently in a comment (a first name alone, a nickname) cannot be recognised.

Erasure (`erase_customer`) is one transaction; see its docstring for what is kept and why.
"""

from __future__ import annotations

import base64
import hmac
import json
import re
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.db.errors import CatalogueError
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.services.importing.writer import current_actor
from advocacy_desktop.services.sql_compat import driver, pg, retry_on_conflict, true

__all__ = [
    "PSEUDONYM_PREFIX",
    "REMOVED",
    "AlreadyErased",
    "CustomerRef",
    "ErasureReport",
    "Pseudonyms",
    "RowScrubber",
    "erase_customer",
    "find_customers",
    "is_contact_column",
    "looks_like_phone",
    "pseudonym",
    "pseudonyms",
    "read_secret",
    "record_export",
]

SECRET_KEY = "pseudonym_secret"
PSEUDONYM_PREFIX = "Customer "
PSEUDONYM_LENGTH = 10
REMOVED = "[removed]"
ERASED = "[erased]"
#: audit_log copies about the erased customer and their items are replaced by this
ERASED_COPY = '{"erased": true}'
#: shorter names or ids are only matched as whole values, never inside longer text
SHORT_TERM = 4
_CHUNK = 500

_EMAIL_IN_TEXT = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_IN_TEXT = re.compile(r"(?<![\w+])\+\d[\d \t().\-/]{5,}\d")
_PHONE_CHARS = re.compile(r"^(?:\+|00)?[\d\s().\-/]+$")
_DATE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$")
_CONTACT_WORDS = frozenset({
    "phone", "telephone", "tel", "mobile", "cell", "cellphone", "fax", "email", "mail",
    "address", "telefon", "telefoon", "telefono", "téléphone", "handy", "mobiel", "whatsapp",
})


# ---------------------------------------------------------------- pseudonyms


def pseudonym(secret: str | bytes, customer_uuid: str) -> str:
    """The stable pseudonym of one customer under a catalogue's secret."""
    digest = hmac.digest(_key(secret), customer_uuid.encode("utf-8"), "sha256")
    # base32 turns each 5 bytes into 8 characters: the first 10 bytes give the first 16
    return PSEUDONYM_PREFIX + base64.b32encode(digest[:10]).decode("ascii")[:PSEUDONYM_LENGTH]


def _key(secret: str | bytes) -> bytes:
    if isinstance(secret, bytes):
        return secret
    try:
        return bytes.fromhex(secret)
    except ValueError:
        return secret.encode("utf-8")


class Pseudonyms:
    """The pseudonyms of one catalogue: call it with a customer uuid."""

    def __init__(self, secret: str | bytes) -> None:
        self._key = _key(secret)
        self._cache: dict[str, str] = {}

    def __call__(self, customer_uuid: str) -> str:
        found = self._cache.get(customer_uuid)
        if found is None:
            if len(self._cache) > 10_000:  # streaming exports: keep memory flat
                self._cache.clear()
            found = self._cache[customer_uuid] = pseudonym(self._key, customer_uuid)
        return found


def read_secret(conn: Any) -> str | None:
    row = conn.execute(
        "SELECT value FROM catalogue_setting WHERE key = ?", (SECRET_KEY,)
    ).fetchone()
    return row[0] if row and row[0] else None


def pseudonyms(catalogue: Catalogue) -> Pseudonyms:
    """The catalogue's pseudonyms; a catalogue without a secret gets one (a writable one:
    a read-only catalogue without a secret cannot have stable pseudonyms and is refused)."""
    with catalogue.read() as session:
        secret = read_secret(driver(session.connection()))
    if secret is None:
        if catalogue.read_only:
            raise CatalogueError(catalogue.path, Message(QT_TRANSLATE_NOOP(
                "PrivacyService", "this catalogue has no pseudonym secret yet: open it for "
                "writing once to create one")))
        with catalogue.write_connection() as conn:
            raw = driver(conn)
            raw.execute(
                "INSERT INTO catalogue_setting (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = coalesce(value, excluded.value)",
                (SECRET_KEY, secrets.token_hex(32)),
            )
            secret = read_secret(raw)
    assert secret is not None
    return Pseudonyms(secret)


def record_export(catalogue: Catalogue, file_name: str, items: int) -> None:
    """Note a pseudonymised export in the audit log: which file and how many items."""
    with catalogue.write_connection() as conn:
        driver(conn).execute(
            "INSERT INTO audit_log (actor, action, entity, entity_id, before, after)"
            " VALUES (?, 'export_pseudonymised', 'export', NULL, NULL, ?)",
            (current_actor(), json.dumps({"file": file_name, "items": items},
                                         ensure_ascii=False)),
        )


# ---------------------------------------------------------------- scrubbing exports


def looks_like_phone(value: str) -> bool:
    """The phone-number rule of the module docstring, for one whole (trimmed) value."""
    text = value.strip()
    if not _PHONE_CHARS.match(text) or _DATE.match(text):
        return False
    digits = sum(c.isdigit() for c in text)
    if not 7 <= digits <= 15:
        return False
    if text.startswith(("+", "00")):
        return True
    if text.isdigit():
        return text.startswith("0") and 9 <= digits <= 12
    groups = [g for g in re.split(r"[\s()\-/]+", text) if g]
    return len(groups) >= 2 and all(g.replace(".", "").isdigit() for g in groups)


def _phone_removed(match: re.Match[str]) -> str:
    digits = sum(c.isdigit() for c in match.group())
    return REMOVED if 7 <= digits <= 15 else match.group()


def is_contact_column(header: str) -> bool:
    """Whether a column's header names contact data (its values are always removed)."""
    folded = header.casefold()
    if "e-mail" in folded or "email" in folded or "phone" in folded:
        return True
    return any(word in _CONTACT_WORDS for word in re.split(r"[\W_]+", folded))


@dataclass(frozen=True)
class _Identity:
    pseudonym: str | None
    exact: frozenset[str]
    """the customer's identifiers, trimmed and case-folded"""
    terms: tuple[tuple[str, str], ...]
    """(as stored, case-folded), longest first"""


@lru_cache(maxsize=256)
def _words(terms: tuple[str, ...]) -> re.Pattern[str]:
    """The terms as whole words, without case. Compiled only for text that contains one:
    compiling a pattern per customer made a 1M-row export 5x slower."""
    words = "|".join(re.escape(t) for t in terms)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


class RowScrubber:
    """Scrubs the cells of one export row for the customer it is about (see the module
    docstring). Identities are cached per customer uuid, at most a few thousand at a time."""

    def __init__(self, names: Pseudonyms) -> None:
        self.pseudonyms = names
        self._identities: dict[str | None, _Identity] = {}
        self._contact: dict[str, bool] = {}

    def identity(self, customer_uuid: str | None, *terms: str | None) -> _Identity:
        found = self._identities.get(customer_uuid)
        if found is not None:
            return found
        if len(self._identities) > 5000:
            self._identities.clear()
        cleaned = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
        name = None if customer_uuid is None else self.pseudonyms(customer_uuid)
        pairs = tuple((t, t.casefold()) for t in cleaned)
        found = _Identity(name, frozenset(f for _t, f in pairs), pairs)
        self._identities[customer_uuid] = found
        return found

    def text(self, value: Any, who: _Identity) -> Any:
        """Free text: the customer's identifiers become the pseudonym, e-mails "[removed]"."""
        if not isinstance(value, str) or not value:
            return value
        if who.terms and who.pseudonym is not None:
            low = value.casefold()
            hits = tuple(t for t, folded in who.terms if folded in low)
            if hits:
                value = _words(hits).sub(who.pseudonym, value)
        if "@" in value:
            value = _EMAIL_IN_TEXT.sub(REMOVED, value)
        if "+" in value:
            value = _PHONE_IN_TEXT.sub(_phone_removed, value)
        return value

    def value(self, key: str, value: Any, who: _Identity) -> Any:
        """One value of an original spreadsheet column."""
        if value is None or value == "":
            return value
        contact = self._contact.get(key)
        if contact is None:
            contact = self._contact[key] = is_contact_column(key)
        if contact:
            return REMOVED
        if isinstance(value, bool):
            return value
        text = str(value).strip()
        if text.casefold() in who.exact:
            return who.pseudonym or REMOVED
        if isinstance(value, int | float):
            return value
        if looks_like_phone(text):
            return REMOVED
        if _EMAIL_IN_TEXT.fullmatch(text):
            return REMOVED
        return self.text(value, who)


# ---------------------------------------------------------------- finding customers


@dataclass(frozen=True)
class CustomerRef:
    """A customer as the erase command shows it (to the user who asked, on their screen)."""

    id: int
    uuid: str
    external_id: str | None
    name: str | None
    email: str | None
    erased: bool
    items: int

    def describe(self) -> str:
        parts = [p for p in (self.name, self.email) if p]
        if self.external_id:
            parts.append(f"id {self.external_id}")
        label = ", ".join(parts) or "(no name)"
        state = " [erased]" if self.erased else ""
        plural = "" if self.items == 1 else "s"
        return f"{self.uuid}  {label}  ({self.items} item{plural}){state}"


@contextmanager
def _reading(catalogue: Catalogue) -> Iterator[Any]:
    with catalogue.read() as session:
        yield driver(session.connection())


def find_customers(catalogue: Catalogue, ident: str) -> list[CustomerRef]:
    """Customers whose uuid or external id is `ident`, or whose e-mail is `ident` (without
    case). More than one means the caller must ask which."""
    ident = ident.strip()
    if not ident:
        return []
    with _reading(catalogue) as conn:
        rows = conn.execute(
            "SELECT c.id, c.uuid, c.external_id, c.name, c.email, c.erased,"
            " (SELECT count(*) FROM feedback f WHERE f.customer_id = c.id)"
            " FROM customer c WHERE c.uuid = ? OR c.external_id = ?"
            " OR (c.email IS NOT NULL AND lower(c.email) = lower(?)) ORDER BY c.id",
            (ident, ident, ident),
        ).fetchall()
    return [CustomerRef(int(r[0]), str(r[1]), r[2], r[3], r[4], bool(r[5]), int(r[6]))
            for r in rows]


# ---------------------------------------------------------------- erasure


class AlreadyErased(ValueError):
    """The customer's personal data was erased before; the message is meant for the user."""


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure changed: counts only, never personal data."""

    customer_uuid: str
    items: int
    """feedback items whose text, notes, original columns and external id were cleared"""
    care_entries: int
    audit_rows_replaced: int
    """audit rows about the customer, their items or care entries: copies now {"erased": true}"""
    audit_rows_scrubbed: int
    """other audit rows that named the customer: those values now read "[erased]" """
    rejected_rows_blanked: int
    """rejected import rows that named the customer: row data and value blanked (the row, its
    number and reason stay, so the batch's count of rejected rows still adds up)"""
    batch_names_scrubbed: int
    """import batches whose file name held the customer's name, e-mail or id"""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def erase_customer(catalogue: Catalogue, customer_id: int) -> ErasureReport:
    """Erase one customer's personal data in one transaction, keeping their scores.

    Kept, so that NPS, ratings and every statistic stay the same: each item's score, rating,
    dates, source, needs, status, assignee, language, country and product, and the (now
    anonymous) customer record that groups them. Cleared: the customer's name, e-mail and
    external id (match key "erased:<uuid>"); their items' text, notes, `extra` and external
    id; their care-log notes; audit copies about them; any other audit value or rejected
    import row that names them; their name in import file names.

    Each item's `dedupe_key` is kept on purpose: it is a hash of the row's content (or the
    source's own item id), not readable data, and it is what stops a re-import of the old
    spreadsheet from bringing the erased rows back. In a file, deleted text is overwritten on
    disk (secure_delete) and purged from the search indexes (FTS5 optimize). On PostgreSQL the
    row update is all there is to do: the search indexes are expression indexes on
    feedback.text, updated with the row, and the old row versions are reclaimed by VACUUM
    (autovacuum, or VACUUM by the administrator to be sure they are gone at once). Backups
    made before remain as they were: erase there too, or delete them.

    Raises LookupError for an unknown id, AlreadyErased for a second erasure."""
    return _erase_once(catalogue, customer_id)


@retry_on_conflict
def _erase_once(catalogue: Catalogue, customer_id: int) -> ErasureReport:
    with catalogue.write_connection() as sa_conn:
        conn = driver(sa_conn)
        if pg(conn):
            return _erase(conn, customer_id)
        secure = conn.execute("PRAGMA secure_delete").fetchone()[0]
        conn.execute("PRAGMA secure_delete = ON")
        try:
            report = _erase(conn, customer_id)
        finally:
            conn.execute(f"PRAGMA secure_delete = {int(secure)}")
    return report


def _erase(conn: Any, customer_id: int) -> ErasureReport:
    row = conn.execute(
        "SELECT uuid, name, email, external_id, erased FROM customer WHERE id = ?",
        (customer_id,),
    ).fetchone()
    if row is None:
        raise LookupError(Message(QT_TRANSLATE_NOOP(
            "PrivacyService", "There is no customer with id {id}."), id=str(customer_id)))
    uuid, name, email, external_id, erased = row
    if erased:
        raise AlreadyErased(Message(QT_TRANSLATE_NOOP(
            "PrivacyService", "Customer {uuid} was already erased: nothing personal is left."),
            uuid=uuid))
    terms = [t.strip() for t in (name, email, external_id) if t and t.strip()]

    item_ids = [r[0] for r in conn.execute(
        "SELECT id FROM feedback WHERE customer_id = ? ORDER BY id", (customer_id,))]
    item_uuids = [r[0] for r in conn.execute(
        "SELECT uuid FROM feedback WHERE customer_id = ? ORDER BY id", (customer_id,))]
    items = conn.execute(
        "UPDATE feedback SET text = NULL, notes = NULL, extra = NULL, external_id = NULL,"
        " version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE customer_id = ?",
        (customer_id,),
    ).rowcount
    care = conn.execute(
        "SELECT id, uuid FROM care_entry WHERE customer_id = ?", (customer_id,)).fetchall()
    conn.execute("UPDATE care_entry SET note = NULL WHERE customer_id = ?", (customer_id,))
    conn.execute(
        "UPDATE customer SET name = NULL, email = NULL, external_id = NULL,"
        f" erased = {true(conn)}, match_key = 'erased:' || uuid WHERE id = ?", (customer_id,),
    )

    replaced = _replace_copies(conn, "customer", [str(customer_id), uuid])
    replaced += _replace_copies(conn, "feedback", [*map(str, item_ids), *item_uuids])
    care_ids = [*(str(c[0]) for c in care), *(str(c[1]) for c in care)]
    for entity in ("care_entry", "care"):
        replaced += _replace_copies(conn, entity, care_ids)
    scrubbed = _scrub_audit(conn, terms)
    blanked = _blank_rejected(conn, terms)
    batches = _scrub_batch_names(conn, terms)
    if not pg(conn):  # SQLite's FTS5 tables: drop the deleted words for good
        for table in ("feedback_fts_word", "feedback_fts_tri"):
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")

    report = ErasureReport(uuid, items, len(care), replaced, scrubbed, blanked, batches)
    counts = {k: v for k, v in report.as_dict().items() if k != "customer_uuid"}
    conn.execute(
        "INSERT INTO audit_log (actor, action, entity, entity_id, before, after)"
        " VALUES (?, 'erase', 'customer', ?, NULL, ?)",
        (current_actor(), uuid, json.dumps(counts)),
    )
    return report


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def _replace_copies(conn: Any, entity: str, ids: Sequence[str]) -> int:
    changed = 0
    mark = _json_mark(conn)
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        changed += conn.execute(
            "UPDATE audit_log SET"
            f" before = CASE WHEN before IS NULL THEN NULL ELSE {mark} END,"
            f" after = CASE WHEN after IS NULL THEN NULL ELSE {mark} END"
            f" WHERE entity = ? AND entity_id IN ({marks})"
            " AND (before IS NOT NULL OR after IS NOT NULL)",
            (ERASED_COPY, ERASED_COPY, entity, *part),
        ).rowcount
    return changed


def _json_mark(conn: Any) -> str:
    """The placeholder for a value written to a JSON column (text is cast on PostgreSQL)."""
    return "?::json" if pg(conn) else "?"


def _like_patterns(terms: Sequence[str]) -> list[str]:
    r"""LIKE patterns (ESCAPE '\') that find each term in stored text or JSON: as typed and
    as JSON escapes it (ensure_ascii: "Zo\u00eb"); a short term only as a whole JSON string."""
    patterns = []
    for term in terms:
        for form in {term, json.dumps(term)[1:-1]}:
            escaped = form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            if len(term) < SHORT_TERM:
                patterns.append(f'%"{escaped}"%')
            else:
                patterns.append(f"%{escaped}%")
    return patterns


def _names(value: str, folded: Sequence[str]) -> bool:
    low = value.casefold()
    return any(low == t if len(t) < SHORT_TERM else t in low for t in folded)


def _scrub_json(value: Any, folded: Sequence[str]) -> Any:
    """`value` with every string (or key) that names the customer replaced by "[erased]"."""
    if isinstance(value, str):
        return ERASED if _names(value, folded) else value
    if isinstance(value, dict):
        return {(ERASED if _names(str(k), folded) else k): _scrub_json(v, folded)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_json(v, folded) for v in value]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return ERASED if str(value).casefold() in folded else value
    return value


def _scrub_stored(text: str | None, folded: Sequence[str]) -> str | None:
    if text is None:
        return None
    try:
        loaded = json.loads(text)
    except ValueError:
        return ERASED if _names(text, folded) else text
    return json.dumps(_scrub_json(loaded, folded), ensure_ascii=False)


def _candidates(conn: Any, table: str, columns: Sequence[str],
                terms: Sequence[str]) -> list[tuple[Any, ...]]:
    """Rows whose columns may name the customer, read as text (PostgreSQL's JSON columns
    are cast to their stored text, which is what the patterns and the scrubbing expect)."""
    patterns = _like_patterns(terms)
    if not patterns:
        return []
    on_pg = pg(conn)
    cast, like = ("::text", "ILIKE") if on_pg else ("", "LIKE")
    where = " OR ".join(f'"{c}"{cast} {like} ? ESCAPE \'\\\''
                        for c in columns for _ in patterns)
    params = [p for _ in columns for p in patterns]
    quoted = ", ".join(f'"{c}"{cast}' for c in columns)
    return conn.execute(f"SELECT id, {quoted} FROM {table} WHERE {where}", params).fetchall()


def _scrub_audit(conn: Any, terms: Sequence[str]) -> int:
    folded = [t.casefold() for t in terms]
    changed = 0
    mark = _json_mark(conn)
    for ident, before, after in _candidates(conn, "audit_log", ("before", "after"), terms):
        new = (_scrub_stored(before, folded), _scrub_stored(after, folded))
        if new != (before, after):
            conn.execute(f"UPDATE audit_log SET before = {mark}, after = {mark} WHERE id = ?",
                         (*new, ident))
            changed += 1
    return changed


def _blank_rejected(conn: Any, terms: Sequence[str]) -> int:
    folded = [t.casefold() for t in terms]
    changed = 0
    rows = _candidates(conn, "rejected_row", ("data", "value", "reason"), terms)
    for ident, _data, _value, reason in rows:
        scrubbed = _scrub_reason(reason, folded)
        # the reason as a message holds the same values: it goes with a reason that named them
        keep_message = "reason_message" if scrubbed == reason else "NULL"
        conn.execute(
            "UPDATE rejected_row SET data = NULL, value = NULL, reason = ?, "
            f"reason_message = {keep_message} WHERE id = ?",
            (scrubbed, ident),
        )
        changed += 1
    return changed


def _scrub_reason(reason: str | None, folded: Sequence[str]) -> str:
    if reason is None:
        return ERASED
    return ERASED if _names(reason, folded) else reason


def _scrub_batch_names(conn: Any, terms: Sequence[str]) -> int:
    long_terms = [t for t in terms if len(t) >= SHORT_TERM]
    if not long_terms:
        return 0
    pattern = re.compile("|".join(re.escape(t) for t in long_terms), re.IGNORECASE)
    changed = 0
    for ident, name in _candidates(conn, "import_batch", ("file_name",), long_terms):
        conn.execute("UPDATE import_batch SET file_name = ? WHERE id = ?",
                     (pattern.sub(ERASED, name), ident))
        changed += 1
    return changed
