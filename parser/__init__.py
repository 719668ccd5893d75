"""gongwen's parser: report bytes in, a ``Document`` out. A plain library: no UI imports.

    >>> import parser
    >>> doc = parser.parse("一、总体情况\\n今年……")
    >>> [s.title for s in doc.sections]
    ['总体情况']
"""

from parser.errors import LoadError
from parser.loading import DEFAULT_MAX_BYTES, decode, load
from parser.model import Document, Meta, Section, Span
from parser.structure import parse

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Document",
    "LoadError",
    "Meta",
    "Section",
    "Span",
    "decode",
    "load",
    "parse",
]
