"""Heading markers: one small recogniser per marker family, listed in one table.

A recogniser looks at a line (from its first non-space character) and either returns the
marker it starts with or None. Supporting a new numbering style is one new table entry.
Depth is not decided here: ``parser.structure`` assigns it from the order in which a report
uses its families.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from parser.chars import CHINESE_DIGITS, DASHES, FULLWIDTH_DIGITS, SPACES, chinese_number
from parser.lazy_regex import HAN, LazyPattern

CN_NUMERALS = "".join(CHINESE_DIGITS) + "十百"
"""What a heading's Chinese ordinal is written with (up to the hundreds)."""

# Marker families that nest as headings; `point` markers (一是…) are items inside a body.
POINT = "point"
# A lead sentence (``推动消费提质扩容。加快…``) that opens each of a run of parallel paragraphs:
# the lowest level of the outline, below the headings, with no marker.
LEAD = "lead"
# Headings without a number: Markdown ``#``…``######`` lines, and lines that are headings by
# their form alone (a whole ``**…**`` line, ``2023年工作安排`` above ``一、``). Their marker is "".
ATX_FAMILIES = ("md1", "md2", "md3", "md4", "md5", "md6")
APPENDIX = "appendix"
"""``附件1`` / ``附：`` / ``附录``: an appendix opens at the top, and what follows nests in it."""
UNNUMBERED = "unnumbered"
FRAME = "frame"
"""``引 言`` / ``基本情况`` / ``结束语``: a part at the top that the numbered parts after it do not
nest in."""
GROUP = "group"
"""``一年来，我们…取得新成效。`` alone over lead paragraphs: a group inside the open heading."""
LISTING_GROUP = "listing-group"
"""``一年来，我们…，经济运行持续向好`` (no full stop) over a list numbered from one: a group
inside the open heading that holds the list."""
GROUPS = (GROUP, LISTING_GROUP)
UNNUMBERED_FAMILIES = frozenset((*ATX_FAMILIES, APPENDIX, UNNUMBERED, FRAME, *GROUPS))
# ``第一，`` set in bold at a line start: a heading of the ordinal-word kind, not a point.
ORDINAL_WORD = "cn-ordinal"
# The nesting the 公文 standard (GB/T 9704) prescribes, highest first; reports may deviate.
CONVENTIONAL_ORDER = (*ATX_FAMILIES, APPENDIX, UNNUMBERED, FRAME, "part", "chapter", "section", "cn",
                      ORDINAL_WORD, "cn-paren", "arabic", "decimal2", "decimal3", "arabic-paren",
                      "arabic-half-paren", "circled", *GROUPS)

_APPENDIX_LINE = LazyPattern(
    r"附件\s*[0-9０-９一二三四五六七八九十]{0,2}[:：]?|附\s*[:：].{0,24}|附录.{0,12}")
# Lines that name a part of a report without a number: ``2022年工作回顾``, ``2023年工作安排``,
# ``名词解释``, ``注 释``, ``十件民生实事``, ``加强政府自身建设``, ``总体情况``.
_PART_WORDS = LazyPattern(
    r"(?:工作|政府工作|发展)(?:的)?(?:简要)?(?:回顾|安排|建议|任务|思路|打算|意见|目标)|主要任务|重点工作|目标任务|"
    # ``2016年工作和本届政府回顾``; a standing committee's ``关于2020年的工作``
    r"本届政府(?:工作)?回顾|^关于(?:19|20)\d\d年度?的?(?:主要)?工作$|"
    # ``过去一年的工作`` / ``一年来的主要工作`` / ``2018年工作情况`` / ``上半年主要工作情况``
    r"^(?:过去的?[一五]年|[一五]年来|本届以来)的?(?:主要)?工作$|"
    r"^(?:(?:19|20)\d\d年度?|(?:(?:19|20)\d\d年)?(?:上半年|下半年|前三季度))的?(?:主要)?工作情况$|"
    # ``2020年主要工作和“十三五”发展成就``: the year's work and the plan period's, together
    r"^(?:19|20)\d\d年的?(?:主要)?工作(?:和|及|暨|与)|"
    r"奋斗目标|总体要求|主要目标|政府自身建设|民生实事|为民实事|名词解释|词语解释|^注\s*释[:：]?$|^说\s*明[:：]?$|"
    # the fixed parts of a 政府信息公开年度报告 and of a budget or a plan report
    r"^(?:总体情况|概\s*述|引\s*言|(?:(?:19|20)\d\d年度?)?(?:(?:国民经济和社会发展|财政)?(?:预算|计划)(?:执行情况|草案)|工作总结))$|"
    r"^(?:存在的)?(?:主要)?问题(?:和|及|与)改进(?:措施|情况)$|^其他需要报告的事项$|"
    r"^(?:行政机关)?(?:主动公开政府信息|收到和处理政府信息公开申请)的?情况$|"
    # (and of the older form's: ``依申请公开政府信息的情况``, ``政府信息依申请公开办理情况``)
    r"^(?:依申请公开政府信息(?:的|办理)?|政府信息依申请公开(?:办理)?)情况$|"
    r"主要工作$|"
    # a court's or a procuratorate's review: ``2022年全省法院工作``, ``2023年全市检察工作``
    r"^(?:19|20)\d\d年度?(?:全省|全市|全州|全县|全区)(?:法院|检察)工作$|"
    # a period and a dash: ``2016——抢抓先机、扎实开局的一年``, ``“十三五”——决战决胜的五年``
    r"^(?:“?十[一二三四五六七八九]?五”?|(?:19|20)\d\d年?)——|"
    # or a look back at the year and a colon: ``回望2024：初心如磐担使命…``
    r"^(?:回望|回顾|展望)(?:19|20)\d\d年?[:：]"
)


def appendix_line(line: str) -> bool:
    """``附件1`` / ``附件：`` / ``附：名词解释`` / ``附录``: a line that opens an appendix."""
    return _APPENDIX_LINE.fullmatch(line.strip()) is not None


_FRAME = LazyPattern(r"(?:引\s*言|前\s*言|序\s*言|基本情况|结\s*束\s*语|结\s*语)[:：]?")


def frames_the_report(line: str) -> bool:
    """``引 言`` / ``基本情况`` / ``结束语``: a part before or after the numbered ones, holding none
    of them."""
    return _FRAME.fullmatch(line.strip()) is not None


def names_a_part(line: str) -> bool:
    """A short line without sentence punctuation that names a part of a report (``2022年工作
    回顾``, ``名词解释``): a heading even without a number."""
    stripped = line.strip()
    return (2 <= len(stripped) <= 30 and not any(ch in stripped for ch in "。，,；;！？!?")
            and not stripped.rstrip("：:").endswith("如下")  # ``现将…工作安排报告如下：`` leads in
            and not stripped.endswith("的报告")  # ``…和“十四五”`` / ``工作安排的报告``: a title's end
            and (_PART_WORDS.search(stripped) is not None or names_a_sub_part(stripped)))


def names_a_sub_part(line: str) -> bool:
    """``监督保障``, ``平台建设情况``: a line that names, without its number, one of the fixed
    parts of a 政府信息公开年度报告's ``总体情况``."""
    return _SUB_PART_WORDS.fullmatch(line.strip()) is not None


# (``主动公开情况`` or ``主动公开方面``, but not a site's menu's ``主动公开``, nor ``主动公开政府信息
# 情况``, the report's second part)
_SUB_PART_WORDS = LazyPattern(
    r"(?:(?:监督保障|(?:政府信息公开)?平台建设|政府信息管理)(?:情况|方面)?|(?:政府信息)?(?:主动|依申请)公开(?:情况|方面))")


@dataclass(frozen=True)
class Marker:
    """A marker found at the start of a line."""

    family: str
    ordinal: int
    text: str
    """The marker as written, e.g. ``（一）`` or ``1.``."""
    end: int
    """Offset in the line just after the marker and any space that follows it."""


def _arabic(digits: str) -> int:
    return int(digits.translate(FULLWIDTH_DIGITS))


_SPACE = f"[{SPACES}]*"
_CN = f"[{CN_NUMERALS}]{{1,4}}"
_DIGITS = r"[0-9０-９]{1,2}"
_YEAR_OR_MONTHS = r"(?:19|20)\d\d(?!\d)|\d{1,2}[-—~～至－]\d{1,2}月"
_OPEN = r"[(（]"
_CLOSE = r"[)）]"

Recogniser = Callable[[str, int], "Marker | None"]


def _pattern(family: str, regex: str, value: Callable[[str], int | None]) -> Recogniser:
    """A recogniser from a regex whose group ``n`` is the number; the whole match is the marker."""
    compiled = re.compile(regex)

    def recognise(line: str, pos: int) -> Marker | None:
        match = compiled.match(line, pos)
        if match is None:
            return None
        ordinal = value(match.group("n"))
        if ordinal is None or ordinal == 0:
            return None
        text = match.group(0).rstrip(" \t\u3000\u00a0\u2002\u2003")
        return Marker(family, ordinal, text, match.end())

    return recognise


def _enclosed(family: str, first: str, last: str) -> Recogniser:
    """Single-character markers such as ①…⑳ or ⑴…⒇ (consecutive code points)."""
    lo, hi = ord(first), ord(last)

    def recognise(line: str, pos: int) -> Marker | None:
        if pos < len(line) and lo <= ord(line[pos]) <= hi:
            end = pos + 1
            while end < len(line) and line[end] in " \t\u3000\u00a0、.．":
                end += 1
            return Marker(family, ord(line[pos]) - lo + 1, line[pos], end)
        return None

    return recognise


_PART_FAMILY = {"部分": "part", "篇": "part", "章": "chapter", "节": "section"}


def _part(line: str, pos: int) -> Marker | None:
    match = _PART_RE.match(line, pos)
    if match is None:
        return None
    number = match.group("n")
    ordinal = _arabic(number) if number[0].isdigit() else chinese_number(number)
    if not ordinal:
        return None
    return Marker(_PART_FAMILY[match.group("unit")], ordinal, match.group(0).rstrip(), match.end())


DECIMAL_FAMILIES = frozenset(("decimal2", "decimal3"))
"""``1.1`` / ``2.3.1``: a section numbered with its parents' numbers, a family per depth."""


def _decimal(line: str, pos: int) -> Marker | None:
    match = _DECIMAL_RE.match(line, pos)
    if match is None:
        return None
    after = line[match.end():match.end() + 1]
    if not "\u4e00" <= after <= "\u9fff" or after in _UNITS:  # words, not a figure's unit
        return None
    ordinal = _arabic(match["n"])
    family = "decimal3" if match["parent"] else "decimal2"
    return Marker(family, ordinal, match[0].rstrip(), match.end()) if ordinal else None


_DECIMAL_RE = LazyPattern(
    rf"[0-9０-９]{{1,2}}(?P<parent>[.．][0-9０-９]{{1,2}})?[.．](?P<n>[0-9０-９]{{1,2}})(?![0-9０-９.．%％]){_SPACE}")
_UNITS = frozenset("亿万千百十元角分%％‰倍个岁年月日天时米吨亩人户家次件项余多斤克度公里")
"""What follows a number and never a heading's marker: its unit."""


_PART_RE = LazyPattern(
    rf"第(?P<n>{_CN}|[0-9０-９]{{1,2}})(?P<unit>部分|篇|章|节)(?:{_SPACE}[、.．:：,，]?{_SPACE})"
)

# The recognisers by the character a marker opens with, so that a line is tried only against
# those that can match it. Order matters only where two could match the same text (none do
# today).
_BY_OPENING: dict[str, tuple[Recogniser, ...]] = {
    "part": (_part,),
    "numeral": (
        # 一、  一．  (not 一是 / 一方面: those have no separator); ``一,、``, a copy's stray comma
        _pattern("cn", rf"(?P<n>{_CN}){_SPACE}[,，]?[、.．]{_SPACE}", chinese_number),
        # 三)  三）: a (三) that lost its opening bracket, the same family as (三)
        _pattern("cn-paren", rf"(?P<n>{_CN}){_SPACE}{_CLOSE}{_SPACE}", chinese_number),
    ),
    "bracket": (
        # (一)  （一）  (一)、
        _pattern("cn-paren", rf"{_OPEN}{_SPACE}(?P<n>{_CN}){_SPACE}{_CLOSE}[、.．]?{_SPACE}", chinese_number),
        # (1)  （1）
        # (not ``(05)``, a document's number in its series, zero-padded)
        _pattern("arabic-paren", rf"{_OPEN}{_SPACE}(?P<n>(?![0０][0-9０-９]){_DIGITS}){_SPACE}{_CLOSE}[、.．]?{_SPACE}", _arabic),
    ),
    "digit": (
        # 1.  1、  1．  1，  — but not 1.5, 2023.12.15 or 1、2号楼 (a digit right after the
        # separator), unless no number reads so: a year or a span of months (``3.2023陕西…``,
        # ``1.1-9月…``)
        _pattern("arabic", rf"(?P<n>{_DIGITS}){_SPACE}[.．、，,](?!(?!{_YEAR_OR_MONTHS})[0-9０-９]){_SPACE}",
                 _arabic),
        # 1.1  2.3.1: a section numbered with its parents' numbers (a school's 质量年度报告), one
        # family per depth — never a decimal with its unit (``1.5亿元``, ``2.3 万人``)
        _decimal,
        # 1)  1）
        _pattern("arabic-half-paren", rf"(?P<n>{_DIGITS}){_CLOSE}{_SPACE}", _arabic),
    ),
    "enclosed": (
        # ㈠…㈩: (一)…(十) as one character each; ⑴…⒇, ⒈…⒛, ①…⑳
        _enclosed("cn-paren", "㈠", "㈩"),
        _enclosed("arabic-paren", "⑴", "⒇"),
        _enclosed("arabic", "⒈", "⒛"),
        _enclosed("circled", "①", "⑳"),
    ),
}

_BARE_NUMBER = LazyPattern(rf"(?P<n>[0-9０-９]{{1,2}})[ \u3000]*(?=(?:19|20)\d\d年|{HAN})")


def lost_separator(line: str, pos: int, ordinal: int) -> Marker | None:
    """``2利弄等三村…`` / ``52022年，…`` / ``3 公开主要形式`` between ``1、`` and ``3、``: the
    number ``ordinal`` whose separator a copy lost, when words or a year follow it rather than
    the number's unit."""
    match = _BARE_NUMBER.match(line, pos)
    if match is None or _arabic(match["n"]) != ordinal:
        return None
    after = line[match.end():match.end() + 2]
    if after[:1] in _UNITS and not _PUBLIC.match(after) or after[:1] in CN_NUMERALS:
        return None
    return Marker("arabic", ordinal, match["n"], match.end())


_PUBLIC = LazyPattern("公(?![里顷斤])")  # ``3 公开主要形式``: words, not ``3公里``


def spaced_numeral(line: str, pos: int, ordinal: int) -> Marker | None:
    """``二 政府信息主动公开情况``: the part ``ordinal`` of a report that sets its Chinese number
    off from its name by a space alone, the name the whole line (short, no sentence in it)."""
    match = _SPACED_NUMERAL.match(line, pos)
    if match is None or chinese_number(match["cn"]) != ordinal:
        return None
    name = line[match.end():].strip(SPACES)
    if len(name) > _SPACED_NAME_MAX or any(char in name for char in "。；;，,：:"):
        return None
    return Marker("cn", ordinal, match["cn"], match.end())


_SPACED_NUMERAL = LazyPattern(rf"(?P<cn>{_CN})[ \u3000]+(?={HAN})")
_SPACED_NAME_MAX = 20


_UNCLOSED = LazyPattern(rf"{_OPEN}{_SPACE}(?:(?P<cn>{_CN})|(?P<n>{_DIGITS}))(?={HAN})")


def lost_close(line: str, pos: int, ordinal: int) -> Marker | None:
    """``（二加强队伍建设`` / ``(2从严…`` between ``（一）`` and ``（三）``: the number ``ordinal``
    whose closing bracket a copy lost, words right after it."""
    match = _UNCLOSED.match(line, pos)
    if match is None or (chinese_number(match["cn"]) if match["cn"] else _arabic(match["n"])) != ordinal:
        return None
    marker = Marker("cn-paren" if match["cn"] else "arabic-paren", ordinal, match[0], match.end())
    return marker if _plausible_rest(line, marker) else None


_EMPTY_BRACKETS = LazyPattern(rf"{_OPEN}?{_SPACE}{_CLOSE}{_SPACE}(?={HAN})")
_BARE_COMMA = LazyPattern(rf"、{_SPACE}(?={HAN})")
_DASH_FOR_ONE = LazyPattern(rf"[{DASHES}－-]、{_SPACE}(?={HAN})")


def lost_number(line: str, pos: int, last: Mapping[str, int]) -> Marker | None:
    """``()水旱灾害防御工作扎实有效`` / ``、坚持党的全面领导``: a ``（二）`` or a ``一、`` whose
    number a copy lost, numbered one after its family's ``last`` (``)平台建设情况``, its opening
    bracket lost too, only under a ``（一）``); or the first ``一、`` a copy typed as a dash
    (``—、总体情况``)."""
    for family, pattern in (("cn-paren", _EMPTY_BRACKETS), ("cn", _BARE_COMMA)):
        match = pattern.match(line, pos)
        if match is not None and (family != "cn-paren" or match[0][:1] in "(（" or family in last):
            marker = Marker(family, last.get(family, 0) + 1, match[0].rstrip(SPACES), match.end())
            return marker if _plausible_rest(line, marker) else None
    match = _DASH_FOR_ONE.match(line, pos) if "cn" not in last else None
    if match is not None:  # ``—、总体情况``: the first part, its 一 typed as a dash
        marker = Marker("cn", 1, match[0].rstrip(SPACES), match.end())
        return marker if _plausible_rest(line, marker) else None
    return None


# 一是…  二是…  第一，…  其一，…
_POINT_RE = LazyPattern(rf"(?:(?P<n>{_CN})是(?![否非])|(?:第|其)(?P<m>{_CN})[，,、:：]{_SPACE})")


_INLINE_POINT_RE = LazyPattern(rf"(?<=[。；;：:！？!?])[ \u3000]*(?P<n>{_CN})是(?![否非])")


def inline_points(line: str, first: int | None) -> list[tuple[int, Marker]]:
    """``一是…。二是…。三是…`` run together in one paragraph: the points after a sentence
    break, as ``(offset in line, marker)``. Only a run numbered 1, 2, 3… counts — starting from
    the paragraph's own leading point ``first`` (its ordinal) when there is one — and a lone
    ``一是`` needs a ``二是`` after it, so ``统一是`` or a stray ``三是`` never splits a sentence."""
    if "是" not in line:  # most lines: a test far cheaper than the pattern's scan
        return []
    expected = (first or 0) + 1
    found: list[tuple[int, Marker]] = []
    for match in _INLINE_POINT_RE.finditer(line):
        ordinal = chinese_number(match["n"])
        if ordinal != expected:
            continue
        start = match.start("n")
        found.append((start, Marker(POINT, ordinal, line[start:match.end()], match.end())))
        expected += 1
    return found if found and (first or len(found) >= 2) else []


# What a marker can start with: most lines start otherwise and need no regex at all.
_OPENINGS = {"第": "part", "(": "bracket", "（": "bracket", **dict.fromkeys(CN_NUMERALS, "numeral"),
             **dict.fromkeys("0123456789０１２３４５６７８９", "digit"),
             # ①…⑳ ⑴…⒇ ⒈…⒛, ㈠…㈩
             **dict.fromkeys(map(chr, [*range(0x2460, 0x249C), *range(0x3220, 0x322A)]), "enclosed")}
_POINT_STARTS = frozenset("第其" + CN_NUMERALS)


def _recognisers_at(line: str, pos: int) -> tuple[Recogniser, ...]:
    opening = _OPENINGS.get(line[pos:pos + 1])
    return _BY_OPENING[opening] if opening else ()


def recognise(line: str, pos: int) -> Marker | None:
    """The heading marker at ``line[pos:]``, or None. ``pos`` is the first non-space char."""
    for recogniser in _recognisers_at(line, pos):
        marker = recogniser(line, pos)
        if marker is not None:
            return marker if _plausible_rest(line, marker) else None
    return None


def recognise_point(line: str, pos: int) -> Marker | None:
    """A ``一是`` / ``第一，`` point marker at ``line[pos:]``, or None."""
    if line[pos:pos + 1] not in _POINT_STARTS:
        return None
    match = _POINT_RE.match(line, pos)
    if match is None:
        return None
    ordinal = chinese_number(match.group("n") or match.group("m"))
    if not ordinal or ordinal > 30 or match.end() >= len(line.rstrip()):
        return None
    return Marker(POINT, ordinal, match.group(0).rstrip(), match.end())


def _plausible_rest(line: str, marker: Marker) -> bool:
    """What follows a marker must read as words, not as more numbers (``一、二季度``). A
    number of years, a quarter or a month counts as words unless it is the marker's successor
    (``一、二年级``, ``一、二月份``): ``一、五年工作的回顾`` and ``一、七月份工作回顾`` are headings."""
    rest = line[marker.end:marker.end + 2]
    if not rest:
        return True
    if rest[0] in CN_NUMERALS and rest[1:2] in ("年", "季", "月"):
        # ``一、二季度`` / ``一、二月份`` lists; ``一、七月份工作回顾`` names its month
        return chinese_number(rest[0]) != marker.ordinal + 1
    if rest[0] in CN_NUMERALS and rest[1:2] in ("、", "至", "到", "-", "—"):
        return False
    return rest[0] not in "%％‰"
