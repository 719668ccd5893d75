"""Timings of the review checks over a library (medians of several runs).

    .venv/bin/python benchmarks/bench_check.py [--runs N]

The development corpus (378 政府工作报告, ../shared/corpus) parsed once, then checked whole:
required parts, deadline, numbering lint, reuse of each office's previous year and the
nearest report of another office. Also with the corpus twice over (756 reports, the second
copy's offices renamed so that every report has a near copy). Budget: 500 reports in 10 s.
The whole ``gongwen check DIR --json`` process is timed too (reading and parsing included).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import parser  # noqa: E402
from benchmarks.common import (  # noqa: E402
    CORPUS,
    gongwen_command,
    median_seconds,
    report,
    runs_arguments,
)
from parser.checks import check_reports  # noqa: E402
from parser.rubric import bundled_rubrics  # noqa: E402


def main() -> None:
    args = runs_arguments(__doc__ or "", default_runs=3).parse_args()
    paths = sorted(CORPUS.rglob("*.md"))
    docs = [parser.load(path) for path in paths]
    offices = [str(path.parent) for path in paths]
    rubrics = bundled_rubrics()
    report(f"check {len(docs)} reports (parsed)",
           median_seconds(lambda: check_reports(docs, offices, rubrics), args.runs))
    twice = docs + docs
    report(f"check {len(twice)} reports (parsed)",
           median_seconds(lambda: check_reports(twice, offices + [o + "'" for o in offices],
                                                rubrics), args.runs), "budget 10 s for 500")
    # Exit status 1 (some reports fail a check) is the normal outcome here.
    command = [*gongwen_command(), "check", str(CORPUS), "--json"]
    report(f"gongwen check DIR --json ({len(docs)} files)",
           median_seconds(lambda: subprocess.run(command, capture_output=True), args.runs))


if __name__ == "__main__":
    main()
