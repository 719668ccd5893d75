"""``gongwen figures``: which figures stand with a query's words, scored against answer keys
written by reading the reports (the clause around each mention and the figures a reviewer
would copy into a table), beside a naive baseline (every figure on the mention's line).

Keys on the seeds were looked at while the rule was written; the keys on corpus reports are
held out and scored separately.

    python benchmarks/bench_trend_figures.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import parser  # noqa: E402
from benchmarks.common import ROOT  # noqa: E402
from parser.figure_table import figures_with  # noqa: E402
from parser.figures import find_figures  # noqa: E402
from parser.search import search  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "gov-work-reports"
GUANGDONG_2013 = CORPUS / "政府工作报告-省自治区" / "广东省" / "2013.md"

# (report, query, the figures that go with the query, in text order)
TUNED = [
    (ROOT / "seeds" / "beichengjie-2025.txt", "行政诉讼", ["2件"]),
    (ROOT / "seeds" / "beichengjie-2025.txt", "出庭率", ["100%"]),
    (ROOT / "seeds" / "beichengjie-2025.txt", "败诉率", ["0%"]),
    (ROOT / "seeds" / "beichengjie-2025.txt", "行政复议", ["1件"]),
    (ROOT / "seeds" / "sijiqing-2023.txt", "合同", ["3万元", "130余份", "23项"]),
    (ROOT / "seeds" / "sijiqing-2023.txt", "诉讼案件", ["3项"]),
    (ROOT / "seeds" / "sijiqing-2023.txt", "依申请公开", ["7件"]),
    (ROOT / "seeds" / "nanshan-2023.txt", "依申请公开", ["11宗"]),
]
HELD_OUT = [
    (GUANGDONG_2013, "人大代表建议", ["3178件"]),
    (GUANGDONG_2013, "政协提案", ["3074件"]),
    (GUANGDONG_2013, "地方性法规草案", ["81项"]),
    (GUANGDONG_2013, "规章", ["54项", "100项"]),
    (GUANGDONG_2013, "行政复议", ["1500多宗"]),
]


def by_clause(document: parser.Document, query: str) -> list[str]:
    return [cited.figure.text for cited in figures_with(document, query)]


def by_line(document: parser.Document, query: str) -> list[str]:
    """The baseline: every figure on a line with a hit."""
    lines = sorted({document.line_of(hit.start) for hit in search(document, query).hits})
    found: list[str] = []
    for line in lines:
        found += [figure.text for figure in find_figures(document.text, *document.line_span(line))]
    return found


def score(cases: list[tuple[Path, str, list[str]]], method) -> tuple[float, float, int]:
    """(precision, recall, cases exactly right) over ``cases``."""
    right = found = expected = exact = 0
    for path, query, key in cases:
        got = method(parser.load(path), query)
        common = sum(min(got.count(figure), key.count(figure)) for figure in set(got))
        right += common
        found += len(got)
        expected += len(key)
        exact += got == key
    return (right / found if found else 1.0), right / expected, exact


def main() -> None:
    for name, cases in (("tuned (seeds)", TUNED), ("held out (corpus)", HELD_OUT)):
        if not all(path.exists() for path, _, _ in cases):
            print(f"{name}: reports missing, skipped")
            continue
        for label, method in (("clause", by_clause), ("baseline: line", by_line)):
            precision, recall, exact = score(cases, method)
            print(f"{name:18} {label:15} precision {precision:5.0%}  recall {recall:5.0%}  "
                  f"exact {exact}/{len(cases)}")


if __name__ == "__main__":
    main()
