"""Find the sections of reports that match a query, one line per hit (--json for scripts).

The query language is the reader's filter (``parser.query``): ``法治 复议`` (both, in the same
section), ``复议|诉讼`` (either), ``-信访`` (not), ``"法治 政府"`` (a phrase); width and case do
not matter. A section matches on its own heading and body, not its children's; front and
back matter are searched too. A folder stands for the reports under it at any depth
(``tui.paths``: hidden folders, its README and the like and other files skipped).

Plain output, one line per hit::

    seeds/nanshan-2023.txt:32: 存在不足和原因 › 行政执法规范化水平仍需提升: 履行职责不够全面高效,存在>>行政复议<<中被判撤销行政处罚决定的情况。后续将全链…

``path:line: section path: context`` — the section path is the titles from the top joined by
`` › `` (``(开头)``/``(结尾)`` for front and back matter); the context is up to 20 characters
either side of the hit within its line, ``…`` where cut. The hit is coloured on a terminal;
otherwise (piped, or NO_COLOR set) it is marked ``>>…<<`` (not ``【】``, which reports use).

``--json`` prints one ``gongwen.grep/1`` object: ``{"schema", "query", "hits": [{"path",
"section": [titles from the top], "region": "front"|"section"|"back", "line", "start", "end",
"term", "context"}]}``, ``start``/``end`` being offsets into the decoded, newline-normalised
text (as in ``gongwen outline --json``) and ``context`` the unmarked window.

With 50 reports or more, the persistent index (``gongwen index``; refreshed first when it is
not up to date, which is said on stderr) tells which reports can hold the query, and only
those are read.

Exit status as GNU grep: 0 when something matched, 1 when nothing did, 2 when the query is
unusable, any file could not be read or a folder holds no reports (each is named on stderr and
the others are still searched, so output and status 2 can come together).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

import parser
from parser.errors import os_error
from parser.model import Document
from parser.nodes import MATTER_LABELS, PATH_SEPARATOR
from parser.query import Query, parse_query
from parser.search import Hit, search
from tui.output import colour_enabled, json_text, size_limit, terminal_text
from tui.paths import REPORT_SUFFIXES, folder_reports

SCHEMA = "gongwen.grep/1"
CONTEXT_CHARS = 20
MARK_OPEN, MARK_CLOSE = ">>", "<<"
INDEX_MIN = 50
"""From this many reports on, the index (``gongwen index``) picks the ones worth reading."""

_PATH, _LINE, _SECTION, _HIT, _RESET = "\x1b[35m", "\x1b[32m", "\x1b[2m", "\x1b[1;31m", "\x1b[0m"


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument(
        "query", metavar="QUERY",
        help='e.g. 复议, "法治 复议", "复议|诉讼 -信访"; put -- before a query starting with -',
    )
    ap.add_argument(
        "paths", metavar="PATH", nargs="+",
        help="reports (.txt, .md, .html), or folders: the reports under each, at any depth",
    )
    ap.add_argument("--json", action="store_true", help=f"print the hits as JSON ({SCHEMA})")
    ap.add_argument(
        "--max-size", type=size_limit, default=parser.DEFAULT_MAX_BYTES, metavar="MB",
        help="refuse files larger than this many megabytes (default 20)",
    )


def run(args: argparse.Namespace) -> int:
    query = parse_query(args.query)
    problem = _unusable(query)
    if problem:
        print(f"gongwen grep: {problem}", file=sys.stderr)
        return 2
    for warning in query.warnings:
        print(f"gongwen grep: note: {warning}", file=sys.stderr)

    colour = not args.json and colour_enabled(sys.stdout)
    matched = False
    json_hits: list[dict[str, Any]] = []
    paths, failed = _reports(args.paths)
    paths = _candidates(query, paths, args.max_size)
    for path in paths:
        try:
            doc = parser.load(path, max_bytes=args.max_size)
        except parser.LoadError as error:
            print(f"gongwen grep: {terminal_text(str(error))}", file=sys.stderr)
            failed = True
            continue
        hits = search(doc, query).hits
        matched = matched or bool(hits)
        if args.json:
            json_hits.extend(hit_json(doc, path, hit) for hit in hits)
        else:
            sys.stdout.writelines(hit_line(doc, path, hit, colour=colour) + "\n" for hit in hits)
    if args.json:
        payload = {"schema": SCHEMA, "query": args.query, "hits": json_hits}
        sys.stdout.write(json_text(payload) + "\n")
    return 2 if failed else 0 if matched else 1


def _reports(args: list[str]) -> tuple[list[str], bool]:
    """The files to search: each folder stands for the reports under it
    (``tui.paths.folder_reports``).
    A folder without any is named on stderr; the second value says whether there was one."""
    paths: list[str] = []
    failed = False
    for arg in args:
        # A path that cannot be looked at is no folder: reading it says why.
        if not arg or not os.path.isdir(arg):
            paths.append(arg)  # an empty path is refused when it is read
            continue
        try:
            reports = folder_reports(Path(arg))
        except OSError as error:
            print(f"gongwen grep: {terminal_text(str(os_error(error, arg)))}", file=sys.stderr)
            failed = True
            continue
        if not reports:
            print(f"gongwen grep: {terminal_text(arg)}: no reports in the folder "
                  f"({' '.join(REPORT_SUFFIXES)})", file=sys.stderr)
            failed = True
        paths.extend(str(report) for report in reports)
    return paths, failed


def _candidates(query: Query, paths: list[str], max_bytes: int) -> list[str]:
    """``paths`` without the reports the index knows cannot match, for a collection of
    ``INDEX_MIN`` reports or more (fewer are read faster than an index is checked). Reports
    that cannot be read stay, so that they are named; without a usable index, all stay."""
    if len(paths) < INDEX_MIN:
        return paths
    from tui.indexing import IndexUnavailable, open_collection

    try:
        collection = open_collection("grep", paths, max_bytes=max_bytes)
    except IndexUnavailable as error:
        print(f"gongwen grep: note: searching without the index: {error}", file=sys.stderr)
        return paths
    with collection.index as index:
        keep = index.candidates(query, {r.content for r in collection.reports if r.content})
        skip = {str(r.path) for r in collection.reports if r.content and r.content not in keep}
    return [path for path in paths if path not in skip]


def _unusable(query: Query) -> str | None:
    """Why grep cannot run ``query``, or None. (The reader's filter accepts both cases.)"""
    if query.is_empty:
        return "empty query: give a word to find"
    if not query.required:
        return "the query only excludes words (-…): give a word to find as well"
    return None


def section_titles(doc: Document, hit: Hit) -> list[str]:
    """Titles of the hit's section and its ancestors, from the top; empty outside sections."""
    if hit.section is None:
        return []
    return [node.title or node.marker for node in doc.path(doc.nodes[hit.section])]


def _window(doc: Document, hit: Hit) -> tuple[str, str, str, bool, bool]:
    """The hit's context within its line: (before, hit, after, cut before, cut after)."""
    line_start, _ = doc.line_span(doc.line_of(hit.start))
    _, line_end = doc.line_span(doc.line_of(hit.end))
    left = max(line_start, hit.start - CONTEXT_CHARS)
    right = min(line_end, hit.end + CONTEXT_CHARS)
    text = doc.text
    return (
        text[left : hit.start].lstrip(),
        text[hit.start : hit.end],
        text[hit.end : right].rstrip(),
        left > line_start,
        right < line_end,
    )


def hit_line(doc: Document, path: str, hit: Hit, *, colour: bool = False) -> str:
    """One plain output line (without newline): ``path:line: section path: context``."""
    before, found, after, cut_before, cut_after = _window(doc, hit)
    before, found, after = (terminal_text(part.replace("\n", " ")) for part in (before, found, after))
    section = (PATH_SEPARATOR.join(section_titles(doc, hit)) if hit.region == "section"
               else MATTER_LABELS[hit.region])
    fields = [terminal_text(path), str(doc.line_of(hit.start)), terminal_text(section)]
    if colour:
        fields = [f"{style}{text}{_RESET}" for style, text in zip((_PATH, _LINE, _SECTION), fields)]
        found = f"{_HIT}{found}{_RESET}"
    else:
        found = f"{MARK_OPEN}{found}{MARK_CLOSE}"
    context = ("…" if cut_before else "") + before + found + after + ("…" if cut_after else "")
    return "{}:{}: {}: ".format(*fields) + context


def hit_json(doc: Document, path: str, hit: Hit) -> dict[str, Any]:
    """One element of the ``hits`` list of ``gongwen.grep/1``."""
    before, found, after, _, _ = _window(doc, hit)
    return {
        "path": path,
        "section": section_titles(doc, hit),
        "region": hit.region,
        "line": doc.line_of(hit.start),
        "start": hit.start,
        "end": hit.end,
        "term": hit.term,
        "context": (before + found + after).replace("\n", " "),
    }
