"""The main window: a navigation list and the pages. It wires pages together and nothing else."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desk import __version__
from desk.ui.naming import named
from desk.ui.pages.coming_page import ComingPage
from desk.ui.pages.ledger_page import LedgerPage
from desk.ui.pages.register_page import RegisterPage
from desk.ui.pages.settings_page import SettingsPage
from desk.ui.session import Session


class MainWindow(QMainWindow):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("信访接待台 - %1").replace("%1", session.station.name))
        self.register_page = RegisterPage(session)
        self.settings_page = SettingsPage(session)
        self.ledger_page = LedgerPage(session)
        self.register_page.saved.connect(lambda _record: self.ledger_page.search_now())
        self.settings_page.threshold_changed.connect(self.register_page.set_threshold)
        pages: list[tuple[str, QWidget]] = [
            (self.tr("登记"), self.register_page),
            (self.tr("台账"), self.ledger_page),
            (self.tr("待办"), ComingPage("todoPage", self.tr("待办"), self.tr(
                "按《信访工作条例》的时限（受理15日、办理60日、延期30日）列出需要跟进的事项。"))),
            (self.tr("统计"), ComingPage("statisticsPage", self.tr("统计"), self.tr(
                "按月、季、年统计来访情况和受理率、办结率、满意率等，导出报表。"))),
            (self.tr("同步"), ComingPage("syncPage", self.tr("同步"), self.tr(
                "生成加密的同步文件，用U盘报送乡镇；导入乡镇的反馈。"))),
            (self.tr("设置"), self.settings_page),
        ]  # fmt: skip
        self.navigation = named(QListWidget(), "navigation", self.tr("导航"))
        self.navigation.setFixedWidth(96)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 13pt; border: none; background: #f1f3f4; }"
            "QListWidget::item { padding: 12px 8px; }"
            "QListWidget::item:selected { background: #1a73e8; color: white; }"
        )
        self.pages = QStackedWidget()
        for title, page in pages:
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(
            self.tr("工作站：%1（%2）　接待员：%3　版本 %4")
            .replace("%1", session.station.name)
            .replace("%2", session.station.code)
            .replace("%3", session.clerk.name)
            .replace("%4", __version__)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # What was typed in the last moments before the pause that triggers an autosave.
        self.register_page.save_draft_now()
        super().closeEvent(event)
