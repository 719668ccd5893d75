"""What a report says about itself — title, organisation, year, dates, a speech's session and
speaker — read from its head (``parser.head``) a field at a time; and the lines that close a
report or address its hearers."""

from __future__ import annotations

from parser.dating import dates_of, year_of
from parser.head import Head, Line
from parser.lazy_regex import LazyPattern
from parser.markdown import MASK
from parser.model import Meta
from parser.speeches import speech_of
from parser.titles import title_of
from parser.writers import writer_of

_CLOSING = LazyPattern(
    r"(?:特此|专此|以上)(?:报告|汇报|说明)(?:[，,]?\s*请(?:予)?(?:审议|审阅|审查|批示|指正|审定))?[。.！!]?"
)
# (``抄送：市审计局，区委、区人大。``: whom a letter's copies go to, under its date)
# (and the colophon under them: ``抄送：…``, ``××办公室 2012年4月30日印发``)
_NOTE = LazyPattern(r"[（(](?:此件|本件)[^）)]{1,10}[)）]|[（(]联系人[^）)]{1,40}[)）]|抄\s*送[:：].{1,80}|"
                    r"[^\s，,。；;:：]{2,30}\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*印\s*发")


def is_closing_line(line: str) -> bool:
    """``特此报告。``, ``以上报告，请予审议。``, ``（此件公开发布）``, ``抄送：…``, ``××办公室
    2012年4月30日印发``: lines that close a report around its signature."""
    stripped = line.strip()
    return _CLOSING.fullmatch(stripped) is not None or _NOTE.fullmatch(stripped) is not None


def is_salutation(line: str) -> bool:
    """``各位代表：`` / ``县人民政府：``: whom the report addresses, not its opening sentence
    (counted without a copy's readings: ``中共梅州市梅江區(qū)委員會(huì)、…:``)."""
    stripped = line.replace(MASK, "").strip()
    return 0 < len(stripped) <= 30 and stripped[-1] in "：:"


def extract_meta(
    text: str, title_lines: list[Line], opening: Line | None, signature: list[Line],
    fields: dict[str, object] | None = None, covers: int | None = None,
    page_lines: list[Line] | None = None, plans: int | None = None,
) -> Meta:
    """Metadata: title from the title lines, else from the front matter's ``title:``;
    organisation from the title, then the signature, then the opening sentence; year from the
    title, then the opening sentence; the date from the signature."""
    head = Head(text, tuple(title_lines), opening, tuple(signature), tuple(page_lines or ()))
    reading = title_of(head, fields)
    speech = speech_of(head, reading)
    date, published = dates_of(head, reading, speech)
    org = writer_of(head, reading, speech)
    return Meta(title=speech.title, org=org,
                year=year_of(head, reading, speech, covers, plans, date, published, org), date=date,
                delivered=speech.delivered, session=speech.session, speaker=speech.speaker, covers=covers,
                published=published)
