"""Citizen ID numbers under GB 11643-1999: desk/domain/idnumber.py."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desk.domain.errors import FieldError
from desk.domain.idnumber import (
    EARLIEST_BIRTH,
    PROVINCE_CODES,
    CitizenId,
    check_character,
    mask,
    parse_citizen_id,
    upgrade_15_to_18,
)

TODAY = dt.date(2026, 11, 26)
PROPERTY = settings(max_examples=200, deadline=None)


def parse(raw: str, today: dt.date = TODAY) -> CitizenId:
    return parse_citizen_id(raw, today=today)


def refusal(raw: str, today: dt.date = TODAY) -> str:
    """The message with which `raw` is refused."""
    with pytest.raises(FieldError) as caught:
        parse(raw, today)
    return str(caught.value)


def with_check(first17: str) -> str:
    return first17 + check_character(first17)


# --- the published samples -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "birth", "sex"),
    [
        ("11010519491231002X", dt.date(1949, 12, 31), "女"),
        ("440524188001010014", dt.date(1880, 1, 1), "男"),
        ("53010219200508011X", dt.date(1920, 5, 8), "男"),
    ],
)
def test_published_samples_are_accepted(number: str, birth: dt.date, sex: str) -> None:
    assert parse(number) == CitizenId(number=number, birth_date=birth, sex=sex)


@pytest.mark.parametrize(
    ("first17", "expected"),
    [("11010519491231002", "X"), ("44052418800101001", "4"), ("53010219200508011", "X")],
)
def test_check_character_of_the_samples(first17: str, expected: str) -> None:
    assert check_character(first17) == expected


def test_wrong_check_character_is_refused() -> None:
    assert "校验位" in refusal("110105194912310021")


# --- normalisation of what people type -------------------------------------------------------


def test_lower_case_x_is_accepted_as_upper_case() -> None:
    assert parse("11010519491231002x").number == "11010519491231002X"


def test_full_width_digits_and_x_are_normalised() -> None:
    assert parse("１１０１０５１９４９１２３１００２ｘ").number == "11010519491231002X"
    assert parse("１１０１０５１９４９１２３１００２Ｘ").number == "11010519491231002X"


def test_spaces_and_hyphens_between_groups_are_removed() -> None:
    assert parse(" 110105 19491231 002X ").number == "11010519491231002X"
    assert parse("110105-19491231-002x").number == "11010519491231002X"
    assert parse("110105\u300019491231\u3000002X").number == "11010519491231002X"


# --- first-generation 15-digit numbers -------------------------------------------------------


def test_15_digit_number_is_upgraded_to_18() -> None:
    assert upgrade_15_to_18("110105491231002") == "11010519491231002X"


def test_parse_accepts_a_15_digit_number_and_returns_18_digits() -> None:
    citizen = parse("110105491231002")
    assert citizen == CitizenId("11010519491231002X", dt.date(1949, 12, 31), "女")


def test_15_digit_number_with_impossible_date_is_refused() -> None:
    assert "出生日期" in refusal("110105490230002")  # 1949-02-30


# --- birth dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("yyyymmdd", "shown"),
    [
        ("19490230", "1949-02-30"),  # February never has 30 days
        ("19900229", "1990-02-29"),  # 1990 is not a leap year
        ("19000229", "1900-02-29"),  # century years are leap only if divisible by 400
        ("19491301", "1949-13-01"),
        ("19490100", "1949-01-00"),
        ("19490431", "1949-04-31"),
    ],
)
def test_non_existent_birth_date_is_refused(yyyymmdd: str, shown: str) -> None:
    message = refusal(with_check("110105" + yyyymmdd + "002"))
    assert "出生日期" in message
    assert shown in message
    assert "不存在" in message


def test_29_february_of_a_leap_year_is_accepted() -> None:
    assert parse(with_check("11010520000229002")).birth_date == dt.date(2000, 2, 29)


def test_birth_date_after_today_is_refused() -> None:
    message = refusal(with_check("11010520261127002"), today=dt.date(2026, 11, 26))
    assert "出生日期" in message
    assert "晚于今天" in message


def test_birth_date_equal_to_today_is_accepted() -> None:
    number = with_check("11010520261126002")
    assert parse(number, today=dt.date(2026, 11, 26)).birth_date == dt.date(2026, 11, 26)


def test_today_parameter_decides_what_is_the_future() -> None:
    number = with_check("11010520261127002")
    assert parse(number, today=dt.date(2026, 11, 27)).number == number


def test_birth_date_before_1880_is_refused() -> None:
    message = refusal(with_check("11010518791231002"))
    assert "出生日期" in message
    assert "太早" in message


# --- address code, length, characters --------------------------------------------------------


@pytest.mark.parametrize("province", ["00", "10", "19", "20", "30", "66", "72", "90", "99"])
def test_unknown_province_code_is_refused(province: str) -> None:
    message = refusal(with_check(province + "010519491231002"))
    assert "省份代码" in message
    assert f"“{province}”" in message


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "1101051949123100",  # 16
        "11010519491231002",  # 17: the check character is missing
        "11010519491231002X1",  # 19
        "11010549123100",  # 14
        "1101051949123100200",
    ],
)
def test_wrong_length_is_refused(raw: str) -> None:
    message = refusal(raw)
    assert "18位" in message
    assert f"现在是{len(raw)}位" in message


@pytest.mark.parametrize(
    "raw",
    [
        "1101051949X231002X",  # X inside
        "11010519491231O02X",  # letter O for zero
        "110105194912310O2X",
        "11010519491231002Y",  # check character other than X
        "11010549123100X",  # 15 characters with an X
        "110105194912310二X",  # a Chinese numeral
    ],
)
def test_letters_other_than_a_final_x_are_refused(raw: str) -> None:
    assert "18位" in refusal(raw)


# --- mask ------------------------------------------------------------------------------------


def test_mask_shows_first_6_and_last_4_characters() -> None:
    assert mask("11010519491231002X") == "110105********002X"


def test_mask_keeps_the_length() -> None:
    assert len(mask("440524188001010014")) == 18


@pytest.mark.parametrize("short", ["", "1234", "1234567890"])
def test_mask_leaves_numbers_of_10_or_fewer_characters_alone(short: str) -> None:
    assert mask(short) == short


def test_mask_of_11_characters_hides_one() -> None:
    assert mask("12345678901") == "123456*8901"


# --- properties ------------------------------------------------------------------------------

provinces = st.sampled_from(sorted(PROVINCE_CODES))
births = st.dates(min_value=EARLIEST_BIRTH, max_value=TODAY)
digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


@st.composite
def first17_digits(draw: st.DrawFn) -> str:
    """Province, prefecture/county digits, birth date, sequence: the part before the check."""
    area = draw(st.text(alphabet="0123456789", min_size=4, max_size=4))
    sequence = draw(st.text(alphabet="0123456789", min_size=3, max_size=3))
    return draw(provinces) + area + f"{draw(births):%Y%m%d}" + sequence


@PROPERTY
@given(first17_digits())
def test_any_well_formed_number_is_accepted(first17: str) -> None:
    number = with_check(first17)
    citizen = parse(number)
    assert citizen.number == number
    assert citizen.birth_date == dt.datetime.strptime(first17[6:14], "%Y%m%d").date()
    assert citizen.sex == ("男" if int(first17[16]) % 2 else "女")


@PROPERTY
@given(first17_digits())
def test_lower_case_and_full_width_forms_parse_to_the_same_number(first17: str) -> None:
    number = with_check(first17)
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in number.lower())
    assert parse(full_width).number == number
    assert parse(number.lower()).number == number


@PROPERTY
@given(first17_digits(), st.integers(min_value=0, max_value=16), digits)
def test_any_single_digit_substitution_is_refused(
    first17: str, position: int, replacement: str
) -> None:
    number = with_check(first17)
    if replacement == number[position]:
        replacement = str((int(replacement) + 1) % 10)
    changed = number[:position] + replacement + number[position + 1 :]
    with pytest.raises(FieldError):
        parse(changed)


@PROPERTY
@given(first17_digits(), st.sampled_from("0123456789X"))
def test_any_other_check_character_is_refused(first17: str, wrong: str) -> None:
    right = check_character(first17)
    if wrong == right:
        wrong = "0123456789X"[("0123456789X".index(wrong) + 1) % 11]
    with pytest.raises(FieldError):
        parse(first17 + wrong)


@PROPERTY
@given(first17_digits(), st.integers(min_value=0, max_value=15))
def test_any_swap_of_two_different_adjacent_digits_is_refused(first17: str, position: int) -> None:
    a, b = first17[position], first17[position + 1]
    assume(a != b)
    swapped = first17[:position] + b + a + first17[position + 2 :]
    with pytest.raises(FieldError):
        parse(swapped + check_character(first17))


@st.composite
def legacy_numbers(draw: st.DrawFn) -> tuple[str, dt.date]:
    area = draw(st.text(alphabet="0123456789", min_size=4, max_size=4))
    birth = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(1999, 12, 31)))
    sequence = draw(st.text(alphabet="0123456789", min_size=3, max_size=3))
    return draw(provinces) + area + f"{birth:%y%m%d}" + sequence, birth


@PROPERTY
@given(legacy_numbers())
def test_upgraded_15_digit_numbers_are_accepted_with_the_same_birth_date(
    legacy: tuple[str, dt.date],
) -> None:
    number15, birth = legacy
    number18 = upgrade_15_to_18(number15)
    citizen = parse(number18)
    assert citizen.number == number18
    assert citizen.birth_date == birth
    assert citizen.sex == ("男" if int(number15[-1]) % 2 else "女")
    assert number18[:6] == number15[:6]
    assert number18[8:17] == number15[6:]
    assert parse(number15) == citizen


@PROPERTY
@given(first17_digits())
def test_mask_hides_the_birth_date_and_sequence(first17: str) -> None:
    number = with_check(first17)
    masked = mask(number)
    assert masked == number[:6] + "*" * 8 + number[-4:]


# --- bugs found while writing these tests, now fixed -----------------------------------------


def test_non_ascii_decimal_digits_are_refused() -> None:
    with pytest.raises(FieldError):
        parse("1101051949123100\u0662X")  # U+0662 ARABIC-INDIC DIGIT TWO in place of '2'
