"""The title block at the top of a report: which lines hold its title, subtitle, speaker and
writers, on a clean document and on a page saved from a web site (a banner, a breadcrumb, a
metadata table, the page's title over the article's own, a covering notice over the report it
issues). Lines here are spans of the text; debris is already marked."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice, takewhile

from parser import dates, headings, meta, offices, sessions, titles
from parser.chars import DASHES, FACT_BULLETS, SENTENCE_ENDS, SPACES
from parser.debris import BREADCRUMB_SEPARATORS
from parser.lazy_regex import HAN, LazyPattern
from parser.markdown import INDENT
from parser.model import Span

_MAX_TITLE_LINES = 8
_DEBRIS_GAP = 2
_TITLE_SCAN = 12
"""Title-like lines at the top searched for a repeated page title: a page repeats its title
within a few lines, and a list of short lines is not a page head."""


def find_title_lines(text: str, lines: list[Span], debris: list[bool], back_line: int) -> list[int]:
    """Indices of the title line(s) at the top: a short first line, and the lines after it
    that repeat it, carry a subtitle, or are the rest of it wrapped by the page. Reports
    without a title start with a sentence (or a salutation). Where those lines only name an
    office or a site (``××县人民政府``, ``政府信息公开``), the title is the first line further
    down, before the text begins, that names a document (``…报告``, ``…总结``)."""
    start = _title_start(text, lines, debris, back_line)
    writer = _writer_above(text, lines, debris, 0, start) if start else start
    if not any(debris[writer:start]):
        # a repeated ``关于…的报告`` with its writer right above it (``××县人民政府``), not
        # a site's banner over the page's furniture
        start = writer
    found = _title_group(text, lines, debris, back_line, start)
    if not any(titles.names_a_document(text[lines[i][0]:lines[i][1]]) for i in found):
        later = _document_name_line(text, lines, debris, back_line, start)
        if later is None and start:  # a repeated line that names nothing (a paper's name)
            start = 0
            found = _title_group(text, lines, debris, back_line, start)
            later = _document_name_line(text, lines, debris, back_line, start)
        crumb = _last_crumb(text, lines, debris, start, back_line) if later is None else None
        if crumb is not None:
            # (a column's blurb over the breadcrumb, ``为提高政府工作的透明度，…发布`` / ``机构设置…
            # 等信息。``: the title is under the breadcrumb)
            later = _document_name_line(text, lines, debris, back_line, crumb + 1)
        if later is not None:
            found = _title_group(text, lines, debris, back_line, _writer_above(
                text, lines, debris, start, later))
    if found:
        found = _fuller_title(text, lines, debris, back_line, found)
        found = _own_title(text, lines, debris, back_line, found)
        found = _title_over_subtitle(text, lines, debris, back_line, found)
        found += _speech_lines(text, lines, debris, back_line, found)
    if not found or titles.issues_a_document(titles.compose_title([text[s:e] for s, e in
                                                                (lines[i] for i in found)])):
        # The report a covering notice issues (the notice's own title may be missing above
        # its ``各乡镇人民政府：``).
        issued = _issued_title(text, lines, debris, back_line, found[-1] + 1 if found else start)
        found = issued or found
    # A lone short line followed by nothing else is the whole report, not its title; one that
    # names a part of a report (``2017年以来工作回顾``) is the excerpt's first heading.
    only = text[slice(*lines[found[0]])].strip(" \t|｜") if len(found) == 1 else ""
    if only and headings.names_a_part(only) and not (
            titles.names_a_document(only) or titles.names_its_writer(only)):
        return []
    # A site's column and the year its tab files the page under (``政府信息公开`` / ``2020年度``)
    # are no title; the page prints none.
    if all(titles.is_column_name(line) or titles.is_year_label(line)
           for line in (text[slice(*lines[i])] for i in found)):
        return []
    return found if found and found[-1] + 1 < back_line else []


_NOTICE_SPAN = 60
_WRITER_LINES = 3
_WRAPPED_MIN = 24
"""A title line the page wrapped runs near the page's width, unbroken; a banner is shorter."""
_TEASER_MIN = 80
"""A teaser runs a title on into the report's opening: a line at least this long."""
_TITLE_MIN = 4


# (a notice's date whose 年, 月 and 日 a copy lost: ``202615`` for 2026年1月5日)
_DATE_WITHOUT_UNITS = LazyPattern(r"(?:19|20)\d{4,6}")


def _issued_title(
    text: str, lines: list[Span], debris: list[bool], back_line: int, start: int,
) -> list[int]:
    """The title lines of the report a covering notice issues: the first group after the
    notice's date and ``（此件公开发布）`` that names a document; none when there is no such end."""
    end = min(back_line, start + _NOTICE_SPAN)
    closing = [i for i in range(start, end)
               if dates.is_date_line(text[lines[i][0]:lines[i][1]])
               or meta.is_closing_line(text[lines[i][0]:lines[i][1]])
               or _DATE_WITHOUT_UNITS.fullmatch(text[lines[i][0]:lines[i][1]].strip(SPACES))]
    if not closing:
        return []
    after = closing[0] + 1
    # (past the notice's signature too: ``特此报告。`` / ``××局`` / ``2025年1月15日``)
    while after < end and (after in closing or _passed_over(text[lines[after][0]:lines[after][1]], debris[after])
                           or offices.is_org_line(text[lines[after][0]:lines[after][1]])
                           and _next_line(text, lines, debris, after + 1, end) in closing):
        after += 1
    group = _title_group(text, lines, debris, back_line, after)
    # (the title wrapped: ``2024年度交通运输法治政府建设`` / ``工作总结``)
    title = titles.compose_title([text[lines[i][0]:lines[i][1]] for i in group]) if group else None
    return group if title and titles.names_a_document(title) else []


_FULLER_SPAN = 4
_CAPTION_GAP = 2
_READER_SCAN = 3
_SUBTITLE_HINT = LazyPattern(rf"[{DASHES}]|日在|会议上")


def _fuller_title(
    text: str, lines: list[Span], debris: list[bool], back_line: int, found: list[int],
) -> list[int]:
    """The article's own title when it says the page's title more fully, a few lines further
    down (``2022年度工作总结`` over ``枫桥湖街道2022年度工作总结``; ``2022年度…的报告`` over
    ``中共××区委 ××区人民政府`` / ``关于2022年度…的报告``); else ``found``."""
    # (the page's title whole where it wrapped it: ``××市人民政府2016年`` / ``政府信息公开工作年度
    # 报告``, never only its first line, which its byline and date would say near enough)
    first = text[lines[found[0]][0]:lines[found[0]][1]]
    if len(found) > 1:
        first = titles.compose_title([text[lines[j][0]:lines[j][1]] for j in found]) or first
    seen = 0
    writer: int | None = None  # an office's line: ``××厅`` / ``关于…建设`` / ``工作情况的报告``
    block = ""  # the lines from the office's on
    wrapped: int | None = None  # where the lines that go on one from another start
    run = ""  # those lines (``××街道2025年政府`` / ``信息公开工作年度报告``)
    for i in range(found[-1] + 1, back_line):
        line = text[lines[i][0]:lines[i][1]]
        if _passed_over(line, debris[i]):
            continue
        if seen == _FULLER_SPAN or not _title_like(text, lines[i]):
            break
        seen += 1
        if titles.says_more_fully(first, line):
            return _title_group(text, lines, debris, back_line,
                                _writer_above(text, lines, debris, found[-1] + 1, i))
        if any(debris[j] or offices.byline_day(text[lines[j][0]:lines[j][1]]) for j in range(found[-1] + 1, i)) and (
                _says_it_again(text, lines, debris, back_line, first, i)):
            # (past the page's rows or its byline, the article's own title in its own words:
            # ``2019年××镇…报告`` under ``××市××镇2019年度…报告`` / ``发布时间:…``)
            return _title_group(text, lines, debris, back_line, i)
        # (or a 关于 title: ``关于2022年度…其他财政`` / ``收支情况…的工作报告`` under ``2022年度…工作报告``)
        if wrapped is not None and (titles.names_its_writer(run) or run.startswith("关于")) and (
                titles.continues_title(run, line.strip())):
            run += line.strip()
            if titles.says_more_fully(first, run):
                group = _title_group(text, lines, debris, back_line, wrapped)
                if i in group:  # the own title, wrapped, says the page's more fully
                    return group
        else:
            wrapped, run = i, line.strip()
        block += line.strip()
        if writer is not None and (titles.says_more_fully(first, block) or (
                len(block) > len(first) and titles.says_again(first, block))):
            group = _title_group(text, lines, debris, back_line, writer)
            if i in group:  # the office's name and the lines under it are one title
                return group
        if offices.is_org_line(line):
            writer, block = i, line.strip()
    return found




def _says_it_again(
    text: str, lines: list[Span], debris: list[bool], back_line: int, headline: str, i: int,
) -> bool:
    """The title that starts at line ``i`` (wrapped or not) names its writer and the same
    document as ``headline``, in its own words — a report, not a notice that issues one — or
    says the headline's document and year, whose writer it leaves to the headline."""
    group = _title_group(text, lines, debris, back_line, i)
    own = titles.compose_title([text[lines[j][0]:lines[j][1]] for j in group]) if group and group[0] == i else None
    if not own or titles.YEAR_DIGITS.findall(own) != titles.YEAR_DIGITS.findall(headline):
        return False  # (the report of another year, a wiki's next one)
    if titles.repeats_without_writer(headline, own) and titles.YEAR_DIGITS.search(own):
        return True
    if "关于" in own:
        return False  # (a notice that issues it)
    return titles.names_a_document(own) and (titles.names_its_writer(own) or titles.names_its_writer_after_its_year(
        own)) and (titles.near_duplicate(headline, own) or titles.says_more_fully(headline, own)
                   or titles.same_but_for_its_year(headline, own))


def _own_title(
    text: str, lines: list[Span], debris: list[bool], back_line: int, found: list[int],
) -> list[int]:
    """The page's headline and the report's own title under it, where the headline does not
    say whose report it is or says it again in its own words: the title line right above the
    report's subtitle (``2025年工作报告`` or ``××市人民检察院2024年工作报告`` over
    ``××市人民检察院工作报告`` / ``——…在××市第十六届人民代表大会…``), or where the headline
    adds only the session or a newsroom's words to a title that names no writer
    (``××区六届人大五次会议政府工作报告`` over ``政府工作报告``); else ``found``."""
    named: list[int] = []
    again = _after_teaser(text, lines, debris, back_line, found)
    reprint = again < back_line and _same_line(text, lines[again], lines[found[0]])
    if reprint:  # (its headline, its teaser, then the headline again over the article)
        named, again = found[:1], again + 1
    # (its headline, its teaser, then the report's own title)
    teased = not reprint and again > found[-1] + 1 and any(
        not _passed_over(text[lines[i][0]:lines[i][1]], debris[i]) for i in range(found[-1] + 1, again))
    if teased:
        named = found[:1]
    for i in _head_lines(text, lines, debris, again if reprint or teased else found[0], back_line):
        line = text[lines[i][0]:lines[i][1]]
        if sessions.is_subtitle(line) or (reprint and sessions.is_speaker_line(line)):
            break  # (a reprint may print no subtitle: the speaker ends the own title's lines)
        named.append(i)
        if sessions.without_subtitle(line) != line:
            break  # (the own title with its subtitle run on: ``政府工作报告 ;;2018年2月5日在…``)
    else:
        return found
    if (reprint or teased) and len(named) == 2 and titles.dates_and_signs_it(
            text[lines[found[0]][0]:lines[found[0]][1]],
            sessions.without_subtitle(text[lines[named[1]][0]:lines[named[1]][1]])):
        return named  # (the article's own title, which the title lines spell under the headline)
    if len(named) < 2 or named[-1] == found[0]:
        return found
    own, headline = (text[lines[i][0]:lines[i][1]] for i in named[-2:][::-1])
    if titles.headlines_it(text[lines[found[0]][0]:lines[found[0]][1]], own):
        # (the own title wrapped: ``中国人民政治协商会议`` / ``××市第十四届委员会…工作报告``)
        return _title_group(text, lines, debris, back_line, _writer_above(
            text, lines, debris, named[0] + 1, named[-1]))
    if not (titles.names_a_document(headline) and titles.names_its_writer(own) and (
            not titles.names_its_writer(headline) or titles.says_again(headline, own))):
        return found
    return found[:1] + _title_group(text, lines, debris, back_line, named[-1])


_SUBTITLE_SPAN = 8
"""Lines shown under a page's headline searched for the report's own title and its subtitle."""


def _title_over_subtitle(
    text: str, lines: list[Span], debris: list[bool], back_line: int, found: list[int],
) -> list[int]:
    """The report's own title right above its subtitle, a few lines under the page's headline
    that says it again with more (``2024年××省政府工作报告(全文)`` / a teaser, a source row or
    the page's date / ``政府工作报告`` / ``——2024年1月23日在…会议上``): the title its speech
    carries, under the headline; else ``found``."""
    def line(i: int) -> str:
        return text[lines[i][0]:lines[i][1]]

    def said_where(i: int) -> bool:  # (not a page's date alone: ``2020年01月20日``)
        subtitle = line(i).strip()
        return sessions.is_subtitle(subtitle) and ("在" in subtitle or subtitle[:1] in DASHES)

    # (counted in lines shown: a page may set a blank line between every two)
    shown = list(islice((i for i in range(found[0] + 1, back_line) if not _passed_over(line(i), debris[i])),
                        _SUBTITLE_SPAN))
    below = next((k for k, i in enumerate(shown) if said_where(i)), None)
    if not below or said_where(found[0]) or titles.issues_a_document(line(found[0])):
        return found  # (a covering notice's title: the report it issues is found below)
    own = shown[below - 1]
    if not _title_like(text, lines[own]):
        return found
    # (the own title may be wrapped, ``关于××区2024年预算执行情况`` / ``2025年预算草案的报告``, or
    # its writer on the line above: ``中国人民政治协商会议`` / ``××市第十四届委员会常务委员会工作报告``)
    k = below - 1
    while k > 0 and titles.continues_title(line(shown[k - 1]), line(shown[k])):
        k -= 1
    lost = shown[below - 2] if k == below - 1 and below >= 2 else None
    headline = line(found[0]).strip()
    if lost is not None and not titles.near_duplicate(headline, line(lost).strip()) and titles.near_duplicate(
            headline, line(lost).strip() + line(own).strip()):
        # (wrapped where the page lost the word that joins its halves, ``××区2020年预算执行情况`` /
        # ``2021年预算草案的报告``: the headline says it whole, ``…执行情况和2021年…``)
        return found
    def theme_line(i: int) -> bool:
        return _title_like(text, lines[i]) and not titles.names_a_document(line(i))

    named = line(shown[below]).strip().lstrip(DASHES)
    if all(map(theme_line, shown[:below])) and titles.names_a_document(named) and titles.says_again(
            headline, named):
        # (a theme over a subtitle that names the report the headline names: ``奋发有为 挺膺担当`` /
        # ``全力推动…迈上新台阶`` / ``——××街道办事处工作报告`` under ``××街道办事处2024年工作报告``)
        return found[:1] + shown[:below + 1]
    for first in dict.fromkeys((shown[k], own)):  # wrapped if the headline says it so, else alone
        start = _writer_above(text, lines, debris, found[0] + 1, first)
        said = "".join(line(i).strip() for i in range(start, own + 1) if not _passed_over(line(i), debris[i]))
        if titles.carries_title(line(found[0]), said):
            return found[:1] + _title_group(text, lines, debris, back_line, start)
    return found


def _speech_lines(
    text: str, lines: list[Span], debris: list[bool], back_line: int, found: list[int],
) -> list[int]:
    """The subtitle and speaker lines of a speech further down its head than the title's own
    lines reach (past a congress's series label: ``××区第四届人民代表大会`` /
    ``第四次会议文件材料(21)``), when the title's lines hold none."""
    def speech(i: int) -> bool:
        line = text[lines[i][0]:lines[i][1]]
        return sessions.is_subtitle(line) or sessions.is_speaker_line(line)

    if any(sessions.is_speaker_line(text[lines[i][0]:lines[i][1]]) for i in found):
        return []
    if any(map(speech, found)):
        # (a newspaper's caption between the subtitle and the speaker: ``●代市长××作政府工作报告``)
        return [i for i in islice(_head_lines(text, lines, debris, found[-1] + 1, back_line), _CAPTION_GAP)
                if sessions.is_speaker_line(text[lines[i][0]:lines[i][1]])][:1]
    head = list(_head_lines(text, lines, debris, _after_teaser(text, lines, debris, back_line, found),
                            back_line))

    def read_at(n: int) -> bool:  # a speech's subtitle: where it was read, maybe wrapped
        line = text[lines[head[n]][0]:lines[head[n]][1]]
        rest = text[lines[head[n + 1]][0]:lines[head[n + 1]][1]] if n + 1 < len(head) else ""
        return sessions.is_subtitle(line) and ("会" in line or "会" in rest and titles.continues_title(line, rest))

    first = next((n for n in range(len(head)) if read_at(n)), None)
    if first is None:
        # (a paper read to a standing committee, which prints no subtitle: its reader under its
        # title, past the title again and the session's label, ``××市…人大常委会第四十九次会议文件``)
        # (not where a subtitle the search missed stands over the reader, run on or wrapped)
        for i in head[:_READER_SCAN]:
            line = text[lines[i][0]:lines[i][1]]
            if _SUBTITLE_HINT.search(line):
                return []
            if sessions.is_speaker_line(line):
                return [i]
        return []
    taken: list[int] = []
    for i in head[first:]:
        line = text[lines[i][0]:lines[i][1]]
        previous = text[lines[taken[-1]][0]:lines[taken[-1]][1]] if taken else ""
        # (the subtitle wrapped: ``——…在寿县第十八届人民代表大会`` / ``第四次会议上``)
        if not (speech(i) or (sessions.is_subtitle(previous) and titles.continues_title(previous, line))):
            break
        taken.append(i)
    return taken


def _after_teaser(
    text: str, lines: list[Span], debris: list[bool], back_line: int, found: list[int],
) -> int:
    """The first line under the title's, furniture passed over, and past the page's teaser
    (the title run on into the opening, before the title again), if it has one."""
    after = found[-1] + 1
    title = "".join(text[lines[i][0]:lines[i][1]].strip() for i in found)
    after = _next_line(text, lines, debris, after, back_line)
    if after >= back_line:
        return after
    teaser = text[lines[after][0]:lines[after][1]].strip()
    below = _next_line(text, lines, debris, after + 1, back_line)
    own = text[lines[below][0]:lines[below][1]].strip() if below < back_line else ""
    # (or the report's own title run on into its subtitle and opening, then that title alone:
    # ``政府工作报告——2022年1月21日在…各位代表:…`` over ``政府工作报告``)
    if (len(title) >= _WRAPPED_MIN and teaser.startswith(title)) or (
            len(teaser) >= _TEASER_MIN and len(own) >= _TITLE_MIN and teaser.startswith(own)
            and titles.names_a_document(own)):
        return below
    return after


def _same_line(text: str, line: Span, other: Span) -> bool:
    return text[line[0]:line[1]].strip() == text[other[0]:other[1]].strip()


def _title_group(
    text: str, lines: list[Span], debris: list[bool], back_line: int, start: int,
) -> list[int]:
    """The title line at ``start`` (or the first after it) and the lines that go with it."""
    found: list[int] = []
    run = ""  # the title so far, where the page wrapped it over the lines found
    for i in range(start, back_line):
        line = text[lines[i][0]:lines[i][1]]
        if found and sum(debris[found[-1] + 1:i]) > _DEBRIS_GAP and not any(
                titles.names_a_document(text[lines[j][0]:lines[j][1]]) for j in found):
            # Offices or a site's columns over the page's metadata: the site's, not the title.
            break
        if _passed_over(line, debris[i]) or (not found and sessions.is_document_number(line)):
            continue
        if len(found) >= _MAX_TITLE_LINES or not _title_like(text, lines[i]):
            break
        named = [j for j in found if not titles.is_column_name(text[lines[j][0]:lines[j][1]])]
        if named:  # a site's column name (``工作报告``) above the title does not start it
            first = text[lines[named[0]][0]:lines[named[0]][1]]
            previous = text[lines[found[-1]][0]:lines[found[-1]][1]]
            found_lines = [text[lines[j][0]:lines[j][1]] for j in found]
            byline = offices.is_org_line(line) and (
                any(map(sessions.is_subtitle, found_lines))  # under the subtitle: who reports
                or all(map(offices.is_org_line, found_lines)))  # joint writers, a line each
            # A title the page wrapped goes on right below; one past furniture is another line.
            # (wrapped twice: ``关于××省2021年…计划`` / ``执行情况与2022年…发展`` / ``计划的报告``)
            # (not a writer's line over a title that names its writer after its year, ``××县××镇`` /
            # ``2023年××镇…报告``: that title is whole)
            wrapped = not any(debris[found[-1] + 1:i]) and (
                titles.continues_title(previous, line) or bool(run) and titles.continues_title(run, line)) and not (
                offices.is_org_line(previous) and titles.names_its_writer_after_its_year(line))
            # A column's name over the article's own title, which says whose it is
            # (``法治政府建设年度报告和工作要点`` / ``××市司法局2023年法治政府建设年度报告``).
            owned = (i == found[-1] + 1 and titles.names_a_document(line) and titles.names_its_writer(line)
                     and not titles.names_its_writer(first))
            if _column_over_title(text, lines, debris, back_line, i, first):
                continue  # (a listing's column between its headline and the report's own title)
            if not (sessions.is_subtitle(line) or sessions.is_speaker_line(line) or byline or wrapped or owned
                    or (not sessions.is_subtitle(first) and titles.repeats_title(first, line))):
                break
            run = (run or previous.strip()) + line.strip() if wrapped else ""
        found.append(i)
    return found


_COLUMN_MAX = 4


def _column_over_title(
    text: str, lines: list[Span], debris: list[bool], back_line: int, i: int, first: str,
) -> bool:
    """Line ``i`` is a site's column (``本地事``: a few characters naming neither a document nor
    a writer) and the line under it says the title ``first`` again."""
    line = text[lines[i][0]:lines[i][1]].strip(SPACES)
    if len(line) > _COLUMN_MAX or titles.names_a_document(line) or titles.names_its_writer(line):
        return False
    below = _next_line(text, lines, debris, i + 1, back_line)
    return below < back_line and titles.repeats_title(first, text[lines[below][0]:lines[below][1]])


def _document_name_line(
    text: str, lines: list[Span], debris: list[bool], back_line: int, start: int,
) -> int | None:
    """The first title-like line from ``start`` that names a document, before the text begins."""
    return next((i for i in _head_lines(text, lines, debris, start, back_line)
                 if titles.names_a_document(text[lines[i][0]:lines[i][1]])), None)


def _head_lines(
    text: str, lines: list[Span], debris: list[bool], start: int, back_line: int,
) -> Iterator[int]:
    """The title-like lines from ``start``, furniture passed over, until the text begins."""
    for i in range(start, back_line):
        if _passed_over(text[lines[i][0]:lines[i][1]], debris[i]):
            continue
        if not _title_like(text, lines[i]):
            return
        yield i


_CRUMB_SCAN = 12


def _last_crumb(text: str, lines: list[Span], debris: list[bool], start: int, back_line: int) -> int | None:
    """The last breadcrumb (``首页 > 政务公开 > …``) among the first lines of the page."""
    return next((i for i in reversed(range(start, min(back_line, start + _CRUMB_SCAN)))
                 if debris[i] and BREADCRUMB_SEPARATORS.search(text[lines[i][0]:lines[i][1]])), None)


def _next_line(text: str, lines: list[Span], debris: list[bool], i: int, back_line: int) -> int:
    """The first line from ``i`` that the search for the title does not pass over."""
    while i < back_line and _passed_over(text[lines[i][0]:lines[i][1]], debris[i]):
        i += 1
    return i


def _passed_over(line: str, debris: bool) -> bool:
    """A line the search for the title steps over: blank, debris, an item of a page's list
    of facts (``• 2024-03-22`` / ``- 铜梁区司法局``), or the label of the page's attachments
    (``附件``), empty above the title, or a newsroom's caption of the report's delivery over
    its speaker (``2月26日，在××市…会议上，×××作政府工作报告。``), or a contents' label with no
    contents under it (``目录``: a link of the page's), or a row of the site's links (``县委|
    县人大| 县政协``)."""
    stripped = line.strip()
    return debris or not stripped or (stripped.startswith(FACT_BULLETS) and not titles.is_tagged_headline(stripped)) \
        or headings.appendix_line(stripped) or sessions.is_delivery_caption(stripped) \
        or titles.CONTENTS_LABEL.fullmatch(stripped) is not None or titles.is_site_links(stripped)


# (``××局2024年政府`` / ``信息公开工作年度报告``: or a word or two past it)
_CUT_AFTER_YEAR = LazyPattern(rf"(?:19|20)\d\d年度?{HAN}{{0,4}}$")


def _writer_above(text: str, lines: list[Span], debris: list[bool], start: int, i: int) -> int:
    """Where a title split over lines starts: at the office named on the line above it
    (``××市人民政府`` / ``关于2021年度…的报告``, ``××市人民政府关于`` / ``2023年度…的报告``), at
    the first half of a title the page wrapped, else at the line itself."""
    above = [j for j in range(i - 1, start - 1, -1)
             if not _passed_over(text[lines[j][0]:lines[j][1]], debris[j])][:_WRITER_LINES]
    if not above:
        return i
    line, previous = text[lines[i][0]:lines[i][1]].strip(), text[lines[above[0]][0]:lines[above[0]][1]].strip()
    if titles.is_title_rest(line) and titles.continues_title(previous, line):
        # ``××县人民政府2019年政府信息公开`` / ``工作年度报告``: its closing words (and the
        # writer's line over a title cut thrice: ``××办公室`` / ``2021年…工作年度`` / ``报 告``)
        return _writer_above(text, lines, debris, start, above[0])
    if previous.endswith(("关于", "政治协商会议")) or (  # ``关于重庆市2024年预算`` / ``执行情况和…的报告``: a 关于 title
            # goes on until it names its document
            previous.startswith("关于") and not titles.names_a_document(previous)) or (
            (previous.endswith(("的", *offices.JOINS))  # ``关于…财政收支的`` / ``审计工作报告``,
             # ``××市2024年预算执行情况及`` / ``2025年预算草案报告``: cut mid-phrase, or after
             # its year (``××县人民政府2021年度`` / ``信息公开年度报告``)
             or _CUT_AFTER_YEAR.search(previous) and not titles.is_year_label(previous) and not titles.names_a_document(previous)
             # (never a notice's sentences: ``说明:文章内容仅供预览…。``)
             or len(previous) >= _WRAPPED_MIN and not any(ch.isspace() or ch in SENTENCE_ENDS for ch in previous))
            and not offices.is_org_line(previous)
            and not titles.is_column_name(previous) and titles.continues_title(previous, line)):
        return above[0]  # ``…2023年国民经济和社会发展计划执行`` / ``情况…草案的报告``: wrapped
    if len(above) >= 2 and titles.continues_title(
            text[lines[above[1]][0]:lines[above[1]][1]].strip(), previous) and titles.continues_title(previous, line):
        return above[1]  # a 关于 title wrapped twice: ``关于××区2021年财政`` / ``预算执行情况…`` / ``…的报告``
    if offices.is_org_line(previous) and not titles.names_its_writer(line) and (
            # (or its year later: ``××管委会`` / ``政府信息公开工作2013年度报告``)
            _YEAR_FIRST.search(line) and not titles.names_its_writer_after_its_year(line) or len(above) >= 2
            and sessions.is_document_number(text[lines[above[1]][0]:lines[above[1]][1]])):
        return above[0]  # a red-headed document's writer under its number (``宝环保〔2026〕1号`` /
        # ``××局`` / ``2025年法治政府建设情况报告``), or over a title that gives its year
        # (``××县国土资源局`` / ``2016年政府信息公开工作年度报告``): the writer starts the title
    if not line.startswith("关于"):
        return i
    joint = list(takewhile(lambda j: offices.is_org_line(text[lines[j][0]:lines[j][1]]), above))
    return joint[-1] if joint else i  # joint writers stand a line each


_YEAR_FIRST = LazyPattern(r"(?:19|20)\d\d\s*年")


def _title_like(text: str, span: Span) -> bool:
    """A line that may stand in a title: short, unpunctuated, not a numbered heading."""
    line = text[span[0]:span[1]]
    pos = len(line) - len(line.lstrip(INDENT))
    return (titles.looks_like_title(line) and not headings.recognise(line, pos)
            and not headings.recognise_point(line, pos))


def _title_start(text: str, lines: list[Span], debris: list[bool], back_line: int) -> int:
    """Where to look for the title: at the first title-like line that the page repeats
    (the page's title over the article's own), when there is one; lines above it (a column
    name such as ``工作报告``) belong to the site. Otherwise at the top, or under the label of
    the part of a set of documents the report is (``第一部分预算草案报告`` over ``关于××区
    2025年预算执行情况和…的报告``), which stays a heading over the report."""
    top = next((i for i in range(back_line) if not _passed_over(text[slice(*lines[i])], debris[i])), 0)
    marker = headings.recognise(text[slice(*lines[top])], 0) if top < back_line else None
    top = top + 1 if marker is not None and marker.family == "part" and marker.ordinal == 1 and (
        top + 1 < back_line) else 0
    indices = list(islice(_head_lines(text, lines, debris, top, back_line), _TITLE_SCAN))
    candidates = [text[lines[i][0]:lines[i][1]].strip() for i in indices]
    for n, candidate in enumerate(candidates):
        # A subtitle the page repeats (``——…在××会议上``) stands under the title, not over it.
        if not sessions.is_subtitle(candidate) and any(
                titles.repeats_title(candidate, later) for later in candidates[n + 1:]):
            return indices[n]
    return top
