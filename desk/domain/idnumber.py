"""Citizen ID numbers (居民身份证号码) under GB 11643-1999.

18 characters: a 6-digit address code, the birth date as YYYYMMDD, a 3-digit sequence (odd for
men, even for women) and a check character computed by ISO 7064 MOD 11-2. First-generation cards
carry 15 digits (YYMMDD, no check character); they are converted to 18.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desk.domain.errors import FieldError
from desk.domain.text import to_halfwidth

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARACTERS = "10X98765432"

# Province-level codes of GB/T 2260, with 71 (Taiwan), 81/82 (Hong Kong, Macao: residence
# permits) and 83 (Taiwan residents' residence permits). These codes have been stable for decades.
PROVINCE_CODES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
        "83",
    ]
)
EARLIEST_BIRTH = dt.date(1880, 1, 1)  # GB 11643's own worked example is born 1880-01-01

_SEPARATORS = re.compile(r"[\s\-]+")


@dataclass(frozen=True)
class CitizenId:
    number: str
    birth_date: dt.date
    sex: str  # "男" or "女"


def check_character(first17: str) -> str:
    """The 18th character for the given first 17 digits."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARACTERS[total % 11]


def normalise(raw: str) -> str:
    """Full-width digits, lower-case x and separators as people type them, made canonical."""
    return _SEPARATORS.sub("", to_halfwidth(raw)).upper()


def parse_citizen_id(raw: str, *, today: dt.date) -> CitizenId:
    """Validate and normalise an ID number; 15-digit numbers come back as 18 digits."""
    number = normalise(raw)
    if re.fullmatch(r"[0-9]{15}", number):
        number = upgrade_15_to_18(number)
    elif not re.fullmatch(r"[0-9]{17}[0-9X]", number):
        raise FieldError(
            f"身份证号应为18位（旧证15位），除最后一位可为X外都是数字；现在是{len(number)}位"
        )
    if number[:2] not in PROVINCE_CODES:
        raise FieldError(f"身份证号前两位“{number[:2]}”不是省份代码，请核对")
    birth = _birth_date(number[6:14])
    if birth > today:
        raise FieldError(f"身份证号里的出生日期 {birth:%Y-%m-%d} 晚于今天，请核对")
    if birth < EARLIEST_BIRTH:
        raise FieldError(f"身份证号里的出生日期 {birth:%Y-%m-%d} 太早，请核对")
    if check_character(number[:17]) != number[17]:
        raise FieldError("身份证号校验位不符：号码中可能有输错或颠倒的数字，请逐位核对")
    sex = "男" if int(number[16]) % 2 == 1 else "女"
    return CitizenId(number=number, birth_date=birth, sex=sex)


def upgrade_15_to_18(number15: str) -> str:
    """A first-generation number: insert the century '19' and append the check character."""
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + check_character(first17)


def _birth_date(yyyymmdd: str) -> dt.date:
    try:
        return dt.datetime.strptime(yyyymmdd, "%Y%m%d").date()
    except ValueError:
        shown = f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:]}"
        raise FieldError(f"身份证号里的出生日期 {shown} 不存在，请核对") from None


def mask(number: str) -> str:
    """The first 6 and last 4 characters shown, as on slips and in lists."""
    if len(number) <= 10:
        return number
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
