"""Canonical JSON, the one byte form that is signed and hashed, and strict JSON reading.

Canonical JSON here: keys sorted by code point, no whitespace, non-ASCII characters as
themselves (not \\u escapes), UTF-8, no NaN or Infinity; what Python's json.dumps writes with
sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False. Sync files hold
no fractional numbers, so float formatting never matters.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from typing import Any


class NotCanonicalizable(ValueError):
    """A value with no canonical form: NaN or Infinity, or a lone surrogate in a string."""


# json.dumps with these arguments builds a new encoder at every call: a file's 100,000 records
# are each hashed on both sides, so one encoder serves them all (it keeps no state between calls).
_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
).encode


def canonical_bytes(value: Any) -> bytes:
    try:
        return _CANONICAL(value).encode("utf-8")
    except (ValueError, UnicodeEncodeError, RecursionError) as error:
        raise NotCanonicalizable(str(error)) from error


class StrictJsonError(ValueError):
    """Bytes that are not one unambiguous JSON document in UTF-8."""


def parse_strict_json(data: bytes) -> Any:
    """JSON from UTF-8 bytes, refusing what different readers could understand differently:
    duplicate keys (one reader keeps the first, another the last), NaN and Infinity, and
    bytes that are not UTF-8 (json.loads would guess UTF-16 from the first bytes)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise StrictJsonError(f"不是 UTF-8 编码（第{error.start + 1}个字节）") from error
    try:
        return json.loads(
            text, object_pairs_hook=_object_without_duplicates, parse_constant=refuse_constant
        )
    except RecursionError as error:
        raise StrictJsonError("嵌套层数过多") from error
    except ValueError as error:  # JSONDecodeError, duplicate keys, too many digits
        raise StrictJsonError(str(error)) from error


def _object_without_duplicates(pairs: Sequence[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        duplicate = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise ValueError(f"键“{duplicate}”出现了两次")
    return result


def refuse_constant(name: str) -> Any:
    """For json.loads(parse_constant=...): NaN and Infinity are not JSON."""
    raise ValueError(f"JSON 中不允许 {name}")


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode(text: object, *, length: int | None = None, strict: bool = True) -> bytes:
    """Standard base64 with padding; line breaks and the URL alphabet are refused, and so (when
    strict) is any text but the one b64encode gives for the bytes: base64 can hide a few
    spare bits in its last character, and an unsigned value (the signature) must not have two
    spellings. Raises ValueError."""
    if not isinstance(text, str):
        raise ValueError("应为 base64 文字")
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise ValueError(f"不是有效的 base64：{error}") from error
    if strict and b64encode(data) != text:
        raise ValueError("base64 的写法不规范")
    if length is not None and len(data) != length:
        raise ValueError(f"应为{length}字节，实为{len(data)}字节")
    return data
