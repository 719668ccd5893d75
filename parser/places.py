"""China's places down to the county level, by name (``data/places.txt``).

A report often names its own place only once: ``《青岛市2017年防汛…》`` under a byline
``市水利局``. Counting the names a text repeats cannot tell ``青岛市`` from ``编写青岛市``; the
table of the country's divisions can. Towns and streets are not in it: there are forty thousand,
and their names are common words. Bare names (``德令哈`` for ``德令哈市``) are read only as a
last resort (``bare_place``): too many are words too (``共和``, ``资源``, ``平安``).

The table is read on first use, so that start-up never pays for it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from importlib import resources

from parser.lazy_regex import HAN_CHAR, LazyPattern

_SHORT_NAME = 1
"""A name of one character before its level (``成县``, ``范县``) ends many words."""
_LONGEST = 12
_COMMON_WORDS = frozenset(("老城区", "新城区"))
"""Divisions whose names are also words (``推进老城区改造``)."""
_RUNS_ON = {"市": "场", "区": "域"}
"""What a level's character starts a word with (``义乌市场``, ``城东区域``): no division ends there."""


@cache
def _codes() -> dict[str, tuple[str, ...]]:
    """Every division's whole name (``青岛市``, ``黎平县``, ``恩施土家族苗族自治州``) and its codes
    (a name two divisions share, ``鼓楼区``, has several)."""
    text = (resources.files("parser") / "data" / "places.txt").read_text(encoding="utf-8")
    codes: dict[str, tuple[str, ...]] = {}
    for code, name in (line.split() for line in text.splitlines() if line[:1].isdigit()):
        codes[name] = (*codes.get(name, ()), code)
    return codes


def is_place(name: str) -> bool:
    """``景德镇市``, ``黎平县``: a division's whole name."""
    return name in _codes()


def unit_named_at(text: str, start: int, upper: str) -> str | None:
    """The longest division's name that ``text`` holds from ``start`` and that is one of
    ``upper``'s units (``新城区`` after ``西安市``); None where there is none."""
    # (a province's units share its code's first two digits, a prefecture's its first four)
    prefixes = {code[:2] if code.endswith("0000") else code[:4]
                for code in _codes().get(upper, ()) if code.endswith("00")}
    for end in range(min(len(text), start + _LONGEST), start + 1, -1):
        codes = _codes().get(text[start:end], ())
        if any(code[:len(prefix)] == prefix and code[len(prefix):] != "0" * (6 - len(prefix))
               for code in codes for prefix in prefixes):
            return text[start:end]
    return None


@cache
def _by_code() -> dict[str, str]:
    return {code: name for name, codes in _codes().items() for code in codes}


def prefecture(name: str) -> str | None:
    """The city or prefecture a county-level division is in (``吴川市`` -> ``湛江市``), where the
    name is one division's and that one is under a prefecture."""
    codes = _codes().get(name, ())
    above = _by_code().get(codes[0][:4] + "00") if len(codes) == 1 else None
    return above if above != name else None


PEOPLES = (
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
    "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
    "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
    "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各",
)
"""The peoples an autonomous division is named for (``各`` of ``龙胜各族自治县``)."""
_AUTONOMOUS_NAME = LazyPattern(
    "(?P<place>.+?)(?:(?:" + "|".join(sorted(PEOPLES, key=len, reverse=True)) + ")族?)+"
    "(?P<level>自治[县州旗])")


@cache
def _short_names() -> dict[str, str]:
    """An autonomous division by the short names its own reports use, its place without its
    peoples: ``镇宁自治县`` and ``镇宁县`` for ``镇宁布依族苗族自治县`` (``张家川县`` for
    ``张家川回族自治县``); never a name another division has, and only where one has it."""
    codes = _codes()
    shorts: dict[str, str | None] = {}
    for name in codes:
        match = _AUTONOMOUS_NAME.fullmatch(name) if "自治" in name else None
        for short in (match["place"] + match["level"], match["place"] + match["level"][-1]) if match else ():
            if short not in codes:
                shorts[short] = name if short not in shorts else None
    return {short: name for short, name in shorts.items() if name}


@cache
def _names() -> frozenset[str]:
    """Every division's whole name, and the autonomous ones' short names."""
    return frozenset(_codes()) | frozenset(_short_names())


def whole_name(short: str) -> str | None:
    """``镇宁自治县`` -> ``镇宁布依族苗族自治县``; None for a name that is no such short one."""
    return _short_names().get(short)


def named_places(text: str, level: str) -> Counter[str]:
    """The divisions of ``level`` (``市``, ``县`` …) that ``text`` names by their whole name,
    each with how often: the longest name that ends where the level does (``铜梁区``, not
    ``梁区``), so that ``编写东莞市`` names ``东莞市``."""
    return Counter(text[start:end] for start, end in place_spans(text, level))


def place_spans(text: str, level: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` names a division of ``level`` by its whole name, or an autonomous one by
    its short name (see ``named_places``)."""
    names = _names()
    for match in re.finditer(re.escape(level), text):
        end = match.end()
        start = next((start for start in range(max(0, end - _LONGEST), end - len(level))
                      if text[start:end] in names), None)
        # ``完成县级`` / ``示范县`` hold no ``成县`` nor ``范县``: a name of one character and
        # its level is a place only where a word does not run into it
        if (start is not None and text[start:end] not in _COMMON_WORDS
                and not (end < len(text) and text[end] in _RUNS_ON.get(level, ""))
                and not (end - start - len(level) == _SHORT_NAME and start
                         and (HAN_CHAR.match(text, start - 1)
                              # (``《…规定》和县委、县政府``: the word that joins them)
                              or text[start] in _JOINING and text[start - 1] in _CLOSING_MARKS))):
            yield start, end


_JOINING = frozenset("和与及")
_CLOSING_MARKS = frozenset("》）)”")
_BARE_LEVELS = frozenset("县区市旗")
_BARE_MIN = 2
_WORD_FREQUENCY = 500
"""How often a word is in the segmenter's dictionary for it to be a word before a place's name
(``振兴`` 659 times, ``东风`` 1,075; ``黎平`` 33, ``玉林`` 170)."""


def bare_place(text: str, level: str) -> str | None:
    """The division of ``level`` a text calls its own by its bare name alone (``桦川振兴发展`` …
    ``新桦川`` for ``桦川县``), where the writer names itself by its level only (``县政府``): the
    one bare name said at least twice and twice as often as any other, counted past the whole
    names of places (``长沙市`` holds ``沙市``), ``中华人民共和国`` (``共和``) and ``政府``, and
    never a name that is a common word (``振兴``, ``东风``)."""
    if level not in _BARE_LEVELS:
        return None
    rest = _said_whole().sub("\0", text)
    words = _common_words()
    # (nor a word across its edge: ``网站和政务`` holds no ``和政``; nor a mountain named like
    # a county: ``祁连山南麓`` is no ``祁连县``'s)
    counts = Counter(match[0] for match in _bare_names(level).finditer(rest)
                     if rest[match.start() - 1:match.start() + 1] not in words
                     and rest[match.end() - 1:match.end() + 1] not in words
                     and rest[match.end():match.end() + 1] != "山")
    (name, count), *others = counts.most_common(2) or [("", 0)]
    if count < _BARE_MIN or (others and others[0][1] * 2 > count):
        return None
    # (nor a division of a province the text does not name, where it names its own: ``吉利``, a
    # company, in a text of ``浙江省``, is no ``吉利区``)
    named = {code[:2] for province in _provinces_named(text) for code in _codes()[province]}
    if named and not any(code[:2] in named for code in _codes().get(name + level, ())):
        return None
    return name + level


def _provinces_named(text: str) -> set[str]:
    return {name for name in _province_names() if name in text}


@cache
def _province_names() -> tuple[str, ...]:
    return tuple(name for name, codes in _codes().items()
                 if name.endswith(("省", "自治区")) and any(code.endswith("0000") for code in codes))


def starts_with_a_place(name: str) -> bool:
    """``武义县农业局``, ``杭州高新区…局``: a name that opens with a division's name, whole or
    bare (not ``农业农村局``, a department by its kind alone)."""
    return any(is_place(name[:size]) or any(is_place(name[:size] + level) for level in "市县区省")
               for size in (2, 3))


@cache
def _said_whole() -> re.Pattern[str]:
    names = sorted((name for name in _names() if len(name) > 2), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ["中华人民共和国", "政府", *names])))


@cache
def _bare_names(level: str) -> re.Pattern[str]:
    names = {name[:-1] for name in _codes() if name.endswith(level) and len(name) > 2
             and "自治" not in name} - _common_words()
    return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))


@cache
def _common_words() -> frozenset[str]:
    """The segmenter's common words that are not names of places (its tag ``ns``)."""
    words = set()
    with (resources.files("jieba") / "dict.txt").open(encoding="utf-8") as lines:
        for line in lines:
            word, frequency, tag = (*line.split(), "", "")[:3]
            if tag != "ns" and frequency.isdigit() and int(frequency) >= _WORD_FREQUENCY:
                words.add(word)
    return frozenset(words)
