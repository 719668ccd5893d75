"""What may follow a heading marker: words, not more numbers. ``一、二季度`` lists two
quarters and ``一、二年级`` two grades, but ``一、五年工作的回顾`` is the first part of a report
that opens a term, and its ``二、`` is the second part, not a point of the first."""

from __future__ import annotations

import parser

REPORT = (
    "各位代表：\n\n"
    "一、五年工作的回顾\n\n五年来，我们做了大量工作。\n\n"
    "（一）深化改革\n\n改革取得进展。\n\n"
    "（二）调整结构\n\n结构不断优化。\n\n"
    "二、今后五年的主要任务\n\n今后五年任务艰巨。\n\n"
    "（一）搞好国有企业\n\n国企改革。\n"
)


def test_a_number_of_years_after_a_marker_is_words() -> None:
    doc = parser.parse(REPORT)
    assert [(s.marker, s.title) for s in doc.sections] == [
        ("一、", "五年工作的回顾"), ("二、", "今后五年的主要任务")]
    assert [len(s.children) for s in doc.sections] == [2, 1]


def test_a_run_of_numbers_after_a_marker_is_not_a_heading() -> None:
    for line in ("一、二季度经济运行平稳。", "一、二年级学生全部实行课后服务。", "三、四月份开展专项检查。"):
        doc = parser.parse(f"{line}\n\n其余正文。\n")
        assert not any(node.marker == line[:2] for node in doc.nodes), line
