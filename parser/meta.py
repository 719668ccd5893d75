"""What a report says about itself: its title lines, its signature block (back matter), and
the metadata read from them — title, organisation, year, signature date."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from difflib import SequenceMatcher
from itertools import dropwhile, repeat, takewhile

from parser.chars import CLAUSE_ENDS, FACT_BULLETS, FULLWIDTH_DIGITS, STATEMENT_ENDS, chinese_number
from parser.debris import BREADCRUMB_SEPARATORS, starts_with_label
from parser.headings import names_a_part
from parser.lazy_regex import HAN, HAN_CHAR, LazyPattern
from parser.markdown import MASK
from parser.model import Meta
from parser.orgs import PROVINCE_LETTERS, PROVINCES, SHORT_PLACES, ZONE_KIND
from parser.places import (
    bare_place,
    is_place,
    named_places,
    place_spans,
    prefecture,
    unit_named_at,
    whole_name,
)

Line = tuple[int, int]

_TITLE_MAX = 60
_LONG_TITLE_MAX = 90
_NEAR_DUPLICATE = 0.75

ORG_SUFFIXES = (
    "街道办事处|街道工作委员会|工作委员会|委员会|常委会|人民政府|办事处|街道|司法局|司法所|办公室|"
    "党工委|工委|党组|政府|法院|检察院|分局|局|委|办|厅|署|镇|乡|苏木|县|区|市|盟|中心|管委会|管理委员会|农场|林场|"
    "总队|大队|支队|中队|所|站|院|处|部|科|研究室|学校|小学|中学|大学|幼儿园|图书馆|博物馆|文化馆|档案馆|"
    "纪念馆|美术馆|科技馆|联合会|自治区|自治州|省|旗|新城|縣|區|鎮|鄉"
)
# ``鹤龙街坚持…`` / ``伊犁州深入学习…``: a street or a prefecture by its short name, as the
# subject of the opening sentence
_SUBJECT_VERBS = r"坚持|认真|始终|深入|严格|紧紧|全面|积极|高度|以|在"
_SUBJECT_ENDS = rf"(?:街|州|自治县)(?={_SUBJECT_VERBS})"
# (``××市农业农村局(市茶叶局)``: with the second name the office goes by, in brackets)
_ORG_LINE = LazyPattern(rf"(?:{HAN}|[（）()·\s]){{2,60}}(?:{ORG_SUFFIXES})(?:[（(]{HAN}{{2,20}}(?:{ORG_SUFFIXES})[)）])?")
_OPENING_ORG = LazyPattern(
    rf"(?:[(（]?(?:19|20)\d\d年(?:度|以来|上半年|)[)）]?[，,、]?\s*)?(?:今年以来[，,]?)?"
    # (``郏县坚持…``: a county of one character, before what it does)
    rf"(?P<org>(?!我|全|本|该){HAN}县(?={_SUBJECT_VERBS})|(?!我){HAN}{{2,24}}?(?:{ORG_SUFFIXES}|{_SUBJECT_ENDS}))"
)
_TITLE_ORG = LazyPattern(
    # (``横县``: a county of one character)
    rf"^(?P<org>{HAN}县|(?:{HAN}|[（）()]){{2,40}}?(?:{ORG_SUFFIXES}))"
    # ``洋口镇(沿海经济开发区)2023年…``: the other name the office goes by is not its name
    r"(?:[(（][^（()）]{2,20}[)）])?"
    # (``××厅2022政府信息公开…``: a year the page wrote without its 年)
    r"(?:\s*关于|\s*[(（]?(?:19|20)\d\d(?:年|[-—~～至](?:19|20)\d\d|(?=工作|年度|政府|政务))|"
    r"工作(?!办公室|委员会|领导小组|部|局|处|室)|"
    # ``××局年终工作总结``, ``××委近年来依法行政工作情况报告``: when, before what
    r"(?=年终|近年来|今年以来)|"
    # ``××办公室政府信息公开年报(2009年)``, ``宁波高新区法治政府建设工作报告``
    r"(?=政府信息公开|政务公开|信息公开|法治政府建设|依法行政))"
)
# ``××县人民政府工作规则``: a title that opens with a people's government (not one of its
# offices: ``××县人民政府外事办公室…``) is that government's.
_GOVERNMENT_WRITER = LazyPattern(
    rf"^(?P<place>{HAN}{{1,20}}?(?:省|市|区|县|州|盟|旗))人民政府"
    rf"(?!{HAN}{{0,10}}?(?:局|委|办|中心|街道|镇|乡|所|处|站|院))"
)
# ``××市政府工作报告`` / ``××省人民政府工作报告`` / ``2024年度××镇政府工作报告``: the report of
# that place's people's government.
_GOVERNMENT_TITLE = LazyPattern(
    rf"^(?:(?:19|20)\d\d年度?)?(?P<place>{HAN}{{1,20}}?(?:省|市|区|县|州|盟|旗|镇|乡))"
    r"(?:(?:19|20)\d\d年度?)?(?:人民)?政府(?=(?:(?:19|20)\d\d年度?)?工作报告)"
)
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
_CLOSING = LazyPattern(
    r"(?:特此|专此|以上)(?:报告|汇报|说明)(?:[，,]?\s*请(?:予)?(?:审议|审阅|审查|批示|指正|审定))?[。.！!]?"
)
# (``抄送：市审计局，区委、区人大。``: whom a letter's copies go to, under its date)
_NOTE = LazyPattern(r"[（(](?:此件|本件)[^）)]{1,10}[)）]|[（(]联系人[^）)]{1,40}[)）]|抄\s*送[:：].{1,80}")
# ``××报告_××区人民政府网`` / ``××报告-××门户网站``: the site's name after a page title.
# ``××报告-××市人民政府网``; ``××报告_亿元_发展_推进``: a page's keyword tags, an underscore each
_SITE_SUFFIX = LazyPattern(
    rf"\s*[_|｜－-]\s*{HAN}{{2,24}}(?:网站|网|门户|人民政府|政府)\s*$|(?:_{HAN}{{1,6}}){{2,}}\s*$|"
    # a hijacked mirror's advertisement (``-九游会官网真人游戏第一品牌``, ``-凯发旗舰厅``,
    # ``-凯发k8国际首页登录``)
    rf"\s*[_|｜－-]\s*(?:{HAN}|[A-Za-z0-9]){{0,10}}(?:官网|旗舰厅|娱乐|真人|游戏|平台|国际|登录)(?:{HAN}|[A-Za-z0-9]){{0,12}}\s*$")
_SITE_SEPARATORS = frozenset("_|｜－-")
_COLUMN_NAME = LazyPattern(
    r"工作报告|工作总结|政务公开|通知公告|法治建设|法治政府建设|工作动态|信息公开|政府信息公开|"
    r"规划计划|计划总结|年度报告|部门文件|其他文件|公告公示|财政报告|预决算公开|财政预决算|"
    r"(?:政府信息公开|信息公开|政务公开)(?:专栏|年报)|"
    # ``部门信息公开年报 2020``: the departments' column, its tab the year
    r"(?:部门|乡镇|镇街)(?:政府)?信息公开年报(?:\s*(?:19|20)\d\d年?度?)?")
# ``【法治政府】`` / ``(海南省)`` / ``(内蒙古)`` / ``(安吉县)`` before a title: the site's column or
# region, not the title; ``（全文）`` after it: the site's note that the copy is whole.
_COLUMN_TAG = LazyPattern(
    r"^(?:[•·]\s*)?(?:[【\[][^】\]]{1,12}[】\]]|[（(](?:[^（()）]{2,8}(?:省|自治区|市|州|盟|县|区|旗)|"
    + "|".join(PROVINCES) + r")[)）])|^[★☆◆◇■□•·]+\s*|\s*[（(](?:全文(?:\d+字)?|文字版|图文版)[)）]$|"
    # ``（图解）××报告``: what form the page gives it in
    r"^[（(](?:图解|图文|视频)[)）]")
# ``附件:××报告`` under a covering letter: the report it sends, by its own title
_ATTACHMENT_LABEL = LazyPattern(r"^附件\s*\d{0,2}\s*[:：]\s*")
_SITE_LABEL = LazyPattern(r"^(?:文档介绍|文档简介|文档描述)\s*[:：]\s*|"
                          # ``××市人民政府门户网站 部门 ××局2022年…报告``: the site and its column
                          r"^\S{2,30}(?:门户网站|政府网站|政府网)(?:\s+\S{1,6})*?\s+(?=\S*(?:19|20)\d\d)")
_TAG_IN_TITLE = LazyPattern(r"<br\s*/?>", re.IGNORECASE)
_TRAILING_YEAR = LazyPattern(r"\s+((?:19|20)\d\d)$")
_FILE_SUFFIX = LazyPattern(r"\.(?:docx?|DOCX?|pdf|PDF|wps|txt)$|(?<=[告结划点案])范文$")
_SAID_BY = LazyPattern(rf"^{HAN}{{2,3}}[:：]\s*")
_TITLE_NOTE = LazyPattern(r"\s*[（(][^（()）]*(?:19|20)\d\d[^（()）]*[)）]$")
_SENTENCE_PUNCTUATION = LazyPattern(f"[{re.escape(STATEMENT_ENDS + CLAUSE_ENDS)}]")


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


_WRITERS_ABOUT = LazyPattern(rf"^(?:{HAN}|[（）()·、\s]){{2,60}}?(?:{ORG_SUFFIXES})\s*(?=关于.)")


def subject(title: str) -> str:
    """The title without the writers it opens with (``中共××街道工作委员会××街道办事处关于…的
    报告`` → ``关于…的报告``): what the report is about, for a line that shows its writer beside."""
    match = _WRITERS_ABOUT.match(title)
    return title[match.end():] if match else title


def is_org_line(line: str) -> bool:
    """A line that names one or more organisations, maybe followed by a date (a signature),
    maybe after a converted file's page number (``1 - ``)."""
    stripped, _ = _split_date(_NUMBER_BEFORE.sub("", line.strip()))
    if not stripped or len(stripped) > 60 or _SENTENCE_PUNCTUATION.search(stripped) or "关于" in stripped:
        return False  # (``××市人民政府关于2021年法治政府``: a title the page wrapped, whatever it ends in)
    # (nor ``索引号 发布机构 ××镇``: a page's row, its cells empty)
    return all(_ORG_LINE.fullmatch(part) for part in re.split(r"\s{2,}|\u3000", stripped) if part) and (
        not starts_with_label(stripped))


def is_closing_line(line: str) -> bool:
    """``特此报告。``, ``以上报告，请予审议。``, ``（此件公开发布）``, ``抄送：…``: lines that close
    a report around its signature."""
    stripped = line.strip()
    return _CLOSING.fullmatch(stripped) is not None or _NOTE.fullmatch(stripped) is not None


def is_salutation(line: str) -> bool:
    """``各位代表：`` / ``县人民政府：``: whom the report addresses, not its opening sentence."""
    stripped = line.strip()
    return 0 < len(stripped) <= 30 and stripped[-1] in "：:"


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
    if match is None or _ROLE.search(name):
        # ``××区发展和改革委员会主任`` with the name left blank: the office alone reads it
        return stripped if _UNNAMED_READER.fullmatch(stripped) else None
    if len(name) < _NAME_MIN:
        return None  # ``××街道工作委员会``: 委员 and a character left over, not a name
    return f"{match['office']} {name}"


_TAGGED_ITEM = LazyPattern(r"[•·]\s*[【\[][^】\]]{1,12}[】\]]")


def is_tagged_headline(line: str) -> bool:
    """``• 【××县招商】2021年××县政府工作报告`` / ``• ××自治区人民代表大会常务委员会工作报告``: a
    site's list item that heads the page with a report's title, under the site's column tag or
    naming its writer, not an item of a page's list of facts."""
    stripped = line.strip()
    tagged = _TAGGED_ITEM.match(stripped)
    if tagged is not None:
        return names_a_document(stripped[tagged.end():])
    item = stripped.lstrip("•·- \t")
    return names_a_document(item) and _whole_title(item)


def looks_like_title(line: str) -> bool:
    """A short line with no sentence punctuation at its end: a document title candidate."""
    # (``××报告 | |||||``: a layout table's bars; a copy's readings, ``報(bào)告``, masked)
    stripped = _NUMBER_BEFORE.sub("", line.replace(MASK, "").strip().rstrip("|｜ \t\u3000"))
    # A page's headline may run the subtitle on (``…计划草案的报告——2024年1月22日在…会议上``):
    # the title alone is what must be short.
    title = without_subtitle(stripped) or stripped
    return (
        # (``…审计工作报告和…整改落实情况的报告``: a title that ends as one may run longer)
        0 < len(stripped) and (len(title) <= _TITLE_MAX or len(title) <= _LONG_TITLE_MAX
                               and _TITLE_ENDINGS.search(title) is not None)
        # an item of a page's list of facts, unless a site's headline (``• 【××招商】…报告``)
        and (not stripped.startswith(FACT_BULLETS) or is_tagged_headline(stripped))
        and stripped[-1] not in "。，,；;：:！？!?、"
        and "。" not in stripped
        and CONTENTS_LABEL.fullmatch(stripped.strip("|｜ \t\u3000")) is None  # (``| 目录 |``)
    )


CONTENTS_LABEL = LazyPattern(r"(?:提\s*纲|目\s*录)[:：]?")
"""The label over a table of contents (``目录``, ``提纲：``): never a title."""
_TITLE_ENDINGS = LazyPattern(
    r"(?:报告|总结|综述|情况|意见|通知|方案|要点|计划|规划|决定|办法|汇报|讲话|思路|打算|安排|谋划|部署|重点|设想|结果公告|"
    r"(?:情况|决算|预算)说明|"
    # ``2022年政府信息公开年报``, not the site's column ``政府信息公开年报``: a report names its year
    r"(?:19|20)\d\d\D{0,30}年报)"
    # (``…的报告(书面)``: how it was presented, in brackets after the title's last word)
    r"(?:[(（](?:书面|书面报告|摘要|全文|摘登|节选)[)）])?$")
_DOCUMENT_NUMBER = LazyPattern(rf"{HAN}{{1,12}}[〔\[［(（]\d{{4}}[〕\]］)）]\s*\d{{1,4}}\s*号")
_NUMBER_NOTE = LazyPattern(rf"\s*[(（]{_DOCUMENT_NUMBER.pattern}[)）]$")


# ``柳政发〔2024〕12号 签发人:×××``: who signed it off, beside the number
_SIGNED_OFF = LazyPattern(rf"\s*签发人\s*[:：]?\s*{HAN}{{2,4}}$")


def is_document_number(line: str) -> bool:
    """``柳政发〔2024〕12号``: the 发文字号 that stands above a document's title."""
    return "号" in line and _DOCUMENT_NUMBER.fullmatch(_SIGNED_OFF.sub("", line.strip())) is not None


def is_subtitle(line: str) -> bool:
    """``——2025年3月21日在…会议上`` / ``（2023年12月）`` / ``2025年3月21日在…``: a line that says
    when or where, under a title."""
    stripped = line.strip()
    return bool(stripped) and (
        # (``;;;;2018年3月20日在…``: a copy that turned the dash into semicolons)
        stripped[0] in "—―─-－" or stripped.startswith(";;") or _bracketed(stripped) or _dated(stripped)
        or ("月" in stripped and _CN_DATE.match(stripped) is not None)
        or ("会" in stripped and (_MEETING_LINE.fullmatch(stripped) is not None
                                 or _PASSED_LINE.fullmatch(stripped) is not None)))


def _dated(line: str) -> bool:
    """``2025年3月21日在…`` / ``2023年12月``: a line that opens with the day it was delivered,
    or is only a month (not ``2021年10月政府工作报告``, a title naming its month)."""
    line = line.translate(FULLWIDTH_DIGITS)
    match = _DATE.match(line)
    if match is None:  # ``202315日在…``: its 年 and 月 lost, read one way only
        return _RUN_TOGETHER_DATE.match(line) is not None and parse_date(line) is not None
    return match["d"] is not None or not line[match.end():].strip(" 日)）")


def _bracketed(line: str) -> bool:
    """``（2023年12月）`` / ``（2019年1月27日在…会议上）省长 ×××``: a line that opens with a
    note in brackets saying when or where (not ``（海南省）××报告``)."""
    if line[0] not in "(（":
        return False
    close = min((i for i in (line.find(")"), line.find("）")) if i >= 0), default=-1)
    note = line[1:close]
    return (close in (-1, len(line) - 1)  # the whole line, or unclosed: wrapped by the page
            or _YEAR.search(note) is not None or "会" in note)


_BRACKETED_DAY = r"[(（](?:19|20)\d\d年[^)）]{2,8}[)）]"
"""``（2016年2月16日）`` after a meeting's name: the day it met."""
_SUBTITLE_TAIL = LazyPattern(
    # (a date or a session, not the rest of the title: ``——2020年工作及…发展回顾和2021工作计划``)
    # (``--``: a dash a page typed as two hyphens)
    r"(?:[-—―─]*[—―─]|--|\s;;+)\s*(?:(?:(?:19|20)\d\d|[〇零○一二]{4})(?=.*(?:月|会议|大会))|在).*$|"
    # ``政府工作报告（草案）在××镇第四届人民代表大会第三次会议上``: the dash lost; its day
    # and its speaker may follow (``…会议上(2016年2月16日) 代市长 ×××``)
    rf"(?<=[告)）])\s*在.{{4,60}}?(?:会议|大会)上[)）]?(?:{_BRACKETED_DAY})?"
    r"(?:[ \t\u3000]+\S{2,12}[ \t\u3000]+\S{2,4})?$|"
    # ``政府工作报告(2020年1月16日在××镇第十九届人民代表大会第七次会议上)``: in brackets
    r"(?<=告)[(（](?:19|20)\d\d年\d{1,2}月\d{1,2}日在?[^（()）]{4,60}?(?:会议|大会)上?[)）]$")
_LEADING_DATE = LazyPattern(r"^\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*")
_MEETING_END = LazyPattern(r"(?:会议|大会)上?[)）]?$")
# (a day the copy mangled before it, ``2019116日在…``, still says when)
_MEETING_LINE = LazyPattern(
    r"[0-9０-９〇零○一二三四五六七八九十年月日]{0,12}在.{4,60}(?:会议|大会)上[)）]?(?:[（(][^（()）]{4,20}[)）])?")
# ``××省第六届人民代表大会第五次会议审议通过``: the meeting that passed a plan, under its title
_PASSED_LINE = LazyPattern(r"[（(]?[^，。,；;：:（()）]{4,60}?(?:会议|大会)(?:审议)?(?:通过|批准)[)）]?")
_SESSION = LazyPattern(r"在(?P<session>.{4,60}?(?:会议|大会))上")
# ``——河南省第九届人民代表大会第四次会议``: the meeting named without 在…上.
_DASHED_SESSION = LazyPattern(r"[—―─]{1,2}\s*(?P<session>[^在，。]{4,60}?(?:代表大会|会议))\s*$")
# ``（2022年1月2日××市第十七届人民代表大会第一次会议第四次大会通过）``: the meeting that
# passed it, after its date
_PASSED_AT = LazyPattern(
    r"日\s*(?P<session>[^在，。()（）]{4,60}?第[一二三四五六七八九十]{1,3}次会议)(?=.{0,12}通过)")
# ``××区十届人大一次会议``: a session by its short name, on a line of its own
_SHORT_SESSION = LazyPattern(rf"{HAN}{{2,12}}?[一二三四五六七八九十]{{1,3}}届人大(?:常委会)?[一二三四五六七八九十]{{1,3}}次会议")
_PLACE = LazyPattern(
    rf"^(?!代|副|常务)(?P<place>{HAN}{{1,12}}?(?:自治区|特别行政区|省|市|州|盟|县|区|旗|镇|乡))")
# (a session by its short name: ``赣州市五届人大三次会议``)
_GOVERNMENT_PLACE = LazyPattern(
    _PLACE.pattern + r"(?=第|[一二三四五六七八九十]{1,3}届|人民政府|政府|代|常务|副|省长|市长|区长|县长|州长|主席|盟长|旗长|$)")
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


def _speech(titles: list[str]) -> tuple[str | None, str | None, str | None]:
    """(delivered date, session, speaker) from a speech report's subtitle and speaker lines."""
    parts = []
    for n, line in enumerate(titles):
        tail = None if is_subtitle(line) else _subtitle_tail(line)
        if tail is not None or is_subtitle(line):
            parts.append(tail[0] if tail is not None else line)
        elif parts and is_subtitle(titles[n - 1]) and continues_title(titles[n - 1], line):
            parts.append(line)  # ``——…第十八届人民代表大会`` / ``第五次会议上``
    subtitle = "".join(parts)
    # (the day said with where, ``2021年120日在…会议上``, before a page's date line above it)
    delivered = next(filter(None, (parse_date(part) for part in parts if "在" in part)), None) or (
        parse_date(subtitle) if subtitle else None)
    match = (_SESSION.search(subtitle) or _DASHED_SESSION.match(subtitle)
             or _PASSED_AT.search(subtitle))
    session = match["session"].lstrip("—―─-－(（") if match else None
    if session:  # ``——2014年1月26日××区第十六届人民代表大会…``: the date is not the meeting's name
        session = _LEADING_DATE.sub("", session) or session
    person = next((speaker(line) for line in titles if is_speaker_line(line)), None)
    # ``——…会议上 ××市发展和改革委员会主任 ×××``: the speaker run on after the subtitle
    run_on = next(filter(None, map(_SPEAKER_RUN_ON.search, parts)), None)
    return delivered, session, person or (speaker(run_on["speaker"]) if run_on else None)


# ``代县长×××在××县…会议上作政府工作报告`` / ``×××作市政协常委会工作报告`` / ``2月26日，在××市…
# 会议上，×××作政府工作报告。``: a newsroom's caption of a report's delivery (never
# ``机关作风建设工作报告``: what is delivered is a work report)
_DELIVERY_CAPTION = LazyPattern(
    r"(?:(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日[，,]?\s*)?"
    rf"(?:在(?P<opened_at>[^，。,；;]{{4,60}}?(?:会议|大会))上[，,]\s*)?"
    rf"(?P<office>[^在，。,；;：:]{{1,16}}?[长任])?(?P<name>(?!关于|我){HAN}{{2,4}})"
    rf"(?:在(?P<session>[^，。,；;]{{4,60}}?(?:会议|大会))上)?"
    r"(?:作|做)了?《?(?:政府|[省市县区州旗镇乡]|工作)[^，。,；;《》]{0,14}报告》?。?")


def is_delivery_caption(line: str) -> bool:
    """``×××作市政协常委会工作报告``: a newsroom's caption of who delivered the report."""
    return _DELIVERY_CAPTION.fullmatch(line.strip()) is not None
_FIRST_HALF = 6
# Reports no congress hears read: what an office made public, how it built a government under
# the law, its year's summary
_NEVER_READ = LazyPattern(r"信息公开|政务公开|法治政府|法治建设|依法行政|工作总结|年报")
_DASHED_SUBTITLE = LazyPattern(
    r"^[ \t\u3000]*[—―─]{1,2}[ \t\u3000]*(?:19|20)\d\d年\d{1,2}月\d{1,2}日在.*$", re.M)
_RUN_ON_SUBTITLE = LazyPattern(
    r"[ \t\u3000]*[—―─]*[ \t\u3000]*(?:19|20)\d\d年\d{1,2}月\d{1,2}日在(?:[^，,。；;：:\s]|[ \t\u3000](?=第))"
    r"{4,60}?(?:会议|大会)上")
# ``政 府 工 作 报 告 2010年1月29日在××镇 第十五届…会议上 ×××  各位代表:…`` / ``1坚持科学发展…——2008年
# 1月29日在…``: the title of a page run together in one line, before its subtitle (after the
# page's number a document site printed)
_RUN_ON_TITLE = LazyPattern(
    rf"[ \t\u3000]*\d{{0,3}}(?P<title>{HAN}[^，,。；;：:\n]{{1,60}}?)"
    r"(?=[ \t\u3000]*[—―─]*[ \t\u3000]*(?:19|20)\d\d年\d{1,2}月\d{1,2}日在)")
_SPEAKER_RUN_ON = LazyPattern(rf"会议上[)）]?(?:{_BRACKETED_DAY})?[ \t\u3000]*(?P<speaker>\S.*)$")


def _government(place_text: str | None) -> str | None:
    """``山东省第十四届人民代表大会…`` / ``山东省省长`` -> ``山东省人民政府``."""
    if not place_text:
        return None
    match = _GOVERNMENT_PLACE.match(place_text.removeprefix("代理"))  # (``代理市长``: an acting mayor)
    return match["place"] + "人民政府" if match else None


def _convener(session: str | None) -> str | None:
    """Whose a report read to ``session`` is, when nothing else says: a 政协 plenary's
    (``政协岳阳市第九届委员会第四次会议``) is its committee's, any other its place's government's."""
    cppcc = _CPPCC_SESSION.match(session) if session else None
    return f"中国人民政治协商会议{cppcc['place']}委员会" if cppcc else _government(session)


_CPPCC_SESSION = LazyPattern(
    rf"(?:中国人民政治协商会议|政协)(?:第[一二三四五六七八九十]{{1,3}}届)?(?P<place>{HAN}{{1,12}}?(?:自治区|省|市|州|盟|县|区|旗))"
    rf"(?:第[一二三四五六七八九十]{{1,3}}届)?委员会")


def _subtitle_tail(line: str) -> re.Match[str] | None:
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
    tail = _subtitle_tail(line)
    return line[:tail.start()] if tail else line


_SAME_OPENING = 3


def _same_opening(previous: str, line: str) -> bool:
    return len(previous) > _SAME_OPENING and previous[:_SAME_OPENING] == line[:_SAME_OPENING]


def _opens_about(line: str) -> bool:
    """``关于…`` / ``××州人民政府关于…``: a line that opens a 关于 title, its writer before it or not."""
    writer, about, _ = line.partition("关于")
    return bool(about) and (not writer or is_org_line(writer))


def continues_title(previous: str, line: str) -> bool:
    """``line`` is the rest of ``previous``, wrapped by a page: a title cut before its closing
    word (``…法治政府建设`` / ``工作的报告``), or a subtitle cut before ``…会议上``."""
    previous, line = previous.strip(), line.strip()
    if _SPACED_CLOSING.fullmatch(line):
        return not names_a_document(previous)  # ``××局2021年…工作年度`` / ``报 告``
    if _CUT_AFTER_ITS_YEAR.fullmatch(line) and not is_year_label(line) and is_org_line(previous):
        return True  # ``××办公室`` / ``2021年政府信息公开工作年度`` / ``报 告``: cut twice
    if line[:1] in "【[":
        return False  # (``平湖市招商引资`` / ``【投资平湖市】2018年…报告``: a site's column tag opens a title)
    if _ISSUING_START.search(previous) and line.endswith("的通知"):
        return True  # ``××办公室关于公布`` / ``××县2009年度…年度报告的通知``: a notice wrapped
    if repeats_title(previous, line) or _same_opening(previous, line):
        # the page's title, then the article's own (``城口县2025年度政府预算公开`` /
        # ``城口县2024财政预算执行情况…的报告``): a wrapped rest never names the place again
        return False
    if _KIND_ONLY.fullmatch(line):
        return True  # ``××市2020年度财政决算草案编制情况`` / ``审计结果公告``: what it is, below
    if is_subtitle(previous):
        end = previous.rstrip("）)")
        if "在" in previous:  # ``——…在××市第十六届`` / ``人民代表大会第四次会议上``
            return not end.endswith("上") and len(line) <= 30
        # ``——2014年1月26日××区第十六届`` / ``人民代表大会第四次会议``: without its 在
        return not end.endswith("会议") and len(line) <= 30 and _MEETING_END.search(line) is not None
    if not _TITLE_ENDINGS.search(previous) and line.startswith("关于") and is_org_line(previous):
        return True  # ``××县人民政府办公室`` / ``关于印发…建设`` / ``工作安排的通知``
    about = _opens_about(previous)
    if about and "的" not in previous and "的" in line and _TITLE_ENDINGS.search(line):
        return True  # ``关于××市2021年国民经济和社会发展计划`` / ``执行情况及…草案的报告``
    if (about and not names_a_document(previous) and not _TITLE_START.match(line)
            and len(previous) + len(line) <= _LONG_TITLE_MAX and parse_date(line) is None
            and not is_org_line(line)):
        return True  # ``关于××区2021年财政`` / ``预算执行情况及2022年财政`` / ``预算草案的报告``:
        # a 关于 title goes on until it names its document
    if previous.endswith(("计划", "预算")) and line.startswith(("执行情况", "草案")):
        # ``××县2024年国民经济和社会发展计划`` / ``执行情况与2025年计划草案报告``, which may be
        # wrapped again (``执行情况与2022年国民经济和社会发展`` / ``计划的报告``)
        return True
    if line[:1] in JOINS and not _JOINED_YEAR.search(previous) and (
            _TITLE_ENDINGS.search(line) or line[-1:] in JOINS):
        # ``关于2023年…计划执行情况`` / ``与2024年…计划报告``: the second of two things reported
        # (wrapped again after ``和``: ``执行情况与2025年国民经济和`` / ``社会发展计划…的报告``)
        return True
    if (_TITLE_START.match(line) and not is_org_line(previous)
            and not previous.endswith(_CONTINUED) and not previous.endswith("政治协商会议")):
        # ``Loading……`` / ``关于2016年度…的报告``: a line over a title that opens as a whole one
        # does; a title the page wrapped goes on mid-phrase (``建设情况的报告``), or after its
        # writer (``××县人民政府`` / ``2025年度…报告``, ``中国人民政治协商会议`` /
        # ``××市第十四届委员会常务委员会工作报告``) or a word that joins (``…情况和``)
        return False
    return not _TITLE_ENDINGS.search(previous) and _TITLE_ENDINGS.search(line) is not None


_KIND_ONLY = LazyPattern(r"(?:审计|审计结果|审计工作)(?:公告|报告)")
_JOINED_YEAR = LazyPattern(r"[与和及暨](?:19|20)\d\d年")  # (a title that names both its years)
_SPACED_YEAR = LazyPattern(r"((?:19|20)\d\d)[ \u3000]+年")
_HAN_GAP = LazyPattern(rf"(?<={HAN})[ \u3000]+(?={HAN})")
_TITLE_START = LazyPattern(r"关于|(?:19|20)\d\d年")
_CONTINUED = ("关于", "和", "与", "及", "暨", "、", "印发", "转发")


# (``关于上报《××局2025年上半年工作总结…》的报告``: a letter that sends the report up)
_ISSUING = LazyPattern(r"关于(?:印发|转发|发布|公布).{2,60}的通知$|关于(?:上报|报送)《")
_ISSUING_START = LazyPattern(r"关于(?:印发|转发|发布|公布)$")


def issues_a_document(title: str | None) -> bool:
    """``××县人民政府关于印发2022年政府工作报告的通知``: a notice (or a letter sending it up)
    that only covers the report printed under it."""
    return title is not None and _ISSUING.search(title) is not None


def says_more_fully(title: str, line: str) -> bool:
    """``line`` is ``title`` with more before it: a place or a writer (``枫桥湖街道`` +
    ``2022年度工作总结``, ``关于`` + ``2022年度…的报告``); or with a few words more in its own
    wording (``…建设情况报告`` / ``××县人民政府关于…建设情况的报告``)."""
    key, longer = _title_key(title), _title_key(line)
    if len(key) < _REPEAT_MIN or len(longer) <= len(key) or not names_a_document(line):
        return False
    if longer.endswith(key):
        # not two titles side by side, nor a number a document site put before it (``1 2021年…``)
        before = longer[:-len(key)]
        # (nor a newspaper's caption of its delivery: ``●代市长××作政府工作报告``)
        return (HAN_CHAR.search(before) is not None and not names_a_document(before)
                and not before.endswith(("作", "做")))
    return near_duplicate(key, longer)


def names_a_document(line: str) -> bool:
    """A title line that says what the document is (``…报告``, ``…总结``; a closing note such as
    ``（摘登）`` aside, or a site's name after it), not only who wrote it or where it sits on a site."""
    key = _title_key(line)
    if _SITE_SEPARATORS.intersection(key):  # (``××报告-××网``)
        key = _SITE_SUFFIX.sub("", key)
    return _TITLE_ENDINGS.search(key) is not None and not is_column_name(line)


def headlines_it(headline: str, own: str) -> bool:
    """A page's headline over a report's own title, adding only a newsroom's words
    (``正式发布!2022年成都市政府工作报告(全文请收藏)``, ``两会受权发布…工作报告``), a year in
    brackets (``政府工作报告（2024年）``) or, over a title that names no writer, the session it
    was read to (``大兴区六届人大五次会议政府工作报告`` over ``政府工作报告``)."""
    key, whole = _title_key(own), _title_key(headline)
    if key == whole:  # ``政府工作报告（2024年）`` over ``政府工作报告``: the site's label of a year
        return _YEAR_NOTE.search(headline.strip()) is not None and _YEAR_NOTE.search(own.strip()) is None
    if len(key) < _REPEAT_MIN or key not in whole:
        return False
    return _NEWSROOM.search(headline) is not None or (
        not names_its_writer(own) and whole.endswith(key)
        and _A_SESSION.search(whole[:-len(key)]) is not None)


def dates_and_signs_it(headline: str, own: str) -> bool:
    """A page's headline that adds only the year, the writer or both to a report's own title
    that names neither (``天长市2015年政府工作报告`` / ``2018年政府工作报告`` over
    ``政府工作报告``): the own title is the report's, the headline the site's label of it."""
    # (a note the headline adds, ``（摘要）``, says what the page holds: it is no mere label)
    # (nor are a reprint site's tags, ``（湖南省）…（全文）``)
    # (``××镇人民政府2022年上半年《政府工作报告》``: the own title quoted in the label)
    key, whole = (_SPACES_RUN.sub("", _COLUMN_TAG.sub("", line.strip())).replace("《", "").replace("》", "")
                  for line in (own, headline))
    if (len(key) < _REPEAT_MIN or whole == key or not whole.endswith(key) or names_its_writer(own)
            or is_title_rest(own)):
        return False  # (``工作年度报告``: the rest of the own title the page wrapped, not all of it)
    rest = _LABEL_YEAR.sub("", whole[:-len(key)])
    return not rest or names_its_writer(rest + key)


_LABEL_YEAR = LazyPattern(r"(?:19|20)\d\d年?度?(?:上半年|下半年)?")


def names_its_writer(line: str) -> bool:
    """A title that opens with the office whose report it is (``××市人民检察院工作报告``,
    ``××县人民政府关于…``), not only with what it is (``2025年工作报告``, ``政府工作报告``)."""
    return _TITLE_ORG.match(_SPACES_RUN.sub("", line.strip())) is not None  # (joint writers a space apart)


def names_its_writer_after_its_year(line: str) -> bool:
    """A title that opens with its year, then its writer (``2015年××省民政厅政府信息公开工作报告``)."""
    return _YEAR_FIRST_ORG.match(_SPACES_RUN.sub("", line.strip())) is not None


# ``工作年度报告`` / ``情况报告``: a title's closing words, which never open one
_TITLE_REST = LazyPattern(r"(?:工作)?(?:年度|情况)?的?(?:报告|总结)")
# ``2020年度``: the year a site's tab files a page under
_YEAR_LABEL = LazyPattern(r"(?:19|20)\d\d年度?")


def is_title_rest(line: str) -> bool:
    """``工作年度报告``: only the closing words of a title the page broke over two lines — or
    ``报 告`` alone, spaced out as a title's last line is (never ``报告`` unspaced: a column)."""
    line = line.strip()
    return _SPACED_CLOSING.fullmatch(line) is not None or (
        _TITLE_REST.fullmatch(line) is not None and line not in ("报告", "总结") and not is_column_name(line))


_SPACED_CLOSING = LazyPattern(r"报[ \u3000]+告|总[ \u3000]+结")
# ``2021年政府信息公开工作年度``: a title's words from its year on, cut before its document
_CUT_AFTER_ITS_YEAR = LazyPattern(rf"(?:19|20)\d\d年度?{HAN}{{2,30}}(?:工作|年度)")


def is_year_label(line: str) -> bool:
    """``2020年度`` standing alone: a site's tab, not a title."""
    return _YEAR_LABEL.fullmatch(line.strip()) is not None


def is_column_name(line: str) -> bool:
    """``工作报告`` / ``政务公开``: the name of a site's column, standing above a page's title."""
    return _COLUMN_NAME.fullmatch(line.strip()) is not None


def _whole_title(line: str) -> bool:
    """A line that is a title by itself, its writer named first (``××局关于…的报告``,
    ``××镇2024年…报告``) — not the rest of one (``办事处2023年…报告``)."""
    line = _SPACES_RUN.sub("", line)  # (joint writers a space apart)
    match = _TITLE_ORG.match(line)
    return (match is not None and _TITLE_ENDINGS.search(line) is not None
            and not match["org"].startswith(_BODY_WORDS))


# ``关于`` / ``第七届…委员会``: a line that starts like this is the rest of a title, not its start
# (``中国人民政治协商会议`` / ``第七届××县委员会常务委员会工作报告``, ``××县人民代表大会`` /
# ``常务委员会工作报告``).
_BODY_WORDS = ("办事处", "人民政府", "政府", "办公室", "委员会", "常务委员会", "常委会", "街道", "关于", "第",
               "乡镇")  # (``乡镇政府信息公开年度报告``: a site's column of every town's reports)


_SERIES_LABEL = LazyPattern(r"会议文件(?:材料)?(?:之[一二三四五六七八九十]+|[(（]\d{1,3}[)）])?\s*$")
_CONGRESS = LazyPattern(
    rf"{HAN}{{2,30}}?第[一二三四五六七八九十]{{1,3}}届(?:人民代表大会|委员会)(?:第[一二三四五六七八九十]{{1,3}}次(?:全体)?会议)?")


_TITLE_AFTER_SUBTITLE = LazyPattern(r".{4,60}?在.{4,60}?(?:会议|大会)上(?P<title>[^，。,；;]{2,40})")


def _without_leading_subtitles(lines: list[str]) -> list[str]:
    """``lines`` from the first that is not a subtitle (or the rest of one wrapped by the page:
    ``2025年3月21日在××区第十九届`` / ``人民代表大会第四次会议上``), a speaker line, a site's
    column name, a congress's series label (``县第十八届人民代表大会第一次会议文件``) or its
    name alone, over the label the page dropped (``××区第四届人民代表大会``)."""
    previous = ""
    for n, line in enumerate(lines):
        after = _TITLE_AFTER_SUBTITLE.match(line.strip())
        if after and _dated(line.strip()[:after.start("title")]) and names_a_document(after["title"]):
            # ``2023年12月20日在××区第六届人民代表大会第三次会议上政府工作报告``: a page's headline
            # that puts the subtitle first
            return [after["title"], *lines[n + 1:]]
        wrapped = bool(previous) and is_subtitle(previous) and continues_title(previous, line)
        if not (is_subtitle(line) or is_speaker_line(line) or is_column_name(line) or wrapped
                or _SERIES_LABEL.search(line) or _CONGRESS.fullmatch(line.strip())):
            return lines[n:]
        previous = line
    return []


def _site_suffixed(page_title: str, own: str) -> bool:
    """``own`` is ``page_title`` without what a site put after it (``-××网``, ``_××``) or
    before it (``××县人民政府-``)."""
    if len(own) < _REPEAT_MIN:
        return False
    if page_title.startswith(own):
        return page_title[len(own):].lstrip()[:1] in _SITE_SEPARATORS
    return page_title.endswith(own) and page_title[:-len(own)].rstrip()[-1:] in _SITE_SEPARATORS


# ``- 1 -`` a converted file's page number (its first dash left on the line above);
# ``2019年第43号(总第221号)`` the number of a government's bulletin that published it
_NUMBER_BEFORE = LazyPattern(
    rf"^(?:[-－—]?\s*\d{{1,3}}\s*[-－—]\s+|(?:19|20)\d\d年第\d{{1,3}}号(?:[(（]总第\d{{1,4}}号[)）])?\s*)(?={HAN})")


def compose_title(lines: list[str]) -> str | None:
    """The title the title lines spell: the first line that is not a subtitle, a speaker line
    or a site's column name (``工作报告`` above the title), with any wrapped rest joined on.
    A fragment above a line that is a whole title (a banner's ``××社会组织``, a bare
    ``××街道``) is not part of it."""
    lines = _without_leading_subtitles(lines)
    while len(lines) >= 2 and lines[0].strip() == lines[1].strip():
        lines = lines[1:]  # (the page's headline printed twice, over the article's own title)
    if len(lines) >= 2 and _site_suffixed(lines[0].strip(), lines[1].strip()):
        lines = lines[1:]  # ``××工作总结-某某网`` over ``××工作总结``: the article's own
    if len(lines) >= 2 and is_org_line(lines[0]) and lines[1].strip().startswith(lines[0].strip()) and (
            len(lines[1].strip()) > len(lines[0].strip())):
        lines = lines[1:]  # (``××办公厅`` over ``××办公厅2022`` / ``…年度报告``: a title that names its writer)
    if len(lines) >= 3 and is_org_line(lines[0]) and is_org_line(lines[1]) and lines[1].strip().endswith(
            lines[0].strip()) and len(lines[1].strip()) > len(lines[0].strip()):
        lines = lines[1:]  # (``××区××街道`` over ``××市××区××街道`` / ``2021年…报告``: its name in full)
    while (len(lines) >= 2 and not _TITLE_ENDINGS.search(_DATE_NOTE.sub("", lines[0].strip()))
           and not (lines[0].strip().startswith("中共") and "关于" in lines[1])
           and not _ISSUING_START.search(lines[0].strip()) and _whole_title(lines[1])):
        # (a party committee above a ``…关于…`` title is a joint writer, part of the title —
        # over one that names the place first, ``××镇2024年…报告``, the document's red head;
        # ``××办公室关于公布`` the start of a covering notice's)
        lines = lines[1:]
    if not lines:
        return None
    first = _NUMBER_BEFORE.sub("", lines[0].strip().rstrip("|｜ \t"))
    row = _TITLE_ROW.match(first.lstrip("|｜ \t"))
    if row:  # (``| 名称 | 关于…的报告 | ||``: a metadata table's title row, its label and bars)
        first = _row_title(row)
    if _SITE_SEPARATORS.intersection(first):
        first = _SITE_SUFFIX.sub("", first)
    # (``××法院工作报告——`` / ``2023年1月14日在…``: the dash left on the line above its subtitle)
    # (``[ 名 称 ] | ××报告 |``: a table's label, then the bar between it and its value)
    title = without_subtitle(_COLUMN_TAG.sub("", first)).strip(" \t|｜").rstrip("—―─ ")
    # ``京政办发〔2016〕26号《××关于印发…的通知》``: the number and the marks are not the title.
    numbered = _DOCUMENT_NUMBER.match(title) if "号" in title else None
    if numbered and (title[numbered.end():].lstrip().startswith("《")
                     or names_a_document(title[numbered.end():])):
        title = title[numbered.end():].strip()  # (``长政发〔2021〕1号长海县…报告``: the same)
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        title = title[1:-1]
    title = title or lines[0].strip()
    writers = list(takewhile(lambda line: is_org_line(line) and not _TITLE_ENDINGS.search(line),
                             (line.strip() for line in lines)))
    # (joint writers name the party committee first: an office over it put the page up)
    party = next((k for k, writer in enumerate(writers) if writer.startswith("中共")), 0)
    if 1 < len(writers) - party and len(writers) < len(lines) and lines[len(writers)].strip().startswith("关于"):
        # joint writers a line each (``中共××街道工作委员会`` / ``××街道办事处``), then ``关于…``
        title, lines = "".join(writers[party:]), lines[len(writers) - 1:]
    n = 1
    while n < len(lines):
        line = lines[n]
        n += 1
        # The page's title over the article's own, which may say it more fully or say whose
        # it is, or say it again in its own words over its subtitle, or only label it with its
        # year and writer over its subtitle; the article's wrapped rest may follow.
        # (or its subtitle run on after it: ``政府工作报告 ;;2018年2月5日在…会议上``)
        if says_more_fully(title, line) or (n == 2 and dates_and_signs_it(title, without_subtitle(line))) or (
                n == 2 and n < len(lines) and is_subtitle(lines[n]) and carries_title(title, line)) or (
                names_a_document(title) and names_a_document(line) and names_its_writer(line)
                and (not names_its_writer(title) or (
                    n < len(lines) and is_subtitle(lines[n]) and says_again(title, line)))) or (
                n == 2 and _LISTING.match(lines[0].strip()) and names_a_document(line)):
            # (``(河南省)温县人民政府工作报告(2023年3月7日)`` / ``政府工作报告``: a site's listing
            # of reports tags each with its province and day; the report's own title is under it)
            title = without_subtitle(line).strip() if n == 2 else line.strip()
            continue
        if (n < len(lines) and is_org_line(line) and names_a_document(title) and not names_its_writer(title)
                and not is_subtitle(lines[n]) and names_its_writer(own := line.strip() + lines[n].strip())
                and names_a_document(own) and _title_key(title).endswith(_YEAR_LABEL.sub("", _title_key(lines[n])))):
            # ``2016年××区民政局…年度报告`` over the writer's line and the rest, ``遂宁市××区民政局`` /
            # ``2016年…年度报告``: the article's own title, which names its writer first
            title, n = own, n + 1
            continue
        if repeats_title(title, line):
            # The article's own title, wrapped, may say it more fully (``…建设情况报告`` over
            # ``…建设`` / ``情况的报告``).
            own, end = line.strip(), n
            while end < len(lines) and not is_subtitle(lines[end]) and continues_title(own, lines[end]):
                own, end = own + lines[end].strip(), end + 1
            if end > n and says_more_fully(title, own):
                title, n = own, end
            elif end > n and _title_key(own) == _title_key(title):
                n = end  # the same title again, wrapped
            elif (end > n and end < len(lines) and is_subtitle(lines[end]) and carries_title(title, own)
                  or near_duplicate(title, own) and (names_its_writer(own) or names_its_writer_after_its_year(own)
                                                     or not names_its_writer(title))):
                # the title its subtitle hangs under, or its writer's line and the rest, in its
                # own words (``…关于2025年法治政府建设情况的报告`` under the page's ``…2025年度…``),
                # wrapped or not
                title, n = own, end
            continue
        if is_subtitle(title) or is_subtitle(line) or not continues_title(title, line):
            break
        title += line.strip()
    return _SPACED_CLOSING.sub(lambda spaced: _SPACES_RUN.sub("", spaced[0]), _LETTER_SPACING.sub("", title))


# ``(河南省)`` before a headline: a site's listing of reports from every province
_LISTING = LazyPattern("[(（](?:" + "|".join(PROVINCES) + r")[^()（）]{0,6}[)）]")
# ``政 府 工 作 报 告``: a title spaced out letter by letter for show (three letters at least).
_LETTER_SPACING = LazyPattern(rf"(?<={HAN})[ \u3000]+(?={HAN}[ \u3000]+{HAN})|(?<={HAN}[ \u3000]{HAN})[ \u3000]+(?={HAN})")


_STRONG_SUFFIX = LazyPattern(
    # (``××市卫生健康委``, not ``市委`` nor ``党工委``: a department by its short name)
    r"(?:人民政府|办事处|街道|司法局|司法所|局|厅|部|委员会|管委会|(?<![省市县区州镇乡党工旗盟])委|办公室|中心|法院|"
    r"检察院|分院|镇|乡)$")
_NOT_A_NAME = LazyPattern(
    r"^(?:在|根据|按照|依据|结合|据|对|为|以|经|由|因|我|本|现将|现|关于|受|是)|[省市县区]委$|^[省市县区镇乡](?:人民)?政府$|"
    r"人民$|政府[与和及]|作政府|街道?政府$|"  # ``县政府与全县人民一道``, ``××作政府工作报告``: a phrase, not a name
    r"(?<!协商)会议|"  # ``大兴区六届人大五次会议政府``: a session, not an office (``受区人民政府委托``: whose errand)
    r"报告|总结|"  # ``2022年城市管理…工作报告市城管局党组书记``: a title run into a byline
    r"坚持|始终|认真|深入|紧紧|积极|严格|落实|安排|实现|办理|"  # ``县政府班子始终坚持以人民为中心``: a sentence run on
    r"^新一届|^本届|^上届|"  # ``新一届政府实现良好开局``: a term of a government, not its name
    r"(?:格|布|大|全|开|变|新|结|僵|残|时|定|危|破)局$|"  # ``…构建新发展格局``: a word, not a bureau
    r"^[省市县区]委[、]?[省市县区]|"  # ``区委区政府的领导下``: whose lead, not who writes
    r"^(?:街道|镇|乡|县|区|市)(?:办事处|人民政府)?$|^全年|全[省市县区镇乡]|在[省市县区镇乡縣區鎮鄉]|的|"
    r"^(?:人民)?政府(?:办|办公室)?$|^乡镇|"  # ``来源: 政府办``: a government, but whose? (``乡镇政府``: every town's)
    r"书记在|"  # ``习近平总书记在全国深度贫困地区…座谈会``: a person where he spoke
    r"我|"  # ``已将我委涉及的…``: a writer saying ``we``, never its name
    r"位于|[东南西北中]部$|"  # ``××县位于××省西北部``: where a place lies, not a ministry
    r"(?:网站|网)$")  # ``来源: ××市人大常委会门户网站``: the site, not the writer
# ``2022年法治政府工作总结``: a kind of government, not one
_KIND_OF_GOVERNMENT = LazyPattern(r"^(?:法治|数字|服务型|廉洁|责任|阳光|诚信|效能)政府")
# ``区人民政府区长政府工作报告``: a template's title, a level without its place and words that
# are none of its offices (``县人民政府办公室`` is one, its place said elsewhere)
_LEVEL_WITHOUT_PLACE = LazyPattern(r"(?:自治区|自治州|自治县|[省市州县区旗镇乡])(?:人民)?政府(?!办|$)")


_HAN_RUN = LazyPattern(rf"{HAN}+")
# The characters that make an office's last character part of a word (``部署``, ``局面``)
_WORDS_AFTER = {"部": "署门分位件长队属", "局": "面势限", "委": "员托会", "办": "理事法公"}


def _opening_org(opening: str, *, whole_only: bool = False) -> str | None:
    """``2022年，长治市司法局坚持…`` -> ``长治市司法局``: the longest name the opening sentence
    starts with; never a phrase (``在市委…``), a party committee or a bare ``县人民政府``.
    ``whole_only`` (for a later clause) accepts only a name with an office's ending (局, 街道
    办事处, 人民政府 …), never a bare place."""
    match = _OPENING_ORG.match(opening)
    if match is None or match["org"].startswith(_VERBS_BEFORE_AN_OFFICE):
        return None  # (``配合××局开展检查``: the office is what the clause acts with)
    start = match.start("org")
    if is_place(opening[start:start + 2]) and opening[start + 2:start + 3] == "在":
        return opening[start:start + 2]  # ``新县在市委…领导下``: a one-character name and its level
    best = None
    for end in range(match.end("org"), min(len(opening), start + 24) + 1):
        candidate = opening[start:end]
        if not _HAN_RUN.fullmatch(candidate) or candidate.endswith("在") or best and (
                candidate[-1] in JOINS or opening.startswith(_CLAUSE_GOES_ON, end - 1)):
            break  # ``塘栖镇在镇委…领导下``, ``××局和××局``, ``××局根据区委…``: the name has
            # ended where its clause goes on
        if _STRONG_SUFFIX.search(candidate) and "关于" not in candidate and not (
                _word_goes_on(opening, end) or candidate.endswith("为中心")):
            best = candidate  # never ``…决策部`` of 决策部署, ``…复杂局`` of 复杂局面, ``…以人民为中心``
    if best is None and whole_only:
        return None  # a later clause names an organisation only by a whole name
    org = best or match["org"]
    if is_place(opening[start:start + len(org) + 1]):
        org = opening[start:start + len(org) + 1]  # ``景德镇市坚持…``: a city, not a town
    if is_place(org) and _SYSTEM_AFTER.match(opening, start + len(org)):
        return None  # ``西藏自治区邮政管理系统坚持…``: a system of offices, not the place's government
    if is_place(org):  # ``西安市新城区坚持…``: the district of the city, not the city
        org += unit_named_at(opening, start + len(org), org) or ""
    return None if _NOT_A_NAME.search(org) or _word_goes_on(opening, start + len(org)) else org


_SYSTEM_AFTER = LazyPattern(rf"{HAN}{{2,10}}系统")


def _word_goes_on(text: str, end: int) -> bool:
    """The office's last character before ``end`` is part of a word (``局面``)."""
    return 0 < end < len(text) and text[end] in _WORDS_AFTER.get(text[end - 1], "")


def _undouble(title: str | None) -> str | None:
    """A title a page printed twice in one line (``××报告××报告``, ``××报告 ××报告``) said once."""
    if not title:
        return title
    half, rest = divmod(len(title), 2)
    if not rest and title[:half] == title[half:]:
        return title[:half]
    if rest and title[half] in " \u3000" and title[:half] == title[half + 1:]:
        return title[:half]
    return title


def _title_key(line: str) -> str:
    """A title line as said, not as laid out: no spaces (``政 府 工 作 报 告``), no closing note
    in brackets (``（2022年）``, ``（摘登）``, the day and the session it was read to)."""
    return _SPACES_RUN.sub("", _TRAILING_NOTE.sub("", line.strip()))


# ``正式发布!`` / ``(全文请收藏)`` / ``一图读懂``: a newsroom's words around a report's title
_NEWSROOM = LazyPattern(r"[!！]|全文请收藏|重磅|速览|一图读懂|受权发布")
_SPACES_RUN = LazyPattern(r"[\s\u3000]+")
_YEAR_NOTE = LazyPattern(r"[（(](?:19|20)\d\d年?度?[)）]$")
# ``（2022年）`` / ``（摘登）``; ``（2022年1月12日××区第六届人民代表大会第一次会议）``: when and where
_TRAILING_NOTE = LazyPattern(r"\s*[（(](?:[^（()）]{1,12}|(?:19|20)\d\d年[^（()）]{2,50})[)）]$")
_REPEAT_MIN = 4


def says_again(headline: str, own: str) -> bool:
    """``own`` is ``headline`` in the report's own words: near the same, or the same but for
    the headline's year and the place ``own`` names in full (``××区人民法院2023年工作报告`` /
    ``××市××区人民法院工作报告``)."""
    yearless = _YEAR_LABEL.sub("", _title_key(headline))
    # (its year put elsewhere: ``2016年××区民政局…年度报告`` / ``××市××区民政局2016年…年度报告``)
    return near_duplicate(headline, own) or (len(yearless) >= _REPEAT_MIN and (
        _title_key(own).endswith(yearless) or _YEAR_LABEL.sub("", _title_key(own)).endswith(yearless)))


def near_duplicate(a: str, b: str) -> bool:
    """Two title lines that say the same thing (a page title and the article's own title)."""
    a, b = _title_key(a), _title_key(b)
    if a == b:
        return True
    # (the bounds first: most pairs differ too much in length or letters to be worth the match)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return (matcher.real_quick_ratio() >= _NEAR_DUPLICATE and matcher.quick_ratio() >= _NEAR_DUPLICATE
            and matcher.ratio() >= _NEAR_DUPLICATE)


def carries_title(headline: str, own: str) -> bool:
    """``own``, the line a speech's subtitle hangs under, is the report's own title, which the
    page's ``headline`` holds whole with more around it (``2024年××省政府工作报告(全文)``,
    ``【政府工作报告】2020年政府工作报告(…工作安排)``, ``…政府工作报告解读(…)``)."""
    key, whole = (_title_key(_COLUMN_TAG.sub("", line)) for line in (own, headline))
    # (or with its year put in: ``××市中级人民法院2020年工作报告`` over ``××市中级人民法院工作报告``)
    # (or with the 和 the own lines left out where they wrap: ``…2024年预算执行情况`` /
    # ``2025年预算草案的报告`` under ``…执行情况和2025年预算草案的报告``)
    # (never a bare ``工 作 报 告``, the rest of a title whose writer stands on the line above)
    return len(key) >= _REPEAT_MIN and names_a_document(key) and (
        key in whole or key in _YEAR_LABEL.sub("", whole) or _unjoined(key) in _unjoined(whole))


def _unjoined(title: str) -> str:
    return "".join(ch for ch in title if ch not in JOINS)


def repeats_title(first: str, later: str) -> bool:
    """``later`` says ``first`` again, whole or in part: the article's own ``政府工作报告``
    under the page's ``2024年政府工作报告（摘登）``."""
    key, whole = _title_key(later), _title_key(first)
    at = whole.find(key)
    if at >= 0 and names_a_part(later) and (
            whole[at + len(key):at + len(key) + 1] in JOINS
            or (at and whole[at - 1] in JOINS and at + len(key) == len(whole))):
        return False  # ``2023年工作总结`` under ``××镇2023年工作总结及2024年工作思路``: a part
    return near_duplicate(first, later) or (len(key) >= _REPEAT_MIN and at >= 0)


def title_said_again(titles: list[str]) -> Callable[[str], bool]:
    """A test of whether a line is the title (``titles``, its lines) printed again in the
    text, over a table or at a page's foot: the same words, laid out alike or not."""
    keys = {key for key in map(_title_key, (*titles, "".join(titles))) if key}
    # (most lines are told by their first character, their length or the title's last one)
    firsts, lasts = {key[0] for key in keys}, {key[-1] for key in keys}
    shortest = min(map(len, keys), default=0)
    return lambda line: (line[:1] in firsts and len(line) >= shortest and any(last in line for last in lasts)
                         and _title_key(line) in keys)


JOINS = frozenset("及和暨与")
"""Words that join two things a title reports on (``…执行情况及2025年…草案``)."""


def extract_meta(
    text: str, title_lines: list[Line], opening: Line | None, signature: list[Line],
    fields: dict[str, object] | None = None, covers: int | None = None,
    page_lines: list[Line] | None = None, plans: int | None = None,
) -> Meta:
    """Metadata: title from the title lines, else from the front matter's ``title:``;
    organisation from the title, then the signature, then the opening sentence; year from the
    title, then the opening sentence; the date from the signature."""
    titles = [text[s:e].replace(MASK, "").strip() for s, e in title_lines]
    title = compose_title(titles)
    front_titles: list[str] = []
    front_notes = ""
    front_title = (fields or {}).get("title")
    if isinstance(front_title, str | int) and str(front_title).strip():
        # ``××市政府工作报告（2023年1月5日 ×××）``: the note says when and by whom, not what
        # (but its year is the report's when nothing else says).
        front_notes = str(front_title).strip()
        front_title = _TITLE_NOTE.sub("", front_notes) or front_notes
        front_titles.append(_undouble(front_title) or front_title)
    # A "title" that only names an office (``××区国资局`` over the text) says who, not what.
    # ``代县长×××在××县第十七届人民代表大会第二次会议上作政府工作报告``: a newsroom's caption of
    # the report's delivery, not its title; it says who read it, and to whom
    caption = _DELIVERY_CAPTION.fullmatch(title) if title else None
    title = None if caption else title
    # (or a caption over the title or the speaker, which the search for the title stepped over)
    caption = caption or next(filter(None, map(_DELIVERY_CAPTION.fullmatch, map(str.strip, text[:(
        title_lines[0][0] if title_lines else opening[0] if opening else 0)].splitlines()))), None)
    lone_org = title if title and is_org_line(title) and not _TITLE_ENDINGS.search(title) else None
    if lone_org:
        title = None
    if title is None and front_titles:
        title = front_titles[0]
    # The page's 标题 row, when no line names the report (a banner — even a spam one — over
    # its metadata names nothing), or when the title's lines lost a word at their wrap
    # (``…预算执行情况`` / ``2022年预算草案的报告`` under ``标题: …执行情况和2022年…``).
    row = next((without_subtitle(_row_title(match)) for match in map(_TITLE_ROW.search, _rows(
        [text[s:e] for s, e in page_lines or ()])) if match), None)
    if row and (title is None or not names_a_document(title)):
        title = row if title is None or names_a_document(row) else title
    elif row and title and _loses_a_word(title, row):
        title = row
    if title is None:  # ``××报告 保护视力色: 杏仁黄 … 【字体:``: the title with a toolbar run on
        title = next((match["title"] for match in map(_TOOLBAR_RUN_ON.match, (
            text[s:e] for s, e in page_lines or ())) if match and names_a_document(match["title"])),
            None)
    if title is None:  # ``内容概括: ××镇2025年政府工作报告——在…``: a summary row opening with it
        title = next((glued["title"] for glued in (
            _GLUED_TITLE.match(match["value"]) for match in map(_SUMMARY_ROW.match, (
                text[s:e].strip() for s, e in [*(page_lines or ()), *([opening] if opening else [])]))
            if match)
            if glued and names_a_document(glued["title"])), None)
    if title is None and opening:
        # A page printed as one line: ``桥头镇2023年度政府工作报告各位代表：现在，…``, or with
        # its subtitle run on: ``××镇人民政府半年工作情况报告 ——2022年7月28日在…``
        glued = _GLUED_TITLE.match(text, opening[0], min(opening[1], opening[0] + _TITLE_MAX + 8))
        title = glued["title"] if glued else None
    if title and opening and _CUT_TITLE.search(title):
        # A title the page cut (``××镇2023年工作总结和2024``) and the article's first line,
        # which runs it on into the text whole (``××镇2023年工作总结和2024 工作思路 今年以来，…``).
        whole = _TITLE_RUN_ON.match(text, opening[0], opening[1])
        if whole and whole["title"].replace(" ", "").startswith(title.replace(" ", "")):
            title = whole["title"]
    if (title is None or not names_a_document(title) or is_title_rest(title)) and opening:
        # No title line, or only a line that names no document (a widget's ``公共资源调用站点``)
        # or the closing words of one the excerpt cut (``工作年度报告``): the title the opening
        # announces.
        title = _announced_title(text[opening[0]:opening[1]].replace(MASK, "")) or title
    if title:  # ``文档介绍:××报告`` / ``××街道办事处<br/>2017年度…``: a document site's label, a tag
        title = _TAG_IN_TITLE.sub("", _SITE_LABEL.sub("", title))
    title = _undouble(_COLUMN_TAG.sub("", _ATTACHMENT_LABEL.sub("", title)).strip() if title else title) or None
    # ``××报告 (2024-02-26)`` / ``（20230103）``: the page put the day it was published after
    # the title, or after its headline over the article's own title.
    dated = _DATE_NOTE.search(title) if title else None
    if title and dated:
        title = title[:dated.start()]
    headline_dated = _DATE_NOTE.search(titles[0]) if titles and not _LISTING.match(titles[0]) else None
    if not dated and headline_dated and names_a_document(titles[0][:headline_dated.start()]):
        dated = headline_dated  # (a site's listing dates each report by the day it was read)
    # ``××报告(牡政呈〔2021〕6号)``: the page put the document's number after its title
    numbered = _NUMBER_NOTE.search(title) if title else None
    if title and numbered and numbered.start():
        title = title[:numbered.start()]
    # ``2024年××区政府工作报告.docx`` / ``××工作计划范文``: a document site's file name, or what
    # it files the text under; ``××统计公报 2023``: the year a site tags the title with, which
    # says it already
    if title:
        title = _FILE_SUFFIX.sub("", title) or title
        tagged = _TRAILING_YEAR.search(title)
        if tagged and tagged[1] in title[:tagged.start()]:
            title = title[:tagged.start()]
    # ``张某某:中国人民政治协商会议…常务委员会工作报告``: a news site put the speaker's name before
    # a title that says whose report it is
    said = _SAID_BY.match(title) if title else None
    if title and said and names_its_writer(title[said.end():]) and names_a_document(title[said.end():]):
        title = title[said.end():]
    # (a copy's readings and stamps, masked, left out: ``梅州市農(nóng)業(yè)農(nóng)村局堅(jiān)持…``)
    opening_text = text[opening[0]:opening[1]].replace(MASK, "")[:200] if opening else ""
    signature_texts = [text[s:e].strip() for s, e in signature]

    org = None
    # The writer the title names, also after a motto (``笃行实干…——××县人大常委会2023年工作综述``),
    # not the site's name put before the title lines (``××县人民政府-2022年度林业工作总结``).
    beside_title = [title.partition("——")[2]] if title and "——" in title else []
    # Who wrote it, on a line of its own under the title or its subtitle (``南开区财政局``,
    # ``中共××市委 ××市人民政府``).
    after = title_lines[-1][1] if title_lines else len(text)
    under = text[after:after + _BYLINE_SPAN].strip().partition("\n")[0].strip()
    beside_title += [under] if under.startswith("中共") else []
    for candidate in [*([title] if title else []), *beside_title, *(
            # (a speaker's line says whom the reader serves, below: ``××区人民政府副区长、××区财政局局长``)
            line for line in titles if not (title and _site_suffixed(line, title)) and not is_speaker_line(line)),
            *front_titles]:
        # ``2025 年…`` / ``××区人民代表大会 常务委员会工作报告``: a title the page spaced
        candidate = _HAN_GAP.sub("", _SPACED_YEAR.sub(r"\1年", _COLUMN_TAG.sub("", candidate)))
        match = _GOVERNMENT_TITLE.match(candidate) if "工作报告" in candidate else None
        if match:  # (``光明新区2016年政府工作报告``: its 管委会's)
            org = match["place"] + ("管理委员会" if _run_by_a_committee(match["place"]) else "人民政府")
            break
        joint = _JOINT_WRITERS.match(candidate) or _PARTY_AND_OFFICE.match(candidate)
        if joint:  # ``××街道党工委、办事处…`` / ``中共××省委 ××省人民政府关于…``: the office
            org = joint["place"] if "place" in joint.groupdict() else joint["office"]
            break
        about = _TITLE_ORG.match(candidate[2:]) if candidate.startswith("关于") else None
        if about and (_heads_a_department(about["org"]) or _run_by_a_committee(about["org"])):
            # ``关于浦东新区司法局2024年度…的报告``: the department reports on itself;
            # ``关于××经济技术开发区2022年预算…的报告``: a zone's, its 管委会's
            org = about["org"]
            break
        match = _TITLE_ORG.match(candidate) or (
            _YEAR_FIRST_ORG.match(candidate) if candidate[:1] in "12" else None)
        # ``××会议关于××的决议`` names no writer, ``××区六届人大五次会议政府工作报告`` its session
        if (match and "关于" not in match["org"] and not _A_SESSION.search(match["org"])
                and not _KIND_OF_GOVERNMENT.match(match["org"]) and not match["org"].startswith("度")
                and not _LEVEL_WITHOUT_PLACE.match(match["org"])):
            org = match["org"]
            if candidate[match.end():].lstrip("度").startswith(("管委会", "管理委员会")):
                org += "管理委员会"  # ``××新区2018年管委会工作报告``: the place's 管委会
            break
        match = _GOVERNMENT_WRITER.match(candidate) if "人民政府" in candidate else None
        if match:
            org = match["place"] + "人民政府"
            break
    street = _STREET_TITLE.match(title) if title and org is None else None
    if street:
        org = street["org"]  # ``海滨街2021年政府信息公开…``: a 街道 by its short name
    trailing = _TRAILING_WRITER.search(title) if title and org is None else None
    if trailing and is_org_line(trailing["org"]):
        org = trailing["org"]  # ``2024年政府信息公开工作年度报告 (××区××镇人民政府)``: its writer in brackets
    if org and len(titles) > 1:
        # ``2019年上溪镇…报告`` under the page's ``义乌市上溪镇2019年度…报告``: the name in full
        org = max((match["org"] for match in map(_TITLE_ORG.match, map(_SPACES_RUN.sub, repeat(""), titles))
                   if match and match["org"].endswith(org) and is_place(match["org"][:-len(org)])),
                  key=len, default=org)
    if org and ZONE_KIND.fullmatch(org) and opening_text:
        # ``经济开发区2024年度…报告`` opening ``2024年宁河经济开发区在区委…``: the zone the text names
        subject = _subject_org(text, opening_text)
        org = subject if subject and subject.endswith(org) else org
    if org and title is None and org.endswith("人民政府") and opening_text:
        # ``××区人民政府`` over an untitled report whose opening names a town of it as its
        # subject (``2022年，××镇在区委、区政府的正确领导下…``): the site's banner, the town's report
        subject = _subject_org(text, opening_text)
        if subject and subject.endswith(("镇", "乡", "街道", "办事处")) and subject not in org:
            org = subject
    delivered, session, person = _speech(titles)
    if caption and (caption["session"] or caption["opened_at"]) and not session:
        session = caption["session"] or caption["opened_at"]
        person = person or f"{caption['office'] or ''} {caption['name']}".strip()
    run_on_title = _RUN_ON_TITLE.match(opening_text) if not (title or delivered or session) else None
    run_on = _RUN_ON_SUBTITLE.match(opening_text, run_on_title.end() if run_on_title else 0) if not (
        delivered or session) else None
    if run_on:  # a page run together in one line, opening with its subtitle: ``2017年1月6日在
        # ××市第十四届人民代表大会第一次会议上 市长 ××× 各位代表:…``, or with its title before it
        delivered, session, _ = _speech([_SPACES_RUN.sub("", run_on[0])])  # (``××镇 第十五届…``: laid out)
        title = _LETTER_SPACING.sub("", run_on_title["title"]).strip() if run_on_title else title
    lone = _DASHED_SUBTITLE.search(text, 0, _PUBLISHER_SPAN) if not (delivered or session) else None
    if lone:  # ``——2021年3月2日在…`` away from the title the page gave (under a covering
        # notice, or a 标题 row): a speech's subtitle wherever it stands, wrapped or not
        rest = [line.strip() for line in text[lone.end():lone.end() + _BYLINE_SPAN].splitlines()]
        delivered, session, _ = _speech([lone[0].strip(), *[line for line in rest if line][:1]])
    dated_head = None  # ``（2021年1月19日）`` over an untitled annual report, or one no congress
    # hears (``××局2022年政府信息公开工作年度报告`` / ``（2023年1月9日）``): its date, no speech's
    if delivered and not (title and not _NEVER_READ.search(title) or session or person
                          or _ADDRESSED.search(text, 0, _PUBLISHER_SPAN)):
        dated_head, delivered = delivered, None
    if session and delivered is None:
        # ``——在××镇第十届人民代表大会第一次会议上`` / ``×××`` / ``（2016年11月24日）``: the day
        # on a line of its own under the speaker
        delivered = next((parse_date(line) for line in text[after:after + _BYLINE_SPAN].splitlines()[:4]
                          if is_date_line(line.strip().strip("（()）"))), None)
    # The office whose head reads it: of a reader who holds two, the department (``××省人民政府
    # 副省长 ××省发改委党组书记、主任 ×××`` and ``××区人民政府副区长、××区财政局局长 ×××`` read the
    # plan or the budget as the department's head)
    offices = [_office_held(role) for role in (person.split()[:-1] or person.split()[:1])] if person else [""]
    reader = next(filter(_heads_a_department, offices), offices[0])
    last_role = reader.rpartition("、")[2]
    reader = last_role if not _heads_a_department(reader) and _heads_a_department(last_role) else reader
    delegate = _DELEGATE.search(opening_text)  # ``我代表××县人民政府…``
    delegated = delegate[1] if delegate else None
    byline = next((line if line.startswith(org) else _under(line, org) or _within(line, org)
                   for line in [*titles[1:], under] if org and _PLACE.fullmatch(org)
                   and is_org_line(line) and (line.startswith(org) or _under(line, org) or _within(line, org))),
                  None)
    if org is None and title:
        # ``关于重庆市2024年预算…的报告`` / ``重庆市财政局``: a title that names no writer, and
        # its writer among its lines (under its subtitle), on the line under it or under the
        # title repeated (a newspaper's page prints its headline, then the title again)
        head = [line for line in text[after:after + _PUBLISHER_SPAN].splitlines() if line.strip()]
        # (or under the session it is read to: ``××区十届人大一次会议`` / ``××区财政局``)
        written = next((line for line in titles[1:] if is_org_line(line)), None) or next(
            (line for above, line in zip([title, *head], head)
             if (above.strip() == title or _SHORT_SESSION.fullmatch(above.strip()))
             and is_org_line(line) and not _NOT_A_NAME.search(line)), None)
        byline = _split_date(written)[0].strip() if written else None
    if byline:
        org = byline  # ``南开区…预算…的报告`` / ``——…会议上`` / ``南开区财政局``: the byline's
    elif org is not None and session and _PLACE.fullmatch(org) and not (
            reader == "" and _DRAWN_UP.search(_SPACES_RUN.sub("", title or ""))):
        # A speech to a people's congress is its people's government's, unless one of the
        # place's departments reads it (``××区发展改革和经济信息化局局长 ×××``). A budget or a
        # plan no one is named to read is its department's, as the page's rows say (below).
        org = _reading_department(org, reader) or org + "人民政府"
    elif org is not None and _PLACE.fullmatch(org) and opening_text:
        # ``硚口区2023年司法行政工作总结`` opening ``今年以来，硚口区司法局在…``: the place's
        # department that says it is the subject
        # (``甘肃省2015年度…审计结果公告`` opening ``…，省审计厅对…进行了审计``: the province's)
        # (``××区政府信息公开领导小组办公室编制了…``: an office inside the government drew it up)
        subject = _subject_org(text, opening_text)
        subject = _outer_office(subject) if subject else subject
        if subject and not subject.startswith(org) and subject[:1] == org[-1:] and _LEVEL_ONLY.match(subject):
            subject = org + subject[1:]
        org = subject if subject and subject.startswith(org) and _heads_a_department(subject) else org
    if org is None and person:
        # ``××省审计厅厅长 ×××``: the department the reader heads; ``市长 ×××``: a government
        org = (reader if _heads_a_department(reader) else None) or _government(
            person.split()[0]) or _convener(session) or delegated
        # (``滨湖区发展和改革委员会 ×××`` reads ``关于无锡市滨湖区2022年…的报告``: under the whole
        # place its title names)
        titled = _TITLE_PLACE.match(title) if title else None
        if org and titled:
            org = _within(org, titled["place"]) or org
    page_texts = [text[s:e].strip() for s, e in page_lines or ()]
    # A metadata row that runs on into the text (a copy with its table flattened) is not
    # debris, but its 发布机构 still names the writer.
    publishers = _publishers(page_texts) or _publishers(text[:_PUBLISHER_SPAN].splitlines())
    named = [*publishers, *(
        _split_date(line)[0].split()[0] for line in signature_texts if is_org_line(line))]
    named = [name for name in named if not _NOT_A_NAME.search(name)]
    if org is None and session and "政府工作报告" in (title or ""):
        # A 政府工作报告 is the government of the congress it is read to (``在尚湖镇第十七届人民
        # 代表大会…上``), not the county's that put the page up (the rows may name it fuller)
        org = _convener(session)
    # (a row that names no place, ``发布单位: 县府办``, yields to the text's own subject below)
    placeless = next(iter(named), None) if named and all(map(_placeless, named)) else None
    if org is None:
        org = next((name for name in named if not _placeless(name)), None) or lone_org
        # (``楚雄州2021年度…报告`` put up by ``楚雄州人民政府办公室``: the place's report, which
        # its government's office puts up)
        if org and title and not title.startswith(org):
            outer = _outer_office(org)
            if outer != org and outer.endswith("人民政府") and title.startswith(outer.removesuffix("人民政府")):
                org = outer
    elif _LEVEL_ONLY.match(org) and named and not _took_since(named[0], org, _year_in(title)):
        # ``县卫健委`` in the title, ``青阳县卫生健康委员会`` in the 发布机构 row; ``区教育局`` put up
        # by ``和平区人民政府``: that district's 教育局
        government = _GOVERNMENT_PLACE.match(named[0]) if named[0].endswith("政府") else None
        place = government["place"] if government else ""
        org = _under(org, place) or named[0]
    else:
        # The signature or the 发布机构 row names it whole: ``××县人民政府××街道办事处`` — not
        # one of its departments (``××区司法局`` for ``××区``).
        place = org.removesuffix("人民政府")  # ``东华镇`` of ``东华镇人民政府`` in ``楚雄市东华镇``
        org = next((name for name in named if not name.startswith("中共") and (
            org in name and (name.endswith(org) or name.endswith(_WHOLE_ENDINGS))
            or (place != org and len(name) > len(place) and name.endswith(place))
            or _abbreviates(org, name, _year_in(title)))), org)
    if org is None and session:
        # Read to a congress: by the office on the line under the subtitle, else by its
        # government (a page's 发文机构 row names who else reports to it: ``市发展和改革委员会``
        # on the year's plan).
        org = next((office for office in (_ROLE.sub("", line.strip()) for line in [*titles[1:], under])
                    if _heads_a_department(office) and not names_a_document(office)),
                   None) or placeless or _judicial_body(opening_text, session) or _convener(session) or delegated
    announced_org, announced_year = _announced(text[opening[0]:opening[1]] if opening else "")
    org = _fuller(org, announced_org) if org else announced_org
    if org and _PLACE.fullmatch(org) and _DRAWN_UP.search(_SPACES_RUN.sub("", title or "")):
        # A plan or a budget is reported by the department that drew it up, which the 发布机构
        # or 来源 row names (``长寿区发展改革委`` for ``重庆市长寿区2024年国民经济和社会发展计划
        # 执行情况…的报告``, ``受区人民政府委托，现将××区2022年预算…``), not by its place's
        # government. (``区发改经信局``, by its level only, for ``拱墅区``)
        org = next((org + name[end:] for name in [*named, *_sources(page_texts)]
                    if _heads_a_department(name) and (end := _level_end(name))
                    and org.endswith(name[:end])), org)
    if org:  # ``××县发改局`` in the 发文机构 row, ``××县发展和改革局`` under the subtitle
        org = next((line for line in titles[1:] if _abbreviates(org, line, _year_in(title)) and is_org_line(line)),
                   org)
    if org and reader:  # ``洪江区管委`` in the title, ``怀化市洪江区管理委员会主任 ×××`` reads it
        org = _reader_office(org, reader)
    if org and session:  # ``东乌旗`` on the speaker's line, ``东乌珠穆沁旗`` in the session's name
        convened_by = _government(session)
        # ``区人大常委会主任 ×××`` reads to ``××区第八届人民代表大会…``: that district's
        placed = _under(org, convened_by.removesuffix("人民政府")) if (
            convened_by and _LEVEL_ONLY.match(org)) else None
        if convened_by and _LEVEL_GOVERNMENT.fullmatch(org) and convened_by.removesuffix(
                "人民政府").endswith(org.removesuffix("人民政府")):
            placed = convened_by  # ``市人民政府市长 ×××`` reads to ``××市第十七届人民代表大会…``
        org = placed or _fuller(org, convened_by)
    if org is None and title_lines:
        # ``××市卫生计生委关于印发2016年××工作总结…的通知`` over the report it issues: the
        # notice's writer, who issues its own report
        org = next((match["org"] for match in (
            _TITLE_ORG.match(line.strip()) for line in reversed(text[max(0, title_lines[0][0] - _PUBLISHER_SPAN):
                                                                  title_lines[0][0]].splitlines())
            if issues_a_document(line.strip(" |｜"))) if match and not _NOT_A_NAME.search(match["org"])), None)
    if org is None:
        # The opening's subject; else who it says drew the report up (``由××县人民政府办公室
        # 编制``); else the subject of the first paragraph that opens with its year
        # (``2023年，市卫生健康委以…`` under a paragraph that only says why it reports).
        compiled = _COMPILED_BY.search(opening_text)
        # (who drew it up before the opening's subject: ``根据…国务院办公厅…下发的《…》的要求，
        # 由××镇人民政府党政办公室编制``)
        compiled_by = (compiled["org"] or compiled["own"]) if compiled else None
        # (an office inside another draws up the other's report, but the office whose own work
        # it reports on is its writer: ``结合2022年××市人民政府办公室政府信息公开工作实际``)
        drawn_up = _outer_office(compiled["org"]) if compiled and compiled["org"] else compiled_by
        org = (drawn_up if compiled_by and not _placeless(compiled_by) else None) or (
            _subject_org(text, opening_text) if opening_text else None)
        paragraph = _year_paragraph(text) if org is None else ""
        org = org or (_subject_org(text, paragraph) if paragraph else None)
    if org is None:  # ``现在，我代表××街道办事处，向大会报告工作``; ``受市人大常委会的委托，
        # 我向大会报告工作``: the work reported is the entrusting body's
        match = _SPEAKING_FOR.search(text, 0, _PUBLISHER_SPAN) or _ENTRUSTED.search(
            text, 0, _PUBLISHER_SPAN)
        org = match["org"] if match and not _NOT_A_NAME.search(match["org"]) else None
        if match and org is None and _LEVEL_GOVERNMENT_ONLY.fullmatch(match["org"]):
            # ``我代表县人民政府``: the government of the place the title or the page names (not
            # the county the text names most: a county's report names its neighbours)
            placed = _placed("", match["org"], page_texts, title)
            org = placed if placed != match["org"] else None
    if org is None and opening_text:
        org = _own_place(text, opening_text)
    if org is None:  # last: the page's source row, when it names an office
        org = next(iter(_sources(page_texts)), None)
    if org is None:  # or the office whose pages the breadcrumb passes through
        org = _breadcrumb_office(page_texts)
    if org is None:  # or the town it calls its own (``本镇``, ``我街道``), by the name it gives most
        own = _OWN_TOWN.search(text, 0, _PLACE_SCAN)
        org = _named_place(text, own["level"]) if own else None
    if org is None:  # or the one office the text names whole, of the kind it calls itself
        org = _the_office_named(text[:_PLACE_SCAN])
        org = _outer_office(org) if org else org  # (``××开发区党政办公室``: the zone's)
        kind = _OWN_KIND.search(opening_text)  # (``我局…``: not the ``××委员会`` it names)
        org = org if org is None or kind is None or org.endswith(_OWN_KINDS[kind["kind"]]) else None
    if org is None:  # or the office that answers for the report (``如对本报告有疑问，请与××街道
        # 办事处联系``; ``请联系××乡人民政府党政办公室``: its government's office)
        contact = _CONTACT.search(text, 0, _PLACE_SCAN)
        office = contact and (contact["org"] or contact["receiver"])
        org = _outer_office(office) if office and not _NOT_A_NAME.search(office) else None
    org = org or placeless
    if org and "以下简称" in text:
        org = _called_in_full(text, org)
    if org and org.endswith("院"):
        org = _court_in_full(text, org)
    org = _complete(_placed(text, org, page_texts, title) or None)  # ``县政府办`` in a title: the county's
    if org:
        org = _spelled_out(text, org, _year_in(title))
    if org and "政府工作报告" in (title or "").replace("《政府工作报告》", "") and _GOVERNMENT_OFFICE.search(org):
        # The 办公室 put the page up; the report is its government's (not a notice of its own
        # that cites the report: ``关于2021年《政府工作报告》目标任务完成情况的通报``).
        org = _GOVERNMENT_OFFICE.sub("人民政府", org)
        if session and _LEVEL_GOVERNMENT.fullmatch(org):  # ``区府办``: of the session's place
            org = _government(session) or org

    # The year a report is labelled with: its title's, else — for a speech — the year after
    # the one it reviews, or the year it was delivered; else the front matter's, the opening's.
    # A headline over the report's own title may give the year its own title does not
    # (``2025年工作报告`` over ``××市人民检察院工作报告``) — but a speech is the year it was
    # read in, where a site labels it with the year it reviews (``2024年工作报告`` over a
    # report read in January 2025).
    # (not the day a listing tags it with: ``(福建省)××县人民政府工作报告(2023年12月27日)``)
    headline_years = (_year_in(_DATE_NOTE.sub("", line.strip())) for line in titles
                      if line != title and names_a_document(line))
    year = _summarised_year(title) or _year_in(title) or _tagged_year(title)
    headline_year = next(filter(None, headline_years), None) if year is None else None
    # (its opening may stand under the byline of the office that reads it: ``××区发展和改革局``
    # / ``各位代表:`` / ``受城区人民政府委托,现将××区2024年国民经济和…``)
    audited = _AUDITED.search(opening_text) if year is None else None
    if audited:  # ``2017年4月至5月，××县审计局对2016年度县级财政预算执行…进行了审计``: what was audited
        year = int(audited[1])
    drawn_text = text[opening[0]:opening[0] + _DRAWN_UP_SPAN] if opening and year is None and not title else ""
    drawn_up = _DRAWN_UP.search(drawn_text)
    if drawn_up:  # untitled, a plan or a budget its opening names (``报告××区2022年国民经济和
        # 社会发展计划执行情况与2023年…``) is the reviewed year's, as its title would say
        year = _year_in(drawn_text[:drawn_up.start()])
    # Only a work report is labelled with the year it is read in; a report on one field read
    # to a standing committee (``关于法治政府建设情况的报告``) is the year it reviews.
    # (nor is an untitled report read to a standing committee: it reports on a field)
    if year is None and delivered and (title and "工作报告" in title or not title and not _STANDING.search(
            session or "")):
        # A report read in December (or reviewing the year it is read in) is next year's.
        delivered_year = int(delivered[:4]) + (delivered[5:7] == "12")
        year = covers + 1 if covers and covers + 1 >= delivered_year else delivered_year
    # ``南京江北新区工作报告`` / ``（2024年1月）``: a work report dated under its title
    date_line = next((line for line in (line.strip().strip("（()）") for line in titles[1:])
                      if is_date_line(line)), None) if title and "工作报告" in title else None
    if year is None and date_line and (dated_year := _year_in(date_line)):
        year = dated_year + ("年12月" in date_line)  # (in December: next year's, as read then)
    # (``各位代表：`` above the opening: what is read to a congress addresses its deputies, and
    # to a 政协's plenary its members — a standing committee's members with its 主任 first)
    # (or says it is: ``××代表…常务委员会向大会作工作报告``)
    # (or opens with its review of the year before: ``一、2013年工作回顾``)
    to_congress = bool(session or person or "政府工作报告" in (title or "") or "向大会" in opening_text
                       or (opening and _PLENARY.search(text, max(0, opening[0] - 200), opening[0]))
                       or _REVIEW_PART.search(text, 0, _PARAGRAPH_YEAR_SPAN))
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
    first_part = _FIRST_PART_YEAR.search(text, 0, _PARAGRAPH_YEAR_SPAN)
    drawn_part = first_part is not None and _DRAWN_UP.search(
        text[first_part.end():first_part.end() + _DRAWN_UP_SPAN].partition("\n")[0]) is not None
    reviews = (to_congress and (not title or "工作报告" in title) and "常" not in (session or "")
               and not drawn_part)
    reviewing = reviews and _PARAGRAPH_YEAR.match(opening_text) is not None
    if year is None and ("31日" in text[:_PARAGRAPH_YEAR_SPAN] or "-12-31" in text[:_PARAGRAPH_YEAR_SPAN]):
        # ``截止2023年12月31日，我局…``, ``统计期限自2021年1月1日起至2021年12月31日止``: figures
        # counted to the end of the year reported on (before any year the opening cites: ``《条例》
        # （2019年4月3日…修订）``)
        match = _YEAR_END.search(text, 0, _PARAGRAPH_YEAR_SPAN)
        year = int(next(filter(None, match.groups()))) if match else None
    for source in (*front_titles, front_notes, "" if reviewing else _BOOK_TITLE.sub("", opening_text)):
        if year is None:
            year = _year_in(source)
    if year is None:  # ``2023年，市××委以…`` or ``2025年是“十四五”收官之年``: the first
        # paragraph that opens with its year
        match = _PARAGRAPH_YEAR.search(text, 0, _PARAGRAPH_YEAR_SPAN)
        year = int(match[1]) + (reviews and "以来" not in match[0]) if match else None
    if year is None:  # ``一、2022年度推进法治政府建设的主要举措和成效``: the first part's (read to
        # a congress, ``一、2009年全省法院工作``: the year after, as for its paragraphs)
        match = _FIRST_PART_YEAR.search(text, 0, _PARAGRAPH_YEAR_SPAN)
        year = int(match[1]) + reviews if match else None

    date = next((d for d in map(parse_date, reversed(signature_texts)) if d), None) or dated_head
    # else the day the page's rows say the document bears (``[ 成文日期 ] 2026-02-03``), which
    # may stand in the head of the text, a metadata table flattened into it
    date = date or next((parse_date(match["date"]) for block in ("\n".join(page_texts), text[:_PUBLISHER_SPAN])
                         for match in _WRITTEN.finditer(block) if parse_date(match["date"])), None)
    # A value may stand on the line after its label (``• 发布日期:`` / ``2024年04月06日``).
    published = None
    # The furniture's rows first; then the head of the text, where a flattened metadata table
    # runs on into the title and is not furniture.
    for block in ("\n".join(page_texts), text[:_PUBLISHER_SPAN]):
        published = published or next((
            parse_date(match["date"]) for pattern in _PUBLISHED
            for match in pattern.finditer(block) if parse_date(match["date"])), None)
    byline = _byline(text[opening[0]:opening[1]] if opening else "")
    # (the day it was read, with who read it, is no day of the page's)
    noted = parse_date(_COMPACT_DATE.sub(r"\1-\2-\3", dated[0])) if dated and not dated["reader"] else None
    published = published or byline or noted or _head_date(text, set(page_texts))
    if year is None and title and _DATED_KIND.search(title) and (date or published):
        year = int((date or published or "")[:4])  # a notice or a plan: the year it is dated
    if year is None and title and "工作报告" in title and published:
        year = int(published[:4])  # read to a congress on no day it names: the year it came out
    if year is None and published and _OPENS_WITH_THIS_YEAR.match(opening_text):
        year = int(published[:4])  # ``今年以来，城西街道…``: the year of the page that says it
    if year is None and date and _NEVER_READ.search(opening_text):
        # a year's report on its work, dated: the year before, if dated in the first half of the
        # next (``2018年3月18日`` over ``本年度报告根据《…政府信息公开条例》…``), else that year
        year = int(date[:4]) - (int(date[5:7]) <= _FIRST_HALF)
    if year is None:  # last: the first year the report's own text names, under its title
        year = _year_in(text[after:after + _PARAGRAPH_YEAR_SPAN] if title_lines else text[:_PARAGRAPH_YEAR_SPAN])
    return Meta(title=title, org=normalise_org(org), year=year, date=date, delivered=delivered,
                session=session, speaker=person, covers=covers, published=published)


_LOST_WORD_MAX = 2


def _loses_a_word(title: str, whole: str) -> bool:
    """``title`` is ``whole`` without a character or two (``和`` lost at a wrap)."""
    key, whole = _title_key(title), _title_key(whole)
    if not 0 < len(whole) - len(key) <= _LOST_WORD_MAX:
        return False
    rest = iter(whole)
    return all(ch in rest for ch in key)  # in order


_TITLE_ROW = LazyPattern(
    # (``标      题 ××报告``: a label spaced out, a space for its colon)
    r"(?:^|(?<=[\s|｜]))(?:[标標]\s*[题題]|文件名[称稱]|信息名[称稱]|名\s*[称稱])[\s:：|｜\]】]*[\s:：|｜\]】]\s*(?:[|｜]\s*)?"
    r"(?P<title>[^\s|｜]{4,60})(?:[ \u3000](?P<more>[^\s|｜:：]{4,60}))?")


def _rows(lines: list[str]) -> Iterator[str]:
    """The page's lines, and a line that ends on a label (``… - 名称:``) joined to the next,
    which holds its value (``××报告 - 文号:``): a table flattened a cell per line."""
    for k, line in enumerate(lines):
        yield line
        if k + 1 < len(lines) and _ENDS_ON_A_LABEL.search(line):
            yield line + " " + lines[k + 1]


_ENDS_ON_A_LABEL = LazyPattern(r"[:：]\s*$")


def _row_title(match: re.Match[str]) -> str:
    """The title in a page's 标题 row, its joint writers' names included (``中共××镇委员会
    ××镇人民政府关于…的报告``), not the cell beside it."""
    title, more = match["title"], match["more"]
    return f"{title} {more}" if more and is_org_line(title) else title


_TOOLBAR_RUN_ON = LazyPattern(
    r"\s*(?P<title>[^\s|｜]{4,60}?)\s+(?:保护视力色|【?字体|字号|打印本页|语音播报|浏览次数|"
    r"(?:信息)?来源[:：]|发布时间[:：]|发布日期[:：])")
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
_BOOK_TITLE = LazyPattern(r"《[^》]{0,60}》")
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
_PUBLISHER = LazyPattern(
    rf"(?:[发發]\s*[布文]\s*[机機]\s*[构構]|[发發]\s*文\s*[机機]\s*[关關]|[发發]\s*[布文]\s*[单單]\s*[位]|"
    rf"(?P<poster>[发發]\s*布\s*者))"
    rf"(?P<gap>[\s:：|｜\]】]*)"
    rf"(?P<org>(?:{HAN}|[（）()]){{2,40}})")
# ``信息来源: ××街道`` / ``作者:××局``: the source row, when it names an office (not ``原创``, a
# site, a paper or a person).
_SOURCE = LazyPattern(
    rf"(?:(?:信息|文章)?[来來]\s*源|作\s*者)\s*[:：|｜\]】]\s*(?P<org>{HAN}{{2,30}}?(?:{ORG_SUFFIXES}))(?:\s|$|[|｜])")


def _sources(lines: list[str]) -> list[str]:
    """Offices a page's source rows name (``来源:罗湖区审计局``)."""
    return [match["org"] for match in map(_SOURCE.search, (line for line in lines if "源" in line or "者" in line))
            if match and not _NOT_A_NAME.search(match["org"])]


_TRAILING_WRITER = LazyPattern(rf"(?:报告|年报|总结)\s*[(（](?P<org>{HAN}{{2,40}}?(?:{ORG_SUFFIXES}))[)）]$")
_YEAR_FIRST_ORG = LazyPattern(
    rf"^(?:19|20)\d\d年(?:度|[上下]半年)?(?![上下]半年)(?P<org>{HAN}{{2,30}}?(?:{ORG_SUFFIXES}|街))"
    # (``2018年度××委员会部门决算公开说明``: a department's accounts)
    r"(?=法治|依法|(?:政府)?工作|政务(?:公开|信息)|(?:政府)?信息公开|年度|关于|部门(?:决算|预算))"
)


# Clauses that only say when (``2022年，`` / ``一年来，``) before the sentence names its subject.
# ``在市委、市政府的坚强领导下`` / ``按照区委…工作要求``: a clause that says under whom or by
# what, before the writer says what it did
_UNDER_LEADERSHIP = LazyPattern(
    r"在.{2,40}?(?:领导|支持|指导|监督|关心|关怀)(?:和?部署)?下|[^在]{2,20}?的\S{0,4}?(?:领导|支持|指导|监督)下|"
    r"(?:按照|根据).{2,40}?(?:要求|部署|安排)|"
    # ``得益于县委、县政府的坚强领导和…的坚实引领，我乡…``: what it owes to whom
    r"得益于.{2,60}?(?:领导|引领|支持|指导)")
_TIME_ONLY = LazyPattern(
    r"(?:(?:19|20)\d\d年(?:度|以来|上半年|下半年)?|今年以来|今年|一年来|这一年|近年来|过去一年|[一二三四五]年来)")
# ``现将××局2023年…报告如下`` / ``现公布××办公室2023年…年度报告`` / ``我乡编制了××乡人民政府
# 2020年…年度报告``: the report named with its writer and year in the opening paragraph.
_ANNOUNCED = LazyPattern(
    r"(?:现将|现公布|现发布|现公开|(?:现|特|我[省市县区旗镇乡局委]|(?<![告的])(?<=[，,）)]))(?:编制|制作|形成)(?:了|并(?:向社会)?(?:发布|公布|公开))?|"
    r"特?向社会(?:公布|公开)|现就|"
    # ``××区政务公开工作领导小组办公室编制了××区人民政府2021年度…年度报告``: an office drew it up
    r"(?:(?<=办公室)|(?<=领导小组)|(?<=人民政府))编制了)"
    r"(?:形成|发布|公布)?(?P<rest>[^。；;：:，,]{2,80})")
# ``《××市人民政府2018年度…报告》是2019年××市人民政府发布的通知。``: a document site's line on
# what the text is
# (or named, unquoted, with what the text will call it or what it follows: ``××县2015年政府
# 信息公开工作年度报告（以下简称年报）根据…编制``, ``××局2016年度…年度报告根据《条例》…编制而成``)
_DESCRIBED_TITLE = LazyPattern(
    r"《(?P<title>[^《》]{4,60})》是|"
    rf"(?P<named>{HAN}[^，,。；;（(《》]{{4,60}}?(?:报告|总结))(?:[（(]以下简称|是?(?:根据|依据|按照)《)")
_ANNOUNCED_TITLE = LazyPattern(
    # (``…工作要求，编制《××镇人民政府2025年…报告》``)
    r"(?:现将|现发布|现公布|现予公布|特发布|特此公布|向社会公布|向社会公开|现予公开|编制完成|编制了|现编制|(?<=[，,])编制)"
    r"《(?P<title>[^《》]{4,60})》")
# ``…报告如下`` / ``…报告予以公开发布`` / ``…报告进行公开`` / ``…报告公开`` / ``…的报告提请审议``: what
# follows the name in the announcing sentence (``…报告向社会公众公布``: to whom)
_ANNOUNCING_VERB = LazyPattern(
    r"(?:如下|(?:向社会(?:公众)?)?(?:予以|进行)?(?:公开)?(?:发布|公布)|(?:予以|进行)?公开|提请(?:大会)?审议)$")
# ``由伊宁县人民政府办公室编制``: who drew the report up, in its opening
_COMPILED_BY = LazyPattern(
    rf"由(?P<org>{HAN}{{2,30}}?(?:{ORG_SUFFIXES}))(?:[（(][^（()）]{{0,30}}[)）])?"
    # (``由××镇人民政府政务公开工作机构编制``: its body for the work)
    r"(?:(?:政务公开|政府信息公开|信息公开)工作机构)?"
    # (``由××管委会结合有关统计数据编制``, ``由××区人民政府综合全区各部门…年度报告和统计数据编制
    # 而成``: with what)
    rf"(?:负责|组织|结合[^，,。；;]{{2,12}}?|综合[^，,。；;]{{2,40}}?)?(?:编制|编写|起草)"
    # ``结合2025年××街道办事处政府信息公开工作实际，编制…``: whose work it reports
    # (never ``本街道``, ``我局``: a writer saying ``we``)
    rf"|结合(?:(?:19|20)\d\d年度?)?(?P<own>(?![度本我该]){HAN}{{2,30}}?(?:{ORG_SUFFIXES}))(?:(?:19|20)\d\d年度?)?"
    rf"(?:政府信息公开|政务公开)工作(?:实际|情况)")
# ``××镇人民政府党政办公室`` / ``××局政务公开工作领导小组办公室``: an office inside another, which
# draws up the other's report
# What an office that draws up its outer office's report is named for: its kind of work, or the
# report's own subject (``政务公开工作领导小组办公室``, ``法治政府建设领导小组办公室``); an office
# named for other work (``重点建设项目领导小组办公室``) is a body of its own with its own report
_INNER_WORDS = "党政|综合|行政|政府|政务|信息|公开|工作|网络|法治政府建设|依法行政|领导小组|办公室"
_SECTION = "综合科"
_INNER_OFFICE = LazyPattern(
    rf"(?P<outer>{HAN}{{2,24}}(?:人民政府|(?<=[省市县区旗])政府|局|委员会|厅|办事处|街道|管委会|管委會|"
    # (``××高新区党政办公室``: a zone's, which its 管委会 runs)
    rf"[市县区旗](?=政务公开|政府信息公开)|(?<=[开发新园])区(?=党政办)))"
    # (``××县政府信息中心``, ``××旗政府办公室网络信息中心``: the government's own site's keepers)
    # (``××街道党政办公室综合科``: a section of it)
    rf"(?P<inner>(?:{_INNER_WORDS})*(?:办公室|领导小组|信息中心)(?:{_SECTION})?)")


def _outer_office(office: str) -> str:
    """The office whose report an office inside it drew up: ``××镇人民政府党政办公室`` and
    ``××县人民政府办公室`` draw up their government's (its annual report on what it made
    public, of the whole county)."""
    inner = _INNER_OFFICE.fullmatch(office)
    if inner is None:
        return office.removesuffix(_SECTION)
    # (``××区政府信息公开领导小组办公室``, ``××区政务公开工作领导小组办公室``: the district's
    # people's government)
    outer = inner["outer"]
    if outer.endswith(("市", "县", "区", "旗")):
        return _complete(outer) or outer  # (a zone's 管委会)
    return outer.removesuffix("政府") + "人民政府" if outer.endswith("政府") and not outer.endswith("人民政府") else outer


# (or ``受理机构为××街道办事处。``: the office that takes the requests for what it has not made public)
# (``请联系:××乡人民政府信息公开领导小组办公室,邮编:``: its address rows after it)
_CONTACT = LazyPattern(rf"请(?:与|和|联系[:：]?|咨询)?(?P<org>{HAN}{{2,40}}?(?:{ORG_SUFFIXES}))"
                       rf"(?:联系|联络|[，,]\s*(?:联系)?电话|[，,]\s*(?:邮编|邮政编码|地址)[:：]|[（(]地址)|"
                       rf"受理机构(?:为|是)(?P<receiver>{HAN}{{2,40}}?(?:{ORG_SUFFIXES}))[。；;，,]")
_AUDITED = LazyPattern(r"对[^。；;]{0,60}?((?:19|20)\d\d)年度?[^。；;]{0,40}?进行了(?:就地)?审计")
_A_SESSION = LazyPattern(r"(?<!协商)会议")  # (not the 中国人民政治协商会议, a body)
_SO_CALLED = LazyPattern(r"[（(]以下简称[^（()）]*[)）]")
# (``耿马自治县2021政府信息公开…``: a year whose 年 a copy lost, the words right after it)
_ANNOUNCED_YEAR = LazyPattern(rf"((?:19|20)\d\d)(?:年度?|(?={HAN}))")
_PARENTHETICAL = LazyPattern(r"[（(][^（()）]*[)）]")
# (``××规划中期评估``: an evaluation too is the year it is dated)
_DATED_KIND = LazyPattern(r"(?:通知|方案|意见|决定|办法|通报|要点|规则|规定|细则|评估)$")


def _announced(opening: str) -> tuple[str | None, int | None]:
    """(organisation, year) of the report as the opening paragraph names it
    (``现将周溪乡2024年法治政府建设工作报告如下``, ``现将2020年度市××局信息公开工作总结报告如下``):
    the first announcement that names a year."""
    for match in _ANNOUNCED.finditer(opening[:400]):
        org, year = _announced_by(match)
        if year is not None:
            return org, year
    return None, None


_STREET_BY_SHORT_NAME = LazyPattern(rf"{HAN}{{2,4}}街")
_STREET_TITLE = LazyPattern(rf"(?P<org>{HAN}{{2,4}}街)(?=(?:19|20)\d\d年)")
# what a place's own annual report reports on, named right after the place
_REPORTED_FIELDS = ("政府信息公开", "信息公开", "政务公开", "法治政府建设")


def _announced_by(match: re.Match[str]) -> tuple[str | None, int | None]:
    """(organisation, year) of the report one announcement names; no year for ``编制本报告``,
    the report not yet named."""
    rest = match["rest"].replace("《", "").replace("》", "")
    year_match = _ANNOUNCED_YEAR.search(rest)
    if year_match is None:
        return None, None
    before = _PARENTHETICAL.sub("", rest[:year_match.start()]).strip()
    if _STREET_BY_SHORT_NAME.fullmatch(before):
        return before, int(year_match[1])  # ``现将洛浦街2021年度…报告如下``: a 街道 by its short name
    org = _opening_org(before) if before else _opening_org(rest[year_match.end():], whole_only=True)
    after = rest[year_match.end():]
    place = _PLACE.match(after) if not (org or before) else None
    # (``2017年度我乡政府信息公开…``: the writer saying ``we``, no place's name)
    if place and after.startswith(_REPORTED_FIELDS, place.end()) and not _NOT_A_NAME.search(place["place"]):
        org = place["place"]  # ``现公开2022年××市政府信息公开工作年度报告``: the place's report
    if org is not None and before and org != before:
        # the name must be all that stands before the year (``景德镇市昌江区工业和信息化局``,
        # whose ``和`` the opening's reading of names stops at, is one)
        org = before if is_org_line(before) else None
    if org is None and before:
        # or before the field reported on, the year after it (``××市农业农村局政府信息公开工作
        # 2022年度报告``)
        field = min((at for at in map(before.find, _REPORTED_FIELDS) if at > 0), default=None)
        org = before[:field] if field and is_org_line(before[:field]) else None
    return org, int(year_match[1])


# ``县人民政府`` / ``区政府`` / ``县委、县政府`` as the subject (or as whom a speaker speaks for:
# ``我代表省人民政府``): a report naming its writer by level only.
_BARE_WRITER = LazyPattern(
    r"(?:(?:19|20)\d\d年(?:度|以来)?[，,]?\s*|一年来[，,]?|.{0,150}?现将|.{0,20}?我代表)"
    r"(?:(?P<party>[省市县区])委[、，,])?(?P<level>[省市县区])(?:人民)?政府(?!办|工作|部门)")
_OWN_PLACE_MIN = 2


def _own_place(text: str, opening: str) -> str | None:
    """``铜梁区``: where the opening names its writer only as ``区政府``, the place of that level
    the text names most often (at least twice, after a break: ``《铜梁区…》``)."""
    match = _BARE_WRITER.match(opening)
    if match is None or (match["party"] and match["party"] != match["level"]):
        return None
    if match["level"] == "省":
        return _named_place(text, "省")
    # (``2023年天等县``: a place named after its year)
    places = Counter(re.findall(rf"(?:(?<!{HAN})|(?<=\d年))(?!年)({HAN}{{2,4}}?{match['level']})", text))
    place, count = max(places.items(), key=lambda item: item[1], default=("", 0))
    ties = sum(1 for n in places.values() if n == count)
    if count >= _OWN_PLACE_MIN and ties == 1 and not _NOT_A_NAME.search(place):
        return place
    return _named_place(text, match["level"])  # ``法治湖南`` … ``湖南省××办法``: 湖南省


# ``由`` / ``经``: words before a name that are not part of it
_BEFORE_A_NAME = LazyPattern(r"^[由经对在向为据从受是将把]+")


# ``宜丰法院``: a court by its place's short name, without its level and 人民
_SHORT_COURT = LazyPattern(rf"(?P<place>{HAN}{{2,4}})(?P<body>法院|检察院)")


def _court_in_full(text: str, org: str) -> str:
    """``宜丰县人民法院`` where a title says ``宜丰法院`` and the text names it whole; else ``org``."""
    short = _SHORT_COURT.fullmatch(org)
    if short is None or "人民" in org:
        return org
    whole = re.search(rf"{re.escape(short['place'])}(?:[县市区旗]|自治县)人民{short['body']}", text[:_PLACE_SCAN])
    return whole[0] if whole else org


def _called_in_full(text: str, org: str) -> str:
    """``自治区北部湾办`` where the text says whose short name it is (``由广西壮族自治区北部湾经济区
    规划建设管理办公室（以下简称自治区北部湾办）``): that whole name; else ``org``."""
    match = re.search(rf"(?P<whole>{HAN}{{4,40}})[（(]以下简称[“\"]?{re.escape(org)}[”\"]?[)）]",
                      text[:_PLACE_SCAN])
    if match is None:
        return org
    # (``本年度报告由广西壮族自治区…``: the name starts at its province, if it names one)
    run = match["whole"]
    start = min((at for at in map(run.find, PROVINCES) if at >= 0), default=0)
    whole = _BEFORE_A_NAME.sub("", run[start:])
    return whole if is_org_line(whole) else org


_SPELLED_MORE = 4
_SPELLED_TIMES = 3
"""An office's whole name spells out at most this many characters more than its short one."""
_ONLY_LEVELS = LazyPattern("[省市州县区旗]+")  # (``长寿区区审计局``: a slip, not a name spelled out)


def _spelled_out(text: str, org: str, year: int | None) -> str:
    """``渝中区经济信息委`` where the text also spells the office's whole name (``《重庆市渝中区
    经济和信息化委员会信息公开指南》``): that name (of a report on ``year``); else ``org``."""
    level = _FIRST_LEVEL.search(org)
    if level is None or level.start() < 2 or org.endswith(("委员会", *_WHOLE_ENDINGS)):
        return org  # (named by its level alone, ``区审计局``, it has no place to find it by)
    rest = len(org) - level.end()
    # (a name of three, ``人社局``, ``国资委``, spells out to three times as many: ``嘉兴市国资委``
    # is ``嘉兴市人民政府国有资产监督管理委员会``, its government's body)
    longest = rest + _SPELLED_MORE if rest > _SPELLED_TIMES else max(rest + _SPELLED_MORE, rest * _SPELLED_TIMES)
    government = "" if org[level.end():].startswith("人民政府") else "(?:人民政府)?"
    return next((name for name in (match[0] for match in re.finditer(
        rf"{re.escape(org[:level.end()])}{government}{HAN}{{2,{longest}}}?(?:委员会|局|办公室)",
        text[:_PLACE_SCAN])) if _abbreviates(org, name, year) and not _ONLY_LEVELS.fullmatch(
            "".join((Counter(name) - Counter(org)).elements()))), org)


_A_RULE = LazyPattern(r"[^《》]{0,40}(?:办法|条例|规定|细则|规则)》")
_DEPARTMENT_AFTER = LazyPattern(rf"(?:(?!局|委员会){HAN}){{2,12}}(?:局|委员会)")
_PLACE_SPAN_LEVELS = ("市", "州", "县", "区")


def _the_office_named(text: str) -> str | None:
    """The one department a text without a writer names under its place's whole name
    (``浮梁县审计局派出审计组``, ``公示《眉山市应急管理局权责清单》``, ``龙岩市永定区卫生健康局``):
    the writer saying its own name; None where it names none or more than one."""
    offices = set()
    for level in _PLACE_SPAN_LEVELS:
        for start, end in place_spans(text, level):
            # (``龙岩市永定区卫生健康局``: the city's district, then its department)
            inner = next((inner_end for inner_start, inner_end in place_spans(text[end:end + 8], "区")
                          if inner_start == 0), 0) if level == "市" else 0
            match = _DEPARTMENT_AFTER.match(text, end + inner)
            office = text[start:match.end()] if match else ""
            after = match.end() if match else 0
            # (``《宁德市教育局关于…》``, ``《××自治区人民代表大会常务委员会审查监督…办法》``: who
            # issued a document it cites)
            # (nor a party committee's body, ``中共××区委××街道工作委员会``)
            if (office and _heads_a_department(office) and not _NOT_A_NAME.search(office)
                    and text[end + inner:end + inner + 1] != "委"
                    and not _word_goes_on(text, after) and not text.startswith("关于", after)
                    and not (text[start - 1:start] == "《" and _A_RULE.match(text, after))):
                # (``甘南州自然资源局`` is ``甘南藏族自治州自然资源局``: one office)
                offices.add(SHORT_PLACES.get(text[start:end], text[start:end]) + office[end - start:])
    # (``龙岩市永定区卫生健康局`` and its ``永定区卫生健康局``: one office)
    whole = {office for office in offices if not any(other != office and other.endswith(office)
                                                     for other in offices)}
    return whole.pop() if len(whole) == 1 else None


def _year_paragraph(text: str) -> str:
    """The first paragraph that opens with its year (``2023年，…``), its first 200 characters."""
    match = _PARAGRAPH_YEAR.search(text, 0, _PARAGRAPH_YEAR_SPAN)
    if match is None:
        return ""
    end = text.find("\n", match.start())
    return text[match.start():end if end >= 0 else len(text)][:200]


def _subject_org(text: str, paragraph: str) -> str | None:
    """The writer a paragraph names as its subject, after any clause that only says when:
    ``2022年，长治市司法局坚持…``, ``市卫生健康委以…``; ``我镇坚持…`` as the town the text
    names."""
    if _YEAR_IS.match(paragraph):
        # ``2022年是…之年，也是…的一年，城西街道在…``: the subject after what the year was; or
        # ``2022年，是…的一年。一年来，××街道…``: the next sentence's
        sentence, _, rest = paragraph.partition("。")
        said = list(dropwhile(lambda clause: _SAYS_WHAT_THE_YEAR_WAS.match(clause) is not None
                              or _sets_the_scene(clause), _CLAUSE.split(sentence)))
        return _subject_of(text, said[:4]) or (_subject_org(text, rest) if rest else None)
    first, _, rest = paragraph.partition("。")
    subject = _subject_of(text, list(dropwhile(_sets_the_scene, _CLAUSE.split(first)[:6]))[:4])
    if subject is None and _THIS_YEAR.match(rest):
        # ``2021年时间节点特殊，是…之年。这一年，唐山市委、市政府以…``: the year said, then who
        subject = _subject_of(text, list(dropwhile(_sets_the_scene, _CLAUSE.split(rest)[:6]))[:4])
    return subject


def _subject_of(text: str, clauses: list[str]) -> str | None:
    """The writer the first of a sentence's clauses names as its subject, or a later one names
    whole."""
    if not clauses:
        return None
    justice = _JUSTICE_SYSTEM.match(clauses[0].strip())
    if justice:  # ``全市司法行政系统坚持…``: the justice bureau that leads the system reports
        place = justice["place"] or _named_place(text, justice["level"])
        return place and place + ("司法厅" if place.endswith(("省", "自治区")) else "司法局")
    mine = (_MY_LEVEL.match(clauses[0].strip()) or _LEVEL_SUBJECT.match(clauses[0].strip())
            or _REGION_SUBJECT.match(clauses[0].strip()) or _WHOLE_PLACE_SUBJECT.match(clauses[0].strip()))
    if mine:
        return _named_place(text, mine["level"])
    if _MY_OFFICE.match(clauses[0].strip()):
        return None  # ``我厅按照…交通运输部的统一部署``: a writer that does not say its name
    joint = _JOINT_WRITERS.match(clauses[0].strip())  # ``黄石街党工委、办事处高举…``
    if joint:
        return joint["place"]
    joint = _ZONE_PARTY_AND_COMMITTEE.match(clauses[0].strip())
    if joint:
        return joint["place"] + "管理委员会"
    joint = _PARTY_AND_GOVERNMENT.match(clauses[0].strip())
    if joint and is_place(joint["place"]):
        return joint["place"]
    province = _PROVINCE_SUBJECT.match(clauses[0].strip())
    if province:  # ``2024年，广东坚持…``: a province by its short name
        return province["place"] + PROVINCES[province["place"]]
    city = _CITY_SUBJECT.match(clauses[0].strip())
    if city and is_place(city["place"] + "市"):  # ``株洲深入贯彻…``: a city by its bare name
        return city["place"] + "市"
    return _opening_org(clauses[0]) or next(filter(None, map(_later_subject, clauses[1:])), None)


def _later_subject(clause: str) -> str | None:
    """The office a later clause names whole as its subject; not one that issued a document the
    sentence goes on citing (``根据…，中共中央办公厅、国务院办公厅《…》…``)."""
    org = _opening_org(clause, whole_only=True)
    at = clause.find(org) if org else -1
    return None if org is None or clause[at + len(org):at + len(org) + 1] in _ISSUER_AFTER else org


_ISSUER_AFTER = frozenset("、《")


_PROVINCE_SUBJECT = LazyPattern(
    "(?P<place>" + "|".join(PROVINCES) + r")(?=坚持|深入|全面|认真|扎实|紧紧|始终|以|在|聚焦|围绕)")
_ADDRESSED = LazyPattern(r"各位(?:代表|委员)")
_PLENARY = LazyPattern(r"各位代表|(?<![主任、，,])各位委员")
_CITY_SUBJECT = LazyPattern(rf"(?P<place>{HAN}{{2,3}}?)(?=坚持|深入|全面|认真|扎实|紧紧|始终|聚焦|围绕)")
_YEAR_IS = LazyPattern(r"\s*(?:19|20)\d\d年[，,]?\s*是")
_THIS_YEAR = LazyPattern(r"\s*(?:这一年|一年来|今年以来)[，,]")
_SAYS_WHAT_THE_YEAR_WAS = LazyPattern(r"\s*(?:(?:19|20)\d\d年[，,]?\s*|也|又|更|还|既|亦)?是")


def _sets_the_scene(clause: str) -> bool:
    """``2022年`` / ``在市委的坚强领导下`` / ``2022年在县委…领导下``: a clause that says only when or
    under whom."""
    clause = clause.strip()
    time = _TIME_ONLY.match(clause)
    scene = clause[time.end():] if time else clause
    return not scene or _UNDER_LEADERSHIP.fullmatch(scene) is not None


def _placed(text: str, org: str | None, page_texts: list[str], title: str | None) -> str | None:
    """``市卫生健康委`` (a level and a department, no place) under its place: the one the page's
    furniture names it with (``舟山市农业农村局>`` in a breadcrumb, ``来源: 怀远县退役军人局``),
    else the one its title opens with (``关于三门县2021年财政决算的报告``), else the place of
    that level the text names (``北京市卫生健康委``); as it is when none does."""
    level_only = (_LEVEL_ONLY.match(org) or _LEVEL_GOVERNMENT_ONLY.fullmatch(org)) if org else None
    if not org or not level_only:
        return org
    level = level_only["level"]
    department = org[len(level):]
    with_place = re.compile(  # the same department, its name starting the same way
        rf"(?<!{HAN})(?P<place>{HAN}{{2,10}}?{level}){re.escape(department[:_DEPARTMENT_KEY])}")
    place = next((match["place"] for line in page_texts for match in [with_place.search(line)]
                  if match and not _NOT_A_NAME.search(match["place"])), None)
    # ``关于三门县2021年…`` / ``2023年天等县决算…`` / ``上海市徐汇区2020年…``: the place a title
    # opens with
    titled = re.match(rf"(?:关于|(?:19|20)\d\d年度?)?(?P<place>{HAN}{{1,10}}?{level})(?!{HAN}{{0,2}}(?:委|政府))",
                      title) if title else None
    def own_name(place: str) -> bool:  # (``市绿化市`` / ``绿化市`` of ``市绿化市容局``: no place)
        return org.startswith(place[:-len(level)]) or department.startswith(place[:-len(level)])

    if titled and (titled["place"][0] in _NOT_PLACE_START or own_name(titled["place"])):
        titled = None  # (``2021年度市林业局…``: no place)
    place = place or (titled["place"] if titled else None) or _named_place(text, level)
    return _under(org, place) if place and not own_name(place) else org


_DEPARTMENT_KEY = 4
"""Characters of a department's name that tell it (``退役军人`` of ``退役军人事务局`` and of
``退役军人局``)."""


# ``关于无锡市滨湖区2022年…``: the place a title opens with, its year after it
_TITLE_PLACE = LazyPattern(rf"(?:关于)?(?P<place>{HAN}{{2,12}}?(?:市|县|区|旗))(?=(?:19|20)\d\d)")


def _within(office: str, place: str) -> str | None:
    """``长垣市财政局`` under a title that names ``新乡市长垣市``: the office of the place the
    title names last, under the whole of it (``新乡市长垣市财政局``)."""
    own = _PLACE.match(office)
    return place[:-len(own["place"])] + office if own and len(own["place"]) < len(place) and place.endswith(
        own["place"]) else None


def _under(office: str, place: str) -> str | None:
    """``区发展和改革委员会`` (named by its level) under ``西藏自治区``, if the place is of that
    level: ``西藏自治区发展和改革委员会``."""
    level_only = _LEVEL_ONLY.match(office) or _LEVEL_GOVERNMENT_ONLY.fullmatch(office)
    level = level_only["level"] if level_only else None
    return place + office[len(level):] if level and place.endswith(level) else None


# ``我镇`` / ``现就我县…``: the writer named by its level only, as ``we``.
_MY_LEVEL = LazyPattern(r"(?:现将|现就|现对)?我(?P<level>街道|镇|乡|县|区|市|州|省)")
# ``武隆区司法行政系统`` / ``全市司法行政系统``: the system of a place's justice bureau
_JUSTICE_SYSTEM = LazyPattern(
    rf"(?:(?P<place>{HAN}{{2,6}}?(?:自治区|省|市|县|区))|[全我](?P<level>[省市县区]))司法行政(?:系统|工作)")
# ``2011年，全省检察机关在省委…``: the courts or the procuratorates of a place, whose head
# reports for them all
_JUDICIAL_SYSTEM = LazyPattern(r"全(?P<level>省|自治区|市|州|县|区)(?:(?P<prosecution>检察机关)|法院)")
_COURT_BY_LEVEL = {"省": "高级人民法院", "自治区": "高级人民法院", "市": "中级人民法院", "州": "中级人民法院",
                   "县": "人民法院", "区": "人民法院"}


def _judicial_body(opening: str, session: str) -> str | None:
    """Who reports the work of ``全省检察机关`` or ``全市法院`` to the congress of ``session``:
    that place's procuratorate, or its court of that level."""
    first = _CLAUSE.split(opening.partition("。")[0])
    clause = next(dropwhile(_sets_the_scene, first), "").strip()
    system = _JUDICIAL_SYSTEM.match(clause)
    government = _government(session) if system else None
    place = government.removesuffix("人民政府") if government else ""
    if system is None or not place.endswith(system["level"]):
        return None
    return place + ("人民检察院" if system["prosecution"] else _COURT_BY_LEVEL[system["level"]])


# ``我厅`` / ``我局``: an office that does not say which
_MY_OFFICE = LazyPattern(r"(?:现将|现就|现对)?我(?:厅|局|委|办|院|部|中心|署)")
# ``本镇`` / ``我街道`` anywhere in the text: the town it writes for
_OWN_TOWN = LazyPattern(r"[本我](?P<level>街道|镇|乡)")
# ``我局``, ``我院``: the writer by its kind of office, and the endings of that kind's names
_OWN_KINDS = {"局": ("局",), "院": ("法院", "检察院"), "厅": ("厅",)}
_OWN_KIND = LazyPattern(r"我(?P<kind>[局院厅])")
# ``区政府坚持…``: the writer as its level's government, the subject of its sentence
_LEVEL_SUBJECT = LazyPattern(r"(?P<level>[省市州县区旗])(?:人民)?政府(?!办|工作|部门|常务|[的和与及、，,])")
# ``2020年，全区法治政府建设工作坚持…``: the rule of law of the whole place, its government's work
_WHOLE_PLACE_SUBJECT = LazyPattern(r"全(?P<level>[省市州县区旗])(?:法治政府建设|依法行政)")
# ``2022年，自治区坚持…``: an autonomous region says its level for its name
_REGION_SUBJECT = LazyPattern(r"(?P<level>自治区)(?=坚持|深入|认真|始终|全面|紧紧|严格|积极|扎实|以)")
# ``市卫生健康委`` / ``省司法厅`` / ``区政府办公室``: a department named by its level, no place.
# ``州政府`` in a 发布机构 row: a government named by its level, no place.
_LEVEL_GOVERNMENT_ONLY = LazyPattern(r"(?P<level>自治区|自治州|自治县|[省市州县区])(?:人民)?政府")
_LEVEL_ONLY = LazyPattern(
    rf"(?P<level>自治区|自治州|自治县|[省市州县区])(?![省州县区委]|市(?!场)){HAN}{{1,16}}(?:局|委员会|常委会|委|厅|办公室|办|中心|"
    r"法院|检察院)$")
_PLACE_SCAN = 6000
# Words a place name never holds (``全镇``, ``各乡镇``, ``年我省``) and ends with before its level
# (``乡镇``, ``城区``, ``社区``, ``城市``): common words, not places.
_NOT_PLACE_START = frozenset("我本全各该每此这其原年度")
_NOT_PLACE_END = {
    "镇": "城乡村集小重治", "乡": "城家下老故返", "区": "社园校片景辖山库矿城湖市小治护",
    "市": "城超都股门菜治", "县": "郡州治", "街道": "大", "州": "神九治", "省": "各治",
}  # (``依法治县``: the rule of law in the county, not a county)


_CLAUSE_GOES_ON = ("根据", "按照", "依据", "围绕", "坚持", "紧扣", "紧紧", "认真", "始终", "聚焦", "立足")
"""What a sentence goes on with after its subject's name: never part of the name."""
# ``会同市委组织部``, ``完成市政府年度立法计划``: a verb before an office of the city, never a
# place's name
_VERBS_BEFORE_AN_OFFICE = (
    "会同", "协同", "联合", "配合", "牵头", "协调", "督促", "指导", "完成", "参与", "参加", "列席",
    "落实", "推动", "推进", "构建", "提请", "报请", "报送", "承办", "办理", "出台", "印发", "制定",
    "修订", "起草", "审议", "听取", "召开", "组织", "支持", "服务", "代表", "按照", "根据",
    "获得", "荣获", "入选", "实现",
    "向",  # (``与向区九届人大一次会议报告的``: to whom, not a place ``与向区``)
)
# ``会同市场监管部门``: 市场 is a market, not a place's level; ``构建县域医疗`` speaks of a
# county's territory, not of a county ``构建县``
_NOT_A_LEVEL = {"市": "[场域]"}


_DIVISION_LEVELS = frozenset(("市", "县", "区", "州", "旗", "盟", "自治州"))
"""Levels whose places the table of divisions holds (towns and streets are not in it; a
province is better known by its short name)."""


_RULE_OF_LAW = LazyPattern(rf"法治({HAN}{{2,3}})")


def _ruled_by_law(text: str, level: str) -> Counter[str]:
    """The divisions of ``level`` whose rule of law the text speaks of by their short names:
    ``法治杭州`` is ``杭州市``'s, ``法治始兴建设`` ``始兴县``'s."""
    places = (next((name + level for name in (match[1][:2], match[1]) if is_place(name + level)), None)
              for match in _RULE_OF_LAW.finditer(text))
    return Counter(place for place in places if place)


def _named_place(text: str, level: str) -> str | None:
    """The place of ``level`` the text calls its own: the one it names (``_place_named``), else
    the county-level division it says only by its bare name (``places.bare_place``)."""
    return _place_named(text, level) or bare_place(text[:_PLACE_SCAN], level)


def _place_named(text: str, level: str) -> str | None:
    """The place of ``level`` the text names most often (none as often): a division the
    country's table knows even once, another at least twice (``下太镇`` in ``…在下太镇落地生根…
    下太镇委党校…``); a province or municipality by its short name (``北京`` -> ``北京市``)."""
    head = text[:_PLACE_SCAN]
    if level in _DIVISION_LEVELS:
        # A division the country's table knows, even named once (``《青岛市2017年防汛…》``),
        # where no other of its level is named as often — unless it is one of a city's units
        # the text lists (``赤坎区…；麻章区…；吴川市…``): the city's report names its own
        named = named_places(head, level) + _ruled_by_law(head, level)
        (place, count), *rest = named.most_common(2) or [("", 0)]
        above = prefecture(place) if place else None
        if above and any(prefecture(unit) == above for below in ("区", "县") if below != level
                         for unit in named_places(head, below)):
            return above if above.endswith(level) else None
        if place and not (rest and rest[0][1] == count):
            return place
    # ``《西双版纳法治政府建设实施纲要》`` under ``州政府办公室``: the one autonomous prefecture
    # the text names, by its place's name alone (of three characters or more: ``红河``, ``文山``
    # are words too), or by its short name (``湘西州法治建设``)
    prefectures = {short for short in SHORT_PLACES if short.endswith("州") and (
        short in head or len(short) > 3 and short[:-1] in head)} if level == "州" else set()
    if len(prefectures) == 1:
        return prefectures.pop()
    counts: Counter[str] = Counter()
    for width in (2, 3, 4) if level not in ("省", "自治区") else ():  # provinces are few: known by their short names
        for match in re.finditer(rf"(?=({HAN}{{{width}}}){level}(?!{_NOT_A_LEVEL.get(level, '域')}))", head):
            name = match[1]
            # (``全县和县级``: a level is never inside the name of a place of that level; nor is
            # a kind of zone a place, so ``（含经开区）`` names neither ``经开`` nor ``含经开``)
            # (``赵县沙河店镇``: ``县沙河店`` is the county's level before the town's name)
            if (not _NOT_PLACE_START.intersection(name) and not name.endswith(_VERBS_BEFORE_AN_OFFICE)
                    and not (level in ("镇", "乡", "街道") and name[0] in "县区")
                    and level not in name and name + level not in _ZONES
                    and name[-1] not in _NOT_PLACE_END.get(level, "")
                    # (``人民政府大溪沟街道``: the 府 of the government the place is under)
                    and not (name[0] == "府" and head[match.start() - 1:match.start()] == "政")):
                counts[name] += 1
    for width in (4, 3):
        for name in [name for name in counts if len(name) == width]:
            # ``在下太`` / ``入下太`` are ``下太`` with a word before it; a name that always comes
            # with the same character before it is the longer name (``马家坪``, ``呼和浩特``).
            if counts[name] != counts.get(name[1:], 0):
                del counts[name]
                continue
            suffix = name[1:]
            while counts.get(suffix) == counts[name]:
                del counts[suffix]
                suffix = suffix[1:]
    for short, province_level in PROVINCES.items():  # (``广西``: ``广西壮族自治区``)
        if province_level.endswith(level) and short in head:
            counts[short] = max(counts.get(short, 0), head.count(short))
    # ``豫交党〔2024〕22号`` on its line: a province's office numbers its documents so
    for number in filter(is_document_number, head.splitlines() if "号" in head else ()):
        short = PROVINCE_LETTERS.get(number.strip()[0], "")
        if PROVINCES.get(short, "_").endswith(level):
            counts[short] = max(counts.get(short, 0), _OWN_PLACE_MIN)
    if not counts:
        return None
    (place, count), *rest = counts.most_common(2)
    # (the one province the text names, even once: ``关于广西工作…`` under ``自治区农业农村厅``)
    only_province = level in ("省", "自治区") and [short for short in PROVINCES if short in head] == [place]
    if (count < _OWN_PLACE_MIN and not only_province) or (rest and rest[0][1] == count) or _NOT_A_NAME.search(place):
        return None
    return place + (PROVINCES[place] if PROVINCES.get(place, "_").endswith(level) else level)


# A people's congress's standing committee, which hears reports on one field at a time
_STANDING = LazyPattern(r"常务委员会|常委会")
# (``××区财政局党组书记、局长``: the office's party post, then its post)
_ROLE = LazyPattern(rf"(?:(?:党组|党委)?(?:{_ROLES})、)?(?:代理?|常务副|副)?(?:{_ROLES})$")
# An office's short ending and its whole one; ``人民政府`` stands for itself, so that the
# ``政府`` in it is not taken for a short one.
_SHORT_ORG_ENDS = (("管委会", "管理委员会"), ("管委", "管理委员会"), ("人民政府", "人民政府"),
                   ("政府", "人民政府"))


def _office_held(role: str) -> str:
    """``××区财政局局长`` -> ``××区财政局``; ``××区财政局长`` too, its 局 said once."""
    office = _ROLE.sub("", role)
    return office + role[-2] if role.endswith(("局长", "厅长")) and not office.endswith(role[-2]) else office


def _heads_a_department(office: str) -> bool:
    """``××省审计厅`` / ``××区发展和改革委员会``: an office of its own, not a place or its
    government (``东园镇``, ``县人民政府``)."""
    return (is_org_line(office) and not is_subtitle(office) and _PLACE.fullmatch(office) is None
            and not office.endswith(("人民政府", "政府")))


def _reading_department(place: str, reader: str) -> str | None:
    """The department of ``place`` whose head reads its report, by its whole name: under
    ``上海市徐汇区``, ``徐汇区财政局局长`` and ``区财政局局长`` read for ``上海市徐汇区财政局``, and
    so does ``…政协副主席、财政局局长`` (the last of the reader's roles); under ``西城区``,
    ``北京市西城区发展和改革委员会主任`` for that 委员会; None for a reader who heads none (``区长``)."""
    office = reader.rpartition("、")[2]
    if not office or office in _LEVELS_ALONE:
        return None
    tail = next((place[k:] for k in range(len(place) - 1) if office.startswith(place[k:])), "")
    whole = (office if place in office else place + office[len(tail):] if tail
             else _under(office, place) if _LEVEL_ONLY.match(office)
             else place + office if _FIRST_LEVEL.search("_" + office) is None else None)
    return whole if whole and _heads_a_department(whole) else None


_LEVELS_ALONE = frozenset("省市州县区旗镇乡")


def _reader_office(org: str, office: str) -> str:
    """The office whose head reads the report, where it names ``org`` in full
    (``洪江区管委`` is ``怀化市洪江区管理委员会``); else ``org``."""
    whole = next((org.removesuffix(short) + full for short, full in _SHORT_ORG_ENDS
                  if org.endswith(short)), org)
    return office if len(office) > len(org) and office.endswith(whole) else org


def _fuller(org: str, named: str | None) -> str:
    """The office under the longer name the opening gives it: ``通道县卫生健康局`` in the
    title is ``通道侗族自治县卫生健康局`` where the report names itself."""
    level = _FIRST_LEVEL.search(org)
    if named is None or level is None or len(named) <= len(org):
        return org
    place, rest = org[:level.start()], org[level.start():]
    return named if named.startswith(place) and named.endswith(rest) else org


def _abbreviates(short: str, full: str, year: int | None = None) -> bool:
    """``绿春县林草局`` for ``绿春县林业和草原局``: the same place, and an office's name shortened
    by leaving characters out — its first and last kept (a ``委员会`` its ``委``), the rest in
    order. Not in a report on a ``year`` before 2018 for a name that year's reform gave the
    office (``××县卫生健康局``, which a site's rows give its older pages, for ``××县卫生局``:
    the name it wrote under then)."""
    level = _FIRST_LEVEL.search(short)
    if level is None or len(full) <= len(short) or not full.startswith(short[:level.end()]):
        return False
    if _took_since(full, short, year):
        return False
    rest, whole = short[level.end():], full[level.end():].removesuffix("员会")
    if whole.startswith("人民政府") and len(whole) > len("人民政府") and not rest.startswith("人"):
        whole = whole.removeprefix("人民政府")  # (``××市国资委``: ``××市人民政府国有资产…委员会``)
    if len(rest) < 2 or rest[0] != whole[0] or rest[-1] != whole[-1]:
        return False
    remaining = iter(whole)
    return all(char in remaining for char in rest)


def _took_since(name: str, older: str, year: int | None) -> bool:
    """``name`` is one the 2018 reform gave the office that wrote as ``older`` in ``year``,
    before it (``××县卫生健康局`` in a site's row over ``××县卫生局2009年…报告``)."""
    return year is not None and year < _REFORM_YEAR and _REFORMED.search(name) is not None and (
        _REFORMED.search(older) is None)


_REFORM_YEAR = 2018
# The departments the 2018 reform of government bodies made or renamed
_REFORMED = LazyPattern("卫生健康|农业农村|自然资源|生态环境|文化和旅游|文化广电和?旅游|应急管理|林业和草原|"
                        "退役军人|医疗保障")


# The reports a department draws up for its place: the year's plan, budget or final accounts.
_DRAWN_UP = LazyPattern(r"国民经济和社会发展计划|预算执行|预算草案|决算")
_DRAWN_UP_SPAN = 200
_FIRST_LEVEL = LazyPattern(r"(?<=.)(?:省|市|州|县|区|旗)")


def _byline(line: str) -> str | None:
    """``××县人民政府 2024年01月08日`` under a title: who put the page up, and when."""
    rest, dated = _split_date(line)
    return parse_date(line) if dated and rest and is_org_line(rest) else None


_JOINT_WRITERS = LazyPattern(
    # (``大龙街党工委、大龙街道办事处``: the place said again)
    rf"^(?![全我本各])(?P<place>(?:(?![在局厅办]){HAN}){{1,20}}?(?:街道|街|镇|乡|县|区|市|州|盟|旗))党(?:工)?委[、，,和及]\s*(?:(?P=place)道?)?"
    r"(?:办事处|人民政府|政府)")
# ``区党工委、管委会高度重视…``: a zone's party working committee and the 管委会 that runs it
# (not ``新区司法局在新区党工委、管委会的领导下``: the office under them)
_ZONE_PARTY_AND_COMMITTEE = LazyPattern(rf"^(?P<place>(?:(?![在局委厅办]){HAN}){{0,20}}?区)党工委[、，,和及]\s*(?:管委会|管理委员会)")
# ``唐山市委、市政府以…``: a city's party committee and government, the government writing
_PARTY_AND_GOVERNMENT = LazyPattern(
    rf"^(?P<place>{HAN}{{2,10}}?(?P<level>[县区市州旗]))委[、，,和及]\s*(?:(?P=place)|(?P=level))?(?:人民)?政府")
_PARTY_AND_OFFICE = LazyPattern(
    # (``中共××市委××高新区工作委员会``: a city's committee for the zone, all of it the party's)
    rf"^中共{HAN}{{2,30}}?(?:委员会|委(?!员))[\s、，,]*"
    rf"(?P<office>(?:(?!委员会){HAN}){{2,30}}?(?:人民政府|办事处|管理委员会|管委会))(?=关于|\d|$)")
_LEVEL_GOVERNMENT = LazyPattern(r"(?:自治区|自治州|自治县|[省市州县区旗镇乡])人民政府")
# (``由政务公开办公室编制``: the place's, but which place it does not say)
_PLACELESS_OFFICE = LazyPattern(r"[省市县区]府办|(?:政务公开|政府信息公开|信息公开)(?:工作)?(?:领导小组)?办公室")


def _level_end(name: str) -> int | None:
    """Where the level of an office's place ends in its name: after ``长寿区`` in ``长寿区发展改革委``,
    after ``区`` in ``区发改经信局``; None for a name that says none."""
    level = _FIRST_LEVEL.search(name)
    only = _LEVEL_ONLY.match(name) if level is None else None
    return level.end() if level else only.end("level") if only else None


def _placeless(name: str) -> bool:
    """``县府办``, ``区司法局``: an office named by its level alone, which says not where."""
    return _LEVEL_ONLY.match(name) is not None or _PLACELESS_OFFICE.fullmatch(name) is not None


_GOVERNMENT_OFFICE = LazyPattern(r"(?:人民)?政?府办(?:公室|公厅)?$")  # (``区府办``)
_COMPACT_DATE = LazyPattern(r"((?:19|20)\d\d)(\d\d)(\d\d)")
_OPENS_WITH_THIS_YEAR = LazyPattern(r"[ \t\u3000]*今年")
# The day a page put after a title (``(2024-02-26)``), or in a newspaper's copy the day it was
# read and who read it (``（2022年1月23日 向辉）``)
_DATE_NOTE = LazyPattern(
    r"\s*[（(]\s*(?:19|20)\d\d\s*[-/.年]?\s*\d{1,2}\s*[-/.月]?\s*\d{1,2}\s*日?"
    rf"(?P<reader>[ \t\u3000]+{HAN}{{2,4}})?\s*[)）]$|"
    r"\s+(?:19|20)\d\d-\d{1,2}-\d{1,2}$")
_PUBLISHER_SPAN = 1500
# (after a document site's banner, ``秘书之家—全网资源每日更新www.mishuzj.com``, and before
# an opening that starts with its year, ``2023年,省政府坚持…``)
_GLUED_TITLE = LazyPattern(
    r"[ \t\u3000]*(?:[^\n]{0,40}?www\.[\w.-]+?\.(?:com|cn|net|org)[ \t\u3000]*)?"
    r"(?P<title>[^，,。；;：:\s]{4,60}?(?:报告|总结))"
    r"(?=各位代表|各位委员|同志们|[ \t\u3000]*——|[ \t\u3000]+(?:19|20)\d\d年\d{1,2}月\d{1,2}日在|"
    r"(?:19|20)\d\d年度?[，,])")
_CUT_TITLE = LazyPattern(r"(?:(?:19|20)\d\d|[及和暨与])$")
_TITLE_RUN_ON = LazyPattern(
    r"[ \t\u3000]*(?P<title>[^，,。；;：:\n]{4,60}?(?:报告|总结|思路|计划|要点|打算|安排))[ \t\u3000]")
_SUMMARY_ROW = LazyPattern(r"(?:内容概括|内容摘要)[\s:：|｜]*[:：|｜][\s|｜]*(?P<value>\S.*)")
_BYLINE_SPAN = 80
_WHOLE_ENDINGS = ("人民政府", "办事处")
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
_OFFICE_CRUMB = LazyPattern(rf"{HAN}{{2,30}}(?:人民政府|办事处|局|委员会)")


def _breadcrumb_office(lines: list[str]) -> str | None:
    """``首页 > 机构专页 > 番禺区人民政府市桥街道办事处 > 政府工作报告``: the last office the
    breadcrumb names."""
    for line in lines:
        if ">" in line or "＞" in line or "›" in line or "»" in line:
            offices = [piece for piece in BREADCRUMB_SEPARATORS.split(line) if _OFFICE_CRUMB.fullmatch(piece)]
            if offices:
                return offices[-1]
    return None


def _announced_title(opening: str) -> str | None:
    """The title the opening sentence announces: ``现发布《2023年××政府信息公开年度报告》``, or
    describes (``《××报告》是2019年××发布的…``), or
    ``现将××镇2025年度…情况报告如下`` — a name with its writer (without one, ``现将2023年…工作报告
    如下``, 报告 is the verb)."""
    # (read without a copy's readings: ``現(xiàn)公布…``)
    match = _DESCRIBED_TITLE.match(opening) or _ANNOUNCED_TITLE.search(opening, 0, 400)
    if match:
        said = match["title"] or match.groupdict().get("named") or ""
        # (never ``本年度政府信息公开报告``: this year's report names no writer)
        if names_a_document(said) and (match["title"] or names_its_writer(said) and said[:1] not in "本我该此"
                                       and not _WHAT_IS_MADE_PUBLIC.search(said)):
            return said
    for match in _ANNOUNCED.finditer(opening, 0, 400):
        # (``…年度报告(以下简称“报告”)``: the note on how the text will call it is not its title)
        named = _ANNOUNCING_VERB.sub("", _SO_CALLED.sub("", match["rest"]).strip())
        if names_a_document(named) and _announced_by(match)[0] and not _WHAT_IS_MADE_PUBLIC.search(named):
            return named
    return None


# ``现公布××局2020年度政府信息公开工作情况``: what is made public, unquoted, is the work, not a
# document's name
_WHAT_IS_MADE_PUBLIC = LazyPattern(r"(?<!执行)情况$")  # (a budget's 执行情况 is its report's name)


_GENERIC_PUBLISHERS = frozenset(("机关", "本机关", "单位", "本单位", "本部门"))


def _publishers(lines: list[str]) -> list[str]:
    """Organisations a page's 发布机构 row names, on its line or the next (never the site
    itself: ``××门户网站``)."""
    text = "\n".join(lines)
    return [match["org"] for match in _PUBLISHER.finditer(text)
            # (``…共发布机构职能、政策…``: words of a sentence, not a label and its value)
            if not (not match["gap"] and match.start() and HAN_CHAR.match(text, match.start() - 1))
            and not match["org"].endswith(("网站", "网", "门户"))
            and match["org"] not in _GENERIC_PUBLISHERS  # (``发布机构: 机关``: no name)
            and not starts_with_label(match["org"])  # an empty cell: ``发布机构 发布日期 …``
            and not (match["poster"] and not is_org_line(match["org"]))]  # 发布者 may be a person


def _complete(org: str | None) -> str | None:
    """The organisation under its full name: a 街道 is its 街道办事处, a 镇 or 乡 its people's
    government, a bare place (``静海区``) its people's government."""
    if org is None:
        return None
    if org.endswith(("街道", "街")):  # ``2022年胡家园街法治…``: a 街道 by its short name
        return org.removesuffix("道").removesuffix("街") + "街道办事处"
    if _run_by_a_committee(org):
        return org + "管理委员会"
    if org.endswith(("盟", "地区")) and _PLACE.fullmatch(org):
        return org + "行政公署"  # a league or a prefecture is run by its 行政公署
    if org.endswith(("镇", "乡", "苏木")) or (org.endswith(_PLACE_LEVELS) and _PLACE.fullmatch(org)
                                     and not org.endswith("街道")):
        return org + "人民政府"
    return org


def _run_by_a_committee(place: str) -> bool:
    """A development zone or a 新区: run by its 管委会, not a people's government."""
    return place.endswith(_ZONES) or (place.endswith("新区") and not place.endswith(_DISTRICT_NEW_AREAS))


_PLACE_LEVELS = ("区", "省", "市", "州", "盟", "县", "旗")
_ZONES = ("开发区", "高新区", "经开区", "经济区", "工业园区", "产业园区", "投资区", "试验区", "实验区", "保税区",
          "综保区", "自贸区", "度假区", "新片区", "新城")
# The two 新区 that are districts with a people's government; every other (``两江新区``,
# ``翠亨新区``) is run by a 管委会.
_DISTRICT_NEW_AREAS = ("浦东新区", "滨海新区")
_SPEAKING_FOR = LazyPattern(
    rf"我代表(?P<org>{HAN}{{2,30}}?(?:人民政府|政府|办事处|委员会|管委会|人民法院|检察院|检察分院))[，,]?\s*向")
_ENTRUSTED = LazyPattern(
    rf"受(?P<org>{HAN}{{2,30}}?(?:常委会|常务委员会|委员会|主席团))的?委托[，,]\s*(?:由?我)?向大会作?(?:工作)?报告")
_DELEGATE = LazyPattern(rf"代表({HAN}{{2,20}}?人民政府)")
_TERM = LazyPattern(r"第?[一二三四五六七八九十]{1,3}届(?=.)")
# ``××市人大常委会``: the standing committee under its full name
_CONGRESS_SHORT = LazyPattern(r"人大常(?:委会|务委员会)$")
_SHORT_PLACE = LazyPattern(
    "(?:" + "|".join(sorted(SHORT_PLACES, key=len, reverse=True)) + ")(?![区市县镇乡](?!村|场))")  # (``临夏州乡村振兴局``, ``××州市场监管局``: departments)
_PROVINCE_DEPARTMENT = LazyPattern(
    "(?P<short>" + "|".join(PROVINCES) + rf")(?P<department>(?!省|市|自治区|回族|壮族|维吾尔){HAN}{{2,12}}厅)")
_SHORT_AUTONOMOUS = LazyPattern(rf"{HAN}{{2,5}}?(?:自治)?[县州旗]")
_SHORT_GOVERNMENT = LazyPattern(r"^(?P<place>.+?(?:省|市|区|县|州|盟|旗))政府$")


def normalise_org(org: str | None) -> str | None:
    """``江苏省政府`` -> ``江苏省人民政府``: the organisation under its full name; without a
    term's number (``××市第十一届委员会`` is ``××市委员会`` in every term)."""
    if org is None:
        return None
    org = _TERM.sub("", org) if "届" in org else org
    org = org.replace("县县", "县", 1)  # ``元谋县县卫生健康局``: a level typed twice
    org = _CONGRESS_SHORT.sub("人民代表大会常务委员会", org) if "人大" in org else org
    province = _PROVINCE_DEPARTMENT.fullmatch(org)
    if province:  # ``宁夏司法厅`` is ``宁夏回族自治区司法厅``: a 厅 is a province's
        org = province["short"] + PROVINCES[province["short"]] + province["department"]
    short = _SHORT_PLACE.match(org)
    if short:  # ``昌吉州人民政府`` is ``昌吉回族自治州人民政府``, ``科右中旗…`` ``科尔沁右翼中旗…``
        org = SHORT_PLACES[short[0]] + org[short.end():]
    autonomous = _SHORT_AUTONOMOUS.match(org)
    whole = whole_name(autonomous[0]) if autonomous else None
    if autonomous and whole:  # ``镇宁自治县人民政府``, ``镇宁县人民政府``: ``镇宁布依族苗族自治县人民政府``
        org = whole + org[autonomous.end():]
    match = _SHORT_GOVERNMENT.match(org)
    return match["place"] + "人民政府" if match and len(match["place"]) > 1 else org


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
