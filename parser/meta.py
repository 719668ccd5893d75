"""What a report says about itself: its title lines, its signature block (back matter), and
the metadata read from them — title, organisation, year, signature date."""

from __future__ import annotations

from itertools import repeat

from parser.dates import (
    _COMPACT_DATE,
    _DATE_NOTE,
    _FIRST_PART_YEAR,
    _OPENS_WITH_THIS_YEAR,
    _PARAGRAPH_YEAR,
    _PARAGRAPH_YEAR_SPAN,
    _PUBLISHED,
    _PUBLISHER_SPAN,
    _REVIEW_PART,
    _TRAILING_YEAR,
    _WRITTEN,
    _YEAR_END,
    _head_date,
    _split_date,
    _summarised_year,
    _tagged_year,
    _year_in,
    is_date_line,
    parse_date,
)
from parser.lazy_regex import HAN, LazyPattern
from parser.markdown import MASK
from parser.model import Meta
from parser.orgs import ZONE_KIND
from parser.places import (
    is_place,
)
from parser.sessions import (
    _A_SESSION,
    _DASHED_SUBTITLE,
    _DELIVERY_CAPTION,
    _FIRST_HALF,
    _GOVERNMENT_PLACE,
    _NEVER_READ,
    _PLACE,
    _ROLE,
    _RUN_ON_SUBTITLE,
    _RUN_ON_TITLE,
    _SHORT_SESSION,
    _convener,
    _government,
    is_speaker_line,
    without_subtitle,
)
from parser.titles import (
    _ATTACHMENT_LABEL,
    _CLOSING,
    _COLUMN_TAG,
    _CUT_TITLE,
    _FILE_SUFFIX,
    _GLUED_TITLE,
    _HAN_GAP,
    _KIND_OF_GOVERNMENT,
    _LETTER_SPACING,
    _LEVEL_WITHOUT_PLACE,
    _LISTING,
    _NOTE,
    _NUMBER_NOTE,
    _SAID_BY,
    _SITE_LABEL,
    _SPACED_YEAR,
    _SUMMARY_ROW,
    _TAG_IN_TITLE,
    _TITLE_ENDINGS,
    _TITLE_MAX,
    _TITLE_NOTE,
    _TITLE_ROW,
    _TITLE_RUN_ON,
    _TOOLBAR_RUN_ON,
    Line,
    _announced_title,
    _loses_a_word,
    _row_title,
    _rows,
    _site_suffixed,
    _speech,
    _undouble,
    compose_title,
    is_title_rest,
    issues_a_document,
    names_a_document,
)
from parser.writers import (
    _ADDRESSED,
    _AUDITED,
    _BYLINE_SPAN,
    _COMPILED_BY,
    _CONTACT,
    _DATED_KIND,
    _DELEGATE,
    _DRAWN_UP,
    _DRAWN_UP_SPAN,
    _ENTRUSTED,
    _GOVERNMENT_OFFICE,
    _GOVERNMENT_TITLE,
    _GOVERNMENT_WRITER,
    _JOINT_WRITERS,
    _LEVEL_GOVERNMENT,
    _LEVEL_GOVERNMENT_ONLY,
    _LEVEL_ONLY,
    _NOT_A_NAME,
    _OWN_KIND,
    _OWN_KINDS,
    _OWN_TOWN,
    _PARTY_AND_OFFICE,
    _PLACE_SCAN,
    _PLENARY,
    _SPACES_RUN,
    _SPEAKING_FOR,
    _STANDING,
    _STREET_TITLE,
    _TITLE_ORG,
    _TITLE_PLACE,
    _TRAILING_WRITER,
    _WHOLE_ENDINGS,
    _YEAR_FIRST_ORG,
    ORG_SUFFIXES,
    _abbreviates,
    _announced,
    _breadcrumb_office,
    _byline,
    _called_in_full,
    _complete,
    _court_in_full,
    _fuller,
    _heads_a_department,
    _judicial_body,
    _level_end,
    _named_place,
    _office_held,
    _outer_office,
    _own_place,
    _placed,
    _placeless,
    _publishers,
    _reader_office,
    _reading_department,
    _run_by_a_committee,
    _spelled_out,
    _subject_org,
    _the_office_named,
    _took_since,
    _under,
    _within,
    _year_paragraph,
    is_org_line,
    names_its_writer,
    normalise_org,
)


def is_closing_line(line: str) -> bool:
    """``特此报告。``, ``以上报告，请予审议。``, ``（此件公开发布）``, ``抄送：…``: lines that close
    a report around its signature."""
    stripped = line.strip()
    return _CLOSING.fullmatch(stripped) is not None or _NOTE.fullmatch(stripped) is not None


def is_salutation(line: str) -> bool:
    """``各位代表：`` / ``县人民政府：``: whom the report addresses, not its opening sentence."""
    stripped = line.strip()
    return 0 < len(stripped) <= 30 and stripped[-1] in "：:"


_LEVEL_BUREAU_SUBJECT = LazyPattern(
    rf"(?<!{HAN})(?P<org>[市县区](?![委政]){HAN}{{2,10}}?局)(?:党组|领导班子)?(?=坚持|始终|认真|深入|严格|全面|积极|高度|把|以|将|紧紧)")


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
    if org is None and "我局" in opening_text:
        # ``我局…`` and later ``市财政局党组始终…``: the bureau by its level, as the subject
        bureau = _LEVEL_BUREAU_SUBJECT.search(text, 0, _PLACE_SCAN)
        org = bureau["org"] if bureau else None
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
_BOOK_TITLE = LazyPattern(r"《[^》]{0,60}》")
# ``信息来源: ××街道`` / ``作者:××局``: the source row, when it names an office (not ``原创``, a
# site, a paper or a person).
_SOURCE = LazyPattern(
    rf"(?:(?:信息|文章)?[来來]\s*源|作\s*者)\s*[:：|｜\]】]\s*(?P<org>{HAN}{{2,30}}?(?:{ORG_SUFFIXES}))(?:\s|$|[|｜])")


def _sources(lines: list[str]) -> list[str]:
    """Offices a page's source rows name (``来源:罗湖区审计局``)."""
    return [match["org"] for match in map(_SOURCE.search, (line for line in lines if "源" in line or "者" in line))
            if match and not _NOT_A_NAME.search(match["org"])]
