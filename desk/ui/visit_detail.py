"""A case: what was registered, its deadlines, everything that happened (newest first), and
the steps allowed now as buttons, only those."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.case_documents import notices_of
from desk.domain.access import HIDDEN, is_confidential, sees_confidential, visible_record
from desk.domain.deadlines import Urgency, urgency
from desk.domain.notices import NoticeKind
from desk.domain.station import Clerk
from desk.domain.visit import LABELS, VisitRecord
from desk.domain.workflow import ACTION_SPECS, Action, Level
from desk.store.audit import Audited
from desk.store.audit import record as audit
from desk.store.cases import Case, load_case
from desk.store.rules import deadline_rules
from desk.store.visits import visit_by_serial
from desk.syncing.delivery import delivery_of, resolve_conflict
from desk.ui.action_dialog import ActionDialog
from desk.ui.dialogs import open_dialog
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.session import Session
from desk.ui.vocabulary import shown

if TYPE_CHECKING:
    from sqlite_utils import Database

LEVEL_NAMES = {
    Level.STATION.value: QT_TRANSLATE_NOOP("VisitDetailDialog", "本站"),
    Level.TOWNSHIP.value: QT_TRANSLATE_NOOP("VisitDetailDialog", "乡镇"),
}
# On a township's computer a station's steps come from that station (by its sync file).
TOWNSHIP_LEVEL_NAMES = {
    Level.STATION.value: QT_TRANSLATE_NOOP("VisitDetailDialog", "村级工作站"),
    Level.TOWNSHIP.value: QT_TRANSLATE_NOOP("VisitDetailDialog", "本乡镇"),
}
# Fields whose values are the domain's words (shown translated) rather than what was typed.
WORD_FIELDS = {"visitor_sex", "id_type", "no_id_reason", "channel", "kind", "category1",
               "category2"}  # fmt: skip
URGENCY_COLOURS = {Urgency.OVERDUE: "#c5221f", Urgency.DUE_SOON: "#b06000", Urgency.OK: "#188038"}
BUTTON_COLUMNS = 4


class VisitDetailDialog(QDialog):
    case_changed = Signal(object)  # the Case after a step was recorded here

    def __init__(self, session: Session, serial: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.serial = serial
        self.record: VisitRecord | None = None
        self.case: Case | None = None
        self.setObjectName("visitDetail")
        self.level_names = TOWNSHIP_LEVEL_NAMES if session.station.is_township else LEVEL_NAMES
        self.setWindowTitle(self.tr("来访事项 - %1").replace("%1", serial))
        self.resize(1120, 680)

        self.fields = QFormLayout()
        fields = QWidget()
        fields.setLayout(self.fields)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        registration = QGroupBox(self.tr("登记内容"))
        QVBoxLayout(registration).addWidget(scroll)

        self.state = QLabel()
        self.state.setObjectName("caseState")
        self.state.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.deadlines = QLabel()
        self.deadlines.setObjectName("caseDeadlines")
        self.deadlines.setWordWrap(True)
        self.delivery = QLabel()  # whether the other side has this case (sync)
        self.delivery.setObjectName("caseDelivery")
        self.delivery.setWordWrap(True)
        self.resolve = named(
            QPushButton(self.tr("已核对并发修改")), "resolveConflict", self.tr("已核对并发修改")
        )
        self.resolve.setVisible(False)
        self.resolve.clicked.connect(self.resolve_conflict)
        self.timeline = named(QTextBrowser(), "caseTimeline", self.tr("办理过程"))
        self.actions = QGridLayout()
        handling = QGroupBox(self.tr("办理（%1）").replace("%1", shown(session.level.label)))
        column = QVBoxLayout(handling)
        column.addWidget(self.state)
        column.addWidget(self.deadlines)
        delivery = QHBoxLayout()
        delivery.addWidget(self.delivery, 1)
        delivery.addWidget(self.resolve)
        column.addLayout(delivery)
        column.addWidget(QLabel(self.tr("办理过程（最新在前）")))
        column.addWidget(self.timeline, 1)
        column.addWidget(QLabel(self.tr("现在可以办理：")))
        column.addLayout(self.actions)
        self.notices = QHBoxLayout()
        column.addLayout(self.notices)

        self.reprint_button = named(
            QPushButton(self.tr("补打回执")), "reprintReceipt", self.tr("补打回执")
        )
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(self.open_receipt)
        close = named(QPushButton(self.tr("关闭")), "closeDetail", self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(close)

        panes = QHBoxLayout()
        panes.addWidget(registration, 5)
        panes.addWidget(handling, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addLayout(buttons)
        clerk, now = session.clerk, session.clock()
        session.worker.submit(
            lambda db: _read_record(db, serial, clerk, now), on_done=self._show_record
        )
        self.reload()

    # --- registration ---------------------------------------------------------------------

    def _show_record(self, record: VisitRecord | None) -> None:
        if record is None:
            self.fields.addRow(
                QLabel(self.tr("没有登记编号为 %1 的记录").replace("%1", self.serial))
            )
            return
        self.record = record
        self.fields.addRow(self.tr("登记编号"), QLabel(record.serial))
        self.fields.addRow(self.tr("接待人"), QLabel(record.clerk_name))
        document = visible_record(record, self.session.clerk)
        for name, value in document.items():
            if (name not in LABELS and name != "collective") or value in ("", False, [], None):
                continue
            label = shown(LABELS[name]) if name in LABELS else self.tr("集体访")
            shown_value = QLabel(self._value_text(name, value))
            shown_value.setWordWrap(True)
            self.fields.addRow(label, shown_value)
        self.reprint_button.setEnabled(True)

    def _value_text(self, name: str, value: object) -> str:
        if value is True:
            return self.tr("是")
        if name == "representatives" and isinstance(value, list):
            return "、".join(person["name"] for person in value)
        if value == HIDDEN:
            return message_text(HIDDEN)
        return shown(str(value)) if name in WORD_FIELDS else str(value)

    # --- the case -------------------------------------------------------------------------

    def reload(self) -> None:
        serial = self.serial
        self.session.worker.submit(
            lambda db: (load_case(db, serial), deadline_rules(db), delivery_of(db, serial)),
            on_done=self._show_case,
            on_error=lambda error: self.state.setText(message_text(str(error))),
            owner=self,
        )

    def _show_case(self, loaded: tuple) -> None:
        case, rules, delivery = loaded
        self.case = case
        self.delivery.setText(self.tr("同步：%1").replace("%1", message_text(delivery.text())))
        self.delivery.setStyleSheet("color: #c5221f;" if delivery.conflict else "color: #555;")
        self.resolve.setVisible(bool(delivery.conflict))
        today = self.session.clock().date()
        self.state.setText(self.tr("当前状态：%1").replace("%1", shown(case.state.value)))
        self.deadlines.setText(self._deadlines_html(case, today))
        self.timeline.setHtml(self._timeline_html(case))
        _clear(self.actions)
        allowed = case.allowed(self.session.level, today=today, rules=rules)
        for number, action in enumerate(allowed):
            name = shown(action.value)
            button = named(QPushButton(name), f"action_{action.name.lower()}", name)
            button.clicked.connect(lambda _checked=False, a=action: self.start(a))
            self.actions.addWidget(button, number // BUTTON_COLUMNS, number % BUTTON_COLUMNS)
        if not allowed:
            self.actions.addWidget(QLabel(self.tr("（没有可办理的事项）")), 0, 0)
        _clear(self.notices)
        for seq, kind in notices_of([(e.seq, e.action) for e in reversed(case.timeline)]):
            label = self.tr("打印%1").replace("%1", shown(kind.value))
            button = named(QPushButton(label), f"notice_{seq}", label)
            button.clicked.connect(lambda _checked=False, s=seq, k=kind: self.open_notice(s, k))
            self.notices.addWidget(button)
        self.notices.addStretch(1)

    def _deadlines_html(self, case: Case, today: dt.date) -> str:
        running = [d for d in case.deadlines if d.met is None]
        if not running:
            return self.tr("没有正在计算的时限。")
        lines = []
        for deadline in sorted(running, key=lambda d: d.due):
            state = urgency(deadline, today)
            left = (deadline.due - today).days
            remaining = (
                self.tr("已超期%n天", "", -left) if left < 0 else self.tr("还有%n天", "", left)
            )
            lines.append(
                f"<span style='color:{URGENCY_COLOURS[state]}'>●</span> "
                + self.tr("%1：%2（%3，%4）")
                .replace("%1", escape(message_text(deadline.what)))
                .replace("%2", f"{deadline.due:%Y-%m-%d}")
                .replace("%3", remaining)
                .replace("%4", self.tr(self.level_names[deadline.level.value]))
            )
        return "<br>".join(lines)

    def _timeline_html(self, case: Case) -> str:
        hidden = (
            self.record is not None
            and is_confidential(self.record.visit.kind)
            and not sees_confidential(self.session.clerk)
        )
        rows = []
        for entry in case.timeline:
            spec = ACTION_SPECS.get(Action(entry.action))
            fields = {f.name: f for f in spec.fields} if spec else {}
            details = self.tr("；").join(
                self.tr("%1：%2")
                .replace("%1", escape(shown(fields[key].label)))
                .replace("%2", escape(shown(str(value)) if fields[key].choices else str(value)))
                for key, value in entry.data.items()
                if key in fields and value not in ("", None)
            )
            if hidden and details:
                details = escape(message_text(HIDDEN))  # an accusation's: the head's eyes only
            level = self.level_names.get(entry.level)
            level = self.tr(level) if level else entry.level
            who = f"{level} {escape(entry.clerk_name)}".strip()
            when = entry.at[:16].replace("T", " ")
            rows.append(
                f"<p><b>{escape(when)}　{escape(shown(entry.action))}</b>"
                f"　<span style='color:#555'>{who}</span>"
                + (f"<br>{details}" if details else "")
                + "</p>"
            )
        return "".join(rows)

    def resolve_conflict(self) -> None:
        serial, clerk, now = self.serial, self.session.clerk, self.session.clock()
        self.session.worker.submit(
            lambda db: resolve_conflict(db, serial, clerk=clerk, now=now),
            on_done=lambda _: self.reload(),
            owner=self,
        )

    def start(self, action: Action) -> None:
        dialog = ActionDialog(self.session, self.serial, action, self)
        dialog.recorded.connect(self._recorded)
        open_dialog(dialog)

    def _recorded(self, case: Case) -> None:
        self.case_changed.emit(case)
        self.reload()

    def open_notice(self, seq: int, kind: NoticeKind) -> None:
        from desk.ui.notice_dialog import NoticeDialog  # ReportLab: not on the start-up path

        open_dialog(NoticeDialog(self.session, self.serial, seq, kind, self))

    def open_receipt(self) -> None:
        from desk.ui.receipt_dialog import ReceiptDialog  # ReportLab: not on the start-up path

        open_dialog(ReceiptDialog(self.session, self.serial, self))


def _read_record(db: Database, serial: str, clerk: Clerk, now: dt.datetime) -> VisitRecord | None:
    """The visit, and an audit entry when the head opens an accusation."""
    record = visit_by_serial(db, serial)
    if record is not None and is_confidential(record.visit.kind) and sees_confidential(clerk):
        audit(db, Audited.VIEW_CONFIDENTIAL, clerk=clerk, now=now, target=record.serial)
    return record


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
