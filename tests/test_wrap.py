"""Chinese line breaking (parser.wrap): widths, 禁则, whole words and numbers, exact offsets."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import get_character_cell_size

from parser.wrap import (
    LINE_END_FORBIDDEN,
    LINE_START_FORBIDDEN,
    UNITS_AFTER_NUMBERS,
    cell_width,
    text_cells,
    wrap,
)

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")
FIGURE = re.compile(
    r"[0-9０-９](?:[余多])?(?:"
    + "|".join(map(re.escape, sorted(UNITS_AFTER_NUMBERS, key=len, reverse=True)))
    + ")"
)
"""The last digit of a number and the unit after it, which no line break may part."""


def shown(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


def assert_covers(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    """Spans are in order, non-empty, start and end on visible text, and only whitespace
    lies between, before and after them."""
    position = start
    for line_start, line_end in spans:
        assert position <= line_start < line_end <= end
        assert text[position:line_start].strip() == ""
        assert not text[line_start].isspace() and not text[line_end - 1].isspace()
        position = line_end
    assert text[position:end].strip() == ""


def seed_paragraphs() -> list[tuple[str, int, int]]:
    paragraphs = []
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        paragraphs.extend((text, m.start(), m.end()) for m in PARAGRAPH.finditer(text))
    return paragraphs


# --- widths -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("character", "width"),
    [("中", 2), ("，", 2), ("。", 2), ("（", 2), ("\u3000", 2), ("Ａ", 2), ("a", 1), ("1", 1),
     (",", 1), ("“", 1), ("—", 1), ("…", 1), (" ", 1), ("\u0301", 0), ("\u200b", 0)],
)
def test_cell_width_counts_wide_narrow_and_zero_width_characters(character, width):
    assert cell_width(character) == width


def test_cell_width_agrees_with_rich_on_the_characters_of_reports():
    # The pane renders through Rich: a disagreement would push lines past the edge.
    ranges = [(0x21, 0x7E), (0xA1, 0x2FF), (0x2000, 0x206F), (0x3000, 0x303F),
              (0x4E00, 0x9FFF), (0xFF01, 0xFF60), (0xFE30, 0xFE4F)]
    for low, high in ranges:
        for codepoint in range(low, high + 1):
            character = chr(codepoint)
            if character.isspace() or unicodedata.category(character) == "Cn":
                continue
            assert cell_width(character) == get_character_cell_size(character), hex(codepoint)


def test_text_cells_sums_character_widths():
    assert text_cells("") == 0
    assert text_cells("2023年,法治") == 4 + 2 + 1 + 4
    assert text_cells("e\u0301") == 1


# --- examples -----------------------------------------------------------------------------


def test_breaks_between_chinese_characters_without_spaces():
    text = "坚持以习近平新时代中国特色社会主义思想为指导"
    lines = shown(text, wrap(text, 10))
    assert lines == ["坚持以习近", "平新时代中", "国特色社会", "主义思想为", "指导"]


@pytest.mark.parametrize("number", ["2023", "100%", "12345", "3.5", "1,000", "99.9%"])
def test_keeps_numbers_whole(number):
    text = "全年共办理案件" + number + "件"
    for width in range(len(number), 30):
        for line in shown(text, wrap(text, width)):
            assert number in line or not set(number) & set(line), (width, line)


@pytest.mark.parametrize("figure", ["18次", "30余次", "100%", "5场次", "2名", "3万元", "1件",
                                    "1200余件", "2023年", "１８次"])
def test_keeps_a_number_and_its_unit_on_one_line(figure):
    text = "依法开展" + figure + "相关工作"
    for width in range(text_cells(figure), 30):
        for line in shown(text, wrap(text, width)):
            assert figure in line or not set(figure) & set(line), (width, line)


def test_a_number_parts_from_its_unit_only_when_the_figure_is_wider_than_the_line():
    assert shown("1200余件", wrap("1200余件", 6)) == ["1200余", "件"]


def test_a_unit_word_without_a_number_before_it_still_breaks():
    text = "各项工作人员名单"
    assert shown(text, wrap(text, 6)) == ["各项工", "作人员", "名单"]


def test_keeps_latin_words_whole_and_breaks_at_spaces():
    text = "使用 gongwen reader 阅读"
    assert shown(text, wrap(text, 8)) == ["使用", "gongwen", "reader", "阅读"]


def test_breaks_a_word_longer_than_the_line_where_the_line_is_full():
    text = "网址https://example.gov.cn/a"
    lines = shown(text, wrap(text, 10))
    assert lines == ["网址", "https://ex", "ample.gov.", "cn/a"]


def test_closing_punctuation_pulls_the_previous_character_down():
    text = "大家好。明天见"
    assert shown(text, wrap(text, 6)) == ["大家", "好。明", "天见"]


def test_closing_punctuation_run_moves_down_together():
    text = "他说“好了。”然后"
    assert shown(text, wrap(text, 9)) == ["他说“好", "了。”然后"]


def test_opening_punctuation_never_ends_a_line():
    text = "落实《法治政府建设实施纲要》要求"
    lines = shown(text, wrap(text, 6))
    assert lines == ["落实", "《法治", "政府建", "设实施", "纲要》", "要求"]


def test_spaces_do_not_excuse_forbidden_punctuation():
    text = "内容 ） 下文"
    assert shown(text, wrap(text, 5)) == ["内", "容 ）", "下文"]


def test_whitespace_at_a_break_is_skipped_but_kept_between_spans():
    text = "  第一段   第二段  "
    spans = wrap(text, 6)
    assert shown(text, spans) == ["第一段", "第二段"]
    assert text[: spans[0][0]] == "  " and text[spans[0][1]: spans[1][0]] == "   "


def test_wraps_only_the_requested_range_and_returns_offsets_into_the_whole_text():
    text = "标题\n正文第一句话。正文第二句话。\n尾"
    start = text.index("正")
    spans = wrap(text, 8, start, text.index("\n", start))
    assert spans[0][0] == start
    assert "".join(shown(text, spans)) == "正文第一句话。正文第二句话。"


def test_blank_or_empty_paragraph_gives_no_lines():
    assert wrap("", 10) == []
    assert wrap(" \u3000 ", 10) == []
    assert wrap("abc", 10, 1, 1) == []


def test_wide_character_in_a_one_cell_line_gets_a_line_of_its_own():
    assert shown("中文。", wrap("中文。", 1)) == ["中", "文", "。"]


def test_width_below_one_counts_as_one():
    assert wrap("中文ab", 0) == wrap("中文ab", 1) == wrap("中文ab", -5)


def test_combining_marks_stay_with_their_character():
    text = "cafe\u0301 中\u0301文"
    for width in range(1, 10):
        for line in shown(text, wrap(text, width)):
            assert not line.startswith("\u0301")


def test_real_paragraphs_keep_numbers_whole_with_their_units_and_respect_kinsoku():
    number = re.compile(r"\d+(?:[.,]\d+)*%?")
    for text, start, end in seed_paragraphs():
        for width in (16, 23, 40, 79, 80):
            spans = wrap(text, width, start, end)
            assert_covers(text, spans, start, end)
            breaks = {line_end for _, line_end in spans[:-1]}
            for match in number.finditer(text, start, end):
                assert not any(match.start() < b < match.end() for b in breaks), match.group()
            for match in FIGURE.finditer(text, start, end):
                assert not any(match.start() < b < match.end() for b in breaks), match.group()
            for line in shown(text, spans):
                assert text_cells(line) <= width
                assert line[0] not in LINE_START_FORBIDDEN, line
                assert line[-1] not in LINE_END_FORBIDDEN, line


def test_a_real_paragraph_at_forty_columns():
    text = next(p for p in SEEDS if p.name.startswith("zixing")).read_text(encoding="utf-8")
    start = text.index("按照“机构人员统一")
    spans = wrap(text, 40, start, text.index("\n", start))
    assert shown(text, spans) == [
        "按照“机构人员统一、场所标识统一、流程内",
        "容统一、信息系统统一”的要求,整合基层资",
        "源,将面向基层群众的公共服务事项纳入街",
        "道、村(居)两级综合平台集中办理,实现公共",
        "服务事项“一站式”办理、“一条龙”服务。",
    ]


# --- properties ---------------------------------------------------------------------------

ALPHABET = (
    "法治政府建设年度报告中文一二"
    "次件名万元余场个月日"
    "abcXYZ0123456789%-"
    "  \u3000"
    "，。、；：！？）》」』”’〕】…,.;:!?)]}"
    "（《「『“‘〔【([{"
    "——"
)
paragraphs = st.text(alphabet=ALPHABET, max_size=80)
widths = st.integers(min_value=1, max_value=30)


def legal_break(text: str, position: int) -> bool:
    """The documented rule, restated: may a line break before ``text[position]``?"""
    before, after = text[position - 1], text[position]
    if before.isspace() or after.isspace():
        left, right = position - 1, position
        while text[left].isspace():
            left -= 1
        while text[right].isspace():
            right += 1
        return text[left] not in LINE_END_FORBIDDEN and text[right] not in LINE_START_FORBIDDEN
    if after in LINE_START_FORBIDDEN or before in LINE_END_FORBIDDEN:
        return False
    if before == after == "—":
        return False
    if before.isascii() and after.isascii():
        return False
    return not parts_a_figure(text, position)


def parts_a_figure(text: str, position: int) -> bool:
    """Whether ``text[position]`` is within the unit after a number (``18次``, ``30余次``)."""
    for digit in range(position - 1, -1, -1):
        if text[digit].isdigit():
            tail = text[digit + 1 : position + 1]
            return any(
                (about + unit).startswith(tail)
                for unit in UNITS_AFTER_NUMBERS for about in ("", "余", "多")
            )
        if text[digit].isspace() or text[digit].isascii():
            return False
    return False


@given(paragraphs, widths)
def test_spans_and_skipped_whitespace_cover_the_input(text, width):
    assert_covers(text, wrap(text, width), 0, len(text))


@given(paragraphs, widths)
def test_no_line_is_wider_than_the_width_unless_one_character_is(text, width):
    for line in shown(text, wrap(text, width)):
        assert text_cells(line) <= width or len(line) == 1


@given(paragraphs, widths)
def test_breaks_are_legal_unless_the_line_has_no_legal_break(text, width):
    # Unavoidable: the text from the line's start to where it is full has no place where
    # the rules allow a break (one Latin word or punctuation cluster wider than the line) —
    # full counting the marks that may not start the next line (``余万`` fits in 4 cells,
    # ``余万.`` does not).
    spans = wrap(text, width)
    for (start, end), (next_start, _) in zip(spans, spans[1:]):
        if not legal_break(text, end):
            assert not any(legal_break(text, p) for p in range(start + 1, end)), (start, end)
            full = next_start + 1
            while full < len(text) and text[full] in LINE_START_FORBIDDEN:
                full += 1
            assert text_cells(text[start:full]) > width


@given(paragraphs, widths)
def test_each_line_is_as_long_as_the_rules_allow(text, width):
    stripped_end = len(text.rstrip())
    spans = wrap(text, width)
    for (start, end), (next_start, _) in zip(spans, spans[1:]):
        if not legal_break(text, end):
            continue
        longer = next(
            (p for p in range(next_start + 1, stripped_end)
             if not text[p - 1].isspace() and legal_break(text, p)),
            stripped_end,
        )
        assert text_cells(text[start:longer]) > width, (text[start:end], text[start:longer])


@settings(max_examples=50)
@given(paragraphs, widths)
def test_wrapping_is_deterministic(text, width):
    assert wrap(text, width) == wrap(text, width)


@given(st.text(), widths)
def test_any_text_wraps_into_covering_lines_that_fit(text, width):
    spans = wrap(text, width)
    assert_covers(text, spans, 0, len(text))
    for line in shown(text, spans):
        visible = [ch for ch in line if cell_width(ch) > 0]
        assert text_cells(line) <= width or len(visible) == 1, line
