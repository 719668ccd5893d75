"""Organisation names normalised to one office per key, whatever the report or folder
writes; and the office and year a collection's layout gives a report."""

from __future__ import annotations

from pathlib import Path

import pytest

from parser.collection import place_in_collection
from parser.orgs import normalise


@pytest.mark.parametrize(
    ("names", "shown"),
    [
        (("浙江省人民政府", "浙江省", "浙江", "浙江省人民政府办公厅"), "浙江省"),
        (("广西壮族自治区人民政府", "广西", "广西自治区"), "广西壮族自治区"),
        (("北京市人民政府", "北京", "北京市"), "北京市"),
        (("深圳市人民政府", "深圳市", "深圳", "深圳市 人民政府"), "深圳市"),
        (("紫兴街道办事处", "紫兴街道"), "紫兴街道"),
        (("朝阳区人民政府", "朝阳区"), "朝阳区"),
    ],
)
def test_spellings_of_one_office_are_one_key(names, shown):
    offices = {normalise(name) for name in names}
    assert len(offices) == 1
    assert offices.pop().name == shown


def test_a_province_and_its_namesake_city_stay_apart():
    assert normalise("吉林省") != normalise("吉林市")
    assert normalise("吉林").name == "吉林省"


def test_an_office_that_is_not_a_place_is_kept_whole():
    assert normalise("某某区司法局").name == "某某区司法局"
    assert normalise("  ") is None


def test_the_layout_wins_over_what_the_report_says():
    office, year = place_in_collection(Path("c/省/浙江/2021.md"), "杭州市", 2020)
    assert (office.name, year) == ("浙江省", 2021)
    office, year = place_in_collection(Path("seeds/nanshan-2023.txt"), "南山街道", None)
    assert (office.name, year) == ("南山街道", 2023)
    office, year = place_in_collection(Path("misc/report.txt"), None, 2019)
    assert (office, year) == (None, 2019)
