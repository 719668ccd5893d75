"""Timings of the review checks over a library of 500 reports (medians of several runs).

    .venv/bin/python benchmarks/bench_check.py [--runs N]

The library: the development corpus (378 政府工作报告, ../shared/corpus) and 122 more made
from whole series of some of its offices, filed under another office's name with that name
written into the text (distinct contents, so nothing is shared with the originals), in a
temporary folder. ``gongwen check DIR --json`` is timed as a whole process (reading, parsing,
every check): cold, with an empty index (every consecutive pair compared, in two worker
processes), and warm, with what the run before kept in the index (the reuse shares, the
nearest reports of the library). Budget: 500 reports in 10 s.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (  # noqa: E402
    CORPUS,
    gongwen_command,
    median_seconds,
    report,
    runs_arguments,
)

LIBRARY_SIZE = 500


def make_library(folder: Path) -> int:
    """The corpus plus renamed copies of whole office series, up to ``LIBRARY_SIZE``."""
    paths = sorted(CORPUS.rglob("*.md"))
    for path in paths:
        target = folder / path.relative_to(CORPUS)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    count = len(paths)
    for office in sorted({path.parent for path in paths}):
        if count >= LIBRARY_SIZE:
            break
        renamed = office.name + "新区"
        for path in sorted(office.glob("*.md"))[:LIBRARY_SIZE - count]:
            target = folder / path.parent.parent.relative_to(CORPUS) / renamed / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(path.read_text(encoding="utf-8").replace(office.name, renamed),
                              encoding="utf-8")
            count += 1
    return count


def main() -> None:
    args = runs_arguments(__doc__ or "", default_runs=3).parse_args()
    with tempfile.TemporaryDirectory(prefix="gongwen-bench-") as temp:
        library = Path(temp) / "library"
        count = make_library(library)
        command = [*gongwen_command(), "check", str(library), "--json"]
        caches = Path(temp) / "caches"

        def cold() -> None:
            cache = Path(tempfile.mkdtemp(dir=caches.parent, prefix="cold-"))
            # Exit status 1 (some reports fail a check) is the normal outcome here.
            subprocess.run(command, capture_output=True,
                           env={**os.environ, "GONGWEN_CACHE_DIR": str(cache)})
            shutil.rmtree(cache)

        caches.mkdir()
        warm_env = {**os.environ, "GONGWEN_CACHE_DIR": str(caches)}
        report(f"gongwen check DIR --json, {count} files, cold index",
               median_seconds(cold, args.runs))
        report(f"gongwen check DIR --json, {count} files, warm index",
               median_seconds(lambda: subprocess.run(command, capture_output=True,
                                                     env=warm_env), args.runs),
               "budget 10 s")


if __name__ == "__main__":
    main()
