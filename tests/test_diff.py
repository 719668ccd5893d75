"""Diff within pairs: edits cover exactly the true edits (every edit found, no marked character
far from one), down to one digit; rows for a side-by-side view; summary counts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import parser
from parser.diff import DiffResult, Edit, diff
from parser.model import Document, Span
from parser.tokens import paragraphs, sentences, words
from tests.test_align import BACK, BODIES, FRONT, base_outline, next_year_fatou, outline_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NEAR = 8
"""How far (in characters) a mark may sit from the true edit it stands for: a changed
character marks its whole word, and jieba's words are short."""


def report(body: str) -> Document:
    return parser.parse(f"{FRONT}一、主要工作\n{body}\n二、下一步计划\n{BODIES['计划']}\n{BACK}")


def edit_texts(result: DiffResult) -> list[tuple[str, str, str]]:
    return [(edit.op, result.a.text[edit.a[0]:edit.a[1]], result.b.text[edit.b[0]:edit.b[1]])
            for edit in result.edits]


def replace_all(
    text: str, replacements: Sequence[tuple[str, str]]
) -> tuple[str, list[tuple[Span, Span]]]:
    """Apply ``old -> new`` replacements (each ``old`` occurring once) and return the new text
    and each change as ``(a_span, b_span)``, trimmed to the characters that differ."""
    located = []
    for old, new in replacements:
        assert text.count(old) == 1, old
        located.append((text.index(old), old, new))
    located.sort()
    pieces, changes, position, shift = [], [], 0, 0
    for start, old, new in located:
        prefix = 0
        while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
            prefix += 1
        suffix = 0
        while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
            suffix += 1
        a_span = (start + prefix, start + len(old) - suffix)
        b_start = start + shift + prefix
        changes.append((a_span, (b_start, b_start + len(new) - prefix - suffix)))
        pieces += [text[position:start], new]
        position = start + len(old)
        shift += len(new) - len(old)
    pieces.append(text[position:])
    return "".join(pieces), changes


def distance(x: Span, y: Span) -> int:
    return max(0, y[0] - x[1], x[0] - y[1])


def assert_edits_cover_exactly(edits: Sequence[Edit], truth: Sequence[tuple[Span, Span]]) -> None:
    def near(edit: Edit, change: tuple[Span, Span]) -> bool:
        return distance(edit.a, change[0]) <= NEAR and distance(edit.b, change[1]) <= NEAR

    missed = [change for change in truth if not any(near(edit, change) for edit in edits)]
    stray = [edit for edit in edits if not any(near(edit, change) for change in truth)]
    assert not missed, f"true edits not found: {missed}"
    assert not stray, f"edits far from any true edit: {stray}"


def rebuild_b(result: DiffResult) -> str:
    """Apply the edits to ``a`` (valid when nothing moved: then edits are in order)."""
    pieces, position = [], 0
    for edit in sorted(result.edits, key=lambda edit: (edit.a, edit.b)):
        pieces += [result.a.text[position:edit.a[0]], result.b.text[edit.b[0]:edit.b[1]]]
        position = edit.a[1]
    pieces.append(result.a.text[position:])
    return "".join(pieces)


def units(split, text: str) -> list[str]:
    return [text[s:e] for s, e in split(text, 0, len(text))]


def test_paragraphs_are_lines_that_keep_their_blank_lines():
    assert units(paragraphs, "\n第一段\n\n第二段\n第三段") == ["\n第一段\n\n", "第二段\n", "第三段"]


def test_sentences_keep_their_closing_punctuation_and_quotes():
    text = "他说:“好。”然后走了;又来了！没有句号"
    assert units(sentences, text) == ["他说:“好。”", "然后走了;", "又来了！", "没有句号"]


def test_words_split_numbers_and_latin_runs_from_chinese():
    assert units(words, "召开会议4次,12345热线,PDF文件,4.27万元") == [
        "召开", "会议", "4", "次", ",", "12345", "热线", ",", "PDF", "文件", ",", "4.27", "万元"]


@given(st.text(alphabet="法治街道社区。；,\n 12ab", max_size=60))
def test_units_tile_any_text(text):
    for split in (paragraphs, sentences, words):
        spans = split(text, 0, len(text))
        assert "".join(text[s:e] for s, e in spans) == text
        assert all(s < e for s, e in spans)


def test_a_changed_figure_marks_only_the_number():
    result = diff(report("今年召开党工委专题会议4次,研究法治建设重大问题。"),
                  report("今年召开党工委专题会议6次,研究法治建设重大问题。"))
    assert edit_texts(result) == [("replace", "4", "6")]


def test_a_changed_multi_digit_figure_marks_the_whole_number():
    result = diff(report("化解矛盾纠纷1200余件。"), report("化解矛盾纠纷1350余件。"))
    assert edit_texts(result) == [("replace", "1200", "1350")]


def test_a_replaced_word_marks_that_word_only():
    result = diff(report("化解地区矛盾纠纷,维护社会稳定。"), report("化解辖区矛盾纠纷,维护社会稳定。"))
    assert edit_texts(result) == [("replace", "地区", "辖区")]


def test_an_inserted_sentence_is_one_insertion_with_an_empty_a_span_where_it_goes():
    a = report("全年开展普法活动60余场。发放资料2万份。")
    b = report("全年开展普法活动60余场。新增法律明白人30名。发放资料2万份。")
    result = diff(a, b)
    assert edit_texts(result) == [("insert", "", "新增法律明白人30名。")]
    (edit,) = result.edits
    assert edit.a[0] == edit.a[1] == a.text.index("发放资料")


def test_a_deleted_sentence_is_one_deletion_with_an_empty_b_span_where_it_was():
    a = report("全年开展普法活动60余场。新增法律明白人30名。发放资料2万份。")
    b = report("全年开展普法活动60余场。发放资料2万份。")
    result = diff(a, b)
    assert edit_texts(result) == [("delete", "新增法律明白人30名。", "")]
    assert result.edits[0].b == (b.text.index("发放资料"),) * 2


def test_an_inserted_paragraph_stands_opposite_a_blank_row():
    a = report(BODIES["学法"] + "\n" + BODIES["执法"])
    b = report(BODIES["学法"] + "\n" + BODIES["普法"] + "\n" + BODIES["执法"])
    result = diff(a, b)
    changed = [row for row in result.rows if row.changed]
    assert len(changed) == 1 and changed[0].a is None
    assert b.text[changed[0].b[0]:changed[0].b[1]] == BODIES["普法"]
    assert edit_texts(result) == [("insert", "", BODIES["普法"] + "\n")]


def test_a_deleted_paragraph_stands_opposite_a_blank_row():
    a = report(BODIES["学法"] + "\n" + BODIES["普法"] + "\n" + BODIES["执法"])
    b = report(BODIES["学法"] + "\n" + BODIES["执法"])
    (row,) = [row for row in diff(a, b).rows if row.changed]
    assert row.b is None and a.text[row.a[0]:row.a[1]] == BODIES["普法"]


def test_a_changed_paragraph_is_one_row_with_both_sides():
    a = report(BODIES["学法"])
    b = report(BODIES["学法"].replace("12次", "15次").replace("4场", "6场"))
    (row,) = [row for row in diff(a, b).rows if row.changed]
    assert row.a is not None and row.b is not None and len(row.edits) == 2


def test_row_stretches_alternate_unchanged_and_changed_text_for_drawing():
    a = report(BODIES["学法"])
    b = report(BODIES["学法"].replace("12次", "15次").replace("4场", "6场"))
    result = diff(a, b)
    (row,) = [row for row in result.rows if row.changed]
    stretches = row.stretches()
    assert [changed for _, _, changed in stretches] == [False, True, False, True, False]
    for a_span, b_span, changed in stretches:
        a_part, b_part = a.text[slice(*a_span)], b.text[slice(*b_span)]
        assert (a_part != b_part) if changed else (a_part == b_part)
    assert "".join(b.text[slice(*b_span)] for _, b_span, _ in stretches) == b.text[slice(*row.b)]
    (inserted,) = [row for row in diff(b, report(BODIES["学法"] + "\n" + BODIES["普法"])).rows
                   if row.changed and row.a is None]
    assert inserted.stretches() == [(None, inserted.b, True)]


def test_identical_reports_have_no_edits_and_no_changed_rows():
    doc = parser.load(SEEDS / "zixing-2021.txt")
    result = diff(doc, doc)
    assert result.identical and not result.figures
    assert not any(row.changed for row in result.rows)
    assert result.summary.characters_changed == 0


def test_a_renumbered_section_marks_only_the_marker_numeral():
    a = outline_document(base_outline(), FRONT, BACK)
    outline = base_outline()
    outline.insert(1, ("二、", "深化行政复议", "全年办理行政复议案件3件。"))
    outline[2:] = [(f"{n}、", *node[1:]) for n, node in zip("三四五六", outline[2:])]
    result = diff(a, outline_document(outline, FRONT, BACK))
    replaced = [texts for texts in edit_texts(result) if texts[0] == "replace"]
    assert replaced == [("replace", "二", "三"), ("replace", "三", "四"),
                        ("replace", "四", "五"), ("replace", "五", "六")]


def test_a_long_repetitive_paragraph_still_gets_a_precise_edit():
    # difflib's autojunk would ignore the frequent words of a 200+ token sequence.
    sentence = "街道的社区的网格的楼门的居民的法律的意识的提升的"
    body = "".join(f"{sentence}第{n}项。" for n in range(40))
    result = diff(report(body), report(body.replace("第37项", "第39项")))
    assert edit_texts(result) == [("replace", "37", "39")]


def test_an_enormous_unpunctuated_paragraph_still_gets_a_tight_edit():
    # Too long to compare word by word: the edit is the differing characters.
    body = "街道社区网格楼门居民法律意识提升工作" * 200
    changed = body[:1800] + "新增" + body[1800:]
    result = diff(report(body), report(changed))
    assert edit_texts(result) == [("insert", "", "新增")]


def test_rows_hold_every_paragraph_of_both_reports_once():
    a = parser.load(SEEDS / "fatou-2023.txt")
    b = parser.parse(next_year_fatou())
    result = diff(a, b)
    for doc, side in ((a, "a"), (b, "b")):
        spans = sorted(getattr(row, side) for row in result.rows if getattr(row, side))
        assert all(x[1] <= y[0] for x, y in zip(spans, spans[1:]))
        covered = "".join(doc.text[s:e] for s, e in spans)
        assert "".join(covered.split()) == "".join(doc.text.split())


def test_every_edit_lies_inside_its_rows_pair():
    a = parser.load(SEEDS / "fatou-2023.txt")
    b = parser.parse(next_year_fatou())
    result = diff(a, b)
    for row in result.rows:
        pair = result.pairs[row.pair]
        for edit in row.edits:
            if pair.a_span:
                assert pair.a_span[0] <= edit.a[0] <= edit.a[1] <= pair.a_span[1]
            if pair.b_span:
                assert pair.b_span[0] <= edit.b[0] <= edit.b[1] <= pair.b_span[1]


def test_next_year_report_edits_cover_exactly_the_true_edits():
    a_text = (SEEDS / "nanshan-2023.txt").read_text(encoding="utf-8")
    b_text, truth = replace_all(a_text, [
        ("全年累计开展316场市容", "全年累计开展342场市容"),
        ("累计发放各类宣传资料26238份", "累计发放各类宣传资料30125份"),
        ("组织120余次前海打击非法黑油行动", "组织135余次前海打击非法黑油行动"),
        ("法律顾问参与一线执法、案件评查,确保疑难案件法律把关。",
         "法律顾问参与一线执法、案件评查,确保疑难案件法律把关。全年审核行政执法案卷210宗。"),
        ("制定执法办考核方案,对第三方执法辅助人员行为规范和工作完成质量进行考核。", ""),
        ("畅通法律援助渠道", "拓宽法律援助渠道"),
        ("协调法律援助律师提供法律援助17起", "协调法律援助律师提供法律援助23起"),
        ("二是深化社区法律顾问工作。", "二是深入推进社区法律顾问工作。"),
    ])
    result = diff(parser.parse(a_text), parser.parse(b_text))
    assert_edits_cover_exactly(result.edits, truth)
    assert rebuild_b(result) == b_text


def test_next_year_report_with_a_moved_section_marks_no_moved_text():
    a = parser.load(SEEDS / "fatou-2023.txt")
    b = parser.parse(next_year_fatou())
    result = diff(a, b)
    moved = next(pair for pair in result.pairs if pair.status == "moved")
    assert moved.similarity == 1.0
    assert not any(row.changed for row in result.rows if result.pairs[row.pair] is moved)
    inserted = "".join(b.text[e.b[0]:e.b[1]] for e in result.edits if e.op == "insert")
    assert "深化行政复议体制改革" in inserted and "存在的不足" not in inserted


def test_summary_counts_sections_characters_and_figures():
    result = diff(parser.load(SEEDS / "fatou-2023.txt"), parser.parse(next_year_fatou()))
    summary = result.summary
    assert (summary.added, summary.removed, summary.moved) == (1, 0, 1)
    assert summary.same + summary.changed + summary.added + summary.moved == len(result.b.nodes)
    assert summary.figures_changed == len(result.figures) == 3
    assert summary.characters_changed == sum(
        max(e.a[1] - e.a[0], e.b[1] - e.b[0]) for e in result.edits)


_BODY_CHARS = "法治政府建设街道社区依法行政矛盾纠纷调解服务群众的了和在123"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_edits_are_found_and_nothing_else_is_marked(data):
    a = parser.load(SEEDS / "sijiqing-2023.txt")
    # Edit inside long body lines only, away from markers, so the outline stays the same.
    lines = [a.line_span(n) for n in range(1, a.line_of(len(a.text)) + 1)]
    candidates = [(s + 8, e - 2) for s, e in lines
                  if e - s > 60 and a.section_at(s) is not None and a.section_at(s).body[0] <= s]
    chosen = sorted(data.draw(st.lists(st.sampled_from(candidates), min_size=1, max_size=5,
                                       unique=True)))
    replacements = []
    for low, high in chosen:
        start = data.draw(st.integers(low, high - 6))
        old = a.text[start:start + data.draw(st.integers(0, 5))]
        new = data.draw(st.text(_BODY_CHARS, max_size=5).filter(lambda s, old=old: s != old))
        replacements.append((start, old, new))
    pieces, truth, position, shift = [], [], 0, 0
    for start, old, new in replacements:
        pieces += [a.text[position:start], new]
        truth.append(((start, start + len(old)), (start + shift, start + shift + len(new))))
        position = start + len(old)
        shift += len(new) - len(old)
    pieces.append(a.text[position:])
    b_text = "".join(pieces)
    result = diff(a, parser.parse(b_text))
    assert_edits_cover_exactly(result.edits, truth)
    assert rebuild_b(result) == b_text


@pytest.mark.parametrize("seed", sorted(path.name for path in SEEDS.glob("*.txt")))
def test_a_seed_diffed_with_its_edited_copy_rebuilds_the_copy(seed):
    a = parser.load(SEEDS / seed)
    b_text = a.text.replace("。", "。新增一句。", 3).replace("街道", "镇", 2)
    result = diff(a, parser.parse(b_text))
    if not any(pair.status == "moved" for pair in result.pairs):
        assert rebuild_b(result) == b_text
    assert result.summary.characters_inserted >= 3 * len("新增一句。")


def test_older_first_puts_the_earlier_year_on_the_left_else_the_report_being_read():
    from parser.diff import older_first

    earlier = parser.parse("某区2022年法治政府建设年度报告\n一、主要举措\n推进依法行政。\n")
    later = parser.parse("某区2023年法治政府建设年度报告\n一、主要举措\n推进依法行政。\n")
    undated = parser.parse("某区法治政府建设年度报告\n一、主要举措\n推进依法行政。\n")
    assert (earlier.meta.year, later.meta.year, undated.meta.year) == (2022, 2023, None)
    assert older_first(later, earlier) == (earlier, later)
    assert older_first(earlier, later) == (earlier, later)
    assert older_first(later, undated) == (later, undated)
    assert older_first(undated, earlier) == (undated, earlier)
