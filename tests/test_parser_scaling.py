"""The parser's work grows with the text, not with its square: two inputs that once took
seconds (many short title-like lines; thousands of ``1.`` under one ``一、``) are checked by
counting the work done, not by timing it."""

from __future__ import annotations

import parser
from parser import structure, titles


def test_title_search_compares_a_bounded_number_of_lines(monkeypatch) -> None:
    calls = 0
    near_duplicate = titles.near_duplicate

    def counting(a: str, b: str) -> bool:
        nonlocal calls
        calls += 1
        return near_duplicate(a, b)

    monkeypatch.setattr(titles, "near_duplicate", counting)
    # 1,600 short lines, none like another: every pair would be compared if the search for a
    # repeated page title were not bounded.
    text = "\n".join("".join(chr(0x4E00 + (n * 131 + k * 7919) % 20000) for k in range(8))
                     for n in range(1600)) + "\n"
    doc = parser.parse(text)
    assert calls <= 200
    assert len(doc.text) == len(text)


class _CountingList(list):
    """A list that counts the elements it hands out by index or slice."""

    fetched = 0

    def __getitem__(self, key):
        value = super().__getitem__(key)
        type(self).fetched += len(value) if isinstance(key, slice) else 1
        return value


def test_misplaced_marker_search_looks_ahead_by_bisection() -> None:
    n = 20_000
    text = "一、总体情况\n" + "".join(f"1. 第{i}项\n" for i in range(n))
    lines = structure._line_spans(text)
    debris = [False] * len(lines)
    items = structure._markers(text, lines, debris, set(), len(lines), False, False, {}, {})
    counted = _CountingList(items)
    _CountingList.fetched = 0
    levels = structure._levels(counted)
    assert len(levels) == n + 1
    assert {level for level, _ in levels[1:]} == {2}
    assert _CountingList.fetched <= 3 * n


def test_many_restarted_items_parse_into_one_flat_list() -> None:
    doc = parser.parse("一、总体情况\n" + "1. 甲项工作。\n" * 3000)
    assert len(doc.sections) == 1
    assert len(doc.sections[0].children) == 3000


def test_many_first_items_without_a_full_stop_nest_at_most_once() -> None:
    # (each right under the one before, with no body: a restart nests once, never a ladder)
    doc = parser.parse("一、总体情况\n" + "".join(f"1. 第{i}项\n" for i in range(3000)))
    assert max(len(ancestors) for _, ancestors in doc.walk()) <= 2
