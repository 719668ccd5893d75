"""Guards the rest of the suite would not miss if they were gone: each test here fails when
its guard is removed (checked by removing it).

- The heading plausibility guard (``parser.headings``): a marker followed by more numbers
  (``三、四月份``, ``一、二季度``) is a date or a range in a sentence, not a heading.
- The diff's clean-up of scattered edits (``parser.diff``): a rewritten stretch that happens
  to keep a character or a word of the old one is marked as one change, not as confetti.
"""

from __future__ import annotations

import parser
from parser.diff import diff
from parser.headings import recognise

# The heading plausibility guard ------------------------------------------------------------

SPRING = """一、总体情况
今年以来各项工作平稳推进。
二、主要做法
三、四月份，开展专项整治行动，查处案件十起。
一、二季度，新增市场主体一千户。
三、下一步打算
继续推进法治政府建设。
"""


def test_a_number_after_a_marker_is_a_date_in_a_sentence_not_a_heading() -> None:
    doc = parser.parse(SPRING)
    assert [(s.level, s.title) for s in doc.sections] == [
        (1, "总体情况"), (1, "主要做法"), (1, "下一步打算"),
    ]
    practice = doc.sections[1]
    body = doc.text[practice.body[0]:practice.body[1]]
    assert "三、四月份，开展专项整治行动" in body and "一、二季度，新增市场主体" in body


def test_the_guard_looks_only_at_what_follows_the_marker() -> None:
    assert recognise("三、四月份降水偏多", 0) is None
    assert recognise("二、三年行动计划", 0) is None
    assert recognise("一、二季度全市经济运行平稳", 0) is None
    for line in ("三、主要措施", "三、四项制度全面落实", "三、深化改革"):
        marker = recognise(line, 0)
        assert marker is not None and marker.ordinal == 3 and marker.text == "三、", line
    assert recognise("3.%的增幅", 0) is None, "a figure's fraction, not a numbered heading"


# The diff's clean-up of scattered edits -----------------------------------------------------

OLD = "一、总体情况\n\n全年共办理行政复议案件一百二十件，依法纠正违法或者不当行政行为十件。\n"
NEW = "一、总体情况\n\n全年共办结行政复议案件一百三十件，依法撤销和变更违法的具体行政行为十二件。\n"


def _marks(old: str, new: str) -> list[tuple[str, str]]:
    a, b = parser.parse(old), parser.parse(new)
    return [(a.text[e.a[0]:e.a[1]], b.text[e.b[0]:e.b[1]])
            for row in diff(a, b).rows for e in row.edits]


def test_a_rewording_that_keeps_a_few_old_characters_is_one_mark() -> None:
    # Worked out by hand: 纠正→撤销和变更 and 或者不当→的具体 keep only 违法 (2 characters,
    # fewer than either change) between them, and 一百二十→一百三十 keeps only 件，依法 (4,
    # not more than the 4 of the change before it): one mark. 行政行为 (4) is longer than
    # 十件→十二件 (3) and 行政复议案件 longer than 办理→办结, so those stay apart.
    assert _marks(OLD, NEW) == [
        ("办理", "办结"),
        ("一百二十件，依法纠正违法或者不当", "一百三十件，依法撤销和变更违法的具体"),
        ("十件", "十二件"),
    ]


def test_a_changed_figure_alone_stays_a_small_mark() -> None:
    old = "一、总体情况\n\n召开党工委专题会议4次，研究部署法治建设工作。\n"
    new = "一、总体情况\n\n召开党工委专题会议6次，研究部署法治建设工作。\n"
    assert _marks(old, new) == [("4", "6")]
