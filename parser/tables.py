"""How a row of a table stands in a report's text, one row a line.

Tables reach gongwen three ways: a web page's data table is read with its cells apart by
``CELL_SEPARATOR`` (``parser.html``), a Word or PDF table with a tab between cells
(``parser.docx_reader``, ``parser.pdf_reader``), and Markdown writes its rows between bars
(``| 项目 | 2023年 |``). The reader shows consecutive rows as consecutive lines, not as
paragraphs apart.
"""

from __future__ import annotations

CELL_SEPARATOR = " │ "
"""Between the cells of a web page's data table."""


def is_table_row(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` (from its first visible character to its last)
    is a row of a table: cells apart by a tab or ``CELL_SEPARATOR``, or Markdown's
    ``| … |``."""
    if end - start < 2:
        return False
    if text[start] == "|" and text[end - 1] == "|":
        return True
    return text.find("\t", start, end) >= 0 or text.find(CELL_SEPARATOR, start, end) >= 0
