"""Timings of the keyword filter and ``gongwen grep`` (medians of several runs).

    .venv/bin/python benchmarks/bench_search.py [--runs N]

- keystroke: parse the query typed so far and search the document with its prebuilt
  ``SearchIndex``, as the filter pane does on each key; the per-term cache is emptied before
  each run so every keystroke pays for its new term. Budget: 16 ms on a seed, 50 ms on 1 MB.
- index: fold the text and build the region table, once per document.
- grep: the whole ``gongwen grep`` process over the five seeds. Budget: 0.5 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import parser  # noqa: E402
from benchmarks.common import (  # noqa: E402
    ROOT,
    SEEDS,
    big_report,
    median_ms,
    process_seconds,
    runs_arguments,
)
from parser.query import parse_query  # noqa: E402
from parser.search import SearchIndex  # noqa: E402

TYPED = ("法治 复议|诉讼 -信访", "接诉即办", "行政复议", '"法治政府建设"')
WORST = ("法", "法|的|工作 -信访")
"""Queries with the most hits: a single common character and a wide alternation."""


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


def report_grep(runs: int) -> None:
    grep_ms = process_seconds(["grep", "法治|复议", *map(str, SEEDS)], runs) * 1000
    print(f"grep, whole process (gongwen grep …, five seeds): {grep_ms:.0f} ms")
    baseline = [sys.executable, "-c", "pass"]
    python = median_ms(lambda: subprocess.run(baseline, check=True), runs)
    print(f"  (python start-up alone: {python:.0f} ms)")


def main() -> None:
    runs = runs_arguments(__doc__, default_runs=7).parse_args().runs

    seed = parser.load(ROOT / "seeds" / "fatou-2023.txt")
    report_keystrokes("seed fatou-2023.txt", seed, runs)
    big_text = big_report()
    big = parser.parse(big_text)
    report_keystrokes(f"seeds concatenated ({len(big_text.encode()) / 1e6:.2f} MB)", big, runs)
    report_grep(runs)


if __name__ == "__main__":
    main()
