"""Every string the reader shows, in Chinese (the default) and English.

One plain dict per language, same keys in both (a test enforces it, placeholders included).
Look strings up with ``t``::

    >>> set_language("en")
    >>> t("status.section", i=3, n=12)
    'Section 3 of 12'

Keys are dotted by area: ``pane.`` titles, ``header.`` fields, ``status.`` line, ``key.``
binding descriptions, ``help.`` screen, ``library.`` screen, ``node.`` outline labels,
``theme.``/``config.``/``mark.`` messages, ``command.`` palette entries, ``diff.`` view.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"

ZH: dict[str, str] = {
    # Pane and screen titles
    "pane.outline": "目录",
    "pane.text": "正文",
    "pane.filter": "筛选",
    "pane.help": "帮助",
    "pane.library": "报告列表",
    "pane.marks": "书签",
    "pane.theme": "主题",
    # Report header
    "header.organisation": "单位",
    "header.year": "年度",
    "header.title": "标题",
    "header.date": "日期",
    "header.untitled": "(无标题)",
    "header.unknown": "—",
    # Status line
    "status.section": "第 {i} / {n} 节",
    "status.percent": "已读 {percent}%",
    "status.hit": "第 {i} / {n} 处",
    "status.no_hits": "无匹配",
    "status.sections": "共 {n} 节",
    "status.no_sections": "未识别出章节",
    "status.jieba_loading": "正在加载分词词典…",
    "status.jieba_ready": "分词词典已就绪",
    # Outline labels for the text outside any numbered section
    "node.front": "前言",
    "node.back": "落款",
    # Key binding descriptions (footer and help screen)
    "key.down": "下移",
    "key.up": "上移",
    "key.page_down": "下一页",
    "key.page_up": "上一页",
    "key.half_page_down": "下半页",
    "key.half_page_up": "上半页",
    "key.top": "开头",
    "key.bottom": "结尾",
    "key.switch_pane": "切换窗格",
    "key.open": "打开",
    "key.collapse": "折叠",
    "key.expand": "展开",
    "key.previous_sibling": "上一同级节",
    "key.next_sibling": "下一同级节",
    "key.previous_top": "上一大节",
    "key.next_top": "下一大节",
    "key.set_mark": "设书签",
    "key.jump_mark": "跳到书签",
    "key.jump_back": "跳回原处",
    "key.toggle_outline": "显示/隐藏目录",
    "key.next_theme": "主题",
    "key.filter": "筛选",
    "key.next_hit": "下一处",
    "key.previous_hit": "上一处",
    "key.quit": "退出",
    "key.command_palette": "命令",
    "key.help": "帮助",
    "key.back": "返回",
    "key.close": "关闭",
    "key.sort": "排序",
    "key.sort_column": "按第 n 列排序",
    "key.reverse_sort": "倒序",
    "key.cancel": "取消",
    "key.next_change": "下一处改动",
    "key.previous_change": "上一处改动",
    "key.next_changed_section": "下一改动节",
    "key.previous_changed_section": "上一改动节",
    "key.toggle_folds": "隐藏未改动",
    "key.expand_fold": "展开此处折叠",
    "key.toggle_layout": "并排/合并",
    "key.figures": "数字变化",
    "key.compare": "对比",
    # Help screen
    "help.title": "按键帮助",
    "help.close_hint": "按 Esc、q 或 ? 关闭",
    "help.group.move": "移动",
    "help.group.sections": "章节",
    "help.group.marks": "书签",
    "help.group.view": "显示",
    "help.group.general": "通用",
    "help.group.library": "报告列表",
    "help.mark_keys": "m 加字母 设书签,' 加字母 跳回,'' 回到跳转前",
    # Library screen
    "library.title": "报告列表",
    "library.column.organisation": "单位",
    "library.column.year": "年度",
    "library.column.title": "标题",
    "library.column.size": "字数",
    "library.column.headings": "章节",
    "library.loading": "加载中…",
    "library.empty": "没有找到报告(支持 .txt .md .html .htm)",
    "library.unreadable": "无法打开:{error}",
    "library.count": "共 {n} 份报告",
    "library.sorted_by": "按{column}{order}排列",
    "library.ascending": "升序",
    "library.descending": "降序",
    "library.missing_path": "找不到:{path}",
    "library.not_a_report": "不是报告文件:{path}",
    # Themes
    "theme.switched": "主题:{name}",
    "theme.unknown": "没有主题 {name},改用 {fallback}",
    "theme.file_skipped": "主题文件 {path} 已跳过:{error}",
    # Configuration
    "config.ignored": "配置文件 {path} 有误,已忽略:{error}",
    "config.field_ignored": "配置文件 {path} 中的 {field} 有误,已忽略",
    "config.not_saved": "无法保存配置 {path}:{error}",
    "config.unknown_language": "不支持的语言 {lang},改用中文",
    # Marks
    "mark.prompt_set": "设书签:按一个字母",
    "mark.prompt_jump": "跳到书签:按一个字母",
    "mark.set": "书签 {letter} 已设",
    "mark.jumped": "已跳到书签 {letter}",
    "mark.unset": "书签 {letter} 未设置",
    "mark.jumped_back": "已回到跳转前的位置",
    "mark.nothing_to_jump_back": "还没有跳转过",
    # Command palette
    "command.next_theme": "切换主题",
    "command.next_theme.help": "换用下一个配色主题",
    "command.toggle_outline": "显示/隐藏目录",
    "command.toggle_outline.help": "收起或展开左侧的章节目录",
    "command.filter": "筛选",
    "command.filter.help": "只看提到某个关键词的章节",
    "command.help": "按键帮助",
    "command.help.help": "列出所有按键",
    "command.library": "报告列表",
    "command.library.help": "回到报告列表,打开另一份报告",
    "command.top": "回到开头",
    "command.top.help": "跳到报告开头",
    "command.bottom": "跳到结尾",
    "command.bottom.help": "跳到报告结尾",
    "command.quit": "退出",
    "command.quit.help": "退出 gongwen",
    "command.switch_pane": "切换窗格",
    "command.switch_pane.help": "在目录和正文之间切换",
    "command.next_sibling": "下一同级节",
    "command.next_sibling.help": "跳到下一个同级章节",
    "command.previous_sibling": "上一同级节",
    "command.previous_sibling.help": "跳到上一个同级章节",
    "command.next_top": "下一大节",
    "command.next_top.help": "跳到下一个一级标题",
    "command.previous_top": "上一大节",
    "command.previous_top.help": "跳到上一个一级标题",
    "command.jump_back": "跳回原处",
    "command.jump_back.help": "回到上次跳转前的位置",
    "command.goto_section.help": "跳到这一节",
    "command.open_report": "打开 {name}",
    "command.theme": "主题 {name}",
    "command.theme.help": "换用这个配色主题",
    "command.compare": "对比另一份报告",
    "command.compare.help": "选一份报告与正在读的这份逐段对比",
    "command.compare.placeholder": "选择要对比的报告,或输入文件路径…",
    "command.compare_with": "与 {name} 对比",
    "command.compare_path.help": "对比这个文件",
    "command.next_change": "下一处改动",
    "command.next_change.help": "跳到下一处改动",
    "command.previous_change": "上一处改动",
    "command.previous_change.help": "跳到上一处改动",
    "command.next_changed_section": "下一改动节",
    "command.next_changed_section.help": "跳到下一个有改动的章节",
    "command.previous_changed_section": "上一改动节",
    "command.previous_changed_section.help": "跳到上一个有改动的章节",
    "command.toggle_folds": "折叠/展开未改动",
    "command.toggle_folds.help": "收起或展开未改动的段落",
    "command.toggle_layout": "并排/合并显示",
    "command.toggle_layout.help": "在左右并排和单栏合并之间切换",
    "command.figures": "数字变化",
    "command.figures.help": "列出改动的数字,如 4次 → 6次",
    "command.back": "返回",
    "command.back.help": "回到打开对比之前的画面",
    # Diff view
    "diff.computing": "正在比较两份报告…",
    "diff.failed": "比较失败:{error}",
    "diff.identical": "两份报告完全相同",
    "diff.summary": (
        "章节 同{same} 改{changed} 增{added} 删{removed} 移{moved} · 改动 {characters} 字"
        " · 数字变化 {figures} 处"
    ),
    "diff.position": "改动 {i}/{n}",
    "diff.no_changes": "无改动",
    "diff.no_next_change": "后面没有改动了",
    "diff.no_previous_change": "前面没有改动了",
    "diff.fold": "⋯ {paragraphs} 段未改动(Enter 展开)",
    "diff.fold_sections": "⋯ {paragraphs} 段未改动,含 {sections} 节(Enter 展开)",
    "diff.folded": "已折叠未改动的段落",
    "diff.unfolded": "已展开全部段落",
    "diff.split": "并排显示",
    "diff.unified": "合并显示",
    "diff.no_figures": "没有数字变化",
    "diff.figures_placeholder": "数字变化 {n} 处,选择一处查看…",
    "diff.figure_help": "跳到这个数字",
    "diff.badge.added": "新增",
    "diff.badge.removed": "删除",
    "diff.badge.changed": "改 {percent}%",
    "diff.badge.moved": "移动",
}

EN: dict[str, str] = {
    "pane.outline": "Contents",
    "pane.text": "Text",
    "pane.filter": "Filter",
    "pane.help": "Help",
    "pane.library": "Library",
    "pane.marks": "Marks",
    "pane.theme": "Theme",
    "header.organisation": "Organisation",
    "header.year": "Year",
    "header.title": "Title",
    "header.date": "Date",
    "header.untitled": "(untitled)",
    "header.unknown": "—",
    "status.section": "Section {i} of {n}",
    "status.percent": "{percent}% read",
    "status.hit": "Hit {i} of {n}",
    "status.no_hits": "No matches",
    "status.sections": "{n} sections",
    "status.no_sections": "No sections found",
    "status.jieba_loading": "Loading the word segmenter…",
    "status.jieba_ready": "Word segmenter ready",
    "node.front": "Opening",
    "node.back": "Sign-off",
    "key.down": "Down",
    "key.up": "Up",
    "key.page_down": "Page down",
    "key.page_up": "Page up",
    "key.half_page_down": "Half page down",
    "key.half_page_up": "Half page up",
    "key.top": "Top",
    "key.bottom": "Bottom",
    "key.switch_pane": "Switch pane",
    "key.open": "Open",
    "key.collapse": "Collapse",
    "key.expand": "Expand",
    "key.previous_sibling": "Previous section, same level",
    "key.next_sibling": "Next section, same level",
    "key.previous_top": "Previous top-level section",
    "key.next_top": "Next top-level section",
    "key.set_mark": "Set mark",
    "key.jump_mark": "Jump to mark",
    "key.jump_back": "Jump back",
    "key.toggle_outline": "Show/hide contents",
    "key.next_theme": "Theme",
    "key.filter": "Filter",
    "key.next_hit": "Next hit",
    "key.previous_hit": "Previous hit",
    "key.quit": "Quit",
    "key.command_palette": "Commands",
    "key.help": "Help",
    "key.back": "Back",
    "key.close": "Close",
    "key.sort": "Sort",
    "key.sort_column": "Sort by column n",
    "key.reverse_sort": "Reverse",
    "key.cancel": "Cancel",
    "key.next_change": "Next change",
    "key.previous_change": "Previous change",
    "key.next_changed_section": "Next changed section",
    "key.previous_changed_section": "Previous changed section",
    "key.toggle_folds": "Hide unchanged",
    "key.expand_fold": "Open this fold",
    "key.toggle_layout": "Side by side/one column",
    "key.figures": "Changed figures",
    "key.compare": "Compare",
    "help.title": "Keys",
    "help.close_hint": "Esc, q or ? closes",
    "help.group.move": "Moving",
    "help.group.sections": "Sections",
    "help.group.marks": "Marks",
    "help.group.view": "View",
    "help.group.general": "General",
    "help.group.library": "Library",
    "help.mark_keys": "m and a letter sets a mark, ' and the letter returns, '' jumps back",
    "library.title": "Library",
    "library.column.organisation": "Organisation",
    "library.column.year": "Year",
    "library.column.title": "Title",
    "library.column.size": "Chars",
    "library.column.headings": "Sections",
    "library.loading": "loading…",
    "library.empty": "No reports found (.txt .md .html .htm)",
    "library.unreadable": "cannot open: {error}",
    "library.count": "{n} reports",
    "library.sorted_by": "sorted by {column}, {order}",
    "library.ascending": "ascending",
    "library.descending": "descending",
    "library.missing_path": "not found: {path}",
    "library.not_a_report": "not a report file: {path}",
    "theme.switched": "Theme: {name}",
    "theme.unknown": "No theme {name}; using {fallback}",
    "theme.file_skipped": "Theme file {path} skipped: {error}",
    "config.ignored": "Config file {path} ignored: {error}",
    "config.field_ignored": "Config file {path}: bad {field} ignored",
    "config.not_saved": "Could not save config {path}: {error}",
    "config.unknown_language": "Unsupported language {lang}; using Chinese",
    "mark.prompt_set": "Set mark: press a letter",
    "mark.prompt_jump": "Jump to mark: press a letter",
    "mark.set": "Mark {letter} set",
    "mark.jumped": "Jumped to mark {letter}",
    "mark.unset": "Mark {letter} is not set",
    "mark.jumped_back": "Back where you were",
    "mark.nothing_to_jump_back": "No jump to go back from",
    "command.next_theme": "Next theme",
    "command.next_theme.help": "Switch to the next colour theme",
    "command.toggle_outline": "Show/hide contents",
    "command.toggle_outline.help": "Fold away or bring back the section tree",
    "command.filter": "Filter",
    "command.filter.help": "Show only the sections that mention a keyword",
    "command.help": "Keys",
    "command.help.help": "List every key",
    "command.library": "Library",
    "command.library.help": "Back to the list of reports to open another",
    "command.top": "Go to top",
    "command.top.help": "Jump to the start of the report",
    "command.bottom": "Go to bottom",
    "command.bottom.help": "Jump to the end of the report",
    "command.quit": "Quit",
    "command.quit.help": "Leave gongwen",
    "command.switch_pane": "Switch pane",
    "command.switch_pane.help": "Move between the contents and the text",
    "command.next_sibling": "Next section, same level",
    "command.next_sibling.help": "Jump to the next section at this depth",
    "command.previous_sibling": "Previous section, same level",
    "command.previous_sibling.help": "Jump to the previous section at this depth",
    "command.next_top": "Next top-level section",
    "command.next_top.help": "Jump to the next level-1 heading",
    "command.previous_top": "Previous top-level section",
    "command.previous_top.help": "Jump to the previous level-1 heading",
    "command.jump_back": "Jump back",
    "command.jump_back.help": "Return to where the last jump started",
    "command.goto_section.help": "Go to this section",
    "command.open_report": "Open {name}",
    "command.theme": "Theme {name}",
    "command.theme.help": "Switch to this colour theme",
    "command.compare": "Compare with another report",
    "command.compare.help": "Choose a report to compare with this one, paragraph by paragraph",
    "command.compare.placeholder": "Choose a report to compare with, or type a path…",
    "command.compare_with": "Compare with {name}",
    "command.compare_path.help": "Compare with this file",
    "command.next_change": "Next change",
    "command.next_change.help": "Jump to the next change",
    "command.previous_change": "Previous change",
    "command.previous_change.help": "Jump to the previous change",
    "command.next_changed_section": "Next changed section",
    "command.next_changed_section.help": "Jump to the next section with a change",
    "command.previous_changed_section": "Previous changed section",
    "command.previous_changed_section.help": "Jump to the previous section with a change",
    "command.toggle_folds": "Fold/unfold unchanged",
    "command.toggle_folds.help": "Fold away or show the unchanged paragraphs",
    "command.toggle_layout": "Side by side/one column",
    "command.toggle_layout.help": "Switch between two columns and one",
    "command.figures": "Changed figures",
    "command.figures.help": "List the figures that changed, e.g. 4次 → 6次",
    "command.back": "Back",
    "command.back.help": "Return to the screen the comparison was opened from",
    "diff.computing": "Comparing the two reports…",
    "diff.failed": "The comparison failed: {error}",
    "diff.identical": "The two reports are identical",
    "diff.summary": (
        "Sections: {same} same, {changed} changed, {added} added, {removed} removed,"
        " {moved} moved · {characters} chars changed · {figures} figures changed"
    ),
    "diff.position": "Change {i}/{n}",
    "diff.no_changes": "No changes",
    "diff.no_next_change": "No more changes below",
    "diff.no_previous_change": "No more changes above",
    "diff.fold": "⋯ {paragraphs} unchanged paragraphs (Enter opens)",
    "diff.fold_sections": (
        "⋯ {paragraphs} unchanged paragraphs in {sections} sections (Enter opens)"
    ),
    "diff.folded": "Unchanged paragraphs folded",
    "diff.unfolded": "All paragraphs shown",
    "diff.split": "Side by side",
    "diff.unified": "One column",
    "diff.no_figures": "No figures changed",
    "diff.figures_placeholder": "{n} figures changed: choose one to see it…",
    "diff.figure_help": "Go to this figure",
    "diff.badge.added": "new",
    "diff.badge.removed": "gone",
    "diff.badge.changed": "{percent}%",
    "diff.badge.moved": "moved",
}

CATALOGUES: dict[str, dict[str, str]] = {"zh": ZH, "en": EN}

_language = DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    """Make ``lang`` (one of ``LANGUAGES``) the language of every later ``t`` call.

    Raises:
        ValueError: ``lang`` is not a supported language.
    """
    global _language
    if lang not in CATALOGUES:
        raise ValueError(f"unsupported language {lang!r} (choose from {', '.join(LANGUAGES)})")
    _language = lang


def language() -> str:
    """The current UI language."""
    return _language


def t(key: str, **fields: object) -> str:
    """The string ``key`` in the current language, with ``fields`` formatted in.

    Raises:
        KeyError: ``key`` is not in the catalogue (a bug: every key exists in every language).
    """
    template = CATALOGUES[_language][key]
    return template.format(**fields) if fields else template


def localise_bindings(bindings: Any) -> None:
    """Translate, in place, every binding description in a Textual ``BindingsMap`` that is a
    catalogue key (``"key.open"`` -> ``"打开"``).

    ``BINDINGS`` are class attributes, built before ``--lang`` is known, so they name catalogue
    keys; a screen or widget calls this on ``self._bindings`` in ``__init__``, once the language
    is set, to make the footer and the help screen speak it.
    """
    catalogue = CATALOGUES[_language]
    for key, key_bindings in bindings.key_to_bindings.items():
        bindings.key_to_bindings[key] = [
            replace(binding, description=catalogue[binding.description])
            if binding.description in catalogue
            else binding
            for binding in key_bindings
        ]
