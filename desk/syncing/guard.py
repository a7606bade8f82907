"""What a station may not do while the township has not acknowledged all its records: set up
again, change station, or throw data away (reset, delete). Those records exist nowhere else
yet; once acknowledged, the township has them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.store.station import load_station
from desk.store.sync_records import unacknowledged

if TYPE_CHECKING:
    from sqlite_utils import Database


class UnacknowledgedRecords(RuntimeError):
    """The message says how many and what to do first."""


def refuse_discarding(db: Database, action: str) -> None:
    """Raise UnacknowledgedRecords when `action` (e.g. "更换工作站") would lose records the
    township has not acknowledged; a township, or a database without a station, passes."""
    station = load_station(db)
    if station is None or station.is_township:
        return
    waiting = unacknowledged(db, station.code)
    if waiting.total:
        raise UnacknowledgedRecords(
            f"还有来访{waiting.visits}件、办理记录{waiting.events}条乡镇尚未确认收到，"
            f"现在不能{action}：请先导出同步文件交乡镇导入，再导入乡镇的反馈文件"
        )
