"""Which files on the command line are reports: a folder stands for the reports under it, at
any depth (``parser.collection.walk_reports``: hidden folders, notes and other files skipped,
links followed without looping).

Used by the reader (``gongwen DIR``) and by every command that takes reports, so it must stay
light: no Textual, no jieba.
"""

from __future__ import annotations

import stat
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from parser.collection import NOT_REPORTS, REPORT_SUFFIXES, walk_reports
from parser.errors import LoadError, os_error
from tui.strings import load_error, t

__all__ = ["NOT_REPORTS", "REPORT_SUFFIXES", "collect_paths", "distinct_names", "folder_reports"]


def folder_reports(folder: Path) -> list[Path]:
    """The report files under ``folder`` at any depth, in path order."""
    return [report.path for report in walk_reports(folder)]


def _unreadable(error: LoadError) -> str:
    return t("library.unreadable", error=load_error(error))


def collect_paths(
    args: Iterable[str | Path], *, describe: Callable[[LoadError], str] = _unreadable,
) -> tuple[list[Path], list[str]]:
    """Expand the command line's paths into the reports to list.

    A directory contributes its ``folder_reports``; a file is taken as is; the same file
    named twice (or reached twice through links) is listed once.

    Returns:
        The report paths, and one message per path that does not exist or is a folder that
        cannot be listed (or a path that cannot be looked at: ``describe`` says why, by
        default in the interface's language).
    """
    paths: list[Path] = []
    errors: list[str] = []
    seen: set[Path] = set()
    for name in args:
        if str(name) == "":  # Path("") would be the current folder
            errors.append(t("library.missing_path", path="''"))
            continue
        arg = Path(name)
        try:
            found = folder_reports(arg) if stat.S_ISDIR(arg.stat().st_mode) else [arg]
        except (FileNotFoundError, NotADirectoryError):
            errors.append(t("library.missing_path", path=arg))
            continue
        except OSError as error:
            errors.append(describe(os_error(error, arg)))
            continue
        for path in found:
            resolved = path.resolve()
            if resolved not in seen:
                seen.add(resolved)
                paths.append(path)
    return paths, errors


def distinct_names(paths: Sequence[Path]) -> list[str]:
    """A name for each of ``paths`` that tells it from the others: its file name, with as many
    of its folders before it as it takes (``广州市/2023.md`` beside ``杭州市/2023.md``: a whole
    corpus has twenty ``2023.md``). Reports in one folder are named alike, so ``广州市/1993.md``
    names its office even when no other ``1993.md`` is offered."""
    parts = [path.absolute().parts for path in paths]
    depth = [1] * len(paths)
    while True:
        counts = Counter(_tail(whole, n) for whole, n in zip(parts, depth, strict=True))
        deeper = [i for i, whole in enumerate(parts)
                  if counts[_tail(whole, depth[i])] > 1 and depth[i] < len(whole)]
        if not deeper:
            break
        for i in deeper:
            depth[i] += 1
    # A longer tail of a name that was distinct stays distinct.
    folder_depth: dict[tuple[str, ...], int] = {}
    for whole, n in zip(parts, depth, strict=True):
        folder_depth[whole[:-1]] = max(folder_depth.get(whole[:-1], 1), n)
    return [_tail(whole, folder_depth[whole[:-1]]) for whole in parts]


def _tail(parts: tuple[str, ...], n: int) -> str:
    return "/".join(parts[-n:])
