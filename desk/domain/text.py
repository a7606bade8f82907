"""Free text as the clerk typed it: trimmed, every character kept, control characters refused."""

from __future__ import annotations

import re
import unicodedata

from desk.domain.errors import FieldError

# Line breaks and tabs belong in multi-line texts (the request, the facts); nothing else of
# category Cc does, and lone surrogates cannot be stored as UTF-8 at all.
_MULTILINE_ALLOWED = {"\n", "\t"}
_LINE_BREAKS = {"Zl", "Zp"}  # U+2028, U+2029: line breaks in disguise


def _is_trimmable(char: str) -> bool:
    """Spaces (ASCII, full-width, no-break ...) and line ends; never another control character,
    which str.strip() would silently drop."""
    return char in " \t\n" or unicodedata.category(char) == "Zs"


def clean_text(value: object, *, label: str, max_length: int, multiline: bool = False) -> str:
    """Trim surrounding white space and refuse control characters; keep everything else exactly.

    Characters outside the Basic Multilingual Plane (rare name characters such as 𠇔) are
    ordinary characters here: Python strings hold them whole, and so does SQLite's UTF-8.
    """
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FieldError(f"{label}应为文字")
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    start, end = 0, len(text)
    while start < end and _is_trimmable(text[start]):
        start += 1
    while end > start and _is_trimmable(text[end - 1]):
        end -= 1
    text = text[start:end]
    for char in text:
        category = unicodedata.category(char)
        if char == "\n" or category in _LINE_BREAKS:
            if not multiline:
                raise FieldError(f"{label}只能写一行，不能换行")
        elif category == "Cs" or (
            category == "Cc" and not (multiline and char in _MULTILINE_ALLOWED)
        ):
            raise FieldError(f"{label}含有不可见的控制字符（U+{ord(char):04X}），请删除后重新输入")
    if len(text) > max_length:
        raise FieldError(f"{label}最多{max_length}个字，现有{len(text)}个字")
    return text


_HALFWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: " "}
_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000]")


def to_halfwidth(value: str) -> str:
    """Full-width digits and Latin letters (as typed by a Chinese input method) to ASCII."""
    # Most text has none: looking is quicker than translating (a township indexes whole files).
    return value.translate(_HALFWIDTH) if _FULLWIDTH.search(value) else value
