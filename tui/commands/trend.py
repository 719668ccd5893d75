"""Count a topic across a collection: hits per report and per 10,000 characters, by year or
by office, drawn as bars.

The query is grep's (``法治政府``, ``复议|诉讼``, ``"接诉 即办" -信访``) and a report's hits are
exactly the hits ``gongwen grep`` prints for it. Folders are walked at any depth; the index
(``gongwen index``) answers at once, and is refreshed first if it is not up to date (said on
stderr). Offices are normalised (``浙江省人民政府`` = ``浙江省`` = ``浙江``); a collection
filed as ``<office>/<year>.md`` gives each report its office and year.

Plain output: one row per year (``--by office``: per office) with reports, hits, hits per
10,000 characters and a bar. ``--csv``: the same table as CSV. ``--json``: one
``gongwen.trend/1`` object: ``{"schema", "query", "reports": [{"path", "org", "year", "hits",
"chars"}], "by_year": [{"year", "reports", "with_hits", "hits", "chars", "per_report",
"per_10k"}], "by_office": [{"org", …}]}``.

Exit status 0 when something matched, 1 when nothing did, 2 when the query is unusable or a
path or report cannot be read (named on stderr; the rest are still counted).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

import parser
from parser.query import parse_query
from parser.trend import Group, ReportCount, group
from tui.indexing import IndexUnavailable, open_collection
from tui.output import size_limit

SCHEMA = "gongwen.trend/1"
BAR_WIDTH = 30
GROUP_FIELDS = ("reports", "with_hits", "hits", "chars", "per_report", "per_10k")


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("query", metavar="QUERY", help='e.g. 法治政府, "复议|诉讼 -信访"')
    ap.add_argument(
        "paths", metavar="PATH", nargs="+",
        help="reports (.txt, .md, .html), or folders: the reports under each, at any depth",
    )
    ap.add_argument(
        "--by", choices=("year", "office"), default="year",
        help="rows of the table (plain and --csv): one per year (default) or per office",
    )
    output = ap.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help=f"print JSON ({SCHEMA})")
    output.add_argument("--csv", action="store_true", help="print the table as CSV")
    ap.add_argument(
        "--max-size", type=size_limit, default=parser.DEFAULT_MAX_BYTES, metavar="MB",
        help="refuse files larger than this many megabytes (default 20)",
    )


def usable(text: str, command: str) -> bool:
    """Say on stderr why a query cannot be counted; True when it can."""
    query = parse_query(text)
    if query.is_empty:
        print(f"gongwen {command}: empty query: give a word to find", file=sys.stderr)
        return False
    if not query.required:
        print(f"gongwen {command}: the query only excludes words (-…): give a word to find "
              "as well", file=sys.stderr)
        return False
    return True


def count_reports(
    query_text: str, paths: list[str], *, max_bytes: int, command: str = "trend"
) -> tuple[list[ReportCount], bool]:
    """Every readable report under ``paths`` with its hits; and whether anything failed (each
    failure said on stderr)."""
    collection = open_collection(command, paths, max_bytes=max_bytes)
    with collection.index as index:
        failed = bool(collection.problems)
        for problem in collection.problems:
            print(f"gongwen {command}: {problem}", file=sys.stderr)
        readable = []
        for report in collection.reports:
            if report.content is None:
                print(f"gongwen {command}: {report.error}", file=sys.stderr)
                failed = True
            else:
                readable.append(report)
        hits = index.counts(parse_query(query_text), {r.content for r in readable if r.content})
        counts = [
            ReportCount(str(r.path), r.office, r.year, hits.get(r.content or 0, 0), r.chars)
            for r in readable
        ]
    return counts, failed


def group_json(entry: Group, key: str) -> dict[str, Any]:
    """One element of ``by_year`` or ``by_office``."""
    return {
        key: entry.key,
        "reports": entry.reports,
        "with_hits": entry.with_hits,
        "hits": entry.hits,
        "chars": entry.chars,
        "per_report": round(entry.per_report, 3),
        "per_10k": round(entry.per_10k, 3),
    }


def run(args: argparse.Namespace) -> int:
    if not usable(args.query, "trend"):
        return 2
    try:
        counts, failed = count_reports(args.query, args.paths, max_bytes=args.max_size)
    except IndexUnavailable as error:
        print(f"gongwen trend: {error}", file=sys.stderr)
        return 2
    by_year, by_office = group(counts, "year"), group(counts, "office")
    if args.json:
        payload = {
            "schema": SCHEMA,
            "query": args.query,
            "reports": [
                {"path": c.path, "org": c.org, "year": c.year, "hits": c.hits, "chars": c.chars}
                for c in counts
            ],
            "by_year": [group_json(entry, "year") for entry in by_year],
            "by_office": [group_json(entry, "org") for entry in by_office],
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        rows = by_year if args.by == "year" else by_office
        key = "year" if args.by == "year" else "org"
        if args.csv:
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow((key, *GROUP_FIELDS))
            for entry in rows:
                values = group_json(entry, key)
                writer.writerow(["" if entry.key is None else entry.key,
                                 *(values[name] for name in GROUP_FIELDS)])
        else:
            sys.stdout.writelines(line + "\n" for line in table(args.query, rows, counts))
    matched = any(count.hits for count in counts)
    return 2 if failed else 0 if matched else 1


def table(query: str, rows: list[Group], counts: list[ReportCount]) -> list[str]:
    """The plain table: a summary line, then one line per group with a bar scaled to the
    largest hits per 10,000 characters."""
    from parser.wrap import text_cells

    total = sum(count.hits for count in counts)
    lines = [f"{query}: {total} hits in {sum(bool(c.hits) for c in counts)} of "
             f"{len(counts)} reports"]
    labels = ["—" if entry.key is None else str(entry.key) for entry in rows]
    width = max([text_cells(label) for label in labels] + [4])
    top = max((entry.per_10k for entry in rows), default=0.0)
    lines.append(f"{'':{width}}  reports   hits  per 10k")
    for label, entry in zip(labels, rows, strict=True):
        cells = round(BAR_WIDTH * entry.per_10k / top) if top else 0
        pad = " " * (width - text_cells(label))
        lines.append(f"{label}{pad}  {entry.reports:7d} {entry.hits:6d} {entry.per_10k:8.2f}  "
                     + "█" * cells)
    return lines
