"""Dates and years as a report writes them: the forms a day takes (``2023年1月5日``,
``二〇二三年一月五日``, ``2023-01-05``, ``2023.1.5``) and the first year a line names."""

from __future__ import annotations

import re

from parser.chars import FULLWIDTH_DIGITS, chinese_number
from parser.lazy_regex import HAN, LazyPattern

# ``2023年`` / ``2023—2025年`` (a span is labelled with its first year)
# ``2023年`` / ``2021—2025年`` / ``2022工作总结`` (a title that dropped its 年)
YEAR = LazyPattern(r"((?:19|20)\d\d)\s*(?:(?:[—–\-－~至到]\s*(?:19|20)\d\d\s*)?年|(?=(?:政府)?工作|年度|财政|预算|国民经济|政府信息公开|政务公开|法治政府))")
_CN_ZERO = "〇零○OＯ"
_CN_YEAR = LazyPattern(rf"([{_CN_ZERO}一二三四五六七八九]{{4}})年")
DATE = LazyPattern(
    r"(?P<y>(?:19|20)\d\d)\s*(?:年|[-./])\s*(?P<m>\d{1,2})\s*(?:月|[-./])(?:\s*(?P<d>\d{1,2})\s*日?)?"
)
# (or only the 月: ``2021年120日``)
RUN_TOGETHER_DATE = LazyPattern(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?:年(?=\d{3,4}日))?(?P<md>\d{2,4})日")
CN_DATE = LazyPattern(
    rf"(?P<y>[{_CN_ZERO}一二三四五六七八九]{{4}})年(?P<m>[一二三四五六七八九十]{{1,3}})月"
    r"(?:(?P<d>[一二三四五六七八九十]{1,3})日)?"
)


def _date_match(line: str) -> tuple[re.Match[str], int, int, int | None] | None:
    """The first date in ``line`` as (match, year, month, day or None)."""
    match = DATE.search(line)
    if match:
        day = int(match["d"]) if match["d"] else None
        return match, int(match["y"]), int(match["m"]), day
    match = CN_DATE.search(line) if "月" in line else None
    if match:
        year = chinese_number(match["y"].translate(_ZERO_TO_LING)) or 0
        day = chinese_number(match["d"]) if match["d"] else None
        return match, year, chinese_number(match["m"]) or 0, day
    match = RUN_TOGETHER_DATE.search(line) if "日" in line else None
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


def split_date(line: str) -> tuple[str, bool]:
    """The line without a date at its end, and whether there was one."""
    stripped = line.strip().translate(FULLWIDTH_DIGITS)
    found = _date_match(stripped)
    if found is None or stripped[found[0].end():].strip(" 日"):
        return stripped, False
    return stripped[:found[0].start()].strip(), True


def is_date_line(line: str) -> bool:
    """A line that is a date (``2024年1月15日``, ``2024年1月``) and nothing more."""
    rest, dated = split_date(line)
    return dated and not rest


# (``2023年1月1日至12月31日，××分局在…``: the year given as its first and last days)
PARAGRAPH_YEAR = LazyPattern(
    # (``2025 年，``: a copy that spaced its digits off)
    # (``各位代表，2018年，…`` / ``刚刚过去的2018年，是…``: read to a congress, the year it reviews)
    r"^[ \t\u3000]*(?:各位代表[，,]\s*)?(?:刚刚过去的)?((?:19|20)\d\d) ?年(?:度|以来|1月1日至(?:(?:19|20)\d\d年)?12月31日)?(?:[，,]|是)", re.M)
PARAGRAPH_YEAR_SPAN = 3000
# The day a page put after a title (``(2024-02-26)``), or in a newspaper's copy the day it was
# read and who read it (``（2022年1月23日 向辉）``)
DATE_NOTE = LazyPattern(
    r"\s*[（(]\s*(?:19|20)\d\d\s*[-/.年]?\s*\d{1,2}\s*[-/.月]?\s*\d{1,2}\s*日?"
    rf"(?P<reader>[ \t\u3000]+{HAN}{{2,4}})?\s*[)）]$|"
    r"\s+(?:19|20)\d\d-\d{1,2}-\d{1,2}$|"
    # (in Chinese numerals: ``…报告(二〇一〇年十二月二十日)``)
    r"\s*[（(][〇零○一二][〇零○一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日[)）]$")
PUBLISHER_SPAN = 1500


# ``2018-2019学年``: a school year is reported on as it ends
_SCHOOL_YEAR = LazyPattern(r"(?:19|20)\d\d\s*[-—~～至]\s*((?:19|20)\d\d)\s*学年")


_YEAR_SPAN = LazyPattern(r"(?:19|20)\d\d年?\s*[-—–~～至]\s*(?:19|20)\d\d年")


def year_in(text: str | None) -> int | None:
    if not text:
        return None
    text = text.translate(FULLWIDTH_DIGITS)
    # (``《…总体规划（2004年-2020年）》``: a plan's span names no year of the report's)
    text = _YEAR_SPAN.sub("", text) if "年" in text else text
    match = (_SCHOOL_YEAR.search(text) if "学年" in text else None) or YEAR.search(
        text) or _CN_YEAR.search(text)
    if match is None:
        return None
    return int(match[1]) if match[1].isdigit() else chinese_number(match[1].translate(_ZERO_TO_LING))
