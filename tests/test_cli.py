"""The `desk` command as an IT helper runs it: a real process on a real database file."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk.store import open_database
from tests.conftest import CLERK, REPO, VALID_VISIT


def desk(
    *args: str, db: Path, stdin: str | None = None, password: str | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    if password is not None:
        environment["DESK_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "desk", "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=environment,
        timeout=120,
    )


def count_visits(path: Path) -> int:
    db = open_database(path)
    try:
        return db.execute("SELECT count(*) FROM visits").fetchone()[0]
    finally:
        db.close()


def write_json(tmp_path: Path, document: object) -> Path:
    path = tmp_path / "visits.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_help_lists_every_command(db_path) -> None:
    result = desk("--help", db=db_path)
    assert result.returncode == 0
    for command in ("gui", "demo", "add", "show", "categories"):
        assert command in result.stdout


def test_add_then_show_json_gives_back_exactly_what_was_added(tmp_path, station_file) -> None:
    second = {**VALID_VISIT, "visitor_name": "𡈼大山", "id_number": "440524188001010014",
              "visitor_sex": "男", "headcount": 6, "channel": "12345热线转办",
              "channel_ref": "GD202611260001", "representatives": [
                  {"name": "李𠇔", "id_number": "53010219200508011X", "phone": "13812345678"}],
              "facts": "第一行\n第二行", "leapfrog": True, "urgent": True}  # fmt: skip
    result = desk("add", str(write_json(tmp_path, [VALID_VISIT, second])), db=station_file)
    assert result.returncode == 0, result.stderr
    assert "410423203202-2026-00001" in result.stdout
    assert "410423203202-2026-00002" in result.stdout

    for serial, added in (("2026-00001", VALID_VISIT), ("2026-00002", second)):
        shown = desk(
            "--as", "wangfang", "show", f"410423203202-{serial}", "--json", db=station_file,
            password=CLERK["password"],
        )  # fmt: skip
        assert shown.returncode == 0, shown.stderr
        document = json.loads(shown.stdout)
        for field, value in added.items():
            if field == "representatives":
                value = [{"name": "李𠇔", "id_number": "53010219200508011X",
                          "phone": "13812345678"}]  # fmt: skip
            assert document[field] == value, field
        assert document["serial"] == f"410423203202-{serial}"
        assert document["clerk"] == "wangfang"
    anonymous = json.loads(
        desk("show", "410423203202-2026-00002", "--json", db=station_file).stdout
    )
    assert anonymous["collective"]
    assert anonymous["id_number"] == "440524********0014"  # without --as: masked


def test_add_reads_standard_input(station_file) -> None:
    result = desk("add", "-", db=station_file, stdin=json.dumps(VALID_VISIT, ensure_ascii=False))
    assert result.returncode == 0, result.stderr
    assert count_visits(station_file) == 1


INVALID = [
    ("id_number", {"id_number": "110105194912310021"}, "校验位"),
    ("id_number", {"id_number": "11010519490231002X"}, "出生日期"),
    ("phone", {"phone": "6123456"}, "区号"),
    ("phone", {"phone": "139375123456"}, "11位"),
    ("visitor_name", {"visitor_name": "  "}, "请填写姓名"),
    ("visitor_name", {"visitor_name": "张\x07三"}, "控制字符"),
    ("subject", {"subject": None}, "请填写事项标题"),
    ("kind", {"kind": "投诉类"}, "事项性质只能是"),
    ("category2", {"category2": "工资福利"}, "不属于"),
    ("channel_ref", {"channel": "领导批示"}, "批示文号"),
    ("received_at", {"received_at": "2099-01-01 08:00"}, "晚于现在"),
    ("received_at", {"received_at": "26/11/2026"}, "年-月-日"),
    ("visitor_sex", {"visitor_sex": "男"}, "与身份证号不符"),
    ("no_id_reason", {"id_type": "无证件", "id_number": ""}, "原因"),
    ("headcount", {"headcount": "很多"}, "整数"),
    ("representatives[1].phone", {"headcount": 3,
     "representatives": [{"name": "李四", "phone": "12"}]}, "第1位其他代表人"),
    ("leapfrog", {"leapfrog": "yes"}, "true 或 false"),
    ("serial", {"serial": "410423203202-2026-00009"}, "由系统生成"),
    ("visiter_name", {"visiter_name": "张三"}, "不认识的字段名"),
]  # fmt: skip


@pytest.mark.parametrize(("field", "change", "message"), INVALID, ids=[i[0] for i in INVALID])
def test_add_refuses_an_invalid_visit_and_saves_nothing(
    tmp_path, station_file, field, change, message
) -> None:
    bad = {**VALID_VISIT, **change}
    result = desk("add", str(write_json(tmp_path, [VALID_VISIT, bad])), db=station_file)
    assert result.returncode == 1
    assert "第2条" in result.stderr
    line = next(line for line in result.stderr.splitlines() if line.strip().startswith(field))
    assert message in line
    assert "一条都没有保存" in result.stderr
    assert count_visits(station_file) == 0


def test_add_refuses_what_is_not_json(tmp_path, station_file) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"visitor_name": "张三",', encoding="utf-8")
    result = desk("add", str(path), db=station_file)
    assert result.returncode == 1
    assert "不是合格的 JSON" in result.stderr
    assert count_visits(station_file) == 0


def test_add_on_a_database_without_a_station_says_what_to_do(tmp_path, db_path) -> None:
    missing = desk("add", str(write_json(tmp_path, VALID_VISIT)), db=db_path)
    assert missing.returncode == 3
    assert "数据库文件不存在" in missing.stderr
    assert not db_path.exists()  # a mistyped --db path leaves nothing behind
    open_database(db_path).close()
    result = desk("add", str(write_json(tmp_path, VALID_VISIT)), db=db_path)
    assert result.returncode == 3
    assert "还没有设置工作站" in result.stderr


def test_show_an_unknown_serial_exits_non_zero(station_file) -> None:
    result = desk("show", "410423203202-2026-09999", db=station_file)
    assert result.returncode == 1
    assert "没有登记编号" in result.stderr


def test_show_prints_a_readable_record_with_the_id_masked(tmp_path, station_file) -> None:
    desk("add", str(write_json(tmp_path, VALID_VISIT)), db=station_file)
    result = desk("show", "410423203202-2026-00001", db=station_file)
    assert result.returncode == 0
    assert "张𠇔" in result.stdout
    assert "110105********002X" in result.stdout
    assert "11010519491231002X" not in result.stdout


def test_demo_sets_up_a_station_on_a_new_database_and_says_so(db_path) -> None:
    result = desk("demo", "--visits", "300", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "演示工作站" in result.stdout and "demo" in result.stdout
    assert count_visits(db_path) == 300
    db = open_database(db_path)
    years = db.execute(
        "SELECT serial_year, count(*), max(serial_sequence) FROM visits GROUP BY serial_year"
    ).fetchall()
    db.close()
    assert len(years) >= 3  # spread over several years
    assert all(count == last for _, count, last in years)  # gapless within each year


def test_categories_can_be_replaced_by_a_township_file(tmp_path, station_file) -> None:
    document = {
        "format": "desk-categories/1",
        "version": "2027.1",
        "title": "某县信访事项分类",
        "categories": [
            {"name": "征地拆迁", "children": ["补偿"]},
            {"name": "其他", "children": []},
        ],
    }
    path = write_json(tmp_path, document)
    installed = desk("categories", "--install", str(path), db=station_file)
    assert installed.returncode == 0, installed.stderr
    assert "2027.1" in installed.stdout
    added = desk("add", str(write_json(tmp_path, VALID_VISIT)), db=station_file)
    assert added.returncode == 1 and "不在分类表（2027.1版）" in added.stderr
    bad = write_json(tmp_path, {**document, "categories": []})
    refused = desk("categories", "--install", str(bad), db=station_file)
    assert refused.returncode == 1 and "分类文件格式不对" in refused.stderr


def test_a_second_writer_is_refused_while_the_database_is_open(tmp_path, station_file) -> None:
    from desk.store import InstanceLock

    with InstanceLock(station_file):
        result = desk("add", str(write_json(tmp_path, VALID_VISIT)), db=station_file)
    assert result.returncode == 3
    assert "已被另一个信访接待台程序打开" in result.stderr
    assert count_visits(station_file) == 0


def test_a_file_that_is_not_a_database_is_refused_with_a_message(tmp_path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a text file, not a station database" * 100)
    result = desk("show", "410423203202-2026-00001", db=path)
    assert result.returncode == 3
    assert "无法读取数据库文件" in result.stderr
    assert "Traceback" not in result.stderr


def test_cases_lists_what_is_due_most_urgent_first(tmp_path, station_file) -> None:
    old = {**VALID_VISIT, "received_at": "2024-01-02 09:00", "subject": "老问题"}
    today = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    new = {**VALID_VISIT, "received_at": today, "subject": "新问题"}
    assert desk("add", str(write_json(tmp_path, [new, old])), db=station_file).returncode == 0
    everything = desk("cases", db=station_file)
    assert everything.returncode == 0, everything.stderr
    lines = everything.stdout.splitlines()
    assert "老问题" in lines[0] and "超期" in lines[0]  # the most urgent first
    assert "新问题" in lines[1] and "报送乡镇（本站）" in lines[1]
    assert lines[-1] == "未办结：2 件"
    due = desk("cases", "--due", db=station_file)
    assert due.stdout.splitlines()[-1] == "已超期或3日内到期：1 件"


def test_a_province_can_install_its_own_way_of_counting_days(tmp_path, station_file) -> None:
    from desk.domain.deadlines import bundled_rules_document

    rules = bundled_rules_document()
    rules["version"] = "2027.1"
    rules["counting"]["days"] = "working"
    shown = desk("deadlines", "--install", str(write_json(tmp_path, rules)), db=station_file)
    assert shown.returncode == 0, shown.stderr
    assert "2027.1" in shown.stdout and "按工作日计算" in shown.stdout
    broken = {**rules, "periods": {"handling": "sixty"}}
    refused = desk("deadlines", "--install", str(write_json(tmp_path, broken)), db=station_file)
    assert refused.returncode == 1
    assert "2027.1" in desk("deadlines", db=station_file).stdout  # unchanged


def test_an_accusation_shows_in_full_to_the_head_only(tmp_path, station_file) -> None:
    from desk.domain.station import validate_new_clerk
    from desk.store.accounts import create_clerk
    from desk.store.station import clerk_by_login

    db = open_database(station_file)
    head = clerk_by_login(db, "wangfang")
    new = {"clerk_name": "李明", "login": "liming", "password": "liming2026",
           "password_again": "liming2026"}  # fmt: skip
    create_clerk(db, validate_new_clerk(new, role="接待员"), by=head, now=dt.datetime.now())
    db.close()
    accusation = {**VALID_VISIT, "kind": "检举控告类", "subject": "反映村主任李某截留补偿款"}
    added = desk("add", "--clerk", "liming", str(write_json(tmp_path, accusation)), db=station_file)
    assert added.returncode == 0, added.stderr
    serial = "410423203202-2026-00001"
    as_head = desk("--as", "wangfang", "show", serial, db=station_file, password=CLERK["password"])
    assert "李某" in as_head.stdout and "11010519491231002X" in as_head.stdout
    as_clerk = desk("--as", "liming", "show", serial, db=station_file, password="liming2026")
    assert as_clerk.returncode == 0, as_clerk.stderr
    assert "李某" not in as_clerk.stdout and "仅站长可见" in as_clerk.stdout
    assert "11010519491231002X" in as_clerk.stdout  # the clerk who received it
    anonymous_show = desk("show", serial, db=station_file)
    assert "11010519491231002X" not in anonymous_show.stdout and "李某" not in anonymous_show.stdout
    anonymous = desk("search", "李某", db=station_file)
    assert "李某" not in anonymous.stdout.split("找到")[1]
    wrong = desk("--as", "wangfang", "show", serial, db=station_file, password="guess")
    assert wrong.returncode == 1 and "密码不对" in wrong.stderr
    audit = desk("audit", "verify", db=station_file)
    assert audit.returncode == 0 and "完整" in audit.stdout
