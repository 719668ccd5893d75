"""How well ``gongwen check`` finds the required parts of real reports, against keys written
by reading them (``benchmarks/keys/check/*.yaml``), beside a naive heading-keyword baseline.

    .venv/bin/python benchmarks/eval_check.py [--set tune|heldout|fresh|all]

Per rubric part: precision and recall of "the part is there" (presence), and of "the part is
there and the section gongwen names holds the key's quotation" (located: a part found in the
wrong place counts as a false positive and a false negative). The baseline says a part is
there when any short line (≤ 40 characters, a heading's length) holds one of a few obvious
words (回顾/情况 for a review, 问题/不足 for shortcomings, 计划/安排/任务 for a plan …), as a
reviewer skimming headings with Ctrl+F would.

The 政府工作报告 keys cover 31 reports of the development corpus (../shared/corpus): 10 for
tuning, 11 held out (keyed before the rubric ever ran on them; their misses were looked at, so
they are tuning data now) and 10 ``fresh`` (keyed later, before the rubric ran on them, never
used to change it); the
法治政府建设年度报告 keys cover the five bundled seeds (read while the rubric was written) and,
where the folder is there (``--pages``), 33 published pages of real reports as stored: the
first 700-790 characters of each, so only the measures and the first-responsibility part can
be keyed for presence; the later parts only for false findings (half held out).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import parser  # noqa: E402
from benchmarks.common import CORPUS, ROOT  # noqa: E402
from parser.checks import find_parts  # noqa: E402
from parser.rubric import bundled_rubrics  # noqa: E402

KEYS = ROOT / "benchmarks" / "keys" / "check"
PAGES = ROOT.parent / "evaldata" / "pages"
"""Where the stored web pages of real 法治政府建设年度报告 are kept, beside the checkout."""
BASELINE_WORDS = {
    "review": "回顾|情况|成效|总结", "measures": "情况|举措|成效|回顾",
    "shortcomings": "问题|不足", "plan": "计划|安排|任务|下一步|打算",
    "self_building": "自身建设", "first_responsibility": "第一责任人", "other": "其他",
}


def baseline(text: str, part_id: str) -> bool:
    words = re.compile(BASELINE_WORDS[part_id])
    return any(len(line.strip()) <= 40 and words.search(line) for line in text.splitlines())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("tune", "heldout", "fresh", "all"), default="all")
    ap.add_argument("--pages", type=Path, default=PAGES, metavar="DIR",
                    help="the stored pages of real 法治政府建设年度报告 (outside the repository; "
                         "skipped when absent)")
    args = ap.parse_args()
    rubrics = {rubric.genre: rubric for rubric in bundled_rubrics()}
    # counts[(rubric, part)][measure] = [tp, fp, fn]
    counts: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(
        lambda: {"located": [0, 0, 0], "presence": [0, 0, 0], "baseline": [0, 0, 0]})
    reports = 0
    for key_file in sorted(KEYS.glob("*.yaml")):
        keys = yaml.safe_load(key_file.read_text(encoding="utf-8"))
        rubric = rubrics[keys["rubric"]]
        root = {None: CORPUS, "seeds": ROOT / "seeds", "pages": args.pages}[keys.get("root")]
        if not root.is_dir():
            print(f"  ({key_file.name}: no folder {root}, skipped)")
            continue
        for entry in keys["reports"]:
            if args.set != "all" and entry["set"] != args.set:
                continue
            reports += 1
            doc = parser.load(root / entry["path"])
            for finding in find_parts(doc, rubric):
                quotes = entry["parts"].get(finding.part.id)
                present = quotes is not None
                tally = counts[(key_file.stem, finding.part.id)]
                for name, said in (("presence", finding.found),
                                   ("baseline", baseline(doc.text, finding.part.id))):
                    tally[name][0] += said and present
                    tally[name][1] += said and not present
                    tally[name][2] += present and not said
                located = False
                if finding.section is not None and present:
                    start, end = finding.section.span
                    # The heading of a whole part, or the sentence that proves it.
                    span_text = doc.text[min(start, finding.at[0]):max(end, finding.at[1])]
                    located = any(quote in span_text for quote in quotes)
                loc = tally["located"]
                loc[0] += located
                loc[1] += finding.found and not located
                loc[2] += present and not located
                if not located and (finding.found or present):
                    where = finding.section.title if finding.section else "—"
                    print(f"  miss {entry['path']} {finding.part.id}: found {where!r}, "
                          f"key {quotes}")
    print(f"\n{reports} reports ({args.set})\n")
    print(f"{'keys/part':<34}{'located P/R':>14}{'presence P/R':>15}{'baseline P/R':>15}")

    def pr(tp: int, fp: int, fn: int) -> str:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return f"{p:.2f}/{r:.2f}"

    for (keys_name, part), tally in sorted(counts.items()):
        print(f"{keys_name + '/' + part:<34}{pr(*tally['located']):>14}"
              f"{pr(*tally['presence']):>15}{pr(*tally['baseline']):>15}")


if __name__ == "__main__":
    main()
