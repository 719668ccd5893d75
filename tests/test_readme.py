"""The README and ``--help`` agree: every sub-command and every option ``--help`` lists is in
the README, and every command line the README shows parses as the program would parse it."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from tui.cli import READER, SUBCOMMANDS, UsageError, _take_command, build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")

_INLINE = re.compile(r"`(gongwen(?: [^`]*)?)`")
_SHELL_END = re.compile(r"\s(?:\||>|2>|&&|;)")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
_ALTERNATIVES = re.compile(r"(\S+?)\|\S+")
_NUMBERS = {"N": "8000", "MB": "20"}
"""Placeholders of the synopses that stand for a number."""


def examples(text: str = README) -> list[str]:
    """The command lines the README shows: ``gongwen …`` lines of its code blocks (a leading
    ``$`` dropped) and inline code that is a whole command line, not a command's bare name."""
    found: list[str] = []
    in_block = False
    for line in text.splitlines():
        if line.startswith("```"):
            in_block = not in_block
            continue
        command = line.strip().removeprefix("$ ")
        if in_block and (command == "gongwen" or command.startswith("gongwen ")):
            found.append(command)
    for match in _INLINE.finditer(text):
        words = match.group(1).split()
        if not (len(words) == 2 and words[1] in SUBCOMMANDS):
            found.append(match.group(1))
    return found


def arguments(example: str) -> list[str]:
    """The words of a README command line after ``gongwen``, a synopsis made concrete: the
    shell's pipes and redirections cut off, ``[optional]`` parts taken, the first of
    ``a|b`` alternatives, ``PATH...`` as one path."""
    command = _SHELL_END.split(example.replace("\\|", "|"), maxsplit=1)[0]
    command = _OPTIONAL.sub(lambda group: group.group(1).split("|")[0], command)
    command = _ALTERNATIVES.sub(r"\1", command).replace("...", "").replace("…", "")
    return [_NUMBERS.get(word, word) for word in shlex.split(command)[1:]]


def test_the_readme_shows_command_lines_of_every_kind() -> None:
    shown = examples()
    assert len(shown) >= 20
    assert {_take_command(arguments(example)) for example in shown} >= {READER, *SUBCOMMANDS}


@pytest.mark.parametrize("example", examples())
def test_every_command_line_in_the_readme_parses(example: str) -> None:
    words = arguments(example)
    command = _take_command(words)
    try:
        build_parser(command).parse_args(words)
    except UsageError as error:
        pytest.fail(f"{example!r}: {error}")


@pytest.mark.parametrize("command", [READER, *SUBCOMMANDS])
def test_every_option_in_help_is_in_the_readme(command: str) -> None:
    if command != READER:
        assert f"gongwen {command}" in README
    missing = [
        action.option_strings for action in build_parser(command)._actions
        if action.option_strings and action.help is not argparse.SUPPRESS
        and not isinstance(action, argparse._HelpAction)
        and not any(re.search(rf"`[^`]*{re.escape(option)}\b", README)
                    for option in action.option_strings)
    ]
    assert missing == []


def test_the_synopsis_reading_is_what_it_says() -> None:
    assert arguments("gongwen export PATH --format md\\|html [-o FILE]") == [
        "export", "PATH", "--format", "md", "-o", "FILE"]
    assert arguments("gongwen grep QUERY PATH... [--json]") == ["grep", "QUERY", "PATH", "--json"]
    assert arguments("gongwen outline a.txt | head -3") == ["outline", "a.txt"]
    assert arguments("gongwen check P [--json\\|--csv\\|--format md]") == ["check", "P", "--json"]
    assert arguments("gongwen serve [--port N]") == ["serve", "--port", "8000"]


def test_every_option_the_readme_names_exists() -> None:
    known = {option for command in (READER, *SUBCOMMANDS)
             for action in build_parser(command)._actions for option in action.option_strings}
    # Options of the evaluation scripts (`eval_outline.py --pages DIR`) are theirs.
    prose = re.sub(r"`[\w/]+\.py [^`]*`", "", README)
    named = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", prose))
    assert named - known == set()
