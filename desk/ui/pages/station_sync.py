"""同步 on a station: export a sync file to the USB stick (what the township has not
acknowledged, or everything), see what it holds, the history of exports and how many records
wait for the township's acknowledgement; load the township's feedback."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.store.sync_files import SentFile, sent_files
from desk.store.sync_records import Unacknowledged, unacknowledged
from desk.syncing.export import describe_sent, export_station
from desk.syncing.importing import import_files
from desk.syncing.outcome import FileOutcome
from desk.syncing.parties import township_key
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.pages.sync_common import (
    DONE_STYLE,
    ERROR_STYLE,
    HINT_STYLE,
    ProgressRelay,
    moment_text,
    size_text,
)
from desk.ui.pages.sync_keys_box import SyncKeysBox
from desk.ui.session import Session

if TYPE_CHECKING:
    from sqlite_utils import Database

HISTORY_COLUMNS = (
    QT_TRANSLATE_NOOP("StationSync", "编号"),
    QT_TRANSLATE_NOOP("StationSync", "导出时间"),
    QT_TRANSLATE_NOOP("StationSync", "来访"),
    QT_TRANSLATE_NOOP("StationSync", "事件"),
    QT_TRANSLATE_NOOP("StationSync", "事件序号"),
    QT_TRANSLATE_NOOP("StationSync", "事件时间"),
    QT_TRANSLATE_NOOP("StationSync", "大小"),
    QT_TRANSLATE_NOOP("StationSync", "说明"),
    QT_TRANSLATE_NOOP("StationSync", "文件"),
)


class StationSync(QWidget):
    records_changed = Signal()  # feedback loaded: cases' states (待办) may have changed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.keys = SyncKeysBox(session)
        self.keys.registered.connect(lambda _key: self.reload())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.keys)
        layout.addWidget(self._export_box())
        layout.addWidget(self._feedback_box())
        layout.addWidget(self._history_box(), 1)
        self.reload()

    # --- building -------------------------------------------------------------------------

    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("报送乡镇"))
        self.export_button = named(
            QPushButton(self.tr("导出同步文件…")), "exportSync", self.tr("导出同步文件")
        )
        self.export_button.setToolTip(self.tr("导出乡镇尚未确认收到的全部记录"))
        self.export_button.clicked.connect(lambda: self.ask_folder(full=False))
        self.full_button = named(
            QPushButton(self.tr("全量导出…")), "exportFull", self.tr("全量导出")
        )
        self.full_button.setToolTip(self.tr("导出本站全部记录：乡镇换了电脑或文件丢失时用"))
        self.full_button.clicked.connect(lambda: self.ask_folder(full=True))
        self.plain = named(
            QCheckBox(self.tr("不加密导出（没有乡镇公钥、确需如此时）")), "exportPlain",
            self.tr("不加密导出"),
        )  # fmt: skip
        self.plain.setVisible(False)
        self.progress = named(QProgressBar(), "exportProgress", self.tr("导出进度"))
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.waiting = QLabel()
        self.waiting.setObjectName("unacknowledged")
        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        for widget in (self.export_button, self.full_button, self.plain):
            buttons.addWidget(widget)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        column = QVBoxLayout(box)
        column.addWidget(self.waiting)
        column.addLayout(buttons)
        column.addWidget(self.result)
        return box

    def _feedback_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("乡镇反馈"))
        self.feedback_button = named(
            QPushButton(self.tr("导入反馈…")), "importFeedback", self.tr("导入乡镇的反馈文件")
        )
        self.feedback_button.clicked.connect(self.ask_feedback_files)
        hint = QLabel(
            self.tr("乡镇的受理、转送、答复、办结等办理情况和对本站记录的确认，都在反馈文件里。")
        )
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)  # English at a large font is wider than the screen
        self.feedback_result = QLabel()
        self.feedback_result.setObjectName("feedbackResult")
        self.feedback_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.feedback_button)
        row.addWidget(hint, 1)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.feedback_result)
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("导出记录（最新的在上）"))
        self.history = named(QTableWidget(0, len(HISTORY_COLUMNS)), "exportHistory",
                             self.tr("导出记录"))  # fmt: skip
        self.history.setHorizontalHeaderLabels([self.tr(c) for c in HISTORY_COLUMNS])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().setVisible(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        QVBoxLayout(box).addWidget(self.history)
        return box

    # --- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        self.keys.reload()
        code = self.session.station.code

        def read(db: Database) -> tuple[Unacknowledged, list[SentFile], bool]:
            return unacknowledged(db, code), sent_files(db, kind="export"), bool(township_key(db))

        self.session.worker.submit(read, on_done=self._show, owner=self)

    def _show(self, found: tuple[Unacknowledged, list[SentFile], bool]) -> None:
        waiting, history, has_key = found
        if waiting.total:
            self.waiting.setText(
                self.tr("乡镇尚未确认收到：来访 %1 件，办理记录 %2 条")
                .replace("%1", f"{waiting.visits:,}")
                .replace("%2", f"{waiting.events:,}")
            )
        else:
            self.waiting.setText(self.tr("乡镇已确认收到本站的全部记录。"))
        self.plain.setVisible(not has_key)
        self.history.setRowCount(len(history))
        for row, sent in enumerate(history):
            for column, text in enumerate(_history_row(sent)):
                item = QTableWidgetItem(text)
                item.setToolTip(sent.path if column == len(HISTORY_COLUMNS) - 1 else text)
                self.history.setItem(row, column, item)

    # --- exporting ------------------------------------------------------------------------

    def ask_folder(self, *, full: bool) -> None:
        title = self.tr("把同步文件存到哪里（选U盘）")
        folder = QFileDialog.getExistingDirectory(self, title)
        if folder:
            self.export_to(Path(folder), full=full)

    def export_to(self, folder: Path, *, full: bool = False) -> None:
        """Export on the database thread; the progress bar follows, the window stays usable."""
        self._busy(True)
        relay = ProgressRelay(self)
        relay.moved.connect(self._moved)
        clerk, now, plain = self.session.clerk, self.session.clock(), self.plain.isChecked()
        self.session.worker.submit(
            lambda db: export_station(
                db, folder, clerk=clerk, now=now, full=full, plain=plain, progress=relay
            ),
            on_done=self._exported,
            on_error=self._export_failed,
            owner=self,
        )

    def _moved(self, moved: tuple[int, str]) -> None:
        percent, text = moved
        self.progress.setValue(percent)
        self.progress.setFormat(f"{message_text(text)} %p%")

    def _exported(self, sent: SentFile) -> None:
        self._busy(False)
        period = (
            self.tr("，事件时间 %1 至 %2")
            .replace("%1", moment_text(sent.period_from))
            .replace("%2", moment_text(sent.period_to))
            if sent.period_from
            else ""
        )
        self.result.setStyleSheet(DONE_STYLE)
        self.result.setText(
            self.tr("已导出并读回检查无误：%1%2，%3。文件：%4")
            .replace("%1", message_text(describe_sent(sent)))
            .replace("%2", period)
            .replace("%3", size_text(sent.size))
            .replace("%4", sent.path)
        )
        self.reload()

    def _export_failed(self, error: Exception) -> None:
        self._busy(False)
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(self.tr("没有导出：%1").replace("%1", message_text(str(error))))
        self.reload()

    def _busy(self, busy: bool) -> None:
        for button in (self.export_button, self.full_button, self.feedback_button):
            button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)

    # --- feedback -------------------------------------------------------------------------

    def ask_feedback_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择乡镇的反馈文件"), "", self.tr("同步文件 (*.desk-sync)")
        )
        if paths:
            self.load_feedback([Path(p) for p in paths])

    def load_feedback(self, paths: list[Path]) -> None:
        self._busy(True)
        self.progress.setRange(0, 0)  # one file: no steps to count
        session = self.session
        clerk, now, db_path = session.clerk, session.clock(), session.db_path
        session.worker.submit(
            lambda db: import_files(db, paths, db_path=db_path, clerk=clerk, now=now),
            on_done=self._feedback_loaded,
            on_error=self._feedback_failed,
            owner=self,
        )

    def _feedback_loaded(self, outcomes: list[FileOutcome]) -> None:
        self.progress.setRange(0, 100)
        self._busy(False)
        lines = []
        for outcome in outcomes:
            lines.append(f"{outcome.name}：{message_text(outcome.message)}")
            lines += [f"　{message_text(line)}" for line in outcome.details()]
        refused = any(outcome.refused for outcome in outcomes)
        self.feedback_result.setStyleSheet(ERROR_STYLE if refused else DONE_STYLE)
        self.feedback_result.setText("\n".join(lines))
        self.reload()
        self.records_changed.emit()

    def _feedback_failed(self, error: Exception) -> None:
        self.progress.setRange(0, 100)
        self._busy(False)
        self.feedback_result.setStyleSheet(ERROR_STYLE)
        self.feedback_result.setText(
            self.tr("没有导入：%1").replace("%1", message_text(str(error)))
        )


def _tr(text: str) -> str:
    return QCoreApplication.translate("StationSync", text)


def _history_row(sent: SentFile) -> list[str]:
    seq = f"{sent.first_seq}–{sent.last_seq}" if sent.first_seq is not None else "—"
    period = (
        QCoreApplication.translate("StationSync", "%1 至 %2")
        .replace("%1", moment_text(sent.period_from)[:10])
        .replace("%2", moment_text(sent.period_to)[:10])
        if sent.period_from
        else "—"
    )
    notes = QCoreApplication.translate("StationSync", "、").join(
        _tr(note)
        for note, on in (
            (QT_TRANSLATE_NOOP("StationSync", "全量"), sent.full),
            (QT_TRANSLATE_NOOP("StationSync", "未加密"), not sent.encrypted),
        )
        if on
    )
    return [
        str(sent.number),
        moment_text(sent.created_at),
        f"{sent.visits:,}",
        f"{sent.events:,}",
        seq,
        period,
        size_text(sent.size),
        notes,
        Path(sent.path).name,
    ]
