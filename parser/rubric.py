"""Rubrics: the parts a report of one genre must contain, as data.

A rubric is a YAML file (``parser/data/rubrics/*.yaml`` bundled; users add their own, since
local guides differ): the genre's name, the words that tell a report belongs to it, an
optional publication deadline (``MM-DD`` of the year after the one reported on) and the list of
parts with the heading wordings and content phrases that satisfy each. ``parser.checks``
applies a rubric to a Document.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, get_args

import yaml

from parser.errors import os_error
from parser.model import Document
from parser.parts import PartRole
from parser.reading import FileTooLarge, NotRegular, read_regular
from parser.yaml_io import load_yaml

MAX_RUBRIC_BYTES = 1 << 20
"""A rubric is a few kilobytes; anything larger is not one (and is not read whole)."""

_DEADLINE = re.compile(r"(\d{1,2})-(\d{1,2})")


def _valid_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= monthrange(2000, month)[1]  # 2000: 02-29 allowed


class RubricError(ValueError):
    """A rubric file that cannot be used; the message is one line naming the file."""


@dataclass(frozen=True)
class Part:
    """One required (or optional) part of a report."""

    id: str
    name: str
    """What a reviewer calls it, e.g. ``存在的不足和原因``."""
    short: str = ""
    """A column header's worth of ``name`` (``不足``); ``name`` when not given."""
    role: PartRole | None = None
    """A top-level part of the report with this role (``parser.parts``) satisfies it."""
    headings: tuple[str, ...] = ()
    """A heading holding any of these satisfies the part."""
    content: tuple[str, ...] = ()
    """Phrases that, ``min_hits`` times in one section's own text, satisfy the part; the
    strongest first (the section holding the strongest is chosen)."""
    min_hits: int = 1
    not_in: tuple[str, ...] = ()
    """Ids of parts whose sections cannot also be this part's evidence."""
    rest: bool = False
    """Claims the top-level sections no other part took (topic-by-topic measures)."""
    optional: bool = False


@dataclass(frozen=True)
class Rubric:
    """The parts a genre requires and its publication deadline."""

    genre: str
    name: str
    match: tuple[str, ...]
    """Words in a report's title (or opening) that tell it belongs to this genre."""
    parts: tuple[Part, ...]
    deadline: tuple[int, int] | None = None
    """``(month, day)`` of the year after the one reported on, or None."""
    source: str = ""

    def applies_to(self, doc: Document) -> bool:
        """True when the report's title or its first 300 characters name this genre."""
        head = (doc.meta.title or "") + doc.text[:300]
        return any(word in head for word in self.match)


def _strings(value: Any, field: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RubricError(f"{where}: '{field}' must be a list of words")
    return tuple(v.strip() for v in value)


def _part(data: Any, where: str) -> Part:
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise RubricError(f"{where}: every part needs an 'id'")
    min_hits = data.get("min_hits", 1)
    if not isinstance(min_hits, int) or isinstance(min_hits, bool) or min_hits < 1:
        raise RubricError(f"{where}: part {data['id']}: 'min_hits' must be a whole number ≥ 1")
    role = data.get("role")
    if role is not None and role not in get_args(PartRole):
        raise RubricError(f"{where}: part {data['id']}: unknown role {role!r}")
    part = Part(
        id=data["id"],
        name=str(data.get("name") or data["id"]),
        short=str(data.get("short") or data.get("name") or data["id"]),
        role=role,
        headings=_strings(data.get("headings"), "headings", where),
        content=_strings(data.get("content"), "content", where),
        min_hits=min_hits,
        not_in=_strings(data.get("not_in"), "not_in", where),
        rest=bool(data.get("rest", False)),
        optional=bool(data.get("optional", False)),
    )
    if not (part.role or part.headings or part.content or part.rest):
        raise RubricError(f"{where}: part {part.id} has no headings, content or rest")
    return part


def parse_rubric(text: str, where: str = "rubric") -> Rubric:
    """Build a Rubric from YAML text; raises ``RubricError`` (one line) when it is not one."""
    try:
        data = load_yaml(text)
    except yaml.YAMLError as error:
        raise RubricError(f"{where}: not YAML: {str(error).splitlines()[0]}") from None
    if not isinstance(data, dict) or not isinstance(data.get("parts"), list) or not data["parts"]:
        raise RubricError(f"{where}: a rubric needs a non-empty list of 'parts'")
    parts = tuple(_part(item, where) for item in data["parts"])
    ids = [part.id for part in parts]
    if len(set(ids)) != len(ids):
        raise RubricError(f"{where}: part ids must be unique")
    unknown = {ref for part in parts for ref in part.not_in} - set(ids)
    if unknown:
        raise RubricError(f"{where}: 'not_in' names unknown parts: {', '.join(sorted(unknown))}")
    deadline = None
    if data.get("deadline") is not None:
        found = _DEADLINE.fullmatch(str(data["deadline"]).strip())
        if not found or not _valid_day(int(found[1]), int(found[2])):
            raise RubricError(f"{where}: 'deadline' must be MM-DD, e.g. \"04-01\"")
        deadline = (int(found[1]), int(found[2]))
    genre = str(data.get("genre") or Path(where).stem)
    return Rubric(
        genre=genre,
        name=str(data.get("name") or genre),
        match=_strings(data.get("match"), "match", where),
        parts=parts,
        deadline=deadline,
        source=where,
    )


def load_rubric(path: Path | str) -> Rubric:
    """Read a rubric file; raises ``RubricError`` (one line) when it cannot be used."""
    path = Path(path)
    try:
        data = read_regular(path, MAX_RUBRIC_BYTES)
    except FileTooLarge:
        raise RubricError(f"{path}: too large for a rubric") from None
    except NotRegular:
        raise RubricError(f"{path}: not a regular file") from None
    except OSError as error:
        raise RubricError(str(os_error(error, path, report=False))) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RubricError(f"{path}: not UTF-8 text") from None
    return parse_rubric(text, str(path))


@cache
def bundled_rubrics() -> tuple[Rubric, ...]:
    """The rubrics shipped with gongwen, 法治政府建设年度报告 first."""
    folder = Path(str(resources.files("parser") / "data" / "rubrics"))
    order = {"fazhi": 0}
    paths = sorted(folder.glob("*.yaml"), key=lambda p: (order.get(p.stem, 1), p.stem))
    return tuple(load_rubric(path) for path in paths)


def user_rubrics(folder: Path) -> tuple[tuple[Rubric, ...], tuple[str, ...]]:
    """The rubrics in ``folder`` (``*.yaml``) and one warning per file that could not be
    used; never raises."""
    rubrics: list[Rubric] = []
    warnings: list[str] = []
    try:
        paths = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    except OSError as error:
        return (), (str(os_error(error, folder)),)
    for path in paths:
        try:
            rubrics.append(load_rubric(path))
        except RubricError as error:
            warnings.append(str(error))
    return tuple(rubrics), tuple(warnings)


def choose_rubric(doc: Document, rubrics: tuple[Rubric, ...]) -> Rubric | None:
    """The first rubric that applies to ``doc`` (user rubrics come first when listed first)."""
    return next((rubric for rubric in rubrics if rubric.applies_to(doc)), None)
