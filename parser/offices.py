"""Offices named in a report: a line that is only an office's name (``××县人民政府办公室``),
the writer a title or an opening sentence starts with (``2022年，长治市司法局坚持…``), and the
opening that announces a report by its writer (``现将××镇2025年度…报告如下``)."""

from __future__ import annotations

import re

from parser.chars import CLAUSE_ENDS, STATEMENT_ENDS
from parser.dates import parse_date, split_date
from parser.debris import starts_with_label
from parser.lazy_regex import HAN, LazyPattern
from parser.markdown import MASK
from parser.places import (
    is_place,
    unit_named_at,
)
from parser.sessions import PLACE

ORG_SUFFIXES = (
    "街道办事处|街道工作委员会|工作委员会|委员会|常委会|人民政府|办事处|街道|司法局|司法所|办公室|"
    "党工委|工委|党组|政府|法院|检察院|分局|局|委|办|厅|署|镇|乡|苏木|县|区|市|盟|中心|管委会|管理委员会|农场|林场|"
    "总队|大队|支队|中队|所|站|院|处|部|科|研究室|学校|小学|中学|大学|幼儿园|图书馆|博物馆|文化馆|档案馆|"
    "纪念馆|美术馆|科技馆|研究馆|参事室|联合会|联合社|联社|合作社|总社|自治区|自治州|省|旗|新城|縣|區|鎮|鄉|聯合社|聯社"
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
TITLE_ORG = LazyPattern(
    # (``横县``, ``辉苏木``: a county or a sumu of one character)
    rf"^(?P<org>{HAN}(?:县|苏木)|(?:{HAN}|[（）()]){{2,40}}?(?:{ORG_SUFFIXES}))"
    # ``洋口镇(沿海经济开发区)2023年…``: the other name the office goes by is not its name
    r"(?:[(（][^（()）]{2,20}[)）])?"
    # ``××省民政厅机关政府信息公开年度报告``: the department's own offices, not its system's
    r"(?:机关)?"
    # (``××厅2022政府信息公开…``: a year the page wrote without its 年)
    r"(?:\s*关于|\s*[(（]?(?:19|20)\d\d(?:年|[-—~～至](?:19|20)\d\d|(?=工作|年度|政府|政务))|"
    r"工作(?!办公室|委员会|领导小组|部|局|处|室)|"
    # ``××局年终工作总结``, ``××委近年来依法行政工作情况报告``: when, before what
    r"(?=年终|近年来|今年以来)|"
    # ``××办公室政府信息公开年报(2009年)``, ``宁波高新区法治政府建设工作报告``
    r"(?=政府信息公开|政务公开|信息公开|法治政府建设|依法行政))"
)
_SENTENCE_PUNCTUATION = LazyPattern(f"[{re.escape(STATEMENT_ENDS + CLAUSE_ENDS)}]")


def is_org_line(line: str) -> bool:
    """A line that names one or more organisations, maybe followed by a date (a signature),
    maybe after a converted file's page number (``1 - ``)."""
    # (a copy's readings masked out: ``濟(jì)南市章丘區(qū)文化和旅游局``)
    stripped, _ = split_date(NUMBER_BEFORE.sub("", line.strip().replace(MASK, "") if MASK in line else line.strip()))
    if not stripped or len(stripped) > 60 or _SENTENCE_PUNCTUATION.search(stripped) or "关于" in stripped:
        return False  # (``××市人民政府关于2021年法治政府``: a title the page wrapped, whatever it ends in)
    # (nor ``索引号 发布机构 ××镇``: a page's row, its cells empty)
    return all(_ORG_LINE.fullmatch(part) for part in re.split(r"\s{2,}|\u3000", stripped) if part) and (
        not starts_with_label(stripped))


def byline_day(line: str) -> str | None:
    """``××县人民政府 2024年01月08日`` under a title: the day of the office that put the page up."""
    rest, dated = split_date(line)
    return parse_date(line) if dated and rest and is_org_line(rest) else None


# ``- 1 -`` a converted file's page number (its first dash left on the line above);
# ``2019年第43号(总第221号)`` the number of a government's bulletin that published it
NUMBER_BEFORE = LazyPattern(
    rf"^(?:[-－—]?\s*\d{{1,3}}\s*[-－—]\s+|(?:19|20)\d\d年第\d{{1,3}}号(?:[(（]总第\d{{1,4}}号[)）])?\s*)(?={HAN})")


_STRONG_SUFFIX = LazyPattern(
    # (``××市卫生健康委``, not ``市委`` nor ``党工委``: a department by its short name)
    r"(?:人民政府|办事处|街道|(?<=街)办|司法局|司法所|局|厅|部|委员会|管委会|(?<![省市县区州镇乡党工旗盟])委|办公室|中心|法院|"
    r"检察院|分院|镇|乡|联合?社|聯合?社)$")
NOT_A_NAME = LazyPattern(
    r"^(?:在|根据|按|依据|结合|据|对|为|以|经|由|因|我|本|现将|现|关于|受|是|各|持续|加大|加强|不断|进一步|通过|利用|依托|借助|围绕|下设|设立|成立|组建)|[省市县区]委$|^[省市县区镇乡旗](?:人民)?政府$|"
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
    r"位于|[东南西北中全]部$|"  # ``××县位于××省西北部``: where a place lies, not a ministry (nor ``已全部``, all)
    r"各(?:县|区|市|镇|乡|部门|单位)|"  # ``综合各县区人民政府…的年度报告``: every one of them, no one office
    rf"^{HAN}{{1,2}}了|"  # ``提高了街道办事处各项工作…的透明度``: what was done, a verb and its 了
    r"申请|公开政府$|"  # ``县供销社无依申请公开政府信息情况``: what it did, run on into ``政府``
    r"(?:网站|网)$|"  # ``来源: ××市人大常委会门户网站``: the site, not the writer
    r"(?<![省市县区镇乡州旗盟民])政府$")  # ``全面推进政府`` (信息公开…): a phrase, no place's government


_HAN_RUN = LazyPattern(rf"{HAN}+")
# The characters that make an office's last character part of a word (``部署``, ``局面``)
_WORDS_AFTER = {"部": "署门分位件长队属", "局": "面势限", "委": "员托会", "办": "理事法公"}


def opening_org(opening: str, *, whole_only: bool = False) -> str | None:
    """``2022年，长治市司法局坚持…`` -> ``长治市司法局``: the longest name the opening sentence
    starts with; never a phrase (``在市委…``), a party committee or a bare ``县人民政府``.
    ``whole_only`` (for a later clause) accepts only a name with an office's ending (局, 街道
    办事处, 人民政府 …), never a bare place."""
    match = _OPENING_ORG.match(opening)
    if match is None or match["org"].startswith(VERBS_BEFORE_AN_OFFICE):
        return None  # (``配合××局开展检查``: the office is what the clause acts with)
    start = match.start("org")
    alias = _ALIAS_INSIDE.match(opening, start)
    if alias:  # ``武汉经济技术开发区(汉南区)医疗保障局…``: the office of a place by both its names
        inner = opening_org(opening[:alias.start("alias")] + opening[alias.end("alias"):], whole_only=whole_only)
        if inner and inner.startswith(alias["place"]) and len(inner) > len(alias["place"]):
            return alias["place"] + alias["alias"] + inner[len(alias["place"]):]
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
                word_goes_on(opening, end) or candidate.endswith("为中心")):
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
    return None if NOT_A_NAME.search(org) or word_goes_on(opening, start + len(org)) else org


_SYSTEM_AFTER = LazyPattern(rf"{HAN}{{2,10}}系统")
_ALIAS_INSIDE = LazyPattern(rf"(?P<place>{HAN}{{2,20}}?)(?P<alias>[(（]{HAN}{{2,12}}[)）])(?={HAN})")


def word_goes_on(text: str, end: int) -> bool:
    """The office's last character before ``end`` is part of a word (``局面``)."""
    return 0 < end < len(text) and text[end] in _WORDS_AFTER.get(text[end - 1], "")


SPACES_RUN = LazyPattern(r"[\s\u3000]+")


JOINS = frozenset("及和暨与")
"""Words that join two things a title reports on (``…执行情况及2025年…草案``)."""
YEAR_FIRST_ORG = LazyPattern(
    # (``2021年白碱滩区(克拉玛依高新区)政府办公室…``: with the other name its place goes by; the
    # 年 a page left out: ``2010××市政府信息公开…``)
    rf"^(?:19|20)\d\d(?:年(?:度|[上下]半年)?|(?!年))(?![上下]半年)(?P<org>{HAN}(?:{HAN}|(?<=[区县市旗])[（(][^（()）]{{2,20}}[)）]){{1,30}}?"
    rf"(?:{ORG_SUFFIXES}|街))(?:机关)?"
    # (``2018年度××委员会部门决算公开说明``: a department's accounts)
    r"(?=法治|依法|(?:政府)?工作|政务(?:公开|信息)|(?:政府)?信息公开|年度|关于|部门(?:决算|预算))"
)
# ``现将××局2023年…报告如下`` / ``现公布××办公室2023年…年度报告`` / ``我乡编制了××乡人民政府
# 2020年…年度报告``: the report named with its writer and year in the opening paragraph.
ANNOUNCED = LazyPattern(
    # (not ``编制本报告``, which names none: ``…的基础上,编制本报告现向社会公开××乡2019年…报告``)
    r"(?:现将|现把|[现特]公布|现发布|现公开|(?:现|特|[我本][省市县区旗镇乡局委]|(?<![告的])(?<=[，,）)]))(?:组织)?(?:编制|编写|制作|形成|制定)(?!本报告)"
    r"(?:了|并(?:向社会)?(?:发布|公布|公开))?|"
    # (``特向全社会公布2011年度××厅…报告``)
    r"特?向全?社会(?:公布|公开)|现就|"
    # (``…相关要求，发布××局2022年政府信息公开工作年度报告``: the verb after the clause that says why)
    r"(?<=[，,])(?=(?:发布|公布)[^。；;：:，,]{2,40}?(?:19|20)\d\d)|"
    # ``××区政务公开工作领导小组办公室编制了××区人民政府2021年度…年度报告``: an office drew it up
    r"(?:(?<=办公室)|(?<=领导小组)|(?<=人民政府))编制了)"
    # (``现编制形成了《××局2025年…报告》``)
    r"(?:(?:形成|发布|公布)了?)?(?P<rest>[^。；;：:，,]{2,80})")
# (``耿马自治县2021政府信息公开…``: a year whose 年 a copy lost, the words right after it)
_ANNOUNCED_YEAR = LazyPattern(rf"((?:19|20)\d\d)(?:年度?|(?={HAN}))")
_PARENTHETICAL = LazyPattern(r"[（(][^（()）]*[)）]")


_STREET_BY_SHORT_NAME = LazyPattern(rf"{HAN}{{2,4}}街")
_GOVERNMENT_OFFICE_AFTER = LazyPattern(r"(?:人民)?政府办(?:公室)?")
# what a place's own annual report reports on, named right after the place
_REPORTED_FIELDS = ("政府信息公开", "信息公开", "政务公开", "法治政府建设")


def announced_by(match: re.Match[str]) -> tuple[str | None, int | None]:
    """(organisation, year) of the report one announcement names; no year for ``编制本报告``,
    the report not yet named."""
    rest = match["rest"].replace("《", "").replace("》", "")
    year_match = _ANNOUNCED_YEAR.search(rest)
    if year_match is None:
        return None, None
    before = _PARENTHETICAL.sub("", rest[:year_match.start()]).strip()
    after = rest[year_match.end():]
    street = None if before else _STREET_BY_SHORT_NAME.match(after)
    if street and after.startswith(_REPORTED_FIELDS, street.end()):
        before = street[0]  # ``现向社会公布2021年度沌口街政府信息公开…报告``: the year first
    if _STREET_BY_SHORT_NAME.fullmatch(before):
        return before, int(year_match[1])  # ``现将洛浦街2021年度…报告如下``: a 街道 by its short name
    org = opening_org(before) if before else opening_org(after, whole_only=True)
    place = PLACE.match(after) if not (org or before) else None
    # (``2017年度我乡政府信息公开…``: the writer saying ``we``, no place's name)
    office = _GOVERNMENT_OFFICE_AFTER.match(after, place.end()) if place else None
    if place and after.startswith(_REPORTED_FIELDS, office.end() if office else place.end()) and not (
            NOT_A_NAME.search(place["place"])):
        # ``现公开2022年××市政府信息公开工作年度报告``: the place's report; ``现公布2020年××区政府办
        # 政府信息公开…``: its government's office's
        org = place["place"] + (office[0] if office else "")
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


_CLAUSE_GOES_ON = ("根据", "按照", "依据", "围绕", "坚持", "紧扣", "紧紧", "认真", "始终", "聚焦", "立足")
"""What a sentence goes on with after its subject's name: never part of the name."""
# ``会同市委组织部``, ``完成市政府年度立法计划``: a verb before an office of the city, never a
# place's name
VERBS_BEFORE_AN_OFFICE = (
    "会同", "协同", "联合", "配合", "牵头", "协调", "督促", "指导", "完成", "参与", "参加", "列席",
    "落实", "推动", "推进", "推行", "围绕", "构建", "提请", "报请", "报送", "承办", "办理", "出台", "印发", "制定",
    "修订", "起草", "审议", "听取", "召开", "组织", "支持", "服务", "代表", "按照", "根据",
    "获得", "荣获", "入选", "实现", "汇总", "发布", "公布", "请", "联系", "特向", "向社会", "现公", "结合", "涵盖", "包括",
    "向",  # (``与向区九届人大一次会议报告的``: to whom, not a place ``与向区``)
)
