"""The triage of unkeyed pages flags only what cannot be right."""

from __future__ import annotations

import parser
from benchmarks.triage_pages import flags


def test_a_complete_head_raises_no_flag() -> None:
    doc = parser.parse("青山县2023年法治政府建设情况报告\n\n2023年,青山县坚持依法行政。\n\n一、主要举措\n")
    assert flags(doc) == []


def test_what_is_missing_or_impossible_is_flagged() -> None:
    doc = parser.parse("各位代表:\n\n现在向大会报告工作。\n\n一、主要工作\n")
    assert set(flags(doc)) == {"no-title", "no-org", "no-year"}
    late = parser.parse("发布日期:2020-03-01\n\n青山县2023年法治政府建设情况报告\n\n一、主要举措\n")
    assert late.meta.published == "2020-03-01"
    assert flags(late) == ["year-after-published"]
