"""Reading PDFs back as a person would: their text, word positions, size, and how they look.

poppler-utils (pdftotext, pdfinfo, pdftoppm) and zbar-tools (zbarimg) do the reading; the
project's scripts/install --test installs them.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree


def _with_file(pdf: bytes, command: list[str]) -> subprocess.CompletedProcess[bytes]:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(pdf)
        file.flush()
        return subprocess.run([*command, file.name], capture_output=True, check=True, timeout=60)


def text_of(pdf: bytes) -> str:
    """The text layer, joined without line breaks (CJK lines wrap anywhere)."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(pdf)
        file.flush()
        result = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", file.name, "-"], capture_output=True, check=True
        )
    return re.sub(r"\s+", "", result.stdout.decode("utf-8"))


def page_size(pdf: bytes | Path) -> tuple[float, float]:
    """Width and height of the first page in points."""
    if isinstance(pdf, Path):
        pdf = pdf.read_bytes()
    output = _with_file(pdf, ["pdfinfo"]).stdout.decode()
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", output)
    assert match, output
    return float(match[1]), float(match[2])


def page_count(pdf: bytes) -> int:
    output = _with_file(pdf, ["pdfinfo"]).stdout.decode()
    return int(re.search(r"Pages:\s+(\d+)", output)[1])


def embedded_fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font the PDF names."""
    lines = _with_file(pdf, ["pdffonts"]).stdout.decode().splitlines()[2:]
    return [(line.split()[0], line.split()[-5] == "yes") for line in lines if line.strip()]


@dataclass(frozen=True)
class Box:
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


def word_boxes(pdf: bytes) -> list[Box]:
    """Where each word was drawn (points, from the top left of the page)."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(pdf)
        file.flush()
        html = subprocess.run(
            ["pdftotext", "-bbox", "-enc", "UTF-8", file.name, "-"],
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
    body = html[html.index("<body>") : html.index("</body>") + 7]
    tree = ElementTree.fromstring(re.sub(r"xmlns=\"[^\"]+\"", "", body))
    return [
        Box(
            word.text or "",
            float(word.get("xMin")),
            float(word.get("yMin")),
            float(word.get("xMax")),
            float(word.get("yMax")),
        )
        for word in tree.iter("word")
    ]


def render_gray(pdf: bytes | Path, *, dpi: int = 50) -> tuple[int, int, bytes]:
    """The first page as 8-bit grey pixels: (width, height, pixels)."""
    if isinstance(pdf, Path):
        pdf = pdf.read_bytes()
    output = _with_file(pdf, ["pdftoppm", "-r", str(dpi), "-gray", "-singlefile"]).stdout
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", output)
    assert header, "pdftoppm did not give a greyscale image"
    width, height = int(header[1]), int(header[2])
    return width, height, output[header.end() :]


@dataclass(frozen=True)
class Ink:
    """How much of a page is dark, and where the ink is, as shares of the page's size."""

    dark: float
    top: float
    bottom: float
    left: float
    right: float


def ink_extent(pdf: bytes | Path) -> Ink:
    width, height, pixels = render_gray(pdf)
    rows = [r for r in range(height) if min(pixels[r * width : (r + 1) * width]) < 128]
    columns = [c for c in range(width) if min(pixels[c::width]) < 128]
    if not rows:
        return Ink(0.0, 0.0, 0.0, 0.0, 0.0)
    dark = sum(1 for value in pixels if value < 128) / len(pixels)
    return Ink(
        dark, rows[0] / height, (rows[-1] + 1) / height, columns[0] / width,
        (columns[-1] + 1) / width,
    )  # fmt: skip


def qr_codes(pdf: bytes | Path) -> list[str]:
    """What the QR codes on the first page say, read from a 200 dpi rendering."""
    if isinstance(pdf, Path):
        pdf = pdf.read_bytes()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "slip.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "200", "-gray", "-singlefile", source, Path(folder) / "page"],
            check=True,
        )
        result = subprocess.run(
            ["zbarimg", "--raw", "-q", Path(folder) / "page.pgm"], capture_output=True, text=True
        )
    return [line for line in result.stdout.splitlines() if line]
