"""The lines under a speech's title: its subtitle (``——2023年1月5日在××市第十七届人民代表大会第二次
会议上``), the session it names, its speaker (``市长 ×××``), a newsroom's caption of its delivery,
a document's number; and the years a speech's parts review and plan."""

from __future__ import annotations

import re

from parser.chars import DASHES, FULLWIDTH_DIGITS
from parser.dates import CN_DATE, DATE, RUN_TOGETHER_DATE, YEAR, parse_date
from parser.lazy_regex import HAN, LazyPattern

_ROLES = "省长|市长|区长|县长|州长|盟长|旗长|镇长|乡长|主席|主任|局长|厅长|署长|审计长|书记|委员长|委员|检察长|院长"
"""The offices whose holders read a report to a congress or its standing committee."""
_SPEAKER = LazyPattern(
    # (``××区政协副主席、财政局局长 ×××``: one who holds two offices; or with a space between
    # them: ``××省人民政府副省长 ××省发改委党组书记、主任 ×××``)
    rf"(?P<office>(?:(?:{HAN}|、){{2,24}}?(?:{_ROLES})[ \t\u3000]+)?(?:{HAN}|、){{0,24}}(?:代理?|常务副|副)?"
    rf"(?:{_ROLES}))"
    rf"[ \t\u3000]*(?P<name>(?:{HAN}|·){{1,4}}(?:[ \u3000]{{1,2}}(?:{HAN}|·){{1,3}})?)"
)


_NAMED_OFFICE = LazyPattern(
    rf"(?P<office>{HAN}{{2,24}}(?:局|委员会|厅))[ \t\u3000]+(?P<name>{HAN}{{2,3}}|{HAN}[ \u3000]{{1,2}}{HAN})")
_UNNAMED_READER = LazyPattern(rf"{HAN}{{4,30}}(?:{_ROLES})")
_SPEAKER_CUES = frozenset("长席任记员")
_NAME_MIN = 2
_NAME_SPACE = LazyPattern(r"[ \u3000]+")


def is_speaker_line(line: str) -> bool:
    """``市长 ×××`` / ``××省人民政府代省长 ×××``: who delivers a report, under its title."""
    return speaker(line) is not None


def speaker(line: str) -> str | None:
    """The speaker line as written, spaces squeezed (``市长 王××``), or None."""
    stripped = line.strip()
    if len(stripped) > 36:
        return None
    named_office = _NAMED_OFFICE.fullmatch(stripped)
    if named_office:  # ``房县发展和改革局 刘××``: the office its head reads for, with no role
        return f"{named_office['office']} {_NAME_SPACE.sub('', named_office['name'])}"
    if _SPEAKER_CUES.isdisjoint(stripped):
        return None  # no office title (…长, 主席, 主任, 书记, 委员) in it
    match = _SPEAKER.fullmatch(stripped)
    name = _NAME_SPACE.sub("", match["name"]) if match else ""
    if match is None or ROLE.search(name):
        # ``××区发展和改革委员会主任`` with the name left blank: the office alone reads it
        return stripped if _UNNAMED_READER.fullmatch(stripped) else None
    if len(name) < _NAME_MIN or (match["office"].endswith("委员") and name.startswith("会")):
        # ``××街道工作委员会``: 委员 and a character left over, not a name; nor the rest of a
        # 委员会's office (``××开发区管理委员会办公室``)
        return None
    return f"{match['office']} {name}"


TAGGED_ITEM = LazyPattern(r"[•·]\s*[【\[][^】\]]{1,12}[】\]]")
DOCUMENT_NUMBER = LazyPattern(rf"{HAN}{{1,12}}[〔\[［(（]\d{{4}}[〕\]］)）]\s*\d{{1,4}}\s*号")


# ``柳政发〔2024〕12号 签发人:×××``: who signed it off, beside the number
_SIGNED_OFF = LazyPattern(rf"\s*签发人\s*[:：]?\s*{HAN}{{2,4}}$")


def is_document_number(line: str) -> bool:
    """``柳政发〔2024〕12号``: the 发文字号 that stands above a document's title."""
    return "号" in line and DOCUMENT_NUMBER.fullmatch(_SIGNED_OFF.sub("", line.strip())) is not None


DOC_SITE_LABEL = r"(?:文档介绍|文档简介|文档描述)\s*[:：]\s*"
"""``文档介绍:``: a document site's label before the text it shows."""
_LABELLED = LazyPattern(rf"^{DOC_SITE_LABEL}")


def is_subtitle(line: str) -> bool:
    """``——2025年3月21日在…会议上`` / ``（2023年12月）`` / ``2025年3月21日在…``: a line that says
    when or where, under a title (after a document site's label, ``文档介绍:——…``)."""
    stripped = line.strip()
    stripped = _LABELLED.sub("", stripped) if stripped.startswith("文档") else stripped
    return bool(stripped) and (
        # (``;;;;2018年3月20日在…``: a copy that turned the dash into semicolons)
        stripped[0] in f"{DASHES}-－" or stripped.startswith(";;") or _bracketed(stripped) or opens_with_its_day(stripped)
        or ("月" in stripped and CN_DATE.match(stripped) is not None)
        or ("会" in stripped and (_MEETING_LINE.fullmatch(stripped) is not None
                                 or _PASSED_LINE.fullmatch(stripped) is not None
                                 or _READER_THEN_DAY.fullmatch(stripped) is not None)))


# ``××市人民政府市长×××2010年1月16日在××市第十三届人民代表大会第三次会议上``: who read it, then
# when and where
_READER_THEN_DAY = LazyPattern(
    rf"{HAN}{{0,20}}?(?:代理?|常务副|副)?(?:{_ROLES})\s*[^\s\d，,。]{{2,4}}\s*(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日在.{{4,60}}(?:会议|大会)上")


def opens_with_its_day(line: str) -> bool:
    """``2025年3月21日在…`` / ``2023年12月``: a line that opens with the day it was delivered,
    or is only a month (not ``2021年10月政府工作报告``, a title naming its month)."""
    line = line.translate(FULLWIDTH_DIGITS)
    match = DATE.match(line)
    if match is None:  # ``202315日在…``: its 年 and 月 lost, read one way only
        return RUN_TOGETHER_DATE.match(line) is not None and parse_date(line) is not None
    return match["d"] is not None or not line[match.end():].strip(" 日)）")


def _bracketed(line: str) -> bool:
    """``（2023年12月）`` / ``（2019年1月27日在…会议上）省长 ×××``: a line that opens with a
    note in brackets saying when or where (not ``（海南省）××报告``)."""
    if line[0] not in "(（":
        return False
    close = min((i for i in (line.find(")"), line.find("）")) if i >= 0), default=-1)
    note = line[1:close]
    return (close in (-1, len(line) - 1)  # the whole line, or unclosed: wrapped by the page
            or YEAR.search(note) is not None or "会" in note)


_BRACKETED_DAY = r"[(（](?:19|20)\d\d年[^)）]{2,8}[)）]"
"""``（2016年2月16日）`` after a meeting's name: the day it met."""
_SUBTITLE_TAIL = LazyPattern(
    # (a date or a session, not the rest of the title: ``——2020年工作及…发展回顾和2021工作计划``)
    # (``--``: a dash a page typed as two hyphens)
    rf"(?:[-{DASHES}]*[{DASHES}]|--|\s;;+)\s*(?:(?:(?:19|20)\d\d|[〇零○一二]{{4}})(?=.*(?:月|会议|大会))|在).*$|"
    # ``政府工作报告（草案）在××镇第四届人民代表大会第三次会议上``: the dash lost; its day
    # and its speaker may follow (``…会议上(2016年2月16日) 代市长 ×××``)
    rf"(?<=[告)）])\s*在.{{4,60}}?(?:会议|大会)上[)）]?(?:{_BRACKETED_DAY})?"
    r"(?:[ \t\u3000]+\S{2,12}[ \t\u3000]+\S{2,4})?$|"
    # ``政府工作报告(2020年1月16日在××镇第十九届人民代表大会第七次会议上)``: in brackets
    r"(?<=告)[(（](?:19|20)\d\d年\d{1,2}月\d{1,2}日在?[^（()）]{4,60}?(?:会议|大会)上?[)）]$")
LEADING_DATE = LazyPattern(r"^\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*")
MEETING_END = LazyPattern(r"(?:会议|大会)上?[)）]?$")
# (a day the copy mangled before it, ``2019116日在…``, still says when)
_MEETING_LINE = LazyPattern(
    r"[0-9０-９〇零○一二三四五六七八九十年月日]{0,12}在.{4,60}(?:会议|大会)上[)）]?(?:[（(][^（()）]{4,20}[)）])?")
# ``××省第六届人民代表大会第五次会议审议通过``: the meeting that passed a plan, under its title
_PASSED_LINE = LazyPattern(r"[（(]?[^，。,；;：:（()）]{4,60}?(?:会议|大会)(?:审议)?(?:通过|批准)[)）]?")
SESSION = LazyPattern(r"在(?P<session>.{4,60}?(?:会议|大会))上")
# ``——河南省第九届人民代表大会第四次会议``: the meeting named without 在…上.
DASHED_SESSION = LazyPattern(rf"[{DASHES}]{{1,2}}\s*(?P<session>[^在，。]{{4,60}}?(?:代表大会|会议))\s*$")
# ``（2022年1月2日××市第十七届人民代表大会第一次会议第四次大会通过）``: the meeting that
# passed it, after its date
PASSED_AT = LazyPattern(
    r"日\s*(?P<session>[^在，。()（）]{4,60}?第[一二三四五六七八九十]{1,3}次会议)(?=.{0,12}通过)")
# ``××区十届人大一次会议``: a session by its short name, on a line of its own
SHORT_SESSION = LazyPattern(rf"{HAN}{{2,12}}?[一二三四五六七八九十]{{1,3}}届人大(?:常委会)?[一二三四五六七八九十]{{1,3}}次会议")
PLACE = LazyPattern(
    rf"^(?!代|副|常务)(?P<place>{HAN}{{1,12}}?(?:自治区|特别行政区|省|市|州|盟|县|区|旗|镇|乡))")
# (a session by its short name: ``赣州市五届人大三次会议``)
GOVERNMENT_PLACE = LazyPattern(
    PLACE.pattern + r"(?=第|[一二三四五六七八九十]{1,3}届|人民政府|政府|代|常务|副|省长|市长|区长|县长|州长|主席|盟长|旗长|$)")
_REVIEWED = LazyPattern(
    # (not ``2021年上半年工作回顾``: a report read mid-year is that year's)
    r"((?:19|20)\d\d)年(?!上半年|前三季度)(?:[^，。,]{0,10}?)(?:政府)?(?:工作|发展)(?:的)?回顾|"
    r"关于((?:19|20)\d\d)年(?:的)?工作"
)


def reviewed_year(heading_titles: list[str]) -> int | None:
    """The year a report reviews, where a heading says so (``2022年工作回顾``,
    ``过去五年和2022年工作回顾``)."""
    for title in heading_titles:
        match = _REVIEWED.search(title.translate(FULLWIDTH_DIGITS))
        if match:
            return int(match[1] or match[2])
    return None


_PLANNED = LazyPattern(
    r"^((?:19|20)\d\d)年(?:的)?(?:政府)?(?:重点)?工作(?:的)?(?:总体要求|安排|任务|建议|目标)|"
    r"^((?:19|20)\d\d)年(?:的)?重点工作")


def planned_year(heading_titles: list[str]) -> int | None:
    """The year a report plans for, where a heading says so (``2023年工作总体要求和主要目标``,
    ``2023年重点工作安排``)."""
    for title in heading_titles:
        match = _PLANNED.search(title.translate(FULLWIDTH_DIGITS))
        if match:
            return int(match[1] or match[2])
    return None


# ``代县长×××在××县…会议上作政府工作报告`` / ``×××作市政协常委会工作报告`` / ``2月26日，在××市…
# 会议上，×××作政府工作报告。``: a newsroom's caption of a report's delivery (never
# ``机关作风建设工作报告``: what is delivered is a work report)
DELIVERY_CAPTION = LazyPattern(
    r"(?:(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日[，,]?\s*)?"
    rf"(?:在(?P<opened_at>[^，。,；;]{{4,60}}?(?:会议|大会))上[，,]\s*)?"
    rf"(?P<office>[^在，。,；;：:]{{1,16}}?[长任])?(?P<name>(?!关于|我){HAN}{{2,4}})"
    rf"(?:在(?P<session>[^，。,；;]{{4,60}}?(?:会议|大会))上)?"
    r"(?:作|做)了?《?(?:政府|[省市县区州旗镇乡]|工作)[^，。,；;《》]{0,14}报告》?。?")


def is_delivery_caption(line: str) -> bool:
    """``×××作市政协常委会工作报告``: a newsroom's caption of who delivered the report."""
    return DELIVERY_CAPTION.fullmatch(line.strip()) is not None


FIRST_HALF = 6
# Reports no congress hears read: what an office made public, how it built a government under
# the law, its year's summary
NEVER_READ = LazyPattern(r"信息公开|政务公开|法治政府|法治建设|依法行政|工作总结|年报")
DASHED_SUBTITLE = LazyPattern(
    rf"^[ \t\u3000]*[{DASHES}]{{1,2}}[ \t\u3000]*(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日在.*$", re.M)
RUN_ON_SUBTITLE = LazyPattern(
    rf"[ \t\u3000]*[{DASHES}]*[ \t\u3000]*(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日在(?:[^，,。；;：:\s]|[ \t\u3000](?=第))"
    r"{4,60}?(?:会议|大会)上")
# ``政 府 工 作 报 告 2010年1月29日在××镇 第十五届…会议上 ×××  各位代表:…`` / ``1坚持科学发展…——2008年
# 1月29日在…``: the title of a page run together in one line, before its subtitle (after the
# page's number a document site printed)
RUN_ON_TITLE = LazyPattern(
    rf"[ \t\u3000]*\d{{0,3}}(?P<title>{HAN}[^，,。；;：:\n]{{1,60}}?)"
    rf"(?=[ \t\u3000]*[{DASHES}]*[ \t\u3000]*(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日在)")
SPEAKER_RUN_ON = LazyPattern(rf"会议上[)）]?(?:{_BRACKETED_DAY})?[ \t\u3000]*(?P<speaker>\S.*)$")


def government_of(place_text: str | None) -> str | None:
    """``山东省第十四届人民代表大会…`` / ``山东省省长`` -> ``山东省人民政府``."""
    if not place_text:
        return None
    match = GOVERNMENT_PLACE.match(place_text.removeprefix("代理"))  # (``代理市长``: an acting mayor)
    return match["place"] + "人民政府" if match else None


def convener(session: str | None) -> str | None:
    """Whose a report read to ``session`` is, when nothing else says: a 政协 plenary's
    (``政协岳阳市第九届委员会第四次会议``) is its committee's, any other its place's government's."""
    cppcc = _CPPCC_SESSION.match(session) if session else None
    return f"中国人民政治协商会议{cppcc['place']}委员会" if cppcc else government_of(session)


_CPPCC_SESSION = LazyPattern(
    rf"(?:中国人民政治协商会议|政协)(?:第[一二三四五六七八九十]{{1,3}}届)?(?P<place>{HAN}{{1,12}}?(?:自治区|省|市|州|盟|县|区|旗))"
    rf"(?:第[一二三四五六七八九十]{{1,3}}届)?委员会")


def subtitle_tail(line: str) -> re.Match[str] | None:
    """``——2024年1月在…`` at the end of a title line; never a dash inside brackets
    (``《…方案（2023—2025年）》的通知``)."""
    match = _SUBTITLE_TAIL.search(line)
    if match is None:
        return None
    before = line[:match.start()]
    if before.count("《") > before.count("》") or (
            before.count("(") + before.count("（") > before.count(")") + before.count("）")):
        return None
    return match


def without_subtitle(line: str) -> str:
    """``line`` without the subtitle a page ran on after its title (``…报告——2024年1月在…``)."""
    tail = subtitle_tail(line)
    return line[:tail.start()] if tail else line


A_SESSION = LazyPattern(r"(?<!协商)会议")  # (not the 中国人民政治协商会议, a body)
# (``××区财政局党组书记、局长``: the office's party post, then its post)
ROLE = LazyPattern(rf"(?:(?:党组|党委)?(?:{_ROLES})、)?(?:代理?|常务副|副)?(?:{_ROLES})$")
