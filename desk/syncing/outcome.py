"""What loading a sync file did (or, in a preview, would do), record by record, in words a
clerk reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from desk.store.sync_load import Ack

RECORD_WORDS = {"visit": "来访", "event": "事件"}
HELD_REASON = "缺少此前的记录（所属来访或更早的事件），暂不导入：补齐缺少的文件后对方会重新发送"


@dataclass(frozen=True)
class Refusal:
    record: str  # visit / event
    label: str  # a serial, or an event's action and serial
    reason: str

    def __str__(self) -> str:
        return f"{RECORD_WORDS.get(self.record, self.record)} {self.label}：{self.reason}"


@dataclass
class Loaded:
    """Counts per outcome; `acks` are the answers the township sends back (stations: empty)."""

    new_visits: int = 0
    new_events: int = 0
    updated_visits: int = 0
    already: int = 0
    conflicts: list[Refusal] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    held: list[Refusal] = field(default_factory=list)
    acks: list[Ack] = field(default_factory=list)
    acknowledged: int = 0  # a feedback file's answers about this station's records

    @property
    def new(self) -> int:
        return self.new_visits + self.new_events + self.updated_visits

    def counts(self) -> dict[str, int]:
        return {
            "new_visits": self.new_visits,
            "new_events": self.new_events,
            "updated_visits": self.updated_visits,
            "already": self.already,
            "conflicts": len(self.conflicts),
            "refused": len(self.refused),
            "held": len(self.held),
            "acknowledged": self.acknowledged,
        }

    def summary(self) -> str:
        """E.g. "新增 来访3条、事件4条；已有 0 条；冲突 0 条；被拒 0 条"."""
        parts = [
            f"新增 来访{self.new_visits}条、事件{self.new_events}条"
            + (f"，更新来访{self.updated_visits}条" if self.updated_visits else ""),
            f"已有 {self.already} 条",
            f"冲突 {len(self.conflicts)} 条",
            f"被拒 {len(self.refused)} 条",
        ]
        if self.held:
            parts.append(f"暂缓 {len(self.held)} 条")
        if self.acknowledged:
            parts.append(f"乡镇确认收到本站记录 {self.acknowledged} 条")
        return "；".join(parts)


@dataclass(frozen=True)
class FileOutcome:
    """One file of an import: loaded, already loaded before, or refused (with why)."""

    name: str
    status: str  # loaded / previewed / already_loaded / own (this computer's) / refused
    message: str  # the one line a clerk reads
    sender: str = ""  # "东风村群众工作站（410423203202）"
    sender_code: str = ""
    loaded: Loaded | None = None
    gaps: tuple[tuple[int, int], ...] = ()
    broken_links: tuple[str, ...] = ()  # where this file and its neighbours do not chain
    reason: str = ""  # a refused file's reason word (desk.sync.errors), for scripts

    @property
    def refused(self) -> bool:
        return self.status == "refused"

    def details(self) -> list[str]:
        """Further lines: conflicts, refused and held records, and missing ranges."""
        lines = []
        if self.loaded is not None:
            lines += [f"冲突：{item}" for item in self.loaded.conflicts]
            lines += [f"被拒：{item}" for item in self.loaded.refused]
            lines += [f"暂缓：{item}" for item in self.loaded.held]
        lines += [gap_text(first, last) for first, last in self.gaps]
        lines += list(self.broken_links)
        return lines


def gap_text(first: int, last: int) -> str:
    which = f"第{first}号" if first == last else f"第{first}–{last}号"
    return f"缺少{which}事件：可能少导入了一份同步文件，请向工作站要来补上，或请工作站全量导出"


def broken_link_text(number: int, earlier: int) -> str:
    return (
        f"第{number}号文件应接在第{earlier}号文件之后，但本机收到的第{earlier}号文件不是它所接的那份："
        "对方可能从备份恢复过数据后重复使用了文件编号，请与对方核对这两份文件"
    )
