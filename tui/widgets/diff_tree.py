"""The section tree of a diff: both reports' sections paired, each with a badge (新增, 删除,
似 63% — how alike the pair is —, 移动 ← 原（三）), so that a reviewer sees where the report
changed before reading a line.

It is the reader's outline tree over ``DiffResult.pairs``: the same keys, and choosing a
node posts ``NodeChosen`` with the pair's index, which the diff view follows.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widgets.tree import TreeNode

from parser.align import SectionPair
from parser.diff import DiffResult
from parser.model import Document
from parser.nodes import NodeKey
from tui.strings import t
from tui.widgets.outline_tree import OutlineTree

_BADGE_STYLES = {
    "added": "diff-tree--added",
    "removed": "diff-tree--removed",
    "changed": "diff-tree--changed",
    "moved": "diff-tree--moved",
}


def similar_percent(similarity: float) -> int:
    """How alike the two sides of a changed pair are, in whole percent: never 100 (it did
    change) nor 0 (it was paired because it is alike)."""
    return min(99, max(1, round(100 * similarity)))


def pair_origin(pair: SectionPair) -> str:
    """Where a moved section was (``← 原（三）``), or what an added section was split from
    and a removed one merged into; empty otherwise."""
    if pair.status == "moved" and pair.a is not None:
        return t("diff.moved_from", marker=pair.a.marker)
    if pair.also:
        key = "diff.split_from" if pair.a is None else "diff.merged_into"
        return t(key, marker="、".join(section.marker for section in pair.also))
    return ""


def pair_badges(pair: SectionPair) -> list[tuple[str, str]]:
    """The badges of a pair, as ``(text, status)``; none for an unchanged one."""
    if pair.status in ("added", "removed"):
        return [(t(f"diff.badge.{pair.status}"), pair.status)]
    badges = [(t("diff.badge.moved"), "moved")] if pair.status == "moved" else []
    if pair.similarity < 1.0 and pair.a_span is not None and pair.b_span is not None:
        badges.append((t("diff.badge.changed", percent=similar_percent(pair.similarity)),
                       "changed"))
    return badges


def pair_title(result: DiffResult, pair: SectionPair) -> str:
    """The pair's heading as ``b`` has it (``a``'s for a removed section); ``前言``/``落款``
    for the front and back matter."""
    if pair.part != "section":
        return t(f"node.{pair.part}")
    section = pair.b if pair.b is not None else pair.a
    assert section is not None
    return section.marker + section.title


class DiffTree(OutlineTree):
    """Paired sections in reading order (``b``'s, removed ones where ``a`` had them). Empty
    until ``show_result``."""

    COMPONENT_CLASSES = {
        "diff-tree--added", "diff-tree--removed", "diff-tree--changed", "diff-tree--moved",
        "diff-tree--same",
    }

    DEFAULT_CSS = """
    DiffTree {
        & > .diff-tree--added { color: $diff-added; text-style: bold; }
        & > .diff-tree--removed { color: $diff-removed; text-style: bold; }
        & > .diff-tree--changed { color: $diff-changed; text-style: bold; }
        & > .diff-tree--moved { color: $accent; text-style: bold; }
        & > .diff-tree--same { color: $text-muted; }
    }
    """

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        """``document`` is the newer report (the tree is in its order)."""
        self._result: DiffResult | None = None
        super().__init__(document, id=id)

    def show_result(self, result: DiffResult) -> None:
        """Fill the tree with the pairs of ``result``."""
        self._result = result
        self.clear()
        self._nodes_by_key.clear()
        self._add_nodes()

    def _add_nodes(self) -> None:
        result = self._result
        if result is None:
            return
        pairs = result.pairs
        parents: list[TreeNode[NodeKey]] = [self.root]
        for index, pair in enumerate(pairs):
            if pair.part != "section":
                if pair.a_span is not None or pair.b_span is not None:
                    self._nodes_by_key[index] = self.root.add_leaf("", data=index)
                continue
            del parents[pair.depth:]
            following = pairs[index + 1] if index + 1 < len(pairs) else None
            if following is not None and following.part == "section" and (
                following.depth > pair.depth
            ):
                node = parents[-1].add("", data=index, expand=True)
            else:
                node = parents[-1].add_leaf("", data=index)
            self._nodes_by_key[index] = node
            parents.append(node)

    def render_label(self, node: TreeNode[NodeKey], base_style: Style, style: Style) -> Text:
        # Built at drawing time, so that the badges take the colours of the current theme.
        if self._result is None or not isinstance(node.data, int):
            return super().render_label(node, base_style, style)
        return self.fit_label(node, self.pair_label(node, base_style, style))

    def pair_label(self, node: TreeNode[NodeKey], base_style: Style, style: Style) -> Text:
        """The whole label of a pair's node: fold icon, badges, title, where it moved from."""
        result = self._result
        assert result is not None and isinstance(node.data, int)
        pair = result.pairs[node.data]
        label = Text(no_wrap=True, end="")
        if node.allow_expand:
            label.append(self.ICON_NODE_EXPANDED if node.is_expanded else self.ICON_NODE,
                         base_style + Style.from_meta({"toggle": True}))
        for text, status in pair_badges(pair):
            label.append(text, style + self.get_component_rich_style(
                _BADGE_STYLES[status], partial=True))
            label.append(" ", style)
        title_style = style + Style(bold=pair.depth == 1)
        if pair.status == "same":
            title_style += self.get_component_rich_style("diff-tree--same", partial=True)
        label.append(pair_title(result, pair), title_style)
        origin = pair_origin(pair)
        if origin:
            label.append(f" {origin}", style + self.get_component_rich_style(
                "diff-tree--moved", partial=True))
        return self.with_badge(node, label, style)
