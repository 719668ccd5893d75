"""Report text into segments (tui.widgets.text_strips): whitespace as one blank cell, control
characters dropped, highlights laid over a run with the current one standing out."""

from __future__ import annotations

from rich.style import Style

from tui.widgets.text_strips import Highlights, text_segments

BODY, HIT, CURRENT = Style(color="white"), Style(bgcolor="yellow"), Style(bgcolor="red")


def drawn(text: str, start: int, end: int, highlights: Highlights) -> list[tuple[str, Style]]:
    return [
        (segment.text, segment.style)
        for segment in text_segments(text, start, end, BODY, highlights, (HIT, CURRENT))
    ]


def test_whitespace_is_one_blank_cell_and_control_characters_are_dropped():
    text = "甲\t乙\u3000丙\x1b[31m丁\x07"
    assert drawn(text, 0, len(text), Highlights()) == [("甲 乙 丙[31m丁", BODY)]


def test_highlights_split_the_run_and_the_current_one_stands_out():
    text = "法治政府建设年度报告"
    highlights = Highlights([(0, 2), (4, 6), (8, 12)], current=(4, 6))
    assert drawn(text, 1, 9, highlights) == [
        ("治", BODY + HIT),
        ("政府", BODY),
        ("建设", BODY + CURRENT),
        ("年度", BODY),
        ("报", BODY + HIT),
    ]


def test_highlights_within_gives_the_spans_overlapping_a_range():
    highlights = Highlights([(0, 3), (5, 6), (8, 10)])
    assert list(highlights.within(2, 8)) == [(0, 3), (5, 6)]
    assert list(highlights.within(6, 8)) == []
    assert list(Highlights().within(0, 100)) == []
