"""Print a report's section tree (plain, or --json for scripts).

Plain output is one line per node, indented by depth: marker and title. Colour only on a
terminal, never when NO_COLOR is set.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import parser
from parser.model import Document, Section
from tui.output import colour_enabled, size_limit

SCHEMA = "gongwen.outline/1"
_OPTIONAL_META = ("delivered", "session", "speaker", "covers", "published")
"""Metadata fields a report may lack; present in the JSON only when known."""


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("path", metavar="PATH", help="a report: .txt, .md, .html")
    ap.add_argument("--json", action="store_true", help=f"print the outline as JSON ({SCHEMA})")
    ap.add_argument(
        "--max-size", type=size_limit, default=parser.DEFAULT_MAX_BYTES, metavar="MB",
        help="refuse files larger than this many megabytes (default 20)",
    )


def run(args: argparse.Namespace) -> int:
    doc = parser.load(args.path, max_bytes=args.max_size)
    if args.json:
        json.dump(outline_json(doc), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(outline_text(doc, colour=colour_enabled(sys.stdout)))
    return 0


def _section_json(section: Section) -> dict[str, Any]:
    return {
        "kind": section.kind,
        "level": section.level,
        "marker": section.marker,
        "title": section.title,
        "line": section.line,
        "heading": list(section.heading),
        "body": list(section.body),
        "children": [_section_json(child) for child in section.children],
        **({"inferred_ordinal": section.inferred_ordinal}
           if section.inferred_ordinal is not None else {}),
        **({"fused": True} if section.fused else {}),
    }


def outline_json(doc: Document) -> dict[str, Any]:
    """The ``gongwen.outline/1`` object for ``doc``."""
    return {
        "schema": SCHEMA,
        "source": doc.source,
        "encoding": doc.encoding,
        "length": len(doc.text),
        "meta": {
            "title": doc.meta.title,
            "org": doc.meta.org,
            "year": doc.meta.year,
            "date": doc.meta.date,
            **{name: getattr(doc.meta, name) for name in _OPTIONAL_META
               if getattr(doc.meta, name) is not None},
        },
        "front": list(doc.front),
        "sections": [_section_json(section) for section in doc.sections],
        "back": list(doc.back),
        "debris": [list(span) for span in doc.debris],
        **({"front_matter": list(doc.front_matter)} if doc.front_matter else {}),
    }


_HEADING_STYLES = ("\x1b[1;36m", "\x1b[1;33m", "\x1b[32m", "\x1b[35m")
_DIM = "\x1b[2m"
_RESET = "\x1b[0m"


def outline_text(doc: Document, *, colour: bool = False) -> str:
    """The indented plain-text outline; a header line with the metadata first."""
    m = doc.meta
    facts = [m.title or "(无标题)", m.org, str(m.year) if m.year else None, m.date]
    header = " · ".join(fact for fact in facts if fact)
    out = [f"{_DIM}{header}{_RESET}" if colour else header]
    for section, _ in doc.walk():
        indent = "  " * (section.level - 1)
        marker = section.marker
        gap = " " if marker else ""
        if colour:
            style = _DIM if section.kind != "heading" else _HEADING_STYLES[
                min(section.level, len(_HEADING_STYLES)) - 1]
            out.append(f"{indent}{style}{marker}{_RESET}{gap}{section.title}")
        else:
            out.append(f"{indent}{marker}{gap}{section.title}")
    return "\n".join(out) + "\n"
