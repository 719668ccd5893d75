"""Build or refresh the index of a collection, so that the library, grep and trend open it
without parsing every report again.

Folders are walked at any depth (hidden folders and files that are not reports skipped).
Only new or changed files are read, and only contents the index does not hold yet (a copy of
a known report is not parsed again) are parsed, in worker processes; a progress bar shows on a
terminal. The index lives in ``$XDG_CACHE_HOME/gongwen/`` (or ``GONGWEN_CACHE_DIR``); an
unusable one is rebuilt with a warning. Stopping it half-way loses nothing: the next run goes
on from where it stopped.

Prints one line: how many reports the paths hold and what had to be done. Exit status 0, or 2
when a path names nothing or some report cannot be read (each named on stderr).
"""

from __future__ import annotations

import argparse
import os
import sys

import parser
from tui.indexing import IndexUnavailable, describe, open_collection
from tui.output import size_limit


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument(
        "paths", metavar="PATH", nargs="+",
        help="reports (.txt, .md, .html), or folders: the reports under each, at any depth",
    )
    ap.add_argument(
        "--max-size", type=size_limit, default=parser.DEFAULT_MAX_BYTES, metavar="MB",
        help="refuse files larger than this many megabytes (default 20)",
    )


def run(args: argparse.Namespace) -> int:
    try:
        collection = open_collection(
            "index", args.paths, max_bytes=args.max_size, quiet_refresh=True
        )
    except IndexUnavailable as error:
        print(f"gongwen index: {error}", file=sys.stderr)
        return 2
    with collection.index:
        for problem in collection.problems:
            print(f"gongwen index: {problem}", file=sys.stderr)
        unreadable = [report for report in collection.reports if report.error]
        for report in unreadable:
            print(f"gongwen index: {report.error}", file=sys.stderr)
        done = describe(collection.refresh) or "nothing changed"
        size = os.path.getsize(collection.index.path) / 1048576
        print(f"{len(collection.reports)} reports: {done} "
              f"(index {collection.index.path}, {size:.1f} MB)")
    return 2 if collection.problems or unreadable else 0
