"""Compare two reports section by section, marking only the words that changed.

Give the older report first. Sections are paired by what they say, not by their numbers
(``parser.align``): renumbered, inserted, deleted and moved sections are recognised.

Without ``--plain`` or ``--json`` the two reports open in the diff view (``tui.screens.diff``),
side by side from 100 columns; ``?`` there lists its keys.

``--plain`` prints the changes as text: side by side when the terminal (or ``--width``) has
100 columns or more, one column otherwise. Only changed paragraphs are shown, under the path
of their section, and of a long one only the words around each change (``⋯N⋯`` stands for N
unchanged characters); unchanged paragraphs and sections fold into a count. Changed words are
coloured on a terminal; otherwise (piped, or NO_COLOR set) they are marked
``[-deleted-]{+inserted+}``. Changed figures (``4次 → 6次 (+2)``) are listed at the end.

``--json`` prints one ``gongwen.diff/1`` object: ``{"schema", "a": {"path", "length"}, "b":
{…}, "sections": [{"a": [titles from the top] | null, "b": … | null, "status": "same" |
"changed" | "added" | "removed" | "moved", "similarity", "a_at", "b_at"}], "edits": [{"op":
"insert" | "delete" | "replace", "a": [start, end], "b": [start, end]}], "figures": [{"a",
"b", "context", "a_at", "b_at", "delta"}], "front", "back", "summary"}``; offsets are into
the decoded, newline-normalised texts (as in ``gongwen outline --json``).

Exit status as diff(1): 0 when the reports are the same, 1 when they differ (the view exits
0), 2 when either cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import asdict
from itertools import groupby
from typing import Any, Literal

from parser.align import SectionPair
from parser.allocation import collector_paused
from parser.diff import DiffResult, Row, diff
from parser.model import Section
from parser.nodes import MATTER_LABELS, PATH_SEPARATOR
from parser.reuse import Reuse, SentenceKind
from parser.wrap import cell_width, text_cells, wrap
from tui.commands.two_reports import (
    add_reports,
    add_settings,
    add_width,
    load_reports,
    plain_width,
    view,
    write_page,
)
from tui.output import colour_enabled, json_text, terminal_text

SCHEMA = "gongwen.diff/1"
SENTENCE_KINDS: tuple[SentenceKind, ...] = ("kept", "reworded", "new", "dropped", "moved")
SIDE_BY_SIDE_MIN = 100
"""Narrower than this, the two reports are shown in one column."""
CONTEXT_CHARS = 24
"""Unchanged characters shown next to a change inside a changed paragraph."""
FOLD_MIN = 12
"""An unchanged stretch folds only when that hides at least this many characters."""
GUTTER = " │ "
DELETED_MARKS = ("[-", "-]")
INSERTED_MARKS = ("{+", "+}")

_DELETED, _INSERTED = "\x1b[1;31m", "\x1b[1;32m"
_HEADER, _DIM, _RESET = "\x1b[1;36m", "\x1b[2m", "\x1b[0m"


def add_arguments(ap: argparse.ArgumentParser) -> None:
    output = add_reports(ap, "the older report: .txt, .md, .html", "the newer report")
    output.add_argument("--plain", action="store_true", help="print the changes as text")
    output.add_argument("--json", action="store_true", help=f"print the diff as JSON ({SCHEMA})")
    add_width(ap, f"; side by side from {SIDE_BY_SIDE_MIN}, one column below")
    ap.add_argument(
        "--exact", action="store_true",
        help="count full-/half-width forms, spacing, line endings and Markdown markup as changes",
    )
    add_settings(ap, output, "html: a self-contained side-by-side page (with -o FILE)")


def run(args: argparse.Namespace) -> int:
    if not (args.plain or args.json or args.format):
        return view(args, "diff")
    a, b = load_reports(args)
    result = diff(a, b, exact=args.exact)
    if args.format == "html":
        from parser.diff_html import diff_html

        write_page(args, diff_html(result, args.a, args.b))
    elif args.json:
        sys.stdout.write(json_text(diff_json(result, args.a, args.b)) + "\n")
    else:
        sys.stdout.write(diff_text(result, args.a, args.b, width=plain_width(args),
                                   colour=colour_enabled(sys.stdout)))
    return 0 if result.identical else 1


# --- JSON -----------------------------------------------------------------------------------


def _titles(result: DiffResult, side: Literal["a", "b"], section: Section | None) -> list[str] | None:
    if section is None:
        return None
    return [node.title or node.marker for node in result.path(side, section)]


def _similarity(value: float) -> float:
    # Three decimals, but a changed pair never reads as 1.0.
    return 1.0 if value == 1.0 else min(round(value, 3), 0.999)


def _reuse_json(reuse: Reuse) -> dict[str, Any]:
    return {**asdict(reuse), "reused_share": round(reuse.reused_share, 3),
            "verbatim_share": round(reuse.verbatim_share, 3)}


def _pair_json(result: DiffResult, index: int) -> dict[str, Any]:
    pair = result.pairs[index]
    other: Literal["a", "b"] = "a" if pair.a is None else "b"
    return {
        "a": _titles(result, "a", pair.a),
        "b": _titles(result, "b", pair.b),
        "status": pair.status,
        "similarity": _similarity(pair.similarity),
        "a_at": list(pair.a.span) if pair.a else None,
        "b_at": list(pair.b.span) if pair.b else None,
        "reasons": list(pair.reasons),
        "also": [_titles(result, other, section) for section in pair.also],
        "reuse": _reuse_json(result.pair_reuse[index]),
    }


def _section_numbers(result: DiffResult) -> dict[int, int]:
    """Index in ``result.pairs`` -> index in the JSON ``sections`` list."""
    numbers: dict[int, int] = {}
    for index, pair in enumerate(result.pairs):
        if pair.part == "section":
            numbers[index] = len(numbers)
    return numbers


def _sentences_json(result: DiffResult) -> list[dict[str, Any]]:
    numbers = _section_numbers(result)
    return [
        {"kind": link.kind, "a": list(link.a) if link.a else None,
         "b": list(link.b) if link.b else None, "similarity": round(link.similarity, 3),
         "section": numbers.get(link.pair)}
        for link in result.sentences
    ]


def _statistics_json(result: DiffResult) -> dict[str, Any]:
    kinds = Counter(link.kind for link in result.sentences)
    return {
        "reuse": _reuse_json(result.reuse),
        "sentences": {kind: kinds[kind] for kind in SENTENCE_KINDS},
        "new_topics": len(result.new_topics),
        "dropped_topics": len(result.dropped_topics),
        "exact": result.exact,
    }


@collector_paused
def diff_json(result: DiffResult, a_path: str, b_path: str) -> dict[str, Any]:
    """The ``gongwen.diff/1`` object for ``result``."""
    matter = {pair.part: {"status": pair.status, "similarity": _similarity(pair.similarity)}
              for pair in result.pairs if pair.part != "section"}
    return {
        "schema": SCHEMA,
        "a": {"path": a_path, "length": len(result.a.text)},
        "b": {"path": b_path, "length": len(result.b.text)},
        "sections": [_pair_json(result, index) for index, pair in enumerate(result.pairs)
                     if pair.part == "section"],
        "edits": [{"op": edit.op, "a": list(edit.a), "b": list(edit.b)} for edit in result.edits],
        "figures": [
            {"a": figure.a, "b": figure.b, "context": figure.context, "a_at": list(figure.a_at),
             "b_at": list(figure.b_at), "delta": figure.delta}
            for figure in result.figures
        ],
        "front": matter["front"],
        "back": matter["back"],
        "summary": asdict(result.summary),
        "sentences": _sentences_json(result),
        "statistics": _statistics_json(result),
    }


# --- Plain text -----------------------------------------------------------------------------


class _Marked:
    """Display text built piece by piece, each piece plain, deleted or inserted. Without
    colour a changed piece carries its visible marks (``[-…-]``, ``{+…+}``) unless ``marks``
    is off: a paragraph only on one side needs none, the blank opposite or the ``+``/``-``
    before it says what it is."""

    def __init__(self, colour: bool, marks: bool = True) -> None:
        self.colour = colour
        self.marks = marks
        self.pieces: list[str] = []
        self.styles: list[str | None] = []  # per display character; None for plain text

    def add(self, text: str, style: str | None = None) -> None:
        if not text:
            return
        text = terminal_text(text)
        if style is not None and self.marks and not self.colour:
            opening, closing = DELETED_MARKS if style == _DELETED else INSERTED_MARKS
            text = opening + text + closing
        self.pieces.append(text)
        self.styles.extend([style] * len(text))

    def add_unchanged(self, text: str, after_change: bool, before_change: bool) -> None:
        """An unchanged stretch of a changed paragraph: only ``CONTEXT_CHARS`` next to each
        change are shown, the rest folds into ``⋯N⋯`` (N characters)."""
        head = CONTEXT_CHARS if after_change else 0
        tail = CONTEXT_CHARS if before_change else 0
        if len(text) - head - tail < FOLD_MIN:
            self.add(text)
            return
        self.add(text[:head])
        folded = f"⋯{len(text) - head - tail}⋯"
        self.pieces.append(folded)
        self.styles.extend([_DIM] * len(folded))
        self.add(text[len(text) - tail:])

    def lines(self, width: int) -> list[tuple[str, int]]:
        """Wrapped to ``width`` cells: each line styled, with its width in cells."""
        display = "".join(self.pieces)
        out = []
        for start, end in wrap(display, width):
            parts = []
            position = start
            for style, group in groupby(self.styles[start:end]):
                length = len(list(group))
                chunk = display[position:position + length]
                parts.append(f"{style}{chunk}{_RESET}" if style and self.colour else chunk)
                position += length
            out.append(("".join(parts), text_cells(display[start:end])))
        return out


def _pair_label(result: DiffResult, pair: SectionPair) -> str:
    if pair.part != "section":
        return MATTER_LABELS[pair.part]
    side: Literal["a", "b"] = "b" if pair.b is not None else "a"
    node = pair.b if pair.b is not None else pair.a
    assert node is not None
    trail = [f"{section.marker}{section.title}" for section in result.path(side, node)]
    if pair.renumbered:
        assert pair.a is not None
        trail[-1] = f"{pair.a.marker}→{trail[-1]}"
    return terminal_text(PATH_SEPARATOR.join(trail))


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _origin(pair: SectionPair) -> str:
    """Where a moved, split or merged section came from or went: `` ← 原（三）``."""
    if pair.status == "moved" and pair.a is not None:
        return terminal_text(f" ← 原{pair.a.marker}")
    if pair.also:
        arrow = "←" if pair.a is None else "→"
        names = "、".join(section.marker + section.title for section in pair.also)
        return terminal_text(f" {arrow} {names}")
    return ""


def _sentence_counts(result: DiffResult, index: int) -> str:
    """``  sentences: 3 kept, 2 reworded, 5 new, 4 dropped · reused 35%`` for one pair."""
    kinds = Counter(link.kind for link in result.sentences if link.pair == index)
    counts = ", ".join(f"{kinds[kind]} {kind}" for kind in SENTENCE_KINDS if kinds[kind])
    reuse = result.pair_reuse[index]
    return f"  sentences: {counts or 'none'} · reused {_percent(reuse.reused_share)}"


def _moved_here(result: DiffResult, index: int) -> list[str]:
    """``  ↪ 开展安全生产大检查… ← 一、2023年工作回顾`` for each sentence moved into pair
    ``index`` from another section."""
    lines = []
    for link in result.sentences:
        if link.kind != "moved" or link.pair != index or link.a is None or link.b is None:
            continue
        source = result.a.section_at(link.a[0])
        pair = result.pairs[index]
        if source is None or (pair.a is not None and source.index == pair.a.index):
            continue
        where = PATH_SEPARATOR.join(node.marker + node.title for node in result.path("a", source))
        moved = result.b.text[link.b[0]:link.b[1]]
        lines.append(terminal_text(f"  ↪ {moved} ← {where}"))
    return lines


def _fold(count: int, noun: str) -> str:
    return f"  ⋯ {count} unchanged {noun}{'s' if count != 1 else ''}"


def _join_within(parts: list[str], separator: str, width: int) -> list[str]:
    """Join ``parts`` with ``separator`` into as few lines of at most ``width`` cells as
    possible, never splitting a part (one too wide is clipped)."""
    lines: list[str] = []
    for part in parts:
        if lines and text_cells(lines[-1] + separator + part) <= width:
            lines[-1] += separator + part
        else:
            lines.append(_clip(part, width))
    return lines


def _clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, ``…`` marking the cut; linear in the text kept."""
    if len(text) <= width and text_cells(text) <= width:
        return text
    cells = 0
    for position, character in enumerate(text):
        cells += cell_width(character)
        if cells > width - 1:
            if text_cells(text) <= width:
                return text
            return text[:position] + "…"
    return text


class _PlainRenderer:
    def __init__(self, result: DiffResult, width: int, colour: bool) -> None:
        self.result = result
        self.width = width
        self.colour = colour
        self.side_by_side = width >= SIDE_BY_SIDE_MIN
        self.column = (width - len(GUTTER)) // 2

    def paint(self, style: str, text: str) -> str:
        return f"{style}{text}{_RESET}" if self.colour else text

    def one_side(self, row: Row, side: str) -> _Marked:
        """One side of a row, its changes marked and long unchanged stretches folded."""
        text = (self.result.a if side == "a" else self.result.b).text
        style = _DELETED if side == "a" else _INSERTED
        marked = _Marked(self.colour, marks=row.a is not None and row.b is not None)
        stretches = row.stretches()
        for number, (a_span, b_span, changed) in enumerate(stretches):
            span = a_span if side == "a" else b_span
            assert span is not None
            if changed:
                marked.add(text[span[0]:span[1]], style)
            else:
                marked.add_unchanged(text[span[0]:span[1]], number > 0, number < len(stretches) - 1)
        return marked

    def both_sides(self, row: Row) -> _Marked:
        """A changed paragraph with both sides' changes inline: ``…[-4-]{+6+}次…``."""
        a_text, b_text = self.result.a.text, self.result.b.text
        marked = _Marked(self.colour)
        stretches = row.stretches()
        for number, (a_span, b_span, changed) in enumerate(stretches):
            assert a_span is not None and b_span is not None
            if changed:
                marked.add(a_text[a_span[0]:a_span[1]], _DELETED)
                marked.add(b_text[b_span[0]:b_span[1]], _INSERTED)
            else:
                marked.add_unchanged(b_text[b_span[0]:b_span[1]], number > 0,
                                     number < len(stretches) - 1)
        return marked

    def side_by_side_row(self, row: Row) -> list[str]:
        left = self.one_side(row, "a").lines(self.column) if row.a else []
        right = self.one_side(row, "b").lines(self.column) if row.b else []
        lines = []
        for index in range(max(len(left), len(right), 1)):
            a_line, a_cells = left[index] if index < len(left) else ("", 0)
            b_line, _ = right[index] if index < len(right) else ("", 0)
            lines.append(f"{a_line}{' ' * (self.column - a_cells)}{GUTTER}{b_line}".rstrip())
        return lines

    def unified_row(self, row: Row) -> list[str]:
        if row.a is not None and row.b is not None:
            prefix, marked = "~ ", self.both_sides(row)
        else:
            prefix, marked = ("- ", self.one_side(row, "a")) if row.b is None else (
                "+ ", self.one_side(row, "b"))
        lines = [line for line, _ in marked.lines(self.width - len(prefix))] or [""]
        return [prefix + lines[0], *("  " + line for line in lines[1:])]

    def rows(self, rows: list[Row]) -> list[str]:
        out: list[str] = []
        for changed, grouped in groupby(rows, key=lambda row: row.changed):
            group = list(grouped)
            if not changed:
                out.append(self.paint(_DIM, _fold(len(group), "paragraph")))
                continue
            for row in group:
                out += self.side_by_side_row(row) if self.side_by_side else self.unified_row(row)
        return out

    def render(self, a_name: str, b_name: str) -> list[str]:
        result, summary = self.result, self.result.summary
        reuse = result.reuse
        facts = [
            f"sections: {summary.same} same, {summary.changed} changed, {summary.added} added, "
            f"{summary.removed} removed, {summary.moved} moved",
            f"{summary.characters_changed:,} characters changed",
            f"{summary.figures_changed} figures changed",
            f"reused {_percent(reuse.reused_share)} of the text "
            f"({_percent(reuse.verbatim_share)} verbatim)",
            f"{len(result.new_topics)} new topics, {len(result.dropped_topics)} dropped",
        ]
        out = [
            _clip(f"--- {terminal_text(a_name)} ({len(result.a.text)} characters)", self.width),
            _clip(f"+++ {terminal_text(b_name)} ({len(result.b.text)} characters)", self.width),
            *_join_within(facts, " · ", self.width),
        ]
        unchanged_sections = 0
        for index, pair_rows in groupby(result.rows, key=lambda row: row.pair):
            pair = result.pairs[index]
            rows = list(pair_rows)
            if pair.status in ("same", "changed") and not any(row.changed for row in rows):
                unchanged_sections += pair.part == "section"
                continue
            if unchanged_sections:
                out.append(self.paint(_DIM, _fold(unchanged_sections, "section")))
                unchanged_sections = 0
            header = f"══ {_pair_label(result, pair)} ══ {pair.status}"
            if pair.a is not None and pair.b is not None:
                header += f" {_similarity(pair.similarity)}"
                if pair.reasons:
                    header += f" ({', '.join(pair.reasons)})"
            header += _origin(pair)
            out += ["", self.paint(_HEADER, _clip(header, self.width))]
            out.append(self.paint(_DIM, _clip(_sentence_counts(result, index), self.width)))
            out += self.rows(rows)
            out += [self.paint(_DIM, _clip(line, self.width)) for line in _moved_here(result, index)]
        if unchanged_sections:
            out.append(self.paint(_DIM, _fold(unchanged_sections, "section")))
        if result.figures:
            out += ["", f"figures changed ({len(result.figures)}):"]
            out += [_clip(terminal_text(f"  {figure.context}  {figure.describe()}"), self.width)
                    for figure in result.figures]
        return out


def diff_text(
    result: DiffResult, a_name: str, b_name: str, *, width: int, colour: bool = False
) -> str:
    """The ``--plain`` rendering of ``result``, ``width`` columns wide."""
    return "\n".join(_PlainRenderer(result, width, colour).render(a_name, b_name)) + "\n"
