"""How well the outline and the metadata match what a reader sees, on real reports.

Answer keys (``benchmarks/keys/outline/*.yaml``) were written by reading each report: its
headings with depth and marker, title, organisation, year and dates. Texts are read from where
they live (the development corpus ``<repo>/../shared/corpus/``, the bundled seeds, and, when
present, folders of saved web pages given with ``--pages DIR`` (repeatable) whose ``NNN.yaml``
keys sit beside ``NNN.txt``). Nothing is copied into the project: the keys of the pages keyed
since set 92 are kept in ``benchmarks/keys/pages/rNN/`` (each with its page's address and title,
so the page can be found again), their texts outside it, read with ``--texts ROOT``
(``ROOT/rNN/NNN.txt``); a key whose text is not at hand is counted and left out.

Prints, per genre and separately for the held-out keys (documents never looked at while the
parser was tuned): heading F1, depth-exact F1, and title / organisation / year accuracy — with
a naive baseline beside each (a fixed-depth line-initial regex; the first line as title; the
first ``XXXX年`` as year). ``all pages`` sums the page genres of the ``--pages`` folders, and ``<genre> pages`` each genre
of them alone.

    python benchmarks/eval_outline.py [--pages DIR ...] [--texts ROOT] [--split dev|held-out] [--verbose]

A page key may say ``heldout: true|false``; a folder whose keys do not is split in two by order,
the second half held out. A heading cut off by the end of a page's excerpt counts only when at
least 4 of its characters show, as the keys were written. A page whose text does not print the
title its key gives (a title a reader put together from the text, or a mirror's copy with glosses
inside it) is not scored for title; ``title`` counts the other pages, and ``unprinted`` says how
many there were; a reprint site's tags around a title (``（黑龙江）…（全文）``, ``…（摘要）``, ``…（2025年1月7日）``,
``…（第十七届人民代表大会第三次会议）``, ``…(2020年1月16日在××镇…会议上)``) count neither way.
``named`` is the organisation's accuracy without the pages whose text never
names the writer (their key says ``org_from: none``: the name came from the page's address or
from knowledge).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

import parser  # noqa: E402
from parser import places, script  # noqa: E402
from parser.orgs import PROVINCES, SHORT_PLACES, ZONE_KIND  # noqa: E402

KEYS = ROOT / "benchmarks" / "keys" / "outline"
CORPUS = ROOT.parent / "shared" / "corpus" / "gov-work-reports"
SEEDS = ROOT / "seeds"

_WIDTH = str.maketrans("（）０１２３４５６７８９．，：", "()0123456789.,:")
_NOISE = re.compile(r"[\s*#_、.,:;。，：；！？!?“”\"'《》()（）\u3000—―]")
_NAIVE = re.compile(
    r"^[ \t\u3000]*(?:(?P<cn>[一二三四五六七八九十]{1,3}、)|(?P<paren>[(（][一二三四五六七八九十]{1,3}[)）])|"
    r"(?P<arabic>\d{1,2}[.．、])|(?P<aparen>[(（]\d{1,2}[)）]))"
)
_NAIVE_DEPTH = {"cn": 1, "paren": 2, "arabic": 3, "aparen": 4}
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


@dataclass(frozen=True)
class Heading:
    depth: int
    marker: str
    text: str


def _marker(marker: str) -> str:
    """``（一）`` = ``(一)``, ``1、`` = ``1.``: the number and its bracketing, not the glyphs; the
    dash that sets off a group's line (``——五年来，我们…``) is no number, nor the colon after a
    part's (``第一部分：``)."""
    marker = (marker or "").translate(_WIDTH).strip().strip("—－-")
    return re.sub(r"[.、,，]$", ".", marker.removesuffix(":"))


# ``報(bào)告``: a copying site's pinyin reading after a character, no word of the report
_READING = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def _text(text: str) -> str:
    return _NOISE.sub("", _READING.sub("", (text or "").translate(_WIDTH)))


def _same(key: Heading, found: Heading) -> bool:
    if _marker(key.marker) != _marker(found.marker):
        return False
    a, b = _text(key.text), _text(found.text)
    n = min(len(a), len(b), 8)
    return n > 0 and a[:n] == b[:n] or (not a and not b)


def _match(keys: list[Heading], found: list[Heading]) -> tuple[int, int]:
    """(headings matched, matched at the right depth), pairing in document order."""
    matched = exact = 0
    j = 0
    for key in keys:
        for k in range(j, min(len(found), j + 40)):
            if _same(key, found[k]):
                matched += 1
                exact += key.depth == found[k].depth
                j = k + 1
                break
    return matched, exact


def _f1(hits: int, keyed: int, found: int) -> float:
    if keyed == found == 0:
        return 1.0
    precision = hits / found if found else 0.0
    recall = hits / keyed if keyed else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# An office's official short forms, which it uses of itself in its own titles and seals:
# ``湖州市卫生健康委`` is ``湖州市卫生健康委员会``, ``××区政府办公室`` its ``人民政府办公室``,
# ``××市场监管局`` its ``市场监督管理局``, ``××人社局`` its ``人力资源和社会保障局``,
# ``××区发展改革委`` or ``××区发改委`` its ``发展和改革委员会``, ``××区应急局`` its ``应急管理局``,
# ``××市卫健委`` its ``卫生健康委员会``, ``××市卫生计生委`` its ``卫生和计划生育委员会``,
# ``××市人防办`` its ``人民防空办公室``, ``××州民宗局`` its ``民族宗教事务局``,
# ``××市住房城乡建设委`` or ``××市住建委`` its ``住房和城乡建设委员会``, ``××市科技局`` its ``科学技术局``,
# ``××区文广旅体局`` its ``文化广电旅游体育局``, ``××市文旅局`` its ``文化和旅游局``,
# ``政协××市委员会`` its ``中国人民政治协商会议××市委员会``, ``××区人大财政经济委员会`` its
# ``人民代表大会财政经济委员会``, ``××区政府办`` its ``人民政府办公室``, ``宁波高新区`` its
# ``宁波国家高新技术产业开发区``, ``武汉经开区`` its ``武汉经济技术开发区``, ``辽宁省营商局`` its
# ``营商环境建设局``, ``××市政府国资委`` its ``人民政府国有资产监督管理委员会``, ``××市经信局`` its
# ``经济和信息化局``, ``××市工信局`` its ``工业和信息化局``, ``××经开区`` its ``经济开发区`` too, ``××省国动办``
# its ``国防动员办公室``, ``××市资规局`` its ``自然资源和规划局``, ``××市疾控局`` its ``疾病预防控制局``,
# ``××区教委`` its ``教育委员会``, ``××区住建委`` its ``住房和建设委员会``.
_SHORT_FORMS = (
    ("国有资产监督管理委员会", "国资委"), ("人民代表大会常务委员会", "人大常委会"), ("人民代表大会", "人大"),
    ("管理委员会", "管委会"), ("教育委员会", "教委"), ("委员会", "委"), ("人民政府", "政府"), ("政府办公室", "政府办"),
    ("监督管理", "监管"),
    ("人力资源和社会保障", "人社"), ("人力资源社会保障", "人社"), ("人力社保", "人社"),
    ("国家高新技术产业开发区", "高新区"), ("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"),
    ("经济开发区", "经开区"), ("国防动员办公室", "国动办"),
    ("营商环境建设局", "营商局"), ("教育体育", "教体"), ("发展和改革", "发展改革"),
    ("发展改革", "发改"), ("卫生健康", "卫健"), ("卫生和计划生育", "卫生计生"), ("人民防空办公室", "人防办"),
    ("民族宗教事务局", "民宗局"), ("住房和城乡建设", "住房城乡建设"), ("住房城乡建设", "住建"), ("科学技术", "科技"),
    ("应急管理局", "应急局"), ("中国人民政治协商会议", "政协"), ("外事办公室", "外办"),
    ("文化广电旅游体育", "文广旅体"), ("文化和旅游", "文旅"), ("环境保护", "环保"), ("经济和信息化", "经信"),
    ("工业和信息化", "工信"), ("自然资源和规划", "资规"), ("疾病预防控制", "疾控"), ("住房和建设", "住建"),
)


_LEVELS = ("自治区", "省", "市", "州", "县", "区")
"""What an office named without its place (``市水务局``) starts with."""
_LEVEL_LIKE = re.compile(r"市[中南北]区")
"""Districts whose names start like a level (``市中区棉竹镇人民政府`` is placed)."""


def _short_autonomous(org: str) -> str:
    """``金平苗族瑶族傣族自治县人民政府`` -> ``金平县人民政府``: an autonomous county by the short
    name its own reports use."""
    for at in range(len(org)):
        for size in (2, 3, 4):
            for level in ("县", "旗"):
                whole = places.whole_name(org[at:at + size] + level)
                if whole and org.startswith(whole, at):
                    return org[:at] + org[at:at + size] + level + org[at + len(whole):]
    # (or by its official short form, ``关岭自治县``, ``湘西自治州``; ``东乡县`` of ``东乡族自治县``;
    # an ethnic township by its name alone, ``落别乡`` of ``落别布依族彝族乡``)
    return _ETHNIC_TOWNSHIP.sub(r"\1乡", _SHORT_FORM_AUTONOMOUS.sub(r"\1\2", org))


_PEOPLE = "|".join(sorted(places.PEOPLES, key=len, reverse=True))
_ETHNIC_TOWNSHIP = re.compile(rf"(?:(?<=[县区旗市])|^)([\u4e00-\u9fff]{{2,3}}?)(?:(?:{_PEOPLE})族){{1,3}}乡")
_SHORT_FORM_AUTONOMOUS = re.compile(r"(?:(?<=[市州盟])|^)([\u4e00-\u9fff]{2})族?自治([县旗州])")


def _org_right(found: str | None, key: str | None) -> bool:
    """The organisation, complete: ``静海区`` keyed and ``天津市静海区人民政府`` found agree;
    a name in traditional and in simplified characters agree; a name and its official short
    form agree (``_SHORT_FORMS``, ``××区人民政府××街道办事处`` /
    ``××区××街道办事处``); a fragment (``在市委``), an office named by its level alone
    (``县卫生健康局`` for ``天台县卫生健康局``) or nothing does not."""
    if not found or not key or found == key:
        return found == key  # (a name said as the text says it, ``高新区(新市区)人民政府`` too)
    if found.startswith(_LEVELS) and not key.startswith(_LEVELS) and not _LEVEL_LIKE.match(found):
        return False
    def core(org: str) -> str:
        org = script.simplified(org.replace(" ", ""))  # one name in either script
        # (its short name before any other short form: ``莫旗`` is ``莫力达瓦达斡尔族自治旗``'s)
        for short, full in SHORT_PLACES.items():  # ``红河州`` is its prefecture's, ``科右中旗`` its banner's
            org = org.replace(full, short)
        org = _short_autonomous(org)
        # A zone's second name in brackets (``五象新区（自贸试验区南宁片区）管理委员会``) is optional.
        org = re.sub(r"[（(][^（()）]+[)）]", "", org)
        for full, short in _SHORT_FORMS:
            org = org.replace(full, short)
        # ``××区人民政府××街道办事处`` is the official form of ``××区××街道办事处``
        org = re.sub(r"(?<=[区县市旗])政府(?=.{2,8}(?:街道|镇|乡))", "", org)
        # ``××市人民政府国有资产监督管理委员会``, ``××市人民政府外事办公室``: a body its government
        # runs, officially under the government's name and called without it (``××市国资委``,
        # ``××市外办``); not the government's own office (``××市政府办``)
        org = re.sub(r"(?<=[省市州县区旗])政府(?=国资委|外办)", "", org)
        # A 政协's standing committee reports for its committee, a department's party group
        # (``中共××局党组``) for its department: either names the writer.
        org = re.sub(r"(?<=委)(?:常务委|常委会)$", "", org)
        org = re.sub(r"^中共(.{2,30})党组$", r"\1", org)
        # (a 政协's or a 人大's term is which of its committees, not whose: ``…常州市第十四届委员会``,
        # ``内蒙古自治区第九届人民代表大会常务委员会``)
        org = re.sub(r"第[一二三四五六七八九十]{1,3}届(?=委|人大)", "", org)  # (said short by now)
        # ``政协如东县委员会`` is ``政协南通市如东县委员会``: the place is what ends the name; and
        # ``山东省政协`` (``山东省政协常委会``) its official short form
        org = re.sub(r"^政协(.+)$", r"\1政协", org)
        org = re.sub(r"(?<=[省市县区州旗])政协(?:常委会)?$", "委政协", org)
        # (a zone, ``××经济开发区``, is run by its 管委会 as a county by its government)
        return re.sub(r"(?:政府|办事处|(?<=区)管委会)$", "", org)
    a, b = core(found), core(key)
    # (``经济开发区`` names a kind of zone, not which: no more the writer than ``区司法局``)
    return len(a) >= 2 and not ZONE_KIND.fullmatch(a) and (a.endswith(b) or b.endswith(a))


# A reprint site's tags around a report's title, its province before and the edition
# (``（全文）``, ``（摘要）``), or the day it lists the report under or the session it was read at
# after (``（黑龙江）2021年肇源县人民政府工作报告（全文）``, ``政府工作报告（第十七届人民代表大会第三次会议）``,
# ``（天津市）××区人民政府工作报告（2025年1月7日）``, ``…（2021年2月2日 ×××）``): the site's, and a title said with or without them
_REPRINT_TAGS = re.compile(rf"^[(（](?:{'|'.join(PROVINCES)})(?:省|市|自治区)?[)）]|"
                           # (the day with its reader: ``（2021年2月2日 ×××）``)
                           r"[(（](?:全文|摘要|书面|(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?:[ \u3000]+[\u4e00-\u9fff]{2,4})?|"
                           r"第[一二三四五六七八九十]{1,3}届人民代表大会第[一二三四五六七八九十]{1,3}次会议|"
                           # (the speech's whole subtitle in brackets: ``(2020年1月16日在××镇…会议上)``)
                           r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日在[^()（）]{4,60}(?:会议|大会)上?)[)）]$")


# ``××办公室（以下简称区政府办公室）2022年…报告``: the note on how the text will call the writer
# is no part of the report's name, with it or without
_SO_CALLED = re.compile(r"[（(]以下简称[^（()）]{0,20}[)）]")


def _title_right(found: str | None, key: str | None) -> bool:
    def said(title: str | None) -> str:
        return script.simplified(_text(_SO_CALLED.sub("", _REPRINT_TAGS.sub("", (title or "").strip()))))
    return said(found) == said(key)


def _title_note(found: str | None, key: str | None, text: str) -> str:
    if not _printed(key, text):
        return "unprinted"
    return "ok" if _title_right(found, key) else str(found)


_SPACE = re.compile(r"\s+")


def _printed(title: str | None, text: str) -> bool:
    """The page prints the keyed title, on one line or over several."""
    return title is None or _SPACE.sub("", title) in _SPACE.sub("", text)


_SHOWN_MIN = 4


def _shown(found: list[Heading], text: str) -> list[Heading]:
    """A page's excerpt ends where the search tool cut it: a heading there with fewer than 4
    characters shown (``(二)积极``) is keyed by no reader, so it counts for no program either."""
    tail = text.rstrip()
    return [h for h in found if not (h.text.strip() and len(_text(h.text)) < _SHOWN_MIN
                                     and tail.endswith(h.text.strip()))]


def parsed_headings(doc: parser.Document) -> list[Heading]:
    return [Heading(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"]


def naive_headings(text: str) -> list[Heading]:
    found = []
    for line in text.splitlines():
        match = _NAIVE.match(line)
        if match:
            family = match.lastgroup or "cn"
            found.append(Heading(_NAIVE_DEPTH[family], match.group(family), line[match.end():]))
    return found


def naive_meta(text: str) -> tuple[str | None, str | None, int | None]:
    lines = [line.strip(" \t\u3000*#") for line in text.splitlines()]
    lines = [line for line in lines if line and line != "---" and ":" not in line[:8]]
    title = lines[0] if lines else None
    year = _YEAR.search(text)
    org = re.match(r"^(.{2,20}?(?:人民政府|街道办事处|街道|镇|乡|区|县|市|局))", title or "")
    return title, org[1] if org else None, int(year[1]) if year else None


_DATE_FIELDS = ("delivered", "date", "published")


def naive_date(text: str) -> str | None:
    """The first full date in the text."""
    match = re.search(r"((?:19|20)\d\d)\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})", text)
    return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}" if match else None


def _read_key(path: Path) -> dict:
    """A key, refused when YAML read a heading otherwise than it was written: a flow mapping
    split at an unquoted comma (``{…, text: 坚持A,扛牢B}``), or a marker read as a number (``1.``)."""
    key = yaml.safe_load(path.read_text(encoding="utf-8"))
    for heading in key.get("headings") or ():
        if set(heading) != {"depth", "marker", "text"} or not isinstance(heading["marker"], str):
            raise SystemExit(f"{path}: heading {heading} is misread; quote its marker and text")
    return key


def load_keys(pages: list[Path], texts: Path | None = None) -> list[tuple[dict, str]]:
    """(key, text) for every key whose text can be found: beside the key, or under ``texts``
    in a folder named as the key's."""
    out = []
    missing = 0
    for path in sorted(KEYS.glob("*.yaml")):
        key = _read_key(path)
        source = key["source"]
        where = {"corpus": CORPUS, "seeds": SEEDS}[source.split(":", 1)[0]]
        file = where / source.split(":", 1)[1]
        if file.exists():
            out.append((key, str(file)))
    for folder in pages:
        page_keys = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
        for n, path in enumerate(page_keys):
            text = path.with_suffix(".txt")
            if not text.exists() and texts is not None:
                text = texts / folder.name / text.name
            if not text.exists():
                missing += 1
                continue
            key = _read_key(path)
            if "heldout" not in key:
                # The first half was read while the parser was tuned; the second half never was.
                key["heldout"] = n >= len(page_keys) // 2
            key["source"] = f"{folder.name}:{path.stem}"
            key["page"] = True
            out.append((key, str(text)))
    if missing:
        print(f"{missing} page keys left out: their texts are not at hand", file=sys.stderr)
    return out


def evaluate(pages: list[Path], verbose: bool, only: str | None = None,
             texts: Path | None = None) -> None:
    totals: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for key, file in load_keys(pages, texts):
        if only and ("held-out" if key.get("heldout") else "dev") != only:
            continue
        doc = parser.load(file)
        keyed = [Heading(h["depth"], str(h["marker"]), str(h["text"])) for h in key["headings"]]
        ours = parsed_headings(doc)
        naive = naive_headings(doc.text)
        if key.get("page"):
            ours, naive = _shown(ours, doc.text), _shown(naive, doc.text)
        hit, exact = _match(keyed, ours)
        nhit, nexact = _match(keyed, naive)
        split = "held-out" if key.get("heldout") else "dev"
        groups = [(key["genre"], split), ("all", split)] + [
            ("all pages", split), (f"{key['genre']} pages", split)] * bool(key.get("page"))
        for group in groups:
            t = totals[group]
            t["docs"] += 1
            t["keyed"] += len(keyed)
            t["found"] += len(ours)
            t["hit"] += hit
            t["exact"] += exact
            t["nfound"] += len(naive)
            t["nhit"] += nhit
            t["nexact"] += nexact
            title, org, year = naive_meta(doc.text)
            printed = _printed(key.get("title"), doc.text)
            t["titled"] += printed
            named = key.get("org_from") != "none"
            t["named"] += named
            t["named_ok"] += named and _org_right(doc.meta.org, key.get("org"))
            for field, ok, base in (
                ("title", printed and _title_right(doc.meta.title, key.get("title")),
                 printed and _title_right(title, key.get("title"))),
                ("org", _org_right(doc.meta.org, key.get("org")), _org_right(org, key.get("org"))),
                ("year", doc.meta.year == key.get("year"), year == key.get("year")),
            ):
                t[field] += ok
                t["n" + field] += base
            for field in _DATE_FIELDS:
                if key.get(field):
                    keyed_date = str(key[field])
                    t["dates_keyed"] += 1
                    t["dates"] += getattr(doc.meta, field) == keyed_date
                    t["ndates"] += naive_date(doc.text) == keyed_date
        if verbose:
            print(f"{key['source']}: F1 {_f1(hit, len(keyed), len(ours)):.2f} "
                  f"depth {_f1(exact, len(keyed), len(ours)):.2f} "
                  f"title {_title_note(doc.meta.title, key.get('title'), doc.text)} "
                  f"org {'ok' if _org_right(doc.meta.org, key.get('org')) else doc.meta.org} "
                  f"year {'ok' if doc.meta.year == key.get('year') else doc.meta.year}")
    print(f"{'genre':13} {'set':8} {'docs':>4}  {'heading F1':>17}  {'depth-exact F1':>17}  "
          f"{'title':>11}  {'org':>11}  {'year':>11}  {'dates (n)':>16}  {'named (n)':>10}")
    print(f"{'':13} {'':8} {'':>4}  {'ours / naive':>17}  {'ours / naive':>17}  "
          f"{'ours/naive':>11}  {'ours/naive':>11}  {'ours/naive':>11}  {'ours/naive':>16}  "
          f"{'org ours':>10}")
    for (genre, split), t in sorted(totals.items()):
        n = t["docs"]
        cells = [
            f"{_f1(t['hit'], t['keyed'], t['found']):.3f} / {_f1(t['nhit'], t['keyed'], t['nfound']):.3f}",
            f"{_f1(t['exact'], t['keyed'], t['found']):.3f} / "
            f"{_f1(t['nexact'], t['keyed'], t['nfound']):.3f}",
            *(f"{t[f] / d:.2f}/{t['n' + f] / d:.2f}" for f, d in (
                ("title", t["titled"] or 1), ("org", n), ("year", n))),
        ]
        keyed_dates = t["dates_keyed"]
        dates = (f"{t['dates'] / keyed_dates:.2f}/{t['ndates'] / keyed_dates:.2f} ({int(keyed_dates)})"
                 if keyed_dates else "-")
        named = f"{t['named_ok'] / t['named']:.2f} ({int(t['named'])})" if t["named"] else "-"
        unprinted = f"  unprinted {int(n - t['titled'])}" if n > t["titled"] else ""
        print(f"{genre:13} {split:8} {int(n):>4}  {cells[0]:>17}  {cells[1]:>17}  "
              f"{cells[2]:>11}  {cells[3]:>11}  {cells[4]:>11}  {dates:>16}  {named:>10}{unprinted}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=Path, action="append", default=[],
                    help="a folder of saved web pages (NNN.txt) with their keys (NNN.yaml); repeatable")
    ap.add_argument("--texts", type=Path, default=None, metavar="ROOT",
                    help="where the pages' texts are when not beside their keys: ROOT/<folder>/NNN.txt")
    ap.add_argument("--split", choices=("dev", "held-out"), default=None,
                    help="evaluate only the dev or only the held-out keys")
    ap.add_argument("--verbose", action="store_true", help="one line per document")
    args = ap.parse_args()
    evaluate(args.pages, args.verbose, args.split, args.texts)


if __name__ == "__main__":
    main()
