"""Timings of the keyword filter and ``gongwen grep`` (medians of several runs).

    .venv/bin/python benchmarks/bench_search.py [--runs N]

- keystroke: parse the query typed so far and search the document with its prebuilt
  ``SearchIndex``, as the filter pane does on each key; the per-term cache is emptied before
  each run so every keystroke pays for its new term. Budget: 16 ms on a seed, 50 ms on 1 MB.
- index: fold the text and build the region table, once per document.
- grep: the whole ``gongwen grep`` process over the five seeds. Budget: 0.5 s.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import parser  # noqa: E402
from parser.query import parse_query  # noqa: E402
from parser.search import SearchIndex  # noqa: E402

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TYPED = ("法治 复议|诉讼 -信访", "接诉即办", "行政复议", '"法治政府建设"')
WORST = ("法", "法|的|工作 -信访")
"""Queries with the most hits: a single common character and a wide alternation."""


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def keystrokes(index: SearchIndex, typed: str, runs: int) -> list[float]:
    """Median time of each keystroke while ``typed`` is entered one character at a time."""
    prefixes = [typed[: n + 1] for n in range(len(typed))]
    per_key: list[list[float]] = [[] for _ in prefixes]
    for _ in range(runs):
        index.occurrences.cache_clear()
        for slot, prefix in enumerate(prefixes):
            start = time.perf_counter()
            index.search(parse_query(prefix))
            per_key[slot].append(time.perf_counter() - start)
    return [statistics.median(times) * 1000 for times in per_key]


def report_keystrokes(label: str, doc: parser.Document, runs: int) -> None:
    index = SearchIndex(doc)
    build = median_ms(lambda: SearchIndex(doc), runs)
    print(f"{label}: {len(doc.text):,} chars, {len(doc.nodes)} nodes; index build {build:.1f} ms")
    for typed in TYPED:
        times = keystrokes(index, typed, runs)
        print(
            f"  typing {typed!r}: keystroke median {statistics.median(times):.2f} ms, "
            f"slowest {max(times):.2f} ms"
        )
    for query in WORST:
        def cold() -> None:
            index.occurrences.cache_clear()
            index.search(parse_query(query))

        hits = len(index.search(query).hits)
        print(f"  worst case {query!r} ({hits:,} hits): {median_ms(cold, runs):.2f} ms")


def grep_command() -> list[str]:
    installed = ROOT / ".venv" / "bin" / "gongwen"
    if installed.exists():
        return [str(installed)]
    on_path = shutil.which("gongwen")
    return [on_path] if on_path else [sys.executable, "-m", "tui"]


def report_grep(runs: int) -> None:
    command = [*grep_command(), "grep", "法治|复议", *map(str, SEEDS)]

    def run() -> None:
        subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)

    print(f"grep, whole process ({' '.join(command[:2])} …, five seeds): "
          f"{median_ms(run, runs):.0f} ms")
    baseline = [sys.executable, "-c", "pass"]
    python = median_ms(lambda: subprocess.run(baseline, check=True), runs)
    print(f"  (python start-up alone: {python:.0f} ms)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    runs = ap.parse_args().runs

    seed = parser.load(ROOT / "seeds" / "fatou-2023.txt")
    report_keystrokes("seed fatou-2023.txt", seed, runs)
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    big_text = "\n".join(texts * 14)
    big = parser.parse(big_text)
    report_keystrokes(f"five seeds x14 ({len(big_text.encode()) / 1e6:.2f} MB)", big, runs)
    report_grep(runs)


if __name__ == "__main__":
    main()
