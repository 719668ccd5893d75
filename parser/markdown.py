"""Markdown input: the markup a report picks up in a Markdown collection, read and hidden.

A report kept as Markdown has YAML front matter (``---`` / ``title: …`` / ``---``), headings
written ``## 一、…`` or ``**一、…**``, ``**…**`` lead sentences, ``<!-- … -->`` comments and
``---`` rules. None of that is report text, yet none of it may be dropped: the parser reads a
*view* of the text of exactly the same length in which every markup character is replaced by
``MASK`` (a space the parser skips), so every offset found in the view is an offset into the
text as written, the spans still tile it, and titles read from the view carry no asterisks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from parser.chars import SPACES
from parser.lazy_regex import LazyPattern

MASK = "\u2000"
"""What a markup character becomes in the view: a space (``str.strip`` removes it) that a
report's own text never uses, so it can be told from the report's spaces."""
INDENT = SPACES + "\ufeff" + MASK
"""What may stand before a line's first character in the view: white space, a byte-order mark,
masked markup (``## ``, ``**``)."""

_FRONT_OPEN = LazyPattern(r"\A\ufeff?---[ \t]*\n")
_FRONT_CLOSE = LazyPattern(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_FRONT_KEY = LazyPattern(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$", re.M)
_COMMENT = LazyPattern(r"<!--.*?-->", re.S)
_RULE = LazyPattern(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.M)
_ATX = LazyPattern(r"^([ \t]{0,3})(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
_QUOTE = LazyPattern(r"^[ \t]{0,3}>[ \t]?", re.M)
_STRONG = LazyPattern(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_UNCLOSED = LazyPattern(r"^[ \t]*(\*\*)(?=[^\s*])(?!.*\*\*)", re.M)
_FRONT_MAX = 4000
_BLOCK_LINE = LazyPattern(r"\n[ \t]*[-*_>#]")
_NOT_NEWLINE = LazyPattern(r"[^\n]")


@dataclass(frozen=True)
class Markup:
    """What reading a text as Markdown found: the masked view and the markup's own parts."""

    view: str
    """The text with every markup character replaced by ``MASK``; same length."""
    front_matter: tuple[int, int] | None = None
    """The YAML front matter block, fences included."""
    fields: dict[str, Any] = field(default_factory=dict)
    """The front matter's keys and values (strings, numbers …)."""
    debris: tuple[tuple[int, int], ...] = ()
    """Lines that are markup only (front matter, comments, rules), as line spans."""
    heading_levels: dict[int, int] = field(default_factory=dict)
    """Offset of a ``#`` heading line's start -> its level (1 for ``#``)."""
    bold_lines: frozenset[int] = frozenset()
    """Offsets of the starts of lines that are one ``**…**`` run and nothing else."""
    bold_runs: dict[int, int] = field(default_factory=dict)
    """Offset of a line's start -> end of the ``**…**`` run the line opens with, if any."""
    marks: tuple[tuple[int, int], ...] = ()
    """Every stretch of markup characters (``**``, ``#``, comments, rules, front matter),
    in order, none overlapping."""


def with_marks(markup: Markup, spans: list[tuple[int, int]]) -> Markup:
    """``markup`` with ``spans`` (in order, none overlapping) masked in its view and counted
    among its marks: what else a page holds that is no word of the report."""
    if not spans:
        return markup
    view = list(markup.view)
    for start, end in spans:
        view[start:end] = MASK * (end - start)
    return replace(markup, view="".join(view), marks=tuple(sorted((*markup.marks, *spans))))


def front_matter_end(text: str) -> int | None:
    """Offset just after the closing fence of YAML front matter at the very top, or None."""
    opening = _FRONT_OPEN.match(text)
    if opening is None:
        return None
    closing = _FRONT_CLOSE.search(text, opening.end(), opening.end() + _FRONT_MAX)
    if closing is None or not _FRONT_KEY.search(text, opening.end(), closing.start()):
        return None
    return closing.end()


def without_marks(text: str, marks: Sequence[tuple[int, int]], start: int, end: int) -> str:
    """``text[start:end]`` with the markup characters in ``marks`` (``Markup.marks``,
    ``Document.markup``: in order, none overlapping) left out, as a title reads: for text
    outputs that quote a passage. Every other character stays as written."""
    pieces = []
    position = start
    # Only the stretch before ``start`` can reach into the passage from outside it.
    for first, last in marks[max(bisect_right(marks, (start, start)) - 1, 0):]:
        if first >= end:
            break
        if last > position:
            pieces.append(text[position:max(first, position)])
            position = min(last, end)
    pieces.append(text[position:end])
    return "".join(pieces)


def is_markdown(text: str) -> bool:
    """Whether a text that does not say what it is (no ``.md`` name) is evidently Markdown:
    front matter at the top, or markup of two kinds, or several ``#`` / ``**…**`` lines."""
    if front_matter_end(text) is not None:
        return True
    head = text[:200_000]
    atx = len(_ATX.findall(head))
    bold = sum(1 for line in head.splitlines() if _whole_bold(line.strip()))
    kinds = sum(1 for n in (atx, bold, len(_COMMENT.findall(head[:20_000]))) if n)
    return kinds >= 2 or atx >= 3 or bold >= 3


def _whole_bold(line: str) -> bool:
    match = _STRONG.fullmatch(line)
    return match is not None and match.group(1) not in match.group(2)


def read(text: str) -> Markup:
    """Read ``text`` (newlines already ``\\n``) as Markdown: the masked view and the markup."""
    masked = bytearray(len(text))  # 1 where a character is markup
    ranges: list[tuple[int, int]] = []
    debris: list[tuple[int, int]] = []

    def mask(start: int, end: int) -> None:
        masked[start:end] = b"\x01" * (end - start)
        ranges.append((start, end))

    fields: dict[str, Any] = {}
    front = None
    end = front_matter_end(text)
    if end is not None:
        front = (0, end)
        fields = _fields(text[text.index("\n") + 1:text.rindex("\n", 0, end) + 1])
        mask(0, end)
        debris.extend(_lines_of(text, 0, end))
    body = end or 0
    for match in _COMMENT.finditer(text, body):
        mask(match.start(), match.end())
        line_start = text.rfind("\n", 0, match.start()) + 1
        stop = line_end(text, match.end())
        if not (text[line_start:match.start()].strip() or text[match.end():stop].strip()):
            debris.extend(_lines_of(text, line_start, stop))
    lines = _block_lines(text, body)
    for match in _matches_at(_RULE, text, lines):
        if not masked[match.start()]:
            mask(match.start(), match.end())
            debris.append((match.start(), match.end()))
    for match in _matches_at(_QUOTE, text, lines):
        mask(match.start(), match.end())
    levels: dict[int, int] = {}
    for match in _matches_at(_ATX, text, lines):
        if masked[match.start(2)]:
            continue
        mask(match.start(2), match.start(3))
        mask(match.end(3), match.end())
        if match.group(3).strip():
            levels[match.start()] = len(match.group(2))
    bold: set[int] = set()
    runs: dict[int, int] = {}
    for match in _STRONG.finditer(text, body):
        if masked[match.start()] or masked[match.end() - 1]:
            continue
        mask(match.start(), match.start(2))
        mask(match.end(2), match.end())
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not text[line_start:match.start()].replace(MASK, "").strip():
            runs.setdefault(line_start, match.end())
            if not text[match.end():line_end(text, match.end())].strip():
                bold.add(line_start)
    for match in _matches_at(_UNCLOSED, text, lines):
        # ``**一、…`` whose closing asterisks a copy lost: still a line set in bold.
        if not masked[match.start(1)]:
            mask(match.start(1), match.end(1))
            stop = line_end(text, match.end())
            runs.setdefault(match.start(), stop)
            bold.add(match.start())
    return Markup(_masked_view(text, ranges), front, fields, tuple(sorted(set(debris))), levels,
                  frozenset(bold), runs, _merged(ranges))


def _block_lines(text: str, start: int) -> list[int]:
    """The starts of the lines from ``start`` on whose first visible character can open a
    rule, a heading, a quote or unclosed bold: the only places those patterns can match.

    One scan for a newline followed by such a character, where ``re`` would try each ``^``
    pattern at every character of the text.
    """
    first = [start] if start == 0 or text[start - 1] == "\n" else []
    return first + [match.start() + 1 for match in _BLOCK_LINE.finditer(text, start)]


def _matches_at(pattern: LazyPattern, text: str, lines: list[int]) -> Iterator[re.Match[str]]:
    for start in lines:
        match = pattern.match(text, start)
        if match is not None:
            yield match


def _merged(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif start < end:
            merged.append((start, end))
    return tuple(merged)


def _masked_view(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` with every character in ``ranges`` but newlines replaced by ``MASK``."""
    pieces = []
    position = 0
    for start, end in sorted(ranges):
        start = max(start, position)
        if start >= end:
            continue
        pieces.append(text[position:start])
        pieces.append(_NOT_NEWLINE.sub(MASK, text[start:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (its newline, or the end of ``text``)."""
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _lines_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The line spans (without newlines) of the lines that ``[start, end)`` touches."""
    spans = []
    while start <= end:
        stop = line_end(text, start)
        spans.append((start, stop))
        start = stop + 1
        if stop >= end:
            break
    return spans


def _fields(block: str) -> dict[str, Any]:
    """The front matter's mapping; a block that is not valid YAML is read line by line."""
    import yaml  # only a text with front matter needs it: not at every start

    from parser.yaml_io import load_yaml

    try:
        data = load_yaml(block)
    except yaml.YAMLError:
        data = None
    if isinstance(data, dict):
        return {str(key): value for key, value in data.items()}
    return {m[1]: m[2].strip().strip("'\"") for m in _FRONT_KEY.finditer(block)}
