"""A collection of reports on disk: the report files under a folder, at any depth (as
``grep -r``), and what a collection's layout says about each — ``<level>/<office>/<year>.md``.

Walking follows symbolic links to folders but visits every real folder once, so a link that
points back up the tree cannot loop. Hidden files and folders (``.git``, ``.cache``) and the
notes a collection carries (``README.md``, ``LICENSE``) are not reports.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from parser.orgs import Office, normalise

REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm")
"""The files a folder contributes; a file named on the command line is taken whatever it is
called."""

NOT_REPORTS = frozenset(
    ("README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "NOTICE", "AUTHORS")
)
"""Names (before the first dot, any case) of the notes a folder of reports often carries
(``README.md``, ``LICENSE.txt``): they have a report's suffix but are not reports."""

_YEAR_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_YEAR_FILE = re.compile(r"(?:19|20)\d\d(?:[-_.]\w{1,8})?")
"""A file named for its year alone (``2021.md``, ``2021-08.md``): its folder is the office."""


@dataclass(frozen=True, slots=True)
class ReportFile:
    """A report file found by a walk, with what ``stat`` said about it then."""

    path: Path
    size: int
    mtime_ns: int


def is_report_name(name: str) -> bool:
    """Whether a file called ``name``, met in a folder, is taken for a report."""
    return (
        not name.startswith(".")
        and os.path.splitext(name)[1].lower() in REPORT_SUFFIXES
        and name.split(".", 1)[0].upper() not in NOT_REPORTS
    )


def walk_reports(folder: Path) -> list[ReportFile]:
    """The report files under ``folder`` at any depth, in path order (a folder's files, then
    its sub-folders, each by name).

    Unreadable sub-folders are passed over; a folder reached twice (through a link) is
    walked once.
    """
    found: list[ReportFile] = []
    visited: set[tuple[int, int]] = set()

    def visit(directory: str) -> None:
        try:
            info = os.stat(directory)
        except OSError:
            return
        key = (info.st_dev, info.st_ino)
        if key in visited:
            return
        visited.add(key)
        try:
            with os.scandir(directory) as entries:
                children = sorted(entries, key=lambda entry: entry.name)
        except OSError:
            return
        folders: list[str] = []
        for entry in children:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    folders.append(entry.path)
                elif entry.is_file() and is_report_name(entry.name):
                    stat = entry.stat()
                    found.append(ReportFile(Path(entry.path), stat.st_size, stat.st_mtime_ns))
            except OSError:  # a dangling link, or a file gone since the listing
                continue
        for sub in folders:
            visit(sub)

    visit(str(folder))
    return found


def layout_of(path: Path) -> tuple[str | None, int | None]:
    """What a ``<office>/<year>.md`` layout says: the year (four digits in the file's name)
    and, when the file is named for its year alone, the office (its folder's name); None
    where it says nothing.

    >>> layout_of(Path("省/浙江省/2021-08.md"))
    ('浙江省', 2021)
    >>> layout_of(Path("seeds/nanshan-2023.txt"))
    (None, 2023)
    """
    match = _YEAR_NAME.search(path.stem)
    year = int(match[1]) if match else None
    office = path.parent.name if _YEAR_FILE.fullmatch(path.stem) else ""
    return office or None, year


def place_in_collection(
    path: Path, org: str | None, year: int | None
) -> tuple[Office | None, int | None]:
    """A report's office and year in its collection: what the layout says (``layout_of``)
    first — a collection filed as ``<office>/<year>.md`` means that office and that year —
    then what the report says of itself (``org``, ``year`` from ``parser.meta``)."""
    layout_office, layout_year = layout_of(path)
    name = layout_office or org
    office = normalise(name) if name else None
    if layout_office is not None:
        return office, layout_year
    return office, year if year is not None else layout_year
