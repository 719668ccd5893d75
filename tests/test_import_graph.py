"""The packages' import graph has no circle: every ``import`` in ``parser`` and ``tui`` read
from the source (those inside functions and under ``TYPE_CHECKING`` too, which would otherwise
hide a circle), and the graph searched for cycles."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("parser", "tui")


def modules(root: Path = ROOT) -> dict[str, Path]:
    """Every module of the packages by its dotted name (a package by its own name)."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _target(name: str, known: dict[str, Path]) -> str | None:
    """The module of ours that importing ``name`` runs (``a.b.c`` falls back to ``a.b``)."""
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The modules of ours that module ``name`` imports, anywhere in its source."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            # ``from a import b`` imports the module a.b when there is one, else a name of a.
            targets = [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            module = _target(target, known)
            if module is not None and module != name:
                found.add(module)
    return found


def graph(root: Path = ROOT) -> dict[str, set[str]]:
    known = modules(root)
    return {name: imports(name, path, known) for name, path in known.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm,
    iterative), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_import_graph_has_no_circle() -> None:
    edges = graph()
    assert len(edges) > 100 and "tui.app" in edges["tui.launch"], "the graph was read"
    assert cycles(edges) == []


def test_screens_and_widgets_never_import_the_app() -> None:
    edges = graph()
    importers = sorted(name for name, targets in edges.items()
                       if "tui.app" in targets and name.startswith(("tui.screens", "tui.widgets")))
    assert importers == []


def test_the_parser_never_imports_the_interface() -> None:
    edges = graph()
    assert sorted(name for name, targets in edges.items()
                  if name.startswith("parser") and any(t.startswith("tui") for t in targets)) == []


def test_a_circle_through_a_function_level_import_is_found(tmp_path: Path) -> None:
    package = tmp_path / "parser"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from parser.b import thing\n")
    (package / "b.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "def thing():\n    from . import c\n"
    )
    (package / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import parser.a\n"
    )
    (package / "d.py").write_text("import parser.a\n")
    (tmp_path / "tui").mkdir()
    assert cycles(graph(tmp_path)) == [["parser.a", "parser.b", "parser.c"]]
