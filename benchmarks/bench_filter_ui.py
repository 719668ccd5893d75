"""Timings of the reader's keyword filter as the user sees it (medians of several runs).

    .venv/bin/python benchmarks/bench_filter_ui.py [--runs N]

Each keystroke's cost is the whole update: run the query (``parser.search``), narrow the
section tree, mark the hits in the text, write the status line, then render every visible
line of the tree and the text (what the next frame needs). The query is typed one character
at a time into a reader opened headless, after the tree has mounted; the search's per-term
cache is emptied before each run, so every keystroke pays for its new term. Budget: 16 ms on
a seed, 50 ms on 1 MB (the seeds concatenated, ~2,600 tree nodes).

Timed once the suggestions' worker is done (while it runs, in the first second or so after a
report opens, it competes with the UI thread for the interpreter). Also timed: Esc (the
whole tree back), ``n`` (next hit), and a keystroke through Textual's
message loop until the app is idle again (next to an idle wait alone, the loop's own cost).
The debounce (``tui.widgets.filter_pane.DEBOUNCE_SECONDS``) comes on top of these when typing.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import parser  # noqa: E402
from benchmarks.common import ROOT, big_report, runs_arguments  # noqa: E402
from parser.search import SearchIndex  # noqa: E402
from tui.app import GongwenApp  # noqa: E402
from tui.config import Config  # noqa: E402
from tui.screens.reader import ReaderScreen  # noqa: E402
from tui.themes import load_themes  # noqa: E402
from tui.widgets.filter_pane import FilterPane  # noqa: E402

TYPED = ("接诉即办", "法治 复议|诉讼 -信访", '"法治政府建设"', "行政复议")
WORST = "法"
"""A single common character: nearly every section matches, thousands of hits."""
SIZES = ((80, 24), (120, 40))


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:5.1f} ms, max {max(values) * 1000:5.1f}"


def timed(screen: ReaderScreen, action: Callable[[], object]) -> float:
    """Seconds for ``action`` plus rendering every visible line of the tree and the text."""
    tree, pane = screen.outline, screen.pane
    start = time.perf_counter()
    action()
    for y in range(tree.size.height):
        tree.render_line(y)
    for y in range(pane.size.height):
        pane.render_line(y)
    screen.status.render()
    return time.perf_counter() - start


def typing(screen: ReaderScreen, typed: str, runs: int) -> list[float]:
    """Median time of each keystroke while ``typed`` is entered one character at a time."""
    index = SearchIndex.of(screen.document)
    prefixes = [typed[: n + 1] for n in range(len(typed))]
    per_key: list[list[float]] = [[] for _ in prefixes]
    for _ in range(runs):
        screen._run_filter("")
        index.occurrences.cache_clear()
        for slot, prefix in enumerate(prefixes):
            per_key[slot].append(timed(screen, lambda prefix=prefix: screen._run_filter(prefix)))
    return [statistics.median(times) for times in per_key]


def restoring(screen: ReaderScreen, typed: str, runs: int) -> list[float]:
    """Esc after ``typed``: the whole tree back, no hits marked."""
    times = []
    for _ in range(runs):
        screen._run_filter(typed)
        times.append(timed(screen, lambda: screen._run_filter("")))
    return times


async def bench(label: str, document: parser.Document, runs: int) -> None:
    themes, _ = load_themes()
    print(f"{label}: {len(document.text):,} chars, {len(document.nodes):,} nodes")
    for width, height in SIZES:
        app = GongwenApp(document=document, config=Config(), themes=themes)
        async with app.run_test(size=(width, height)) as pilot:
            screen = app.screen
            assert isinstance(screen, ReaderScreen)
            # The tree arrives a frame late; the suggestions' worker shares the interpreter
            # for a second or so (jieba, ranking): time the keys once both are done.
            await screen.action_filter()
            while screen._outline is None or screen.filter_pane.words is None:
                await pilot.pause(0.05)
            print(f"  {width}x{height}:")
            for typed in (*TYPED, WORST):
                keys = typing(screen, typed, runs)
                print(f"    typing {typed!r:24} per key {ms(keys)}")
            print(f"    Esc after {TYPED[0]!r:19} {ms(restoring(screen, TYPED[0], runs))}")
            print(f"    Esc after {WORST!r:19} {ms(restoring(screen, WORST, runs))}")
            screen._run_filter(TYPED[0])
            steps = [timed(screen, lambda: screen.pane.action_hit(1)) for _ in range(runs * 4)]
            print(f"    n (next hit){'':17} {ms(steps)}")

            async def through_loop(query: str | None) -> float:
                start = time.perf_counter()
                if query is not None:
                    screen.filter_pane.post_message(FilterPane.Changed(query))
                await pilot.pause()
                return time.perf_counter() - start

            looped, idle = [], []
            for _ in range(runs):
                screen._run_filter("")
                await pilot.pause()
                for prefix in (TYPED[0][: n + 1] for n in range(len(TYPED[0]))):
                    looped.append(await through_loop(prefix))
                    idle.append(await through_loop(None))
            print(f"    key to idle, message loop   {ms(looped)}")
            print(f"      (an idle wait alone)      {ms(idle)}")


def main() -> None:
    runs = runs_arguments(__doc__, default_runs=7).parse_args().runs
    seed = parser.load(ROOT / "seeds" / "fatou-2023.txt")
    asyncio.run(bench("seed fatou-2023.txt", seed, runs))
    text = big_report()
    asyncio.run(bench(f"seeds concatenated ({len(text.encode()) / 1e6:.2f} MB)",
                      parser.parse(text), runs))


if __name__ == "__main__":
    main()
