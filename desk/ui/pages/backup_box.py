"""备份: where backups go, how many are kept, a backup now, and restoring one (station head).

A restore cannot replace the file the program has open: the window records which backup to
restore and closes; the start-up code restores it and opens the login again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.backups import RESTORING, back_up, backup_folder, choose_folder
from desk.domain.access import is_head
from desk.domain.settings import BACKUPS_KEPT
from desk.store.backup import Backup, backups_in, check_file
from desk.syncing.guard import UnacknowledgedRecords, refuse_discarding
from desk.ui.form_grid import FormGrid
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.session import Session

if TYPE_CHECKING:
    from sqlite_utils import Database

HINT_STYLE = "color: #555;"
MANUAL = QT_TRANSLATE_NOOP("messages", "手动备份")  # the audit trail's words, kept in Chinese


class BackupBox(QGroupBox):
    restore_chosen = Signal(Path)  # a checked backup the head confirmed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("备份"), parent)
        self.session = session
        self.head = is_head(session.clerk)
        self.grid = FormGrid()
        self.folder = QLabel()
        self.folder.setObjectName("backupFolder")
        self.folder.setWordWrap(True)
        change = named(
            QPushButton(self.tr("更改…")), "chooseBackupFolder", self.tr("选择备份文件夹")
        )
        change.clicked.connect(self.ask_folder)
        change.setEnabled(self.head)
        folder_cell = QWidget()
        folder_row = QHBoxLayout(folder_cell)
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(change)
        self.kept = named(QSpinBox(), "backupsKept", self.tr("保留备份份数"))
        self.kept.setRange(1, 365)
        self.kept.setSuffix(self.tr(" 份"))
        self.kept.setEnabled(self.head)
        self.grid.add("backup_folder", self.tr("备份文件夹"), folder_cell, row=0)
        self.grid.add(BACKUPS_KEPT, self.tr("保留最近"), self.kept, row=1)
        hint = QLabel(
            self.tr("每天第一次打开程序、升级数据库前和导入同步文件前自动备份。"
                    "最好选另一块硬盘或U盘，电脑坏了数据还在。")
        )  # fmt: skip
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.grid.addWidget(hint, 2, 1)

        self.list = named(QListWidget(), "backupList", self.tr("已有的备份"))
        self.list.setMaximumHeight(140)
        self.backup_button = named(
            QPushButton(self.tr("立即备份")), "backupNow", self.tr("立即备份")
        )
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = named(
            QPushButton(self.tr("用所选备份恢复…")), "restoreBackup", self.tr("用所选备份恢复")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setVisible(self.head)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(QLabel(self.tr("已有的备份（最新的在上）：")))
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        db_path = self.session.db_path

        def read(db: Database) -> tuple[Path, list[Backup]]:
            folder = backup_folder(db, db_path)
            return folder, backups_in(folder) if folder.is_dir() else []

        self.session.worker.submit(read, on_done=self._show, owner=self)

    def _show(self, found: tuple[Path, list[Backup]]) -> None:
        folder, backups = found
        self.folder.setText(str(folder))
        self.list.clear()
        for backup in backups:
            size = backup.path.stat().st_size / 1_048_576 if backup.path.exists() else 0
            item = QListWidgetItem(f"{backup.made:%Y-%m-%d %H:%M:%S}　　{size:,.1f} MB")
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if not backups:
            self.list.addItem(self.tr("（还没有备份）"))

    def ask_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("选择备份文件夹"), self.folder.text()
        )
        if chosen:
            self.use_folder(Path(chosen))

    def use_folder(self, folder: Path) -> None:
        db_path = self.session.db_path
        self.session.worker.submit(
            lambda db: choose_folder(db, db_path, folder),
            on_done=lambda _: self.reload(),
            owner=self,
        )

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("正在备份……"))
        db_path, clerk, now = self.session.db_path, self.session.clerk, self.session.clock()
        self.session.worker.submit(
            lambda db: back_up(db, db_path, clerk=clerk, now=now, reason=MANUAL),
            on_done=self._backed_up,
            on_error=self._failed,
            owner=self,
        )

    def _backed_up(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self.status.setStyleSheet("color: #137333;")
        self.status.setText(self.tr("已备份到 %1").replace("%1", str(path)))
        self.reload()

    def _failed(self, error: Exception) -> None:
        self.backup_button.setEnabled(True)
        self.status.setStyleSheet("color: #a50e0e;")
        if isinstance(error, UnacknowledgedRecords):
            self.status.setText(message_text(str(error)))
        else:
            self.status.setText(self.tr("备份没有做成：%1").replace("%1", message_text(str(error))))

    def selected_backup(self) -> Path | None:
        item = self.list.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(chosen) if chosen else None

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            self.status.setText(self.tr("请先在列表里选一份备份。"))
            return
        self.status.setText(self.tr("正在检查备份……"))

        def check(db: Database) -> str:
            refuse_discarding(db, RESTORING)  # before anything: records only this file holds
            return check_file(backup)

        self.session.worker.submit(
            check,
            on_done=lambda problem: self._confirm(backup, problem),
            on_error=self._failed,
            owner=self,
        )

    def _confirm(self, backup: Path, problem: str) -> None:
        if problem != "ok":
            self.status.setStyleSheet("color: #a50e0e;")
            self.status.setText(self.tr("这份备份不能用：%1").replace("%1", problem))
            return
        self.status.setText("")
        answer = QMessageBox.question(
            self,
            self.tr("用备份恢复"),
            self.tr(
                "将用 %1 的备份替换现在的数据。\n"
                "这份备份之后登记和办理的内容将不在恢复后的数据中。\n"
                "恢复前会把现在的数据另存一份备份。程序将关闭窗口、恢复，然后重新登录。\n\n"
                "确定恢复吗？"
            ).replace("%1", backup.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_chosen.emit(backup)
