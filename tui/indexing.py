"""The command line's side of the persistent index (``parser.index``): the reports named by
the command line's paths (folders walked at any depth), the index brought up to date for them,
a progress bar on a terminal while reports are parsed, and one line on stderr when a command
had to refresh it.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import stat
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from parser.collection import REPORT_SUFFIXES, ReportFile, walk_reports
from parser.errors import os_error
from parser.index import (
    IndexedReport,
    IndexUnavailable,
    ProgressCallback,
    Refresh,
    ReportIndex,
)
from parser.loading import DEFAULT_MAX_BYTES
from tui.output import size_limit

BAR_CELLS = 30


@dataclass
class Collection:
    """The reports of a command line, with the open index that knows them."""

    index: ReportIndex
    files: list[ReportFile]
    reports: list[IndexedReport]
    """In the order of ``files``."""
    refresh: Refresh
    problems: list[str]
    """One message per path that names nothing (missing, or a folder without reports)."""


def add_collection_arguments(ap: argparse.ArgumentParser, *, paths_help: str = "") -> None:
    """The command line every collection command takes: ``PATH...`` and ``--max-size``."""
    ap.add_argument(
        "paths", metavar="PATH", nargs="+",
        help="reports (.txt, .md, .html), or folders: the reports under each, at any depth"
        + paths_help,
    )
    ap.add_argument(
        "--max-size", type=size_limit, default=DEFAULT_MAX_BYTES, metavar="MB",
        help="refuse files larger than this many megabytes (default 20)",
    )


def report_files(args: list[str]) -> tuple[list[ReportFile], list[str], list[Path]]:
    """The report files the command line names: a folder's at any depth, a file as is, each
    once.

    Returns:
        The files; one message per path that is missing or a folder without reports; the
        folders (whose vanished reports the index may forget).
    """
    files: list[ReportFile] = []
    problems: list[str] = []
    roots: list[Path] = []
    seen: set[str] = set()
    for arg in args:
        path = Path(arg)
        try:
            info = path.stat()
            found = walk_reports(path) if stat.S_ISDIR(info.st_mode) else [
                ReportFile(path, info.st_size, info.st_mtime_ns)]
        except OSError as error:
            problems.append(str(os_error(error, arg)))
            continue
        if stat.S_ISDIR(info.st_mode):
            roots.append(path)
            if not found:
                problems.append(f"{arg}: no reports in the folder ({' '.join(REPORT_SUFFIXES)})")
        for file in found:
            # A walk reaches each folder once; only a file named again, or inside a folder
            # named again, can come twice.
            real = os.path.realpath(file.path) if len(args) > 1 else str(file.path)
            if real not in seen:
                seen.add(real)
                files.append(file)
    return files, problems, roots


class ProgressBar:
    """``索引 ███████░░░░ 812/1512`` on one line of a terminal, redrawn at most ten times a
    second; nothing when ``stream`` is not a terminal."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self._drawn = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or not total:
            return
        now = time.monotonic()
        if done < total and now - self._drawn < 0.1:
            return
        self._drawn = now
        filled = BAR_CELLS * done // total
        bar = "█" * filled + "░" * (BAR_CELLS - filled)
        self.stream.write(f"\r{self.label} {bar} {done}/{total}")
        if done == total:
            self.stream.write("\n")
        self.stream.flush()


def describe(refresh: Refresh) -> str:
    """``3 reports parsed, 1 copy, 2 gone, 1 unreadable``: what a refresh did."""
    parts = []
    if refresh.parsed:
        parts.append(f"{refresh.parsed} report{'s' * (refresh.parsed != 1)} parsed")
    if refresh.reused:
        parts.append(f"{refresh.reused} already known by content")
    if refresh.removed:
        parts.append(f"{refresh.removed} gone")
    if refresh.failed:
        parts.append(f"{refresh.failed} unreadable")
    return ", ".join(parts)


def open_collection(
    command: str,
    args: list[str],
    *,
    max_bytes: int,
    quiet_refresh: bool = False,
    progress: ProgressCallback | None = None,
) -> Collection:
    """Walk ``args``, open the index, refresh it where it is stale (with ``progress``, by
    default a bar on a terminal; saying so on stderr as ``gongwen COMMAND: …`` unless
    ``quiet_refresh``), and read what it knows of the reports.

    Raises:
        IndexUnavailable: the cache folder cannot hold the index.
    """
    files, problems, roots = report_files(args)
    index = ReportIndex()
    progress = progress or ProgressBar(f"gongwen {command}: indexing")
    try:
        refresh = index.refresh(files, roots=roots, max_bytes=max_bytes, progress=progress)
    except sqlite3.DatabaseError as error:
        # Damage the first look did not see (a page in the middle): start again, once.
        index.rebuild(str(error))
        refresh = index.refresh(files, roots=roots, max_bytes=max_bytes, progress=progress)
    if index.warning:
        print(f"gongwen {command}: warning: {index.warning}", file=sys.stderr)
    if refresh.changed and not quiet_refresh:
        print(f"gongwen {command}: the index was not up to date; refreshed it "
              f"({describe(refresh)})", file=sys.stderr)
    reports = index.reports(file.path for file in files)
    return Collection(index, files, reports, refresh, problems)


__all__ = ["Collection", "IndexUnavailable", "ProgressBar", "open_collection", "report_files"]
