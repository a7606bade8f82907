"""`desk verify`: is this a good sync file? Without loading anything.

The signature, the header and the file's SHA-256 need only the sender's public key (from
this computer's registry, or a key file given); the payload's schema, hashes and counts need
the recipient's private key, which only the recipient has. A station can therefore verify the
file it wrote (not its content); the township can verify everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desk.sync.envelope import SyncHeader, check_signed, describe_sender, open_sealed
from desk.sync.errors import SyncFileRefused
from desk.sync.keys import Party, PublicKeyFile
from desk.syncing.writing import is_temporary

if TYPE_CHECKING:
    from collections.abc import Callable


class NotASyncFile(SyncFileRefused):
    reason = "temporary"


@dataclass(frozen=True)
class Verified:
    header: SyncHeader
    content_checked: bool  # decrypted and its payload checked too

    def lines(self) -> list[str]:
        header = self.header
        counts = header.counts
        sequence = (
            f"第{header.sequence.first}–{header.sequence.last}号"
            if header.sequence
            else "（无事件）"
        )
        kind = "报送乡镇的同步文件" if header.kind == "export" else "乡镇的反馈文件"
        lines = [
            f"签名正确：{kind}，由{describe_sender(header)}签名",
            f"发给：{header.recipient_name}（{header.recipient_code}）；第{header.number}号文件；"
            f"生成于 {header.created}",
            f"内容：来访{counts['visits']}件，事件{counts['events']}条，确认{counts['acknowledgements']}条；"
            f"事件序号 {sequence}",
            f"SHA-256：{header.sha256}",
            "加密：" + ("是" if header.encrypted else "否（本文件未加密）"),
        ]
        if self.content_checked:
            lines.append("内容已解密检查：格式、逐条校验值、数量、序号范围均无误")
        elif header.encrypted:
            lines.append("内容是加密的，只有收件方能解密检查；以上签名和文件头已检查无误")
        return lines


def verify_bytes(
    data: bytes,
    *,
    senders: Callable[[str], PublicKeyFile | None],
    me: Party | None = None,
) -> Verified:
    """Raises SyncFileRefused (its message for the clerk) when the file is not good."""
    header = check_signed(data, senders=senders)
    if me is not None and header.recipient_code == me.code:
        return Verified(open_sealed(data, senders=senders, me=me).header, True)
    if not header.encrypted:
        # A plain file's content can be checked by anyone, as its recipient would check it.
        opened = open_sealed(data, senders=senders, me=_nobody(), my_code=header.recipient_code)
        return Verified(opened.header, True)
    return Verified(header, False)


def verify_path(
    path: Path,
    *,
    senders: Callable[[str], PublicKeyFile | None],
    me: Party | None = None,
) -> Verified:
    if is_temporary(path):
        raise NotASyncFile(
            "这是导出中断时留下的临时文件（名字以点开头、以 .part 结尾），不是同步文件"
        )
    data = Path(path).read_bytes()
    return verify_bytes(data, senders=senders, me=me)


def _nobody() -> Party:
    from desk.sync.keys import PrivateKeys

    return Party("000000000000", "", "station", PrivateKeys.generate())
