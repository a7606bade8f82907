"""The 矛盾纠纷排查台账: its rules, the store's round trip, and an entry becoming a case."""

from __future__ import annotations

import datetime as dt

import pytest

from desk.domain.disputes import (
    BECAME_CASE,
    CLOSED,
    IN_HAND,
    MEASURES,
    RESOLVED,
    DisputeInput,
    person_name,
    to_registration,
    validate_dispute,
)
from desk.domain.errors import InvalidInput
from desk.domain.visit import VisitRules, validate_visit
from desk.registration import register_from_form
from desk.store.disputes import (
    AlreadyLinked,
    UnknownDispute,
    add_dispute,
    get_dispute,
    link_to_serial,
    link_to_visit,
    list_disputes,
    update_dispute,
)
from desk.store.station import active_categories
from tests.conftest import NOW, VALID_VISIT

TODAY = NOW.date()
ENTRY = {
    "found_on": "2026-11-20",
    "screening": "集中排查",
    "source": "网格员排查",
    "parties": "张𠇔、李四",
    "village": "东风村",
    "dispute_type": "土地权属",
    "summary": "两户因承包地边界发生争执，多次口角。\n张𠇔称李四越界耕种。",
    "risk": "高",
    "responsible": "王支书",
    "measures": [],
    "status": IN_HAND,
    "follow_up": "",
    "closed_on": "",
}


def entry(**changes) -> DisputeInput:
    return validate_dispute({**ENTRY, **changes}, today=TODAY)


def errors_of(**changes) -> dict[str, str]:
    with pytest.raises(InvalidInput) as caught:
        validate_dispute({**ENTRY, **changes}, today=TODAY)
    return caught.value.errors


# --- rules ----------------------------------------------------------------------------------


def test_a_valid_entry_is_cleaned_and_kept_whole() -> None:
    valid = entry(parties="  张𠇔、李四\u3000", village=" 东风村 ")
    assert valid.parties == "张𠇔、李四"
    assert valid.village == "东风村"
    assert valid.summary == ENTRY["summary"]
    assert valid.measures == ()
    assert valid.closed_on == ""


@pytest.mark.parametrize("field", ["parties", "village", "source", "summary", "responsible"])
def test_required_texts(field: str) -> None:
    assert errors_of(**{field: "  "})[field].startswith("请填写")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("screening", "", "请选择排查类型"),
        ("screening", "专项排查", "排查类型只能是：经常性排查、集中排查"),
        ("risk", "极高", "风险等级只能是：高、中、低"),
        ("dispute_type", "", "请选择纠纷类型"),
        ("dispute_type", "合同纠纷", "纠纷类型只能是"),
        ("status", "已办结", "办理状态只能是"),
        ("measures", ["调解", "诉讼"], "化解措施只能是"),
        ("measures", 5, "化解措施应为列表"),
        ("parties", "张三\n李四", "只能写一行"),
        ("summary", "情况\x07", "控制字符"),
        ("village", "村" * 31, "最多30个字"),
    ],
)
def test_wrong_values_are_named_in_chinese(field: str, value: object, message: str) -> None:
    assert message in errors_of(**{field: value})[field]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-20", "2026-11-20"),
        ("2026/3/5", "2026-03-05"),
        ("２０２６年３月５日", "2026-03-05"),
        (dt.date(2026, 1, 2), "2026-01-02"),
        (dt.datetime(2026, 1, 2, 8, 0), "2026-01-02"),
        (TODAY.isoformat(), TODAY.isoformat()),
    ],
)
def test_found_on_takes_the_usual_ways_of_writing_a_date(value: object, expected: str) -> None:
    assert entry(found_on=value).found_on == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "请填写排查日期"),
        ("11/20/2026", "应写成“年-月-日”"),
        ("2026-02-30", "不是日历上的日期"),
        ((TODAY + dt.timedelta(days=1)).isoformat(), "晚于今天"),
        ("1989-12-31", "早于1990年"),
    ],
)
def test_found_on_is_a_real_date_not_in_the_future(value: str, message: str) -> None:
    assert message in errors_of(found_on=value)["found_on"]


def test_measures_come_back_in_the_list_order_each_once() -> None:
    assert entry(measures=["救助", "调解", "救助"]).measures == ("调解", "救助")
    assert entry(measures="听证、会商").measures == ("会商", "听证")
    assert entry(measures=list(MEASURES)).measures == MEASURES


def test_resolved_needs_the_measures_taken() -> None:
    assert "须选择" in errors_of(status=RESOLVED)["measures"]
    assert entry(status=RESOLVED, measures=["调解"]).status == RESOLVED


def test_striking_off_needs_a_follow_up_visit_and_a_date() -> None:
    errors = errors_of(status=CLOSED, measures=["调解"])
    assert errors["follow_up"] == "销号前须回访，请填写回访情况"
    assert errors["closed_on"] == "请填写销号日期"
    closed = entry(
        status=CLOSED, measures=["调解"], follow_up="11月25日电话回访，双方满意", closed_on=TODAY
    )
    assert closed.closed_on == TODAY.isoformat()


def test_a_closing_date_belongs_only_to_a_struck_off_entry_and_follows_the_finding() -> None:
    assert "只在办理状态为“已销号”时" in errors_of(closed_on="2026-11-25")["closed_on"]
    assert (
        "早于排查日期"
        in (
            errors_of(status=CLOSED, measures=["调解"], follow_up="已回访", closed_on="2026-11-19")[
                "closed_on"
            ]
        )
    )
    future = (TODAY + dt.timedelta(days=1)).isoformat()
    assert (
        "晚于今天"
        in errors_of(status=CLOSED, measures=["调解"], follow_up="已回访", closed_on=future)[
            "closed_on"
        ]
    )


def test_became_a_case_is_only_for_a_linked_entry() -> None:
    assert "转为来访登记" in errors_of(status=BECAME_CASE)["status"]
    linked = validate_dispute({**ENTRY, "status": ""}, today=TODAY, linked=True)
    assert linked.status == BECAME_CASE
    with pytest.raises(InvalidInput) as caught:
        validate_dispute({**ENTRY, "status": CLOSED}, today=TODAY, linked=True)
    assert "已转为信访事项" in caught.value.errors["status"]


def test_a_missing_status_means_in_hand_and_unknown_fields_are_refused() -> None:
    raw = {key: value for key, value in ENTRY.items() if key != "status"}
    assert validate_dispute(raw, today=TODAY).status == IN_HAND
    assert errors_of(serial="x")["serial"] == "不认识的字段名"


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(InvalidInput) as caught:
        validate_dispute({}, today=TODAY)
    assert set(caught.value.errors) == {
        "found_on", "screening", "source", "parties", "village", "dispute_type", "summary",
        "risk", "responsible",
    }  # fmt: skip


def test_to_raw_validates_back_to_the_same_entry() -> None:
    closed = entry(status=CLOSED, measures=["会商", "调解"], follow_up="已回访", closed_on=TODAY)
    assert validate_dispute(closed.to_raw(), today=TODAY) == closed


# --- becoming a case ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("party", "name"),
    [
        ("张𠇔", "张𠇔"),
        ("欧阳建国", "欧阳建国"),
        ("李四（邻居）", "李四"),
        ("王五等12户", "王五"),
        ("阿依古丽·买买提", "阿依古丽·买买提"),
        ("张某", ""),
        ("李家", ""),
        ("三组村民", ""),
        ("东风建材公司", ""),
        ("张三丰收获", ""),
        ("Zhang San", ""),
    ],
)
def test_a_first_party_is_taken_as_the_visitor_only_when_it_reads_as_one_name(
    party: str, name: str
) -> None:
    assert person_name(party) == name


def test_to_registration_gives_what_the_form_starts_from() -> None:
    values = to_registration(entry(measures=["调解"]))
    assert values["visitor_name"] == "张𠇔"
    assert values["involved"] == "李四"
    assert values["village"] == "东风村"
    assert values["subject"] == "土地权属：两户因承包地边界发生争执，多次口角"
    assert values["request"] == ENTRY["summary"]
    assert values["facts"].startswith("2026-11-20集中排查中排查发现（线索来源：网格员排查）")
    assert "风险等级：高" in values["facts"] and "已采取的措施：调解" in values["facts"]


def test_to_registration_leaves_the_visitor_to_the_clerk_when_the_parties_are_not_a_name() -> None:
    values = to_registration(entry(parties="三组村民与东风建材公司", summary="噪声扰民" * 30))
    assert values["visitor_name"] == ""
    assert values["involved"] == "三组村民与东风建材公司"
    assert len(values["subject"]) == 60 and values["subject"].endswith("…")


def test_the_registration_values_pass_the_visit_rules_once_the_clerk_completes_them(db) -> None:
    values = to_registration(entry())
    completed = {
        **values,
        "id_number": VALID_VISIT["id_number"],
        "address": "东风村三组12号",
        "channel": "来访",
        "received_at": "2026-11-26 09:30",
        "kind": "申诉求决类",
        "category1": "自然资源",
        "category2": "土地征收",
    }
    visit = validate_visit(completed, VisitRules(categories=active_categories(db), now=NOW))
    assert visit.visitor_name == "张𠇔"


# --- store ----------------------------------------------------------------------------------


def test_add_get_and_list_round_trip_every_character(db, clerk) -> None:
    rare = entry(
        parties="𡈼𠇔、䶮堃（邻居）",
        summary="𠇔家与䶮家因宅基地争执。\n\t第二行",
        measures=["调解", "法律援助"],
    )
    added = add_dispute(db, rare, clerk=clerk, now=NOW)
    assert added.entry == rare
    assert added.clerk_name == clerk.name
    assert added.visit_id is None and added.visit_serial == ""
    assert len(added.uid) == 36
    assert get_dispute(db, added.id) == added
    assert list_disputes(db) == [added]
    stored = db.execute("SELECT measures, closed_on FROM disputes").fetchone()
    assert stored == ('["调解", "法律援助"]', None)


def test_list_is_newest_first_and_filters_by_status(db, clerk) -> None:
    older = add_dispute(db, entry(found_on="2026-10-01"), clerk=clerk, now=NOW)
    newer = add_dispute(db, entry(found_on="2026-11-21"), clerk=clerk, now=NOW)
    same_day = add_dispute(db, entry(found_on="2026-11-21"), clerk=clerk, now=NOW)
    resolved = add_dispute(
        db, entry(found_on="2026-09-01", status=RESOLVED, measures=["调解"]), clerk=clerk, now=NOW
    )
    assert [d.id for d in list_disputes(db)] == [same_day.id, newer.id, older.id, resolved.id]
    assert [d.id for d in list_disputes(db, status=RESOLVED)] == [resolved.id]
    assert list_disputes(db, status=CLOSED) == []
    with pytest.raises(ValueError, match="unknown status"):
        list_disputes(db, status="办结")


def test_update_changes_the_fields_and_the_time(db, clerk) -> None:
    added = add_dispute(db, entry(), clerk=clerk, now=NOW)
    later = NOW + dt.timedelta(days=2)
    closed = entry(status=CLOSED, measures=["调解"], follow_up="回访满意", closed_on=TODAY)
    updated = update_dispute(db, added.id, closed, now=later)
    assert updated.entry == closed
    assert updated.created_at == added.created_at
    assert updated.updated_at > added.updated_at
    assert get_dispute(db, added.id).entry.closed_on == TODAY.isoformat()


def test_unknown_entries_are_refused(db, clerk) -> None:
    with pytest.raises(UnknownDispute):
        get_dispute(db, 99)
    with pytest.raises(UnknownDispute):
        update_dispute(db, 99, entry(), now=NOW)


def test_the_store_refuses_to_set_became_a_case_by_hand(db, clerk) -> None:
    linked_entry = validate_dispute({**ENTRY, "status": BECAME_CASE}, today=TODAY, linked=True)
    with pytest.raises(InvalidInput):
        add_dispute(db, linked_entry, clerk=clerk, now=NOW)
    added = add_dispute(db, entry(), clerk=clerk, now=NOW)
    with pytest.raises(InvalidInput):
        update_dispute(db, added.id, linked_entry, now=NOW)
    assert get_dispute(db, added.id).entry.status == IN_HAND


def saved_visit(db, station, clerk, **changes):
    record = register_from_form(
        db, {**VALID_VISIT, **changes}, station=station, clerk=clerk, now=NOW
    )
    visit_id = db.execute("SELECT id FROM visits WHERE serial = ?", [record.serial]).fetchone()[0]
    return record, visit_id


def test_link_to_visit_marks_the_entry_as_a_case(db, station, clerk) -> None:
    added = add_dispute(db, entry(), clerk=clerk, now=NOW)
    record, visit_id = saved_visit(db, station, clerk)
    linked = link_to_visit(db, added.id, visit_id, now=NOW)
    assert linked.visit_id == visit_id
    assert linked.visit_serial == record.serial
    assert linked.entry.status == BECAME_CASE
    assert linked.linked
    assert link_to_visit(db, added.id, visit_id) == linked  # again: nothing changes
    assert [d.id for d in list_disputes(db, status=BECAME_CASE)] == [added.id]


def test_a_linked_entry_keeps_its_case(db, station, clerk) -> None:
    added = add_dispute(db, entry(), clerk=clerk, now=NOW)
    _, first = saved_visit(db, station, clerk)
    _, second = saved_visit(db, station, clerk, subject="另一件事")
    link_to_visit(db, added.id, first, now=NOW)
    with pytest.raises(AlreadyLinked, match="已转为信访事项"):
        link_to_visit(db, added.id, second, now=NOW)
    with pytest.raises(InvalidInput) as caught:
        update_dispute(db, added.id, entry(status=RESOLVED, measures=["调解"]), now=NOW)
    assert "已转为信访事项" in caught.value.errors["status"]
    # its other fields may still be corrected
    corrected = validate_dispute(
        {**ENTRY, "responsible": "李主任", "status": BECAME_CASE}, today=TODAY, linked=True
    )
    assert update_dispute(db, added.id, corrected, now=NOW).entry.responsible == "李主任"
    assert get_dispute(db, added.id).visit_id == first


def test_link_needs_an_existing_visit_and_entry(db, station, clerk) -> None:
    added = add_dispute(db, entry(), clerk=clerk, now=NOW)
    with pytest.raises(LookupError):
        link_to_visit(db, added.id, 12345)
    with pytest.raises(LookupError):
        link_to_serial(db, added.id, "410423203202-2026-99999")
    assert get_dispute(db, added.id).entry.status == IN_HAND
    record, _ = saved_visit(db, station, clerk)
    with pytest.raises(UnknownDispute):
        link_to_serial(db, 99, record.serial)


def test_link_by_serial(db, station, clerk) -> None:
    added = add_dispute(db, entry(), clerk=clerk, now=NOW)
    record, visit_id = saved_visit(db, station, clerk)
    assert link_to_serial(db, added.id, f" {record.serial} ", now=NOW).visit_id == visit_id
