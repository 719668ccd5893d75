"""Test documents made on the spot: a report's text as a Word file whose headings are Word's
automatic numbering, and as a PDF set in a CJK font. Nothing here is copied from elsewhere."""

from __future__ import annotations

from pathlib import Path

import parser
from parser import headings
from parser.numbering import W

# Per marker family of the source text: Word's number format and the pattern of one level.
_LIST_STYLE = {
    "cn": ("chineseCounting", "%{n}、"),
    "cn-paren": ("chineseCounting", "（%{n}）"),
    "arabic": ("decimal", "%{n}."),
    "arabic-paren": ("decimal", "（%{n}）"),
}


def _element(xml: str):
    from docx.oxml import parse_xml

    return parse_xml(xml)


def _ns(xml: str) -> str:
    return xml.replace("XMLNS", f'xmlns:w="{W[1:-1]}"')


def add_list(document, levels: list[tuple[str, str]], num_id: int = 1,
             abstract_id: int = 1) -> str:
    """Add a list definition to ``document``: ``levels`` = [(numFmt, lvlText), …] from the
    top. Returns the numId to put on paragraphs."""
    numbering = document.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    abstract = _element(_ns(f'<w:abstractNum XMLNS w:abstractNumId="{abstract_id}">'
                            f"{lvls}</w:abstractNum>"))
    num = _element(_ns(f'<w:num XMLNS w:numId="{num_id}">'
                       f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    # abstractNum elements must come before num elements.
    first_num = numbering.find(f"{W}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    return str(num_id)


def number_paragraph(element, num_id: str, ilvl: int) -> None:
    """Put a paragraph (or a paragraph style), given as its XML element, in list ``num_id``
    at level ``ilvl``."""
    ppr = element.get_or_add_pPr()
    ppr.append(_element(_ns(f'<w:numPr XMLNS><w:ilvl w:val="{ilvl}"/>'
                            f'<w:numId w:val="{num_id}"/></w:numPr>')))


def numbered_docx(text: str, path: Path, *, furniture: bool = True) -> Path:
    """``text`` as a .docx whose headings carry no typed marker: Word numbers them, one list
    level per outline depth, in the style the text's own markers have at that depth. With
    ``furniture``, a header, a footer and a comment that are not part of the report."""
    import docx

    doc = parser.parse(text)
    depth_family: dict[int, str] = {}
    numbered: dict[int, int] = {}  # 1-based line -> list level
    for section, _ in doc.walk():
        if section.kind == "heading":
            depth_family.setdefault(section.level, section.family)
            numbered[section.line] = section.level - 1
    document = docx.Document()
    levels = [_LIST_STYLE.get(depth_family.get(depth, "arabic"), _LIST_STYLE["arabic"])
              for depth in range(1, max(depth_family, default=0) + 1)]
    num_id = add_list(document, [(fmt, pattern.format(n=i + 1))
                                 for i, (fmt, pattern) in enumerate(levels)])
    for number, line in enumerate(doc.text.split("\n"), start=1):
        if number in numbered:
            first = len(line) - len(line.lstrip(" \t\u3000"))
            marker = headings.recognise(line, first)
            assert marker is not None, line
            paragraph = document.add_paragraph(line[marker.end:])
            number_paragraph(paragraph._p, num_id, numbered[number])
        else:
            document.add_paragraph(line)
    if furniture:
        section = document.sections[0]
        section.header.paragraphs[0].text = "页眉:内部资料"
        section.footer.paragraphs[0].text = "— 1 —"
        first = document.paragraphs[0]
        if first.runs:
            document.add_comment(first.runs[0], text="批注:请核对标题", author="审阅人")
    document.save(str(path))
    return path


WQY_MICROHEI = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
"""A CJK TrueType font from Debian's fonts-wqy-microhei, embedded (subset) in the PDF."""


def _pdf_font(font: str) -> str:
    from reportlab.pdfbase import pdfmetrics

    if font == "STSong-Light":
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        return "STSong-Light"
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("WQY", str(WQY_MICROHEI), subfontIndex=0))
    return "WQY"


def _wrap_chars(text: str, width: float, font: str, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, current, used = [], "", 0.0
    for ch in text:
        w = stringWidth(ch, font, size)
        if current and used + w > width:
            lines.append(current)
            current, used = "", 0.0
        current += ch
        used += w
    return [*lines, current] if current or not lines else lines


def report_pdf(
    text: str, path: Path, *, font: str = "STSong-Light", page_numbers: str = "— {n} —",
    running_head: str | None = None, size: float = 12, encrypt: str | None = None,
) -> Path:
    """``text`` set as a 公文-style PDF: every paragraph a block with a first-line indent of two
    characters, hard-wrapped at the right margin; a page number (``page_numbers``, ``{n}`` the
    number; empty for none) under every page and ``running_head`` over every page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    name = _pdf_font(font)
    width, height = A4
    left, right, top, bottom = 72.0, 72.0, 80.0, 80.0
    leading = size * 1.6
    options = {}
    if encrypt is not None:
        from reportlab.lib import pdfencrypt

        options["encrypt"] = pdfencrypt.StandardEncryption(encrypt, canPrint=1)
    pdf = canvas.Canvas(str(path), pagesize=A4, **options)
    page = 1
    y = height - top

    def furniture() -> None:
        pdf.setFont(name, 9)
        if running_head:
            pdf.drawCentredString(width / 2, height - 50, running_head)
        if page_numbers:
            pdf.drawCentredString(width / 2, 45, page_numbers.format(n=page))
        pdf.setFont(name, size)

    pdf.setFont(name, size)
    furniture()
    indent = size * 2
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip(" \u3000")
        if not paragraph:
            continue
        lines = _wrap_chars(paragraph, width - left - right - indent, name, size)
        # Lines after the first run to the full width.
        rest = _wrap_chars("".join(lines[1:]), width - left - right, name, size) \
            if len(lines) > 1 else []
        for number, line in enumerate([lines[0], *rest]):
            if y < bottom:
                pdf.showPage()
                page += 1
                y = height - top
                furniture()
            pdf.drawString(left + (indent if number == 0 else 0), y, line)
            y -= leading
    pdf.showPage()
    pdf.save()
    return path
