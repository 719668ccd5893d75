"""Opening a report for a screen: what the parser noted about it, as lines to show there.

``parser.load`` notes an HTML page whose text was mostly left out (site navigation, headers)
with a ``DroppedTextWarning``; on the command line that is a line on stderr, but behind a
full screen such a line would be lost (or drawn over it), so screens show it themselves, in
the interface's language.
"""

from __future__ import annotations

from pathlib import Path
from warnings import catch_warnings

import parser
from parser.loading import DroppedTextWarning
from parser.model import Document
from tui.output import terminal_text
from tui.strings import t


def load_noted(path: Path | str, max_bytes: int) -> tuple[Document, list[str]]:
    """``parser.load(path)`` and its notes, each one line safe for the terminal.

    Raises:
        parser.LoadError: As ``parser.load``.
    """
    with catch_warnings(record=True, action="always", category=DroppedTextWarning) as notes:
        document = parser.load(path, max_bytes=max_bytes)
    return document, [
        terminal_text(t("note.dropped_text", path=note.message.path, share=note.message.share))
        for note in notes if isinstance(note.message, DroppedTextWarning)
    ]
