"""`desk report` as an IT helper runs it: a real process on a real database file, the same
figures as worked out by hand in test_metrics, in each format."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk.domain.station import validate_new_clerk, validate_station
from desk.domain.workflow import Action
from desk.store import open_database
from desk.store.metrics import Period, figures
from desk.store.station import active_clerks, set_up_station
from tests.conftest import CLERK, NOW, STATION
from tests.test_cli import desk
from tests.test_metrics import LAND, OCTOBER, TODAY, WAGES, Desk, S, build_october
from tests.test_reports import layout_text

TOWNSHIP = {**STATION, "mode": "township", "code": "410423203000", "name": "马庄乡信访办"}
EAST, RED = STATION["code"], "410423203203"


@pytest.fixture
def october_file(station_file: Path) -> Path:
    """The hand-worked dataset of test_metrics in a station's database file."""
    db = open_database(station_file)
    build_october(Desk(db, validate_station(STATION), active_clerks(db)[0]))
    db.close()
    return station_file


@pytest.fixture
def township_file(tmp_path: Path) -> Path:
    return build_township(tmp_path / "township.sqlite3")


def build_township(path: Path) -> Path:
    """A township's database with two stations' October visits, named as their files name
    them."""
    db = open_database(path)
    clerk = set_up_station(db, validate_station(TOWNSHIP), validate_new_clerk(CLERK), NOW)
    build_october(Desk(db, validate_station(STATION), clerk))
    red = Desk(db, validate_station({**STATION, "code": RED, "name": "红旗村群众工作站"}), clerk)
    x = red.visit("2026-10-12 09:00", 30, headcount=5, village="红旗村", **LAND)
    red.step(x, Action.SETTLE, S, "2026-10-12", means="解释说明", visitor_view="满意")
    red.visit("2026-10-13 09:00", 31, village="红旗村", **WAGES)
    for code, name in ((EAST, STATION["name"]), (RED, "红旗村群众工作站")):  # as their files bring
        db.execute(
            "INSERT INTO sync_visit_origin (visit_id, station_name, clerk_login, clerk_name,"
            " received_version) SELECT id, ?, 'liu', '刘洋', 1 FROM visits WHERE station_code = ?",
            [name, code],
        )
    db.close()
    return path


def test_a_month_as_a_workbook_holds_the_hand_worked_figures(october_file, tmp_path) -> None:
    out = tmp_path / "十月.xlsx"
    result = desk("report", "--month", "2026-10", "--today", "2027-01-15", "--out", str(out),
                  db=october_file)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"已生成统计报表：{out}" in result.stdout
    assert "来访 9 件、17 人次，在办 7 件，其中超期 5 件" in result.stdout
    workbook = load_workbook(out)
    rates = [[c.value for c in row] for row in workbook["办理指标"].iter_rows(min_row=2, max_row=7)]
    assert rates == [
        ["受理率", 4, 5, 0.8],
        ["按期受理率", 4, 6, 4 / 6],
        ["办结率", 3, 8, 0.375],
        ["按期办结率", 1, 3, 1 / 3],
        ["息诉息访率", 1, 3, 1 / 3],
        ["满意率", 2, 3, 2 / 3],
    ]
    info = {row[0].value: row[1].value for row in workbook["报表信息"].iter_rows()}
    assert info["工作站"] == STATION["name"] and info["统计日"] == "2027-01-15"


def test_the_pdf_and_the_csv_say_the_same(october_file, tmp_path) -> None:
    pdf, table = tmp_path / "report.pdf", tmp_path / "report.csv"
    for path in (pdf, table):  # the format from the file's extension
        result = desk("report", "--from", "2026-10-01", "--to", "2026-10-31", "--today",
                      "2027-01-15", "--out", str(path), db=october_file)  # fmt: skip
        assert result.returncode == 0, result.stderr
    text = layout_text(pdf.read_bytes())
    assert text.startswith(f"{STATION['name']}2026年10月统计日2027-01-15")
    with open(table, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    acceptance = next(row for row in rows if row and row[0] == "受理率")
    assert acceptance == ["受理率", "4", "5", "80.0%"]
    assert "".join(acceptance) in text


def test_a_quarter_a_year_and_the_same_days_give_the_same_figures(october_file, tmp_path) -> None:
    def visits(*period: str) -> str:
        out = tmp_path / "r.csv"
        result = desk("report", *period, "--today", "2027-01-15", "--out", str(out),
                      db=october_file)  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()[1].split("：", 1)[1]

    quarter = visits("--quarter", "2026Q4")
    assert quarter == visits("--from", "2026-10-01", "--to", "2026-12-31")
    assert "来访 10 件" in quarter  # October 9, November 1
    assert "来访 14 件" in visits("--year", "2026")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ((), "请给出一个时段"),
        (("--month", "2026-10", "--year", "2026"), "请给出一个时段"),
        (("--from", "2026-10-01"), "--from 和 --to 要一起给出"),
        (("--from", "2026-10-31", "--to", "2026-10-01"), "结束日期不能早于开始日期"),
        (("--month", "2026-13"), "不是月份"),
        (("--quarter", "2026Q5"), "不是季度"),
        (("--from", "2026-02-30", "--to", "2026-03-01"), "不是“年-月-日”格式的日期"),
    ],
)
def test_a_wrong_period_is_refused_with_exit_status_2(station_file, arguments, message) -> None:
    result = desk("report", *arguments, db=station_file)
    assert result.returncode == 2
    assert message in result.stderr


def test_a_station_cannot_ask_for_another_station(station_file) -> None:
    result = desk("report", "--year", "2026", "--station", RED, db=station_file)
    assert result.returncode == 1
    assert "--station 只在乡镇使用" in result.stderr


def test_a_township_reports_one_station_by_its_name(township_file, tmp_path) -> None:
    out = tmp_path / "red.pdf"
    result = desk("report", "--month", "2026-10", "--today", "2027-01-15", "--station", RED,
                  "--out", str(out), db=township_file)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "红旗村群众工作站，2026年10月" in result.stdout and "来访 2 件" in result.stdout
    assert layout_text(out.read_bytes()).startswith("红旗村群众工作站2026年10月")
    unknown = desk("report", "--month", "2026-10", "--station", "410423203299",
                   "--out", str(out), db=township_file)  # fmt: skip
    assert unknown.returncode == 1 and "410423203299" in unknown.stderr


def test_a_township_report_of_all_has_each_station_by_name(township_file, tmp_path) -> None:
    out = tmp_path / "all.xlsx"
    result = desk("report", "--month", "2026-10", "--today", "2027-01-15", "--out", str(out),
                  db=township_file)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "马庄乡信访办，2026年10月" in result.stdout and "来访 11 件" in result.stdout
    sheet = load_workbook(out)["各站情况"]
    rows = [[c.value for c in row][:3] for row in sheet.iter_rows(min_row=2)]
    assert rows == [[EAST, STATION["name"], 9], [RED, "红旗村群众工作站", 2]]
    # The same as the figures computed in this process.
    db = open_database(township_file)
    expected = figures(db, OCTOBER, today=TODAY)
    db.close()
    assert [s.visits for s in expected.stations] == [9, 2]


def test_the_report_goes_into_the_audit_trail(october_file, tmp_path) -> None:
    out = tmp_path / "r.csv"
    assert desk("report", "--year", "2026", "--out", str(out), db=october_file).returncode == 0
    db = open_database(october_file)
    (detail,) = db.execute("SELECT detail FROM audit_log WHERE action = '导出'").fetchone()
    db.close()
    assert detail == f"统计报表{Period.year(2026).label}（CSV） → {out}"
