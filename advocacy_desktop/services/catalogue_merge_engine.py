"""The work behind `catalogue_merge.plan` and `apply` (read that module's docstring first).

One pass over the source catalogue, table by table in foreign-key order. Small tables (people,
roles, sources, needs, batches, templates, responsibilities, rules, care entries) are indexed
whole; customers, items and the audit log go chunk by chunk, looked up in the target by UUID
and natural key per chunk, so memory stays bounded on a million items. References are mapped
through `Merger.ids` (source id → target id, or ("new", uuid) in a dry run).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, text, update

from advocacy_desktop.services.catalogue_copy import (
    CHUNK,
    TABLES,
    CancelledFn,
    ProgressFn,
    draw_ids,
    insert_rows,
    need_rows_parents_first,
    normalise,
    ordered_rows,
    sync_sequences,
)
from advocacy_desktop.services.catalogue_merge import (
    LIST_LIMIT,
    Choice,
    Conflict,
    FieldDiff,
    MappedRow,
    MergeCancelled,
    MergePlan,
)

# --------------------------------------------------------------------------- the engine

NewRef = tuple[str, str]
"""("new", uuid): in a dry run, a row the target does not have yet."""

_REFS: dict[str, dict[str, str]] = {
    "source": {"owner_id": "person"},
    "need": {"parent_id": "need"},
    "import_batch": {"source_id": "source"},
    "rejected_row": {"batch_id": "import_batch"},
    "feedback": {"source_id": "source", "customer_id": "customer", "batch_id": "import_batch",
                 "assignee_id": "person"},
    "responsibility": {"need_id": "need", "source_id": "source", "person_id": "person",
                       "role_id": "role"},
    "tag_rule": {"need_id": "need"},
    "care_entry": {"customer_id": "customer", "person_id": "person"},
}
_COMPARED: dict[str, tuple[str, ...]] = {
    "person": ("name", "email", "active"),
    "role": ("name", "description", "maturity_level"),
    "source": ("name", "kind", "url", "notes", "collect", "owner_id"),
    "need": ("name", "parent_id", "colour", "description"),
    "customer": ("name", "email", "external_id"),
    "feedback": ("source_id", "customer_id", "received_on", "score", "rating", "rating_scale",
                 "text", "status", "assignee_id", "due_on", "contacted_on", "notes"),
    "tag_rule": ("need_id", "kind", "pattern", "active"),
}
#: feedback fields never brought back for a customer erased in the target
_PRIVATE = ("text", "notes", "extra", "external_id")
_LABEL_COLUMN = {"person": "name", "role": "name", "source": "name", "need": "name",
                 "customer": "name", "import_batch": "file_name", "mapping_template": "name",
                 "tag_rule": "pattern", "care_entry": "practice"}
_BIG = {"customer": "match_key", "feedback": "dedupe_key"}
#: audit_log.entity → the table its entity_id numbers
_AUDITED = {"feedback": "feedback", "customer": "customer", "need": "need", "person": "person",
            "role": "role", "source": "source", "care_entry": "care_entry", "care": "care_entry",
            "tag_rule": "tag_rule", "rule": "tag_rule", "import_batch": "import_batch",
            "batch": "import_batch", "mapping_template": "mapping_template"}


def _fold(value: Any) -> Any:
    return value.casefold().strip() if isinstance(value, str) else value


_NATURAL: dict[str, tuple[str, Any]] = {
    "person": ("e-mail", lambda r: _fold(r["email"]) or None),
    "role": ("name", lambda r: _fold(r["name"])),
    "source": ("name", lambda r: _fold(r["name"])),
    "need": ("name", lambda r: (r["parent_id"], _fold(r["name"]))),
    "mapping_template": ("name", lambda r: r["name"]),
    "tag_rule": ("content", lambda r: (r["need_id"], r["kind"], r["pattern"])),
    "responsibility": ("content", lambda r: (r["kind"], r["need_id"], r["source_id"],
                                             r["person_id"], r["role_id"])),
    "customer": ("match key", lambda r: r["match_key"]),
    "feedback": ("dedupe key", lambda r: r["dedupe_key"]),
}


def _show(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(normalise(value))


class Merger:
    """One pass over the source, table by table in foreign-key order. Without `choices` it
    only counts (the dry run); with them it writes into `tconn`'s transaction."""

    def __init__(self, sconn: Connection, tconn: Connection, plan: MergePlan,
                 choices: dict[str, Choice] | None, *, progress: ProgressFn | None = None,
                 cancelled: CancelledFn | None = None, seen: MergePlan | None = None) -> None:
        self.s, self.t, self.plan = sconn, tconn, plan
        self.seen = {c.id: c for c in seen.conflicts} if seen is not None else {}
        self.write = choices is not None
        self.choices = choices or {}
        self.progress, self.cancelled = progress, cancelled
        self.ids: dict[str, dict[int, Any]] = {name: {} for name in TABLES}
        self.new_ids: dict[str, set[int]] = {name: set() for name in TABLES}
        self.next_ids: dict[str, int] = {}
        self.drawn: dict[str, list[int]] = {}  # ids drawn from sequences, and block sizes
        self.draw_size: dict[str, int] = {}
        self.taken: list[str] = []  # conflict ids
        self.kept: list[str] = []
        self.audit_added = 0
        self.done = self.total = 0
        self._labels: dict[tuple[int, str, int], str] = {}

    # ------------------------------------------------------------------ driver

    def run(self) -> None:
        for conn in (self.s, self.t):
            if conn.dialect.name == "postgresql":
                # all lookups are by indexed keys; after a bulk load the statistics still say
                # "a few rows" and each chunk's lookup would scan the whole table
                conn.execute(text("SET LOCAL enable_seqscan = off"))
        self.total = sum(self.s.execute(select(func.count()).select_from(TABLES[n])).scalar_one()
                         for n in ("customer", "feedback", "audit_log"))
        for name in ("person", "role"):
            self._small(name)
        self._person_roles()
        for name in ("source", "need"):
            self._small(name)
        self._big("customer")
        self._small("import_batch")
        self._rejected_rows()
        self._small("mapping_template")
        self._big("feedback")
        for name in ("responsibility", "tag_rule", "care_entry"):
            self._small(name)
        self._audit()
        if self.write:
            # on PostgreSQL the new ids came from the sequences: nothing to move there
            sync_sequences(self.t, [n for n, ids in self.new_ids.items()
                                    if ids and n not in self.drawn])
            if self.plan.new_rows or self.taken:  # a merge that changed nothing leaves no row
                self._audit_row("merge", "catalogue", None, None, {
                    "source": self.plan.source, "added": {k: v.new for k, v in
                                                          self.plan.tables.items() if v.new},
                    "taken_theirs": len(self.taken), "kept_ours": len(self.kept)})

    def _tick(self, rows: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise MergeCancelled("the merge was cancelled; nothing was changed")
        self.done += rows
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    # ------------------------------------------------------------------ helpers

    def _rows(self, conn: Connection, name: str) -> list[dict]:
        return [r for part in ordered_rows(conn, TABLES[name]) for r in part]

    def _where_in(self, conn: Connection, name: str, column: str, values: list) -> list[dict]:
        table, found = TABLES[name], []
        for start in range(0, len(values), 1000):
            part = values[start:start + 1000]
            if part:
                found += [dict(r._mapping) for r in conn.execute(
                    select(table).where(table.c[column].in_(part)))]
        return found

    def _next_id(self, name: str) -> int:
        if self.t.dialect.name == "postgresql":  # others may insert meanwhile: a sequence
            return self._drawn_id(name)
        if name not in self.next_ids:
            table = TABLES[name]
            self.next_ids[name] = int(self.t.execute(
                select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1
        self.next_ids[name] += 1
        return self.next_ids[name] - 1

    def _drawn_id(self, name: str) -> int:
        """An id from the table's sequence, drawn in growing blocks (max(id)+1 may collide)."""
        pool = self.drawn.setdefault(name, [])
        if not pool:
            size = self.draw_size[name] = min(self.draw_size.get(name, 8) * 4, CHUNK)
            pool.extend(reversed(draw_ids(self.t, name, size)))
        return pool.pop()

    def _mapped(self, name: str, row: dict) -> dict:
        mapped = dict(row)
        for column, ref in _REFS.get(name, {}).items():
            value = row[column]
            if value is not None:
                mapped[column] = self.ids[ref].get(value, ("new", f"{ref}:{value}"))
        return mapped

    def _resolve_big(self, name: str, ids: set[int]) -> None:
        """Fill `self.ids[name]` for these source ids (customers, items: looked up per
        chunk, by UUID then by natural key, so memory stays bounded)."""
        column = _BIG[name]
        rows = self._where_in(self.s, name, "id", sorted(i for i in ids
                                                          if i not in self.ids[name]))
        by_uuid = {r["uuid"]: r["id"] for r in self._where_in(
            self.t, name, "uuid", [r["uuid"] for r in rows])}
        keys = [r[column] for r in rows if r["uuid"] not in by_uuid and r[column] is not None]
        by_key = {r[column]: r["id"] for r in self._where_in(self.t, name, column, keys)}
        for r in rows:
            self.ids[name][r["id"]] = by_uuid.get(r["uuid"], by_key.get(
                r[column], ("new", r["uuid"])))

    def _label(self, conn: Connection, name: str, row_id: Any) -> str:
        if not isinstance(row_id, int):
            return "(new)"
        key = (id(conn), name, row_id)
        if key not in self._labels:
            table = TABLES[name]
            column = table.c[_LABEL_COLUMN.get(name, "uuid")]
            value = conn.execute(select(column, table.c.uuid).where(table.c.id == row_id)).first()
            self._labels[key] = "?" if value is None else str(value[0] or value[1][:8])
        return self._labels[key]

    def _row_label(self, name: str, row: dict) -> str:
        if name == "feedback":
            text_ = (row.get("text") or "").replace("\n", " ")
            return f"#{row['id']} {text_[:60]}".strip()
        if name == "responsibility":
            subject = (self._label(self.s, "need", row["need_id"]) if row["need_id"]
                       else self._label(self.s, "source", row["source_id"]))
            return f"{row['kind']} for {subject}"
        value = row.get(_LABEL_COLUMN.get(name, "uuid"))
        return str(value or row["uuid"][:8])

    def _display(self, name: str, column: str, target: dict, row: dict) -> FieldDiff:
        ref = _REFS.get(name, {}).get(column)
        if ref is None:
            return FieldDiff(column, _show(target[column]), _show(row[column]))
        ours = _show(target[column] and self._label(self.t, ref, target[column]))
        return FieldDiff(column, ours, _show(row[column] and self._label(self.s, ref, row[column])))

    def _audit_row(self, action: str, entity: str, entity_id: Any, before: Any,
                   after: Any) -> None:
        from advocacy_desktop.services.importing.writer import current_actor

        self.t.execute(insert(TABLES["audit_log"]), [{
            "actor": current_actor(), "action": action, "entity": entity,
            "entity_id": None if entity_id is None else str(entity_id),
            "before": before, "after": after}])

    # ------------------------------------------------------------------ outcomes

    def _map_onto(self, name: str, row: dict, hit: dict, by: str) -> None:
        self.plan.counts(name).mapped += 1
        self.ids[name][row["id"]] = hit["id"]
        if len(self.plan.mapped) < LIST_LIMIT:
            self.plan.mapped.append(MappedRow(name, row["uuid"], hit["uuid"],
                                              self._row_label(name, row), by))

    def _add(self, name: str, row: dict, mapped: dict) -> dict | None:
        """Count a new row; when writing, return it with its new id (the caller inserts)."""
        self.plan.counts(name).new += 1
        if not self.write:
            self.ids[name][row["id"]] = ("new", row["uuid"])
            return None
        new_id = self._next_id(name)
        self.ids[name][row["id"]] = new_id
        self.new_ids[name].add(row["id"])
        return {**mapped, "id": new_id}

    def _compare(self, name: str, row: dict, mapped: dict, target: dict,
                 skip: tuple[str, ...] = (), needs: tuple[set, set, set] | None = None) -> None:
        """Same UUID: identical, or a conflict (`needs`: ours, theirs mapped, theirs as
        source ids, for items)."""
        self.ids[name][row["id"]] = target["id"]
        diffs = [c for c in _COMPARED.get(name, ()) if c not in skip and target[c] != mapped[c]]
        fields = [self._display(name, c, target, row) for c in diffs]
        if needs is not None and needs[0] != needs[1]:
            ours, theirs = (", ".join(sorted(self._label(conn, "need", n) for n in side))
                            for conn, side in ((self.t, needs[0]), (self.s, needs[2])))
            fields.append(FieldDiff("needs", ours or "—", theirs or "—"))
        if not fields:
            self.plan.counts(name).identical += 1
            return
        conflict = Conflict(
            f"{name}:{row['uuid']}", name, row["uuid"], self._row_label(name, row),
            tuple(fields), target.get("version"), row.get("version"),
            _show(target.get("updated_at")) if target.get("updated_at") else None,
            _show(row.get("updated_at")) if row.get("updated_at") else None)
        self.plan.counts(name).conflicts += 1
        self.plan.conflicts.append(conflict)
        if not self.write:
            return
        if not self._takes_theirs(conflict, self._refusal(name, mapped, target) if diffs
                                  else None):
            return
        table = TABLES[name]
        values = {c: mapped[c] for c in diffs}
        if name == "feedback":
            values.update(version=max(target["version"] or 1, row["version"] or 1) + 1,
                          updated_at=func.current_timestamp())
        if values:
            self.t.execute(update(table).where(table.c.id == target["id"]).values(**values))
        if needs is not None and needs[0] != needs[1]:
            link = TABLES["feedback_need"]
            gone, added = needs[0] - needs[1], needs[1] - needs[0]
            if gone:
                self.t.execute(delete(link).where(link.c.feedback_id == target["id"],
                                                  link.c.need_id.in_(sorted(gone))))
            if added:
                self.t.execute(insert(link), [{"feedback_id": target["id"], "need_id": n,
                                               "origin": "merge"} for n in sorted(added)])
        before = {f.field: f.ours for f in fields}
        self._audit_row("merge_take_theirs", name, target["id"], before,
                        {f.field: f.theirs for f in fields})

    def _takes_theirs(self, conflict: Conflict, problem: str | None = None) -> bool:
        """Theirs was chosen, can be taken, and the conflict is still the one the user saw in
        the dry run (else a colleague's later change would be overwritten unseen)."""
        chose, seen = self.choices.get(conflict.id) == "theirs", self.seen.get(conflict.id)
        if chose and problem is None and seen is not None and seen.fields != conflict.fields:
            problem = "it changed since the dry run; look at it again"
        (self.taken if chose and problem is None else self.kept).append(conflict.id)
        if problem:
            self.plan.notices.append(f"{conflict.label}: kept ours, {problem}")
        return chose and problem is None

    def _refusal(self, name: str, mapped: dict, target: dict) -> str | None:
        """Why "theirs" cannot be taken (a name taken by another row, a cycle), or None."""
        table = TABLES[name]
        if (name in ("source", "role", "need") and _fold(mapped["name"]) != _fold(target["name"])) \
                or (name == "need" and mapped["parent_id"] != target["parent_id"]):
            others = self.t.execute(select(table).where(table.c.id != target["id"])).all()
            same = [o for o in others if _fold(o.name) == _fold(mapped["name"])
                    and (name != "need" or o.parent_id == mapped["parent_id"])]
            if same:
                return f"the name {mapped['name']!r} is taken here"
        if name == "need":
            parent = mapped["parent_id"]
            while parent is not None:
                if parent == target["id"]:
                    return "their parent would make a cycle"
                parent = self.t.execute(select(table.c.parent_id).where(
                    table.c.id == parent)).scalar()
        return None

    # ------------------------------------------------------------------ tables

    def _small(self, name: str) -> None:
        """A table small enough to index whole (people, sources, needs, rules…)."""
        rows = self._rows(self.s, name)
        targets = self._rows(self.t, name)
        if name == "need":
            rows = need_rows_parents_first(rows)
        if name == "care_entry":
            self._resolve_big("customer", {r["customer_id"] for r in rows})
        by_uuid = {r["uuid"]: r for r in targets}
        by, natural = _NATURAL.get(name, ("", None))
        by_key = {natural(r): r for r in targets} if natural else {}
        accountable = {(r["need_id"], r["source_id"]): r for r in targets
                       if name == "responsibility" and r["kind"] == "A"}
        erased = self._erased({r["customer_id"] for r in targets}) if name == "care_entry" \
            else set()
        for row in rows:
            mapped = self._mapped(name, row)
            target = by_uuid.get(row["uuid"])
            key = natural(mapped) if natural else None
            if target is None and key is not None and key in by_key:
                self._map_onto(name, row, by_key[key], by)
                continue
            if target is not None:
                self._compare(name, row, mapped, target)
                continue
            other_a = accountable.get((mapped["need_id"], mapped["source_id"])) \
                if name == "responsibility" and mapped["kind"] == "A" else None
            if other_a is not None:
                self._accountable(row, mapped, other_a)
                continue
            if name == "care_entry" and mapped["customer_id"] in erased:
                mapped["note"] = None
            new = self._add(name, row, mapped)
            if key is not None:
                by_key[key] = {**mapped, "id": self.ids[name][row["id"]]}
            if new is not None:
                if name == "need" and new["shortcut"] and self.t.execute(
                        select(TABLES["need"].c.id).where(
                            TABLES["need"].c.shortcut == new["shortcut"])).first():
                    self.plan.notices.append(f"need {new['name']!r}: its shortcut "
                                             f"{new['shortcut']!r} is taken here; left out")
                    new["shortcut"] = None
                self.t.execute(insert(TABLES[name]), [new])

    def _accountable(self, row: dict, mapped: dict, ours: dict) -> None:
        """Their A for a need or source whose A here is someone else: one A per cell, so a
        conflict; "theirs" replaces our A."""
        self.plan.counts("responsibility").conflicts += 1
        holder = ("person", "person_id") if ours["person_id"] else ("role", "role_id")
        theirs = ("person", "person_id") if row["person_id"] else ("role", "role_id")
        conflict = Conflict(
            f"responsibility:{row['uuid']}", "responsibility", row["uuid"],
            self._row_label("responsibility", row),
            (FieldDiff("accountable", self._label(self.t, holder[0], ours[holder[1]]),
                       self._label(self.s, theirs[0], row[theirs[1]])),))
        self.plan.conflicts.append(conflict)
        if not self.write:
            return
        if not self._takes_theirs(conflict):
            return
        table = TABLES["responsibility"]
        self.t.execute(delete(table).where(table.c.id == ours["id"]))
        new = {**mapped, "id": self._next_id("responsibility")}
        self.t.execute(insert(table), [new])
        self.new_ids["responsibility"].add(row["id"])
        self._audit_row("merge_take_theirs", "responsibility", new["id"],
                        {"accountable": conflict.fields[0].ours},
                        {"accountable": conflict.fields[0].theirs})

    def _person_roles(self) -> None:
        table = TABLES["person_role"]
        ours = {(r["person_id"], r["role_id"]) for r in self._rows(self.t, "person_role")}
        new = []
        for row in self._rows(self.s, "person_role"):
            link = (self.ids["person"].get(row["person_id"]), self.ids["role"].get(row["role_id"]))
            if link in ours:
                self.plan.counts("person_role").identical += 1
                continue
            ours.add(link)
            self.plan.counts("person_role").new += 1
            new.append({"person_id": link[0], "role_id": link[1]})
        if self.write and new:
            self.t.execute(insert(table), new)

    def _rejected_rows(self) -> None:
        batches = sorted(self.new_ids["import_batch"]) if self.write else [
            i for i, v in self.ids["import_batch"].items() if not isinstance(v, int)]
        for start in range(0, len(batches), 1000):
            rows = self._where_in(self.s, "rejected_row", "batch_id", batches[start:start + 1000])
            self.plan.counts("rejected_row").new += len(rows)
            if self.write and rows:
                self.t.execute(insert(TABLES["rejected_row"]), [
                    {**self._mapped("rejected_row", r), "id": self._next_id("rejected_row")}
                    for r in rows])
                self.new_ids["rejected_row"].add(rows[0]["id"])

    def _erased(self, customer_ids: set) -> set[int]:
        """Which of these target customers are erased."""
        ids = sorted(i for i in customer_ids if isinstance(i, int))
        return {r["id"] for r in self._where_in(self.t, "customer", "id", ids) if r["erased"]}

    def _big(self, name: str) -> None:
        """Customers and items: chunk by chunk, looked up in the target per chunk."""
        column, feedback = _BIG[name], name == "feedback"
        link = TABLES["feedback_need"]
        for part in ordered_rows(self.s, TABLES[name]):
            self._tick(len(part))
            if feedback:
                self._resolve_big("customer", {r["customer_id"] for r in part
                                               if r["customer_id"] is not None})
            by_uuid = {r["uuid"]: r for r in self._where_in(
                self.t, name, "uuid", [r["uuid"] for r in part])}
            by_key = {r[column]: r for r in self._where_in(self.t, name, column, [
                r[column] for r in part if r["uuid"] not in by_uuid and r[column] is not None])}
            theirs_needs: dict[int, list[dict]] = {}
            ours_needs: dict[int, set[int]] = {}
            erased: set[int] = set()
            if feedback:
                for r in self._where_in(self.s, "feedback_need", "feedback_id",
                                        [r["id"] for r in part]):
                    theirs_needs.setdefault(r["feedback_id"], []).append(r)
                for r in self._where_in(self.t, "feedback_need", "feedback_id",
                                        [r["id"] for r in by_uuid.values()]):
                    ours_needs.setdefault(r["feedback_id"], set()).add(r["need_id"])
                erased = self._erased({r["customer_id"] for r in by_uuid.values()}
                                      | {self.ids["customer"].get(r["customer_id"])
                                         for r in part})
            pending, links = [], []
            for row in part:
                mapped = self._mapped(name, row)
                target = by_uuid.get(row["uuid"])
                if target is None and row[column] is not None and row[column] in by_key:
                    self._map_onto(name, row, by_key[row[column]], _NATURAL[name][0])
                    continue
                if name == "customer":
                    self._customer(row, mapped, target, pending)
                    continue
                private = mapped["customer_id"] in erased or (
                    target is not None and target["customer_id"] in erased)
                wanted = theirs_needs.get(row["id"], [])
                need_ids = {self.ids["need"].get(r["need_id"]) for r in wanted}
                if target is not None:
                    self._compare(name, row, mapped, target, _PRIVATE if private else (),
                                  (ours_needs.get(target["id"], set()), need_ids,
                                   {r["need_id"] for r in wanted}))
                    continue
                if private:
                    mapped.update(dict.fromkeys(_PRIVATE))
                new = self._add(name, row, mapped)
                self.plan.counts("feedback_need").new += len(wanted)
                if new is not None:
                    pending.append(new)
                    links += [{**r, "feedback_id": new["id"],
                               "need_id": self.ids["need"][r["need_id"]]} for r in wanted]
            if pending:
                insert_rows(self.t, TABLES[name], pending)
            if links:
                insert_rows(self.t, link, links)
            if feedback:  # per chunk: memory stays bounded on a million items
                self.ids["customer"].clear()
                self.ids["feedback"].clear()

    def _customer(self, row: dict, mapped: dict, target: dict | None, pending: list) -> None:
        if target is None:
            new = self._add("customer", row, mapped)
            if new is not None:
                pending.append(new)
            self.ids["customer"].pop(row["id"], None)
            return
        if target["erased"]:
            self.plan.counts("customer").identical += 1
            self._note(f"customer {row['uuid'][:8]}… is erased here: kept erased")
        elif row["erased"]:
            self.plan.counts("customer").identical += 1
            self._note(f"customer {row['uuid'][:8]}… was erased in {self.plan.source}:"
                       " erase them here too (advocacy erase)")
        else:
            self._compare("customer", row, mapped, target)
        self.ids["customer"].pop(row["id"], None)

    def _note(self, text_: str) -> None:
        if len(self.plan.notices) < LIST_LIMIT:
            self.plan.notices.append(text_)

    def _audit(self) -> None:
        """The source's history, entity ids mapped to the target's; rows the target already
        has (same time, actor, action, entity, values) and rows about erased customers stay
        out. Values that hold ids (e.g. a need id) are kept as the source wrote them."""
        table, skipped = TABLES["audit_log"], 0
        for part in ordered_rows(self.s, table):
            self._tick(len(part))
            for entity in ("feedback", "customer"):
                self._resolve_big(entity, {int(r["entity_id"]) for r in part
                                           if r["entity"] == entity and _number(r["entity_id"])})
            items = [i for i in self.ids["feedback"].values() if isinstance(i, int)]
            owners = {r["id"]: r["customer_id"] for r in self._where_in(
                self.t, "feedback", "id", items)}
            erased = self._erased(set(owners.values()) | set(self.ids["customer"].values()))
            existing = set()
            ats = [r["at"] for r in part if r["at"] is not None]
            if ats:
                second = timedelta(seconds=1)
                existing = {_audit_key(r, r["entity_id"]) for r in self.t.execute(
                    select(table).where(table.c.at.between(min(ats) - second,
                                                           max(ats) + second))).mappings()}
            pending = []
            for row in part:
                entity_id, ref = row["entity_id"], _AUDITED.get(row["entity"])
                if ref is not None and _number(entity_id):
                    target_id = self.ids[ref].get(int(entity_id))
                    if target_id is None:
                        skipped += 1
                        continue
                    if (target_id in erased and ref == "customer") or \
                            (ref == "feedback" and owners.get(target_id) in erased):
                        continue
                    entity_id = str(target_id) if isinstance(target_id, int) \
                        else f"new:{target_id[1]}"
                key = _audit_key(row, entity_id)
                if key in existing:
                    self.plan.counts("audit_log").identical += 1
                    continue
                existing.add(key)
                self.plan.counts("audit_log").new += 1
                if self.write:
                    pending.append({**row, "id": self._next_id("audit_log"),
                                    "entity_id": entity_id})
            if pending:
                insert_rows(self.t, table, pending)
                self.new_ids["audit_log"].add(pending[0]["id"])
                self.audit_added += len(pending)
            self.ids["feedback"].clear()
            self.ids["customer"].clear()
        if skipped:
            self._note(f"{skipped} history rows about rows no longer in {self.plan.source}"
                       " were left out")


def _number(value: Any) -> bool:
    return isinstance(value, str) and value.isdigit()


def _audit_key(row: Any, entity_id: Any) -> tuple:
    return (normalise(row["at"]), row["actor"], row["action"], row["entity"], entity_id,
            normalise(row["before"]), normalise(row["after"]))
