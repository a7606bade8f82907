"""同步 on a township: bring in stations' sync files (one, many, a folder, or dropped on the
page), see first what loading them would do, then load them; look over all stations (cases,
open, overdue, last file, missing events) and export each station's feedback."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from desk.store.sync_files import SentFile
from desk.syncing.feedback import export_feedback, stations_with_feedback
from desk.syncing.importing import import_files, sync_files_in
from desk.syncing.outcome import FileOutcome
from desk.syncing.overview import StationRow, station_rows
from desk.syncing.writing import NothingToExport
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.pages.sync_common import (
    DONE_STYLE,
    ERROR_STYLE,
    HINT_STYLE,
    ProgressRelay,
    moment_text,
)
from desk.ui.pages.sync_keys_box import SyncKeysBox
from desk.ui.session import Session

if TYPE_CHECKING:
    from sqlite_utils import Database

FILE_COLUMNS = (
    QT_TRANSLATE_NOOP("TownshipSync", "文件"),
    QT_TRANSLATE_NOOP("TownshipSync", "工作站"),
    QT_TRANSLATE_NOOP("TownshipSync", "结果"),
    QT_TRANSLATE_NOOP("TownshipSync", "说明"),
)
STATION_COLUMNS = (
    QT_TRANSLATE_NOOP("TownshipSync", "工作站"),
    QT_TRANSLATE_NOOP("TownshipSync", "代码"),
    QT_TRANSLATE_NOOP("TownshipSync", "公钥指纹"),
    QT_TRANSLATE_NOOP("TownshipSync", "案件"),
    QT_TRANSLATE_NOOP("TownshipSync", "未办结"),
    QT_TRANSLATE_NOOP("TownshipSync", "超期"),
    QT_TRANSLATE_NOOP("TownshipSync", "导入文件"),
    QT_TRANSLATE_NOOP("TownshipSync", "最近导入"),
    QT_TRANSLATE_NOOP("TownshipSync", "缺少的事件"),
)
REFUSED = QColor("#fce8e6")
OVERDUE = QColor("#fce8e6")


class TownshipSync(QWidget):
    records_changed = Signal()  # files loaded: the 台账 and 待办 may have changed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.chosen: list[Path] = []
        self.setAcceptDrops(True)
        self.keys = SyncKeysBox(session)
        self.keys.registered.connect(lambda _key: self.reload())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.keys)
        layout.addWidget(self._import_box(), 3)
        layout.addWidget(self._stations_box(), 2)
        self.reload()

    # --- building -------------------------------------------------------------------------

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("导入工作站的同步文件"))
        files = named(QPushButton(self.tr("选择文件…")), "chooseSyncFiles", self.tr("选择同步文件"))
        files.clicked.connect(self.ask_files)
        folder = named(
            QPushButton(self.tr("选择文件夹…")),
            "chooseSyncFolder",
            self.tr("选择放有同步文件的文件夹"),
        )
        folder.clicked.connect(self.ask_folder)
        drop = QLabel(self.tr("或把同步文件、U盘上的文件夹拖到这一页上。先预览，再导入。"))
        drop.setStyleSheet(HINT_STYLE)
        drop.setWordWrap(True)  # English at a large font is wider than the screen
        self.load_button = named(QPushButton(self.tr("导入以上文件")), "loadSyncFiles",
                                 self.tr("导入以上文件"))  # fmt: skip
        self.load_button.setEnabled(False)
        self.load_button.clicked.connect(self.load_chosen)
        self.progress = named(QProgressBar(), "importProgress", self.tr("导入进度"))
        self.progress.setVisible(False)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (files, folder):
            row.addWidget(widget)
        row.addWidget(drop, 1)
        row.addWidget(self.load_button)
        self.files = named(QTableWidget(0, len(FILE_COLUMNS)), "syncFiles", self.tr("同步文件"))
        _table(self.files, FILE_COLUMNS, self.tr)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.progress)
        column.addWidget(self.files, 1)
        column.addWidget(self.summary)
        return box

    def _stations_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("各工作站"))
        self.stations = named(QTableWidget(0, len(STATION_COLUMNS)), "stationOverview",
                              self.tr("各工作站"))  # fmt: skip
        _table(self.stations, STATION_COLUMNS, self.tr)
        self.feedback_one = named(QPushButton(self.tr("为所选工作站导出反馈…")),
                                  "exportFeedbackOne", self.tr("为所选工作站导出反馈"))  # fmt: skip
        self.feedback_one.clicked.connect(lambda: self.ask_feedback_folder(every=False))
        self.feedback_all = named(QPushButton(self.tr("为全部工作站导出反馈…")),
                                  "exportFeedbackAll", self.tr("为全部工作站导出反馈"))  # fmt: skip
        self.feedback_all.clicked.connect(lambda: self.ask_feedback_folder(every=True))
        self.feedback_result = QLabel()
        self.feedback_result.setObjectName("feedbackExportResult")
        self.feedback_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.feedback_one)
        row.addWidget(self.feedback_all)
        row.addWidget(self.feedback_result, 1)
        column = QVBoxLayout(box)
        column.addWidget(self.stations, 1)
        column.addLayout(row)
        return box

    # --- the stations ---------------------------------------------------------------------

    def reload(self) -> None:
        self.keys.reload()
        today, code = self.session.clock().date(), self.session.station.code
        self.session.worker.submit(
            lambda db: station_rows(db, today, own_code=code), on_done=self._show, owner=self
        )

    def _show(self, rows: list[StationRow]) -> None:
        self.stations.setRowCount(len(rows))
        for number, row in enumerate(rows):
            texts = (row.name, row.code, row.fingerprint or self.tr("（未登记）"),
                     f"{row.cases:,}", f"{row.open:,}", f"{row.overdue:,}", str(row.files),
                     _last_file(row), row.missing_text or "—")  # fmt: skip
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.code)
                if (column == 5 and row.overdue) or (column == 8 and row.missing):
                    item.setBackground(OVERDUE)
                self.stations.setItem(number, column, item)

    # --- choosing and previewing ----------------------------------------------------------

    def ask_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择同步文件"), "", self.tr("同步文件 (*.desk-sync);;所有文件 (*)")
        )
        if paths:
            self.preview([Path(p) for p in paths])

    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择放有同步文件的文件夹"))
        if folder:
            self.preview([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.preview(paths)

    def preview(self, chosen: list[Path]) -> None:
        """Files and folders: what loading them would do, writing nothing."""
        paths: list[Path] = []
        for path in chosen:
            paths += sync_files_in(path) if path.is_dir() else [path]
        self.chosen = paths
        self.load_button.setEnabled(False)
        if not paths:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(self.tr("所选的文件夹里没有同步文件（.desk-sync）。"))
            self.files.setRowCount(0)
            return
        self._run(paths, preview=True)

    def load_chosen(self) -> None:
        if self.chosen:
            self._run(self.chosen, preview=False)

    def _run(self, paths: list[Path], *, preview: bool) -> None:
        self.progress.setVisible(True)
        # One file loads in one step: the bar then only shows that work goes on.
        self.progress.setRange(0, len(paths) if len(paths) > 1 else 0)
        self.progress.setValue(0)
        self.load_button.setEnabled(False)
        relay = ProgressRelay(self)
        relay.moved.connect(self._moved)
        session = self.session
        clerk, now, db_path = session.clerk, session.clock(), session.db_path
        session.worker.submit(
            lambda db: import_files(
                db,
                paths,
                db_path=db_path,
                clerk=clerk,
                now=now,
                preview=preview,
                progress=_files(relay),
            ),
            on_done=lambda outcomes: self._done(outcomes, preview),
            on_error=self._failed,
            owner=self,
        )

    def _moved(self, moved: tuple[int, str]) -> None:
        done, name = moved
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{self.progress.maximum()} {name}")

    def _done(self, outcomes: list[FileOutcome], preview: bool) -> None:
        self.progress.setVisible(False)
        self.files.setRowCount(len(outcomes))
        for row, outcome in enumerate(outcomes):
            message = message_text(outcome.message)
            lines = [message_text(line) for line in outcome.details()]
            details = self.tr("；").join(lines)
            sender = message_text(outcome.sender)  # 村级工作站 东风村群众工作站（…）
            for column, text in enumerate((outcome.name, sender, message, details)):
                item = QTableWidgetItem(text)
                item.setToolTip("\n".join([message, *lines]))
                if outcome.refused:
                    item.setBackground(REFUSED)
                self.files.setItem(row, column, item)
        to_load = [o for o in outcomes if o.status == "previewed"]
        refused = sum(o.refused for o in outcomes)
        if preview:
            self.load_button.setEnabled(bool(to_load))
            text = self.tr("预览：%1 份文件可以导入，%2 份不能导入。以上预览没有改动任何数据。")
            self.summary.setStyleSheet(ERROR_STYLE if refused else "")
            self.summary.setText(text.replace("%1", str(len(to_load))).replace("%2", str(refused)))
            return
        loaded = sum(o.status == "loaded" for o in outcomes)
        self.summary.setStyleSheet(ERROR_STYLE if refused else DONE_STYLE)
        self.summary.setText(
            self.tr("已导入 %1 份文件，%2 份未导入。导入前已自动备份数据库。")
            .replace("%1", str(loaded))
            .replace("%2", str(refused))
        )
        self.chosen = []
        self.reload()
        self.records_changed.emit()

    def _failed(self, error: Exception) -> None:
        self.progress.setVisible(False)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(self.tr("没有导入：%1").replace("%1", message_text(str(error))))

    # --- feedback -------------------------------------------------------------------------

    def ask_feedback_folder(self, *, every: bool) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("把反馈文件存到哪里（选U盘）"))
        if folder:
            self.export_feedback_to(Path(folder), every=every)

    def selected_station(self) -> str | None:
        items = self.stations.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def export_feedback_to(self, folder: Path, *, every: bool) -> None:
        chosen = None if every else self.selected_station()
        if not every and chosen is None:
            self._feedback_said(self.tr("请先在表中选一个工作站。"), error=True)
            return
        clerk, now = self.session.clerk, self.session.clock()

        def write(db: Database) -> list[SentFile | str]:
            codes = [chosen] if chosen else stations_with_feedback(db)
            done: list[SentFile | str] = []
            for code in codes:
                try:
                    done.append(export_feedback(db, folder, code, clerk=clerk, now=now))
                except NothingToExport as nothing:
                    done.append(message_text(str(nothing)))
            return done

        self.session.worker.submit(
            write,
            on_done=self._feedback_written,
            on_error=lambda error: self._feedback_said(message_text(str(error)), error=True),
            owner=self,
        )

    def _feedback_written(self, done: list[SentFile | str]) -> None:
        if not done:
            self._feedback_said(self.tr("没有要反馈给任何工作站的内容。"))
            return
        lines = [
            item
            if isinstance(item, str)
            else self.tr("已导出 %1（确认%2条，办理记录%3条）")
            .replace("%1", Path(item.path).name)
            .replace("%2", str(item.acknowledgements))
            .replace("%3", str(item.events))
            for item in done
        ]
        self._feedback_said("\n".join(lines))
        self.reload()

    def _feedback_said(self, text: str, *, error: bool = False) -> None:
        self.feedback_result.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.feedback_result.setText(text)


def _last_file(row: StationRow) -> str:
    if not row.last_loaded_at:
        return "—"
    return (
        QCoreApplication.translate("TownshipSync", "%1（第%2号）")
        .replace("%1", moment_text(row.last_loaded_at))
        .replace("%2", str(row.last_number))
    )


def _files(relay: ProgressRelay):  # type: ignore[no-untyped-def]
    """import_files reports (done, all, name); the relay carries (done, name)."""
    return lambda done, _all, name: relay(done, name)


def _table(table: QTableWidget, columns: tuple[str, ...], tr) -> None:  # type: ignore[no-untyped-def]
    table.setHorizontalHeaderLabels([tr(c) for c in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
