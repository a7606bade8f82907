"""Where things are: the only module that knows whether desk runs from source or from a bundle."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import platformdirs

APP_NAME = "desk"
DB_ENVIRONMENT_VARIABLE = "DESK_DB"


def resources_dir() -> Path:
    """resources/ beside the package in a source checkout, or inside a PyInstaller bundle."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def running_from_bundle() -> bool:
    """True inside a PyInstaller bundle (which sets sys.frozen), False from source."""
    return bool(getattr(sys, "frozen", False))


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def screenshots_dir() -> Path:
    """The screenshots the help shows: docs/screenshots/ in a checkout, a copy in a bundle."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "screenshots"
    return Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def help_pictures() -> list[Path]:
    """The screenshots the built-in guides (resources/help/*.md) show, where the help looks
    for them; build.spec copies these into the bundle."""
    named = {
        match
        for guide in sorted(resource("help").glob("*.md"))
        for match in re.findall(r"!\[[^\]]*\]\(([^)\s]+\.png)\)", guide.read_text("utf-8"))
    }
    return [screenshots_dir() / name for name in sorted(named)]


def default_db_path() -> Path:
    """The per-user data folder (platformdirs), unless DESK_DB names another file."""
    chosen = os.environ.get(DB_ENVIRONMENT_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "desk.sqlite3"
