"""What a report says about itself: its title lines, its signature block (back matter), and
the metadata read from them — title, organisation, year, signature date."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from parser.headings import cn_to_int
from parser.model import Meta

Line = tuple[int, int]

_TITLE_MAX = 60
_NEAR_DUPLICATE = 0.75

ORG_SUFFIXES = (
    "街道办事处|街道工作委员会|工作委员会|委员会|人民政府|办事处|街道|司法局|司法所|办公室|"
    "党工委|工委|政府|法院|检察院|局|委|办|厅|署|镇|乡|县|区|市|中心|管委会|管理委员会"
)
_ORG_LINE = re.compile(rf"[\u4e00-\u9fff（）()·\s]{{2,60}}(?:{ORG_SUFFIXES})")
_OPENING_ORG = re.compile(
    rf"(?:[(（]?(?:19|20)\d\d年(?:度|以来|上半年|)[)）]?[，,、]?\s*)?(?:今年以来[，,]?)?"
    rf"(?P<org>(?!我)[\u4e00-\u9fff]{{2,24}}?(?:{ORG_SUFFIXES}))"
)
_TITLE_ORG = re.compile(
    rf"^(?P<org>[\u4e00-\u9fff（）()]{{2,40}}?(?:{ORG_SUFFIXES}))(?:关于)?[(（]?(?:19|20)\d\d年"
)
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})年")
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*(?:年|[-./])\s*(?P<m>\d{1,2})\s*(?:月|[-./])\s*(?P<d>\d{1,2})\s*日?"
)
_CN_DATE = re.compile(
    r"(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月"
    r"(?P<d>[一二三四五六七八九十]{1,3})日"
)
_CLOSING = re.compile(r"(?:特此|专此|以上)(?:报告|汇报|说明)[。.！!]?")
_SENTENCE_PUNCTUATION = re.compile(r"[。，,；;：:！？!?]")


def parse_date(line: str) -> str | None:
    """``2023年12月30日`` / ``2023-12-30`` / ``二〇二三年十二月三十日`` -> ``2023-12-30``."""
    match = _DATE.search(line)
    if match:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    else:
        match = _CN_DATE.search(line)
        if not match:
            return None
        year, month, day = (cn_to_int(match[k]) or 0 for k in ("y", "m", "d"))
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def is_date_line(line: str) -> bool:
    """A line that is a date and nothing more (a signature date)."""
    stripped = line.strip()
    return len(stripped) <= 20 and parse_date(stripped) is not None and not _YEAR.sub(
        "", _DATE.sub("", _CN_DATE.sub("", stripped))
    ).strip(" 日")


def is_org_line(line: str) -> bool:
    """A line that names an organisation and nothing more (a signature)."""
    stripped = line.strip()
    if not stripped or len(stripped) > 60 or _SENTENCE_PUNCTUATION.search(stripped):
        return False
    return all(_ORG_LINE.fullmatch(part) for part in re.split(r"\s{2,}|\u3000", stripped) if part)


def is_closing_line(line: str) -> bool:
    """``特此报告。`` and its kin, which close a report before the signature."""
    return _CLOSING.fullmatch(line.strip()) is not None


def looks_like_title(line: str) -> bool:
    """A short line with no sentence punctuation at its end: a document title candidate."""
    stripped = line.strip()
    return (
        0 < len(stripped) <= _TITLE_MAX
        and stripped[-1] not in "。，,；;：:！？!?、"
        and "。" not in stripped
    )


def near_duplicate(a: str, b: str) -> bool:
    """Two title lines that say the same thing (a page title and the article's own title)."""
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= _NEAR_DUPLICATE


def extract_meta(
    text: str, title_lines: list[Line], opening: Line | None, signature: list[Line]
) -> Meta:
    """Metadata: title from the title lines; organisation from the title, then the signature,
    then the opening sentence; year from the title, then the opening sentence; the date from
    the signature."""
    titles = [text[s:e].strip() for s, e in title_lines]
    title = titles[0] if titles else None
    opening_text = text[opening[0]:opening[1]][:200] if opening else ""
    signature_texts = [text[s:e].strip() for s, e in signature]

    org = None
    for candidate in titles:
        match = _TITLE_ORG.match(candidate)
        if match:
            org = match["org"]
            break
    if org is None:
        org = next((line.split()[0] for line in signature_texts if is_org_line(line)), None)
    if org is None and opening_text:
        match = _OPENING_ORG.match(opening_text.lstrip())
        org = match["org"] if match else None

    year = None
    for source in [*titles, opening_text]:
        match = _YEAR.search(source) or _CN_YEAR.search(source)
        if match:
            year = int(match[1]) if match[1].isdigit() else cn_to_int(match[1])
            break

    date = next((d for d in map(parse_date, reversed(signature_texts)) if d), None)
    return Meta(title=title, org=org, year=year, date=date)
