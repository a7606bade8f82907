"""Reading what a clerk types into the search box: desk/domain/search_query.py."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.domain.idnumber import check_character
from desk.domain.search_query import (
    Interpretation,
    Kind,
    SearchQuery,
    fold_text,
    parse_query,
)
from desk.domain.serials import format_serial

PROPERTY = settings(max_examples=200, deadline=None)

ID_TAIL, PHONE_TAIL, TEXT = Kind.ID_TAIL, Kind.PHONE_TAIL, Kind.TEXT
NAME, INITIALS, FULL = Kind.NAME_PREFIX, Kind.PINYIN_INITIALS, Kind.PINYIN_FULL


def readings(query: str) -> list[tuple[Kind, str]]:
    return [(r.kind, r.value) for r in parse_query(query).interpretations]


# --- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("11010519491231002X", [(Kind.ID_FULL, "11010519491231002X")]),
        ("11010519491231002x", [(Kind.ID_FULL, "11010519491231002X")]),
        ("１１０１０５１９４９１２３１００２ｘ", [(Kind.ID_FULL, "11010519491231002X")]),
        ("110105 19491231 002X", [(Kind.ID_FULL, "11010519491231002X")]),
        ("110105491231002", [(Kind.ID_FULL, "11010519491231002X")]),  # 15 digits, upgraded
        ("1234", [(ID_TAIL, "1234"), (PHONE_TAIL, "1234")]),
        ("１２３４", [(ID_TAIL, "1234"), (PHONE_TAIL, "1234")]),
        ("002x", [(ID_TAIL, "002X")]),  # no phone ends in X
        ("31002X", [(ID_TAIL, "31002X")]),
        ("231002", [(ID_TAIL, "231002")]),
        (" 1234 ", [(ID_TAIL, "1234"), (PHONE_TAIL, "1234")]),
    ],
)
def test_id_numbers_and_their_tails(query: str, expected: list[tuple[Kind, str]]) -> None:
    assert readings(query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("13812345678", [(Kind.PHONE_FULL, "13812345678")]),
        ("138 1234 5678", [(Kind.PHONE_FULL, "13812345678")]),
        ("+86 138-1234-5678", [(Kind.PHONE_FULL, "13812345678")]),
        ("0371-62345678", [(Kind.PHONE_FULL, "0371-62345678")]),
        ("（0371）62345678", [(Kind.PHONE_FULL, "0371-62345678")]),
        ("62345678", [(PHONE_TAIL, "62345678")]),  # a landline without its area code
        ("6234567", [(PHONE_TAIL, "6234567")]),
        ("6234-5678", [(PHONE_TAIL, "62345678")]),
        ("5678", [(ID_TAIL, "5678"), (PHONE_TAIL, "5678")]),
    ],
)
def test_phone_numbers_and_their_tails(query: str, expected: list[tuple[Kind, str]]) -> None:
    assert readings(query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("410423203202-2026-00001", [(Kind.SERIAL, "410423203202-2026-00001")]),
        ("410423203202-2026-1", [(Kind.SERIAL, "410423203202-2026-00001")]),
        ("410423203202-2026-123456", [(Kind.SERIAL, "410423203202-2026-123456")]),
        ("2026-00001", [(Kind.SERIAL_TAIL, "2026-00001")]),
        ("2026-17", [(Kind.SERIAL_TAIL, "2026-00017")]),
        ("2026——17", [(Kind.SERIAL_TAIL, "2026-00017")]),  # the dash of an input method
        ("２０２６－００００１", [(Kind.SERIAL_TAIL, "2026-00001")]),
        ("00001", [(Kind.SERIAL_TAIL, "00001")]),  # the sequence alone, in any year
        ("12345", [(Kind.SERIAL_TAIL, "12345")]),
    ],
)
def test_serials_whole_or_from_the_year_on(query: str, expected: list[tuple[Kind, str]]) -> None:
    assert readings(query) == expected


@pytest.mark.parametrize("query", ["12", "123", "1381234", "19491231", "410423203202", "12-34"])
def test_digits_that_fit_nothing_are_searched_as_text(query: str) -> None:
    assert readings(query) == [(TEXT, query)]


def test_only_ascii_and_full_width_digits_count_as_digits() -> None:
    assert readings("١٢٣٤") == [(TEXT, "١٢٣٤")]  # Arabic-Indic digits
    assert readings("１２３４") == [(ID_TAIL, "1234"), (PHONE_TAIL, "1234")]


# --- names and pinyin ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张", [(NAME, "张")]),  # one character is too short for a substring search
        ("𠇔", [(NAME, "𠇔")]),
        ("张三", [(NAME, "张三"), (TEXT, "张三")]),
        ("张 三", [(NAME, "张三"), (TEXT, "张 三")]),
        ("欧阳", [(NAME, "欧阳"), (TEXT, "欧阳")]),
        ("阿依古丽·买买提", [(NAME, "阿依古丽·买买提"), (TEXT, "阿依古丽·买买提")]),
    ],
)
def test_chinese_names(query: str, expected: list[tuple[Kind, str]]) -> None:
    assert readings(query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zs", [(INITIALS, "zs")]),
        ("ZS", [(INITIALS, "zs")]),
        ("ｚｓ", [(INITIALS, "zs")]),
        ("oyx", [(INITIALS, "oyx")]),
        ("zhangsan", [(FULL, "zhangsan")]),
        ("ZhangSan", [(FULL, "zhangsan")]),
        ("zhang san", [(FULL, "zhangsan")]),
        ("zhangs", [(FULL, "zhangs")]),  # typed half-way
        ("xi'an", [(FULL, "xian")]),
        ("lü", [(FULL, "lv")]),
        ("wang", [(INITIALS, "wang"), (FULL, "wang")]),
        ("zhangsanfeng", [(FULL, "zhangsanfeng")]),
        ("xiu", [(FULL, "xiu")]),  # no initials: i starts no syllable
        ("z", []),  # one letter means too many names
        ("wifi", [(TEXT, "wifi")]),
        ("G107", [(TEXT, "g107")]),
    ],
)
def test_pinyin(query: str, expected: list[tuple[Kind, str]]) -> None:
    assert readings(query) == expected


# --- text ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("3组12号", [(TEXT, "3组12号")]),
        ("宅基地纠纷", [(NAME, "宅基地纠纷"), (TEXT, "宅基地纠纷")]),
        ("拖欠工资，2025年", [(TEXT, "拖欠工资,2025年")]),
        ("张三 1234", [(TEXT, "张三 1234")]),
        ("张s", [(TEXT, "张s")]),
    ],
)
def test_text(query: str, expected: list[tuple[Kind, str]]) -> None:
    assert readings(query) == expected


def test_text_is_folded_the_way_stored_text_must_be_indexed() -> None:
    assert fold_text("  Ｇ１０７国道，\u3000WiFi\n坏了 ") == "g107国道, wifi 坏了"
    assert parse_query("Ｇ１０７国道").value(TEXT) == fold_text("G107国道")


# --- what looks like SQL or FTS syntax is plain text -----------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"张三"', [(TEXT, '"张三"')]),
        ("'张三'", [(TEXT, "'张三'")]),
        ("张三*", [(TEXT, "张三*")]),
        ("张三 OR 李四", [(TEXT, "张三 or 李四")]),
        ("张三 AND 李四", [(TEXT, "张三 and 李四")]),
        ("NEAR(张三 李四)", [(TEXT, "near(张三 李四)")]),
        ("-张三", [(TEXT, "-张三")]),
        ("%张%", [(TEXT, "%张%")]),
        ("张_三", [(TEXT, "张_三")]),
        ("' OR 1=1 --", [(TEXT, "' or 1=1 --")]),
        ("1234*", [(TEXT, "1234*")]),
        ("13%", [(TEXT, "13%")]),
        ('"', []),
        ("'", []),
        ("*", []),
        ("%", []),
        ("_", []),
        ("-", []),
        ("(", []),
        ("%_", [(TEXT, "%_")]),
        ("()", [(TEXT, "()")]),
        ("AND", [(INITIALS, "and"), (FULL, "and")]),  # letters, not an operator
        ("OR", [(INITIALS, "or"), (FULL, "or")]),
        ("NEAR", [(INITIALS, "near"), (FULL, "near")]),
        ("zs*", [(TEXT, "zs*")]),
        ("-1234", [(TEXT, "-1234")]),
    ],
)
def test_query_syntax_is_taken_literally(query: str, expected: list[tuple[Kind, str]]) -> None:
    assert readings(query) == expected


# --- white space, invisible characters, emptiness --------------------------------------------


@pytest.mark.parametrize("query", ["", " ", "\u3000", "\t\n \r", "\u200b", "\x00\x07"])
def test_empty_queries_have_no_interpretations(query: str) -> None:
    assert parse_query(query) == SearchQuery(text="", interpretations=())


def test_white_space_is_trimmed_and_collapsed() -> None:
    query = parse_query("\u3000 拖欠  \t 工资\n")
    assert query.text == "拖欠 工资"
    assert query.value(TEXT) == "拖欠 工资"


def test_invisible_characters_are_dropped() -> None:
    assert parse_query("张\u200b三\x00").text == "张三"
    assert readings("\ufeff1234\u200d") == [(ID_TAIL, "1234"), (PHONE_TAIL, "1234")]


def test_values_and_kinds_can_be_asked_for() -> None:
    query = parse_query("1234")
    assert query.kinds == (ID_TAIL, PHONE_TAIL)
    assert query.value(PHONE_TAIL) == "1234"
    assert query.value(Kind.SERIAL) is None
    assert query.interpretations[0] == Interpretation(ID_TAIL, "1234")


def test_huge_digit_strings_do_not_trip_int_limits() -> None:
    assert parse_query("2026-" + "1" * 5000).kinds == (TEXT,)
    assert parse_query("410423203202-2026-" + "9" * 5000).kinds == (TEXT,)


# --- properties ------------------------------------------------------------------------------


@PROPERTY
@given(st.text(max_size=40))  # any characters but lone surrogates, control characters included
def test_any_text_parses_without_raising(text: str) -> None:
    query = parse_query(text)
    kinds = query.kinds
    assert list(kinds) == sorted(kinds, key=list(Kind).index)
    assert len(set(kinds)) == len(kinds)
    assert all(reading.value for reading in query.interpretations)
    assert query.value(TEXT) in (None, fold_text(query.text))
    assert parse_query(query.text) == query  # cleaning is stable


SQL_AND_FTS_PIECES = [*"\"'*-%_()^:+ ", "NEAR", "AND", "OR", "NOT", "张", "1"]
SQLISH = st.lists(st.sampled_from(SQL_AND_FTS_PIECES), max_size=8).map("".join)


@PROPERTY
@given(SQLISH)
def test_query_syntax_never_raises_and_stays_literal(text: str) -> None:
    query = parse_query(text)
    if query.value(TEXT) is not None:
        assert query.value(TEXT) == fold_text(text)


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    first17 = "110105" + draw(
        st.from_regex(r"19[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|1[0-9])[0-9]{3}", fullmatch=True)
    )
    return first17 + check_character(first17)


@PROPERTY
@given(id_numbers())
def test_id_numbers_and_tails_are_found(number: str) -> None:
    assert parse_query(number.lower()).value(Kind.ID_FULL) == number
    assert parse_query(number[-4:]).value(ID_TAIL) == number[-4:]
    assert parse_query(number[-6:]).value(ID_TAIL) == number[-6:]


@PROPERTY
@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_mobiles_and_their_last_four_are_found(mobile: str) -> None:
    assert parse_query(mobile).value(Kind.PHONE_FULL) == mobile
    assert parse_query(mobile[-4:]).value(PHONE_TAIL) == mobile[-4:]


@PROPERTY
@given(st.integers(2000, 2099), st.integers(1, 999_999))
def test_serials_are_found_whole_and_from_the_year(year: int, sequence: int) -> None:
    serial = format_serial("410423203202", year, sequence)
    assert parse_query(serial).value(Kind.SERIAL) == serial
    tail = parse_query(f"{year}-{sequence}").value(Kind.SERIAL_TAIL)
    assert tail is not None and serial.endswith("-" + tail)


@PROPERTY
@given(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF))
def test_one_chinese_character_is_a_name_prefix_only(char: str) -> None:
    assert readings(char) == [(NAME, char)]
