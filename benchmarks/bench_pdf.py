"""Published attachments: how fast a 50-page PDF reads, and how often a report set as a PDF or
as a Word file with automatic numbering reads with the outline of its own text.

Speed: a 50-page PDF (real report text, CID font STSong-Light and, when installed, the
embedded TrueType WenQuanYi Micro Hei) — median seconds of ``parser.load`` beside pdfminer's
and pypdf's bare text extraction (no paragraphs, no outline).

Fidelity: the key for each report is the outline of its own text (the issue's measure: at most
one heading line different). The five seeds were used while building the readers; corpus
reports (every Nth of ``../shared/corpus``) are held out. Naive baselines: pdfminer's text
as extracted (lines hard-wrapped as on the page), and python-docx's paragraph text (Word's
numbers missing).

    python benchmarks/bench_pdf.py [--runs 5] [--every 12]
"""

from __future__ import annotations

import sys
import tempfile
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import parser  # noqa: E402
from benchmarks.common import ROOT, SEEDS, median_seconds, runs_arguments  # noqa: E402
from tests.documents import WQY_MICROHEI, numbered_docx, report_pdf  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "gov-work-reports"
PAGES = 50


def _outline(doc: parser.Document) -> list[tuple[int, str]]:
    return [(section.level, section.title) for section, _ in doc.walk()]


def _differing(a: list[tuple[int, str]], b: list[tuple[int, str]]) -> int:
    matched = sum(block.size for block in SequenceMatcher(None, a, b).get_matching_blocks())
    return max(len(a), len(b)) - matched


def _page_count(path: Path) -> int:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    with path.open("rb") as handle:
        return sum(1 for _ in PDFPage.create_pages(PDFDocument(PDFParser(handle))))


def _pdf_of_pages(text: str, pages: int, folder: Path, font: str) -> tuple[Path, int]:
    """A PDF of ``text`` repeated and cut to fill about ``pages`` pages; and its page count."""
    path = report_pdf(text, folder / f"{font}.pdf", font=font)
    per_page = len(text) / _page_count(path)
    long = "\n".join([text] * (int(pages * per_page / len(text)) + 1))
    path = report_pdf(long[:int(pages * per_page * 1.02)], folder / f"{font}.pdf", font=font)
    return path, _page_count(path)


def speed(runs: int, folder: Path) -> None:
    from pdfminer.high_level import extract_text

    sample = sorted(CORPUS.rglob("*.md"))[:1] or SEEDS[:1]
    text = sample[0].read_text(encoding="utf-8")
    fonts = ["STSong-Light"] + (["wqy"] if WQY_MICROHEI.exists() else [])
    print(f"speed: {PAGES}-page PDFs of {sample[0].relative_to(sample[0].parents[2])}")
    for font in fonts:
        path, count = _pdf_of_pages(text, PAGES, folder, font)
        gongwen = median_seconds(lambda p=path: parser.load(p, max_bytes=10**9), runs)
        miner = median_seconds(lambda p=path: extract_text(str(p)), runs)
        line = (f"  {font:13} {count} pages: gongwen load {gongwen:5.2f} s   pdfminer extract_text "
                f"{miner:5.2f} s")
        try:
            from pypdf import PdfReader

            bare = median_seconds(
                lambda p=path: [page.extract_text() for page in PdfReader(str(p)).pages], runs)
            line += f"   pypdf extract_text {bare:5.2f} s"
        except ImportError:
            line += "   (pypdf not installed)"
        print(line)


def _naive_pdf(path: Path) -> parser.Document:
    from pdfminer.high_level import extract_text

    return parser.parse(extract_text(str(path)))


def _naive_docx(path: Path) -> parser.Document:
    import docx

    return parser.parse("\n".join(p.text for p in docx.Document(str(path)).paragraphs))


def fidelity(reports: list[Path], folder: Path, label: str) -> None:
    scores = {"pdf": [0, 0], "docx": [0, 0]}
    worst: list[tuple[int, str, str]] = []
    for number, report in enumerate(reports):
        text = report.read_text(encoding="utf-8")
        key = _outline(parser.parse(text))
        pdf = report_pdf(text, folder / f"f{number}.pdf")
        docx_path = numbered_docx(text, folder / f"f{number}.docx", furniture=False)
        for kind, path, naive in (("pdf", pdf, _naive_pdf), ("docx", docx_path, _naive_docx)):
            ours = _differing(_outline(parser.load(path, max_bytes=10**9)), key)
            scores[kind][0] += ours <= 1
            scores[kind][1] += _differing(_outline(naive(path)), key) <= 1
            if ours > 1:
                worst.append((ours, kind, str(report.name if report in SEEDS else
                                               report.relative_to(CORPUS))))
    print(f"fidelity, {label} ({len(reports)} reports): outline within one heading line")
    for kind, (ours, naive) in scores.items():
        print(f"  {kind:5} gongwen {ours}/{len(reports)}   naive {naive}/{len(reports)}")
    for differing, kind, name in sorted(worst, reverse=True)[:5]:
        print(f"    {kind} {name}: {differing} lines differ")


def main() -> None:
    ap = runs_arguments(__doc__ or "", 5)
    ap.add_argument("--every", type=int, default=12, help="every Nth corpus report")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        speed(args.runs, Path(folder))
        fidelity(SEEDS, Path(folder), "seeds (used while building)")
        corpus = sorted(CORPUS.rglob("*.md"))[::args.every]
        if corpus:
            fidelity(corpus, Path(folder), "corpus, held out")
        else:
            print(f"(no corpus at {CORPUS})")


if __name__ == "__main__":
    main()
