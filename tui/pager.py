"""Showing a report in the user's pager or editor, the way ``less`` does with ``v``.

The program gets a read-only temporary copy of the text, never the file gongwen read, so
nothing it does can change the report; the copy is removed when it exits. gongwen's screen is
suspended meanwhile and comes back as it was.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from textual.app import App, SuspendNotSupported

from tui.strings import t

FALLBACK_PAGER = "less"


def pager_command(environ: Mapping[str, str]) -> list[str]:
    """The program to show text with: ``$PAGER``, else ``$EDITOR``, else ``less``, split as a
    shell would split it (``PAGER='less -R'``)."""
    for variable in ("PAGER", "EDITOR"):
        words = shlex.split(environ.get(variable, ""))
        if words:
            return words
    return [FALLBACK_PAGER]


def show_in_pager(app: App[object], text: str, line: int, name: str) -> str | None:
    """Show ``text`` in the pager at ``line`` (1-based), as a file called ``name``.

    Returns:
        None once the pager has exited, or a one-line message saying why it could not run.
    """
    with tempfile.TemporaryDirectory(prefix="gongwen-") as folder:
        path = Path(folder) / (Path(name).name or "report.txt")
        path.write_text(text, encoding="utf-8")
        path.chmod(0o400)
        # ``+N`` starts at line N in less, more, vi, nano and emacs alike.
        command = [*pager_command(os.environ), f"+{line}", str(path)]
        try:
            with app.suspend():
                subprocess.run(command, check=False)
        except SuspendNotSupported:
            return t("pager.unsupported")
        except OSError as error:
            return t("pager.failed", command=command[0], error=error.strerror or error)
    return None
