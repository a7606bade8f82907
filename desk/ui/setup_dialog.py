"""首次设置: the station's particulars and its first clerk (the station head), once per database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain.errors import InvalidInput
from desk.domain.station import (
    Clerk,
    NewClerk,
    Station,
    validate_new_clerk,
    validate_station,
)
from desk.store.station import set_up_station
from desk.sync.keys import PublicKeyFile
from desk.syncing.guard import refuse_discarding
from desk.syncing.parties import register_key_file, township_key_mismatch
from desk.ui.background import DbWorker
from desk.ui.form_grid import FormGrid
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.township_key_field import TownshipKeyField

if TYPE_CHECKING:
    from sqlite_utils import Database


class SetupDialog(QDialog):
    def __init__(
        self,
        worker: DbWorker,
        *,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.clock = clock
        self.station: Station | None = None
        self.clerk: Clerk | None = None
        self.setObjectName("setupDialog")
        self.setWindowTitle(self.tr("首次设置 - 信访接待台"))

        intro = QLabel(
            self.tr(
                "第一次使用，请填写本工作站的信息和第一位接待员（站长）的账号。"
                "工作站信息印在来访回执上，也用于向乡镇报送。"
            )
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(560)
        station_box = QGroupBox(self.tr("工作站"))
        self.station_grid = FormGrid(station_box)
        self.name = named(QLineEdit(), "stationName", self.tr("工作站名称"))
        self.name.setPlaceholderText(self.tr("如：东风村群众工作站"))
        self.code = named(QLineEdit(), "stationCode", self.tr("统计用区划代码"))
        self.code.setPlaceholderText(self.tr("12位数字，如 410423203202"))
        self.code.setMaxLength(20)
        self.township = named(QLineEdit(), "township", self.tr("所属乡镇（街道）"))
        self.township.setPlaceholderText(self.tr("如：马庄乡"))
        self.phone = named(QLineEdit(), "stationPhone", self.tr("工作站联系电话"))
        self.phone.setPlaceholderText(self.tr("手机或带区号的座机"))
        self.mode = named(QComboBox(), "stationMode", self.tr("本机用于"))
        self.mode.addItem(self.tr("村（社区）群众工作站：登记、代办、上报乡镇"), "station")
        self.mode.addItem(self.tr("乡镇（街道）信访办：受理、办理、答复"), "township")
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.township_key = TownshipKeyField(worker)
        for row, (field, label, widget) in enumerate(
            (
                ("mode", self.tr("本机用于"), self.mode),
                ("name", self.tr("工作站名称"), self.name),
                ("code", self.tr("统计用区划代码"), self.code),
                ("township", self.tr("所属乡镇（街道）"), self.township),
                ("phone", self.tr("联系电话"), self.phone),
                ("township_key", self.tr("乡镇公钥文件"), self.township_key),
            )
        ):
            self.station_grid.add(field, label, widget, row=row)

        clerk_box = QGroupBox(self.tr("第一位接待员（站长）"))
        self.clerk_grid = FormGrid(clerk_box)
        self.clerk_name = named(QLineEdit(), "clerkName", self.tr("接待员姓名"))
        self.login = named(QLineEdit(), "login", self.tr("登录名"))
        self.login.setPlaceholderText(self.tr("英文字母或数字，如 wangfang"))
        self.password = named(QLineEdit(), "password", self.tr("密码"))
        self.password_again = named(QLineEdit(), "passwordAgain", self.tr("再次输入密码"))
        for edit in (self.password, self.password_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in self.findChildren(QLineEdit):
            edit.setMinimumWidth(420)
        self.password.setPlaceholderText(self.tr("至少8位"))
        for row, (field, label, widget) in enumerate(
            (
                ("clerk_name", self.tr("姓名"), self.clerk_name),
                ("login", self.tr("登录名"), self.login),
                ("password", self.tr("密码"), self.password),
                ("password_again", self.tr("再次输入密码"), self.password_again),
            )
        ):
            self.clerk_grid.add(field, label, widget, row=row)

        self.buttons = QDialogButtonBox()
        self.ok_button = named(
            self.buttons.addButton(self.tr("完成设置"), QDialogButtonBox.ButtonRole.AcceptRole),
            "finishSetup",
            self.tr("完成设置"),
        )
        self.cancel_button = named(
            self.buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole),
            "cancelSetup",
            self.tr("退出"),
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        # The dialog grows to fit messages as they appear instead of squeezing the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addWidget(intro)
        layout.addWidget(station_box)
        layout.addWidget(clerk_box)
        layout.addWidget(self.buttons)

    def _mode_changed(self) -> None:
        township = self.mode.currentData() == "township"
        self.township_key.setEnabled(not township)  # a township registers its stations' keys
        self.name.setPlaceholderText(
            self.tr("如：马庄乡信访办") if township else self.tr("如：东风村群众工作站")
        )
        self.township.setPlaceholderText(
            self.tr("如：某某县") if township else self.tr("如：马庄乡")
        )

    def values(self) -> dict[str, str]:
        return {
            "mode": self.mode.currentData(),
            "name": self.name.text(),
            "code": self.code.text(),
            "township": self.township.text(),
            "phone": self.phone.text(),
            "clerk_name": self.clerk_name.text(),
            "login": self.login.text(),
            "password": self.password.text(),
            "password_again": self.password_again.text(),
        }

    def submit(self) -> None:
        values = self.values()
        errors: dict[str, str] = {}
        try:
            station = validate_station(values)
        except InvalidInput as invalid:
            errors.update(invalid.errors)
        try:
            first_clerk = validate_new_clerk(values)
        except InvalidInput as invalid:
            errors.update(invalid.errors)
        key = self.township_key.key_file if self.township_key.isEnabled() else None
        if key is not None and "code" not in errors:
            mismatch = township_key_mismatch(key, station.code)
            if mismatch:
                errors["township_key"] = mismatch
        self.station_grid.show_errors(errors)
        self.clerk_grid.show_errors(errors)
        if errors:
            return
        self.ok_button.setEnabled(False)
        now = self.clock()
        self.worker.submit(
            lambda db: _set_up(db, station, first_clerk, key, now),
            on_done=lambda clerk: self._done(station, clerk),
            owner=self,
            on_error=self._failed,
        )

    def _done(self, station: Station, clerk: Clerk) -> None:
        self.station, self.clerk = station, clerk
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.ok_button.setEnabled(True)
        QMessageBox.critical(self, self.tr("设置没有保存"), message_text(str(error)))


def _set_up(
    db: Database, station: Station, first_clerk: NewClerk, key: PublicKeyFile | None,
    now: dt.datetime,
) -> Clerk:  # fmt: skip
    """The station and its head, then the township's key when one was chosen."""
    # Never over records the township lacks; the words go into the refusal's message.
    refuse_discarding(db, QT_TRANSLATE_NOOP("messages", "重新设置工作站"))
    clerk = set_up_station(db, station, first_clerk, now)
    if key is not None:
        register_key_file(db, key, clerk=clerk, now=now)
    return clerk
