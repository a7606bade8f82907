"""Messages from the layers below the window, in the window's language.

Validation, the workflow's rules, accounts, backups and sync speak Chinese and know nothing of
Qt; many messages carry values (请填写姓名, 身份证号前两位“99”不是省份代码). The window
translates a message when it shows it: the message is matched against the templates those
layers use (listed with %1, %2 ... by scripts/update-translations in desk/ui/domain_texts.py),
the template's translation comes from the `messages` context and the values go back in, each
translated too when it is a domain word or a message itself. What no template fits is shown as
it is, in Chinese.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from desk.ui.translations import speaks_source_language
from desk.ui.vocabulary import DOMAIN, LIST_SEPARATOR

MESSAGES = "messages"
_PLACE = re.compile(r"%(\d)")
_HAN = re.compile(r"[\u3400-\u9fff]")
_CHINESE = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")  # with its punctuation
_DEPTH = 3  # values inside values inside a message: enough for every message the layers make


def message_text(text: str) -> str:
    """`text` in the window's language, line by line."""
    if not text or speaks_source_language():
        return text
    return "\n".join(_line(line, 0) for line in text.split("\n"))


def _line(text: str, depth: int) -> str:
    indent = text[: len(text) - len(text.lstrip("　 "))]  # full-width spaces too
    body = text[len(indent) :]
    return indent + _translated(body, depth) if body else text


def _translated(text: str, depth: int) -> str:
    for context in (MESSAGES, DOMAIN):
        found = QCoreApplication.translate(context, text)
        if found != text:
            return found
    if not _CHINESE.search(text) or depth >= _DEPTH:
        return text
    for template, pattern in _templates():
        match = pattern.fullmatch(text)
        if match:
            values = {
                name[1:]: _translated(value, depth + 1) for name, value in match.groupdict().items()
            }
            english = QCoreApplication.translate(MESSAGES, template)
            return _fill(english, values)
    # Several messages in one (一；二), a message after a word (预览：…), a list of words.
    for separator, joined, most in (("；", "; ", -1), ("：", ": ", 1), (LIST_SEPARATOR, ", ", -1)):
        parts = [_translated(part, depth + 1) for part in text.split(separator, most)]
        if len(parts) > 1 and not any(_HAN.search(part) for part in parts):
            return joined.join(parts)
    return text


def _fill(text: str, values: dict[str, str]) -> str:
    return _PLACE.sub(lambda place: values.get(place[1], place[0]), text)


@cache
def _templates() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The templates with values, the most specific (most fixed text) first; a template whose
    fixed text is less than two characters (%1：%2) would match nearly anything."""
    from desk.ui.domain_texts import MESSAGES as TEMPLATES

    found = []
    for template in TEMPLATES:
        fixed = _PLACE.sub("", template)
        if fixed == template or len(fixed) < 2 or not _CHINESE.search(fixed):
            continue
        pieces = _PLACE.split(template)  # text, number, text, number, ... text
        pattern = "".join(
            re.escape(piece) if index % 2 == 0 else f"(?P<v{piece}>.*?)"
            for index, piece in enumerate(pieces)
        )
        found.append((len(fixed), template, re.compile(pattern, re.DOTALL)))
    found.sort(key=lambda item: (-item[0], item[1]))
    return tuple((template, pattern) for _, template, pattern in found)
