"""docs/sync-format.md keeps up with the schemas, and its verify-by-hand recipe works."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from desk.sync.envelope import PlainRecipient
from desk.sync.errors import SyncFileRefused
from desk.sync.keys import write_public_key_file
from desk.sync.naming import public_key_file_name
from desk.sync.schemas import schema
from tests.conftest import REPO
from tests.test_sync_support import STATION, TOWNSHIP, sample_payload, seal_export

DOC = (REPO / "docs" / "sync-format.md").read_text("utf-8")


@pytest.mark.parametrize(
    "name",
    [
        *schema("envelope")["properties"],
        *schema("public-key")["properties"],
        *schema("payload")["properties"],
        *schema("payload")["$defs"]["event"]["properties"],
        *schema("payload")["$defs"]["acknowledgement"]["properties"],
        "uid",
        "version",
        "base_version",
        "sha256",
    ],
)
def test_every_member_of_the_format_is_described(name: str) -> None:
    assert f"`{name}`" in DOC


@pytest.mark.parametrize("error", SyncFileRefused.__subclasses__(), ids=lambda e: e.__name__)
def test_every_refusal_is_in_the_table_of_checks(error: type[SyncFileRefused]) -> None:
    assert f"`{error.__name__}` (`{error.reason}`)" in DOC


def recipe() -> str:
    section = DOC[DOC.index("## 10.") : DOC.index("## 11.")]
    return re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)


def run_recipe(sync_file: Path, key_file: Path, private_pem: str | None) -> str:
    code = recipe()
    for name, value in (
        ("sync_file", str(sync_file)),
        ("sender_key_file", str(key_file)),
        ("recipient_private_pem", private_pem),
    ):
        line = f"{name} = {value!r}"
        code = re.sub(rf"^{name} = .*$", lambda _, line=line: line, code, count=1, flags=re.M)
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(code, "docs/sync-format.md", "exec"), {})
    return output.getvalue()


@pytest.mark.parametrize("plain", [False, True], ids=["encrypted", "plain"])
def test_the_verify_by_hand_recipe_checks_and_decrypts_a_real_file(
    tmp_path: Path, plain: bool
) -> None:
    payload = sample_payload(3)
    recipient = PlainRecipient(TOWNSHIP.code, TOWNSHIP.name) if plain else None
    sync_file = tmp_path / "export.desk-sync"
    sync_file.write_bytes(seal_export(payload, recipient=recipient))
    key_file = tmp_path / public_key_file_name(STATION.public_key_file())
    write_public_key_file(key_file, STATION.public_key_file())
    output = run_recipe(sync_file, key_file, TOWNSHIP.keys.to_pem().encryption)
    assert "signature good: 东风村群众工作站" in output
    assert "3 visits, 4 events" in output


def test_the_recipe_catches_a_changed_file(tmp_path: Path) -> None:
    from cryptography.exceptions import InvalidSignature

    sync_file = tmp_path / "export.desk-sync"
    sync_file.write_bytes(seal_export(sample_payload(1)).replace(b'"number": 1', b'"number": 5'))
    key_file = tmp_path / "station.desk-key"
    write_public_key_file(key_file, STATION.public_key_file())
    with pytest.raises(InvalidSignature):
        run_recipe(sync_file, key_file, None)
