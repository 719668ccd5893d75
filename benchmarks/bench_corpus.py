"""The parser over the whole development corpus: every file's spans tile its text (no
character lost or overlapped), and the corpus parses at >= 10 MB/s in one process. Also the
two inputs that were once quadratic (1,600 short title-like lines; 20,000 ``1.`` under one
``一、``), timed.

    python benchmarks/bench_corpus.py [--runs N]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import parser  # noqa: E402
from benchmarks.common import ROOT, median_seconds, report, runs_arguments  # noqa: E402
from tests.tiling import assert_tiles  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "gov-work-reports"


def main() -> None:
    args = runs_arguments(__doc__, 3).parse_args()
    files = sorted(CORPUS.glob("*/*/*.md"))
    if not files:
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        sys.exit(2)
    texts = [(str(path), path.read_text(encoding="utf-8")) for path in files]
    size = sum(len(text.encode("utf-8")) for _, text in texts)

    broken = []
    for name, text in texts:
        try:
            assert_tiles(parser.parse(text, markdown_input=True))
        except AssertionError as error:
            broken.append(f"{name}: {error}")
    print(f"tiling: {len(texts) - len(broken)}/{len(texts)} files tile their text")
    for line in broken:
        print("  " + line)

    seconds = median_seconds(
        lambda: [parser.parse(text, markdown_input=True) for _, text in texts], args.runs)
    report(f"parse {len(texts)} reports, {size / 1e6:.1f} MB", seconds,
           f"{size / 1e6 / seconds:.1f} MB/s (target >= 10)")

    titles = "\n".join("".join(chr(0x4E00 + (n * 131 + k * 7919) % 20000) for k in range(8))
                       for n in range(1600))
    report("1,600 short title-like lines", median_seconds(lambda: parser.parse(titles), args.runs))
    items = "一、总体情况\n" + "".join(f"1. 第{i}项\n" for i in range(20_000))
    report("20,000 `1.` under one `一、`", median_seconds(lambda: parser.parse(items), args.runs))


if __name__ == "__main__":
    main()
