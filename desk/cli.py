"""The `desk` command: the window by default, and commands for IT helpers and scripts.

Every command calls the same domain and store functions as the window does.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desk import __version__
from desk.paths import DB_ENVIRONMENT_VARIABLE, default_db_path

EXIT_INVALID = 1
EXIT_UNAVAILABLE = 3


class CommandError(Exception):
    """A failure to report in one line and exit non-zero."""

    def __init__(self, message: str, code: int = EXIT_INVALID) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk",
        description="信访接待台：村级群众工作站的来访登记程序。不带命令时打开窗口。",
    )
    parser.add_argument("--version", action="version", version=f"desk {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="自检：在临时文件夹中建库、登记、出回执、封装同步文件、画登录窗口，逐项报告",
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"数据库文件（默认：环境变量 {DB_ENVIRONMENT_VARIABLE}，否则用户数据目录）",
    )
    parser.add_argument(
        "--as",
        dest="viewer",
        metavar="LOGIN",
        help="以这位接待员的身份查看（密码取自环境变量 DESK_PASSWORD，或在终端输入）；"
        "不指明时，身份证号和电话只显示部分，检举控告类事项不显示内容",
    )
    commands = parser.add_subparsers(dest="command", metavar="命令")
    commands.add_parser("gui", help="打开窗口（默认）")

    demo = commands.add_parser("demo", help="生成演示用的来访登记")
    demo.add_argument("--visits", type=int, required=True, metavar="N", help="生成多少条")
    demo.add_argument("--seed", type=int, default=2022, help="随机数种子（相同种子生成相同数据）")

    add = commands.add_parser(
        "add", help="从 JSON 登记来访（一个对象或一个列表；有一条不合格则一条都不保存）"
    )
    add.add_argument("file", help="JSON 文件，或 - 表示标准输入")
    add.add_argument("--clerk", help="接待员登录名（只有一名接待员时可省略）")

    show = commands.add_parser("show", help="显示一条登记")
    show.add_argument("serial", help="登记编号，如 410423203202-2026-00001")
    show.add_argument("--json", action="store_true", help="输出 JSON（字段同 desk add）")

    search = commands.add_parser(
        "search", help="在台账中查找：姓名、拼音首字母、身份证号或电话后几位、登记编号、事项内容"
    )
    search.add_argument("query", help="要查找的内容")
    search.add_argument("--limit", type=int, default=20, metavar="N", help="最多显示几条（默认20）")

    cases = commands.add_parser("cases", help="列出未办结的事项及其下一个时限")
    cases.add_argument(
        "--due", action="store_true", help="只列已超期和3日内到期的（早上查看或供脚本使用）"
    )

    deadlines = commands.add_parser("deadlines", help="显示或更换办理时限和计日规则")
    deadlines.add_argument("--install", type=Path, metavar="FILE", help="安装本省的时限规则文件")

    backup = commands.add_parser("backup", help="备份数据库（程序打开时也可以备份）")
    backup.add_argument(
        "--to", type=Path, metavar="DIR", help="备份到这个文件夹（默认：设置中的文件夹）"
    )

    restore = commands.add_parser(
        "restore", help="用备份文件恢复数据库（先检查备份，再备份当前文件）"
    )
    restore.add_argument("file", type=Path, help="备份文件")
    restore.add_argument(
        "--anyway",
        action="store_true",
        help="即使有乡镇尚未确认收到的记录也恢复（这些记录会丢失，只在技术人员确认后使用）",
    )

    audit = commands.add_parser("audit", help="审计记录")
    audit.add_argument("what", choices=["verify"], help="verify：检查审计记录链是否完整")

    receipt = commands.add_parser(
        "receipt", help="生成来访回执 PDF 或送打印机（之前出过回执的，印“补打”及次数）"
    )
    receipt.add_argument("serial", help="登记编号")
    receipt.add_argument("--layout", choices=["a5", "roll80"], help="纸张（默认：设置中的纸张）")
    receipt.add_argument(
        "--out", type=Path, metavar="FILE.pdf", help="保存为 PDF（默认 登记编号.pdf）"
    )
    receipt.add_argument("--print", action="store_true", dest="send", help="送打印机打印")
    receipt.add_argument(
        "--printer", help="打印机名称（默认：上次用的打印机，否则系统默认打印机；可省略 --print）"
    )

    categories = commands.add_parser("categories", help="显示或更换内容分类表")
    categories.add_argument("--install", type=Path, metavar="FILE", help="安装乡镇下发的分类文件")

    from desk import report_command, sync_commands  # export, import, verify, keys; report

    sync_commands.add_commands(commands)
    report_command.add_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from desk.self_test import run_self_test

        return run_self_test()
    db_path = args.db or default_db_path()
    if args.command in (None, "gui"):
        from desk.app import run_gui

        return run_gui(db_path)
    handlers = {
        "demo": _demo,
        "add": _add,
        "show": _show,
        "search": _search,
        "cases": _cases,
        "deadlines": _deadlines,
        "receipt": _receipt,
        "backup": _backup,
        "restore": _restore,
        "audit": _audit,
        "categories": _categories,
    }
    from desk import report_command, sync_commands

    handlers.update(sync_commands.handlers())
    handlers.update(report_command.handlers())
    try:
        with contextlib.ExitStack() as cleanup:
            return handlers[args.command](args, _Opener(db_path, cleanup, args.viewer))
    except CommandError as error:
        print(f"错误：{error}", file=sys.stderr)
        return error.code
    except BrokenPipeError:  # `desk show ... | head`: the reader has what it wanted
        sys.stderr.close()
        return 0


class _Opener:
    """Opens the database for one command and closes it (and its lock) when the command ends."""

    def __init__(self, path: Path, cleanup: contextlib.ExitStack, viewer: str | None) -> None:
        self.path = path
        self.cleanup = cleanup
        self.viewer_login = viewer

    def viewer(self, db: Any) -> Any:
        """The clerk named by --as, after checking the password; None without --as."""
        if not self.viewer_login:
            return None
        import getpass
        import os

        from desk.store.accounts import LoginRefused, log_in

        password = os.environ.get("DESK_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise CommandError("--as 需要密码：请设置环境变量 DESK_PASSWORD", EXIT_INVALID)
            password = getpass.getpass(f"{self.viewer_login} 的密码：")
        try:
            return log_in(db, self.viewer_login, password, now=dt.datetime.now())
        except LoginRefused as error:
            raise CommandError(str(error)) from None

    def open(self, *, exclusive: bool, create: bool = False) -> Any:
        """`exclusive` for commands that write: one program instance per database. Only
        `create` makes a new file: a mistyped --db path must not leave an empty database."""
        from desk.store import (
            DatabaseInUse,
            DatabaseTooNew,
            DatabaseUnreadable,
            InstanceLock,
            open_database,
        )

        if not create and not self.path.exists():
            raise CommandError(f"数据库文件不存在：{self.path}", EXIT_UNAVAILABLE)
        if exclusive:
            lock = InstanceLock(self.path)
            try:
                lock.acquire()
            except DatabaseInUse as error:
                raise CommandError(f"{error}，请先关闭它", EXIT_UNAVAILABLE) from None
            self.cleanup.callback(lock.release)
        try:
            db = open_database(self.path)
        except (DatabaseTooNew, DatabaseUnreadable) as error:
            raise CommandError(str(error), EXIT_UNAVAILABLE) from None
        self.cleanup.callback(db.close)
        return db


def _station(db: Any) -> Any:
    from desk.store.station import load_station

    station = load_station(db)
    if station is None:
        raise CommandError(
            "这个数据库还没有设置工作站：请先打开窗口完成设置，或运行 desk demo", EXIT_UNAVAILABLE
        )
    return station


def _demo(args: argparse.Namespace, opener: _Opener) -> int:
    from desk.demo import DEMO_CLERK, SAMPLE_STATION, DemoVisits
    from desk.domain.station import validate_new_clerk, validate_station
    from desk.registration import visit_rules
    from desk.store import station as station_store
    from desk.store.ledger import optimize_text_index
    from desk.store.timestamps import stamp
    from desk.store.visits import insert_visit

    if args.visits < 0:
        raise CommandError("--visits 不能是负数")
    db = opener.open(exclusive=True, create=True)
    now = dt.datetime.now()
    station = station_store.load_station(db)
    if station is None:
        station = validate_station(SAMPLE_STATION)
        station_store.set_up_station(db, station, validate_new_clerk(DEMO_CLERK), now)
        print(
            f"新数据库：已建立演示工作站“{station.name}”（{station.code}）和演示接待员"
            f"（登录名 {DEMO_CLERK['login']}，密码 {DEMO_CLERK['password']}）"
        )
    clerk = station_store.active_clerks(db)[0]
    rules = visit_rules(db, now)
    generator = DemoVisits(station_code=station.code, now=now, seed=args.seed)
    batch = 5_000  # one transaction per batch: progress survives an interruption
    done = 0
    visits = generator.validated(args.visits, rules)
    while done < args.visits:
        with db.atomic():
            for visit in _take(visits, batch):
                received = dt.datetime.strptime(visit.received_at, "%Y-%m-%d %H:%M")
                insert_visit(db, visit, station, clerk, stamp(received))
                done += 1
        print(f"\r已生成 {done}/{args.visits} 条", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    optimize_text_index(db)
    print(f"已在 {opener.path} 生成 {done} 条演示来访登记")
    return 0


def _take(iterator: Any, count: int) -> Any:
    for _ in range(count):
        item = next(iterator, None)
        if item is None:
            return
        yield item


def _read_json(source: str) -> Any:
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as error:
        raise CommandError(f"无法读取 {source}：{error.strerror}") from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise CommandError(f"{source} 不是 UTF-8 编码的文本") from None
    except json.JSONDecodeError as error:
        raise CommandError(
            f"{source} 不是合格的 JSON（第{error.lineno}行第{error.colno}列：{error.msg}）"
        ) from None


def _add(args: argparse.Namespace, opener: _Opener) -> int:
    from desk.domain.errors import InvalidInput
    from desk.domain.visit import LABELS, validate_visit
    from desk.registration import visit_rules
    from desk.store.visits import register_visits

    document = _read_json(args.file)
    items = document if isinstance(document, list) else [document]
    if not items or not all(isinstance(item, dict) for item in items):
        raise CommandError("JSON 应为一个来访对象，或由来访对象组成的列表")
    db = opener.open(exclusive=True)
    station = _station(db)
    clerk = _clerk_for_add(db, args.clerk)
    now = dt.datetime.now()
    rules = visit_rules(db, now)
    valid, failures = [], 0
    for number, item in enumerate(items, start=1):
        try:
            valid.append(validate_visit(item, rules))
        except InvalidInput as invalid:
            failures += 1
            name = item.get("visitor_name") or "（未填姓名）"
            print(f"第{number}条（{name}）有误：", file=sys.stderr)
            for field, message in invalid.errors.items():
                label = LABELS.get(field.split("[")[0], "")
                print(f"  {field}{f'（{label}）' if label else ''}：{message}", file=sys.stderr)
    if failures:
        raise CommandError(f"共{len(items)}条，其中{failures}条有误：一条都没有保存")
    records = register_visits(db, valid, station=station, clerk=clerk, now=now)
    _print(f"已登记 {len(records)} 条：")
    for record in records:
        _print(f"  {record.serial}  {record.visit.visitor_name}  {record.visit.subject}")
    return 0


def _clerk_for_add(db: Any, login: str | None) -> Any:
    from desk.store.station import active_clerks, clerk_by_login

    if login:
        clerk = clerk_by_login(db, login.strip().lower())
        if clerk is None:
            raise CommandError(f"没有登录名为 {login} 的接待员")
        return clerk
    clerks = active_clerks(db)
    if len(clerks) != 1:
        logins = "、".join(c.login for c in clerks)
        raise CommandError(f"有多名接待员（{logins}），请用 --clerk 指明接待员")
    return clerks[0]


def _show(args: argparse.Namespace, opener: _Opener) -> int:
    from desk.domain.access import is_confidential, sees_confidential, visible_record
    from desk.domain.visit import LABELS
    from desk.store.audit import Audited, record
    from desk.store.visits import visit_by_serial

    db = opener.open(exclusive=False)
    viewer = opener.viewer(db)
    found = visit_by_serial(db, args.serial)
    if found is None:
        raise CommandError(f"没有登记编号为 {args.serial} 的记录")
    if is_confidential(found.visit.kind) and sees_confidential(viewer):
        record(db, Audited.VIEW_CONFIDENTIAL, clerk=viewer, now=dt.datetime.now(),
               target=found.serial, detail="命令行")  # fmt: skip
    document = visible_record(found, viewer)
    if args.json:
        utf8 = (sys.stdout.encoding or "").lower().replace("-", "") == "utf8"
        print(json.dumps(document, ensure_ascii=not utf8, indent=2))
        return 0
    _print(f"登记编号：{found.serial}")
    _print(f"工作站：{found.station_name}（{found.station_code}）  接待员：{found.clerk_name}")
    for name, value in document.items():
        if name not in LABELS or name == "representatives" or value in ("", False):
            continue
        _print(f"{LABELS[name]}：{'是' if value is True else value}")
    for position, person in enumerate(document["representatives"], start=2):
        line = f"代表人{position}：{person['name']} {person['id_number']} {person['phone']}"
        _print(line.rstrip())
    if found.visit.collective:
        _print("集体访：是")
    return 0


def _search(args: argparse.Namespace, opener: _Opener) -> int:
    from desk.domain.access import shown_text
    from desk.domain.idnumber import mask
    from desk.domain.receipt import mask_phone
    from desk.domain.search_query import parse_query
    from desk.store.ledger import Search, count, page

    if args.limit < 1:
        raise CommandError("--limit 至少为1")
    db = opener.open(exclusive=False)
    viewer = opener.viewer(db)
    search = Search(parse_query(args.query))
    rows = page(db, search, size=args.limit)
    total = count(db, search)
    _print(f"找到 {total} 条" + (f"，显示最新登记的 {len(rows)} 条" if total > len(rows) else ""))
    for row in rows:
        _print(
            "  ".join(
                [
                    row.serial,
                    row.received_at,
                    row.visitor_name,
                    mask(row.id_number) or "-",
                    mask_phone(row.phone) or "-",
                    row.village or "-",
                    shown_text(row.subject, kind=row.kind, clerk=viewer),
                ]
            )
        )
    return 0


def _cases(args: argparse.Namespace, opener: _Opener) -> int:
    from desk.domain.deadlines import DUE_SOON_DAYS
    from desk.domain.search_query import parse_query
    from desk.ledger_export import all_rows
    from desk.store.ledger import OPEN, Filters, Order, Search

    db = opener.open(exclusive=False)
    today = dt.date.today()
    horizon = today + dt.timedelta(days=DUE_SOON_DAYS + 1) if args.due else None
    search = Search(
        parse_query(""), Filters(state=OPEN, overdue_on=horizon), Order.DUE, descending=False
    )
    shown = 0
    for row in all_rows(db, search):
        left = (dt.date.fromisoformat(row.next_due or today.isoformat()) - today).days
        mark = f"超期{-left}天" if left < 0 else ("今天到期" if left == 0 else f"还有{left}天")
        whose = {"station": "本站", "township": "乡镇"}.get(row.next_due_level, "")
        _print(
            f"{row.next_due}  {mark}  {row.next_due_what}（{whose}）  {row.serial}  "
            f"{row.visitor_name}  {row.subject}  [{row.state}]"
        )
        shown += 1
    _print(("已超期或3日内到期" if args.due else "未办结") + f"：{shown} 件")
    return 0


def _deadlines(args: argparse.Namespace, opener: _Opener) -> int:
    from desk.domain.deadlines import DeadlineRulesInvalid, load_deadline_rules_file
    from desk.store.cases import refresh_all_summaries
    from desk.store.rules import deadline_rules, install_deadline_rules

    db = opener.open(exclusive=args.install is not None)
    if args.install:
        try:
            rules = load_deadline_rules_file(args.install)
        except DeadlineRulesInvalid as error:
            raise CommandError(str(error)) from None
        with db.atomic():
            install_deadline_rules(db, rules)
            refresh_all_summaries(db)  # every open case's next deadline by the new rules
        _print(f"已安装时限规则“{rules.title}”（{rules.version}版），已按新规则重算各事项时限")
    rules = deadline_rules(db)
    periods, counting = rules.periods, rules.counting
    _print(f"{rules.title}（{rules.version}版）")
    _print(
        f"  书面告知是否受理 {periods.acceptance_notice} 日；办结 {periods.handling} 日，"
        f"可延长一次不超过 {periods.extension_max} 日；复查申请 {periods.review_request} 日、"
        f"复查意见 {periods.review_opinion} 日；复核申请 {periods.recheck_request} 日、"
        f"复核意见 {periods.recheck_opinion} 日"
    )
    unit = "工作日" if counting.days.value == "working" else "自然日"
    first = "开始之日计入" if counting.first_day.value == "same_day" else "开始之日不计入"
    roll = "最后一日遇休息日顺延" if counting.roll_to_working_day else "最后一日遇休息日不顺延"
    _print(f"  按{unit}计算；{first}；{roll}")
    return 0


def _backup(args: argparse.Namespace, opener: _Opener) -> int:
    from desk.backups import back_up
    from desk.store.backup import BackupFailed

    db = opener.open(exclusive=False)
    try:
        path = back_up(db, opener.path, clerk=None, now=dt.datetime.now(), reason="命令行备份",
                       folder=args.to)  # fmt: skip
    except BackupFailed as error:
        raise CommandError(str(error), EXIT_UNAVAILABLE) from None
    _print(f"已备份到 {path}")
    return 0


def _restore(args: argparse.Namespace, opener: _Opener) -> int:
    from desk.backups import refuse_losing_unacknowledged, restore_backup
    from desk.store import DatabaseInUse, InstanceLock
    from desk.store.backup import BackupFailed
    from desk.syncing.guard import UnacknowledgedRecords

    lock = InstanceLock(opener.path)
    try:
        lock.acquire()
    except DatabaseInUse as error:
        raise CommandError(f"{error}，请先关闭它", EXIT_UNAVAILABLE) from None
    opener.cleanup.callback(lock.release)
    try:
        if not args.anyway:
            refuse_losing_unacknowledged(opener.path)
        safety = restore_backup(args.file, opener.path, now=dt.datetime.now())
    except (BackupFailed, UnacknowledgedRecords) as error:
        raise CommandError(str(error)) from None
    _print(f"已用 {args.file} 恢复 {opener.path}")
    if safety:
        _print(f"恢复前的数据库已备份为 {safety}")
    return 0


def _audit(args: argparse.Namespace, opener: _Opener) -> int:
    from desk.store.audit import verify

    db = opener.open(exclusive=False)
    check = verify(db)
    if check.intact:
        _print(f"审计记录完整：共 {check.entries} 条，逐条核对无误")
        return 0
    raise CommandError(f"审计记录被改动：{check.reason}（第 {check.broken_at} 条）")


def _receipt(args: argparse.Namespace, opener: _Opener) -> int:
    from desk.domain.receipt import Layout
    from desk.receipting import UnknownSerial, hand_out, make_slip, save_slip

    db = opener.open(exclusive=True)
    _station(db)
    now = dt.datetime.now()
    try:
        slip = make_slip(
            db, args.serial, now=now, layout=Layout(args.layout) if args.layout else None
        )
    except UnknownSerial as error:
        raise CommandError(str(error)) from None
    copy = f"（补打第{slip.reprint}次）" if slip.reprint else ""
    if args.send or args.printer:
        printer = _print_slip(db, slip.pdf, args.printer, title=f"来访登记回执 {slip.serial}")
        hand_out(db, slip, clerk=None, destination=printer, now=now)
        _print(f"已送打印机“{printer}”：{slip.serial} 的回执{copy}")
    if args.out or not (args.send or args.printer):
        path = args.out or Path(f"{slip.serial}.pdf")
        try:
            save_slip(slip, path)
        except OSError as error:
            raise CommandError(f"无法写入 {path}：{error.strerror}") from None
        hand_out(db, slip, clerk=None, destination=str(path), now=now)
        _print(f"已保存回执：{path}{copy}")
    return 0


def _print_slip(db: Any, pdf: bytes, printer_name: str | None, *, title: str) -> str:
    """Print through Qt, as the window does (no window is needed for that)."""
    from desk.domain.settings import LAST_PRINTER
    from desk.store.station import get_setting, set_setting
    from desk.ui.printing import PrintFailed, print_without_window

    try:
        name = print_without_window(pdf, printer_name or get_setting(db, LAST_PRINTER), title=title)
    except PrintFailed as error:
        raise CommandError(str(error), EXIT_UNAVAILABLE) from None
    set_setting(db, LAST_PRINTER, name)
    return name


def _categories(args: argparse.Namespace, opener: _Opener) -> int:
    from desk.domain.categories import CategoryListInvalid, load_category_file
    from desk.store.station import active_categories, install_categories

    db = opener.open(exclusive=args.install is not None)
    if args.install:
        try:
            categories = load_category_file(args.install)
        except CategoryListInvalid as error:
            raise CommandError(str(error)) from None
        install_categories(db, categories)
        _print(f"已安装分类表“{categories.title}”（{categories.version}版）")
    categories = active_categories(db)
    _print(f"{categories.title}（{categories.version}版）")
    for first, children in categories.tree.items():
        _print(f"  {first}：{'、'.join(children) or '（无二级分类）'}")
    return 0


def _print(text: str) -> None:
    """Print, replacing what a legacy console encoding (GBK) cannot show rather than failing."""
    encoding = sys.stdout.encoding or "utf-8"
    print(text.encode(encoding, errors="backslashreplace").decode(encoding))
