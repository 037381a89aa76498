"""A new catalogue set up in one go: the first-run guide's choices, or the demo catalogue.

Both are built under a hidden working name beside the target and moved into place only when
complete, so a failure or Cancel leaves no file behind and an existing file is never
replaced. Everything inside goes through the same services as the app (sources, needs,
people), so the audit log and the summary tables are what they would be after doing it by hand.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from advocacy_desktop.db.catalogue import EXISTS_ALREADY, NO_FOLDER, Catalogue, create_catalogue
from advocacy_desktop.db.errors import CatalogueExists, CatalogueNotFound
from advocacy_desktop.db.locking import lock_path_for
from advocacy_desktop.domain.messages import Message
from advocacy_desktop.services import people_service, sources_service, starter_needs

__all__ = ["FirstCatalogue", "SetupCancelled", "build_new", "check_target", "create_first",
           "free_path"]

T = TypeVar("T")
ProgressCallback = Callable[[int, int], None]


class SetupCancelled(Exception):
    """Cancel was pressed: nothing was created."""


def _remove(work: Path) -> None:
    for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm"), Path(f"{work}-journal"),
                     lock_path_for(work)):
        leftover.unlink(missing_ok=True)


def check_target(path: Path) -> None:
    if path.exists():
        raise CatalogueExists(path, Message(EXISTS_ALREADY))
    if not path.parent.is_dir():
        raise CatalogueNotFound(path.parent, Message(NO_FOLDER))


def _move_into_place(work: Path, path: Path) -> None:
    """Give the finished file its name, refusing to replace a file that appeared meanwhile."""
    try:
        os.link(work, path)  # fails when `path` exists: never replaces a file
    except FileExistsError:
        raise CatalogueExists(path, Message(EXISTS_ALREADY)) from None
    except OSError:  # a file system without hard links (FAT on a USB stick)
        check_target(path)
        os.replace(work, path)
        return
    work.unlink()


def build_new(path: Path | str, fill: Callable[[Catalogue], T]) -> T:
    """Create a catalogue, let `fill` populate it, then give it the name `path`.

    Refuses an existing `path` (CatalogueExists) before doing anything. Whatever `fill`
    raises (SetupCancelled, a service error) removes the half-built file and is raised again."""
    path = Path(path).expanduser()
    check_target(path)
    work = path.with_name(f".{path.stem}.building{path.suffix}")
    _remove(work)  # the leftover of a build that was killed
    catalogue = create_catalogue(work)
    try:
        result = fill(catalogue)
    except BaseException:
        catalogue.close()
        _remove(work)
        raise
    catalogue.close()
    try:
        _move_into_place(work, path)
    except BaseException:
        _remove(work)
        raise
    return result


def free_path(folder: Path, stem: str, suffix: str = ".advocacy") -> Path:
    """`folder/stem.advocacy`, else the first free `stem-2.advocacy`, `stem-3.advocacy`…"""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


@dataclass(frozen=True)
class FirstCatalogue:
    """What the first-run guide asked: the five steps of the method, as choices."""

    drop_sources: tuple[str, ...] = ()
    """Default sources the user does not have (step 1): removed from the new catalogue."""
    own_sources: tuple[tuple[str, str], ...] = ()
    """(name, kind) of sources the user added (step 1)."""
    not_collected: tuple[str, ...] = ()
    """Sources kept but not collected from now (step 2): their switch is off."""
    starter_needs: bool = False
    """Adopt the starter taxonomy (step 3)."""
    need_names: Mapping[str, str] = field(default_factory=dict)
    """English starter need name -> the name to store (the user's language)."""
    need_rules: bool = True
    """With the starter taxonomy's auto-tag rules in six languages."""
    person_name: str = ""
    """Who the user is (step 5); blank: nobody is added."""
    person_email: str = ""
    role_name: str = ""
    """One of people_service.DEFAULT_ROLES, or blank."""


def _fill_first(catalogue: Catalogue, plan: FirstCatalogue,
                progress: ProgressCallback | None,
                should_cancel: Callable[[], bool] | None) -> None:
    def step(done: int) -> None:
        if should_cancel is not None and should_cancel():
            raise SetupCancelled()
        if progress is not None:
            progress(done, 4)

    step(0)
    drop = {sources_service.name_key(name) for name in plan.drop_sources}
    off = {sources_service.name_key(name) for name in plan.not_collected}
    for source in sources_service.list_sources(catalogue):
        if sources_service.name_key(source.name) in drop:
            sources_service.delete_source(catalogue, source.id)
    for name, kind in plan.own_sources:
        sources_service.add_source(catalogue, name, kind=kind)
    for source in sources_service.list_sources(catalogue):
        if sources_service.name_key(source.name) in off:
            sources_service.update_source(catalogue, source.id, collect=False)
    step(1)
    if plan.starter_needs:
        starter_needs.adopt(catalogue, names=plan.need_names, with_rules=plan.need_rules,
                            should_cancel=should_cancel)
    step(2)
    name = plan.person_name.strip()
    if name:
        person_id = people_service.add_person(catalogue, name, plan.person_email.strip() or None)
        role = people_service.find_role(catalogue, plan.role_name) if plan.role_name else None
        if role is not None:
            people_service.assign_role(catalogue, person_id, role.id)
    step(3)
    step(4)


def create_first(
    path: Path | str,
    plan: FirstCatalogue,
    *,
    progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Path:
    """Create the user's first catalogue at `path` as the guide's choices say; returns the
    path. Refuses an existing file; on any error or Cancel no file is left."""
    build_new(path, lambda catalogue: _fill_first(catalogue, plan, progress, should_cancel))
    return Path(path).expanduser()
