"""The shortcuts that keep a diff of huge reports fast give the answers of the long way."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz.distance import Indel

import parser
from parser import diff as diff_module
from parser import markdown
from parser.align import differing_ranges
from parser.likeness import _bigrams
from parser.normal import key
from parser.segment import tokenize
from parser.tokens import words


def _words_the_long_way(text: str) -> list[tuple[int, int]]:
    """jieba on the text itself, then numbers and Latin runs cut out of its words."""
    import re

    pattern = re.compile(r"[0-9０-９]+(?:[.．,][0-9０-９]+)*|[A-Za-zＡ-Ｚａ-ｚ]+")
    units: list[tuple[int, int]] = []
    for start, end in tokenize(text):
        position = start
        for match in pattern.finditer(text, start, end):
            if position < match.start():
                units.append((position, match.start()))
            units.append(match.span())
            position = match.end()
        if position < end:
            units.append((position, end))
    return units


@pytest.mark.parametrize("text", [
    "召开党工委专题会议4次",
    "召开党工委专题会议16次，办结率达99.5%",
    "12345热线受理群众诉求1200余件",  # a word of the dictionary holds digits
    "拨打12345热线",
    "4S店与1号店",
    "全年办理行政复议案件38件、行政诉讼2件，败诉率0%",
    "2023年第3季度COVID 19防控",
    "第１２项：１０，０００人",  # full-width digits are not zeroed
])
def test_words_of_a_stretch_are_jiebas_whatever_its_digits(text: str) -> None:
    for variant in (text, text.translate(str.maketrans("0123456789", "9876543210"))):
        assert words(variant, 0, len(variant)) == _words_the_long_way(variant)
        shifted = "前文。" + variant
        assert words(shifted, 3, len(shifted)) == [
            (start + 3, end + 3) for start, end in _words_the_long_way(variant)
        ]


def _ranges_the_long_way(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    ranges: list[tuple[int, int, int, int]] = []
    pending: tuple[int, int] | None = None
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            if pending is not None:
                ranges.append((pending[0], op.src_start, pending[1], op.dest_start))
                pending = None
        elif pending is None:
            pending = (op.src_start, op.dest_start)
    if pending is not None:
        ranges.append((pending[0], len(a), pending[1], len(b)))
    return ranges


_UNITS = st.lists(st.sampled_from("甲乙丙丁戊"), max_size=12)


@given(_UNITS, _UNITS)
def test_differing_ranges_are_those_of_the_longest_common_subsequence(a, b) -> None:
    assert differing_ranges(a, b) == _ranges_the_long_way(a, b)


def test_long_sequences_are_cut_at_units_found_once_on_each_side() -> None:
    a = [f"第{n}段" for n in range(3000)]
    b = list(a)
    b[10], b[2000] = "改写的一段", "又一段"
    del b[1500]
    assert differing_ranges(a, b) == [(10, 11, 10, 11), (1500, 1501, 1500, 1500),
                                      (2000, 2001, 1999, 2000)]


def test_beyond_the_word_budget_stretches_are_marked_by_their_characters(monkeypatch) -> None:
    a = parser.parse("一、工作情况\n召开会议12次。\n召开会议13次。\n召开会议14次。\n")
    b = parser.parse("一、工作情况\n召开会议22次。\n召开会议23次。\n召开会议24次。\n")
    marked = [b.text[edit.b[0]:edit.b[1]] for edit in diff_module.diff(a, b).edits]
    assert marked == ["22", "23", "24"]  # word by word: the whole number
    monkeypatch.setattr(diff_module, "WORD_BUDGET", 2)
    result = diff_module.diff(a, b)
    marked = [b.text[edit.b[0]:edit.b[1]] for edit in result.edits]
    assert marked == ["22", "23", "2"]  # the third: from its first differing character
    assert [(change.a, change.b) for change in result.figures] == [
        ("12次", "22次"), ("13次", "23次"), ("14次", "24次")]


def _bigrams_the_long_way(text: str) -> Counter[str]:
    return Counter(x + y for x, y in zip(text, text[1:])
                   if "\u3400" <= x <= "\u9fff" and "\u3400" <= y <= "\u9fff")


@given(st.text(alphabet=st.sampled_from("法治政府12 ，。\n㐀鿿a\u2000")))
def test_bigrams_are_the_adjacent_pairs_of_chinese_characters(text: str) -> None:
    assert _bigrams(text) == _bigrams_the_long_way(text)


def _key_the_long_way(compared: str) -> str:
    import re

    spaced = re.sub(rf"[\s{markdown.MASK}]+", " ", compared).strip()
    return re.sub(r"(?<=[0-9A-Za-z]) (?=[0-9A-Za-z])", "\0", spaced).replace(" ", "").replace(
        "\0", " ")


@given(st.text(alphabet=st.sampled_from(f"法治Ab19 \n\t\u3000\u00a0\x1c。,{markdown.MASK}")))
def test_keys_drop_whitespace_but_between_latin_letters_and_digits(text: str) -> None:
    assert key(text) == _key_the_long_way(text)


@given(_UNITS, _UNITS)
def test_ranges_cut_at_anchors_leave_equal_units_between_them(a, b) -> None:
    from parser import align

    original = align._LCS_LIMIT
    align._LCS_LIMIT = 1  # every stretch of two or more on both sides is cut at anchors
    try:
        ranges = differing_ranges(a, b)
    finally:
        align._LCS_LIMIT = original
    i = j = 0
    for i1, i2, j1, j2 in [*ranges, (len(a), len(a), len(b), len(b))]:
        assert i1 - i == j1 - j >= 0 and a[i:i1] == b[j:j1]
        assert i1 <= i2 and j1 <= j2 and (i2 > i1 or j2 > j1 or i1 == len(a))
        i, j = i2, j2


def test_the_collector_is_paused_during_a_diff_and_resumed_after() -> None:
    import gc

    from parser.allocation import collector_paused

    seen: list[bool] = []

    @collector_paused
    def work(fail: bool) -> None:
        seen.append(gc.isenabled())
        if fail:
            raise ValueError("broken")

    assert gc.isenabled()
    work(False)
    with pytest.raises(ValueError):
        work(True)
    assert seen == [False, False] and gc.isenabled()
    gc.disable()
    try:
        work(False)
        assert not gc.isenabled()  # not resumed when it was not running
    finally:
        gc.enable()
