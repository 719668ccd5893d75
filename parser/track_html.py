"""A plan traced into the next year's results as one self-contained HTML page: each plan item
of year N with its status and, beside it, the review passages of year N+1 that report on it,
the words they share marked; then the results no plan item asked for. A checkbox keeps only
the items without a clear answer; no script, no file or network beside the page."""

from __future__ import annotations

import html
import re

from parser.export import SIDE_BY_SIDE_CSS, page, short_name
from parser.nodes import PATH_SEPARATOR
from parser.track import TracedItem, TrackResult, quoted

STATUS_LABELS = {"reported": "已见回应", "partial": "部分", "unreported": "未见"}


def _marked(text: str, words: tuple[str, ...]) -> str:
    """``text`` escaped for HTML, every occurrence of ``words`` in ``<mark>``."""
    if not words:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    out, position = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[position:match.start()]))
        out.append(f"<mark>{html.escape(match.group())}</mark>")
        position = match.end()
    out.append(html.escape(text[position:]))
    return "".join(out)


def _path(section: tuple[str, ...]) -> str:
    return html.escape(PATH_SEPARATOR.join(section))


def _item_row(result: TrackResult, index: int, traced: TracedItem) -> str:
    item = traced.item
    evidence = "".join(
        f'<li><div class="where">{_path(found.passage.section)}'
        f' <span class="score">{found.score:.2f}</span></div>'
        f"<div>{_marked(quoted(result.results, found.passage), found.words)}</div>"
        + ("".join(f'<div class="figure">{html.escape(a)} → {html.escape(b)}</div>'
                   for a, b in found.figures))
        + "</li>"
        for found in traced.evidence
    )
    right = f"<ol>{evidence}</ol>" if evidence else '<p class="none">回顾中没有找到</p>'
    return (
        f'<tr class="{traced.status}" id="i{index}"><td>'
        f'<span class="badge {traced.status}">{STATUS_LABELS[traced.status]}</span> '
        f'<span class="where">{_path(item.section)}</span>'
        f"<div>{html.escape(quoted(result.plan, item))}</div></td><td>{right}</td></tr>"
    )


def track_html(result: TrackResult, plan_name: str, results_name: str) -> str:
    """The page for ``result``; the two paths head the columns."""
    counts = result.counts
    facts = (f"已见回应 {counts['reported']} · 部分 {counts['partial']} · "
             f"未见 {counts['unreported']} · 计划外成果 {len(result.unplanned)}")
    parts = " → ".join(
        "、".join(part.titles) for part in (result.plan_part, result.review_part) if part)
    rows = "\n".join(_item_row(result, i, traced) for i, traced in enumerate(result.items))
    unplanned = "".join(
        f'<li><span class="where">{_path(passage.section)}</span> '
        f"{html.escape(quoted(result.results, passage))}</li>" for passage in result.unplanned)
    title = f"{short_name(plan_name)} → {short_name(results_name)}"
    body = (
        f"<header><h1>计划落实:{html.escape(title)}</h1>"
        f"<p>{html.escape(parts)}</p><p>{html.escape(facts)}</p>"
        + "".join(f'<p class="note">{html.escape(note)}</p>' for note in result.notes)
        + '<label><input type="checkbox" id="only-open"> 只看未见与部分</label></header>\n'
        "<table><colgroup><col><col></colgroup><thead><tr>"
        f'<th title="{html.escape(plan_name)}">计划({html.escape(short_name(plan_name))})</th>'
        f'<th title="{html.escape(results_name)}">回应({html.escape(short_name(results_name))})'
        "</th></tr></thead><tbody>\n" + rows + "\n</tbody></table>"
        + (f"<details><summary>计划外成果({len(result.unplanned)})</summary>"
           f"<ul>{unplanned}</ul></details>" if result.unplanned else "")
    )
    return page(title, body, SIDE_BY_SIDE_CSS + _TRACK_CSS)


_TRACK_CSS = """
ol{margin:0;padding-left:1.4em}li{margin-bottom:.5em}
.where{color:#666;font-size:.85em}.score{color:#999}.none{color:#900}.note{color:#960}
.figure{font-size:.9em;color:#036}
mark{background:#ffe58a}
.badge.reported{background:#cfc}.badge.partial{background:#ffd}.badge.unreported{background:#fcc}
body:has(#only-open:checked) tr.reported{display:none}
@media (prefers-color-scheme:dark){mark{background:#664}}
"""
