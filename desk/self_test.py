"""`desk --self-test`: after copying the program to a station laptop, prove that it works there.

Each check runs a real part of the program, in a temporary folder that is removed afterwards:
the resources, a new database with its migrations and a station, a registration, a search, its
slip as a PDF with the bundled fonts, a ledger export, a sync file sealed and opened with fresh
keys, the login window drawn off screen, and Qt's own Chinese strings. Run from the bundle, it
proves that everything the program loads late (fonts, schemas, ReportLab's accelerators,
openpyxl, pypinyin's dictionaries, jsonschema's meta-schemas, Qt's plugins and translations) is
inside the bundle. One line per check; exit status 0 when all pass, 1 at the first that fails
(its traceback goes to stderr).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk import __version__
from desk.paths import help_pictures, resources_dir, running_from_bundle

NOW = dt.datetime(2026, 11, 26, 10, 0)
# What the program cannot do without, and the licenses that must travel with the fonts.
REQUIRED_RESOURCES = (
    "fonts/wqy-microhei.ttc",
    "fonts/LXGWWenKai-Regular.ttf",
    "fonts/HanaMinB.ttf",
    "fonts/LICENSE-wqy-microhei.txt",
    "fonts/LICENSE-lxgw-wenkai.txt",
    "fonts/LICENSE-hanazono.txt",
    "fonts/README.md",
    "categories/default.json",
    "rules/deadlines.json",
    "schemas/categories.schema.json",
    "schemas/deadlines.schema.json",
    "schemas/sync-envelope.schema.json",
    "schemas/sync-payload.schema.json",
    "schemas/sync-public-key.schema.json",
)


class CheckFailed(Exception):
    """A check ran but found something wrong: its message says what."""


@dataclass
class _Run:
    """What one check leaves for the next ones."""

    folder: Path
    db: Any = None  # the database at db_path
    station: Any = None
    clerk: Any = None
    record: Any = None

    @property
    def db_path(self) -> Path:
        return self.folder / "self-test.sqlite3"


def run_self_test() -> int:
    _say(f"信访接待台 {__version__} 自检（{'程序包' if running_from_bundle() else '源代码'}）")
    with tempfile.TemporaryDirectory(prefix="desk-self-test-") as folder:
        run = _Run(Path(folder))
        try:
            for name, check in CHECKS:
                started = time.perf_counter()
                try:
                    detail = check(run)
                except Exception as error:  # whatever breaks is what the helper must hear
                    traceback.print_exc()
                    _say(f"✗ {name}：没有通过：{error}")
                    return 1
                _say(f"✓ {name}：{detail}（{(time.perf_counter() - started) * 1000:.0f} ms）")
        finally:
            if run.db is not None:
                run.db.close()
    _say("自检全部通过")
    return 0


def _resources(run: _Run) -> str:
    folder = resources_dir()
    missing = [name for name in REQUIRED_RESOURCES if not (folder / name).is_file()]
    if missing:
        raise CheckFailed(f"{folder} 中缺少 {', '.join(missing)}")
    pictures = help_pictures()
    absent = [picture.name for picture in pictures if not picture.is_file()]
    if absent:
        raise CheckFailed(f"帮助的截图缺少 {', '.join(absent)}")
    return f"{len(REQUIRED_RESOURCES)} 个文件齐全，在 {folder}；帮助的截图 {len(pictures)} 张"


def _database(run: _Run) -> str:
    from desk.demo import SAMPLE_CLERK, SAMPLE_STATION
    from desk.domain.station import validate_new_clerk, validate_station
    from desk.store import open_database
    from desk.store.migrations import migrations
    from desk.store.station import load_station, set_up_station

    run.db = open_database(run.db_path)
    if migrations().pending(run.db):
        raise CheckFailed("数据库升级没有完成")
    station = validate_station(SAMPLE_STATION)
    run.clerk = set_up_station(run.db, station, validate_new_clerk(SAMPLE_CLERK), NOW)
    run.station = load_station(run.db)
    if run.station != station:
        raise CheckFailed("工作站信息没有如实保存")
    steps = len(migrations().applied(run.db))
    return f"新建并升级（{steps} 步），工作站“{station.name}”和接待员 {run.clerk.login} 已设置"


def _registration(run: _Run) -> str:
    from desk.demo import SAMPLE_VISIT
    from desk.domain.search_query import parse_query
    from desk.registration import register_from_form
    from desk.store.ledger import Search, page

    run.record = register_from_form(
        run.db, SAMPLE_VISIT, station=run.station, clerk=run.clerk, now=NOW
    )
    # Full pinyin of the surname: the search needs pypinyin's dictionaries.
    found = [row.serial for row in page(run.db, Search(parse_query("zhang")), size=5)]
    if found != [run.record.serial]:
        raise CheckFailed(f"按拼音 zhang 查找，应找到 {run.record.serial}，实际为 {found}")
    return f"登记编号 {run.record.serial}，按拼音查找可找到"


def _receipt(run: _Run) -> str:
    from desk.receipting import make_slip
    from desk.receipts.fonts import face_runs

    name = run.record.visit.visitor_name
    lost = [text for face, text in face_runs(name) if "[U+" in text]
    if lost:
        raise CheckFailed(f"随带的字体中没有姓名“{name}”的字：{lost}")
    pdf = make_slip(run.db, run.record.serial, now=NOW).pdf
    if not pdf.startswith(b"%PDF-"):
        raise CheckFailed("生成的回执不是 PDF 文件")
    from reportlab.lib import rl_accel

    if rl_accel.fp_str.__module__ != "_rl_accel":  # still works without, a fifth slower
        raise CheckFailed("ReportLab 的加速模块 _rl_accel 没有载入")
    # Subsets named "AAAAAA+<PostScript name>": the text face, and a fallback for the name.
    embedded = sorted({name.decode() for name in re.findall(rb"/BaseFont /\w{6}\+([\w-]+)", pdf)})
    if len(embedded) < 2 or pdf.count(b"/FontFile2") < 2:
        raise CheckFailed(f"回执 PDF 中应嵌入正文字体和生僻字字体，实际为 {embedded}")
    return f"PDF {len(pdf) // 1024} KB，嵌入字体 {'、'.join(embedded)}"


def _export(run: _Run) -> str:
    from desk.domain.search_query import parse_query
    from desk.ledger_export import ExportFormat, export_ledger
    from desk.store.ledger import Search

    path = run.folder / "台账.xlsx"
    rows = export_ledger(run.db, Search(parse_query("")), path, ExportFormat.XLSX, now=NOW)
    if rows != 1 or not path.read_bytes().startswith(b"PK"):
        raise CheckFailed(f"导出的台账应有 1 条，实际 {rows} 条")
    return f"XLSX {path.stat().st_size // 1024} KB，{rows} 条"


def _sync_file(run: _Run) -> str:
    import jsonschema
    from uuid6 import uuid7

    from desk.sync.envelope import open_sealed, seal
    from desk.sync.errors import AlteredFile, InvalidSyncPayload
    from desk.sync.keys import Party, PrivateKeys
    from desk.sync.payload import check_payload, make_payload, visit_entry
    from desk.sync.schemas import SCHEMA_NAMES, schema

    for name in SCHEMA_NAMES:  # against their meta-schema: jsonschema's bundled specifications
        jsonschema.Draft202012Validator.check_schema(schema(name))
    station = Party(run.station.code, run.station.name, "station", PrivateKeys.generate())
    township = Party("410423203000", run.station.township, "township", PrivateKeys.generate())
    entry = visit_entry(run.record.to_json(), uid=str(uuid7()), version=1)
    payload = make_payload(visits=[entry])
    check_payload(payload)
    created = NOW.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))
    data = seal(payload, kind="export", sender=station, recipient=township.public_key_file(),
                number=1, sequence=None, created=created, previous_sha256=None)  # fmt: skip
    senders = {station.code: station.public_key_file()}.get
    opened = open_sealed(data, senders=senders, me=township)
    if opened.payload != payload or not opened.header.encrypted:
        raise CheckFailed("打开的同步文件与封装的内容不同")
    _refused(AlteredFile, lambda: open_sealed(_altered(data), senders=senders, me=township))
    _refused(InvalidSyncPayload, lambda: check_payload(make_payload(visits=[{"uid": "x"}])))
    return f"签名、加密、解密、校验均正常，改动过的文件被拒绝（{len(data)} 字节）"


def _altered(data: bytes) -> bytes:
    """The file with one character of its encrypted payload changed."""
    where = data.rindex(b'"payload": "') + len(b'"payload": "') + 10
    changed = b"A" if data[where : where + 1] != b"A" else b"B"
    return data[:where] + changed + data[where + 1 :]


def _refused(expected: type[Exception], action: Callable[[], object]) -> None:
    try:
        action()
    except expected:
        return
    raise CheckFailed(f"应当被拒绝（{expected.__name__}），却通过了")


def _window(run: _Run) -> str:
    from desk.ui.self_check import draw_windows

    return draw_windows(run.db, run.db_path, station=run.station, clerk=run.clerk)


def _languages(run: _Run) -> str:
    from desk.ui.self_check import interface_languages

    return interface_languages()


CHECKS: list[tuple[str, Callable[[_Run], str]]] = [
    ("资源文件", _resources),
    ("数据库", _database),
    ("来访登记", _registration),
    ("回执", _receipt),
    ("台账导出", _export),
    ("同步文件", _sync_file),
    ("窗口", _window),
    ("界面文字", _languages),  # after 窗口: it uses the application made there
]


def _say(text: str) -> None:
    """Print, replacing what a legacy console encoding (GBK) cannot show rather than failing;
    a Windows bundle without a console has no stdout at all."""
    if sys.stdout is None:
        return
    encoding = sys.stdout.encoding or "utf-8"
    print(text.encode(encoding, errors="replace").decode(encoding), flush=True)
