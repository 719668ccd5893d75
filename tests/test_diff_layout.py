"""The diff view's display lines (parser.diff_layout): columns never overflow, the two sides
of a row stand level, fillers face insertions, nothing is lost, folds hide only what did not
change."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import parser
from parser.diff import DiffResult, diff
from parser.diff_layout import (
    FOLD_MIN_ROWS,
    DiffLayout,
    assemble,
    change_hunks,
    changed_pairs,
    diff_layout,
    fold_ranges,
    pair_first_rows,
    row_change,
    row_for_offset,
    split_blocks,
    split_columns,
)
from parser.wrap import text_cells, wrap
from tests.test_align import next_year_fatou
from tests.test_diff_reuse import LAST_YEAR, THIS_YEAR

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SPLIT_WIDTHS = [(1, 1), (5, 9), (20, 20), (38, 39), (58, 58), (100, 80)]
UNIFIED_WIDTHS = [(1,), (12,), (40,), (78,), (150,)]

REWORDED = "街道将继续加强重点区域(垡头地铁站、化工路沿线等)游商治理"
REWORDING = "街道将持续加强重点区域(垡头地铁站、化工路沿线、焦化厂周边等)环境秩序治理"
REMOVED_SECTION = "4、垡头街道现有公职律师2名。"


def edited_fatou() -> str:
    """垡头街道's report as next year's could read: figures updated, a sentence dropped and
    one reworded, a sub-section added (renumbering those after it), one removed, the
    shortcomings moved after the plans."""
    text = next_year_fatou()
    start = text.index(REMOVED_SECTION)
    text = text[:start] + text[text.index("\n", start) + 1:]
    assert REWORDED in text
    return text.replace(REWORDED, REWORDING, 1)


@cache
def fatou_diff() -> DiffResult:
    return diff(parser.load(SEEDS / "fatou-2023.txt"), parser.parse(edited_fatou()))


def layouts() -> list[DiffLayout]:
    result = fatou_diff()
    return [diff_layout(result, widths) for widths in SPLIT_WIDTHS + UNIFIED_WIDTHS]


def visible_offsets(text: str) -> list[int]:
    return [offset for offset, character in enumerate(text) if not character.isspace()]


def shown_offsets(layout: DiffLayout, side: str) -> list[int]:
    text = getattr(fatou_diff(), side).text
    return [
        offset
        for line in layout.lines if getattr(line, side) is not None
        for offset in range(getattr(line, side).start, getattr(line, side).end)
        if not text[offset].isspace()
    ]


# Widths ----------------------------------------------------------------------------------


@pytest.mark.parametrize("widths", SPLIT_WIDTHS + UNIFIED_WIDTHS, ids=str)
def test_no_line_is_wider_than_its_column(widths: tuple[int, ...]) -> None:
    result = fatou_diff()
    layout = diff_layout(result, widths)
    for line in layout.lines:
        for side, width in zip("ab", widths if len(widths) == 2 else widths * 2):
            shown = getattr(line, side)
            if shown is None:
                continue
            text = getattr(result, side).text[shown.start:shown.end]
            # Only a single character wider than the whole column may overflow it.
            assert text_cells(text) <= width or len(text) == 1, (widths, text)


def test_split_columns_share_the_width_around_the_gutter() -> None:
    assert split_columns(83, 3) == (40, 40)
    assert split_columns(84, 3) == (40, 40)  # the odd cell stays blank: both wrap alike
    assert split_columns(4, 3) == (1, 1)


# Rows side by side ------------------------------------------------------------------------


@pytest.mark.parametrize("widths", SPLIT_WIDTHS, ids=str)
def test_both_sides_of_a_row_take_as_many_lines_as_the_longer(widths: tuple[int, int]) -> None:
    result = fatou_diff()
    layout = diff_layout(result, widths)
    for index, row in enumerate(result.rows):
        lines = [line for line in layout.lines if line.row == index and line.kind == "text"]
        a_height = len(wrap(result.a.text, widths[0], *row.a)) if row.a else 0
        b_height = len(wrap(result.b.text, widths[1], *row.b)) if row.b else 0
        assert len(lines) == max(a_height, b_height, 1)
        first = layout.line_for_row(index)
        assert layout.lines[first:first + len(lines)] == tuple(lines), "a row's lines are together"
        assert sum(line.a is not None for line in lines) == a_height
        assert sum(line.b is not None for line in lines) == b_height


def test_a_filler_faces_every_paragraph_only_one_report_has() -> None:
    result = fatou_diff()
    layout = diff_layout(result, (30, 30))
    one_sided = 0
    for line in layout.lines:
        if line.kind != "text":
            continue
        row = result.rows[line.row]
        assert line.a_filler == (row.a is None)
        assert line.b_filler == (row.b is None)
        if row.a is None or row.b is None:
            one_sided += 1
            assert line.change in ("added", "removed")
    assert one_sided, "the edited copy adds and removes paragraphs"


def test_a_blank_line_between_two_inserted_paragraphs_is_filler_too() -> None:
    result = fatou_diff()
    layout = diff_layout(result, (30, 30))
    for number, line in enumerate(layout.lines):
        if line.kind != "blank":
            continue
        before, after = result.rows[line.row], result.rows[layout.lines[number + 1].row]
        assert line.a_filler == (before.a is None and after.a is None)
        assert line.b_filler == (before.b is None and after.b is None)


@pytest.mark.parametrize("widths", SPLIT_WIDTHS, ids=str)
def test_every_character_of_both_reports_is_shown_once_side_by_side(
    widths: tuple[int, int],
) -> None:
    result = fatou_diff()
    layout = diff_layout(result, widths)
    for side in "ab":
        shown = shown_offsets(layout, side)
        assert sorted(shown) == visible_offsets(getattr(result, side).text)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=200), st.integers(min_value=1, max_value=200))
def test_any_widths_show_every_character_once(left: int, right: int) -> None:
    result = fatou_diff()
    layout = diff_layout(result, (left, right))
    for side in "ab":
        assert sorted(shown_offsets(layout, side)) == visible_offsets(getattr(result, side).text)


# Marks -------------------------------------------------------------------------------------


def test_runs_tile_each_side_of_a_line() -> None:
    for layout in layouts():
        for line in layout.lines:
            for side in (line.a, line.b):
                if side is None:
                    continue
                assert side.runs[0][0] == side.start and side.runs[-1][1] == side.end
                for (_, end, _, _), (start, _, _, _) in zip(side.runs, side.runs[1:]):
                    assert end == start


def test_removed_words_are_marked_left_and_added_words_right() -> None:
    result = fatou_diff()
    layout = diff_layout(result, (40, 40))
    marked = {"a": set(), "b": set()}
    for line in layout.lines:
        for side, mark in (("a", "removed"), ("b", "added")):
            shown = getattr(line, side)
            if shown is None:
                continue
            for start, end, run_mark, _ in shown.runs:
                assert run_mark in ("same", mark)
                if run_mark == mark:
                    marked[side].update(range(start, end))
    for row in result.rows:
        for a, b, changed in row.stretches():
            for side, span in (("a", a), ("b", b)):
                if span is None:
                    continue
                characters = set(range(*span))
                assert (characters <= marked[side]) if changed else not (
                    characters & marked[side])


def test_a_changed_figure_marks_only_its_digits() -> None:
    result = fatou_diff()
    layout = diff_layout(result, (200, 200))
    b_text = result.b.text
    added = [
        b_text[start:end]
        for line in layout.lines if line.b is not None
        for start, end, mark, _ in line.b.runs if mark == "added"
    ]
    assert "24" in added and "18" in added and "1350" in added


def test_headings_carry_their_role() -> None:
    result = fatou_diff()
    layout = diff_layout(result, (60, 60))
    node = next(node for node in result.b.nodes if node.title == "深化行政复议体制改革")
    roles = {
        role for line in layout.lines if line.b is not None
        for start, end, _, role in line.b.runs if start <= node.heading[0] + 1 < end
    }
    assert roles == {"heading-2"}


def test_debris_title_and_headings_take_the_reading_panes_roles() -> None:
    old = ("某街道2023年法治政府建设工作报告\n发布时间:2024-01-05 来源:司法所 浏览次数:120\n"
           "一、总体情况\n(一)组织领导\n今年开展活动18次。\n打印 关闭\n")
    new = old.replace("18次", "24次")
    result = diff(parser.parse(old), parser.parse(new))
    layout = diff_layout(result, (60, 60))
    text = result.b.text
    roles = {
        text[start:end]: role for line in layout.lines if line.b is not None
        for start, end, _, role in line.b.runs
    }
    assert roles["某街道2023年法治政府建设工作报告"] == "title"
    assert roles["发布时间:2024-01-05 来源:司法所 浏览次数:120"] == "debris"
    assert roles["打印 关闭"] == "debris"
    assert roles["一、总体情况"] == "heading-1"
    assert roles["(一)组织领导"] == "heading-2"


# One column --------------------------------------------------------------------------------


def test_one_column_shows_a_changed_paragraph_old_then_new() -> None:
    result = fatou_diff()
    layout = diff_layout(result, (50,))
    changed = [index for index, row in enumerate(result.rows)
               if row_change(result, row) == "changed"]
    assert changed
    for index in changed:
        sides = ["a" if line.a is not None else "b"
                 for line in layout.lines if line.row == index and line.kind == "text"]
        assert sides == sorted(sides) and set(sides) == {"a", "b"}


@pytest.mark.parametrize("widths", UNIFIED_WIDTHS, ids=str)
def test_one_column_shows_every_character_of_the_newer_report_once(
    widths: tuple[int],
) -> None:
    result = fatou_diff()
    layout = diff_layout(result, widths)
    assert sorted(shown_offsets(layout, "b")) == visible_offsets(result.b.text)
    for line in layout.lines:
        assert line.a is None or line.b is None, "one side per line"
        assert not (line.a_filler or line.b_filler)


def test_one_column_shows_the_old_text_of_changed_and_removed_paragraphs_only() -> None:
    result = fatou_diff()
    layout = diff_layout(result, (50,))
    shown_rows = {line.row for line in layout.lines if line.a is not None}
    assert shown_rows == {
        index for index, row in enumerate(result.rows)
        if row_change(result, row) in ("changed", "removed")
    }


# Changes and folds -------------------------------------------------------------------------


def test_an_inserted_section_is_one_change() -> None:
    result = fatou_diff()
    hunks = change_hunks(result)
    added = [index for index, row in enumerate(result.rows)
             if result.pairs[row.pair].status == "added"]
    assert len(added) >= 2, "a heading and its body"
    assert any(start <= added[0] and added[-1] < end for start, end in hunks)
    for start, end in hunks:
        assert all(row_change(result, result.rows[index]) not in ("same", "moved")
                   for index in range(start, end))
    for (_, end), (start, _) in zip(hunks, hunks[1:]):
        assert end < start, "hunks are apart"


def test_changed_pairs_are_added_removed_moved_or_have_changed_rows() -> None:
    result = fatou_diff()
    statuses = {result.pairs[index].status for index in changed_pairs(result)}
    assert {"added", "removed", "moved"} <= statuses
    removed = next(index for index, pair in enumerate(result.pairs) if pair.status == "removed")
    assert result.pairs[removed].a.title.startswith("垡头街道现有公职律师2名")
    assert removed in changed_pairs(result)


def test_folds_hide_only_unchanged_rows_and_never_a_changed_sections_heading() -> None:
    result = fatou_diff()
    folds = fold_ranges(result)
    assert folds
    firsts = pair_first_rows(result)
    headings = {firsts[pair] for pair in changed_pairs(result)}
    for fold in folds:
        assert fold.paragraphs >= FOLD_MIN_ROWS
        for index in range(fold.start, fold.end):
            assert not result.rows[index].changed
            assert row_change(result, result.rows[index]) in ("same", "moved")
            assert index not in headings


def test_a_fold_line_stands_for_its_rows() -> None:
    result = fatou_diff()
    folds = fold_ranges(result)
    blocks = split_blocks(result, 40, 40)
    layout = assemble(result, blocks, unified=False, widths=(40, 40), folds=folds)
    fold_lines = [line for line in layout.lines if line.kind == "fold"]
    assert [line.fold for line in fold_lines] == list(folds)
    for fold in folds:
        assert {layout.line_for_row(index) for index in range(fold.start, fold.end)} == {
            layout.lines.index(next(line for line in fold_lines if line.fold == fold))}
    shown_rows = {line.row for line in layout.lines if line.kind == "text"}
    folded_rows = {index for fold in folds for index in range(fold.start, fold.end)}
    assert shown_rows == set(range(len(result.rows))) - folded_rows
    assert len(layout) < len(assemble(result, blocks, unified=False, widths=(40, 40)))


def test_a_fold_counts_the_sections_it_hides_whole() -> None:
    result = fatou_diff()
    for fold in fold_ranges(result):
        pairs = {row.pair for row in result.rows[fold.start:fold.end]}
        whole = [
            pair for pair in pairs
            if result.pairs[pair].part == "section"
            and all(fold.start <= index < fold.end
                    for index, row in enumerate(result.rows) if row.pair == pair)
        ]
        assert fold.sections == len(whole)


def test_identical_reports_fold_into_one_line() -> None:
    doc = parser.load(SEEDS / "zixing-2021.txt")
    result = diff(doc, doc)
    folds = fold_ranges(result)
    assert len(folds) == 1 and folds[0].paragraphs == len(result.rows)
    layout = diff_layout(result, (40, 40), folds=folds)
    assert len(layout) == 1 and layout.lines[0].kind == "fold"
    assert not change_hunks(result)


def test_offsets_find_their_row_and_line() -> None:
    result = fatou_diff()
    layout = diff_layout(result, (30, 30))
    figure = result.figures[0]
    row = row_for_offset(result, "b", figure.b_at[0])
    assert row is not None
    line = layout.lines[layout.line_for_offset("b", row, figure.b_at[0])]
    assert line.b is not None and line.b.start <= figure.b_at[0] < line.b.end
    assert row_for_offset(result, "b", len(result.b.text) + 5) is None


def test_a_sentence_moved_from_elsewhere_is_not_marked_new() -> None:
    result = diff(parser.parse(LAST_YEAR), parser.parse(THIS_YEAR))
    moved = "开展安全生产大检查，整改隐患1200处。"
    start = result.b.text.index(moved, result.b.text.index("二、"))
    layout = diff_layout(result, (200, 200))
    marks = {
        mark for line in layout.lines if line.b is not None
        for run_start, run_end, mark, _ in line.b.runs
        if run_start < start + len(moved) and start < run_end
    }
    assert marks == {"same"}
    new = result.b.text.index("大力发展低空经济")
    assert any(mark == "added" for line in layout.lines if line.b is not None
               for run_start, run_end, mark, _ in line.b.runs if run_start <= new < run_end)
