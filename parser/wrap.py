"""Chinese line breaking: one paragraph in, display lines out, as offsets into the text.

Rich and Textual wrap only at whitespace. Chinese has none, so a long sentence either
overflows or leaves short tokens stranded. Here a line may break between any two CJK
characters, while Latin words and numbers (``2023``, ``100%``, ``3.5``) stay whole unless
they are wider than the line, a number keeps the unit after it (``18次``, ``30余次``,
``3万元``: a figure split across lines is hard to read), and the 禁则 rules hold: no line
starts with closing punctuation (``，。、）》”…``) and none ends with opening punctuation
(``（《“``). Where a break would break those rules the character before it moves down to the
next line; there is no hanging punctuation, so a line may be shorter than the width but
never wider.

Lines are returned as ``(start, end)`` offsets into the caller's text, so search hits and
cursor positions map onto display lines exactly. Whitespace where a line breaks (and at
either edge of the paragraph) is not shown but is not lost: the spans plus the whitespace
between them cover the input.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate

from parser.chars import UNITS
from parser.controls import SHOWN_CONTROLS

LINE_START_FORBIDDEN = frozenset(
    "，。、；：！？）》」』”’〕】…"
    ",.;:!?)]}"
    "．〉〗〙］｝〞〟‥·・％‰℃°′″"
)
"""Characters a display line never starts with (closing punctuation and the like)."""

LINE_END_FORBIDDEN = frozenset("（《「『“‘〔【" "([{" "〈〖〘［｛〝￥＄")
"""Characters a display line never ends with (opening punctuation and currency signs)."""

_DASHES = frozenset("—―⸺⸻")
"""A Chinese dash is written doubled (``——``) and is never split across lines."""

_CJK_NARROW_PUNCTUATION = frozenset("“”‘’—―…‥·")
"""Punctuation of Chinese text that most terminals draw one cell wide (East Asian width
"ambiguous"); it must not glue to a neighbouring Latin letter the way ``,`` or ``-`` do."""

UNITS_AFTER_NUMBERS = (
    *UNITS, "年", "月", "日", "天", "周", "岁", "倍", "分钟", "个月", "个工作日",
)
"""What a number may be followed by as its unit: the units of figures, of dates and of spans
of time."""
_FIGURE_TAILS = frozenset(
    tail[:length]
    for unit in UNITS_AFTER_NUMBERS
    for tail in (unit, "余" + unit, "多" + unit)
    for length in range(1, len(tail) + 1)
)
"""What may stand between a number and a break that would part it from its unit: ``次``,
``余``, ``余次``, ``场`` (of ``场次``) …"""
_FIGURE_TAIL_CHARACTERS = frozenset("".join(_FIGURE_TAILS))
_LONGEST_FIGURE_TAIL = max(map(len, _FIGURE_TAILS))
_DIGITS = frozenset("0123456789０１２３４５６７８９")

_WIDER_THAN_TWO = re.compile(
    "[" + "".join(sorted(c for c, shown in SHOWN_CONTROLS.items() if len(shown) > 2)) + "]"
)
"""Characters drawn wider than a CJK character: C1 controls, shown as ``<U+009B>``."""
_ZERO_WIDTH_CATEGORIES = frozenset(("Mn", "Me", "Mc", "Cf", "Cc"))
_CACHE_LIMIT = 1 << 16
"""Distinct characters whose width is remembered; a report uses a few thousand."""


def _measure(character: str) -> int:
    if "\u1160" <= character <= "\u11ff":
        return 0  # Hangul vowel and final jamo join the syllable before them.
    if character == "\u00ad":
        return 1  # Terminals (and Rich) draw the soft hyphen.
    shown = SHOWN_CONTROLS.get(character)
    if shown is not None:
        return len(shown)  # drawn as its visible stand-in, ``^[``
    category = unicodedata.category(character)
    if category in _ZERO_WIDTH_CATEGORIES:
        # Tabs and other control whitespace: the reading pane shows each as one blank cell.
        return 1 if character.isspace() else 0
    if category == "Cn":
        return 1  # unassigned: terminals draw a one-cell replacement
    return 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1


class _CellWidths(dict[str, int]):
    """Width per character, measured on first sight: this lookup is the layout's hot path."""

    def __missing__(self, character: str) -> int:
        width = _measure(character)
        if len(self) < _CACHE_LIMIT:
            self[character] = width
        return width


_widths = _CellWidths()
_width_of = _widths.__getitem__


def cell_width(character: str) -> int:
    """Terminal cells one character takes.

    Args:
        character: A single character.

    Returns:
        2 for wide and full-width characters (East Asian width ``W``/``F``: CJK ideographs,
        ``，。（）`` …), 0 for combining marks and zero-width format characters, the width
        of its stand-in for a control character that is not whitespace (``^[``: 2,
        ``parser.controls``), 1 for everything else (whitespace included: the pane shows it
        as one blank cell).
    """
    return _widths[character]


def text_cells(text: str) -> int:
    """Terminal cells a string takes: the sum of ``cell_width`` over its characters."""
    if text.isascii() and text.isprintable():
        return len(text)
    return sum(map(_width_of, text))


def _is_word_character(character: str) -> bool:
    """True for characters that glue to each other: Latin letters, digits and the narrow
    punctuation inside words and numbers (``3.5``, ``100%``, ``1,000``, ``e-mail``)."""
    if "\uff10" <= character <= "\uff5a":
        return character.isalnum()  # full-width digits and letters: ２０２３
    return _width_of(character) == 1 and character not in _CJK_NARROW_PUNCTUATION


def _may_break_between(text: str, position: int, floor: int) -> bool:
    """Whether a line may break before ``text[position]``, both neighbours being visible
    characters; ``floor`` is the lowest index to look back to for a base character."""
    after = text[position]
    if after in LINE_START_FORBIDDEN or _width_of(after) == 0:
        return False
    before_index = position - 1
    while before_index > floor and _width_of(text[before_index]) == 0:
        before_index -= 1  # a combining mark belongs to the character it sits on
    before = text[before_index]
    if before in LINE_END_FORBIDDEN:
        return False
    if before in _DASHES and after in _DASHES:
        return False
    if _is_word_character(before) and _is_word_character(after):
        return False
    return not _parts_a_figure(text, position, floor)


def _parts_a_figure(text: str, position: int, floor: int) -> bool:
    """Whether a break before ``text[position]`` would part a number from its unit (``18|次``,
    ``30|余次``, ``5场|次``); ``floor`` is the lowest index to look back to for the number."""
    if text[position] not in _FIGURE_TAIL_CHARACTERS:
        return False
    index = position - 1
    while (
        index > floor
        and text[index] in _FIGURE_TAIL_CHARACTERS
        and position - index < _LONGEST_FIGURE_TAIL
    ):
        index -= 1
    return text[index] in _DIGITS and text[index + 1 : position + 1] in _FIGURE_TAILS


def _whitespace_around(text: str, position: int) -> tuple[int, int]:
    """The whitespace run that ``position`` touches, or ``(position, position)``.

    ``text`` must not start or end with whitespace."""
    run_start = run_end = position
    while text[run_start - 1].isspace():
        run_start -= 1
    while text[run_end].isspace():
        run_end += 1
    return run_start, run_end


def _last_break(text: str, line_start: int, limit: int) -> tuple[int, int] | None:
    """The last place in ``(line_start, limit]`` where a line may break, as ``(end of this
    line, start of the next)``; None when there is none."""
    position = limit
    while position > line_start:
        if text[position].isspace() or text[position - 1].isspace():
            run_start, run_end = _whitespace_around(text, position)
            # Spaces do not excuse 禁则: "（ 内容" and "内容 ）" still stay together.
            if text[run_start - 1] not in LINE_END_FORBIDDEN and (
                text[run_end] not in LINE_START_FORBIDDEN
            ):
                return run_start, run_end
            position = run_start - 1
        elif _may_break_between(text, position, line_start):
            return position, position
        else:
            position -= 1
    return None


def wrap(text: str, width: int, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Break one paragraph into display lines no wider than ``width`` cells.

    Args:
        text: The text holding the paragraph (a whole report is fine: nothing is copied
            beyond the paragraph).
        width: Cells per line; values below 1 count as 1.
        start: Offset where the paragraph starts.
        end: Offset where it ends (default: the end of ``text``). The paragraph should hold
            no newline; one would be treated as a space.

    Returns:
        ``(start, end)`` offsets into ``text``, one pair per line, in order. Lines neither
        start nor end with whitespace; the whitespace between them (and before the first or
        after the last) is what was skipped. An empty or blank paragraph gives no lines.

        A line is wider than ``width`` only when it is a single character (with any
        combining marks) that is wider by itself. Breaks fall between CJK characters, at
        whitespace, or around a Latin word or a figure (a number with its unit); a line
        breaks inside a word or figure, or against the 禁则 rules, only when the stretch of
        text that cannot be broken is itself wider than the line — then it breaks where the
        line is full.
    """
    width = max(width, 1)
    if end is None:
        end = len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return []
    paragraph = text[start:end]
    if len(paragraph) * 2 <= width and not _WIDER_THAN_TWO.search(paragraph):
        return [(start, end)]
    # cells[i] is the width of paragraph[:i]: the end of each line is one bisection away.
    cells = list(accumulate(map(_width_of, paragraph), initial=0))
    length = len(paragraph)
    lines: list[tuple[int, int]] = []
    line_start = 0
    while True:
        fits = bisect_right(cells, cells[line_start] + width, line_start) - 1
        if fits >= length:
            lines.append((start + line_start, start + length))
            return lines
        if fits == line_start:
            # One character wider than the line: it gets a line of its own, marks included.
            fits = bisect_right(cells, cells[line_start + 1], line_start) - 1
            if fits >= length:
                lines.append((start + line_start, start + length))
                return lines
        line_break = _last_break(paragraph, line_start, fits)
        if line_break is None:
            line_break = _whitespace_around(paragraph, fits)
        line_end, next_start = line_break
        lines.append((start + line_start, start + line_end))
        line_start = next_start
