"""Reading-pane layout speed: one seed and a ~1 MB report laid out at 40, 80 and 160 columns.

    python benchmarks/bench_layout.py
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import parser  # noqa: E402
from benchmarks.common import SEEDS, big_report, median_seconds, report  # noqa: E402
from parser.layout import layout  # noqa: E402

WIDTHS = (40, 80, 160)


def main() -> None:
    seed = SEEDS[0]
    documents = [(seed.name, parser.parse(seed.read_text(encoding="utf-8")), "")]
    text = big_report()
    megabytes = len(text.encode("utf-8")) / 1e6
    documents.append((f"{megabytes:.2f} MB report", parser.parse(text), "target < 500 ms"))
    for name, doc, target in documents:
        for width in WIDTHS:
            rows = len(layout(doc, width))
            seconds = median_seconds(partial(layout, doc, width), runs=5)
            report(f"layout {name} at width {width} ({rows} rows)", seconds, target)


if __name__ == "__main__":
    main()
