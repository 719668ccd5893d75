"""Trace last year's plan into this year's results: did each promised task come back?

Give the plan report first (year N, with its plan part: ``2024年工作安排``, ``下一步工作打算``)
and the results report second (year N+1, with its review part: ``2024年工作回顾``,
``工作开展情况``). Each item of the plan gets up to three passages of the review that report on
it and a status: reported, partial (weak evidence, or only some of the item), unreported.
Review passages that answer no item are listed as unplanned results (``parser.track``).

Without ``--plain``, ``--json`` or ``--csv`` the two reports open in the tracking view
(``tui.screens.track``); ``?`` there lists its keys.

``--plain`` prints a readable list, wrapped to the terminal's width (or ``--width``) as
``diff --plain`` is; ``--csv`` one row per item (status, section, offsets, best
evidence); ``--json`` one ``gongwen.track/1`` object: ``{"schema", "plan": PATH_A, "results":
PATH_B, "plan_part": [titles…], "review_part": [titles…], "items": [{"section": [titles from
the top…], "at": [start, end], "status", "evidence": [{"section": [...], "at": [start, end],
"text", "score"}]}], "unplanned": [{"section", "at", "text"}]}``; offsets are into the decoded,
newline-normalised texts, as in ``gongwen outline --json``. ``text`` is the passage at ``at``
without its Markdown markup (``**``), as titles are; the plain list, the CSV and the page quote it so.

Exit status: 0 when every item is reported, 1 when some are not (the view exits 0), 2 when a
report cannot be read or has no plan or no review part (one line on stderr).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from typing import Any

from parser.model import Document
from parser.nodes import PATH_SEPARATOR
from parser.track import Passage, TracedItem, TrackResult, quoted, track
from tui.cli import UsageError
from tui.commands.two_reports import (
    add_reports,
    add_settings,
    add_width,
    hanging,
    load_reports,
    plain_width,
    view,
    write_page,
)
from tui.output import colour_enabled, json_text

SCHEMA = "gongwen.track/1"
STATUS_LABELS = {"reported": "reported", "partial": "partial", "unreported": "unreported"}
_STATUS_STYLES = {"reported": "\x1b[1;32m", "partial": "\x1b[1;33m", "unreported": "\x1b[1;31m"}
_DIM, _RESET = "\x1b[2m", "\x1b[0m"
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
EXCERPT = 80
"""Characters of a passage shown in ``--plain`` (the rest is ``…``)."""
_EVIDENCE_INDENT = len("  0.00 ")
"""Where an item's evidence is written in ``--plain``: under its section, after its score."""


def add_arguments(ap: argparse.ArgumentParser) -> None:
    output = add_reports(ap, "the plan report (year N): .txt, .md, .html",
                         "the results report (year N+1)")
    output.add_argument("--plain", action="store_true", help="print the items as text")
    output.add_argument("--json", action="store_true", help=f"print the result as JSON ({SCHEMA})")
    output.add_argument("--csv", action="store_true", help="print one CSV row per item")
    add_width(ap)
    add_settings(ap, output, "html: a self-contained page to hand on (with -o FILE)")


def run(args: argparse.Namespace) -> int:
    if not (args.plain or args.json or args.csv or args.format):
        return view(args, "track")
    a, b = load_reports(args)
    result = track(a, b)
    if result.problems:
        raise UsageError(f"gongwen track: {'; '.join(result.problems)}")
    if args.format == "html":
        from parser.track_html import track_html

        write_page(args, track_html(result, args.a, args.b))
    elif args.json:
        sys.stdout.write(json_text(track_json(result, args.a, args.b)) + "\n")
    elif args.csv:
        write_csv(result, sys.stdout)
    else:
        sys.stdout.write(track_text(result, args.a, args.b, width=plain_width(args),
                                    colour=colour_enabled(sys.stdout)))
    return 0 if result.all_reported else 1


# --- JSON and CSV ---------------------------------------------------------------------------


def _passage_json(doc: Document, passage: Passage) -> dict[str, Any]:
    return {"section": list(passage.section), "at": list(passage.span),
            "text": quoted(doc, passage)}


def _item_json(results: Document, traced: TracedItem) -> dict[str, Any]:
    return {
        "section": list(traced.item.section),
        "at": list(traced.item.span),
        "status": traced.status,
        "evidence": [
            {**_passage_json(results, evidence.passage), "score": evidence.score}
            for evidence in traced.evidence
        ],
    }


def track_json(result: TrackResult, plan_path: str, results_path: str) -> dict[str, Any]:
    """The ``gongwen.track/1`` object for ``result``."""
    return {
        "schema": SCHEMA,
        "plan": plan_path,
        "results": results_path,
        "plan_part": list(result.plan_part.titles) if result.plan_part else [],
        "review_part": list(result.review_part.titles) if result.review_part else [],
        "items": [_item_json(result.results, traced) for traced in result.items],
        "unplanned": [_passage_json(result.results, passage) for passage in result.unplanned],
    }


CSV_COLUMNS = ("status", "section", "start", "end", "evidence", "evidence_section",
               "evidence_start", "evidence_end", "score", "more_evidence")


def write_csv(result: TrackResult, stream: Any) -> None:
    """One row per item: its status, section path and offsets, and its best evidence."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for traced in result.items:
        best = traced.evidence[0] if traced.evidence else None
        writer.writerow([
            traced.status,
            PATH_SEPARATOR.join(traced.item.section),
            *traced.item.span,
            _one_line(quoted(result.results, best.passage)) if best else "",
            PATH_SEPARATOR.join(best.passage.section) if best else "",
            best.passage.span[0] if best else "",
            best.passage.span[1] if best else "",
            best.score if best else "",
            len(traced.evidence) - 1 if best else 0,
        ])


# --- Plain text -----------------------------------------------------------------------------


def _one_line(text: str) -> str:
    """``text`` on one line, without control characters (no report byte drives the
    terminal)."""
    return _CONTROLS.sub(" ", text).strip()


def _excerpt(text: str) -> str:
    text = _one_line(text)
    return text if len(text) <= EXCERPT else text[:EXCERPT - 1] + "…"


def track_text(result: TrackResult, plan_path: str, results_path: str, *, width: int = 80,
               colour: bool = False) -> str:
    """The ``--plain`` rendering: the parts, then every item with its status and evidence,
    then the unplanned results; lines wrapped to ``width`` cells, as ``diff --plain``'s."""

    def paint(style: str, text: str) -> str:
        return f"{style}{text}{_RESET}" if colour else text

    def lines(prefix: str, text: str, style: str = "") -> list[str]:
        """``prefix`` (painted in ``style``) and ``text`` after it, wrapped under the text."""
        shown = hanging(_one_line(text), width, len(prefix))
        return [f"{paint(style, prefix) if style else prefix}{shown[0]}", *shown[1:]]

    assert result.plan_part is not None and result.review_part is not None
    counts = result.counts
    out = [
        *lines("plan:    ", f"{plan_path} ({' + '.join(result.plan_part.titles)})"),
        *lines("results: ", f"{results_path} ({' + '.join(result.review_part.titles)})"),
        *hanging(f"{len(result.items)} items: {counts['reported']} reported, "
                 f"{counts['partial']} partial, {counts['unreported']} unreported; "
                 f"{len(result.unplanned)} unplanned results", width, 0),
    ]
    for note in result.notes:
        out += lines("note: ", note)
    for traced in result.items:
        label = f"[{STATUS_LABELS[traced.status]}]"
        out += ["", *lines(f"{label} ", PATH_SEPARATOR.join(traced.item.section),
                           _STATUS_STYLES[traced.status])]
        for evidence in traced.evidence:
            where = hanging(_one_line(PATH_SEPARATOR.join(evidence.passage.section)), width,
                            _EVIDENCE_INDENT)
            out += [f"  {evidence.score:.2f} {paint(_DIM, where[0])}",
                    *(paint(_DIM, line) for line in where[1:])]
            out += lines(" " * _EVIDENCE_INDENT, _excerpt(quoted(result.results, evidence.passage)))
            if evidence.figures:
                out += lines(" " * _EVIDENCE_INDENT + "figures: ", ", ".join(
                    f"{promised} → {reported}" for promised, reported in evidence.figures))
    if result.unplanned:
        out += ["", f"unplanned results ({len(result.unplanned)}):"]
        for passage in result.unplanned:
            out += lines("  ", _excerpt(quoted(result.results, passage)))
    return "\n".join(out) + "\n"
