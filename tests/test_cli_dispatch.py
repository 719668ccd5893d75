"""The command line names its sub-command after the reader's options as well as before them:
``gongwen --theme gongwen-light diff A B`` opens the diff, not a library of three paths."""

from __future__ import annotations

import pytest

from tui.cli import READER, _take_command


@pytest.mark.parametrize(
    ("argv", "command", "rest"),
    [
        (["diff", "a", "b"], "diff", ["a", "b"]),
        (["--theme", "gongwen-light", "diff", "a", "b"], "diff",
         ["--theme", "gongwen-light", "a", "b"]),
        (["--theme=gongwen-ansi", "--lang", "en", "track", "a", "b"], "track",
         ["--theme=gongwen-ansi", "--lang", "en", "a", "b"]),
        (["--max-size", "5", "seeds"], READER, ["--max-size", "5", "seeds"]),
        (["--theme", "diff", "a"], READER, ["--theme", "diff", "a"]),  # a theme named diff
        (["--", "diff"], READER, ["--", "diff"]),  # a report file named diff
        ([], READER, []),
    ],
)
def test_the_sub_command_is_the_first_argument_that_is_not_an_option(argv, command, rest):
    args = list(argv)
    assert _take_command(args) == command
    assert args == rest
