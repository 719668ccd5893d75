"""A Word document (.docx) -> the text a user would copy out of Word.

The body is read in order: each paragraph one line, with the number Word draws before it
(``parser.numbering``: first-level headings are very often automatic ``一、``, not typed); each
table row one line, its cells apart (a tab between them, as Word copies a table). Headers,
footers, comments, footnotes and deleted tracked changes are not part of the body's text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from parser.errors import LoadError
from parser.extracted import Extracted
from parser.numbering import Numbering, W

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = frozenset({f"{W}del", f"{W}moveFrom", _MC_FALLBACK, f"{W}pPr", f"{W}rPr",
                      f"{W}instrText", f"{W}delText"})
_CELL_SEPARATOR = "\t"


def read_docx(data: bytes) -> Extracted:
    """The text of a .docx file's body; ``LoadError`` when it is not a readable Word file."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise LoadError("zip_damaged") from None
    if "word/document.xml" not in names:
        raise LoadError("xlsx" if "xl/workbook.xml" in names else
                        "pptx" if "ppt/presentation.xml" in names else "zip")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        numbering_root = _numbering_root(document)
        styles = _style_numbering(document)
        body = document.element.body
    except Exception as error:  # noqa: BLE001 - python-docx raises many kinds on bad XML
        raise LoadError("docx_damaged", error=type(error).__name__) from None
    numbering = Numbering.from_xml(numbering_root)
    lines = list(_blocks(body, numbering, styles))
    return Extracted(text="\n".join(lines) + "\n" if lines else "", kind="docx")


def _numbering_root(document: object) -> object | None:
    try:
        root: object = document.part.numbering_part.element  # type: ignore[attr-defined]
        return root
    except (KeyError, NotImplementedError, AttributeError):
        return None


def _style_numbering(document: object) -> dict[str, tuple[str | None, int | None]]:
    """styleId -> (numId, ilvl) of the list a paragraph style numbers its paragraphs with,
    following ``basedOn``; ``""`` for the default paragraph style."""
    try:
        root = document.styles.element  # type: ignore[attr-defined]
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    own: dict[str, tuple[str | None, int | None]] = {}
    based_on: dict[str, str] = {}
    for style in root.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId")
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based_on[style_id] = parent.get(f"{W}val")
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            own[style_id] = _num_pr(num_pr)
    resolved: dict[str, tuple[str | None, int | None]] = {}
    default = next((style.get(f"{W}styleId") for style in root.iter(f"{W}style")
                    if style.get(f"{W}type") == "paragraph"
                    and style.get(f"{W}default") in ("1", "true")), None)
    for style_id in set(own) | set(based_on):
        seen = set()
        current: str | None = style_id
        while current is not None and current not in own and current not in seen:
            seen.add(current)
            current = based_on.get(current)
        if current in own:
            resolved[style_id] = own[current]
    if default in resolved:
        resolved[""] = resolved[default]  # paragraphs that name no style have the default
    return resolved


def _num_pr(num_pr: object) -> tuple[str | None, int | None]:
    num_id = num_pr.find(f"{W}numId")  # type: ignore[attr-defined]
    ilvl = num_pr.find(f"{W}ilvl")  # type: ignore[attr-defined]
    return (
        num_id.get(f"{W}val") if num_id is not None else None,
        int(ilvl.get(f"{W}val", "0")) if ilvl is not None else None,
    )


def _blocks(
    container: object, numbering: Numbering, styles: dict[str, tuple[str | None, int | None]]
) -> Iterator[str]:
    for child in container:  # type: ignore[attr-defined]
        if child.tag == f"{W}p":
            yield _marker(child, numbering, styles) + _runs_text(child)
        elif child.tag == f"{W}tbl":
            yield from _table(child, numbering, styles)
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins"):
            yield from _blocks(child, numbering, styles)


def _marker(
    paragraph: object, numbering: Numbering, styles: dict[str, tuple[str | None, int | None]]
) -> str:
    ppr = paragraph.find(f"{W}pPr")  # type: ignore[attr-defined]
    style = ppr.find(f"{W}pStyle") if ppr is not None else None
    num_id, ilvl = styles.get(style.get(f"{W}val") if style is not None else "", (None, None))
    num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
    if num_pr is not None:
        own_id, own_lvl = _num_pr(num_pr)
        num_id = own_id if own_id is not None else num_id
        ilvl = own_lvl if own_lvl is not None else ilvl
    if num_id is None:
        return ""
    return numbering.marker(num_id, ilvl or 0)


def _runs_text(element: object) -> str:
    """The visible text under ``element``: text, tabs and line breaks in order."""
    parts: list[str] = []

    def walk(node: object) -> None:
        for child in node:  # type: ignore[attr-defined]
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == f"{W}t":
                parts.append(child.text or "")
            elif tag == f"{W}tab":
                parts.append("\t")
            elif tag == f"{W}cr" or (tag == f"{W}br" and child.get(f"{W}type") in (
                    None, "textWrapping")):
                parts.append("\n")  # a line break; page and column breaks are layout
            elif tag == f"{W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{W}p":  # a text box's paragraphs
                parts.append("\n")
                walk(child)
            else:
                walk(child)

    walk(element)
    return "".join(parts)


def _table(
    table: object, numbering: Numbering, styles: dict[str, tuple[str | None, int | None]]
) -> Iterator[str]:
    for row in table.iter(f"{W}tr"):  # type: ignore[attr-defined]
        if row.getparent() is not table:
            continue  # a nested table's rows are read inside their cell
        cells = []
        for cell in row.iter(f"{W}tc"):
            if cell.getparent() is not row:
                continue
            merge = cell.find(f"{W}tcPr/{W}vMerge")
            if merge is not None and merge.get(f"{W}val") != "restart":
                cells.append("")  # continues the cell above: its text is already there
                continue
            lines = [line.replace(_CELL_SEPARATOR, " ")
                     for line in _blocks(cell, numbering, styles)]
            cells.append(" ".join(line.strip() for line in lines if line.strip()))
        yield _CELL_SEPARATOR.join(cells).rstrip()
