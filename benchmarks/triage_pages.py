"""What looks wrong in the metadata read from pages nobody has keyed.

Keys are slow to write, and each set of keyed pages shows a few kinds of miss that no earlier set
showed. This script reads many more pages without keys (folders of saved ``*.txt`` pages, kept
outside the project) and counts the results that cannot be right whatever a key would say: no
title, a title that names no document, no organisation, an organisation that does not end as an
office's name does, no year, a site's name or a page number in the title, or a year later than the page's own publication date allows.

It finds misses; it does not measure accuracy (a wrong but plausible title passes). A flag
is read against the page before anything is changed for it.

    python benchmarks/triage_pages.py DIR [DIR ...] [--show FLAG]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import parser  # noqa: E402
from parser import script  # noqa: E402
from parser.offices import ORG_SUFFIXES  # noqa: E402
from parser.titles import names_a_document  # noqa: E402

_OFFICE = re.compile(rf"(?:{ORG_SUFFIXES})$")
# A site's name or a page number glued to a title (``… - ××政府网``, ``1 - ××局…``, ``…_首页``)
_FURNITURE = re.compile(r"\s[-–|_]\s|_|\||首页|网站|^\d{1,3}\s")
# A report labelled with a year is published in that year or in the next few months; one
# labelled two years after its publication is misread.
_YEARS_AHEAD = 1


def flags(doc: parser.Document) -> list[str]:
    """The ways ``doc``'s metadata cannot be right."""
    meta = doc.meta
    found = []
    if meta.title is None:
        found.append("no-title")
    elif not names_a_document(script.simplified(meta.title)):
        found.append("title-names-no-document")
    elif _FURNITURE.search(meta.title):
        found.append("title-has-furniture")
    if meta.org is None:
        found.append("no-org")
    elif not _OFFICE.search(meta.org):
        found.append("org-not-an-office")
    if meta.year is None:
        found.append("no-year")
    elif meta.published and meta.year > int(meta.published[:4]) + _YEARS_AHEAD:
        found.append("year-after-published")
    return found


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("folders", nargs="+", type=Path)
    arguments.add_argument("--show", help="list the pages with this flag (or 'all')")
    options = arguments.parse_args()
    pages = sorted(path for folder in options.folders for path in folder.glob("*.txt"))
    if not pages:
        sys.exit("triage_pages: no *.txt pages in " + ", ".join(map(str, options.folders)))
    counts: Counter[str] = Counter()
    flagged = 0
    for path in pages:
        doc = parser.load(str(path))
        found = flags(doc)
        counts.update(found)
        flagged += bool(found)
        if options.show and (options.show == "all" and found or options.show in found):
            meta = doc.meta
            print(f"{path.parent.name}/{path.name}: {' '.join(found)} | title {meta.title} | "
                  f"org {meta.org} | year {meta.year} | published {meta.published}")
    print(f"{len(pages)} pages, {flagged} flagged ({flagged / len(pages):.1%})")
    for name, count in counts.most_common():
        print(f"  {name:<26}{count:>5}  ({count / len(pages):.1%})")


if __name__ == "__main__":
    main()
