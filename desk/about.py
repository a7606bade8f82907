"""What the program is made of, for 关于 (About): the bundled parts, their versions and licenses.
No Qt: `desk --version`-style listings and the dialog read the same table."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import import_module, metadata

from desk import __version__
from desk.paths import resource


@dataclass(frozen=True)
class Part:
    name: str
    distribution: str  # the package whose version is shown
    license: str


PARTS = (
    Part("PySide6", "PySide6-Essentials", "LGPL-3.0"),
    Part("ReportLab", "reportlab", "BSD"),
    Part("SQLite / sqlite-utils", "sqlite-utils", "Public domain / Apache-2.0"),
    Part("cryptography", "cryptography", "Apache-2.0 or BSD-3-Clause"),
    Part("argon2-cffi", "argon2-cffi", "MIT"),
    Part("openpyxl", "openpyxl", "MIT"),
    Part("segno", "segno", "BSD"),
    Part("pypinyin", "pypinyin", "MIT"),
    Part("jsonschema", "jsonschema", "MIT"),
    Part("jsonschema-rs", "jsonschema-rs", "MIT"),
    Part("platformdirs", "platformdirs", "MIT"),
    Part("filelock", "filelock", "MIT"),
    Part("uuid6", "uuid6", "MIT"),
)

FONTS = (  # (family, license, the license file in resources/fonts/)
    ("WenQuanYi Micro Hei", "Apache-2.0 or GPL-3+ with font exception", "LICENSE-wqy-microhei.txt"),
    ("LXGW WenKai", "SIL OFL 1.1", "LICENSE-lxgw-wenkai.txt"),
    ("HanaMin B", "Hanazono Font License or SIL OFL 1.1", "LICENSE-hanazono.txt"),
)


def version_of(part: Part) -> str:
    """From the package's metadata; a bundle may not carry metadata, so also the module's own."""
    try:
        return metadata.version(part.distribution)
    except metadata.PackageNotFoundError:
        module = {"PySide6-Essentials": "PySide6", "argon2-cffi": "argon2"}.get(
            part.distribution, part.distribution.replace("-", "_")
        )
        try:
            return str(getattr(import_module(module), "__version__", "—"))
        except ImportError:
            return "—"


def python_version() -> str:
    return platform.python_version()


def font_license(file_name: str) -> str:
    return resource("fonts", file_name).read_text(encoding="utf-8", errors="replace")


def program_version() -> str:
    return __version__
