"""Parser speed: `gongwen outline` as a whole process, and parse throughput in-process.

    python benchmarks/bench_parse.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import parser  # noqa: E402
from benchmarks.common import SEEDS, big_report, median_seconds, process_seconds, report  # noqa: E402


def main() -> None:
    seed = str(SEEDS[0].relative_to(SEEDS[0].parent.parent))
    report(f"gongwen outline {seed} (process)", process_seconds(["outline", seed]), "target < 300 ms")
    report("python -c pass (process, for scale)", median_seconds(
        lambda: __import__("subprocess").run([sys.executable, "-c", "pass"], check=True)))
    text = big_report()
    megabytes = len(text.encode("utf-8")) / 1e6
    seconds = median_seconds(lambda: parser.parse(text), runs=5)
    report(f"parse {megabytes:.2f} MB (seeds concatenated)", seconds,
           f"{megabytes / seconds:.1f} MB/s, target >= 5 MB/s")
    for path in SEEDS:
        one = path.read_text(encoding="utf-8")
        report(f"parse {path.name}", median_seconds(lambda: parser.parse(one)))


if __name__ == "__main__":
    main()
