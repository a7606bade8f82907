"""The station (村级群众工作站) and its clerks, as the setup dialog and login see them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desk.domain.division import parse_division_code
from desk.domain.errors import FieldError, InvalidInput
from desk.domain.phone import parse_phone
from desk.domain.text import clean_text

ROLE_HEAD = "站长"
ROLE_CLERK = "接待员"
MIN_PASSWORD_LENGTH = 8

STATION_LABELS = {
    "name": "工作站名称",
    "code": "统计用区划代码",
    "township": "所属乡镇（街道）",
    "phone": "工作站联系电话",
}
CLERK_LABELS = {
    "clerk_name": "接待员姓名",
    "login": "登录名",
    "password": "密码",
    "password_again": "再次输入密码",
}


@dataclass(frozen=True)
class Station:
    code: str
    name: str
    township: str  # the township it reports to (for a township: its county)
    phone: str
    mode: str = "station"  # "station": a village station; "township": a township's office

    @property
    def is_township(self) -> bool:
        return self.mode == "township"


@dataclass(frozen=True)
class NewClerk:
    name: str
    login: str
    password: str
    role: str = ROLE_HEAD


@dataclass(frozen=True)
class Clerk:
    id: int
    login: str
    name: str
    role: str


def validate_station(raw: Mapping[str, Any]) -> Station:
    errors: dict[str, str] = {}
    mode = str(raw.get("mode") or "station")
    if mode not in ("station", "township"):
        errors["mode"] = "请选择本机用于村级工作站还是乡镇"
    values: dict[str, str] = {}
    parsers = {"code": parse_division_code, "phone": parse_phone}
    for key, label in STATION_LABELS.items():
        try:
            text = clean_text(raw.get(key), label=label, max_length=60)
            if not text:
                raise FieldError(f"请填写{label}")
            values[key] = parsers[key](text) if key in parsers else text
        except FieldError as error:
            errors[key] = str(error)
    if errors:
        raise InvalidInput(errors)
    return Station(**values, mode=mode)


def validate_new_clerk(raw: Mapping[str, Any], *, role: str = ROLE_HEAD) -> NewClerk:
    errors: dict[str, str] = {}
    try:
        name = clean_text(raw.get("clerk_name"), label="姓名", max_length=30)
        if not name:
            raise FieldError("请填写接待员姓名")
    except FieldError as error:
        errors["clerk_name"] = str(error)
        name = ""
    login = str(raw.get("login") or "").strip()
    if not re.fullmatch(r"[A-Za-z0-9_.\-]{2,32}", login):
        errors["login"] = "登录名用2到32个英文字母、数字或 _ . -（如 zhangsan）"
    password = str(raw.get("password") or "")
    if len(password) < MIN_PASSWORD_LENGTH:
        errors["password"] = f"密码至少{MIN_PASSWORD_LENGTH}位"
    elif password != str(raw.get("password_again") or ""):
        errors["password_again"] = "两次输入的密码不一致"
    if errors:
        raise InvalidInput(errors)
    return NewClerk(name=name, login=login.lower(), password=password, role=role)
