"""A starter taxonomy of customer needs, with auto-tag rules in the six languages.

The first-run guide offers it to a new catalogue (step 3 of the method: a scheme that is clear
and easy to share) and the demo catalogue is tagged with it. Names are stored in English here;
the caller passes `names` (English -> the user's language) so a German user gets German need
names. The rules match the words customers use in English, German, Italian, Indonesian, Turkish
and Korean (see domain/rules.py for how keywords and phrases match).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.services import needs_service, rules

__all__ = ["STARTER_NEEDS", "StarterNeed", "adopt", "all_names", "walk"]


@dataclass(frozen=True)
class StarterNeed:
    name: str
    colour: str
    shortcut: str | None = None
    keywords: tuple[str, ...] = ()
    """Keyword rules: words (or word beginnings) in any of the six languages."""
    phrases: tuple[str, ...] = ()
    """Phrase rules: whole words in this order ("app" must not find "appreciate")."""
    children: tuple[StarterNeed, ...] = ()


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in text.split("|") if word.strip())


STARTER_NEEDS: tuple[StarterNeed, ...] = (
    StarterNeed(
        "Price", "#c0392b", "p",
        _words("price|expensive|overpriced|Preis|teuer|prezzo|caro|costoso|harga|mahal|"
               "fiyat|pahalı|가격|비싸"),
        children=(
            StarterNeed(
                "Discounts", "#e74c3c", None,
                _words("discount|coupon|voucher|promo|Rabatt|Gutschein|sconto|diskon|"
                       "indirim|kupon|할인|쿠폰"),
            ),
            StarterNeed(
                "Value for money", "#ec7063", None,
                _words("Preis-Leistung|sepadan|paraya değ|değmez|가성비|돈이 아까"),
                _words("value for money|worth the money|worth every|vale la pena|"
                       "vale ogni euro|soldi buttati|worth it|fiyat performans"),
            ),
        ),
    ),
    StarterNeed(
        "Delivery", "#e67e22", "d",
        _words("delivery|delivered|shipping|courier|parcel|Lieferung|geliefert|Versand|Paket|"
               "consegna|consegnato|spedizione|corriere|pacco|pengiriman|kurir|kargo|teslimat|"
               "배송|택배"),
        children=(
            StarterNeed(
                "Speed", "#f0b27a", None,
                _words("late|delayed|Verspätung|verspätet|pünktlich|ritardo|puntuale|"
                       "terlambat|besoknya|gecik|zamanında|늦게|지연|빨리|다음날"),
                _words("on time|next day|nächsten Tag|giorno dopo|tepat waktu|cepat sampai|"
                       "ertesi gün"),
            ),
            StarterNeed(
                "Packaging", "#f5cba7", None,
                _words("packaging|packed|box|Verpackung|verpackt|Karton|imball|scatola|"
                       "kemasan|packing|dus|paketle|ambalaj|kutu|포장|박스"),
            ),
        ),
    ),
    StarterNeed(
        "Product quality", "#27ae60", "q",
        _words("quality|defective|broke|Qualität|defekt|kaputt|qualità|difettos|rotto|"
               "kualitas|rusak|cacat|kalite|bozul|bozuk|kusurlu|품질|불량|고장"),
    ),
    StarterNeed(
        "Customer service", "#2980b9", "s",
        _words("customer service|support|agent|Kundenservice|Kundendienst|Hotline|"
               "servizio clienti|assistenza|operatore|layanan pelanggan|admin|"
               "müşteri hizmetleri|destek|temsilci|고객센터|상담원|고객서비스"),
        ("CS",),
        children=(
            StarterNeed(
                "Friendliness", "#5dade2", None,
                _words("friendly|unfriendly|rude|polite|helpful|freundlich|unfreundlich|"
                       "hilfsbereit|gentil|cortese|scortese|maleducat|ramah|sopan|kasar|judes|"
                       "güler yüzlü|kabaydı|kaba davran|nazik|친절"),
            ),
            StarterNeed(
                "Response time", "#aed6f1", None,
                _words("waited|waiting|reply|replied|Wartezeit|gewartet|Antwort|geantwortet|"
                       "attesa|aspettato|risposto|nessuna risposta|menunggu|dibalas|bekle|"
                       "cevap|yanıt|답변|대기|연결"),
                _words("no answer"),
            ),
        ),
    ),
    StarterNeed(
        "Website and app", "#8e44ad", "w",
        _words("website|Webseite|sito|situs|aplikasi|uygulama|site|홈페이지|사이트|앱"),
        _words("app"),
        children=(
            StarterNeed(
                "Checkout", "#a569bd", None,
                _words("checkout|payment|Bezahlung|Zahlung|Kasse|pagamento|pembayaran|ödeme|결제"),
            ),
            StarterNeed(
                "Login", "#d2b4de", None,
                _words("login|password|account|Anmeldung|anmelden|Passwort|Konto|einloggen|"
                       "accesso|accedere|akun|kata sandi|giriş|şifre|hesap|hesab|로그인|비밀번호|"
                       "계정"),
                _words("log in"),
            ),
        ),
    ),
    StarterNeed(
        "Returns and refunds", "#7f8c8d", "r",
        _words("return|refund|Rückgabe|Rücksend|Erstattung|erstattet|reso|rimborso|retur|"
               "pengembalian dana|dikembalikan|iade|환불|반품"),
    ),
)


def walk(
    needs: tuple[StarterNeed, ...] = STARTER_NEEDS, parent: StarterNeed | None = None
) -> Iterator[tuple[StarterNeed, StarterNeed | None]]:
    """Every starter need with its parent, parents first."""
    for need in needs:
        yield need, parent
        yield from walk(need.children, need)


def all_names() -> list[str]:
    """The English names of every starter need, parents first (what `names` translates)."""
    return [need.name for need, _parent in walk()]


def adopt(
    catalogue: Catalogue,
    *,
    names: Mapping[str, str] | None = None,
    with_rules: bool = True,
    should_cancel: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Add the starter needs (and their rules) to the catalogue through the needs service.

    `names` maps English names to the ones to store; names it lacks stay in English. Returns
    the new needs' ids by English name. A need whose name exists already at its place is
    refused by the needs service (NeedsError): adopt into a catalogue without needs."""
    ids: dict[str, int] = {}
    for need, parent in walk():
        if should_cancel is not None and should_cancel():
            break
        name = (names or {}).get(need.name) or need.name
        change = needs_service.add_need(
            catalogue, name, parent_id=None if parent is None else ids[parent.name],
            colour=need.colour, shortcut=need.shortcut,
        )
        assert change.need_id is not None
        ids[need.name] = change.need_id
        if with_rules:
            for keyword in need.keywords:
                rules.add_rule(catalogue, change.need_id, rules.RuleKind.KEYWORD, keyword)
            for phrase in need.phrases:
                rules.add_rule(catalogue, change.need_id, rules.RuleKind.PHRASE, phrase)
    return ids
