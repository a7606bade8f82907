"""The 台账's search: every kind of query a clerk types, the filters, paging, and the exports."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.domain.search_query import parse_query
from desk.ledger_export import ExportFormat, export_ledger
from desk.registration import register_from_form
from desk.store.ledger import Filters, Order, Search, anchors, count, page, same_person
from tests.conftest import NOW, VALID_VISIT

PEOPLE = [
    {"visitor_name": "张三", "id_number": "11010519491231002X", "phone": "13937512345",
     "subject": "修路占用承包地补偿未到位", "request": "要求按标准发放占地补偿款。"},
    {"visitor_name": "曾小红", "id_number": "440524188001010014", "visitor_sex": "男",
     "phone": "0375-6123456", "village": "红旗村", "subject": "养殖场污水直排河道",
     "request": "三组12号旁边的养殖场污水直排。", "category1": "生态环境", "category2": "水污染",
     "kind": "建议意见类", "channel": "电话", "repeat": True},
    {"visitor_name": "𡈼大山", "id_number": "53010219200508011X", "visitor_sex": "男",
     "phone": "13812345678", "subject": "宅基地边界纠纷", "request": "邻居砌墙占了通道，要求调解。",
     "category1": "政法", "category2": "邻里纠纷", "received_at": "2025-06-01 10:00",
     "headcount": 6, "representatives": [{"name": "欧阳修"}, {"name": "李四"}]},
    {"visitor_name": "张三丰", "id_type": "无证件", "id_number": "", "no_id_reason": "不愿提供",
     "phone": "", "subject": "反映 100% 的\"补贴\"_未发 * NEAR", "request": "G107国道噪声扰民。",
     "category1": "其他", "category2": "", "received_at": "2024-12-31 16:00"},
]  # fmt: skip


@pytest.fixture
def ledger(db, station, clerk) -> dict[str, str]:
    """Four visits; their serials by visitor name."""
    serials = {}
    for person in PEOPLE:
        record = register_from_form(
            db, {**VALID_VISIT, **person}, station=station, clerk=clerk, now=NOW
        )
        serials[person["visitor_name"]] = record.serial
    return serials


def names(db, text: str, **filters: object) -> list[str]:
    search = Search(parse_query(text), Filters(**filters))
    found = [row.visitor_name for row in page(db, search)]
    assert count(db, search) == len(found)
    return sorted(found)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("11010519491231002x", ["张三"]),  # a full ID number, as typed
        ("002X", ["张三"]),  # its last 4
        ("231002", []),  # 6 digits that are not the last 6
        ("31002x", ["张三"]),  # the last 6
        ("0014", ["曾小红"]),
        ("13937512345", ["张三"]),  # a full mobile
        ("2345", ["张三"]),  # its last 4 (also an ID tail: none ends so)
        ("6123456", ["曾小红"]),  # a landline without its area code
        ("0375-6123456", ["曾小红"]),
        ("张", ["张三", "张三丰"]),  # a name's start
        ("张三", ["张三", "张三丰"]),
        ("zs", ["张三", "张三丰"]),  # pinyin initials
        ("zhangsan", ["张三", "张三丰"]),  # full pinyin
        ("zhang san f", ["张三丰"]),
        ("zxh", ["曾小红"]),  # 曾 read as a surname: zeng, not ceng
        ("zengxiao", ["曾小红"]),
        ("𡈼大", ["𡈼大山"]),  # rare characters
        ("欧阳", ["𡈼大山"]),  # a representative's name
        ("补偿", ["张三"]),  # two characters of the subject or the request
        ("占地补偿款", ["张三"]),
        ("承包地补", ["张三"]),
        ("3组12号", []),  # not a substring: the text says 三组12号
        ("三组12号", ["曾小红"]),
        ("g107国道", ["张三丰"]),  # mixed scripts, any case
        ("邻居砌墙", ["𡈼大山"]),
        ("砌墙占地", []),  # both words occur, but not as this substring
    ],
)
def test_every_kind_of_query_finds_its_visits(db, ledger, query, expected) -> None:
    assert names(db, query) == expected


def test_a_serial_or_its_tail_finds_the_visit(db, ledger) -> None:
    serial = ledger["曾小红"]
    year_and_number = serial[13:]  # e.g. 2026-00002
    assert names(db, serial) == ["曾小红"]
    assert names(db, year_and_number) == ["曾小红"]
    assert "曾小红" in names(db, serial[-5:])


@pytest.mark.parametrize(
    "query",
    ['"', "'", "*", "NEAR", "-", "%", "_", '"补贴"', "100%", "_未", "NEAR(a b)", "a OR b",
     "' OR 1=1 --", "); DROP TABLE visits; --", "[", "?", "\\", "^", "张*", "AND", "(补贴"],
)  # fmt: skip
def test_sql_and_fts_syntax_is_searched_as_plain_text(db, ledger, query) -> None:
    names(db, query)  # never raises
    assert count(db, Search(parse_query(""))) == 4


def test_symbols_in_the_text_are_found_as_typed(db, ledger) -> None:
    assert names(db, "100%的") == ["张三丰"]
    assert names(db, '"补贴"') == ["张三丰"]
    assert names(db, "补贴_未发") == ["张三丰"]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=30))
def test_no_query_ever_raises(db, ledger, text) -> None:
    search = Search(parse_query(text))
    assert len(page(db, search)) == count(db, search)


def test_filters(db, ledger) -> None:
    assert names(db, "", category1="生态环境") == ["曾小红"]
    assert names(db, "", kind="建议意见类", channel="电话") == ["曾小红"]
    assert names(db, "", village="红旗村") == ["曾小红"]
    assert names(db, "", repeat=True) == ["曾小红"]
    assert names(db, "", collective=True) == ["𡈼大山"]
    assert names(db, "张", received_from=dt.date(2025, 1, 1)) == ["张三"]
    assert names(
        db, "", received_from=dt.date(2024, 12, 31), received_to=dt.date(2024, 12, 31)
    ) == ["张三丰"]


def test_pages_follow_one_another_in_every_order_without_gaps(db, station, clerk) -> None:
    for number in range(57):
        register_from_form(
            db,
            {**VALID_VISIT, "visitor_name": f"王{'伟芳娜敏静'[number % 5]}{number}",
             "received_at": f"2026-0{1 + number % 9}-1{number % 10} 09:00"},
            station=station, clerk=clerk, now=NOW,
        )  # fmt: skip
    for order in Order:
        for descending in (True, False):
            search = Search(parse_query("王"), order=order, descending=descending)
            seen, rows = [], page(db, search, size=10)
            while rows:
                seen += rows
                rows = page(db, search, after=rows[-1].key(order), size=10)
            assert len(seen) == len({row.id for row in seen}) == 57
            keys = [row.key(order) for row in seen]
            assert keys == sorted(keys, reverse=descending)
            starts = anchors(db, search, size=10)
            assert len(starts) == 6
            assert page(db, search, starting_at=starts[3], size=10) == seen[30:40]


def test_all_visits_of_one_person(db, ledger, station, clerk) -> None:
    again = register_from_form(
        db, {**VALID_VISIT, "visitor_name": "张三", "id_number": "", "id_type": "无证件",
             "no_id_reason": "不愿提供", "phone": "13937512345"},
        station=station, clerk=clerk, now=NOW,
    )  # fmt: skip
    first = page(db, Search(parse_query(ledger["张三"])))[0]
    person = same_person(db, first.id)
    assert {row.serial for row in person} == {ledger["张三"], again.serial}


@pytest.mark.parametrize("export_format", list(ExportFormat))
def test_the_ledger_exports_what_the_table_shows_with_ids_and_phones_masked(
    db, ledger, tmp_path, export_format
) -> None:
    path = tmp_path / f"台账.{export_format.value}"
    done = []
    written = export_ledger(
        db, Search(parse_query("张")), path, export_format, lambda *a: done.append(a)
    )
    assert written == 2 and done[-1] == (2, 2)
    if export_format is ExportFormat.CSV:
        with open(path, encoding="utf-8-sig", newline="") as file:
            rows = list(csv.reader(file))
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(path).active
        rows = [[c if c is not None else "" for c in r] for r in sheet.iter_rows(values_only=True)]
    assert rows[0][:3] == ["登记编号", "接待时间", "姓名"]
    by_name = {row[2]: row for row in rows[1:]}
    assert set(by_name) == {"张三", "张三丰"}
    assert by_name["张三"][3] == "110105********002X"
    assert by_name["张三"][4] == "139****2345"
    assert "11010519491231002X" not in path.read_bytes().decode("utf-8", "ignore")
    assert not list(tmp_path.glob(".*.part"))


def test_filters_by_the_state_of_the_case_and_overdue(db, ledger, clerk) -> None:
    from desk.domain.workflow import Action, Level
    from desk.store.cases import record_step
    from desk.store.ledger import CLOSED, OPEN

    record_step(
        db, ledger["张三"], action=Action.SETTLE, level=Level.STATION,
        data={"means": "调解", "visitor_view": "满意"}, clerk=clerk, now=NOW,
    )  # fmt: skip
    assert names(db, "", state="已就地化解") == ["张三"]
    assert names(db, "", state=CLOSED) == ["张三"]
    assert names(db, "", state=OPEN) == ["张三丰", "曾小红", "𡈼大山"]
    # reported within 7 days of reception: 2024-12-31 and 2025-06-01 are long past
    assert names(db, "", overdue_on=dt.date(2026, 1, 1)) == ["张三丰", "𡈼大山"]
    assert names(db, "张", state=OPEN) == ["张三丰"]
