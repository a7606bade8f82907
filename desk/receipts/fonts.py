"""The slip's fonts: the bundled faces registered with ReportLab, and a fallback by character.

ReportLab draws nothing, silently, for a character its font lacks. So text is split into runs,
each in the first face that has all its characters: WenQuanYi Micro Hei, then LXGW WenKai, then
HanaMin B (CJK Extensions B to F). A character no face has is printed as its code point, e.g.
[U+3134A], so it is never lost or shown as an empty box. The faces are loaded on first use
(the large fallbacks only when a text needs them) and subset into each PDF.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from desk.paths import resource


@dataclass(frozen=True)
class Face:
    name: str  # the name ReportLab knows it by
    file: str
    subfont: int = 0


TEXT_FACE = Face("DeskHei", "wqy-microhei.ttc")
FALLBACK_FACES = (Face("DeskKai", "LXGWWenKai-Regular.ttf"), Face("DeskHanaMinB", "HanaMinB.ttf"))
FACES = (TEXT_FACE, *FALLBACK_FACES)

_lock = threading.Lock()
_loaded: dict[str, TTFont] = {}


def _face(face: Face) -> TTFont:
    with _lock:
        font = _loaded.get(face.name)
        if font is None:
            font = TTFont(face.name, str(resource("fonts", face.file)), subfontIndex=face.subfont)
            pdfmetrics.registerFont(font)
            _loaded[face.name] = font
        return font


def text_font() -> str:
    """The main face's name, loading it if needed (the app preloads it in the background)."""
    return _face(TEXT_FACE).fontName


def _has(face: Face, char: str) -> bool:
    return ord(char) in _face(face).face.charToGlyph


def face_runs(text: str) -> Iterator[tuple[str, str]]:
    """(face name, text) runs covering `text`, each character in the first face that has it."""
    run_face, run = "", []
    for char in text:
        chosen = next((f.name for f in FACES if char in "\n\t " or _has(f, char)), "")
        shown = char if chosen else f"[U+{ord(char):04X}]"
        chosen = chosen or TEXT_FACE.name
        if chosen != run_face and run:
            yield run_face, "".join(run)
            run = []
        run_face = chosen
        run.append(shown)
    if run:
        yield run_face, "".join(run)


def markup(text: str) -> str:
    """Paragraph markup for `text` with its fallback runs; line breaks kept."""
    parts = []
    for face, run in face_runs(text):
        body = escape(run).replace("\n", "<br/>")
        parts.append(body if face == TEXT_FACE.name else f'<font face="{face}">{body}</font>')
    return "".join(parts)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab 5.1's ToUnicode map, with characters beyond U+FFFF written as UTF-16 pairs.

    ReportLab writes such a character as five hex digits, which readers truncate: a name with
    𠇔 (U+201D4) would be copied or searched as ” (U+201D). The drawing is right; only the text
    layer was wrong. Same map otherwise.
    """
    entries = [
        f"<{code:02X}> <{chr(value).encode('utf-16-be').hex().upper()}>"
        for code, value in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


ttfonts.makeToUnicodeCMap = _to_unicode_cmap
