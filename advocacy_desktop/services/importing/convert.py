"""One file row -> one feedback row ready to insert, or the reasons it is rejected.

Kept free of database and Qt imports: a worker process runs it on big files while the
parent writes (see `worker.py`).
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from advocacy_desktop.domain.fields import Field, ValueRejected, fold
from advocacy_desktop.domain.mapping import Mapping
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.domain.values import content_hash
from advocacy_desktop.services.importing.table import Value, column_letter

NO_CONTENT = Message(QT_TRANSLATE_NOOP(
    "ImportValues", "The row has no score, rating or text, so there is nothing to import."))


def json_safe(value: Any) -> Any:
    """A cell value as JSON can hold it: dates and datetimes become ISO text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def dump_json(data: dict[str, Any] | None) -> str | None:
    if not data:
        return None
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)


class UuidSequence:
    """UUIDs for one batch: its start in milliseconds, 8 random hex digits, and a counter.
    Sorted like `models.new_uuid()` values (the index grows at its end) and unique across
    batches and catalogues."""

    def __init__(self) -> None:
        self._prefix = f"{time.time_ns() // 1_000_000:012x}{secrets.token_hex(4)}"
        self._next = 0

    def __call__(self) -> str:
        self._next += 1
        return f"{self._prefix}{self._next:012x}"


class FeedbackRow(NamedTuple):
    """One valid row, ready to insert, with the names still to be resolved to ids. A plain
    tuple underneath: cheap to build, and cheap to send from the worker process."""

    row_number: int
    uuid: str
    dedupe_key: str
    source: str | None
    customer_key: str | None
    customer: tuple[str | None, str | None, str | None]  # external id, name, e-mail
    assignee: str | None
    needs: list[str]
    values: tuple[Any, ...]  # external_id, received_on, score, rating, rating_scale, text,
    # language, channel, country, product, status, extra


@dataclass
class Rejection:
    row_number: int
    column: str | None
    value: Any
    reason: str
    """Its English; a Message (stored beside it) for the GUI to show in the UI language."""
    data: dict[str, Any] | None


# Plain-text keys for the per-row record: a StrEnum member hashes through a Python-level
# __hash__, which cost more than every value check together on a 1M-row file.
(_DATE, _SCORE, _RATING, _TEXT, _SOURCE, _CUSTOMER_NAME, _EMAIL, _CUSTOMER_ID, _EXTERNAL_ID,
 _CHANNEL, _COUNTRY, _PRODUCT, _LANGUAGE, _NEEDS, _ASSIGNEE, _STATUS) = (f.value for f in Field)
_UNIQUE_FIELDS = frozenset({Field.TEXT, Field.EXTERNAL_ID})  # nearly every value differs
MEMO_LIMIT = 50_000
_MISSING = object()


def memoised(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`parse` remembering its answer per value: sources, countries, dates and scores repeat
    thousands of times in a file. One table per type, so 1, 1.0 and True never share an
    answer; up to MEMO_LIMIT values each; rejections are remembered as their reason."""
    tables: dict[type, dict[Any, Any]] = {kind: {} for kind in (str, float, int, date, datetime)}

    def parse_remembered(raw: Any) -> Any:
        answers = tables.get(type(raw))
        if answers is None:  # bool, time, anything unusual
            return parse(raw)
        known = answers.get(raw, _MISSING)
        if known is _MISSING:
            try:
                known = parse(raw)
            except ValueRejected as exc:
                if len(answers) < MEMO_LIMIT:
                    answers[raw] = _Rejected(exc.field, exc.reason)
                raise
            if len(answers) < MEMO_LIMIT:
                answers[raw] = known
            return known
        if type(known) is _Rejected:
            raise ValueRejected(known.field, raw, known.reason)
        return known

    return parse_remembered


@dataclass(frozen=True, slots=True)
class _Rejected:
    field: str
    reason: str



class RowConverter:
    """Turns one file row into a FeedbackRow or a list of Rejections."""

    def __init__(
        self,
        headers: list[str],
        mapping: Mapping,
        default_source: str | None,
        *,
        epoch_1904: bool = False,
    ) -> None:
        self.headers = headers
        self.width = len(headers)
        self.parsers = [
            (fld.value, index, parse if fld in _UNIQUE_FIELDS else memoised(parse))
            for fld, index, parse in mapping.parsers(epoch_1904=epoch_1904)
        ]
        self.extra_columns = mapping.extra_columns()
        self.rating_scale = mapping.rating_scale if Field.RATING in mapping.fields else None
        self.default_source = default_source
        self.has_external_id = Field.EXTERNAL_ID in mapping.fields
        self._source_keys: dict[str, str] = {}
        self._uuid = UuidSequence()

    def _source_key(self, source: str | None) -> str:
        if not source:
            return ""
        key = self._source_keys.get(source)
        if key is None:
            key = self._source_keys[source] = fold(source)
        return key

    def original(self, values: list[Value]) -> dict[str, Any]:
        """The whole row by header, for a rejected row (so it can be exported and fixed)."""
        data = {h: json_safe(values[i]) for i, h in enumerate(self.headers) if i < len(values)}
        for i in range(self.width, len(values)):
            data[column_letter(i)] = json_safe(values[i])
        return data

    def convert(self, row_number: int, values: list[Value]) -> FeedbackRow | list[Rejection]:
        record: dict[str, Any] = {}
        problems: list[tuple[int, Any, str]] | None = None
        n = len(values)
        for fld, index, parse in self.parsers:
            if index >= n:
                continue
            raw = values[index]
            if raw is None:
                continue
            try:
                value = parse(raw)
            except ValueRejected as exc:
                if problems is None:
                    problems = []
                problems.append((index, raw, exc.reason))
                continue
            if value is not None and value != []:
                record[fld] = value
        if problems is None and not (
            _SCORE in record or _RATING in record or _TEXT in record
        ):
            problems = [(-1, None, NO_CONTENT)]
        if problems is not None:
            data = self.original(values)
            return [
                Rejection(
                    row_number,
                    self.headers[index] if index >= 0 else None,
                    raw,
                    reason,
                    data,
                )
                for index, raw, reason in problems
            ]
        return self._row(row_number, values, record)

    def _row(self, row_number: int, values: list[Value], record: dict[str, Any]) -> FeedbackRow:
        get = record.get
        if _SOURCE not in record and self.default_source:
            record[_SOURCE] = self.default_source
        source = get(_SOURCE)
        external_id = get(_EXTERNAL_ID)
        if external_id is not None:
            dedupe_key = f"ext:{self._source_key(source)}:{external_id}"
        else:
            dedupe_key = "hash:" + content_hash(record)
        customer_id = get(_CUSTOMER_ID)
        name, email = get(_CUSTOMER_NAME), get(_EMAIL)
        if customer_id is not None:
            customer_key: str | None = f"id:{customer_id}"
        elif email is not None:
            customer_key = f"email:{email.casefold()}"
        elif name is not None:
            customer_key = f"name:{fold(name)}"
        else:
            customer_key = None
        extra = None
        n = len(values)
        for index, header in self.extra_columns:
            if index < n and values[index] is not None:
                if extra is None:
                    extra = {}
                extra[header] = json_safe(values[index])
        if n > self.width:
            for index in range(self.width, n):
                if values[index] is not None:
                    if extra is None:
                        extra = {}
                    extra[column_letter(index)] = json_safe(values[index])
        received = get(_DATE)
        rating = get(_RATING)
        return FeedbackRow(
            row_number=row_number,
            uuid=self._uuid(),
            dedupe_key=dedupe_key,
            source=source,
            customer_key=customer_key,
            customer=(customer_id, name, email),
            assignee=get(_ASSIGNEE),
            needs=get(_NEEDS) or [],
            values=(
                external_id,
                None if received is None else received.isoformat(),
                get(_SCORE),
                rating,
                self.rating_scale if rating is not None else None,
                get(_TEXT),
                get(_LANGUAGE),
                get(_CHANNEL),
                get(_COUNTRY),
                get(_PRODUCT),
                get(_STATUS) or "new",
                None if extra is None else _dump(extra),
            ),
        )


def _dump(extra: dict[str, Any]) -> str:
    return dump_json(extra) or "{}"


class Chunk(NamedTuple):
    """One chunk of a file, ready for the writer: names still stand where ids will go, and
    SQLite looks them up itself while inserting (no Python work per row in the writer)."""

    rows: int
    feedback: list[tuple[Any, ...]]
    """INSERT parameters: id, uuid, source name, customer match key, batch id, assignee name,
    dedupe key, then FeedbackRow.values."""
    customers: list[tuple[Any, ...]]
    """(uuid, external id, name, e-mail, match key) of customers first seen in this chunk."""
    links: list[tuple[Any, ...]]
    """(feedback id, need name, feedback id, batch id) for the needs column."""
    sources: dict[str, None]
    """Names in the order first met (the first spelling names a new source, need, person)."""
    people: dict[str, None]
    needs: dict[str, None]
    rejections: list[Rejection]


class ChunkBuilder:
    """Numbers the valid rows from `first_id` and collects what the writer needs per chunk."""

    def __init__(self, converter: RowConverter, first_id: int, batch_id: int | None) -> None:
        self.converter = converter
        self.next_id = first_id
        self.batch_id = batch_id
        self._customer_uuid = UuidSequence()
        self._seen_customers: set[str] = set()

    def build(self, rows: list[tuple[int, list[Value]]]) -> Chunk:
        convert = self.converter.convert
        batch_id = self.batch_id
        seen = self._seen_customers
        feedback: list[tuple[Any, ...]] = []
        customers: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        sources: dict[str, None] = {}
        people: dict[str, None] = {}
        needs: dict[str, None] = {}
        rejections: list[Rejection] = []
        row_id = self.next_id
        for row_number, values in rows:
            converted = convert(row_number, values)
            if type(converted) is list:
                rejections.extend(converted)
                continue
            _n, uuid, dedupe_key, source, key, customer, assignee, row_needs, data = converted
            feedback.append((row_id, uuid, source, key, batch_id, assignee, dedupe_key, *data))
            if source:
                sources[source] = None
            if key is not None and key not in seen:
                seen.add(key)
                customers.append((self._customer_uuid(), *customer, key))
            if assignee:
                people[assignee] = None
            for need in row_needs:
                needs[need] = None
                links.append((row_id, need, row_id, batch_id))
            row_id += 1
        self.next_id = row_id
        return Chunk(len(rows), feedback, customers, links, sources, people, needs, rejections)

