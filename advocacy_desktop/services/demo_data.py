"""The rows of the demo catalogue: a year of feedback ending on a given day, from a seed.

Pure generation, no database: `generate(items, seed, today)` returns the rows the demo imports,
the same rows for the same arguments. What makes them look like a real shop's year:

- sources with their own mix: surveys, tickets, e-mail and phone calls carry a 0-10 recommend
  answer; Amazon, Google and Tripadvisor only stars (1-5); Trustpilot stars and, for invited
  reviews, the recommend answer as well; social media only text;
- every source its own NPS, improving over the year, with a delivery crisis about five months
  ago and an app update that broke the checkout about two months ago;
- customers who answer several times: loyal promoters, promoters who fell, customers who came
  back, and repeat detractors, so the Advocates page has something to show;
- texts in six languages built from snippets about the starter needs (demo_texts).
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from advocacy_desktop.services import demo_texts as words

PROMOTER, PASSIVE, DETRACTOR = "promoter", "passive", "detractor"
YEAR_DAYS = 365
CRISIS = (175, 135)
"""Days before today of the delivery crisis (a new courier): more and angrier delivery talk."""
APP_BUG = (70, 50)
"""Days before today of the app update that broke checkout and login."""


@dataclass(frozen=True)
class SourcePlan:
    name: str
    """A default source's name (sources_service.DEFAULT_SOURCES)."""
    share: float
    scored: float
    """Share of its items with a 0-10 recommend answer."""
    stars: bool
    promoters: float
    detractors: float
    """Share of promoters and detractors a year ago (the year improves both)."""
    kind: str
    """survey, ticket, review or social: how its texts and people look."""
    prefix: str
    """Of its external ids."""


SOURCES: tuple[SourcePlan, ...] = (
    SourcePlan("Survey", 0.28, 1.0, False, 0.44, 0.26, "survey", "S-"),
    SourcePlan("Support desk", 0.17, 0.85, False, 0.30, 0.42, "ticket", "T-"),
    SourcePlan("E-mail", 0.07, 0.70, False, 0.37, 0.33, "ticket", "M-"),
    SourcePlan("Phone", 0.05, 0.90, False, 0.26, 0.48, "ticket", "P-"),
    SourcePlan("Trustpilot", 0.09, 0.35, True, 0.52, 0.22, "review", "TP-"),
    SourcePlan("Amazon", 0.10, 0.0, True, 0.56, 0.19, "review", "AMZ-"),
    SourcePlan("Google", 0.09, 0.0, True, 0.48, 0.25, "review", "G-"),
    SourcePlan("Tripadvisor", 0.03, 0.0, True, 0.45, 0.25, "review", "TA-"),
    SourcePlan("Facebook", 0.05, 0.0, False, 0.50, 0.20, "social", "FB-"),
    SourcePlan("Instagram", 0.04, 0.0, False, 0.62, 0.14, "social", "IG-"),
    SourcePlan("X", 0.03, 0.0, False, 0.33, 0.42, "social", "X-"),
)
BY_NAME = {plan.name: plan for plan in SOURCES}
#: Sources a returning customer answers through (they carry the recommend question).
ANSWERING = ("Survey", "Support desk", "E-mail", "Phone")

NEGATIVE_TOPICS = {"speed": 10, "packaging": 6, "quality": 9, "response": 7, "friendliness": 4,
                   "service": 3, "returns": 6, "checkout": 5, "login": 3, "website": 3,
                   "price": 6, "discounts": 3, "value": 4}
POSITIVE_TOPICS = {"speed": 8, "packaging": 4, "quality": 10, "response": 5, "friendliness": 8,
                   "service": 3, "returns": 3, "checkout": 3, "login": 1, "website": 2,
                   "price": 2, "discounts": 3, "value": 6}


@dataclass
class Customer:
    language: str
    name: str
    email: str | None
    country: str
    stories: list[str] = field(default_factory=list)


@dataclass
class DemoRow:
    day: date
    source: str
    language: str
    customer: Customer | None
    mood: str
    score: int | None
    stars: int | None
    text: str | None
    product: str
    display: str | None = None
    """The name a marketplace or social network shows (not a customer of ours)."""
    external_id: str = ""


def _ascii(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())
    return "".join(c for c in text.lower() if c.isalnum())


class _Generator:
    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.start = today - timedelta(days=YEAR_DAYS - 1)
        self.days = [self.start + timedelta(days=i) for i in range(YEAR_DAYS)]
        self.day_weights = [self._day_weight(day) for day in self.days]
        self.emails: set[str] = set()
        self.answering = [BY_NAME[name] for name in ANSWERING]
        self.counters: dict[str, int] = {}

    # --- time

    def ago(self, day: date) -> int:
        return (self.today - day).days

    def _day_weight(self, day: date) -> float:
        growth = 0.75 + 0.5 * (1 - self.ago(day) / YEAR_DAYS)  # the shop grows
        weekend = 0.7 if day.weekday() >= 5 else 1.0
        season = 1.5 if day.month == 12 else 1.0  # presents
        crisis = 1.4 if CRISIS[1] <= self.ago(day) <= CRISIS[0] else 1.0
        return growth * weekend * season * crisis

    def day(self) -> date:
        return self.rng.choices(self.days, weights=self.day_weights)[0]

    # --- people

    def language(self) -> str:
        return self.rng.choices(words.LANGUAGES, weights=words.LANGUAGE_WEIGHTS)[0]

    def customer(self, language: str, *, email: bool) -> Customer:
        rng = self.rng
        firsts, lasts = words.NAMES[language]
        first, last = rng.choice(firsts), rng.choice(lasts)
        if language == "ko":
            name = last + first
            local = f"{words.KOREAN_ROMAN[first]}.{words.KOREAN_ROMAN[last]}"
        else:
            name = f"{first} {last}"
            local = f"{_ascii(first)}.{_ascii(last)}"
        address = None
        if email:
            number = ""
            while (address := f"{local}{number}@{rng.choice(words.EMAIL_DOMAINS)}") in self.emails:
                number = str(rng.randrange(10, 1000))
            self.emails.add(address)
        return Customer(language, name, address, rng.choice(words.COUNTRIES[language]))

    def display(self, customer: Customer, plan: SourcePlan) -> str | None:
        """How a marketplace or social network shows the person (None: our own channels)."""
        if plan.kind in ("survey", "ticket"):
            return None
        if plan.kind == "social":
            return f"@{_ascii(customer.name)}{self.rng.randrange(10, 99)}"
        if customer.language == "ko":
            return f"{customer.name[0]}*{customer.name[-1]}"  # 김*준, as Korean shops show it
        first, _space, last = customer.name.partition(" ")
        return f"{first} {last[:1]}."

    # --- scores

    def odds(self, plan: SourcePlan, day: date) -> tuple[float, float]:
        """(promoter, detractor) probabilities for this source on this day."""
        progress = 1 - self.ago(day) / YEAR_DAYS
        promoters = plan.promoters + 0.14 * progress
        detractors = plan.detractors - 0.14 * progress
        if CRISIS[1] <= self.ago(day) <= CRISIS[0]:
            promoters, detractors = promoters - 0.12, detractors + 0.16
        elif APP_BUG[1] <= self.ago(day) <= APP_BUG[0]:
            promoters, detractors = promoters - 0.05, detractors + 0.07
        return max(0.05, promoters), max(0.03, detractors)

    def mood(self, plan: SourcePlan, day: date) -> str:
        promoters, detractors = self.odds(plan, day)
        draw = self.rng.random()
        return PROMOTER if draw < promoters else DETRACTOR if draw < promoters + detractors \
            else PASSIVE

    def score(self, mood: str) -> int:
        rng = self.rng
        if mood == PROMOTER:
            return rng.choices((9, 10), weights=(45, 55))[0]
        if mood == PASSIVE:
            return rng.choices((7, 8), weights=(45, 55))[0]
        return rng.choices(range(7), weights=(3, 2, 3, 4, 5, 7, 9))[0]

    def stars(self, mood: str) -> int:
        weights = {PROMOTER: (0, 0, 0, 20, 80), PASSIVE: (0, 0, 45, 55, 0),
                   DETRACTOR: (45, 30, 25, 0, 0)}[mood]
        return self.rng.choices(range(1, 6), weights=weights)[0]

    # --- texts

    def topic(self, positive: bool, day: date) -> str:
        weights = dict(POSITIVE_TOPICS if positive else NEGATIVE_TOPICS)
        if not positive and CRISIS[1] <= self.ago(day) <= CRISIS[0]:
            weights["speed"] *= 4
            weights["packaging"] *= 3
        if not positive and APP_BUG[1] <= self.ago(day) <= APP_BUG[0]:
            weights["checkout"] *= 5
            weights["login"] *= 4
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def snippet(self, language: str, positive: bool, day: date, avoid: str = "") -> str:
        topic = self.topic(positive, day)
        if topic == avoid:
            topic = self.topic(positive, day)
        pos, neg = words.SNIPPETS[language][topic]
        return self.rng.choice(pos if positive else neg)

    def text(self, language: str, mood: str, kind: str, day: date) -> str | None:
        rng = self.rng
        good, bad, neutral = words.GENERIC[language]
        if kind == "survey" and rng.random() < 0.25:
            return None  # the comment box was left empty
        parts: list[str] = []
        if mood == PASSIVE:
            if rng.random() < 0.6:
                parts += [self.snippet(language, True, day), self.snippet(language, False, day)]
            else:
                parts += [rng.choice(neutral)]
                if rng.random() < 0.5:
                    parts.append(self.snippet(language, False, day))
        else:
            positive = mood == PROMOTER
            if rng.random() < 0.88:
                parts.append(self.snippet(language, positive, day))
                if rng.random() < 0.35:
                    parts.append(self.snippet(language, positive, day))
            if not parts or rng.random() < 0.3:
                parts.append(rng.choice(good if positive else bad))
        if kind == "ticket" and rng.random() < 0.4:
            opening = rng.choice(words.TICKET_OPENINGS[language])
            parts.insert(0, opening.format(order=rng.randrange(24000, 99999)))
        return " ".join(dict.fromkeys(parts))  # the same sentence never twice

    # --- rows

    def row(self, plan: SourcePlan, day: date, customer: Customer | None = None,
            mood: str | None = None, scored: bool | None = None) -> DemoRow:
        rng = self.rng
        language = customer.language if customer else self.language()
        if scored is None:
            scored = rng.random() < plan.scored
        if customer is None:
            customer = self.customer(language, email=plan.kind in ("survey", "ticket") or scored)
        mood = mood or self.mood(plan, day)
        stars = self.stars(mood) if plan.stars else None
        text = self.text(language, mood, plan.kind, day)
        if text is None and not scored:
            text = rng.choice(words.GENERIC[language][0 if mood == PROMOTER else 1])
        product = rng.choices(words.PRODUCTS, weights=words.PRODUCT_WEIGHTS)[0]
        display = self.display(customer, plan)
        if plan.kind in ("review", "social") and not (scored and customer.email):
            customer = None  # known by a display name only: no customer of ours
        return DemoRow(day, plan.name, language, customer, mood,
                       self.score(mood) if scored else None, stars, text, product, display)

    def story_days(self, answers: int) -> list[date]:
        """Distinct days at least three weeks apart, oldest first."""
        while True:
            days = sorted(self.rng.sample(self.days, answers))
            if all((b - a).days >= 21 for a, b in itertools.pairwise(days)):
                return days

    def story(self, moods: list[str], label: str) -> list[DemoRow]:
        customer = self.customer(self.language(), email=True)
        customer.stories.append(label)
        rows = []
        for day, mood in zip(self.story_days(len(moods)), moods, strict=True):
            plan = self.rng.choices(self.answering, weights=[p.share for p in self.answering])[0]
            rows.append(self.row(plan, day, customer, mood, scored=True))
        return rows

    def stories(self, items: int) -> list[DemoRow]:
        rng = self.rng
        rows: list[DemoRow] = []
        for _ in range(max(4, round(items * 0.02))):  # loyal promoters
            rows += self.story([PROMOTER] * rng.choice((2, 2, 3, 4)), "loyal")
        for _ in range(max(2, round(items * 0.006))):  # promoters who fell
            before = [PROMOTER] * rng.choice((1, 2))
            rows += self.story([*before, rng.choice((PASSIVE, DETRACTOR, DETRACTOR))], "fallen")
        for _ in range(max(2, round(items * 0.006))):  # repeat detractors
            rows += self.story([DETRACTOR] * rng.choice((2, 2, 3)), "repeat_detractor")
        for _ in range(max(1, round(items * 0.004))):  # won back
            rows += self.story([DETRACTOR, PROMOTER], "won_back")
        return rows


def generate(items: int, seed: int, today: date) -> list[DemoRow]:
    """`items` rows (at least 50), oldest first, the same for the same arguments."""
    items = max(50, items)
    gen = _Generator(seed, today)
    rows = gen.stories(items)
    shares = [plan.share for plan in SOURCES]
    singles = 0
    while len(rows) < items:
        plan = gen.rng.choices(SOURCES, weights=shares)[0]
        # the year is whole: something came in on its first day and today
        day = gen.start if singles == 0 else today if singles == 1 else gen.day()
        rows.append(gen.row(plan, day))
        singles += 1
    rows.sort(key=lambda r: r.day)
    for row in rows:
        plan = BY_NAME[row.source]
        number = gen.counters.get(plan.name, 0) + 1
        gen.counters[plan.name] = number
        row.external_id = f"{plan.prefix}{number:06d}"
    return rows
