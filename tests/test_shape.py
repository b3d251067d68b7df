"""The code keeps the shape CONTRIBUTING describes: small modules, and no import cycle (a cycle
hides which module is the toolkit and which the orchestrator)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from .conftest import ROOT

MAX_LINES = 300
SOURCES = [*(ROOT / "secondround").rglob("*.py"), *(ROOT / "docs" / "assets" / "js").rglob("*.js")]


def test_no_module_is_over_300_lines() -> None:
    long = {str(p.relative_to(ROOT)): n for p in SOURCES
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"split these modules: {long}"


def _python_imports(path: Path) -> set[Path]:
    """The secondround modules (files) that this module imports, at any depth of the tree."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = path.parent
            for _ in range(node.level - 1):
                base = base.parent
            names = [node.module] if node.module else [a.name for a in node.names]
            for name in names:
                target = base.joinpath(*name.split("."))
                for candidate in (target.with_suffix(".py"), target / "__init__.py"):
                    if candidate.is_file():
                        found.add(candidate)
    return found


_JS_IMPORT = re.compile(r'^import\s*\{[^}]*\}\s*from\s*"(\.{1,2}/[^"]+)"', re.M)


def _js_imports(path: Path) -> set[Path]:
    return {(path.parent / m).resolve() for m in _JS_IMPORT.findall(path.read_text(encoding="utf-8"))}


def _cycle(graph: dict[Path, set[Path]]) -> list[Path] | None:
    done: set[Path] = set()

    def visit(node: Path, path: list[Path]) -> list[Path] | None:
        if node in path:
            return [*path[path.index(node):], node]
        if node in done:
            return None
        for nxt in graph.get(node, ()):
            if found := visit(nxt, [*path, node]):
                return found
        done.add(node)
        return None

    for start in graph:
        if found := visit(start, []):
            return found
    return None


def test_no_import_cycle() -> None:
    python = {p.resolve(): {i.resolve() for i in _python_imports(p)}
              for p in (ROOT / "secondround").rglob("*.py")}
    javascript = {p.resolve(): _js_imports(p) for p in (ROOT / "docs" / "assets" / "js").rglob("*.js")}
    for graph in (python, javascript):
        cycle = _cycle(graph)
        assert cycle is None, "import cycle: " + " -> ".join(p.name for p in cycle)


def test_the_cycle_check_finds_a_cycle() -> None:
    a, b, c = Path("a"), Path("b"), Path("c")
    assert _cycle({a: {b}, b: {c}, c: {a}}) == [a, b, c, a]
    assert _cycle({a: {b}, b: {c}, c: set()}) is None
