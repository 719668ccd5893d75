"""The section tree: every numbered heading and ``一是`` point, with the opening and the
sign-off as nodes of their own, so that the whole report can be reached from here.

A filter narrows it to some nodes and their ancestors, each with a badge (its hit count).
Narrowing and widening again change only the nodes that come or go — a keystroke in a
thousand-page report must not rebuild thousands of them — and folds the reader made come back
when the filter goes.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text, TextType
from textual.binding import Binding
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from parser.model import Document, Section
from parser.nodes import BACK, FRONT, NodeKey, has_text
from tui.messages import NodeChosen
from tui.strings import localise_bindings, t
from tui.widgets.ellipsis import ellipsized
from tui.widgets.nodes import node_name


@dataclass(frozen=True, slots=True)
class _Place:
    """Where a node sits in the whole (unfiltered) tree, and how it looks there."""

    order: int
    """Position in a pre-order walk of the whole tree."""
    parent: NodeKey | None
    label: Text
    branch: bool


class OutlineTree(Tree[NodeKey]):
    """Moving the cursor onto a node asks the reading pane to follow (``NodeChosen``);
    ``show_node`` moves the cursor to follow the pane without asking back."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "key.down", show=False),
        Binding("k,up", "cursor_up", "key.up", show=False),
        Binding("space,pagedown", "page_down", "key.page_down", show=False),
        Binding("b,pageup", "page_up", "key.page_up", show=False),
        Binding("d", "half_page_down", "key.half_page_down", show=False),
        Binding("u", "half_page_up", "key.half_page_up", show=False),
        Binding("g,home", "scroll_home", "key.top", show=False),
        Binding("G,end", "scroll_end", "key.bottom", show=False),
        Binding("enter", "open", "key.open"),
        Binding("h,left", "collapse", "key.collapse", show=False),
        Binding("l,right", "expand", "key.expand", show=False),
    ]

    COMPONENT_CLASSES = {"outline-tree--hits"}
    ALLOW_SELECT = False
    """A drag over the tree chooses nodes; text is selected in the reading pane."""

    DEFAULT_CSS = """
    OutlineTree {
        scrollbar-size-vertical: 1;
        overflow-x: hidden;
        & > .outline-tree--hits { color: $text-accent; text-style: bold; }
    }
    """

    def __init__(
        self,
        document: Document,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(t("pane.outline"), name=name, id=id, classes=classes)
        localise_bindings(self._bindings)
        self.document = document
        self._nodes_by_key: dict[NodeKey, TreeNode[NodeKey]] = {}
        self._quiet_node: TreeNode[NodeKey] | None = None
        self._whole: dict[NodeKey, _Place] | None = None
        """The whole tree, noted when a filter first narrows it (and kept until ``clear``)."""
        self._filtered = False
        self._folded: frozenset[NodeKey] = frozenset()
        """The branches the reader had folded when the filter began."""
        self._badges: Mapping[NodeKey, str] = {}
        self._add_nodes()
        self.show_root = False
        self.auto_expand = False
        self.guide_depth = 2

    def _add_nodes(self) -> None:
        if has_text(self.document, FRONT):
            self._nodes_by_key[FRONT] = self.root.add_leaf(self._label_of(FRONT), data=FRONT)
        for section in self.document.sections:
            self._add_section(self.root, section)
        if has_text(self.document, BACK):
            self._nodes_by_key[BACK] = self.root.add_leaf(self._label_of(BACK), data=BACK)

    def _label_of(self, key: NodeKey) -> str:
        return "".join(node_name(self.document, key))

    def _add_section(self, parent: TreeNode[NodeKey], section: Section) -> None:
        label = Text(self._label_of(section.index), style="bold" if section.level == 1 else "")
        if section.children:
            node = parent.add(label, data=section.index, expand=True)
            for child in section.children:
                self._add_section(node, child)
        else:
            node = parent.add_leaf(label, data=section.index)
        self._nodes_by_key[section.index] = node

    def show_node(self, key: NodeKey) -> None:
        """Put the cursor on node ``key`` (or on its nearest visible ancestor if it is folded
        away) without sending ``NodeChosen``."""
        node = self._nodes_by_key.get(key)
        if node is None and self._filtered and self._whole is not None:
            # Filtered away: the nearest ancestor still shown stands for it.
            place = self._whole.get(key)
            while node is None and place is not None and place.parent is not None:
                node = self._nodes_by_key.get(place.parent)
                place = self._whole.get(place.parent)
        if node is None:
            return
        # Reading ``last_line`` rebuilds the tree's lines if a fold changed them, so that
        # ``move_cursor`` below finds the node on its current line.
        if self.last_line < 0:
            return
        while not _is_visible(node) and node.parent is not None:
            node = node.parent
        if node is self.cursor_node:
            return
        self._quiet_node = node
        self.move_cursor(node)

    # Filtering ------------------------------------------------------------------------------

    @property
    def filtered(self) -> bool:
        """True while ``show_only`` narrows the tree."""
        return self._filtered

    def show_only(
        self,
        keys: Collection[NodeKey] | None,
        # Also sections' badges alone: a Mapping's key type must match exactly.
        badges: Mapping[NodeKey, str] | Mapping[int, str] | None = None,
    ) -> None:
        """Show only the nodes ``keys`` and their ancestors, every branch unfolded, with
        ``badges`` (e.g. hit counts) before their labels; None shows the whole tree again,
        folded as it was."""
        reshaped = False
        if keys is None:
            if self._filtered and self._whole is not None:
                reshaped = self._reshape(set(self._whole), unfiltered=True)
                self._filtered = False
        else:
            if self._whole is None:
                self._whole = dict(self._places())
            if not self._filtered:
                self._folded = frozenset(
                    key for key, node in self._nodes_by_key.items()
                    if node.allow_expand and not node.is_expanded
                )
                self._filtered = True
            reshaped = self._reshape(self._with_ancestors(keys), unfiltered=False)
        shown: dict[NodeKey, str] = {}
        if keys is not None and badges:
            shown.update(badges.items())
        if shown != self._badges:
            self._badges = shown
            if not reshaped:
                # Every line is drawn again after a change of shape; otherwise the lines are
                # cached by their nodes, so touch the top ones (and with them all below).
                for child in self.root.children:
                    child.refresh()

    def _places(self) -> Iterator[tuple[NodeKey, _Place]]:
        order = 0
        stack: list[tuple[TreeNode[NodeKey], NodeKey | None]] = [
            (child, None) for child in reversed(self.root.children)
        ]
        while stack:
            node, parent = stack.pop()
            assert node.data is not None
            yield node.data, _Place(order, parent, self.process_label(node.label), node.allow_expand)
            order += 1
            stack.extend((child, node.data) for child in reversed(node.children))

    def _with_ancestors(self, keys: Collection[NodeKey]) -> set[NodeKey]:
        assert self._whole is not None
        wanted: set[NodeKey] = set()
        for each in keys:
            key: NodeKey | None = each
            while key is not None and key not in wanted and key in self._whole:
                wanted.add(key)
                key = self._whole[key].parent
        return wanted

    def _reshape(self, wanted: set[NodeKey], *, unfiltered: bool) -> bool:
        """Remove the nodes not ``wanted`` and add the missing ones in their places; True if
        anything changed."""
        whole = self._whole
        assert whole is not None
        present = self._nodes_by_key
        changed = False
        for key, node in list(present.items()):
            parent = whole[key].parent
            if key not in wanted and key in present and (parent is None or parent in wanted):
                self._forget(node)
                node.remove()
                changed = True
        # Walk the whole tree in order; each parent's children are met in order too, so one
        # cursor per parent finds every insertion point in a single pass.
        cursors: dict[NodeKey | None, int] = {}
        for key, place in whole.items():
            if key not in wanted:
                continue
            under = self.root if place.parent is None else present[place.parent]
            children = under.children
            at = cursors.get(place.parent, 0)
            while at < len(children) and whole[_key(children[at])].order < place.order:
                at += 1
            if key not in present:
                expanded = not (unfiltered and key in self._folded)
                present[key] = under.add(
                    place.label, data=key, before=at, expand=expanded,
                    allow_expand=place.branch,
                )
                changed = True
            cursors[place.parent] = at + 1
        for key, node in present.items():
            place = whole[key]
            branch = place.branch if unfiltered else place.branch and bool(node.children)
            if node.allow_expand != branch:
                node.allow_expand = branch
                changed = True
            expanded = not (unfiltered and key in self._folded)
            if branch and node.is_expanded != expanded:
                if expanded:
                    node.expand()
                else:
                    node.collapse()
                changed = True
        return changed

    def _forget(self, node: TreeNode[NodeKey]) -> None:
        """Drop ``node`` and everything under it from ``_nodes_by_key``."""
        stack = [node]
        while stack:
            each = stack.pop()
            self._nodes_by_key.pop(each.data, None)  # type: ignore[arg-type]
            stack.extend(each.children)

    def clear(self) -> OutlineTree:
        """Remove every node; a filter in force is forgotten with them."""
        self._whole = None
        self._filtered = False
        self._badges = {}
        super().clear()
        return self

    def process_label(self, label: TextType) -> Text:
        # Labels are one line already; skipping the split makes a thousand nodes cheaper to add.
        if isinstance(label, Text) and "\n" not in label.plain:
            return label
        return super().process_label(label)

    def get_label_width(self, node: TreeNode[NodeKey]) -> int:
        # Measured for every line whenever the tree changes: skip rendering the label.
        badge = self._badges.get(node.data)  # type: ignore[arg-type]
        icon = len(self.ICON_NODE) if node.allow_expand else 0
        return icon + self.process_label(node.label).cell_len + (len(badge) + 1 if badge else 0)

    def render_label(self, node: TreeNode[NodeKey], base_style: Style, style: Style) -> Text:
        label = self.with_badge(node, super().render_label(node, base_style, style), style)
        return self.fit_label(node, label)

    def fit_label(self, node: TreeNode[NodeKey], label: Text) -> Text:
        """``label`` as drawn for ``node``: a title longer than the tree is wide says so with
        "…" rather than stopping short."""
        room = self.scrollable_content_region.width - _depth(node) * self.guide_depth
        return ellipsized(label, room) if label.cell_len > room > 0 else label

    def with_badge(self, node: TreeNode[NodeKey], label: Text, style: Style) -> Text:
        """``label`` (as drawn, fold icon first) with the node's badge after the icon."""
        badge = self._badges.get(node.data)  # type: ignore[arg-type]
        if not badge:
            return label
        icon = len(self.ICON_NODE) if node.allow_expand else 0
        badge_style = style + self.get_component_rich_style("outline-tree--hits", partial=True)
        return Text.assemble(label[:icon], (badge + " ", badge_style), label[icon:])

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[NodeKey]) -> None:
        # Only the reader moves the cursor of a focused tree (keys, or a click, which focuses
        # first); any other move (the first cursor, a fold, ``show_node``) is no choice.
        event.stop()
        if event.node is self._quiet_node:
            self._quiet_node = None
        elif self.has_focus and event.node.data is not None:
            self.post_message(NodeChosen(event.node.data))

    def on_tree_node_selected(self, event: Tree.NodeSelected[NodeKey]) -> None:
        # A mouse click selects: the highlight that came with it already moved the text.
        event.stop()

    def action_open(self) -> None:
        node = self.cursor_node
        if node is not None and node.data is not None:
            self.post_message(NodeChosen(node.data, open=True))

    def action_half_page_down(self) -> None:
        self._move_cursor_by(max(1, self.scrollable_content_region.height // 2))

    def action_half_page_up(self) -> None:
        self._move_cursor_by(-max(1, self.scrollable_content_region.height // 2))

    def _move_cursor_by(self, lines: int) -> None:
        self.cursor_line = max(0, self.cursor_line) + lines
        self.scroll_to_line(self.cursor_line, animate=False)

    def action_collapse(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.allow_expand and node.is_expanded:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self.move_cursor(node.parent)

    def action_expand(self) -> None:
        node = self.cursor_node
        if node is None or not node.allow_expand:
            return
        if node.is_collapsed:
            node.expand()
        elif node.children:
            self.move_cursor(node.children[0])


def _key(node: TreeNode[NodeKey]) -> NodeKey:
    """The key of a node (every node but the hidden root has one)."""
    assert node.data is not None
    return node.data


def _depth(node: TreeNode[NodeKey]) -> int:
    """How many ancestors ``node`` has below the hidden root (a top-level node: 0)."""
    depth = 0
    parent = node.parent
    while parent is not None and parent.parent is not None:
        depth += 1
        parent = parent.parent
    return depth


def _is_visible(node: TreeNode[NodeKey]) -> bool:
    """Whether no ancestor is folded (the hidden root's children always show)."""
    parent = node.parent
    while parent is not None and parent.parent is not None:
        if not parent.is_expanded:
            return False
        parent = parent.parent
    return True
