"""Which reader a report file needs — plain text, or a published attachment (.docx, .pdf,
.doc) whose text must first be extracted — told by the file's first bytes, then its suffix.

An attachment's reader gives the text a user would copy out of Word or a PDF viewer, with the
lines that are page furniture (page numbers, running heads and footers) listed so the parsed
document keeps them as debris: in the text, never a heading or content.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from parser.extracted import Extracted, Reader
from parser.model import Document

ZIP_MAGIC = b"PK\x03\x04"
PDF_MAGIC = b"%PDF"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""An OLE compound file: the old Word format (.doc), and also every password-protected
Office file, .docx included."""


def reader_for(path: str | Path, data: bytes) -> Reader | None:
    """The reader ``data`` needs, or None for a text file (.txt, .md, .html).

    The bytes decide, so a misnamed file is still read right; a ZIP archive is taken for a
    .docx only when it holds a Word document (``parser.docx_reader`` says so otherwise).
    """
    if data.startswith(PDF_MAGIC) or (Path(path).suffix.lower() == ".pdf"
                                      and PDF_MAGIC in data[:1024]):
        from parser.pdf_reader import read_pdf

        return read_pdf
    if data.startswith(ZIP_MAGIC):
        from parser.docx_reader import read_docx

        return read_docx
    if data.startswith(OLE_MAGIC):
        from parser.doc_reader import read_doc

        return read_doc
    return None


def with_furniture(doc: Document, extracted: Extracted) -> Document:
    """``doc`` (parsed from ``extracted.text``) with the furniture lines among its debris."""
    if not extracted.furniture:
        return doc
    titles = set(doc.title_lines)
    spans = set(doc.debris)
    for index in extracted.furniture:
        start, end = doc.line_span(index + 1)
        # A running head that repeats the title is the title where it first stands.
        if (start, end) not in titles and doc.text[start:end].strip():
            spans.add((start, end))
    return replace(doc, debris=tuple(sorted(spans)))
