"""Dependencies point one way: Qt only in the window's code, SQL only in the store."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "desk"
MODULES = sorted(PACKAGE.rglob("*.py"))


def runtime_imports(path: Path) -> set[str]:
    """Top-level package names a module imports when it runs (not under `if TYPE_CHECKING`)."""
    tree = ast.parse(path.read_text("utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for child in ast.walk(node))
    names = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def inside(path: Path, *parts: str) -> bool:
    relative = path.relative_to(PACKAGE).as_posix()
    return any(relative == part or relative.startswith(part + "/") for part in parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_qt_is_imported_only_by_the_window_code(path: Path) -> None:
    if inside(path, "ui", "app.py"):
        return
    assert not runtime_imports(path) & {"PySide6", "shiboken6"}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_sql_is_spoken_only_by_the_store(path: Path) -> None:
    if inside(path, "store"):
        return
    assert not runtime_imports(path) & {"sqlite_utils", "sqlite3"}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_domain_rules_need_neither_the_store_nor_the_window(path: Path) -> None:
    if not inside(path, "domain"):
        return
    source = path.read_text("utf-8")
    assert "desk.store" not in source and "desk.ui" not in source
