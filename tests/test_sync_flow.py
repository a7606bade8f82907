"""Sync by files only: a station exports, its township loads, acts and answers, the station
loads the answer. Real databases on disk, real keys, real files."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from desk.domain.workflow import Action
from desk.store.cases import due_counts, load_case
from desk.store.sync_records import unacknowledged
from desk.sync.errors import RecipientKeyMissing
from desk.syncing.delivery import delivery_of, resolve_conflict
from desk.syncing.guard import UnacknowledgedRecords, refuse_discarding
from desk.syncing.parties import me, register_key_file
from tests.sync_pair import (
    ACCEPT,
    NOW,
    cases_as_the_township_has_them,
    contents,
    copy,
    export,
    feedback,
    load,
    pair,
    register,
    step,
)


@pytest.fixture
def sides(tmp_path):
    station, township = pair(tmp_path / "sides")
    yield station, township
    station.close()
    township.close()


def test_round_trip_station_township_feedback_station(sides, tmp_path) -> None:
    station, township = sides
    first, second, _ = register(station, 3)
    step(station, first, Action.REPORT)
    assert unacknowledged(station.db, station.station.code).total == 3 + 4
    assert delivery_of(station.db, first).label == "未导出"

    sent = export(station, tmp_path / "usb")
    assert delivery_of(station.db, first).label == "已导出（第1号文件）"
    before = contents(township.db)
    (preview,) = load(township, sent, preview=True)
    assert preview.status == "previewed"
    assert preview.loaded.new_visits == 3 and preview.loaded.new_events == 4
    assert contents(township.db) == before  # a preview writes nothing

    (loaded,) = load(township, sent)
    assert loaded.status == "loaded" and loaded.loaded.new_visits == 3, loaded.message
    case = load_case(township.db, first)
    assert case.state.value == "已上报乡镇"
    assert [e.clerk_name for e in case.timeline] == ["王芳", "王芳"]  # the station's clerk
    assert load_case(township.db, second).state.value == "已登记"

    step(township, first, Action.ACCEPT, ACCEPT)
    answer = feedback(township, station, tmp_path / "usb")
    assert answer.name.startswith("反馈-410423203000-410423203202-1-")
    (back,) = load(station, answer)
    assert back.status == "loaded", back.message
    assert back.loaded.acknowledged == 7

    case = load_case(station.db, first)
    assert case.state.value == "已受理"
    accepted = case.timeline[0]
    assert (accepted.action, accepted.level) == ("受理", "township")
    assert accepted.data["office"] == "马庄乡国土所"
    # 待办 reads the case's state: the next deadline is now the township's handling period.
    assert due_counts(station.db, NOW.date()).open == 3
    row = station.db.execute("SELECT next_due_level FROM visits WHERE serial = ?", [first])
    assert row.fetchone()[0] == "township"
    assert unacknowledged(station.db, station.station.code).total == 0
    assert delivery_of(station.db, first).label == "已确认"
    refuse_discarding(station.db, "更换工作站")  # nothing waits: allowed


def test_the_same_file_twice_changes_nothing_and_says_so(sides, tmp_path) -> None:
    station, township = sides
    register(station, 2)
    sent = export(station, tmp_path / "usb")
    load(township, sent)
    before = contents(township.db)
    (again,) = load(township, sent)
    assert again.status == "already_loaded"
    assert "导入过" in again.message and "没有任何改动" in again.message
    assert contents(township.db) == before


def test_files_out_of_order_end_as_in_order(tmp_path) -> None:
    station, township = pair(tmp_path / "first")
    blank = copy(township, tmp_path / "blank.sqlite3")
    files = []
    serials = register(station, 2)
    files.append(export(station, tmp_path / "usb"))
    step(station, serials[0], Action.REPORT)
    serials += register(station, 1)
    files.append(export(station, tmp_path / "usb"))
    step(station, serials[1], Action.SETTLE, {"means": "解释说明", "visitor_view": "满意"})
    step(station, serials[0], Action.CHASE, {"answer": "乡镇说正在调查"})
    files.append(export(station, tmp_path / "usb"))
    load(township, *files[:1])
    load(township, *files[1:2])
    load(township, *files[2:])
    in_order = cases_as_the_township_has_them(township.db)
    township.close()
    for number, order in enumerate(itertools.permutations(files)):
        other = copy(blank, tmp_path / f"order{number}.sqlite3")
        for path in order:
            load(other, path)
        assert cases_as_the_township_has_them(other.db) == in_order, order
        other.close()
    station.close()
    blank.close()


def test_a_missing_file_is_named_by_its_range(sides, tmp_path) -> None:
    station, township = sides
    fresh = copy(township, tmp_path / "fresh.sqlite3")  # a township that lost a file
    early = register(station, 2)
    first = export(station, tmp_path / "usb")
    load(township, first)
    load(station, feedback(township, station, tmp_path / "usb"))
    step(station, early[0], Action.REPORT)
    register(station, 1)
    later = export(station, tmp_path / "usb")

    (outcome,) = load(fresh, later)
    assert outcome.gaps == ((1, 2),)
    assert any("缺少第1–2号事件" in line for line in outcome.details())
    # The report that follows on from the missing registration waits; the new visit loads.
    assert outcome.loaded.new_visits == 2 and len(outcome.loaded.held) == 1
    fresh.close()


def test_both_sides_changed_the_case_keeps_both_and_marks_it(sides, tmp_path) -> None:
    station, township = sides
    (serial,) = register(station, 1)
    step(station, serial, Action.REPORT)
    load(township, export(station, tmp_path / "usb"))
    step(township, serial, Action.ACCEPT, ACCEPT)
    step(station, serial, Action.CHASE, {"answer": "乡镇说正在办理"})  # before any feedback
    (outcome,) = load(township, export(station, tmp_path / "usb"))
    assert len(outcome.loaded.conflicts) == 1
    case = load_case(township.db, serial)
    assert [e.action for e in case.timeline] == ["跟踪催办", "受理", "上报乡镇", "登记"]
    assert case.state.value == "已受理"
    marked = township.db.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0]
    assert marked == 1

    (back,) = load(station, feedback(township, station, tmp_path / "usb"))
    assert back.status == "loaded"
    assert delivery_of(station.db, serial).conflict  # marked on the station too
    assert [e.action for e in load_case(station.db, serial).timeline][:2] == ["受理", "跟踪催办"]

    resolve_conflict(station.db, serial, clerk=station.clerk, now=NOW)  # a person looked
    assert delivery_of(station.db, serial).conflict == ""
    audited = station.db.execute("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1")
    assert audited.fetchone()[0] == "并发修改已核对"


def test_files_that_do_not_chain_are_named(sides, tmp_path) -> None:
    """A station restored from a copy made before its file 2 writes another file 2 and a
    file 3 that follows it: a township that has the first file 2 says where the chain breaks,
    whichever of the two neighbours it got first."""
    station, township = sides
    register(station, 1)
    load(township, export(station, tmp_path / "usb"))
    fresh = copy(township, tmp_path / "fresh.sqlite3")  # has file 1 only
    restored = copy(station, tmp_path / "restored.sqlite3")
    register(station, 1)
    two = export(station, tmp_path / "usb")
    register(restored, 2)
    other_two = export(restored, tmp_path / "usb2")
    register(restored, 1)
    three = export(restored, tmp_path / "usb2")
    restored.close()

    (outcome,) = load(township, two)
    assert outcome.broken_links == ()
    (outcome,) = load(township, three)
    assert any(line.startswith("第3号文件应接在第2号文件之后") for line in outcome.details())
    # It repeats what the township has not acknowledged, and its first visit has the serial
    # of the first file 2's visit: that one is refused, not a crash; the others load.
    (refusal,) = outcome.loaded.refused
    assert refusal.label.endswith("-00002") and "重复使用了编号" in refusal.reason
    assert outcome.loaded.new_visits == 2
    (outcome,) = load(township, other_two)  # follows file 1, and file 3 follows it
    assert outcome.broken_links == ()

    load(fresh, three)
    (outcome,) = load(fresh, two)  # file 3 came first: the later neighbour is checked
    assert len(outcome.broken_links) == 1
    assert outcome.broken_links[0].startswith("第3号文件应接在第2号文件之后")
    fresh.close()


def test_a_station_with_unacknowledged_records_refuses_to_be_replaced(sides, tmp_path) -> None:
    station, township = sides
    register(station, 1)
    with pytest.raises(UnacknowledgedRecords, match="来访1件、办理记录1条"):
        refuse_discarding(station.db, "更换工作站")
    refuse_discarding(township.db, "更换工作站")  # a township holds no station's records


def test_every_import_is_backed_up_first(sides, tmp_path) -> None:
    station, township = sides
    register(station, 1)
    sent = export(station, tmp_path / "usb")
    load(township, sent, preview=True)
    entries = township.db.execute("SELECT detail FROM audit_log WHERE action = '备份'")
    assert entries.fetchall() == []  # a preview writes nothing
    load(township, sent)
    entries = township.db.execute("SELECT detail FROM audit_log WHERE action = '备份'")
    assert entries.fetchall() == [("导入前自动备份",)]
    imported = township.db.execute("SELECT target FROM audit_log WHERE action = '导入'")
    assert (Path(sent).name,) in imported.fetchall()


def test_without_the_townships_key_only_an_explicit_plain_file_is_written(tmp_path) -> None:
    station, township = pair(tmp_path / "sides", exchange=False)
    register_key_file(township.db, me(station.db).public_key_file(), clerk=None, now=NOW)
    register(station, 1)
    with pytest.raises(RecipientKeyMissing, match="不加密导出"):
        export(station, tmp_path / "usb")
    assert not list((tmp_path / "usb").iterdir())
    plain = export(station, tmp_path / "usb", plain=True)
    assert '"encrypted": false' in plain.read_text("utf-8")
    assert "本文件未加密" in plain.read_text("utf-8")
    (outcome,) = load(township, plain)
    assert outcome.status == "loaded" and outcome.loaded.new_visits == 1, outcome.message
    station.close()
    township.close()
