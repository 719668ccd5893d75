"""What a screen asks of the app when the user wants another screen: the app knows every
screen and opens it, so screens need not import each other or the app.

Each is posted by a screen and bubbles up to ``GongwenApp``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.message import Message

from parser.model import Document, Span


@dataclass
class CompareWith(Message):
    """Compare ``current`` with the report at ``path`` (to be read), from the section at
    offset ``reading`` of ``current`` when given."""

    current: Document
    path: Path
    reading: int | None = None


@dataclass
class OpenTrack(Message):
    """Trace the plan of ``plan`` into the review of ``results``; Esc comes back."""

    plan: Document
    results: Document


@dataclass
class OpenPassage(Message):
    """Read ``document`` at ``span``, marked; Esc comes back."""

    document: Document
    span: Span
