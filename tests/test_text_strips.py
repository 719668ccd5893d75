"""Report text into segments (tui.widgets.text_strips): whitespace as one blank cell, control
characters shown by a visible stand-in, highlights laid over a run with the current one standing out."""

from __future__ import annotations

from rich.style import Style

from tui.widgets.text_strips import Highlights, drawn_offsets, text_segments

BODY, HIT, CURRENT = Style(color="white"), Style(bgcolor="yellow"), Style(bgcolor="red")


def drawn(text: str, start: int, end: int, highlights: Highlights) -> list[tuple[str, Style]]:
    return [
        (segment.text, segment.style)
        for segment in text_segments(text, start, end, BODY, highlights, (HIT, CURRENT))
    ]


def test_whitespace_is_one_blank_cell_and_control_characters_are_shown_visibly():
    text = "甲\t乙\u3000丙\x1b[31m丁\x07\x9b"
    assert drawn(text, 0, len(text), Highlights()) == [
        ("甲 乙 丙^[[31m丁^G<U+009B>", BODY)]


def test_each_drawn_character_maps_to_the_offset_it_was_drawn_from():
    text = "甲\x1b乙\x9b"
    drawn_line = "".join(segment.text for segment in
                         text_segments(text, 0, len(text), BODY, Highlights(), (HIT, CURRENT)))
    offsets = list(drawn_offsets(text, 0, len(text)))
    assert drawn_line == "甲^[乙<U+009B>"
    assert offsets == [0, 1, 1, 2, *[3] * 8]
    assert len(offsets) == len(drawn_line)


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
