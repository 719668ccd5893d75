"""A page that lost its paragraph breaks: a site that prints every paragraph of a report in one
line, with a space where each break was (``…迈上新台阶。 一、2024年工作总结 (一)在产业…``).

A reader still sees the outline in such a line, so the parser reads it with the breaks put
back: the space before each heading marker becomes a line break in the parser's *view* of the
text. The view keeps the length of the text, so every offset found in it is an offset into
the text as written, and the text itself is never changed.
"""

from __future__ import annotations

from parser import headings
from parser.chars import PARAGRAPH_ENDS, SPACES, STATEMENT_ENDS
from parser.lazy_regex import LazyPattern

_COLLAPSED_MIN = 120
"""A line shorter than this is a line of its own, not a run of paragraphs."""
_HEADING_MAX = 40
"""A heading without a full stop (``一、2024年工作总结 (一)…``) is at most this long."""
_HEADING_MIN = 4
_SHORT_PART = LazyPattern("引言|前言|序言|概述|概况|结语")
"""Parts whose names are shorter (``一、引言 本年报是根据…``)."""
_SPACE_RUN = LazyPattern(rf"[{SPACES}]+")
_MARK_START = rf"[(（第—{headings.CN_NUMERALS}0-9０-９]"
_SPACE_THEN_MARK = LazyPattern(rf"[{SPACES}]+(?={_MARK_START})")
_END_THEN_MARK = LazyPattern(rf"[{STATEMENT_ENDS}](?={_MARK_START})")
_TABLE_BARS = frozenset("|｜")
# (a space may stand inside it, where its lines were: ``××县人民政府2019年 政府信息公开工作年度报告``)
# (or twice, as a site may print it: ``××局2020年工作总结暨2021年工作打算 ××局2020年…打算``)
_TITLE = LazyPattern(rf"(?:[^{SPACES}。；;！!？?]|[ \u3000](?![{SPACES}])){{4,60}}(?:报告|年报|总结|打算|计划|思路|要点)")
_BREAK_AFTER = frozenset(PARAGRAPH_ENDS)


def paragraph_breaks(view: str) -> tuple[int, ...]:
    """Offsets of the spaces in ``view`` that stand where a paragraph break was: each before a
    heading marker in a line that runs paragraphs together."""
    breaks: list[int] = []
    line_end = -1
    # Only the lines with a space before a marker can need a break: most lines have none.
    for match in _SPACE_THEN_MARK.finditer(view):
        if match.start() < line_end or view[match.start() - 1:match.start()] in ("\n", ""):
            continue  # a line's indent
        start = view.rfind("\n", 0, match.start()) + 1
        line_end = view.find("\n", match.end())
        line_end = len(view) if line_end == -1 else line_end
        if line_end - start >= _COLLAPSED_MIN:
            breaks.extend(_line_breaks(view, start, line_end))
    return tuple(breaks)


def with_breaks(text: str, breaks: tuple[int, ...]) -> str:
    """``text`` with a line break at each offset of ``breaks``; the same length."""
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = "\n"
    return "".join(chars)


def _line_breaks(view: str, start: int, end: int) -> list[int]:
    """Offsets of the spaces in ``view[start:end]`` that stand where a paragraph break was:
    before each heading marker (or part named without one) that follows a paragraph's end, and
    after each heading that ends without a full stop (``一、2024年工作总结 (一)…``,
    ``(二)集镇面貌 一是…``, ``…提出意见。 2023年工作回顾 2023年，…``)."""
    line = view[start:end]
    found: list[int] = []
    families: list[str | None] = []  # the marker's family each break of ``found`` is for
    # (the line may open with a heading: ``一、总体情况 2019年，××街道…。 （一）…``; not with a
    # document site's number of its page, ``1、…``)
    first = headings.recognise(line, len(line) - len(line.lstrip(SPACES)))
    first_end = _heading_end(line, first.end) if first and first.family.startswith("cn") else None
    if first and first_end is not None:
        found.append(start + first_end)
        families.append(first.family)
    for match in _SPACE_THEN_MARK.finditer(line):
        space = match.end() - 1
        after_heading = bool(found) and found[-1] == start + space
        # (``2022年××县政府工作报告 一、2021年工作回顾 …``: the title the line opens with)
        after_title = not found and _TITLE.fullmatch(line, 0, match.start()) is not None
        if match.start() == 0 or not (after_heading or after_title or line[match.start() - 1] in _BREAK_AFTER):
            continue
        marker = headings.recognise(line, match.end())
        words = match.end() if marker is None else marker.end
        heading_end = _heading_end(line, words)
        # (or a group's name set off by a dash after a paragraph's end: ``…以下工作： ——转型升级
        # 步伐加快，经济发展提质增效 经济实力…``)
        dashed = (line.startswith("——", words) and line[match.start() - 1] in _BREAK_AFTER
                  and heading_end is not None)
        if marker is None and not dashed and (heading_end is None or not headings.names_a_part(
                line[words:heading_end])):
            continue  # (unless it names a part without a number: ``2023年工作回顾 2023年，…``)
        family = marker.family if marker else None
        if not after_heading:
            found.append(start + space)
            families.append(family)
        if heading_end is not None:
            found.append(start + heading_end)
            families.append(family)
    # (a table's row, its cells run together, is not paragraphs; nor the table a page runs
    # on after its paragraphs, ``…二、主动公开政府信息情况 第二十条 | …``)
    bar = min((line.find(char) for char in _TABLE_BARS if char in line), default=len(line))
    kept = [(at, family) for at, family in zip(found, families, strict=True) if at - start < bar]
    if not kept:
        return []
    # ``…实行补助。 （3）新型…。（4）资助…``: a paragraph's own list, a space or two astray; its
    # markers stay in the paragraph, the other headings of the line get their breaks
    listed = {marker.family for marker in (headings.recognise(line, match.end())
                                           for match in _END_THEN_MARK.finditer(line)) if marker}
    return [at for at, family in kept if family not in listed]


def _heading_end(line: str, words: int) -> int | None:
    """The space that ends a heading starting at ``line[words]`` without a full stop, if the
    heading is short and a space ends it."""
    gap = _SPACE_RUN.search(line, words, words + _HEADING_MAX)
    if gap is None or gap.end() == len(line):
        return None
    heading = line[words:gap.start()]
    if (len(heading) < _HEADING_MIN and not _SHORT_PART.fullmatch(heading)) or set(STATEMENT_ENDS).intersection(heading):
        return None
    return gap.end() - 1
