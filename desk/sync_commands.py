"""The `desk` commands for sync files: export, import, verify, keys (desk.cli wires them in).

They call desk.syncing, as the 同步 page does. Exit status as for every command: 0 done,
1 a file or key refused (or a file not good), 2 wrong arguments, 3 database not available.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk.cli import EXIT_INVALID, EXIT_UNAVAILABLE, CommandError, _print, _station


def add_commands(commands: Any) -> None:
    export = commands.add_parser(
        "export",
        help="导出同步文件：工作站导出乡镇未确认的全部记录；乡镇为各工作站导出反馈文件",
    )
    export.add_argument("--out", type=Path, default=Path("."), metavar="DIR",
                        help="写到这个文件夹（如U盘；默认当前文件夹）")  # fmt: skip
    export.add_argument("--full", action="store_true",
                        help="全量导出：全部记录（乡镇换了电脑或文件丢失时）")  # fmt: skip
    export.add_argument("--plain", action="store_true",
                        help="不加密导出（仅在没有对方公钥、且确需如此时）")  # fmt: skip
    export.add_argument(
        "--station", metavar="CODE", help="乡镇：只为这个工作站导出反馈（默认：全部有反馈的）"
    )

    load = commands.add_parser(
        "import", help="导入同步文件（乡镇导入工作站的文件，工作站导入乡镇的反馈）"
    )
    load.add_argument("files", nargs="+", type=Path, metavar="FILE",
                      help="同步文件，或放有同步文件的文件夹")  # fmt: skip
    load.add_argument("--preview", action="store_true",
                      help="只预览：说明导入后会怎样，不改动任何数据")  # fmt: skip

    verify = commands.add_parser("verify", help="检查同步文件的签名、校验值和格式（不导入）")
    verify.add_argument("file", type=Path, help="同步文件")
    verify.add_argument("--key", type=Path, metavar="KEYFILE",
                        help="发送方的公钥文件（不用本机数据库中登记的公钥时）")  # fmt: skip

    keys = commands.add_parser("keys", help="同步用的密钥：本机指纹、导出本机公钥、登记对方公钥")
    what = keys.add_subparsers(dest="keys_command", metavar="操作", required=True)
    what.add_parser("show", help="显示本机公钥的指纹（通电话时念给对方核对）")
    own = what.add_parser("export", help="导出本机的公钥文件，交给对方登记")
    own.add_argument("--out", type=Path, default=Path("."), metavar="DIR", help="写到这个文件夹")
    add = what.add_parser("add", help="登记对方的公钥文件（工作站登记乡镇的；乡镇登记各工作站的）")
    add.add_argument("file", type=Path, help="公钥文件（.desk-key）")
    what.add_parser("list", help="列出已登记的公钥")


def handlers() -> dict[str, Callable[[argparse.Namespace, Any], int]]:
    return {"export": _export, "import": _import, "verify": _verify, "keys": _keys}


def _export(args: argparse.Namespace, opener: Any) -> int:
    from desk.sync.errors import RecipientKeyMissing
    from desk.syncing.export import describe_sent, export_station
    from desk.syncing.feedback import export_feedback, stations_with_feedback
    from desk.syncing.writing import ExportFailed, NothingToExport

    db = opener.open(exclusive=True)
    station = _station(db)
    if not args.out.is_dir():
        raise CommandError(f"文件夹不存在：{args.out}")
    now = dt.datetime.now()
    try:
        if not station.is_township:
            sent = export_station(db, args.out, clerk=None, now=now, full=args.full,
                                  plain=args.plain)  # fmt: skip
            _print(f"已导出 {sent.path}")
            _print(f"  {describe_sent(sent)}；{sent.size:,} 字节；已读回检查无误")
            return 0
        codes = [args.station] if args.station else stations_with_feedback(db)
        if not codes:
            _print("没有要反馈给任何工作站的内容")
            return 0
        for code in codes:
            sent = export_feedback(db, args.out, code, clerk=None, now=now, full=args.full,
                                   plain=args.plain)  # fmt: skip
            _print(f"已导出 {sent.path}")
            _print(f"  {describe_sent(sent)}，确认{sent.acknowledgements}条")
    except NothingToExport as nothing:
        _print(str(nothing))
        return 0
    except (RecipientKeyMissing, ExportFailed) as error:
        raise CommandError(str(error)) from None
    return 0


def _import(args: argparse.Namespace, opener: Any) -> int:
    from desk.syncing.importing import import_files, sync_files_in

    paths: list[Path] = []
    for given in args.files:
        if given.is_dir():
            found = sync_files_in(given)
            if not found:
                raise CommandError(f"文件夹 {given} 中没有同步文件（.desk-sync）")
            paths += found
        elif given.exists():
            paths.append(given)
        else:
            raise CommandError(f"文件不存在：{given}")
    db = opener.open(exclusive=True)
    _station(db)
    outcomes = import_files(db, paths, db_path=opener.path, clerk=None, now=dt.datetime.now(),
                            preview=args.preview)  # fmt: skip
    for outcome in outcomes:
        who = f"（{outcome.sender}）" if outcome.sender else ""
        _print(f"{outcome.name}{who}：{outcome.message}")
        for line in outcome.details():
            _print(f"  {line}")
    if args.preview:
        _print("以上为预览，没有导入任何数据")
    refused = sum(outcome.refused for outcome in outcomes)
    if refused:
        raise CommandError(f"{len(outcomes)}份文件中有{refused}份未导入", EXIT_INVALID)
    return 0


def _verify(args: argparse.Namespace, opener: Any) -> int:
    from desk.sync.errors import PublicKeyFileInvalid, SyncFileRefused
    from desk.sync.keys import read_public_key_file
    from desk.syncing.parties import me, senders
    from desk.syncing.verifying import verify_path

    registry: Callable[[str], Any] = lambda code: None  # noqa: E731
    party = None
    if args.key is not None:
        try:
            key_file = read_public_key_file(args.key)
        except PublicKeyFileInvalid as error:
            raise CommandError(str(error)) from None
        registry = {key_file.code: key_file}.get
    elif opener.path.exists():
        db = opener.open(exclusive=False)
        _station(db)
        party, known = me(db), senders(db)
        own = party.public_key_file()  # a station checks the file it wrote itself
        registry = lambda code: own if code == own.code else known(code)  # noqa: E731
    else:
        raise CommandError(
            "没有可用的公钥：请用 --key 给出发送方的公钥文件，或用 --db 指明登记过它的数据库",
            EXIT_UNAVAILABLE,
        )
    if not args.file.is_file():
        raise CommandError(f"文件不存在：{args.file}")
    try:
        verified = verify_path(args.file, senders=registry, me=party)
    except SyncFileRefused as error:
        raise CommandError(f"{args.file.name} 不合格：{error}") from None
    except OSError as error:
        raise CommandError(f"无法读取 {args.file}：{error.strerror or error}") from None
    for line in verified.lines():
        _print(line)
    return 0


def _keys(args: argparse.Namespace, opener: Any) -> int:
    from desk.store.sync_keys import registered_keys
    from desk.sync.errors import PublicKeyFileInvalid
    from desk.sync.keys import ROLE_LABELS
    from desk.syncing.parties import export_own_key, me, register_key_path

    if args.keys_command == "add":
        db = opener.open(exclusive=True)
        _station(db)
        try:
            key_file, replaced = register_key_path(db, args.file, clerk=None,
                                                   now=dt.datetime.now())  # fmt: skip
        except PublicKeyFileInvalid as error:
            raise CommandError(str(error)) from None
        _print(f"已登记{ROLE_LABELS[key_file.role]}“{key_file.name}”（{key_file.code}）的公钥")
        _print(f"  指纹：{key_file.fingerprint}　请与对方电话核对")
        if replaced is not None:
            _print(f"  替换了原来登记的公钥（原指纹 {replaced.fingerprint}）")
        return 0
    db = opener.open(exclusive=False)
    _station(db)
    if args.keys_command == "show":
        party = me(db)
        _print(f"本机：{ROLE_LABELS[party.role]} {party.name}（{party.code}）")
        _print(f"公钥指纹：{party.fingerprint}")
    elif args.keys_command == "export":
        if not args.out.is_dir():
            raise CommandError(f"文件夹不存在：{args.out}")
        path = export_own_key(db, args.out)
        _print(f"已导出本机公钥文件：{path}")
        _print(f"  指纹：{me(db).fingerprint}")
    else:
        entries = registered_keys(db)
        if not entries:
            _print("还没有登记任何对方的公钥")
        for entry in entries:
            key = entry.key_file
            _print(
                f"{ROLE_LABELS[key.role]} {key.name}（{key.code}）  指纹 {key.fingerprint}  "
                f"登记于 {entry.registered_at[:16].replace('T', ' ')}"
            )
    return 0
