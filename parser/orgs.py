"""Organisation names, normalised so that one office is one key however a report or a folder
writes it: ``浙江省人民政府`` = ``浙江省`` = ``浙江``, ``广西壮族自治区人民政府`` = ``广西``,
``深圳市人民政府`` = ``深圳市`` = ``深圳``.

A name is read as ``<place><level><body>``: the body (``人民政府``, ``政府``, ``办公厅`` …) says
which part of the government wrote, not which office it is, and is dropped; the level (``省``,
``市``, ``自治区`` …) is kept, because ``吉林省`` and ``吉林市`` are two offices. A bare place
name takes its level from ``PROVINCES`` (``浙江`` is a province, ``北京`` a municipality) and is
otherwise, when short, taken for a city (``深圳``).
"""

from __future__ import annotations

from dataclasses import dataclass

from parser.lazy_regex import LazyPattern

PROVINCES: dict[str, str] = {
    **dict.fromkeys(
        ("河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
         "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
         "台湾"),
        "省",
    ),
    **dict.fromkeys(("北京", "天津", "上海", "重庆"), "市"),
    "内蒙古": "自治区", "广西": "壮族自治区", "西藏": "自治区", "宁夏": "回族自治区",
    "新疆": "维吾尔自治区", "香港": "特别行政区", "澳门": "特别行政区",
}
"""Provincial-level places by their short name, with the level their full name ends in."""

PROVINCE_LETTERS: dict[str, str] = dict(zip(
    "冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青京津沪渝蒙桂藏宁新",
    ("河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
     "湖北", "湖南", "广东", "海南", "四川", "四川", "贵州", "贵州", "云南", "云南", "陕西", "陕西",
     "甘肃", "甘肃", "青海", "北京", "天津", "上海", "重庆", "内蒙古", "广西", "西藏", "宁夏", "新疆"),
    strict=True))
"""Provincial-level places by the one character that stands for them, as at the head of a
document number (``豫交党〔2024〕22号`` is one of 河南's)."""

AUTONOMOUS_PREFECTURES: dict[str, str] = {
    "延边州": "延边朝鲜族自治州", "恩施州": "恩施土家族苗族自治州", "湘西州": "湘西土家族苗族自治州",
    "阿坝州": "阿坝藏族羌族自治州", "甘孜州": "甘孜藏族自治州", "凉山州": "凉山彝族自治州",
    "黔东南州": "黔东南苗族侗族自治州", "黔南州": "黔南布依族苗族自治州",
    "黔西南州": "黔西南布依族苗族自治州", "楚雄州": "楚雄彝族自治州", "红河州": "红河哈尼族彝族自治州",
    "文山州": "文山壮族苗族自治州", "西双版纳州": "西双版纳傣族自治州", "大理州": "大理白族自治州",
    "德宏州": "德宏傣族景颇族自治州", "怒江州": "怒江傈僳族自治州", "迪庆州": "迪庆藏族自治州",
    "临夏州": "临夏回族自治州", "甘南州": "甘南藏族自治州", "海北州": "海北藏族自治州",
    "黄南州": "黄南藏族自治州", "海南州": "海南藏族自治州", "果洛州": "果洛藏族自治州",
    "玉树州": "玉树藏族自治州", "海西州": "海西蒙古族藏族自治州", "昌吉州": "昌吉回族自治州",
    "博州": "博尔塔拉蒙古自治州", "巴州": "巴音郭楞蒙古自治州", "克州": "克孜勒苏柯尔克孜自治州",
    "伊犁州": "伊犁哈萨克自治州",
}
"""The thirty autonomous prefectures by the short name their own reports use (``昌吉州``), with
their full name; ``巴州区`` (a district of 巴中) is no short name of 巴音郭楞."""

BANNERS: dict[str, str] = {
    "科右前旗": "科尔沁右翼前旗", "科右中旗": "科尔沁右翼中旗", "科左中旗": "科尔沁左翼中旗",
    "科左后旗": "科尔沁左翼后旗", "察右前旗": "察哈尔右翼前旗", "察右中旗": "察哈尔右翼中旗",
    "察右后旗": "察哈尔右翼后旗", "达茂旗": "达尔罕茂明安联合旗", "东乌旗": "东乌珠穆沁旗",
    "西乌旗": "西乌珠穆沁旗", "阿左旗": "阿拉善左旗", "阿右旗": "阿拉善右旗",
    "乌前旗": "乌拉特前旗", "乌中旗": "乌拉特中旗", "乌后旗": "乌拉特后旗",
    "新左旗": "新巴尔虎左旗", "新右旗": "新巴尔虎右旗", "莫旗": "莫力达瓦达斡尔族自治旗",
}
"""Inner Mongolia's banners by the short name their own reports use (``科右中旗``), with
their full name."""

LEAGUES: dict[str, str] = {"锡盟": "锡林郭勒盟", "阿盟": "阿拉善盟"}
"""Inner Mongolia's leagues by the short name their own reports use (``锡盟商务局``), with their
full name."""

SHORT_PLACES = AUTONOMOUS_PREFECTURES | BANNERS | LEAGUES
"""Places a report may name by a short name, with their full name."""

BODIES = (
    "人民政府办公厅", "人民政府办公室", "人民政府", "政府办公厅", "政府办公室", "政府",
    "办公厅", "办公室", "办事处",
)
"""What follows the place and level in an office's name; longest first."""

LEVELS = (
    "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "自治州", "自治县",
    "地区", "新区", "省", "市", "州", "盟", "区", "县", "旗", "镇", "乡", "街道",
)
"""The levels a place name may end in; longest first."""

ZONE_KIND = LazyPattern(r"(?:经济技术|高新技术产业|经济|工业|产业|高新)?(?:开发|园|新|高新|经开)区")
"""``经济开发区`` / ``高新区``: a kind of zone, which names no zone (as ``区司法局`` names no
district's bureau)."""

BARE_CITY_MAX = 4
"""A bare name this short (``深圳``, ``乌鲁木齐``) is a city; a longer one without a level
(``某某区司法局``) is kept whole."""

_BODY = LazyPattern("(?:" + "|".join(BODIES) + ")$")
_LEVEL = LazyPattern("(?:" + "|".join(LEVELS) + ")$")
_NOISE = LazyPattern(r"[\s\u3000·•]+")


@dataclass(frozen=True, slots=True)
class Office:
    """An office as one key: the place and its level (``浙江``, ``省``); ``name`` is how to
    show it (``浙江省``)."""

    place: str
    level: str

    @property
    def name(self) -> str:
        return self.place + self.level


def normalise(name: str) -> Office | None:
    """The office ``name`` stands for; None when nothing is left of it.

    >>> [normalise(n).name for n in ("浙江省人民政府", "浙江省", "浙江", "广西壮族自治区人民政府")]
    ['浙江省', '浙江省', '浙江省', '广西壮族自治区']
    >>> normalise("吉林市人民政府") == normalise("吉林省")
    False
    """
    text = _NOISE.sub("", name)
    text = _BODY.sub("", text) or text
    level_match = _LEVEL.search(text)
    if level_match and level_match.start() >= 1:
        place, level = text[: level_match.start()], level_match.group()
    else:
        place, level = text, ""
    if place in PROVINCES:
        # 广西 and 广西自治区 are 广西壮族自治区; 吉林市 stays a city, not 吉林省.
        if not level or (level.endswith("自治区") and PROVINCES[place].endswith("自治区")):
            level = PROVINCES[place]
    elif not level and len(place) <= BARE_CITY_MAX:
        level = "市"
    return Office(place, level) if place else None
