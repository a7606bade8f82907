"""The rules of a visit registration: desk/domain/visit.py validate_visit."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.domain.categories import bundled_default_document, parse_category_list
from desk.domain.errors import InvalidInput
from desk.domain.idnumber import check_character
from desk.domain.visit import (
    CHANNEL_REFERENCE_LABELS,
    CHANNELS,
    CITIZEN_ID,
    DEFAULT_COLLECTIVE_THRESHOLD,
    ID_TYPES,
    KINDS,
    NO_ID,
    NO_ID_REASONS,
    SYSTEM_FIELDS,
    Representative,
    VisitInput,
    VisitRules,
    validate_visit,
)

NOW = dt.datetime(2026, 11, 26, 10, 0)
CATEGORIES = parse_category_list(bundled_default_document())
RULES = VisitRules(categories=CATEGORIES, now=NOW)
PROPERTY = settings(max_examples=200, deadline=None)

MINIMAL = {
    "visitor_name": "张三",
    "id_number": "11010519491231002X",
    "address": "东风村三组12号",
    "channel": "来访",
    "received_at": "2026-11-26 09:30",
    "kind": "申诉求决类",
    "category1": "自然资源",
    "category2": "土地征收",
    "subject": "修路占用承包地补偿未到位",
    "request": "要求按标准发放占地补偿款。",
}
OTHER_DOCUMENTS = [t for t in ID_TYPES if t not in (CITIZEN_ID, NO_ID)]


def visit(**changes: Any) -> dict[str, Any]:
    """The minimal valid visit with some fields changed; a value of ... removes the field."""
    raw = {**MINIMAL, **changes}
    return {name: value for name, value in raw.items() if value is not ...}


def accepted(raw: dict[str, Any], rules: VisitRules = RULES) -> VisitInput:
    return validate_visit(raw, rules)


def errors_of(raw: dict[str, Any], rules: VisitRules = RULES) -> dict[str, str]:
    with pytest.raises(InvalidInput) as caught:
        validate_visit(raw, rules)
    return caught.value.errors


def person(name: str = "李四", **fields: str) -> dict[str, str]:
    return {"name": name, **fields}


# === a valid visit ===========================================================================


def test_minimal_visit_is_accepted_with_defaults() -> None:
    result = accepted(visit())
    assert result == VisitInput(
        visitor_name="张三",
        visitor_sex="女",
        id_type=CITIZEN_ID,
        id_number="11010519491231002X",
        no_id_reason="",
        phone="",
        village="",
        address="东风村三组12号",
        headcount=1,
        representatives=(),
        channel="来访",
        channel_ref="",
        received_at="2026-11-26 09:30",
        kind="申诉求决类",
        category1="自然资源",
        category2="土地征收",
        subject="修路占用承包地补偿未到位",
        request="要求按标准发放占地补偿款。",
        facts="",
        involved="",
        leapfrog=False,
        repeat=False,
        urgent=False,
        collective=False,
        category_version=CATEGORIES.version,
    )


def test_every_optional_field_filled_is_accepted() -> None:
    result = accepted(
        visit(
            visitor_sex="女",
            id_type=CITIZEN_ID,
            phone="139 3751 2345",
            village="东风村",
            facts="去年修村道时占用承包地二亩。\n至今未发补偿。",
            involved="镇交通所",
            headcount=2,
            representatives=[person("李四", phone="13812345678")],
            leapfrog=False,
            repeat=True,
            urgent=True,
        )
    )
    assert result.phone == "13937512345"
    assert result.village == "东风村"
    assert result.facts == "去年修村道时占用承包地二亩。\n至今未发补偿。"
    assert result.representatives == (Representative("李四", "", "13812345678"),)
    assert (result.leapfrog, result.repeat, result.urgent) == (False, True, True)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_accepted(kind: str) -> None:
    assert accepted(visit(kind=kind)).kind == kind


def test_unknown_kind_is_refused() -> None:
    assert "事项性质只能是" in errors_of(visit(kind="投诉"))["kind"]


def test_fields_are_trimmed() -> None:
    result = accepted(visit(visitor_name="\u3000张三 ", subject=" 修路占地 ", channel=" 来访 "))
    assert (result.visitor_name, result.subject, result.channel) == ("张三", "修路占地", "来访")


def test_all_wrong_fields_are_reported_together() -> None:
    errors = errors_of(visit(phone="123", kind="投诉", urgent="是"))
    assert set(errors) == {"phone", "kind", "urgent"}


# === required fields, unknown and system fields ==============================================

REQUIRED = {
    "visitor_name": "请填写姓名",
    "id_number": "请填写居民身份证号码",
    "address": "请填写住址",
    "channel": "请选择来源渠道",
    "received_at": "请填写接待时间",
    "kind": "请选择事项性质",
    "category1": "请填写一级分类",
    "subject": "请填写事项标题",
    "request": "请填写诉求",
}


@pytest.mark.parametrize("field", REQUIRED)
@pytest.mark.parametrize("emptiness", [..., "", None, "   ", "\u3000"])
def test_missing_required_field_gets_its_own_message(field: str, emptiness: object) -> None:
    errors = errors_of(visit(**{field: emptiness}))
    assert set(errors) == {field}
    assert REQUIRED[field] in errors[field]


def test_empty_input_names_every_required_field() -> None:
    errors = errors_of({})
    assert set(errors) == set(REQUIRED)
    for field, message in REQUIRED.items():
        assert message in errors[field]


@pytest.mark.parametrize("name", ["visitorName", "name", "备注", "serial_no"])
def test_unknown_field_is_refused(name: str) -> None:
    errors = errors_of(visit(**{name: "x"}))
    assert set(errors) == {name}
    assert "不认识的字段名" in errors[name]


@pytest.mark.parametrize("name", SYSTEM_FIELDS)
def test_system_field_is_refused(name: str) -> None:
    errors = errors_of(visit(**{name: "x"}))
    assert set(errors) == {name}
    assert "由系统生成" in errors[name]


@pytest.mark.parametrize("field", ["visitor_name", "address", "subject", "request", "phone"])
def test_non_text_value_is_refused(field: str) -> None:
    assert "应为文字" in errors_of(visit(**{field: 12345678901}))[field]


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("visitor_name", 50),
        ("address", 100),
        ("village", 30),
        ("subject", 60),
        ("involved", 200),
        ("channel_ref", 50),
        ("request", 5000),
        ("facts", 10000),
    ],
)
def test_text_fields_have_length_limits(field: str, limit: int) -> None:
    accepted(visit(**{field: "字" * limit}))
    assert f"最多{limit}个字" in errors_of(visit(**{field: "字" * (limit + 1)}))[field]


@pytest.mark.parametrize("field", ["visitor_name", "address", "subject", "village"])
def test_single_line_fields_refuse_line_breaks(field: str) -> None:
    assert "只能写一行" in errors_of(visit(**{field: "第一行\n第二行"}))[field]


@pytest.mark.parametrize("field", ["request", "facts"])
def test_multiline_fields_keep_line_breaks(field: str) -> None:
    text = "一、占地二亩\r\n二、未发补偿\n\t附：照片"
    assert getattr(accepted(visit(**{field: text})), field) == text.replace("\r\n", "\n")


# === identity: sex and ID number =============================================================


def test_sex_is_filled_from_the_id_number_when_empty() -> None:
    assert accepted(visit(visitor_sex="")).visitor_sex == "女"
    assert accepted(visit(id_number="440524188001010014")).visitor_sex == "男"


def test_sex_agreeing_with_the_id_number_is_accepted() -> None:
    assert accepted(visit(visitor_sex="女")).visitor_sex == "女"


def test_sex_disagreeing_with_the_id_number_is_refused() -> None:
    errors = errors_of(visit(visitor_sex="男"))
    assert set(errors) == {"visitor_sex"}
    assert "与身份证号不符" in errors["visitor_sex"]
    assert "女性" in errors["visitor_sex"]


@pytest.mark.parametrize("sex", ["M", "男性", "未知"])
def test_unknown_sex_is_refused(sex: str) -> None:
    assert "性别只能是" in errors_of(visit(visitor_sex=sex))["visitor_sex"]


@pytest.mark.parametrize(
    "written",
    [
        "11010519491231002x",
        "１１０１０５１９４９１２３１００２ｘ",
        "110105 19491231 002X",
        "110105491231002",
    ],
)
def test_citizen_id_number_is_stored_normalised(written: str) -> None:
    assert accepted(visit(id_number=written)).id_number == "11010519491231002X"


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("110105194912310021", "校验位"),
        ("1101051949123100", "18位"),
        ("110105194902300020", "出生日期"),  # 1949-02-30
        ("990105194912310021", "省份代码"),
    ],
)
def test_bad_citizen_id_number_is_refused_under_id_number(number: str, fragment: str) -> None:
    errors = errors_of(visit(id_number=number))
    assert set(errors) == {"id_number"}
    assert fragment in errors["id_number"]


def test_citizen_id_born_after_now_is_refused() -> None:
    born_tomorrow = "11010520261127002"  # the day after NOW
    number = born_tomorrow + check_character(born_tomorrow)
    assert "晚于今天" in errors_of(visit(id_number=number))["id_number"]


def test_id_type_defaults_to_citizen_id() -> None:
    assert accepted(visit(id_type="")).id_type == CITIZEN_ID


def test_unknown_id_type_is_refused() -> None:
    assert "证件类型只能是" in errors_of(visit(id_type="驾驶证"))["id_type"]


# --- 无证件 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("reason", NO_ID_REASONS)
def test_no_id_with_a_listed_reason_is_accepted(reason: str) -> None:
    result = accepted(visit(id_type=NO_ID, id_number=..., no_id_reason=reason))
    assert (result.id_type, result.id_number, result.no_id_reason) == (NO_ID, "", reason)
    assert result.visitor_sex == ""


def test_no_id_keeps_the_sex_the_clerk_chose() -> None:
    result = accepted(visit(id_type=NO_ID, id_number="", no_id_reason="不愿提供", visitor_sex="男"))
    assert result.visitor_sex == "男"


def test_no_id_without_a_reason_is_refused() -> None:
    errors = errors_of(visit(id_type=NO_ID, id_number=...))
    assert set(errors) == {"no_id_reason"}
    assert "请选择原因" in errors["no_id_reason"]


def test_no_id_with_an_unlisted_reason_is_refused() -> None:
    errors = errors_of(visit(id_type=NO_ID, id_number=..., no_id_reason="忘了"))
    assert "无证件原因只能是" in errors["no_id_reason"]


def test_no_id_with_a_number_is_refused() -> None:
    errors = errors_of(visit(id_type=NO_ID, no_id_reason="不愿提供"))
    assert set(errors) == {"id_number"}
    assert "不填号码" in errors["id_number"]


def test_reason_without_no_id_is_refused() -> None:
    errors = errors_of(visit(no_id_reason="不愿提供"))
    assert set(errors) == {"no_id_reason"}
    assert "只在证件类型为“无证件”时填写" in errors["no_id_reason"]


# --- other identity documents -----------------------------------------------------------------


@pytest.mark.parametrize("id_type", OTHER_DOCUMENTS)
def test_other_document_number_is_not_checked_against_gb_11643(id_type: str) -> None:
    result = accepted(visit(id_type=id_type, id_number="110105194912310021"))
    assert result.id_number == "110105194912310021"


@pytest.mark.parametrize("id_type", OTHER_DOCUMENTS)
@pytest.mark.parametrize(
    "number", ["E1234", "E12345678", "H0123456701", "A" * 30, "830000199001011234"]
)
def test_other_document_number_of_5_to_30_letters_or_digits_is_accepted(
    id_type: str, number: str
) -> None:
    assert accepted(visit(id_type=id_type, id_number=number)).id_number == number


@pytest.mark.parametrize("id_type", OTHER_DOCUMENTS)
@pytest.mark.parametrize("number", ["E123", "A" * 31, "护照E1234567", "E1234567!", "E1234/567"])
def test_other_document_number_of_other_shape_is_refused(id_type: str, number: str) -> None:
    errors = errors_of(visit(id_type=id_type, id_number=number))
    assert set(errors) == {"id_number"}
    assert "5到30位字母或数字" in errors["id_number"]


def test_other_document_number_is_upper_cased_and_half_width() -> None:
    result = accepted(visit(id_type="护照", id_number="ｅ１２３ ４５６７８"))
    assert result.id_number == "E12345678"


def test_other_document_does_not_fill_or_check_the_sex() -> None:
    assert accepted(visit(id_type="护照", id_number="E12345678")).visitor_sex == ""
    result = accepted(visit(id_type="护照", id_number="E12345678", visitor_sex="男"))
    assert result.visitor_sex == "男"


@pytest.mark.parametrize("id_type", OTHER_DOCUMENTS)
def test_other_document_needs_a_number(id_type: str) -> None:
    errors = errors_of(visit(id_type=id_type, id_number=""))
    assert f"请填写{id_type}号码" in errors["id_number"]


# === phone ===================================================================================


def test_phone_is_optional() -> None:
    assert accepted(visit(phone="")).phone == ""


@pytest.mark.parametrize(
    ("written", "stored"),
    [("+86 139 3751 2345", "13937512345"), ("0375 6123456", "0375-6123456")],
)
def test_phone_is_stored_normalised(written: str, stored: str) -> None:
    assert accepted(visit(phone=written)).phone == stored


def test_bad_phone_is_refused_under_phone() -> None:
    errors = errors_of(visit(phone="62345678"))
    assert set(errors) == {"phone"}
    assert "请带区号" in errors["phone"]


# === channel =================================================================================


@pytest.mark.parametrize("channel", [c for c in CHANNELS if c not in CHANNEL_REFERENCE_LABELS])
def test_channels_without_a_reference_are_accepted(channel: str) -> None:
    assert accepted(visit(channel=channel)).channel == channel


@pytest.mark.parametrize(("channel", "label"), CHANNEL_REFERENCE_LABELS.items())
def test_channel_that_arrives_with_a_reference_needs_channel_ref(channel: str, label: str) -> None:
    errors = errors_of(visit(channel=channel))
    assert set(errors) == {"channel_ref"}
    assert label in errors["channel_ref"]
    assert channel in errors["channel_ref"]


@pytest.mark.parametrize("channel", CHANNEL_REFERENCE_LABELS)
def test_channel_with_its_reference_is_accepted(channel: str) -> None:
    result = accepted(visit(channel=channel, channel_ref=" 豫12345-2026-000123 "))
    assert (result.channel, result.channel_ref) == (channel, "豫12345-2026-000123")


def test_unknown_channel_is_refused() -> None:
    assert "来源渠道只能是" in errors_of(visit(channel="微信"))["channel"]


# === received_at =============================================================================


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("2026-11-26 09:30", "2026-11-26 09:30"),
        ("2026-11-26T09:30", "2026-11-26 09:30"),
        ("2026-11-26 09:30:59", "2026-11-26 09:30"),
        ("2026-11-26 9:05", "2026-11-26 09:05"),
        ("２０２６－１１－２６　０９：３０", "2026-11-26 09:30"),
        ("1990-01-01 00:00", "1990-01-01 00:00"),
        ("2026-11-26 10:10", "2026-11-26 10:10"),  # ten minutes ahead: a slow laptop clock
    ],
)
def test_received_at_is_accepted_and_normalised(written: str, stored: str) -> None:
    assert accepted(visit(received_at=written)).received_at == stored


@pytest.mark.parametrize(
    "written",
    [
        "2026/11/26 09:30",
        "2026-11-26",
        "09:30",
        "26-11-2026 09:30",
        "2026-02-30 09:30",
        "2026-11-26 24:00",
        "2026年11月26日 9时30分",
        "昨天上午",
    ],
)
def test_received_at_in_another_format_is_refused(written: str) -> None:
    assert "年-月-日 时:分" in errors_of(visit(received_at=written))["received_at"]


@pytest.mark.parametrize("written", ["2026-11-26 10:11", "2026-11-27 09:00", "2027-01-01 00:00"])
def test_received_at_in_the_future_beyond_the_tolerance_is_refused(written: str) -> None:
    assert "晚于现在" in errors_of(visit(received_at=written))["received_at"]


def test_received_at_before_1990_is_refused() -> None:
    assert "早于1990年" in errors_of(visit(received_at="1989-12-31 23:59"))["received_at"]


# === categories ==============================================================================


def test_every_pair_of_the_bundled_list_is_accepted() -> None:
    for first in CATEGORIES.first_level:
        for second in CATEGORIES.second_level(first) or ("",):
            result = accepted(visit(category1=first, category2=second))
            assert (result.category1, result.category2) == (first, second)


def test_category1_not_in_the_list_is_refused() -> None:
    errors = errors_of(visit(category1="外星来访", category2=""))
    assert set(errors) == {"category1"}
    assert "不在分类表" in errors["category1"]
    assert CATEGORIES.version in errors["category1"]


def test_category2_not_under_category1_is_refused() -> None:
    errors = errors_of(visit(category1="自然资源", category2="宅基地"))  # 宅基地 is under 农村农业
    assert set(errors) == {"category2"}
    assert "不属于" in errors["category2"]


def test_category2_is_required_when_the_first_level_has_children() -> None:
    errors = errors_of(visit(category1="自然资源", category2=...))
    assert set(errors) == {"category2"}
    assert "请选择二级分类" in errors["category2"]


def test_category2_is_optional_for_a_first_level_without_children() -> None:
    assert CATEGORIES.second_level("其他") == ()
    result = accepted(visit(category1="其他", category2=...))
    assert (result.category1, result.category2) == ("其他", "")


def test_category2_under_a_first_level_without_children_is_refused() -> None:
    assert "不属于" in errors_of(visit(category1="其他", category2="土地征收"))["category2"]


def test_category_version_is_recorded() -> None:
    assert accepted(visit()).category_version == "2026.1"


def test_a_replaced_category_list_is_used() -> None:
    township_list = parse_category_list(
        {
            "format": "desk-categories/1",
            "version": "mz-2027",
            "title": "马庄乡分类表",
            "categories": [
                {"name": "土地", "children": ["承包地"]},
                {"name": "其他", "children": []},
            ],
        }
    )
    rules = VisitRules(categories=township_list, now=NOW)
    result = accepted(visit(category1="土地", category2="承包地"), rules)
    assert result.category_version == "mz-2027"
    assert "不在分类表（mz-2027版）" in errors_of(visit(), rules)["category1"]


# === headcount and collective visits =========================================================


@pytest.mark.parametrize(
    ("headcount", "collective"),
    [
        (1, False),
        (DEFAULT_COLLECTIVE_THRESHOLD - 1, False),
        (DEFAULT_COLLECTIVE_THRESHOLD, True),
        (80, True),
    ],
)
def test_headcount_at_or_above_the_default_threshold_is_collective(
    headcount: int, collective: bool
) -> None:
    result = accepted(visit(headcount=headcount))
    assert (result.headcount, result.collective) == (headcount, collective)


def test_collective_threshold_is_configurable() -> None:
    rules = VisitRules(categories=CATEGORIES, now=NOW, collective_threshold=3)
    assert accepted(visit(headcount=3), rules).collective is True
    assert accepted(visit(headcount=2), rules).collective is False
    assert accepted(visit(headcount=3), RULES).collective is False


@pytest.mark.parametrize(
    ("written", "count"), [("6", 6), (" 12 ", 12), ("１２", 12), ("", 1), (None, 1)]
)
def test_headcount_may_be_written_as_text(written: object, count: int) -> None:
    assert accepted(visit(headcount=written)).headcount == count


@pytest.mark.parametrize("bad", ["abc", "3人", 2.5, True, "-1", [3]])
def test_headcount_that_is_not_an_integer_is_refused(bad: object) -> None:
    assert "应为整数" in errors_of(visit(headcount=bad))["headcount"]


@pytest.mark.parametrize("bad", [0, -3, 100_001])
def test_headcount_out_of_range_is_refused(bad: int) -> None:
    assert "应在1到100000之间" in errors_of(visit(headcount=bad))["headcount"]


@PROPERTY
@given(st.integers(1, 500), st.integers(1, 100))
def test_collective_means_headcount_at_least_threshold(headcount: int, threshold: int) -> None:
    rules = VisitRules(categories=CATEGORIES, now=NOW, collective_threshold=threshold)
    assert accepted(visit(headcount=headcount), rules).collective is (headcount >= threshold)


# === representatives =========================================================================


def test_four_representatives_besides_the_visitor_are_accepted() -> None:
    people = [person(name) for name in ("李四", "王五", "赵六", "钱七")]
    result = accepted(visit(headcount=5, representatives=people))
    assert [r.name for r in result.representatives] == ["李四", "王五", "赵六", "钱七"]


def test_five_representatives_besides_the_visitor_are_refused() -> None:
    people = [person(name) for name in ("李四", "王五", "赵六", "钱七", "孙八")]
    errors = errors_of(visit(headcount=30, representatives=people))
    assert set(errors) == {"representatives"}
    assert "最多5人" in errors["representatives"]


@pytest.mark.parametrize(("headcount", "count"), [(1, 1), (2, 2), (3, 3), (4, 4)])
def test_more_representatives_than_headcount_minus_one_are_refused(
    headcount: int, count: int
) -> None:
    people = [person(f"代表{i}") for i in range(count)]
    errors = errors_of(visit(headcount=headcount, representatives=people))
    assert "多于来访人数" in errors["representatives"]


@pytest.mark.parametrize("headcount", [2, 3, 4])
def test_headcount_minus_one_representatives_are_accepted(headcount: int) -> None:
    people = [person(f"代表{i}") for i in range(headcount - 1)]
    assert len(accepted(visit(headcount=headcount, representatives=people)).representatives) == (
        headcount - 1
    )


def test_representatives_are_normalised() -> None:
    people = [
        person(" 李𡈼 ", id_number="440524188001010014", phone="+86 138 1234 5678"),
        person("王五", id_number="１１０１０５４９１２３１００２"),
    ]
    result = accepted(visit(headcount=3, representatives=people))
    assert result.representatives == (
        Representative("李𡈼", "440524188001010014", "13812345678"),
        Representative("王五", "11010519491231002X", ""),
    )


def test_blank_representative_rows_are_ignored() -> None:
    people = [person("", id_number="", phone=""), {"name": "  "}, {}, person("李四")]
    result = accepted(visit(headcount=2, representatives=people))
    assert result.representatives == (Representative("李四"),)


@pytest.mark.parametrize(("representatives"), [None, []])
def test_representatives_may_be_absent(representatives: object) -> None:
    assert accepted(visit(representatives=representatives)).representatives == ()


@pytest.mark.parametrize("bad", ["李四", {"name": "李四"}, ["李四"], [person(), "王五"]])
def test_representatives_must_be_a_list_of_objects(bad: object) -> None:
    errors = errors_of(visit(headcount=5, representatives=bad))
    assert set(errors) == {"representatives"}
    assert "应为列表" in errors["representatives"]


def test_bad_representative_phone_is_reported_per_row() -> None:
    people = [person("李四", phone="13812345678"), person("王五", phone="62345678")]
    errors = errors_of(visit(headcount=3, representatives=people))
    assert set(errors) == {"representatives[2].phone"}
    assert errors["representatives[2].phone"].startswith("第2位其他代表人")
    assert "请带区号" in errors["representatives[2].phone"]


def test_bad_representative_id_number_is_reported_per_row() -> None:
    people = [person("李四", id_number="110105194912310021")]
    errors = errors_of(visit(headcount=2, representatives=people))
    assert set(errors) == {"representatives[1].id_number"}
    assert "第1位其他代表人" in errors["representatives[1].id_number"]
    assert "校验位" in errors["representatives[1].id_number"]


def test_representative_without_a_name_is_refused() -> None:
    errors = errors_of(
        visit(headcount=3, representatives=[person("李四"), {"phone": "13812345678"}])
    )
    assert set(errors) == {"representatives[2].name"}
    assert "第2位其他代表人的姓名" in errors["representatives[2].name"]


def test_representative_with_a_control_character_is_refused() -> None:
    errors = errors_of(visit(headcount=2, representatives=[person("李\x07四")]))
    assert "U+0007" in errors["representatives[1].name"]


def test_representative_with_an_unknown_field_is_refused() -> None:
    errors = errors_of(visit(headcount=2, representatives=[person("李四", sex="男")]))
    assert set(errors) == {"representatives[1]"}
    assert "sex" in errors["representatives[1]"]


def test_every_bad_representative_row_is_reported() -> None:
    people = [person("李四", phone="1"), person("王五"), person("赵六", id_number="123")]
    errors = errors_of(visit(headcount=4, representatives=people))
    assert set(errors) == {"representatives[1].phone", "representatives[3].id_number"}


# === flags ===================================================================================

FLAGS = ("leapfrog", "repeat", "urgent")


@pytest.mark.parametrize("flag", FLAGS)
@pytest.mark.parametrize(("value", "stored"), [(True, True), (False, False), (None, False)])
def test_flag_accepts_booleans(flag: str, value: object, stored: bool) -> None:
    assert getattr(accepted(visit(**{flag: value})), flag) is stored


@pytest.mark.parametrize("flag", FLAGS)
def test_flag_defaults_to_false(flag: str) -> None:
    assert getattr(accepted(visit()), flag) is False


@pytest.mark.parametrize("flag", FLAGS)
@pytest.mark.parametrize("value", [1, 0, "true", "false", "是", "", [], 1.0])
def test_flag_that_is_not_a_boolean_is_refused(flag: str, value: object) -> None:
    errors = errors_of(visit(**{flag: value}))
    assert set(errors) == {flag}
    assert "应为 true 或 false" in errors[flag]


# === rare characters and arbitrary text ======================================================


def test_rare_characters_round_trip_in_names_subject_and_request() -> None:
    result = accepted(
        visit(
            visitor_name="张𠇔",
            address="𡈼家庄𠇔组",
            subject="𡈼姓村民反映葛\U000e0100家占地",
            request="请求：退还𠇔某承包地。\nMuhammad·买买提 与 Ωμέγα 同行。",
            headcount=2,
            representatives=[person("王𡈼")],
        )
    )
    assert result.visitor_name == "张𠇔"
    assert result.address == "𡈼家庄𠇔组"
    assert result.subject == "𡈼姓村民反映葛\U000e0100家占地"
    assert result.request == "请求：退还𠇔某承包地。\nMuhammad·买买提 与 Ωμέγα 同行。"
    assert result.representatives[0].name == "王𡈼"


def test_name_of_fifty_characters_outside_the_bmp_is_accepted() -> None:
    assert accepted(visit(visitor_name="𠇔" * 50)).visitor_name == "𠇔" * 50


printable = st.characters(exclude_categories=("Cc", "Cs"))
single_line_text = st.text(printable, min_size=1, max_size=60).filter(str.strip)
multiline_text = st.text(st.one_of(printable, st.sampled_from("\n\t")), min_size=1, max_size=300)
# \r is a line break (old Mac files), not a stray control character
controls = st.characters(categories=("Cc", "Cs")).filter(lambda c: c not in "\n\t\r")


@PROPERTY
@given(single_line_text, single_line_text.filter(lambda s: len(s.strip()) <= 50))
def test_any_printable_subject_and_name_are_kept_exactly_after_strip(
    subject: str, name: str
) -> None:
    result = accepted(visit(subject=subject, visitor_name=name))
    assert result.subject == subject.strip()
    assert result.visitor_name == name.strip()


@PROPERTY
@given(multiline_text.filter(str.strip))
def test_any_printable_request_is_kept_exactly_after_strip(request: str) -> None:
    assert accepted(visit(request=request)).request == request.strip()


@PROPERTY
@given(multiline_text, controls, multiline_text, st.sampled_from(["request", "facts"]))
def test_any_control_character_in_a_multiline_field_is_refused(
    before: str, control: str, after: str, field: str
) -> None:
    # The control sits between two ideographs: never at an end (strip() would remove a
    # white-space control there) and never a "\r" directly before "\n".
    errors = errors_of(visit(**{field: before + "甲" + control + "乙" + after}))
    assert set(errors) == {field}
    assert f"U+{ord(control):04X}" in errors[field]


@PROPERTY
@given(controls, st.sampled_from(["visitor_name", "address", "subject", "involved"]))
def test_any_control_character_in_a_single_line_field_is_refused(control: str, field: str) -> None:
    errors = errors_of(visit(**{field: "甲" + control + "乙"}))
    assert f"U+{ord(control):04X}" in errors[field]


# --- bugs found while writing these tests, now fixed -----------------------------------------


@pytest.mark.parametrize("bad", ["²", "3²", "①"])
def test_headcount_of_digit_like_characters_gets_a_field_message(bad: str) -> None:
    assert "headcount" in errors_of(visit(headcount=bad))


def test_a_message_names_the_row_as_typed_even_after_a_blank_row() -> None:
    people = [person("李四"), {"name": "", "id_number": "", "phone": ""}, person("王五", phone="1")]
    errors = errors_of(visit(headcount=5, representatives=people))
    assert set(errors) == {"representatives[3].phone"}
    assert errors["representatives[3].phone"].startswith("第3位其他代表人")


def test_a_wrong_headcount_is_the_only_message_about_the_group() -> None:
    errors = errors_of(visit(headcount="很多", representatives=[person("李四")]))
    assert set(errors) == {"headcount"}
