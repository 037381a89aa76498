"""Shared fixtures: catalogues in tmp_path, never the user's own files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def catalogue_path(tmp_path: Path) -> Path:
    from advocacy_desktop.services import catalogue_service

    path = tmp_path / "shop.advocacy"
    catalogue_service.create(path).close()
    return path


@pytest.fixture
def catalogue(catalogue_path: Path) -> Iterator:
    from advocacy_desktop.services import catalogue_service

    opened = catalogue_service.open_existing(catalogue_path)
    yield opened
    opened.close()
