"""Reports in traditional characters (``parser.script``): read as simplified, shown as written."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

import parser
from parser import script
from tests.tiling import assert_tiles

_PAGE = """
    | 索引號 | 01526263-6/20250106-00003 | 發布機構 | 青山縣林業和草原局 |
    | 公開目錄 | 通知公告 | 發布日期 | 2025-01-06 |
    | 文號 | 瀏覽量 |
    青山縣林業和草原局2024年工作總結及2025年工作計劃
    2024年,在縣委、縣政府的正確領導下,我局堅持生態優先,各項工作取得新進展。現將有關情況報告如下:
    一、2024年工作總結
    (一)森林資源保護持續加強
    全年完成營造林2.1萬畝。
    二、2025年工作計劃
    """


def test_a_page_in_traditional_characters_is_read_and_shown_as_written() -> None:
    doc = parser.parse(textwrap.dedent(_PAGE).lstrip("\n"))
    assert_tiles(doc)
    assert doc.meta.title == "青山縣林業和草原局2024年工作總結及2025年工作計劃"
    assert doc.meta.org == "青山縣林業和草原局"
    assert doc.meta.year == 2024
    assert doc.meta.published == "2025-01-06"
    assert len(doc.debris) == 3  # the metadata table, its labels in traditional characters
    assert [(s.level, s.marker, s.title) for s in doc.nodes if s.kind == "heading"] == [
        (1, "一、", "2024年工作總結"), (2, "(一)", "森林資源保護持續加強"), (1, "二、", "2025年工作計劃")]


def test_a_speech_in_traditional_characters_names_its_session_and_speaker_as_written() -> None:
    doc = parser.parse(textwrap.dedent("""
        政府工作報告
        ——2025年1月23日在青山縣第十六屆
        人民代表大會第五次會議上
        青山縣人民政府縣長 王某
        各位代表:
        現在,我代表縣人民政府,向大會報告工作,請予審議。
        一、2024年工作回顧
        過去一年,縣政府堅持穩中求進,經濟社會發展取得新成效。
        """).lstrip("\n"))
    assert doc.meta.delivered == "2025-01-23"
    assert doc.meta.session == "青山縣第十六屆人民代表大會第五次會議"
    assert doc.meta.speaker == "青山縣人民政府縣長 王某"
    assert doc.meta.org == "青山縣人民政府"
    assert doc.meta.covers == 2024


def test_a_traditional_copy_with_readings_in_its_words_keeps_its_long_title_as_written() -> None:
    # (a copying site puts pinyin after characters: the title runs long with them, and its
    # words are split by them)
    doc = parser.parse(textwrap.dedent("""
        關(guān)于青山縣2021年財(cái)政預(yù)算執(zhí)行情況和2022年財(cái)政預(yù)算草案的報(bào)告
        ——2022年1月18日在青山縣第十七屆人民代表大會(huì)第二次會(huì)議上
        各位代表:
        受縣人民政府委托,現(xiàn)將青山縣2021年財(cái)政預(yù)算執(zhí)行情況報(bào)告如下。
        一、2021年財(cái)政預(yù)算執(zhí)行情況
        """).lstrip("\n"))
    assert_tiles(doc)
    assert doc.meta.title == "關于青山縣2021年財政預算執行情況和2022年財政預算草案的報告"


def test_a_copys_readings_in_the_opening_hide_no_writer() -> None:
    doc = parser.parse(textwrap.dedent("""
        一年來(lái),青山市農(nóng)業(yè)農(nóng)村局堅(jiān)持以習(xí)近平法治思想為指導(dǎo),積極推進(jìn)法治政府建設(shè),取得了一定成效。現(xiàn)將有關(guān)情況報(bào)告如下:
        一、2023年法治政府建設(shè)主要舉措
        """).lstrip("\n"))
    assert doc.meta.org == "青山市農業農村局"


def test_a_zone_named_by_its_party_office_s_contact_is_the_zone_s_committee_as_written() -> None:
    doc = parser.parse(textwrap.dedent("""
        根據《中華人民共和國政府信息公開條例》要求,編寫2020年度政府信息公開工作年度報告。如對本報告有任何疑問,請聯系:青山經濟技術開發區黨政辦公室,電話:0512-52699806。
        一、概述
        """).lstrip("\n"))
    assert doc.meta.org == "青山經濟技術開發區管理委員會"


def test_a_simplified_report_is_not_taken_for_a_traditional_one() -> None:
    assert not script.is_traditional("2024年，县林业局坚持生态优先，各项工作取得新进展。现将有关情况报告如下：")
    assert script.is_traditional("2024年,縣林業局堅持生態優先,各項工作取得新進展。現將有關情況報告如下:")


def test_what_was_read_is_given_back_as_written_piece_by_piece() -> None:
    written = "青山縣2021年度法治政府建設\n情況的報告"
    view = script.simplified(written)
    assert view == "青山县2021年度法治政府建设\n情况的报告"
    assert script.as_written("青山县2021年度法治政府建设情况的报告", view, written) == (
        "青山縣2021年度法治政府建設情況的報告")
    # what the text does not hold (a name completed) in the forms the text would write it with
    assert script.as_written("青山县人民政府", view, written) == "青山縣人民政府"
    assert script.as_written("青山县管理委员会", view, written) == "青山縣管理委員會"
    assert script.as_written("青山县街道办事处", view, written) == "青山縣街道辦事處"
    assert script.as_written(None, view, written) is None


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=40)
       | st.text(max_size=40))
def test_simplifying_keeps_every_offset(text: str) -> None:
    assert len(script.simplified(text)) == len(text)
