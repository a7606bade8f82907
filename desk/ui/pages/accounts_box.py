"""账号: the station head adds, disables and re-enables clerks and resets passwords; everyone
changes their own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.domain.access import can_manage_clerks
from desk.domain.errors import InvalidInput
from desk.domain.station import (
    MIN_PASSWORD_LENGTH,
    ROLE_CLERK,
    ROLE_HEAD,
    Clerk,
    validate_new_clerk,
)
from desk.store.accounts import clerks, create_clerk, set_active, set_password
from desk.ui.form_grid import FormGrid
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.session import Session
from desk.ui.vocabulary import add_choices, shown


class AccountsBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("账号"), parent)
        self.session = session
        self.manages = can_manage_clerks(session.clerk)
        self.rows: list[tuple[Clerk, bool]] = []
        self.table = named(QTableWidget(0, 4), "clerkTable", self.tr("接待员账号"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("登录名"), self.tr("姓名"), self.tr("角色"), self.tr("状态")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(150)
        own = named(
            QPushButton(self.tr("修改我的密码")), "changeOwnPassword", self.tr("修改我的密码")
        )
        own.clicked.connect(lambda: self.ask_password(session.clerk))
        buttons = QHBoxLayout()
        buttons.addWidget(own)
        if self.manages:
            add = named(QPushButton(self.tr("新增接待员")), "addClerk", self.tr("新增接待员"))
            toggle = named(
                QPushButton(self.tr("停用/启用")), "toggleClerk", self.tr("停用或启用账号")
            )
            reset = named(
                QPushButton(self.tr("重置密码")), "resetPassword", self.tr("重置所选账号的密码")
            )
            add.clicked.connect(self.ask_new_clerk)
            toggle.clicked.connect(self.toggle_selected)
            reset.clicked.connect(lambda: self.selected() and self.ask_password(self.selected()[0]))
            for button in (add, toggle, reset):
                buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        if self.manages:
            layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        if self.manages:
            self.session.worker.submit(clerks, on_done=self._show)

    def _show(self, rows: list[tuple[Clerk, bool]]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for number, (clerk, active) in enumerate(rows):
            values = (
                clerk.login,
                clerk.name,
                shown(clerk.role),
                self.tr("在用") if active else self.tr("已停用"),
            )
            for column, value in enumerate(values):
                self.table.setItem(number, column, QTableWidgetItem(value))

    def selected(self) -> tuple[Clerk, bool] | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def toggle_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        clerk, active = chosen
        if clerk.id == self.session.clerk.id:
            QMessageBox.information(self, self.tr("账号"), self.tr("不能停用自己正在使用的账号。"))
            return
        by, now = self.session.clerk, self.session.clock()
        self.session.worker.submit(
            lambda db: set_active(db, clerk.id, not active, by=by, now=now),
            on_done=lambda _: self.reload(),
            owner=self,
        )

    def ask_new_clerk(self) -> None:
        dialog = NewClerkDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.new_clerk is None:
            return
        new, by, now = dialog.new_clerk, self.session.clerk, self.session.clock()
        self.session.worker.submit(
            lambda db: create_clerk(db, new, by=by, now=now),
            on_done=lambda _: self.reload(),
            on_error=lambda error: QMessageBox.warning(
                self, self.tr("新增接待员"), message_text(str(error))
            ),
            owner=self,
        )

    def ask_password(self, clerk: Clerk) -> None:
        dialog = PasswordDialog(clerk, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        password, by, now = dialog.password.text(), self.session.clerk, self.session.clock()
        self.session.worker.submit(
            lambda db: set_password(db, clerk.id, password, by=by, now=now),
            on_done=lambda _: QMessageBox.information(
                self, self.tr("密码"), self.tr("%1 的密码已更改。").replace("%1", clerk.name)
            ),
            owner=self,
        )


class NewClerkDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增接待员"))
        self.new_clerk = None
        self.grid = FormGrid()
        self.name = named(QLineEdit(), "newClerkName", self.tr("姓名"))
        self.login = named(QLineEdit(), "newClerkLogin", self.tr("登录名"))
        self.role = named(QComboBox(), "newClerkRole", self.tr("角色"))
        add_choices(self.role, (ROLE_CLERK, ROLE_HEAD))
        self.password = _hidden(named(QLineEdit(), "newClerkPassword", self.tr("密码")))
        self.again = _hidden(named(QLineEdit(), "newClerkPasswordAgain", self.tr("再次输入密码")))
        for row, (field, label, widget) in enumerate(
            (
                ("clerk_name", self.tr("姓名"), self.name),
                ("login", self.tr("登录名"), self.login),
                ("role", self.tr("角色"), self.role),
                ("password", self.tr("密码"), self.password),
                ("password_again", self.tr("再次输入密码"), self.again),
            )
        ):
            self.grid.add(field, label, widget, row=row)
        _with_buttons(self, self.grid, self.submit)

    def submit(self) -> None:
        raw = {
            "clerk_name": self.name.text(),
            "login": self.login.text(),
            "password": self.password.text(),
            "password_again": self.again.text(),
        }
        try:
            self.new_clerk = validate_new_clerk(raw, role=self.role.currentData())
        except InvalidInput as invalid:
            self.grid.show_errors(invalid.errors)
            return
        self.accept()


class PasswordDialog(QDialog):
    def __init__(self, clerk: Clerk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置 %1 的新密码").replace("%1", clerk.name))
        self.grid = FormGrid()
        self.password = _hidden(named(QLineEdit(), "newPassword", self.tr("新密码")))
        self.again = _hidden(named(QLineEdit(), "newPasswordAgain", self.tr("再次输入新密码")))
        self.grid.add("password", self.tr("新密码"), self.password, row=0)
        self.grid.add("password_again", self.tr("再次输入"), self.again, row=1)
        _with_buttons(self, self.grid, self.submit)

    def submit(self) -> None:
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            self.grid.show_errors(
                {"password": self.tr("密码至少%1位").replace("%1", str(MIN_PASSWORD_LENGTH))}
            )
        elif self.password.text() != self.again.text():
            self.grid.show_errors({"password_again": self.tr("两次输入的密码不一致")})
        else:
            self.accept()


def _hidden(edit: QLineEdit) -> QLineEdit:
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _with_buttons(dialog: QDialog, grid: FormGrid, submit: Callable[[], None]) -> None:
    """The form, then 确定 (which submits: the dialog closes only when the input is right)
    and 取消."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(grid)
    layout.addWidget(buttons)
