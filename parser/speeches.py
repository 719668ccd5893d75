"""What a speech's title block says: the day it was read, the session it was read to and who
read it — from its subtitle and speaker lines, a newsroom's caption, or a page run together in
one line."""

from __future__ import annotations

from parser.chars import DASHES
from parser.dates import PUBLISHER_SPAN, is_date_line, parse_date
from parser.head import BYLINE_SPAN, Head, Speech, TitleReading
from parser.lazy_regex import LazyPattern
from parser.offices import SPACES_RUN
from parser.sessions import (
    DASHED_SESSION,
    DASHED_SUBTITLE,
    LEADING_DATE,
    NEVER_READ,
    PASSED_AT,
    RUN_ON_SUBTITLE,
    RUN_ON_TITLE,
    SESSION,
    SPEAKER_RUN_ON,
    is_speaker_line,
    is_subtitle,
    speaker,
    subtitle_tail,
)
from parser.titles import LETTER_SPACING, continues_title

_ADDRESSED = LazyPattern(r"各位(?:代表|委员)")


def _speech(titles: list[str]) -> tuple[str | None, str | None, str | None]:
    """(delivered date, session, speaker) from a speech report's subtitle and speaker lines."""
    parts = []
    for n, line in enumerate(titles):
        tail = None if is_subtitle(line) else subtitle_tail(line)
        if tail is not None or is_subtitle(line):
            parts.append(tail[0] if tail is not None else line)
        elif parts and is_subtitle(titles[n - 1]) and continues_title(titles[n - 1], line):
            parts.append(line)  # ``——…第十八届人民代表大会`` / ``第五次会议上``
    subtitle = "".join(parts)
    # (the day said with where, ``2021年120日在…会议上``, before a page's date line above it)
    delivered = next(filter(None, (parse_date(part) for part in parts if "在" in part)), None) or (
        parse_date(subtitle) if subtitle else None)
    match = (SESSION.search(subtitle) or DASHED_SESSION.match(subtitle)
             or PASSED_AT.search(subtitle))
    session = match["session"].lstrip(f"{DASHES}-－(（") if match else None
    if session:  # ``——2014年1月26日××区第十六届人民代表大会…``: the date is not the meeting's name
        session = LEADING_DATE.sub("", session) or session
    person = next((speaker(line) for line in titles if is_speaker_line(line)), None)
    # ``——…会议上 ××市发展和改革委员会主任 ×××``: the speaker run on after the subtitle
    run_on = next(filter(None, map(SPEAKER_RUN_ON.search, parts)), None)
    return delivered, session, person or (speaker(run_on["speaker"]) if run_on else None)


def speech_of(head: Head, reading: TitleReading) -> Speech:
    """A speech's day, session and speaker, from its subtitle and speaker lines or from a
    newsroom's caption; the title of a page run together in one line, before its subtitle."""
    text, titles, opening_text, after = head.text, head.titles, head.opening_text, head.after
    title, caption = reading.title, reading.caption
    delivered, session, person = _speech(titles)
    if caption and (caption["session"] or caption["opened_at"]) and not session:
        session = caption["session"] or caption["opened_at"]
        person = person or f"{caption['office'] or ''} {caption['name']}".strip()
    run_on_title = RUN_ON_TITLE.match(opening_text) if not (title or delivered or session) else None
    # (or after the title the search found glued to it: ``××镇人民政府半年工作情况报告 ——2022年…``,
    # maybe after a page's number, ``1政府工作报告——…``)
    start = len(opening_text) - len(opening_text.lstrip())
    numbered = len(opening_text) - len(opening_text.lstrip().lstrip("0123456789"))
    at = next((at for at in (start, numbered) if title and opening_text.startswith(title, at)), None)
    glued = at + len(title) if title and at is not None else 0
    run_on = RUN_ON_SUBTITLE.match(opening_text, run_on_title.end() if run_on_title else glued) if not (
        delivered or session) else None
    if run_on:  # a page run together in one line, opening with its subtitle: ``2017年1月6日在
        # ××市第十四届人民代表大会第一次会议上 市长 ××× 各位代表:…``, or with its title before it
        delivered, session, _ = _speech([SPACES_RUN.sub("", run_on[0])])  # (``××镇 第十五届…``: laid out)
        title = LETTER_SPACING.sub("", run_on_title["title"]).strip() if run_on_title else title
    lone = DASHED_SUBTITLE.search(text, 0, PUBLISHER_SPAN) if not (delivered or session) else None
    if lone:  # ``——2021年3月2日在…`` away from the title the page gave (under a covering
        # notice, or a 标题 row): a speech's subtitle wherever it stands, wrapped or not
        rest = [line.strip() for line in text[lone.end():lone.end() + BYLINE_SPAN].splitlines()]
        delivered, session, _ = _speech([lone[0].strip(), *[line for line in rest if line][:1]])
    dated_head = None  # ``（2021年1月19日）`` over an untitled annual report, or one no congress
    # hears (``××局2022年政府信息公开工作年度报告`` / ``（2023年1月9日）``): its date, no speech's
    if delivered and not (title and not NEVER_READ.search(title) or session or person
                          or _ADDRESSED.search(text, 0, PUBLISHER_SPAN)):
        dated_head, delivered = delivered, None
    if session and delivered is None:
        # ``——在××镇第十届人民代表大会第一次会议上`` / ``×××`` / ``（2016年11月24日）``: the day
        # on a line of its own under the speaker
        delivered = next((parse_date(line) for line in text[after:after + BYLINE_SPAN].splitlines()[:4]
                          if is_date_line(line.strip().strip("（()）"))), None)
    # The office whose head reads it: of a reader who holds two, the department (``××省人民政府
    # 副省长 ××省发改委党组书记、主任 ×××`` and ``××区人民政府副区长、××区财政局局长 ×××`` read the
    return Speech(title, delivered, session, person, dated_head)
