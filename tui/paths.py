"""Which files on the command line are reports: a folder stands for the reports in it.

Used by the reader (``gongwen DIR``) and by ``gongwen grep``, so it must stay light: no
Textual, no jieba.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tui.strings import t

REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".doc")
"""The files a folder contributes; a file named on the command line is taken whatever it is
called."""

NOT_REPORTS = frozenset(
    ("README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "NOTICE", "AUTHORS")
)
"""Names (before the first dot, any case) of the notes a folder of reports often carries
(``README.md``, ``LICENSE.txt``): they have a report's suffix but are not reports."""


def folder_reports(folder: Path) -> list[Path]:
    """The report files directly in ``folder``, sorted by name: ``REPORT_SUFFIXES``, not
    recursive, hidden files and ``NOT_REPORTS`` skipped."""
    return sorted(
        child for child in folder.iterdir()
        if child.suffix.lower() in REPORT_SUFFIXES
        and not child.name.startswith(".")
        and child.name.split(".", 1)[0].upper() not in NOT_REPORTS
        and child.is_file()
    )


def collect_paths(args: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Expand the command line's paths into the reports to list.

    A directory contributes its ``folder_reports``; a file is taken as is; the same file
    named twice is listed once.

    Returns:
        The report paths, and one message per path that does not exist.
    """
    paths: list[Path] = []
    errors: list[str] = []
    seen: set[Path] = set()
    for arg in args:
        if arg.is_dir():
            found = folder_reports(arg)
        elif arg.exists():
            found = [arg]
        else:
            errors.append(t("library.missing_path", path=arg))
            continue
        for path in found:
            resolved = path.resolve()
            if resolved not in seen:
                seen.add(resolved)
                paths.append(path)
    return paths, errors
