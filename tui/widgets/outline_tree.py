"""The section tree: every numbered heading and ``一是`` point, with the opening and the
sign-off as nodes of their own, so that the whole report can be reached from here."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from parser.model import Document, Section
from tui.messages import NodeChosen
from tui.strings import localise_bindings, t
from tui.widgets.nodes import BACK, FRONT, NodeKey, has_back, has_front


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

    DEFAULT_CSS = """
    OutlineTree {
        scrollbar-size-vertical: 1;
        overflow-x: hidden;
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
        self._add_nodes()
        self.show_root = False
        self.auto_expand = False
        self.guide_depth = 2

    def _add_nodes(self) -> None:
        if has_front(self.document):
            self._nodes_by_key[FRONT] = self.root.add_leaf(t("node.front"), data=FRONT)
        for section in self.document.sections:
            self._add_section(self.root, section)
        if has_back(self.document):
            self._nodes_by_key[BACK] = self.root.add_leaf(t("node.back"), data=BACK)

    def _add_section(self, parent: TreeNode[NodeKey], section: Section) -> None:
        label = Text(section.marker + section.title, style="bold" if section.level == 1 else "")
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


def _is_visible(node: TreeNode[NodeKey]) -> bool:
    """Whether no ancestor is folded (the hidden root's children always show)."""
    parent = node.parent
    while parent is not None and parent.parent is not None:
        if not parent.is_expanded:
            return False
        parent = parent.parent
    return True
