"""Sealed sync files: round trips, and every way a file can be wrong is refused with its reason.

The tampering rule: a changed byte either makes the file unreadable or is refused, and is never
accepted with content other than what was signed. What a file says is its parsed JSON value,
so a change of layout only (one JSON whitespace character for another) says the same and is
accepted; the tests check that this is the only kind of change ever accepted.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import zlib
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.keywrap import aes_key_unwrap
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import desk.sync.envelope as envelope_module
from desk.atomic_file import write_atomically
from desk.sync.envelope import (
    FORMAT_VERSION,
    Opened,
    PlainRecipient,
    SequenceRange,
    check_signed,
    file_sha256,
    open_sealed,
    read_header,
    seal,
)
from desk.sync.errors import (
    AlteredFile,
    InvalidSyncPayload,
    PayloadTooLarge,
    RecipientKeyMissing,
    SyncFileDamaged,
    SyncFileRefused,
    UnknownSender,
    UnknownSyncFormat,
    WrongRecipient,
)
from desk.sync.keys import Party, PrivateKeys
from desk.sync.payload import Acknowledgement, make_payload, record_sha256
from desk.sync.schemas import first_schema_error
from tests.test_sync_support import (
    CREATED,
    OTHER_STATION,
    OTHER_TOWNSHIP,
    STATION,
    TOWNSHIP,
    resign,
    sample_payload,
    seal_export,
    senders,
)

PAYLOAD = sample_payload(3)
SEALED = seal_export(PAYLOAD)
PLAIN = seal_export(PAYLOAD, recipient=PlainRecipient(TOWNSHIP.code, TOWNSHIP.name))
TOWNSHIP_KNOWS = senders(STATION, OTHER_STATION)
JSON_WHITESPACE = b" \t\r\n"


def open_at_township(data: bytes) -> Opened:
    return open_sealed(data, senders=TOWNSHIP_KNOWS, me=TOWNSHIP)


# --- round trips ----------------------------------------------------------------------------


def test_an_export_opens_at_its_township_with_the_payload_and_header_it_was_sealed_with() -> None:
    opened = open_at_township(SEALED)
    assert opened.payload == PAYLOAD
    header = opened.header
    assert (header.kind, header.format_version, header.number) == ("export", FORMAT_VERSION, 1)
    assert (header.sender_code, header.sender_name, header.sender_role) == (
        STATION.code,
        STATION.name,
        "station",
    )
    assert (header.recipient_code, header.recipient_name) == (TOWNSHIP.code, TOWNSHIP.name)
    assert header.township == TOWNSHIP.code
    assert header.sequence == SequenceRange(1, 4)
    assert header.counts == {"visits": 3, "events": 4, "acknowledgements": 0}
    assert header.created == "2026-11-26T10:05:07+08:00"
    assert header.created_at == CREATED
    assert header.previous_sha256 is None
    assert header.encrypted is True
    assert header.sender_key_fingerprint == STATION.fingerprint
    assert header.recipient_key_fingerprint == TOWNSHIP.fingerprint
    assert header.sha256 == hashlib.sha256(SEALED).hexdigest() == file_sha256(SEALED)


def test_feedback_goes_back_down_with_acknowledgements_and_the_townships_events() -> None:
    export = open_at_township(SEALED)
    visit = export.payload["visits"][0]
    acknowledgements = [
        Acknowledgement("visit", visit["uid"], 1, "accepted", sha256=visit["sha256"]),
        Acknowledgement("event", export.payload["events"][0]["uid"], None, "already_had"),
        Acknowledgement("visit", export.payload["visits"][1]["uid"], 1, "conflict", "内容不同"),
    ]
    events = [
        {
            "uid": "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
            "seq": 57,
            "visit_uid": visit["uid"],
            "action": "受理",
            "level": "township",
            "at": "2026-11-28T09:00:00+08:00",
            "clerk_name": "李强",
            "data": {"notice_on": "2026-11-28", "office": "乡自然资源所"},
        }
    ]
    payload = make_payload(events=events, acknowledgements=acknowledgements)
    feedback = seal(
        payload,
        kind="feedback",
        sender=TOWNSHIP,
        recipient=STATION.public_key_file(),
        number=1,
        sequence=SequenceRange(57, 57),
        created=CREATED + dt.timedelta(days=2),
        previous_sha256=None,
    )
    opened = open_sealed(feedback, senders=senders(TOWNSHIP), me=STATION)
    assert opened.payload == payload
    assert opened.header.kind == "feedback"
    assert opened.header.township == TOWNSHIP.code
    assert opened.header.recipient_code == STATION.code
    assert opened.payload["acknowledgements"][2]["reason"] == "内容不同"


def test_the_chain_links_each_file_to_the_whole_bytes_of_the_one_before() -> None:
    second = seal_export(PAYLOAD, number=2, previous_sha256=file_sha256(SEALED))
    header = open_at_township(second).header
    assert header.number == 2
    assert header.previous_sha256 == open_at_township(SEALED).header.sha256


def test_two_seals_of_the_same_payload_differ_fresh_key_and_nonce_each_time() -> None:
    again = seal_export(PAYLOAD)
    assert again != SEALED
    assert (
        json.loads(again)["encryption"]["wrapped_key"]
        != json.loads(SEALED)["encryption"]["wrapped_key"]
    )
    assert open_at_township(again).payload == open_at_township(SEALED).payload


def test_the_file_is_indented_json_with_the_header_first_and_no_newline_at_the_end() -> None:
    text = SEALED.decode("utf-8")
    assert text.startswith('{\n  "format": "desk-sync",\n  "format_version": 2,')
    assert list(json.loads(text))[-2:] == ["signature", "payload"]
    assert not text.endswith("\n")
    assert "东风村群众工作站" in text  # readable names, not \\u escapes
    assert first_schema_error("envelope", json.loads(text)) is None


def test_nothing_personal_is_readable_in_an_encrypted_file() -> None:
    text = SEALED.decode("utf-8")
    for visit in PAYLOAD["visits"]:
        for secret in (visit["id_number"], visit["visitor_name"], visit["subject"]):
            assert secret not in text


def test_the_header_reads_without_keys() -> None:
    header = read_header(SEALED)
    assert header == open_at_township(SEALED).header


def test_check_signed_verifies_without_private_keys_what_the_station_just_wrote(tmp_path) -> None:
    path = tmp_path / "out.desk-sync"
    write_atomically(path, SEALED)
    header = check_signed(path.read_bytes(), senders=senders(STATION))
    assert header.sha256 == file_sha256(SEALED)
    with pytest.raises(AlteredFile):
        check_signed(SEALED.replace(b'"number": 1', b'"number": 2'), senders=senders(STATION))


def test_a_file_without_events_has_no_sequence_range() -> None:
    payload = make_payload(acknowledgements=[])
    data = seal_export(payload)
    opened = open_at_township(data)
    assert opened.header.sequence is None
    assert opened.header.counts == {"visits": 0, "events": 0, "acknowledgements": 0}


# --- plain files ----------------------------------------------------------------------------


def test_sealing_without_the_recipients_key_is_refused_unless_asked_for_plainly() -> None:
    with pytest.raises(RecipientKeyMissing, match="不加密导出"):
        seal(
            PAYLOAD,
            kind="export",
            sender=STATION,
            recipient=None,
            number=1,
            sequence=SequenceRange(1, 4),
            created=CREATED,
            previous_sha256=None,
        )


def test_a_plain_file_says_so_and_still_opens_signed() -> None:
    envelope = json.loads(PLAIN)
    assert envelope["encryption"]["encrypted"] is False
    assert "未加密" in envelope["encryption"]["warning"]
    assert envelope["payload"] == PAYLOAD
    opened = open_at_township(PLAIN)
    assert opened.header.encrypted is False
    assert opened.header.recipient_key_fingerprint is None
    assert opened.payload == PAYLOAD
    assert read_header(PLAIN).encrypted is False


def test_a_plain_file_changed_after_signing_is_refused() -> None:
    name = PAYLOAD["visits"][0]["visitor_name"]
    with pytest.raises(AlteredFile):
        open_at_township(PLAIN.replace(name.encode(), "李四".encode(), 1))


def test_an_encrypted_file_cannot_be_passed_off_as_plain() -> None:
    def strip_encryption(envelope: dict[str, Any]) -> None:
        envelope["encryption"] = {"encrypted": False, "warning": "x"}
        envelope["payload"] = PAYLOAD

    # Without the station's key the change cannot be signed again: refused.
    with pytest.raises(AlteredFile):
        open_at_township(resign(SEALED, OTHER_STATION, strip_encryption))


# --- tampering: every byte ------------------------------------------------------------------


def assert_never_accepted_with_other_content(original: bytes, changed: bytes) -> str:
    """'refused' or 'same': a changed file is refused, or accepted only when it says exactly
    what the original says."""
    try:
        opened = open_at_township(changed)
    except SyncFileRefused:
        return "refused"
    assert json.loads(changed) == json.loads(original), "accepted a file that says otherwise"
    reference = open_at_township(original)
    assert opened.payload == reference.payload
    assert {**vars(opened.header), "sha256": ""} == {**vars(reference.header), "sha256": ""}
    return "same"


def flipped(data: bytes, position: int, value: int) -> bytes:
    return data[:position] + bytes([value]) + data[position + 1 :]


@pytest.mark.parametrize("data", [SEALED, PLAIN], ids=["encrypted", "plain"])
def test_changing_any_single_byte_is_refused_unless_only_whitespace_changed(data: bytes) -> None:
    outcomes = {"refused": 0, "same": 0}
    for position in range(len(data)):
        replacements = {data[position] ^ 0x01}  # every byte, the smallest change
        if position % 7 == 0:  # and every 7th byte in other ways too
            replacements |= {data[position] ^ 0x80, ord("0"), ord("A"), ord(" ")}
        for value in replacements - {data[position]}:
            changed = flipped(data, position, value)
            outcome = assert_never_accepted_with_other_content(data, changed)
            outcomes[outcome] += 1
            if outcome == "same":
                assert data[position] in JSON_WHITESPACE and value in JSON_WHITESPACE
    assert outcomes["refused"] > len(data)


def test_whitespace_between_tokens_may_change_and_the_file_still_opens() -> None:
    changed = SEALED.replace(b'\n  "kind"', b'\r\n\t"kind"').replace(b'": 1,', b'":1,', 1)
    assert changed != SEALED
    assert assert_never_accepted_with_other_content(SEALED, changed) == "same"
    assert open_at_township(SEALED + b"\n").payload == PAYLOAD  # Notepad's final newline


def field_spans(data: bytes) -> dict[str, tuple[int, int]]:
    """Where the value of each top-level member lies in the file."""
    text = data.decode("utf-8")
    spans = {}
    for key in json.loads(text):
        start = text.index(f'\n  "{key}": ') + len(f'\n  "{key}": ')
        end = text.find('\n  "', start)
        spans[key] = (
            len(text[:start].encode()),
            len(text[:end].encode()) if end > 0 else len(data),
        )
    return spans


@pytest.mark.parametrize(
    ("member", "expected"),
    [
        ("kind", (AlteredFile, SyncFileDamaged, UnknownSyncFormat)),
        ("recipient", (AlteredFile, SyncFileDamaged)),
        ("township", (AlteredFile, SyncFileDamaged)),
        ("number", (AlteredFile, SyncFileDamaged)),
        ("sequence", (AlteredFile, SyncFileDamaged)),
        ("created", (AlteredFile, SyncFileDamaged)),
        ("counts", (AlteredFile, SyncFileDamaged)),
        ("previous_sha256", (AlteredFile, SyncFileDamaged)),
        ("encryption", (AlteredFile, SyncFileDamaged)),
        ("signature", (AlteredFile, SyncFileDamaged)),
        ("payload", (AlteredFile, SyncFileDamaged)),
    ],
)
def test_a_changed_byte_in_each_header_member_the_signature_or_the_ciphertext_is_refused(
    member: str, expected: tuple[type[Exception], ...]
) -> None:
    start, end = field_spans(SEALED)[member]
    step = max(1, (end - start) // 200)  # the payload is long: 200 places across it
    for position in range(start, end, step):
        if SEALED[position] in JSON_WHITESPACE:
            continue
        for value in {SEALED[position] ^ 0x01, SEALED[position] ^ 0x02} - {SEALED[position]}:
            with pytest.raises(expected):
                open_at_township(flipped(SEALED, position, value))


def test_a_changed_digit_in_the_format_version_is_an_unknown_format() -> None:
    with pytest.raises(UnknownSyncFormat, match="较新版本"):
        open_at_township(SEALED.replace(b'"format_version": 2', b'"format_version": 3'))


def test_the_format_version_cannot_be_changed_to_the_uncompressed_one() -> None:
    with pytest.raises(AlteredFile, match="签名不符"):
        open_at_township(SEALED.replace(b'"format_version": 2', b'"format_version": 1'))
    # Even signed again by the station: the version is in the associated data of the encryption.
    resigned = resign(SEALED, STATION, lambda envelope: envelope.update(format_version=1))
    with pytest.raises(AlteredFile, match="无法解密"):
        open_at_township(resigned)


def test_a_version_1_file_without_compression_still_opens() -> None:
    older = seal_export(PAYLOAD, format_version=1)
    opened = open_at_township(older)
    assert (opened.payload, opened.header.format_version) == (PAYLOAD, 1)
    assert first_schema_error("envelope", json.loads(older)) is None
    assert len(SEALED) < len(older)  # version 2 compresses


def test_a_signed_payload_that_does_not_decompress_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compress = zlib.compress
    for broken in (
        lambda data, level: compress(data, level)[:-5],  # the stream cut short
        lambda data, level: compress(data, level) + b"\x00",  # something after it
        lambda data, level: b"not zlib" + data,
    ):
        with monkeypatch.context() as patched:
            patched.setattr(zlib, "compress", broken)
            sealed = seal_export(PAYLOAD)
        with pytest.raises(InvalidSyncPayload, match="解"):
            open_at_township(sealed)


def test_a_payload_that_inflates_beyond_the_limit_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(envelope_module, "MAX_PAYLOAD_BYTES", 1000)
    with pytest.raises(InvalidSyncPayload, match="超过 2 GB"):
        open_at_township(SEALED)


def test_a_changed_sender_code_is_an_unknown_sender_or_a_wrong_signature() -> None:
    with pytest.raises(UnknownSender, match="公钥尚未在本机登记"):
        open_at_township(SEALED.replace(STATION.code.encode(), b"410423203299", 1))
    with pytest.raises(AlteredFile):  # the code of another station the township knows
        open_at_township(SEALED.replace(STATION.code.encode(), OTHER_STATION.code.encode(), 1))


def test_every_truncation_is_refused_as_damaged() -> None:
    for data in (SEALED, PLAIN):
        for length in range(len(data)):
            with pytest.raises(SyncFileDamaged):
                open_at_township(data[:length])


def test_bytes_added_after_the_end_are_refused() -> None:
    for tail in (b"x", b"}", b"{}", b"\x00", b"\n,"):
        with pytest.raises(SyncFileDamaged):
            open_at_township(SEALED + tail)


# --- wrong signatures and wrong parties -----------------------------------------------------


def test_a_signature_taken_from_another_file_of_the_same_station_is_refused() -> None:
    other = seal_export(sample_payload(2, seed=99))
    swapped = json.loads(SEALED)
    swapped["signature"] = json.loads(other)["signature"]
    data = json.dumps(swapped, ensure_ascii=False, indent=2).encode()
    with pytest.raises(AlteredFile, match="签名不符"):
        open_at_township(data)


def test_two_files_with_their_signatures_exchanged_are_both_refused() -> None:
    first, second = json.loads(SEALED), json.loads(PLAIN)
    first["signature"], second["signature"] = second["signature"], first["signature"]
    for envelope in (first, second):
        with pytest.raises(AlteredFile):
            open_at_township(json.dumps(envelope, ensure_ascii=False).encode())


def test_a_file_signed_by_another_stations_key_is_refused() -> None:
    impostor = Party(STATION.code, STATION.name, "station", OTHER_STATION.keys)
    with pytest.raises(AlteredFile, match="不是用该方登记的密钥签名"):
        open_at_township(seal_export(PAYLOAD, sender=impostor))


def test_a_file_changed_and_signed_again_by_another_station_is_refused() -> None:
    def more_visits(envelope: dict[str, Any]) -> None:
        envelope["counts"]["visits"] = 4

    with pytest.raises(AlteredFile):
        open_at_township(resign(SEALED, OTHER_STATION, more_visits))


def test_a_file_from_a_station_the_township_does_not_know_is_refused() -> None:
    stranger = Party("410423203299", "外乡村工作站", "station", PrivateKeys.generate())
    with pytest.raises(UnknownSender, match="外乡村工作站"):
        open_at_township(seal_export(PAYLOAD, sender=stranger))


def test_a_file_meant_for_another_township_is_refused() -> None:
    data = seal_export(PAYLOAD, recipient=OTHER_TOWNSHIP.public_key_file())
    with pytest.raises(WrongRecipient, match="城关镇"):
        open_at_township(data)
    assert open_sealed(data, senders=TOWNSHIP_KNOWS, me=OTHER_TOWNSHIP).payload == PAYLOAD


def test_a_plain_file_meant_for_another_township_is_refused() -> None:
    data = seal_export(PAYLOAD, recipient=PlainRecipient(OTHER_TOWNSHIP.code, "城关镇"))
    with pytest.raises(WrongRecipient):
        open_at_township(data)


def test_a_file_for_a_replaced_key_of_the_same_township_says_which_key_it_needs() -> None:
    renewed = Party(TOWNSHIP.code, TOWNSHIP.name, "township", PrivateKeys.generate())
    with pytest.raises(AlteredFile, match="另一把公钥"):
        open_sealed(SEALED, senders=TOWNSHIP_KNOWS, me=renewed)


def test_a_wrapped_key_or_nonce_changed_and_signed_again_does_not_decrypt() -> None:
    def other_nonce(envelope: dict[str, Any]) -> None:
        envelope["encryption"]["nonce"] = base64.b64encode(bytes(12)).decode()

    def other_wrapped_key(envelope: dict[str, Any]) -> None:
        envelope["encryption"]["wrapped_key"] = base64.b64encode(bytes(40)).decode()

    for change in (other_nonce, other_wrapped_key):
        with pytest.raises(AlteredFile, match="无法解密"):
            open_at_township(resign(SEALED, STATION, change))


def test_the_header_is_bound_to_the_ciphertext_even_when_signed_again() -> None:
    def later(envelope: dict[str, Any]) -> None:
        envelope["number"] = 9  # the sender's own key: only the AES-GCM associated data objects

    with pytest.raises(AlteredFile, match="无法解密"):
        open_at_township(resign(SEALED, STATION, later))


# --- formats --------------------------------------------------------------------------------


def test_a_newer_format_version_is_refused_even_when_properly_signed() -> None:
    def newer(envelope: dict[str, Any]) -> None:
        envelope["format_version"] = FORMAT_VERSION + 1

    data = resign(PLAIN, STATION, newer)
    with pytest.raises(UnknownSyncFormat, match="请先升级"):
        open_at_township(data)
    with pytest.raises(UnknownSyncFormat):
        read_header(data)


@pytest.mark.parametrize(
    "data",
    [
        b'{"format": "desk-categories/1"}',
        b"[1, 2, 3]",
        b'"desk-sync"',
        b'{"format": "desk-sync", "format_version": "1"}',
        b'{"format": "desk-sync", "format_version": 0}',
        b'{"format": "desk-sync", "format_version": true}',
    ],
)
def test_what_is_not_a_sync_file_of_a_known_version_is_an_unknown_format(data: bytes) -> None:
    with pytest.raises(UnknownSyncFormat):
        open_at_township(data)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n",
        b"PK\x03\x04 a zip file",
        "{}".encode("utf-16"),
        b'{"format": "desk-sync", "format": "desk-sync"}',
        b'{"format": "desk-sync", "format_version": NaN}',
        b'{"format": "desk-sync", "format_version": 1}',  # no sender, no signature
        b'{"format": "desk-sync", "format_version": 1, "sender": {"code": 5}, "signature": {}}',
    ],
)
def test_what_cannot_be_read_as_a_sync_file_is_damaged(data: bytes) -> None:
    with pytest.raises(SyncFileDamaged, match="已损坏或不完整"):
        open_at_township(data)


def test_duplicate_keys_anywhere_in_the_envelope_are_refused() -> None:
    data = SEALED.replace(b'"number": 1,', b'"number": 1,\n  "number": 1,')
    with pytest.raises(SyncFileDamaged, match="出现了两次"):
        open_at_township(data)


def test_read_header_refuses_an_incomplete_header() -> None:
    envelope = json.loads(SEALED)
    del envelope["counts"]
    with pytest.raises(SyncFileDamaged, match="文件头不完整"):
        read_header(json.dumps(envelope).encode())


# --- a careless sender: good signature, bad content -----------------------------------------


def sealed_plainly(payload: dict[str, Any], sequence: SequenceRange | None) -> bytes:
    return seal(
        payload,
        kind="export",
        sender=STATION,
        recipient=TOWNSHIP.public_key_file(),
        number=1,
        sequence=sequence,
        created=CREATED,
        previous_sha256=None,
    )


def test_a_payload_that_breaks_its_schema_is_refused_after_decryption() -> None:
    payload = sample_payload(2)
    payload["visits"][1]["kind"] = "求决类"
    with pytest.raises(InvalidSyncPayload, match="visits/1/kind"):
        open_at_township(sealed_plainly(payload, SequenceRange(1, 3)))


def test_a_visit_whose_sha256_is_not_its_content_is_refused() -> None:
    payload = sample_payload(2)
    payload["visits"][0]["subject"] = "改过的标题"
    with pytest.raises(InvalidSyncPayload, match="校验值与内容不符"):
        open_at_township(sealed_plainly(payload, SequenceRange(1, 3)))


def test_counts_that_do_not_match_the_payload_are_refused() -> None:
    def wrong_count(envelope: dict[str, Any]) -> None:
        envelope["counts"]["visits"] = 7

    with pytest.raises(InvalidSyncPayload, match="数量"):
        open_at_township(resign(PLAIN, STATION, wrong_count))


def test_events_outside_the_headers_range_are_refused() -> None:
    def narrower(envelope: dict[str, Any]) -> None:
        envelope["sequence"] = {"first": 1, "last": 2}

    with pytest.raises(InvalidSyncPayload, match="不在文件头写的范围"):
        open_at_township(resign(PLAIN, STATION, narrower))
    with pytest.raises(ValueError, match="不在文件头写的范围"):
        sealed_plainly(PAYLOAD, SequenceRange(2, 4))


def test_a_header_that_contradicts_itself_is_refused() -> None:
    def other_township(envelope: dict[str, Any]) -> None:
        envelope["township"] = OTHER_TOWNSHIP.code

    def backwards(envelope: dict[str, Any]) -> None:
        envelope["sequence"] = {"first": 4, "last": 1}

    def township_export(envelope: dict[str, Any]) -> None:
        envelope["sender"]["role"] = "township"

    for change, message in (
        (other_township, "前后矛盾"),
        (backwards, "起始序号大于结束序号"),
        (township_export, "sender/role"),
    ):
        with pytest.raises(InvalidSyncPayload, match=message):
            open_at_township(resign(PLAIN, STATION, change))


def test_sealing_checks_its_arguments() -> None:
    kwargs: dict[str, Any] = {
        "kind": "export",
        "sender": STATION,
        "recipient": TOWNSHIP.public_key_file(),
        "number": 1,
        "sequence": SequenceRange(1, 4),
        "created": CREATED,
        "previous_sha256": None,
    }
    for wrong in (
        {"kind": "feedback"},  # a station sends exports
        {"number": 0},
        {"created": dt.datetime(2026, 11, 26, 10, 0)},  # no UTC offset
        {"sequence": None},  # the payload has events
    ):
        with pytest.raises(ValueError):
            seal(PAYLOAD, **{**kwargs, **wrong})
    with pytest.raises(ValueError):
        SequenceRange(5, 4)


# --- verifying by hand, as docs/sync-format.md says -----------------------------------------


def test_the_documented_procedure_verifies_and_decrypts_a_file_by_hand() -> None:
    envelope = json.loads(SEALED)
    station_key = STATION.public_key_file().to_json()
    township_private = TOWNSHIP.keys.encryption

    unsigned = {key: value for key, value in envelope.items() if key != "signature"}
    canonical = json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    Ed25519PublicKey.from_public_bytes(base64.b64decode(station_key["signing_key"])).verify(
        base64.b64decode(envelope["signature"]["value"]), canonical.encode("utf-8")
    )

    encryption = envelope["encryption"]
    ephemeral = base64.b64decode(encryption["ephemeral_key"])
    shared = township_private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    mine = base64.b64decode(TOWNSHIP.public_key_file().to_json()["encryption_key"])
    kek = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=b"desk-sync/1 file key wrap" + ephemeral + mine,
    ).derive(shared)
    file_key = aes_key_unwrap(kek, base64.b64decode(encryption["wrapped_key"]))
    header = {k: v for k, v in envelope.items() if k not in ("encryption", "signature", "payload")}
    aad = json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    plaintext = AESGCM(file_key).decrypt(
        base64.b64decode(encryption["nonce"]),
        base64.b64decode(envelope["payload"]),
        aad.encode("utf-8"),
    )
    assert envelope["format_version"] == 2
    assert json.loads(zlib.decompress(plaintext).decode("utf-8")) == PAYLOAD


# --- properties -----------------------------------------------------------------------------

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), min_codepoint=1), max_size=40)


@st.composite
def payloads(draw: st.DrawFn) -> dict[str, Any]:
    payload = sample_payload(draw(st.integers(1, 3)), seed=draw(st.integers(0, 10_000)))
    for visit in payload["visits"]:
        visit["facts"] = draw(TEXT)  # any character, 𠇔 and control characters included
        visit["involved"] = draw(TEXT)[:200]
        visit["sha256"] = record_sha256(visit)
    payload["events"][-1]["data"] = draw(
        st.dictionaries(
            st.text(alphabet="abcdefgh_", min_size=1, max_size=8),
            st.one_of(TEXT, st.integers(-(2**53), 2**53), st.booleans(), st.none()),
            max_size=4,
        )
    )
    return payload


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payload=payloads(), plain=st.booleans())
def test_any_payload_comes_out_as_it_went_in(payload: dict[str, Any], plain: bool) -> None:
    recipient = PlainRecipient(TOWNSHIP.code, TOWNSHIP.name) if plain else None
    data = seal_export(payload, recipient=recipient)
    assert open_at_township(data).payload == payload
    assert read_header(data).counts["visits"] == len(payload["visits"])


@settings(max_examples=300, deadline=None)
@given(position=st.integers(0, len(SEALED) - 1), value=st.integers(0, 255))
def test_no_single_byte_change_is_accepted_with_other_content(position: int, value: int) -> None:
    if value != SEALED[position]:
        assert_never_accepted_with_other_content(SEALED, flipped(SEALED, position, value))


@settings(max_examples=100, deadline=None)
@given(start=st.integers(0, len(PLAIN) - 1), data=st.data())
def test_a_changed_stretch_of_bytes_is_never_accepted_with_other_content(
    start: int, data: st.DataObject
) -> None:
    replacement = data.draw(st.binary(min_size=1, max_size=8))
    changed = PLAIN[:start] + replacement + PLAIN[start + len(replacement) :]
    if changed != PLAIN:
        assert_never_accepted_with_other_content(PLAIN, changed)


def test_the_signature_covers_the_payload_in_the_slot_exactly_as_json_would_write_it() -> None:
    # The fast path puts the payload text in place without json.dumps; a payload string that
    # would need escaping must still be judged on its canonical JSON.
    envelope = json.loads(SEALED)
    envelope["payload"] = envelope["payload"][:10] + '"\\' + envelope["payload"][10:]
    with pytest.raises(AlteredFile):
        open_at_township(json.dumps(envelope).encode())
    envelope = json.loads(SEALED)
    envelope['x"payload'] = ""  # a second slot-like text in the canonical form
    with pytest.raises(AlteredFile):
        open_at_township(json.dumps(envelope).encode())
    assert re.fullmatch(r"[A-Za-z0-9+/=]+", json.loads(SEALED)["payload"])


def test_the_unsigned_signature_text_has_one_spelling_only() -> None:
    value = json.loads(SEALED)["signature"]["value"]
    last = value[-3]  # two data bits and four spare bits
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    same_bits = [c for c in alphabet if alphabet.index(c) >> 4 == alphabet.index(last) >> 4]
    assert len(same_bits) == 16
    for other in same_bits:
        if other != last:
            changed = SEALED.replace(value.encode(), (value[:-3] + other + "==").encode())
            assert base64.b64decode(value[:-3] + other + "==") == base64.b64decode(value)
            with pytest.raises(AlteredFile):
                open_at_township(changed)


def test_a_payload_too_big_for_one_file_is_refused_with_advice(monkeypatch) -> None:
    import desk.sync.envelope as envelope

    monkeypatch.setattr(envelope, "MAX_PAYLOAD_BYTES", 1000)
    with pytest.raises(PayloadTooLarge, match="分成几个文件"):
        seal_export(PAYLOAD)


def test_what_json_cannot_carry_is_refused_when_sealing() -> None:
    payload = sample_payload(1)
    payload["events"][0]["data"]["days"] = float("nan")
    with pytest.raises(ValueError):
        seal_export(payload)
    with pytest.raises(ValueError, match="previous_sha256"):
        seal_export(sample_payload(1), previous_sha256="ABC")
