"""登记: the registration form with its autosave, draft restore, history panel and saving."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.domain.errors import FieldError, InvalidInput
from desk.domain.idnumber import parse_citizen_id
from desk.domain.settings import COLLECTIVE_THRESHOLD
from desk.domain.visit import VisitRecord, VisitRules, derive_sex, validate_visit
from desk.registration import register_from_form
from desk.store.drafts import Draft, discard_draft, load_draft, save_draft
from desk.store.station import get_setting
from desk.store.visits import PersonHistory, person_history
from desk.ui.dialogs import open_dialog
from desk.ui.history_panel import HistoryPanel
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.pages.register_form import RegisterForm
from desk.ui.session import Session
from desk.ui.visit_detail import VisitDetailDialog

AUTOSAVE_DELAY_MS = 600
BANNER_STYLE = "QFrame#%s { background: %s; border-radius: 4px; }"


class RegisterPage(QWidget):
    saved = Signal(object)  # VisitRecord
    draft_saved = Signal()
    cleared = Signal()  # the clerk emptied the form: whatever it was started from is dropped

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.threshold = 5
        self._touched: set[str] = set()
        self._fresh = True  # blank since the last save: the first keystroke restarts the clock
        self.last_record: VisitRecord | None = None
        self.form = RegisterForm(session.categories, clock=session.clock)
        self.history = HistoryPanel(session.clerk)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_draft_now)
        self._build()
        self.form.changed.connect(self._on_change)
        self.form.field_left.connect(self._field_left)
        self.form.id_number_edited.connect(self._look_up_person)
        self.form.changed.connect(self._check_for_repeat)
        self.history.mark_repeat.connect(lambda: self.form.repeat.setChecked(True))
        self.person: PersonHistory | None = None
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_last_slip)
        session.worker.submit(
            lambda db: get_setting(db, COLLECTIVE_THRESHOLD), on_done=self.set_threshold
        )
        session.worker.submit(
            lambda db: load_draft(db, session.clerk.id), on_done=self._offer_draft
        )

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("来访登记"))
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        reprint = named(
            QPushButton(self.tr("补打回执…")), "reprintByNumber", self.tr("按登记编号补打回执")
        )
        reprint.clicked.connect(self.ask_serial_to_reprint)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(reprint)
        self.draft_banner = self._draft_banner()
        self.saved_banner = self._saved_banner()

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.draft_banner)
        column.addWidget(self.saved_banner)
        column.addWidget(self.form)
        scroll = QScrollArea()
        scroll.setObjectName("registerScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.history.setFixedWidth(260)
        middle = QHBoxLayout()
        middle.addWidget(scroll, 1)
        middle.addWidget(self.history)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(middle, 1)
        layout.addLayout(self._footer())

    def _footer(self) -> QHBoxLayout:
        station, clerk = self.session.station, self.session.clerk
        who = QLabel(
            self.tr("接待人：%1　　工作站：%2")
            .replace("%1", clerk.name)
            .replace("%2", station.name)
        )
        who.setObjectName("receiverLine")
        self.status = QLabel()
        self.status.setObjectName("formStatus")
        self.clear_button = named(
            QPushButton(self.tr("清空重填")), "clearButton", self.tr("清空重填")
        )
        self.save_button = named(
            QPushButton(self.tr("保存登记（Ctrl+S）")), "saveButton", self.tr("保存登记")
        )
        self.save_button.setDefault(True)
        self.save_button.setMinimumWidth(160)
        self.clear_button.clicked.connect(self.ask_clear)
        self.save_button.clicked.connect(self.save)
        footer = QHBoxLayout()
        footer.addWidget(who)
        footer.addStretch(1)
        footer.addWidget(self.status)
        footer.addWidget(self.clear_button)
        footer.addWidget(self.save_button)
        return footer

    def _saved_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("savedBanner")
        banner.setStyleSheet(BANNER_STYLE % ("savedBanner", "#e6f4ea"))
        self.saved_text = QLabel()
        self.saved_text.setObjectName("savedText")
        self.saved_text.setStyleSheet("color: #0d652d; font-size: 12pt;")
        self.saved_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_text.setWordWrap(True)  # a large font in English would push the buttons out
        print_slip = named(
            QPushButton(self.tr("打印回执（Ctrl+P）")), "printSlip", self.tr("打印回执")
        )
        show_visit = named(QPushButton(self.tr("查看登记")), "showVisit", self.tr("查看登记"))
        print_slip.clicked.connect(self.print_last_slip)
        show_visit.clicked.connect(lambda: self.open_visit(self.last_record.serial))
        row = QHBoxLayout(banner)
        row.addWidget(self.saved_text, 1)
        row.addWidget(print_slip)
        row.addWidget(show_visit)
        banner.hide()
        return banner

    def print_last_slip(self) -> None:
        from desk.ui.receipt_dialog import ReceiptDialog  # ReportLab: not on the start-up path

        if self.last_record is not None:
            open_dialog(ReceiptDialog(self.session, self.last_record.serial, self))

    def open_visit(self, serial: str) -> None:
        open_dialog(VisitDetailDialog(self.session, serial, self))

    def ask_serial_to_reprint(self) -> None:
        default = self.last_record.serial if self.last_record else self.session.station.code + "-"
        serial, ok = QInputDialog.getText(
            self, self.tr("补打回执"), self.tr("登记编号："), text=default
        )
        if ok and serial.strip():
            self.open_visit(serial.strip())

    def _draft_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("draftBanner")
        banner.setStyleSheet(BANNER_STYLE % ("draftBanner", "#fff3cd"))
        self.draft_text = QLabel()
        self.draft_text.setWordWrap(True)
        restore = named(QPushButton(self.tr("恢复草稿")), "restoreDraft", self.tr("恢复草稿"))
        drop = named(QPushButton(self.tr("丢弃草稿")), "discardDraft", self.tr("丢弃草稿"))
        restore.clicked.connect(self.restore_draft)
        drop.clicked.connect(self.discard_draft)
        row = QHBoxLayout(banner)
        row.addWidget(self.draft_text, 1)
        row.addWidget(restore)
        row.addWidget(drop)
        banner.hide()
        return banner

    # --- threshold, drafts ----------------------------------------------------------------

    def set_threshold(self, threshold: int) -> None:
        self.threshold = threshold
        self.form.set_collective_threshold(threshold)

    def _offer_draft(self, draft: Draft | None) -> None:
        if draft is None:
            return
        self._draft = draft
        name = draft.values.get("visitor_name") or self.tr("未填姓名")
        self.draft_text.setText(
            self.tr("发现上次未保存的登记（%1 自动保存，来访人：%2）。请选择恢复或丢弃。")
            .replace("%1", draft.saved_at[:19].replace("T", " "))
            .replace("%2", name)
        )
        self.draft_banner.show()
        self.form.setEnabled(False)  # typing now would overwrite the draft before the choice

    def restore_draft(self) -> None:
        self.form.set_values(self._draft.values)
        self._fresh = False  # the draft's reception time is the visitor's
        self._close_draft_banner()
        self._look_up_person(self.form.id_number.text())

    def discard_draft(self) -> None:
        clerk_id = self.session.clerk.id
        self.session.worker.submit(lambda db: discard_draft(db, clerk_id))
        self.cleared.emit()
        self._close_draft_banner()

    def _close_draft_banner(self) -> None:
        self.draft_banner.hide()
        self.form.setEnabled(True)
        self.form.visitor_name.setFocus()

    def _on_change(self) -> None:
        if self._fresh:
            # A form left open since the morning must not stamp the next visitor with that time.
            self._fresh = False
            if "received_at" not in self._touched:
                self.form.set_received_now()
        self._autosave.start()

    def save_draft_now(self) -> None:
        """Write the draft now (the timer does it after a pause in typing; closing, at once)."""
        self._autosave.stop()
        if self.form.is_blank() or not self.form.isEnabled():
            return
        values, clerk_id, now = self.form.values(), self.session.clerk.id, self.session.clock()
        self.session.worker.submit(
            lambda db: save_draft(db, clerk_id, values, now),
            on_done=lambda _: self.draft_saved.emit(),
            owner=self,
        )

    # --- checking as the clerk goes -------------------------------------------------------

    def _rules(self) -> VisitRules:
        return VisitRules(
            categories=self.session.categories,
            now=self.session.clock(),
            collective_threshold=self.threshold,
        )

    def _errors(self) -> dict[str, str]:
        try:
            validate_visit(self.form.values(), self._rules())
        except InvalidInput as invalid:
            return invalid.errors
        return {}

    def _field_left(self, field: str) -> None:
        self._touched.add(field)
        if field == "id_number" and not self.form.visitor_sex.currentData():
            sex = derive_sex(self.form.id_number.text(), self.session.clock().date())
            if sex:
                self.form.visitor_sex.setCurrentIndex(self.form.visitor_sex.findData(sex))
        self.form.show_errors(self._errors(), only=self._touched)

    def _look_up_person(self, text: str) -> None:
        try:
            number = parse_citizen_id(text, today=self.session.clock().date()).number
        except FieldError:
            self.person = None
            self.history.show_nothing()
            return
        self.session.worker.submit(
            lambda db: person_history(db, number), on_done=self._show_history
        )

    def _show_history(self, history: PersonHistory | None) -> None:
        self.person = history
        self.history.show_history(history)
        self._check_for_repeat()

    def _check_for_repeat(self) -> None:
        """Suggest 重复 while an earlier visit of this person looks like the same matter."""
        if self.person is None or self.form.repeat.isChecked():
            self.history.suggest_repeat(None)
            return
        values = self.form.values()
        self.history.suggest_repeat(
            self.person.same_matter(values["category1"], values["category2"], values["involved"])
        )

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        if not self.form.isEnabled():
            return
        errors = self._errors()
        self.form.show_errors(errors)
        if errors:
            self.status.setText(
                self.tr("有 %1 处需要修改，尚未保存").replace("%1", str(len(errors)))
            )
            self.status.setStyleSheet("color: #b3261e;")
            first = next((self.form.widget_for(f) for f in errors if self.form.widget_for(f)), None)
            if first is not None:
                first.setFocus()
            return
        self._autosave.stop()
        self.form.setEnabled(False)
        self.save_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("正在保存……"))
        values, station, clerk, now = (
            self.form.values(),
            self.session.station,
            self.session.clerk,
            self.session.clock(),
        )
        self.session.worker.submit(
            lambda db: register_from_form(db, values, station=station, clerk=clerk, now=now),
            on_done=self._saved,
            on_error=self._save_failed,
        )

    def _saved(self, record: VisitRecord) -> None:
        self.last_record = record
        self.saved_text.setText(
            self.tr("已保存。登记编号：<b>%1</b>（来访人：%2）")
            .replace("%1", record.serial)
            .replace("%2", record.visit.visitor_name)
        )
        self.saved_banner.show()
        self.status.setText("")
        self.form.setEnabled(True)
        self.save_button.setEnabled(True)
        self._touched.clear()
        self.form.clear()
        self._autosave.stop()
        self._fresh = True
        self.person = None
        self.history.show_nothing()
        self.form.visitor_name.setFocus()
        self.saved.emit(record)

    def _save_failed(self, error: Exception) -> None:
        self.form.setEnabled(True)
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            self.form.show_errors(error.errors)
            self.status.setText(
                self.tr("有 %1 处需要修改，尚未保存").replace("%1", str(len(error.errors)))
            )
            return
        self.status.setText(self.tr("保存失败"))
        QMessageBox.critical(
            self,
            self.tr("保存失败"),
            self.tr(
                "登记没有保存：%1\n填写的内容仍在表单中，并已自动存为草稿，可以再试一次。"
            ).replace("%1", message_text(str(error))),
        )
        self.save_draft_now()

    def ask_clear(self) -> None:
        if not self.form.is_blank():
            answer = QMessageBox.question(
                self, self.tr("清空重填"), self.tr("清空表单中已填写的内容？")
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._autosave.stop()
        self._touched.clear()
        self.form.clear()
        self._fresh = True
        self.person = None
        self.history.show_nothing()
        clerk_id = self.session.clerk.id
        self.session.worker.submit(lambda db: discard_draft(db, clerk_id))
        self.cleared.emit()
