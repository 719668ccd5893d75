"""Which files on the command line are reports: a folder stands for the reports under it, at
any depth (``parser.collection.walk_reports``: hidden folders, notes and other files skipped,
links followed without looping).

Used by the reader (``gongwen DIR``) and by every command that takes reports, so it must stay
light: no Textual, no jieba.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from parser.collection import NOT_REPORTS, REPORT_SUFFIXES, walk_reports
from tui.strings import t

__all__ = ["NOT_REPORTS", "REPORT_SUFFIXES", "collect_paths", "folder_reports"]


def folder_reports(folder: Path) -> list[Path]:
    """The report files under ``folder`` at any depth, in path order."""
    return [report.path for report in walk_reports(folder)]


def collect_paths(args: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Expand the command line's paths into the reports to list.

    A directory contributes its ``folder_reports``; a file is taken as is; the same file
    named twice (or reached twice through links) is listed once.

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
