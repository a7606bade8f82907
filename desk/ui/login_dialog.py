"""登录: a clerk of this station signs in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.domain.station import Clerk, Station
from desk.store.accounts import LoginRefused, log_in
from desk.ui.background import DbWorker
from desk.ui.form_grid import ERROR_STYLE, FormGrid
from desk.ui.messages import message_text
from desk.ui.naming import named


class LoginDialog(QDialog):
    def __init__(
        self,
        worker: DbWorker | None,
        station: Station,
        *,
        login: str = "",
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        """Without a worker yet (the store still opening), 登录 waits for attach()."""
        super().__init__(parent)
        self.worker = worker
        self.clock = clock
        self.clerk: Clerk | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("登录 - 信访接待台"))
        heading = QLabel(station.name)
        heading.setObjectName("loginStation")
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        grid = FormGrid()
        self.login = named(QLineEdit(login), "login", self.tr("登录名"))
        self.password = named(QLineEdit(), "password", self.tr("密码"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.login, self.password):
            edit.setMinimumWidth(280)
        grid.add("login", self.tr("登录名"), self.login, row=0)
        grid.add("password", self.tr("密码"), self.password, row=1)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox()
        self.ok_button = named(
            buttons.addButton(self.tr("登录"), QDialogButtonBox.ButtonRole.AcceptRole),
            "loginButton",
            self.tr("登录"),
        )
        named(
            buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole),
            "cancelLogin",
            self.tr("退出"),
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # The dialog grows to fit messages as they appear instead of squeezing the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.password if login else self.login).setFocus()
        self.ok_button.setEnabled(worker is not None)

    def attach(self, worker: DbWorker) -> None:
        """The store is open: 登录 can check the password."""
        self.worker = worker
        self.ok_button.setEnabled(True)

    def submit(self) -> None:
        if self.worker is None:
            return  # the store opens within a moment of the window showing
        login, password = self.login.text(), self.password.text()
        if not login.strip() or not password:
            self.message.setText(self.tr("请输入登录名和密码"))
            return
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("正在核对……"))
        now = self.clock()
        self.worker.submit(
            lambda db: log_in(db, login, password, now=now),
            on_done=self._checked,
            on_error=self._refused,
        )

    def _checked(self, clerk: Clerk) -> None:
        self.ok_button.setEnabled(True)
        self.clerk = clerk
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText(
            message_text(str(error)) if isinstance(error, LoginRefused) else repr(error)
        )
        self.password.clear()
        self.password.setFocus()
