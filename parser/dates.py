"""Dates and years in a report's text: the forms a day is written in (``2023年1月5日``,
``二〇二三年一月五日``, ``2023-01-05``), and the year a passage or a label speaks of."""

from __future__ import annotations

import re

from parser.chars import CLAUSE_ENDS, FACT_BULLETS, FULLWIDTH_DIGITS, chinese_number
from parser.lazy_regex import HAN, LazyPattern

# ``2023年`` / ``2023—2025年`` (a span is labelled with its first year)
# ``2023年`` / ``2021—2025年`` / ``2022工作总结`` (a title that dropped its 年)
_YEAR = LazyPattern(r"((?:19|20)\d\d)\s*(?:(?:[—–\-－~至到]\s*(?:19|20)\d\d\s*)?年|(?=(?:政府)?工作|年度|财政|预算|国民经济))")
_CN_ZERO = "〇零○OＯ"
_CN_YEAR = LazyPattern(rf"([{_CN_ZERO}一二三四五六七八九]{{4}})年")
_DATE = LazyPattern(
    r"(?P<y>(?:19|20)\d\d)\s*(?:年|[-./])\s*(?P<m>\d{1,2})\s*(?:月|[-./])(?:\s*(?P<d>\d{1,2})\s*日?)?"
)
# (or only the 月: ``2021年120日``)
_RUN_TOGETHER_DATE = LazyPattern(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?:年(?=\d{3,4}日))?(?P<md>\d{2,4})日")
_CN_DATE = LazyPattern(
    rf"(?P<y>[{_CN_ZERO}一二三四五六七八九]{{4}})年(?P<m>[一二三四五六七八九十]{{1,3}})月"
    r"(?:(?P<d>[一二三四五六七八九十]{1,3})日)?"
)
_TRAILING_YEAR = LazyPattern(r"\s+((?:19|20)\d\d)$")


def _date_match(line: str) -> tuple[re.Match[str], int, int, int | None] | None:
    """The first date in ``line`` as (match, year, month, day or None)."""
    match = _DATE.search(line)
    if match:
        day = int(match["d"]) if match["d"] else None
        return match, int(match["y"]), int(match["m"]), day
    match = _CN_DATE.search(line) if "月" in line else None
    if match:
        year = chinese_number(match["y"].translate(_ZERO_TO_LING)) or 0
        day = chinese_number(match["d"]) if match["d"] else None
        return match, year, chinese_number(match["m"]) or 0, day
    match = _RUN_TOGETHER_DATE.search(line) if "日" in line else None
    if match:  # ``20241228日在…``, ``2024110日``: a copy lost the 年 and 月 between the numbers;
        # read the month and day only one way (``2024111日`` is 1月11日 or 11月1日: no date)
        digits = match["md"]
        readings = {(int(digits[:n]), int(digits[n:])) for n in (1, 2) if 1 <= len(digits) - n <= 2}
        valid = [(month, day) for month, day in readings if 1 <= month <= 12 and 1 <= day <= 31]
        if len(valid) == 1:
            return match, int(match["y"]), *valid[0]
    return None


_ZERO_TO_LING = str.maketrans({zero: "〇" for zero in _CN_ZERO})


def parse_date(line: str) -> str | None:
    """``2023年12月30日`` / ``2023-12-30`` / ``二〇二三年十二月三十日`` / ``２０２３年…`` ->
    ``2023-12-30``; None when there is no full date (``2024年1月`` names no day)."""
    found = _date_match(line.translate(FULLWIDTH_DIGITS))
    if found is None:
        return None
    _, year, month, day = found
    if day is not None and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _split_date(line: str) -> tuple[str, bool]:
    """The line without a date at its end, and whether there was one."""
    stripped = line.strip().translate(FULLWIDTH_DIGITS)
    found = _date_match(stripped)
    if found is None or stripped[found[0].end():].strip(" 日"):
        return stripped, False
    return stripped[:found[0].start()].strip(), True


def is_date_line(line: str) -> bool:
    """A line that is a date (``2024年1月15日``, ``2024年1月``) and nothing more."""
    rest, dated = _split_date(line)
    return dated and not rest
# (``2023年1月1日至12月31日，××分局在…``: the year given as its first and last days)
_PARAGRAPH_YEAR = LazyPattern(
    r"^[ \t\u3000]*((?:19|20)\d\d)年(?:度|以来|1月1日至(?:(?:19|20)\d\d年)?12月31日)?(?:[，,]|是)", re.M)
_PARAGRAPH_YEAR_SPAN = 3000
_REVIEW_PART = LazyPattern(
    r"^[ \t\u3000]*(?:一[、.．]|第一部分)?[ \t\u3000]*(?:19|20)\d\d[ \t\u3000]*年度?工作回顾[ \t\u3000]*$", re.M)
_FIRST_PART_YEAR = LazyPattern(
    r"^[ \t\u3000]*(?:一[、.．]|第一部分)[ \t\u3000]*((?:19|20)\d\d)[ \t\u3000]*年度?", re.M)
_CLAUSE = LazyPattern(f"[{re.escape(CLAUSE_ENDS)}。]")
_YEAR_END = LazyPattern(
    r"(?:截止|截至|至)(?:到)?\s*((?:19|20)\d\d)\s*年\s*12\s*月\s*31\s*日|"
    # (``自2015-1-1起至2015-12-31止``)
    r"(?:19|20)\d\d-0?1-0?1\s*(?:起)?\s*(?:至|到|—|－|-|~)\s*((?:19|20)\d\d)-12-31|"
    r"((?:19|20)\d\d)\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|—|－|-|~)\s*"
    r"(?:(?:19|20)\d\d\s*年\s*)?12\s*月\s*31\s*日")
_DATE_VALUE = r"[\s:：|｜\]】]*(?P<date>[0-9０-９]{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})"
# The page's own publication date; a bare 时间/日期 only where no row says 发布, and the date
# it was updated or drawn up where the page gives nothing else.
_PUBLISHED = (
    LazyPattern(r"[发發]\s*布\s*(?:[时時]\s*[间間]|日\s*期)" + _DATE_VALUE),
    LazyPattern(r"(?:公\s*开|[发發]\s*文)\s*日\s*期" + _DATE_VALUE),
    LazyPattern(r"(?<![文新成档檔])(?:[时時][间間]|日期)" + _DATE_VALUE),  # (not when it was archived)
    LazyPattern(r"(?:更新|生成|成文)(?:时间|日期)" + _DATE_VALUE),
)
# The day the document bears, as a page's row gives it (written, issued, or made: a 政务公开
# catalogue's ``生成日期``)
_WRITTEN = LazyPattern(r"(?:成\s*文|[发發]\s*文|生\s*成)\s*(?:日\s*期|[时時]\s*[间間])" + _DATE_VALUE)
_COMPACT_DATE = LazyPattern(r"((?:19|20)\d\d)(\d\d)(\d\d)")
_OPENS_WITH_THIS_YEAR = LazyPattern(r"[ \t\u3000]*今年")
# The day a page put after a title (``(2024-02-26)``), or in a newspaper's copy the day it was
# read and who read it (``（2022年1月23日 向辉）``)
_DATE_NOTE = LazyPattern(
    r"\s*[（(]\s*(?:19|20)\d\d\s*[-/.年]?\s*\d{1,2}\s*[-/.月]?\s*\d{1,2}\s*日?"
    rf"(?P<reader>[ \t\u3000]+{HAN}{{2,4}})?\s*[)）]$|"
    r"\s+(?:19|20)\d\d-\d{1,2}-\d{1,2}$")
_PUBLISHER_SPAN = 1500
# ``今天是2024年3月5日 星期二``: the day the page was looked at, not the day it was put up.
_TODAY = LazyPattern(r"星期|今天|农历|周[一二三四五六日天]")
_PARAGRAPH_MIN = 40
_ARCHIVED = LazyPattern(r"\s*[归歸]\s*[档檔]")  # ``归档时间:2020-01-01``: when a site filed it away
_ISO_DATE = LazyPattern(r"(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}")


def _head_date(text: str, page_texts: set[str]) -> str | None:
    """A page's unlabelled publication date: the first full date on a line of page furniture
    or alone in a page's list of facts above the text (``2022-05-12 14:44``, ``• 2024-01-23``)."""
    head = [line.strip() for line in text[:_PUBLISHER_SPAN].splitlines()]
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


# ``2018-2019学年``: a school year is reported on as it ends
_SCHOOL_YEAR = LazyPattern(r"(?:19|20)\d\d\s*[-—~～至]\s*((?:19|20)\d\d)\s*学年")


_YEAR_SPAN = LazyPattern(r"(?:19|20)\d\d年?\s*[-—–~～至]\s*(?:19|20)\d\d年")


def _year_in(text: str | None) -> int | None:
    if not text:
        return None
    text = text.translate(FULLWIDTH_DIGITS)
    # (``《…总体规划（2004年-2020年）》``: a plan's span names no year of the report's)
    text = _YEAR_SPAN.sub("", text) if "年" in text else text
    match = (_SCHOOL_YEAR.search(text) if "学年" in text else None) or _YEAR.search(
        text) or _CN_YEAR.search(text)
    if match is None:
        return None
    return int(match[1]) if match[1].isdigit() else chinese_number(match[1].translate(_ZERO_TO_LING))
