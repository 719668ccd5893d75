"""Where a numbered line's heading ends and its body begins.

``1.强化组织,夯实法治基础。我街道高度重视…`` is a heading (``强化组织,夯实法治基础``) run in
with its body; ``2.整合资源,夯实审批制度改革`` is a heading on its own. The heading is the first
sentence, unless that sentence is too long to be a heading, in which case it is the first
clause (a numbered paragraph still needs a name in the outline).
"""

from __future__ import annotations

import re
from functools import cache

from parser.chars import CLAUSE_ENDS, SPACES, STATEMENT_ENDS
from parser.lazy_regex import HAN, LazyPattern
from parser.markdown import MASK

TITLE_MAX = 48
"""Characters beyond which a first sentence is a paragraph rather than a heading."""

_RUN_ON_SPACES = " \u3000\u00a0"
_HEADING_MIN = 2
# (after a part's name: ``回顾2023年，我们…`` names the year it is about)
_BODY_OPENING = LazyPattern(r"(?<=回顾|工作|情况|成效|概况|总结|安排|公开|要点)(?:19|20)\d\d年(?=[，,]|以来)")
# ``三、政府信息公开收费和减免情况 本年度我镇没有…。``: a part's name, a space, then its body (a
# page that kept a space where the break was; a sentence's worth of words after it, not a
# table's next cell: ``环境问题 | 已完成``)
_SPACED_BODY = LazyPattern(r"(?<=情况|事项|措施|问题)[ \u3000\u00a0]+(?![(（]|[一二三四五六七八九十]+、)(?=[^\s|｜]{8})")
# ``1、深化…，筑牢…根基一是深化理论学习…``: its first point run on, no stop between
_FIRST_POINT = LazyPattern(r"(?<![统唯同之第万])一是(?=[^，,。；;]{2})")
_WHEN_ONLY = LazyPattern(r"[ \u3000]*(?:19|20)\d\d年(?:度|以来)?[，,]")
_PART_NAME_MIN = 4
_OPENERS = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "「": "」", "『": "』",
            "【": "】", "〔": "〕", '"': '"'}
# (and ``总体情况 |``: the column bar a page put after the line)
TRAILING_PUNCTUATION = STATEMENT_ENDS + CLAUSE_ENDS + "、.．|｜" + SPACES + MASK


def _first_stop(text: str, start: int, end: int, stops: str) -> int | None:
    """Offset just after the first stop character outside quotes and brackets."""
    closers: list[str] = []
    # only the stops and brackets matter: ``re`` skips the words between them far faster
    # than a loop over every character of a long paragraph
    for match in _stop_or_bracket(stops).finditer(text, start, end):
        ch = match.group()
        if closers and ch == closers[-1]:
            closers.pop()
        elif ch in _OPENERS and len(closers) < 8:
            closers.append(_OPENERS[ch])
        elif ch in stops and not closers:
            return match.end()
    return None


@cache
def _stop_or_bracket(stops: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(stops + "".join(_OPENERS) + "".join(_OPENERS.values())) + "]")


def heading_end(text: str, start: int, end: int) -> int:
    """Offset where the heading that starts at ``start`` ends, within the line ``[start, end)``.

    The result includes the sentence's closing punctuation; whatever follows is body.
    """
    # ``2022年工作回顾2022年，是…``: a heading run into its body's opening year, no stop between;
    # or its body after a space, or its first point (the rarer two looked for only where the
    # words they start with are: this runs for every numbered line)
    lo, hi = start + _PART_NAME_MIN, min(end, start + TITLE_MAX)
    window = text[lo:hi]
    opening = _BODY_OPENING.search(text, lo, hi)
    for rarer, hint in ((_FIRST_POINT, "一是"), (_SPACED_BODY, " "), (_SPACED_BODY, "\u3000"), (_SPACED_BODY, "\u00a0")):
        if hint in window:
            found = rarer.search(text, lo, hi)
            opening = found if found and (opening is None or found.start() < opening.start()) else opening
    if opening is not None:
        end = opening.start()
    stop = _first_stop(text, start, end, STATEMENT_ENDS)
    if stop is None or stop - start > TITLE_MAX:
        limit = stop if stop is not None else end
        if limit - start <= TITLE_MAX:
            return limit
        clause = _first_stop(text, start, limit, CLAUSE_ENDS)
        # ``一、2023年工作回顾 2023年是…，``: a page ran the body on after a space — a space
        # after the words, not one between the marker's markup and theirs (``**41.** **加强…``).
        words = start
        while words < limit and text[words] in SPACES + MASK:
            words += 1
        space = _first_stop(text, words, clause or limit, _RUN_ON_SPACES)
        if space is not None and _HEADING_MIN < space - start <= TITLE_MAX and text[space:limit].strip():
            return space - 1
        if clause is not None and _WHEN_ONLY.fullmatch(text, start, clause):
            # (``（一）2023年，××局以…，…``: a clause that only says when names nothing; the next
            # one goes with it)
            clause = _first_stop(text, clause, limit, CLAUSE_ENDS) or clause
        return clause if clause is not None and clause - start <= TITLE_MAX else limit
    # Whitespace right after the sentence belongs to the body; keep the heading tight.
    return stop


def title_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The title inside ``[start, end)``: without surrounding space or trailing punctuation."""
    while start < end and text[start] in SPACES + MASK:
        start += 1
    while end > start and text[end - 1] in TRAILING_PUNCTUATION:
        end -= 1
    return start, end


LEAD_MAX = 30
"""Characters beyond which a paragraph's first sentence is not a lead sentence."""
_LEAD_MIN = 4
_DISCOURSE = (
    "一年来", "这一年", "过去一年", "过去的一年", "这五年", "五年来", "今年以来", "近年来", "同时",
    "此外", "另外", "我们", "各位代表", "总的看", "总体看", "总的来看", "回顾", "当前", "目前",
    "今年", "明年", "但是", "然而", "与此同时", "特别是", "尤其是", "其中", "对此", "为此",
    "因此", "总之", "主要是", "具体", "实践", "事实", "这些", "这是", "一是", "二是",
)
"""Phrases a paragraph opens with when it tells rather than names: never a lead sentence."""


_GROUP_OPENING = LazyPattern(
    r"(?:[一二三四五六七八九十两]年来|这一年|今年以来|过去(?:的)?[一二三四五]年|这[一二三四五]年)[，,]\s*我们(?!的)")
_GROUP_STARTS = frozenset("一二三四五六七八九十两这今过")
"""What a group's opening (``一年来``, ``这一年``, ``今年以来`` of a half-year's report, ``过去五年``)
starts with: most lines need no regex."""
_GROUP_MAX = 60
_GROUP_CLAUSES = 4


_PHRASE_MIN = 2
_PHRASE_MAX = 14


def names_a_group(line: str) -> bool:
    """``一年来，我们…，经济实力展现新气象。`` alone on its line: the one sentence a work
    report's review puts over each group of its lead paragraphs. As a paragraph's opening it
    tells; standing alone it names the group, when lead paragraphs follow it."""
    if line[:1] not in _GROUP_STARTS and line[:1] not in SPACES and line[:1] != "—":
        return False  # (most lines: told without copying them stripped)
    stripped = line.strip(SPACES).lstrip("—")  # (``——这一年，我们…``: set off by a dash)
    return (stripped[:1] in _GROUP_STARTS and len(stripped) <= _GROUP_MAX
            and _GROUP_OPENING.match(stripped) is not None
            and not any(ch in stripped.rstrip("。") for ch in "。！!？?；;：")
            and len(re.split("[，,]", stripped)) <= _GROUP_CLAUSES
            and _LEADS_IN.search(stripped) is None)


# ``一年来，我们主要做了以下工作`` / ``…突出了六方面工作重点``: a sentence that leads into the
# whole list after it, not the name of one group
_LEADS_IN = LazyPattern(r"以下|如下|[0-9一二三四五六七八九十几]个?方面")


_PAIRED_PHRASES = LazyPattern(
    rf"[^，,。！!？?；;：:]{{{_PHRASE_MIN},{_PHRASE_MAX}}}(?:[，,][^，,。！!？?；;：:]{{{_PHRASE_MIN},{_PHRASE_MAX}}}){{1,2}}")
# ``坚持高位推动 法治政府建设责任不断强化``: two phrases a space apart
_SPACED_PHRASES = LazyPattern(rf"{HAN}{{{_PHRASE_MIN},{_PHRASE_MAX}}}[ \u3000]{{1,2}}{HAN}{{{_PHRASE_MIN},{_PHRASE_MAX}}}")


def pairs_phrases(line: str) -> bool:
    """``坚持发展为先，综合实力更加坚实`` / ``回望2023年，汇聚力量，砥砺前行`` alone on its line:
    two or three short phrases and no full stop, the way a work report names a group of its
    lead paragraphs without a discourse opening."""
    return _PAIRED_PHRASES.fullmatch(line.strip(SPACES)) is not None


def spaces_phrases(line: str) -> bool:
    """``坚持高位推动 法治政府建设责任不断强化``: two short phrases a space apart and no stop, as
    a report names a group of its lead paragraphs."""
    return _SPACED_PHRASES.fullmatch(line.strip(SPACES)) is not None


def lead_end(text: str, start: int, end: int) -> int | None:
    """Where the lead sentence that opens the paragraph ``[start, end)`` ends (after its full
    stop), or None: a short sentence without a comma, followed by more text, that does not
    open with a discourse phrase (``一年来，我们…``)."""
    stop = _first_stop(text, start, min(end, start + LEAD_MAX + 1), "。！!")
    if stop is None or stop - start - 1 < _LEAD_MIN or not text[stop:end].strip():
        return None
    sentence = text[start:stop].replace(MASK, "")
    if any(ch in sentence for ch in "，,；;：:、") or sentence.startswith(_DISCOURSE):
        return None
    return stop
