"""Mainland telephone numbers: mobiles (11 digits, 1[3-9]...) and landlines with area code."""

from __future__ import annotations

import re

from desk.domain.errors import FieldError
from desk.domain.text import to_halfwidth

_SEPARATORS = re.compile(r"[\s\-()（）]+")


def parse_phone(raw: str) -> str:
    """A normalised number: '13812345678' for a mobile, '0371-62345678' for a landline."""
    digits = _SEPARATORS.sub("", to_halfwidth(raw))
    international = digits.startswith(("+86", "0086"))
    if international:
        digits = digits.removeprefix("+86").removeprefix("0086")
        if digits[:1] in tuple("23456789") or digits.startswith("10"):
            digits = "0" + digits  # a landline written +86 10 ... drops its trunk 0
    if not digits.isdigit() or not digits.isascii():
        raise FieldError("电话号码只能包含数字（座机可用“-”分开区号）")
    if digits.startswith("1"):
        if re.fullmatch(r"1[3-9]\d{9}", digits):
            return digits
        raise FieldError(f"手机号码应为1开头的11位数字，第二位为3至9；现在是{len(digits)}位")
    if digits.startswith("0") and len(digits) > 1:
        # Area codes: 010 and 02x have three digits with the 0, all others four.
        area_length = 3 if digits[1] in "12" else 4
        area, local = digits[:area_length], digits[area_length:]
        if re.fullmatch(r"[2-9]\d{6,7}", local):
            return f"{area}-{local}"
        raise FieldError("座机号码应为区号加7到8位号码，如 0371-62345678")
    if re.fullmatch(r"\d{7,8}", digits):
        raise FieldError("座机号码请带区号，如 0371-62345678")
    raise FieldError("请填写11位手机号码，或带区号的座机号码")
