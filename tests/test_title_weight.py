"""How much a section's title counts when the sections of two years are paired
(``parser.align.HEADING_WEIGHT``): two small outlines whose right pairing flips if titles
count for nothing, and two whose right pairing flips if titles count for most.
"""

from __future__ import annotations

from parser.align import align
from parser.model import Document
from tests.test_align import outline_document


def _section_pairs(a: Document, b: Document) -> list[tuple[str | None, str | None, float]]:
    return [
        (pair.a.title if pair.a else None, pair.b.title if pair.b else None, pair.similarity)
        for pair in align(a, b) if pair.part == "section"
    ]


TEXT = "开展宪法宣传周活动十二场，组织执法人员旁听庭审，发放普法资料三千份，覆盖辖区居民。"


def test_a_kept_title_outweighs_the_same_text_under_another_title():
    """Two candidates for 推进政务公开: the same text under a new heading, or the same
    heading lengthened over a text with two edits. A reader sees the section kept its
    heading and was edited; titles that counted for nothing would pick the other."""
    a = outline_document([("一、", "推进政务公开", TEXT)])
    edited = TEXT.replace("旁听庭审", "参加培训").replace("三千", "五千")
    b = outline_document([("一、", "其他工作", TEXT), ("二、", "推进政务公开工作", edited)])
    pairs = _section_pairs(a, b)
    assert ("推进政务公开", "推进政务公开工作") in [(x, y) for x, y, _ in pairs]
    assert (None, "其他工作") in [(x, y) for x, y, _ in pairs]


def test_a_kept_title_over_other_text_does_not_outweigh_the_text():
    """The same heading over a text about something else (安全生产) is not the section that
    was 推进政务公开: the one whose text is the same but for one figure is, new heading or
    not. Titles that counted for most would pick the heading."""
    kept = "全年主动公开政府信息三百二十条，办理依申请公开十五件，均在法定期限内答复，未发生行政复议和诉讼。"
    other = "组织开展安全生产大检查，排查隐患一百余处，整改率达到百分之百，辖区未发生较大以上事故。"
    a = outline_document([("一、", "推进政务公开", kept)])
    b = outline_document([
        ("一、", "深化政务服务", kept.replace("三百二十", "三百五十")),
        ("二、", "推进政务公开工作", other),
    ])
    pairs = [(x, y) for x, y, _ in _section_pairs(a, b)]
    assert ("推进政务公开", "深化政务服务") in pairs
    assert (None, "推进政务公开工作") in pairs
