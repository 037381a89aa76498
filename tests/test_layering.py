"""domain/, services/ and db/ never load Qt; ui/ holds no SQL and creates no engine."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "advocacy_desktop"

IMPORT_ALL_CORE = """
import importlib, pkgutil, sys
import advocacy_desktop
for layer in ("domain", "services", "db"):
    package = importlib.import_module(f"advocacy_desktop.{layer}")
    for info in pkgutil.walk_packages(package.__path__, prefix=f"advocacy_desktop.{layer}."):
        if ".migrations" in info.name:
            continue  # alembic env scripts run only inside alembic
        importlib.import_module(info.name)
importlib.import_module("advocacy_desktop.cli")
loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print(",".join(loaded))
"""


def test_core_layers_do_not_load_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL_CORE], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"Qt loaded by core layers: {result.stdout}"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_ui_creates_no_engine_and_holds_no_sql() -> None:
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        imported = _imported_modules(path)
        banned = {
            name
            for name in imported
            if name == "sqlite3"
            or name.startswith("sqlalchemy")
            or name.startswith("advocacy_desktop.db")
        }
        if banned:
            offenders.append(f"{path.name}: {sorted(banned)}")
        source = path.read_text(encoding="utf-8")
        if "create_engine" in source or "QSqlQueryModel" in source:
            offenders.append(f"{path.name}: creates an engine or uses QSqlQueryModel")
    assert offenders == []


def test_no_pyplot_anywhere() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "matplotlib.pyplot" in _imported_modules(path) or "pyplot" in path.read_text()
    ]
    assert offenders == []


def test_no_source_file_is_oversized() -> None:
    too_long = {
        str(path.relative_to(PACKAGE)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 650
    }
    assert too_long == {}
