"""Check a library of reports the way a reviewer does: the required parts, the publication
deadline, numbering slips, reuse of last year's text and near copies of other offices.

Each report is checked against the rubric of its genre (``parser/data/rubrics/``: the
法治政府建设年度报告 parts of the 2019 督察工作规定, and the 政府工作报告's; rubrics in the config
folder's ``rubrics/`` come first, ``--rubric FILE`` applies one to all). Reports of one office
(same organisation, else same folder) form a series: each is compared with the year before.

``--json`` prints ``gongwen.check/1``: ``{"schema", "reports": [{"path", "org", "year",
"rubric", "parts": [{"name", "found", "section", "at", "basis", "cue"}], "published",
"deadline", "on_time", "reuse": {"previous", "share"}, "nearest": {"path", "similarity"},
"lint": [{"line", "marker", "kind", "expected"}], "failed": [...]}]}``; ``--csv`` one row per
report; ``--format md`` a review memo in Markdown, quoting where each part was found.

Exit status: 0 when every check of every report passed, 1 when any failed, 2 on trouble (a
report or rubric that cannot be read).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import parser
from parser.checks import PartFinding, ReportCheck, check_reports, office_of
from parser.errors import LoadError
from parser.index import IndexUnavailable, ReportIndex, content_hash
from parser.loading import read_bytes
from parser.model import Document
from parser.nodes import PATH_SEPARATOR
from parser.rubric import Rubric, RubricError, bundled_rubrics, load_rubric, user_rubrics
from tui.config import config_dir
from tui.output import json_text, size_limit, terminal_text
from tui.paths import REPORT_SUFFIXES, collect_paths

SCHEMA = "gongwen.check/1"
REUSE_LIMIT = 0.8
COPY_LIMIT = 0.9
_KIND_LABELS = {"inferred": "按位置应为第{}项", "gap": "跳号,应为第{}项", "repeat": "重号,应为第{}项"}
_BASIS_LABELS = {"role": "部分", "heading": "标题", "content": "正文", "rest": "其余各节"}


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("paths", metavar="PATH", nargs="+",
                    help="reports (.txt, .md, .html), or folders: the reports under each; "
                         "- reads paths from standard input, one a line")
    ap.add_argument("--rubric", metavar="FILE", help="apply this rubric (YAML) to every report")
    output = ap.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help=f"print {SCHEMA} JSON")
    output.add_argument("--csv", action="store_true", help="one CSV row per report")
    output.add_argument("--format", choices=("plain", "md"), default="plain",
                        help="md: a review memo in Markdown with quotations")
    ap.add_argument("--reuse-limit", type=float, default=REUSE_LIMIT, metavar="SHARE",
                    help=f"fail a report reusing this share of last year's text "
                         f"(default {REUSE_LIMIT})")
    ap.add_argument("--copy-limit", type=float, default=COPY_LIMIT, metavar="SIMILARITY",
                    help=f"fail a report this similar to another office's (default {COPY_LIMIT})")
    ap.add_argument("--max-size", type=size_limit, default=parser.DEFAULT_MAX_BYTES,
                    metavar="MB", help="refuse files larger than this many megabytes (default 20)")
    # For the library, which runs this as a child process to fill the index's reuse cache in
    # worker processes: "done total" lines on stdout instead of the report.
    ap.add_argument("--progress-lines", action="store_true", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    try:
        forced = load_rubric(args.rubric) if args.rubric else None
    except RubricError as error:
        print(terminal_text(f"gongwen check: {error}"), file=sys.stderr)
        return 2
    mine, warnings = user_rubrics(config_dir() / "rubrics")
    for warning in warnings:
        print(terminal_text(f"gongwen check: note: {warning} (skipped)"), file=sys.stderr)

    named = [arg for arg in args.paths if arg != "-"]
    if "-" in args.paths:
        named += [line.rstrip("\n") for line in sys.stdin if line.strip()]
    # A name that cannot be looked at (missing, empty, in a folder without permission) is left
    # to parser.load, which says why in the words every other command uses.
    there = [bool(p) and os.path.exists(p) for p in named]  # False where stat fails
    paths, errors = collect_paths((p for p, ok in zip(named, there) if ok), describe=str)
    absent = [p for p, ok in zip(named, there) if not ok]
    trouble = bool(errors)
    for missing in errors:
        print(terminal_text(f"gongwen check: {missing}"), file=sys.stderr)
    if not paths and not errors and not absent:
        # Only folders were named, and none holds a report: say so rather than pass nothing.
        for arg in named or args.paths:
            print(terminal_text(f"gongwen check: {arg}: no reports in the folder "
                                f"({' '.join(REPORT_SUFFIXES)})"), file=sys.stderr)
        return 2
    docs: list[Document] = []
    kept: list[Path] = []
    for path in [*paths, *absent]:
        try:
            docs.append(parser.load(path, max_bytes=args.max_size))
            kept.append(Path(path))
        except parser.LoadError as error:
            print(terminal_text(f"gongwen check: {error}"), file=sys.stderr)
            trouble = True
    progress = (_progress_line if args.progress_lines
                else _progress if sys.stderr.isatty() else None)
    results = cached_checks(docs, kept, mine + bundled_rubrics(), forced=forced,
                            progress=progress, workers=2,
                            warn=lambda note: print(terminal_text(f"gongwen check: {note}"),
                                                    file=sys.stderr))
    if sys.stderr.isatty():
        sys.stderr.write("\r\x1b[K")
    if args.progress_lines:
        return 2 if trouble else 0
    limits = {"reuse_limit": args.reuse_limit, "copy_limit": args.copy_limit}
    reports = [_report_json(doc, path, result, kept, limits)
               for doc, path, result in zip(docs, kept, results)]

    if args.json:
        sys.stdout.write(json_text({"schema": SCHEMA, "reports": reports}) + "\n")
    elif args.csv:
        sys.stdout.write(terminal_text(csv_text(reports)))
    elif args.format == "md":
        sys.stdout.write(terminal_text(memo(docs, reports)))
    else:
        sys.stdout.write(terminal_text(plain(reports)))
    if trouble:
        return 2
    return 1 if any(report["failed"] for report in reports) else 0


def cached_checks(
    docs: list[Document],
    paths: list[Path],
    rubrics: tuple[Rubric, ...],
    *,
    forced: Rubric | None = None,
    progress: Callable[[int, int], None] | None = None,
    workers: int = 1,
    warn: Callable[[str], None] | None = None,
) -> list[ReportCheck]:
    """``parser.checks.check_reports`` over reports read from ``paths``, with the reuse
    shares computed before taken from the index (by content hash) and the new ones kept
    there; without an index (a read-only cache folder) everything is computed. ``warn`` is
    told when the index was unusable and has been rebuilt."""
    offices = [office_of(path, doc) for doc, path in zip(docs, paths)]
    try:
        index: ReportIndex | None = ReportIndex()
    except IndexUnavailable:
        index = None
    if index is not None and index.warning and warn is not None:
        warn(index.warning)
    try:
        hashes = None
        if index is not None:
            with contextlib.suppress(LoadError):  # a report gone since: compute everything
                hashes = [content_hash(read_bytes(path, max_bytes=1 << 62)) for path in paths]
        return check_reports(docs, offices, rubrics, forced=forced, progress=progress,
                             hashes=hashes, cache=index, workers=workers)
    finally:
        if index is not None:
            index.close()


def _progress_line(done: int, total: int) -> None:
    print(done, total, flush=True)


def _progress(done: int, total: int) -> None:
    if done % 10 == 0 or done == total:
        sys.stderr.write(f"\rgongwen check: {done} / {total}")
        sys.stderr.flush()


def _section_titles(doc: Document, finding: PartFinding) -> list[str]:
    if finding.section is None:
        return []
    return [node.title or node.marker for node in doc.path(finding.section)]


def _report_json(doc: Document, path: Path, result: ReportCheck, paths: list[Path],
                 limits: dict[str, float]) -> dict[str, Any]:
    deadline = result.deadline
    return {
        "path": str(path),
        "org": doc.meta.org,
        "year": doc.meta.year,
        "rubric": result.rubric.genre if result.rubric else None,
        "parts": [
            {
                "name": finding.part.name,
                "id": finding.part.id,
                "optional": finding.part.optional,
                "found": finding.found,
                "section": _section_titles(doc, finding),
                "at": list(finding.at) if finding.at else None,
                "line": doc.line_of(finding.at[0]) if finding.at else None,
                "basis": finding.basis,
                "cue": finding.cue,
                "quote": " ".join(doc.text[finding.at[0]:finding.at[1]].split())
                if finding.at else None,
            }
            for finding in result.parts
        ],
        "published": deadline.date if deadline else doc.meta.date,
        "date_basis": deadline.basis if deadline else None,
        "deadline": deadline.deadline if deadline else None,
        "on_time": deadline.on_time if deadline else None,
        "reuse": {
            "previous": str(paths[result.previous]) if result.previous is not None else None,
            "share": round(result.reuse, 3) if result.reuse is not None else None,
        },
        "nearest": {
            "path": str(paths[result.nearest.index]) if result.nearest.index >= 0 else None,
            "similarity": round(result.nearest.similarity, 3),
        },
        "lint": [
            {"line": lint.line, "marker": lint.marker, "kind": lint.kind,
             "expected": lint.expected}
            for lint in result.lint
        ],
        "failed": list(result.failures(**limits)),
    }


def _lint_text(lint: dict[str, Any]) -> str:
    """``第45行 “1.” 按位置应为第3项``."""
    return (f"第{lint['line']}行 “{lint['marker']}” "
            + _KIND_LABELS[lint["kind"]].format(lint["expected"]))


def _mark(ok: bool | None) -> str:
    return "?" if ok is None else "✓" if ok else "✗"


def plain(reports: list[dict[str, Any]]) -> str:
    """A block per report: the parts with ✓/✗ and where, the deadline, reuse, near copy,
    numbering slips."""
    out: list[str] = []
    for report in reports:
        facts = [report["path"], report["org"], str(report["year"] or "")]
        out.append(" · ".join(fact for fact in facts if fact))
        if report["rubric"] is None:
            out.append("  ? 未识别体裁,没有适用的检查清单(可用 --rubric 指定)")
        for part in report["parts"]:
            optional = "(可选)" if part["optional"] else ""
            where = ""
            if part["found"]:
                cue = f"“{part['cue']}”" if part["cue"] else ""
                where = (f" — {PATH_SEPARATOR.join(part['section'])} "
                         f"(第{part['line']}行,{_BASIS_LABELS[part['basis']]}{cue})")
            mark = _mark(part["found"]) if part["found"] or not part["optional"] else "–"
            out.append(f"  {mark} {part['name']}{optional}{where}")
        if report["deadline"]:
            basis = {"published": "发布", "signed": "落款"}.get(report["date_basis"] or "", "")
            date = f"{report['published']}({basis})" if report["published"] else "无日期"
            out.append(f"  {_mark(report['on_time'])} 公开时限 {report['deadline']}: {date}")
        reuse = report["reuse"]
        if reuse["previous"]:
            out.append(f"  {_mark('reuse' not in report['failed'])} 沿用上一年 "
                       f"{reuse['share']:.0%}: {reuse['previous']}")
        nearest = report["nearest"]
        if nearest["path"]:
            out.append(f"  {_mark('copy' not in report['failed'])} 最相似的其他单位报告 "
                       f"{nearest['similarity']:.2f}: {nearest['path']}")
        for lint in report["lint"]:
            out.append(f"  ! {_lint_text(lint)}")
        out.append("")
    return "\n".join(out)


def csv_text(reports: list[dict[str, Any]]) -> str:
    """One CSV row per report: a column per rubric part (1 found, 0 missing, empty when the
    report's rubric has no such part), then the other checks."""
    names = list(dict.fromkeys(part["name"] for r in reports for part in r["parts"]))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["path", "org", "year", "rubric", *names, "published", "deadline",
                     "on_time", "reuse_previous", "reuse_share", "nearest",
                     "nearest_similarity", "lint", "failed"])
    for r in reports:
        found = {part["name"]: part["found"] for part in r["parts"]}
        writer.writerow([
            r["path"], r["org"] or "", r["year"] or "", r["rubric"] or "",
            *(("1" if found[n] else "0") if n in found else "" for n in names),
            r["published"] or "", r["deadline"] or "",
            "" if r["on_time"] is None else int(r["on_time"]),
            r["reuse"]["previous"] or "", "" if r["reuse"]["share"] is None else r["reuse"]["share"],
            r["nearest"]["path"] or "", r["nearest"]["similarity"],
            len(r["lint"]), " ".join(r["failed"]),
        ])
    return out.getvalue()


def memo(docs: list[Document], reports: list[dict[str, Any]]) -> str:
    """The findings of the whole library as a Markdown review memo, quoting the text that
    satisfies each part (report, section path, line)."""
    failing = sum(1 for r in reports if r["failed"])
    out = ["# 年度报告审查意见", "",
           f"共审查 {len(reports)} 份报告,{failing} 份有未通过的检查项。", ""]
    for report in reports:
        title = " · ".join(str(f) for f in (report["org"], report["year"]) if f)
        out += [f"## {title or report['path']}", "", f"`{report['path']}`", ""]
        for part in report["parts"]:
            if part["found"]:
                out.append(f"- ✓ **{part['name']}**:{PATH_SEPARATOR.join(part['section'])},"
                           f"第{part['line']}行")
                out.append(f"  > {part['quote'][:120]}")
            elif not part["optional"]:
                out.append(f"- ✗ **{part['name']}**:未找到")
        if report["deadline"]:
            state = {True: "按时", False: "逾期", None: "无法判断(无日期)"}[report["on_time"]]
            out.append(f"- 公开时限 {report['deadline']}:{state}"
                       + (f"({report['published']})" if report["published"] else ""))
        if report["reuse"]["previous"]:
            out.append(f"- 沿用上一年文字 {report['reuse']['share']:.0%}"
                       f"(`{report['reuse']['previous']}`)")
        if report["nearest"]["path"]:
            out.append(f"- 最相似的其他单位报告:`{report['nearest']['path']}`,"
                       f"相似度 {report['nearest']['similarity']:.2f}")
        for lint in report["lint"]:
            out.append(f"- 编号:{_lint_text(lint)}")
        out.append("")
    return "\n".join(out)
