"""Timings of ``parser.track`` on real consecutive-year pairs (medians of several runs).

    .venv/bin/python benchmarks/bench_track.py [--runs N]

jieba is loaded (and timed) once first, as the view loads it in a worker before tracing; every
run then segments both reports again (nothing is cached between runs), so a run costs what
the first trace of a pair costs. The pairs are the largest consecutive years in
``<repo>/../shared/corpus/gov-work-reports/`` (about 34k–36k characters each, 70k a pair) and
a ~50k-character pair made of two years of one office each followed by the year before it.
Budget: 1 s for a pair of ~50k-character reports, segmentation included.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import parser  # noqa: E402
from benchmarks.common import median_seconds, report, runs_arguments  # noqa: E402
from parser import segment  # noqa: E402
from parser.track import track  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "gov-work-reports"
PAIRS = (
    ("政府工作报告-主要城市/成都市/2023.md", "政府工作报告-主要城市/成都市/2024.md"),
    ("政府工作报告-省自治区/广东省/2024.md", "政府工作报告-省自治区/广东省/2025.md"),
)
DOUBLED = ("政府工作报告-主要城市/成都市", ("2022", "2021"), ("2023", "2022"))
"""An office and the years whose texts make one ~50k-character report each (the later year's
report first, so its parts lead)."""


def main() -> None:
    args = runs_arguments(__doc__ or "", 5).parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"the corpus is not at {CORPUS}")
    started = time.perf_counter()
    segment.warm()
    report("load jieba (once, in a worker in the view)", time.perf_counter() - started)
    for plan_path, results_path in PAIRS:
        a = parser.load(CORPUS / plan_path)
        b = parser.load(CORPUS / results_path)
        label = f"track {Path(plan_path).parent.name} {Path(plan_path).stem}→" \
                f"{Path(results_path).stem} ({len(a.text) + len(b.text)} chars)"
        report(label, median_seconds(lambda a=a, b=b: track(a, b), args.runs), "budget 1000 ms")
    office, plan_years, result_years = DOUBLED
    texts = [
        "\n".join((CORPUS / office / f"{year}.md").read_text(encoding="utf-8") for year in years)
        for years in (plan_years, result_years)
    ]
    a, b = (parser.parse(text) for text in texts)
    label = f"track two ~50k reports ({len(a.text)} + {len(b.text)} chars)"
    report(label, median_seconds(lambda: track(a, b), args.runs), "budget 1000 ms")


if __name__ == "__main__":
    main()
