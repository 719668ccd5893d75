"""Who wrote a report: the office its title names, else a byline's, the signature's or the
page's rows', the opening's subject, who the text says drew it up, the one office it names
whole — spelled out in full with its place (``××县司法局``, not ``县司法局``)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import dropwhile, repeat

from parser.chars import CLAUSE_ENDS
from parser.dates import (
    PARAGRAPH_YEAR,
    PARAGRAPH_YEAR_SPAN,
    PUBLISHER_SPAN,
    split_date,
    year_in,
)
from parser.debris import BREADCRUMB_SEPARATORS, starts_with_label
from parser.head import Head, Speech, TitleReading
from parser.lazy_regex import HAN, HAN_CHAR, LazyPattern
from parser.markdown import MASK
from parser.offices import (
    ANNOUNCED,
    NOT_A_NAME,
    ORG_SUFFIXES,
    SPACES_RUN,
    TITLE_ORG,
    VERBS_BEFORE_AN_OFFICE,
    YEAR_FIRST_ORG,
    announced_by,
    is_org_line,
    opening_org,
    word_goes_on,
)
from parser.orgs import PROVINCE_LETTERS, PROVINCES, SHORT_PLACES, ZONE_KIND
from parser.places import (
    bare_place,
    is_place,
    named_places,
    place_spans,
    prefecture,
    starts_with_a_place,
    whole_name,
)
from parser.sessions import (
    A_SESSION,
    GOVERNMENT_PLACE,
    PLACE,
    ROLE,
    SHORT_SESSION,
    convener,
    government_of,
    is_document_number,
    is_speaker_line,
    is_subtitle,
)
from parser.titles import (
    ALSO_NAMED,
    COLUMN_TAG,
    HAN_GAP,
    KIND_OF_GOVERNMENT,
    LEVEL_WITHOUT_PLACE,
    SPACED_YEAR,
    issues_a_document,
    names_a_document,
    site_suffixed,
)

_CLAUSE = LazyPattern(f"[{re.escape(CLAUSE_ENDS)}。]")
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


_WRITERS_ABOUT = LazyPattern(rf"^(?:{HAN}|[（）()·、\s]){{2,60}}?(?:{ORG_SUFFIXES})\s*(?=关于.)")


def subject(title: str) -> str:
    """The title without the writers it opens with (``中共××街道工作委员会××街道办事处关于…的
    报告`` → ``关于…的报告``): what the report is about, for a line that shows its writer beside."""
    match = _WRITERS_ABOUT.match(title)
    return title[match.end():] if match else title


_PUBLISHER = LazyPattern(
    rf"(?:[发發]\s*[布文]\s*[机機]\s*[构構]|[发發]\s*文\s*[机機]\s*[关關]|[发發]\s*[布文]\s*[单單]\s*[位]|"
    rf"(?P<poster>[发發]\s*布\s*者))"
    rf"(?P<gap>[\s:：|｜\]】]*)"
    rf"(?P<org>(?:{HAN}|[（）()]){{2,40}})")


_WRITER_THEN_YEAR = LazyPattern(
    rf"^[ \t\u3000]*(?P<org>{HAN}{{2,20}}?(?:局|委员会|办公室|中心|人民政府|办事处))(?:19|20)\d\d年(?!度?[^，,。]{{0,30}}报告)",
    re.M)
_PLACE_ABOUT_OFFICE = LazyPattern(
    rf"(?P<place>{HAN}{{1,8}}?(?:省|市|县|区|旗|州))关于(?P<office>{HAN}{{2,12}}?(?:委员会|办公室|局|委|办|中心))"
    r"(?:19|20)\d\d")
_TRAILING_WRITER = LazyPattern(rf"(?:报告|年报|总结)\s*[(（](?P<org>{HAN}{{2,40}}?(?:{ORG_SUFFIXES}))[)）]$")


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
# ``由伊宁县人民政府办公室编制``: who drew the report up, in its opening
_COMPILED_BY = LazyPattern(
    # (not ``由我区政府政务公开工作领导小组办公室负责编写``, which says not where)
    rf"由(?![我本])(?P<org>{HAN}{{2,30}}?(?:{ORG_SUFFIXES}))(?:[（(][^（()）]{{0,30}}[)）])?"
    # (``由××区国家税务局、××市地方税务局××区分局编制``: a joint report, under the first named)
    rf"(?:、{HAN}{{2,30}}?(?:{ORG_SUFFIXES}))?"
    # (``由××镇人民政府政务公开工作机构编制``: its body for the work)
    r"(?:(?:政务公开|政府信息公开|信息公开)工作机构)?"
    # (``由××管委会结合有关统计数据编制``, ``由××区人民政府综合全区各部门…年度报告和统计数据编制
    # 而成``, ``由××市人民政府办公室汇总全市各县(区)…情况编制而成``: with what)
    # (``由××办事处办公室根据《…条例》等文件要求编制而成``: by what)
    rf"(?:负责|组织|结合[^，,。；;]{{2,12}}?|(?:综合|汇总)[^，,。；;]{{2,40}}?|(?:根据|按照|依据)[^，,。；;]{{2,160}}?要求)?"
    r"(?:编制|编写|起草)"
    # ``结合2025年××街道办事处政府信息公开工作实际，编制…`` / ``总结××办公室2021年政府信息公开工作情况``:
    # whose work it reports
    # (never ``本街道``, ``我局``: a writer saying ``we``)
    # (``根据××管理委员会的政府信息公开年度工作情况进行编制``)
    # (or the zone whose work it is, named bare: ``结合天津港保税区政府信息公开情况编制``)
    rf"|(?:结合|总结|根据)(?:(?:19|20)\d\d年度?)?(?P<own>(?![度本我该]){HAN}{{2,30}}?(?:{ORG_SUFFIXES}|保税区|开发区|高新区|经开区))"
    rf"(?:(?:19|20)\d\d年度?)?的?(?:政府信息公开|政务公开)(?:年度)?(?:工作)?(?:实际|情况|有关统计数据)")
# ``××镇人民政府党政办公室`` / ``××局政务公开工作领导小组办公室``: an office inside another, which
# draws up the other's report
# What an office that draws up its outer office's report is named for: its kind of work, or the
# report's own subject (``政务公开工作领导小组办公室``, ``法治政府建设领导小组办公室``); an office
# named for other work (``重点建设项目领导小组办公室``) is a body of its own with its own report
# (a street's office for its own affairs: ``党政综合与社区建设办公室``)
_INNER_WORDS = "党政|综合|行政|政府|电子政务|政务|信息|公开|工作|协调|网络|法治政府建设|依法行政|领导小组|办公室|与|社区建设"
# (``××局综合一科``, ``××县政府办电子政务科``, ``××局办公室信息股``: a section of it, named for
# its work, never for an office of its own)
_SECTION_NAME = rf"(?:综合[一二三四五]?|(?:(?![局委办处室]){HAN}){{2,6}}?)[科股]"
_SECTION = LazyPattern(rf"(?<=[室办局委])(?:{_SECTION_NAME})$")
_INNER_OFFICE = LazyPattern(
    rf"(?P<outer>{HAN}{{2,24}}(?:人民政府|(?<=[省市县区旗])政府|局|委员会|厅|办事处|街道|管委会|管委會|档案馆|管理处|"
    # (``××高新区党政办公室``: a zone's, which its 管委会 runs)
    rf"[市县区旗镇乡](?=政务公开|政府信息公开|信息公开领导小组)|(?<=[开发新园])区(?=党政办)))"
    # (``××县政府信息中心``, ``××旗政府办公室网络信息中心``: the government's own site's keepers)
    # (``××街道党政办公室综合科``: a section of it; ``××镇人民政府党政办``, by its short name)
    rf"(?P<inner>(?:{_INNER_WORDS})*(?:办公室|(?<=党政)办|领导小组|信息中心)(?:{_SECTION_NAME})?)")


def _own_body(office: str, text: str) -> str:
    """The body an office inside it answers for, when the text speaks as that body: ``请与××市
    住房公积金管理中心办公室联系`` in a text that says ``我中心``, ``××开发区管理委员会办公室组织
    编制完成本报告`` in one that says ``我委``; else ``office``."""
    body = office.removesuffix("办公室") if office.endswith("办公室") else None
    own = _OWN_BODY.search(text, 0, _PLACE_SCAN) if body else None
    kind = own["kind"] if own else None
    return body if body and kind and body.endswith((kind, _BODY_NAME_ENDS.get(kind, kind))) else office


def _outer_office(office: str) -> str:
    """The office whose report an office inside it drew up: ``××镇人民政府党政办公室`` and
    ``××县人民政府办公室`` draw up their government's (its annual report on what it made
    public, of the whole county)."""
    inner = _INNER_OFFICE.fullmatch(office)
    if inner is None:
        return _SECTION.sub("", office)
    # (``××区政府信息公开领导小组办公室``, ``××区政务公开工作领导小组办公室``: the district's
    # people's government)
    outer = inner["outer"]
    if outer.endswith(("市", "县", "区", "旗")):
        return _complete(outer) or outer  # (a zone's 管委会)
    return outer.removesuffix("政府") + "人民政府" if outer.endswith("政府") and not outer.endswith("人民政府") else outer


# (or ``受理机构为××街道办事处。``: the office that takes the requests for what it has not made public)
# (``请联系:××乡人民政府信息公开领导小组办公室,邮编:``: its address rows after it; ``可直接与
# ××县人民政府办公室联系``, ``可与××管委会联系``)
# (not ``与局办公室`` of ``请与局办公室联系``, nor ``联系办公室`` of ``请联系办公室``: an office named by
# its kind alone; and the body whose office a note on its short name parts from it,
# ``请联系:××中心(以下简称:中心)党政办公室``)
_CONTACT = LazyPattern(rf"(?:请|可?直接(?=与|和|联系)|可(?=与))(?:与|和|联系[:：]?|咨询)?(?P<org>(?!与|联系){HAN}{{2,40}}?(?:{ORG_SUFFIXES}))"
                       rf"(?:[（(]以下简称[^（()）]{{0,12}}[)）]{HAN}{{0,4}}办公室)?"
                       rf"(?:联系|联络|[，,]\s*(?:联系)?电话|[，,]\s*(?:邮编|邮政编码|地址)[:：]|[（(](?:地址|(?:联系)?电话))|"
                       rf"受理机构(?:为|是)(?P<receiver>{HAN}{{2,40}}?(?:{ORG_SUFFIXES}))[。；;，,]")


def announced_in(opening: str) -> tuple[str | None, int | None]:
    """(organisation, year) of the report as the opening paragraph names it
    (``现将周溪乡2024年法治政府建设工作报告如下``, ``现将2020年度市××局信息公开工作总结报告如下``):
    the first announcement that names a year."""
    for match in ANNOUNCED.finditer(opening[:400]):
        org, year = announced_by(match)
        if year is not None:
            return org, year
    return None, None


_STREET_TITLE = LazyPattern(rf"(?P<org>(?:{HAN}{{2,6}}?[市区县])?{HAN}{{2,4}}街)(?=(?:19|20)\d\d年)")


# ``县人民政府`` / ``区政府`` / ``县委、县政府`` as the subject (or as whom a speaker speaks for:
# ``我代表省人民政府``): a report naming its writer by level only.
_BARE_WRITER = LazyPattern(
    r"(?:(?:19|20)\d\d年(?:度|以来)?[，,]?\s*|一年来[，,]?|.{0,150}?现将|.{0,20}?我代表)"
    r"(?:(?P<party>[省市县区])委[、，,])?(?P<level>[省市县区])(?:人民)?政府(?!办|工作|部门)")
_OWN_PLACE_MIN = 2
_TOWN_NAME_MIN = 2


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
    if count >= _OWN_PLACE_MIN and ties == 1 and not NOT_A_NAME.search(place):
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


# ``滨江区公安分局`` / ``龙华公安分局``: a city's police branch in a district, by its short name
_POLICE_BRANCH = LazyPattern(rf"(?P<place>{HAN}{{2,6}}?)区?公安分局")


def _spelled_out(text: str, org: str, year: int | None) -> str:
    """``渝中区经济信息委`` where the text also spells the office's whole name (``《重庆市渝中区
    经济和信息化委员会信息公开指南》``): that name (of a report on ``year``); else ``org``."""
    branch = _POLICE_BRANCH.fullmatch(org)
    if branch:  # ``滨江区公安分局`` is ``杭州市公安局滨江区分局``, where the text says so
        whole = re.search(rf"(?P<city>{HAN}{{2,8}}?[市州])公安局{re.escape(branch['place'])}区?分局", text[:_PLACE_SCAN])
        city = next((whole["city"][at:] for at in range(len(whole["city"]) - 1)
                     if is_place(whole["city"][at:])), None) if whole else None
        return city + whole[0][len(whole["city"]):] if whole and city else org
    level = _FIRST_LEVEL.search(org)
    if level is None or level.start() < 2 or org.endswith(("委员会", *_WHOLE_ENDINGS)):
        return org  # (named by its level alone, ``区审计局``, it has no place to find it by)
    rest = len(org) - level.end()
    # (a name of three, ``人社局``, ``国资委``, spells out to three times as many: ``嘉兴市国资委``
    # is ``嘉兴市人民政府国有资产监督管理委员会``, its government's body)
    longest = rest + _SPELLED_MORE if rest > _SPELLED_TIMES else max(rest + _SPELLED_MORE, rest * _SPELLED_TIMES)
    government = "" if org[level.end():].startswith("人民政府") else "(?:人民政府)?"
    # (an ``办`` spells out to an office, of a committee too: ``××县地方志办`` is ``××县地方志编纂
    # 委员会办公室``)
    ending = "(?:委员会办公室|办公室)" if org.endswith("办") else "(?:委员会|局|办公室)"
    return next((name for name in (match[0] for match in re.finditer(
        rf"{re.escape(org[:level.end()])}{government}{HAN}{{2,{longest}}}?{ending}",
        text[:_PLACE_SCAN])) if _abbreviates(org, name, year) and not _ONLY_LEVELS.fullmatch(
            "".join((Counter(name) - Counter(org)).elements()))), org)


def _zone_placed(text: str, org: str) -> str:
    """``工业园区管委会`` (a kind of zone, which names no zone) where the text names it with its
    place (``请联系：××县工业园区管委会``): that name; else ``org``."""
    found = {match["place"] for match in re.finditer(
        rf"(?P<place>{HAN}{{2,10}}(?:省|市|县|区|旗)){re.escape(org)}", text[:_PLACE_SCAN])}
    # (the place the country's table knows, without the words before it: ``联系××县``)
    places = {next((name[at:] for at in range(len(name) - 1) if is_place(name[at:])), "") for name in found}
    places.discard("")
    return places.pop() + org if len(places) == 1 else org


def _with_its_level(text: str, org: str) -> str:
    """``泉州人民政府`` (a site's headline, the place without its level) where the text names
    the government whole (``泉州市人民政府代市长``): that name; else ``org``."""
    place = org.removesuffix("人民政府")
    # (``市人民政府``: a level, not a place, in ``各市县人民政府``; ``天心区人民政府`` is whole,
    # whatever a page's slip, ``天心区区人民政府``, says)
    if place == org or len(place) < 2 or is_place(place):
        return org
    # (a name may end as a level does, ``泉州``: only the text's own longer name tells)
    levels = {match[1] for match in re.finditer(rf"{re.escape(place)}({'|'.join(_PLACE_LEVELS)})人民政府", text[:_PLACE_SCAN])}
    return place + levels.pop() + "人民政府" if len(levels) == 1 else org


_A_RULE = LazyPattern(r"[^《》]{0,40}(?:办法|条例|规定|细则|规则)》")
# (not ``…政府党政门户网和市信访局``: a site, then a department)
_DEPARTMENT_AFTER = LazyPattern(rf"(?:(?!局|委员会|门户|网站){HAN}){{2,12}}(?:局|委员会)")
_PLACE_SPAN_LEVELS = ("市", "州", "县", "区", "旗")


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
            if (office and _heads_a_department(office) and not NOT_A_NAME.search(office)
                    and text[end + inner:end + inner + 1] != "委"
                    and not word_goes_on(text, after) and not text.startswith("关于", after)
                    and not (text[start - 1:start] == "《" and _A_RULE.match(text, after))):
                # (``甘南州自然资源局`` is ``甘南藏族自治州自然资源局``: one office)
                offices.add(SHORT_PLACES.get(text[start:end], text[start:end]) + office[end - start:])
    # (``龙岩市永定区卫生健康局`` and its ``永定区卫生健康局``: one office)
    whole = {office for office in offices if not any(other != office and other.endswith(office)
                                                     for other in offices)}
    return whole.pop() if len(whole) == 1 else None


# ``2021年东花市街道深入贯彻…``: a year, then the writer as the subject without a comma between
_YEAR_THEN_SUBJECT = LazyPattern(
    # (or a place, whose government reports: ``2025年××县坚持…``)
    rf"^[ \t\u3000]*(?:19|20)\d\d年度?(?={HAN}{{2,16}}?(?:街道|镇|乡|局|委员会|人民政府|办公室|办事处|(?<!全)[县区市旗])"
    r"(?:坚持|深入|认真|严格|全面|积极|高度|始终|紧紧|围绕|按照|持续|不断|进一步|通过))", re.M)


# ``一、总体情况 2021年,××市人民政府办公室深入贯彻…``: a page that ran the paragraph on after its
# part's name, a space apart
_HEADED_YEAR = LazyPattern(
    r"^[ \t\u3000]*[一二三四五六七八九十]、[^\s，,。；;]{2,12}[ \t\u3000]+(?P<at>(?:19|20)\d\d年(?:度|以来)?[，,])", re.M)


# ``截至2019年12月31日，××乡人民政府通过…``: the day its figures run to, then its subject
_AS_OF_DAY = LazyPattern(r"^[ \t\u3000]*截[至止](?:19|20)\d\d年\d{1,2}月\d{1,2}日[，,]", re.M)


def _year_paragraph(text: str) -> str:
    """The first paragraph that opens with its year (``2023年，…``, ``2021年××街道深入…``,
    ``截至2019年12月31日，…``), its first 200 characters."""
    match = min(filter(None, (pattern.search(text, 0, PARAGRAPH_YEAR_SPAN) for pattern in (
        PARAGRAPH_YEAR, _YEAR_THEN_SUBJECT, _HEADED_YEAR, _AS_OF_DAY))), key=lambda found: found.start(), default=None)
    if match is None:
        return ""
    start = match.start("at") if "at" in match.re.groupindex else match.start()
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)][:200]


def _text_subject(text: str, opening_text: str) -> str | None:
    """The writer the opening names as its subject, else the first paragraph that opens with
    its year (``2025年，新开河街道党工委、办事处…`` under an opening that only says why)."""
    paragraph = _year_paragraph(text)
    return (_subject_org(text, opening_text) if opening_text else None) or (
        _subject_org(text, paragraph) if paragraph else None)


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
    joint = _BARE_PARTY_AND_OFFICE.match(clauses[0].strip())  # ``南澳党工委、办事处坚持…``
    if joint:
        return joint["place"] + "办事处"
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
    return opening_org(clauses[0]) or next(filter(None, map(_later_subject, clauses[1:])), None)


def _later_subject(clause: str) -> str | None:
    """The office a later clause names whole as its subject; not one that issued a document the
    sentence goes on citing (``根据…，中共中央办公厅、国务院办公厅《…》…``)."""
    org = opening_org(clause, whole_only=True)
    if org is None:  # (``…要求,滨湖街现将…报告如下``: a 街道 by its short name)
        street = _STREET_SUBJECT.match(clause.strip())
        return street["street"] if street else None
    at = clause.find(org)
    return None if clause[at + len(org):at + len(org) + 1] in _ISSUER_AFTER else org


_ISSUER_AFTER = frozenset("、《")


_PROVINCE_SUBJECT = LazyPattern(
    "(?P<place>" + "|".join(PROVINCES) + r")(?=坚持|深入|全面|认真|扎实|紧紧|始终|以|在|聚焦|围绕)")
_CITY_SUBJECT = LazyPattern(rf"(?P<place>{HAN}{{2,3}}?)(?=坚持|深入|全面|认真|扎实|紧紧|始终|聚焦|围绕)")
_STREET_SUBJECT = LazyPattern(rf"(?P<street>{HAN}{{2,4}}街)(?=现将|坚持|深入|全面|认真|扎实|紧紧|始终|聚焦|围绕)")
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
                  if match and not NOT_A_NAME.search(match["place"])), None)
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
    own = PLACE.match(office)
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
    government = government_of(session) if system else None
    place = government.removesuffix("人民政府") if government else ""
    if system is None or not place.endswith(system["level"]):
        return None
    return place + ("人民检察院" if system["prosecution"] else _COURT_BY_LEVEL[system["level"]])


# ``我厅`` / ``我局``: an office that does not say which
_MY_OFFICE = LazyPattern(r"(?:现将|现就|现对)?我(?:厅|局|委|办|院|部|中心|署)")
# ``本镇`` / ``我街道`` anywhere in the text: the town it writes for
_OWN_TOWN = LazyPattern(r"[本我](?P<level>街道|镇|乡|苏木)")
_TOWN_LEVELS = ("镇", "乡", "街道", "苏木")  # (``苏木``: a township of Inner Mongolia)
# ``我局``, ``我院``: the writer by its kind of office, and the endings of that kind's names
_OWN_KINDS = {"局": ("局",), "院": ("法院", "检察院"), "厅": ("厅",)}
# ``我办…``: a government's office saying ``we`` (not ``我办理``, I handle)
_AS_THE_OFFICE = LazyPattern(r"我办(?![理事法])")
# ``我中心…``, ``我社…``: a body saying ``we``, by the last word of its name
_OWN_BODY = LazyPattern(r"我(?P<kind>中心|局|委|社|厅)")
# ``2024年以来，``: the year a paragraph opens with, before its subject
_YEAR_CLAUSE = LazyPattern(r"[ \t\u3000]*(?:19|20)\d\d年(?:度|以来)?[，,]?\s*")
_OWN_KIND = LazyPattern(r"我(?P<kind>[局院厅])")
# ``《××市卫生健康委员会关于印发…的通知》``: a document and the office that issued it (or its
# own rules and plans for what it makes public: ``《××局2019年政务公开工作实施方案》``,
# ``《××局政府财政信息公开暂行办法》``)
_ISSUED_DOCUMENT = LazyPattern(
    rf"《(?P<org>{HAN}{{4,30}}?(?:委员会|局|中心|厅))(?:关于|(?=(?:19|20)\d\d年度?政务公开|政务公开|政府(?:财政)?信息公开))")
_BODY_NAME_ENDS = {"委": "委员会"}
_PUBLISHED_ITS_REPORT = LazyPattern(
    rf"(?:编撰|编制|编写)?并?(?:公示|公开|发布)了?《(?P<org>{HAN}{{2,30}}?(?:{ORG_SUFFIXES}))关于(?:19|20)\d\d年度?"
    r"[^《》]{2,40}报告》")
# ``区政府坚持…``: the writer as its level's government, the subject of its sentence
# (not an office of the government: ``省政府法制办``, ``市政府研究室``)
_LEVEL_SUBJECT = LazyPattern(
    r"(?P<level>[省市州县区旗])(?:人民)?政府(?!办|工作|部门|常务|[的和与及、，,]|(?:法制|金融|外事|侨务?)办|(?:研究|参事|督查)室)")
# ``2020年，全区法治政府建设工作坚持…``: the rule of law of the whole place, its government's work
_WHOLE_PLACE_SUBJECT = LazyPattern(r"全(?P<level>[省市州县区旗])(?:法治政府建设|依法行政)")
# ``我镇``, ``本局``, ``我委``: a text that speaks as an office below or beside its place's government
_OWN_OFFICE = LazyPattern(r"[我本](?:镇|乡|苏木|街道|街|局|委|厅|办|中心|院|社|所|站|馆)")
# ``全县``, ``我县``: the place a government's report speaks of as its own, by its level
_WHOLE_LEVEL = LazyPattern(r"[全我本](?P<level>[市州县区旗])")
# ``2022年，自治区坚持…``: an autonomous region says its level for its name
_REGION_SUBJECT = LazyPattern(r"(?P<level>自治区)(?=坚持|深入|认真|始终|全面|紧紧|严格|积极|扎实|以)")
# ``市卫生健康委`` / ``省司法厅`` / ``区政府办公室``: a department named by its level, no place.
# ``州政府`` in a 发布机构 row: a government named by its level, no place.
_LEVEL_GOVERNMENT_ONLY = LazyPattern(r"(?P<level>自治区|自治州|自治县|[省市州县区])(?:人民)?政府")
_LEVEL_ONLY = LazyPattern(
    rf"(?P<level>自治区|自治州|自治县|[省市州县区])(?![省州县区委场]|市(?!场)){HAN}{{1,16}}(?:局|委员会|常委会|委|厅|办公室|办|中心|"
    r"法院|检察院)$")
_PLACE_SCAN = 6000
# Words a place name never holds (``全镇``, ``各乡镇``, ``年我省``) and ends with before its level
# (``乡镇``, ``城区``, ``社区``, ``城市``): common words, not places.
_NOT_PLACE_START = frozenset("我本全各该每此这其原年度")
_NOT_PLACE_END = {
    "镇": "城乡村集小重治", "乡": "城家下老故返", "区": "社园校片景辖山库矿城湖市小治护",
    "市": "城超都股门菜治", "县": "郡州治", "街道": "大", "州": "神九治", "省": "各治",
}  # (``依法治县``: the rule of law in the county, not a county)
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
    return _place_named(text, level) or bare_place(text[:_PLACE_SCAN], level) or (
        _one_character_county(text[:_PLACE_SCAN]) if level == "县" else None)


def _one_character_county(head: str) -> str | None:
    """A county of one character (``凤县``, too short to tell from words by the count of its
    name), where the text names its government (``利用凤县人民政府网站``) and no other county's."""
    counties = {match[1] for match in _ONE_CHARACTER_COUNTY.finditer(head) if is_place(match[1])}
    return counties.pop() if len(counties) == 1 else None


_ONE_CHARACTER_COUNTY = LazyPattern(rf"({HAN}县)人民政府")


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
            if (not _NOT_PLACE_START.intersection(name) and not name.endswith(VERBS_BEFORE_AN_OFFICE)
                    and not (level in _TOWN_LEVELS and name[0] in "县区")
                    and level not in name and name + level not in _ZONES
                    and name[-1] not in _NOT_PLACE_END.get(level, "")
                    # (``人民政府大溪沟街道``: the 府 of the government the place is under)
                    and not (name[0] == "府" and head[match.start() - 1:match.start()] == "政")
                    # (``中共洪梅镇委``: the party's name before the town's)
                    and "中共" not in head[max(0, match.start() - 1):match.start() + width]):
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
    if level in _TOWN_LEVELS and count < _OWN_PLACE_MIN:
        # A town named once is the text's own where the text names it as its own (below); of
        # the words before the level it names once (``充分发挥镇委…``), the one that is so named.
        owned = {town for town in map(_without_verb, counts) if _names_as_its_own(head, town, level)}
        place = owned.pop() if len(owned) == 1 else ""
        return place + level if place and not NOT_A_NAME.search(place) else None
    if (count < _OWN_PLACE_MIN and not only_province) or (rest and rest[0][1] == count) or (
            NOT_A_NAME.search(place)):
        return None
    return place + (PROVINCES[place] if PROVINCES.get(place, "_").endswith(level) else level)


def _without_verb(place: str) -> str:
    """A town's name without the verb run into it (``推进咸塘`` of ``推进咸塘镇政府网站…``)."""
    verb = next((verb for verb in VERBS_BEFORE_AN_OFFICE
                 if place.startswith(verb) and len(place) - len(verb) >= _TOWN_NAME_MIN), "")
    return place[len(verb):]


def _names_as_its_own(head: str, town: str, level: str) -> bool:
    """The text names ``town`` as its own: its own list's (``《殷祖镇基层政务公开标准目录》``), its
    government (``推进咸塘镇政府网站集约化建设``), its party committee (``中共洪梅镇委``) or the
    conditions it fits its work to (``结合长塘镇的实际``)."""
    return (f"《{town}{level}" in head or f"{town}{level}{'办事处' if level == '街道' else '政府'}" in head
            or f"{town}{level}人民政府" in head or f"中共{town}{level}" in head or f"结合{town}{level}" in head)


# An office's short ending and its whole one; ``人民政府`` stands for itself, so that the
# ``政府`` in it is not taken for a short one.
_SHORT_ORG_ENDS = (("管委会", "管理委员会"), ("管委", "管理委员会"), ("人民政府", "人民政府"),
                   ("政府", "人民政府"))


def _office_held(role: str) -> str:
    """``××区财政局局长`` -> ``××区财政局``; ``××区财政局长`` too, its 局 said once."""
    office = ROLE.sub("", role)
    return office + role[-2] if role.endswith(("局长", "厅长")) and not office.endswith(role[-2]) else office


def _heads_a_department(office: str) -> bool:
    """``××省审计厅`` / ``××区发展和改革委员会``: an office of its own, not a place or its
    government (``东园镇``, ``县人民政府``)."""
    return (is_org_line(office) and not is_subtitle(office) and PLACE.fullmatch(office) is None
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
    # (its ``委`` for ``委员会``, its ``办`` for ``办公室``: ``××县地方志办``, ``××县地方志编纂委员会办公室``)
    rest, whole = short[level.end():], full[level.end():].removesuffix("员会").removesuffix("公室")
    if whole.startswith("人民政府") and len(whole) > len("人民政府") and not rest.startswith("人"):
        whole = whole.removeprefix("人民政府")  # (``××市国资委``: ``××市人民政府国有资产…委员会``)
    # (or from the part after its 和: ``计生局`` for ``人口和计划生育局``)
    return len(rest) >= 2 and any(
        rest[0] == name[0] and rest[-1] == name[-1] and _in_order(rest, name)
        for name in (whole, whole.partition("和")[2]) if name)


def _in_order(chars: str, name: str) -> bool:
    """``chars`` are characters of ``name``, in its order (``计生`` of ``计划生育``)."""
    remaining = iter(name)
    return all(char in remaining for char in chars)


def _took_since(name: str, older: str, year: int | None) -> bool:
    """``name`` is one the 2018 reform gave the office that wrote as ``older`` in ``year``,
    before it (``××县卫生健康局`` in a site's row over ``××县卫生局2009年…报告``)."""
    return year is not None and year < _REFORM_YEAR and _REFORMED.search(name) is not None and (
        _REFORMED.search(older) is None)


_REFORM_YEAR = 2018
# The departments the 2018 reform of government bodies made or renamed
_REFORMED = LazyPattern("卫生健康|农业农村|自然资源|生态环境|文化和旅游|文化广电和?旅游|应急管理|林业和草原|"
                        "退役军人|医疗保障|粮食和物资储备")


# The reports a department draws up for its place: the year's plan, budget or final accounts.
DRAWN_UP = LazyPattern(r"国民经济和社会发展计划|预算执行|预算草案|决算")
_FIRST_LEVEL = LazyPattern(r"(?<=.)(?:省|市|州|县|区|旗)")
# ``市场监督管理局``: a department named by its kind, no place or level in its name (市场 is a market)
_NO_PLACE = LazyPattern(rf"(?:(?![省州县区旗镇乡街]|市(?!场)){HAN})+(?:局|委员会)")


_JOINT_WRITERS = LazyPattern(
    # (``大龙街党工委、大龙街道办事处``: the place said again)
    rf"^(?![全我本各])(?P<place>(?:(?![在局厅办]){HAN}){{1,20}}?(?:街道|街|镇|乡|县|区|市|州|盟|旗))党(?:工)?委[、，,和及]\s*(?:(?P=place)道?)?"
    r"(?:办事处|人民政府|政府)")
# ``南澳党工委、办事处``: an 办事处 named without its level, with its party working committee
_BARE_PARTY_AND_OFFICE = LazyPattern(rf"^(?![全我本各])(?P<place>{HAN}{{2,4}}?)党工委[、，,和及]\s*办事处")
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
    """``县府办``, ``区司法局``, ``高新区``: an office named by its level or its kind of zone
    alone, which says not where."""
    return (_LEVEL_ONLY.match(name) is not None or _PLACELESS_OFFICE.fullmatch(name) is not None
            or ZONE_KIND.fullmatch(name) is not None
            # (``农业农村局``: a department by its kind alone)
            or _DEPARTMENT_END.search(name) is not None and not starts_with_a_place(name))


_GOVERNMENT_OFFICE = LazyPattern(r"(?:人民)?政?府办(?:公室|公厅)?$")  # (``区府办``)
_DEPARTMENT_END = LazyPattern(r"(?:局|委员会|委|厅)$")
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
    if org.endswith(("街道", "街", "街道办")):  # ``2022年胡家园街法治…``: a 街道 by its short name
        return org.removesuffix("办").removesuffix("道").removesuffix("街") + "街道办事处"
    if org.endswith("海关关区"):  # ``××海关关区2019年…年报``: the district its 海关 answers for
        return org.removesuffix("关区")
    if _run_by_a_committee(org):
        return org + "管理委员会"
    if org.endswith(("盟", "地区")) and PLACE.fullmatch(org):
        return org + "行政公署"  # a league or a prefecture is run by its 行政公署
    if org.endswith(("镇", "乡", "苏木")) or (org.endswith(_PLACE_LEVELS) and PLACE.fullmatch(org)
                                     and not org.endswith("街道")):
        return org + "人民政府"
    return org


def _run_by_a_committee(place: str) -> bool:
    """A development zone or a 新区: run by its 管委会, not a people's government."""
    return place.endswith(_ZONES) or (place.endswith("新区") and not place.endswith(_DISTRICT_NEW_AREAS))


_PLACE_LEVELS = ("区", "省", "市", "州", "盟", "县", "旗")
_LEVELS_FIRST = ("市", "县", "区", "州")
"""What a name that reads as an office by its level alone starts with."""
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
# (and an office of it: ``××省政府法制办`` is ``××省人民政府法制办公室``)
_SHORT_GOVERNMENT = LazyPattern(
    r"^(?P<place>.+?(?:省|市|区|县|州|盟|旗)[)）]?)政府"
    r"(?P<office>办(?:公[室厅])?|(?:法制|金融|外事|侨务)办(?:公室)?|(?:研究|参事|督查)室)?$")


# A county's short name before one of its towns (``永嘉金溪镇人民政府``)
_COUNTY_BY_SHORT_NAME = LazyPattern(rf"(?P<county>{HAN}{{2}})(?:(?![省市州盟县区旗]){HAN}){{2,3}}[镇乡](?:人民政府)?$")
_WITH_ITS_OFFICE = LazyPattern(r"(?<=人民政府)及其?办公[室厅]$")


def normalise_org(org: str | None) -> str | None:
    """``江苏省政府`` -> ``江苏省人民政府``: the organisation under its full name; without a
    term's number (``××市第十一届委员会`` is ``××市委员会`` in every term)."""
    if org is None:
        return None
    org = org.replace(MASK, "")  # (read from the text's view: a copy's readings masked, ``興國(guó)縣…``)
    org = org[:-len("街办")] + "街道办事处" if org.endswith("街办") else org  # (``东岳路街办``: its short name)
    # (``××区人民政府燕子矶办事处``: a district's 办事处 is a street's)
    org = _STREET_OFFICE_SHORT.sub(r"\g<street>街道办事处", org) if org.endswith("办事处") else org
    org = _TERM.sub("", org) if "届" in org else org
    org = org.replace("县县", "县", 1)  # ``元谋县县卫生健康局``: a level typed twice
    # ``××街道办事处综合事务部编制本年度…报告``: the street's department for its own affairs draws
    # up the street's report
    org = org.removesuffix("综合事务部") if org.endswith("办事处综合事务部") else org
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
    county = _COUNTY_BY_SHORT_NAME.match(org)
    if county and is_place(county["county"] + "县"):  # ``永嘉金溪镇`` is ``永嘉县金溪镇``
        org = county["county"] + "县" + org[county.end("county"):]
    match = _SHORT_GOVERNMENT.match(org)  # (and ``××区政府办公室`` its ``人民政府办公室``)
    if not match or len(match["place"]) == 1:
        return org
    office = match["office"] or ""
    return match["place"] + "人民政府" + office + ("公室" if office.endswith("办") else "")


_STREET_OFFICE_SHORT = LazyPattern(rf"(?<=[区市]人民政府)(?P<street>{HAN}{{2,3}})(?<!街道)(?<!街)办事处$")
_LEVEL_BUREAU_SUBJECT = LazyPattern(
    rf"(?<!{HAN})(?P<org>[市县区](?![委政]){HAN}{{2,10}}?局)(?:党组|领导班子)?(?=坚持|始终|认真|深入|严格|全面|积极|高度|把|以|将|紧紧|成立|建立|制定)")


_COMRADE = LazyPattern(rf"^{HAN}{{2,4}}同志(?:在|的)?")


# ``关于××区2021年预算执行情况和2022年预算草案的报告``, ``关于2022年××市财政预算执行情况及2023年
# 财政预算(草案)的报告``: a place's budget report, no writer in its title
_BUDGET_LEVELS = ("省", "自治区", "市", "州", "盟", "县", "区", "旗")
_BUDGET_REPORT = LazyPattern(
    rf"(?:关于)?(?:(?:19|20)\d\d年度?)?(?P<place>{HAN}{{2,14}}?(?:省|自治区|市|州|盟|县|区|旗))?"
    # (``…自治县和县本级``: the whole county's and its own level's)
    r"(?:和?[省市州县区旗]?本级)?(?:(?:19|20)\d\d年度?)?(?:财政)?预算执行情况\s*(?:和|与|及|以及)\s*"
    r"[^。，,；;]{0,40}?预算\s*(?:草案|[（(]草案[)）]|(?=的?报告))")


def writer_of(head: Head, reading: TitleReading, speech: Speech) -> str | None:
    """The organisation: the title's writer, a byline's, the signature's or the page's rows',
    the opening's subject, who it says drew the report up, the office it names whole."""
    # The text read for names whole, a copy's readings out (``阜陽(yáng)市財(cái)政局``); spans
    # of the head index ``head.text``.
    text = head.text.replace(MASK, "") if MASK in head.text else head.text
    titles, opening_text, title_lines = head.titles, head.opening_text, head.title_lines
    signature_texts, page_texts, after, under = head.signature_texts, head.page_texts, head.after, head.under
    title, front_titles, lone_org = speech.title, reading.front_titles, reading.lone_org
    session, person = speech.session, speech.speaker
    org = None
    # The writer the title names, also after a motto (``笃行实干…——××县人大常委会2023年工作综述``),
    # not the site's name put before the title lines (``××县人民政府-2022年度林业工作总结``).
    beside_title = [title.partition("——")[2]] if title and "——" in title else []
    # Who wrote it, on a line of its own under the title or its subtitle (``南开区财政局``,
    # ``中共××市委 ××市人民政府``).
    beside_title += [under] if under.startswith("中共") else []
    for candidate in [*([title] if title else []), *beside_title, *(
            # (a speaker's line says whom the reader serves, below: ``××区人民政府副区长、××区财政局局长``)
            line for line in titles if not (title and site_suffixed(line, title)) and not is_speaker_line(line)),
            *front_titles]:
        # ``2025 年…`` / ``××区人民代表大会 常务委员会工作报告``: a title the page spaced
        candidate = HAN_GAP.sub("", SPACED_YEAR.sub(r"\1年", COLUMN_TAG.sub("", candidate)))
        # (``××局（××局、××中心）2021年…``: the other names it goes by, between it and its year)
        candidate = ALSO_NAMED.sub("", candidate) if "（" in candidate or "(" in candidate else candidate
        # (``××同志在政协××市第十三届委员会常务委员会工作报告``: who read it, before whose it is)
        candidate = _COMRADE.sub("", candidate) if "同志" in candidate else candidate
        match = _GOVERNMENT_TITLE.match(candidate) if "工作报告" in candidate else None
        if match:  # (``光明新区2016年政府工作报告``: its 管委会's)
            org = match["place"] + ("管理委员会" if _run_by_a_committee(match["place"]) else "人民政府")
            break
        joint = _JOINT_WRITERS.match(candidate) or _PARTY_AND_OFFICE.match(candidate)
        if joint:  # ``××街道党工委、办事处…`` / ``中共××省委 ××省人民政府关于…``: the office
            org = joint["place"] if "place" in joint.groupdict() else joint["office"]
            break
        about = TITLE_ORG.match(candidate[2:]) if candidate.startswith("关于") else None
        if about and (_heads_a_department(about["org"]) or _run_by_a_committee(about["org"])):
            # ``关于浦东新区司法局2024年度…的报告``: the department reports on itself;
            # ``关于××经济技术开发区2022年预算…的报告``: a zone's, its 管委会's
            org = about["org"]
            break
        about_office = _PLACE_ABOUT_OFFICE.match(candidate) if "关于" in candidate else None
        if about_office and is_place(about_office["place"]):
            # ``××县关于信访局2023年信息公开工作年度报告``: the place's bureau, on itself
            org = about_office["place"] + about_office["office"]
            break
        match = TITLE_ORG.match(candidate) or (
            YEAR_FIRST_ORG.match(candidate) if candidate[:1] in "12" else None)
        # ``××会议关于××的决议`` names no writer, ``××区六届人大五次会议政府工作报告`` its session
        if (match and "关于" not in match["org"] and not A_SESSION.search(match["org"])
                and not KIND_OF_GOVERNMENT.match(match["org"]) and not match["org"].startswith("度")
                and not LEVEL_WITHOUT_PLACE.match(match["org"])):
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
        org = max((match["org"] for match in map(TITLE_ORG.match, map(SPACES_RUN.sub, repeat(""), titles))
                   if match and match["org"].endswith(org) and is_place(match["org"][:-len(org)])),
                  key=len, default=org)
    if org and (ZONE_KIND.fullmatch(org) or _NO_PLACE.fullmatch(org)):
        # ``经济开发区2024年度…报告`` opening ``2024年宁河经济开发区在区委…``; ``市场监督管理局2021年…
        # 报告`` over ``2021年，××风景区管理委员会市场监督管理局认真…``: an office its title names
        # by its kind alone, the text in full
        subject = _text_subject(text, opening_text)
        org = subject if subject and subject.endswith(org) else org
    if org and title is None and org.endswith("人民政府"):
        # ``××区人民政府`` over an untitled report whose opening names a town of it as its
        # subject (``2022年，××镇在区委、区政府的正确领导下…``): the site's banner, the town's report
        # (with no opening, the subject of its first year's paragraph: ``一、总体情况`` /
        # ``2025年，××区××街道办事处坚持…``, or a department by its level, ``2023年，区教育局根据…``)
        subject = (_text_subject(text, opening_text) if opening_text
                   else _subject_org(text, _year_paragraph(text)))
        if subject and subject.endswith(("镇", "乡", "街道", "办事处")) and subject not in org:
            org = subject
        elif subject and not opening_text and _LEVEL_ONLY.match(subject) and _heads_a_department(subject):
            org = _under(subject, org.removesuffix("人民政府")) or org
    # (not a government its title names: ``××市人民政府关于2021年法治政府建设情况的报告``, which its
    # 司法局 puts up)
    source = next(iter(_sources(page_texts)), None) if org and org.endswith("人民政府") and not any(
        line.strip().startswith(org) and line.strip() != org for line in titles) else None
    if org and source and _LEVEL_ONLY.match(source) and source == _text_subject(text, opening_text):
        # ``××区人民政府`` (the site's banner) over a report its source row and its opening's
        # subject name as a department of the district (``信息来源:区交通运输局`` / ``2025年，在区委、
        # 区政府的领导下，区交通运输局紧紧围绕…``)
        org = _under(source, org.removesuffix("人民政府")) or org
    # plan or the budget as the department's head)
    offices = [_office_held(role) for role in (person.split()[:-1] or person.split()[:1])] if person else [""]
    reader = next(filter(_heads_a_department, offices), offices[0])
    last_role = reader.rpartition("、")[2]
    reader = last_role if not _heads_a_department(reader) and _heads_a_department(last_role) else reader
    delegate = _DELEGATE.search(opening_text)  # ``我代表××县人民政府…``
    delegated = delegate[1] if delegate else None
    byline = next((line if line.startswith(org) else _under(line, org) or _within(line, org)
                   for line in [*titles[1:], under] if org and PLACE.fullmatch(org)
                   and is_org_line(line) and (line.startswith(org) or _under(line, org) or _within(line, org))),
                  None)
    if org is None and title:
        # ``关于重庆市2024年预算…的报告`` / ``重庆市财政局``: a title that names no writer, and
        # its writer among its lines (under its subtitle), on the line under it or under the
        # title repeated (a newspaper's page prints its headline, then the title again)
        below = [line for line in head.text[after:after + PUBLISHER_SPAN].splitlines() if line.strip()]
        # (or under the session it is read to: ``××区十届人大一次会议`` / ``××区财政局``)
        written = next((line for line in titles[1:] if is_org_line(line)), None) or next(
            (line for above, line in zip([title, *below], below)
             if (above.strip() == title or SHORT_SESSION.fullmatch(above.strip()))
             and is_org_line(line) and not NOT_A_NAME.search(line)), None)
        byline = split_date(written)[0].strip() if written else None
    if byline and org and PLACE.fullmatch(org) and _GOVERNMENT_OFFICE.search(byline) and not DRAWN_UP.search(
            SPACES_RUN.sub("", title or "")):
        # ``××县2013年政府信息公开工作年度报告`` / ``××县人民政府办公室``: the office that drew up
        # the county's report, its government's
        org = _outer_office(byline)
    elif byline:
        org = byline  # ``南开区…预算…的报告`` / ``——…会议上`` / ``南开区财政局``: the byline's
    elif org is not None and session and PLACE.fullmatch(org) and not (
            reader == "" and DRAWN_UP.search(SPACES_RUN.sub("", title or ""))):
        # A speech to a people's congress is its people's government's, unless one of the
        # place's departments reads it (``××区发展改革和经济信息化局局长 ×××``). A budget or a
        # plan no one is named to read is its department's, as the page's rows say (below).
        org = _reading_department(org, reader) or org + "人民政府"
    elif org is not None and PLACE.fullmatch(org) and opening_text:
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
        org = (reader if _heads_a_department(reader) else None) or government_of(
            person.split()[0]) or convener(session) or delegated
        # (``滨湖区发展和改革委员会 ×××`` reads ``关于无锡市滨湖区2022年…的报告``: under the whole
        # place its title names)
        titled = _TITLE_PLACE.match(title) if title else None
        if org and titled:
            org = _within(org, titled["place"]) or org
    # A metadata row that runs on into the text (a copy with its table flattened) is not
    # debris, but its 发布机构 still names the writer.
    publishers = _publishers(page_texts) or _publishers(text[:PUBLISHER_SPAN].splitlines())
    named = [*publishers, *(
        split_date(line)[0].split()[0] for line in signature_texts if is_org_line(line))]
    named = [name for name in named if not NOT_A_NAME.search(name)]
    if org is None and session and "政府工作报告" in (title or ""):
        # A 政府工作报告 is the government of the congress it is read to (``在尚湖镇第十七届人民
        # 代表大会…上``), not the county's that put the page up (the rows may name it fuller)
        org = convener(session)
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
        # (``2025年，县政府办公室在县委、县政府的坚强领导下…`` put up by ``××县人民政府``: the
        # office's own work, not the county's — unless it draws up the county's report on what
        # it made public)
        if org and org.endswith("人民政府") and opening_text and "信息公开" not in (title or "") + opening_text:
            subject = _subject_org(text, opening_text)
            if subject and _LEVEL_ONLY.match(subject) and _GOVERNMENT_OFFICE.search(subject):
                org = _under(subject, org.removesuffix("人民政府")) or org
    elif _LEVEL_ONLY.match(org) and named and not _took_since(named[0], org, year_in(title)):
        # ``县卫健委`` in the title, ``青阳县卫生健康委员会`` in the 发布机构 row; ``区教育局`` put up
        # by ``和平区人民政府``: that district's 教育局
        government = GOVERNMENT_PLACE.match(named[0]) if named[0].endswith("政府") else None
        place = government["place"] if government else ""
        # (not ``公积金``; nor a row's short name by its level alone, ``市文广旅局`` for the title's
        # ``市文化广电和旅游局``)
        org = _under(org, place) or (named[0] if is_org_line(named[0]) and not _LEVEL_ONLY.match(named[0]) else org)
    else:
        # The signature or the 发布机构 row names it whole: ``××县人民政府××街道办事处`` — not
        # one of its departments (``××区司法局`` for ``××区``).
        place = org.removesuffix("人民政府")  # ``东华镇`` of ``东华镇人民政府`` in ``楚雄市东华镇``
        org = next((name for name in named if not name.startswith("中共") and (
            org in name and (name.endswith(org) or name.endswith(_WHOLE_ENDINGS))
            or (place != org and len(name) > len(place) and name.endswith(place))
            or _abbreviates(org, name, year_in(title)))), org)
    if org is None and session:
        # Read to a congress: by the office on the line under the subtitle, else by its
        # government (a page's 发文机构 row names who else reports to it: ``市发展和改革委员会``
        # on the year's plan).
        org = next((office for office in (ROLE.sub("", line.strip()) for line in [*titles[1:], under])
                    if _heads_a_department(office) and not names_a_document(office)),
                   None) or placeless or _judicial_body(opening_text, session) or convener(session) or delegated
    announced_org, announced_year = announced_in(head.opening_line)
    if (org and announced_org and _GOVERNMENT_OFFICE.search(org) and not _GOVERNMENT_OFFICE.search(announced_org)
            and not announced_org.endswith("人民政府") and not PLACE.fullmatch(announced_org)
            and not _placeless(announced_org)):
        # A government's office puts up the report its opening names another's
        # (``发布单位: ××市政府办`` / ``现公布××市城南办事处2024年…报告``): the named office's
        org = announced_org
    org = _fuller(org, announced_org) if org else announced_org
    if org and PLACE.fullmatch(org) and DRAWN_UP.search(SPACES_RUN.sub("", title or "")):
        # A plan or a budget is reported by the department that drew it up, which the 发布机构
        # or 来源 row names (``长寿区发展改革委`` for ``重庆市长寿区2024年国民经济和社会发展计划
        # 执行情况…的报告``, ``受区人民政府委托，现将××区2022年预算…``), not by its place's
        # government. (``区发改经信局``, by its level only, for ``拱墅区``)
        org = next((org + name[end:] for name in [*named, *_sources(page_texts)]
                    if _heads_a_department(name) and (end := _level_end(name))
                    and org.endswith(name[:end])), org)
    if org:  # ``××县发改局`` in the 发文机构 row, ``××县发展和改革局`` under the subtitle or over the title
        above = head.text[max(0, title_lines[0][0] - PUBLISHER_SPAN):title_lines[0][0]].splitlines() if (
            title_lines) else []
        org = next((line for line in [*titles[1:], *map(str.strip, above)]
                    if _abbreviates(org, line, year_in(title)) and is_org_line(line)), org)
    if org and reader:  # ``洪江区管委`` in the title, ``怀化市洪江区管理委员会主任 ×××`` reads it
        org = _reader_office(org, reader)
    if org and session:  # ``东乌旗`` on the speaker's line, ``东乌珠穆沁旗`` in the session's name
        convened_by = government_of(session)
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
            TITLE_ORG.match(line.strip()) for line in reversed(head.text[max(0, title_lines[0][0] - PUBLISHER_SPAN):
                                                                  title_lines[0][0]].splitlines())
            if issues_a_document(line.strip(" |｜"))) if match and not NOT_A_NAME.search(match["org"])), None)
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
        first = _year_paragraph(text) if drawn_up != compiled_by and compiled_by else ""
        year = _YEAR_CLAUSE.match(first)
        if year and compiled_by and first.startswith(compiled_by, year.end()):
            # (or the office the report's first paragraph opens with: ``由××区人民政府办公室编写`` /
            # ``2024年以来,××区人民政府办公室坚持…``, its own work)
            drawn_up = compiled_by
        org = (drawn_up if compiled_by and not _placeless(compiled_by) else None) or (
            _subject_org(text, opening_text) if opening_text else None)
        org = _own_body(org, text) if org else org
        if org and PLACE.fullmatch(org) and "我局" in opening_text:
            # ``2025年，衡阳市机关事务管理遵循…`` (its 局 dropped), then ``一年来，我局…``: not
            # the place's government but its bureau, which the text names by its level
            # (``市机关事务管理局认真组织…``)
            bureau = _LEVEL_BUREAU_SUBJECT.search(text, 0, _PLACE_SCAN)
            org = (_under(bureau["org"], org) if bureau else None) or org
        paragraph = _year_paragraph(text) if org is None else ""
        org = org or (_subject_org(text, paragraph) if paragraph else None)
    if org is None:  # ``现在，我代表××街道办事处，向大会报告工作``; ``受市人大常委会的委托，
        # 我向大会报告工作``: the work reported is the entrusting body's
        match = _SPEAKING_FOR.search(text, 0, PUBLISHER_SPAN) or _ENTRUSTED.search(
            text, 0, PUBLISHER_SPAN)
        org = match["org"] if match and not NOT_A_NAME.search(match["org"]) else None
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
        office = contact and _SECTION.sub("", contact["org"] or contact["receiver"])
        # (unless the text speaks as that office, ``我办深入贯彻…``: its own report)
        itself = bool(office and office.endswith(("政府办公室", "政府办公厅", "政府办"))
                      and _AS_THE_OFFICE.search(text, 0, _PLACE_SCAN))
        org = (office if itself else _outer_office(office)) if office and not NOT_A_NAME.search(office) else None
        org = _own_body(org, text) if org else org
    if org is None and "我局" in text[:_PLACE_SCAN]:
        # ``我局…`` and later ``市财政局党组始终…``: the bureau by its level, as the subject; or
        # the bureau whose last report it says it published (``编撰并公示《××局关于2024年…报告》``)
        bureau = _LEVEL_BUREAU_SUBJECT.search(text, 0, _PLACE_SCAN)
        published = _PUBLISHED_ITS_REPORT.search(text, 0, _PLACE_SCAN) if bureau is None else None
        org = bureau["org"] if bureau else published["org"] if published and published["org"].endswith("局") else None
    if org is None:
        # or the one office of its kind whose documents it cites as its own (``我委`` and
        # ``《××市卫生健康委员会关于印发…学法计划的通知》``)
        own = _OWN_BODY.search(text, 0, _PLACE_SCAN)
        ending = _BODY_NAME_ENDS.get(own["kind"], own["kind"]) if own else None
        # (named whole: not ``省人民政府办公厅``, its level for its place, whose notice it follows)
        ours = {match["org"] for match in _ISSUED_DOCUMENT.finditer(text, 0, _PLACE_SCAN)
                if match["org"].endswith(ending) and not _placeless(match["org"])} if ending else set()
        issuer = ours.pop() if len(ours) == 1 else None
        org = issuer if issuer and not NOT_A_NAME.search(issuer) else None
    if org is None:  # or the office a paragraph opens with, before its year (``××县水利局2025年通过…``)
        lead = _WRITER_THEN_YEAR.search(text, 0, _PLACE_SCAN)
        org = lead["org"] if lead and is_org_line(lead["org"]) and not NOT_A_NAME.search(lead["org"]) else None
    if org is None and not _OWN_OFFICE.search(text, 0, _PLACE_SCAN):
        # A text that speaks of the whole county (``全县``) and of no office as its own: the
        # government of that county. A page of a 政府工作报告 a copy split in parts says it by
        # its bare name (``落户舟曲``, ``在舟曲召开``); another names its government whole, once
        # (``本报告的电子版可在××县人民政府网站下载``). (Not ``全州`` of its prefecture's events,
        # whose name it does not say.)
        levels = dict.fromkeys(match["level"] for match in _WHOLE_LEVEL.finditer(text, 0, _PLACE_SCAN))
        if title and "政府工作报告" in title:
            place = next(filter(is_place, (_named_place(text, level) or "" for level in levels)), None)
        else:
            governments = {text[start:end] for level in levels for start, end in place_spans(text[:_PLACE_SCAN], level)
                           if text.startswith("人民政府", end)}
            place = governments.pop() if len(governments) == 1 else None
            if place is None and not governments and not DRAWN_UP.search(text, 0, _PLACE_SCAN):
                # (or, saying ``本县`` / ``我县`` as its own, the one county it names: a copy that
                # put a spam site's name where the government's stood, ``请与bt365备用网址办公室联系``;
                # not a plan or a budget, which a department draws up for its place)
                own_levels = {match["level"] for match in _WHOLE_LEVEL.finditer(text, 0, _PLACE_SCAN)
                              if not match[0].startswith("全")}
                place = next(filter(is_place, (_named_place(text, level) or "" for level in own_levels)), None) if len(
                    own_levels) == 1 else None
        org = place + "人民政府" if place else None
    org = org or placeless
    if org and delegated and _LEVEL_GOVERNMENT.fullmatch(org) and delegated.endswith(org) and delegated != org:
        org = delegated  # ``乡人民政府关于…的报告`` read by ``我代表新村乡人民政府``: that township's
    if org and (org.endswith("人民政府") or PLACE.fullmatch(org)) and "我局" in text[:_PLACE_SCAN]:
        # ``特公布2016年××市政府信息公开工作年度报告`` in a text that says ``我局`` and answers
        # for it at ``××市民政局…办公室``: the city's bureau, on its own work
        contact = _CONTACT.search(text, 0, _PLACE_SCAN)
        office = _outer_office(contact["org"]) if contact and contact["org"] else None
        if office and office.endswith("局") and office.startswith(org.removesuffix("人民政府")):
            org = office
    if org and "以下简称" in text:
        org = _called_in_full(text, org)
    if org and org.endswith("院"):
        org = _court_in_full(text, org)
    org = _complete(_placed(text, org, page_texts, title) or None)  # ``县政府办`` in a title: the county's
    if org and org.startswith(_LEVELS_FIRST) and org.endswith("街道办事处"):
        # ``市府东路街道`` in the title, a street whose name starts like a level: under the
        # district the text names it with (``昆都仑区市府东路街道2025年…``)
        found = re.search(rf"({HAN}{{2,8}}?[区县旗]){re.escape(org.removesuffix('办事处'))}", text[:_PLACE_SCAN])
        district = next((found[1][at:] for at in range(len(found[1]) - 2) if is_place(found[1][at:])),
                        None) if found else None
        org = district + org if district else org
    if org and ZONE_KIND.match(org):
        org = _zone_placed(text, org)
    if org:
        org = _spelled_out(text, _with_its_level(text, org), year_in(title))
    budget = _BUDGET_REPORT.match(title) if title and "预算" in title else None
    if budget and (org is None or org.endswith("人民政府") and not any(
            line.strip() == org for line in [under, *titles, *signature_texts])):
        # A place's budget and its draft for the next year: its finance bureau's, which draws
        # them up and whose head reads them for the government (unless the government signs
        # it on a line of its own)
        place = budget["place"] or (org.removesuffix("人民政府") if org else "")
        if place.endswith(_BUDGET_LEVELS):
            org = place + ("财政厅" if place.endswith(("省", "自治区")) else "财政局")
    if org and "政府工作报告" in (title or "").replace("《政府工作报告》", "") and _GOVERNMENT_OFFICE.search(org):
        # The 办公室 put the page up; the report is its government's (not a notice of its own
        # that cites the report: ``关于2021年《政府工作报告》目标任务完成情况的通报``).
        org = _GOVERNMENT_OFFICE.sub("人民政府", org)
        if session and _LEVEL_GOVERNMENT.fullmatch(org):  # ``区府办``: of the session's place
            org = government_of(session) or org
    return normalise_org(org)


# ``信息来源: ××街道`` / ``作者:××局``: the source row, when it names an office (not ``原创``, a
# site, a paper or a person).
_SOURCE = LazyPattern(
    rf"(?:(?:信息|文章)?[来來]\s*源|作\s*者)\s*[:：|｜\]】]\s*(?P<org>{HAN}{{2,30}}?(?:{ORG_SUFFIXES}))(?:\s|$|[|｜])")


def _sources(lines: list[str]) -> list[str]:
    """Offices a page's source rows name (``来源:罗湖区审计局``)."""
    return [match["org"] for match in map(_SOURCE.search, (line for line in lines if "源" in line or "者" in line))
            if match and not NOT_A_NAME.search(match["org"])]
