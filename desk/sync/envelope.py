"""Sealing a payload into a sync file, and opening one: sign, encrypt, verify, decrypt, check.

The file is one JSON object (sync-envelope.schema.json). Everything but the payload is readable
without keys, so a clerk or `desk verify` can say what a file is before anything is loaded.

Encryption (scheme "X25519-HKDF-SHA256-A256KW-A256GCM", all primitives from `cryptography`):
a fresh random AES-256 key per file encrypts the payload's JSON with AES-GCM, the header as
associated data. That key is wrapped for the recipient: a one-time X25519
key pair agrees a secret with the recipient's X25519 public key, HKDF-SHA256 (its info binding
both public keys) turns the secret into a key-encryption key, and AES key wrap (RFC 3394)
wraps the file key with it. This is ECIES, shaped like JOSE's ECDH-ES+A256KW with HKDF in
place of the Concat KDF.

Signature: Ed25519 by the sender over the canonical JSON (desk.sync.canonical) of the whole
envelope without its "signature" member, encrypted payload included. So any change to what the
file says is refused; a change to its layout only (JSON whitespace) is not a change to what it
says, and is accepted.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap, aes_key_wrap

from desk.sync.canonical import (
    NotCanonicalizable,
    StrictJsonError,
    b64decode,
    b64encode,
    canonical_bytes,
    parse_strict_json,
    refuse_constant,
)
from desk.sync.errors import (
    AlteredFile,
    InvalidSyncPayload,
    PayloadTooLarge,
    RecipientKeyMissing,
    SyncFileDamaged,
    UnknownSender,
    UnknownSyncFormat,
    WrongRecipient,
)
from desk.sync.keys import ROLE_LABELS, Party, PublicKeyFile, Role
from desk.sync.payload import check_payload, compact_json, counts_of
from desk.sync.schemas import first_schema_error

FORMAT_NAME = "desk-sync"
# 2: an encrypted payload's JSON is compressed (zlib) before it is encrypted. Version 1 files
# (uncompressed) are still read.
FORMAT_VERSION = 2
FORMAT_VERSIONS = (1, 2)
COMPRESSION_LEVEL = 1  # zlib's quickest: JSON of records shrinks about 5x even so
Kind = Literal["export", "feedback"]
KINDS: tuple[Kind, ...] = ("export", "feedback")
SENDER_ROLE: Mapping[Kind, Role] = {"export": "station", "feedback": "township"}
ENCRYPTION_SCHEME = "X25519-HKDF-SHA256-A256KW-A256GCM"
SIGNATURE_ALGORITHM = "Ed25519"
PLAIN_WARNING = (
    "本文件未加密：拿到它的任何人都能读到其中来访人的姓名、身份证号、电话和反映的事项，"
    "请妥善保管，用完即删"
)
NONCE_LENGTH = 12
FILE_KEY_LENGTH = 32
WRAPPED_KEY_LENGTH = FILE_KEY_LENGTH + 8  # RFC 3394 adds one 64-bit block
MAX_PAYLOAD_BYTES = 2**31 - 1  # what AES-GCM in `cryptography` takes at once
SIGNATURE_LENGTH = 64
_WRAP_INFO = b"desk-sync/1 file key wrap"
# Members that are not "header": the AAD of the payload's encryption is the rest.
_NOT_HEADER = ("encryption", "signature", "payload")
_PAYLOAD_SLOT = b'"payload":""'  # where the payload goes in the canonical text (see _with_payload)
_DAMAGED = "同步文件已损坏或不完整（可能是复制时U盘被拔出，或文件没有复制完）"


@dataclass(frozen=True)
class SequenceRange:
    """The sender's event sequence numbers (events.seq) a file covers, both ends included."""

    first: int
    last: int

    def __post_init__(self) -> None:
        if not 1 <= self.first <= self.last:
            raise ValueError(f"a sequence range needs 1 <= first <= last: {self}")


@dataclass(frozen=True)
class PlainRecipient:
    """Whom an unencrypted file is for: giving one is how a caller explicitly asks for a file
    without encryption (sealing for None is refused)."""

    code: str
    name: str = ""


@dataclass(frozen=True)
class SyncHeader:
    """What a file says about itself, readable without keys (verified only after open_sealed)."""

    kind: Kind
    format_version: int
    sender_code: str
    sender_name: str
    sender_role: Role
    sender_key_fingerprint: str
    recipient_code: str
    recipient_name: str
    township: str
    number: int
    sequence: SequenceRange | None
    created: str  # ISO 8601 with offset, as written
    counts: Mapping[str, int]
    previous_sha256: str | None
    encrypted: bool
    recipient_key_fingerprint: str | None  # None when not encrypted
    sha256: str  # of the whole file: the next file's previous_sha256

    @property
    def created_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created)


@dataclass(frozen=True)
class Opened:
    header: SyncHeader
    payload: dict[str, Any]


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- sealing --------------------------------------------------------------------------------


def seal(
    payload: Mapping[str, Any],
    *,
    kind: Kind,
    sender: Party,
    recipient: PublicKeyFile | PlainRecipient | None,
    number: int,
    sequence: SequenceRange | None,
    created: dt.datetime,
    previous_sha256: str | None,
    visits_json: Sequence[bytes] | None = None,
    format_version: int = FORMAT_VERSION,
) -> bytes:
    """The bytes of a sync file (write them with desk.atomic_file.write_atomically).

    `recipient` is the recipient's public-key file; a PlainRecipient asks for a file without
    encryption, and None (no key registered yet) raises RecipientKeyMissing. `counts` are taken
    from the payload. The payload is not checked against its schema here (that costs seconds
    for a big export); the sender's tests and the recipient's open_sealed do.
    `visits_json` is the JSON of each visit as desk.sync.payload.hash_entry wrote it, so that
    an encrypted file need not write them again. `format_version` 1 writes what programs
    before version 2 read (no compression): only for tests.
    """
    if format_version not in FORMAT_VERSIONS:
        raise ValueError(f"format_version must be one of {FORMAT_VERSIONS}")
    if recipient is None:
        raise RecipientKeyMissing(
            "还没有导入对方的公钥文件，不能加密同步文件。请先导入公钥文件；"
            "确需导出不加密的文件时，请明确选择“不加密导出”"
        )
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    if sender.role != SENDER_ROLE[kind]:
        raise ValueError(f"a {kind} file is sent by a {SENDER_ROLE[kind]}, not a {sender.role}")
    if number < 1:
        raise ValueError("the file number starts at 1")
    if created.tzinfo is None:
        raise ValueError("created must carry its UTC offset")
    if previous_sha256 is not None and not re.fullmatch(r"[0-9a-f]{64}", previous_sha256):
        raise ValueError("previous_sha256 is 64 lower-case hexadecimal digits (file_sha256)")
    _check_events_in_range(payload, sequence, ValueError)

    header: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": format_version,
        "kind": kind,
        "sender": {
            "code": sender.code,
            "name": sender.name,
            "role": sender.role,
            "key_fingerprint": sender.fingerprint,
        },
        "recipient": {"code": recipient.code, "name": recipient.name},
        "township": recipient.code if kind == "export" else sender.code,
        "number": number,
        "sequence": None if sequence is None else {"first": sequence.first, "last": sequence.last},
        "created": created.isoformat(timespec="seconds"),
        "counts": counts_of(payload),
        "previous_sha256": previous_sha256,
    }
    if isinstance(recipient, PlainRecipient):
        encryption: dict[str, Any] = {"encrypted": False, "warning": PLAIN_WARNING}
        # In the clear the payload is part of what is signed: its canonical form, as is.
        payload_json = canonical_bytes(payload)
    else:
        # Encrypted, only the ciphertext is signed, so the plaintext needs no canonical form:
        # plain compact JSON is a third quicker to write (no sorting).
        plaintext = compact_json(payload, visits_json)
        if len(plaintext) > MAX_PAYLOAD_BYTES:
            raise PayloadTooLarge(
                f"要导出的内容有 {len(plaintext) / 2**30:.1f} GB，超过一个同步文件能加密的 2 GB："
                "请按事件序号分成几个文件导出"
            )
        if format_version >= 2:
            # A fifth of the bytes to encrypt, encode, sign, write, read back and check.
            plaintext = zlib.compress(plaintext, COMPRESSION_LEVEL)
        encryption, ciphertext = _encrypt(plaintext, recipient, canonical_bytes(header))
        payload_json = b'"' + base64.b64encode(ciphertext) + b'"'  # nothing to escape
    unsigned = {**header, "encryption": encryption, "payload": ""}
    signature = sender.keys.signing.sign(_with_payload(canonical_bytes(unsigned), payload_json))
    document = {
        **header,
        "encryption": encryption,
        "signature": {"algorithm": SIGNATURE_ALGORITHM, "value": b64encode(signature)},
        "payload": "",  # last, so the header reads first when the file is opened in an editor
    }
    # Indented for people; no newline at the end, so that every truncation, even of one
    # byte, leaves text that is not JSON.
    layout = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    return _fill_slot(layout, b'"payload": ""', b'"payload": ', payload_json)


def _encrypt(
    plaintext: bytes, recipient: PublicKeyFile, aad: bytes
) -> tuple[dict[str, Any], bytes]:
    file_key = AESGCM.generate_key(bit_length=FILE_KEY_LENGTH * 8)
    nonce = os.urandom(NONCE_LENGTH)
    ciphertext = AESGCM(file_key).encrypt(nonce, plaintext, aad)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    shared = ephemeral.exchange(recipient.encryption_public_key())
    wrapping_key = _wrapping_key(shared, ephemeral_public, recipient.encryption_key)
    encryption = {
        "encrypted": True,
        "scheme": ENCRYPTION_SCHEME,
        "recipient_key_fingerprint": recipient.fingerprint,
        "ephemeral_key": b64encode(ephemeral_public),
        "wrapped_key": b64encode(aes_key_wrap(wrapping_key, file_key)),
        "nonce": b64encode(nonce),
    }
    return encryption, ciphertext


def _wrapping_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    # Both public keys in the info, as HPKE's DHKEM does: the key belongs to this exchange only.
    return HKDF(
        algorithm=hashes.SHA256(),
        length=FILE_KEY_LENGTH,
        salt=None,
        info=_WRAP_INFO + ephemeral_public + recipient_public,
    ).derive(shared)


def _with_payload(canonical_without_payload: bytes, payload_json: bytes) -> bytes:
    """The canonical bytes of the envelope whose "payload" is `payload_json` (JSON bytes that
    are canonical already: canonical_bytes' own output, or base64 in quotes).

    A payload can be hundreds of megabytes; passing it through json.dumps again for the
    signature doubled the time of an export. Its bytes are put into the slot instead: the
    same bytes json.dumps would give.
    """
    return _fill_slot(canonical_without_payload, _PAYLOAD_SLOT, b'"payload":', payload_json)


class _SlotNotUnique(ValueError):
    """The slot text appears more than once: only in a file made to look so (an extra member
    named like 'x"payload' with an empty value), never in one this module wrote."""


def _fill_slot(text: bytes, slot: bytes, key: bytes, value: bytes) -> bytes:
    """`text` with its one `slot` replaced by key + value, copying the big value only once.
    Inside JSON strings every quote is escaped, so an unescaped slot is a member itself."""
    if text.count(slot) != 1:
        raise _SlotNotUnique(slot)
    before, after = text.split(slot)
    return b"".join((before, key, value, after))


# --- opening --------------------------------------------------------------------------------


def read_header(data: bytes) -> SyncHeader:
    """What the file says about itself, without keys and without checking the signature: for
    showing a file before it is loaded. Raises SyncFileDamaged or UnknownSyncFormat."""
    envelope = _parse_envelope(data)
    problem = first_schema_error("envelope", envelope)
    if problem:
        raise SyncFileDamaged(f"{_DAMAGED}：文件头不完整（{problem}）")
    return _header(envelope, file_sha256(data))


def check_signed(data: bytes, *, senders: Callable[[str], PublicKeyFile | None]) -> SyncHeader:
    """Everything that needs no private key: format, sender, signature, header. What a station
    uses to check the file it has just written (it cannot decrypt what it sealed for its
    township), and `desk verify` where no private key is at hand."""
    envelope = _parse_envelope(data)
    _verify_signature(envelope, senders)
    return _checked_header(envelope, file_sha256(data))


def open_sealed(
    data: bytes,
    *,
    senders: Callable[[str], PublicKeyFile | None],
    me: Party,
    my_code: str | None = None,
) -> Opened:
    """Verify, decrypt and check a sync file; raise the first reason to refuse it.

    In this order: SyncFileDamaged (not JSON, cut short), UnknownSyncFormat (not a sync file,
    or a newer format version), UnknownSender (no public key registered for the sender),
    AlteredFile (signature wrong), InvalidSyncPayload (a signed header that breaks the
    format's rules), WrongRecipient (meant for someone else), AlteredFile (cannot decrypt),
    InvalidSyncPayload (the payload breaks the format's rules).
    `senders` gives the registered public key for a sender's code; `my_code` defaults to
    me.code. A plain file is opened too: header.encrypted says so.
    """
    envelope = _parse_envelope(data)
    _verify_signature(envelope, senders)
    header = _checked_header(envelope, file_sha256(data))
    mine = my_code or me.code
    if header.recipient_code != mine:
        raise WrongRecipient(
            f"这份同步文件是发给“{header.recipient_name or header.recipient_code}”"
            f"（代码 {header.recipient_code}）的，不是发给本机（代码 {mine}）的"
        )
    payload = _decrypt(envelope, me) if header.encrypted else envelope["payload"]
    check_payload(payload)
    if counts_of(payload) != dict(header.counts):
        raise InvalidSyncPayload(
            f"同步文件头写的数量（{_counts_text(header.counts)}）与内容"
            f"（{_counts_text(counts_of(payload))}）不符"
        )
    _check_events_in_range(payload, header.sequence, InvalidSyncPayload)
    return Opened(header, payload)


def _parse_envelope(data: bytes) -> dict[str, Any]:
    """The parsed file, its format and version checked, with the members the signature check
    needs present (SyncFileDamaged, UnknownSyncFormat)."""
    if not data or data.isspace():
        raise SyncFileDamaged(f"{_DAMAGED}：文件是空的")
    try:
        envelope = parse_strict_json(data)
    except StrictJsonError as error:
        raise SyncFileDamaged(f"{_DAMAGED}：{error}") from error
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT_NAME:
        raise UnknownSyncFormat("这不是接待台的同步文件")
    version = envelope.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise UnknownSyncFormat("同步文件的格式版本号不对，无法读取")
    if version > FORMAT_VERSION:
        raise UnknownSyncFormat(
            f"这份同步文件是较新版本的程序生成的（格式第{version}版），"
            f"本程序只能读取第{FORMAT_VERSION}版及以前的：请先升级本机的接待台程序"
        )
    sender = envelope.get("sender")
    signature = envelope.get("signature")
    if not (
        isinstance(sender, dict)
        and isinstance(sender.get("code"), str)
        and isinstance(signature, dict)
        and isinstance(signature.get("value"), str)
    ):
        raise SyncFileDamaged(f"{_DAMAGED}：缺少发送方或签名")
    return envelope


def _verify_signature(
    envelope: dict[str, Any], senders: Callable[[str], PublicKeyFile | None]
) -> None:
    code = envelope["sender"]["code"]
    known = senders(code)
    if known is None:
        name = envelope["sender"].get("name")
        who = f"“{name}”（代码 {code}）" if isinstance(name, str) else f"代码 {code}"
        raise UnknownSender(
            f"发送方{who}的公钥尚未在本机登记，无法确认文件的来源：请先导入该方的公钥文件"
        )
    try:
        # The signature member is not signed itself: it must be exactly what seal writes.
        if envelope["signature"].keys() != {"algorithm", "value"} or (
            envelope["signature"]["algorithm"] != SIGNATURE_ALGORITHM
        ):
            raise ValueError("the signature member is not as sealed")
        signature = b64decode(envelope["signature"]["value"], length=SIGNATURE_LENGTH)
        known.signing_public_key().verify(signature, _signed_bytes(envelope))
    except (ValueError, InvalidSignature, NotCanonicalizable) as error:
        claimed = envelope["sender"].get("key_fingerprint")
        if isinstance(claimed, str) and claimed != known.fingerprint:
            raise AlteredFile(
                f"文件的签名密钥（指纹 {claimed}）与本机登记的“{known.name}”公钥"
                f"（指纹 {known.fingerprint}）不一致：文件不是用该方登记的密钥签名的"
                "（被改动过，或该方更换了密钥，须重新登记其公钥文件）"
            ) from error
        raise AlteredFile(
            f"签名不符：这份文件在“{known.name}”签名之后被改动过（或已损坏），不能导入"
        ) from error


def _signed_bytes(envelope: Mapping[str, Any]) -> bytes:
    unsigned = {key: value for key, value in envelope.items() if key != "signature"}
    payload = unsigned.get("payload")
    if isinstance(payload, str) and _needs_no_escaping(payload):
        try:
            quoted = b"".join((b'"', payload.encode("ascii"), b'"'))
            return _with_payload(canonical_bytes({**unsigned, "payload": ""}), quoted)
        except _SlotNotUnique:
            pass
    return canonical_bytes(unsigned)  # slow for a big payload, but right for any text


def _needs_no_escaping(text: str) -> bool:
    """Whether json.dumps(text, ensure_ascii=False) is the text in quotes, unchanged."""
    return text.isascii() and text.isprintable() and '"' not in text and "\\" not in text


def _checked_header(envelope: dict[str, Any], sha256: str) -> SyncHeader:
    """The header of a file whose signature is good: the rules it must still satisfy are the
    sender's to keep, so breaking them is InvalidSyncPayload."""
    problem = first_schema_error("envelope", envelope)
    if problem:
        raise InvalidSyncPayload(f"同步文件头不符合格式：{problem}")
    sequence = envelope["sequence"]
    if sequence is not None and sequence["first"] > sequence["last"]:
        raise InvalidSyncPayload("同步文件头的事件序号范围不对：起始序号大于结束序号")
    expected_township = envelope["recipient" if envelope["kind"] == "export" else "sender"]
    if envelope["township"] != expected_township["code"]:
        raise InvalidSyncPayload("同步文件头前后矛盾：所属乡镇与收发双方不符")
    return _header(envelope, sha256)


def _header(envelope: Mapping[str, Any], sha256: str) -> SyncHeader:
    sender, recipient, encryption = (
        envelope["sender"],
        envelope["recipient"],
        envelope["encryption"],
    )
    sequence = envelope["sequence"]
    return SyncHeader(
        kind=envelope["kind"],
        format_version=envelope["format_version"],
        sender_code=sender["code"],
        sender_name=sender["name"],
        sender_role=sender["role"],
        sender_key_fingerprint=sender["key_fingerprint"],
        recipient_code=recipient["code"],
        recipient_name=recipient["name"],
        township=envelope["township"],
        number=envelope["number"],
        sequence=None if sequence is None else SequenceRange(sequence["first"], sequence["last"]),
        created=envelope["created"],
        counts=dict(envelope["counts"]),
        previous_sha256=envelope["previous_sha256"],
        encrypted=encryption["encrypted"],
        recipient_key_fingerprint=encryption.get("recipient_key_fingerprint"),
        sha256=sha256,
    )


def _decrypt(envelope: Mapping[str, Any], me: Party) -> dict[str, Any]:
    encryption = envelope["encryption"]
    my_key = me.public_key_file()
    if encryption["recipient_key_fingerprint"] != my_key.fingerprint:
        raise AlteredFile(
            f"文件是用另一把公钥（指纹 {encryption['recipient_key_fingerprint']}）加密的，"
            f"本机公钥的指纹是 {my_key.fingerprint}：无法解密。"
            "请让对方导入本机现在的公钥文件后重新导出"
        )
    try:
        ephemeral_public = b64decode(encryption["ephemeral_key"], length=32)
        shared = me.keys.encryption.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        wrapping_key = _wrapping_key(shared, ephemeral_public, my_key.encryption_key)
        wrapped = b64decode(encryption["wrapped_key"], length=WRAPPED_KEY_LENGTH)
        file_key = aes_key_unwrap(wrapping_key, wrapped)
        header = {key: value for key, value in envelope.items() if key not in _NOT_HEADER}
        plaintext = AESGCM(file_key).decrypt(
            b64decode(encryption["nonce"], length=NONCE_LENGTH),
            b64decode(envelope["payload"], strict=False),  # signed as it is spelled
            canonical_bytes(header),
        )
    except (ValueError, InvalidUnwrap, InvalidTag) as error:
        raise AlteredFile("文件的加密部分无法解密：文件已被改动或损坏，不能导入") from error
    if envelope["format_version"] >= 2:
        plaintext = _decompressed(plaintext)
    try:
        payload = json.loads(plaintext.decode("utf-8"), parse_constant=refuse_constant)
    except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
        raise InvalidSyncPayload(f"同步文件解密后的内容不是有效的 JSON：{error}") from error
    if not isinstance(payload, dict):
        raise InvalidSyncPayload("同步文件解密后的内容应为一个 JSON 对象")
    return payload


def _decompressed(data: bytes) -> bytes:
    """The payload's JSON from its zlib stream: one whole stream, nothing after it, no more
    than a file may carry (what decrypted is signed by a registered sender, so a failure here
    is the sender's program's fault)."""
    inflate = zlib.decompressobj()
    try:
        plaintext = inflate.decompress(data, MAX_PAYLOAD_BYTES)
    except zlib.error as error:
        raise InvalidSyncPayload(f"同步文件解密后的内容无法解压：{error}") from error
    if inflate.unconsumed_tail:
        raise InvalidSyncPayload("同步文件解压后超过 2 GB，不能导入")
    if not inflate.eof or inflate.unused_data:
        raise InvalidSyncPayload("同步文件解密后的压缩内容不完整或有多余的部分")
    return plaintext


def _check_events_in_range(
    payload: Mapping[str, Any], sequence: SequenceRange | None, error: type[Exception]
) -> None:
    seqs = [event["seq"] for event in payload.get("events") or ()]
    if sequence is None:
        if seqs:
            raise error("同步文件含有事件，但文件头没有写事件序号范围")
        return
    outside = [seq for seq in seqs if not sequence.first <= seq <= sequence.last]
    if outside:
        raise error(
            f"同步文件中事件序号 {outside[0]} 不在文件头写的范围 "
            f"{sequence.first}–{sequence.last} 之内"
        )


def _counts_text(counts: Mapping[str, int]) -> str:
    labels = {"visits": "来访", "events": "事件", "acknowledgements": "确认"}
    return "，".join(f"{labels.get(key, key)}{value}条" for key, value in counts.items())


def describe_sender(header: SyncHeader) -> str:
    """E.g. "村级工作站 东风村群众工作站（410423203202）"."""
    return f"{ROLE_LABELS[header.sender_role]} {header.sender_name}（{header.sender_code}）"
