"""A copying site's watermark: the same short code stamped at the end of many lines of a page
(``…突破。F9f``, ``各位代表:AFi乡村百科--为乡村振兴助力``), or, where the site ran its lines
together, where each line ended (``一、2019年工作回顾IAh   过去一年，…``).

Left in, it hides where a paragraph ends (``。F9f`` ends with a letter) and runs into
headings (``一、2018年工作回顾F9f``). The parser reads it as markup: masked in its view, dimmed
on screen, never part of a title; the text itself keeps it. In a run-on line, the space after
each stamp is read as the line break it stands for.
"""

from __future__ import annotations

from collections import defaultdict

from parser.lazy_regex import HAN, LazyPattern
from parser.markdown import MASK, Markup, line_end, with_marks

# Three letters or digits after words or punctuation (never the end of a longer code or a
# year), with the site's slogan after them or not, at a line's end.
_STAMP = LazyPattern(
    rf"(?<![\sA-Za-z0-9])(?P<code>[A-Za-z0-9]{{3}})(?P<slogan>{HAN}{{2,8}}-{{1,2}}{HAN}{{2,12}})?$")
# (or inside a line, the spaces the site set between its lines after it)
_RUN_ON_STAMP = LazyPattern(r"(?<![\sA-Za-z0-9])(?P<code>[A-Za-z0-9]{3})(?=[ \u3000]{2,}\S)")
_RUN_ON_MIN = 120
"""A line shorter than this is a line of its own, not a run of lines."""
_STAMP_MAX = 26
"""Characters of a line's end that can hold a stamp."""
_BARE_MIN = 3
"""Lines a bare code must end, at least: one or two are a figure's unit or a name."""
_BARE_SHARE = 0.2
"""And the share of the page's lines: a watermark is stamped on many."""
_SLOGAN_MIN = 2
"""Lines a code with the site's slogan must end."""


def _mixed(code: str) -> bool:
    """``F9f``, ``heK``, ``s12``: a generated code mixes cases or letters and digits; a word a
    report writes (``GDP``, ``app``, ``110``) does not."""
    return sum((any(ch.islower() for ch in code), any(ch.isupper() for ch in code),
                any(ch.isdigit() for ch in code))) >= 2


def _is_code(code: str) -> bool:
    """A generated code (``F9f``) or three small letters (``jgo``), which count if the page
    stamps them often."""
    return _mixed(code) or (code.isalpha() and code.islower())


def _capitals(code: str) -> bool:
    """``VDT``: three capitals, a stamp only where the page also sets it after a full stop
    (``…突破。VDT``), where no word a report writes stands (``全年GDP`` / ``增长6%``)."""
    return code.isalpha() and code.isupper()


def stamps(text: str) -> list[tuple[int, int]]:
    """The spans of the watermark's stamps in ``text``, in order; none when it has none."""
    by_stamp: dict[tuple[bool, str], list[tuple[int, int]]] = defaultdict(list)
    lines = 0
    start = 0
    for line in text.split("\n"):
        words = line.rstrip(" \t\r")
        lines += bool(words.strip())
        if len(words) >= _RUN_ON_MIN and "  " in words:
            for inside in _RUN_ON_STAMP.finditer(words):
                if _is_code(inside["code"]) and MASK not in inside[0]:
                    by_stamp[(False, inside["code"])].append((start + inside.start(), start + inside.end()))
                    lines += 1  # (each stands where a line ended)
        # (most lines end with a full stop or a word: no search at all)
        if words and (words[-1].isascii() and words[-1].isalnum() or "-" in words[-_STAMP_MAX:]):
            match = _STAMP.search(words, max(0, len(words) - _STAMP_MAX))
            if match and MASK not in match[0] and (_mixed(match["code"]) or (
                    not match["slogan"] and (_is_code(match["code"]) or _capitals(match["code"])))):
                # (not inside markup; a bare code of small letters only, ``jgo``, counts below)
                # a site with a slogan varies the code before it; a bare code is the same each time
                by_stamp[(True, match["slogan"]) if match["slogan"] else (False, match["code"])].append(
                    (start + match.start(), start + match.end()))
        start += len(line) + 1
    if not by_stamp:
        return []
    bare_min = max(_BARE_MIN, _BARE_SHARE * lines)
    return sorted(span for (slogan, code), spans in by_stamp.items()
                  if len(spans) >= (_SLOGAN_MIN if slogan else bare_min) and (
                      slogan or not _capitals(code) or any(text[start - 1:start] in "。：:" for start, _ in spans))
                  for span in spans)


def masked(markup: Markup) -> tuple[Markup, tuple[int, ...]]:
    """``markup`` with the watermark's stamps masked in its view and counted among its marks;
    and the offsets of the spaces that stand for a line break after a stamp inside a line."""
    found = stamps(markup.view)
    view = markup.view
    run_on = [end for _, end in found if view[end:end + 1] in (" ", "\u3000")]
    # In a line the site ran together, a run of spaces with no stamp before it is a lost
    # line break too (``…人民政府工作报告(全文)  政府工作报告IAh   …``).
    lines = sorted({(view.rfind("\n", 0, end) + 1, line_end(view, end)) for end in run_on})
    gaps = [match.start() for start, end in lines for match in _GAP.finditer(view, start, end)]
    return with_marks(markup, found), tuple(sorted({*run_on, *gaps}))


_GAP = LazyPattern(rf"(?<=[^\s{MASK}])[ \u3000]{{2,}}(?=\S)")

