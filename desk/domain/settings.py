"""The station's settings: their names, defaults and rules."""

from __future__ import annotations

from typing import Any

from desk.domain.errors import FieldError
from desk.domain.visit import DEFAULT_COLLECTIVE_THRESHOLD

COLLECTIVE_THRESHOLD = "collective_threshold"
CATEGORY_LIST = "category_list"

DEFAULTS: dict[str, Any] = {COLLECTIVE_THRESHOLD: DEFAULT_COLLECTIVE_THRESHOLD}


def check_collective_threshold(value: int) -> int:
    if not 2 <= value <= 1000:
        raise FieldError("集体访人数标准应在2到1000人之间")
    return value
