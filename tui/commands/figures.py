"""List the figures that stand with a topic across reports: ``行政诉讼2件``, ``出庭率100%``,
each with its report, office, year and section.

A figure stands with the query when it is in the same clause as a hit (clauses end at
``，、；：。！？`` and brackets); hits are ``gongwen grep``'s. Folders are walked at any depth,
and with the index (refreshed first if it is not up to date, said on stderr) only the reports
that can match are read.

Plain output, one line per figure: ``path (office year) section path: figure ← clause``.
``--csv``: ``path,org,year,section,figure,value,unit,line,clause``. ``--json``: one
``gongwen.figures/1`` object: ``{"schema", "query", "figures": [{"path", "org", "year",
"section": [titles from the top], "line", "figure", "value", "unit", "start", "end",
"clause"}]}`` (offsets into the decoded, newline-normalised text; ``value`` a number or null).

Exit status 0 when a figure was found, 1 when none was, 2 when the query is unusable or a path
or report cannot be read (named on stderr; the others are still read).
"""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any

import parser
from parser.figure_table import figures_with
from parser.model import Document
from parser.nodes import PATH_SEPARATOR
from parser.query import parse_query
from tui.commands.grep import section_titles
from tui.commands.trend import usable
from tui.indexing import (
    IndexUnavailable,
    add_collection_arguments,
    open_collection,
)
from tui.output import json_text, terminal_text

SCHEMA = "gongwen.figures/1"
CSV_FIELDS = ("path", "org", "year", "section", "figure", "value", "unit", "line", "clause")


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("query", metavar="QUERY", help='e.g. 行政诉讼, "出庭率|败诉率"')
    add_collection_arguments(ap)
    output = ap.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help=f"print JSON ({SCHEMA})")
    output.add_argument("--csv", action="store_true", help="print CSV")


def _rows(document: Document, path: str, org: str | None, year: int | None,
          query: str) -> list[dict[str, Any]]:
    rows = []
    for cited in figures_with(document, query):
        figure = cited.figure
        value = figure.value
        rows.append({
            "path": path,
            "org": org,
            "year": year,
            "section": section_titles(document, cited.hit),
            "line": document.line_of(figure.span[0]),
            "figure": figure.text,
            "value": None if value is None else (int(value) if value == value.to_integral_value()
                                                 else float(value)),
            "unit": figure.unit,
            "start": figure.span[0],
            "end": figure.span[1],
            "clause": document.text[cited.clause[0] : cited.clause[1]].strip(),
        })
    return rows


def run(args: argparse.Namespace) -> int:
    if not usable(args.query, "figures"):
        return 2
    query = parse_query(args.query)
    try:
        collection = open_collection("figures", args.paths, max_bytes=args.max_size)
    except IndexUnavailable as error:
        print(f"gongwen figures: {terminal_text(str(error))}", file=sys.stderr)
        return 2
    failed = bool(collection.problems)
    for problem in collection.problems:
        print(f"gongwen figures: {terminal_text(problem)}", file=sys.stderr)
    rows: list[dict[str, Any]] = []
    with collection.index as index:
        candidates = index.candidates(
            query, {r.content for r in collection.reports if r.content}
        )
    for report in collection.reports:
        if report.content is None:
            print(f"gongwen figures: {terminal_text(report.error or '')}", file=sys.stderr)
            failed = True
            continue
        if report.content not in candidates:
            continue
        try:
            document = parser.load(report.path, max_bytes=args.max_size)
        except parser.LoadError as error:
            print(f"gongwen figures: {terminal_text(str(error))}", file=sys.stderr)
            failed = True
            continue
        rows += _rows(document, str(report.path), report.office, report.year, args.query)
    if args.json:
        payload = {"schema": SCHEMA, "query": args.query, "figures": rows}
        sys.stdout.write(json_text(payload) + "\n")
    elif args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(CSV_FIELDS)
        for row in rows:
            writer.writerow([
                PATH_SEPARATOR.join(row[name]) if name == "section"
                else "" if row[name] is None else row[name]
                for name in CSV_FIELDS
            ])
    else:
        for row in rows:
            where = " ".join(str(part) for part in (row["org"], row["year"]) if part)
            section = PATH_SEPARATOR.join(row["section"]) or "—"
            clause = row["clause"].replace("\n", " ")
            line = f"{row['path']} ({where}) {section}: {row['figure']} ← {clause}"
            sys.stdout.write(terminal_text(line) + "\n")
    return 2 if failed else 0 if rows else 1
