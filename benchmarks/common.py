"""Helpers the benchmark scripts share: medians of repeated runs, the ~1 MB corpus."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def big_report(target_bytes: int = 1_000_000) -> str:
    """The seeds concatenated until the UTF-8 text reaches ``target_bytes``."""
    one = "\n".join(path.read_text(encoding="utf-8") for path in SEEDS)
    copies = -(-target_bytes // len(one.encode("utf-8")))
    return "\n".join([one] * copies)


def runs_arguments(description: str, default_runs: int) -> argparse.ArgumentParser:
    """A command line taking ``--runs N`` (runs per median), described by the first line of
    ``description`` (a script's docstring)."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--runs", type=int, default=default_runs)
    return parser


def median_seconds(work: Callable[[], object], runs: int = 7) -> float:
    """Median wall time of ``work()`` over ``runs`` runs (after one warm-up run)."""
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_ms(work: Callable[[], object], runs: int = 7) -> float:
    """``median_seconds`` in milliseconds."""
    return median_seconds(work, runs) * 1000


def gongwen_command() -> list[str]:
    """The installed ``gongwen`` next to this interpreter, else ``python -m tui``."""
    script = Path(sys.executable).with_name("gongwen")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tui"]


def process_seconds(args: list[str], runs: int = 7) -> float:
    """Median wall time of running ``gongwen ARGS`` as a whole process."""
    command = gongwen_command() + args
    return median_seconds(
        lambda: subprocess.run(command, check=True, capture_output=True, cwd=ROOT), runs)


def report(label: str, seconds: float, target: str = "") -> None:
    print(f"{label:<52} {seconds * 1000:9.1f} ms  {target}")


CORPUS = ROOT.parent / "shared" / "corpus" / "gov-work-reports"
"""The development corpus of 政府工作报告 (``<level>/<office>/<year>.md``), beside the checkout."""
