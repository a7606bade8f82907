"""Pinyin keys of names and pinyin syllables in queries: desk/domain/pinyin.py."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.domain.pinyin import (
    INITIAL_LETTERS,
    MAX_SYLLABLE_LETTERS,
    SURNAME_READINGS,
    SYLLABLE_PREFIXES,
    SYLLABLES,
    NameKeys,
    is_pinyin,
    name_keys,
    syllables,
)
from tests.conftest import REPO

PROPERTY = settings(max_examples=150, deadline=None)
COMMON_CHARACTERS = (
    "王李张刘陈杨黄赵吴周伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华玉红长乐重朝行"
)


# --- the keys of a name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "initials", "full"),
    [
        ("张三", "zs", "zhangsan"),
        ("王小明", "wxm", "wangxiaoming"),
        ("欧阳修", "oyx", "ouyangxiu"),
        ("吕女士", "lns", "lvnvshi"),  # ü as v, as typed on a keyboard
    ],
)
def test_keys_are_first_letters_and_toneless_syllables(name: str, initials: str, full: str) -> None:
    assert name_keys(name) == NameKeys(initials=initials, full=full)


@pytest.mark.parametrize(
    ("surname", "reading"),
    [
        ("曾", "zeng"),
        ("单", "shan"),
        ("解", "xie"),
        ("仇", "qiu"),
        ("朴", "piao"),
        ("区", "ou"),
        ("查", "zha"),
        ("盖", "ge"),
        ("缪", "miao"),
        ("翟", "zhai"),
        ("乐", "yue"),
        ("覃", "qin"),
        ("秘", "bi"),
        ("员", "yun"),
        ("种", "chong"),
        ("繁", "po"),
        ("折", "she"),
        ("召", "shao"),
        ("宓", "mi"),
        ("郇", "huan"),
        ("逄", "pang"),
        ("句", "gou"),
    ],
)
def test_polyphonic_surnames_are_read_as_surnames(surname: str, reading: str) -> None:
    keys = name_keys(surname + "小明")
    assert keys == NameKeys(initials=reading[0] + "xm", full=reading + "xiaoming")


@pytest.mark.parametrize(
    ("name", "initials", "full"),
    [
        ("尉迟恭", "ycg", "yuchigong"),
        ("万俟卨", "mqx", "moqixie"),
        ("长孙无忌", "zswj", "zhangsunwuji"),
        ("澹台灭明", "ttmm", "tantaimieming"),
        ("乐正克", "yzk", "yuezhengke"),  # 乐 alone would also be yue, but as part of the pair
    ],
)
def test_compound_surnames_come_before_single_ones(name: str, initials: str, full: str) -> None:
    assert name_keys(name) == NameKeys(initials=initials, full=full)


def test_surname_readings_apply_to_the_surname_only() -> None:
    assert name_keys("李单").full == "lidan"  # 单 as a given name keeps its common reading
    assert name_keys("曾曾").full == "zengceng"


def test_a_surname_alone_is_still_read_as_a_surname() -> None:
    assert name_keys("曾") == NameKeys(initials="z", full="zeng")
    assert name_keys(" 曾国藩").full == "zengguofan"  # leading space is no character


def test_every_surname_reading_is_made_of_syllables() -> None:
    for surname, reading in SURNAME_READINGS.items():
        assert len(reading.split()) == len(surname)
        assert set(reading.split()) <= SYLLABLES, surname


@pytest.mark.parametrize(
    ("name", "initials", "full"),
    [
        ("𠇔明", "m", "ming"),  # Extension B, no reading: skipped
        ("王𠇔", "w", "wang"),
        ("𠇔", "", ""),
        ("Mary张", "mz", "maryzhang"),  # a run of Latin letters is one word
        ("José李", "jl", "joseli"),  # accents off
        ("ＡＢ张", "az", "abzhang"),  # full-width letters
        ("张3", "z", "zhang"),  # digits skipped
        ("阿依古丽·买买提", "ayglmmt", "ayigulimaimaiti"),  # punctuation skipped
        ("⼈", "r", "ren"),  # a Kangxi radical is read as its ideograph
        ("", "", ""),
        ("  ", "", ""),
        ("😀", "", ""),
    ],
)
def test_what_cannot_be_read_is_skipped(name: str, initials: str, full: str) -> None:
    assert name_keys(name) == NameKeys(initials=initials, full=full)


def test_keys_are_cached() -> None:
    assert name_keys("赵六") is name_keys("赵六")


def test_importing_the_module_does_not_import_pypinyin() -> None:
    code = (
        "import sys, desk.domain.pinyin, desk.domain.search_query;"
        "desk.domain.search_query.parse_query('zhangsan');"
        "assert 'pypinyin' not in sys.modules, 'imported';"
        "desk.domain.pinyin.name_keys('张三');"
        "assert 'pypinyin' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)


@PROPERTY
@given(st.text(max_size=30))
def test_any_text_gives_plain_ascii_keys(name: str) -> None:
    keys = name_keys(name)
    assert keys.full == "" or (keys.full.isascii() and keys.full.isalpha())
    assert keys.full == keys.full.lower()
    assert len(keys.initials) <= len(keys.full)
    assert (keys.initials == "") == (keys.full == "")


@PROPERTY
@given(st.text(alphabet=COMMON_CHARACTERS + "".join(SURNAME_READINGS), min_size=1, max_size=4))
def test_full_key_splits_back_into_syllables_that_give_the_initials(name: str) -> None:
    keys = name_keys(name)
    splits = syllables(keys.full)
    assert splits is not None
    assert any("".join(s[0] for s in split) == keys.initials for split in splits)


# --- syllables in what a clerk types ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zhangsan", [["zhang", "san"]]),
        ("ZhangSan", [["zhang", "san"]]),
        ("zhang san", [["zhang", "san"]]),
        ("xian", [["xian"], ["xi", "an"]]),
        ("xi'an", [["xi", "an"]]),  # the apostrophe is a break the split keeps
        ("lv", [["lv"]]),
        ("lü", [["lv"]]),
        ("ouyangxiu", [["ou", "yang", "xiu"]]),
        ("zs", None),
        ("zhangs", None),
        ("wifi", None),
        ("", None),
        ("   ", None),
        ("zhang3", None),
        ("zhang-san", None),
        ("张三", None),
        ("ng", None),  # interjections are left out of the table
    ],
)
def test_syllables(text: str, expected: list[list[str]] | None) -> None:
    assert syllables(text) == expected
    assert is_pinyin(text) == (expected is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zhangs", [["zhang", "s"]]),
        ("zhang s", [["zhang", "s"]]),
        ("zh", None),  # an unfinished syllable alone is not enough
        ("zs", None),
        ("zhang", [["zhang"], ["zhan", "g"]]),  # g may start gang, gong ...
    ],
)
def test_the_last_syllable_may_be_unfinished(text: str, expected: list[list[str]] | None) -> None:
    assert syllables(text, partial_last=True) == expected
    assert is_pinyin(text, partial_last=True) == (expected is not None)


def test_long_strings_are_refused_rather_than_split_2_to_the_n_ways() -> None:
    assert syllables("xian" * 5) is not None
    assert len(syllables("xian" * 5) or []) == 2**5
    assert syllables("a" * (MAX_SYLLABLE_LETTERS + 1)) is None
    assert not is_pinyin("a" * (MAX_SYLLABLE_LETTERS + 1))


def test_the_table_holds_every_reading_pypinyin_knows_but_interjections() -> None:
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.pinyin_dict import pinyin_dict

    readings = {to_normal(r) for value in pinyin_dict.values() for r in value.split(",")}
    assert readings - {"ê", "m", "n", "ng", "hm", "hng"} == SYLLABLES


def test_initial_letters_are_all_but_i_u_v() -> None:
    assert set("abcdefghijklmnopqrstuvwxyz") - INITIAL_LETTERS == {"i", "u", "v"}


LETTERS_AND_BREAKS = st.text(alphabet="abcdeghijklmnoqrstuxyz' ", max_size=14)
SYLLABLE_STRINGS = st.lists(st.sampled_from(sorted(SYLLABLES)), min_size=1, max_size=4).map("".join)


@PROPERTY
@given(st.one_of(LETTERS_AND_BREAKS, SYLLABLE_STRINGS), st.booleans())
def test_splits_rebuild_the_letters_from_syllables(text: str, partial_last: bool) -> None:
    splits = syllables(text, partial_last=partial_last)
    assert is_pinyin(text, partial_last=partial_last) == (splits is not None)
    for split in splits or []:
        assert "".join(split) == text.replace(" ", "").replace("'", "")
        assert set(split[:-1]) <= SYLLABLES and split[0] in SYLLABLES
        assert split[-1] in (SYLLABLE_PREFIXES if partial_last else SYLLABLES)
    assert splits is None or splits == sorted(splits, key=lambda s: (len(s), s))


@PROPERTY
@given(SYLLABLE_STRINGS)
def test_syllables_strung_together_are_always_pinyin(text: str) -> None:
    assert is_pinyin(text)
