"""Messages between the reader's widgets.

The reading pane and the section tree follow each other. Both sides send *flood* messages (one
per line scrolled, one per node passed while a key is held), so each one says it may be
replaced by a newer one of its kind: a burst collapses into its last message and the other
side never replays a stale position.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from parser.nodes import NodeKey


@dataclass
class ReadingMoved(Message):
    """The reading pane's view moved."""

    node: NodeKey
    """The node being read: the one at the top line, or the one just jumped to if its start is
    on screen (a short last section can never reach the top line)."""
    percent: int
    """How much of the report is above the bottom of the view, 0–100."""
    followed: bool
    """True if the move followed a node chosen in the tree, which then need not follow back."""

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, ReadingMoved)


@dataclass
class NodeChosen(Message):
    """The reader chose a node in the section tree (cursor moved onto it, or Enter)."""

    node: NodeKey
    open: bool = False
    """Enter: also move the focus to the text."""

    def can_replace(self, message: Message) -> bool:
        # Textual drops this message for a newer one it says yes to; an Enter is never dropped,
        # or its focus move would be lost.
        return isinstance(message, NodeChosen) and not self.open
