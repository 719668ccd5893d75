"""The characters a report is written with, by class: one table for every module that looks
at white space, sentence and clause ends, closing marks, Chinese numerals and units.

Where two modules once kept lists with different contents, the difference is named here
(a colon ends a statement, such as a run-in heading's lead, but not a sentence).
"""

from __future__ import annotations

SPACES = " \t\u3000\u00a0\u2002\u2003"
"""White space within a line: space, tab, the ideographic space of 公文 indents, no-break,
en and em spaces."""

SENTENCE_ENDS = "。！？；!?;"
"""Punctuation that closes a sentence; it stays with the sentence it closes."""
STATEMENT_ENDS = SENTENCE_ENDS + "：:"
"""A sentence's ends and the colon, which closes what it introduces: a run-in heading's lead
(``一是加强领导：…``), a line that is not a heading's title."""
CLAUSE_ENDS = "，,；;"
"""Punctuation that closes a clause within a sentence."""
CLOSING = "”’」』）)》"
"""Closing quotes and brackets: they stay with the sentence they close."""
PARAGRAPH_ENDS = STATEMENT_ENDS + CLOSING + "…"
"""What a line that finishes its paragraph ends with; anything else was wrapped."""
NEVER_ENDS = "、，,（(“《—-"
"""What a paragraph never ends with: the line goes on."""

DASHES = "—―─━"
"""The long dashes a subtitle (``——2024年1月在…``) or a line set off opens with."""
FACT_BULLETS = ("•", "·", "- ")
"""What an item of a page's list of facts (``• 2024-01-23``, ``- 来源:××``) opens with."""

FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
"""``str.translate`` table: fullwidth digits (``２０２３``, common in 公文) to ASCII."""

CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                  "六": 6, "七": 7, "八": 8, "九": 9}
CHINESE_POWERS = {"十": 10, "百": 100, "千": 1000}
CHINESE_GROUPS = {"万": 10_000, "亿": 100_000_000}
CHINESE_NUMERALS = "".join(CHINESE_DIGITS) + "".join(CHINESE_POWERS) + "".join(CHINESE_GROUPS)
"""Every character a Chinese numeral is written with."""

UNITS = (
    "人次", "家次", "户次", "间次", "场次", "车次", "批次", "万元", "亿元", "万人", "万户",
    "平方米", "平方公里", "公里", "小时", "个百分点", "百分点",
    "次", "件", "人", "场", "个", "宗", "起", "名", "家", "处", "条", "份", "期", "项", "篇",
    "台", "辆", "块", "间", "户", "所", "座", "批", "轮", "支", "元", "万", "亿", "%", "％",
)
"""Units a figure may end with; longer ones first wins (``人次`` before ``人``)."""


def chinese_number(numeral: str) -> int | None:
    """The value of a Chinese numeral: ``十二`` 12, ``一百零五`` 105, ``两万五千`` 25000, and
    a number spelt digit by digit, as a year is (``二〇二三`` 2023, ``一九九八`` 1998: four
    digits, or any with a zero); None when it is not one number (``三四``, "three or four",
    and ``一二三期``, phases one to three, are ranges and lists)."""
    if not numeral:
        return None
    if all(character in CHINESE_DIGITS for character in numeral) and len(numeral) > 1:
        digits = [CHINESE_DIGITS[character] for character in numeral]
        if len(digits) != 4 and 0 not in digits:
            return None  # a list or a range: 一二三期, 两三个
        return int("".join(map(str, digits)))
    total = section = digit = 0
    seen_digit = False
    for character in numeral:
        if character in CHINESE_DIGITS:
            if seen_digit and digit:
                return None  # two digits after a power, ``十三五`` (the 13th five-year plan): no number
            digit = CHINESE_DIGITS[character]
            seen_digit = True
        elif character in CHINESE_POWERS:
            section += (digit if seen_digit else 1) * CHINESE_POWERS[character]
            digit, seen_digit = 0, False
        elif character in CHINESE_GROUPS:
            total = (total + section + digit) * CHINESE_GROUPS[character]
            section = digit = 0
            seen_digit = False
        else:
            return None
    return total + section + digit
