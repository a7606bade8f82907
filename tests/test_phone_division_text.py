"""Telephone numbers, statistical division codes and free text: desk/domain/phone.py,
desk/domain/division.py and desk/domain/text.py."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.domain.division import parse_division_code
from desk.domain.errors import FieldError
from desk.domain.idnumber import PROVINCE_CODES
from desk.domain.phone import parse_phone
from desk.domain.text import clean_text, to_halfwidth

PROPERTY = settings(max_examples=200, deadline=None)


def full_width(text: str) -> str:
    """ASCII digits, letters and signs as a Chinese input method in full-width mode types them."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def phone_refusal(raw: str) -> str:
    with pytest.raises(FieldError) as caught:
        parse_phone(raw)
    return str(caught.value)


def division_refusal(raw: str) -> str:
    with pytest.raises(FieldError) as caught:
        parse_division_code(raw)
    return str(caught.value)


def text_refusal(value: object, *, max_length: int = 50, multiline: bool = False) -> str:
    with pytest.raises(FieldError) as caught:
        clean_text(value, label="姓名", max_length=max_length, multiline=multiline)
    return str(caught.value)


# === phone: mobiles ==========================================================================


@pytest.mark.parametrize("second", "3456789")
def test_mobile_with_second_digit_3_to_9_is_accepted(second: str) -> None:
    number = f"1{second}812345678"
    assert parse_phone(number) == number


@pytest.mark.parametrize(
    "raw",
    [
        "+8613812345678",
        "+86 138 1234 5678",
        "+86-138-1234-5678",
        "008613812345678",
        "0086 138 1234 5678",
        "(+86) 138 1234 5678",
        "138 1234 5678",
        "138-1234-5678",
        " 13812345678 ",
        "138\u30001234\u30005678",
        "１３８１２３４５６７８",
        "＋８６　１３８　１２３４　５６７８",
        "（＋８６）１３８－１２３４－５６７８",
    ],
)
def test_mobile_prefixes_separators_and_full_width_digits_are_normalised(raw: str) -> None:
    assert parse_phone(raw) == "13812345678"


@pytest.mark.parametrize("raw", ["12812345678", "11812345678", "10812345678"])
def test_mobile_with_second_digit_0_to_2_is_refused(raw: str) -> None:
    assert "第二位为3至9" in phone_refusal(raw)


@pytest.mark.parametrize("raw", ["1381234567", "138123456789", "1", "+861381234567"])
def test_mobile_of_wrong_length_is_refused(raw: str) -> None:
    message = phone_refusal(raw)
    assert "11位" in message
    digits = re.sub(r"\D", "", raw.removeprefix("+86"))
    assert f"现在是{len(digits)}位" in message


# === phone: landlines ========================================================================


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("010-62345678", "010-62345678"),
        ("01062345678", "010-62345678"),
        ("(010) 6234 5678", "010-62345678"),
        ("021-52345678", "021-52345678"),
        ("02052345678", "020-52345678"),
        ("028 8234 5678", "028-82345678"),
        ("029-8234567", "029-8234567"),
    ],
)
def test_landline_with_three_digit_area_code_010_or_02x(raw: str, expected: str) -> None:
    assert parse_phone(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0371-62345678", "0371-62345678"),
        ("037162345678", "0371-62345678"),
        ("0375-6123456", "0375-6123456"),
        ("03756123456", "0375-6123456"),
        ("0755 8234 5678", "0755-82345678"),
        ("（０３７１）６２３４５６７８", "0371-62345678"),
        ("+86 0371 6234 5678", "0371-62345678"),
        ("0086-0371-62345678", "0371-62345678"),
    ],
)
def test_landline_with_four_digit_area_code(raw: str, expected: str) -> None:
    assert parse_phone(raw) == expected


def test_area_code_length_depends_on_the_second_digit() -> None:
    # The same eleven digits split after 3 digits for 01x/02x and after 4 for the others.
    assert parse_phone("02162345678") == "021-62345678"
    assert parse_phone("03162345678") == "0316-2345678"


@pytest.mark.parametrize(
    "raw",
    [
        "010-623456",  # local part of 6 digits
        "010-623456789",  # 9 digits
        "0371-623456",
        "0371-623456789",
        "010-02345678",  # local numbers never start with 0 or 1
        "0371-02345678",
        "010-12345678",
        "0371-1234567",
        "010",
        "0371",
    ],
)
def test_landline_with_bad_local_number_is_refused(raw: str) -> None:
    assert "7到8位" in phone_refusal(raw)


@pytest.mark.parametrize("raw", ["62345678", "6234567", "6234-5678"])
def test_landline_without_area_code_asks_for_it(raw: str) -> None:
    assert "请带区号" in phone_refusal(raw)


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "abc", "138-1234-567a", "138１２３４５６７８x", "+86", "1381234567８#", "电话"],
)
def test_phone_with_other_characters_is_refused(raw: str) -> None:
    assert "只能包含数字" in phone_refusal(raw)


def test_phone_with_non_ascii_decimal_digits_is_refused() -> None:
    assert "只能包含数字" in phone_refusal("١٣٨١٢٣٤٥٦٧٨")  # Arabic-Indic digits


@pytest.mark.parametrize("raw", ["2345", "912345678", "23456789012", "623456789"])
def test_phone_that_is_neither_mobile_nor_landline_is_refused(raw: str) -> None:
    assert "请填写11位手机号码，或带区号的座机号码" in phone_refusal(raw)


mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
separators = st.sampled_from(["", " ", "-", "\u3000", " - "])


@PROPERTY
@given(
    mobiles,
    st.sampled_from(["", "+86", "0086", "+86 ", "(+86)"]),
    st.lists(separators, min_size=11, max_size=11),
    st.booleans(),
)
def test_any_mobile_however_written_is_normalised_to_11_digits(
    number: str, prefix: str, gaps: list[str], wide: bool
) -> None:
    written = prefix + "".join(digit + gap for digit, gap in zip(number, gaps, strict=True))
    if wide:
        written = full_width(written)
    assert parse_phone(written) == number


@PROPERTY
@given(
    st.one_of(
        st.from_regex(r"0[12][0-9]", fullmatch=True).map(lambda a: (a, 3)),
        st.from_regex(r"0[3-9][0-9]{2}", fullmatch=True).map(lambda a: (a, 4)),
    ),
    st.from_regex(r"[2-9][0-9]{6,7}", fullmatch=True),
    separators,
)
def test_any_landline_is_normalised_as_area_hyphen_local(
    area_and_length: tuple[str, int], local: str, gap: str
) -> None:
    area, length = area_and_length
    assert len(area) == length
    assert parse_phone(area + gap + local) == f"{area}-{local}"


# === division codes ==========================================================================


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("410423203202", "410423203202"),
        ("110105001001", "110105001001"),
        ("650102100201", "650102100201"),
        (" 410423203202 ", "410423203202"),
        ("4104 2320 3202", "410423203202"),
        ("410423\u3000203202", "410423203202"),
        ("４１０４２３２０３２０２", "410423203202"),
    ],
)
def test_valid_division_codes_are_accepted_and_normalised(raw: str, expected: str) -> None:
    assert parse_division_code(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "41042320320", "4104232032021", "410423", "41042320320X", "4104-2320-3202"]
)
def test_division_code_must_be_12_digits(raw: str) -> None:
    message = division_refusal(raw)
    assert "12位数字" in message


def test_division_code_length_message_counts_characters() -> None:
    assert "现在是11位" in division_refusal("41042320320")


@pytest.mark.parametrize("province", ["00", "10", "20", "39", "99"])
def test_division_code_with_unknown_province_is_refused(province: str) -> None:
    message = division_refusal(province + "0423203202")
    assert "省份代码" in message
    assert f"“{province}”" in message


@pytest.mark.parametrize("province", ["71", "81", "82", "83"])
def test_division_code_of_taiwan_hong_kong_macao_is_refused(province: str) -> None:
    assert "不是内地省份代码" in division_refusal(province + "0101001001")


def test_division_code_prefecture_00_is_refused() -> None:
    assert "地市" in division_refusal("410023203202")


def test_division_code_county_00_is_refused() -> None:
    assert "县区" in division_refusal("410400203202")


def test_division_code_township_000_is_refused() -> None:
    assert "乡镇" in division_refusal("410423000202")


mainland_provinces = sorted(PROVINCE_CODES - {"71", "81", "82", "83"})


@PROPERTY
@given(
    st.sampled_from(mainland_provinces),
    st.integers(1, 99),
    st.integers(1, 99),
    st.integers(1, 999),
    st.integers(0, 999),
)
def test_any_code_with_non_zero_levels_is_accepted(
    province: str, prefecture: int, county: int, township: int, village: int
) -> None:
    code = f"{province}{prefecture:02d}{county:02d}{township:03d}{village:03d}"
    assert parse_division_code(code) == code
    assert parse_division_code(full_width(code)) == code


# === free text ===============================================================================


def test_none_is_empty_text() -> None:
    assert clean_text(None, label="姓名", max_length=10) == ""


@pytest.mark.parametrize("value", [123, 1.5, True, ["张三"], b"abc"])
def test_non_string_is_refused_naming_the_label(value: object) -> None:
    assert text_refusal(value) == "姓名应为文字"


@pytest.mark.parametrize(
    "raw",
    ["  张三  ", "\t张三\t", "\u3000张三\u3000", "\u3000 \t张三 \u3000", "\n张三\n", "\xa0张三"],
)
def test_surrounding_white_space_is_trimmed(raw: str) -> None:
    assert clean_text(raw, label="姓名", max_length=10) == "张三"


def test_inner_spaces_are_kept() -> None:
    assert clean_text(" 张  三\u3000丰 ", label="姓名", max_length=10) == "张  三\u3000丰"


@pytest.mark.parametrize(
    "raw",
    [
        "𠇔",  # U+201D4, outside the BMP
        "𡈼",  # U+2123C
        "张𠇔",
        "王𡈼明",
        "葛\U000e0100",  # an ideographic variation sequence (base + VS17)
        "阿卜杜拉·艾买提",
        "Ali 阿里 Ωμέγα Иван 𠇔",
        "李\u200d明",  # zero-width joiner is a format character, not a control
        "👨\u200d👩\u200d👧",
    ],
)
def test_rare_characters_and_mixed_scripts_are_kept_exactly(raw: str) -> None:
    assert clean_text(raw, label="姓名", max_length=50) == raw


def test_characters_outside_the_bmp_count_as_one_character_each() -> None:
    assert clean_text("𠇔" * 5, label="姓名", max_length=5) == "𠇔" * 5
    assert "最多5个字" in text_refusal("𠇔" * 6, max_length=5)


@pytest.mark.parametrize(
    ("char", "code"),
    [
        ("\x00", "U+0000"),
        ("\x07", "U+0007"),
        ("\x1b", "U+001B"),
        ("\x7f", "U+007F"),
        ("\x9b", "U+009B"),
        ("\ud800", "U+D800"),  # a lone surrogate cannot be stored as UTF-8
    ],
)
def test_control_character_is_refused_naming_its_code_point(char: str, code: str) -> None:
    message = text_refusal(f"张{char}三")
    assert code in message
    assert message.startswith("姓名")
    assert "控制字符" in message


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x7f", "\ud800"])
def test_control_character_is_refused_in_multiline_text_too(char: str) -> None:
    assert f"U+{ord(char):04X}" in text_refusal(f"第一行\n第二{char}行", multiline=True)


def test_tab_is_refused_in_single_line_text() -> None:
    assert "U+0009" in text_refusal("张\t三")


@pytest.mark.parametrize("raw", ["第一行\n第二行", "第一行\r\n第二行"])
def test_line_break_is_refused_in_single_line_text(raw: str) -> None:
    message = text_refusal(raw)
    assert "只能写一行" in message
    assert message.startswith("姓名")


def test_multiline_text_keeps_line_breaks_and_tabs() -> None:
    raw = "一、事实\n\t1. 修路占地\n\n二、请求"
    assert clean_text(raw, label="诉求", max_length=100, multiline=True) == raw


def test_windows_line_endings_become_newlines() -> None:
    assert clean_text("甲\r\n乙\r\n", label="诉求", max_length=10, multiline=True) == "甲\n乙"


def test_text_of_exactly_the_maximum_length_is_accepted() -> None:
    assert clean_text("张" * 50, label="姓名", max_length=50) == "张" * 50


def test_text_longer_than_the_maximum_is_refused_with_both_lengths() -> None:
    message = text_refusal("张" * 51, max_length=50)
    assert "最多50个字" in message
    assert "现有51个字" in message


def test_length_is_counted_after_trimming() -> None:
    assert clean_text("   张三   ", label="姓名", max_length=2) == "张三"


def test_to_halfwidth_converts_full_width_ascii_and_ideographic_space() -> None:
    assert to_halfwidth("ＡＢｃ１２３＋－（）\u3000中文") == "ABc123+-() 中文"


printable = st.characters(exclude_categories=("Cc", "Cs"))
allowed_in_multiline = st.one_of(printable, st.sampled_from("\n\t"))
# \r is a line break (old Mac files), not a stray control character
controls = st.characters(categories=("Cc", "Cs")).filter(lambda c: c not in "\n\t\r")


@PROPERTY
@given(st.text(printable, max_size=60))
def test_any_printable_text_is_kept_exactly_after_strip(raw: str) -> None:
    assert clean_text(raw, label="事项标题", max_length=60) == raw.strip()


@PROPERTY
@given(st.text(allowed_in_multiline, max_size=200))
def test_any_multiline_text_without_controls_is_kept_exactly_after_strip(raw: str) -> None:
    assert clean_text(raw, label="诉求", max_length=200, multiline=True) == raw.strip()


@PROPERTY
@given(
    st.text(allowed_in_multiline, max_size=30), controls, st.text(allowed_in_multiline, max_size=30)
)
def test_any_control_character_inside_multiline_text_is_refused(
    before: str, control: str, after: str
) -> None:
    # "甲…乙" keep the control character away from the ends (where strip() would take
    # white-space controls away) and stop a "\r" from pairing with a following "\n".
    raw = "甲" + before + control + "乙" + after
    with pytest.raises(FieldError) as caught:
        clean_text(raw, label="诉求", max_length=200, multiline=True)
    assert f"U+{ord(control):04X}" in str(caught.value)


@PROPERTY
@given(st.text(printable, min_size=1, max_size=40).filter(str.strip))
def test_any_text_one_character_over_the_limit_is_refused(raw: str) -> None:
    limit = len(raw.strip()) - 1
    with pytest.raises(FieldError, match="最多"):
        clean_text(raw, label="姓名", max_length=limit)


# --- bugs found while writing these tests, now fixed -----------------------------------------


@pytest.mark.parametrize("raw", ["0", "0-", "+860", "（0）"])
def test_a_lone_zero_is_refused_with_a_message(raw: str) -> None:
    with pytest.raises(FieldError):
        parse_phone(raw)


@pytest.mark.parametrize("raw", ["0371-123", "62345678"])
def test_the_example_in_a_landline_message_is_accepted(raw: str) -> None:
    example = re.search(r"0\d{2,3}-\d{7,8}", phone_refusal(raw))
    assert example is not None
    assert parse_phone(example.group()) == example.group()


def test_division_code_with_non_ascii_decimal_digits_is_refused() -> None:
    with pytest.raises(FieldError):
        parse_division_code("4104232032\u0660\u0662")


@pytest.mark.parametrize("raw", ["abc\x1f", "\x0babc", "abc\x85", "\x1cabc"])
def test_a_control_character_at_either_end_is_refused_not_trimmed_away(raw: str) -> None:
    with pytest.raises(FieldError, match="控制字符"):
        clean_text(raw, label="姓名", max_length=20)


def test_a_carriage_return_is_a_line_break_refused_in_a_single_line_field() -> None:
    assert "只能写一行" in text_refusal("张\r三")


def test_old_mac_line_ends_become_line_breaks_in_a_multiline_text() -> None:
    assert (
        clean_text("第一行\r第二行", label="诉求", max_length=50, multiline=True)
        == "第一行\n第二行"
    )


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_a_unicode_line_separator_is_a_line_break_in_a_single_line_field(separator: str) -> None:
    with pytest.raises(FieldError, match="只能写一行"):
        clean_text(f"张{separator}三", label="姓名", max_length=20)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("+86 10 62345678", "010-62345678"), ("+86 371 62345678", "0371-62345678")],
)
def test_a_landline_written_internationally_gets_its_trunk_zero_back(raw, expected) -> None:
    assert parse_phone(raw) == expected
