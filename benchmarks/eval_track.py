"""How well ``parser.track`` traces a plan into the next year's review, against answer keys.

    .venv/bin/python benchmarks/eval_track.py [--keys DIR] [--pair NAME] [-v]

The keys (``benchmarks/keys/track/*.yaml``) were written by reading real consecutive-year
pairs of 政府工作报告 from ``<repo>/../shared/corpus/gov-work-reports/``: for each item of year
N's plan, the passages of year N+1's review that report on it. An item is located by a
quotation from its heading in the plan report; a passage by a quotation from the results
report — ``"A"`` is the sentence holding A, ``"A … B"`` runs from the sentence holding A to the
one holding B, ``"¶A"`` is the whole paragraph holding A. Keys marked ``held_out: true`` were
not looked at while tuning.

For each pair, over the keyed items the program finds:

- recall: items (with at least one keyed passage) whose first 3 evidence passages include one
  that overlaps a keyed passage of that item;
- precision: evidence passages shown (for all keyed items) that overlap a keyed passage of
  their item;
- missed: keyed items that no traced item holds (the plan part or its items were not found).

Beside it a naive baseline: the same items and review sentences, each item's 3 sentences with
the most character bigrams in common (per square root of the sentence's bigrams), always shown.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import parser  # noqa: E402
from parser import segment  # noqa: E402
from parser.model import Document, Span  # noqa: E402
from parser.tokens import paragraphs, sentences  # noqa: E402
from parser.track import TrackResult, review_sentences, track  # noqa: E402
from parser.yaml_io import load_yaml  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "gov-work-reports"
KEYS = ROOT / "benchmarks" / "keys" / "track"
SHOWN = 3


@dataclass(frozen=True)
class KeyItem:
    quote: str
    at: int
    """Offset of the quotation in the plan report."""
    passages: tuple[Span, ...]


@dataclass(frozen=True)
class Key:
    name: str
    plan: Path
    results: Path
    held_out: bool
    items: tuple[KeyItem, ...]


def _sentence_at(doc: Document, offset: int) -> Span:
    for start, end in sentences(doc.text, *_paragraph_at(doc, offset)):
        if start <= offset < end:
            return start, end
    raise ValueError(offset)


def _paragraph_at(doc: Document, offset: int) -> Span:
    for start, end in paragraphs(doc.text, 0, len(doc.text)):
        if start <= offset < end:
            return start, end
    raise ValueError(offset)


def _find(doc: Document, quote: str, name: str) -> int:
    at = doc.text.find(quote)
    if at < 0:
        raise SystemExit(f"{name}: quotation not found: {quote!r}")
    return at


def _passage(doc: Document, spec: str, name: str) -> Span:
    if spec.startswith("¶"):
        return _paragraph_at(doc, _find(doc, spec[1:].strip(), name))
    if " … " in spec:
        first, last = spec.split(" … ")
        start = _sentence_at(doc, _find(doc, first.strip(), name))[0]
        end_at = doc.text.find(last.strip(), start)
        if end_at < 0:
            raise SystemExit(f"{name}: quotation not found after {first!r}: {last!r}")
        return start, _sentence_at(doc, end_at)[1]
    return _sentence_at(doc, _find(doc, spec, name))


def load_key(path: Path) -> tuple[Key, Document, Document]:
    data = load_yaml(path.read_text(encoding="utf-8"))
    plan_doc = parser.load(CORPUS / data["plan"])
    results_doc = parser.load(CORPUS / data["results"])
    items = tuple(
        KeyItem(entry["item"], _find(plan_doc, entry["item"], path.name),
                tuple(_passage(results_doc, spec, path.name) for spec in entry["passages"]))
        for entry in data["items"]
    )
    key = Key(path.stem, CORPUS / data["plan"], CORPUS / data["results"],
              bool(data.get("held_out")), items)
    return key, plan_doc, results_doc


def _overlaps(span: Span, others: Sequence[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


@dataclass
class Score:
    items: int = 0
    recalled: int = 0
    shown: int = 0
    right: int = 0
    missed: int = 0

    def add(self, other: Score) -> None:
        for name in ("items", "recalled", "shown", "right", "missed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float:
        return self.recalled / self.items if self.items else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.shown if self.shown else 0.0

    def line(self) -> str:
        return (f"R {self.recall:4.2f} ({self.recalled:2d}/{self.items:2d})  "
                f"P {self.precision:4.2f} ({self.right:2d}/{self.shown:2d})")


Ranker = Callable[[int], Sequence[Span]]
"""Evidence spans shown for the traced item at an index."""


def score(key: Key, item_spans: Sequence[Span], shown: Ranker, verbose: bool = False,
          results_text: str = "") -> Score:
    result = Score()
    for key_item in key.items:
        index = next((i for i, (start, end) in enumerate(item_spans)
                      if start <= key_item.at < end), None)
        evidence = list(shown(index)) if index is not None else []
        if key_item.passages:
            result.items += 1
        if index is None:
            result.missed += 1
        right = [span for span in evidence if _overlaps(span, key_item.passages)]
        result.shown += len(evidence)
        result.right += len(right)
        recalled = bool(key_item.passages) and _overlaps_any(evidence[:SHOWN], key_item.passages)
        result.recalled += recalled
        if verbose:
            mark = "ok " if recalled else ("-- " if key_item.passages else "(none) ")
            print(f"    {mark}{key_item.quote[:24]:<24} {len(right)}/{len(evidence)} right")
            for span in evidence:
                flag = "+" if _overlaps(span, key_item.passages) else "x"
                print(f"        {flag} {results_text[span[0]:span[1]][:60]}")
    return result


def _overlaps_any(spans: Sequence[Span], keyed: Sequence[Span]) -> bool:
    return any(_overlaps(span, keyed) for span in spans)


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if not text[i:i + 2].isascii()}


def shown_by(result: TrackResult) -> Ranker:
    """The evidence ``parser.track`` shows for each item."""
    return lambda index: [evidence.passage.span for evidence in result.items[index].evidence]


def baseline(result: TrackResult) -> Ranker:
    """Each item's 3 review sentences with the most character bigrams in common."""
    units = [unit for unit, _ in review_sentences(result.results, result.review_part)] \
        if result.review_part else []
    unit_bigrams = [_bigrams(unit.text) for unit in units]

    def shown(index: int) -> list[Span]:
        item = _bigrams(result.items[index].item.text)
        ranked = sorted(range(len(units)), key=lambda i: -len(item & unit_bigrams[i]) / math.sqrt(
            len(unit_bigrams[i]) or 1))
        return [units[i].span for i in ranked[:SHOWN]]

    return shown


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--keys", type=Path, default=KEYS)
    arguments.add_argument("--pair", help="only the key with this name")
    arguments.add_argument("-v", "--verbose", action="store_true")
    args = arguments.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"the corpus is not at {CORPUS}")
    segment.warm()
    totals = {False: (Score(), Score()), True: (Score(), Score())}
    print(f"{'pair':<26} {'held':<4} {'gongwen.track':<34} {'baseline (shared bigrams)':<34} "
          f"missed  ms")
    for path in sorted(args.keys.glob("*.yaml")):
        if args.pair and path.stem != args.pair:
            continue
        key, plan_doc, results_doc = load_key(path)
        started = time.perf_counter()
        result = track(plan_doc, results_doc)
        elapsed = (time.perf_counter() - started) * 1000
        spans = [traced.item.span for traced in result.items]
        if args.verbose:
            print(f"{key.name}: plan {result.plan_part and result.plan_part.titles} review "
                  f"{result.review_part and result.review_part.titles} {result.problems}")
        ours = score(key, spans, shown_by(result), args.verbose, results_doc.text)
        naive = score(key, spans, baseline(result)) if result.items else Score(
            items=ours.items, missed=ours.missed)
        totals[key.held_out][0].add(ours)
        totals[key.held_out][1].add(naive)
        print(f"{key.name:<26} {'yes' if key.held_out else '':<4} {ours.line():<34} "
              f"{naive.line():<34} {ours.missed:3d} {elapsed:6.0f}")
    for held_out, label in ((False, "all tuning pairs"), (True, "all held-out pairs")):
        ours, naive = totals[held_out]
        if ours.items:
            print(f"{label:<31} {ours.line():<34} {naive.line():<34} {ours.missed:3d}")


if __name__ == "__main__":
    main()
