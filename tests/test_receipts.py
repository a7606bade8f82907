"""Registration slips as the visitor holds them: what they say, and that it all fits."""

from __future__ import annotations

import datetime as dt

import pytest

from desk.domain.categories import bundled_default_document, parse_category_list
from desk.domain.receipt import Layout, receipt_content
from desk.domain.visit import VisitRecord, VisitRules, validate_visit
from desk.receipting import make_slip
from desk.receipts.slip import GEOMETRY, render_receipt
from desk.registration import register_from_form
from tests.conftest import NOW, VALID_VISIT
from tests.pdf_tools import (
    embedded_fonts,
    page_count,
    page_size,
    qr_codes,
    text_of,
    word_boxes,
)

RULES = VisitRules(categories=parse_category_list(bundled_default_document()), now=NOW)
MM = 72 / 25.4
LAYOUTS = list(Layout)


def slip(station, layout: Layout, *, reprint: int = 0, **changes: object) -> bytes:
    visit = validate_visit({**VALID_VISIT, **changes}, RULES)
    record = VisitRecord(
        serial="410423203202-2026-00007",
        station_code=station.code,
        station_name=station.name,
        clerk="wangfang",
        clerk_name="王芳",
        registered_at="2026-11-26T09:31:00+08:00",
        visit=visit,
        query_code="48392051",
    )
    content = receipt_content(
        record,
        station,
        query_code="48392051",
        report_by=dt.date(2026, 12, 3),
        reprint=reprint,
        printed_at=NOW,
    )
    return render_receipt(content, layout)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_slip_says_who_when_what_and_what_happens_next(station, layout) -> None:
    text = text_of(slip(station, layout, received_at="2026-11-26 09:30"))
    for expected in (
        "来访登记回执",
        "东风村群众工作站",
        "0375-6123456",
        "410423203202-2026-00007",
        "张𠇔",  # every character of the name, one outside the BMP included
        "110105********002X",  # first 6 and last 4 digits only
        "2026年11月26日09:30",  # received
        "2026年12月3日前",  # reported to the township by: the station's 7 days later
        "马庄乡自收到之日起15日内书面告知您是否受理",
        "60日内办结",
        "修路占用承包地补偿未到位",
        "自然资源/土地征收",
        "王芳",
        "48392051",
        "来访人签字",
        "工作站盖章",
    ):
        assert expected in text, expected
    assert "11010519491231002X" not in text
    assert "13937512345" not in text and "139****2345" in text


@pytest.mark.parametrize("layout", LAYOUTS)
def test_rare_characters_outside_the_bmp_print_from_the_fallback_faces(station, layout) -> None:
    pdf = slip(station, layout, visitor_name="𡈼𠇔䶮堃")
    assert "𡈼𠇔䶮堃" in text_of(pdf)
    fonts = embedded_fonts(pdf)
    assert all(embedded for _, embedded in fonts), fonts  # nothing left to the printer's fonts
    names = " ".join(name for name, _ in fonts)
    assert "HanaMinB" in names and "LXGWWenKai" in names and "WenQuanYiMicroHei" in names


def test_a_character_no_face_has_is_printed_as_its_code_point(station) -> None:
    text = text_of(slip(station, Layout.A5, visitor_name="张\U0003134a"))  # Extension G
    assert "张[U+3134A]" in text


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_accusation_slip_names_only_the_kind(station, layout) -> None:
    text = text_of(
        slip(
            station,
            layout,
            kind="检举控告类",
            category1="纪检监察",
            category2="违反廉洁纪律",
            subject="反映村主任李某截留补偿款",
            request="请求查处村主任李某",
        )
    )
    assert "检举控告类事项" in text
    for secret in ("李某", "截留", "纪检监察", "违反廉洁纪律", "查处"):
        assert secret not in text


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_long_request_is_shortened_and_nothing_leaves_the_page(station, layout) -> None:
    request = "施工单位占用我家承包地修路，" * 60 + "最后一句不应出现"
    pdf = slip(
        station,
        layout,
        request=request,
        subject="修路占地" * 14,
        headcount=12,
        representatives=[{"name": n} for n in ("欧阳建国", "司马秀英", "诸葛大力", "上官小红")],
    )
    text = text_of(pdf)
    assert "……" in text and "最后一句不应出现" not in text
    assert page_count(pdf) == 1
    width, height = page_size(pdf)
    margin = GEOMETRY[layout].margin
    for word in word_boxes(pdf):
        assert word.x_min >= margin - 1 and word.x_max <= width - margin + 11, word  # 11: a
        assert word.y_min >= margin - 1 and word.y_max <= height - margin + 1, word  # hung ，


def test_the_a5_slip_is_a5_and_the_roll_is_80_mm_wide_and_as_long_as_its_content(
    station,
) -> None:
    assert page_size(slip(station, Layout.A5)) == pytest.approx((148 * MM, 210 * MM), abs=0.5)
    short = page_size(slip(station, Layout.ROLL80, request="补偿。"))
    long = page_size(
        slip(station, Layout.ROLL80, request="占地补偿款至今未发放，" * 10, headcount=6)
    )
    assert short[0] == pytest.approx(80 * MM, abs=0.5) == long[0]
    assert long[1] > short[1] + 20 * MM / 3  # a few lines longer


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_qr_code_holds_the_serial_and_the_query_code(station, layout) -> None:
    assert qr_codes(slip(station, layout)) == ["XF:410423203202-2026-00007:48392051"]


def test_a_reprint_says_so_with_its_count(station) -> None:
    assert "补打" not in text_of(slip(station, Layout.A5))
    assert "补打（第2次）" in text_of(slip(station, Layout.A5, reprint=2))


def test_each_slip_that_goes_out_makes_the_next_a_numbered_reprint(db, station, clerk) -> None:
    from desk.receipting import hand_out

    record = register_from_form(db, VALID_VISIT, station=station, clerk=clerk, now=NOW)
    first = make_slip(db, record.serial, now=NOW)
    assert first.reprint == 0 and first.layout is Layout.A5  # the default setting
    assert make_slip(db, record.serial, now=NOW).reprint == 0  # a preview is not a print
    hand_out(db, first, clerk=clerk, destination="CUPS-PDF", now=NOW)
    second = make_slip(db, record.serial, now=NOW, layout=Layout.ROLL80)
    assert second.reprint == 1 and "补打（第1次）" in text_of(second.pdf)
    assert record.query_code in text_of(second.pdf).replace(" ", "")


def test_the_same_slip_gives_the_same_bytes(station) -> None:
    assert slip(station, Layout.A5) == slip(station, Layout.A5)


def test_the_slip_shows_the_query_code_of_the_visit(db, station, clerk) -> None:
    record = register_from_form(db, VALID_VISIT, station=station, clerk=clerk, now=NOW)
    assert len(record.query_code) == 8 and record.query_code.isdigit()
    code = f"{record.query_code[:4]}{record.query_code[4:]}"
    assert code in text_of(make_slip(db, record.serial, now=NOW).pdf)
    other = register_from_form(db, VALID_VISIT, station=station, clerk=clerk, now=NOW)
    assert other.query_code != record.query_code  # 1 in 10^8 to fail


def test_the_report_deadline_follows_the_station_setting(db, station, clerk) -> None:
    from desk.domain.settings import REPORT_DAYS
    from desk.store.station import set_setting

    record = register_from_form(
        db, {**VALID_VISIT, "received_at": "2026-11-26 09:30"}, station=station, clerk=clerk,
        now=NOW,
    )  # fmt: skip
    set_setting(db, REPORT_DAYS, 3)
    assert "2026年11月29日前" in text_of(make_slip(db, record.serial, now=NOW).pdf)
