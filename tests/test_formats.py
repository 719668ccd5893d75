"""Reports as they are published: .docx with Word's automatic numbering, .pdf set in CJK fonts,
old .doc through antiword or catdoc — and every bad attachment one line and exit 2."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

import pytest

import parser
from parser.numbering import FORMATS, Numbering
from tests.documents import WQY_MICROHEI, add_list, number_paragraph, numbered_docx, report_pdf
from tui.cli import main

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def outline(doc: parser.Document) -> list[tuple[int, str]]:
    return [(section.level, section.title) for section, _ in doc.walk()]


def differing_lines(a: list[tuple[int, str]], b: list[tuple[int, str]]) -> int:
    """Outline lines in one and not the other, position by position after aligning."""
    from difflib import SequenceMatcher

    matched = sum(block.size for block in SequenceMatcher(None, a, b).get_matching_blocks())
    return max(len(a), len(b)) - matched


# --- Word's numbering --------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "n", "expected"), [
    ("chineseCounting", 1, "一"), ("chineseCounting", 10, "十"), ("chineseCounting", 12, "十二"),
    ("chineseCounting", 20, "二十"), ("chineseCounting", 31, "三十一"),
    ("chineseCounting", 105, "一百零五"), ("chineseCounting", 110, "一百一十"),
    ("chineseLegalSimplified", 3, "叁"), ("ideographTraditional", 2, "乙"),
    ("decimalEnclosedCircle", 3, "③"), ("lowerLetter", 28, "bb"), ("upperRoman", 14, "XIV"),
    ("decimalZero", 7, "07"), ("decimalFullWidth", 12, "１２"),
])
def test_number_formats_count_as_word_draws_them(fmt: str, n: int, expected: str) -> None:
    assert FORMATS[fmt](n) == expected


def _numbering(*levels: tuple[str, str], extra: str = "") -> Numbering:
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
    return Numbering.from_xml(parse_xml(
        f'<w:numbering xmlns:w="{w}"><w:abstractNum w:abstractNumId="0">{lvls}</w:abstractNum>'
        f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>{extra}</w:numbering>'))


def test_counters_run_per_level_and_a_higher_level_restarts_the_lower() -> None:
    numbering = _numbering(("chineseCounting", "%1、"), ("chineseCounting", "（%2）"),
                           ("decimal", "%3."))
    drawn = [numbering.marker("1", ilvl) for ilvl in (0, 1, 2, 2, 1, 2, 0, 1)]
    assert drawn == ["一、", "（一）", "1.", "2.", "（二）", "1.", "二、", "（一）"]


def test_a_pattern_may_show_the_numbers_of_the_levels_above() -> None:
    numbering = _numbering(("decimal", "%1"), ("decimal", "%1.%2"))
    assert [numbering.marker("1", ilvl) for ilvl in (0, 1, 1, 0, 1)] == [
        "1 ", "1.1 ", "1.2 ", "2 ", "2.1 "]


def test_a_list_with_a_start_override_counts_apart_and_others_continue() -> None:
    extra = ('<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
             '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>')
    numbering = _numbering(("chineseCounting", "%1、"), extra=extra)
    assert [numbering.marker(num, 0) for num in ("1", "1", "2", "3", "3")] == [
        "一、", "二、", "三、", "五、", "六、"]


def test_an_unknown_list_or_list_zero_draws_nothing() -> None:
    numbering = _numbering(("decimal", "%1."))
    assert numbering.marker("0", 0) == "" and numbering.marker("9", 0) == ""


# --- .docx --------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_a_docx_numbered_by_word_reads_with_the_outline_of_its_text(seed: Path, tmp_path) -> None:
    text = seed.read_text(encoding="utf-8")
    source = numbered_docx(text, tmp_path / f"{seed.stem}.docx")
    typed = _typed_text(source).split("\n")
    assert not any(line.lstrip().startswith(("一、", "(一)", "（一）")) for line in typed)
    doc = parser.load(source)
    expected = outline(parser.parse(text))
    assert differing_lines(outline(doc), expected) <= 1
    assert doc.encoding == "docx"
    assert "页眉" not in doc.text and "批注" not in doc.text and "— 1 —" not in doc.text


def _typed_text(path: Path) -> str:
    import docx

    return "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)


def test_docx_tables_keep_cells_apart_and_rows_on_lines(tmp_path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("一、行政诉讼情况")
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(table.rows, [("项目", "2022年", "2023年"), ("行政诉讼", "2件", "3件"),
                                        ("负责人出庭率", "100%", "100%")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("二、下一步工作")
    document.save(str(tmp_path / "t.docx"))
    doc = parser.load(tmp_path / "t.docx")
    assert "行政诉讼\t2件\t3件\n" in doc.text and "项目\t2022年\t2023年\n" in doc.text
    assert [title for _, title in outline(doc)] == ["行政诉讼情况", "下一步工作"]


def test_docx_numbering_from_a_paragraph_style(tmp_path) -> None:
    import docx

    document = docx.Document()
    num_id = add_list(document, [("chineseCounting", "%1、")])
    style = document.styles["Heading 1"]
    number_paragraph(style.element, num_id, 0)
    for title in ("总体情况", "存在问题", "下一步打算"):
        document.add_paragraph(title, style="Heading 1")
        document.add_paragraph(f"关于{title}的正文内容,共有若干句话。")
    document.save(str(tmp_path / "s.docx"))
    doc = parser.load(tmp_path / "s.docx")
    assert [section.marker for section in doc.sections] == ["一、", "二、", "三、"]


# --- .pdf ---------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_a_pdf_in_a_cjk_font_reads_with_the_outline_of_its_text(seed: Path, tmp_path) -> None:
    text = seed.read_text(encoding="utf-8")
    source = report_pdf(text, tmp_path / f"{seed.stem}.pdf", running_head="内部资料 注意保存")
    doc = parser.load(source)
    assert differing_lines(outline(doc), outline(parser.parse(text))) <= 1
    debris = {doc.text[start:end] for start, end in doc.debris}
    assert "— 2 —" in debris and "内部资料 注意保存" in debris


@pytest.mark.skipif(not WQY_MICROHEI.exists(), reason="fonts-wqy-microhei is not installed")
def test_a_pdf_with_an_embedded_truetype_font_and_bare_page_numbers(tmp_path) -> None:
    text = (Path(__file__).parent.parent / "seeds" / "zixing-2021.txt").read_text(encoding="utf-8")
    doc = parser.load(report_pdf(text, tmp_path / "z.pdf", font="wqy", page_numbers="{n}"))
    assert differing_lines(outline(doc), outline(parser.parse(text))) <= 1
    debris = [doc.text[start:end] for start, end in doc.debris]
    assert "2" in debris and "3" in debris


def test_pdf_lines_broken_at_the_margin_are_rejoined_into_their_paragraphs(tmp_path) -> None:
    paragraph = ("我们坚持把法治政府建设摆在全局工作的突出位置,健全依法决策机制,"
                 "推进严格规范公正文明执法,全年办理行政复议案件12件,纠错率为零,"
                 "负责人出庭应诉率达到100%,群众满意度持续提升。") * 3
    text = f"一、总体情况\n{paragraph}\n二、存在问题\n短的一段。\n"
    doc = parser.load(report_pdf(text, tmp_path / "p.pdf"))
    assert paragraph in doc.text.split("\n")
    assert [title for _, title in outline(doc)] == ["总体情况", "存在问题"]


def test_a_paragraph_broken_across_a_page_keeps_the_page_number_after_it(tmp_path) -> None:
    long = "依法行政是政府工作的基本准则,各部门要严格依照法定权限和程序履行职责。" * 60
    text = f"一、总体情况\n{long}\n二、下一步\n完毕。\n"
    doc = parser.load(report_pdf(text, tmp_path / "long.pdf"))
    lines = doc.text.split("\n")
    assert long in lines and lines[lines.index(long) + 1] == "— 1 —"


# --- bad attachments ----------------------------------------------------------------------


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    text = "一、总体情况\n今年我们做了很多工作。\n"
    encrypted = report_pdf(text, tmp_path / "locked.pdf", encrypt="secret")
    from reportlab.pdfgen import canvas

    scanned = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(scanned))
    pdf.rect(50, 50, 300, 300, fill=1)
    pdf.showPage()
    pdf.save()
    corrupt = tmp_path / "corrupt.docx"
    corrupt.write_bytes(numbered_docx(text, tmp_path / "whole.docx").read_bytes()[:900])
    workbook = tmp_path / "book.docx"
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    protected = tmp_path / "protected.docx"
    protected.write_bytes(_compound_file("EncryptedPackage"))
    broken_pdf = tmp_path / "broken.pdf"
    broken_pdf.write_bytes(b"%PDF-1.7\nnot really")
    return {
        "encrypted pdf": (encrypted, "encrypted PDF"),
        "scanned pdf": (scanned, "no text layer"),
        "corrupt docx": (corrupt, "damaged .docx"),
        "xlsx named docx": (workbook, "not a Word document"),
        "password-protected docx": (protected, "password-protected"),
        "damaged pdf": (broken_pdf, "damaged PDF"),
        "no unicode map": (_unmapped_pdf(tmp_path), "no Unicode map"),
    }


def _compound_file(*streams: str) -> bytes:
    """The parts of an OLE compound file gongwen looks at: its signature and stream names."""
    names = b"".join(name.encode("utf-16-le").ljust(64, b"\0") for name in streams)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + names


def _unmapped_pdf(tmp_path: Path) -> Path:
    if not WQY_MICROHEI.exists():
        pytest.skip("fonts-wqy-microhei is not installed")
    made = report_pdf("一、总体情况\n今年我们做了很多工作。\n", tmp_path / "mapped.pdf", font="wqy")
    # Without its ToUnicode map an embedded subset font's glyphs name no characters; the
    # replacement keeps every byte offset of the file.
    unmapped = tmp_path / "unmapped.pdf"
    unmapped.write_bytes(made.read_bytes().replace(b"/ToUnicode", b"/ToUnicodX"))
    return unmapped


@pytest.mark.parametrize("case", ["encrypted pdf", "scanned pdf", "corrupt docx",
                                  "xlsx named docx", "password-protected docx", "damaged pdf",
                                  "no unicode map"])
def test_bad_attachments_are_one_line_and_exit_2(tmp_path, capsys, case: str) -> None:
    path, words = _bad_files(tmp_path)[case]
    before = sorted(os.listdir(tmp_path))
    status = main(["outline", str(path)])
    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert err.startswith(f"gongwen: {path}: ") and err.count("\n") == 1 and words in err
    assert sorted(os.listdir(tmp_path)) == before  # nothing written beside the input


# --- .doc ---------------------------------------------------------------------------------


def _fake_tool(folder: Path, name: str, script: str) -> None:
    folder.mkdir(exist_ok=True)
    tool = folder / name
    tool.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    tool.chmod(tool.stat().st_mode | stat.S_IEXEC)


def test_a_doc_is_read_through_the_installed_tool_in_utf8(tmp_path, monkeypatch) -> None:
    # A stand-in for antiword that checks it is asked for UTF-8 and prints a report.
    bin_dir = tmp_path / "bin"
    _fake_tool(bin_dir, "antiword", '[ "$2" = UTF-8.txt ] || exit 9\n'
               "printf '一、总体情况\\n今年的工作。\\n二、下一步\\n继续努力。\\n'")
    monkeypatch.setenv("PATH", str(bin_dir))
    source = tmp_path / "old.doc"
    source.write_bytes(_compound_file("WordDocument", "1Table"))
    doc = parser.load(source)
    assert [title for _, title in outline(doc)] == ["总体情况", "下一步"]
    assert doc.encoding == "doc (antiword)"
    assert sorted(os.listdir(tmp_path)) == ["bin", "old.doc"]


def test_a_doc_the_tool_refuses_is_one_line(tmp_path, monkeypatch) -> None:
    bin_dir = tmp_path / "bin"
    _fake_tool(bin_dir, "catdoc", 'echo "$4: not a Word file" >&2; exit 1')
    monkeypatch.setenv("PATH", str(bin_dir))
    source = tmp_path / "old.doc"
    source.write_bytes(_compound_file("WordDocument"))
    with pytest.raises(parser.LoadError, match=r"that catdoc could not read: the file: not a"):
        parser.load(source)


def test_without_antiword_or_catdoc_a_doc_names_what_to_install(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    source = tmp_path / "old.doc"
    source.write_bytes(_compound_file("WordDocument"))
    with pytest.raises(parser.LoadError, match="install antiword or catdoc"):
        parser.load(source)


def test_an_xls_is_not_taken_for_a_doc(tmp_path) -> None:
    source = tmp_path / "figures.doc"
    source.write_bytes(_compound_file("Workbook"))
    with pytest.raises(parser.LoadError, match=r"an Excel workbook \(\.xls\), not a Word"):
        parser.load(source)


def test_a_docx_in_memory_is_told_by_its_bytes_not_its_name(tmp_path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("一、总体情况")
    buffer = io.BytesIO()
    document.save(buffer)
    misnamed = tmp_path / "report.txt"
    misnamed.write_bytes(buffer.getvalue())
    assert [title for _, title in outline(parser.load(misnamed))] == ["总体情况"]


def test_docx_text_is_what_word_shows_deleted_changes_out_inserted_in(tmp_path) -> None:
    import docx
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = docx.Document()
    document.add_paragraph("一、总体情况")
    paragraph = document.add_paragraph("全年办理案件")
    paragraph._p.append(parse_xml(
        f'<w:del xmlns:w="{w}" w:id="1" w:author="甲"><w:r><w:delText>10</w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:ins xmlns:w="{w}" w:id="2" w:author="甲"><w:r><w:t>12</w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(
        f'<w:r xmlns:w="{w}"><w:t>件。</w:t><w:br w:type="page"/><w:t>续</w:t></w:r>'))
    document.save(str(tmp_path / "tracked.docx"))
    assert "全年办理案件12件。续\n" in parser.load(tmp_path / "tracked.docx").text


def test_a_folder_of_attachments_is_a_library_and_grep_reads_them(tmp_path, capsys) -> None:
    from tui.paths import folder_reports

    text = "一、总体情况\n全年办理行政复议案件12件。\n二、下一步\n继续推进。\n"
    numbered_docx(text, tmp_path / "a.docx", furniture=False)
    report_pdf(text, tmp_path / "b.pdf")
    assert [path.name for path in folder_reports(tmp_path)] == ["a.docx", "b.pdf"]
    assert main(["grep", "行政复议", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "a.docx:" in out and "b.pdf:" in out


def test_a_flush_left_heading_after_a_full_last_line_starts_a_new_paragraph(tmp_path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "flush.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("STSong-Light", 12)
    # Every line runs to the margin (the same number of full-width characters); the heading
    # is not indented.
    lines = ["今年我们认真落实各项工作要求，依法行政水平持续提升，群众满意度不断提高，",
             "各项工作取得了明显成效，全年共办理各类案件一百二十件，均已全部办结完毕。",
             "二、存在问题和不足之处以及下一步的工作打算和具体的安排意见如下所述为准则",
             "基层执法力量仍然不足，执法人员的专业素质还有待进一步提高和加强业务培训。"]
    assert len({len(line) for line in lines}) == 1
    for number, line in enumerate(lines):
        pdf.drawString(72, 700 - number * 19, line)
    pdf.showPage()
    pdf.save()
    text = parser.load(path).text.split("\n")
    assert text[0] == lines[0] + lines[1]
    assert text[1] == lines[2] + lines[3]


def test_a_pdf_table_keeps_each_row_on_a_line_and_its_cells_apart(tmp_path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("body", fontName="STSong-Light", fontSize=12, leading=19,
                           firstLineIndent=24)
    # Cells far apart, as in a table of figures with wide columns.
    table = Table([["项目", "2022年", "2023年"], ["行政诉讼", "2件", "3件"],
                   ["行政复议", "5件", "4件"]], colWidths=[120, 90, 90],
                  style=TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 12),
                                    ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    path = tmp_path / "table.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("一、行政复议和诉讼情况", style), Paragraph("全年情况如下表所示。", style),
        table, Paragraph("二、下一步工作", style), Paragraph("继续推进。", style)])
    doc = parser.load(path)
    assert "项目\t2022年\t2023年\n行政诉讼\t2件\t3件\n行政复议\t5件\t4件\n二、下一步工作\n" in doc.text
    assert [title for _, title in outline(doc)] == ["行政复议和诉讼情况", "下一步工作"]
