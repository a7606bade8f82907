"""矛盾纠纷排查台账: disputes the station finds by its own screening, before anyone petitions.

Screening is regular (经常性排查: every half month or month, villages weekly) or concentrated
(集中排查: before holidays and in sensitive periods). Each dispute found is registered, given
to someone responsible, worked on (调解, 会商, 听证 ...), visited again (回访) once resolved and
then struck off (销号). A dispute that turns into a petition becomes a case: the 来访登记 form
starts from `to_registration`, and the entry is linked to the visit saved from it.

Values of choice fields are the Chinese words the form shows; dates are ISO (YYYY-MM-DD).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desk.domain.errors import FieldError, InvalidInput
from desk.domain.text import clean_text, to_halfwidth

SCREENINGS = ("经常性排查", "集中排查")
RISKS = ("高", "中", "低")
HIGH_RISK = "高"
DISPUTE_TYPES = (
    "邻里纠纷",
    "婚姻家庭",
    "土地权属",
    "劳资纠纷",
    "征地拆迁",
    "山林水利",
    "债务纠纷",
    "其他",
)
MEASURES = ("调解", "会商", "听证", "救助", "法律援助", "其他")
# Where a screening lead came from; the form offers these, any other short text is accepted.
SOURCES = ("网格员排查", "村组干部走访", "群众反映", "部门移交", "信访信息分析", "其他")

IN_HAND = "在办"
RESOLVED = "已化解"
CLOSED = "已销号"
BECAME_CASE = "已转信访事项"
STATUSES = (IN_HAND, RESOLVED, CLOSED, BECAME_CASE)
# What the clerk may choose in the form; BECAME_CASE is set only by linking a saved visit.
CHOSEN_STATUSES = (IN_HAND, RESOLVED, CLOSED)

EARLIEST = dt.date(1990, 1, 1)
DATE_FORMAT = "%Y-%m-%d"

LABELS: dict[str, str] = {
    "found_on": "排查日期",
    "screening": "排查类型",
    "source": "线索来源",
    "parties": "当事人",
    "village": "所在村（社区）",
    "dispute_type": "纠纷类型",
    "summary": "纠纷简要情况",
    "risk": "风险等级",
    "responsible": "责任人",
    "measures": "化解措施",
    "status": "办理状态",
    "follow_up": "回访情况",
    "closed_on": "销号日期",
}
INPUT_FIELDS = tuple(LABELS)
MAX_LENGTHS = {
    "source": 40,
    "parties": 200,
    "village": 30,
    "summary": 2000,
    "responsible": 50,
    "follow_up": 1000,
}


@dataclass(frozen=True)
class DisputeInput:
    """A validated, normalised register entry."""

    found_on: str
    screening: str
    source: str
    parties: str
    village: str
    dispute_type: str
    summary: str
    risk: str
    responsible: str
    measures: tuple[str, ...]
    status: str
    follow_up: str
    closed_on: str  # "" unless struck off

    def to_raw(self) -> dict[str, Any]:
        """The entry as the form and validate_dispute take it."""
        return {name: getattr(self, name) for name in INPUT_FIELDS} | {
            "measures": list(self.measures)
        }


@dataclass(frozen=True)
class Dispute:
    """A register entry as the store holds it."""

    id: int
    uid: str
    entry: DisputeInput
    visit_id: int | None = None
    visit_serial: str = ""  # the 登记编号 of the visit it became
    clerk_name: str = ""
    created_at: str = ""
    updated_at: str = ""

    @property
    def linked(self) -> bool:
        return self.visit_id is not None


def validate_dispute(
    raw: Mapping[str, Any], *, today: dt.date, linked: bool = False
) -> DisputeInput:
    """Check every field; raise InvalidInput with a Chinese message per wrong field.

    `linked` says whether the entry has already become a case: its status then stays
    已转信访事项, which no form may choose otherwise.
    """
    errors: dict[str, str] = {name: "不认识的字段名" for name in raw if name not in INPUT_FIELDS}

    def fail(name: str, message: str) -> None:
        errors.setdefault(name, message)

    def text(name: str, *, required: bool = True, multiline: bool = False) -> str:
        try:
            value = clean_text(
                raw.get(name),
                label=LABELS[name],
                max_length=MAX_LENGTHS.get(name, 40),
                multiline=multiline,
            )
        except FieldError as error:
            fail(name, str(error))
            return ""
        if required and not value:
            fail(name, f"请填写{LABELS[name]}")
        return value

    def choice(name: str, options: tuple[str, ...], default: str = "") -> str:
        value = text(name, required=False) or default
        if not value:
            fail(name, f"请选择{LABELS[name]}")
        elif value not in options:
            fail(name, f"{LABELS[name]}只能是：{'、'.join(options)}")
            return ""
        return value

    def date(name: str, *, required: bool) -> str:
        value = raw.get(name)
        if isinstance(value, dt.date):
            day = value.date() if isinstance(value, dt.datetime) else value
        else:
            shown = text(name, required=False)
            if not shown:
                if required:
                    fail(name, f"请填写{LABELS[name]}")
                return ""
            try:
                day = parse_date(shown, label=LABELS[name])
            except FieldError as error:
                fail(name, str(error))
                return ""
        if day > today:
            fail(name, f"{LABELS[name]}晚于今天（{today.isoformat()}），请核对")
            return ""
        if day < EARLIEST:
            fail(name, f"{LABELS[name]}早于1990年，请核对")
            return ""
        return day.isoformat()

    found_on = date("found_on", required=True)
    screening = choice("screening", SCREENINGS)
    source = text("source")
    parties = text("parties")
    village = text("village")
    dispute_type = choice("dispute_type", DISPUTE_TYPES)
    summary = text("summary", multiline=True)
    risk = choice("risk", RISKS)
    responsible = text("responsible")
    measures = _check_measures(raw.get("measures"), fail)
    status = choice("status", STATUSES, default=BECAME_CASE if linked else IN_HAND)
    follow_up = text("follow_up", required=False, multiline=True)
    closed_on = date("closed_on", required=False)

    if status == BECAME_CASE and not linked:
        fail("status", "转为信访事项请用“转为来访登记”：保存来访登记后自动改为此状态")
    elif linked and status and status != BECAME_CASE:
        fail("status", "已转为信访事项，按信访事项办理，状态不再在排查台账中更改")
    if status in (RESOLVED, CLOSED) and not measures and "measures" not in errors:
        fail("measures", f"“{status}”须选择采取的化解措施")
    if status == CLOSED:
        if not follow_up and "follow_up" not in errors:
            fail("follow_up", "销号前须回访，请填写回访情况")
        if not closed_on and "closed_on" not in errors:
            fail("closed_on", "请填写销号日期")
    elif closed_on:
        fail("closed_on", "只在办理状态为“已销号”时填写销号日期")
    if found_on and closed_on and closed_on < found_on:
        fail("closed_on", f"销号日期早于排查日期（{found_on}）")

    if errors:
        raise InvalidInput(errors)
    return DisputeInput(
        found_on=found_on,
        screening=screening,
        source=source,
        parties=parties,
        village=village,
        dispute_type=dispute_type,
        summary=summary,
        risk=risk,
        responsible=responsible,
        measures=measures,
        status=status,
        follow_up=follow_up,
        closed_on=closed_on,
    )


def parse_date(value: str, *, label: str) -> dt.date:
    """年-月-日 with - / . or 年月日, full-width digits accepted: 2026-3-5, 2026年3月5日."""
    text = to_halfwidth(value).strip()
    match = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", text)
    if not match:
        raise FieldError(f"{label}应写成“年-月-日”，如 2026-03-05")
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise FieldError(f"{label}不是日历上的日期，请核对") from None


def _check_measures(value: object, fail: Callable[[str, str], None]) -> tuple[str, ...]:
    """A list of MEASURES (a string of them separated by 、 or commas is taken too), in the
    order MEASURES lists them, each once."""
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        value = [part for part in re.split(r"[、，,；;\s]+", value) if part]
    if not isinstance(value, Iterable) or not all(isinstance(item, str) for item in value):
        fail("measures", "化解措施应为列表")
        return ()
    chosen = {item.strip() for item in value if item.strip()}
    unknown = chosen - set(MEASURES)
    if unknown:
        fail("measures", f"化解措施只能是：{'、'.join(MEASURES)}")
        return ()
    return tuple(measure for measure in MEASURES if measure in chosen)


# --- a dispute that becomes a case --------------------------------------------------------

_PARTY_SEPARATORS = re.compile(r"[、，,；;/\s]+")
_BRACKETED = re.compile(r"[（(【\[].*?[)）】\]]")
_NOT_ONE_PERSON = ("某", "公司", "委员会", "合作社", "集体", "村民", "居民", "群众")
_GROUP_ENDINGS = ("家", "户", "村", "组", "方", "厂", "队", "站", "所", "局", "院", "们")
SUBJECT_MAX = 60  # the visit's 事项标题


def parties_of(parties: str) -> list[str]:
    """The parties as written, one each; `张三、李四（邻居）` → ['张三', '李四（邻居）']."""
    return [part for part in _PARTY_SEPARATORS.split(parties.strip()) if part]


def person_name(party: str) -> str:
    """The party's name when it reads as one person's name (2 to 4 Chinese characters, or a
    minority name with ·), with a note in brackets and a trailing 等... dropped; else ''."""
    name = _BRACKETED.sub("", party).strip()
    name = name.split("等", 1)[0].strip()
    if any(word in name for word in _NOT_ONE_PERSON) or name.endswith(_GROUP_ENDINGS):
        return ""
    pieces = name.replace("•", "·").replace("・", "·").split("·")
    if not all(pieces) or not all(_is_han(char) for piece in pieces for char in piece):
        return ""
    if len(pieces) == 1 and not 2 <= len(name) <= 4:
        return ""
    if len(pieces) > 1 and len(name) > 20:
        return ""
    return name.replace("•", "·").replace("・", "·")


def to_registration(dispute: Dispute | DisputeInput) -> dict[str, Any]:
    """The values a 来访登记 form starts from when the entry becomes a case (the keys of
    `desk add`); the clerk completes the rest (ID, phone, address, kind, category ...)."""
    entry = dispute.entry if isinstance(dispute, Dispute) else dispute
    parties = parties_of(entry.parties)
    visitor = person_name(parties[0]) if parties else ""
    others = parties[1:] if visitor else parties
    facts = (
        f"{entry.found_on}{entry.screening}中排查发现（线索来源：{entry.source}），"
        f"列入矛盾纠纷排查台账。当事人：{entry.parties}。风险等级：{entry.risk}；"
        f"责任人：{entry.responsible}"
    )
    if entry.measures:
        facts += f"；已采取的措施：{'、'.join(entry.measures)}"
    facts += "。"
    if entry.follow_up:
        facts += f"\n回访情况：{entry.follow_up}"
    values: dict[str, Any] = {
        "visitor_name": visitor,
        "village": entry.village,
        "subject": _subject(entry.dispute_type, entry.summary),
        "request": entry.summary,
        "facts": facts,
        "involved": _shorten("、".join(others), 200),
    }
    return values


def _subject(dispute_type: str, summary: str) -> str:
    head = re.split(r"[。！？!?\n]", summary.strip(), maxsplit=1)[0].strip()
    return _shorten(f"{dispute_type}：{head}" if head else dispute_type, SUBJECT_MAX)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_han(char: str) -> bool:
    """A Chinese character, rare ones (CJK extensions, outside the BMP) included."""
    return unicodedata.name(char, "").startswith(
        ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH", "IDEOGRAPHIC NUMBER ZERO")
    )
