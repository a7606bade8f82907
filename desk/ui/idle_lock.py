"""The window locks itself after the clerk has been away for a while (设置: 自动锁定时间) and asks
for the password again. The lock screen covers the window; nothing behind it is closed, so a
half-typed registration is still there after unlocking."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.settings import IDLE_MINUTES
from desk.domain.station import Clerk
from desk.store.accounts import LoginRefused, log_in
from desk.store.station import get_setting
from desk.ui.form_grid import ERROR_STYLE
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.session import Session

# What counts as the clerk being there: input, not timers or repaints.
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Watches the whole application's input; when none comes for the set time, covers
    `window` with a LockScreen."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.screen: LockScreen | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        session.worker.submit(lambda db: get_setting(db, IDLE_MINUTES), on_done=self.set_minutes)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)
        if self.screen is None:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.screen is None and self.timer.interval() > 0:
            self.timer.start()
        return False

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def lock(self) -> None:
        if self.screen is not None or not self.window.isVisible():
            return
        self.timer.stop()
        # Parented to whatever is on top (a case's detail, a dialog), so the lock screen is
        # above it; sized to the main window, so it covers everything the window shows.
        on_top = QApplication.activeModalWidget() or self.window
        self.screen = LockScreen(self.session, on_top)
        self.screen.setGeometry(self.window.geometry())
        self.screen.unlocked.connect(self._unlocked)
        self.screen.quit_requested.connect(self._quit)
        self.screen.show()
        self.screen.raise_()
        self.screen.activateWindow()
        self.locked.emit()

    def _unlocked(self) -> None:
        if self.screen is not None:
            self.screen.deleteLater()
            self.screen = None
        self.timer.start()
        self.unlocked.emit()

    def _quit(self) -> None:
        """Another clerk needs the computer: the window closes as usual (a half-typed
        registration is kept as a draft)."""
        self._unlocked()
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.window.close()


class LockScreen(QDialog):
    unlocked = Signal()
    quit_requested = Signal()

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.session = session
        self.setObjectName("lockScreen")
        self.setModal(True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("已锁定 - 信访接待台"))
        self.setStyleSheet("#lockScreen { background: #e8eaed; }")
        title = QLabel(self.tr("信访接待台已锁定"))
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        who = QLabel(
            self.tr("%1　接待员：%2（%3）")
            .replace("%1", session.station.name)
            .replace("%2", session.clerk.name)
            .replace("%3", session.clerk.login)
        )
        why = QLabel(
            self.tr("离开太久，为保护来访人的信息已自动锁定。请输入密码继续，已填写的内容都还在。")
        )
        why.setWordWrap(True)
        self.password = named(QLineEdit(), "unlockPassword", self.tr("密码"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(280)
        self.password.returnPressed.connect(self.submit)
        self.unlock_button = named(QPushButton(self.tr("解锁")), "unlockButton", self.tr("解锁"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        leave = named(
            QPushButton(self.tr("退出程序")), "quitFromLock", self.tr("保存草稿并退出程序")
        )
        leave.setToolTip(self.tr("换其他接待员使用时：已填写的登记存为草稿，程序关闭。"))
        leave.clicked.connect(self.quit_requested)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setStyleSheet(ERROR_STYLE)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("密码")))
        row.addWidget(self.password)
        row.addWidget(self.unlock_button)
        card = QWidget()
        card.setObjectName("lockCard")
        card.setStyleSheet("#lockCard { background: white; border: 1px solid #c0c4c8; }")
        card.setFixedWidth(560)  # a fixed width lets the wrapped text take the height it needs
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 24, 32, 24)
        inner.setSpacing(12)
        for widget in (title, who, why):
            inner.addWidget(widget)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addWidget(leave, 0, Qt.AlignmentFlag.AlignRight)
        # Centred, the card gets the height of its unwrapped text: ask for what the wrapped
        # text needs (a long language, a large font) at the card's width.
        card.setMinimumHeight(inner.totalHeightForWidth(card.width()))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.password.setFocus()

    def submit(self) -> None:
        password = self.password.text()
        if not password:
            self.message.setText(self.tr("请输入密码"))
            return
        self.unlock_button.setEnabled(False)
        login, now = self.session.clerk.login, self.session.clock()
        self.session.worker.submit(
            lambda db: log_in(db, login, password, now=now),
            on_done=self._checked,
            on_error=self._refused,
            owner=self,
        )

    def _checked(self, clerk: Clerk) -> None:
        self.unlock_button.setEnabled(True)
        self.hide()
        self.unlocked.emit()

    def _refused(self, error: Exception) -> None:
        self.unlock_button.setEnabled(True)
        self.message.setText(
            message_text(str(error)) if isinstance(error, LoginRefused) else repr(error)
        )
        self.password.clear()
        self.password.setFocus()

    def reject(self) -> None:  # Esc does not unlock
        pass
