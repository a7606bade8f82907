"""A field for the township's public-key file: a button to choose it, then its name and the
fingerprint to compare over the phone. Used at setup (the 同步 page has its own)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from desk.sync.errors import PublicKeyFileInvalid
from desk.sync.keys import PublicKeyFile, read_public_key_file
from desk.ui.background import DbWorker
from desk.ui.messages import message_text
from desk.ui.naming import named


class TownshipKeyField(QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.key_file: PublicKeyFile | None = None
        choose = named(
            QPushButton(self.tr("选择…")), "chooseTownshipKey", self.tr("选择乡镇公钥文件")
        )
        choose.clicked.connect(self.ask)
        self.shown = QLabel(self.tr("可稍后在“同步”页导入"))
        self.shown.setObjectName("townshipKeyShown")
        self.shown.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(choose)
        row.addWidget(self.shown, 1)

    def ask(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择乡镇公钥文件"), "", self.tr("公钥文件 (*.desk-key);;所有文件 (*)")
        )
        if path:
            self.choose(Path(path))

    def choose(self, path: Path) -> None:
        """Read the file off the UI thread; show whose it is and its fingerprint."""
        self.worker.run(
            lambda: read_public_key_file(path), on_done=self._read, on_error=self._refused,
            owner=self,
        )  # fmt: skip

    def _read(self, key_file: PublicKeyFile) -> None:
        self.key_file = key_file
        self.shown.setStyleSheet("")
        self.shown.setText(
            self.tr("%1（%2）　指纹 %3：请与乡镇电话核对")
            .replace("%1", key_file.name)
            .replace("%2", key_file.code)
            .replace("%3", key_file.fingerprint)
        )

    def _refused(self, error: Exception) -> None:
        self.key_file = None
        self.shown.setStyleSheet("color: #b3261e;")
        text = message_text(str(error)) if isinstance(error, PublicKeyFileInvalid) else repr(error)
        self.shown.setText(text)
