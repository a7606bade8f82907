"""Sync file names: what a clerk reads on the USB stick, and reading them back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.sync.envelope import PlainRecipient, SequenceRange, read_header, seal
from desk.sync.naming import (
    SyncFileName,
    export_file_name,
    feedback_file_name,
    file_name_for,
    free_path,
    parse_file_name,
    public_key_file_name,
)
from desk.sync.payload import make_payload
from tests.test_sync_support import CREATED, STATION, TOWNSHIP, sample_payload, seal_export

DAY = dt.date(2026, 11, 26)


def test_an_export_is_named_by_station_sequence_range_and_date() -> None:
    assert export_file_name("410423203202", 1, 240, DAY) == "410423203202-1-240-20261126.desk-sync"
    header = read_header(seal_export(sample_payload(2)))
    assert file_name_for(header) == "410423203202-1-3-20261126.desk-sync"


def test_an_export_without_events_has_the_range_0_0() -> None:
    header = read_header(seal_export(make_payload()))
    assert file_name_for(header) == "410423203202-0-0-20261126.desk-sync"


def test_feedback_is_named_by_township_station_number_and_date() -> None:
    name = feedback_file_name("410423203000", "410423203202", 3, dt.date(2026, 12, 3))
    assert name == "反馈-410423203000-410423203202-3-20261203.desk-sync"
    data = seal(
        make_payload(),
        kind="feedback",
        sender=TOWNSHIP,
        recipient=PlainRecipient(STATION.code, STATION.name),
        number=3,
        sequence=None,
        created=CREATED,
        previous_sha256=None,
    )
    assert file_name_for(read_header(data)) == "反馈-410423203000-410423203202-3-20261126.desk-sync"


def test_names_read_back_into_their_parts() -> None:
    assert parse_file_name("410423203202-1-240-20261126.desk-sync") == SyncFileName(
        "export", "410423203202", DAY, first_seq=1, last_seq=240
    )
    assert parse_file_name("反馈-410423203000-410423203202-3-20261126-2.desk-sync") == (
        SyncFileName("feedback", "410423203202", DAY, township="410423203000", number=3, copy=2)
    )


@pytest.mark.parametrize(
    "name",
    [
        "410423203202-1-240-20261126.json",
        "41042320320-1-240-20261126.desk-sync",
        "410423203202-1-240-20261131.desk-sync",  # no 31 November
        "410423203202-1-20261126.desk-sync",
        "反馈-410423203000-3-20261126.desk-sync",
        "同步文件.desk-sync",
    ],
)
def test_other_names_are_not_taken_for_sync_file_names(name: str) -> None:
    assert parse_file_name(name) is None


@settings(max_examples=200, deadline=None)
@given(
    kind=st.sampled_from(["export", "feedback"]),
    station=st.from_regex(r"[0-9]{12}", fullmatch=True),
    township=st.from_regex(r"[0-9]{12}", fullmatch=True),
    numbers=st.tuples(st.integers(0, 10**9), st.integers(0, 10**9), st.integers(1, 10**6)),
    day=st.dates(dt.date(2000, 1, 1), dt.date(2999, 12, 31)),
    copy=st.integers(1, 50),
)
def test_every_name_reads_back_as_what_made_it(
    kind: str, station: str, township: str, numbers: tuple[int, int, int], day: dt.date, copy: int
) -> None:
    first, last, number = numbers
    if kind == "export":
        made = SyncFileName("export", station, day, first_seq=first, last_seq=last, copy=copy)
    else:
        made = SyncFileName("feedback", station, day, township=township, number=number, copy=copy)
    assert parse_file_name(str(made)) == made


def test_a_taken_name_gets_the_next_free_copy_number(tmp_path: Path) -> None:
    name = export_file_name("410423203202", 1, 9, DAY)
    assert free_path(tmp_path, name) == tmp_path / name
    (tmp_path / name).write_bytes(b"")
    second = free_path(tmp_path, name)
    assert second.name == "410423203202-1-9-20261126-2.desk-sync"
    second.write_bytes(b"")
    assert free_path(tmp_path, name).name == "410423203202-1-9-20261126-3.desk-sync"
    assert parse_file_name(second.name).copy == 2


def test_a_public_key_file_is_named_by_role_code_and_name() -> None:
    assert public_key_file_name(TOWNSHIP.public_key_file()) == (
        "公钥-乡镇-410423203000-马庄乡.desk-key"
    )
    station_key = STATION.public_key_file()
    odd = type(station_key)(
        station_key.code,
        'a/b:c*"d',
        "station",
        *(station_key.signing_key, station_key.encryption_key),
    )
    assert public_key_file_name(odd) == "公钥-村级工作站-410423203202-abcd.desk-key"


def test_sequence_range_in_the_name_is_the_headers() -> None:
    header = read_header(seal_export(sample_payload(1)))
    assert header.sequence == SequenceRange(1, 2)
    parsed = parse_file_name(file_name_for(header))
    assert (parsed.first_seq, parsed.last_seq, parsed.station) == (1, 2, STATION.code)
