"""密钥: this computer's fingerprint and its public-key file to hand over; on a station, the
township's key file (loaded once, its fingerprint read aloud over the phone); on a township,
each station's key file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from desk.sync.errors import PublicKeyFileInvalid
from desk.sync.keys import PublicKeyFile
from desk.syncing.parties import export_own_key, me, register_key_path, township_key
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.pages.sync_common import ERROR_STYLE
from desk.ui.session import Session

if TYPE_CHECKING:
    from sqlite_utils import Database

FINGERPRINT_STYLE = "font-family: monospace; font-size: 12pt; font-weight: bold;"


class SyncKeysBox(QGroupBox):
    registered = Signal(object)  # the PublicKeyFile just registered

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("密钥"), parent)
        self.session = session
        township = session.station.is_township
        self.own = QLabel()
        self.own.setObjectName("ownFingerprint")
        self.own.setStyleSheet(FINGERPRINT_STYLE)
        export = named(
            QPushButton(self.tr("导出本机公钥文件…")), "exportOwnKey", self.tr("导出本机公钥文件")
        )
        export.clicked.connect(self.ask_export_folder)
        self.partner = QLabel()
        self.partner.setObjectName("partnerKey")
        self.partner.setWordWrap(True)
        label = self.tr("登记工作站公钥文件…") if township else self.tr("导入乡镇公钥文件…")
        load = named(QPushButton(label), "loadPartnerKey", label.rstrip("…"))
        load.clicked.connect(self.ask_key_file)
        self.status = QLabel()
        self.status.setObjectName("keyStatus")
        self.status.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("本机公钥指纹：")), 0, 0)
        grid.addWidget(self.own, 0, 1)
        grid.addWidget(export, 0, 2)
        grid.addWidget(QLabel(self.tr("各工作站：") if township else self.tr("乡镇：")), 1, 0)
        grid.addWidget(self.partner, 1, 1)
        grid.addWidget(load, 1, 2)
        grid.addWidget(self.status, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)  # the page calls reload()

    def reload(self) -> None:
        township = self.session.station.is_township

        def read(db: Database) -> tuple[str, PublicKeyFile | None, int]:
            from desk.store.sync_keys import registered_keys

            count = len(registered_keys(db, role="station")) if township else 0
            return me(db).fingerprint, None if township else township_key(db), count

        self.session.worker.submit(read, on_done=self._show, owner=self)

    def _show(self, found: tuple[str, PublicKeyFile | None, int]) -> None:
        fingerprint, key, stations = found
        self.own.setText(fingerprint)
        if self.session.station.is_township:
            self.partner.setText(
                self.tr("已登记 %1 个工作站的公钥（见下方“各工作站”）").replace("%1", str(stations))
            )
        elif key is None:
            self.partner.setText(
                self.tr("还没有导入乡镇的公钥文件：导入后才能导出加密的同步文件。")
            )
        else:
            self.partner.setText(
                self.tr("%1（%2）　指纹 %3")
                .replace("%1", key.name)
                .replace("%2", key.code)
                .replace("%3", key.fingerprint)
            )

    def ask_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("把本机公钥文件存到哪里"))
        if folder:
            self.export_own_key(Path(folder))

    def export_own_key(self, folder: Path) -> None:
        self.session.worker.submit(
            lambda db: export_own_key(db, folder),
            on_done=lambda path: self._say(
                self.tr("已导出本机公钥文件：%1").replace("%1", str(path))
            ),
            on_error=lambda error: self._say(message_text(str(error)), error=True),
            owner=self,
        )

    def ask_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择公钥文件"), "", self.tr("公钥文件 (*.desk-key);;所有文件 (*)")
        )
        if path:
            self.load_key(Path(path))

    def load_key(self, path: Path) -> None:
        clerk, now = self.session.clerk, self.session.clock()
        self.session.worker.submit(
            lambda db: register_key_path(db, path, clerk=clerk, now=now),
            on_done=self._loaded,
            on_error=self._refused,
            owner=self,
        )

    def _loaded(self, result: tuple[PublicKeyFile, PublicKeyFile | None]) -> None:
        key, replaced = result
        text = (
            self.tr(
                "已登记“%1”（%2）的公钥。指纹 %3：请打电话请对方念出其程序显示的指纹，逐字核对。"
            )
            .replace("%1", key.name)
            .replace("%2", key.code)
            .replace("%3", key.fingerprint)
        )
        if replaced is not None:
            text += self.tr("（替换了原指纹 %1）").replace("%1", replaced.fingerprint)
        self._say(text)
        self.registered.emit(key)  # the page reloads, this box included

    def _refused(self, error: Exception) -> None:
        if isinstance(error, PublicKeyFileInvalid):
            self._say(self.tr("没有登记：%1").replace("%1", message_text(str(error))), error=True)
        else:
            self._say(message_text(str(error)), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
