"""A report's title: which title lines make it up (wrapped, spaced out, under a site's headline
or banner, repeated by the page), which line only names a document, and — where no line
names it — the title the page's rows or the opening announce."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from difflib import SequenceMatcher
from itertools import takewhile

from parser.chars import DASHES, FACT_BULLETS
from parser.dates import DATE_NOTE, parse_date
from parser.head import Head, TitleReading
from parser.headings import names_a_part
from parser.lazy_regex import HAN, HAN_CHAR, LazyPattern
from parser.markdown import MASK
from parser.offices import (
    ANNOUNCED,
    JOINS,
    NUMBER_BEFORE,
    ORG_SUFFIXES,
    SPACES_RUN,
    TITLE_ORG,
    YEAR_FIRST_ORG,
    announced_by,
    is_org_line,
)
from parser.orgs import PROVINCES
from parser.sessions import (
    A_SESSION,
    DELIVERY_CAPTION,
    DOC_SITE_LABEL,
    DOCUMENT_NUMBER,
    MEETING_END,
    TAGGED_ITEM,
    is_speaker_line,
    is_subtitle,
    opens_with_its_day,
    without_subtitle,
)

_TRAILING_YEAR = LazyPattern(r"\s+((?:19|20)\d\d)$")
_BYLINE_AFTER = LazyPattern(rf"\s+(?P<org>{HAN}{{2,30}})\s+(?:19|20)\d\d(?:[.年]\s*\d{{0,2}})*\.?$")


def names_its_writer(line: str) -> bool:
    """A title that opens with the office whose report it is (``××市人民检察院工作报告``,
    ``××县人民政府关于…``), not only with what it is (``2025年工作报告``, ``政府工作报告``)."""
    return TITLE_ORG.match(SPACES_RUN.sub("", line.strip())) is not None  # (joint writers a space apart)


def names_its_writer_after_its_year(line: str) -> bool:
    """A title that opens with its year, then its writer (``2015年××省民政厅政府信息公开工作报告``)."""
    return YEAR_FIRST_ORG.match(SPACES_RUN.sub("", line.strip())) is not None


# ``《××市人民政府2018年度…报告》是2019年××市人民政府发布的通知。``: a document site's line on
# what the text is
# (or named, unquoted, with what the text will call it or what it follows: ``××县2015年政府
# 信息公开工作年度报告（以下简称年报）根据…编制``, ``××局2016年度…年度报告根据《条例》…编制而成``;
# quoted too: ``《××县2019年…年度报告》（以下简称《年报》）根据…``)
_DESCRIBED_TITLE = LazyPattern(
    r"《(?P<title>[^《》]{4,60})》(?:是|[（(]以下简称)|"
    rf"(?P<named>(?:{HAN}|(?:19|20)\d\d年)[^，,。；;（(《》]{{4,60}}?(?:报告|总结))(?:[（(]以下简称|是?(?:根据|依据|按照)《)")
_ANNOUNCED_TITLE = LazyPattern(
    # (``…工作要求，编制《××镇人民政府2025年…报告》``)
    # (``…结合审计工作实际，制定《××局2022年…年度报告》``, ``认真编制《…报告》``)
    r"(?:现将|现把|现发布|现公布|现予公布|特发布|特此公布|向社会公布|向社会公开|向社会发布|现予公开|编制完成|编制了|现编制|现形成|(?<=[，,])编制"
    r"|认真编制|制定(?=《[^《》]{4,60}报告》))"
    # (``现公布由××市人民政府办公室编制的《××市2017年…报告》``)
    r"(?:由[^《》，,。；;]{2,30}?编制的)?"
    r"《(?P<title>[^《》]{4,60})》")
# ``本年报是…由××街道办事处编制的2018年度…年度报告。``: the report named by its year, after the
# office that compiled it — its writer, which the name then starts with
_COMPILED_BY = LazyPattern(r"由(?P<org>[^，,。；;《》由]{2,40}?)编制的(?P<name>(?:19|20)\d\d年[^，,。；;《》]{4,40}?报告)(?=[。，,；;]|$)")
# ``我向大会作××市中级人民法院工作报告``: the report its reader names, read to the congress
# (``向大会作政府工作报告`` names no writer: no title)
_READ_TITLE = LazyPattern(rf"向(?:大会|全会)(?:作|报告)(?P<named>{HAN}[^，,。；;（(《》]{{4,40}}?工作报告)")
_READ_TITLE_SPAN = 120
# ``…报告如下`` / ``…报告予以公开发布`` / ``…报告进行公开`` / ``…报告公开`` / ``…的报告提请审议``: what
# follows the name in the announcing sentence (``…报告向社会公众公布``: to whom)
_ANNOUNCING_VERB = LazyPattern(
    r"(?:(?:公布|发布|公开)?如下|(?:向社会(?:公众)?)?(?:予以|进行)?(?:公开)?(?:发布|公布)|(?:向社会(?:公众)?)?(?:予以|进行)?公开|提请(?:大会)?审议)$")
# (and a note in brackets after the name: ``…年度报告(本报告数据统计时限为…)``)
_SO_CALLED = LazyPattern(r"[（(]以下简称[^（()）]*[)）]|[（(]本报告[^（()）]*[)）]$")


# ``现公布××局2020年度政府信息公开工作情况``: what is made public, unquoted, is the work, not a
# document's name
_WHAT_IS_MADE_PUBLIC = LazyPattern(r"(?<!执行)情况$")  # (a budget's 执行情况 is its report's name)


_TITLE_MAX = 60
_YEAR_FIRST = LazyPattern(r"(?:19|20)\d\d年度?")
_TITLE_MIN = 3
_LONG_TITLE_MAX = 90
_NEAR_DUPLICATE = 0.75
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
    r"规划计划|计划总结|年度报告|部门文件|其他文件|政策文件|公告公示|公示公告|财政报告|预决算公开|财政预决算|"
    # (a disclosure site's kinds of documents: ``地方性法规`` / ``规章`` / ``行政规范性文件``)
    r"法律|行政法规|地方性法规|法律法规|规章|行政规范性文件|规范性文件|政策解读|"
    # (and how it makes one public: ``主动公开``, the value of its 公开方式 row)
    r"主动公开|依申请公开|"
    r"(?:政府信息公开|信息公开|政务公开)(?:专栏|年报)|"
    # (``年度信息公开报告``: a title never opens with 年度 but after its year)
    r"年度(?:政府)?信息公开(?:工作)?报告|"
    # ``部门信息公开年报 2020``: the departments' column, its tab the year
    r"(?:部门|乡镇|镇街)(?:政府)?信息公开年报(?:\s*(?:19|20)\d\d年?度?)?")
# ``【法治政府】`` / ``(海南省)`` / ``(内蒙古)`` / ``(安吉县)`` before a title: the site's column or
# region, not the title; ``（全文）`` after it (or glued on: ``…报告全文``): the site's note that
# the copy is whole (``（修改）``: that it replaced an earlier copy).
COLUMN_TAG = LazyPattern(
    r"^(?:[•·]\s*)?(?:[【\[][^】\]]{1,12}[】\]]|[（(](?:[^（()）]{2,8}(?:省|自治区|市|州|盟|县|区|旗)|"
    + "|".join(PROVINCES) + r")[)）])|^[★☆◆◇■□•·]+\s*|\s*[（(](?:全文(?:\d+字)?|文字版|图文版|修改|修订|更正)[)）]$|(?<=报告)全文$|"
    # (``××报告【优秀范文】``, ``【完整版】``: a document site's tag after it)
    r"\s*【[^】]{1,8}】$|"
    # ``（图解）××报告`` / ``图解——××报告``: what form the page gives it in
    r"^[（(](?:图解|图文|视频)[)）]|^(?:图解|图文|视频|一图读懂)\s*(?:——|—|[:：])\s*")
# ``附件:××报告`` under a covering letter: the report it sends, by its own title
_ATTACHMENT_LABEL = LazyPattern(r"^附件\s*\d{0,2}\s*[:：]\s*")
_SITE_LABEL = LazyPattern(rf"^{DOC_SITE_LABEL}|"
                          # ``××市人民政府门户网站 部门 ××局2022年…报告``: the site and its column
                          r"^\S{2,30}(?:门户网站|政府网站|政府网)(?:\s+\S{1,6})*?\s+(?=\S*(?:19|20)\d\d)|"
                          # ``新华网北京3月19日电 ××工作报告``: a news agency's dateline
                          r"^\S{2,12}?(?:网|社)\S{0,8}?\d{1,2}月\d{1,2}日电\s*")
_TAG_IN_TITLE = LazyPattern(r"<br\s*/?>", re.IGNORECASE)
_FILE_SUFFIX = LazyPattern(r"\.(?:docx?|DOCX?|pdf|PDF|wps|txt)$|(?<=[告结划点案])范文$")
_SAID_BY = LazyPattern(rf"^{HAN}{{2,3}}[:：]\s*")
_TITLE_NOTE = LazyPattern(r"\s*[（(][^（()）]*(?:19|20)\d\d[^（()）]*[)）]$")


def is_tagged_headline(line: str) -> bool:
    """``• 【××县招商】2021年××县政府工作报告`` / ``• ××自治区人民代表大会常务委员会工作报告``: a
    site's list item that heads the page with a report's title, under the site's column tag or
    naming its writer, not an item of a page's list of facts."""
    stripped = line.strip()
    tagged = TAGGED_ITEM.match(stripped)
    if tagged is not None:
        return names_a_document(stripped[tagged.end():])
    item = stripped.lstrip("•·- \t")
    # (or after its year: ``• 2011年××区政府信息公开工作年度报告``)
    return names_a_document(item) and (_whole_title(item) or YEAR_FIRST_ORG.match(item) is not None)


def looks_like_title(line: str) -> bool:
    """A short line with no sentence punctuation at its end: a document title candidate."""
    # (``××报告 | |||||``: a layout table's bars; a copy's readings, ``報(bào)告``, masked)
    stripped = NUMBER_BEFORE.sub("", line.replace(MASK, "").strip().rstrip("|｜ \t\u3000"))
    if stripped.endswith("?") and _LOST_AFTER_TITLE.search(stripped):
        stripped = stripped[:-1]  # (``…年度报告?``: a character the copy could not encode)
    # A page's headline may run the subtitle on (``…计划草案的报告——2024年1月22日在…会议上``):
    # the title alone is what must be short.
    title = without_subtitle(stripped) or stripped
    # (``××局（××局、××中心）2021年…年度报告``: the other names it goes by, in brackets, count not)
    title = ALSO_NAMED.sub("", title) if "（" in title or "(" in title else title
    return (
        # (``…审计工作报告和…整改落实情况的报告``: a title that ends as one may run longer)
        0 < len(stripped) and (len(title) <= _TITLE_MAX or len(title) <= _LONG_TITLE_MAX
                               and _TITLE_ENDINGS.search(title) is not None)
        # an item of a page's list of facts, unless a site's headline (``• 【××招商】…报告``)
        and (not stripped.startswith(FACT_BULLETS) or is_tagged_headline(stripped))
        and stripped[-1] not in "。，,；;：:！？!?、"
        and "。" not in stripped
        and CONTENTS_LABEL.fullmatch(stripped.strip("|｜ \t\u3000")) is None  # (``| 目录 |``)
        and not is_site_links(stripped)
    )


ALSO_NAMED = LazyPattern(rf"[（(]{HAN}[^（()）]{{4,120}}?(?:局|中心|委员会|办公室)[)）]")


def is_site_links(line: str) -> bool:
    """``县委| 县人大| 县政协``: a row of a site's links, a bar between each two."""
    return _LINKS.fullmatch(line.strip()) is not None


_LINKS = LazyPattern(rf"{HAN}{{2,6}}(?:[ \t\u3000]*[|｜][ \t\u3000]*{HAN}{{2,6}}){{2,}}")


_LOST_AFTER_TITLE = LazyPattern(r"(?:报告|总结|年报)\?$")
CONTENTS_LABEL = LazyPattern(r"(?:提\s*纲|目\s*录)[:：]?")
"""The label over a table of contents (``目录``, ``提纲：``): never a title."""
_TITLE_ENDINGS = LazyPattern(
    # (``关于报送…报告的函``: the letter that sends one)
    r"(?:报告|总结|综述|情况|意见|通知|方案|要点|计划|规划|决定|办法|汇报|讲话|思路|打算|安排|谋划|部署|重点|设想|结果公告|的函|"
    r"(?:情况|决算|预算)说明|"
    # ``2022年政府信息公开年报``, not the site's column ``政府信息公开年报``: a report names its year
    r"(?:19|20)\d\d\D{0,30}年报)"
    # (``…的报告(书面)``: how it was presented, in brackets after the title's last word)
    r"(?:[(（](?:书面|书面报告|摘要|全文|摘登|节选)[)）])?$")
_NUMBER_NOTE = LazyPattern(rf"\s*[(（]{DOCUMENT_NUMBER.pattern}[)）]$")


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
    # (a copy's readings masked out: ``公開(kāi)`` / ``報(bào)告``)
    previous, line = previous.replace(MASK, "").strip(), line.replace(MASK, "").strip()
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
        return not end.endswith("会议") and len(line) <= 30 and MEETING_END.search(line) is not None
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
    # (or its closing word, which names the document only with the year before it: ``2016年××镇
    # 政府信息公开`` / ``年报``)
    return not _TITLE_ENDINGS.search(previous) and (_TITLE_ENDINGS.search(line) is not None or (
        line.endswith("年报") and _TITLE_ENDINGS.search(previous + line) is not None))


_KIND_ONLY = LazyPattern(r"(?:审计|审计结果|审计工作)(?:公告|报告)")
_JOINED_YEAR = LazyPattern(r"[与和及暨](?:19|20)\d\d年")  # (a title that names both its years)
SPACED_YEAR = LazyPattern(r"((?:19|20)\d\d)[ \u3000]+年")
HAN_GAP = LazyPattern(rf"(?<={HAN})[ \u3000]+(?={HAN})")
_TITLE_START = LazyPattern(r"关于|(?:19|20)\d\d年")
_CONTINUED = ("关于", "和", "与", "及", "暨", "、", "印发", "转发")


# (``关于上报《××局2025年上半年工作总结…》的报告``: a letter that sends the report up)
_ISSUING = LazyPattern(r"关于(?:印发|转发|发布|公布).{2,60}的通知$|关于(?:上报|报送)《|关于\s*(?:上报|报送)\s*.{2,60}的(?:报告|函)$")
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
    year = _YEAR_FIRST.match(key)
    if year and longer.startswith(year[0]) and longer.endswith(key[year.end():]):
        # (or its writer after its year: ``2013年`` + ``××街道办事处`` + ``政府信息公开年度报告``)
        return is_org_line(longer[year.end():len(longer) - len(key) + year.end()])
    if longer.endswith(key):
        # not two titles side by side, nor a number a document site put before it (``1 2021年…``)
        before = longer[:-len(key)]
        # (nor a newspaper's caption of its delivery: ``●代市长××作政府工作报告``)
        return (HAN_CHAR.search(before) is not None and not names_a_document(before)
                and not before.endswith(("作", "做")))
    return near_duplicate(key, longer)


def names_a_document(line: str) -> bool:
    """A title line that says what the document is (``…报告``, ``…总结``; a closing note such as
    ``（摘登）`` aside, or a site's name after it, or its subtitle run on after it:
    ``政府工作报告 ——2023年1月9日在…会议上``), not only who wrote it or where it sits on a site."""
    key = _title_key(without_subtitle(line) if "会议" in line or "大会" in line else line)
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
    # (or its writer, the headline running the subtitle on: ``××市人民政府工作报告——…会议上``
    # over ``政府工作报告`` / ``——…会议上``)
    said = _title_key(without_subtitle(headline) or headline)
    return _NEWSROOM.search(headline) is not None or (
        not names_its_writer(own) and whole.endswith(key)
        and A_SESSION.search(whole[:-len(key)]) is not None) or (
        not names_its_writer(own) and said != whole and said.endswith(key) and is_org_line(said[:-len(key)]))


def dates_and_signs_it(headline: str, own: str) -> bool:
    """A page's headline that adds only the year, the writer or both to a report's own title
    that names neither (``天长市2015年政府工作报告`` / ``2018年政府工作报告`` over
    ``政府工作报告``): the own title is the report's, the headline the site's label of it."""
    # (a note the headline adds, ``（摘要）``, says what the page holds: it is no mere label)
    # (nor are a reprint site's tags, ``（湖南省）…（全文）``)
    # (``××镇人民政府2022年上半年《政府工作报告》``: the own title quoted in the label)
    key, whole = (SPACES_RUN.sub("", COLUMN_TAG.sub("", line.strip())).replace("《", "").replace("》", "")
                  for line in (own, headline))
    year = _LABEL_YEAR.match(key)
    if year and whole.startswith(year[0]) and not whole.endswith(key):
        # (``2020年××街道办事处政府信息公开…`` over ``2020年政府信息公开…``: the year first in both)
        key, whole = key[year.end():], whole[year.end():]
    if (len(key) < _REPEAT_MIN or whole == key or not whole.endswith(key) or names_its_writer(own)
            or is_title_rest(own)):
        return False  # (``工作年度报告``: the rest of the own title the page wrapped, not all of it)
    rest = _LABEL_YEAR.sub("", whole[:-len(key)])
    return not rest or names_its_writer(rest + key)


_LABEL_YEAR = LazyPattern(r"(?:19|20)\d\d年?度?(?:上半年|下半年)?")


# ``工作年度报告`` / ``情况报告``: a title's closing words, which never open one
_TITLE_REST = LazyPattern(r"(?:工作)?(?:年度|情况)?的?(?:报告|总结)")
# ``2020年度``: the year a site's tab files a page under
_YEAR_LABEL = LazyPattern(r"(?:19|20)\d\d年度?")
YEAR_DIGITS = LazyPattern(r"(?:19|20)\d\d")
"""A year's four digits, however the title says it (``2016年``, ``2016年度``, ``2016``)."""


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
    line = SPACES_RUN.sub("", line)  # (joint writers a space apart)
    match = TITLE_ORG.match(line)
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
        if after and opens_with_its_day(line.strip()[:after.start("title")]) and names_a_document(after["title"]):
            # ``2023年12月20日在××区第六届人民代表大会第三次会议上政府工作报告``: a page's headline
            # that puts the subtitle first
            return [after["title"], *lines[n + 1:]]
        wrapped = bool(previous) and is_subtitle(previous) and continues_title(previous, line)
        if not (is_subtitle(line) or is_speaker_line(line) or is_column_name(line) or wrapped
                or _SERIES_LABEL.search(line) or _CONGRESS.fullmatch(line.strip())):
            return lines[n:]
        previous = line
    return []


def site_suffixed(page_title: str, own: str) -> bool:
    """``own`` is ``page_title`` without what a site put after it (``-××网``, ``_××``) or
    before it (``××县人民政府-``, or its name and column a space apart: ``××法院网 工作报告 ``)."""
    if len(own) < _REPEAT_MIN:
        return False
    if page_title.startswith(own):
        return page_title[len(own):].lstrip()[:1] in _SITE_SEPARATORS
    bare = _SITE_SUFFIX.sub("", page_title).rstrip()
    before = bare[:-len(own)] if bare.endswith(own) else ""
    return bool(before) and (before.rstrip()[-1:] in _SITE_SEPARATORS or (
        before[-1:].isspace() and _A_SITE.search(before) is not None))


_A_SITE = LazyPattern(r"网(?:站)?\s|门户\s")


def _theme(lines: list[str]) -> str | None:
    """A theme over the subtitle that names the report (``奋发有为 挺膺担当`` / ``全力推动…迈上新台阶``
    / ``——××街道办事处工作报告``), under the page's headline that names it too: the theme's lines,
    a space apart, are the title."""
    *theme, subtitle = [line.strip() for line in lines] or [""]
    named = subtitle.lstrip(DASHES)
    if theme and says_again(theme[0], named):
        theme = theme[1:]  # (the headline: ``××街道办事处2024年工作报告``)
    if not theme or named == subtitle or not names_a_document(named) or any(map(names_a_document, theme)):
        return None
    return " ".join(theme)


def compose_title(lines: list[str]) -> str | None:
    """The title the title lines spell: the first line that is not a subtitle, a speaker line
    or a site's column name (``工作报告`` above the title), with any wrapped rest joined on.
    A fragment above a line that is a whole title (a banner's ``××社会组织``, a bare
    ``××街道``) is not part of it."""
    theme = _theme(lines)
    if theme:
        return theme
    lines = _without_leading_subtitles(lines)
    while len(lines) >= 2 and lines[0].strip() == lines[1].strip():
        lines = lines[1:]  # (the page's headline printed twice, over the article's own title)
    if len(lines) >= 2 and site_suffixed(lines[0].strip(), lines[1].strip()):
        lines = lines[1:]  # ``××工作总结-某某网`` over ``××工作总结``: the article's own
    if len(lines) >= 2 and is_org_line(lines[0]) and lines[1].strip().startswith(lines[0].strip()) and (
            len(lines[1].strip()) > len(lines[0].strip())):
        lines = lines[1:]  # (``××办公厅`` over ``××办公厅2022`` / ``…年度报告``: a title that names its writer)
    if len(lines) >= 3 and is_org_line(lines[0]) and is_org_line(lines[1]) and lines[1].strip().endswith(
            lines[0].strip()) and len(lines[1].strip()) > len(lines[0].strip()):
        lines = lines[1:]  # (``××区××街道`` over ``××市××区××街道`` / ``2021年…报告``: its name in full)
    while (len(lines) >= 2 and not _TITLE_ENDINGS.search(DATE_NOTE.sub("", lines[0].strip()))
           and not (lines[0].strip().startswith("中共") and "关于" in lines[1])
           and not _ISSUING_START.search(lines[0].strip()) and _whole_title(lines[1])):
        # (a party committee above a ``…关于…`` title is a joint writer, part of the title —
        # over one that names the place first, ``××镇2024年…报告``, the document's red head;
        # ``××办公室关于公布`` the start of a covering notice's)
        lines = lines[1:]
    if not lines:
        return None
    first = NUMBER_BEFORE.sub("", lines[0].strip().rstrip("|｜ \t"))
    row = _TITLE_ROW.match(first.lstrip("|｜ \t"))
    if row:  # (``| 名称 | 关于…的报告 | ||``: a metadata table's title row, its label and bars)
        first = _row_title(row)
    if _SITE_SEPARATORS.intersection(first):
        first = _SITE_SUFFIX.sub("", first)
    # (``××法院工作报告——`` / ``2023年1月14日在…``: the dash left on the line above its subtitle)
    # (``[ 名 称 ] | ××报告 |``: a table's label, then the bar between it and its value)
    title = without_subtitle(COLUMN_TAG.sub("", first)).strip(" \t|｜").rstrip(f"{DASHES} ")
    # ``京政办发〔2016〕26号《××关于印发…的通知》``: the number and the marks are not the title.
    numbered = DOCUMENT_NUMBER.match(title) if "号" in title else None
    if numbered and (title[numbered.end():].lstrip().startswith("《")
                     or names_a_document(title[numbered.end():])):
        title = title[numbered.end():].strip()  # (``长政发〔2021〕1号长海县…报告``: the same)
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        title = title[1:-1]
    title = title or lines[0].strip()
    if len(lines) > 2 and _PLACELESS_OFFICE_LINE.fullmatch(title) and is_org_line(lines[1]):
        # ``市烟草局`` / ``白银市烟草专卖局`` / ``2017年…报告``: a column's label for the office over
        # the office's own line and its title
        title, lines = lines[1].strip(), lines[1:]
    writers = list(takewhile(lambda line: is_org_line(line) and not _TITLE_ENDINGS.search(line),
                             (line.strip() for line in lines)))
    # (joint writers name the party committee first: an office over it put the page up)
    party = next((k for k, writer in enumerate(writers) if writer.startswith("中共")), 0)
    if 1 < len(writers) - party and len(writers) < len(lines) and lines[len(writers)].strip().startswith("关于"):
        # joint writers a line each (``中共××街道工作委员会`` / ``××街道办事处``), then ``关于…``
        title, lines = "".join(writers[party:]), lines[len(writers) - 1:]
    n = 1
    while n < len(lines):
        line = _FONT_SIZES.sub("", lines[n])
        n += 1
        # The page's title over the article's own, which may say it more fully or say whose
        # it is, or say it again in its own words over its subtitle, or only label it with its
        # year and writer over its subtitle; the article's wrapped rest may follow.
        # (or its subtitle run on after it: ``政府工作报告 ;;2018年2月5日在…会议上``)
        # (not a subtitle that ends as the title does: ``——…暨××省2017年…报告``)
        if says_more_fully(title, line) and line.strip()[:1] not in DASHES or (
                n == 2 and dates_and_signs_it(title, without_subtitle(line))) or (
                n == 2 and n < len(lines) and is_subtitle(lines[n]) and carries_title(title, line)) or (
                names_a_document(title) and names_a_document(line) and names_its_writer(line)
                and (not names_its_writer(title) or (
                    n < len(lines) and is_subtitle(lines[n]) and says_again(title, line)))) or (
                n == 2 and _LISTING.match(lines[0].strip()) and names_a_document(line)) or (
                # (the article's own words for the headline, its year put elsewhere: ``××市2010年
                # …年度报告`` / ``2010××市…年度报告``)
                n == len(lines) == 2 and line.strip() != title and same_but_for_its_year(title, line)
                and names_a_document(line) and names_its_writer_after_its_year(line.strip())):
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
                                                     or not names_its_writer(title))
                  # (not a line the page cut before its document's name: ``××镇2022年度法治政府建设``
                  # under ``××镇2022年度法治政府建设工作报告``)
                  and (names_a_document(own) or not names_a_document(title))):
                # the title its subtitle hangs under, or its writer's line and the rest, in its
                # own words (``…关于2025年法治政府建设情况的报告`` under the page's ``…2025年度…``),
                # wrapped or not
                title, n = own, end
            continue
        if is_subtitle(title) or is_subtitle(line) or not continues_title(title, line):
            break
        title += line.strip()
    return _SPACED_CLOSING.sub(lambda spaced: SPACES_RUN.sub("", spaced[0]), LETTER_SPACING.sub("", title))


# ``大中小××局2020年…报告``: the buttons that size the page's font, run on before the title
# it repeats (not ``大中小学``, schools)
_FONT_SIZES = LazyPattern(r"^\s*[【\[]?大\s*中\s*小[】\]]?(?!学)\s*(?=\S)")
# ``市烟草局``: an office by its level and kind, as a site's column labels it
_PLACELESS_OFFICE_LINE = LazyPattern(rf"[省市县区]{HAN}{{1,8}}[局委办]")
# ``(河南省)`` before a headline: a site's listing of reports from every province
_LISTING = LazyPattern("[(（](?:" + "|".join(PROVINCES) + r")[^()（）]{0,6}[)）]")
# ``政 府 工 作 报 告``: a title spaced out letter by letter for show (three letters at least).
LETTER_SPACING = LazyPattern(rf"(?<={HAN})[ \u3000]+(?={HAN}[ \u3000]+{HAN})|(?<={HAN}[ \u3000]{HAN})[ \u3000]+(?={HAN})")
# ``2022年法治政府工作总结``: a kind of government, not one
KIND_OF_GOVERNMENT = LazyPattern(r"^(?:法治|数字|服务型|廉洁|责任|阳光|诚信|效能)政府")
# ``区人民政府区长政府工作报告``: a template's title, a level without its place and words that
# are none of its offices (``县人民政府办公室`` is one, its place said elsewhere)
LEVEL_WITHOUT_PLACE = LazyPattern(r"(?:自治区|自治州|自治县|[省市州县区旗镇乡])(?:人民)?政府(?!办|$)")


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
    key = SPACES_RUN.sub("", _TRAILING_NOTE.sub("", line.strip()))
    # (``《政府工作报告》``: a title in its book marks is the title)
    return key[1:-1] if key.startswith("《") and key.endswith("》") and key.count("《") == 1 else key


# ``正式发布!`` / ``(全文请收藏)`` / ``一图读懂``: a newsroom's words around a report's title
_NEWSROOM = LazyPattern(r"[!！]|全文请收藏|重磅|速览|一图读懂|受权发布")
_YEAR_NOTE = LazyPattern(r"[（(](?:19|20)\d\d年?度?[)）]$")
# ``（2022年）`` / ``（摘登）``; ``（2022年1月12日××区第六届人民代表大会第一次会议）``: when and where;
# ``（上海市××区国防动员办公室）``: whose
_TRAILING_NOTE = LazyPattern(
    rf"\s*[（(](?:[^（()）]{{1,12}}|(?:19|20)\d\d年[^（()）]{{2,50}}|{HAN}{{2,40}}?(?:{ORG_SUFFIXES}))[)）]$")
_REPEAT_MIN = 4
_REGION_TAG = LazyPattern(r"[（(][^（()）0-9]{2,8}[)）]")


def says_again(headline: str, own: str) -> bool:
    """``own`` is ``headline`` in the report's own words: near the same, or the same but for
    the headline's year and the place ``own`` names in full (``××区人民法院2023年工作报告`` /
    ``××市××区人民法院工作报告``)."""
    yearless = _YEAR_LABEL.sub("", _title_key(headline))
    # (its year put elsewhere: ``2016年××区民政局…年度报告`` / ``××市××区民政局2016年…年度报告``)
    return near_duplicate(headline, own) or (len(yearless) >= _REPEAT_MIN and (
        _title_key(own).endswith(yearless) or _YEAR_LABEL.sub("", _title_key(own)).endswith(yearless)))


def same_but_for_its_year(headline: str, own: str) -> bool:
    """``own`` says ``headline`` near the same once their years are left out, its year put
    elsewhere (``××省2012年政府信息公开工作报告`` / ``2012年度××省政府信息公开年度报告``)."""
    return near_duplicate(_YEAR_LABEL.sub("", _title_key(headline)), _YEAR_LABEL.sub("", _title_key(own)))


def repeats_without_writer(headline: str, own: str) -> bool:
    """``own`` is the end of ``headline``, its writer left to the headline
    (``关于2019年政府信息公开工作年度报告`` under ``××镇人民政府2019年政府信息公开工作年度报告``)."""
    key, whole = _title_key(own).removeprefix("关于"), _title_key(headline)
    return len(key) >= _REPEAT_MIN and whole.endswith(key) and bool(whole[:-len(key)].removesuffix("关于"))


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
    key, whole = (_title_key(COLUMN_TAG.sub("", line)) for line in (own, headline))
    # (or with its year put in: ``××市中级人民法院2020年工作报告`` over ``××市中级人民法院工作报告``)
    # (or with the 和 the own lines left out where they wrap: ``…2024年预算执行情况`` /
    # ``2025年预算草案的报告`` under ``…执行情况和2025年预算草案的报告``)
    # (never a bare ``工 作 报 告``, the rest of a title whose writer stands on the line above)
    # (or with words a copying site put between its own: ``2012××市政府人民工作报告`` over
    # ``政府工作报告``)
    return len(key) >= _REPEAT_MIN and names_a_document(key) and (
        key in whole or key in _YEAR_LABEL.sub("", whole) or _unjoined(key) in _unjoined(whole)
        or _interleaved(key, whole))


def _interleaved(key: str, whole: str) -> bool:
    """``whole`` holds ``key``'s characters in order, a word of two at most put in between."""
    return re.search(".{0,2}".join(map(re.escape, key)), whole) is not None


def _unjoined(title: str) -> str:
    return "".join(ch for ch in title if ch not in JOINS)


def repeats_title(first: str, later: str) -> bool:
    """``later`` says ``first`` again, whole or in part: the article's own ``政府工作报告``
    under the page's ``2024年政府工作报告（摘登）``."""
    key, whole = _title_key(later), _title_key(first)
    at = whole.find(key)
    year = _LABEL_YEAR.match(key) if at < 0 else None
    # (after a copy site's tag of the region: ``（内蒙古）2025年××区人民政府政府工作报告``)
    tag = _REGION_TAG.match(whole) if year else None
    since = tag.end() if tag else 0
    if year and whole.startswith(year[0], since):
        # (``2020年政府信息公开…`` under ``2020年××街道办事处政府信息公开…``: its year first too)
        key = key[year.end():]
        at = whole.find(key, since + year.end())
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
    # (or a wiki's infobox: ``- 中文名:××报告``)
    r"(?:^|(?<=[\s|｜]))(?:[标標]\s*[题題]|文件名[称稱]|信息名[称稱]|名\s*[称稱]|中文名)[\s:：|｜\]】]*[\s:：|｜\]】]\s*(?:[|｜]\s*)?"
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
    # (or the day it came out first: ``××的报告 2017-01-23 来源:解放日报``)
    r"\s*(?P<title>[^\s|｜]{4,60}?)\s+(?:(?:19|20)\d\d-\d{1,2}-\d{1,2}\s+)?(?:保护视力色|【?字体|字号|打印本页|语音播报|浏览次数|"
    r"(?:信息)?来源[:：]|发布时间[:：]|发布日期[:：])")
# (after a document site's banner, ``秘书之家—全网资源每日更新www.mishuzj.com``, and before
# an opening that starts with its year, ``2023年,省政府坚持…``)
_GLUED_TITLE = LazyPattern(
    r"[ \t\u3000]*(?:[^\n]{0,40}?www\.[\w.-]+?\.(?:com|cn|net|org)[ \t\u3000]*)?"
    # (its writer and its name a space apart: ``××局 2018年…年度报告 根据《条例》…``; a page's
    # number glued on before it: ``1政府工作报告——…``)
    r"(?:\d{1,2}(?=[^\d年月日号届次期季\s]))?(?P<title>[^，,。；;：:\s](?:[^，,。；;：:\s]|[ \t\u3000](?=\S)){3,60}?(?:报告|总结))"
    # (or the session's label for its papers: ``××区十八届人大四次会议文件之一``)
    # (or whom it is sent to: ``××的报告 中共××市委、××市人民政府:``; or a caption on when it
    # was read: ``××报告 1月16日,市长×××在…``)
    r"(?=各位代表|各位委员|同志们|[ \t\u3000]*——|[ \t\u3000]+(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:在|[，,])|"
    r"[ \t\u3000]+[^\s，,。；;:：]{2,40}?(?:委|政府|委员会|办公室|办公厅)[:：]|"
    r"[ \t\u3000]+[^\s，,。；;]{2,30}?(?:会议|大会)文件|"
    r"(?:19|20)\d\d年度?[，,]|[ \t\u3000]+(?:根据|按照|依据)《|(?P<why>[，,](?:根据|按照|依据)《))")
_CUT_TITLE = LazyPattern(r"(?:(?:19|20)\d\d|[及和暨与])$")
_TITLE_RUN_ON = LazyPattern(
    r"[ \t\u3000]*(?P<title>[^，,。；;：:\n]{4,60}?(?:报告|总结|思路|计划|要点|打算|安排))[ \t\u3000]")
_SUMMARY_ROW = LazyPattern(r"(?:内容概括|内容摘要|内容概述)[\s:：|｜]*[:：|｜][\s|｜]*(?P<value>\S.*)")


def _summarised_title(value: str) -> str | None:
    """The title a summary row's value opens with (``××报告——在…会议上``), or is."""
    glued = _GLUED_TITLE.match(value)
    return glued["title"] if glued else value if names_its_writer(value) else None


def _announced_title(opening: str) -> str | None:
    """The title the opening sentence announces: ``现发布《2023年××政府信息公开年度报告》``, or
    describes (``《××报告》是2019年××发布的…``), or
    ``现将××镇2025年度…情况报告如下`` — a name with its writer (without one, ``现将2023年…工作报告
    如下``, 报告 is the verb)."""
    # (read without a copy's readings: ``現(xiàn)公布…``)
    match = (_DESCRIBED_TITLE.match(opening) or _ANNOUNCED_TITLE.search(opening, 0, 400)
             or _READ_TITLE.search(opening, 0, _READ_TITLE_SPAN))
    if match:
        quoted = match.groupdict().get("title")
        said = quoted or match.groupdict().get("named") or ""
        cut, _, rest = said.partition(" ")
        if rest and is_title_rest(cut):
            said = rest.strip()  # (``工作年度报告 ××局2017年…年度报告（以下简称年报）``: a headline's cut end before it)
        # (never ``本年度政府信息公开报告``: this year's report names no writer)
        # (its writer after its year: ``2011年××县政府信息公开工作年度报告是按照《条例》…``)
        if names_a_document(said) and (quoted or (names_its_writer(said) or names_its_writer_after_its_year(said))
                                       and said[:1] not in "本我该此"
                                       and not _WHAT_IS_MADE_PUBLIC.search(said) and not _lists_parts(said)):
            return said
    compiled = _COMPILED_BY.search(opening, 0, 400)
    if compiled and is_org_line(compiled["org"]) and names_a_document(compiled["name"]):
        return compiled["org"] + compiled["name"]
    for match in ANNOUNCED.finditer(opening, 0, 400):
        # (``…年度报告(以下简称“报告”)``: the note on how the text will call it is not its title)
        # (and its quotes: ``现编制形成了《××局2025年…报告》``)
        named = _ANNOUNCING_VERB.sub("", _SO_CALLED.sub("", match["rest"]).strip()).removeprefix("《").removesuffix("》")
        # (or a name with no year that a page publishes: ``现发布××开发区政府信息公开工作年度报告``)
        org, year = announced_by(match)
        published = year is None and match[0].startswith(("现发布", "现公布", "现公开")) and named.endswith("年度报告")
        if (names_a_document(named) and (org or published and names_its_writer(named) and named[:1] not in "本我该此")
                and not _WHAT_IS_MADE_PUBLIC.search(named) and not _lists_parts(named)):
            return named
    return None


def _lists_parts(said: str) -> bool:
    """``××街道办事处2021年度信息公开工作的总体情况、主动公开信息情况、…等方面的报告``: what the
    report covers, told part by part, not its name."""
    return "等方面" in said or said.count("、") >= _LISTED_PARTS


_LISTED_PARTS = 2


def title_of(head: Head, fields: dict[str, object] | None) -> TitleReading:
    """The title: the title lines', else the front matter's, the page's 标题 row's, or the one
    the opening announces."""
    text, opening, titles, title_lines, page_lines = (
        head.text, head.opening, head.titles, head.title_lines, head.page_lines)
    title = compose_title(titles)
    if title and (is_title_rest(title) or len(SPACES_RUN.sub("", title)) < _TITLE_MIN):
        # (``工作年度报告`` atop the page: the closing words of a title it cut away; ``政 策``: a
        # word of the site's menu, spaced out)
        title = None
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
    caption = DELIVERY_CAPTION.fullmatch(title) if title else None
    title = None if caption else title
    # (or a caption over the title or the speaker, which the search for the title stepped over)
    caption = caption or next(filter(None, map(DELIVERY_CAPTION.fullmatch, map(str.strip, text[:(
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
        # (or that is its title, alone in its cell: ``| 内容概述 | ××市人民政府2011年…年度报告 |``)
        values = [match["value"].strip(" \t|｜") for match in map(_SUMMARY_ROW.match, (
            text[s:e].strip() for s, e in [*(page_lines or ()), *([opening] if opening else [])])) if match]
        title = next((said for said in map(_summarised_title, values) if said and names_a_document(said)), None)
    glued = _GLUED_TITLE.match(text, opening[0], min(opening[1], opening[0] + _TITLE_MAX + 8)) if (
        title and opening) else None
    if title and glued and glued["why"] is None and glued["title"] != title and carries_title(
            COLUMN_TAG.sub("", title), glued["title"]):
        # the article's own title glued to its salutation (``政府工作报告各位代表:…``) under the
        # page's headline that holds it (``××市2008年政府工作报告【优秀范文】``)
        title = glued["title"]
    run_on = _TITLE_RUN_ON.match(text, opening[0], opening[1]) if title and opening else None
    own = run_on["title"].strip() if run_on else ""
    if title and own and own != title and names_its_writer(own) and YEAR_DIGITS.findall(own) == YEAR_DIGITS.findall(title) and (
            says_more_fully(title, own) or same_but_for_its_year(title, own)):
        # the article's own title, naming its writer, run on into its text under the page's
        # headline (``2016年××镇…年度报告`` / ``××区××镇人民政府2016年…年度报告 本年报是…``)
        title = own
    if title is None and opening:
        # A page printed as one line: ``桥头镇2023年度政府工作报告各位代表：现在，…``, or with
        # its subtitle run on: ``××镇人民政府半年工作情况报告 ——2022年7月28日在…``
        glued = _GLUED_TITLE.match(text, opening[0], min(opening[1], opening[0] + _TITLE_MAX + 8))
        # (or the report's name as the subject of the sentence that says why: ``××局2024年…年度
        # 报告,根据《条例》…编制``, when it names its writer)
        title = glued["title"] if glued and (glued["why"] is None or names_its_writer(glued["title"])) else None
        if title and lone_org and _YEAR_FIRST.match(title) and not names_its_writer(title):
            title = lone_org + title  # (under its writer's line: ``××乡人民政府`` / ``2018年…报告 根据…``)
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
    title = _undouble(COLUMN_TAG.sub("", _ATTACHMENT_LABEL.sub("", title)).strip() if title else title) or None
    # ``××报告 (2024-02-26)`` / ``（20230103）``: the page put the day it was published after
    # the title, or after its headline over the article's own title.
    dated = DATE_NOTE.search(title) if title else None
    if title and dated:
        title = title[:dated.start()]
    headline_dated = DATE_NOTE.search(titles[0]) if titles and not _LISTING.match(titles[0]) else None
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
        # ``2018 年度…年度报告 ××局 2019.`` a copy of a document's cover ran its writer and its
        # year on after its title, a space apart
        byline = _BYLINE_AFTER.search(title)
        if byline and is_org_line(byline["org"]) and names_a_document(title[:byline.start()]):
            title = title[:byline.start()]
    # ``张某某:中国人民政治协商会议…常务委员会工作报告``: a news site put the speaker's name before
    # a title that says whose report it is
    said = _SAID_BY.match(title) if title else None
    if title and said and names_its_writer(title[said.end():]) and names_a_document(title[said.end():]):
        title = title[said.end():]
    return TitleReading(title, tuple(front_titles), front_notes, caption, lone_org, dated)
