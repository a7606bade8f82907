"""A visitor interview (来访登记): its fields, their rules, and the one validation both the form
and `desk add` go through.

Field names are the JSON names of `desk show --json` and `desk add`; docs/fields.md lists them.
Values of choice fields are the Chinese words the form shows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from desk.domain.categories import CategoryList
from desk.domain.errors import FieldError, InvalidInput
from desk.domain.idnumber import parse_citizen_id
from desk.domain.phone import parse_phone
from desk.domain.text import clean_text, to_halfwidth

SEXES = ("男", "女")
CITIZEN_ID = "居民身份证"
NO_ID = "无证件"
ID_TYPES = (
    CITIZEN_ID,
    "护照",
    "港澳居民来往内地通行证",
    "台湾居民来往大陆通行证",
    "外国人永久居留身份证",
    "其他证件",
    NO_ID,
)
NO_ID_REASONS = ("不愿提供", "未带证件且记不清号码", "来信或来电未提供", "其他原因")
CHANNELS = ("来访", "来信", "电话", "网上", "12345热线转办", "上级交办", "领导批示", "其他")
# Channels that arrive with a reference the township will ask for.
CHANNEL_REFERENCE_LABELS = {
    "12345热线转办": "工单编号",
    "上级交办": "交办文号",
    "领导批示": "批示文号",
}
KINDS = ("建议意见类", "检举控告类", "申诉求决类")
MAX_REPRESENTATIVES = 5  # 2022 条例 Art. 19: a group elects at most five, the visitor included
DEFAULT_COLLECTIVE_THRESHOLD = 5
RECEIVED_FORMAT = "%Y-%m-%d %H:%M"
EARLIEST_RECEIVED = dt.datetime(1990, 1, 1)
CLOCK_TOLERANCE = dt.timedelta(minutes=10)  # a laptop clock a little behind the clerk's watch

LABELS: dict[str, str] = {
    "visitor_name": "姓名",
    "visitor_sex": "性别",
    "id_type": "证件类型",
    "id_number": "证件号码",
    "no_id_reason": "无证件原因",
    "phone": "联系电话",
    "village": "所在村（社区）",
    "address": "住址",
    "headcount": "来访人数",
    "representatives": "其他代表人",
    "channel": "来源渠道",
    "channel_ref": "工单号或文号",
    "received_at": "接待时间",
    "kind": "事项性质",
    "category1": "一级分类",
    "category2": "二级分类",
    "subject": "事项标题",
    "request": "诉求",
    "facts": "事实和理由",
    "involved": "涉及单位或人员",
    "leapfrog": "越级",
    "repeat": "重复",
    "urgent": "紧急",
}
INPUT_FIELDS = tuple(LABELS)
# Fields the program fills in; `desk show --json` prints them, `desk add` refuses them.
SYSTEM_FIELDS = (
    "serial",
    "station_code",
    "station_name",
    "clerk",
    "clerk_name",
    "registered_at",
    "collective",
    "category_version",
    "query_code",
)
REPRESENTATIVE_FIELDS = {"name": "姓名", "id_number": "身份证号", "phone": "联系电话"}


@dataclass(frozen=True)
class Representative:
    name: str
    id_number: str = ""
    phone: str = ""


@dataclass(frozen=True)
class VisitInput:
    """A validated, normalised visit, before the store gives it a serial."""

    visitor_name: str
    visitor_sex: str
    id_type: str
    id_number: str
    no_id_reason: str
    phone: str
    village: str
    address: str
    headcount: int
    representatives: tuple[Representative, ...]
    channel: str
    channel_ref: str
    received_at: str
    kind: str
    category1: str
    category2: str
    subject: str
    request: str
    facts: str
    involved: str
    leapfrog: bool
    repeat: bool
    urgent: bool
    collective: bool = False
    category_version: str = ""

    @property
    def received_year(self) -> int:
        return int(self.received_at[:4])

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["representatives"] = [asdict(r) for r in self.representatives]
        return data


@dataclass(frozen=True)
class VisitRecord:
    """A registered visit as the store holds it."""

    serial: str
    station_code: str
    station_name: str
    clerk: str
    clerk_name: str
    registered_at: str
    visit: VisitInput
    query_code: str = ""
    uid: str = field(default="", compare=False)

    def to_json(self) -> dict[str, Any]:
        """The document `desk show --json` prints: system fields first, then the input fields."""
        data = self.visit.to_json()
        head = {name: getattr(self, name) for name in SYSTEM_FIELDS if hasattr(self, name)}
        head["collective"] = data.pop("collective")
        head["category_version"] = data.pop("category_version")
        return {**head, **data}


@dataclass(frozen=True)
class VisitRules:
    """What validation needs besides the input: the clock and the station's settings."""

    categories: CategoryList
    now: dt.datetime
    collective_threshold: int = DEFAULT_COLLECTIVE_THRESHOLD


def validate_visit(raw: Mapping[str, Any], rules: VisitRules) -> VisitInput:
    """Check every field; raise InvalidInput with a Chinese message per wrong field.

    Missing keys count as empty, so the form and a JSON file follow exactly the same rules.
    """
    errors: dict[str, str] = {}
    for name in raw:
        if name in SYSTEM_FIELDS:
            errors[name] = "由系统生成，登记时不能填写"
        elif name not in INPUT_FIELDS:
            errors[name] = "不认识的字段名（字段名见 docs/fields.md）"
    checker = _Checker(raw, errors)

    name = checker.text("visitor_name", max_length=50, required=True)
    sex = checker.choice("visitor_sex", SEXES, required=False)
    id_type = checker.choice("id_type", ID_TYPES, required=True, default=CITIZEN_ID)
    id_number, sex, no_id_reason = _check_identity(checker, id_type, sex, rules.now.date())
    phone = checker.apply("phone", parse_phone, required=False)
    village = checker.text("village", max_length=30)
    address = checker.text("address", max_length=100, required=True)
    headcount = checker.integer("headcount", low=1, high=100_000, default=1)
    representatives = _check_representatives(checker, headcount, rules.now.date())

    channel = checker.choice("channel", CHANNELS, required=True)
    channel_ref = checker.text("channel_ref", max_length=50)
    if channel in CHANNEL_REFERENCE_LABELS and not channel_ref and "channel_ref" not in errors:
        errors["channel_ref"] = f"“{channel}”须填写{CHANNEL_REFERENCE_LABELS[channel]}"
    received_at = checker.apply(
        "received_at", lambda value: _parse_received(value, rules.now), required=True
    )

    kind = checker.choice("kind", KINDS, required=True)
    category1 = checker.text("category1", max_length=30, required=True)
    category2 = checker.text("category2", max_length=30)
    if category1 and "category1" not in errors and "category2" not in errors:
        try:
            rules.categories.check(category1, category2)
        except FieldError as error:
            errors["category1" if category1 not in rules.categories.tree else "category2"] = str(
                error
            )
    subject = checker.text("subject", max_length=60, required=True)
    request = checker.text("request", max_length=5000, required=True, multiline=True)
    facts = checker.text("facts", max_length=10000, multiline=True)
    involved = checker.text("involved", max_length=200)
    flags = {flag: checker.flag(flag) for flag in ("leapfrog", "repeat", "urgent")}

    if errors:
        raise InvalidInput(errors)
    return VisitInput(
        visitor_name=name,
        visitor_sex=sex,
        id_type=id_type,
        id_number=id_number,
        no_id_reason=no_id_reason,
        phone=phone,
        village=village,
        address=address,
        headcount=headcount,
        representatives=representatives,
        channel=channel,
        channel_ref=channel_ref,
        received_at=received_at,
        kind=kind,
        category1=category1,
        category2=category2,
        subject=subject,
        request=request,
        facts=facts,
        involved=involved,
        collective=headcount >= rules.collective_threshold,
        category_version=rules.categories.version,
        **flags,
    )


def is_same_matter(earlier: Any, category1: str, category2: str, involved: str) -> bool:
    """Whether an earlier visit of the same person looks like the same matter raised again:
    the same category at both levels and the same unit or people involved (重复访, as the
    statistical rule reads it; the clerk decides)."""
    if not category1:
        return False
    return (
        earlier.category1 == category1
        and earlier.category2 == category2
        and earlier.involved.strip() == involved.strip()
    )


def derive_sex(id_number: str, today: dt.date) -> str:
    """The sex an ID number states, or '' when it is not a valid citizen ID number."""
    try:
        return parse_citizen_id(id_number, today=today).sex
    except FieldError:
        return ""


class _Checker:
    """Reads one field at a time from raw input, recording the first problem of each field."""

    def __init__(self, raw: Mapping[str, Any], errors: dict[str, str]) -> None:
        self.raw = raw
        self.errors = errors

    def fail(self, name: str, message: str) -> None:
        self.errors.setdefault(name, message)

    def text(
        self, name: str, *, max_length: int, required: bool = False, multiline: bool = False
    ) -> str:
        try:
            value = clean_text(
                self.raw.get(name), label=LABELS[name], max_length=max_length, multiline=multiline
            )
        except FieldError as error:
            self.fail(name, str(error))
            return ""
        if required and not value:
            self.fail(name, f"请填写{LABELS[name]}")
        return value

    def choice(
        self, name: str, options: tuple[str, ...], *, required: bool, default: str = ""
    ) -> str:
        value = self.text(name, max_length=40) or default
        if value and value not in options:
            self.fail(name, f"{LABELS[name]}只能是：{'、'.join(options)}")
            return ""
        if required and not value:
            self.fail(name, f"请选择{LABELS[name]}")
        return value

    def apply(self, name: str, parse: Callable[[str], str], *, required: bool) -> str:
        value = self.text(name, max_length=60)
        if not value:
            if required:
                self.fail(name, f"请填写{LABELS[name]}")
            return ""
        try:
            return parse(value)
        except FieldError as error:
            self.fail(name, str(error))
            return ""

    def integer(self, name: str, *, low: int, high: int, default: int) -> int:
        value = self.raw.get(name, default)
        if value in (None, ""):
            value = default
        if isinstance(value, str) and re.fullmatch(r"[0-9]+", to_halfwidth(value).strip()):
            value = int(to_halfwidth(value).strip())
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(name, f"{LABELS[name]}应为整数")
            return default
        if not low <= value <= high:
            self.fail(name, f"{LABELS[name]}应在{low}到{high}之间")
            return default
        return value

    def flag(self, name: str) -> bool:
        value = self.raw.get(name, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.fail(name, f"“{LABELS[name]}”应为 true 或 false")
            return False
        return value


def _check_identity(
    checker: _Checker, id_type: str, sex: str, today: dt.date
) -> tuple[str, str, str]:
    """(number, sex, reason for no number); a citizen ID also fills or checks the sex."""
    raw_number = checker.text("id_number", max_length=40)
    reason = checker.text("no_id_reason", max_length=20)
    if id_type == NO_ID:
        if raw_number:
            checker.fail("id_number", "证件类型为“无证件”时不填号码")
        if not reason:
            checker.fail("no_id_reason", "没有证件号码时，请选择原因")
        elif reason not in NO_ID_REASONS:
            checker.fail("no_id_reason", f"无证件原因只能是：{'、'.join(NO_ID_REASONS)}")
        return "", sex, reason
    if reason:
        checker.fail("no_id_reason", "只在证件类型为“无证件”时填写")
    if not raw_number:
        if id_type:
            checker.fail("id_number", f"请填写{id_type}号码，或将证件类型选为“无证件”")
        return "", sex, ""
    if id_type != CITIZEN_ID:
        number = to_halfwidth(raw_number).replace(" ", "").upper()
        if not (number.isascii() and number.replace("-", "").isalnum() and 5 <= len(number) <= 30):
            checker.fail("id_number", "证件号码应为5到30位字母或数字")
            return "", sex, ""
        return number, sex, ""
    try:
        citizen = parse_citizen_id(raw_number, today=today)
    except FieldError as error:
        checker.fail("id_number", str(error))
        return "", sex, ""
    if sex and sex != citizen.sex:
        checker.fail("visitor_sex", f"与身份证号不符：身份证号表明是{citizen.sex}性")
    return citizen.number, citizen.sex, ""


def _check_representatives(
    checker: _Checker, headcount: int, today: dt.date
) -> tuple[Representative, ...]:
    """Other representatives; a message names the row as typed (blank rows keep their place)."""
    raw = checker.raw.get("representatives") or []
    if not isinstance(raw, list) or not all(isinstance(item, Mapping) for item in raw):
        checker.fail("representatives", "代表人应为列表，每人一项（name、id_number、phone）")
        return ()
    rows = [
        (index, item)
        for index, item in enumerate(raw, start=1)
        if any(str(value or "").strip() for value in item.values())
    ]
    if len(rows) > MAX_REPRESENTATIVES - 1:
        checker.fail(
            "representatives", f"代表人最多{MAX_REPRESENTATIVES}人（含来访人），其他代表人最多4人"
        )
        return ()
    if rows and "headcount" not in checker.errors and len(rows) + 1 > headcount:
        checker.fail("representatives", f"代表人（含来访人）{len(rows) + 1}人，多于来访人数")
        return ()
    result = []
    for index, item in rows:
        prefix = f"representatives[{index}]"
        unknown = set(item) - set(REPRESENTATIVE_FIELDS)
        if unknown:
            checker.fail(prefix, f"不认识的字段：{'、'.join(sorted(unknown))}")
            continue
        result.append(_check_representative(checker, prefix, index, item, today))
    return tuple(r for r in result if r is not None)


def _check_representative(
    checker: _Checker, prefix: str, index: int, item: Mapping[str, Any], today: dt.date
) -> Representative | None:
    values: dict[str, str] = {}
    for key, label in REPRESENTATIVE_FIELDS.items():
        try:
            values[key] = clean_text(
                item.get(key), label=f"第{index}位其他代表人的{label}", max_length=50
            )
        except FieldError as error:
            checker.fail(f"{prefix}.{key}", str(error))
            return None
    if not values["name"]:
        checker.fail(f"{prefix}.name", f"请填写第{index}位其他代表人的姓名")
        return None
    try:
        if values["id_number"]:
            values["id_number"] = parse_citizen_id(values["id_number"], today=today).number
    except FieldError as error:
        checker.fail(f"{prefix}.id_number", f"第{index}位其他代表人：{error}")
        return None
    try:
        if values["phone"]:
            values["phone"] = parse_phone(values["phone"])
    except FieldError as error:
        checker.fail(f"{prefix}.phone", f"第{index}位其他代表人：{error}")
        return None
    return Representative(**values)


def _parse_received(value: str, now: dt.datetime) -> str:
    text = to_halfwidth(value).strip().replace("T", " ")
    for pattern in (RECEIVED_FORMAT, "%Y-%m-%d %H:%M:%S"):
        try:
            moment = dt.datetime.strptime(text, pattern)
            break
        except ValueError:
            continue
    else:
        raise FieldError("接待时间应写成“年-月-日 时:分”，如 2026-03-05 09:30")
    if moment > now + CLOCK_TOLERANCE:
        raise FieldError("接待时间晚于现在，请核对日期和时间")
    if moment < EARLIEST_RECEIVED:
        raise FieldError("接待时间早于1990年，请核对")
    return moment.strftime(RECEIVED_FORMAT)
