"""What the clerk typed into the 台账 search box, read every way it plausibly can be.

`parse_query("1234")` gives both an ID number's and a phone number's last four; the store looks
for each and shows what it finds. First the query is cleaned: control and invisible format
characters (zero-width spaces from pasted text) are dropped, white space is trimmed and runs of
it become one space; that is `SearchQuery.text`. Numbers and letters are then read half-width
(desk.domain.text.to_halfwidth), with the dashes of Chinese input methods (—, –, −) as "-".

| kind            | read when the query is                         | value; a visit matches when   |
| --------------- | ---------------------------------------------- | ----------------------------- |
| ID_FULL         | 18 characters, the last maybe x, or 15 digits; | 18 characters, X upper-case;  |
|                 | spaces and hyphens ignored, check not checked  | its ID number equals it       |
| PHONE_FULL      | accepted by desk.domain.phone.parse_phone      | parse_phone's; equal          |
| SERIAL          | `<12 digits>-<4 digits>-<digits>`              | sequence padded to 5; equal   |
| SERIAL_TAIL     | `20YY-<digits>` (year and sequence), or        | "2026-00001" or "00001"; the  |
|                 | exactly 5 digits (a sequence in any year)      | serial ends with "-" + value  |
| ID_TAIL         | 4 or 6 digits, the last maybe x, no hyphens    | X upper-case; a suffix        |
| PHONE_TAIL      | 4 digits, or 7 to 8 digits starting 2-9, maybe | digits; a suffix              |
|                 | split by - (a landline without its area code)  |                               |
| NAME_PREFIX     | Chinese characters only (· allowed between     | spaces removed; the name      |
|                 | parts of a name), at most 50                   | starts with it                |
| PINYIN_INITIALS | 2 to 4 Latin letters, each one that can start  | lower-case; NameKeys.initials |
|                 | a syllable (not i, u, v)                       | starts with it                |
| PINYIN_FULL     | Latin letters splitting into syllables, the    | lower-case, without spaces    |
|                 | last maybe unfinished; spaces and ' are breaks | and ', ü as v; NameKeys.full  |
|                 | ("zhang san", "xi'an", "zhangs")               | starts with it                |
| TEXT            | 2+ characters besides spaces, with a Chinese   | fold_text(query); the folded  |
|                 | one or with no other reading ("3组12号", "12") | subject or request contains it|

So "1234" is ID_TAIL and PHONE_TAIL, "张三" NAME_PREFIX and TEXT, "张" NAME_PREFIX only (one
character is too short a substring), "zs" PINYIN_INITIALS only. Nothing typed has a meaning of
its own: quotes, *, %, _, -, (, NEAR, AND and OR are ordinary characters of a TEXT value or
letters of a pinyin reading, so the store binds values as parameters and quotes them for FTS5
or escapes them for LIKE. TEXT values match only text indexed through fold_text.
"""

from __future__ import annotations

import contextlib
import enum
import re
import unicodedata
from dataclasses import dataclass

from desk.domain.errors import FieldError
from desk.domain.idnumber import normalise as normalise_id_number
from desk.domain.idnumber import upgrade_15_to_18
from desk.domain.phone import parse_phone
from desk.domain.pinyin import HAN_RANGES, INITIAL_LETTERS, is_pinyin
from desk.domain.serials import SEQUENCE_DIGITS, format_serial
from desk.domain.text import to_halfwidth


class Kind(enum.Enum):
    """The readings of a query, most specific first."""

    ID_FULL = "id_full"
    PHONE_FULL = "phone_full"
    SERIAL = "serial"
    SERIAL_TAIL = "serial_tail"
    ID_TAIL = "id_tail"
    PHONE_TAIL = "phone_tail"
    NAME_PREFIX = "name_prefix"
    PINYIN_INITIALS = "pinyin_initials"
    PINYIN_FULL = "pinyin_full"
    TEXT = "text"


@dataclass(frozen=True)
class Interpretation:
    kind: Kind
    value: str  # normalised as the table in the module docstring says


@dataclass(frozen=True)
class SearchQuery:
    text: str  # the query cleaned, as the clerk will recognise it
    interpretations: tuple[Interpretation, ...]  # in Kind order, at most one of each kind

    @property
    def kinds(self) -> tuple[Kind, ...]:
        return tuple(reading.kind for reading in self.interpretations)

    def value(self, kind: Kind) -> str | None:
        """The value read as `kind`, or None if the query cannot mean that."""
        return next((r.value for r in self.interpretations if r.kind is kind), None)


NAME_MAX_LENGTH = 50  # the name field's own limit (desk.domain.visit)
MAX_SEQUENCE_DIGITS = 9  # int() refuses strings of 4,300+ digits; no year holds a billion visits

_INVISIBLE = {"Cc", "Cf", "Cs"}  # control, zero-width/format, lone surrogates
_DASHES = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63]+")  # ‐ ‑ ‒ – — ― − ﹘ ﹣; "——" too
_PHONE_SEPARATORS = re.compile(r"[\s\-()]+")
_HAN = re.compile(f"[{HAN_RANGES}]")
_NAME = re.compile(f"[{HAN_RANGES}][{HAN_RANGES}·・•‧]*")
_SERIAL = re.compile(rf"([0-9]{{12}})-([0-9]{{4}})-([0-9]{{1,{MAX_SEQUENCE_DIGITS}}})")
_YEAR_AND_SEQUENCE = re.compile(rf"(20[0-9][0-9])-([0-9]{{1,{MAX_SEQUENCE_DIGITS}}})")


def parse_query(text: str) -> SearchQuery:
    """Every plausible reading of `text`; none for an empty query. Never raises."""
    cleaned = _clean(text)
    half = _DASHES.sub("-", to_halfwidth(cleaned))
    found = [
        *_read_id_number(half),
        *_read_phone(half),
        *_read_serial(half),
        *_read_name(cleaned),
        *_read_pinyin(half),
    ]
    if _is_text(cleaned, others=bool(found)):
        found.append(Interpretation(Kind.TEXT, fold_text(cleaned)))
    order = list(Kind)
    found.sort(key=lambda reading: order.index(reading.kind))
    return SearchQuery(text=cleaned, interpretations=tuple(found))


def _clean(text: str) -> str:
    """Invisible characters dropped, white space trimmed and collapsed to single spaces."""
    words = text.split()
    if "".join(words).isprintable():  # no Cc, Cf or Cs but white space: the usual text, quickly
        return " ".join(words)
    visible = (c for c in text if c.isspace() or unicodedata.category(c) not in _INVISIBLE)
    return " ".join("".join(visible).split())


def fold_text(text: str) -> str:
    """The form in which TEXT values are compared: cleaned, half-width, lower-case.

    Index the subject and the request in this same form: a clerk types "，" or "," and "３"
    or "3" at random, and stored text keeps whichever was typed.
    """
    return to_halfwidth(_clean(text)).lower()


def _read_id_number(half: str) -> list[Interpretation]:
    number = normalise_id_number(half)
    if re.fullmatch(r"[0-9]{17}[0-9X]", number):
        return [Interpretation(Kind.ID_FULL, number)]
    if re.fullmatch(r"[0-9]{15}", number):
        return [Interpretation(Kind.ID_FULL, upgrade_15_to_18(number))]
    tail = "".join(half.split()).upper()  # no hyphens: "2026-17" is a serial, not "202617"
    if re.fullmatch(r"[0-9]{3}(?:[0-9]{2})?[0-9X]", tail):
        return [Interpretation(Kind.ID_TAIL, tail)]
    return []


def _read_phone(half: str) -> list[Interpretation]:
    found = []
    with contextlib.suppress(FieldError):
        found.append(Interpretation(Kind.PHONE_FULL, parse_phone(half)))
    local = _PHONE_SEPARATORS.sub("", half)  # "6234-5678" as local numbers are written
    if re.fullmatch(r"[0-9]{4}", "".join(half.split())) or re.fullmatch(r"[2-9][0-9]{6,7}", local):
        found.append(Interpretation(Kind.PHONE_TAIL, local))
    return found


def _read_serial(half: str) -> list[Interpretation]:
    compact = "".join(half.split())
    if match := _SERIAL.fullmatch(compact):
        serial = format_serial(match[1], int(match[2]), int(match[3]))
        return [Interpretation(Kind.SERIAL, serial)]
    if match := _YEAR_AND_SEQUENCE.fullmatch(compact):
        tail = f"{match[1]}-{int(match[2]):0{SEQUENCE_DIGITS}d}"
        return [Interpretation(Kind.SERIAL_TAIL, tail)]
    if re.fullmatch(rf"[0-9]{{{SEQUENCE_DIGITS}}}", compact):
        return [Interpretation(Kind.SERIAL_TAIL, compact)]
    return []


def _read_name(cleaned: str) -> list[Interpretation]:
    name = cleaned.replace(" ", "")  # names hold no spaces; a stray one is a slip
    if len(name) <= NAME_MAX_LENGTH and _NAME.fullmatch(name):
        return [Interpretation(Kind.NAME_PREFIX, name)]
    return []


def _read_pinyin(half: str) -> list[Interpretation]:
    letters = half.lower().replace("ü", "v")
    found = []
    if re.fullmatch("[a-z]{2,4}", letters) and set(letters) <= INITIAL_LETTERS:
        found.append(Interpretation(Kind.PINYIN_INITIALS, letters))
    joined = re.sub("[ ']", "", letters)
    if len(joined) >= 2 and is_pinyin(letters, partial_last=True):
        found.append(Interpretation(Kind.PINYIN_FULL, joined))
    return found


def _is_text(cleaned: str, *, others: bool) -> bool:
    if len(cleaned.replace(" ", "")) < 2:
        return False  # a single character is no substring worth looking for
    return not others or _HAN.search(cleaned) is not None
