"""Who this computer is in sync terms, and whose public keys it knows.

A station has one partner, its township; a township has its stations. A key file is
registered only when it is of the other kind and belongs together with this computer by its
division code (a village station's code starts with its township's nine digits).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desk.domain.station import Clerk, Station
from desk.store.audit import Audited
from desk.store.audit import record as audit
from desk.store.station import load_station
from desk.store.sync_keys import own_keys, register_key, registered_key, registered_keys
from desk.sync.errors import PublicKeyFileInvalid
from desk.sync.keys import (
    ROLE_LABELS,
    Party,
    PrivateKeys,
    PublicKeyFile,
    read_public_key_file,
    write_public_key_file,
)
from desk.sync.naming import public_key_file_name

if TYPE_CHECKING:
    from sqlite_utils import Database

TOWNSHIP_DIGITS = 9  # 省2 市2 县2 乡3: a village's code starts with its township's


class NotSetUp(RuntimeError):
    """No station, or no key pair, in this database."""


def township_code_of(station_code: str) -> str:
    """The township's 12-digit code: the village's first nine digits and 000."""
    return station_code[:TOWNSHIP_DIGITS] + "000"


def this_station(db: Database) -> Station:
    station = load_station(db)
    if station is None:
        raise NotSetUp("这个数据库还没有设置工作站")
    return station


def me(db: Database) -> Party:
    station = this_station(db)
    pem = own_keys(db)
    if pem is None:
        raise NotSetUp("本机还没有同步用的密钥")
    role = "township" if station.is_township else "station"
    return Party(station.code, station.name, role, PrivateKeys.from_pem(pem))


def senders(db: Database) -> Callable[[str], PublicKeyFile | None]:
    """The registry open_sealed asks: code -> registered public-key file."""
    known = {entry.key_file.code: entry.key_file for entry in registered_keys(db)}
    return known.get


def township_key(db: Database) -> PublicKeyFile | None:
    """On a station: its township's registered key."""
    keys = registered_keys(db, role="township")
    return keys[0].key_file if keys else None


def township_key_mismatch(key_file: PublicKeyFile, station_code: str) -> str:
    """Why a station cannot take this key file as its township's; "" when it can."""
    if key_file.role != "township":
        return f"这是{ROLE_LABELS[key_file.role]}的公钥文件，应导入乡镇的公钥文件"
    if key_file.code != township_code_of(station_code):
        return (
            f"“{key_file.name}”（代码 {key_file.code}）不是本站所属的乡镇："
            f"本站（代码 {station_code}）的乡镇代码应为 {township_code_of(station_code)}"
        )
    return ""


def register_key_file(
    db: Database, key_file: PublicKeyFile, *, clerk: Clerk | None, now: dt.datetime
) -> PublicKeyFile | None:
    """Register a partner's key file after checking it belongs here; returns the key it
    replaced (same code, other keys), if any. Raises PublicKeyFileInvalid with the reason."""
    station = this_station(db)
    wanted = "station" if station.is_township else "township"
    if key_file.role != wanted:
        raise PublicKeyFileInvalid(
            f"这是{ROLE_LABELS[key_file.role]}的公钥文件；本机是"
            f"{ROLE_LABELS['township' if station.is_township else 'station']}，"
            f"应导入{ROLE_LABELS[wanted]}的公钥文件"
        )
    if station.is_township:
        if township_code_of(key_file.code) != station.code:
            raise PublicKeyFileInvalid(
                f"工作站“{key_file.name}”（代码 {key_file.code}）不属于本乡镇"
                f"（代码 {station.code}）：村级工作站的区划代码应以本乡镇代码的前9位开头"
            )
    else:
        mismatch = township_key_mismatch(key_file, station.code)
        if mismatch:
            raise PublicKeyFileInvalid(mismatch)
    if key_file.code == station.code:
        raise PublicKeyFileInvalid("这是本机自己的公钥文件")
    before = registered_key(db, key_file.code)
    with db.atomic():
        register_key(db, key_file, now)
        detail = f"{ROLE_LABELS[key_file.role]} {key_file.name}，指纹 {key_file.fingerprint}"
        if before is not None and before != key_file:
            detail += f"（替换原指纹 {before.fingerprint}）"
        audit(db, Audited.IMPORT, clerk=clerk, now=now, target=key_file.code,
              detail="登记公钥：" + detail)  # fmt: skip
    return before if before is not None and before != key_file else None


def register_key_path(
    db: Database, path: Path, *, clerk: Clerk | None, now: dt.datetime
) -> tuple[PublicKeyFile, PublicKeyFile | None]:
    key_file = read_public_key_file(path)
    return key_file, register_key_file(db, key_file, clerk=clerk, now=now)


def export_own_key(db: Database, folder: Path) -> Path:
    """Write this computer's public-key file into `folder` (atomically); returns its path."""
    key_file = me(db).public_key_file()
    path = Path(folder) / public_key_file_name(key_file)
    write_public_key_file(path, key_file)
    return path
