"""The documentation keeps up with the code: every field and every command is described."""

from __future__ import annotations

import pytest

from desk.cli import build_parser
from desk.domain.visit import INPUT_FIELDS, REPRESENTATIVE_FIELDS, SYSTEM_FIELDS
from tests.conftest import REPO

FIELDS_DOC = (REPO / "docs" / "fields.md").read_text("utf-8")
README = (REPO / "README.md").read_text("utf-8")


@pytest.mark.parametrize("field", [*INPUT_FIELDS, *SYSTEM_FIELDS, *REPRESENTATIVE_FIELDS])
def test_every_field_is_documented(field: str) -> None:
    assert f"`{field}`" in FIELDS_DOC


def test_every_command_is_in_the_readme() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for command in commands:
        assert f"desk {command}" in README or f"`{command}`" in README, command


def test_the_readme_opens_with_the_run_and_test_commands() -> None:
    opening = README[:1500]
    assert "scripts/run" in opening and "scripts/test" in opening
    for picture in ("setup-dialog.png", "register-page.png"):
        assert f"docs/screenshots/{picture}" in README
        assert (REPO / "docs" / "screenshots" / picture).exists()
