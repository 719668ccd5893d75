"""Export round trip: how many reports, exported as Markdown, read back with exactly the
outline (``gongwen outline``, header line included) of the original. The five seeds were used while building; corpus reports (every Nth) are held out.

Markdown headings are read as headings only by a parser that reads Markdown; with one that
does not, this prints how many outlines differ (all of them, expectedly) — the figure that
counts is with Markdown input.

    python benchmarks/bench_export.py [--runs 5] [--every 12]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import parser  # noqa: E402
from benchmarks.common import ROOT, SEEDS, runs_arguments  # noqa: E402
from parser.export import to_markdown  # noqa: E402
from tui.commands.outline import outline_text  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "gov-work-reports"


def round_trip(reports: list[Path], folder: Path, label: str) -> None:
    same, differing = 0, []
    for number, report in enumerate(reports):
        original = parser.load(report)
        exported = folder / f"r{number}.md"
        exported.write_text(to_markdown(original), encoding="utf-8")
        if outline_text(parser.load(exported)) == outline_text(original):
            same += 1
        else:
            differing.append(report.name if report in SEEDS else str(report.relative_to(CORPUS)))
    print(f"round trip, {label}: {same}/{len(reports)} outlines identical")
    for name in differing[:5]:
        print(f"    differs: {name}")


def main() -> None:
    ap = runs_arguments(__doc__ or "", 5)
    ap.add_argument("--every", type=int, default=12, help="every Nth corpus report")
    args = ap.parse_args()
    reads_markdown = bool(parser.parse(
        "# 报告\n\n## 一、总体情况\n\n正文。\n\n## 二、问题\n\n正文。\n").sections)
    print(f"parser reads Markdown headings: {reads_markdown}")
    with tempfile.TemporaryDirectory() as folder:
        round_trip(SEEDS, Path(folder), "seeds (used while building)")
        corpus = sorted(CORPUS.rglob("*.md"))[::args.every]
        if corpus:
            round_trip(corpus, Path(folder), "corpus, held out")

if __name__ == "__main__":
    main()
