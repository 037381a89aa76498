"""The fields a spreadsheet column can be mapped to, the words that name them and their values
in English, German, Italian, Indonesian, Turkish and Korean, and the rules for the text-like
fields (text, ids, e-mail, needs, status, language). Scores, ratings and dates, the numeric
rules, live in `values`, which also re-exports everything a reader of cells needs from here.

Synonyms are written naturally (accents, hyphens, capitals); `word_key` folds both the headers
and these words the same way before comparing. `weak` synonyms are plausible but often mean
something else (a Trustpilot "Reference ID" is an order number), so they match with less
confidence and lose to a strong synonym in another column.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from advocacy_desktop.domain.messages import QT_TRANSLATE_NOOP, Message


class Field(StrEnum):
    DATE = "date"
    SCORE = "score"
    RATING = "rating"
    TEXT = "text"
    SOURCE = "source"
    CUSTOMER_NAME = "customer_name"
    EMAIL = "email"
    CUSTOMER_ID = "customer_id"
    EXTERNAL_ID = "external_id"
    CHANNEL = "channel"
    COUNTRY = "country"
    PRODUCT = "product"
    LANGUAGE = "language"
    NEEDS = "needs"
    ASSIGNEE = "assignee"
    STATUS = "status"


class Kind(StrEnum):
    """How a field's cells are read (see values.parser_for)."""

    DATE = "date"
    SCORE = "score"
    RATING = "rating"
    TEXT = "text"
    EMAIL = "email"
    IDENTIFIER = "identifier"
    LIST = "list"
    STATUS = "status"
    LANGUAGE = "language"


@dataclass(frozen=True, slots=True)
class FieldInfo:
    field: Field
    label: str
    kind: Kind
    max_length: int | None
    synonyms: tuple[str, ...]
    weak: tuple[str, ...] = ()
    help: str = ""


def _words(*groups: str) -> tuple[str, ...]:
    """Synonyms from '|'-separated groups (one group per language)."""
    return tuple(word.strip() for group in groups for word in group.split("|") if word.strip())


# Must equal db.models.FEEDBACK_STATUSES (the domain may not import the db layer; a test checks).
FEEDBACK_STATUSES = ("new", "triaged", "in_progress", "resolved", "closed", "wont_fix")

_INFOS = (
    FieldInfo(
        Field.DATE, "Date", Kind.DATE, None,
        _words(
            "date|day|created|created at|created on|date created|creation date|submitted|"
            "submitted at|submission date|response date|review date|feedback date|survey date|"
            "timestamp|datetime|date time|posted|posted on|published|received|received on|"
            "review created|reviewed at|time",
            "datum|erstellt|erstellt am|erstellungsdatum|bewertung erstellt|bewertungsdatum|"
            "zeitstempel|eingegangen am|eingangsdatum|veröffentlicht|veröffentlicht am|"
            "veröffentlichungsdatum|zeitpunkt",
            "data|data recensione|data creazione|creato il|data invio|data risposta|"
            "data e ora|data di pubblicazione",
            "tanggal|tgl|waktu|tanggal ulasan|dibuat|dibuat pada|tanggal dibuat|tanggal kirim",
            "tarih|zaman|oluşturulma tarihi|oluşturma tarihi|yorum tarihi|gönderim tarihi|"
            "kayıt tarihi|değerlendirme tarihi",
            "날짜|작성일|작성일자|작성일시|등록일|등록일자|등록일시|일자|일시|리뷰 작성일|응답일|"
            "응답 일시|작성 날짜",
        ),
    ),
    FieldInfo(
        Field.SCORE, "Score (0–10 recommend)", Kind.SCORE, None,
        _words(
            "nps|net promoter score|nps score|promoter score|recommendation score|"
            "recommend score|likelihood to recommend|ltr|how likely are you to recommend us|"
            "would you recommend us",
            "weiterempfehlung|empfehlung|weiterempfehlungsbereitschaft|empfehlungsbereitschaft|"
            "empfehlungswahrscheinlichkeit|nps wert",
            "raccomandazione|probabilità di raccomandazione|punteggio nps|consiglieresti",
            "rekomendasi|skor nps|nilai nps|skor rekomendasi|kemungkinan merekomendasikan",
            "tavsiye|tavsiye puanı|nps puanı|tavsiye etme olasılığı|tavsiye skoru",
            "추천|추천 점수|추천 의향|추천의향|순추천지수|추천 지수|nps 점수",
        ),
        help="Only the answer to 'how likely are you to recommend us' (0–10) counts as NPS.",
    ),
    FieldInfo(
        Field.RATING, "Rating", Kind.RATING, None,
        _words(
            "rating|rate|ratings|stars|star|star rating|review rating|review stars|"
            "overall rating|rating value|review score|score|grade|points",
            "bewertung|sterne|sternebewertung|anzahl sterne|punkte|gesamtbewertung|punktzahl",
            "valutazione|voto|stelle|punteggio|giudizio|valutazione complessiva",
            "penilaian|nilai|bintang|skor|peringkat|rating bintang",
            "puan|değerlendirme|yıldız|derecelendirme|oy|yıldız sayısı|genel puan",
            "평점|별점|점수|평가|만족도|평점 점수",
        ),
        help="A star or other rating, kept apart from NPS with its scale (e.g. 1–5).",
    ),
    FieldInfo(
        Field.TEXT, "Text", Kind.TEXT, None,
        _words(
            "comment|comments|review|review text|review content|review body|feedback|"
            "feedback text|text|message|body|content|verbatim|open answer|remarks|"
            "description|opinion|why|reason|reason for score|customer comment",
            "kommentar|kommentare|bewertungstext|bewertungsinhalt|inhalt|nachricht|rückmeldung|"
            "meinung|anmerkung|anmerkungen|begründung|freitext",
            "commento|commenti|recensione|testo|testo recensione|messaggio|opinione|"
            "contenuto|motivazione|osservazioni",
            "ulasan|komentar|isi ulasan|teks|pesan|tanggapan|masukan|umpan balik|isi",
            "yorum|yorumlar|görüş|görüşler|mesaj|metin|içerik|geri bildirim|açıklama|şikayet",
            "내용|리뷰|리뷰 내용|의견|후기|댓글|코멘트|본문|피드백|상세 내용",
        ),
    ),
    FieldInfo(
        Field.SOURCE, "Source", Kind.TEXT, 200,
        _words(
            "source|platform|site|website|origin|review source|source of review|marketplace|"
            "store|app store|data source",
            "quelle|plattform|herkunft|quelle der bewertung|bewertungsquelle",
            "fonte|origine|piattaforma|sito|fonte recensione",
            "sumber|asal|sumber ulasan|situs",
            "kaynak|yorum kaynağı|site adı",
            "출처|플랫폼|사이트|경로|리뷰 출처|수집처",
        ),
    ),
    FieldInfo(
        Field.CUSTOMER_NAME, "Customer name", Kind.TEXT, 400,
        _words(
            "customer name|customer|reviewer|reviewer name|author|user|username|user name|"
            "full name|client|client name|respondent|contact name|display name|name|consumer name",
            "kunde|kundenname|name des bewerters|name des kunden|verfasser|autor|benutzer|"
            "benutzername|vorname nachname",
            "nome|cliente|nome cliente|autore|utente|nome utente|nome e cognome",
            "nama|pelanggan|nama pelanggan|pengguna|nama pengguna|penulis|nama lengkap",
            "ad|isim|ad soyad|adı soyadı|müşteri|müşteri adı|kullanıcı|kullanıcı adı|yazar",
            "이름|고객명|고객|작성자|닉네임|사용자|성명|회원명|고객 이름",
        ),
    ),
    FieldInfo(
        Field.EMAIL, "E-mail", Kind.EMAIL, 320,
        _words(
            "email|e-mail|mail|email address|e-mail address|customer email|reviewer email|"
            "contact email|user email",
            "e-mail-adresse|mailadresse|e-mail des bewerters|e-mail des kunden",
            "posta elettronica|indirizzo email|indirizzo e-mail|email cliente",
            "surel|alamat email|alamat surel|pos-el|email pelanggan",
            "e-posta|eposta|e-posta adresi|mail adresi|müşteri e-posta",
            "이메일|메일|이메일 주소|전자우편|고객 이메일",
        ),
    ),
    FieldInfo(
        Field.CUSTOMER_ID, "Customer id", Kind.IDENTIFIER, 200,
        _words(
            "customer id|customer number|customer no|client id|user id|account id|cust id|"
            "member id|contact id|account number",
            "kundennummer|kunden-id|kundennr|kunden nr|benutzer-id|kundenkennung",
            "id cliente|codice cliente|numero cliente|id utente",
            "id pelanggan|nomor pelanggan|kode pelanggan|id pengguna|no pelanggan",
            "müşteri id|müşteri no|müşteri numarası|kullanıcı id|müşteri kodu",
            "고객번호|고객 id|회원번호|회원 id|사용자 id|고객 번호|회원 번호",
        ),
    ),
    FieldInfo(
        Field.EXTERNAL_ID, "External id", Kind.IDENTIFIER, 200,
        _words(
            "id|review id|response id|feedback id|ticket id|ticket number|survey id|record id|"
            "external id|case id|case number|submission id|uuid",
            "bewertungs-id|bewertungsid|ticketnummer|vorgangsnummer|antwort-id|feedback-id",
            "id recensione|id risposta|numero ticket|id feedback",
            "id ulasan|id tiket|nomor tiket|id tanggapan",
            "yorum id|kayıt no|talep no|yanıt id|kayıt id",
            "리뷰 id|리뷰번호|리뷰 번호|번호|접수번호|티켓 번호|응답 id",
        ),
        weak=_words(
            "reference|reference id|ticket|order id|order number",
            "referenz|referenz-id|bestellnummer",
            "riferimento|numero ordine",
            "referensi|nomor pesanan",
            "referans|sipariş no",
            "주문번호",
        ),
    ),
    FieldInfo(
        Field.CHANNEL, "Channel", Kind.TEXT, 200,
        _words(
            "channel|touchpoint|contact channel|medium|survey channel|interaction type",
            "kanal|kontaktkanal|kontaktweg",
            "canale|canale di contatto",
            "saluran|media",
            "temas noktası|iletişim kanalı",
            "채널|접점|유입경로|유입 채널",
        ),
    ),
    FieldInfo(
        Field.COUNTRY, "Country", Kind.TEXT, 200,
        _words(
            "country|country code|nation|reviewer country",
            "land|länderkennung|herkunftsland|ländercode",
            "paese|nazione",
            "negara|kode negara",
            "ülke|ülke kodu",
            "국가|나라|국가 코드",
        ),
    ),
    FieldInfo(
        Field.PRODUCT, "Product", Kind.TEXT, 400,
        _words(
            "product|product name|item|sku|service|product line|plan",
            "produkt|produktname|artikel|dienstleistung|artikelname",
            "prodotto|nome prodotto|articolo|servizio",
            "produk|nama produk|barang|layanan",
            "ürün|ürün adı|hizmet",
            "상품|상품명|제품|제품명|서비스",
        ),
    ),
    FieldInfo(
        Field.LANGUAGE, "Language", Kind.LANGUAGE, 20,
        _words(
            "language|lang|locale|review language",
            "sprache|sprache der bewertung",
            "lingua",
            "bahasa",
            "dil",
            "언어",
        ),
    ),
    FieldInfo(
        Field.NEEDS, "Needs", Kind.LIST, None,
        _words(
            "needs|need|customer needs|tags|tag|labels|label|categories|category|topics|topic|"
            "themes|theme",
            "bedürfnisse|bedürfnis|schlagwörter|kategorie|kategorien|themen|thema",
            "bisogni|bisogno|esigenze|etichette|categorie|categoria|argomenti",
            "kebutuhan|kategori|topik|tema",
            "ihtiyaçlar|ihtiyaç|etiketler|etiket|konu|konular",
            "니즈|요구사항|태그|카테고리|분류|주제",
        ),
        help="Comma-separated need names, e.g. 'Price > Discounts, Delivery'.",
    ),
    FieldInfo(
        Field.ASSIGNEE, "Assignee", Kind.TEXT, 200,
        _words(
            "assignee|assigned to|owner|agent|responsible|handler",
            "zuständig|bearbeiter|verantwortlich|zugewiesen an",
            "assegnatario|assegnato a|responsabile|incaricato",
            "penanggung jawab|ditugaskan ke|petugas|agen",
            "atanan|sorumlu|temsilci|atanan kişi",
            "담당자|담당|배정자",
        ),
    ),
    FieldInfo(
        Field.STATUS, "Status", Kind.STATUS, None,
        _words(
            "status|state|stage",
            "zustand|bearbeitungsstatus",
            "stato",
            "keadaan",
            "durum",
            "상태|처리상태|진행상태|처리 상태",
        ),
    ),
)

FIELDS: dict[Field, FieldInfo] = {info.field: info for info in _INFOS}

# Cell text -> FEEDBACK_STATUSES value; keys are folded like headers (see values._fold).
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "new": _words("new|open|neu|offen|nuovo|aperto|baru|terbuka|yeni|açık|신규|새 항목|접수"),
    "triaged": _words(
        "triaged|triage|reviewed|gesichtet|geprüft|valutato|smistato|ditinjau|"
        "incelendi|sınıflandırıldı|dipilah|분류됨|검토됨"
    ),
    "in_progress": _words(
        "in progress|in_progress|in-progress|ongoing|working|in bearbeitung|in arbeit|"
        "in corso|in lavorazione|dalam proses|diproses|sedang dikerjakan|işlemde|devam ediyor|"
        "진행중|진행 중|처리중"
    ),
    "resolved": _words(
        "resolved|solved|done|fixed|gelöst|erledigt|risolto|selesai|terselesaikan|çözüldü|"
        "tamamlandı|해결|해결됨|완료"
    ),
    "closed": _words("closed|geschlossen|chiuso|ditutup|kapalı|kapandı|kapatıldı|종료|종료됨|닫힘"),
    "wont_fix": _words(
        "wont fix|won't fix|wont_fix|will not fix|rejected|declined|wird nicht behoben|"
        "abgelehnt|non risolvibile|non verrà risolto|rifiutato|tidak diperbaiki|"
        "tidak akan diperbaiki|ditolak|düzeltilmeyecek|"
        "reddedildi|수정 안 함|거절"
    ),
}

# Language names (folded) -> ISO 639-1, in the six interface languages' own words.
LANGUAGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": _words("english|englisch|inglese|inggris|bahasa inggris|ingilizce|영어"),
    "de": _words("german|deutsch|tedesco|jerman|bahasa jerman|almanca|독일어"),
    "it": _words("italian|italienisch|italiano|italia|bahasa italia|italyanca|이탈리아어"),
    "id": _words(
        "indonesian|indonesisch|indonesiano|bahasa indonesia|indonesia|endonezce|인도네시아어"
    ),
    "tr": _words("turkish|türkisch|turco|turki|bahasa turki|türkçe|터키어|튀르키예어"),
    "ko": _words("korean|koreanisch|coreano|korea|bahasa korea|korece|한국어|조선어"),
    "fr": _words("french|französisch|francese|prancis|fransızca|프랑스어|français"),
    "es": _words("spanish|spanisch|spagnolo|spanyol|ispanyolca|스페인어|español"),
}

MONTH_NAMES = (
    "january february march april may june july august september october november december",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "januari februari maret april mei juni juli agustus september oktober november desember",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
)
NUMBER_WORDS = dict(
    zip("zero one two three four five six seven eight nine ten".split(), range(11), strict=True)
)


def fold(text: str) -> str:
    """Casefold without accents; Turkish İ/ı become i; Hangul syllables stay whole."""
    text = text.replace("İ", "i").replace("ı", "i").casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text)  # recompose Hangul split by NFKD


_NON_WORD = re.compile(r"[\W_]+")


def word_key(text: str) -> str:
    """Folded words separated by single spaces: 'E-Mail-Adresse' -> 'e mail adresse'."""
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def _lookup(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    found = {word_key(word): value for value, words in table.items() for word in words}
    found.update({word_key(value): value for value in table})
    return found


_STATUSES = _lookup(STATUS_WORDS)
YES_NO_WORDS = frozenset(
    fold("true false yes no wahr falsch ja nein vero falso sì ya tidak evet hayır").split()
) | {"예", "아니오"}
_LANGUAGES = _lookup(LANGUAGE_WORDS)
MONTHS: dict[str, int] = {"sept": 9, "mrz": 3, "agt": 8, "janner": 1}
for _names in MONTH_NAMES:
    for _number, _name in enumerate(fold(_names).split(), start=1):
        MONTHS[_name] = MONTHS[_name[:3]] = _number


def status_from_text(text: str) -> str | None:
    """The FEEDBACK_STATUSES value a word names ('In Bearbeitung' -> 'in_progress')."""
    return _STATUSES.get(word_key(text))


def language_from_text(text: str) -> str | None:
    """The ISO 639-1 code a language name stands for ('Türkçe' -> 'tr')."""
    return _LANGUAGES.get(word_key(text))


# ---------------------------------------------------------------- rejected cells

Cell = Any  # a raw cell from a reader: str, int, float, bool, date, datetime or None
EXCEL_DIGITS = 15  # a spreadsheet number keeps 15 significant digits; longer ids are mangled


class ValueRejected(ValueError):
    """A cell value that cannot go into its field; `reason` is written for the user (a
    Message: its English, which the GUI shows in the UI language)."""

    def __init__(self, field: str, value: object, reason: str) -> None:
        super().__init__(reason)
        self.field = field
        self.value = value
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, object, str]]:
        return (type(self), (self.field, self.value, self.reason))


NUMERIC_TEXT = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def show(value: object) -> str:
    """A value as the user would recognise it in a reason: numbers bare, text quoted."""
    if value is True or value is False:
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        text = value.strip()
        if NUMERIC_TEXT.fullmatch(text):
            return text
        if len(text) > 40:
            text = text[:39] + "…"
        return f"'{text}'"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


_YES_NO = {
    "a score": QT_TRANSLATE_NOOP("ImportValues", "{value} is a yes/no value, not a score"),
    "a rating": QT_TRANSLATE_NOOP("ImportValues", "{value} is a yes/no value, not a rating"),
    "a date": QT_TRANSLATE_NOOP("ImportValues", "{value} is a yes/no value, not a date"),
    "an id": QT_TRANSLATE_NOOP("ImportValues", "{value} is a yes/no value, not an id"),
}


def yes_no(field: str, value: object, noun: str) -> ValueRejected:
    """TRUE/FALSE (or yes, ja, evet…) where `noun` ("a score", "a rating", "a date", "an id")
    was expected."""
    return ValueRejected(field, value, Message(_YES_NO[noun], value=show(value)))


# ---------------------------------------------------------------- text, ids, lists

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SCIENTIFIC = re.compile(r"[+-]?\d(?:[.,]\d+)?[eE][+-]?\d+")


def parse_text(
    value: Cell, *, field: str = Field.TEXT, max_length: int | None = None
) -> str | None:
    """Text as written (trimmed, NFC, line ends as \\n, no control characters); None if blank."""
    if type(value) is str:
        text = value.strip()
        if not text:
            return None
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)  # macOS files carry decomposed Hangul
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if _CONTROL.search(text):
            text = _CONTROL.sub("", text)
    elif value is None:
        return None
    elif isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float):
        text = str(int(value)) if value.is_integer() else repr(value)
    elif isinstance(value, datetime | date | time):
        text = value.isoformat()
    else:
        text = str(value).strip()
    if max_length is not None and len(text) > max_length:
        reason = Message(QT_TRANSLATE_NOOP("ImportValues",
                                           "{value} is longer than {limit} characters"),
                         value=show(text), limit=max_length)
        raise ValueRejected(field, value, reason)
    return text


def parse_id(
    value: Cell, *, field: str = Field.EXTERNAL_ID, max_length: int | None = 200
) -> str | None:
    """An identifier as text: '00123' keeps its zeros, a numeric 123.0 becomes '123'."""
    kind = type(value)
    if kind is str:
        text = value.strip()
        if not text:
            return None
        if _SCIENTIFIC.fullmatch(text):
            reason = Message(QT_TRANSLATE_NOOP(
                "ImportValues", "'{text}' is an id a spreadsheet turned into a rounded number; "
                "format the column as text and export again"), text=text)
            raise ValueRejected(field, value, reason)
        return parse_text(text, field=field, max_length=max_length)
    if kind is int:
        return str(value)
    if value is None:
        return None
    if kind is bool:
        raise yes_no(field, value, "an id")
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise ValueRejected(field, value, Message(
                QT_TRANSLATE_NOOP("ImportValues", "{value} is not an id"), value=show(value)))
        if value.is_integer():
            if abs(value) >= 10**EXCEL_DIGITS:
                reason = Message(QT_TRANSLATE_NOOP(
                    "ImportValues", "{value} has more digits than a spreadsheet number keeps "
                    "({digits}); format the column as text and export again"),
                    value=f"{value:.0f}", digits=EXCEL_DIGITS)
                raise ValueRejected(field, value, reason)
            return str(int(value))
        return repr(value)
    if isinstance(value, date | time):
        reason = Message(QT_TRANSLATE_NOOP(
            "ImportValues", "{value} is a date, not an id: the spreadsheet may have converted it"),
            value=show(value))
        raise ValueRejected(field, value, reason)
    return parse_text(value, field=field, max_length=max_length)


_EMAIL = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]+")
_NAMED_EMAIL = re.compile(r".*<\s*([^<>]+?)\s*>")


def parse_email(value: Cell) -> str | None:
    """An e-mail address ('Name <a@b.c>' and 'mailto:' accepted); the domain is lowercased."""
    text = parse_text(value, field=Field.EMAIL, max_length=None)
    if text is None:
        return None
    address = text
    named = _NAMED_EMAIL.fullmatch(address)
    if named:
        address = named.group(1)
    if address[:7].casefold() == "mailto:":
        address = address[7:].strip()
    if not _EMAIL.fullmatch(address) or len(address) > 320:
        raise ValueRejected(Field.EMAIL, value, Message(
            QT_TRANSLATE_NOOP("ImportValues", "{value} is not an e-mail address"),
            value=show(text)))
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"


_LIST_SPLIT = re.compile(r"\s*[,;\n|]\s*")


def parse_needs(value: Cell) -> list[str]:
    """Need names from a comma- (or ; | newline-) separated cell, duplicates dropped."""
    text = parse_text(value, field=Field.NEEDS)
    if text is None:
        return []
    needs: list[str] = []
    seen: set[str] = set()
    for part in _LIST_SPLIT.split(text):
        key = part.casefold()
        if part and key not in seen:
            seen.add(key)
            needs.append(part)
    return needs


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?(?:[-_](?:[A-Za-z]{2}|\d{3}))?")


def parse_status(value: Cell) -> str | None:
    """One of db FEEDBACK_STATUSES, from its name in any of the six languages."""
    text = parse_text(value, field=Field.STATUS)
    if text is None:
        return None
    status = status_from_text(text)
    if status is None:
        reason = Message(QT_TRANSLATE_NOOP(
            "ImportValues", "{value} is not a status: use new, triaged, in progress, resolved, "
            "closed or won't fix"), value=show(text))
        raise ValueRejected(Field.STATUS, value, reason)
    return status


def parse_language(value: Cell) -> str | None:
    """A language tag: names become codes (Deutsch -> de), tags are tidied (de_de -> de-DE)."""
    text = parse_text(value, field=Field.LANGUAGE)
    if text is None:
        return None
    code = language_from_text(text)
    if code is not None:
        return code
    if _LANGUAGE_TAG.fullmatch(text):
        head, *rest = text.replace("_", "-").split("-")
        return "-".join([head.lower(), *(p.upper() if len(p) == 2 else p.title() for p in rest)])
    if len(text) > 20:
        raise ValueRejected(Field.LANGUAGE, value, Message(
            QT_TRANSLATE_NOOP("ImportValues", "{value} is not a language"), value=show(text)))
    return text


