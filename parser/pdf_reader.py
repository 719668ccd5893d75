"""A PDF report -> its text in reading order, one paragraph per line.

pdfminer.six lays each page out into text boxes and lines with their positions; from those:

- page furniture — a page number (``— 3 —``, ``3``, ``第3页``, ``3/12``) or a line repeated on
  most pages (a running head or footer) in the top or bottom band of the page — is kept, on a
  line of its own after the paragraph it interrupted, and listed as furniture;
- pieces side by side on one baseline (a table's cells) make one line, tab-separated;
- hard-wrapped lines are rejoined: a line that runs to the right margin continues on the next
  unless that one is indented (a first-line indent starts a paragraph, as in 公文) or set
  apart by a wider gap, across page breaks too;
- glyphs of fonts without a Unicode map, a PDF with no text layer (scanned) and an encrypted
  PDF are refused with one line saying so.

pdfminer was chosen over pypdf (``benchmarks/bench_pdf.py`` measures both): both extract
Chinese set in CID or embedded TrueType fonts exactly, pypdf about twice as fast, but pdfminer
gives positions line by line (needed to rejoin lines and find furniture) and marks a glyph it
cannot map as ``(cid:N)``, where pypdf returns control characters in its place.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, replace
from statistics import median

from parser import headings
from parser.errors import LoadError
from parser.extracted import Extracted

FURNITURE_BAND = 0.12
"""Fraction of the page height at the top and at the bottom where furniture stands."""
REPEATED_ON = 0.5
"""A line in the band on at least this share of the pages (and on 3 or more) is a running
head or footer."""
UNMAPPED_LIMIT = 0.02
"""Refuse a PDF when more than this share of its characters are glyphs without a Unicode
map: the text would be mostly unreadable."""

_PAGE_NUMBER = re.compile(
    r"[-—－–_\s]*\d{1,4}[-—－–_\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|"
    r"\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?"
)
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_DIGITS = re.compile(r"\d+")
_SPACE = " \t\u3000\u00a0"
_LATIN = re.compile(r"[A-Za-z0-9]")
_SENTENCE_END = frozenset("。；;：:！!？?")


@dataclass(frozen=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int
    height: float
    """The page's height."""
    char_width: float
    cells: bool = False
    """Several pieces side by side on one baseline: a table row, cells tab-separated."""


def read_pdf(data: bytes) -> Extracted:
    """The text of a PDF; ``LoadError`` when it is encrypted, damaged, scanned (no text
    layer) or set in fonts without a Unicode map."""
    pages = _layout(data)
    lines = [line for page in pages for line in page]
    if not any(line.text.strip() for line in lines):
        raise LoadError("pdf_scanned", pages=len(pages))
    unmapped = sum(len(match) for line in lines for match in _UNMAPPED.findall(line.text))
    if unmapped > UNMAPPED_LIMIT * sum(len(line.text) for line in lines):
        raise LoadError("pdf_unmapped")
    furniture = _furniture(pages)
    text_lines, furniture_lines = _paragraphs(lines, furniture)
    # A stray glyph without a Unicode map stands as one replacement character, not as
    # pdfminer's ``(cid:N)``.
    text = _UNMAPPED.sub("\ufffd", "\n".join(text_lines) + "\n")
    return Extracted(text=text, kind="pdf", furniture=tuple(furniture_lines))


def _layout(data: bytes) -> list[list[_Line]]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextBox, LTTextLine
    from pdfminer.pdfdocument import (
        PDFDocument,
        PDFEncryptionError,
        PDFPasswordIncorrect,
        PDFTextExtractionNotAllowed,
    )
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        if not document.is_extractable:
            raise PDFTextExtractionNotAllowed
        manager = PDFResourceManager(caching=True)
        # Boxes top to bottom, then left to right: a 公文's single column, and a table's
        # cells row by row; the flow analysis costs a sixth of the time for no gain there.
        device = PDFPageAggregator(manager, laparams=LAParams(boxes_flow=None))
        interpreter = PDFPageInterpreter(manager, device)
        pages: list[list[_Line]] = []
        for number, page in enumerate(PDFPage.create_pages(document)):
            interpreter.process_page(page)
            layout = device.get_result()
            lines = []
            for box in layout:
                if not isinstance(box, LTTextBox):
                    continue
                for item in box:
                    if isinstance(item, LTTextLine):
                        text = item.get_text().rstrip("\n")
                        if text.strip():
                            chars = max(len(text.strip()), 1)
                            lines.append(_Line(text, item.x0, item.x1, layout.height - item.y1,
                                               layout.height - item.y0, number,
                                               layout.height, item.width / chars))
            pages.append(_rows(lines))
    except PDFPasswordIncorrect:
        raise LoadError("pdf_password") from None
    except (PDFEncryptionError, NotImplementedError) as error:
        raise LoadError("pdf_encrypted", error=str(error)) from None
    except PDFTextExtractionNotAllowed:
        raise LoadError("pdf_forbidden") from None
    except LoadError:
        raise
    except Exception as error:  # noqa: BLE001 - pdfminer raises many kinds on damaged files
        raise LoadError("pdf_damaged", error=type(error).__name__) from None
    return pages


def _rows(lines: list[_Line]) -> list[_Line]:
    """Lines that stand side by side on one baseline (the cells of a table row) as one line,
    left to right, a tab between cells."""
    out: list[_Line] = []
    for line in sorted(lines, key=lambda line: (line.top, line.x0)):
        last = out[-1] if out else None
        height = line.bottom - line.top
        if (last is not None and abs(last.top - line.top) < 0.3 * height
                and abs(last.bottom - line.bottom) < 0.3 * height and line.x0 >= last.x1):
            out[-1] = replace(last, text=f"{last.text.strip(_SPACE)}\t{line.text.strip(_SPACE)}",
                              x1=line.x1, cells=True)
        else:
            out.append(line)
    return out


def _in_band(line: _Line) -> bool:
    band = line.height * FURNITURE_BAND
    return line.bottom <= band or line.top >= line.height - band


def _furniture(pages: list[list[_Line]]) -> set[tuple[int, int]]:
    """(page, index on page) of every furniture line."""
    def key(line: _Line) -> str:
        return _DIGITS.sub("#", "".join(line.text.split()))

    repeated = Counter(key(line) for page in pages for line in {key(line): line
                                                               for line in page
                                                               if _in_band(line)}.values())
    enough = max(3, int(len(pages) * REPEATED_ON + 0.999))
    found = set()
    for number, page in enumerate(pages):
        for index, line in enumerate(page):
            if not _in_band(line):
                continue
            if _PAGE_NUMBER.fullmatch(line.text.strip()) or repeated[key(line)] >= enough:
                found.add((number, index))
    return found


def _margins(lines: list[_Line]) -> tuple[float, float, float]:
    """The body's left and right margins and the usual line pitch."""
    lefts = Counter(round(line.x0) for line in lines)
    left = min(x for x, count in lefts.items() if count >= max(1, lefts.most_common(1)[0][1] // 4))
    rights = sorted(line.x1 for line in lines)
    right = rights[int(len(rights) * 0.9)]
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:])
               if a.page == b.page and 0 < b.top - a.top < 4 * (a.bottom - a.top)]
    pitch = median(pitches) if pitches else 0.0
    return left, right, pitch


def _continues(line: _Line, following: _Line, left: float, right: float, pitch: float) -> bool:
    """Whether ``following`` carries on the paragraph ``line`` is part of."""
    width = line.char_width or 1.0
    if line.cells or following.cells:
        return False  # a table row is a block of its own
    if right - line.x1 > 1.5 * width:
        return False  # the line stops short of the margin: the paragraph ends
    if following.x0 - left > 0.8 * width:
        return False  # an indented line begins a paragraph
    if line.text.rstrip(_SPACE)[-1:] in _SENTENCE_END and _starts_heading(following.text):
        return False  # a sentence ends where a flush-left heading begins
    # A wider gap than the usual line pitch sets a paragraph apart.
    return not (following.page == line.page and pitch
                and following.top - line.top > 1.4 * pitch)


def _starts_heading(text: str) -> bool:
    stripped = text.lstrip(_SPACE)
    return (headings.recognise(stripped, 0) or headings.recognise_point(stripped, 0)) is not None


def _joined(before: str, after: str) -> str:
    before, after = before.rstrip(_SPACE), after.lstrip(_SPACE)
    # Latin words broken at a line end keep a space between them; Chinese runs on.
    if before and after and _LATIN.match(before[-1]) and _LATIN.match(after[0]):
        return before + " " + after
    return before + after


def _paragraphs(lines: list[_Line], furniture: set[tuple[int, int]]) -> tuple[list[str], list[int]]:
    """Rejoin the body's lines into paragraphs; furniture lines go after the paragraph they
    interrupt. Returns the output lines and the indices of the furniture among them."""
    index_on_page: list[int] = []
    counts: Counter[int] = Counter()
    for line in lines:
        index_on_page.append(counts[line.page])
        counts[line.page] += 1
    is_furniture = [(line.page, index) in furniture for line, index in zip(lines, index_on_page)]
    body = [line for line, flag in zip(lines, is_furniture) if not flag]
    if not body:
        return [line.text.strip() for line in lines], list(range(len(lines)))
    left, right, pitch = _margins(body)
    out: list[str] = []
    marks: list[int] = []
    held: list[str] = []
    paragraph: str | None = None
    previous: _Line | None = None
    for line, flag in zip(lines, is_furniture):
        if flag:
            held.append(line.text.strip())
            continue
        if paragraph is not None and previous is not None and _continues(
                previous, line, left, right, pitch):
            paragraph = _joined(paragraph, line.text)
        else:
            if paragraph is not None:
                out.append(paragraph)
            for text in held:
                marks.append(len(out))
                out.append(text)
            held = []
            paragraph = line.text.strip(_SPACE)
        previous = line
    if paragraph is not None:
        out.append(paragraph)
    for text in held:
        marks.append(len(out))
        out.append(text)
    return out, marks
