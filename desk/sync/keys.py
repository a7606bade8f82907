"""Each party's keys: an Ed25519 key pair to sign what it sends, an X25519 key pair to receive.

A party is a village station or a township. Its private keys live in its own database file (as
unencrypted PKCS#8 PEM: whoever can read that file can read every visit in it anyway, so a
passphrase would guard nothing the file does not already give away). Its public keys travel as
a small JSON file (desk-public-key/1) that the township hands its stations and each station
hands its township; the fingerprint in it is read aloud over the phone to be sure the file is
the right one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from desk.atomic_file import write_atomically
from desk.sync.canonical import (
    StrictJsonError,
    b64decode,
    b64encode,
    canonical_bytes,
    parse_strict_json,
)
from desk.sync.errors import PublicKeyFileInvalid
from desk.sync.schemas import first_schema_error

PUBLIC_KEY_FORMAT = "desk-public-key/1"
Role = Literal["station", "township"]
ROLES: tuple[Role, ...] = ("station", "township")
ROLE_LABELS = {"station": "村级工作站", "township": "乡镇"}
RAW_KEY_LENGTH = 32  # both Ed25519 and X25519 public keys
# 80 bits: 20 hexadecimal digits, read aloud in five groups of four. Finding another key pair
# with the same fingerprint takes about 2**80 tries, far beyond anyone's reach.
FINGERPRINT_HEX_DIGITS = 20

_RAW = {"encoding": serialization.Encoding.Raw, "format": serialization.PublicFormat.Raw}


@dataclass(frozen=True)
class PrivateKeyPem:
    """The two private keys as PKCS#8 PEM text, as the database stores them. Not in repr():
    a traceback in a log must not carry them."""

    signing: str = field(repr=False)
    encryption: str = field(repr=False)


@dataclass(frozen=True)
class PrivateKeys:
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @classmethod
    def generate(cls) -> PrivateKeys:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    def to_pem(self) -> PrivateKeyPem:
        def pem(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
            return key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ).decode("ascii")

        return PrivateKeyPem(signing=pem(self.signing), encryption=pem(self.encryption))

    @classmethod
    def from_pem(cls, pem: PrivateKeyPem) -> PrivateKeys:
        """Raises ValueError when a text is not a PEM private key of the right kind."""
        signing = serialization.load_pem_private_key(pem.signing.encode("ascii"), password=None)
        encryption = serialization.load_pem_private_key(
            pem.encryption.encode("ascii"), password=None
        )
        if not isinstance(signing, Ed25519PrivateKey):
            raise ValueError("签名私钥应为 Ed25519 密钥")
        if not isinstance(encryption, X25519PrivateKey):
            raise ValueError("加密私钥应为 X25519 密钥")
        return cls(signing, encryption)


@dataclass(frozen=True)
class PublicKeyFile:
    """A party's public keys with who it is: the content of a desk-public-key/1 file.

    Keys are kept as their 32 raw bytes, so two files with the same keys compare equal.
    """

    code: str
    name: str
    role: Role
    signing_key: bytes
    encryption_key: bytes

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {self.role!r}")
        for raw in (self.signing_key, self.encryption_key):
            if len(raw) != RAW_KEY_LENGTH:
                raise ValueError(f"a public key has {RAW_KEY_LENGTH} bytes, not {len(raw)}")

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.code, self.role, self.signing_key, self.encryption_key)

    def signing_public_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.signing_key)

    def encryption_public_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.encryption_key)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": PUBLIC_KEY_FORMAT,
            "code": self.code,
            "name": self.name,
            "role": self.role,
            "signing_key": b64encode(self.signing_key),
            "encryption_key": b64encode(self.encryption_key),
            "fingerprint": self.fingerprint,
        }

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Party:
    """This computer's own identity: who it is and its private keys."""

    code: str
    name: str
    role: Role
    keys: PrivateKeys

    def public_key_file(self) -> PublicKeyFile:
        return PublicKeyFile(
            code=self.code,
            name=self.name,
            role=self.role,
            signing_key=self.keys.signing.public_key().public_bytes(**_RAW),
            encryption_key=self.keys.encryption.public_key().public_bytes(**_RAW),
        )

    @property
    def fingerprint(self) -> str:
        return self.public_key_file().fingerprint


def fingerprint(code: str, role: str, signing_key: bytes, encryption_key: bytes) -> str:
    """The first 80 bits of SHA-256 over the canonical JSON of code, role and both keys, as
    five groups of four upper-case hex digits ("3F2A 9C01 77DE 0B45 E8A2").

    The code and role are inside, so a key file cannot be passed off as another station's
    with only its name changed; the name is not, so renaming a station keeps its fingerprint.
    """
    digest = hashlib.sha256(
        canonical_bytes(
            {
                "code": code,
                "role": role,
                "signing_key": b64encode(signing_key),
                "encryption_key": b64encode(encryption_key),
            }
        )
    ).hexdigest()[:FINGERPRINT_HEX_DIGITS]
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4)).upper()


def parse_public_key_file(document: object) -> PublicKeyFile:
    """Check a desk-public-key/1 document: its schema, its keys and its fingerprint."""
    if not isinstance(document, Mapping) or document.get("format") != PUBLIC_KEY_FORMAT:
        raise PublicKeyFileInvalid('这不是接待台的公钥文件（应含 "format": "desk-public-key/1"）')
    problem = first_schema_error("public-key", document)
    if problem:
        raise PublicKeyFileInvalid(f"公钥文件格式不对：{problem}")
    try:
        key_file = PublicKeyFile(
            code=document["code"],
            name=document["name"],
            role=document["role"],
            signing_key=b64decode(document["signing_key"], length=RAW_KEY_LENGTH),
            encryption_key=b64decode(document["encryption_key"], length=RAW_KEY_LENGTH),
        )
        key_file.signing_public_key()
        key_file.encryption_public_key()
    except ValueError as error:
        raise PublicKeyFileInvalid(f"公钥文件中的密钥无效：{error}") from error
    if document["fingerprint"] != key_file.fingerprint:
        raise PublicKeyFileInvalid(
            f"公钥文件中的指纹（{document['fingerprint']}）与密钥算出的指纹"
            f"（{key_file.fingerprint}）不符：文件已损坏或被改动，请向对方重新索取"
        )
    return key_file


def load_public_key_bytes(data: bytes) -> PublicKeyFile:
    if data.startswith(b"\xef\xbb\xbf"):  # Notepad's byte-order mark
        data = data[3:]
    try:
        document = parse_strict_json(data)
    except StrictJsonError as error:
        raise PublicKeyFileInvalid(f"公钥文件已损坏，无法读取：{error}") from error
    return parse_public_key_file(document)


def read_public_key_file(path: Path) -> PublicKeyFile:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise PublicKeyFileInvalid(f"无法读取公钥文件 {path}：{error.strerror or error}") from error
    return load_public_key_bytes(data)


def write_public_key_file(path: Path, key_file: PublicKeyFile) -> None:
    write_atomically(Path(path), key_file.to_bytes())
