"""Which spreadsheet column feeds which field: detection from headers and samples, templates.

Detection scores every (header, field) pair, then assigns greedily, best confidence first, so a
field gets at most one column and a column at most one field; the rest go to `extra`.

NPS rule (DESIGN §1): a column becomes `score` only when its header asks about recommending
(recommend, NPS, empfehlen, raccomandare, rekomendasi, tavsiye, 추천 ...). "Score", "Rating",
"평점", "Puan" without such a cue are ratings, even when their values run 0-10; the user may
still map them to score by hand, and `Mapping.score_lacks_recommend_cue` then tells the charts.

Templates: a saved Mapping applies to a file that has all of the template's headers, compared
after `normalise_header` (case, accents, punctuation, order do not matter).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import partial
from typing import Any

from advocacy_desktop.domain.fields import FIELDS, Field, Kind, word_key
from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from advocacy_desktop.domain.values import (
    Cell,
    DateOrder,
    ValueRejected,
    date_order_needed,
    detect_date_orders,
    parse_date,
    parse_email,
    parse_id,
    parse_language,
    parse_needs,
    parse_rating,
    parse_score,
    parse_status,
    parse_text,
)

TEMPLATE_VERSION = 1
THRESHOLD = 0.5  # below this a header is left unmapped (kept in extra)
SAMPLE_LIMIT = 200  # sample cells looked at per column

Parser = Callable[[Cell], object]
_PLAIN_PARSERS: dict[Kind, Parser] = {
    Kind.SCORE: parse_score,
    Kind.EMAIL: parse_email,
    Kind.LIST: parse_needs,
    Kind.STATUS: parse_status,
    Kind.LANGUAGE: parse_language,
}


def parser_for(
    fld: Field,
    *,
    date_order: DateOrder | None = None,
    epoch_1904: bool = False,
    rating_scale: int = 5,
    rating_min: int = 1,
) -> Parser:
    """The one-argument parser the importer calls on every cell of a column mapped to fld."""
    info = FIELDS[fld]
    if info.kind in _PLAIN_PARSERS:
        return _PLAIN_PARSERS[info.kind]
    if info.kind is Kind.DATE:
        return partial(parse_date, order=date_order, epoch_1904=epoch_1904)
    if info.kind is Kind.RATING:
        return partial(parse_rating, scale=rating_scale, minimum=rating_min)
    parse = parse_id if info.kind is Kind.IDENTIFIER else parse_text
    return partial(parse, field=fld, max_length=info.max_length)


# ---------------------------------------------------------------- header normalisation

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def normalise_header(header: object) -> str:
    """Lower-case words without accents or punctuation: 'RELATIONSHIP_NPS' -> 'relationship
    nps', 'customerID' -> 'customer id', 'Müşteri Adı' -> 'musteri adi', '평점' -> '평점'."""
    return word_key(_CAMEL.sub(" ", "" if header is None else str(header)))


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_BLANK_NAME = re.compile(r"Column [A-Z]{1,3}")


def unique_headers(headers: Sequence[object]) -> list[str]:
    """Header names the mapping can refer to: blanks become 'Column G', repeats 'Email (2)'."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = "" if header is None else str(header).strip()
        if not name:
            name = f"Column {column_letter(index)}"
        key = normalise_header(name)
        if key in seen:
            seen[key] += 1
            name = f"{name} ({seen[key]})"
            key = normalise_header(name)
        seen.setdefault(key, 1)
        names.append(name)
    return names


def header_signature(headers: Sequence[object]) -> str:
    """sha256 hex of the file's headers, normalised and sorted; blank headers do not count."""
    keys = sorted(normalise_header(h) for h in headers if h is not None and str(h).strip())
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- header vocabulary

_RECOMMEND_STEMS = (
    "recommend", "recomend", "recommand", "empfehl", "raccomand", "consiglier", "consigliar",
    "rekomend",
    "tavsiye", "promoter", "추천",
)
_NPS_TOKEN = re.compile(r"[a-z]?nps|ltr")
# Headers about the company's reply, a title or an account of the business, not the customer.
_NEGATIVE_TOKENS = frozenset(
    "reply replied company merchant business developer seller unternehmen unternehmens "
    "azienda perusahaan sirket yanit cevap balasan title titel titolo judul baslik subject "
    "betreff oggetto".split()
)
_NEGATIVE_HANGUL = ("답변", "답글", "판매자", "제목")
# "0-10", "1 to 5", "out of 5", "5 üzerinden", "5점 만점" in a header, after normalise_header.
_SCALE_RANGE = re.compile(
    r"(?<!\d)([01]) (?:to |bis |a |sampai |hingga |ile |ila |에서 )?(\d{1,3})(?!\d)"
)
_SCALE_OUT_OF = re.compile(
    r"(?:out of|von|su|dari) (\d{1,3})(?!\d)|(\d{1,3}) ?(?:uzerinden|점 만점|점 척도)"
)


@dataclass(frozen=True, slots=True)
class _Synonym:
    tokens: tuple[str, ...]
    compact: str
    weight: float


def _build_vocabulary() -> dict[Field, list[_Synonym]]:
    vocabulary: dict[Field, list[_Synonym]] = {}
    for info in FIELDS.values():
        entries = []
        for words, weight in ((info.synonyms, 1.0), (info.weak, 0.8)):
            for word in words:
                key = normalise_header(word)
                entries.append(_Synonym(tuple(key.split()), key.replace(" ", ""), weight))
        vocabulary[info.field] = entries
    return vocabulary


_VOCABULARY = _build_vocabulary()


def _is_latin(text: str) -> bool:
    return all(c.isascii() for c in text)


def _match(tokens: tuple[str, ...], compact: str, synonym: _Synonym) -> float:
    """How well one synonym explains a header: 1 exact, ~0.6-0.9 words inside, less inside
    a compound word (German Bewertungsinhalt, Korean 리뷰작성일)."""
    if compact == synonym.compact:
        return synonym.weight
    size = len(synonym.tokens)
    cover = len(synonym.compact) / max(len(compact), 1)
    for start in range(len(tokens) - size + 1):
        if tokens[start : start + size] == synonym.tokens:
            return synonym.weight * (0.6 + 0.3 * cover)
    shortest = 5 if _is_latin(synonym.compact) else 2
    if len(synonym.compact) >= shortest and synonym.compact in compact:
        return synonym.weight * (0.45 + 0.3 * cover)
    return 0.0


def has_recommend_cue(header: object) -> bool:
    """True when a header asks how likely the customer is to recommend (the NPS question)."""
    key = normalise_header(header)
    compact = key.replace(" ", "")
    if any(_NPS_TOKEN.fullmatch(token) for token in key.split()):
        return True
    return any(stem in compact for stem in _RECOMMEND_STEMS)


def _is_negative(key: str) -> bool:
    return any(token in _NEGATIVE_TOKENS for token in key.split()) or any(
        word in key for word in _NEGATIVE_HANGUL
    )


def header_scores(header: object) -> dict[Field, float]:
    """Confidence (0-1) for each field a header could mean, from its words alone."""
    key = normalise_header(header)
    tokens = tuple(key.split())
    compact = key.replace(" ", "")
    scores: dict[Field, float] = {}
    if not compact:
        return scores
    for fld, synonyms in _VOCABULARY.items():
        best = max(_match(tokens, compact, synonym) for synonym in synonyms)
        if best > 0:
            scores[fld] = best
    if has_recommend_cue(header):
        scores[Field.SCORE] = max(scores.get(Field.SCORE, 0.0), 0.9)
        scores.pop(Field.RATING, None)  # a recommend question is never a plain rating
    else:
        scores.pop(Field.SCORE, None)  # never NPS without a recommend/NPS cue (DESIGN §1)
    if _is_negative(key):
        scores = {fld: value * 0.3 for fld, value in scores.items()}
    return scores


# ---------------------------------------------------------------- evidence from sample values


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _share(values: list[Any], accept: Any) -> float:
    good = 0
    for value in values:
        try:
            accept(value)
        except (ValueRejected, TypeError, ValueError):
            continue
        good += 1
    return good / len(values)


def _looks_like_date(value: object) -> None:
    try:
        parse_date(value)
    except ValueRejected as rejected:
        if not any(_tries(parse_date, value, order=order) for order in DateOrder):
            raise rejected from None


def _tries(parse: Any, value: object, **options: Any) -> bool:
    try:
        parse(value, **options)
    except ValueRejected:
        return False
    return True


def _any_rating(value: object) -> float | None:
    """A rating on whatever scale fits (stars with empty ones need their own count)."""
    for scale in (100, 10, 5):
        try:
            return parse_rating(value, scale, minimum=0)
        except ValueRejected as rejected:
            error = rejected
    raise error


def _is_email(value: object) -> None:
    if not (isinstance(value, str) and "@" in value and "." in value.rpartition("@")[2]):
        raise ValueError


def _long_text_share(values: list[Any]) -> float:
    texts = [v for v in values if isinstance(v, str) and not _NUMERIC.fullmatch(v.strip())]
    if not texts:
        return 0.0
    average = sum(len(t) for t in texts) / len(texts)
    return (len(texts) / len(values)) * min(1.0, average / 30)


_NUMERIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_SHORT_FIELDS = (
    Field.CUSTOMER_NAME, Field.SOURCE, Field.CHANNEL, Field.COUNTRY, Field.PRODUCT,
    Field.ASSIGNEE, Field.STATUS, Field.LANGUAGE, Field.NEEDS,
)


def _weigh_samples(scores: dict[Field, float], values: list[Any]) -> None:
    """Raise or lower header confidence by what the column holds; add content-only guesses."""
    if not values:
        return
    checks = {
        Field.SCORE: parse_score,
        Field.RATING: _any_rating,
        Field.DATE: _looks_like_date,
        Field.EMAIL: _is_email,
    }
    for fld, accept in checks.items():
        if fld in scores:
            share = _share(values, accept)
            if share >= 0.9:
                scores[fld] = min(1.0, scores[fld] + 0.05)
            elif share < 0.5:
                scores[fld] *= 0.3 if fld is not Field.DATE else 0.6
            else:
                scores[fld] *= 0.7
    text_share = _long_text_share(values)
    if Field.TEXT in scores:
        scores[Field.TEXT] *= 0.6 + 0.45 * text_share
    numbers_only = all(isinstance(v, int | float) for v in values)
    for fld in _SHORT_FIELDS:
        if fld in scores and numbers_only:
            scores[fld] *= 0.5
    if max(scores.values(), default=0.0) < THRESHOLD:
        if _share(values, _is_email) >= 0.9:
            scores[Field.EMAIL] = 0.6
        elif text_share >= 0.8:
            scores[Field.TEXT] = 0.55


def _columns(samples: Sequence[Sequence[object]] | None, width: int) -> list[list[Any]]:
    columns: list[list[Any]] = [[] for _ in range(width)]
    for row in (samples or [])[:SAMPLE_LIMIT]:
        for index, value in enumerate(row[:width]):
            if not _blank(value):
                columns[index].append(value)
    return columns


# ---------------------------------------------------------------- the mapping


@dataclass
class Mapping:
    """Columns -> fields for one file layout; also what a saved template holds.

    `headers` are the file's column names after `unique_headers`, in file order; `fields`
    maps a field to one of them. `signature` identifies the original header row.
    """

    headers: list[str]
    fields: dict[Field, str] = dataclass_field(default_factory=dict)
    confidence: dict[Field, float] = dataclass_field(default_factory=dict)
    rating_scale: int | None = None
    rating_min: int = 1
    date_order: DateOrder | None = None
    notes: dict[Field, str] = dataclass_field(default_factory=dict)
    name: str | None = None
    signature: str = ""

    def __post_init__(self) -> None:
        if not self.signature:
            self.signature = header_signature(self.headers)

    @property
    def unmapped(self) -> list[str]:
        """Headers no field uses, in file order: their cells go to `extra`."""
        used = set(self.fields.values())
        return [header for header in self.headers if header not in used]

    def column_of(self, fld: Field) -> int | None:
        header = self.fields.get(fld)
        return None if header is None else self.headers.index(header)

    def columns(self) -> dict[Field, int]:
        """Field -> column index, in Field order."""
        return {fld: self.headers.index(self.fields[fld]) for fld in Field if fld in self.fields}

    def extra_columns(self) -> list[tuple[int, str]]:
        used = set(self.fields.values())
        return [(i, header) for i, header in enumerate(self.headers) if header not in used]

    def assign(self, fld: Field, header: str | None) -> None:
        """The user's correction: `fld` now reads `header` (None: not imported)."""
        self.fields.pop(fld, None)
        self.confidence.pop(fld, None)
        self.notes.pop(fld, None)
        if header is None:
            return
        if header not in self.headers:
            raise ValueError(Message(QT_TRANSLATE_NOOP(
                "ImportMapping", "{header} is not a column of this file"), header=repr(header)))
        for other, used in list(self.fields.items()):
            if used == header:
                del self.fields[other]
                self.confidence.pop(other, None)
        self.fields[fld] = header
        self.confidence[fld] = 1.0
        if fld is Field.RATING and self.rating_scale is None:
            self.rating_scale = 5

    @property
    def score_lacks_recommend_cue(self) -> bool:
        """Score was mapped by hand to a column that does not ask about recommending; NPS
        charts must say so (DESIGN §1)."""
        header = self.fields.get(Field.SCORE)
        return header is not None and not has_recommend_cue(header)

    def parsers(self, *, epoch_1904: bool = False) -> list[tuple[Field, int, Parser]]:
        """(field, column index, parser) for every mapped field: what the importer runs."""
        return [
            (
                fld,
                index,
                parser_for(
                    fld,
                    date_order=self.date_order,
                    epoch_1904=epoch_1904,
                    rating_scale=self.rating_scale or 5,
                    rating_min=self.rating_min,
                ),
            )
            for fld, index in self.columns().items()
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": TEMPLATE_VERSION,
            "name": self.name,
            "signature": self.signature,
            "headers": list(self.headers),
            "fields": {fld.value: header for fld, header in self.fields.items()},
            "confidence": {fld.value: round(c, 3) for fld, c in self.confidence.items()},
            "rating_scale": self.rating_scale,
            "rating_min": self.rating_min,
            "date_order": None if self.date_order is None else self.date_order.value,
            "notes": {fld.value: note for fld, note in self.notes.items()},
            "unmapped": self.unmapped,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mapping:
        """Read a saved template; fields this version does not know are left out."""
        if not isinstance(data, dict) or not isinstance(data.get("headers"), list):
            raise ValueError(Message(QT_TRANSLATE_NOOP(
                "ImportMapping", "not a column mapping template")))
        if int(data.get("version", 1)) > TEMPLATE_VERSION:
            raise ValueError(Message(QT_TRANSLATE_NOOP(
                "ImportMapping", "this template was saved by a newer version of the app")))
        known = {fld.value for fld in Field}
        headers = [str(h) for h in data["headers"]]
        fields = {
            Field(k): str(v)
            for k, v in (data.get("fields") or {}).items()
            if k in known and v in headers
        }
        order = data.get("date_order")
        return cls(
            headers=headers,
            fields=fields,
            confidence={
                Field(k): float(v) for k, v in (data.get("confidence") or {}).items() if k in known
            },
            rating_scale=data.get("rating_scale"),
            rating_min=int(data.get("rating_min", 1)),
            date_order=None if order is None else DateOrder(order),
            notes={Field(k): str(v) for k, v in (data.get("notes") or {}).items() if k in known},
            name=data.get("name"),
            signature=str(data.get("signature") or ""),
        )


# ---------------------------------------------------------------- detection


_ZERO_TO_TEN_NOTE = QT_TRANSLATE_NOOP(
    "ImportMapping",
    "A 0–10 scale, like the question 'how likely are you to recommend us'. It is kept as a "
    "rating; map the column to score only if it asks exactly that.",
)


def _rating_scale(header: str, values: list[Any]) -> tuple[int, int, str | None]:
    """(scale, minimum, note) for a rating column: the header's own words first, then values."""
    numbers = []
    for value in values:
        try:
            rating = _any_rating(value)
        except ValueRejected:
            continue
        if rating is not None:
            numbers.append(rating)
    key = normalise_header(header)
    ranged, out_of = _SCALE_RANGE.search(key), _SCALE_OUT_OF.search(key)
    if ranged and 2 <= int(ranged.group(2)) <= 100:
        scale, minimum = int(ranged.group(2)), int(ranged.group(1))
    elif out_of and 2 <= int(out_of.group(1) or out_of.group(2)) <= 100:
        scale, minimum = int(out_of.group(1) or out_of.group(2)), 1
    elif numbers:
        top = max(numbers)
        scale = 5 if top <= 5 else 10 if top <= 10 else 100
        minimum = 0 if min(numbers) < 1 else 1
    else:
        return 5, 1, Message(QT_TRANSLATE_NOOP(
            "ImportMapping", "No sample values: a 1–5 scale is assumed; check it."))
    whole = all(n.is_integer() for n in numbers)
    zero_to_ten = (scale, minimum, whole) == (10, 0, True)
    return scale, minimum, Message(_ZERO_TO_TEN_NOTE) if zero_to_ten else None


def detect_mapping(
    headers: Sequence[object], samples: Sequence[Sequence[object]] | None = None
) -> Mapping:
    """Guess the mapping of a file from its header row and (optionally) its first rows.

    `samples` are rows in header order. Each field gets at most one column, best confidence
    first; the guess is for the user to confirm in the import wizard.
    """
    names = unique_headers(headers)
    columns = _columns(samples, len(names))
    candidates: list[tuple[float, int, Field]] = []
    for index, name in enumerate(names):
        scores = {} if _BLANK_NAME.fullmatch(name) else header_scores(name)
        if samples:
            _weigh_samples(scores, columns[index])
        candidates += [(s, -index, fld) for fld, s in scores.items() if s >= THRESHOLD]
    candidates.sort(key=lambda c: (c[0], c[1], -list(Field).index(c[2])), reverse=True)
    mapping = Mapping(headers=names, signature=header_signature(headers))
    taken: set[int] = set()
    for confidence, negative_index, fld in candidates:
        index = -negative_index
        if fld in mapping.fields or index in taken:
            continue
        taken.add(index)
        mapping.fields[fld] = names[index]
        mapping.confidence[fld] = round(min(confidence, 1.0), 3)
    _describe(mapping, columns)
    return mapping


def _describe(mapping: Mapping, columns: list[list[Any]]) -> None:
    """Fill the rating scale and the notes the wizard shows next to uncertain choices."""
    rating = mapping.column_of(Field.RATING)
    if rating is not None:
        scale, minimum, note = _rating_scale(mapping.headers[rating], columns[rating])
        mapping.rating_scale, mapping.rating_min = scale, minimum
        if note:
            mapping.notes[Field.RATING] = note
    date = mapping.column_of(Field.DATE)
    if date is not None and date_order_needed(columns[date]):
        fits = detect_date_orders(columns[date])
        if fits:
            mapping.notes[Field.DATE] = _order_note(fits)
        else:
            mapping.notes[Field.DATE] = Message(QT_TRANSLATE_NOOP(
                "ImportMapping", "Text dates mix day-first and month-first values."))
    if Field.SCORE not in mapping.fields:
        mapping.notes.setdefault(Field.SCORE, Message(QT_TRANSLATE_NOOP(
            "ImportMapping", "No column asks how likely the customer is to recommend you: no NPS."
        )))


def _order_note(fits: set[DateOrder]) -> Message:
    """'Text dates need an order: the values fit day-first (DMY) or month-first (MDY).'"""
    choices = [Message(QT_TRANSLATE_NOOP("ImportMapping", "{order} ({code})"),
                       order=o.label_message, code=o.value)
               for o in sorted(fits, key=lambda o: o.label)]
    if len(choices) == 1:
        return Message(QT_TRANSLATE_NOOP(
            "ImportMapping", "Text dates need an order: the values fit {first}."),
            first=choices[0])
    if len(choices) == 2:
        return Message(QT_TRANSLATE_NOOP(
            "ImportMapping", "Text dates need an order: the values fit {first} or {second}."),
            first=choices[0], second=choices[1])
    return Message(QT_TRANSLATE_NOOP(
        "ImportMapping", "Text dates need an order: the values fit {first} or {second} or "
        "{third}."), first=choices[0], second=choices[1], third=choices[2])


# ---------------------------------------------------------------- templates


def missing_headers(template: Mapping, headers: Sequence[object]) -> list[str]:
    """The template's headers that this file lacks (blank-column names aside)."""
    present = {normalise_header(h) for h in unique_headers(headers)}
    return [
        h
        for h in template.headers
        if normalise_header(h) not in present
        and not (_BLANK_NAME.fullmatch(h) and h not in template.fields.values())
    ]


def apply_template(template: Mapping, headers: Sequence[object]) -> Mapping | None:
    """The template's mapping for a file with all of its headers (any order, case, accents);
    None when one is missing. New columns of the file go to `extra`."""
    if missing_headers(template, headers):
        return None
    names = unique_headers(headers)
    by_key = {normalise_header(name): name for name in names}
    fields = {fld: by_key[normalise_header(h)] for fld, h in template.fields.items()}
    return Mapping(
        headers=names,
        fields=fields,
        confidence=dict.fromkeys(fields, 1.0),
        rating_scale=template.rating_scale,
        rating_min=template.rating_min,
        date_order=template.date_order,
        notes=dict(template.notes),
        name=template.name,
        signature=header_signature(headers),
    )
