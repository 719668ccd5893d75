"""A value shared by several modules is defined in one of them and imported by the others:
no public module constant is assigned, under the same name and to the same value, in two
modules of ``parser/`` and ``tui/`` (twins drift apart: one is changed, the other not)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def public_constants(source: str) -> dict[str, str]:
    """The module-level ``NAME = value`` assignments of ``source`` whose name is upper case
    and public, each with its value as written (an AST dump, so layout does not count)."""
    found: dict[str, str] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name) and target.id.isupper() and \
                    not target.id.startswith("_"):
                found[target.id] = ast.dump(value)
    return found


def test_the_finder_reads_public_constants_only() -> None:
    source = 'LIMIT = 0.8\n_OWN = 0.8\nname = 1\nLABELS: dict[str, str] = {"a": "b"}\n'
    assert set(public_constants(source)) == {"LIMIT", "LABELS"}
    assert public_constants("LIMIT = 0.8")["LIMIT"] == public_constants("LIMIT=(0.8)")["LIMIT"]


def test_no_public_constant_is_defined_twice() -> None:
    places: dict[tuple[str, str], list[str]] = defaultdict(list)
    for package in ("parser", "tui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for name, value in public_constants(path.read_text(encoding="utf-8")).items():
                places[name, value].append(str(path.relative_to(ROOT)))
    twins = {name: paths for (name, _), paths in places.items() if len(paths) > 1}
    assert twins == {}
