"""Timings of ``parser.diff`` (medians of several runs) and its peak memory.

    .venv/bin/python benchmarks/bench_diff.py [--runs N] [--sizes 1,4,16,64]

Each case compares a report made of the largest seed concatenated k times with an edited
copy. jieba is loaded (and timed) once, before anything else, as the reader loads it in the
background.

- next_year: figures updated in about a third of the paragraphs, a sentence dropped or added
  here and there, a word replaced, a new section every 40 lines. every_figure_changed: every
  number differs, the worst realistic case (every sentence with a number is segmented).
- parse: both reports. align: pair the sections. diff: align plus compare within pairs (what
  ``diff()`` costs). Budget: 150 ms for two seeds; 5 s for two ~1 MB reports (64x, about
  1.1 MB of UTF-8 each), near-linear in between.
- real reports: the longest consecutive-year pair of the corpus, two years joined against
  the next two, and a run of one office's years joined to 1 MB against the same run a year
  on (rewritten text: every pair is a topic pair, most sentences new). Budget: 300 ms for
  ~50k characters each.
- peak memory: tracemalloc's peak while diffing (allocations by Python code, jieba's
  dictionary excluded since it is loaded before), and the process's maximum resident size.
  Budget: 500 MB.
"""

from __future__ import annotations

import random
import re
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import parser  # noqa: E402
from benchmarks.common import SEEDS, median_ms, runs_arguments  # noqa: E402
from parser import segment  # noqa: E402
from parser.align import align  # noqa: E402
from parser.diff import diff  # noqa: E402

_FIGURE = re.compile(r"\d+(?=[余多]?[次件人场个宗起名家处条份期项])")
_SENTENCE_END = re.compile(r"(?<=[。；])")
_WORDS = (("进一步", "持续"), ("积极", "主动"), ("加强", "强化"), ("地区", "辖区"))
_NEW_SENTENCE = "全年开展专项督查6次,发现并整改问题12个。"
_NEW_SECTION = "(九)健全新增工作机制\n建立季度会商制度,全年召开会商会议4次,协调解决问题9个。"


def next_year(text: str, seed: int) -> str:
    """An edited copy of ``text``: what the same office's next report might say."""
    rng = random.Random(seed)
    lines = []
    for number, line in enumerate(text.split("\n")):
        if rng.random() < 0.33:
            line = _FIGURE.sub(lambda m: str(int(m.group()) + rng.randint(1, 9)), line, count=1)
        if rng.random() < 0.1:
            old, new = rng.choice(_WORDS)
            line = line.replace(old, new, 1)
        sentences = [part for part in _SENTENCE_END.split(line) if part]
        if len(sentences) > 2 and rng.random() < 0.1:
            del sentences[rng.randrange(len(sentences))]
        if len(sentences) > 1 and rng.random() < 0.1:
            sentences.insert(rng.randrange(len(sentences)), _NEW_SENTENCE)
        lines.append("".join(sentences))
        if number % 40 == 39:
            lines.append(_NEW_SECTION)
    return "\n".join(lines)


def peak_mb(action: Callable[[], object]) -> float:
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def every_figure_changed(text: str, seed: int) -> str:
    """The worst realistic case: every number differs, so every such sentence is segmented
    (``seed`` is unused: the signature is ``next_year``'s)."""
    return re.sub(r"\d+", lambda m: str(int(m.group()) + 1), text)


def measure(label: str, a_text: str, b_text: str, runs: int) -> None:
    parse_ms = median_ms(lambda: (parser.parse(a_text), parser.parse(b_text)), runs)
    a, b = parser.parse(a_text), parser.parse(b_text)
    align_ms = median_ms(lambda: align(a, b), runs)
    diff_ms = median_ms(lambda: diff(a, b), runs)
    cpu_ms = median_cpu_ms(lambda: diff(a, b), runs)
    memory = peak_mb(lambda: diff(a, b))
    per_100k = diff_ms / ((len(a_text) + len(b_text)) / 100_000)
    print(f"{label:<34} {len(a_text):>7}/{len(b_text):<7} {parse_ms:8.1f} {align_ms:8.1f} "
          f"{diff_ms:8.1f} {cpu_ms:8.1f} {per_100k:8.1f} {memory:8.1f}")


def median_cpu_ms(work: Callable[[], object], runs: int) -> float:
    """Median CPU time of ``work()`` in this process, in ms: on a shared, loaded machine the
    wall time also counts the waits for a core."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "gov-work-reports"
REAL_PAIR = ("政府工作报告-主要城市/成都市", "2023", "2024")
"""The longest consecutive-year pair of the corpus (about 35k characters each)."""
SERIES = "政府工作报告-省自治区/山东省"
"""An office whose years, joined, reach 1 MB: years N… against years N+1… ."""


def real_cases() -> list[tuple[str, str, str]]:
    """Cases from the corpus: the longest real pair; two real years joined against the next
    two (about 70k characters each); a run of years joined to 1 MB against the same run one
    year on. Empty when the corpus is not there."""
    folder = CORPUS / REAL_PAIR[0]
    if not folder.is_dir():
        return []
    read = lambda path: path.read_text(encoding="utf-8")  # noqa: E731
    a_year, b_year = (folder / f"{year}.md" for year in REAL_PAIR[1:])
    before = folder / f"{int(REAL_PAIR[1]) - 1}.md"
    cases = [("real pair 成都 2023→2024", read(a_year), read(b_year)),
             ("real 成都 2022+2023→2023+2024", read(before) + read(a_year),
              read(a_year) + read(b_year))]
    years = sorted((CORPUS / SERIES).glob("*.md"))
    texts = [read(path) for path in years]
    count = 1
    while count < len(texts) - 1 and len("".join(texts[:count]).encode("utf-8")) < 1_000_000:
        count += 1
    cases.append((f"real 山东 {count} years joined, +1 year", "".join(texts[:count]),
                  "".join(texts[1:count + 1])))
    return cases


def main() -> None:
    ap = runs_arguments(__doc__, default_runs=5)
    ap.add_argument("--sizes", default="1,4,16,64")
    args = ap.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]

    start = time.perf_counter()
    segment.warm()
    print(f"jieba load (once, before any diff): {(time.perf_counter() - start) * 1000:.1f} ms")

    print(f"{'case':<34} {'chars a/b':>15} {'parse':>8} {'align':>8} {'diff':>8} "
          f"{'diff cpu':>8} {'ms/100k':>8} {'peak MB':>8}")
    largest = max(SEEDS, key=lambda path: len(path.read_text(encoding="utf-8")))
    seed = largest.read_text(encoding="utf-8")
    for edit in (next_year, every_figure_changed):
        for k in sizes:
            a_text = "\n".join([seed] * k)
            runs = args.runs if k < 64 else max(3, args.runs // 2)
            measure(f"{largest.stem} x{k} {edit.__name__}", a_text, edit(a_text, k), runs)
    print("real reports (../shared/corpus):")
    for label, a_text, b_text in real_cases():
        big = len(a_text) > 200_000
        measure(f"  {label}", a_text, b_text, max(3, args.runs // 2) if big else args.runs)
    print("seed pairs (each seed against its next_year copy):")
    for seed_path in SEEDS:
        a_text = seed_path.read_text(encoding="utf-8")
        measure(f"  {seed_path.stem}", a_text, next_year(a_text, 1), args.runs)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max resident size of this process (jieba included): {rss:.1f} MB")


if __name__ == "__main__":
    main()
