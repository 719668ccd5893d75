"""Web-page debris: the lines a report picks up when it is copied from a government site —
metadata rows (``发布时间: 字体:``, ``索 引 号 … 分 类 …``, ``来源 | …``), breadcrumbs, toolbars
(``无障碍 简体|繁体``), banners with today's date, ``打印 关闭``, ``扫一扫在手机打开当前页``, template
sites' prefaces and tag lines, and page numbers left by a PDF copy (``— 2 —``).

Debris stays in the text (nothing is dropped) but is never a heading, a title or content. Each
rule below is one kind of debris; a line is debris when any rule says so.
"""

from __future__ import annotations

import re

from parser import headings
from parser.chars import CLAUSE_ENDS, SENTENCE_ENDS, SPACES
from parser.lazy_regex import HAN, HAN_CHAR, LazyPattern

_MAX_LENGTH = 160

# ``您当前所在的位置``: the label in front of a breadcrumb (or of the column: ``当前栏目``), in the ways
# sites word it.
_LOCATIONS = ("当前位置", "当前所在", "您的位置", "您现在的位置", "您当前的位置", "当前的位置", "所在位置",
              "您所在的位置", "您现在所在的位置", "您当前所在的位置", "您当前所在位置", "当前所在位置",
              "当前栏目")
# Labels of a page's metadata block, as written without spaces (``索 引 号`` squeezes to 索引号).
_LABELS = (
    "发布时间|发布日期|发文日期|发文时间|成文日期|更新时间|生成日期|公开日期|时间|日期|来源|信息来源|文章来源|"
    "作者|发布者|发布部门|撰稿|编辑|责任编辑|审核|校对|浏览次数|浏览量|浏览|点击数|点击量|点击|阅读次数|阅读量|访问量|"
    "字体|字号|文字|背景色|分享到|分享|索引号|发布机构|发文机关|制发机构|主题分类|体裁分类|服务对象|分类|公开方式|"
    "公开时限|公开范围|公开形式|公开目录|公开责任部门|责任部门|责任科室|组配分类|废止日期|是否有效|效力状态|"
    "公布日期|发布单位|统一编号|信息名称|内容概览|在线链接地址|文件下载|生效日期|所属机构|文件分类|文件编号|"
    "来源单位|内容分类|内容概述|信息分类|生效时间|废止时间|成文时间|访问次数|信息索引号|信息索取号|类目名称|所属主题|公开对象|发文类型|公开部门|文件效力|公文时效|时效|"
    r"主题\([一二]级\)|发文字号|文号|备注/文号|有效性|有效期|效力状况|公开程序|体裁|文件名称|标题|主题词|关键词|今天是|相关解读|相关文件|来源时间为|选择区域|政策咨询机关|政策咨询电话|"
    "报告人|报告时间|报告背景|中文名|外文名|"  # (a wiki's box of facts over a report)
    "新闻热线|热线电话|服务热线|读者热线|投稿邮箱|通讯员qq群|通讯员QQ群|"  # (a newspaper site's contacts)
    "承办单位|协办单位|联系电话|网站标识码|"  # (a site's footer)
    + "|".join(_LOCATIONS) + "|"
    # the same labels on pages in traditional characters
    "發布時間|發布日期|時間|來源|信息來源|文章來源|發布機構|瀏覽次數|點擊數|字體|字號|索引號|責任編輯"
)
_SQUEEZE = LazyPattern(r"[\s\u3000\u00a0]+")
_LABEL = LazyPattern(rf"(?:{_LABELS})")
# A label that introduces a value: followed by a colon or a table bar.
_LABEL_WITH_VALUE = LazyPattern(rf"(?:{_LABELS})[:：|｜]")
_LABELLED_CELL = LazyPattern(rf"(?:{_LABELS})[:：]?[|｜]")
# ``称: ××报告`` / ``号:``: a label of a page's table whose first characters the copy lost
# (名称, 索引号) — the last one or two characters of a label, then a colon.
_CUT_LABEL = LazyPattern(r"([^\W\d_]{1,2})[:：]")
_LABEL_TAILS = frozenset(
    label[-n:] for label in _LABELS.split("|") for n in (1, 2) if len(label) > n)
# ``名称: ××报告``: the 名称 row of a page's metadata table — only at a line's start, where prose
# (``项目名称：…``) never puts it.
_NAME_ROW = LazyPattern(r"(?:名称|题名)[:：]")

# Phrases that only page furniture uses; these mark a line as debris even with a full stop.
_PHRASES = LazyPattern(
    r"扫一扫|在手机打开|涉密文件严禁上网|最佳浏览效果|站内搜索|头条新闻[:：]|扫描到手机|用手机看|分享给朋友|打印本页|打印该页|关闭窗口|返回顶部|【打印】|【关闭】|\[打印\]|\[关闭\]|上一篇[:：]|"
    r"下一篇[:：]|相关链接|附件下载|【大中小】|字体[:：]?[【\[]?大[】\]]?[【\[]?中|分享至|微信扫|"
    r"网站地图|版权所有|主办单位[:：]|ICP备|公网安备|小编为大家|供大家参考|相关热词|热词搜索|"
    r"本文来源于|免责声明|转载请注明|点击收听|语音朗读|保护视力色|热门搜索|热搜词|热门关键词|字体大小|辅助浏览|听全文|"
    # (a site's search box: ``选择特殊符号`` / ``选择搜索类型`` / ``请输入搜索内容``)
    r"选择特殊符号|选择搜索类型|请输入搜索|"
    r"——摘自《|操作帮助请按|请使用tab|欢迎[您你][!！]|欢迎访问|欢迎(?:加入|光临|来到|进入).{0,16}[!！]|点击关闭|详细目录信息|老年模式|跳转到内容|维基文库|維基文庫|FlashPlayer|"
    # a site's list of its sister sites; the notice before a link leaves the site
    r"站群导航|即将离开.{0,30}(?:网站|门户)|点击(?:查阅|查看|阅读)(?:更多|图解|解读)|"
    # the notice a site puts over a page its visitor's browser may show badly
    r"您所使用的浏览器|尊敬的用户[,，]\s*您好|"
    # a document site's notices over the document it sells
    r"本文档由用户上传|下载前请仔细阅读|预览时可能会显示错乱|未能成功下载|网站客服[:：]|"
    # (and its notices to the visitor who has not signed in, or reads on a phone)
    r"登录后继续阅读|为了更好的阅读体验|"
    # (and its terms of sale, numbered: ``1、下载文档前请自行甄别…``, ``2、"仅部分预览"的文档…``)
    r"下载文档前|仅部分预览|如文档侵犯您的权益|合集下载|"
    # an advertisement's call (``…写作神器! 立即了解``); each branch opens with a character of
    # its own, not a class, so that ``re`` can skip to where a branch may start
    r"!\s*立即(?:了解|下载|体验|购买|咨询|使用)|！\s*立即(?:了解|下载|体验|购买|咨询|使用)"
)
# An e-paper's page furniture (``当前版:07版``, ``第A3版:两会新闻``, ``上一版``, ``版面:03 要闻``):
# looked for only in a line that says 版, so that the search of every other line does not pay
# for it.
_E_PAPER = LazyPattern(r"当前版[:：]|版面导航|通版阅读|[上下]一版|第[A-Z]?\d{1,3}版[:：]|版面[:：]\s*[A-Z]?\d{1,3}|^返回版面$")
# A line that is only a widget: an air-quality scale (``AQI`` / ``• 轻度污染``), the buttons of
# the notice before a link leaves the site (``继续访问放弃``), an icon's label (``ico``) or the
# name of a block of the page's layout (``头部``). (Apart from ``_PHRASES``: a branch
# anchored at the line's start would cost every search of it the scan for its first characters.)
_WIDGET = LazyPattern(
    # (and a wiki's boxes over an article: ``基本信息`` / ``报告人:…`` / ``详细内容``)
    rf"[•·]*(?:AQI|(?:轻度|中度|重度|严重)污染|继续访问放弃|ico|icon|头部|底部|基本信息|详细内容|"
    # an empty picture (``![]() |``); a column's name and its link to the rest (``领导讲话 more``)
    rf"!\[[^\]]*\]\([^)]*\)[|｜]*|{HAN}{{2,8}}(?:more|MORE|More)(?:>>|»)?|"
    # the site's sponsor (``大众报业集团主办``)
    rf"{HAN}{{2,16}}主办|"
    # a paper database's label over the abstract it shows
    rf"(?:内容)?摘要[:：]?|"
    # a site's search box (``搜索位置:`` / ``匹配度:`` / ``排序:``)
    rf"(?:搜索位置|匹配度|排序)[:：]?|"
    # a feedback form's required field (``1.错误类:*``, ``您的姓名:*``)
    rf"(?:\d{{1,2}}[.、])?[^。]{{1,60}}[:：]\*)")
# Words of site toolbars and banners; two of them on a short line make it a toolbar.
_FURNITURE_WORDS = LazyPattern(
    r"无障碍|简体|繁体|登录|注册|微信|微博|信息平台入口|手机版|English|网站导航|设为首页|加入收藏|"
    r"打印|关闭|收藏|返回|顶部|首页|纠错|默认|长者模式|关怀版|读屏|网站支持IPv6|支持IPv6|IPv6|"
    r"智能机器人|智能问答|无障碍版|长者助手|长者版|适老版|关怀模式|选择语言|下载本页|网站无障碍|"
    r"导航菜单|网站导航"
)
_FURNITURE_ONLY = LazyPattern(r"(?:[\s|｜/【】\[\]()（）•·]*(?:打印|关闭|收藏|分享|返回|顶部|首页|大|中|小|"
                             r"默认|纠错|我要纠错|留言咨询|我要留言|相关文档|使用说明|我要打印|我要收藏|我要分享|文章分享|分享到|公共资源调用站点|移动端应用|移动端|政务微信|政务微博|智能问答|登录个人中心|字体|字号|页面|对比度|适老版|适老化|无障碍浏览|无障碍|个人中心|"
                             r"长者模式|关怀版|语音播报|朗读|全文朗读|设为首页|加入收藏|下载|全屏|返回列表|手机版|电脑版|已归档|天气预报|"
                             r"返回上一页|返回首页|上一页|下一页|上一篇|下一篇|放大|缩小|选择语言|下载本页|保存|导航菜单|网站导航|img|logo|点击播放视频|点击播放|播放视频|"
                             r"搜索|搜索关键字|请输入关键字|请输入搜索内容|基本介绍|English|ENGLISH|日本语|日本語|韩语|韓語|한국어|简体|繁体|繁體|X|×|#)[\s|｜/【】\[\]()（）•·]*[:：]?)+")
# ``2022-05-12 14:44``; ``18.02.2020 12:01``, as a news aggregator writes it, day first
_DATE_TIME = LazyPattern(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}(?::\d{2}|时\d{1,2}分)|"
                         r"^\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\s+\d{1,2}:\d{2}$")
# ``· ××区召开…推进会    2024-05-09``: one item of a list of links, each with its date
_DATED_LINK = LazyPattern(r"[·•]\s*[^·•]{4,80}?\s(?:19|20)\d\d-\d\d-\d\d")
_DATED_LINKS = 2
_WEEKDAY_BANNER = LazyPattern(r"\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]")
_PAGE_NUMBER = LazyPattern(
    r"[-—－–]{0,2}\s*\d{1,4}\s*[-—－–]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|"
    r"\d{1,4}\s*/\s*\d{1,4}"
)
BREADCRUMB_SEPARATORS = LazyPattern(r"\s*(?:>|＞|›|»)+\s*")
"""The arrows between a breadcrumb's steps (``首页 > 政务公开 >> 工作报告``)."""
_SLASHES = LazyPattern(r"\s*/\s*")
_BARS = LazyPattern(r"\s*[|｜]\s*")
_NOTICE_MAX = 30
# (``深夜视频在线观看一区二区三区_…``, ``欧美日韩特黄一级片,…无码…``: no report's line of text
# says three of these words without a full stop; ``对欧美、日韩出口`` says two)
_SPAM = LazyPattern(r"在线观看|一区二区|无码|欧美|日韩|少妇|一级片|毛片|三级片|做爰")
_SPAM_MIN = 3
_GAMBLING = LazyPattern(r"bt365|365bet|bet365|备用网[址站]|开户官网")
_SPAM_LINE_MAX = 60
_SENTENCE = LazyPattern(f"[{re.escape(SENTENCE_ENDS + CLAUSE_ENDS)}]")


def is_debris(line: str) -> bool:
    """True if ``line`` (one line, no newline) is web-page debris rather than report text."""
    stripped = line.strip()
    if not stripped:
        return False
    if (("欧美" in stripped or "在线观看" in stripped) and "。" not in stripped
            and len(set(_SPAM.findall(stripped))) >= _SPAM_MIN):
        return True  # a hijacked copy's line of pornographic links, however long
    if ("365" in stripped or "备用网" in stripped) and "。" not in stripped and len(stripped) <= _SPAM_LINE_MAX and (
            _GAMBLING.search(stripped)):
        return True  # a hijacked copy's headline, a gambling site's (``bt365备用网站_365bet开户官网``)
    if len(stripped) > _MAX_LENGTH:
        # a site's list of news (a paragraph holds no bullet: most are passed with no scan)
        return ("•" in stripped or "·" in stripped) and len(_DATED_LINK.findall(stripped)) >= _DATED_LINKS
    squeezed = _SQUEEZE.sub("", stripped)
    # ``- [ 索引号 ] …`` / ``• 来源: …`` / ``| [ 发文字号 ] | 无 |``: a list or a table of cells
    unbulleted = squeezed.lstrip("•·-*|｜")
    if "浏览器" in squeezed and len(squeezed) <= _NOTICE_MAX:
        return True  # ``建议升级浏览器版本到最新版本!``: the site's notice, not the report's
    if (_PHRASES.search(squeezed) or ("版" in squeezed and _E_PAPER.search(squeezed))
            or (unbulleted[:1] in "[【［" and _BRACKETED_LABEL.match(unbulleted))
            or _CAPTION.match(unbulleted) or _SEPARATORS_ONLY.fullmatch(squeezed) or _WIDGET.fullmatch(squeezed)
            or (squeezed[-1] in ")）" and _PHOTO_CREDIT.search(squeezed))):
        return True
    if "<" in stripped and not _TAGS_ONLY.sub("", stripped).strip(" •·\t\u3000"):
        return True  # ``<legend id="h4sia"></legend>``: markup a copy left behind
    if stripped[:1].isdigit() and _numbered_furniture(stripped):
        return True
    if "Government" in stripped and _BILINGUAL_BANNER.fullmatch(stripped):
        return True  # ``××市人民政府 The People's Government of ×× Municipality``: the site's banner
    if stripped[:1].isascii() and _INDEX_NUMBER.fullmatch(squeezed):
        return True  # a 索引号 on a line of its own, its metadata table flattened without labels
    if squeezed.rstrip(":：") in _HOME or _LONE_LABEL.fullmatch(squeezed):
        return True  # ``您当前所在的位置`` with its breadcrumb on the next line; ``发文单位``
    if _LABEL_ROW.match(stripped):
        return True  # (``内容概述 根据《条例》…。``: whatever its value says, however long)
    if _LABEL_WITH_VALUE.match(unbulleted) and (
            len(stripped) <= _LABELLED_MAX or (len(stripped) <= _LABEL_ROW_MAX
                                               and len(_LABEL_WITH_VALUE.findall(squeezed)) >= 2)
            # (or a metadata table's row, its value in a cell however long: ``内容概述: | 六、…。 |``)
            or _LABELLED_CELL.match(squeezed) is not None and squeezed.endswith(("|", "｜"))):
        # ``主题分类: 综合政务,其他``: a row whose value has a comma; ``索 引 号: … 分 类: 政务督查;
        # 报告``: a row of two cells, whatever their values hold (a longer row may run on into
        # the title, a table flattened)
        return True
    if ("//" in stripped or "www." in stripped) and _LABELLED_ADDRESS.fullmatch(stripped):
        return True  # (its address may hold a ``?``, which is no sentence's end)
    if _SENTENCE.search(stripped) or _is_heading(line):
        return False
    return (
        _FURNITURE_ONLY.fullmatch(stripped) is not None
        or _PAGE_NUMBER.fullmatch(stripped) is not None
        or (_HASH_ID.fullmatch(stripped) is not None and not stripped.isdigit())
        or _IMAGE_FILE.fullmatch(stripped) is not None
        or _is_metadata(stripped, squeezed)
        or _furniture_words(stripped) >= 2
        or _WEEKDAY_BANNER.search(stripped) is not None
        or _DATE_TIME.search(stripped) is not None
        or _is_metadata_table_row(stripped)
        or _is_breadcrumb(stripped)
        or ("网" in stripped and _SITE_NAME.fullmatch(_SITE_LINK.sub("", stripped).strip()) is not None)
        or ("网" in stripped and _is_site_row(stripped))
        or (len(stripped) <= _LABEL_ROW_MAX and _SITE_ADDRESS.search(stripped) is not None)
        or (len(stripped) <= _LABEL_ROW_MAX and _GLUED_LABEL.match(squeezed) is not None)
        or ("元数据" in squeezed and _METADATA_HEADING.fullmatch(squeezed) is not None)
        or _MENU_ROW.fullmatch(stripped) is not None
    )


def is_home(line: str) -> bool:
    """``首页`` / ``您现在的位置:``: the first step of a breadcrumb, alone on its line."""
    return _SQUEEZE.sub("", line) in _HOME


def crumb_steps(line: str) -> list[str]:
    """The steps of a breadcrumb, by its arrows or, after a location label or ``首页``, by its
    slashes (``当前位置:××网 / 年鉴 / 特载``); the label is not a step."""
    steps = BREADCRUMB_SEPARATORS.split(line)
    if len(steps) < 2:
        steps = _SLASHES.split(line)
        label = next((home for home in _HOME if steps[0].startswith(home)), None)
        if label is None:
            return []
        steps[0] = steps[0][len(label):].strip(" :：") or label
    return steps


def is_crumb_path(line: str) -> bool:
    """``政务公开 规划计划 计划总结``: the rest of a breadcrumb whose arrows a copy lost — a few
    short names a space apart, nothing else."""
    pieces = line.split()
    return _CRUMBS_MIN <= len(pieces) <= _CRUMBS_MAX and all(
        len(piece) <= _CRUMB_MAX and _HAN_ONLY.fullmatch(piece) for piece in pieces)


_CRUMBS_MIN, _CRUMBS_MAX, _CRUMB_MAX = 2, 6, 8
_HAN_ONLY = LazyPattern(rf"{HAN}+")
_YEAR_STEP = LazyPattern(r"(?:19|20)\d\d年?度?")


def is_bare_label(line: str) -> bool:
    """``发布机构:`` / ``索 引 号：`` / ``发文单位``: a label of a page's metadata with its value
    elsewhere."""
    squeezed = _SQUEEZE.sub("", line).lstrip("•·-*")
    return (squeezed[-1:] in ":：" and _LABEL.fullmatch(squeezed[:-1]) is not None
            and not _VALUELESS.fullmatch(squeezed[:-1])) or _LONE_LABEL.fullmatch(squeezed) is not None


def starts_with_label(text: str) -> bool:
    """``发布日期 2024-01-29``: text that starts with a label of a page's metadata (what an empty
    cell before it runs into), not with a value."""
    return _LABEL.match(_SQUEEZE.sub("", text)) is not None


# Labels of buttons, not of values: ``分享到:`` stands before icons, never before text.
_VALUELESS = LazyPattern("|".join(("分享到", "分享", "字体", "字号", "文字", "背景色", "字體", "字號", *_LOCATIONS)))


def _is_heading(line: str) -> bool:
    stripped = line.lstrip(SPACES)
    return (headings.recognise(stripped, 0) or headings.recognise_point(stripped, 0)) is not None


def _numbered_furniture(stripped: str) -> bool:
    """A page's list of links numbered by the copy: ``1. 当前位置:`` / ``2. 首页 > 政务公开 >
    …`` / ``3. > 正文`` — furniture after its number."""
    marker = headings.recognise(stripped, 0)
    rest = stripped[marker.end:].strip() if marker else ""
    # (``2.公开方式`` / ``3.公开范围``: a part of a report named as a table's label is, numbered)
    return bool(rest) and is_debris(rest) and not _LONE_LABEL.fullmatch(rest)


_TOKEN_SEPARATORS = LazyPattern(r"[\s|｜/【】\[\]()（）•·]+")
_FURNITURE_TOKEN = LazyPattern(rf"(?:{_FURNITURE_WORDS.pattern})+")
# A label as a cell of its own (``索 引 号`` may be spaced out): after the line start, a space
# or a bar, and before a colon, a space, a bar or the line end — not a word inside prose.
_LABEL_CELL = LazyPattern(
    r"(?:^|(?<=[\s|｜•·]))(?:"
    + "|".join(r"\s*".join(label) for label in sorted(_LABELS.split("|"), key=len, reverse=True))
    + r")\s*(?=[:：|｜\s]|$)"
)


def _furniture_words(line: str) -> int:
    """Toolbar words in tokens made of nothing else (``繁体登录注册`` counts three; the 微信 of
    ``依托微信公众号`` counts none)."""
    return sum(len(_FURNITURE_WORDS.findall(token))
               for token in _TOKEN_SEPARATORS.split(line) if _FURNITURE_TOKEN.fullmatch(token))


def _is_metadata_table_row(line: str) -> bool:
    """``索 引 号 | 1162…/2025-48086 | 主题分类 | 金政发 |``, or the row of values under a row
    of labels (``1162…/2010-00023 | 主动公开 | ××镇人民政府 |``), not a table of figures."""
    cells = [_SQUEEZE.sub("", cell) for cell in re.split(r"[|｜]", line)]
    return len(cells) >= 3 and any(
        _LABEL.fullmatch(cell.rstrip(":：")) or _LABEL_CELL_OF_ITS_OWN.fullmatch(cell)
        or _INDEX_NUMBER.fullmatch(cell) for cell in cells if cell)


# ``公开形式:`` as a cell of a table row: a short name and a colon, the value in the next cell.
_LABEL_CELL_OF_ITS_OWN = LazyPattern(rf"{HAN}{{2,8}}[:：]")
_BILINGUAL_BANNER = LazyPattern(rf"{HAN}{{2,30}}\s+[A-Za-z][A-Za-z'’ ,.&()-]*Government[A-Za-z'’ ,.&()-]*")
# ``116223010139324488/2010-00023``: a 索引号, the office's code, the year and a serial number
_INDEX_NUMBER = LazyPattern(r"[0-9A-Za-z]{6,}[/-](?:19|20)\d\d-\d{3,}")


def _is_metadata(stripped: str, squeezed: str) -> bool:
    """``来源:… 发布时间:…``, ``• 索引号:``, or a row of two labels (``发布机构 … 发文日期 …``)."""
    unbulleted = squeezed.lstrip("•·-*")
    if _LABEL_WITH_VALUE.search(unbulleted) or _NAME_ROW.match(unbulleted):
        return True
    label = _CUT_LABEL.match(unbulleted)
    if label and label[1] in _LABEL_TAILS:
        return True
    return len(_LABEL_CELL.findall(stripped)) >= 2 and len(stripped) <= 80


_SPACED_HOME = LazyPattern(r"^首[ \u3000]+页(?=[ \u3000])")


_SLASHED_STEPS = 4


_STEPS_LEFT_OUT = frozenset(("...", "…", "……"))


def _is_site_row(line: str) -> bool:
    """``中国政府网 ××市人民政府网 镇街``: a row of links to sites, and the site's own short
    menu words, a space apart."""
    tokens = line.split()
    sites = sum(1 for token in tokens if _SITE_NAME.fullmatch(token))
    return sites >= _SITE_ROW_MIN and all(_SITE_NAME.fullmatch(token) or len(token) <= _MENU_WORD_MAX for token in tokens)


_SITE_ROW_MIN = 2
_MENU_WORD_MAX = 4


def _is_breadcrumb(line: str) -> bool:
    """``首页 > 政务公开 > 法治政府建设``: short pieces joined by arrows (or by slashes after
    ``首页``: ``首页 / 政府信息公开 / 年报``) — or by spaces after ``首页`` (``首页 走进×× 政务
    公开 ××报告``: the page's title glued on at the end); or a row of links to sites
    (``中国政府网 | ××市人民政府网 | 智能机器人``)."""
    line = _SPACED_HOME.sub("首页", line)  # ``首   页 走进×× 新闻中心 …``: spaced out for show
    pieces = BREADCRUMB_SEPARATORS.split(line)
    if len(pieces) >= 2 and not pieces[-1]:
        pieces = pieces[:-1]  # ``首页>``: a breadcrumb the page broke after its first step
        if len(pieces) == 1:
            return pieces[0] in _HOME
    if len(pieces) >= 2 and not pieces[0]:
        # ``> 政府信息公开``: one step of a breadcrumb laid out a step a line; ``>> 阳光执法 | >>
        # 行政执法公开 |``: a site's columns, each behind its arrows
        pieces = [piece.strip(" |｜") for piece in pieces[1:]]
        # (``>政府信息公开>政府信息公开年报>2016>…``: a step may be a year, or the steps the
        # page left out: ``> ... > 政府信息公开年度报告``)
        return all(pieces) and all(len(piece) <= 16 and (HAN_CHAR.search(piece) or _YEAR_STEP.fullmatch(piece)
                                                         or piece in _STEPS_LEFT_OUT) for piece in pieces)
    if len(pieces) < 2:
        pieces = _SLASHES.split(line)
        # (or a site's name in place of 首页, before three steps or more a spaced slash apart:
        # ``××网 / 信息公开 / 重点工作 / 政府工作报告``)
        slashed = len(pieces) >= _SLASHED_STEPS and line.count(" / ") == len(pieces) - 1
        pieces = pieces if pieces[0] in _HOME or slashed else []
    if len(pieces) >= 2 and all(pieces):
        # (three steps or more: the first may be a long column's name, ``2017年两会专题_已归档
        # (20180905)>在现场>权威发布> 详情``)
        # (a step may be the year a column files its pages under: ``… > 政府信息公开年报 > 2021 > …``)
        # (and, from the home page on, its last: ``首页 > 政府信息公开年报 > 2020``)
        last = len(pieces) if pieces[0] in _HOME else len(pieces) - 1
        return all(len(piece) <= (_LONG_STEP if n == 0 and len(pieces) >= 3 else _STEP_MAX)
                   and (HAN_CHAR.search(piece) or 0 < n < last and _YEAR_STEP.fullmatch(piece))
                   for n, piece in enumerate(pieces))
    links = _BARS.split(line)
    if len(links) >= 3 and any(_SITE_NAME.fullmatch(link) or link.endswith("网") for link in links):
        return all(0 < len(link) <= 16 and HAN_CHAR.search(link) for link in links)
    links = line.split()  # ``中国政府网 山西省政府 忻州市政府``: the same row without its bars
    if len(links) >= 3 and any(link.endswith("网") for link in links):
        return all(len(link) <= 16 and link.endswith(_SITE_ENDINGS) for link in links)
    pieces = line.split()
    # (``首页 规划计划``: the home page and one column, a name too short to be a title; or the
    # site's name in place of 首页: ``××市人民政府门户网站 ××局 政府信息公开年报 ××报告``)
    home = bool(pieces) and (pieces[0] in _HOME or len(pieces) >= 3 and _SITE_NAME.fullmatch(pieces[0]) is not None)
    return home and (len(pieces) >= 3 and all(
        len(piece) <= 40 and HAN_CHAR.search(piece) for piece in pieces) or len(pieces) == 2 and (
        len(pieces[1]) <= _COLUMN_MAX and HAN_CHAR.search(pieces[1]) is not None))


_COLUMN_MAX = 6
_STEP_MAX = 20
_LONG_STEP = 40


# ``标   题 ××报告`` / ``发布机构 ××局`` / ``来源 水利局``: a label only a page's metadata table
# uses, spaced out or not, then a space and its value — one cell of the table on a line of its own.
_ROW_LABELS = ("标题|文件名称|名称|信息名称|内容概述|内容概览|索引号|发布机构|发文机关|制发机构|主题分类|"
               "体裁分类|组配分类|发文字号|成文日期|生成日期|公开日期|公开方式|公开范围|有效性|"
               "来源|信息来源|文章来源|來源|發布機構")
# ``发文单位`` / ``区人民政府`` / ``效力状态`` / ``有效``: the same labels, and a few more no report
# sets alone on a line, as cells of a table laid out a cell a line without colons.
_LONE_LABEL = LazyPattern(
    "(?:" + "|".join(label for label in _ROW_LABELS.split("|") if label not in ("标题", "名称"))
    + "|发文单位|发布单位|发文日期|发布日期|效力状态|是否有效|公开时限|公开形式|废止日期"
    # (a disclosure page's row ``审核程序`` and its value, ``单位审核公开``)
    + "|审核程序|单位审核公开)")
_LABEL_ROW = LazyPattern(
    "(?:" + "|".join(r"\s*".join(label) for label in _ROW_LABELS.split("|")) + r")[ \t\u3000]+\S")
_LABEL_ROW_MAX = 80
_LABELLED_MAX = 40
# ``索引号000014349/2023-74857`` / ``标题××报告`` / ``文号是否有效``: a table's label glued to its
# value by a copy that lost the cells; labels no sentence of a report starts with.
# (``公报标题…`` / ``公报年份…``: the rows a government bulletin's page gives its articles)
_GLUED_LABEL = LazyPattern(r"(?:索引号|标题|文号|发布机构|发文机关|成文日期|主题分类|体裁分类|有效性|是否有效|公报标题|公报年份)")
# ``信息公开元数据``: the heading of a page's metadata block.
_METADATA_HEADING = LazyPattern(r"(?:信息公开|政务公开|政府信息公开|文件|页面)?元数据")
_HOME = frozenset({"首页", "网站首页", "主页", *(
    location + colon for location in _LOCATIONS for colon in ("", ":", "："))})
# ``[ 索引号 ] 1234…`` / ``【发布日期】2024-03-25``: one metadata cell of a page's table.
_BRACKETED_LABEL = LazyPattern(rf"[\[【［](?:{_LABELS})[\]】］]")
# ``图为：…`` / ``（图片来源：…）`` / ``…（郑某 摄）``: a photo's caption.
_CAPTION = LazyPattern(r"(?:图为|图片为|图文|图注|组图)[:：]")
_PHOTO_CREDIT = LazyPattern(r"[（(][^（()）]{0,20}摄[)）]$")
# ``>`` / ``|`` / ``•``: what is left of a breadcrumb or a table rule on a line of its own.
# (or the question marks a copy left where a picture or a character it could not encode was)
# (``( )``: a pair of brackets a page left empty)
_SEPARATORS_ONLY = LazyPattern(r"[>＞›»|｜•·/\\\-—_=?？\ufffd\[\]【】［］]+|[(（][)）]")
# ``××区人民政府门户网站``: the site's own name in its banner.
_SITE_NAME = LazyPattern(rf"{HAN}{{2,24}}(?:门户网站|政府网|人民政府网|官方网站|政务网|政务服务网)")
# ``天津市政府门户网站 政务邮箱``: the site's name and its links beside it
_SITE_LINK = LazyPattern(r"\s+(?:政务邮箱|领导信箱|网站地图|联系我们|繁体版|手机版|English)(?=\s|$)")
# ``××办公室.政务 | www.××.gov.cn |``: a banner with the site's address (a report's own
# sentences that cite an address have punctuation, and are never looked at here).
_SITE_ADDRESS = LazyPattern(r"(?:www\.|https?://)[\w.-]+\.[a-z]{2,}")
# ``Original URL: http://…/mse.exe?seachword=&K=c96…``: an archive's note of where the copy came
# from, however long its address
_LABELLED_ADDRESS = LazyPattern(r"(?:[A-Za-z\u4e00-\u9fff ]{1,20}[:：]\s*)?(?:https?://|www\.)\S+")
_TAGS_ONLY = LazyPattern(r"</?[a-zA-Z][^<>]{0,200}>|</?[a-zA-Z][^<>]{0,200}$")
_SITE_ENDINGS = ("网", "网站", "政府", "门户")
# ``39-top_img.png``: an image's file name left where the image stood.
_IMAGE_FILE = LazyPattern(r"[\w.-]{1,60}\.(?:png|jpe?g|gif|bmp|webp|svg)", re.I)
# ``新闻 要闻 动态 专题 访谈`` / ``查询 通关 舱单 报关员记分    企业基本情况``: a row of a site's
# menu, five links or more, each a word or two (not ``政 府 工 作 报 告``, one character apart)
_MENU_ROW = LazyPattern(rf"{HAN}{{2,6}}(?:[ \u3000\u00a0]+{HAN}{{2,6}}){{4,}}")
_HASH_ID = LazyPattern(r"[0-9a-fA-F]{16,64}|[0-9a-zA-Z_-]{24,64}")
