"""The township's notices as the petitioner holds them: what they say, what they never say, and
that a long one flows onto numbered pages inside the margins."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import tempfile
from collections.abc import Mapping
from typing import Any

import pytest

from desk.domain.categories import bundled_default_document, parse_category_list
from desk.domain.deadlines import default_deadline_rules
from desk.domain.notices import (
    NoticeContent,
    NoticeKind,
    document_number_line,
    notice_content,
    notice_kind_for,
)
from desk.domain.visit import VisitRecord, VisitRules, validate_visit
from desk.domain.workflow import ANSWER_OUTCOMES, REVIEW_OUTCOMES, Action
from desk.receipts.notice import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, render_notice
from tests.conftest import NOW, VALID_VISIT
from tests.pdf_tools import embedded_fonts, page_count, page_size, text_of, word_boxes

RULES = VisitRules(categories=parse_category_list(bundled_default_document()), now=NOW)
SERIAL = "410423203202-2026-00007"
TODAY = dt.date(2026, 12, 20)
MM = 72 / 25.4

# What each action recorded, as workflow.check_data leaves it.
EVENT_DATA: dict[NoticeKind, dict[str, Any]] = {
    NoticeKind.ACCEPTANCE: {"notice_on": "2026-12-01", "office": "马庄乡自然资源所"},
    NoticeKind.NON_ACCEPTANCE: {
        "ground": "您反映的补偿争议已由人民法院立案受理，正处于诉讼程序中",
        "procedure": "诉讼",
        "notice_on": "2026-12-02",
    },
    NoticeKind.NO_LONGER_ACCEPTED: {
        "ground": "该事项已经复核终结，您以同一事实和理由再次提出",
        "notice_on": "2026-12-03",
    },
    NoticeKind.EXTENSION: {
        "days": 20,
        "reason": "涉及多个部门，需进一步核实补偿标准",
        "notice_on": "2027-01-20",
    },
    NoticeKind.HANDLING_OPINION: {"outcome": "部分支持", "opinion_on": "2027-01-25"},
    NoticeKind.REVIEW_OPINION: {"outcome": "维持", "opinion_on": "2027-03-01"},
    NoticeKind.RECHECK_OPINION: {"outcome": "撤销", "opinion_on": "2027-04-01"},
}

# (the decision, the dates printed, where the petitioner may turn next)
EXPECTED: dict[NoticeKind, tuple[str, ...]] = {
    NoticeKind.ACCEPTANCE: (
        "本机关决定予以受理，由马庄乡自然资源所具体承办",
        "第二十三条",
        "60日内办结",
        "2026年12月1日",
    ),
    NoticeKind.NON_ACCEPTANCE: (
        "正处于诉讼程序中。",
        "第三十一条",
        "本机关决定对该信访事项不予受理",
        "向有管辖权的人民法院提起诉讼",
        "2026年12月2日",
    ),
    NoticeKind.NO_LONGER_ACCEPTED: (
        "该事项已经复核终结",
        "本机关决定对该信访事项不再受理",
        "2026年12月3日",
    ),
    NoticeKind.EXTENSION: (
        "涉及多个部门，需进一步核实补偿标准。",
        "办理期限延长20日",
        "2027年1月20日",
    ),
    NoticeKind.HANDLING_OPINION: (
        "部分予以支持",
        "对符合规定的部分，本机关予以支持",
        "自收到本意见书之日起30日内，向马庄乡人民政府的上一级机关请求复查",
        "2027年1月25日",
    ),
    NoticeKind.REVIEW_OPINION: (
        "维持原信访处理意见",
        "自收到本复查意见书之日起30日内，向马庄乡人民政府的上一级机关请求复核",
        "2027年3月1日",
    ),
    NoticeKind.RECHECK_OPINION: (
        "撤销原复查意见",
        "本复核意见为终结意见",
        "2027年4月1日",
    ),
}


def record(**changes: object) -> VisitRecord:
    return VisitRecord(
        serial=SERIAL,
        station_code="410423203202",
        station_name="东风村群众工作站",
        clerk="wangfang",
        clerk_name="王芳",
        registered_at="2026-11-26T09:31:00+08:00",
        visit=validate_visit({**VALID_VISIT, **changes}, RULES),
        query_code="48392051",
    )


def content(
    kind: NoticeKind,
    /,  # so that a change to the visit's own `kind` can be passed too
    *,
    event_data: Mapping[str, Any] | None = None,
    document_number: str = "12",
    **changes: object,
) -> NoticeContent:
    return notice_content(
        kind,
        record=record(**changes),
        event_data=EVENT_DATA[kind] if event_data is None else event_data,
        issuing_organ="马庄乡人民政府",
        township="马庄乡",
        document_number=document_number,
        today=TODAY,
    )


def notice(kind: NoticeKind, /, **changes: object) -> bytes:
    return render_notice(content(kind, **changes))


def page_text(pdf: bytes, page: int) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(pdf)
        file.flush()
        result = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", file.name, "-"],
            capture_output=True,
            check=True,
        )
    return "".join(result.stdout.decode("utf-8").split())


# --- which action gives which notice --------------------------------------------------------


def test_each_deciding_action_gives_its_notice_and_the_others_none() -> None:
    assert {action: notice_kind_for(action) for action in Action if notice_kind_for(action)} == {
        Action.ACCEPT: NoticeKind.ACCEPTANCE,
        Action.NOT_ACCEPT: NoticeKind.NON_ACCEPTANCE,
        Action.NO_LONGER_ACCEPT: NoticeKind.NO_LONGER_ACCEPTED,
        Action.EXTEND: NoticeKind.EXTENSION,
        Action.ANSWER: NoticeKind.HANDLING_OPINION,
        Action.REVIEW_OPINION: NoticeKind.REVIEW_OPINION,
        Action.RECHECK_OPINION: NoticeKind.RECHECK_OPINION,
    }
    assert notice_kind_for("受理") is NoticeKind.ACCEPTANCE  # as events.action holds it
    assert notice_kind_for(Action.HAND_OVER) is None
    assert notice_kind_for("没有这个操作") is None


# --- what a notice says ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(NoticeKind), ids=lambda k: k.name)
def test_a_notice_names_the_petitioner_the_matter_the_decision_and_the_dates(kind) -> None:
    pdf = notice(kind)
    text = text_of(pdf)
    year = EXPECTED[kind][-1][:4]
    for expected in (
        kind.value,
        f"马庄乡信访〔{year}〕12号",
        "张𠇔：",  # every character of the name, one outside the BMP included
        SERIAL,
        "2026年11月26日以来访方式向东风村群众工作站反映的",
        "修路占用承包地补偿未到位",
        *EXPECTED[kind],
        "马庄乡人民政府",
        "（印章）",
        "信访人签收",
        "第1页",
        "共1页",
    ):
        assert expected in text, expected
    seal = "印章有效" if kind.is_opinion else "信访专用章有效"
    assert seal in text
    assert page_count(pdf) == 1
    assert page_size(pdf) == pytest.approx((210 * MM, 297 * MM), abs=0.5)  # A4 portrait


@pytest.mark.parametrize("kind", list(NoticeKind), ids=lambda k: k.name)
def test_an_accusation_notice_names_only_the_serial_and_the_kind(kind) -> None:
    text = text_of(
        notice(
            kind,
            kind="检举控告类",
            category1="纪检监察",
            category2="违反廉洁纪律",
            subject="反映村主任李某截留补偿款",
            request="请求查处村主任李某",
            facts="李某于2026年把补偿款存入自己账户",
            involved="东风村村委会李某",
        )
    )
    assert "检举控告类事项" in text and SERIAL in text and "张𠇔：" in text
    for secret in ("李某", "截留", "纪检监察", "违反廉洁纪律", "查处", "账户", "村委会"):
        assert secret not in text, secret


@pytest.mark.parametrize("outcome", ANSWER_OUTCOMES)
def test_every_answer_outcome_has_its_wording(outcome) -> None:
    opinion = content(
        NoticeKind.HANDLING_OPINION, event_data={"outcome": outcome, "opinion_on": "2027-01-25"}
    )
    assert any("经调查核实" in paragraph for paragraph in opinion.body)
    assert "请求复查" in opinion.remedy


@pytest.mark.parametrize("kind", [NoticeKind.REVIEW_OPINION, NoticeKind.RECHECK_OPINION])
@pytest.mark.parametrize("outcome", REVIEW_OUTCOMES)
def test_every_review_outcome_has_its_wording(kind, outcome) -> None:
    opinion = content(kind, event_data={"outcome": outcome, "opinion_on": "2027-03-01"})
    step = "复查" if kind is NoticeKind.REVIEW_OPINION else "复核"
    assert any(paragraph.startswith(f"经{step}，") for paragraph in opinion.body)
    assert outcome in next(f.value for f in opinion.fields if f.label == "处理结果")


def test_without_another_procedure_the_notice_sends_the_petitioner_nowhere() -> None:
    data = {"ground": "同一事项正在上级机关办理中", "notice_on": "2026-12-02"}
    refusal = content(NoticeKind.NON_ACCEPTANCE, event_data=data)
    assert refusal.remedy == ""
    assert not any("第三十一条" in paragraph for paragraph in refusal.body)
    assert "同一事项正在上级机关办理中。" in refusal.body[1]


def test_a_group_is_addressed_by_its_first_name_and_its_size() -> None:
    group = content(NoticeKind.ACCEPTANCE, headcount=12)
    assert group.addressee == "张𠇔等12人："


def test_the_channel_reference_is_quoted() -> None:
    hotline = content(NoticeKind.ACCEPTANCE, channel="12345热线转办", channel_ref="GD20261126001")
    assert "以12345热线转办（工单编号：GD20261126001）方式" in hotline.body[0]


def test_the_periods_quoted_are_the_rules_periods() -> None:
    periods = dataclasses.replace(default_deadline_rules().periods, handling=45, review_request=20)
    kwargs: dict[str, Any] = {
        "record": record(),
        "issuing_organ": "马庄乡人民政府",
        "township": "马庄乡",
        "document_number": "3",
        "today": TODAY,
        "periods": periods,
    }
    acceptance = notice_content(
        NoticeKind.ACCEPTANCE, event_data=EVENT_DATA[NoticeKind.ACCEPTANCE], **kwargs
    )
    answer = notice_content(
        NoticeKind.HANDLING_OPINION, event_data=EVENT_DATA[NoticeKind.HANDLING_OPINION], **kwargs
    )
    assert "45日内办结" in "".join(acceptance.body)
    assert "20日内" in answer.remedy


def test_the_date_is_the_documents_own_or_today_before_it_is_recorded() -> None:
    assert content(NoticeKind.ACCEPTANCE).issued_on == "2026年12月1日"
    draft = content(NoticeKind.ACCEPTANCE, event_data={"office": "马庄乡自然资源所"})
    assert draft.issued_on == "2026年12月20日"
    assert draft.document_number == "马庄乡信访〔2026〕12号"


def test_the_document_number_is_built_from_a_running_number_or_kept_as_written() -> None:
    assert document_number_line("12", "马庄乡", 2026) == "马庄乡信访〔2026〕12号"
    assert document_number_line("007", "马庄乡", 2026) == "马庄乡信访〔2026〕7号"
    assert document_number_line("马信不受字〔2026〕3号", "马庄乡", 2026) == "马信不受字〔2026〕3号"
    assert document_number_line("", "马庄乡", 2026) == ""
    text = text_of(render_notice(content(NoticeKind.ACCEPTANCE, document_number="")))
    assert "〔" not in text and "第1页" in text


def test_a_notice_without_its_required_data_says_what_is_missing() -> None:
    with pytest.raises(ValueError, match="ground"):
        content(NoticeKind.NON_ACCEPTANCE, event_data={"notice_on": "2026-12-02"})
    with pytest.raises(ValueError, match="outcome"):
        content(NoticeKind.HANDLING_OPINION, event_data={"opinion_on": "2027-01-25"})


# --- the PDF --------------------------------------------------------------------------------


def test_all_fonts_are_embedded_and_rare_characters_print() -> None:
    pdf = notice(NoticeKind.HANDLING_OPINION, visitor_name="𡈼𠇔䶮堃")
    assert "𡈼𠇔䶮堃：" in text_of(pdf)
    fonts = embedded_fonts(pdf)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts), fonts
    assert "HanaMinB" in " ".join(name for name, _ in fonts)


def test_the_same_notice_gives_the_same_bytes() -> None:
    assert notice(NoticeKind.REVIEW_OPINION) == notice(NoticeKind.REVIEW_OPINION)


def test_a_long_notice_flows_onto_numbered_pages_inside_the_margins() -> None:
    request = "施工单位占用我家承包地修路，补偿款至今未发放到位，" * 70 + "诉求的最后一句。"
    pdf = notice(NoticeKind.HANDLING_OPINION, request=request)
    pages = page_count(pdf)
    assert pages >= 2
    assert "诉求的最后一句。" in text_of(pdf)  # nothing shortened: it is a legal document
    assert "第1页" in page_text(pdf, 1) and f"共{pages}页" in page_text(pdf, 1)
    assert f"第2页共{pages}页" in page_text(pdf, 2)
    last = page_text(pdf, pages)
    assert "请求复查" in last and "（印章）" in last and "信访人签收" in last
    width, height = page_size(pdf)
    footer_top = height - MARGIN_BOTTOM
    for word in word_boxes(pdf):
        assert word.x_min >= MARGIN_X - 1 and word.x_max <= width - MARGIN_X + 11, word  # 11: a
        assert word.y_min >= MARGIN_TOP - 1, word  # hung ，
        in_letter = word.y_max <= footer_top + 1
        in_footer = word.y_min >= footer_top and word.y_max <= height - 5 * MM
        assert in_letter or in_footer, word
