"""Word's automatic numbering: the numbers Word draws before a paragraph (``一、``, ``（二）``,
``3.``), rendered from the document's numbering definitions (``word/numbering.xml``) into the
text the parser reads, as a user copying the text out of Word would get them.

A numbered paragraph names a list (``numId``) and a level (``ilvl``); the list points at an
abstract definition whose levels give the number format (``chineseCounting``, ``decimal`` …),
the pattern (``lvlText``, e.g. ``（%2）``) and the start. Counters run per list and level; a
paragraph at one level restarts the levels below it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_CLOSING = "、.．)）】〕]:："


def _chinese(n: int, digits: str = _CN_DIGITS, ten: str = "十", hundred: str = "百") -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一, 105 -> 一百零五 (as Word counts)."""
    if n <= 0:
        return digits[0]
    if n >= 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    out = digits[hundreds] + hundred if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + ten
    elif hundreds and units:
        out += digits[0]
    if units:
        out += digits[units]
    return out


def _letters(n: int) -> str:
    # Word repeats the letter past z: 27 -> aa, 28 -> bb.
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _cycle(symbols: str) -> Callable[[int], str]:
    return lambda n: symbols[(n - 1) % len(symbols)] if n > 0 else str(n)


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate({ord(d): 0xFF10 + int(d) for d in "0123456789"}),
    "decimalHalfWidth": str,
    "decimalEnclosedCircle": lambda n: _CIRCLED[n - 1] if 1 <= n <= len(_CIRCLED) else str(n),
    "decimalEnclosedCircleChinese": lambda n: _CIRCLED[n - 1] if 1 <= n <= 20 else str(n),
    "decimalEnclosedParen": lambda n: f"({n})",
    "decimalEnclosedFullstop": lambda n: f"{n}.",
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "japaneseCounting": _chinese,
    "taiwaneseCounting": _chinese,
    "ideographDigital": lambda n: "".join(_CN_DIGITS[int(d)] for d in str(n)).replace("零", "〇"),
    "chineseLegalSimplified": lambda n: _chinese(n, _CN_LEGAL_DIGITS, "拾", "佰"),
    "ideographLegalTraditional": lambda n: _chinese(n, _CN_LEGAL_DIGITS, "拾", "佰"),
    "ideographTraditional": _cycle(_TRADITIONAL),
    "ideographZodiac": _cycle(_ZODIAC),
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "none": lambda n: "",
}
"""Word's ``w:numFmt`` values -> how a counter is written; an unknown format counts in
decimal."""


@dataclass(frozen=True)
class Level:
    """One level of a list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None
    """``w:lvlRestart``: restart after this 1-based level (0: never); None: after any higher
    level."""
    legal: bool = False
    """``w:isLgl``: the numbers of the levels above are shown in decimal."""
    suffix: str = "tab"


@dataclass
class Numbering:
    """The numbering definitions of one document and the counters as its paragraphs are read
    in order."""

    lists: dict[str, dict[int, Level]] = field(default_factory=dict)
    """numId -> ilvl -> Level (overrides applied)."""
    counter_key: dict[str, str] = field(default_factory=dict)
    """numId -> the key its counters run under: lists sharing a definition continue each
    other's numbering unless one overrides its start."""
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, root: object | None) -> Numbering:
        """Read ``<w:numbering>`` (an lxml element; None for a document without lists)."""
        numbering = cls()
        if root is None:
            return numbering
        abstracts = {
            abstract.get(f"{W}abstractNumId"): _levels(abstract)
            for abstract in root.iter(f"{W}abstractNum")  # type: ignore[attr-defined]
        }
        for num in root.iter(f"{W}num"):  # type: ignore[attr-defined]
            num_id = num.get(f"{W}numId")
            abstract_id = _val(num.find(f"{W}abstractNumId"))
            levels = dict(abstracts.get(abstract_id, {}))
            overridden = False
            for override in num.iter(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl", "0"))
                replaced = override.find(f"{W}lvl")
                if replaced is not None:
                    levels[ilvl] = _level(replaced, levels.get(ilvl, Level()))
                    overridden = True
                start = _val(override.find(f"{W}startOverride"))
                if start is not None:
                    levels[ilvl] = replace(levels.get(ilvl, Level()), start=int(start))
                    overridden = True
            numbering.lists[num_id] = levels
            numbering.counter_key[num_id] = f"num{num_id}" if overridden else f"abs{abstract_id}"
        return numbering

    def marker(self, num_id: str, ilvl: int) -> str:
        """Count one more paragraph of list ``num_id`` at level ``ilvl``; return the number
        Word draws before it, with the space or tab that follows (empty when none)."""
        levels = self.lists.get(num_id)
        if not levels or num_id == "0":
            return ""
        level = levels.get(ilvl, Level())
        counters = self.counters.setdefault(self.counter_key[num_id], {})
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [lvl for lvl in counters if lvl > ilvl]:
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart and ilvl < restart):
                del counters[deeper]
        if level.fmt == "bullet":
            symbol = level.text if level.text and not _private_use(level.text) else "•"
            return symbol + " "
        text = level.text
        for n in range(9):
            placeholder = f"%{n + 1}"
            if placeholder in text:
                shown = levels.get(n, Level())
                value = counters.get(n, shown.start)
                fmt = "decimal" if level.legal and n != ilvl else shown.fmt
                text = text.replace(placeholder, FORMATS.get(fmt, str)(value))
        if not text or level.suffix == "nothing" or text[-1] in _CLOSING:
            return text
        return text + " "


def _val(element: object | None) -> str | None:
    return None if element is None else element.get(f"{W}val")  # type: ignore[attr-defined]


def _private_use(text: str) -> bool:
    return any("\ue000" <= ch <= "\uf8ff" for ch in text)


def _level(lvl: object, base: Level) -> Level:
    def value(tag: str) -> str | None:
        return _val(lvl.find(f"{W}{tag}"))  # type: ignore[attr-defined]

    start, restart, text = value("start"), value("lvlRestart"), value("lvlText")
    legal = lvl.find(f"{W}isLgl")  # type: ignore[attr-defined]
    return Level(
        start=int(start) if start is not None else base.start,
        fmt=value("numFmt") or base.fmt,
        text=text if text is not None else base.text,
        restart=int(restart) if restart is not None else base.restart,
        legal=legal is not None and _val(legal) not in ("0", "false"),
        suffix=value("suff") or base.suffix,
    )


def _levels(abstract: object) -> dict[int, Level]:
    return {
        int(lvl.get(f"{W}ilvl", "0")): _level(lvl, Level())
        for lvl in abstract.iter(f"{W}lvl")  # type: ignore[attr-defined]
    }
