"""What an attachment's reader gives: the text, and which of its lines are page furniture.

Kept apart from ``parser.formats`` (which chooses a reader and imports it only when a file
needs it) so that the readers need not import the module that imports them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Extracted:
    """The text of an attachment, one paragraph per line."""

    text: str
    kind: str
    """What the text came from, reported where a text file reports its encoding: ``docx``,
    ``pdf``, ``doc (antiword)`` …"""
    furniture: tuple[int, ...] = ()
    """0-based indices of the lines that are page furniture."""


Reader = Callable[[bytes], Extracted]
