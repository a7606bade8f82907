"""A changed, cut or forged sync file is refused at the database: nothing changes but the one
audit line that says why. (desk.sync's own tests change every byte of sample files; here a
sample of positions goes all the way through an import.)"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desk.store.sync_records import event_entries, station_selection, visit_entries
from desk.sync.envelope import SequenceRange, seal
from desk.sync.keys import Party, PrivateKeys
from desk.sync.payload import make_payload, record_sha256
from desk.syncing.parties import me, township_key
from tests.sync_pair import contents, export, feedback, load, pair, register, set_up

CREATED = dt.datetime(2026, 11, 27, 9, 0).astimezone()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A station with a few visits, its township, and one good export file."""
    folder = tmp_path_factory.mktemp("tamper")
    station, township = pair(folder)
    register(station, 3)
    good = export(station, folder / "usb")
    yield station, township, good, folder
    station.close()
    township.close()


def refused_without_change(township, path: Path, reason: str | None = None) -> str:
    before = contents(township.db)
    audited = township.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    (outcome,) = load(township, path)
    assert outcome.status == "refused", outcome.message
    if reason is not None:
        assert outcome.reason == reason, outcome.message
    assert contents(township.db) == before
    lines = township.db.execute("SELECT action, detail FROM audit_log WHERE id > ?", [audited])
    (line,) = lines.fetchall()
    assert line[0] == "导入" and line[1].startswith("拒绝导入")
    return outcome.message


def variant(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_changed_bytes_are_refused_and_change_nothing(world) -> None:
    _, township, good, folder = world
    data = good.read_bytes()
    header_end = data.index(b'"payload"')
    positions = sorted({*range(0, header_end, max(1, header_end // 24)),
                        *range(header_end, len(data), max(1, (len(data) - header_end) // 12)),
                        len(data) - 1})  # fmt: skip
    for position in positions:
        changed = bytearray(data)
        changed[position] ^= 0x01
        refused_without_change(township, variant(folder, f"flip{position}.desk-sync", changed))


def test_truncated_files_are_refused_as_damaged(world) -> None:
    _, township, good, folder = world
    data = good.read_bytes()
    for length in (0, 1, len(data) // 3, len(data) // 2, len(data) - 2, len(data) - 1):
        message = refused_without_change(
            township, variant(folder, f"cut{length}.desk-sync", data[:length]), "damaged"
        )
        assert "损坏或不完整" in message


def test_a_swapped_signature_is_refused(world) -> None:
    station, township, good, folder = world
    register(station, 1)
    other = export(station, folder / "usb2")
    mine, theirs = json.loads(good.read_bytes()), json.loads(other.read_bytes())
    mine["signature"] = theirs["signature"]
    swapped = json.dumps(mine, ensure_ascii=False, indent=2).encode()
    assert "签名不符" in refused_without_change(
        township, variant(folder, "swapped.desk-sync", swapped), "altered"
    )


def _sealed_as(station, township, sender: Party, *, recipient=None, tweak=None) -> bytes:
    selection = station_selection(station.station.code, full=True)
    visits = list(visit_entries(station.db, selection))
    events = list(event_entries(station.db, selection))
    if tweak is not None:
        tweak(visits)
    payload = make_payload(visits=visits, events=events)
    return seal(
        payload,
        kind="export",
        sender=sender,
        recipient=recipient or township_key(station.db),
        number=99,
        sequence=SequenceRange(events[0]["seq"], events[-1]["seq"]),
        created=CREATED,
        previous_sha256=None,
    )


def test_a_file_signed_with_another_stations_key_is_refused(world) -> None:
    station, township, _, folder = world
    impostor = Party(station.station.code, station.station.name, "station",
                     PrivateKeys.generate())  # fmt: skip
    data = _sealed_as(station, township, impostor)
    message = refused_without_change(township, variant(folder, "forged.desk-sync", data), "altered")
    assert "不是用该方登记的密钥签名的" in message


def test_an_unknown_station_and_another_township_are_refused(world) -> None:
    station, township, _, folder = world
    stranger = set_up(folder / "stranger.sqlite3", {**station.station.__dict__,
                      "code": "410423203209", "name": "陌生村"})  # fmt: skip
    unknown = Party("410423203209", "陌生村", "station", me(stranger.db).keys)
    data = _sealed_as(station, township, unknown)
    assert "尚未在本机登记" in refused_without_change(
        township, variant(folder, "unknown.desk-sync", data), "unknown_sender"
    )
    elsewhere = Party("410423204000", "城关镇", "township", PrivateKeys.generate())
    data = _sealed_as(station, township, me(station.db), recipient=elsewhere.public_key_file())
    assert "不是发给本机" in refused_without_change(
        township, variant(folder, "elsewhere.desk-sync", data), "wrong_recipient"
    )
    stranger.close()


def test_the_same_version_with_other_content_is_refused_not_overwritten(world) -> None:
    station, township, good, folder = world
    load(township, good)
    serial = station.db.execute("SELECT serial FROM visits ORDER BY id LIMIT 1").fetchone()[0]

    def change(visits):
        visits[0]["subject"] = "被人改过的事项"
        visits[0]["sha256"] = record_sha256(visits[0])

    data = _sealed_as(station, township, me(station.db), tweak=change)
    (outcome,) = load(township, variant(folder, "rewritten.desk-sync", data))
    assert outcome.status == "loaded"
    (refusal,) = outcome.loaded.refused
    assert refusal.label == serial and "同一版本" in refusal.reason
    subject = township.db.execute("SELECT subject FROM visits WHERE serial = ?", [serial])
    assert subject.fetchone()[0] != "被人改过的事项"


def test_a_changed_feedback_file_is_refused_by_the_station(tmp_path) -> None:
    station, township = pair(tmp_path)
    register(station, 1)
    load(township, export(station, tmp_path / "usb"))
    answer = feedback(township, station, tmp_path / "usb")
    data = bytearray(answer.read_bytes())
    data[len(data) // 2] ^= 0x01
    refused_without_change(station, variant(tmp_path, "changed.desk-sync", data))
    station.close()
    township.close()
