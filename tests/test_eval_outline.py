"""The outline evaluation's judge: complete names of an organisation agree, fragments and
offices without their place do not; markers agree by their number; a key whose headings YAML
misreads is refused rather than scored; pages that never name their writer are counted apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.eval_outline import (
    Heading,
    _marker,
    _org_right,
    _read_key,
    _same,
    _title_right,
    evaluate,
)


@pytest.mark.parametrize(("found", "key"), [
    ("天津市静海区人民政府", "静海区"),
    ("湖州市卫生健康委", "湖州市卫生健康委员会"),
    ("天津市滨海新区人民政府新北街道办事处", "天津市滨海新区新北街道办事处"),
    ("区政府办公室", "区人民政府办公室"),
    ("政协天津市委员会常务委员会", "中国人民政治协商会议天津市委员会常务委员会"),
    ("红河哈尼族彝族自治州数据发展中心", "红河州数据发展中心"),
    ("瑶海区发改委", "合肥市瑶海区发展和改革委员会"),
    ("三明市卫健委", "三明市卫生健康委员会"),
    ("绍兴市卫生计生委", "绍兴市卫生和计划生育委员会"),
    ("舟山市人防办", "舟山市人民防空办公室"),
    ("湘西土家族苗族自治州民宗局", "湘西土家族苗族自治州民族宗教事务局"),
    ("中共云阳县城市管理局党组", "重庆市云阳县城市管理局"),
    ("天津市住房城乡建设委", "天津市住房和城乡建设委员会"),
    ("天津市科技局", "天津市科学技术局"),
    ("科尔沁右翼中旗发展和改革委员会", "科右中旗发展和改革委员会"),
    ("中国人民政治协商会议广州市委员会常务委员会", "中国人民政治协商会议广州市委员会"),
    ("政协云南省委员会常委会", "中国人民政治协商会议云南省委员会"),
    ("市中区棉竹镇人民政府", "乐山市市中区棉竹镇人民政府"),
    ("麻章区文广旅体局", "湛江市麻章区文化广电旅游体育局"),
    ("天津市文旅局", "天津市文化和旅游局"),
    ("五象新区管理委员会", "南宁五象新区（自贸试验区南宁片区）管理委员会"),
    ("中国人民政治协商会议如东县委员会常务委员会", "中国人民政治协商会议南通市如东县委员会"),
    ("山东省政协常委会", "中国人民政治协商会议山东省委员会"),
    ("徐汇区人大财政经济委员会", "上海市徐汇区人民代表大会财政经济委员会"),
    ("徐汇区人大常委会", "上海市徐汇区人民代表大会常务委员会"),
    ("雁塔区政府办", "西安市雁塔区人民政府办公室"),
    ("宁波高新区管理委员会", "宁波国家高新技术产业开发区管理委员会"),
    ("武汉经开区管委会", "武汉经济技术开发区管理委员会"),
    ("辽宁省营商局", "辽宁省营商环境建设局"),
    ("中国人民政治协商会议常州市委员会常务委员会", "中国人民政治协商会议常州市第十四届委员会常务委员会"),
    ("内蒙古自治区人民代表大会常务委员会", "内蒙古自治区第九届人民代表大会常务委员会"),
    ("金平苗族瑶族傣族自治县人民政府", "金平县人民政府"),
    ("城步苗族自治县金紫乡人民政府", "城步县金紫乡人民政府"),
    ("关岭布依族苗族自治县永宁镇人民政府", "关岭自治县永宁镇人民政府"),
    ("合肥市環保局", "合肥市環境保護局"),
    ("西藏自治区政府国资委", "西藏自治区人民政府国有资产监督管理委员会"),
    ("青山市国资委", "青山市人民政府国有资产监督管理委员会"),
    ("青山市外办", "青山市人民政府外事办公室"),
    ("青山市经信局", "青山市经济和信息化局"),
    ("青山市工信局", "青山市工业和信息化局"),
    ("青山经开区管理委员会", "青山经济开发区管理委员会"),
    ("青山市国动办", "青山市国防动员办公室"),
    ("青山市资规局", "青山市自然资源和规划局"),
    ("青山市疾控局", "青山市疾病预防控制局"),
    ("青山区教委", "青山区教育委员会"),
    ("青石乡人民政府", "青河县青石布依族彝族乡人民政府"),
    ("东乡县发改局", "东乡族自治县发展和改革局"),
    ("莫力达瓦达斡尔族自治旗人民政府", "莫旗人民政府"),
])
def test_complete_names_and_official_short_forms_agree(found: str, key: str) -> None:
    assert _org_right(found, key)


@pytest.mark.parametrize(("found", "key"), [
    ("县卫生健康局", "天台县卫生健康局"),
    ("市发展改革委", "宁波市发展和改革委员会"),
    ("市中区", "乐山市市中区棉竹镇人民政府"),
    ("市审计局", "青岛市市南区审计局"),
    ("在市委", "青山市人民政府"),
    ("广州市人民代表大会", "广州市人民代表大会常务委员会"),
    ("金平县人民政府", "金平县司法局"),
    ("中国人民政治协商会议武汉市委员会", "武汉市人民政府"),
    (None, "青山市人民政府"),
    ("青山市政府办", "青山市人民政府外事办公室"),
])
def test_a_fragment_or_an_office_without_its_place_does_not(found: str | None, key: str) -> None:
    assert not _org_right(found, key)


@pytest.mark.parametrize(("found", "key", "right"), [
    ("2021年肇源县人民政府工作报告", "（黑龙江）2021年肇源县人民政府工作报告（全文）", True),
    ("上海市高级人民法院工作报告（全文）", "上海市高级人民法院工作报告", True),
    ("青山省人民检察院工作报告(摘要)", "青山省人民检察院工作报告", True),
    ("青山市长河区人民政府工作报告", "（天津市）青山市长河区人民政府工作报告（2025年1月7日）", True),
    ("政府工作报告", "政府工作报告（第十七届人民代表大会第三次会议）", True),
    ("政府工作报告", "政府工作报告(2020年1月16日在青河镇第十九届人民代表大会第七次会议上)", True),
    ("青州市政府工作报告", "青州市政府工作报告(2021年2月2日 青山)", True),
    ("青州市政府工作报告", "青州市政府工作报告(青山)", False),
    ("青山省人民政府關于2024年法治政府建設情況的報告", "青山省人民政府關(guān)于2024年法治政府建設(shè)情況的報(bào)告", True),
    ("（2024年）政府工作报告", "政府工作报告", False),
    ("肇源县人民政府工作报告", "2021年肇源县人民政府工作报告", False),
])
def test_a_reprint_sites_tags_around_a_title_are_not_part_of_it(found: str, key: str, right: bool) -> None:
    assert _title_right(found, key) is right


@pytest.mark.parametrize(("a", "b"), [("（一）", "(一)"), ("1、", "1."), ("——", ""), ("—", ""),
                                     ("第一部分：", "第一部分")])
def test_markers_agree_by_their_number_and_bracketing(a: str, b: str) -> None:
    assert _marker(a) == _marker(b)


@pytest.mark.parametrize("heading", [
    "{depth: 2, marker: (一), text: 坚持政治引领,扛牢法治政府建设责任}",  # split at the comma
    "{depth: 3, marker: 1., text: 强化理论学习}",  # 1. read as the number 1.0
])
def test_a_key_whose_heading_yaml_misreads_is_refused(tmp_path: Path, heading: str) -> None:
    path = tmp_path / "001.yaml"
    path.write_text(f"title: null\nheadings:\n- {heading}\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="misread"):
        _read_key(path)


def test_a_key_with_quoted_headings_is_read(tmp_path: Path) -> None:
    path = tmp_path / "001.yaml"
    path.write_text("headings:\n- {depth: 3, marker: '1.', text: '坚持政治引领,扛牢责任'}\n", encoding="utf-8")
    assert _read_key(path)["headings"] == [{"depth": 3, "marker": "1.", "text": "坚持政治引领,扛牢责任"}]


def test_pages_that_never_name_their_writer_are_counted_apart(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for n, (text, org, source) in enumerate([
        ("静海区2023年度法治政府建设情况报告\n一、主要举措\n", "天津市静海区人民政府", "title"),
        ("2023年工作总结\n一、主要工作\n", "天津市静海区司法局", "none"),
    ], 1):
        (pages / f"{n:03}.txt").write_text(text, encoding="utf-8")
        (pages / f"{n:03}.yaml").write_text(
            f"genre: fazhi\nheldout: true\ntitle: null\norg: {org}\norg_from: {source}\n"
            "year: 2023\nheadings: []\n", encoding="utf-8")
    evaluate([pages], verbose=False)
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("all pages"))
    assert row.split()[-5] == "0.50/0.50"  # organisation over both pages
    assert row.split()[-2:] == ["1.00", "(1)"]  # over the one that names its writer


def test_page_keys_read_their_texts_from_elsewhere_and_count_the_missing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    keys, texts = tmp_path / "keys" / "r92", tmp_path / "texts" / "r92"
    keys.mkdir(parents=True)
    texts.mkdir(parents=True)
    for n in (1, 2):
        (keys / f"{n:03}.yaml").write_text(
            "genre: fazhi\nheldout: true\ntitle: 青河县2023年法治政府建设情况报告\norg: 青河县人民政府\n"
            "org_from: text\nyear: 2023\nheadings: []\n", encoding="utf-8")
    (texts / "001.txt").write_text("青河县2023年法治政府建设情况报告\n全县…。\n", encoding="utf-8")
    evaluate([keys], verbose=False, texts=tmp_path / "texts")
    out = capsys.readouterr()
    assert "1 page keys left out" in out.err
    row = next(line for line in out.out.splitlines() if line.startswith("all pages"))
    assert row.split()[3] == "1"  # the one page whose text is at hand


def test_a_group_lines_dash_counts_neither_way() -> None:
    key = Heading(2, "", "——五年来,我们凝心聚力谋发展,把握经济发展新常态")
    assert _same(key, Heading(2, "", "五年来,我们凝心聚力谋发展"))
    assert not _same(key, Heading(2, "", "一年来,我们凝心聚力谋发展"))


def test_a_note_on_how_the_text_calls_the_writer_is_no_part_of_the_title() -> None:
    assert _title_right("青河区人民政府办公室2022年政府信息公开工作年度报告",
                        "青河区人民政府办公室(以下简称区政府办公室)2022年政府信息公开工作年度报告")
    assert not _title_right("青河区人民政府2022年政府信息公开工作年度报告",
                            "青河区人民政府办公室(以下简称区政府办公室)2022年政府信息公开工作年度报告")


def test_a_zones_name_said_as_the_text_says_it_is_right() -> None:
    assert _org_right("高新区(新市区)人民政府", "高新区(新市区)人民政府")
    assert not _org_right("高新区人民政府", "青山高新区管理委员会")
