"""The demo catalogue: a year of a small shop's feedback to explore the app without own data.

    summary = build_demo(path, items=3000, seed=2025, progress=..., should_cancel=...)

Built as a user would build it, through the services: the starter needs with their rules in
six languages (services/starter_needs.py), four exported files imported as four batches (a
survey tool, a help desk, marketplace reviews with German headers, social media with Korean
ones), the rules tagging on import, then the team with roles and RACI responsibilities (with
gaps left on purpose), detractors routed, contacted and worked through the statuses, and a few
care-log entries for brand advocates. The same seed and day give the same catalogue. Never
overwrites a file; a Cancel or an error leaves none (catalogue_setup.build_new).
"""

from __future__ import annotations

import csv
import random
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.domain.fields import Field
from advocacy_desktop.domain.mapping import Mapping as ColumnMapping
from advocacy_desktop.domain.workflow import follow_up_due
from advocacy_desktop.services import (
    advocates_service,
    catalogue_setup,
    demo_texts,
    import_service,
    people_service,
    responsibility_service,
    sources_service,
    starter_needs,
    tagging,
    workflow_service,
)
from advocacy_desktop.services.demo_data import BY_NAME, DETRACTOR, PASSIVE, DemoRow, generate
from advocacy_desktop.services.feedback_filters import FeedbackFilter

__all__ = ["DEFAULT_ITEMS", "DEFAULT_SEED", "DemoSummary", "build_demo"]

DEFAULT_ITEMS = 3000
DEFAULT_SEED = 2025
MAX_ITEMS = 200_000
ProgressCallback = Callable[[int, int], None]
_STEPS = 100  # progress is reported in hundredths of the whole build
_IMPORT_SHARE = 60

@dataclass(frozen=True)
class _File:
    """One exported file of the demo shop: its name, its columns, and which rows it holds."""

    name: str
    kinds: tuple[str, ...]
    columns: tuple[tuple[str, Field | None, Callable[[DemoRow], Any]], ...]
    source: str | None = None


def _name(row: DemoRow) -> str | None:
    return row.customer.name if row.customer else None


def _email(row: DemoRow) -> str | None:
    return row.customer.email if row.customer else None


def _country(row: DemoRow) -> str:
    return row.customer.country if row.customer else demo_texts.COUNTRIES[row.language][0]


FILES: tuple[_File, ...] = (
    _File("survey-responses.csv", ("survey",), (
        ("Response ID", Field.EXTERNAL_ID, lambda r: r.external_id),
        ("Submitted", Field.DATE, lambda r: r.day.isoformat()),
        ("How likely are you to recommend us to a friend? (0-10)", Field.SCORE, lambda r: r.score),
        ("What is the main reason for your score?", Field.TEXT, lambda r: r.text),
        ("Name", Field.CUSTOMER_NAME, _name), ("Email", Field.EMAIL, _email),
        ("Country", Field.COUNTRY, _country), ("Language", Field.LANGUAGE, lambda r: r.language),
        ("Product", Field.PRODUCT, lambda r: r.product),
    ), source="Survey"),
    _File("helpdesk-tickets.csv", ("ticket",), (
        ("Ticket ID", Field.EXTERNAL_ID, lambda r: r.external_id),
        ("Created", Field.DATE, lambda r: r.day.isoformat()),
        ("Channel", Field.SOURCE, lambda r: r.source),
        ("Requester", Field.CUSTOMER_NAME, _name), ("Requester email", Field.EMAIL, _email),
        ("Would you recommend us? (0-10)", Field.SCORE, lambda r: r.score),
        ("Message", Field.TEXT, lambda r: r.text),
        ("Country", Field.COUNTRY, _country), ("Language", Field.LANGUAGE, lambda r: r.language),
        ("Product", Field.PRODUCT, lambda r: r.product),
    )),
    _File("bewertungen-marktplaetze.csv", ("review",), (
        ("Bewertungs-ID", Field.EXTERNAL_ID, lambda r: r.external_id),
        ("Datum", Field.DATE, lambda r: r.day.isoformat()),
        ("Plattform", Field.SOURCE, lambda r: r.source),
        ("Sterne", Field.RATING, lambda r: r.stars),
        ("Weiterempfehlung (0-10)", Field.SCORE, lambda r: r.score),
        ("Bewertungstext", Field.TEXT, lambda r: r.text),
        ("Anzeigename", None, lambda r: r.display),
        ("Kundenname", Field.CUSTOMER_NAME, _name), ("E-Mail", Field.EMAIL, _email),
        ("Land", Field.COUNTRY, _country), ("Sprache", Field.LANGUAGE, lambda r: r.language),
        ("Produkt", Field.PRODUCT, lambda r: r.product),
    )),
    _File("소셜미디어.csv", ("social",), (
        ("게시물 ID", Field.EXTERNAL_ID, lambda r: r.external_id),
        ("작성일", Field.DATE, lambda r: r.day.isoformat()),
        ("플랫폼", Field.SOURCE, lambda r: r.source),
        ("작성자", None, lambda r: r.display),
        ("내용", Field.TEXT, lambda r: r.text),
        ("국가", Field.COUNTRY, _country), ("언어", Field.LANGUAGE, lambda r: r.language),
    )),
)


@dataclass(frozen=True)
class DemoSummary:
    path: str
    items: int
    seed: int
    first_day: str
    last_day: str
    languages: dict[str, int]
    sources: dict[str, int]
    batches: int
    tagged: int
    needs: int
    people: int
    advocates: int
    at_risk: int
    care_entries: int
    seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class _Build:
    """One build: the generated rows, the ids they got, and the steps after the import."""

    def __init__(self, rows: list[DemoRow], seed: int, today: date,
                 names: Mapping[str, str] | None, progress: ProgressCallback | None,
                 should_cancel: Callable[[], bool] | None) -> None:
        self.rows = rows
        self.rng = random.Random(seed * 7919 + 17)
        self.today = today
        self.names = names
        self.progress = progress
        self.should_cancel = should_cancel
        self.ids: dict[str, int] = {}  # external id -> feedback id
        self.tagged = 0
        self.care_entries = 0

    def step(self, done: int) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise catalogue_setup.SetupCancelled()
        if self.progress is not None:
            self.progress(min(done, _STEPS), _STEPS)

    # --- the import

    def write_files(self, folder: Path) -> list[tuple[_File, Path, list[DemoRow]]]:
        written = []
        for spec in FILES:
            rows = [r for r in self.rows if _kind(r) in spec.kinds]
            if not rows:
                continue
            path = folder / spec.name
            with path.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([header for header, _f, _v in spec.columns])
                for row in rows:
                    writer.writerow(["" if (v := value(row)) is None else v
                                     for _h, _f, value in spec.columns])
            written.append((spec, path, rows))
        return written

    def import_files(self, catalogue: Catalogue, files: list[tuple[_File, Path, list[DemoRow]]]
                     ) -> None:
        total, done = len(self.rows), 0
        for spec, path, rows in files:
            headers = [header for header, _f, _v in spec.columns]
            fields = {fld: header for header, fld, _v in spec.columns if fld is not None}
            mapping = ColumnMapping(headers, fields=fields, rating_scale=5)
            options = import_service.ImportOptions(mapping=mapping, source_name=spec.source)
            base = done

            def report(rows_read: int, _total: int | None, base: int = base) -> None:
                self.step(10 + (base + rows_read) * _IMPORT_SHARE // max(total, 1))

            try:
                result = import_service.run_import(
                    catalogue, path, options, progress=report, should_cancel=self.should_cancel,
                    parallel=False,
                )
            except import_service.ImportCancelled:
                raise catalogue_setup.SetupCancelled() from None
            if result.imported != len(rows) or result.batch_id is None:
                raise RuntimeError(f"the demo file {spec.name} imported {result.imported} of "
                                   f"{len(rows)} rows ({result.rejected} rejected)")
            self.tagged += result.tagged_by_rules
            batch_ids = tagging.ids_matching(catalogue, FeedbackFilter(batch_id=result.batch_id))
            # the importer numbers a batch's items in file order
            self.ids.update(zip((r.external_id for r in rows), batch_ids, strict=True))
            done += len(rows)

    # --- step 5: the team

    def team(self, catalogue: Catalogue, need_ids: dict[str, int]) -> dict[str, int]:
        people: dict[str, int] = {}
        for name, email, role in demo_texts.TEAM:
            person_id = people_service.add_person(catalogue, name, email)
            found = people_service.find_role(catalogue, role)
            if found is not None:
                people_service.assign_role(catalogue, person_id, found.id)
            people[name] = person_id
        roles = {r.name: r.id for r in people_service.list_roles(catalogue)}
        sources = {s.name: s.id for s in sources_service.list_sources(catalogue)}
        rset = responsibility_service.set_responsibility
        # Needs: Price and its children stay without anyone Responsible (gaps, in red).
        for need, kind, who in (
            ("Price", "A", "Sam Taylor"), ("Price", "C", "Alex Morgan"),
            ("Delivery", "R", "Lena Fischer"), ("Delivery", "A", "Alex Morgan"),
            ("Delivery", "I", "Sam Taylor"), ("Packaging", "C", "Ayşe Yılmaz"),
            ("Product quality", "R", "Ayşe Yılmaz"), ("Product quality", "C", "Budi Santoso"),
            ("Customer service", "A", "Alex Morgan"), ("Response time", "I", "Sam Taylor"),
            ("Website and app", "R", "Ayşe Yılmaz"), ("Website and app", "A", "Sam Taylor"),
            ("Checkout", "C", "Lena Fischer"),
            ("Returns and refunds", "R", "Giulia Rossi"),
            ("Returns and refunds", "A", "Alex Morgan"),
        ):
            rset(catalogue, kind, need_id=need_ids[need], person_id=people[who])
        rset(catalogue, "R", need_id=need_ids["Customer service"], role_id=roles["Support agent"])
        rset(catalogue, "I", need_id=need_ids["Customer service"],
             role_id=roles["Advocacy team member"])
        for source, kind, who in (
            ("Support desk", "R", "Lena Fischer"), ("E-mail", "R", "Giulia Rossi"),
            ("Survey", "A", "Alex Morgan"), ("Trustpilot", "R", "Kim Min-jun"),
            ("Facebook", "R", "Kim Min-jun"),
        ):
            rset(catalogue, kind, source_id=sources[source], person_id=people[who])
        for source, owner in (("Survey", "Budi Santoso"), ("Amazon", "Kim Min-jun"),
                              ("Google", "Budi Santoso")):
            sources_service.update_source(catalogue, sources[source], owner_id=people[owner])
        # Step 2: Tripadvisor was tried and switched off; its items stay.
        sources_service.update_source(catalogue, sources["Tripadvisor"], collect=False)
        return people

    # --- the follow-up

    def follow_up(self, catalogue: Catalogue, people: dict[str, int]) -> None:
        rng, today = self.rng, self.today
        detractors = [r for r in self.rows if r.score is not None and r.mood == DETRACTOR]
        recent_from = today - timedelta(days=21)
        old = [self.ids[r.external_id] for r in detractors if r.day < recent_from]
        recent = [self.ids[r.external_id] for r in detractors if r.day >= recent_from]
        routed = old + [i for i in recent if rng.random() < 0.75]
        workflow_service.route(catalogue, routed)
        workflow_service.assign(catalogue, old, people["Alex Morgan"])  # the rest: the coordinator
        self.step(80)
        day_of = {self.ids[r.external_id]: r.day for r in detractors}
        contacted: dict[date, list[int]] = {}
        old_set = set(old)
        for item in old + recent:
            share = 0.93 if item in old_set else 0.45
            if rng.random() < share:
                due = follow_up_due(day_of[item])
                on = min(today, day_of[item] + timedelta(days=rng.choice((0, 1, 1, 2, 3, 5))))
                on = on if rng.random() < 0.85 else min(today, due + timedelta(days=3))
                contacted.setdefault(on, []).append(item)
        for on in sorted(contacted):
            workflow_service.mark_contacted(catalogue, contacted[on], on)
        self.step(85)
        targets: dict[int, str] = {}
        for item in old:
            targets[item] = rng.choices(
                ("closed", "resolved", "wont_fix", "in_progress", "triaged", "new"),
                weights=(65, 12, 8, 8, 4, 3))[0]
        for item in recent:
            targets[item] = rng.choices(("new", "triaged", "in_progress", "resolved"),
                                        weights=(45, 30, 20, 5))[0]
        passives = [self.ids[r.external_id] for r in self.rows
                    if r.mood == PASSIVE and r.score is not None and (today - r.day).days < 60]
        for item in passives:
            if rng.random() < 0.2:
                targets[item] = "triaged"
        path = ("triaged", "in_progress", "resolved", "closed")
        for depth, status in enumerate(path):
            ids = [i for i, t in targets.items() if t in path and path.index(t) >= depth]
            if ids:
                workflow_service.set_status(catalogue, ids, status)
        wont = [i for i, t in targets.items() if t == "wont_fix"]
        if wont:
            workflow_service.set_status(catalogue, wont, "wont_fix")
        for status, note in (("in_progress", "Replacement part ordered; customer informed."),
                             ("resolved", "Refund issued; waiting for the customer to confirm.")):
            sample = sorted(i for i, t in targets.items() if t == status)[:8]
            if sample:
                workflow_service.set_notes(catalogue, sample, note)

    def care(self, catalogue: Catalogue, people: dict[str, int]) -> None:
        rng, today = self.rng, self.today
        found = advocates_service.advocates(catalogue, today=today)
        chosen = sorted(rng.sample(found, min(len(found), max(3, len(found) // 20))),
                        key=lambda a: a.customer_id)
        staff = sorted(people.values())
        for advocate in chosen:
            span = max(0, (today - advocate.advocate_since).days)
            for _ in range(rng.choice((1, 1, 2))):
                practice = rng.choice(list(demo_texts.CARE_NOTES))
                on = advocate.advocate_since + timedelta(days=rng.randint(0, span))
                advocates_service.log_care(
                    catalogue, advocate.customer_id, practice, on, rng.choice(staff),
                    rng.choice(demo_texts.CARE_NOTES[practice]), today=today)
                self.care_entries += 1

    # --- all of it

    def fill(self, catalogue: Catalogue) -> dict[str, Any]:
        self.step(1)
        need_ids = starter_needs.adopt(catalogue, names=self.names,
                                       should_cancel=self.should_cancel)
        self.step(8)
        with tempfile.TemporaryDirectory(prefix="advocacy-demo-") as folder:
            files = self.write_files(Path(folder))
            self.step(10)
            self.import_files(catalogue, files)
        people = self.team(catalogue, need_ids)
        self.step(75)
        self.follow_up(catalogue, people)
        self.step(92)
        self.care(catalogue, people)
        at_risk = advocates_service.at_risk(catalogue, today=self.today)
        advocates = advocates_service.advocates(catalogue, today=self.today)
        self.step(_STEPS)
        return {"needs": len(need_ids), "people": len(people), "advocates": len(advocates),
                "at_risk": len(at_risk), "batches": len(files)}


def _kind(row: DemoRow) -> str:
    return BY_NAME[row.source].kind


def _count(values: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def build_demo(
    path: Path | str,
    *,
    items: int = DEFAULT_ITEMS,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    need_names: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Build the demo catalogue at `path` (which must not exist) and return what it holds.

    `need_names` translates the starter needs' English names (the GUI passes the UI
    language's). Raises catalogue_setup.SetupCancelled when `should_cancel` says so, and
    CatalogueExists for an existing path; either way no file is left."""
    if not 50 <= items <= MAX_ITEMS:
        raise ValueError(f"a demo holds 50 to {MAX_ITEMS:,} items, not {items:,}")
    started = time.perf_counter()
    today = today or date.today()
    target = Path(path).expanduser()
    catalogue_setup.check_target(target)  # before generating anything
    rows = generate(items, seed, today)
    build = _Build(rows, seed, today, need_names, progress, should_cancel)
    counts = catalogue_setup.build_new(target, build.fill)
    return DemoSummary(
        path=str(target), items=len(rows), seed=seed, first_day=rows[0].day.isoformat(),
        last_day=rows[-1].day.isoformat(), languages=_count(r.language for r in rows),
        sources=_count(r.source for r in rows), batches=counts["batches"], tagged=build.tagged,
        needs=counts["needs"], people=counts["people"], advocates=counts["advocates"],
        at_risk=counts["at_risk"], care_entries=build.care_entries,
        seconds=round(time.perf_counter() - started, 2),
    )
