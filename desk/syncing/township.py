"""The township loads a station's export: visits by uid and version, then events.

A visit's version is the case's: one more at each step on either side. The township keeps
the station's newest version it merged (`received_version`) and its own (`version`, which its
steps raise). For each visit that arrives:

* a (uid, version) received before with the same sha256: nothing to do (already had);
  with another sha256: refused, never overwritten;
* new here: added; older than the one merged: kept on record only;
* newer, and the township has not stepped since, or the station had seen the township's
  version (base_version): an update;
* newer, while the township also stepped since the version the station started from: both
  kept (the station's content and events, the township's events) and the case is marked
  并发修改 for a person to look at; the township's version goes above both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from desk.store.cases import case_summaries
from desk.store.sync_load import (
    Ack,
    insert_visits,
    known_versions,
    log_versions,
    mark_conflicts,
    new_visit_ids,
    queue_acks,
    record_acks,
    serials_in_use,
    set_versions,
    update_visit,
    visit_states,
)
from desk.sync.envelope import Opened
from desk.syncing.merging import check_events, insert_accepted, summarise
from desk.syncing.outcome import Loaded, Refusal

if TYPE_CHECKING:
    from sqlite_utils import Database

SERIAL_TAKEN = (
    "本机已有登记编号相同的另一条来访记录：工作站可能从较早的备份恢复后重复使用了编号，"
    "未导入，请与工作站核对"
)
BOTH_CHANGED = (
    "工作站和乡镇都在同一版本之后改动了此案件：双方的记录都已保留，已标为并发修改，请核对"
)


def load_station_file(db: Database, opened: Opened, *, now: dt.datetime) -> Loaded:
    """Load a station's export (the caller holds the transaction and checked the file)."""
    code = opened.header.sender_code
    visits: list[dict[str, Any]] = opened.payload["visits"]
    events: list[dict[str, Any]] = opened.payload["events"]
    loaded = Loaded()
    states = visit_states(db, {v["uid"] for v in visits} | {e["visit_uid"] for e in events})
    versions = known_versions(db, (v["uid"] for v in visits))
    # Serials of visits new here that another visit already has (a station restored from an
    # older backup numbers its next visits again); a serial taken in this file counts too.
    taken = serials_in_use(db, (v["serial"] for v in visits if v["uid"] not in states))
    fresh: list[dict[str, Any]] = []
    logged: list[tuple[str, int, str]] = []
    conflicts: list[tuple[int, str]] = []
    for visit in visits:
        uid, version, sha256 = visit["uid"], visit["version"], visit["sha256"]
        answer = _judge(visit, code, versions.get((uid, version)), states.get(uid), taken)
        if isinstance(answer, Refusal):
            loaded.refused.append(answer)
            loaded.acks.append(Ack("visit", uid, version, "refused", answer.reason, sha256))
            continue
        logged.append((uid, version, sha256))
        if answer == "new":
            taken.add(visit["serial"])
            fresh.append(visit)
            loaded.new_visits += 1
            loaded.acks.append(Ack("visit", uid, version, "accepted", "", sha256))
        elif answer == "already":
            loaded.already += 1
            loaded.acks.append(Ack("visit", uid, version, "already_had", "", sha256))
        else:
            state = states[uid]
            both = answer == "both"
            mine = max(state.version, version) + 1 if both else version
            update_visit(db, state.id, visit, version=mine)
            set_versions(db, [(state.id, mine, version)])
            loaded.updated_visits += 1
            if both:
                conflicts.append((state.id, BOTH_CHANGED))
                loaded.conflicts.append(Refusal("visit", visit["serial"], BOTH_CHANGED))
            status, reason = ("conflict", BOTH_CHANGED) if both else ("accepted", "")
            loaded.acks.append(Ack("visit", uid, version, status, reason, sha256))
    ids = {uid: state.id for uid, state in states.items()}
    added = new_visit_ids(db, fresh)
    ids.update(added)
    new = set(added.values())
    merge = check_events(db, events, visit_ids=ids, new_visits=new, loaded=loaded)
    # A new case is written once, with the state its events give it (most of a file's cases
    # are new): then the events, which refer to it.
    fresh_histories = {v: history for v, history in merge.histories.items() if v in new}
    insert_visits(db, fresh, added, case_summaries(db, fresh_histories))
    insert_accepted(db, merge, sender=code, loaded=loaded)
    # The station has these of the township's own steps: no need to send them again.
    record_acks(db, (Ack("event", uid, None, "accepted") for uid in merge.already), now)
    summarise(db, {v: history for v, history in merge.histories.items() if v not in new})
    log_versions(db, logged, sender=code)
    mark_conflicts(db, conflicts, now)
    queue_acks(db, code, loaded.acks)
    return loaded


def _judge(
    visit: Mapping[str, Any], code: str, seen: str | None, state: Any, taken: set[str]
) -> Refusal | str:
    """new / already / update / both, or why the visit is refused."""
    serial, version = visit["serial"], visit["version"]
    if visit["station_code"] != code or not serial.startswith(code + "-"):
        return Refusal("visit", serial, f"登记编号和工作站代码应属于发送文件的工作站（{code}）")
    if seen is not None:
        if seen == visit["sha256"]:
            return "already"
        return Refusal(
            "visit", serial, f"同一版本（第{version}版）的内容与此前收到的不同：未覆盖，请核对"
        )
    if state is None:
        return Refusal("visit", serial, SERIAL_TAKEN) if serial in taken else "new"
    if state.received_version is None:
        return Refusal("visit", serial, "本机有一条编号相同的记录不是从这个工作站收到的")
    if version <= state.received_version:
        return "already"  # an older version arriving late: the newer one is here
    base = visit.get("base_version")
    township_stepped = state.version > state.received_version
    if township_stepped and (base is None or base < state.version):
        return "both"
    return "update"
