"""Text -> Document: the section tree a careful reader sees.

Steps, each a small function: read Markdown markup and a copying site's watermark, pinyin
readings and indents turned into ``?`` into a masked view of the same length (so every offset
found is an offset into the text as written); split lines; mark debris; find the title lines at
the top and the signature block at the bottom; recognise heading and point markers at line
starts (not in a table laid out a cell a line, and after a sentence's end in a page printed as
one line), and headings without a number (``2023年工作安排``, ``附件1``, ``#`` lines); add lead
sentences; give each heading a depth from the order in which the report uses its marker families
(a stack, so ``1.`` under ``(一)`` is deeper than ``(一)`` whatever the style), repairing a marker
used at the wrong depth and nesting a restarted ``一、``; then cut the text into spans that tile
it, giving fused headings their siblings' shape.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import islice

from parser import (
    collapsed,
    dates,
    full_stops,
    glosses,
    headings,
    indents,
    inline,
    markdown,
    meta,
    offices,
    script,
    sessions,
    watermark,
)
from parser.chars import (
    CLAUSE_ENDS,
    CLOSING,
    DASHES,
    FACT_BULLETS,
    NEVER_ENDS,
    PARAGRAPH_ENDS,
    SENTENCE_ENDS,
    STATEMENT_ENDS,
)
from parser.debris import (
    crumb_steps,
    is_bare_label,
    is_crumb_path,
    is_debris,
    is_home,
)
from parser.lazy_regex import HAN, HAN_CHAR, LazyPattern
from parser.model import Document, Section, SectionKind, Span
from parser.title_block import find_title_lines
from parser.titles import (
    CONTENTS_LABEL,
    is_column_name,
    is_year_label,
    looks_like_title,
    names_a_document,
    title_said_again,
)

_SPACES = markdown.INDENT


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def parse(
    text: str, *, source: str | None = None, encoding: str | None = None,
    markdown_input: bool | None = None,
) -> Document:
    """Parse report text into a Document.

    Never fails: a text with no headings is a document with front matter only. Every character
    of the newline-normalised ``text`` lies in exactly one span of the result.
    ``markdown_input`` says whether the text is Markdown (None: tell from the text itself).
    """
    original = text = normalise_newlines(text)
    if markdown_input is None:
        markdown_input = markdown.is_markdown(text)
    stamped, stamp_breaks = watermark.masked(markdown.read(text) if markdown_input else markdown.Markup(text))
    markup = indents.masked(glosses.masked(stamped))
    # From here on the parser reads the view: markup masked, paragraph breaks a page lost put
    # back, every offset unchanged.
    breaks = tuple(sorted({*stamp_breaks, *collapsed.paragraph_breaks(collapsed.with_breaks(
        markup.view, stamp_breaks))}))
    text = written = collapsed.with_breaks(markup.view, breaks)
    traditional = script.is_traditional(text)
    if traditional:
        text = script.simplified(text)  # read as simplified; shown as written
    text = full_stops.with_full_stops(text)  # (``…请予审议.``: a copy's full stops typed as periods)
    lines = _line_spans(text)
    debris = [is_debris(text[s:e]) for s, e in lines]
    if markup.debris:
        markup_lines = set(markup.debris)
        debris = [flag or span in markup_lines for flag, span in zip(debris, lines)]
    _mark_label_values(text, lines, debris)
    _mark_column_headings(text, lines, debris)
    _mark_crumb_paths(text, lines, debris)
    _mark_contents(text, lines, debris)
    _mark_agenda(text, lines, debris)
    _mark_trailing_repeats(text, lines, debris)
    back_line = _back_matter_start(text, lines, debris)
    title_lines = find_title_lines(text, lines, debris, back_line)
    titles = set(title_lines)
    hard_wrapped = _is_hard_wrapped(text, lines, debris, titles, back_line)
    barred = _bars_trail_prose(text)  # (a bar after a line is then no table's)
    unnumbered = _unnumbered_lines(text, markup)
    unnumbered.update(_plain_unnumbered_lines(text, lines, debris, titles, back_line, unnumbered, barred,
                                              _wrap_width(text, lines, debris, titles, back_line) if hard_wrapped else None))
    # (a table's numbered cells and a document site's numbered pages carry no heading)
    site_pages = _site_pages(text, lines, back_line)
    unmarked = _captioned_tables(text, lines, back_line) | site_pages | _collected_articles(text, lines, back_line)
    items = _markers(text, lines, debris, titles | unmarked, back_line, hard_wrapped, barred, unnumbered,
                     markup.bold_runs)
    items = _with_broken_markers(text, lines, debris, titles, items)
    items = _with_bare_lists(text, lines, debris, titles, back_line, items)
    items = _with_lost_first_breaks(text, lines, debris, items)
    items = _with_spaced_firsts(text, lines, items)
    items = _with_first_part_led_in(text, lines, debris, back_line, items)
    items = _with_lost_middle_parts(text, lines, debris, items)
    # (a page run together in one line, or in a document site's pages)
    run_together = _flattened(lines, debris, titles, back_line) or sorted(site_pages)
    items = _with_flattened_parts(text, lines, run_together, items)
    items = _with_run_on_review(text, lines, back_line, items)
    items = _without_a_bare_last_marker(text, lines, debris, back_line, items)
    items = _with_words_below_their_markers(text, lines, debris, back_line, items)
    items = _without_listed_entries(text, lines, debris, items)
    items = _with_leads(text, lines, debris, titles, back_line, items)
    heading_items = [item for item in items
                     if item.marker.family not in (headings.POINT, headings.LEAD)]
    levels = _levels(heading_items, _bare_followed(text, heading_items), _phrased(text, heading_items),
                     _glossaries(text, heading_items), _said_again(text, heading_items),
                     _sub_parts(text, heading_items))

    back_start = lines[back_line][0] if back_line < len(lines) else len(text)
    sections = _build_tree(text, items, levels, back_start, hard_wrapped, markup.bold_runs, written)
    front_end = sections[0].start if sections else back_start

    opening = next(
        # (under the title: a site's banner over it opens nothing)
        (lines[i] for i in range(max(title_lines, default=-1) + 1, len(lines))
         if lines[i][0] < front_end and not debris[i] and i not in titles
         # (nor a table's empty row, ``||||||``, that a page's layout left over it)
         and text[lines[i][0]:lines[i][1]].strip(" \t\u3000|｜")
         and not meta.is_salutation(text[lines[i][0]:lines[i][1]])
         and not sessions.is_delivery_caption(text[lines[i][0]:lines[i][1]])
         and not sessions.is_document_number(text[lines[i][0]:lines[i][1]])
         and not _site_label(text[lines[i][0]:lines[i][1]])
         # (nor the values of a metadata table that lost its labels: ``××区人民政府办公室`` /
         # ``2025-01-23`` over the first sentence)
         and not offices.is_org_line(text[lines[i][0]:lines[i][1]])
         and not dates.is_date_line(text[lines[i][0]:lines[i][1]])),
        None,
    )
    if opening is None and not title_lines and sections:
        # An excerpt that opens with a heading (``2017年以来工作回顾``): its first paragraph
        # opens the report.
        heading_starts = {item.start for item in items}
        opening = next((lines[i] for i in range(len(lines)) if lines[i][0] > sections[0].start
                        and i < back_line and not debris[i] and not _is_blank(text, lines[i])
                        and _first_char(text, *lines[i]) not in heading_starts), None)
        # (a page printed as one line: the paragraph the first heading's line goes on with)
        line_end = text.find("\n", sections[0].heading[1])
        line_end = len(text) if line_end < 0 else line_end
        if opening is None and text[sections[0].heading[1]:line_end].strip():
            opening = (sections[0].heading[1], line_end)
    signature = [lines[i] for i in range(back_line, len(lines)) if not debris[i]]
    heading_titles = [section.title for section in sections]
    if traditional:
        heading_titles = [script.simplified(title) for title in heading_titles]
    found = meta.extract_meta(text, [lines[i] for i in title_lines], opening, signature,
                              markup.fields, sessions.reviewed_year(heading_titles),
                              [lines[i] for i, flag in enumerate(debris) if flag],
                              sessions.planned_year(heading_titles))
    if traditional:
        def as_written(value: str | None) -> str | None:
            return script.as_written(value, text, written)

        found = replace(found, title=as_written(found.title), org=as_written(found.org),
                        session=as_written(found.session), speaker=as_written(found.speaker))
    return Document(
        text=original,
        meta=found,
        front=(0, front_end),
        sections=sections,
        back=(back_start, len(text)),
        debris=tuple(lines[i] for i, flag in enumerate(debris) if flag),
        title_lines=tuple(lines[i] for i in title_lines),
        source=source,
        encoding=encoding,
        front_matter=markup.front_matter,
        markup=markup.marks,
        breaks=breaks,
    )


def _line_spans(text: str) -> list[Span]:
    spans, start = [], 0
    while True:
        end = text.find("\n", start)
        if end == -1:
            spans.append((start, len(text)))
            return spans
        spans.append((start, end))
        start = end + 1


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start] in _SPACES:
        start += 1
    return start


def _site_label(line: str) -> bool:
    """A line of the site around a report, not its opening: a column's name (``政府信息公开``),
    the year its tab files the page under (``2020年度``), an item of its menu (``• 政府信息公开
    指南``), a link to a file it attaches (``××镇信息公开年报图解.pdf``)."""
    stripped = line.strip()
    return (is_column_name(stripped) or is_year_label(stripped)
            or stripped.startswith(FACT_BULLETS) or _ATTACHMENT.search(stripped) is not None)


def _is_blank(text: str, span: Span) -> bool:
    return _first_char(text, *span) == span[1]


_HEAD_LINES = 8


_VALUE_MAX = 40


def _mark_label_values(text: str, lines: list[Span], debris: list[bool]) -> None:
    """A page's metadata laid out a cell a line (``发布机构:`` / ``新浦镇``): the line after a
    label that stands alone is its value, debris too."""
    pending = ""  # the label waiting for its value
    for i, (start, end) in enumerate(lines):
        line = text[start:end].strip(_SPACES)
        if not line:
            continue
        # A line that names the report or a part of it (``总体情况`` or ``一、2023年工作亮点``
        # under ``浏览次数:``), or opens a title (``关于重庆市2024年预算`` under ``发文字号:``), is
        # the text beginning after a label left empty.
        if pending and not debris[i] and len(line) <= _VALUE_MAX and not any(
                ch in line for ch in "。，；！？") and not headings.names_a_part(line) and not (
                names_a_document(line) and not is_column_name(line)) and not (
                line.startswith("关于") and not _TITLE_LABEL.match(pending)) and (
                headings.recognise(text[start:end], _first_char(text, start, end) - start) is None) and not (
                # (a counter's or a day's value has digits: ``访问量:`` or ``更新时间:`` left empty
                # over the writer's line)
                _NUMERIC_LABEL.search(pending) and not any(ch.isdigit() for ch in line)) and not (
                # (a counter's value is a count: ``访问量:`` over ``××委2023年政府信息公开工作`` /
                # ``年度报告``, a title the page wrapped)
                _COUNTER_LABEL.search(pending) and not _COUNT.fullmatch(line)):
            debris[i] = True
        pending = line if debris[i] and is_bare_label(line) else ""


_TITLE_LABEL = LazyPattern(r"(?:标\s*题|名\s*称|题\s*名)")
_NUMERIC_LABEL = LazyPattern(r"(?:访问|浏览|点击|阅读)(?:量|次数|数)|时间|日期")
_COUNTER_LABEL = LazyPattern(r"(?:访问|浏览|点击|阅读)(?:量|次数|数)")
_COUNT = LazyPattern(r"[\d,，]+\s*次?")


_CRUMB_SPAN = 6
_COLUMN_MAX = 8
_WRITER_GAP = 3


def _mark_column_headings(text: str, lines: list[Span], debris: list[bool]) -> None:
    """``首页 > 专题材料 > 政府报告`` / ``政府报告``: a line a few lines from a breadcrumb, under or
    over it, that repeats its last crumb is the heading of the site's column, debris too; so is
    one that repeats a step before it and names no document (``当前位置:××网 / 年鉴 / 2003卷 /
    特载`` / ``2003卷``)."""
    for i, (start, end) in enumerate(lines[:_HEAD_LINES * 4]):
        crumbs = crumb_steps(text[start:end].strip(_SPACES)) if debris[i] else []
        if len(crumbs) < 2:
            continue
        # (a longer last crumb is the page's own title, which the page repeats)
        columns = {crumb for crumb in crumbs[1:-1] if crumb and not names_a_document(crumb)}
        columns |= {crumbs[-1]} if 0 < len(crumbs[-1]) <= _COLUMN_MAX else set()
        for j in range(max(0, i - _CRUMB_SPAN), min(len(lines), i + _CRUMB_SPAN)):
            line = text[lines[j][0]:lines[j][1]].strip(_SPACES)
            if line in columns and not _writer_over_title(text, lines, j, line):
                debris[j] = True


def _writer_over_title(text: str, lines: list[Span], j: int, line: str) -> bool:
    """``××县人力资源和社会保障局`` / ``2017年政府信息公开工作年度报告``: an office its page's
    breadcrumb passes through, on the line over a title that names no writer — the title's
    first line, not the column's heading."""
    if not offices.is_org_line(line):
        return False
    below = next((text[start:end].strip(_SPACES) for start, end in lines[j + 1:j + _WRITER_GAP]
                  if text[start:end].strip(_SPACES)), "")
    return names_a_document(below) and below[:2] in ("19", "20")


def _mark_crumb_paths(text: str, lines: list[Span], debris: list[bool]) -> None:
    """``首页`` / ``政务公开 规划计划 计划总结``: the rest of a breadcrumb, its arrows lost, on
    the line after its first step, debris too."""
    home = False
    for i, (start, end) in enumerate(lines[:_HEAD_LINES * 4]):
        line = text[start:end].strip(_SPACES)
        if not line:
            continue
        if home and not debris[i] and is_crumb_path(line):
            debris[i] = True
        home = debris[i] and is_home(line)


_CONTENTS_LABEL_SCAN = 12
# ``2020年政府决算公开目录``: the contents of what the page holds, named
_NAMED_CONTENTS = LazyPattern(rf"(?:(?:19|20)\d\d年度?)?{HAN}[^，。,；;：:]{{1,20}}目录")
# ``××镇2023年政府工作报告汇编(35篇)目录1.2023年××镇政府工作报告``: the label, its first
# entry run on
_GLUED_CONTENTS = LazyPattern(r".{0,40}目\s*录(?=[0-9０-９一二三四五六七八九十(（])")
_CONTENTS_MIN = 3
_APPENDIX_ENTRY = LazyPattern(r"附件\s*[0-9０-９]{1,2}\s*[.．、:：]")
_CONTENTS_TITLE_LINES = 4
_CONTENTS_LINE_MAX = 40
_LABELLED_CONTENTS_LINE_MAX = 80
"""Under its label (``目录``) a contents' entry may name a whole document (``（一）《××县人民代表大会
常务委员会关于…情况报告的审议意见》落实情况``)."""
_LISTED_DOCUMENT = LazyPattern(r"(?:报告|(?<!代)表|说明|清单)$")
_SENTENCE_PUNCTUATION = frozenset(SENTENCE_ENDS)


def _mark_contents(text: str, lines: list[Span], debris: list[bool]) -> None:
    """A table of contents at the top (``一、2024年工作回顾`` / ``（一）…`` / ``三、…`` a line each,
    then the report, whose first heading says the same again): the contents' lines are debris,
    never headings, and the title is found past them. A label (``提纲:``, ``目录``) may stand
    over them, after the page's furniture; so may the title. An entry whose number a copy lost
    (``政府性基金预算…决算表`` between ``六、`` and ``八、``) is one of them."""
    # (counted past blank lines: a page may put one between every two)
    head = list(islice((i for i in range(len(lines)) if not debris[i] and not _is_blank(text, lines[i])),
                       _CONTENTS_LABEL_SCAN))
    label = next((i for i in head if CONTENTS_LABEL.fullmatch(text[slice(*lines[i])].strip(_SPACES))
                  or _NAMED_CONTENTS.fullmatch(text[slice(*lines[i])].strip(_SPACES))
                  or _GLUED_CONTENTS.match(text[slice(*lines[i])].strip(_SPACES))), None)
    run: list[tuple[int, bool]] = []  # the entries, and whether each is numbered
    above = 0
    for i in range(0 if label is None else label + 1, len(lines)):
        start, end = lines[i]
        line = text[start:end].strip(_SPACES)
        if debris[i] or not line:
            continue
        numbered = headings.recognise(text[start:end], _first_char(text, start, end) - start) is not None or (
            bool(run) and _APPENDIX_ENTRY.match(line) is not None)  # (``附件5.名词解释`` after the parts)
        if not run and not numbered:
            above += 1
            if label is not None or above > _CONTENTS_TITLE_LINES:
                return
            continue  # (the title over the contents)
        if (len(line) > (_CONTENTS_LINE_MAX if label is None else _LABELLED_CONTENTS_LINE_MAX)
                or _SENTENCE_PUNCTUATION.intersection(line)
                or run and line == text[slice(*lines[run[0][0]])].strip(_SPACES)):
            break  # (the first entry again: the report begins)
        run.append((i, numbered))
    # (an entry a document site's page break cut, ``33.长安镇20`` / ``3、23年政府工作报告``, goes
    # on on the next page: its rest is an entry's, not the report's)
    run = [(i, numbered or n > 0 and _site_page_cut(text, lines, run[n - 1][0]))
           for n, (i, numbered) in enumerate(run)]
    titled = False  # the report's title follows the contents
    while run and not run[-1][1]:
        # (the report's title and salutation after the contents)
        last, _ = run.pop()
        titled = titled or names_a_document(text[slice(*lines[last])])
    leading = next((n for n, (_, numbered) in enumerate(run) if not numbered), len(run))
    # (a contents' entries may hold unnumbered ones of their own, ``一、决算报告`` / ``××市2020年
    # 财政决算报告`` / ``二、…``, when the report's title follows them)
    if leading < _CONTENTS_MIN and not (titled and sum(numbered for _, numbered in run) >= _CONTENTS_MIN):
        return
    first = text[slice(*lines[run[0][0]])].strip(_SPACES)
    if not titled and not any(text[s:e].strip(_SPACES) == first for s, e in lines[run[-1][0] + 1:]):
        # Or a list of the documents the page holds: ``1.××报告`` / ``2.××附表`` / ``3.××说明``.
        run = run[:leading]
        if not all(_LISTED_DOCUMENT.search(text[slice(*lines[i])].strip(_SPACES)) or (i + 1, True) in run
                   and _site_page_cut(text, lines, i) for i, _ in run):
            return
    for i in [*([label] if label is not None else []), *(i for i, _ in run)]:
        debris[i] = True


def _site_page_cut(text: str, lines: list[Span], i: int) -> bool:
    """Line ``i`` is a contents' entry a document site's page break cut, which the next line, a
    page of its own (``3、…``), ends with the document's name."""
    return (i + 1 < len(lines) and _SITE_PAGE.match(text[slice(*lines[i + 1])]) is not None
            and _LISTED_DOCUMENT.search(text[lines[i][0]:lines[i + 1][1]].strip(_SPACES)) is not None)


_AGENDA_TITLE = LazyPattern(r".{2,40}(?:会议|大会)议程")
_AGENDA_ITEM = LazyPattern(r"(?:听取|审议|审查|表决|选举|通过|决定|其他)")


def _mark_agenda(text: str, lines: list[Span], debris: list[bool]) -> None:
    """A meeting's agenda over the report read to it (``市十四届人大常委会第二十五次会议议程`` /
    ``（2025年6月26日）`` / ``一、听取和审议……的报告；``): another document on the page, debris,
    so that neither its name is the title nor its items are headings."""
    # (counted past blank lines: a page may put one between every two)
    head = list(islice((i for i in range(len(lines)) if not debris[i] and not _is_blank(text, lines[i])),
                       _CONTENTS_LABEL_SCAN))
    start = next((i for i in head if _AGENDA_TITLE.fullmatch(text[slice(*lines[i])].strip(_SPACES))),
                 None)
    if start is None:
        return
    agenda = [start]
    for i in range(start + 1, len(lines)):
        line = text[slice(*lines[i])].strip(_SPACES)
        if debris[i] or not line:
            continue
        marker = headings.recognise(line, 0)
        if not (dates.is_date_line(line.strip("（()）")) or marker is not None
                and _AGENDA_ITEM.match(line, marker.end)):
            break
        agenda.append(i)
    if len(agenda) > 1:
        for i in agenda:
            debris[i] = True


def _mark_trailing_repeats(text: str, lines: list[Span], debris: list[bool]) -> None:
    """A page that repeats the report's title and first paragraph after its end (a template's
    summary block): those trailing repeats are debris."""
    head: set[str] = set()
    head_end = 0
    while head_end < len(lines) and len(head) < _HEAD_LINES:
        line = text[lines[head_end][0]:lines[head_end][1]].strip(_SPACES)
        if line and not debris[head_end]:
            head.add(line)
        head_end += 1
    for i in range(len(lines) - 1, head_end - 1, -1):
        line = text[lines[i][0]:lines[i][1]].strip(_SPACES)
        if line and not debris[i]:
            if line not in head or offices.is_org_line(line) or dates.is_date_line(line):
                return  # a signature repeats the head's organisation; it stays the signature
            if headings.recognise(line, 0) or headings.recognise_point(line, 0):
                return  # a numbered line said twice is the outline's, not a summary block
            debris[i] = True


def _back_matter_start(text: str, lines: list[Span], debris: list[bool]) -> int:
    """Index of the first line of the signature block (organisation, date, ``特此报告``,
    trailing debris); ``len(lines)`` if the report has none."""
    start = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        line = text[lines[i][0]:lines[i][1]]
        if _is_blank(text, lines[i]):
            continue
        pos = _first_char(text, *lines[i]) - lines[i][0]
        if headings.recognise(line, pos) or headings.recognise_point(line, pos):
            break
        if not (debris[i] or dates.is_date_line(line) or offices.is_org_line(line)
                or meta.is_closing_line(line)):
            break
        start = i
    return start


@dataclass(frozen=True)
class _Item:
    line: int
    start: int
    """Offset of the marker."""
    marker: headings.Marker
    title_start: int
    title_end: int | None = None
    """Where the heading's words end, where that is known though no stop or break ends them
    (``2018年工作回顾`` run on into ``2018年是…``)."""


_UNNUMBERED_MAX = 30


def _names_a_part(words: str) -> bool:
    """The words after a marker are a part's name alone: short, no sentence in them."""
    words = words.strip(_SPACES)
    return 0 < len(words) <= _UNNUMBERED_MAX * 2 and not any(ch in SENTENCE_ENDS for ch in words)


def _unnumbered_lines(text: str, markup: markdown.Markup) -> dict[int, str]:
    """Line start -> family, for the lines Markdown marks as headings without a number: ``#``
    lines, and whole ``**…**`` lines that read as a heading (not a sentence, a salutation or
    a speaker line)."""
    found = {start: headings.ATX_FAMILIES[level - 1]
             for start, level in markup.heading_levels.items()}
    for start in markup.bold_lines:
        line = text[start:markdown.line_end(text, start)].replace(markdown.MASK, "").strip(_SPACES)
        if start in found:
            continue
        if headings.appendix_line(line):
            found[start] = headings.APPENDIX
        elif (len(line) <= _UNNUMBERED_MAX and line[-1] not in STATEMENT_ENDS
                and "。" not in line and not sessions.is_speaker_line(line)):
            found[start] = headings.UNNUMBERED
    for start, end in markup.bold_runs.items():
        # ``**2004年政府工作主要任务** 今年…``: a part named in bold, its body run on — not
        # ``**政府自身建设进一步加强**。…``, a lead sentence whose full stop the bold left out.
        words = text[start:end].replace(markdown.MASK, "").strip(_SPACES)
        after = text[end:end + 1]
        if (start not in found and headings.names_a_part(words)
                and after not in STATEMENT_ENDS and after not in "，,、"):
            found[start] = headings.UNNUMBERED
    return found


def _plain_unnumbered_lines(
    text: str, lines: list[Span], debris: list[bool], titles: set[int], back_line: int,
    marked: dict[int, str], barred: bool, wrap_width: int | None = None,
) -> dict[int, str]:
    """Line start -> family for unmarked lines that are headings without a number: ``附件1``
    (an appendix), lines naming a part of the report (``2023年工作安排``, ``名词解释``, or a
    name printed as two short lines between paragraphs), and a short line that stands right
    above a ``一、`` / ``1.`` that starts a list."""
    found: dict[int, str] = {}
    # ``一年来，我们…成效显著。`` over ``一是…`` paragraphs, and another such over the next
    # points: each names its group (one alone only leads into the review's list)
    # (the lines that may name a group, found in one pass: most lines are none)
    # (not a sentence a page wrapped at its width: ``这一年，我们坚持…的决心，进`` / ``行了一场…``)
    def wrapped(line: str) -> bool:
        return wrap_width is not None and len(line.strip(_SPACES)) >= wrap_width - _WRAP_SLACK

    named = [(i, line) for i, line in ((i, text[slice(*lines[i])]) for i in range(back_line) if not debris[i])
             if not wrapped(line) and (inline.names_a_group(line) or markdown.MASK in line and inline.names_a_group(
                 line.replace(markdown.MASK, "")))]
    point_groups = {i for i, line in named if inline.names_a_group(line) and _heads_points(text, lines, i, back_line)}
    point_groups = point_groups if len(point_groups) >= _POINT_GROUPS_MIN else set()
    # ``这一年，我们…，经济运行稳中有进`` alone, without a full stop, and another such further on:
    # each names the paragraphs under it, leads or not
    bare_groups = {i for i, line in named if _bare_group(line)}
    bare_groups = bare_groups if len(bare_groups) >= _POINT_GROUPS_MIN else set()
    # ``一年来，我们…成效显著。``, a whole sentence, names its group of leads as one of a series;
    # one alone is the review's opening sentence, set apart (``2024年是…。`` / ``一年来，我们…。``)
    sentence_groups = sum(1 for _, line in named if _sentence_group(line.replace(markdown.MASK, "")))
    title_again = title_said_again([text[slice(*lines[i])] for i in sorted(titles)])
    previous = ""
    for i in range(back_line):
        start, end = lines[i]
        if debris[i] or i in titles or start in marked or _is_blank(text, lines[i]):
            continue
        raw = text[start:end]
        line = raw.strip(_SPACES)
        if title_again(line):
            continue  # (the title printed again over a table: it names no part)
        if line[0] in offices.JOINS and previous and headings.recognise(previous, 0):
            previous = line  # (``一、“十三五”发展回顾`` / ``和2020年主要工作``: the heading's rest)
            continue
        if len(line) > _UNNUMBERED_MAX * 2:
            previous = line  # a paragraph: no heading of this kind is that long
            continue
        line = line.replace(markdown.MASK, "")
        pos = _first_char(text, start, end) - start
        if headings.recognise(raw, pos) or headings.recognise_point(raw, pos):
            previous = line
            continue
        if headings.appendix_line(line):
            if not titles or i > min(titles):  # above the title: the page's list of attachments
                found[start] = headings.APPENDIX
        elif line[:1] in _SUB_PART_BULLETS and (headings.names_a_sub_part(line[1:].strip(_SPACES)) or (
                headings.names_a_part(line[1:].strip(_SPACES)) and _heads_a_list(text, lines, i, back_line))):
            # (``• 主动公开情况``, ``- 总体情况`` over ``（一）…``: a site's bullet for its lost number;
            # not ``• 重点工作`` in a page's list of facts)
            found[start] = headings.UNNUMBERED
        elif ((sessions.is_subtitle(line) and not inline.names_a_group(line) and not _dashed_group(line))
              or sessions.is_speaker_line(line) or line.rstrip("：:")[-1:] == "是"
              or offices.is_org_line(line) or line.startswith(FACT_BULLETS)
              or _NUMBERED_CAPTION.match(line) or _PICTURE_CAPTION.search(line)
              or _DISCLOSURE_ROW.fullmatch(line) or (_is_table_cell(line) and not barred)):
            pass  # ``主要任务是`` leads into its list, a byline (``××县人民政府 2024年1月8日``)
            # stands over it, a page's list of facts (``• 公开目录`` / ``• 重点工作``) beside
            # it, a table's caption (``表1 2020年主要目标完成情况``) over its table, a picture's
            # (``官方网站主页``) under its picture, a row of a disclosure report's table of
            # requests (``（三）`` / ``不予公开`` / ``1.属于国家秘密``) over its cells, a table's
            # cell (``重点工作任务分解、落实情况 |``); none names it
        elif headings.frames_the_report(line):
            found[start] = headings.FRAME
        elif inline.spaces_phrases(line) and _heads_leads(text, lines, i, back_line, reach=1):
            found[start] = headings.GROUP  # (its phrases a space apart, over its leads)
        elif (inline.names_a_group(line) or inline.pairs_phrases(line) or _dashed_group(line)) and (
                line.rstrip(CLOSING)[-1:] not in _CUT_AFTER) and not wrapped(line):
            # (``过去一年，我们…，全市人民的`` / ``自豪感更强…``: a line that stops on a word that
            # needs the next is a sentence a page wrapped, not a group's line without its full stop)
            # Over leads it names their group. Over a list numbered from one, ``一年来，我们…。``
            # only leads into it, while phrases alone (``以强化组织领导为抓手，着力营造…``), or
            # ``一年来，我们…`` without its full stop, name a part whose number the copy lost.
            bare = _bare_group(line)
            after_a_paragraph = not previous or previous[-1] in _PARAGRAPH_ENDS
            phrased = bare or inline.pairs_phrases(line)
            dashed = ((bare and line[:1] in DASHES or _dashed_group(line))
                      and _next_line(text, lines, i, back_line) is not None)
            if (phrased or sentence_groups >= _POINT_GROUPS_MIN) and _heads_leads(
                    text, lines, i, back_line, reach=(
                        _GROUP_SUMMARY_REACH if phrased and after_a_paragraph else 1)) or dashed or (
                    i in point_groups or (phrased and _heads_points(text, lines, i, back_line))):
                # (a group's line without its full stop, or its phrases, may have a paragraph
                # that sums the group up between it and its leads; and one alone over
                # ``一是…`` names its points; set off by a dash, it names what follows)
                found[start] = headings.GROUP
            elif inline.pairs_phrases(line) and _A_YEAR.search(line) and any(
                    not _is_blank(text, lines[j]) for j in range(i + 1, back_line)) and not (
                    previous and headings.recognise(previous, 0)):
                # ``回望2023年，汇聚力量，砥砺前行``: a part — with a body under it, not the
                # sentence a page's excerpt cut off at its end, nor one that lost its full stop
                # right under a heading, whose body it is (``2.依申请公开。`` / ``2022年，××镇
                # 未收到依申请公开件``)
                found[start] = headings.UNNUMBERED
            elif ((not inline.names_a_group(line) or bare)
                  and _heads_a_list(text, lines, i, back_line) and after_a_paragraph):
                # (the group line inside the part that is open, and the list inside it; the
                # phrases a part of their own)
                found[start] = (headings.LISTING_GROUP if inline.names_a_group(line)
                                else headings.UNNUMBERED)
            elif i in bare_groups or (
                    # (one alone between paragraphs: a page that shows only part of the report)
                    bare and after_a_paragraph and _over_a_paragraph(text, lines, i, back_line)) or (
                    sentence_groups >= _POINT_GROUPS_MIN and _sentence_group(line)
                    and not _heads_a_list(text, lines, i, back_line)):
                found[start] = headings.GROUP
        elif headings.names_a_part(line) or _opens_a_two_line_part(
                text, lines, i, back_line, previous, line) or (
                _heads_a_list(text, lines, i, back_line) and looks_like_title(line)
                and HAN_CHAR.search(line) is not None and not _LABELLED.search(line)
                # (``2011年国土资源局信息公开工作年度报告`` over its ``一、``: the report's own
                # title under the page's, not a part of it)
                and not names_a_document(line) and not _ATTACHMENT.search(line)
                and len(line) <= _UNNUMBERED_MAX and "，" not in line
                and (not previous or previous[-1] in _PARAGRAPH_ENDS
                     or previous.endswith("如下"))):  # ``现将有关情况报告如下``, its colon lost
            found[start] = headings.UNNUMBERED
        previous = line
    return found


_CUT_AFTER = frozenset("的地得之和与及或、，,")
_SUB_PART_BULLETS = "•·-"
# (``2021年度××镇信息公开年报图解.pdf``: a link to a file the page attaches, not a part)
_ATTACHMENT = LazyPattern(r"\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)$", re.I)
_A_MEETING = LazyPattern(r"会议|大会")
# one to three phrases, each a little longer than undashed ones may be: the dash marks them
_DASHED_NAME = LazyPattern(rf"(?:{HAN}|[“”\"、《》]){{4,20}}(?:[，,](?:{HAN}|[“”\"、《》]){{2,20}}){{0,2}}")


def _dashed_group(line: str) -> bool:
    """``——抓机遇、促开放，内引外联能级不断跃升`` / ``——经济综合实力实现新增强``: a group's name
    set off by a dash, alone on its line and without a full stop; never a subtitle (which says
    when or where)."""
    if line[:1] not in DASHES:
        return False
    rest = line.lstrip(DASHES).strip(_SPACES)
    if _A_MEETING.search(rest) or names_a_document(rest) or sessions.is_subtitle(rest):
        return False  # (``——在镇第十九届人民代表大会…上``, ``——××街道办事处工作报告``: a subtitle)
    return _DASHED_NAME.fullmatch(rest) is not None


def _over_a_paragraph(text: str, lines: list[Span], i: int, back_line: int) -> bool:
    """The next line is a paragraph: a heading's body, not the rest of a sentence wrapped."""
    after = _next_line(text, lines, i, back_line)
    return after is not None and len(text[after[0]:after[1]].strip(_SPACES)) > _UNNUMBERED_MAX * 2


def _sentence_group(line: str) -> bool:
    return inline.names_a_group(line) and not _bare_group(line)


def _bare_group(line: str) -> bool:
    """``一年来，我们…，经济运行持续向好``: a group's line without its full stop, a heading's way
    (``…展现了经济发展“安居速度”``: a quote closed, with no full stop in it)."""
    stripped = line.strip(_SPACES)
    return inline.names_a_group(stripped) and stripped.rstrip(CLOSING)[-1:] not in _PARAGRAPH_ENDS


def _opens_a_two_line_part(
    text: str, lines: list[Span], i: int, back_line: int, previous: str, line: str,
) -> bool:
    """``攻坚克难砥砺奋进`` / ``全县经济社会实现持续健康发展``: a part's name printed as two short
    lines of words alone, after a paragraph's end and before a paragraph."""
    if not previous or previous[-1] not in _PARAGRAPH_ENDS or not _PART_LINE.fullmatch(line):
        return False
    after = [j for j in range(i + 1, min(back_line, i + _PART_LOOKAHEAD))
             if not _is_blank(text, lines[j])][:2]
    if len(after) < 2:
        return False
    second, body = (text[s:e].strip(_SPACES) for s, e in (lines[j] for j in after))
    return (_PART_LINE.fullmatch(second) is not None and len(body) > _UNNUMBERED_MAX
            and body[-1] in _PARAGRAPH_ENDS)


# (``2015年国民经济`` / ``和社会发展计划执行情况``; ``党建引领 政治铸魂`` / ``建设高素质法院队伍``)
_PART_LINE = LazyPattern(rf"(?:(?:19|20)\d\d年)?{HAN}{{4,16}}|{HAN}{{2,8}}[ \u3000]{HAN}{{2,8}}")
_PART_LOOKAHEAD = 6


def _heads_a_list(text: str, lines: list[Span], i: int, back_line: int) -> bool:
    """The next non-blank line starts a numbered list: ``一、``, ``（一）`` or ``1.`` numbered 1."""
    for j in range(i + 1, min(back_line, i + 4)):
        if _is_blank(text, lines[j]):
            continue
        start, end = lines[j]
        marker = headings.recognise(text[start:end], _first_char(text, start, end) - start)
        return (marker is not None and marker.ordinal == 1
                and marker.family in ("cn", "cn-paren", "arabic"))
    return False


_POINT_GROUPS_MIN = 2
_GROUP_SUMMARY_REACH = 2


def _next_line(text: str, lines: list[Span], i: int, back_line: int) -> Span | None:
    """The first non-blank line after line ``i``, before the back matter."""
    return next((lines[j] for j in range(i + 1, back_line) if not _is_blank(text, lines[j])), None)


def _heads_points(text: str, lines: list[Span], i: int, back_line: int) -> bool:
    """The next non-blank line opens with a first point (``一是工业平台拓展成果丰硕。…``)."""
    following = _next_line(text, lines, i, back_line)
    if following is None:
        return False
    start, end = following
    point = headings.recognise_point(text[start:end], _first_char(text, start, end) - start)
    return point is not None and point.ordinal == 1


def _heads_leads(text: str, lines: list[Span], i: int, back_line: int, reach: int = 1) -> bool:
    """One of the next ``reach`` non-blank lines opens with a lead sentence (``经济总量持续增长。
    …``), and none before it with a number."""
    following = (lines[j] for j in range(i + 1, back_line) if not _is_blank(text, lines[j]))
    for start, end in islice(following, reach):
        first = _first_char(text, start, end)
        if headings.recognise(text[start:end], first - start) is not None:
            return False
        if inline.lead_end(text, first, end) is not None:
            return True
    return False


def _wrapped_across_a_gap(
    text: str, lines: list[Span], debris: list[bool], titles: set[int], i: int, marked_line: int,
) -> bool:
    """The last line with words above ``i`` is a paragraph that stops mid-sentence: line ``i``
    goes on with its sentence (``…纳入党风廉政建设`` / blank / ``、政风行风评议…``), not with a
    number lost (never the title or the page's rows above the first part: ``2016年…年度报告`` /
    ``、概述``)."""
    above = next((j for j in range(i - 1, -1, -1) if not _is_blank(text, lines[j])), None)
    if above is None or debris[above] or above in titles:
        return False
    words = text[slice(*lines[above])].strip(_SPACES).rstrip(CLOSING)
    if above == marked_line and len(words) <= _UNNUMBERED_MAX * 2:
        return False  # (a heading alone on its line, without a full stop)
    if text[lines[i][0]:lines[i][1]].lstrip(_SPACES)[:1] in ")）" and (
            words.count("(") + words.count("（") <= words.count(")") + words.count("）")):
        return False  # (a closing bracket no bracket above opens: ``)政府信息管理情况``, its ``（三`` lost)
    return bool(words) and words[-1] not in _PARAGRAPH_ENDS and words[-1] not in "：:"


def _markers(
    text: str, lines: list[Span], debris: list[bool], titles: set[int], back_line: int,
    hard_wrapped: bool, barred: bool, unnumbered: dict[int, str], bold_runs: dict[int, int],
) -> list[_Item]:
    items: list[_Item] = []
    in_sections = False  # inline points belong to a section's body, not to the opening
    last: dict[str, int] = {}  # the last ordinal of each family, outside tables
    table_until: tuple[str, int] | None = None  # in a table: the marker that ends it
    marked_line = -1  # the last line with a marker
    for i in range(back_line):
        if debris[i] or i in titles:
            continue
        line_start, line_end = lines[i]
        first = _first_char(text, line_start, line_end)
        if first == line_end:
            continue
        line = text[line_start:line_end]
        pos = first - line_start
        marker = None
        if not (i > 0 and not debris[i - 1] and i - 1 not in titles
                and _runs_on(text, lines[i - 1], hard_wrapped)) or _next_of_its_list(
                    line, pos, last, text[lines[i - 1][0]:lines[i - 1][1]]):
            marker = headings.recognise(line, pos) or headings.recognise_point(line, pos)
            if marker is None and line[pos:pos + 1] == "•":
                # ``  •   一、总体情况``: the last item of a page's list of facts holds the first
                # part, which starts at its marker
                at = len(line) - len(line[pos + 1:].lstrip(_SPACES))
                marker = headings.recognise(line, at)
                first = line_start + at if marker else first
            if marker is None:
                marker = headings.lost_number(line, pos, last)
                if marker is not None and _wrapped_across_a_gap(text, lines, debris, titles, i, marked_line):
                    marker = None
            if marker is not None and _is_table_cell(line) and not (barred and _one_trailing_bar(line)):
                marker = None  # ``一、本年新收政府信息公开申请数量 |``: a table's row label
            elif marker is not None and _REQUESTS_ROW.match(line, marker.end):
                # a row of a disclosure report's table of requests, its cell's bar lost or cut
                # (``二、上年结转政府信息公``, ``（二）部分公开（区分处理的，只计这一情``): the
                # table's numbers run until the report's go on
                if table_until is None and marker.family in last:
                    table_until = (marker.family, last[marker.family] + 1)
                marker = None
            if marker is not None and marker.family in headings.DECIMAL_FAMILIES:
                # ``1.1``, ``1.2``… count from one; ``15.10大产业项目`` is a glossary's 15th entry;
                # and their parent's number is one the report has reached (``12.6:53.3:`` /
                # ``34.1调整为…``: a ratio the page wrapped, under ``一、``)
                parent = int(re.split(r"[.．]", marker.text)[-2])
                if marker.ordinal not in (1, last.get(marker.family, -1) + 1) or parent > max(
                        last.values(), default=0) + 1:
                    marker = None
                else:
                    last[marker.family] = marker.ordinal
            if marker is not None and marker.family in _TABLE_FAMILIES:
                if table_until is None and marker.ordinal == 1 and last.get(
                        marker.family, 0) >= 2 and sum(
                        _is_cell(text[lines[j][0]:lines[j][1]])
                        for j in range(marked_line + 1, i) if not debris[j]) >= _TABLE_CELLS:
                    # Numbering that starts again among a table's cells labels its rows;
                    # the table ends where the report's own numbering goes on.
                    table_until = (marker.family, last[marker.family] + 1)
                if table_until is not None:
                    if (marker.family, marker.ordinal) == table_until:
                        table_until = None
                    else:
                        marker = None
                if marker is not None:
                    last[marker.family] = marker.ordinal
        if marker is None and line_start in unnumbered:
            family = unnumbered[line_start]
            if family in headings.GROUPS:  # (``——这一年，我们…``: the dash sets it off, and
                # its words start after it)
                pos += len(line[pos:]) - len(line[pos:].lstrip("—"))
            # (``• 主动公开情况``: its bullet, and the space after it, stand for its number)
            bullet = line[pos] if line[pos] in _SUB_PART_BULLETS else ""
            words = len(line) - len(line[pos + len(bullet):].lstrip(_SPACES))
            marker = headings.Marker(family, 0, line[pos:words], words)
        elif (marker is not None and marker.text.startswith("第") and marker.family == headings.POINT
                and (line_start in bold_runs or _names_a_part(line[marker.end:]))):
            # (bold, or alone on its line: ``第一、 2022年度推进法治政府建设的主要举措和成效``)
            marker = headings.Marker(headings.ORDINAL_WORD, marker.ordinal, marker.text, marker.end)
        if marker is not None:
            marked_line = i
            start = first
            while start > line_start and text[start - 1] == markdown.MASK:
                start -= 1  # the heading's markup (``**``, ``##``) belongs to it
            items.append(_Item(i, start, marker, line_start + marker.end))
            in_sections = True
        if not in_sections:
            continue
        leading_point = marker.ordinal if marker and marker.family == headings.POINT else None
        for offset, point in headings.inline_points(line, leading_point):
            items.append(_Item(i, line_start + offset, point, line_start + point.end))
    return items


def _without_a_bare_last_marker(
    text: str, lines: list[Span], debris: list[bool], back_line: int, items: list[_Item],
) -> list[_Item]:
    """The items without a marker that ends the text with no words after it (``（三）`` where
    a page's excerpt was cut off): no section, only the number of one."""
    if not items or text[items[-1].title_start:lines[items[-1].line][1]].strip(_SPACES):
        return items
    if any(not debris[i] and not _is_blank(text, lines[i])
           for i in range(items[-1].line + 1, back_line)):
        return items
    return items[:-1]


def _with_words_below_their_markers(
    text: str, lines: list[Span], debris: list[bool], back_line: int, items: list[_Item],
) -> list[_Item]:
    """The items with a marker alone on its line (``一、`` / ``过去一年工作回顾``) titled by the
    short line under it, which is then no heading of its own."""
    result: list[_Item] = []
    taken: set[int] = set()
    for item in items:
        if item.line in taken:
            continue
        if (item.marker.family not in headings.UNNUMBERED_FAMILIES and item.marker.text
                and not text[item.title_start:lines[item.line][1]].strip(_SPACES)):
            below = next((j for j in range(item.line + 1, min(back_line, item.line + _WORDS_BELOW))
                          if not debris[j] and not _is_blank(text, lines[j])), None)
            words = text[slice(*lines[below])].strip(_SPACES) if below is not None else ""
            if (below is not None and words and len(words) <= _UNNUMBERED_MAX * 2
                    and words[-1] not in _PARAGRAPH_ENDS and not headings.recognise(words, 0)):
                taken.add(below)
                item = replace(item, title_start=_first_char(text, *lines[below]))
        result.append(item)
    return result


_WORDS_BELOW = 3
"""Lines a marker alone on its line looks down for its words: the next, past a blank one."""


def _without_listed_entries(
    text: str, lines: list[Span], debris: list[bool], items: list[_Item],
) -> list[_Item]:
    """The items without a list numbered from 1 whose entries are a line each with nothing
    between them, and either end with ``；`` (``1.入选省智慧养老院试点县区；`` / ``2.…；`` / … /
    ``14.…。``: one sentence) or mostly tell an honour won (``4.花园社区获评省首批零碳试点社区。``:
    a year's highlights, facts). A part's headings have their bodies between them; a list of
    tasks (``1.新建幼儿园40所。``) stays each task's heading, as a report's appendix numbers
    them."""
    dropped: set[int] = set()
    run: list[_Item] = []

    def close() -> None:
        entries = [_entry(text, lines, item) for item in run]
        listed = sum(entry.endswith(("；", ";")) for entry in entries)
        # (an entry's first sentence: a heading's body on its line may tell of honours too)
        honours = sum(_HONOUR.search(re.split("[。；;]", entry, maxsplit=1)[0]) is not None
                      for entry in entries)
        # (not sections each led by its name and a colon: ``(一)主动公开政府信息的数量:本街道
        # 2015年共主动公开…;`` / ``(二)…的主要类别:…;``)
        led = sum(_led_entry(entry) for entry in entries)
        if 2 * led > len(run):
            return
        if len(run) >= _LIST_MIN and (listed >= len(run) - 1  # (the last ends the sentence)
                                      or 2 * honours > len(run)) or len(run) >= 2 and listed == len(run):
            # (or two, each ending with ``；``, the sentence going on after them)
            dropped.update(item.start for item in run)

    for item in items:
        if item.marker.family == headings.POINT and run and item.line == run[-1].line:
            continue  # ``一是…`` inside the entry
        if (item.marker.family in _LIST_FAMILIES and _SEMICOLON.search(text, item.title_start, lines[item.line][1])
                and _lists_on(_entry(text, lines, item), item.marker)):
            dropped.add(item.start)  # ``1.官方网站公开;2.电视、电台;3.…``: a list on one line
            continue
        previous = run[-1] if run else None
        if (previous is not None and item.marker.family == previous.marker.family
                and _next_entry(text, lines, debris, previous, item)):
            run.append(item)
            continue
        close()
        run = [item] if item.marker.family in _LIST_FAMILIES and item.marker.ordinal == 1 else []
    close()
    return [item for item in items if item.start not in dropped] if dropped else items


def _next_entry(
    text: str, lines: list[Span], debris: list[bool], previous: _Item, item: _Item,
) -> bool:
    """``item`` is the entry after ``previous``, nothing between them but the entry whose number
    a copy garbled (``3.81日…``, its 月 lost, between ``2.`` and ``4.``)."""
    between = [text[slice(*lines[j])].strip(_SPACES) for j in range(previous.line + 1, item.line)
               if not debris[j] and not _is_blank(text, lines[j])]
    skipped = item.marker.ordinal - previous.marker.ordinal - 1
    return skipped == len(between) == 0 or (
        skipped == len(between) == 1 and between[0].startswith(str(previous.marker.ordinal + 1)))


def _lists_on(entry: str, marker: headings.Marker) -> bool:
    """The entry's first clause ends with a ``；`` and the next number of its list, in the same
    form, follows it (not ``1.完善制度。主要做法：1.建立台账；2.…``: a list inside the section)."""
    first = _FIRST_BREAK.search(entry)
    if first is None or first[0] not in "；;":
        return False
    following = marker.text.replace(str(marker.ordinal), str(marker.ordinal + 1), 1)
    return following != marker.text and entry[first.end():].lstrip(" ").startswith(following)


_FIRST_BREAK = LazyPattern("[。；;：:]")
_LEAD = LazyPattern(r"[^，,。；;：:]{4,20}[：:]")
_LED_BODY_MIN = 15
"""Han characters after a section's name and its colon that make it a sentence, not an amount."""


def _led_entry(entry: str) -> bool:
    """``主动公开政府信息的数量:本街道2015年共主动公开…``: a section's name, a colon and a
    sentence (not ``一般公共服务支出:31694万元;``, an amount)."""
    lead = _LEAD.match(entry)
    return lead is not None and len(HAN_CHAR.findall(entry, lead.end())) >= _LED_BODY_MIN
_SEMICOLON = LazyPattern("[；;]")


def _entry(text: str, lines: list[Span], item: _Item) -> str:
    return text[item.title_start:lines[item.line][1]].strip(_SPACES)


_LIST_MIN = 3
# What a year's honours say: ``获评`` / ``被评为`` / ``入选`` / ``斩获…金奖`` / ``被推介为`` / ``成功创建``
_HONOUR = LazyPattern(r"获评|荣获|斩获|评为|入选|授予|命名为|认定为|推介为|获批|成功创建|获得")
# (and ``（一）…；`` / … / ``（十）…。``: a sentence's list of the parts a report is made of)
_LIST_FAMILIES = frozenset(("arabic", "arabic-paren", "arabic-half-paren", "cn-paren"))




_FLATTENED_MIN = 200
_FLATTENED_SHARE = 0.7
"""A line this long, holding this share of the text, is the whole page run together."""
# (``…报告如下: 一、…``: a copy that kept a space where the break was)
_END_THEN_PART = LazyPattern(rf"[{STATEMENT_ENDS}][ \u3000\u00a0]*(?=[(（{headings.CN_NUMERALS}0-9０-９])")
# ``一、2022年工作总结（一）巩固…``: a part's first section run on to the part's name, which has
# no full stop to end it
_RUN_ON_FIRST = LazyPattern(rf"[^{STATEMENT_ENDS}]{{2,}}?(?<!第)([(（]一[)）])(?!项)")  # (not ``第（一）项``: a clause cited)
_RUN_ON_SPAN = 40
# ``…请予审议，并请…提出意见。2018年工作回顾2018年是…``: the review, a part named without a
# number, run on after the speech's opening sentence (its name ends at 回顾)
_OPENING_THEN_REVIEW = LazyPattern(
    rf"(?:提出意见|报告工作|请予审议)[^{STATEMENT_ENDS}]{{0,40}}[。]"
    rf"((?:(?:19|20)\d\d年|过去(?:的)?[一五]年|本届政府)[^{STATEMENT_ENDS}，,]{{0,16}}?工作回顾)")


def _with_run_on_review(text: str, lines: list[Span], back_line: int, items: list[_Item]) -> list[_Item]:
    """The items with the review part of a speech whose page ran it on after the opening
    sentence, with no break or space (``…提出意见。2018年工作回顾2018年是…``)."""
    for i in range(min(back_line, len(lines))):
        start, end = lines[i]
        if end - start < _FLATTENED_MIN:
            continue
        review = _OPENING_THEN_REVIEW.search(text, start, end)
        if review is None:
            continue
        at = review.start(1)
        if any(item.start == at for item in items):
            return items
        marker = headings.Marker(headings.UNNUMBERED, 0, "", at - start)
        return sorted([*items, _Item(i, at, marker, at, review.end(1))], key=lambda item: item.start)
    return items


def _flattened(lines: list[Span], debris: list[bool], titles: set[int], back_line: int) -> list[int]:
    """The one line that holds a page printed without its breaks, if it is such a page."""
    body = [i for i in range(back_line) if not debris[i] and i not in titles]
    if not body:
        return []
    longest = max(body, key=lambda i: lines[i][1] - lines[i][0])
    start, end = lines[longest]
    if end - start < max(_FLATTENED_MIN, _FLATTENED_SHARE * sum(
            lines[i][1] - lines[i][0] for i in body)):
        return []
    return [longest]


# Lists whose first number a page may run on after a sentence (``…功能。（一）主动公开方面。``)
_LISTS = frozenset(("cn-paren", "arabic", "arabic-paren"))
# (and the headings each may stand right under, whose first it may have lost the number of)
_PARENTS = {"cn-paren": ("cn",), "arabic": ("cn", "cn-paren"), "arabic-paren": ("cn", "cn-paren", "arabic")}
_END_THEN_NUMBER = LazyPattern(rf"[{STATEMENT_ENDS}](?=[(（0-9０-９])")


def _with_lost_first_breaks(
    text: str, lines: list[Span], debris: list[bool], items: list[_Item],
) -> list[_Item]:
    """The items with a list's first heading that the page ran on after a sentence, with no
    break or space (``…强监管功能。（一）主动公开方面。…``), where its second (``（二）``)
    opens a line of its own and no first stands before it — or that lost its number and stands
    alone, the one short line between the paragraphs before the second (``强化组织领导``)."""
    found: list[_Item] = []
    for n, item in enumerate(items[1:], 1):
        previous, marker = items[n - 1], item.marker
        if (marker.family not in _LISTS or marker.ordinal != 2 or previous.line == item.line
                or (previous.marker.family == marker.family and previous.marker.ordinal == 1)
                or text[lines[item.line][0]:item.start].strip(_SPACES)):
            continue
        bare: list[int] = []
        for i in range(previous.line, item.line):
            if debris[i]:
                continue
            start, end = lines[i]
            line = text[start:end]
            name = line.strip(_SPACES)
            if (i > previous.line and previous.marker.family in _PARENTS[marker.family]
                    and 2 <= len(name) <= _PART_NAME_MAX and HAN_CHAR.match(name)
                    and not any(char in name for char in STATEMENT_ENDS + "，,：:")):
                bare.append(i)
            after = previous.title_start - start if i == previous.line else 0
            first = _after_a_sentence(line, max(after, 0), marker.family, 1)
            if first is not None and first[1].family == marker.family:
                found.append(_Item(i, start + first[0], first[1], start + first[1].end))
                break
        else:
            if len(bare) == 1:
                start = _first_char(text, *lines[bare[0]])
                found.append(_Item(bare[0], start, headings.Marker(marker.family, 1, "", 0), start))
    return sorted(items + found, key=lambda item: item.start) if found else items


def _with_spaced_firsts(text: str, lines: list[Span], items: list[_Item]) -> list[_Item]:
    """The items with a first section run on to its part's name a space after it, on the part's
    line (``二、政府信息公开情况 （一）门户网站:…``)."""
    taken = {item.start for item in items}
    found: list[_Item] = []
    for item in items:
        if item.marker.family == "cn-paren":
            continue
        start = lines[item.line][0]
        line = text[start:lines[item.line][1]]
        if "一)" not in line and "一）" not in line:
            continue  # (most lines: a test far cheaper than the pattern's match)
        spaced = _SPACED_FIRST.match(line, item.title_start - start)
        if spaced is None or start + spaced.end() in taken:
            continue
        run_on = headings.recognise(line, spaced.end())
        if run_on is not None and run_on.family == "cn-paren" and run_on.ordinal == 1:
            found.append(_Item(item.line, start + spaced.end(), run_on, start + run_on.end))
    return sorted(items + found, key=lambda item: item.start) if found else items


# ``…具体内容如下:一、总体情况`` ending its line: the first part, run on after the sentence that
# leads into the parts
_LEAD_IN_THEN_FIRST = LazyPattern(r"如下[：:][ \u3000]*(?=一、)")
_PART_NAME_MAX = 16


def _with_first_part_led_in(
    text: str, lines: list[Span], debris: list[bool], back_line: int, items: list[_Item],
) -> list[_Item]:
    """The items with a first part (``一、``) that the page ran on after the sentence leading
    into the parts, its short name ending the line (``…具体内容如下:一、总体情况``)."""
    back = lines[back_line][0] if back_line < len(lines) else len(text)
    matches = list(_LEAD_IN_THEN_FIRST.finditer(text, 0, back))
    taken = {item.start for item in items} if matches else set()
    found: list[_Item] = []
    for match in matches:
        i = bisect_right(lines, (match.start(), len(text))) - 1
        start, end = lines[i]
        if debris[i] or match.end() in taken:
            continue
        marker = headings.recognise(text[start:end], match.end() - start)
        name = text[start + marker.end:end].strip(_SPACES) if marker else ""
        if (marker and marker.family == "cn" and marker.ordinal == 1 and 2 <= len(name) <= _PART_NAME_MAX
                and not any(char in name for char in STATEMENT_ENDS + "，,")):
            found.append(_Item(i, match.end(), marker, start + marker.end))
    return sorted(items + found, key=lambda item: item.start) if found else items


# a heading's words, then a space and its first section run on (no sentence ended between)
_SPACED_FIRST = LazyPattern(rf"[^{STATEMENT_ENDS}，,：:]{{2,24}}?[ \u3000]+(?=[(（]一[)）])")


def _with_lost_middle_parts(text: str, lines: list[Span], debris: list[bool], items: list[_Item]) -> list[_Item]:
    """The items with a part the page ran on after the last sentence of the paragraph before
    it, its short name ending the line (``…主要活动信息等。二、主动公开政府信息情况``), where it is
    the number missing between two parts that open lines of their own (``一、`` … ``三、``)."""
    found: list[_Item] = []
    last: dict[str, _Item] = {}
    for item in items:
        marker, previous = item.marker, last.get(item.marker.family)
        last[marker.family] = item
        if previous is None or previous.marker.ordinal != marker.ordinal - 2:
            continue
        for i in range(previous.line + 1, item.line):
            start, end = lines[i]
            line = text[start:end].rstrip(_SPACES)
            lost = None if debris[i] else _after_a_sentence(line, 0, marker.family, marker.ordinal - 1, _END_THEN_PART)
            name = line[lost[1].end:].strip(_SPACES) if lost else ""
            if lost and 2 <= len(name) <= _PART_NAME_MAX and not any(char in name for char in STATEMENT_ENDS + "，,"):
                found.append(_Item(i, start + lost[0], lost[1], start + lost[1].end))
                break
    return sorted(items + found, key=lambda item: item.start) if found else items


def _after_a_sentence(
    line: str, pos: int, family: str, ordinal: int, ends: LazyPattern = _END_THEN_NUMBER,
) -> tuple[int, headings.Marker] | None:
    """(offset, marker) of the first ``family`` marker numbered ``ordinal`` right after a
    sentence's end (where ``ends`` finds one)."""
    for match in ends.finditer(line, pos):
        marker = headings.recognise(line, match.end())
        if marker is not None and marker.family == family and marker.ordinal == ordinal:
            return match.end(), marker
    return None


def _with_flattened_parts(text: str, lines: list[Span], run: list[int], items: list[_Item]) -> list[_Item]:
    """The items with the parts of a page printed without a break or a space where each
    paragraph ended, as one line or as a document site's run of pages (``…提出意见。一、2022年
    工作回顾2022年，…``): each ``一、``, ``（一）`` and ``1.`` right after a sentence's end, numbered
    in order across the run; and a ``（一）`` run on to the part it opens (``一、2022年工作总结（一）
    巩固…``)."""
    expected = {"cn": 1, "cn-paren": 1, "arabic": 1}
    taken = {item.start for item in items}
    found: list[_Item] = []
    for i in run:
        start, end = lines[i]
        line = text[start:end]
        for match in _END_THEN_PART.finditer(line):
            marker = headings.recognise(line, match.end())
            if marker is None or expected.get(marker.family) != marker.ordinal:
                continue
            expected[marker.family] = marker.ordinal + 1
            if marker.family == "cn":
                expected["cn-paren"] = 1
            if marker.family != "arabic":
                expected["arabic"] = 1
            if start + match.end() not in taken:
                found.append(_Item(i, start + match.end(), marker, start + marker.end))
            if marker.family != "cn":
                continue
            run_on = _RUN_ON_FIRST.match(line, marker.end, marker.end + _RUN_ON_SPAN)
            first = headings.recognise(line, run_on.start(1)) if run_on else None
            if run_on and first and first.family == "cn-paren" and first.ordinal == 1:
                expected["cn-paren"] = 2
                if start + run_on.start(1) not in taken:
                    found.append(_Item(i, start + run_on.start(1), first, start + first.end))
    return sorted(items + found, key=lambda item: item.start) if found else items


def _with_broken_markers(
    text: str, lines: list[Span], debris: list[bool], titles: set[int], items: list[_Item],
) -> list[_Item]:
    """The items with the number a copy printed without its separator (``2利弄等…``) or its
    closing bracket (``（二加强…``) where its two neighbours (``1、`` before, ``3、`` after)
    leave its place empty: the only line between them that opens with that number. A list's
    first number lost (``1 主动公开数量`` before ``2、``) lies between the ``2、`` and the
    heading of another family that opens the list."""
    found: list[_Item] = []
    previous = dict(zip((item.start for item in items[1:]), items))
    for family, lost in _LOST_PARTS.items():
        numbered = [item for item in items if item.marker.family == family
                    and item.start == _first_char(text, *lines[item.line])]
        gaps = [(before.line, before.marker.ordinal + 1) for before, after in zip(numbered, numbered[1:])
                 if after.marker.ordinal == before.marker.ordinal + 2
                 and before.marker.text[-1:] == after.marker.text[-1:]]
        gaps += [(opener.line, 1) for after in numbered if after.marker.ordinal == 2
                 for opener in [previous.get(after.start)] if opener and opener.marker.family != family]
        for before_line, ordinal in gaps:
            after_line = next(item.line for item in numbered if item.line > before_line)
            candidates = []
            for i in range(before_line + 1, after_line):
                if debris[i] or i in titles:
                    continue
                start, end = lines[i]
                first = _first_char(text, start, end)
                marker = lost(text[start:end], first - start, ordinal)
                if marker is not None and marker.family == family:
                    candidates.append(_Item(i, first, marker, start + marker.end))
            if len(candidates) == 1:
                found.extend(candidates)
    return sorted(items + found, key=lambda item: item.start) if found else items


def _with_bare_lists(
    text: str, lines: list[Span], debris: list[bool], titles: set[int], back_line: int, items: list[_Item],
) -> list[_Item]:
    """The items with a list a copy printed with no separator after any of its numbers
    (``1做好…`` / ``2持续推进…``), or with a space alone after its Chinese numbers (``一 概述`` /
    ``二 政府信息主动公开情况``): lines that open with ``1``, ``2``, … (``一``, ``二``, …) and
    words, one on from another, no heading between them, two at least (or one ``一 概述`` whose
    next heading is its ``（一）``)."""
    # (a line taken for a heading without a number, ``六 政府支出与收费``, keeps the number it has)
    taken = {item.line for item in items if item.marker.family != headings.UNNUMBERED}
    sub_firsts = {item.line for item in items if item.marker.family == "cn-paren" and item.marker.ordinal == 1}
    found: list[_Item] = []
    for family, numbered, first_of_list in _BARE_LISTS:
        if first_of_list.search(text) is None or any(item.marker.family == family for item in items):
            continue
        run: list[_Item] = []
        for i in range(back_line):
            if i in taken or i in titles:
                found += run if len(run) >= _BARE_LIST_MIN or family == "cn" and i in sub_firsts else []
                run = []
                continue
            if debris[i]:
                continue
            start, end = lines[i]
            first = _first_char(text, start, end)
            marker = numbered(text[start:end], first - start, len(run) + 1)
            if marker is None and run:  # (or a new list: ``1…`` again)
                marker = numbered(text[start:end], first - start, 1)
                if marker is not None:
                    found += run if len(run) >= _BARE_LIST_MIN else []
                    run = []
            if marker is not None:
                run.append(_Item(i, first, marker, start + marker.end))
        # (or one whose name the page spaced out, as its parts' names are: ``一 概 述``)
        found += run if len(run) >= _BARE_LIST_MIN or family == "cn" and len(run) == 1 and (
            _LETTER_SPACED.fullmatch(text, run[0].title_start, lines[run[0].line][1])) else []
    if not found:
        return items
    numbered_lines = {item.line for item in found}
    return sorted([item for item in items if item.line not in numbered_lines] + found, key=lambda item: item.start)


_BARE_LIST_MIN = 2
_LETTER_SPACED = LazyPattern(rf"{HAN}(?:[ \u3000]+{HAN}){{1,5}}[ \t\u3000]*")
# (a line that opens with a bare ``1`` and words: most texts have none, and need no scan; led by
# the break before it, which the search looks for first)
_BARE_FIRST = LazyPattern(r"\n[ \t\u3000\u00a0]*[1１][ \u3000]*(?=[\u4e00-\u9fff])")
_SPACED_FIRST_PART = LazyPattern(r"\n[ \t\u3000\u00a0]*[一二][ \u3000]+(?=[\u4e00-\u9fff])")
_BARE_LISTS = (("arabic", headings.lost_separator, _BARE_FIRST), ("cn", headings.spaced_numeral, _SPACED_FIRST_PART))


_LOST_PARTS = {"arabic": headings.lost_separator, "cn-paren": headings.lost_close,
               "arabic-paren": headings.lost_close}
"""What a copy may lose of a family's marker: the separator after a number, the bracket that
closes one."""


_A_YEAR = LazyPattern(r"(?:19|20)\d\d")
_TABLE_FAMILIES = frozenset(("cn", "cn-paren", "arabic", "arabic-paren", "arabic-half-paren"))
_TABLE_CELLS = 4
_CELL_MAX = 16


_LABELLED = LazyPattern(r"[:：]\s*\S")  # ``电子邮箱:××@××.com``: a label and its value


def _is_cell(line: str) -> bool:
    """A line a table laid out one cell a line leaves: short, no sentence punctuation."""
    stripped = line.strip(_SPACES)
    return 0 < len(stripped) <= _CELL_MAX and not _CELL_PUNCTUATION.intersection(stripped)


_CELL_PUNCTUATION = frozenset("。，,；;：:！？!?")


_PICTURE_CAPTION = LazyPattern(r"(?:主页|首页|截图|页面|示意图|图片|照片)$")
# The rows of the table of requests every disclosure report prints, by their numbered labels
# (``二、上年结转政府信息公…``, ``（二）部分公开（区分处理的，只计…``, ``（四）无法提供``)
_REQUESTS_ROW = LazyPattern(
    r"\s*(?:(?:本年新收|上年结转)政府信息|部分公开[(（]|(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)\s*$)")
_DISCLOSURE_ROW = LazyPattern(r"予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|不予办理|尚未办结|本年度办理结果")
# (``表1:2021年全县…平衡表``: a caption may be numbered)
_NUMBERED_CAPTION = LazyPattern(r"[表图]\s*[0-9０-９]")
_TABLE_CAPTION = LazyPattern(r"(?:附?表\s*[0-9一二三四五六七八九十]{1,3}\s*[:：.、]?\s*)?[^\s，,。；;：:]{4,40}表")
_TABLE_UNIT = LazyPattern(r"[(（]?单\s*位\s*[:：]")
_FIGURE_CELL = LazyPattern(r"-?[0-9.,%％]+")
_TABLE_HEAD = 3
_TABLE_SCAN = 400
"""Lines of a table looked at, at most: a page's table, not a book of them."""


def _captioned_tables(text: str, lines: list[Span], back_line: int) -> set[int]:
    """The lines of tables a page laid out a cell a line under their caption
    (``2021年全区一般公共预算收支执行表`` / ``单位:亿元`` / ``一、本级收入`` / ``40.01`` …): their
    numbered cells label rows, never parts. A caption is no numbered line (``三、政府决算表``
    names a part), its table shows a unit or a figure within its first lines, and it ends at
    the first line that is no cell."""
    found: set[int] = set()
    i = 0
    while i < back_line:
        caption = text[slice(*lines[i])].strip(_SPACES)
        i += 1
        if (not caption.endswith("表") or _TABLE_CAPTION.fullmatch(caption) is None
                or headings.recognise(caption, 0) is not None):
            continue
        cells = list(islice(((j, text[slice(*lines[j])].strip(_SPACES)) for j in range(i, back_line)
                             if not _is_blank(text, lines[j])), _TABLE_SCAN))  # (``单位:`` is debris too)
        if not any(_TABLE_UNIT.match(cell) or _FIGURE_CELL.fullmatch(cell)
                   for _, cell in cells[:_TABLE_HEAD]):
            continue
        for j, cell in cells:
            if not (_is_cell(cell) or _TABLE_UNIT.match(cell)):
                break
            found.add(j)
            i = j + 1
    return found


_SITE_PAGE = LazyPattern(r"(\d{1,3})、")
_SITE_PAGE_MIN = 250
_SITE_PAGES_MIN = 2
_PART_IN_A_RUN = LazyPattern(rf"[{STATEMENT_ENDS}：:]\s*[一二三四五六七八九十]{{1,3}}、")


def _site_pages(text: str, lines: list[Span], back_line: int) -> set[int]:
    """The lines of a report a document site split into its pages and printed a page a line,
    numbered ``1、`` ``2、`` … and each running on the one before (``2、不易的答卷。…``): the
    numbers are the site's, never the report's. The report's own parts run in them
    (``…提出意见。一、2023年工作回顾…``), or a page breaks off a sentence the next one ends
    (``…努力完`` / ``2、成今年…目标任务。``); only the last page, which the excerpt may cut, is short."""
    run: list[int] = []
    for i in range(back_line):
        line = text[slice(*lines[i])]
        page = _SITE_PAGE.match(line)
        if page and int(page[1]) == len(run) + 1 and (
                not run or len(text[slice(*lines[run[-1]])]) >= _SITE_PAGE_MIN):
            run.append(i)
    if len(run) < _SITE_PAGES_MIN or len(text[slice(*lines[run[0]])]) < _SITE_PAGE_MIN or not any(
            _PART_IN_A_RUN.search(text[slice(*lines[i])]) for i in run) and not any(
            text[slice(*lines[i])].rstrip()[-1:] not in STATEMENT_ENDS + CLOSING for i in run[:-1]):
        return set()
    return set(run)


def _collected_articles(text: str, lines: list[Span], back_line: int) -> set[int]:
    """The lines of a document site's collection that each start one of the articles it
    gathers (``第一篇:镇政府年度工作报告``): the site's numbers, each over an article's own title,
    never a part of the report."""
    return {i for i in range(back_line) if (article := _ARTICLE.match(text, *lines[i]))
            and names_a_document(article["title"].strip())}


_ARTICLE = LazyPattern(rf"[{_SPACES}]*第[{headings.CN_NUMERALS}0-9]{{1,3}}篇[:：](?P<title>[^。，,]{{4,60}})$")


# ``…知情权和参与权。 |``: a page that put a column bar after every line, its paragraphs too
_PROSE_THEN_BAR = LazyPattern(r"[。；;][ \t\u3000]*[|｜][ \t\u3000]*$", re.MULTILINE)
_BARRED_PROSE_MIN = 3


def _bars_trail_prose(text: str) -> bool:
    """The page ends its lines of prose with a column bar: a bar after a line is no table's."""
    if "|" not in text and "｜" not in text:
        return False
    return len(_PROSE_THEN_BAR.findall(text)) >= _BARRED_PROSE_MIN


def _one_trailing_bar(line: str) -> bool:
    stripped = line.rstrip(_SPACES)
    return stripped.count("|") + stripped.count("｜") == 1 and stripped.endswith(("|", "｜"))


def _is_table_cell(line: str) -> bool:
    """A cell of a table a page laid out as text: it ends with a column bar or holds two."""
    stripped = line.rstrip(_SPACES)
    return stripped.endswith(("|", "｜")) or stripped.count("|") + stripped.count("｜") >= 2


_LEAD_RUN = 2


def _with_leads(
    text: str, lines: list[Span], debris: list[bool], titles: set[int], back_line: int,
    items: list[_Item],
) -> list[_Item]:
    """The items with lead sentences added: paragraphs in a section's body that each open with
    a short sentence (``推动消费提质扩容。加快…``), in runs of at least two with nothing else
    between them."""
    if not items:
        return items
    # Lines that open with a marker; an inline ``二是`` inside a paragraph does not count.
    marked = {item.line for item in items if item.start <= _first_char(text, *lines[item.line])}
    leads: list[_Item] = []
    run: list[_Item] = []
    for i in range(items[0].line + 1, back_line):
        if debris[i] or i in titles or _is_blank(text, lines[i]):
            continue
        start, end = lines[i]
        first = _first_char(text, start, end)
        stop = None if i in marked else inline.lead_end(text, first, end)
        if stop is None:
            if len(run) >= _LEAD_RUN:
                leads.extend(run)
            run = []
            continue
        begin = first
        while begin > start and text[begin - 1] == markdown.MASK:
            begin -= 1
        title = first
        while text[title] in "—―－-":
            title += 1  # ``——经济回稳向好。``: an item of a dash list, named without its dash
        run.append(_Item(i, begin, headings.Marker(headings.LEAD, 0, "", first - start), title))
    if len(run) >= _LEAD_RUN:
        leads.extend(run)
    if not leads:
        return items
    return sorted(items + leads, key=lambda item: item.start)


def _next_of_its_list(line: str, pos: int, last: dict[str, int], above: str) -> bool:
    """``（二）改进措施`` after ``（一）…`` and a paragraph that lost its full stop (``…信息更新不够
    及时``): a short line whole that the next number of a list opens is its heading, where the
    line above is prose, its clauses parted by commas (not an entry of a table of contents)."""
    if not any(char in above for char in "，,；;"):
        return False
    marker = headings.recognise(line, pos)
    if marker is None or last.get(marker.family) != marker.ordinal - 1:
        return False
    name = line[marker.end:].strip(_SPACES)
    return 2 <= len(name) <= _NEXT_NAME_MAX and not any(char in name for char in STATEMENT_ENDS + "，,")


_NEXT_NAME_MAX = 30  # (``因政府信息公开申请行政复议、提起行政诉讼的情况``)
_PARAGRAPH_ENDS = frozenset(PARAGRAPH_ENDS)
_NEVER_ENDS = frozenset(NEVER_ENDS)
_WRAPPED_LENGTH = 20


def _runs_on(text: str, previous: Span, hard_wrapped: bool) -> bool:
    """The line after ``previous`` continues its paragraph (a page or PDF copy broke it), so it
    cannot start a heading: ``…排名第`` / ``2，较上年提升3位。`` is one sentence."""
    stripped = text[previous[0]:previous[1]].rstrip(_SPACES)
    if not stripped:
        return False
    if stripped[-1] == "、":  # 一、 / 二、三产业: an enumeration cut in two
        return True
    if (not hard_wrapped or _whole_line_heading(stripped) or _is_dash_item(stripped)
            or _is_table_cell(stripped) or _CONTACT_ROW.match(stripped.lstrip(_SPACES))
            or _COUNT_GIVEN.search(stripped)):
        return False  # a table's row ends where its line does, and so does a contact's, and a
        # count given after its label (``…的收费和减免情况:无``)
    # In a well-kept text a paragraph that ends with a comma is a slip, and the heading after
    # it is still a heading; only a text broken at a fixed width runs on.
    return stripped[-1] in _NEVER_ENDS or (
        stripped[-1] not in _PARAGRAPH_ENDS and len(stripped.lstrip(_SPACES)) >= _WRAPPED_LENGTH)


_COUNT_GIVEN = LazyPattern(r"[:：][ \u3000]*(?:无|没有|零|\d+(?:\.\d+)?(?:条|件|项|个|次|人|份|万元|元)?)$")
# ``电话:0596-2026675,传真:…`` / ``电子邮箱:××@××.com``: a row of the office's contact details
_CONTACT_ROW = LazyPattern(r"(?:联系)?(?:电话|传真|地址|邮编|邮政编码|电子邮箱|电子信箱|邮箱|网址)\s*[:：]")


def _is_dash_item(line: str) -> bool:
    """``——经济实力持续增强…``: an item of a dash list, which may end without a full stop."""
    return line.lstrip(_SPACES).startswith(("——", "—", "－－"))


def _whole_line_heading(line: str) -> bool:
    stripped = line.lstrip(_SPACES)
    return (headings.recognise(stripped, 0) or headings.recognise_point(stripped, 0)) is not None


_LABEL_ROW = LazyPattern(rf"{HAN}{{2,4}}[:：]")  # ``内容:…``: a short label, its value after it


def _is_hard_wrapped(
    text: str, lines: list[Span], debris: list[bool], titles: set[int], back_line: int
) -> bool:
    """Whether the text breaks its paragraphs at a fixed width: many long lines end
    mid-sentence (a well-kept report ends nearly every paragraph with 。). The text's last line
    is not counted: an excerpt cut off there ends mid-sentence however its paragraphs are kept."""
    long_lines = unfinished = 0
    last = next((i for i in reversed(range(len(lines))) if not _is_blank(text, lines[i])), -1)
    for i in range(back_line):
        if debris[i] or i in titles or i == last:
            continue
        stripped = text[lines[i][0]:lines[i][1]].strip(_SPACES)
        if (len(stripped) < _WRAPPED_LENGTH or _whole_line_heading(stripped)
                or _is_dash_item(stripped)):
            continue
        ends = stripped[-1] in _PARAGRAPH_ENDS
        if not ends and _LABEL_ROW.match(stripped):
            continue  # (``内容:权责清单、…等情况``: a row of a label and its value ends where it does)
        long_lines += 1
        unfinished += not ends
    return unfinished >= 2 and unfinished >= 0.3 * long_lines


def _wrap_width(text: str, lines: list[Span], debris: list[bool], titles: set[int], back_line: int) -> int | None:
    """The width a hard-wrapped text breaks its paragraphs at: the most common length of its
    long lines that end mid-sentence, when several share it (lines of a group's words without
    their full stops, each as long as its words, share none)."""
    lengths = Counter(len(stripped) for stripped in (
        text[lines[i][0]:lines[i][1]].strip(_SPACES) for i in range(back_line) if not debris[i] and i not in titles)
        if len(stripped) >= _WRAPPED_LENGTH and stripped[-1] not in _PARAGRAPH_ENDS)
    width, count = lengths.most_common(1)[0] if lengths else (0, 0)
    return width if count >= _WRAPPED_AT_WIDTH else None


_WRAPPED_AT_WIDTH = 3
_WRAP_SLACK = 2
"""A wrapped line may fall a character or two short of the width (a wide quote mark, a
digit's half width)."""


def _bare_followed(text: str, items: list[_Item]) -> set[int]:
    """Indices of heading items that follow a heading line with no body at all (only blank
    lines between): where a second ``一、`` right after a first one is a restart that nests.
    A first item right after a heading line that is a first item of its family nests too,
    body or not: ``1、总体情况`` … ``1、主动公开`` is never a list that counts one, one."""
    found = set()
    for k in range(1, len(items)):
        before = items[k - 1]
        line_end = markdown.line_end(text, before.title_start)
        if text[before.start:line_end] == text[items[k].start:markdown.line_end(text, items[k].title_start)]:
            continue  # the same heading line printed twice: a page's slip, no restart
        if (before.marker.family == items[k].marker.family == _numbered_family(before)
                and before.marker.ordinal == items[k].marker.ordinal == 1 and k - 1 not in found
                and not any(ch in SENTENCE_ENDS for ch in text[before.title_start:line_end])
                # (``一、引言`` … ``一、概述``: the report's frame, which holds no part)
                and not headings.frames_the_report(text[before.title_start:line_end])):
            found.add(k)  # under a heading line of its own, not a run of ``1. …。`` items
            continue
        if (not text[line_end:items[k].start].strip(_SPACES + "\n")
                and not any(ch in STATEMENT_ENDS for ch in text[before.title_start:line_end])):
            found.add(k)
    return found


def _numbered_family(item: _Item) -> str | None:
    """The item's family when it is numbered (not an unnumbered line or an appendix)."""
    return None if item.marker.family in headings.UNNUMBERED_FAMILIES else item.marker.family


def _levels(
    items: list[_Item], bare_followed: frozenset[int] | set[int] = frozenset(),
    phrased: frozenset[int] | set[int] = frozenset(), glossaries: frozenset[int] | set[int] = frozenset(),
    said_again: frozenset[int] | set[int] = frozenset(), sub_parts: frozenset[int] | set[int] = frozenset(),
) -> list[tuple[int, int | None]]:
    """(level, inferred ordinal) for each heading item, from a stack of open marker families.

    A family already open closes everything below it and continues its numbering. A new family
    nests under the current heading — unless it outranks what is open, in which case it closes
    the deeper levels first. A family outranks another when the report used it first *and* the
    公文 convention (一、 above (一) above 1. above (1)) puts it higher: either alone misleads, as
    reports that list ``1.`` straight under ``一、`` before they ever use ``(一)`` show.
    A ``一、`` right under a bare ``一、``, or under a bare heading below an open ``一、``
    (``bare_followed``), is a restart that nests: the family is then open twice, and each later
    marker continues the level whose numbering it fits.
    A line without a number named by phrases (``phrased``) over a list that starts again takes
    the place of the part whose number a copy lost: ``（一）…`` / ``1.`` ``2.`` / ``深化职能转变，
    营商环境持续优化升级`` / ``1.`` is ``（二）``; so does any line without a number whose next
    item skips the number it would have had (``（一）`` / ``…情况`` / ``（三）``). A line without a
    number that names the numbered part it is in again (``said_again``: ``二、主动公开政府信息情况``
    / … / ``主动公开政府信息情况`` over the part's table) stands under it; one that names a fixed
    sub-part of a disclosure report's first part (``sub_parts``: ``（三）平台管理`` / ``监督保障``)
    takes the next number of the level under that part. A glossary (``名词解释``,
    ``glossaries``) holds its numbered entries, never the report's parts (``一、``) that follow it.
    """
    rank: dict[str, int] = {}
    stack: list[tuple[str, int]] = []  # (family, ordinal) of the open heading at each depth
    glossary_at: set[int] = set()  # the depths at which a glossary is open
    result = []
    uses = _FamilyUses(items)
    placed: dict[str, tuple[int, int]] = {}  # (depth, ordinal) where each family was last placed
    for i, item in enumerate(items):
        family, ordinal = item.marker.family, item.marker.ordinal
        # ``（二）`` first seen under ``4.``: its ``（一）`` was lost, and the numbers above it
        # were that part's
        lost_first = family not in rank and ordinal > 1
        rank.setdefault(family, len(rank))
        depth = _open_depth(stack, family, ordinal)
        inferred = None
        if depth is not None and ordinal == 1 and i in bare_followed and (
                depth == len(stack) - 1 and stack[depth][1] == 1
                # (一、 / （三） / 一、: the third opens the part it stands under, its number no
                # part's next — once: a family is open twice at most)
                or depth < len(stack) - 1 and stack[-1][0] != family
                and sum(open_family == family for open_family, _ in stack) == 1):
            depth = len(stack)  # 一、 / 一、: the second one opens the first
        elif family in headings.UNNUMBERED_FAMILIES:
            lost = None
            if depth is None:
                lost = (_lost_number_slot(items, i, stack) if i in phrased else None) or _skipped_number_slot(
                    items, i, stack)
            if lost is None and depth is None and i in sub_parts and len(stack) >= 2 and not any(
                    open_family in headings.UNNUMBERED_FAMILIES for open_family, _ in stack[:2]):
                lost = 1, stack[1][0]
            if lost is not None:
                depth, family = lost
                inferred = stack[depth][1] + 1
            elif depth is None:  # a group nests in the open heading; other kinds go high
                # (and a sub-part under the report's first part alone: ``一、总体情况`` / ``主动公开情况``)
                depth = (len(stack) if family in headings.GROUPS or i in said_again or (
                    i in sub_parts and len(stack) == 1 and stack[0][0] not in headings.UNNUMBERED_FAMILIES)
                         else _unnumbered_depth(family, stack))
            ordinal = stack[depth][1] + 1 if depth < len(stack) else 1
        elif depth is not None:
            slot = None
            if ordinal <= stack[depth][1]:
                slot = _vacant_slot(uses, i, stack[:depth], ordinal=None)
            elif ordinal > stack[depth][1] + 1:
                # a number ahead of its level's next one may be the next of a level below it,
                # its mark mistyped: ``（三）…`` / ``四、平台建设情况`` / ``（五）…``
                below = _vacant_slot(uses, i, stack[depth + 1:], ordinal=ordinal)
                slot = (depth + 1 + below[0], below[1]) if below else None
            if slot is not None:
                depth, family = slot
                inferred = stack[depth][1] + 1
        elif _continues_past_unnumbered(placed.get(family), ordinal, stack):
            # ``一、总体情况`` / ``主动公开政府信息情况`` / ``（一）…`` / ``二、…``: the next number of a
            # part the line without one stood beside
            depth = placed[family][0]
        else:
            slot = _vacant_slot(uses, i, stack, ordinal=ordinal)
            if slot is not None:
                depth, family = slot
                inferred = ordinal
            else:
                # a numbered heading is never part of a group (``一年来，我们…``) nor of a
                # report's 引言 or 结束语
                while stack and (stack[-1][0] in (headings.GROUP, headings.FRAME)
                                 or family == "cn" and any(at < len(stack) for at in glossary_at)
                                 or _outranks(family, stack[-1][0], rank)
                                 or lost_first and _conventionally_above(family, stack[-1][0])):
                    stack.pop()
                if lost_first and stack and stack[-1] == (headings.UNNUMBERED, ordinal - 1):
                    stack.pop()  # ``总体情况`` / ``（一）…`` / ``二、…``: the line whose ``一、`` the copy lost
                depth = len(stack)
        del stack[depth:]
        glossary_at = {at for at in glossary_at if at < depth} | ({depth} if i in glossaries else set())
        stack.append((family, inferred if inferred is not None else ordinal))
        placed[family] = (depth, stack[-1][1])
        result.append((depth + 1, inferred))
    return result


def _continues_past_unnumbered(
    last: tuple[int, int] | None, ordinal: int, stack: list[tuple[str, int]],
) -> bool:
    """A number that follows the family's ``last`` (depth, ordinal) where a line without a
    number has taken that depth since."""
    return (last is not None and ordinal == last[1] + 1 and last[0] < len(stack)
            and stack[last[0]][0] in headings.UNNUMBERED_FAMILIES)


def _said_again(text: str, items: list[_Item]) -> set[int]:
    """Indices of the unnumbered items whose words are those of the numbered item before them."""
    found = set()
    numbered = None  # the last numbered item
    for k, item in enumerate(items):
        if _numbered_family(item) is not None:
            numbered = item
        elif item.marker.family == headings.UNNUMBERED and numbered is not None and _words(
                text, item) == _words(text, numbered):
            found.add(k)
    return found


def _words(text: str, item: _Item) -> str:
    return text[item.title_start:markdown.line_end(text, item.title_start)].strip(_SPACES)


def _sub_parts(text: str, items: list[_Item]) -> set[int]:
    """Indices of the unnumbered items that name a fixed sub-part of a disclosure report
    (``监督保障``)."""
    return {k for k, item in enumerate(items) if item.marker.family == headings.UNNUMBERED
            and headings.names_a_sub_part(text[item.title_start:markdown.line_end(text, item.title_start)])}


def _glossaries(text: str, items: list[_Item]) -> set[int]:
    """Indices of the unnumbered items that name a glossary (``专有名词解释``)."""
    return {k for k, item in enumerate(items) if item.marker.family == headings.UNNUMBERED
            and _GLOSSARY_NAME.search(text[item.title_start:markdown.line_end(text, item.title_start)])}


_GLOSSARY_NAME = LazyPattern(r"名词解释|词语解释|名词注释")


def _phrased(text: str, items: list[_Item]) -> set[int]:
    """Indices of the unnumbered items a line of phrases names (``深化职能转变，营商环境持续优化升级``)."""
    return {k for k, item in enumerate(items) if item.marker.family == headings.UNNUMBERED
            and inline.pairs_phrases(text[item.title_start:markdown.line_end(text, item.title_start)])}


def _skipped_number_slot(items: list[_Item], i: int, stack: list[tuple[str, int]]) -> tuple[int, str] | None:
    """(depth, family) of the numbered part item ``i`` stands for, when the next item's number
    skips the one it would have: ``（一）…`` / ``政府信息依申请公开办理情况`` / ``（三）…``."""
    after = items[i + 1].marker if i + 1 < len(items) else None
    if after is None or after.family in headings.UNNUMBERED_FAMILIES:
        return None
    depth = next((d for d, (family, _) in enumerate(stack) if family == after.family), None)
    return (depth, after.family) if depth is not None and after.ordinal == stack[depth][1] + 2 else None


def _lost_number_slot(items: list[_Item], i: int, stack: list[tuple[str, int]]) -> tuple[int, str] | None:
    """(depth, family) of the numbered part item ``i`` stands for, when the next item starts
    again a list open under that part."""
    after = items[i + 1].marker if i + 1 < len(items) else None
    if after is None or after.ordinal != 1 or after.family in headings.UNNUMBERED_FAMILIES:
        return None
    depth = next((d for d, (family, _) in enumerate(stack) if family == after.family), 0)
    parent = stack[depth - 1][0] if depth else None
    return (depth - 1, parent) if parent and parent not in headings.UNNUMBERED_FAMILIES else None


def _open_depth(stack: list[tuple[str, int]], family: str, ordinal: int) -> int | None:
    """The open level ``family`` continues: where it is open twice (a restart that nests), the
    deepest whose next number this is; otherwise the shallowest."""
    depths = [d for d, (f, _) in enumerate(stack) if f == family]
    if len(depths) > 1:
        for d in reversed(depths):
            if stack[d][1] + 1 == ordinal:
                return d
    return depths[0] if depths else None


def _unnumbered_depth(family: str, stack: list[tuple[str, int]]) -> int:
    """Where a heading without a number that is not open yet goes: under a Markdown heading
    of a higher level, else at the top — ``2023年工作安排`` or ``名词解释`` after ``三、…`` is
    not a part of ``三、``."""
    convention = headings.CONVENTIONAL_ORDER
    depth = len(stack)
    while depth and not (
        stack[depth - 1][0] in headings.UNNUMBERED_FAMILIES
        and convention.index(stack[depth - 1][0]) < convention.index(family)
    ):
        depth -= 1
    return depth


def _outranks(family: str, other: str, first_use: dict[str, int]) -> bool:
    return first_use[family] < first_use[other] and _conventionally_above(family, other)


def _conventionally_above(family: str, other: str) -> bool:
    convention = headings.CONVENTIONAL_ORDER
    return convention.index(family) < convention.index(other)


class _FamilyUses:
    """Where each marker family is used, in item order: the next use of any of a few families
    after a point is a bisection away, so looking ahead from every heading stays n log n."""

    def __init__(self, items: list[_Item]) -> None:
        self.items = items
        self.positions: dict[str, list[int]] = {}
        for i, item in enumerate(items):
            self.positions.setdefault(item.marker.family, []).append(i)

    def next_use(self, families: set[str], after: int) -> _Item | None:
        """The first item after index ``after`` whose family is one of ``families``."""
        best = None
        for family in families:
            positions = self.positions.get(family, ())
            k = bisect_right(positions, after)
            if k < len(positions) and (best is None or positions[k] < best):
                best = positions[k]
        return None if best is None else self.items[best]


def _vacant_slot(
    uses: _FamilyUses, i: int, open_levels: list[tuple[str, int]], ordinal: int | None
) -> tuple[int, str] | None:
    """A marker used at the wrong depth: ``1. 完善决策`` standing between ``(二)`` and ``(四)``.

    If some open level's numbering skips exactly one number at this point (its next marker in
    the report is n+2), the item fills that slot. With ``ordinal`` given, the item's own number
    must be the missing one.
    """
    for depth in range(len(open_levels) - 1, -1, -1):
        family, current = open_levels[depth]
        if ordinal is not None and ordinal != current + 1:
            continue
        later = uses.next_use({f for f, _ in open_levels[:depth + 1]}, i)
        if (later is not None and later.marker.family == family
                and later.marker.ordinal == current + 2):
            return depth, family
    return None


@dataclass
class _Node:
    item: _Item
    level: int
    inferred: int | None
    heading: Span
    title: Span
    body_start: int
    children: list[_Node] = field(default_factory=list)
    fused: bool = False


_KINDS: dict[str, SectionKind] = {headings.POINT: "point", headings.LEAD: "lead"}
_WRAPPED_HEADING_MIN = 16
_WRAPPED_REST_MAX = 12


def _wrapped_heading_end(
    text: str, item: _Item, end: int, following: _Item | None, back_start: int
) -> int:
    """A long heading whose last words a page pushed onto the next line
    (``一、坚持党的领导，坚决扛牢法治政府建设`` / ``政治责任``) ends after those words."""
    if end - item.title_start < _WRAPPED_HEADING_MIN or text[end - 1] in _PARAGRAPH_ENDS:
        return end
    rest_start = end + 1
    rest_end = text.find("\n", rest_start)
    if rest_end == -1 or rest_end >= back_start or (following and following.start < rest_end):
        return end
    rest = text[rest_start:rest_end]
    if (not rest.strip() or rest != rest.strip() or len(rest) > _WRAPPED_REST_MAX
            or any(ch in _PARAGRAPH_ENDS or ch in _NEVER_ENDS or ch in "，," for ch in rest)):
        return end
    after = text.find("\n", rest_end + 1)
    next_line = text[rest_end + 1:len(text) if after == -1 else after]
    return rest_end if next_line.strip() else end


def _joined_rest_end(text: str, end: int, following: _Item | None, back_start: int) -> int:
    """A heading whose second half a page put on a line of its own, a blank line between maybe
    (``一、“十三五”发展回顾`` / ``和2020年主要工作``), ends after it: a short line that opens with
    the word joining the halves."""
    rest_start = end + 1
    while text.startswith("\n", rest_start) or text.startswith("\r\n", rest_start):
        rest_start = text.find("\n", rest_start) + 1
    rest_end = text.find("\n", rest_start)
    rest_end = len(text) if rest_end == -1 else rest_end
    rest = text[rest_start:rest_end].strip(_SPACES)
    if (rest_end > back_start or rest_start - end > _JOINED_REST_GAP or not rest or rest[0] not in offices.JOINS
            or len(rest) > _WRAPPED_REST_MAX or (following is not None and following.start < rest_end)
            or any(ch in _PARAGRAPH_ENDS or ch in _NEVER_ENDS or ch in "，," for ch in rest)):
        return end
    return rest_start + len(text[rest_start:rest_end].rstrip(_SPACES))


_JOINED_REST_GAP = 3
"""At most a blank line (its line ending maybe ``\r\n``) between a heading and its second half."""
# A title's break between its lines, and the indent and blank lines around it: not its words
_LINE_BREAK = LazyPattern(r"[ \t\u3000\r]*\n[ \t\u3000\r\n]*")


def _joined(title: str) -> str:
    """A heading's title with the lines a page wrapped it over joined up."""
    return _LINE_BREAK.sub("", title) if "\n" in title else title


def _bold_heading_end(
    text: str, item: _Item, end: int, line_end: int, bold_runs: dict[int, int]
) -> int:
    """``**（二）集中精力加快经济发展** 坚持…``: a heading set in bold that runs on into its body
    without a full stop ends with the bold — unless the bold closes inside a quotation
    (``**18.“大通关工程**”：``)."""
    bold_end = bold_runs.get(text.rfind("\n", 0, item.start) + 1)
    if bold_end is None or not item.title_start < bold_end < line_end or bold_end == end:
        return end
    words = text[item.title_start:bold_end].replace(markdown.MASK, "").strip(_SPACES)
    if not words or len(words) > _BOLD_HEADING_MAX:
        return end  # ``**12.** **新型医联体：…``: the bold is the number alone
    after = text[bold_end:line_end].lstrip(_SPACES)
    return bold_end if after and (after[0].isalnum() or after[0] in "“《（(") else end


_BOLD_HEADING_MAX = 60
_PHRASE = (3, 12)
"""Lengths of one phrase of a parallel heading (``优化营商环境，提升服务效能``)."""


def _split_fused(text: str, nodes: list[_Node]) -> None:
    """Fused headings — whose first sentence ran on too long to be a heading
    (``(三)优化营商环境，提升服务效能持续深化…``) — end where their siblings' shape says: after
    as many characters of the second phrase as the first has, where the siblings read ``A，B``;
    else after the first phrase. Recurses through the tree."""
    for node in nodes:
        _split_fused(text, node.children)
    for family in {node.item.marker.family for node in nodes}:
        siblings = [node for node in nodes if node.item.marker.family == family]
        if family in (headings.POINT, headings.LEAD) or len(siblings) < 2:
            continue
        titles = [text[n.title[0]:n.title[1]] for n in siblings]
        shapes = [_two_phrases(title) for n, title in zip(siblings, titles) if not n.fused]
        parallel = sum(shapes) >= 2 and sum(shapes) * 2 >= len(shapes)
        for node in siblings:
            if node.fused:
                _cut_fused(text, node, text[node.title[0]:markdown.line_end(text, node.title[0])],
                           parallel)


def _cut_fused(text: str, node: _Node, title: str, parallel: bool) -> None:
    comma = title.find("，")
    if comma < 0:
        node.fused = True
        return
    start = node.title[0]
    first = comma
    second = title[comma + 1:comma + 1 + first]
    if (parallel and _PHRASE[0] <= first <= _PHRASE[1] and len(second) == first
            and not any(ch in second for ch in "，,。；;：:、“”（）()")):
        end = start + comma + 1 + first
        node.title = (start, end)
    else:
        end = start + comma + 1
        node.title = (start, start + comma)
    node.heading = (node.heading[0], end)
    node.body_start = end
    node.fused = True


def _two_phrases(title: str) -> bool:
    parts = re.split(r"[，,]", title)
    return len(parts) == 2 and all(_PHRASE[0] <= len(part) <= _PHRASE[1] for part in parts)


def _build_tree(
    text: str, items: list[_Item], levels: list[tuple[int, int | None]], back_start: int,
    hard_wrapped: bool, bold_runs: dict[int, int], written: str,
) -> tuple[Section, ...]:
    """The outline of ``text``; titles are cut from ``written``, the same text in the
    characters the report uses (``parser.script``)."""
    heading_levels = iter(levels)
    roots: list[_Node] = []
    open_nodes: list[_Node] = []
    current_heading_level = 0
    lead_line = -1
    for n, item in enumerate(items):
        line_end = text.find("\n", item.title_start)
        line_end = len(text) if line_end == -1 else min(line_end, back_start)
        if n + 1 < len(items) and items[n + 1].line == item.line:
            line_end = items[n + 1].start  # an inline point follows on the same line
        # A group's heading is its whole sentence; other headings may run on into their body.
        end = (line_end if item.marker.family in headings.GROUPS
               else item.title_end or inline.heading_end(text, item.title_start, line_end))
        if hard_wrapped and end == line_end:
            end = _wrapped_heading_end(text, item, end, items[n + 1] if n + 1 < len(items)
                                       else None, back_start)
        if end == line_end and item.marker.family not in (headings.POINT, headings.LEAD):
            end = _joined_rest_end(text, end, items[n + 1] if n + 1 < len(items) else None, back_start)
        end = _bold_heading_end(text, item, end, line_end, bold_runs)
        while end < line_end and text[end] == markdown.MASK:
            end += 1  # a closing ``**`` belongs to the heading it closes
        if item.marker.family == headings.LEAD:
            level, inferred = current_heading_level + 1, None
            lead_line = item.line
        elif item.marker.family == headings.POINT:
            # A point inside a lead's paragraph belongs to the lead.
            level, inferred = current_heading_level + 1 + (item.line == lead_line), None
        else:
            level, inferred = next(heading_levels)
            current_heading_level = level
        node = _Node(item, level, inferred, (item.start, end),
                     inline.title_span(text, item.title_start, end), end,
                     fused=end < line_end and text[end - 1] in CLAUSE_ENDS
                     and item.marker.family not in (headings.POINT, headings.LEAD))
        while open_nodes and open_nodes[-1].level >= level:
            open_nodes.pop()
        (open_nodes[-1].children if open_nodes else roots).append(node)
        open_nodes.append(node)

    _split_fused(text, roots)
    flat: list[_Node] = []

    def collect(nodes: list[_Node]) -> None:
        for node in nodes:
            flat.append(node)
            collect(node.children)

    collect(roots)
    body_end = {id(node): nxt.item.start for node, nxt in zip(flat, flat[1:])}
    if flat:
        body_end[id(flat[-1])] = back_start
    index = {id(node): n for n, node in enumerate(flat)}

    def freeze(node: _Node, depth: int) -> Section:
        return Section(
            index=index[id(node)],
            kind=_KINDS.get(node.item.marker.family, "heading"),
            level=depth,
            marker=node.item.marker.text,
            family=node.item.marker.family,
            ordinal=node.item.marker.ordinal,
            title=_joined(written[node.title[0]:node.title[1]]).replace(markdown.MASK, ""),
            line=node.item.line + 1,
            heading=node.heading,
            body=(node.heading[1], body_end[id(node)]),
            children=tuple(freeze(child, depth + 1) for child in node.children),
            inferred_ordinal=node.inferred,
            fused=node.fused,
        )

    return tuple(freeze(node, 1) for node in roots)
