"""Make the screenshots in docs/screenshots/ from the real widgets, at 1366x768: in Chinese,
and in English in docs/screenshots/en/ (the slips and notices print in Chinese either way).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--language zh_CN|en]

Runs offscreen (no display needed) on a temporary database with the bundled fonts only; English
needs the compiled translation (scripts/install builds it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget

from desk.app import build_main_window, make_application
from desk.case_documents import notice_pdf
from desk.demo import SAMPLE_CLERK, SAMPLE_STATION, SAMPLE_VISIT, DemoVisits
from desk.domain.disputes import validate_dispute
from desk.domain.receipt import Layout
from desk.domain.settings import LANGUAGE
from desk.domain.station import validate_new_clerk, validate_station
from desk.domain.workflow import Action, Level
from desk.receipting import make_slip
from desk.registration import register_from_form, visit_rules
from desk.store import open_database
from desk.store.cases import record_step
from desk.store.disputes import add_dispute
from desk.store.station import active_categories, set_setting, set_up_station
from desk.store.visits import register_visits
from desk.syncing.export import export_station
from desk.syncing.feedback import export_feedback
from desk.syncing.importing import import_files
from desk.syncing.parties import me, register_key_file
from desk.ui.about_dialog import AboutDialog
from desk.ui.action_dialog import ActionDialog
from desk.ui.background import DbWorker
from desk.ui.fonts import set_point_size
from desk.ui.help_dialog import HelpDialog
from desk.ui.login_dialog import LoginDialog
from desk.ui.printing import load_pdf
from desk.ui.receipt_dialog import ReceiptDialog
from desk.ui.setup_dialog import SetupDialog
from desk.ui.translations import SOURCE_LANGUAGE, install_translations
from desk.ui.visit_detail import VisitDetailDialog
from scripts.statistics_shots import statistics_pages

SCREEN = (1366, 768)
LANGUAGES = (SOURCE_LANGUAGE, "en")
NOW = dt.datetime(2026, 11, 26, 9, 30)
STATION, CLERK = SAMPLE_STATION, SAMPLE_CLERK
SCREENED = (
    {"found_on": "2026-11-20", "screening": "集中排查", "source": "网格员排查",
     "parties": "李建国、李建业", "village": "东风村", "dispute_type": "土地权属",
     "summary": "兄弟二人对父亲留下的两亩承包地的分配有争议，曾发生口角。", "risk": "中",
     "responsible": "赵村长", "measures": ["调解"], "status": "在办"},
    {"found_on": "2026-11-12", "screening": "经常性排查", "source": "村组干部走访",
     "parties": "王秀英、刘某某", "village": "东风村", "dispute_type": "邻里纠纷",
     "summary": "宅基地之间的排水沟被填，雨天积水。", "risk": "低",
     "responsible": "孙调解员", "measures": ["调解", "会商"], "status": "已化解",
     "follow_up": "2026-11-19 电话回访，双方满意。"},
)  # fmt: skip
EARLIER_VISIT = {
    **SAMPLE_VISIT,
    "id_number": "410423197803150032",
    "received_at": "2026-08-12 10:05",
}


def settle(app: QApplication, worker: DbWorker) -> None:
    """Let queued database jobs finish and their results reach the widgets."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        app.processEvents()
        if not worker.busy:
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def render_page(pdf: bytes, path: Path, dpi: int = 150) -> None:
    """The first page of a PDF as a PNG, drawn by QtPdf as the preview shows it."""
    document = load_pdf(pdf)
    points = document.pagePointSize(0)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = document.render(0, size)
    opaque = QImage(image.size(), QImage.Format.Format_RGB32)
    opaque.fill(QColor("white"))
    painter = QPainter(opaque)
    painter.drawImage(0, 0, image)
    painter.end()
    opaque.save(str(path))
    print(f"wrote {path}")


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--language", choices=LANGUAGES, help="one language only")
    args = parser.parse_args()
    app = make_application()
    for language in [args.language] if args.language else LANGUAGES:
        out = args.out if language == SOURCE_LANGUAGE else args.out / language
        out.mkdir(parents=True, exist_ok=True)
        if not install_translations(app, language):
            raise SystemExit(f"no compiled translation for {language}: run scripts/install")
        shoot(app, out, language=language)
    install_translations(app, SOURCE_LANGUAGE)
    return 0


def shoot(app: QApplication, out: Path, *, language: str) -> None:
    """Every page and the main dialogs in `language` (installed); in Chinese, the slips and a
    notice as they print too (they print in Chinese in either language)."""
    documents = language == SOURCE_LANGUAGE
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "station.sqlite3"
        db = open_database(db_path)
        worker = DbWorker(db)

        setup = SetupDialog(worker, clock=lambda: NOW)
        for widget, text in (
            (setup.name, STATION["name"]),
            (setup.code, STATION["code"]),
            (setup.township, STATION["township"]),
            (setup.phone, STATION["phone"]),
            (setup.clerk_name, CLERK["clerk_name"]),
            (setup.login, CLERK["login"]),
            (setup.password, CLERK["password"]),
        ):
            widget.setText(text)
        setup.show()
        settle(app, worker)
        save(setup, out / "setup-dialog.png")
        setup.submit()  # the second password is missing: the dialog shows its message
        settle(app, worker)
        save(setup, out / "setup-dialog-error.png")
        setup.close()

        station = validate_station(STATION)
        clerk = set_up_station(db, station, validate_new_clerk(CLERK), NOW)
        set_setting(db, LANGUAGE, language)  # as 设置 shows it
        register_from_form(db, EARLIER_VISIT, station=station, clerk=clerk, now=NOW)

        login = LoginDialog(worker, station, login=clerk.login)
        login.show()
        settle(app, worker)
        save(login, out / "login-dialog.png")
        login.close()

        window = build_main_window(
            worker,
            station=station,
            clerk=clerk,
            categories=active_categories(db),
            db_path=db_path,
            clock=lambda: NOW,
        )
        window.resize(*SCREEN)
        window.show()
        settle(app, worker)
        save(window, out / "register-page-empty.png")

        page = window.register_page
        form = page.form
        form.visitor_name.setText("张𠇔")
        form.id_number.setText("410423197803150032")
        form.id_number_edited.emit(form.id_number.text())
        form.field_left.emit("id_number")
        form.phone.setText("13937512345")
        form.village.setText("东风村")
        form.address.setText("东风村三组12号")
        form.kind.setCurrentIndex(form.kind.findData("申诉求决类"))
        form.category1.setCurrentIndex(form.category1.findData("自然资源"))
        form.category2.setCurrentIndex(form.category2.findData("征地补偿安置"))
        form.subject.setText("修路占地补偿款至今未发放")
        form.request.setPlainText("要求乡政府督促施工单位按协议发放占地补偿款。")
        form.facts.setPlainText("2026年5月县道拓宽占用本组承包地0.8亩，签了协议，款项至今未到。")
        form.involved.setText("县道拓宽工程施工单位")
        form.repeat.setChecked(True)
        settle(app, worker)
        save(window, out / "register-page.png")

        form.phone.setText("1393751234")
        form.subject.clear()
        page.save()
        settle(app, worker)
        save(window, out / "register-page-errors.png")

        form.phone.setText("13937512345")
        form.subject.setText("修路占地补偿款至今未发放")
        page.save()
        settle(app, worker)
        save(window, out / "register-page-saved.png")

        form.headcount.setValue(12)
        for row, (name, number, phone) in zip(
            form.representative_rows,
            (("李建国", "410423196503080031", "0375-6123457"), ("王秀英", "", "13912345678")),
            strict=False,
        ):
            row[0].setText(name)
            row[1].setText(number)
            row[2].setText(phone)
        settle(app, worker)
        save(window, out / "register-page-collective.png")

        receipt = ReceiptDialog(window.register_page.session, page.last_record.serial, window)
        receipt.show()
        while receipt.slip is None:
            settle(app, worker)
        save(receipt, out / "receipt-dialog.png")
        receipt.close()
        for layout in Layout if documents else ():
            slip = make_slip(db, page.last_record.serial, now=NOW, layout=layout)
            render_page(slip.pdf, out / f"receipt-{layout.value}.png")

        demo = DemoVisits(station_code=station.code, now=NOW, seed=11)
        register_visits(
            db, list(demo.validated(400, visit_rules(db, NOW))), station=station, clerk=clerk,
            now=NOW,
        )  # fmt: skip
        window.navigation.setCurrentRow(1)
        ledger = window.ledger_page
        ledger.box.setText("补偿")
        ledger.search_now()
        while not ledger.model.known_total:
            settle(app, worker)
        settle(app, worker)
        save(window, out / "ledger-page.png")

        serial = page.last_record.serial
        record_step(db, serial, action=Action.REPORT, level=Level.STATION, data={},
                    clerk=clerk, now=NOW)  # fmt: skip
        record_step(db, serial, action=Action.ACCEPT, level=Level.TOWNSHIP,
                    data={"notice_on": "2026-11-26", "office": "马庄乡国土所"}, clerk=clerk,
                    now=NOW)  # fmt: skip
        window.todo_page.refresh()
        window.update_counts(announce=True)
        window.navigation.setCurrentRow(2)
        while not window.todo_page.model.known_total:
            settle(app, worker)
        settle(app, worker)
        save(window, out / "todo-page.png")
        detail = VisitDetailDialog(window.register_page.session, serial, window)
        detail.show()
        while detail.case is None or detail.record is None:
            settle(app, worker)
        settle(app, worker)
        save(detail, out / "case-detail.png")
        step = ActionDialog(window.register_page.session, serial, Action.TELL_RESULT, detail)
        step.show()
        settle(app, worker)
        save(step, out / "action-dialog.png")
        step.close()
        detail.close()
        seq = next(e.seq for e in detail.case.timeline if e.action == "受理")
        if documents:
            render_page(
                notice_pdf(db, serial, seq, today=NOW.date()),
                out / "notice-acceptance.png",
                dpi=80,
            )
        disputes_page(app, window, out)

        window.navigation.setCurrentRow(window.titles.index("设置"))
        window.settings_page.backup_box.back_up_now()
        settle(app, worker)
        save(window, out / "settings-page.png")
        scroll = window.settings_page.findChild(QScrollArea)
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        settle(app, worker)
        save(window, out / "settings-page-accounts.png")
        window.navigation.setCurrentRow(window.titles.index("审计"))
        audit = window.findChild(QPushButton, "verifyAudit")
        audit.click()
        settle(app, worker)
        save(window, out / "audit-page.png")
        help_dialog = HelpDialog("登记", window)
        help_dialog.show()
        settle(app, worker)
        save(help_dialog, out / "help-dialog.png")
        help_dialog.close()
        about = AboutDialog(window)
        about.show()
        settle(app, worker)
        save(about, out / "about-dialog.png")
        about.close()
        set_point_size(14)  # 特大: nothing may be clipped at 1366x768 either
        window.navigation.setCurrentRow(0)
        settle(app, worker)
        save(window, out / "register-page-large-font.png")
        window.navigation.setCurrentRow(window.titles.index("设置"))
        settle(app, worker)
        save(window, out / "settings-page-large-font.png")
        set_point_size(10)
        window.resize(*SCREEN)  # as a clerk's maximised window, back to the usual size
        window.idle_lock.lock()
        settle(app, worker)
        save(window.idle_lock.screen, out / "idle-lock.png")
        window.idle_lock.screen.unlocked.emit()
        settle(app, worker)
        sync_pages(app, window, Path(folder), out)
        statistics_pages(app, Path(folder), out, settle=settle, save=save,
                         render=render_page if documents else None)  # fmt: skip
        window.close()
        worker.shutdown()
        db.close()


def disputes_page(app: QApplication, window: QWidget, out: Path) -> None:
    """排查 with two entries found by screening, and one of them open."""
    session = window.session
    for raw in SCREENED:
        entry = validate_dispute(raw, today=NOW.date())
        add_dispute(session.worker.db, entry, clerk=session.clerk, now=NOW)
    window.navigation.setCurrentRow(window.titles.index("排查"))
    window.disputes_page.refresh()
    settle(app, session.worker)
    window.disputes_page.table.selectRow(0)
    save(window, out / "disputes-page.png")
    dialog = window.disputes_page.edit_current()
    settle(app, session.worker)
    save(dialog, out / "dispute-dialog.png")
    dialog.close()


def sync_pages(app: QApplication, window: QWidget, folder: Path, out: Path) -> None:
    """The station's 同步 page after its exports, then the township's after a preview."""
    session = window.session
    station_db = session.worker.db
    township_db = open_database(folder / "township.sqlite3")
    township = validate_station({**STATION, "mode": "township", "code": "410423203000",
                                 "name": "马庄乡信访办", "township": "孟津县"})  # fmt: skip
    township_clerk = set_up_station(township_db, township, validate_new_clerk(CLERK), NOW)
    register_key_file(station_db, me(township_db).public_key_file(), clerk=None, now=NOW)
    register_key_file(township_db, me(station_db).public_key_file(), clerk=None, now=NOW)
    usb = folder / "usb"
    usb.mkdir()
    first = export_station(station_db, usb, clerk=session.clerk, now=NOW)
    import_files(township_db, [Path(first.path)], db_path=folder / "township.sqlite3",
                 clerk=township_clerk, now=NOW)  # fmt: skip
    answer = export_feedback(township_db, usb, session.station.code, clerk=township_clerk,
                             now=NOW)  # fmt: skip
    import_files(station_db, [Path(answer.path)], db_path=session.db_path, clerk=session.clerk,
                 now=NOW)  # fmt: skip
    register_from_form(station_db, EARLIER_VISIT, station=session.station, clerk=session.clerk,
                       now=NOW)  # fmt: skip
    window.navigation.setCurrentRow(window.titles.index("同步"))
    page = window.sync_page.content
    page.reload()
    settle(app, session.worker)
    page.export_to(usb)
    settle(app, session.worker)
    save(window, out / "sync-station.png")

    worker = DbWorker(township_db)
    other = build_main_window(worker, station=township, clerk=township_clerk,
                              categories=active_categories(township_db),
                              db_path=folder / "township.sqlite3", clock=lambda: NOW)  # fmt: skip
    other.resize(*SCREEN)
    other.show()
    settle(app, worker)
    other.navigation.setCurrentRow(other.titles.index("同步"))
    other.sync_page.content.preview([usb])
    settle(app, worker)
    save(other, out / "sync-township.png")
    other.close()
    settle(app, worker)
    worker.shutdown()
    township_db.close()


if __name__ == "__main__":
    raise SystemExit(main())
