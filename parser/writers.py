"""Who wrote a report: an office's name on a line of its own, in the title, in a byline or a
``发布机构`` row, or in the text (``我局``, ``××县人民政府办公室编制``), spelled out in full with its
place (``××县司法局``, not ``县司法局``)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import dropwhile

from parser.chars import CLAUSE_ENDS, STATEMENT_ENDS
from parser.dates import _CLAUSE, _PARAGRAPH_YEAR, _PARAGRAPH_YEAR_SPAN, _split_date, parse_date
from parser.debris import BREADCRUMB_SEPARATORS, starts_with_label
from parser.lazy_regex import HAN, HAN_CHAR, LazyPattern
from parser.orgs import PROVINCE_LETTERS, PROVINCES, SHORT_PLACES
from parser.places import (
    bare_place,
    is_place,
    named_places,
    place_spans,
    prefecture,
    unit_named_at,
    whole_name,
)
from parser.sessions import _PLACE, _ROLE, _government, is_document_number, is_subtitle

ORG_SUFFIXES = (
    "街道办事处|街道工作委员会|工作委员会|委员会|常委会|人民政府|办事处|街道|司法局|司法所|办公室|"
    "党工委|工委|党组|政府|法院|检察院|分局|局|委|办|厅|署|镇|乡|苏木|县|区|市|盟|中心|管委会|管理委员会|农场|林场|"
    "总队|大队|支队|中队|所|站|院|处|部|科|研究室|学校|小学|中学|大学|幼儿园|图书馆|博物馆|文化馆|档案馆|"
    "纪念馆|美术馆|科技馆|联合会|联合社|联社|合作社|自治区|自治州|省|旗|新城|縣|區|鎮|鄉"
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
_SENTENCE_PUNCTUATION = LazyPattern(f"[{re.escape(STATEMENT_ENDS + CLAUSE_ENDS)}]")


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


def names_its_writer(line: str) -> bool:
    """A title that opens with the office whose report it is (``××市人民检察院工作报告``,
    ``××县人民政府关于…``), not only with what it is (``2025年工作报告``, ``政府工作报告``)."""
    return _TITLE_ORG.match(_SPACES_RUN.sub("", line.strip())) is not None  # (joint writers a space apart)


def names_its_writer_after_its_year(line: str) -> bool:
    """A title that opens with its year, then its writer (``2015年××省民政厅政府信息公开工作报告``)."""
    return _YEAR_FIRST_ORG.match(_SPACES_RUN.sub("", line.strip())) is not None


# ``- 1 -`` a converted file's page number (its first dash left on the line above);
# ``2019年第43号(总第221号)`` the number of a government's bulletin that published it
_NUMBER_BEFORE = LazyPattern(
    rf"^(?:[-－—]?\s*\d{{1,3}}\s*[-－—]\s+|(?:19|20)\d\d年第\d{{1,3}}号(?:[(（]总第\d{{1,4}}号[)）])?\s*)(?={HAN})")


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
    if org[1:2] == "县" and not is_place(org[:2]):
        return None  # ``…指导下,做县行政审批服务局…``: the table lists every one-character county
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
_SPACES_RUN = LazyPattern(r"[\s\u3000]+")


JOINS = frozenset("及和暨与")
"""Words that join two things a title reports on (``…执行情况及2025年…草案``)."""
_PUBLISHER = LazyPattern(
    rf"(?:[发發]\s*[布文]\s*[机機]\s*[构構]|[发發]\s*文\s*[机機]\s*[关關]|[发發]\s*[布文]\s*[单單]\s*[位]|"
    rf"(?P<poster>[发發]\s*布\s*者))"
    rf"(?P<gap>[\s:：|｜\]】]*)"
    rf"(?P<org>(?:{HAN}|[（）()]){{2,40}})")


_TRAILING_WRITER = LazyPattern(rf"(?:报告|年报|总结)\s*[(（](?P<org>{HAN}{{2,40}}?(?:{ORG_SUFFIXES}))[)）]$")
_YEAR_FIRST_ORG = LazyPattern(
    # (``2021年白碱滩区(克拉玛依高新区)政府办公室…``: with the other name its place goes by)
    rf"^(?:19|20)\d\d年(?:度|[上下]半年)?(?![上下]半年)(?P<org>{HAN}(?:{HAN}|(?<=[区县市旗])[（(][^（()）]{{2,20}}[)）]){{1,30}}?"
    rf"(?:{ORG_SUFFIXES}|街))"
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
    # (``由××办事处办公室根据《…条例》等文件要求编制而成``: by what)
    rf"(?:负责|组织|结合[^，,。；;]{{2,12}}?|综合[^，,。；;]{{2,40}}?|根据[^，,。；;]{{2,60}}?要求)?(?:编制|编写|起草)"
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


_BRANCH = LazyPattern(rf"{HAN}{{2,4}}分局")


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
            # (``怀化市生态环境局麻阳分局``: the department's branch in one of its counties)
            branch = _BRANCH.match(text, match.end()) if match else None
            after = (branch or match).end() if match else 0
            office = text[start:after] if match else ""
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
    "获得", "荣获", "入选", "实现", "汇总",
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
_BYLINE_SPAN = 80
_WHOLE_ENDINGS = ("人民政府", "办事处")
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
_SHORT_GOVERNMENT = LazyPattern(r"^(?P<place>.+?(?:省|市|区|县|州|盟|旗)[)）]?)政府(?P<office>办公[室厅])?$")


_WITH_ITS_OFFICE = LazyPattern(r"(?<=人民政府)及其?办公[室厅]$")


def normalise_org(org: str | None) -> str | None:
    """``江苏省政府`` -> ``江苏省人民政府``: the organisation under its full name; without a
    term's number (``××市第十一届委员会`` is ``××市委员会`` in every term)."""
    if org is None:
        return None
    org = _TERM.sub("", org) if "届" in org else org
    org = org.replace("县县", "县", 1)  # ``元谋县县卫生健康局``: a level typed twice
    # ``××区人民政府及办公室``: the government reports for its office too
    org = _WITH_ITS_OFFICE.sub("", org) if "及" in org else org
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
    match = _SHORT_GOVERNMENT.match(org)  # (and ``××区政府办公室`` its ``人民政府办公室``)
    return match["place"] + "人民政府" + (match["office"] or "") if match and len(match["place"]) > 1 else org
