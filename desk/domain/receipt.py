"""What a registration slip (登记回执) says: the rules, without any drawing.

A village station registers a matter as an agent; it cannot accept it. The slip proves the
registration and tells the visitor what happens next and how to ask about it (件件有着落，
事事有回音). For an accusation (检举控告类) it prints no details: the accused must never learn of
it from a slip left lying about.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from enum import StrEnum

from desk.domain.idnumber import mask
from desk.domain.station import Station
from desk.domain.visit import CHANNEL_REFERENCE_LABELS, VisitRecord

ACCUSATION = "检举控告类"
QUERY_CODE_DIGITS = 8
DEFAULT_REPORT_DAYS = 7
ACCEPTANCE_DAYS = 15  # 信访工作条例 (2022): written notice of acceptance within 15 days
HANDLING_DAYS = 60  # handled within 60 days of acceptance
EXTENSION_DAYS = 30  # one extension of at most 30 days


class Layout(StrEnum):
    A5 = "a5"  # half an A4 sheet, for an ordinary office printer
    ROLL80 = "roll80"  # an 80 mm thermal roll; the length follows the content

    @property
    def label(self) -> str:
        return {"a5": "A5（半张A4）", "roll80": "80毫米热敏卷纸"}[self.value]


@dataclass(frozen=True)
class SlipField:
    label: str
    value: str
    max_lines: int = 1  # longer values are shortened with an ellipsis, never cut mid-line


@dataclass(frozen=True)
class ReceiptContent:
    title: str
    station_line: str
    reprint: int  # 0 for the first print, n for the n-th 补打
    serial: str
    fields: tuple[SlipField, ...]
    next_steps: str
    query_code: str
    qr_payload: str
    printed_at: str

    @property
    def reprint_mark(self) -> str:
        return f"补打（第{self.reprint}次）" if self.reprint else ""


def new_query_code() -> str:
    """Random digits the visitor quotes with the serial; the township checks both."""
    return "".join(secrets.choice("0123456789") for _ in range(QUERY_CODE_DIGITS))


def qr_payload(serial: str, query_code: str) -> str:
    return f"XF:{serial}:{query_code}"


def mask_phone(phone: str) -> str:
    if not phone:
        return ""
    if "-" in phone:
        area, local = phone.split("-", 1)
        return f"{area}-{'*' * (len(local) - 4)}{local[-4:]}"
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def receipt_content(
    record: VisitRecord,
    station: Station,
    *,
    query_code: str,
    report_by: dt.date,  # the station's deadline for reporting it, by the deadline rules
    reprint: int,
    printed_at: dt.datetime,
) -> ReceiptContent:
    visit = record.visit
    received = dt.datetime.strptime(visit.received_at, "%Y-%m-%d %H:%M")
    confidential = visit.kind == ACCUSATION
    channel = visit.channel
    if visit.channel_ref and channel in CHANNEL_REFERENCE_LABELS:
        channel = f"{channel}（{visit.channel_ref}）"
    fields = [
        SlipField("登记编号", record.serial),
        SlipField("接待时间", f"{chinese_date(received.date())} {received:%H:%M}"),
        SlipField("来访人", visit.visitor_name),
    ]
    if visit.id_number:
        fields.append(SlipField("证件号码", f"{mask(visit.id_number)}（{visit.id_type}）"))
    if visit.phone:
        fields.append(SlipField("联系电话", mask_phone(visit.phone)))
    if visit.headcount > 1:
        names = "、".join(p.name for p in visit.representatives)
        group = f"共{visit.headcount}人" + (f"，代表：{names}" if names else "")
        fields.append(SlipField("来访人数", group, max_lines=2))
    fields.append(SlipField("来访方式", channel))
    if confidential:
        # Subject only as the kind: no category, no text, nothing that names the accused.
        fields.append(SlipField("事项", "检举控告类事项（内容依规保密，不列出）", max_lines=2))
    else:
        category = " / ".join(c for c in (visit.category1, visit.category2) if c)
        fields += [
            SlipField("事项性质", visit.kind),
            SlipField("内容分类", category),
            SlipField("事项", visit.subject, max_lines=2),
            SlipField("诉求", visit.request, max_lines=4),
        ]
    fields.append(SlipField("接待人", record.clerk_name))
    deadline = chinese_date(report_by)
    next_steps = (
        f"本工作站是信访代理（代办）点，负责登记和代办，不能受理信访事项。"
        f"本站将于{deadline}前将您反映的事项报送{station.township}。"
        f"{station.township}自收到之日起{ACCEPTANCE_DAYS}日内书面告知您是否受理；"
        f"受理的，自受理之日起{HANDLING_DAYS}日内办结并书面答复"
        f"（情况复杂的可延长，最长不超过{EXTENSION_DAYS}日）。"
        f"查询办理进展时，请报登记编号和查询码。"
    )
    return ReceiptContent(
        title="来访登记回执",
        station_line=f"{station.name}　电话：{station.phone}",
        reprint=reprint,
        serial=record.serial,
        fields=tuple(fields),
        next_steps=next_steps,
        query_code=f"{query_code[:4]} {query_code[4:]}",
        qr_payload=qr_payload(record.serial, query_code),
        printed_at=printed_at.strftime("%Y-%m-%d %H:%M"),
    )
