"""What the township's written notices on a case say (告知书, 意见书): the rules, no drawing.

UNCONFIRMED: no national template for these documents was found (domain.md 1.8 and item 7 of
section 5). The wording below is a sensible default built from the local samples domain.md 1.8
describes: the issuing organ's document number (〔年〕号), the petitioner's name, when and how
the matter came in with its serial, a short statement of the matter, the decision and its basis,
where the petitioner may turn next, the issuing organ, the date and the seal. A township may
need to adjust it to its own county's forms.

Article numbers are cited only where domain.md has them from a legal or government source
(2022 条例 Art. 23 for the acceptance notice, Art. 31 for 诉访分离). The articles for the
60-day limit, 复查 and 复核 are known only from secondary pages, so those notices say
"有关规定" instead of a number.

For a 检举控告类 matter a notice names only the serial and the kind: never the accused, the
category or what the accusation says (条例 Art. 30; domain.md 1.9). The township's own words
(a ground, a reason) are printed as typed; they are the township's responsibility.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desk.domain.deadlines import Periods, default_deadline_rules
from desk.domain.receipt import ACCUSATION, chinese_date
from desk.domain.visit import CHANNEL_REFERENCE_LABELS, VisitRecord
from desk.domain.workflow import (
    ACTION_SPECS,
    ANSWER_OUTCOMES,
    OTHER_PROCEDURES,
    REVIEW_OUTCOMES,
    Action,
)

REGULATION = "《信访工作条例》"
SEAL_MARK = "（印章）"
_SENTENCE_ENDS = "。！？；…"


class NoticeKind(StrEnum):
    ACCEPTANCE = "受理告知书"
    NON_ACCEPTANCE = "不予受理告知书"
    NO_LONGER_ACCEPTED = "不再受理告知书"
    EXTENSION = "延长办理期限告知书"
    HANDLING_OPINION = "信访处理意见书"
    REVIEW_OPINION = "复查意见书"
    RECHECK_OPINION = "复核意见书"

    @property
    def is_opinion(self) -> bool:
        """An opinion decides the matter and carries the organ's own seal; a notice tells the
        petitioner a step of the procedure and carries its 信访专用章."""
        return self in _OPINIONS

    @property
    def action(self) -> Action:
        return next(action for action, kind in NOTICE_FOR_ACTION.items() if kind is self)


_OPINIONS = frozenset(
    {NoticeKind.HANDLING_OPINION, NoticeKind.REVIEW_OPINION, NoticeKind.RECHECK_OPINION}
)

# The case actions that put a document in the petitioner's hands. 转送交办 routes the matter
# before anyone decides on it; its notice (where the matter went) is not among these kinds.
NOTICE_FOR_ACTION: Mapping[Action, NoticeKind] = {
    Action.ACCEPT: NoticeKind.ACCEPTANCE,
    Action.NOT_ACCEPT: NoticeKind.NON_ACCEPTANCE,
    Action.NO_LONGER_ACCEPT: NoticeKind.NO_LONGER_ACCEPTED,
    Action.EXTEND: NoticeKind.EXTENSION,
    Action.ANSWER: NoticeKind.HANDLING_OPINION,
    Action.REVIEW_OPINION: NoticeKind.REVIEW_OPINION,
    Action.RECHECK_OPINION: NoticeKind.RECHECK_OPINION,
}


def notice_kind_for(action: Action | str) -> NoticeKind | None:
    """The notice a case action produces, or None when it produces none."""
    try:
        return NOTICE_FOR_ACTION.get(Action(action))
    except ValueError:
        return None


@dataclass(frozen=True)
class NoticeField:
    label: str
    value: str
    wide: bool = False  # a row of its own in the box, however short the value


@dataclass(frozen=True)
class NoticeContent:
    kind: NoticeKind
    title: str
    document_number: str  # "马庄乡信访〔2026〕12号", or "" when the township numbers none
    serial: str
    addressee: str  # "张三："
    fields: tuple[NoticeField, ...]  # the boxed particulars: who, when, how, what, decided
    body: tuple[str, ...]  # paragraphs
    remedy: str  # where the petitioner may turn next; "" when nothing applies
    closing: str  # "特此告知。" for a notice, "" for an opinion
    issuing_organ: str
    issued_on: str  # "2026年12月1日"
    seal_mark: str  # what stands in the place of the seal
    seal_note: str  # which seal makes it valid
    footnote: str  # copies
    acknowledgement: str  # the petitioner signs for it (送达)


# --- wording ------------------------------------------------------------------------------

_CHANNEL_WORDS = {"网上": "网上信访", "其他": "其他"}

# 诉访分离 (条例 Art. 31): where a matter for another legal procedure belongs.
_PROCEDURE_STEPS = {
    "诉讼": "向有管辖权的人民法院提起诉讼",
    "仲裁": "向有关仲裁机构申请仲裁",
    "行政复议": "向有权的行政复议机关申请行政复议",
    "党员申诉": "向有关党组织提出申诉",
    "其他法定途径": "通过其他法定途径向有权处理的机关提出",
}

_ANSWER_DECISIONS = {
    "支持": (
        "予以支持",
        "经调查核实，您的诉求事实清楚，符合法律、法规、规章或者其他有关规定，"
        "本机关予以支持，并将督促有关单位落实。",
    ),
    "部分支持": (
        "部分予以支持",
        "经调查核实，您的诉求部分符合法律、法规、规章或者其他有关规定。对符合规定的部分，"
        "本机关予以支持，并将督促有关单位落实；对其余部分不予支持，并已向您说明理由。",
    ),
    "不支持": (
        "不予支持",
        "经调查核实，您的诉求缺乏事实根据或者不符合法律、法规、规章或者其他有关规定，"
        "本机关不予支持。",
    ),
    "解释说明": (
        "做好解释说明",
        "经调查核实，您的诉求事出有因，但缺乏法律、法规、规章或者其他有关规定的依据，"
        "本机关已向您做好解释说明工作。",
    ),
}

# {earlier}: the opinion under review (信访处理意见 for 复查, 复查意见 for 复核).
_REVIEW_DECISIONS = {
    "维持": (
        "维持原{earlier}",
        "原{earlier}认定事实清楚，适用依据正确，程序合法，本机关决定予以维持。",
    ),
    "变更": ("变更原{earlier}", "原{earlier}有不当之处，本机关决定予以变更。"),
    "撤销": (
        "撤销原{earlier}",
        "原{earlier}认定事实不清或者适用依据错误，本机关决定予以撤销，由原办理机关重新办理。",
    ),
}


def _sentence(text: str) -> str:
    """The clerk's text as one sentence of ours: ends with a full stop exactly once."""
    text = text.strip().rstrip("，,、；;：:")
    return text if text and text[-1] in _SENTENCE_ENDS else text + "。"


def _required(event_data: Mapping[str, Any], name: str, kind: NoticeKind) -> Any:
    value = event_data.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValueError(f"{kind}缺少“{name}”：请先在案件中记录这一项")
    return value.strip() if isinstance(value, str) else value


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _issued_on(kind: NoticeKind, event_data: Mapping[str, Any], today: dt.date) -> dt.date:
    """The document's own date as the event records it; `today` for a notice drafted before
    the event is recorded."""
    field = ACTION_SPECS[kind.action].date_field
    value = event_data.get(field) if field else None
    return _as_date(value) if value else today


def document_number_line(document_number: str, township: str, year: int) -> str:
    """ "12" becomes "马庄乡信访〔2026〕12号"; a number written out in full is kept as it is."""
    number = document_number.strip()
    if not number or not number.isdigit():
        return number
    return f"{township}信访〔{year}〕{int(number)}号"


def _petitioner(record: VisitRecord) -> str:
    """The visitor's full name; a group as "张三等12人"."""
    visit = record.visit
    return visit.visitor_name + (f"等{visit.headcount}人" if visit.headcount > 1 else "")


def _channel(record: VisitRecord) -> str:
    visit = record.visit
    words = _CHANNEL_WORDS.get(visit.channel, visit.channel)
    if visit.channel_ref and visit.channel in CHANNEL_REFERENCE_LABELS:
        words += f"（{CHANNEL_REFERENCE_LABELS[visit.channel]}：{visit.channel_ref}）"
    return words


def _matter(record: VisitRecord, *, with_request: bool) -> str:
    """The opening: when and how the matter came in, its serial and what it is."""
    visit = record.visit
    received = chinese_date(dt.date.fromisoformat(visit.received_at[:10]))
    opening = f"您于{received}以{_channel(record)}方式向{record.station_name}反映的"
    if visit.kind == ACCUSATION:
        return f"{opening}检举控告类事项（登记编号：{record.serial}），本机关已收悉。"
    text = f"{opening}“{visit.subject}”问题（登记编号：{record.serial}），本机关已收悉。"
    if with_request:
        text += f"您的诉求是：{_sentence(visit.request)}"
    return text


def _subject_field(record: VisitRecord) -> NoticeField:
    if record.visit.kind == ACCUSATION:
        return NoticeField("信访事项", "检举控告类事项（内容依规保密，不列出）", wide=True)
    return NoticeField("信访事项", record.visit.subject, wide=True)


def _procedure(event_data: Mapping[str, Any]) -> str:
    procedure = event_data.get("procedure") or ""
    if procedure and procedure not in OTHER_PROCEDURES:
        raise ValueError(f"应循的其他法定途径“{procedure}”不在{'、'.join(OTHER_PROCEDURES)}之中")
    return procedure


def _procedure_remedy(procedure: str) -> str:
    if not procedure:
        return ""
    return (
        f"您反映的事项属于应当通过{procedure}途径解决的事项，"
        f"请您依照有关法律、法规的规定，{_PROCEDURE_STEPS[procedure]}。"
    )


@dataclass(frozen=True)
class _Decision:
    summary: str  # the boxed line: what was decided, in a few words
    body: tuple[str, ...]
    remedy: str = ""
    extra_fields: tuple[NoticeField, ...] = ()


def _decide(
    kind: NoticeKind,
    record: VisitRecord,
    event_data: Mapping[str, Any],
    issuing_organ: str,
    periods: Periods,
) -> _Decision:
    if kind is NoticeKind.ACCEPTANCE:
        office = str(event_data.get("office") or "").strip()
        return _Decision(
            "予以受理",
            (
                _matter(record, with_request=True),
                f"经审查，该事项属于本机关职权范围，根据{REGULATION}第二十三条的规定，"
                f"本机关决定予以受理" + (f"，由{office}具体承办。" if office else "。"),
                f"本机关将自受理之日起{periods.handling}日内办结，并向您出具书面处理意见；"
                f"情况复杂的，经本机关负责人批准可以适当延长办理期限，"
                f"延长期限不超过{periods.extension_max}日，并告知您延期理由。",
                f"办理期间，您可以凭登记编号向{record.station_name}或本机关查询办理进展。",
            ),
            extra_fields=(NoticeField("承办单位", office),) if office else (),
        )
    if kind in (NoticeKind.NON_ACCEPTANCE, NoticeKind.NO_LONGER_ACCEPTED):
        ground = _sentence(str(_required(event_data, "ground", kind)))
        procedure = _procedure(event_data)
        # Art. 31 is the 诉访分离 article; without another procedure the ground is the basis.
        basis = f"{REGULATION}第三十一条" if procedure else f"{REGULATION}有关规定"
        verb = "不予受理" if kind is NoticeKind.NON_ACCEPTANCE else "不再受理"
        return _Decision(
            verb,
            (
                _matter(record, with_request=False),
                f"经审查：{ground}",
                f"根据{basis}，本机关决定对该信访事项{verb}。",
            ),
            remedy=_procedure_remedy(procedure),
            extra_fields=(NoticeField("应循途径", procedure),) if procedure else (),
        )
    if kind is NoticeKind.EXTENSION:
        days = int(_required(event_data, "days", kind))
        reason = _sentence(str(_required(event_data, "reason", kind)))
        return _Decision(
            f"办理期限延长{days}日",
            (
                _matter(record, with_request=False),
                f"该事项在办理过程中，因以下原因不能在规定期限内办结：{reason}",
                f"根据{REGULATION}有关规定，经本机关负责人批准，该事项的办理期限延长{days}日。"
                f"本机关将在延长的期限内办结，并向您出具书面处理意见。",
            ),
        )
    outcome = str(_required(event_data, "outcome", kind))
    if kind is NoticeKind.HANDLING_OPINION:
        if outcome not in ANSWER_OUTCOMES:
            raise ValueError(f"处理意见“{outcome}”不在{'、'.join(ANSWER_OUTCOMES)}之中")
        summary, finding = _ANSWER_DECISIONS[outcome]
        return _Decision(
            summary,
            (
                _matter(record, with_request=True),
                "本机关受理后，依法听取了您的陈述，对有关情况进行了调查核实。",
                finding,
                f"根据{REGULATION}有关规定，特作出本处理意见。",
            ),
            remedy=(
                f"如您对本处理意见不服，可以自收到本意见书之日起{periods.review_request}日内，"
                f"向{issuing_organ}的上一级机关请求复查。"
            ),
        )
    if outcome not in REVIEW_OUTCOMES:
        raise ValueError(f"{kind}结论“{outcome}”不在{'、'.join(REVIEW_OUTCOMES)}之中")
    step = "复查" if kind is NoticeKind.REVIEW_OPINION else "复核"
    earlier = "信访处理意见" if kind is NoticeKind.REVIEW_OPINION else "复查意见"
    summary, finding = (part.format(earlier=earlier) for part in _REVIEW_DECISIONS[outcome])
    body = (
        _matter(record, with_request=True),
        f"您对该事项的{earlier}不服，提出{step}请求。本机关依法进行了{step}。",
        f"经{step}，{finding}",
        f"根据{REGULATION}有关规定，特作出本{step}意见。",
    )
    if kind is NoticeKind.REVIEW_OPINION:
        remedy = (
            f"如您对本复查意见不服，可以自收到本复查意见书之日起{periods.recheck_request}日内，"
            f"向{issuing_organ}的上一级机关请求复核。"
        )
    else:
        remedy = (
            "本复核意见为终结意见。您以同一事实和理由再次提出的信访事项，"
            "各级信访工作机构和其他机关不再受理。"
        )
    return _Decision(summary, body, remedy=remedy)


def notice_content(
    kind: NoticeKind,
    *,
    record: VisitRecord,
    event_data: Mapping[str, Any],
    issuing_organ: str,
    township: str,
    document_number: str,
    today: dt.date,
    periods: Periods | None = None,
) -> NoticeContent:
    """The notice `kind` on the case of `record`, from the data its action recorded.

    `document_number` is the township's running number ("12") or the whole line as it is to be
    printed; `today` dates a notice whose event carries no date yet. `periods` defaults to the
    bundled deadline rules, so the notice quotes the same periods as the deadlines.
    """
    kind = NoticeKind(kind)
    periods = periods or default_deadline_rules().periods
    issued_on = _issued_on(kind, event_data, today)
    decision = _decide(kind, record, event_data, issuing_organ, periods)
    received = dt.date.fromisoformat(record.visit.received_at[:10])
    fields = (
        NoticeField("登记编号", record.serial),
        NoticeField("信访人", _petitioner(record)),
        NoticeField("登记日期", chinese_date(received)),
        NoticeField("来源渠道", _channel(record)),
        _subject_field(record),
        NoticeField("处理结果" if kind.is_opinion else "决定事项", decision.summary),
        *decision.extra_fields,
    )
    document = "意见书" if kind.is_opinion else "告知书"
    if kind.is_opinion:
        seal_note = f"本意见书加盖{issuing_organ}印章有效（内设机构印章无效）。"
    else:
        seal_note = f"本告知书加盖{issuing_organ}信访专用章有效。"
    return NoticeContent(
        kind=kind,
        title=kind.value,
        document_number=document_number_line(document_number, township, issued_on.year),
        serial=record.serial,
        addressee=_petitioner(record) + "：",
        fields=fields,
        body=decision.body,
        remedy=decision.remedy,
        closing="" if kind.is_opinion else "特此告知。",
        issuing_organ=issuing_organ,
        issued_on=chinese_date(issued_on),
        seal_mark=SEAL_MARK,
        seal_note=seal_note,
        footnote=f"本{document}一式两份，一份送达信访人，一份存档。",
        acknowledgement="信访人签收：　　　　　　　　　签收日期：　　　　年　　月　　日",
    )
