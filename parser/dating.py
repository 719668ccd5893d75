"""When a report is of: the year it is labelled with (its title's, a speech's year of
delivery, the year its text reviews or counts its figures to), the day it is dated and the day
its page came out."""

from __future__ import annotations

import re
from itertools import takewhile

from parser.chars import FACT_BULLETS, FULLWIDTH_DIGITS
from parser.dates import (
    DATE_NOTE,
    PARAGRAPH_YEAR,
    PARAGRAPH_YEAR_SPAN,
    PUBLISHER_SPAN,
    is_date_line,
    parse_date,
    year_in,
)
from parser.head import Head, Speech, TitleReading
from parser.lazy_regex import LazyPattern
from parser.offices import byline_day, is_org_line
from parser.sessions import FIRST_HALF, NEVER_READ
from parser.titles import COLUMN_TAG, names_a_document
from parser.writers import DRAWN_UP, announced_in

_REVIEW_PART = LazyPattern(
    r"^[ \t\u3000]*(?:一[、.．]|第一部分)?[ \t\u3000]*(?:19|20)\d\d[ \t\u3000]*年度?工作回顾[ \t\u3000]*$", re.M)
_FIRST_PART_YEAR = LazyPattern(
    r"^[ \t\u3000]*(?:一[、.．]|第一部分)[ \t\u3000]*((?:19|20)\d\d)[ \t\u3000]*年度?", re.M)
_YEAR_END = LazyPattern(
    r"(?:截止|截至|至)(?:到)?\s*((?:19|20)\d\d)\s*年\s*12\s*月\s*31\s*日|"
    # (``自2015-1-1起至2015-12-31止``)
    r"(?:19|20)\d\d-0?1-0?1\s*(?:起)?\s*(?:至|到|—|－|-|~)\s*((?:19|20)\d\d)-12-31|"
    r"((?:19|20)\d\d)\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|—|－|-|~)\s*"
    r"(?:(?:19|20)\d\d\s*年\s*)?12\s*月\s*31\s*日")
# (``• 成文日期:`` / ``• 2024-01-24``: the value an item of a page's list of facts under its label)
_DATE_VALUE = r"[\s:：|｜\]】•·]*(?P<date>[0-9０-９]{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})"
# The page's own publication date; a bare 时间/日期 only where no row says 发布, and the date
# it was updated or drawn up where the page gives nothing else.
_PUBLISHED = (
    LazyPattern(r"[发發]\s*布\s*(?:[时時]\s*[间間]|日\s*期)" + _DATE_VALUE),
    LazyPattern(r"公\s*开\s*日\s*期" + _DATE_VALUE),
    LazyPattern(r"[发發]表于" + _DATE_VALUE),  # (a forum's post: ``发表于 2021-1-5 14:01:07``)
    LazyPattern(r"(?<![文新成档檔])(?:[时時][间間]|日期)" + _DATE_VALUE),  # (not when it was archived)
    # (``- 2021-04-12 发布``: a document site's day, its label after it)
    LazyPattern(r"(?P<date>(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*发布(?![机单部])"),
    # (``2024年01月17日 来源: ××``: the day, then the source, on the row under the title)
    LazyPattern(r"(?P<date>(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}))[ \t\u3000]*(?:\d{1,2}:\d\d(?::\d\d)?[ \t\u3000]*)?(?=来源[:：])"),
    # (``稿源: ××区政府网 2022-01-19``: the source row, with the day the source put it up)
    LazyPattern(r"(?:稿源|来源)[:：]\s*[^\s:：|｜]{2,20}[ \t\u3000]+(?P<date>(?:19|20)\d\d-\d{1,2}-\d{1,2})"),
)
# The days a page gives for the document itself, its day out where it gives no other (not
# before a day it prints alone under the title: ``2020-12-22 11:50`` over ``发文日期 2020-12-03``)
_ISSUED = (
    LazyPattern(r"[发發]\s*文\s*日\s*期" + _DATE_VALUE),
    LazyPattern(r"(?:更新|生成|成文)(?:时间|日期)" + _DATE_VALUE),
)
# The day the document bears, as a page's row gives it (written, issued, or made: a 政务公开
# catalogue's ``生成日期``)
_COVERING_LETTER = LazyPattern(
    r"(?:呈送|报送|呈报)[^\n]{2,80}?请(?:予)?(?:审阅|审议|审定|阅示)[。.]?[ \t\u3000]*\n"
    r"[ \t\u3000]*(?P<org>[^\n]{2,40}?)[ \t\u3000]*\n[ \t\u3000]*"
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[ \t\u3000]*$", re.M)
_WRITTEN = LazyPattern(r"(?:成\s*文|[发發]\s*文|生\s*成)\s*(?:日\s*期|[时時]\s*[间間])" + _DATE_VALUE)
_COMPACT_DATE = LazyPattern(r"((?:19|20)\d\d)(\d\d)(\d\d)")
_OPENS_WITH_THIS_YEAR = LazyPattern(r"[ \t\u3000]*今年")
# ``今天是2024年3月5日 星期二``: the day the page was looked at, not the day it was put up.
_TODAY = LazyPattern(r"星期|今天|农历|周[一二三四五六日天]")
_PARAGRAPH_MIN = 40
_ARCHIVED = LazyPattern(r"\s*[归歸]\s*[档檔]")  # ``归档时间:2020-01-01``: when a site filed it away
_ISO_DATE = LazyPattern(r"(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}")


def _head_date(text: str, page_texts: set[str]) -> str | None:
    """A page's unlabelled publication date: the first full date on a line of page furniture
    or alone in a page's list of facts above the text (``2022-05-12 14:44``, ``• 2024-01-23``)."""
    head = [line.strip() for line in text[:PUBLISHER_SPAN].splitlines()]
    for line, below in zip(head, [*head[1:], ""]):
        if "。" in line and len(line) > _PARAGRAPH_MIN and line not in page_texts:
            return None  # the text has begun (an opening that furniture hid is still one; not
            # a site's notice, ``已打开…页面，…操作帮助请按Alt加问号键。``)
        if _TODAY.match(below):
            continue  # (``2026-01-16`` / ``星期五``: the day the page was looked at, a line apart)
        # A date in a page's list of facts, or written as a site writes it (``2023-01-16``),
        # not as a report dates itself (``2023年1月16日``, a subtitle's).
        listed = ((line.startswith(FACT_BULLETS) or _ISO_DATE.fullmatch(line))
                  and is_date_line(line.lstrip("".join(FACT_BULLETS))))
        if any(pattern.search(line) for pattern in _ISSUED):
            continue  # (``成文日期: 2025-01-26``: the document's day, labelled, not the page's)
        if (day := byline_day(line)) and not _TODAY.search(line):
            return day  # (``××省人民政府办公厅 2016-04-15`` under the page's headline)
        if (line in page_texts or listed) and not _TODAY.search(line) and not _ARCHIVED.match(line):
            date = parse_date(_DAY_FIRST.sub(r"\3-\2-\1", line))
            if date:
                return date
    return None


_DAY_FIRST = LazyPattern(r"^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?=\s)")


_SUMMARISED = LazyPattern(r"((?:19|20)\d\d)年度?(?:工作)?总结")


def _summarised_year(title: str | None) -> int | None:
    """``××局2025年工作计划和2024年工作总结``: a summary with a plan is the summarised year's."""
    match = _SUMMARISED.search(title.translate(FULLWIDTH_DIGITS)) if title and "总结" in title else None
    return int(match[1]) if match else None


def _tagged_year(title: str | None) -> int | None:
    """``××市人民检察院工作报告(2022)``: a year a site tags a title with, in brackets at its end."""
    match = _YEAR_TAG.search(title) if title else None
    return int(match[1]) if match else None


_YEAR_TAG = LazyPattern(r"[(（]((?:19|20)\d\d)[)）]\s*$")
_AUDITED = LazyPattern(r"对[^。；;]{0,60}?((?:19|20)\d\d)年度?[^。；;]{0,40}?进行了(?:就地)?审计")
# (``××规划中期评估``: an evaluation too is the year it is dated)
_DATED_KIND = LazyPattern(r"(?:通知|方案|意见|决定|办法|通报|要点|规则|规定|细则|评估|"
                          # (a month's or a quarter's summary: ``××局4月份工作小结``)
                          r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})月份?(?:工作)?(?:小结|总结)|"
                          r"(?:[一二三四]季度|前三季度|上半年)(?:工作)?(?:小结|总结))$")
_NO_CONGRESS = ("办事处", "街道")
_PLENARY = LazyPattern(r"各位代表|(?<![主任、，,])各位委员")


# A people's congress's standing committee, which hears reports on one field at a time
_STANDING = LazyPattern(r"常务委员会|常委会")
_DRAWN_UP_SPAN = 200


def dates_of(head: Head, reading: TitleReading, speech: Speech) -> tuple[str | None, str | None]:
    """(the day the report is dated, the day its page came out)."""
    text, opening, signature_texts, page_texts = head.text, head.opening, head.signature_texts, head.page_texts
    dated, dated_head = reading.dated, speech.dated_head
    date = next((d for d in map(parse_date, reversed(signature_texts)) if d), None) or dated_head
    # else the day the page's rows say the document bears (``[ 成文日期 ] 2026-02-03``), which
    # may stand in the head of the text, a metadata table flattened into it
    date = date or next((parse_date(match["date"]) for block in ("\n".join(page_texts), text[:PUBLISHER_SPAN])
                         for match in _WRITTEN.finditer(block) if parse_date(match["date"])), None)
    # else the day its covering letter is signed, over the report it sends (``现呈送我委2023年度
    # …报告，请审阅。`` / ``××省卫生健康委`` / ``2024年3月8日``)
    letter = _COVERING_LETTER.search(text, 0, PUBLISHER_SPAN) if date is None else None
    date = date or (parse_date(letter["date"]) if letter and is_org_line(letter["org"]) else None)
    # else the day its writer dates it under its name, over the text as a document's head
    # (``××区人民政府`` / ``2011年2月14日`` / ``引 言``, past the page's ``字号:``)
    # (or a covering notice's, over the opening of the report it issues; not a speech's, dated
    # when it was read, under a notice that issues it)
    top = text[:0 if speech.delivered else PUBLISHER_SPAN].splitlines()
    above = text[:opening[0] if opening and not speech.delivered else 0].splitlines()
    for lines in ([*takewhile(lambda line: "。" not in line, top)], above):
        lines = [line.strip() for line in lines if line.strip()]
        date = date or next((parse_date(day) for writer, day in zip(lines, lines[1:])
                             if is_org_line(writer) and "年" in day and is_date_line(day)), None)
    # (a value may stand on the line after its label: ``• 发布日期:`` / ``2024年04月06日``)
    published, issued = (_labelled_day(patterns, page_texts, text) for patterns in (_PUBLISHED, _ISSUED))
    byline = byline_day(text[opening[0]:opening[1]] if opening else "")
    # (the day it was read, with who read it, is no day of the page's)
    noted = parse_date(_COMPACT_DATE.sub(r"\1-\2-\3", dated[0])) if dated and not dated["reader"] else None
    if noted and dated and not any(ch.isdigit() for ch in dated[0]):
        # (a day in Chinese numerals after the title, ``(二〇一〇年十二月二十日)``, is the report's
        # own, as its writer dates it; a site writes its day in figures)
        return date or noted, published or byline or _head_date(text, set(page_texts)) or issued
    published = published or byline or noted or _head_date(text, set(page_texts)) or issued
    return date, published


def _labelled_day(patterns: tuple[LazyPattern, ...], page_texts: list[str], text: str) -> str | None:
    """The day a row labels so: the furniture's rows first, then the head of the text, where a
    flattened metadata table runs on into the title and is not furniture."""
    return next((parse_date(match["date"]) for block in ("\n".join(page_texts), text[:PUBLISHER_SPAN])
                 for pattern in patterns for match in pattern.finditer(block) if parse_date(match["date"])), None)


_YEAR_END_REPORTERS = ("法院", "检察院", "檢察院", "人民代表大会常务委员会", "人大常委会")


def year_of(
    head: Head, reading: TitleReading, speech: Speech, covers: int | None, plans: int | None,
    date: str | None, published: str | None, org: str | None,
) -> int | None:
    """The year the report is labelled with: its title's, a speech's year of delivery, the year
    its text says it reviews or counts its figures to, its opening's, the year it is dated."""
    text, titles, opening, opening_text, title_lines, after = (
        head.text, head.titles, head.opening, head.opening_text, head.title_lines, head.after)
    title, front_titles, front_notes = speech.title, reading.front_titles, reading.front_notes
    delivered, session, person = speech.delivered, speech.session, speech.speaker
    announced_year = announced_in(head.opening_line)[1]
    # The year a report is labelled with: its title's, else — for a speech — the year after
    # the one it reviews, or the year it was delivered; else the front matter's, the opening's.
    # A headline over the report's own title may give the year its own title does not
    # (``2025年工作报告`` over ``××市人民检察院工作报告``) — but a speech is the year it was
    # read in, where a site labels it with the year it reviews (``2024年工作报告`` over a
    # report read in January 2025).
    # (not the day a listing tags it with: ``(福建省)××县人民政府工作报告(2023年12月27日)``)
    headline_years = (year_in(DATE_NOTE.sub("", line.strip())) for line in titles
                      if line != title and names_a_document(COLUMN_TAG.sub("", line.strip())))
    year = _summarised_year(title) or year_in(title) or _tagged_year(title)
    headline_year = next(filter(None, headline_years), None) if year is None else None
    # (its opening may stand under the byline of the office that reads it: ``××区发展和改革局``
    # / ``各位代表:`` / ``受城区人民政府委托,现将××区2024年国民经济和…``)
    audited = _AUDITED.search(opening_text) if year is None else None
    if audited:  # ``2017年4月至5月，××县审计局对2016年度县级财政预算执行…进行了审计``: what was audited
        year = int(audited[1])
    drawn_text = text[opening[0]:opening[0] + _DRAWN_UP_SPAN] if opening and year is None and not title else ""
    drawn_up = DRAWN_UP.search(drawn_text)
    if drawn_up:  # untitled, a plan or a budget its opening names (``报告××区2022年国民经济和
        # 社会发展计划执行情况与2023年…``) is the reviewed year's, as its title would say
        year = year_in(drawn_text[:drawn_up.start()])
    # Only a work report is labelled with the year it is read in; a report on one field read
    # to a standing committee (``关于法治政府建设情况的报告``) is the year it reviews.
    # (nor is an untitled report read to a standing committee: it reports on a field)
    if year is None and delivered and (title and "工作报告" in title or not title and not _STANDING.search(
            session or "")):
        # A report read in December (or reviewing the year it is read in) is next year's, the
        # year of the session its government reports to; a court's, a procuratorate's or a
        # standing committee's, read at the year's end, is the year it reports on.
        # (and a 政协's standing committee: ``中国人民政治协商会议××市委员会``)
        if org and (org.endswith(_YEAR_END_REPORTERS) or "政治协商会议" in org or org.startswith("政协")):
            year = int(delivered[:4])
        else:
            delivered_year = int(delivered[:4]) + (delivered[5:7] == "12")
            year = covers + 1 if covers and covers + 1 >= delivered_year else delivered_year
    # ``南京江北新区工作报告`` / ``（2024年1月）``: a work report dated under its title
    # (or tagged after it with the day a listing files it under, the day it was read:
    # ``(四川省)××县人民政府工作报告(2023年1月8日)``)
    date_line = next((line for line in (line.strip().strip("（()）") for line in titles[1:])
                      if is_date_line(line)), None) or (reading.dated and reading.dated[0].strip(
                          " \t（()）")) if title and "工作报告" in title else None
    day = parse_date(date_line) if date_line else None  # (``2024年1月``: a month, no day)
    if year is None and date_line and (dated_year := year_in(date_line) or day and int(day[:4])):
        # (in December: next year's, as read then)
        year = dated_year + ("年12月" in date_line or bool(day and day[5:7] == "12"))
    # (``各位代表：`` above the opening: what is read to a congress addresses its deputies, and
    # to a 政协's plenary its members — a standing committee's members with its 主任 first)
    # (or says it is: ``××代表…常务委员会向大会作工作报告``)
    # (or opens with its review of the year before: ``一、2013年工作回顾``, unless a 街道, which
    # has no congress, wrote it: its summary of that year)
    to_congress = bool(session or person or "政府工作报告" in (title or "") or "向大会" in opening_text
                       or (opening and _PLENARY.search(text, max(0, opening[0] - 200), opening[0]))
                       or (_REVIEW_PART.search(text, 0, PARAGRAPH_YEAR_SPAN)
                           and not (org or "").endswith(_NO_CONGRESS)))
    if year is None and covers and to_congress:
        year = covers + 1  # read to a congress, undated: the year after the one it reviews
    elif year is None and plans and to_congress:
        year = plans  # nor saying which year it reviews: the year it plans for
    year = year or headline_year
    year = year or announced_year
    # A work report read to a congress (not to its standing committee) reviews the year its
    # paragraphs open with (``2020年，全市检察机关…`` read in 2021), its opening's too.
    # (nor a plan or a budget, whose first part reviews the year it is labelled with:
    # ``一、2022年国民经济和社会发展计划执行情况`` read in 2023 is 2022's)
    first_part = _FIRST_PART_YEAR.search(text, 0, PARAGRAPH_YEAR_SPAN)
    drawn_part = first_part is not None and DRAWN_UP.search(
        text[first_part.end():first_part.end() + _DRAWN_UP_SPAN].partition("\n")[0]) is not None
    reviews = (to_congress and (not title or "工作报告" in title) and "常" not in (session or "")
               and not drawn_part)
    reviewing = reviews and PARAGRAPH_YEAR.match(opening_text) is not None
    if year is None and ("31日" in text[:PARAGRAPH_YEAR_SPAN] or "-12-31" in text[:PARAGRAPH_YEAR_SPAN]):
        # ``截止2023年12月31日，我局…``, ``统计期限自2021年1月1日起至2021年12月31日止``: figures
        # counted to the end of the year reported on (before any year the opening cites: ``《条例》
        # （2019年4月3日…修订）``)
        match = _YEAR_END.search(text, 0, PARAGRAPH_YEAR_SPAN)
        year = int(next(filter(None, match.groups()))) if match else None
    if year is None and not title and not to_congress and first_part and opening and first_part.start() <= opening[0]:
        # ``一、2024年工作完成情况`` over an opening that cites another year's work (``完成2023年度
        # 6个…``): an untitled summary reviews the year its first part names
        year = int(first_part[1])
    # (nor a year its opening cites, ``…省审计厅2017年扶贫政策…审计``, where a later paragraph
    # reviews the year: ``各位代表，2018年，我们…``)
    reviewed_later = reviews and PARAGRAPH_YEAR.search(text, 0, PARAGRAPH_YEAR_SPAN) is not None
    for source in (*front_titles, front_notes, "" if reviewing or reviewed_later else _BOOK_TITLE.sub("", opening_text)):
        if year is None:
            year = year_in(source)
    if year is None:  # ``2023年，市××委以…`` or ``2025年是“十四五”收官之年``: the first
        # paragraph that opens with its year
        match = PARAGRAPH_YEAR.search(text, 0, PARAGRAPH_YEAR_SPAN)
        year = int(match[1]) + (reviews and "以来" not in match[0]) if match else None
    if year is None:  # ``一、2022年度推进法治政府建设的主要举措和成效``: the first part's (read to
        # a congress, ``一、2009年全省法院工作``: the year after, as for its paragraphs)
        match = _FIRST_PART_YEAR.search(text, 0, PARAGRAPH_YEAR_SPAN)
        year = int(match[1]) + reviews if match else None

    if year is None and title and _DATED_KIND.search(title) and (date or published):
        year = int((date or published or "")[:4])  # a notice or a plan: the year it is dated
    if year is None and title and "工作报告" in title and published:
        year = int(published[:4])  # read to a congress on no day it names: the year it came out
    if year is None and published and _OPENS_WITH_THIS_YEAR.match(opening_text):
        year = int(published[:4])  # ``今年以来，城西街道…``: the year of the page that says it
    if year is None and date and NEVER_READ.search(opening_text):
        # a year's report on its work, dated: the year before, if dated in the first half of the
        # next (``2018年3月18日`` over ``本年度报告根据《…政府信息公开条例》…``), else that year
        year = int(date[:4]) - (int(date[5:7]) <= FIRST_HALF)
    if year is None:  # last: the first year the report's own text names, under its title
        year = year_in(text[after:after + PARAGRAPH_YEAR_SPAN] if title_lines else text[:PARAGRAPH_YEAR_SPAN])
    return year


_BOOK_TITLE = LazyPattern(r"《[^》]{0,60}》")
