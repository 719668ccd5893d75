"""A diff as one self-contained HTML page: the two reports side by side, section opposite
section and paragraph opposite paragraph (对照), deleted words struck through on the left,
inserted words marked on the right, and the changed figures listed first. A checkbox hides
the unchanged paragraphs; no script, no file or network beside the page."""

from __future__ import annotations

import html
from itertools import groupby

from parser.align import SectionPair
from parser.diff import DiffResult, Row
from parser.export import SIDE_BY_SIDE_CSS, page, short_name
from parser.model import Document, Span
from parser.nodes import MATTER_LABELS, PATH_SEPARATOR

STATUS_LABELS = {"same": "相同", "changed": "修改", "added": "新增", "removed": "删除",
                 "moved": "移动"}


def _label(doc: Document, pair: SectionPair, side: str) -> str:
    if pair.part != "section":
        return MATTER_LABELS[pair.part]
    node = pair.a if side == "a" else pair.b
    if node is None:
        return ""
    return PATH_SEPARATOR.join(f"{section.marker}{section.title}" for section in doc.path(node))


def _side(result: DiffResult, row: Row, side: str) -> str:
    """One side of a row as HTML, its changed stretches marked."""
    text = (result.a if side == "a" else result.b).text
    tag = "del" if side == "a" else "ins"
    parts = []
    for a_span, b_span, changed in row.stretches():
        span: Span | None = a_span if side == "a" else b_span
        if span is None:
            continue
        piece = html.escape(text[span[0]:span[1]])
        parts.append(f"<{tag}>{piece}</{tag}>" if changed and piece else piece)
    return "".join(parts)


def _badge(pair: SectionPair) -> str:
    label = STATUS_LABELS[pair.status]
    if pair.status == "changed":
        label += f" {round((1 - pair.similarity) * 100)}%"
    return f'<span class="badge {pair.status}">{label}</span>'


def diff_html(result: DiffResult, a_name: str, b_name: str) -> str:
    """The page for ``result``; ``a_name`` and ``b_name`` (paths) head the two columns."""
    summary = result.summary
    facts = (f"章节:相同 {summary.same} · 修改 {summary.changed} · 新增 {summary.added} · "
             f"删除 {summary.removed} · 移动 {summary.moved};改动 {summary.characters_changed} "
             f"字;数字变化 {summary.figures_changed} 处")
    rows: list[str] = []
    for index, pair_rows in groupby(result.rows, key=lambda row: row.pair):
        pair = result.pairs[index]
        rows.append(
            f'<tr class="pair {pair.status}" id="p{index}"><th>'
            f"{html.escape(_label(result.a, pair, 'a'))}</th><th>"
            f"{html.escape(_label(result.b, pair, 'b'))} {_badge(pair)}</th></tr>")
        for row in pair_rows:
            left = _side(result, row, "a") if row.a is not None else ""
            right = _side(result, row, "b") if row.b is not None else ""
            kind = "changed" if row.changed else "same"
            rows.append(f'<tr class="{kind}"><td{" class=empty" if row.a is None else ""}>'
                        f'{left}</td><td{" class=empty" if row.b is None else ""}>{right}</td></tr>')
    figures = "".join(
        f"<li><span class=context>{html.escape(figure.context)}</span> "
        f"{html.escape(figure.describe())}</li>" for figure in result.figures)
    title = f"{short_name(a_name)} ↔ {short_name(b_name)}"
    body = (
        f"<header><h1>对照:{html.escape(title)}</h1><p>{html.escape(facts)}</p>"
        + (f"<details open><summary>数字变化({len(result.figures)})</summary>"
           f"<ul class=figures>{figures}</ul></details>" if result.figures else "")
        + '<label><input type="checkbox" id="only-changes"> 只看改动</label></header>\n'
        f'<table><colgroup><col><col></colgroup><thead><tr>'
        f'<th title="{html.escape(a_name)}">{html.escape(short_name(a_name))}</th>'
        f'<th title="{html.escape(b_name)}">{html.escape(short_name(b_name))}</th></tr></thead>'
        "<tbody>\n" + "\n".join(rows)
        + "\n</tbody></table>"
    )
    return page(title, body, SIDE_BY_SIDE_CSS + _DIFF_CSS)


_DIFF_CSS = """
tr.pair th{background:#f4f4f8;font-weight:bold;padding-top:.8em}
td.empty{background:repeating-linear-gradient(135deg,#8881 0 6px,transparent 6px 12px)}
del{background:#fdd;color:#900;text-decoration:line-through}
ins{background:#dfd;color:#060;text-decoration:none;font-weight:bold}
.badge{margin-left:.5em}
.badge.added{background:#cfc}.badge.removed{background:#fcc}.badge.changed{background:#ffd}
.badge.moved{background:#cdf}
ul.figures{columns:2;font-size:.9em}.context{color:#666}
body:has(#only-changes:checked) tr.same{display:none}
body:has(#only-changes:checked) tr.pair.same{display:none}
@media (prefers-color-scheme:dark){tr.pair th{background:#2a2a2e}
del{background:#511;color:#f99}ins{background:#151;color:#9f9}}
"""
