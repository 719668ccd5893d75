"""The tree and the text follow each other without chasing: each of the two guards against
feedback is needed, and these tests fail without either.

1. The tree does not answer a move it was told to make (``OutlineTree.show_node`` moves the
   cursor quietly): otherwise scrolling the text while the tree has the keys would make the
   tree "choose" the section and snap the text back to its start.
2. The screen does not make the tree follow a move the tree started (``followed``): otherwise
   a move of the text that is still on its way would pull the cursor back from where the reader
   has taken it since.
"""

from __future__ import annotations

from parser.nodes import node_at
from tui.messages import NodeChosen, ReadingMoved
from tui.screens.reader import ReaderScreen

from .test_reader import NANSHAN, reader, reader_app


def _mid_section_row(screen: ReaderScreen) -> tuple[int, int]:
    """A display line inside a long section, well below its first line, and that section."""
    pane = screen.pane
    lines = pane.display_lines
    assert lines is not None
    document = screen.document
    section = max(
        (node for node in document.nodes if node.kind == "heading"),
        key=lambda node: lines.row_for_offset(node.end) - lines.row_for_offset(node.start),
    )
    start = lines.row_for_offset(section.start)
    assert lines.row_for_offset(section.end) - start > 8
    return start + 5, section.index


async def test_scrolling_the_text_moves_the_focused_tree_without_snapping_the_text() -> None:
    app = reader_app(NANSHAN)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        screen = reader(app)
        outline, pane = screen.outline, screen.pane
        outline.focus()
        await pilot.pause()
        chosen = _record_choices(screen)
        row, _ = _mid_section_row(screen)
        # The mouse wheel over the text: the view moves, the keys stay with the tree.
        pane.scroll_to(y=row, animate=False, immediate=True)
        await pilot.pause()
        await pilot.pause()
        node = node_at(screen.document, pane.top_offset)
        assert outline.cursor_node is not None and outline.cursor_node.data == node
        assert pane.top_row == row, "the text snapped back to the start of its section"
        assert chosen == []
        assert outline.has_focus


async def test_the_tree_does_not_answer_show_node_with_a_choice() -> None:
    app = reader_app(NANSHAN)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        screen = reader(app)
        outline, pane = screen.outline, screen.pane
        outline.focus()
        await pilot.pause()
        chosen = _record_choices(screen)
        top = pane.top_row
        target = screen.document.nodes[5].index
        outline.show_node(target)
        await pilot.pause()
        await pilot.pause()
        assert outline.cursor_node is not None and outline.cursor_node.data == target
        assert chosen == [] and pane.top_row == top


def _record_choices(screen: ReaderScreen) -> list[NodeChosen]:
    """Every ``NodeChosen`` the screen gets from now on (and still acts on)."""
    chosen: list[NodeChosen] = []
    original = screen.on_node_chosen

    def record(event: NodeChosen) -> None:
        chosen.append(event)
        original(event)

    screen.on_node_chosen = record  # type: ignore[method-assign]
    return chosen


async def test_a_move_the_tree_started_does_not_pull_its_cursor_back() -> None:
    app = reader_app(NANSHAN)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        screen = reader(app)
        outline = screen.outline
        outline.focus()
        await pilot.press("j", "j", "j", "j", "j", "j")
        await pilot.pause()
        here = outline.cursor_node
        assert here is not None
        earlier = screen.document.nodes[1].index
        assert here.data != earlier
        # The text's answer to a choice made two keys ago arrives only now.
        screen.on_reading_moved(ReadingMoved(earlier, 10, followed=True))
        await pilot.pause()
        assert outline.cursor_node is here
        # A move the text made on its own is followed, as ever.
        screen.on_reading_moved(ReadingMoved(earlier, 10, followed=False))
        await pilot.pause()
        assert outline.cursor_node is not None and outline.cursor_node.data == earlier


async def test_choosing_in_the_tree_moves_the_text_and_leaves_the_cursor() -> None:
    app = reader_app(NANSHAN)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        screen = reader(app)
        outline, pane = screen.outline, screen.pane
        outline.focus()
        await pilot.press("j", "j", "j")
        await pilot.pause()
        node = outline.cursor_node
        assert node is not None and isinstance(node.data, int)
        assert pane.top_offset <= screen.document.nodes[node.data].start
        assert node_at(screen.document, pane.top_offset) in (node.data, *_ancestors(
            screen, node.data))
        assert outline.cursor_node is node and outline.has_focus


def _ancestors(screen: ReaderScreen, index: int) -> list[int]:
    return [each.index for each in screen.document.path(screen.document.nodes[index])]

