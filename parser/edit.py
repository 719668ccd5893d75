"""One edit between two reports: a span of the older that became a span of the newer.

Kept apart from ``parser.diff`` so that what reads edits (``parser.figures``) need not import
the diff that makes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from parser.model import Span

EditOp = Literal["insert", "delete", "replace"]


@dataclass(frozen=True)
class Edit:
    """``a`` (a span of report ``a``) became ``b`` (a span of report ``b``).

    An insertion has an empty ``a`` span at the place it goes; a deletion an empty ``b`` span
    at the place it was. Characters outside every edit are unchanged.
    """

    op: EditOp
    a: Span
    b: Span
