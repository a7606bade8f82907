"""The report in three formats: the PDF's text, the workbook's cells and the CSV's rows carry
the figures they were made from, and agree with each other (on the dataset of test_metrics,
with a second station's visits as a township's database holds them)."""

from __future__ import annotations

import csv
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk.domain.station import validate_station
from desk.domain.workflow import Action
from desk.reports import ReportFormat, report_csv, report_pdf, report_xlsx, write_report
from desk.reports.tables import report_tables
from desk.store.metrics import RATE_DEFINITIONS, Figures, Period, figures
from tests.conftest import STATION
from tests.pdf_tools import embedded_fonts, page_count, text_of
from tests.test_metrics import LAND, OCTOBER, TODAY, Desk, S, desk, october  # noqa: F401

# The dataset is test_metrics' (its fixtures `desk` and `october` are imported above).
STATION_NAME = "东风村群众工作站"
SECOND_STATION = "410423203203"
SECOND_NAME = "红旗村群众工作站"
PAGE_IMAGE = Path("/tmp/report-page1.png")


@pytest.fixture
def township(db, clerk, october) -> Figures:  # noqa: F811
    """October's figures, with two visits of a second station, one of a rare-named village."""
    other = validate_station({**STATION, "code": SECOND_STATION, "name": SECOND_NAME})
    second = Desk(db, other, clerk)
    x = second.visit("2026-10-12 09:00", 30, headcount=5, village="𠇔庄村", **LAND)
    second.step(x, Action.SETTLE, S, "2026-10-12", means="解释说明", visitor_view="满意")
    y = second.visit("2026-10-13 09:00", 31, village="红旗村", **LAND)
    # The station's name, as its sync file brings it with each visit.
    db.execute(
        "INSERT INTO sync_visit_origin (visit_id, station_name, clerk_login, clerk_name,"
        " received_version) SELECT id, ?, 'liu', '刘洋', 1 FROM visits WHERE serial = ?",
        [SECOND_NAME, y],
    )
    return figures(db, OCTOBER, today=TODAY)


@dataclass(frozen=True)
class Outputs:
    figures: Figures
    pdf: bytes
    pdf_text: str  # as laid out, top to bottom, page after page, without white space
    sheets: dict[str, list[tuple]]  # sheet name: rows of (value, number format) pairs
    csv_sections: dict[str, list[list[str]]]


@pytest.fixture
def outputs(township: Figures, tmp_path: Path) -> Outputs:
    pdf = report_pdf(township, station_name=STATION_NAME, period_label=township.period.label)
    report_xlsx(township, tmp_path / "report.xlsx", station_name=STATION_NAME)
    report_csv(township, tmp_path / "report.csv", station_name=STATION_NAME)
    workbook = load_workbook(tmp_path / "report.xlsx")
    sheets = {
        sheet.title: [tuple((c.value, c.number_format) for c in row) for row in sheet.iter_rows()]
        for sheet in workbook.worksheets
    }
    csv_sections = _csv_sections(tmp_path / "report.csv")
    return Outputs(township, pdf, layout_text(pdf), sheets, csv_sections)


def layout_text(pdf: bytes, page: int | None = None) -> str:
    """The text as laid out on the page, lines top to bottom, without white space.
    (pdftotext's reading order, as in pdf_tools.text_of, may merge a chart's axis labels into
    the line of the table below it; the layout keeps each row on its line.)"""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(pdf)
        file.flush()
        result = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", *pages, file.name, "-"],
            capture_output=True, check=True,
        )  # fmt: skip
    return re.sub(r"\s+", "", result.stdout.decode("utf-8"))


def _csv_sections(path: Path) -> dict[str, list[list[str]]]:
    sections: dict[str, list[list[str]]] = {"": []}
    current = ""
    with open(path, encoding="utf-8-sig", newline="") as file:
        for row in csv.reader(file):
            if len(row) == 1 and row[0].startswith("【"):
                current = row[0].strip("【】")
                sections[current] = []
            elif row:
                sections[current].append(row)
    return sections


def shown(value: object, number_format: str) -> str:
    """A workbook cell as the PDF prints it."""
    if value is None:
        return ""
    number = isinstance(value, int | float)
    if number and "%" in number_format:  # (a share of 0 reads back as the integer 0)
        signed = number_format.startswith("+")
        return f"{value * 100:+.1f}%" if signed else f"{value * 100:.1f}%"
    if number and number_format.startswith("+"):
        return f"{value:+d}" if value else "0"
    return str(value)


def table_rows(outputs: Outputs, sheet: str) -> list[tuple]:
    """The sheet's table: its values, without the headings and the note."""
    return [tuple(v for v, _ in row) for row in outputs.sheets[sheet][1:] if row[0][0] and not
            str(row[0][0]).startswith("注：")]  # fmt: skip


# --- the workbook against the figures ------------------------------------------------------


def test_the_workbook_holds_the_figures_as_numbers(outputs: Outputs) -> None:
    f = outputs.figures
    assert table_rows(outputs, "概况") == [
        ("来访", f.visits, f.people),
        ("集体访", f.collective.visits, f.collective.people),
        ("重复访", f.repeat.visits, f.repeat.people),
        ("越级访", f.leapfrog.visits, f.leapfrog.people),
        ("在办", f.open_cases, None),
        ("其中超期", f.overdue_cases, None),
    ]
    assert table_rows(outputs, "概况")[0] == ("来访", 11, 23)  # as worked out in test_metrics
    assert table_rows(outputs, "办理指标") == [
        (d.name, rate.numerator, rate.denominator, rate.value if rate.value is not None else "—")
        for d, rate in f.rates.items()
    ]
    formats = [row[3][1] for row in outputs.sheets["办理指标"][1:7]]
    assert formats == ["0.0%"] * 6  # numbers, shown as percentages
    assert table_rows(outputs, "来源渠道") == [
        (t.label, t.visits, t.people, t.visits / f.visits) for t in f.by_channel
    ]
    assert table_rows(outputs, "村（社区）") == [
        (t.label, t.visits, t.people, t.visits / f.visits) for t in f.by_village
    ]
    assert ("𠇔庄村", 1, 5, 1 / 11) in table_rows(outputs, "村（社区）")
    assert table_rows(outputs, "月度趋势")[-2:] == [("2026年9月", 4), ("2026年10月", 11)]
    assert table_rows(outputs, "主要问题及变化") == [
        (c.category, c.visits, c.previous_visits, c.change,
         c.change_ratio if c.change_ratio is not None else "—")
        for c in f.top_categories
    ]  # fmt: skip
    assert table_rows(outputs, "在办（按包案领导）") == [
        (b.label, b.open, b.overdue) for b in f.open_by_leader
    ]
    assert table_rows(outputs, "各站情况") == [
        (s.station_code, s.name, s.visits, s.people, s.collective, s.repeat, s.leapfrog, s.open,
         s.overdue)
        for s in f.stations
    ]  # fmt: skip
    # Each station by its name: this computer's own, and the other's as its files named it.
    assert [s.name for s in f.stations] == [STATION_NAME, SECOND_NAME]
    assert [row[0] for row in table_rows(outputs, "口径说明")] == [d.name for d in RATE_DEFINITIONS]
    info = {row[0][0]: row[1][0] for row in outputs.sheets["报表信息"]}
    assert info["工作站"] == STATION_NAME and info["统计期间"] == "2026年10月"
    assert info["统计日"] == "2027-01-15" and info["起止日期"] == "2026-10-01至2026-10-31"


def test_one_sheet_per_table_in_the_order_of_the_report(outputs: Outputs) -> None:
    titles = [table.title for table in report_tables(outputs.figures)]
    assert list(outputs.sheets) == ["报表信息", *titles]
    assert "各站办理指标" in titles  # a township's database: the stations' tables are there


# --- the PDF and the CSV against the workbook ------------------------------------------


def test_the_pdf_prints_every_row_of_every_sheet(outputs: Outputs) -> None:
    text = outputs.pdf_text
    for sheet, rows in outputs.sheets.items():
        if sheet in ("报表信息", "口径说明"):
            continue
        headings = "".join(shown(v, f) for v, f in rows[0])
        assert headings in text, sheet
        at = text.index(headings)
        for row in rows[1:]:
            line = "".join(shown(v, f) for v, f in row)
            assert line in text[at:], (sheet, line)
            at = text.index(line, at)  # row after row, in the sheet's order


def test_the_pdf_states_each_definition(outputs: Outputs) -> None:
    text = outputs.pdf_text
    for definition in RATE_DEFINITIONS:
        for words in (definition.numerator, definition.denominator, definition.note):
            assert re.sub(r"\s+", "", words) in text


def test_the_csv_has_the_sheets_rows_as_the_pdf_prints_them(outputs: Outputs) -> None:
    for sheet, rows in outputs.sheets.items():
        if sheet == "报表信息":
            assert outputs.csv_sections[""] == [[str(v) for v, _ in row] for row in rows]
            continue
        expected = [_trimmed([shown(v, f) for v, f in row]) for row in rows]
        written = [_trimmed(row) for row in outputs.csv_sections[sheet]]
        assert written == [row for row in expected if row], sheet


def test_the_screen_the_pdf_and_the_workbook_agree(
    desk_app, qtbot, db, worker, station, clerk, outputs: Outputs
) -> None:
    """One test reads all three for the same period: every table of the 统计 page, cell by
    cell, is the workbook's sheet as the PDF prints it, and the PDF prints those rows."""
    from tests.test_ui_statistics import choose_month, open_statistics_page, texts

    page = open_statistics_page(qtbot, worker, db, station, clerk, today=TODAY)
    choose_month(qtbot, page, worker, 2026, 10)
    assert page.shown.figures == outputs.figures  # the same figures, computed on the worker
    titles = {table.title: table.key for table in report_tables(outputs.figures)}
    on_screen = 0
    for sheet, rows in outputs.sheets.items():
        if sheet in ("报表信息", "口径说明"):  # the header; the definitions are the ⓘ buttons
            continue
        expected = [[shown(v, f) for v, f in row] for row in rows if row[0][0] is not None
                    and not str(row[0][0]).startswith("注：")]  # fmt: skip
        screen = [row[: len(expected[0])] for row in texts(page, titles[sheet])]
        assert screen == expected, sheet
        at = 0
        for line in ("".join(row) for row in screen):
            assert line in outputs.pdf_text[at:], (sheet, line)
            at = outputs.pdf_text.index(line, at)
        on_screen += 1
    assert on_screen == len(outputs.sheets) - 2 == 14  # stations and their rates included
    assert [row[1] for row in texts(page, "stations")[1:]] == [STATION_NAME, SECOND_NAME]


def _trimmed(row: list[str]) -> list[str]:
    while row and not row[-1]:
        row = row[:-1]
    return row


# --- the PDF itself ------------------------------------------------------------------------


def page_text(pdf: bytes, page: int) -> str:
    return layout_text(pdf, page)


def test_every_page_has_the_station_the_period_and_its_number(outputs: Outputs) -> None:
    pages = page_count(outputs.pdf)
    assert pages >= 3
    for number in range(1, pages + 1):
        text = page_text(outputs.pdf, number)
        assert text.startswith(f"{STATION_NAME}2026年10月统计日2027-01-15"), number
        assert text.endswith(f"第{number}页共{pages}页"), number
    first = page_text(outputs.pdf, 1)
    assert f"{STATION_NAME}信访工作统计报表" in first
    assert "统计期间：2026年10月（2026-10-01至2026-10-31）" in first


def test_fonts_are_embedded_and_nothing_is_in_helvetica(outputs: Outputs) -> None:
    fonts = embedded_fonts(outputs.pdf)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert not [name for name, _ in fonts if "Helvetica" in name or "Times" in name]
    assert "𠇔庄村" in outputs.pdf_text  # the rare character through the fallback face


def test_the_same_figures_give_the_same_bytes(outputs: Outputs) -> None:
    again = report_pdf(
        outputs.figures, station_name=STATION_NAME, period_label=outputs.figures.period.label
    )
    assert again == outputs.pdf


def test_the_first_page_as_a_picture(outputs: Outputs, tmp_path: Path) -> None:
    """/tmp/report-page1.png, for a person to look at (pdftoppm at 60 dpi)."""
    source = tmp_path / "report.pdf"
    source.write_bytes(outputs.pdf)
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", source,
         PAGE_IMAGE.with_suffix("")],
        check=True,
    )  # fmt: skip
    assert PAGE_IMAGE.read_bytes().startswith(b"\x89PNG")


# --- writing files -------------------------------------------------------------------------


def test_an_empty_period_still_makes_a_report(db, clerk, tmp_path: Path) -> None:
    empty = figures(db, Period.year(2020), today=TODAY)
    pdf = report_pdf(empty, station_name=STATION_NAME, period_label="2020年")
    assert "本期无数据" in text_of(pdf)
    assert all(embedded for _, embedded in embedded_fonts(pdf))
    report_xlsx(empty, tmp_path / "empty.xlsx")
    sheet = load_workbook(tmp_path / "empty.xlsx")["办理指标"]
    assert [c.value for c in next(sheet.iter_rows(min_row=2))] == ["受理率", 0, 0, "—"]


@pytest.mark.parametrize("report_format", list(ReportFormat))
def test_reports_are_written_whole_or_not_at_all(
    outputs: Outputs, tmp_path: Path, report_format: ReportFormat
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / f"report.{report_format}"
    write_report(outputs.figures, path, report_format, station_name=STATION_NAME)
    assert [p.name for p in folder.iterdir()] == [path.name]  # no temporary file left
    if report_format is ReportFormat.PDF:
        assert path.read_bytes() == outputs.pdf
    with pytest.raises(FileNotFoundError):
        write_report(outputs.figures, tmp_path / "missing" / path.name, report_format,
                     station_name=STATION_NAME)  # fmt: skip
