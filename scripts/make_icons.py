"""Render the application icon (resources/icons/desk.svg) to PNG sizes and a Windows .ico.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py

Run it after changing the SVG and commit what it writes. Qt draws the SVG (QtSvg comes with
PySide6), so no image library is needed; the .ico holds one PNG per size, which Windows reads
since Vista.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)  # what Explorer and the taskbar ask for


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file (ICONDIR, one ICONDIRENTRY per image, then the PNGs)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in pngs.items():
        side = size if size < 256 else 0  # 0 means 256 in a one-byte field
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage drawing needs an application)
    renderer = QSvgRenderer(str(ICONS / "desk.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / 'desk.svg'}", file=sys.stderr)
        return 1
    pngs = {size: render(renderer, size) for size in PNG_SIZES}
    for size, png in pngs.items():
        (ICONS / f"desk-{size}.png").write_bytes(png)
    (ICONS / "desk.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    print(f"wrote {len(pngs)} PNG sizes and desk.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
