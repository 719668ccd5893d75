"""The collection at scale: the development corpus copied four times (~1,500 reports, 84 MB)
into a temporary folder, indexed, counted and listed.

Prints medians (wall time, seconds or milliseconds) of:

- the first ``gongwen index`` (fresh cache) — of the plain copies, whose contents repeat (the
  index parses each content once), and of copies made distinct by a line appended to each file
  (every report parsed: the honest worst case);
- ``gongwen index`` again with nothing changed;
- ``gongwen trend 法治政府 DIR --json`` as a whole process, beside ``grep -rc`` on the same tree
  (the naive baseline: it counts lines, not hits, and knows nothing of years or offices);
- the library screen's first rows from a warm index (headless, in-process);
- a library query per keystroke (``ReportIndex.counts`` over every report, typed a character
  at a time), after the first keystroke loaded the texts, and that first keystroke.

And a check: for every report of the corpus and a few terms, trend's hits against the exact
substring count of the report's decoded, newline-normalised, folded text (an independent
count: ``str.count``), mismatches listed.

    python benchmarks/bench_index.py [--runs N] [--first-runs N]
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, gongwen_command, median_seconds, runs_arguments  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "gov-work-reports"
COPIES = 4
TERMS = ("法治政府", "营商环境", "高质量发展", "复议", "人民", "“放管服”")
TYPED = ("法治政府", "营商环境", "高质量发展", "依法行政")


def make_tree(target: Path, *, distinct: bool) -> None:
    for copy in range(COPIES):
        shutil.copytree(CORPUS, target / f"copy{copy}")
        if distinct:
            for path in (target / f"copy{copy}").rglob("*.md"):
                with path.open("a", encoding="utf-8") as handle:
                    handle.write(f"\n<!-- copy {copy} -->\n")


def run(args: list[str], cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GONGWEN_CACHE_DIR": str(cache)}
    return subprocess.run(gongwen_command() + args, capture_output=True, text=True, env=env,
                          cwd=ROOT, check=False)


def first_index(tree: Path, scratch: Path, runs: int) -> float:
    times = []
    for number in range(runs):
        cache = scratch / f"first-{tree.name}-{number}"
        start = time.perf_counter()
        result = run(["index", str(tree)], cache)
        times.append(time.perf_counter() - start)
        assert result.returncode == 0, result.stderr
        shutil.rmtree(cache)
    times.sort()
    return times[len(times) // 2]


def library_first_rows(tree: Path, cache: Path) -> float:
    """Seconds from starting the library app (headless) to its first rows from the index."""
    os.environ["GONGWEN_CACHE_DIR"] = str(cache)
    from textual.app import App
    from textual.widgets import DataTable

    from tui.paths import collect_paths
    from tui.screens.library import LibraryScreen

    paths, _ = collect_paths([tree])

    class Library(App[None]):
        def on_mount(self) -> None:
            self.push_screen(LibraryScreen(paths))

    async def measure() -> float:
        start = time.perf_counter()
        app = Library()
        async with app.run_test(size=(120, 40)) as pilot:
            while True:
                await pilot.pause(0.01)
                screen = app.screen
                if isinstance(screen, LibraryScreen) and not any(e.loading for e in screen.entries):
                    table = screen.query_one(DataTable)
                    if table.row_count:
                        return time.perf_counter() - start

    return asyncio.run(measure())


def keystrokes(cache: Path, tree: Path, runs: int) -> tuple[float, float, int]:
    """(median ms per keystroke with the texts read, ms to read them, keystrokes)."""
    from parser.collection import walk_reports
    from parser.index import ReportIndex
    from parser.query import parse_query

    index = ReportIndex(cache)
    files = walk_reports(tree)
    contents = {r.content for r in index.reports(f.path for f in files) if r.content}
    start = time.perf_counter()
    index.load_texts(sorted(contents), as_text=True)  # as the library does when / opens
    first = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(runs):
        index.forget_texts()
        index.load_texts(sorted(contents), as_text=True)
        for word in TYPED:
            for end in range(1, len(word) + 1):
                query = parse_query(word[:end])
                began = time.perf_counter()
                index.counts(query, contents)
                times.append((time.perf_counter() - began) * 1000)
    times.sort()
    index.close()
    return times[len(times) // 2], first, len(times)


def check_counts(scratch: Path) -> tuple[int, int, list[str]]:
    """Trend's hits against ``str.count`` on every report of the corpus: (checked, hits,
    mismatches)."""
    from parser.fold import fold
    from parser.loading import decode, read_bytes
    from parser.query import parse_query

    cache = scratch / "check"
    checked = total = 0
    mismatches: list[str] = []
    for term in TERMS:
        result = run(["trend", term, str(CORPUS), "--json"], cache)
        assert result.returncode in (0, 1), result.stderr
        for report in json.loads(result.stdout)["reports"]:
            text, _ = decode(read_bytes(report["path"]))
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            expected = fold(text).count(parse_query(term).terms[0])
            checked += 1
            total += expected
            if report["hits"] != expected:
                mismatches.append(f"{term} {report['path']}: {report['hits']} != {expected}")
    return checked, total, mismatches


def main() -> None:
    options = runs_arguments(__doc__ or "", 5)
    options.add_argument("--first-runs", type=int, default=1)
    args = options.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="gongwen-bench-index-"))
    try:
        plain, distinct = scratch / "x4", scratch / "x4-distinct"
        make_tree(plain, distinct=False)
        make_tree(distinct, distinct=True)
        reports = sum(1 for _ in plain.rglob("*.md"))
        size = sum(path.stat().st_size for path in plain.rglob("*.md")) / 1048576
        print(f"tree: {reports} reports, {size:.0f} MB, {COPIES} copies of the corpus")

        print(f"first index, copies (contents repeat):  "
              f"{first_index(plain, scratch, args.first_runs):6.1f} s   (target ≤ 60 s)")
        print(f"first index, distinct copies:           "
              f"{first_index(distinct, scratch, args.first_runs):6.1f} s   (target ≤ 60 s)")

        cache = scratch / "warm"
        assert run(["index", str(distinct)], cache).returncode == 0
        again = median_seconds(lambda: run(["index", str(distinct)], cache), args.runs)
        print(f"index again, nothing changed:           {again:6.2f} s   (target ≤ 2 s)")

        trend = median_seconds(
            lambda: run(["trend", "法治政府", str(distinct), "--json"], cache), args.runs)
        grep = median_seconds(
            lambda: subprocess.run(["grep", "-rc", "法治政府", str(distinct)],
                                   capture_output=True, check=False), args.runs)
        print(f"trend 法治政府 --json (process):          {trend:6.2f} s   (target ≤ 0.5 s)")
        print(f"  baseline grep -rc on the same tree:   {grep:6.2f} s")

        rows = sorted(library_first_rows(distinct, cache) for _ in range(args.runs))
        print(f"library first rows from the index:      {rows[len(rows) // 2]:6.2f} s   "
              "(target ≤ 1 s; headless, after imports)")

        per_key, first_key, count = keystrokes(cache, distinct, args.runs)
        print(f"library query per keystroke (median of {count}): {per_key:6.1f} ms "
              "(target ≤ 50 ms)")
        print(f"  reading the texts when / opens:       {first_key:6.0f} ms")

        checked, total, mismatches = check_counts(scratch)
        print(f"trend hits vs str.count: {checked} report×term checks, {total} hits, "
              f"{len(mismatches)} mismatches")
        for line in mismatches[:20]:
            print("  " + line)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
