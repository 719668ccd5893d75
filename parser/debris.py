"""Web-page debris: the lines a report picks up when it is copied from a government site
(``发布时间: 字体:``, ``来源:``, ``浏览量``, breadcrumbs, ``打印 关闭``, ``扫一扫在手机打开当前页``).

Debris stays in the text (nothing is dropped) but is never a heading, a title or content.
"""

from __future__ import annotations

import re

_MAX_LENGTH = 120

# A label that opens a page's metadata line, followed by a colon or by its value.
_LABELS = (
    "发布时间|发布日期|发文日期|成文日期|更新时间|时间|日期|来源|信息来源|文章来源|作者|撰稿|"
    "编辑|责任编辑|审核|校对|浏览次数|浏览量|浏览|点击数|点击量|点击|阅读次数|阅读量|访问量|"
    "字体|字号|分享到|分享|索引号|发布机构|发文机关|主题分类|体裁分类|公开方式|公开时限|"
    "文号|主题词|当前位置|您的位置|您现在的位置|所在位置"
)
_LABELLED = re.compile(rf"[【\[]?(?:{_LABELS})[】\]]?\s*[:：]")
_PHRASES = re.compile(
    r"扫一扫|手机打开|打印本页|关闭窗口|返回顶部|【打印】|【关闭】|\[打印\]|\[关闭\]|上一篇[:：]|"
    r"下一篇[:：]|相关链接|附件下载|【大\s*中\s*小】|字体\s*[:：]?\s*[【\[]?大[】\]]?\s*[【\[]?中|"
    r"分享至|微信扫|网站地图|版权所有|主办单位|ICP备|公网安备"
)
# Lines made only of page-furniture words: 打印 关闭 收藏 | 大 中 小 …
_FURNITURE = re.compile(
    r"(?:[\s|｜/【】\[\]()（）]*(?:打印|关闭|收藏|分享|返回|顶部|首页|大|中|小|默认|纠错|"
    r"我要纠错|打印本页|关闭窗口|返回顶部|字体|字号)[\s|｜/【】\[\]()（）]*)+"
)
_BREADCRUMB_SEPARATORS = re.compile(r"\s*(?:>|＞|›|»|→)\s*")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def is_debris(line: str) -> bool:
    """True if ``line`` (one line, no newline) is web-page debris rather than report text."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_LENGTH:
        return False
    if "。" in stripped:
        return False
    if _PHRASES.search(stripped):
        return True
    if _LABELLED.match(stripped) or _FURNITURE.fullmatch(stripped):
        return True
    return _is_breadcrumb(stripped)


def _is_breadcrumb(line: str) -> bool:
    """``首页 > 政务公开 > 法治政府建设``: three or more short pieces joined by arrows."""
    pieces = _BREADCRUMB_SEPARATORS.split(line)
    if len(pieces) < 3 or not all(pieces):
        return False
    return all(
        len(piece) <= 12 and _HAN.search(piece) and not set(piece) & set("，,；;")
        for piece in pieces
    )
