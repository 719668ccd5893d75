"""Section pairing on real consecutive-year reports: precision, recall and F1 per pair.

    .venv/bin/python benchmarks/eval_pairing.py [--verbose] [KEY.yaml …]

Each answer key in ``benchmarks/keys/pairing/`` names two reports of one office in
``../shared/corpus/gov-work-reports/`` and, written by reading both, which section of year N
goes with which of year N+1 (a section may have two partners: split or merged), which were
dropped and which are new. Sections are named by the start of their heading text (marker
left out), which stays stable across parser versions.

A link is a pair of keyed sections. What the program pairs counts when either side is keyed:
a link in the key is a hit; a keyed section paired with anything else (or with an unkeyed
section) is a false link. Beside ``parser.align``, two naive baselines: pairing by number
(same marker under the same path of markers) and by heading text (equal titles, else the
closest title by characters at or above 0.5). Keys marked ``held_out`` were not looked at
while tuning; their mean is printed separately. Held out: 武汉 2013→14, 襄阳 2020→21, 绵阳
2022→23, 河南 2009→10, 辽宁 2002→03 and 江苏 2016→17, keyed before the pairing was tuned
against the other eleven (深圳, 杭州, 西安 and 成都 were held out once and have been looked at
since).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz  # noqa: E402

import parser  # noqa: E402
from parser.align import align  # noqa: E402
from parser.fold import fold  # noqa: E402
from parser.model import Document, Section  # noqa: E402
from parser.yaml_io import load_yaml  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KEYS = ROOT / "benchmarks" / "keys" / "pairing"
CORPUS = ROOT.parent / "shared" / "corpus" / "gov-work-reports"

Link = tuple[int, int]
"""Indices (``Section.index``) of a section of report a and one of report b."""


@dataclass(frozen=True)
class Key:
    name: str
    a: Path
    b: Path
    held_out: bool
    pairs: tuple[tuple[str, str], ...]
    removed: tuple[str, ...]
    added: tuple[str, ...]


def read_key(path: Path) -> Key:
    data = load_yaml(path.read_text(encoding="utf-8"))
    return Key(
        name=path.stem, a=CORPUS / data["a"], b=CORPUS / data["b"],
        held_out=bool(data.get("held_out")),
        pairs=tuple((str(x), str(y)) for x, y in data.get("pairs") or ()),
        removed=tuple(str(x) for x in data.get("removed") or ()),
        added=tuple(str(y) for y in data.get("added") or ()),
    )


_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+[、是]|[(（][一二三四五六七八九十]+[)）]|\d+[.、．])")
_SHORTEST_TITLE = 4


def find(doc: Document, name: str) -> Section | None:
    """The section whose heading text (folded, any marker the parser left in it dropped)
    starts with ``name``, or is the start of it when the parser cut the heading short: the
    shortest such heading, the first on a tie; None when no heading does."""
    wanted = fold(name)

    def text(node: Section) -> str:
        return _MARKER.sub("", fold(node.title))

    found = [node for node in doc.nodes if text(node).startswith(wanted)] or [
        node for node in doc.nodes
        if len(text(node)) >= _SHORTEST_TITLE and wanted.startswith(text(node))
    ]
    return min(found, key=lambda node: (len(node.title), node.index)) if found else None


def score(expected: set[Link], keyed_links: int, predicted: Iterable[Link], keyed_a: set[int],
          keyed_b: set[int]) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``predicted`` links touching a keyed section; recall is
    over all ``keyed_links`` (a link whose heading the parser does not find is missed)."""
    relevant = {(i, j) for i, j in predicted if i in keyed_a or j in keyed_b}
    hits = len(relevant & expected)
    precision = hits / len(relevant) if relevant else 1.0
    recall = hits / keyed_links if keyed_links else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def by_program(a: Document, b: Document) -> set[Link]:
    links = set()
    for pair in align(a, b):
        if pair.a is not None and pair.b is not None:
            links.add((pair.a.index, pair.b.index))
        elif pair.b is not None:
            links.update((other.index, pair.b.index) for other in pair.also)
        elif pair.a is not None:
            links.update((pair.a.index, other.index) for other in pair.also)
    return links


def _marker_path(doc: Document, node: Section) -> tuple[tuple[str, int | None], ...]:
    return tuple((s.family, s.ordinal) for s in doc.path(node))


def by_number(a: Document, b: Document) -> set[Link]:
    """Same markers all the way down: (二) under 一 with (二) under 一."""
    b_paths = {_marker_path(b, node): node.index for node in b.nodes}
    return {
        (node.index, b_paths[path]) for node in a.nodes
        if (path := _marker_path(a, node)) in b_paths
    }


def by_heading(a: Document, b: Document) -> set[Link]:
    """Each section of a with the section of b whose title is closest by characters (equal
    titles first), at or above 0.5; each section of b used once."""
    links: set[Link] = set()
    used: set[int] = set()
    candidates = sorted(
        ((fuzz.ratio(fold(x.title), fold(y.title)) / 100, x.index, y.index)
         for x in a.nodes for y in b.nodes if x.kind == y.kind),
        reverse=True,
    )
    done: set[int] = set()
    for similarity, i, j in candidates:
        if similarity < 0.5:
            break
        if i in done or j in used:
            continue
        links.add((i, j))
        done.add(i)
        used.add(j)
    return links


METHODS: dict[str, Callable[[Document, Document], set[Link]]] = {
    "gongwen": by_program, "by number": by_number, "by heading": by_heading,
}


def evaluate(key: Key, verbose: bool) -> dict[str, tuple[float, float, float]]:
    a, b = parser.load(key.a), parser.load(key.b)
    expected: set[Link] = set()
    keyed_a: set[int] = set()
    keyed_b: set[int] = set()
    missing: list[str] = []

    def locate(doc: Document, name: str, keyed: set[int]) -> int | None:
        node = find(doc, name)
        if node is None:
            missing.append(name)
            return None
        keyed.add(node.index)
        return node.index

    for x, y in key.pairs:
        i, j = locate(a, x, keyed_a), locate(b, y, keyed_b)
        if i is not None and j is not None:
            expected.add((i, j))
    for x in key.removed:
        locate(a, x, keyed_a)
    for y in key.added:
        locate(b, y, keyed_b)
    results = {}
    for method, run in METHODS.items():
        predicted = run(a, b)
        results[method] = score(expected, len(set(key.pairs)), predicted, keyed_a, keyed_b)
        if verbose and method == "gongwen":
            relevant = {(i, j) for i, j in predicted if i in keyed_a or j in keyed_b}
            for i, j in sorted(relevant - expected):
                print(f"    false: {a.nodes[i].title[:24]} -> {b.nodes[j].title[:24]}")
            for i, j in sorted(expected - relevant):
                print(f"    missed: {a.nodes[i].title[:24]} -> {b.nodes[j].title[:24]}")
    if missing:
        print(f"  {key.name}: {len(missing)} keyed headings not found by the parser: "
              + "; ".join(name[:16] for name in missing[:6]))
    return results


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("keys", nargs="*", type=Path)
    arguments.add_argument("--verbose", action="store_true")
    options = arguments.parse_args()
    paths = options.keys or sorted(KEYS.glob("*.yaml"))
    keys = [read_key(path) for path in paths]
    rows: list[tuple[Key, dict[str, tuple[float, float, float]]]] = []
    header = f"{'pair':28} " + "  ".join(f"{m:>20}" for m in METHODS)
    print(header)
    print(f"{'':28} " + "  ".join(f"{'P    R    F1':>20}" for _ in METHODS))
    for key in keys:
        results = evaluate(key, options.verbose)
        rows.append((key, results))
        cells = "  ".join(
            f"{'':5}{p:.2f} {r:.2f} {f:.2f}" for p, r, f in results.values()
        )
        print(f"{key.name + (' *' if key.held_out else ''):28} {cells}")
    for label, chosen in (("tuning", False), ("held out *", True)):
        group = [results for key, results in rows if key.held_out == chosen]
        if not group:
            continue
        means = "  ".join(
            f"{'':5}{statistics.mean(r[m][0] for r in group):.2f} "
            f"{statistics.mean(r[m][1] for r in group):.2f} "
            f"{statistics.mean(r[m][2] for r in group):.2f}"
            for m in METHODS
        )
        print(f"{'mean ' + label + f' ({len(group)})':28} {means}")


if __name__ == "__main__":
    main()
