"""统计用区划代码: the National Bureau of Statistics' 12-digit codes for villages and communities.

Positions 1-2 province, 3-4 prefecture, 5-6 county (the GB/T 2260 county code), 7-9 township,
10-12 village or community.
"""

from __future__ import annotations

import re

from desk.domain.errors import FieldError
from desk.domain.idnumber import PROVINCE_CODES
from desk.domain.text import to_halfwidth


def parse_division_code(raw: str) -> str:
    code = re.sub(r"\s+", "", to_halfwidth(raw))
    if not re.fullmatch(r"[0-9]{12}", code):
        raise FieldError(f"区划代码应为12位数字；现在是{len(code)}位")
    if code[:2] not in PROVINCE_CODES or code[:2] in {"71", "81", "82", "83"}:
        raise FieldError(f"区划代码前两位“{code[:2]}”不是内地省份代码")
    if code[2:4] == "00":
        raise FieldError("区划代码第3、4位（地市）不能是00")
    if code[4:6] == "00":
        raise FieldError("区划代码第5、6位（县区）不能是00：前6位应是县级代码")
    if code[6:9] == "000":
        raise FieldError("区划代码第7至9位（乡镇街道）不能是000")
    return code
