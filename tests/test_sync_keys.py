"""Key pairs, the public-key file a township and its stations exchange, and fingerprints."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desk.sync.errors import PublicKeyFileInvalid
from desk.sync.keys import (
    Party,
    PrivateKeyPem,
    PrivateKeys,
    PublicKeyFile,
    fingerprint,
    load_public_key_bytes,
    parse_public_key_file,
    read_public_key_file,
    write_public_key_file,
)
from desk.sync.schemas import first_schema_error
from tests.test_sync_support import STATION, TOWNSHIP

FINGERPRINT = re.compile(r"[0-9A-F]{4}( [0-9A-F]{4}){4}")


def test_private_keys_survive_pem_and_stay_the_same_keys() -> None:
    pem = STATION.keys.to_pem()
    assert pem.signing.startswith("-----BEGIN PRIVATE KEY-----")
    assert "ENCRYPTED" not in pem.signing + pem.encryption  # the database file guards them
    again = Party(STATION.code, STATION.name, "station", PrivateKeys.from_pem(pem))
    assert again.public_key_file() == STATION.public_key_file()
    message = b"signed once"
    STATION.public_key_file().signing_public_key().verify(again.keys.signing.sign(message), message)


def test_pem_of_the_wrong_kind_or_no_pem_is_refused() -> None:
    pem = STATION.keys.to_pem()
    with pytest.raises(ValueError, match="Ed25519"):
        PrivateKeys.from_pem(PrivateKeyPem(signing=pem.encryption, encryption=pem.encryption))
    with pytest.raises(ValueError, match="X25519"):
        PrivateKeys.from_pem(PrivateKeyPem(signing=pem.signing, encryption=pem.signing))
    with pytest.raises(ValueError):
        PrivateKeys.from_pem(PrivateKeyPem(signing="not a key", encryption=pem.encryption))


def test_generated_keys_are_new_each_time() -> None:
    first, second = PrivateKeys.generate(), PrivateKeys.generate()
    assert isinstance(first.signing, Ed25519PrivateKey)
    assert isinstance(first.encryption, X25519PrivateKey)
    party = Party("410423203202", "甲", "station", first)
    other = Party("410423203202", "甲", "station", second)
    assert party.fingerprint != other.fingerprint


def test_the_public_key_file_holds_who_and_both_keys_and_reads_back(tmp_path: Path) -> None:
    key_file = TOWNSHIP.public_key_file()
    document = key_file.to_json()
    assert document["format"] == "desk-public-key/1"
    assert (document["code"], document["name"], document["role"]) == (
        "410423203000",
        "马庄乡",
        "township",
    )
    assert first_schema_error("public-key", document) is None
    path = tmp_path / "公钥.desk-key"
    write_public_key_file(path, key_file)
    assert "马庄乡" in path.read_text("utf-8")
    assert read_public_key_file(path) == key_file
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_a_byte_order_mark_from_notepad_is_accepted() -> None:
    key_file = STATION.public_key_file()
    assert load_public_key_bytes(b"\xef\xbb\xbf" + key_file.to_bytes()) == key_file


def test_the_fingerprint_is_short_readable_and_binds_code_role_and_both_keys() -> None:
    key_file = STATION.public_key_file()
    assert FINGERPRINT.fullmatch(key_file.fingerprint)
    assert key_file.fingerprint == STATION.fingerprint == key_file.to_json()["fingerprint"]
    base = (key_file.code, key_file.role, key_file.signing_key, key_file.encryption_key)
    variants = [
        ("410423203203", *base[1:]),
        (base[0], "township", *base[2:]),
        (*base[:2], bytes(32), base[3]),
        (*base[:3], bytes(32)),
    ]
    assert len({fingerprint(*base), *(fingerprint(*v) for v in variants)}) == 5
    renamed = PublicKeyFile(key_file.code, "东风村新站", "station", *base[2:])
    assert renamed.fingerprint == key_file.fingerprint  # a new name keeps the fingerprint


def test_the_fingerprint_is_the_documented_hash() -> None:
    import hashlib

    document = STATION.public_key_file().to_json()
    canonical = json.dumps(
        {k: document[k] for k in ("code", "role", "signing_key", "encryption_key")},
        sort_keys=True,
        separators=(",", ":"),
    ).encode()
    digest = hashlib.sha256(canonical).hexdigest()[:20].upper()
    assert document["fingerprint"].replace(" ", "") == digest


def edited(**changes: object) -> dict[str, object]:
    return {**STATION.public_key_file().to_json(), **changes}


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"format": "desk-categories/1"}, "不是接待台的公钥文件"),
        ([1, 2], "不是接待台的公钥文件"),
        (edited(code="4104232032"), "格式不对：code"),
        (edited(role="county"), "格式不对：role"),
        (edited(signing_key="AAAA"), "格式不对：signing_key"),
        (edited(extra=1), "格式不对"),
        (edited(name="东风村"), None),  # a new name alone is fine
        (edited(code="410423203203"), "指纹"),  # passed off as another station's
        (edited(fingerprint="0000 0000 0000 0000 0000"), "指纹"),
        (
            edited(encryption_key=TOWNSHIP.public_key_file().to_json()["encryption_key"]),
            "指纹",
        ),
    ],
)
def test_a_wrong_public_key_file_is_refused_with_the_reason(
    document: object, message: str | None
) -> None:
    if message is None:
        assert parse_public_key_file(document).name == "东风村"
        return
    with pytest.raises(PublicKeyFileInvalid, match=message):
        parse_public_key_file(document)


@pytest.mark.parametrize("data", [b"", b"{", "{}".encode("utf-16"), b'{"format": 1, "format": 2}'])
def test_a_damaged_public_key_file_is_refused(data: bytes) -> None:
    with pytest.raises(PublicKeyFileInvalid, match="已损坏"):
        load_public_key_bytes(data)


def test_a_missing_public_key_file_is_refused_with_its_path(tmp_path: Path) -> None:
    with pytest.raises(PublicKeyFileInvalid, match="无法读取公钥文件"):
        read_public_key_file(tmp_path / "nowhere.desk-key")


def test_a_changed_byte_of_a_key_file_is_refused_or_changes_only_the_name() -> None:
    data = STATION.public_key_file().to_bytes()
    original = STATION.public_key_file()
    for position in range(len(data)):
        changed = data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1 :]
        try:
            key_file = load_public_key_bytes(changed)
        except PublicKeyFileInvalid:
            continue
        assert (key_file.code, key_file.role, key_file.signing_key, key_file.encryption_key) == (
            original.code,
            original.role,
            original.signing_key,
            original.encryption_key,
        )


def test_private_key_text_stays_out_of_repr() -> None:
    pem = STATION.keys.to_pem()
    assert "PRIVATE" not in repr(pem) and "PRIVATE" not in repr(STATION)
