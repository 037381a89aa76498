"""Merging another catalogue (e.g. one a consultant brought back from a client) into this one.

    plan = plan(target, source)                       # dry run: read-only on both
    report = apply(target, source, plan, {"feedback:<uuid>": "theirs"})

Rows are matched by UUID. A row the target lacks is added (with new ids, references mapped
through UUIDs); a row with the same UUID and the same content is skipped; the same UUID with
different content is a *conflict*, listed with both values of every differing field, both
versions and `updated_at`. Rows with another UUID but the same natural key map onto the
target's row instead of making a duplicate, and are reported: sources and roles by name,
needs by name under the same parent, people by e-mail, customers by match key, items by dedupe
key, mapping templates by name, tag rules and responsibilities by what they say.

Rules (nothing overwritten silently):
- a conflict takes "theirs" only when chosen, and only while it is still the conflict shown
  in the dry run passed to `apply` (changed since: ours kept, with a notice); unresolved ones
  keep ours and are listed in the report. "theirs" on an item sets its fields and its needs,
  and bumps its version; each taken conflict writes an audit row with both values;
- the merge only adds and updates: a row deleted on one side is not deleted on the other;
- `apply` computes the plan again inside ONE write transaction on the target (all or
  nothing), so changes made since the dry run are seen; choices are by conflict id;
- history: the source's audit rows come along, their entity ids mapped to the target's, minus
  those already present (same time, actor, action and entity) — so a second merge adds nothing;
  one more audit row (action "merge") summarises each merge that changed something;
- privacy: a customer erased in the target stays erased: no personal field, item text, notes,
  extra columns or audit copy about them is brought back. A customer erased only in the source
  is reported (erase them here too);
- `catalogue_setting` (the pseudonym secret) stays the target's; import batches, their rejected
  rows, mapping templates, tag rules and care entries are added when new, never compared.

Everything goes through SQLAlchemy Core with bound parameters, so either side may be a SQLite
file or a PostgreSQL catalogue.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from advocacy_desktop.db import summaries
from advocacy_desktop.services import catalogue_copy
from advocacy_desktop.services.catalogue_copy import CancelledFn, CatalogueLike, ProgressFn

Choice = Literal["ours", "theirs"]
__all__ = ["Conflict", "FieldDiff", "MappedRow", "MergeCancelled", "MergePlan", "MergeReport",
           "TableCounts", "apply", "plan"]
#: at most this many name-mapped rows and notices are listed (all are counted)
LIST_LIMIT = 500


class MergeCancelled(Exception):
    """Cancel was pressed during `apply`: the target was left as it was."""


@dataclass(frozen=True)
class FieldDiff:
    field: str
    ours: str
    theirs: str


@dataclass(frozen=True)
class Conflict:
    """The same row (by UUID) with different content in both catalogues."""

    id: str  # "<table>:<uuid>", the key of `choices`
    table: str
    uuid: str
    label: str
    fields: tuple[FieldDiff, ...]
    ours_version: int | None = None
    theirs_version: int | None = None
    ours_updated: str | None = None
    theirs_updated: str | None = None

    @property
    def newer(self) -> Choice | None:
        """Which side was edited later, when the catalogues say (a hint, never a default)."""
        if self.ours_updated and self.theirs_updated and self.ours_updated != self.theirs_updated:
            return "theirs" if self.theirs_updated > self.ours_updated else "ours"
        if self.ours_version is not None and self.theirs_version is not None \
                and self.ours_version != self.theirs_version:
            return "theirs" if self.theirs_version > self.ours_version else "ours"
        return None

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "fields": [asdict(f) for f in self.fields],
                "newer": self.newer}


@dataclass(frozen=True)
class MappedRow:
    """A source row with another UUID that maps onto an existing target row."""

    table: str
    theirs_uuid: str
    ours_uuid: str
    label: str
    by: str  # "name", "email", "match key", "dedupe key", "content"


@dataclass
class TableCounts:
    new: int = 0
    identical: int = 0
    mapped: int = 0
    conflicts: int = 0


@dataclass
class MergePlan:
    target: str
    source: str
    tables: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    mapped: list[MappedRow] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def counts(self, table: str) -> TableCounts:
        return self.tables.setdefault(table, TableCounts())

    @property
    def new_rows(self) -> int:
        return sum(c.new for c in self.tables.values())

    @property
    def changes_anything(self) -> bool:
        return self.new_rows > 0 or bool(self.conflicts)

    def conflict(self, conflict_id: str) -> Conflict | None:
        return next((c for c in self.conflicts if c.id == conflict_id), None)

    def as_dict(self) -> dict[str, Any]:
        return {
            "target": self.target, "source": self.source, "new_rows": self.new_rows,
            "tables": {k: asdict(v) for k, v in self.tables.items()},
            "conflicts": [c.as_dict() for c in self.conflicts],
            "mapped": [asdict(m) for m in self.mapped],
            "notices": list(self.notices),
        }


@dataclass
class MergeReport:
    plan: MergePlan  # as computed inside the write transaction
    taken_theirs: list[str] = field(default_factory=list)
    kept_ours: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def added(self) -> dict[str, int]:
        return {k: v.new for k, v in self.plan.tables.items() if v.new}

    def as_dict(self) -> dict[str, Any]:
        return {"plan": self.plan.as_dict(), "added": self.added,
                "taken_theirs": self.taken_theirs, "kept_ours": self.kept_ours,
                "seconds": round(self.seconds, 3)}


def plan(target: CatalogueLike, source: CatalogueLike) -> MergePlan:
    """The dry run: what a merge of `source` into `target` would add, skip, map and ask."""
    from advocacy_desktop.services.catalogue_merge_engine import Merger

    result = MergePlan(target.url, source.url)
    with source.engine.connect() as sconn, sconn.begin(), \
            target.engine.connect() as tconn, tconn.begin():
        Merger(sconn, tconn, result, None).run()
        tconn.rollback()
    return result


def apply(
    target: CatalogueLike,
    source: CatalogueLike,
    plan: MergePlan | None = None,
    choices: dict[str, Choice] | None = None,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> MergeReport:
    """Merge `source` into `target` in one write transaction; see the module docstring.
    `plan` is the dry run the user saw (its conflicts' choices are in `choices`)."""
    from advocacy_desktop.db.team import with_retry
    from advocacy_desktop.services.catalogue_merge_engine import Merger

    started = time.perf_counter()
    choices = dict(choices or {})
    for key, value in choices.items():
        if value not in ("ours", "theirs"):
            raise ValueError(f"choice for {key} must be 'ours' or 'theirs', not {value!r}")

    def attempt() -> tuple[MergePlan, Merger]:
        fresh = MergePlan(target.url, source.url)
        with source.engine.connect() as sconn, sconn.begin(), \
                target.write_connection() as tconn:
            merger = Merger(sconn, tconn, fresh, choices, progress=progress,
                            cancelled=cancelled, seen=plan)
            merger.run()
            if tconn.dialect.name == "postgresql":  # fold the summary deltas it wrote
                summaries.pg_compact(tconn.connection.driver_connection,
                                     over=catalogue_copy.COMPACT_OVER)
        return fresh, merger

    # on a shared PostgreSQL catalogue a colleague's commit can collide with the merge
    # (serialisation failure, deadlock): the whole merge then runs again on fresh data
    fresh, merger = with_retry(attempt)
    report = MergeReport(fresh, merger.taken, merger.kept)
    report.seconds = time.perf_counter() - started
    return report
