"""The main window: a navigation list and the pages. It wires pages together and nothing else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk import __version__
from desk.domain.access import can_read_audit
from desk.store.cases import DueCounts, due_counts
from desk.ui.about_dialog import AboutDialog
from desk.ui.dialogs import open_dialog
from desk.ui.help_dialog import HelpDialog
from desk.ui.idle_lock import IdleLock
from desk.ui.naming import named
from desk.ui.pages.audit_page import AuditPage
from desk.ui.pages.disputes_page import DisputesPage
from desk.ui.pages.ledger_page import LedgerPage
from desk.ui.pages.register_page import RegisterPage
from desk.ui.pages.settings_page import SettingsPage
from desk.ui.pages.statistics_page import StatisticsPage
from desk.ui.pages.sync_page import SyncPage
from desk.ui.pages.todo_page import TodoPage
from desk.ui.session import Session
from desk.ui.vocabulary import shown

TODO_ROW = 2
NAVIGATION_WIDTH = 96  # the Chinese names take less


class MainWindow(QMainWindow):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("信访接待台 - %1").replace("%1", session.station.name))
        self.register_page = RegisterPage(session)
        self.settings_page = SettingsPage(session)
        self.ledger_page = LedgerPage(session)
        self.todo_page = TodoPage(session)
        self.disputes_page = DisputesPage(session)
        self.sync_page = SyncPage(session)
        self.statistics_page = StatisticsPage(session)
        self.sync_page.records_changed.connect(self.ledger_page.search_now)
        self.sync_page.records_changed.connect(self.todo_page.refresh)
        self.sync_page.records_changed.connect(self.update_counts)
        self._dispute_for_form: int | None = None
        self.disputes_page.to_register.connect(self.register_dispute)
        self.register_page.saved.connect(self._link_dispute)
        self.register_page.cleared.connect(self._forget_dispute)
        self.register_page.saved.connect(lambda _record: self.ledger_page.search_now())
        self.register_page.saved.connect(lambda _record: self.update_counts())
        self.todo_page.counts_may_have_changed.connect(self.update_counts)
        self.settings_page.threshold_changed.connect(self.register_page.set_threshold)
        self.restore_from: Path | None = None
        self.settings_page.restore_chosen.connect(self.restart_with)
        self.idle_lock = IdleLock(self, session)
        self.settings_page.idle_minutes_changed.connect(self.idle_lock.set_minutes)
        pages: list[tuple[str, QWidget]] = [
            (QT_TRANSLATE_NOOP("MainWindow", "登记"), self.register_page),
            (QT_TRANSLATE_NOOP("MainWindow", "台账"), self.ledger_page),
            (QT_TRANSLATE_NOOP("MainWindow", "待办"), self.todo_page),
            (QT_TRANSLATE_NOOP("MainWindow", "排查"), self.disputes_page),
            (QT_TRANSLATE_NOOP("MainWindow", "统计"), self.statistics_page),
            (QT_TRANSLATE_NOOP("MainWindow", "同步"), self.sync_page),
        ]  # fmt: skip
        if can_read_audit(session.clerk):
            pages.append((QT_TRANSLATE_NOOP("MainWindow", "审计"), AuditPage(session)))
        pages.append((QT_TRANSLATE_NOOP("MainWindow", "设置"), self.settings_page))
        # The pages' Chinese names find them (help topics, tests, scripts) in any language.
        self.titles = [title for title, _ in pages]
        self.navigation = named(QListWidget(), "navigation", self.tr("导航"))
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 13pt; border: none; background: #f1f3f4; }"
            "QListWidget::item { padding: 12px 8px; }"
            "QListWidget::item:selected { background: #1a73e8; color: white; }"
        )
        self.pages = QStackedWidget()
        for title, page in pages:
            self.navigation.addItem(self.tr(title))
            self.pages.addWidget(page)
        self._fit_navigation()
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self._navigation_column())
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._due_banner())
        column.addWidget(self.pages, 1)
        layout.addLayout(column, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(
            self.tr("%1：%2（%3）　接待员：%4　版本 %5")
            .replace("%1", shown(session.level.label))
            .replace("%2", session.station.name)
            .replace("%3", session.station.code)
            .replace("%4", session.clerk.name)
            .replace("%5", __version__)
        )
        self.update_counts(announce=True)

    def _fit_navigation(self) -> None:
        """Wide enough for the longest page name (English is longer: Statistics)."""
        self.navigation.ensurePolished()  # the style sheet's font size
        metrics = self.navigation.fontMetrics()
        longest = max(metrics.horizontalAdvance(self.tr(title)) for title in self.titles)
        self.navigation.setFixedWidth(max(NAVIGATION_WIDTH, longest + 28))  # padding, frame

    def _navigation_column(self) -> QVBoxLayout:
        """The pages, and under them 帮助 (F1) and 关于."""
        help_button = named(QPushButton(self.tr("帮助 F1")), "showHelp", self.tr("帮助"))
        help_button.clicked.connect(self.show_help)
        about_button = named(QPushButton(self.tr("关于")), "showAbout", self.tr("关于"))
        about_button.clicked.connect(lambda: open_dialog(AboutDialog(self)))
        QShortcut(QKeySequence.StandardKey.HelpContents, self, self.show_help)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(2)
        column.addWidget(self.navigation, 1)
        for button in (help_button, about_button):
            button.setFlat(True)
            button.setFixedWidth(self.navigation.width())
            column.addWidget(button)
        return column

    def show_help(self) -> None:
        """The guide of the page the clerk is on."""
        title = self.titles[self.navigation.currentRow()]
        open_dialog(HelpDialog(title, self))

    def _due_banner(self) -> QWidget:
        """At start-up: how many cases are overdue or due soon, and a way to them."""
        self.banner = QWidget()
        self.banner.setObjectName("dueBanner")
        self.banner.setStyleSheet("#dueBanner { background: #fce8e6; }")
        self.banner_text = QLabel()
        self.banner_text.setObjectName("dueBannerText")
        self.banner_text.setStyleSheet("color: #a50e0e; font-size: 11pt; padding: 6px;")
        show = named(QPushButton(self.tr("查看待办")), "showTodo", self.tr("查看待办"))
        show.clicked.connect(lambda: self.navigation.setCurrentRow(TODO_ROW))
        dismiss = named(QPushButton(self.tr("知道了")), "dismissBanner", self.tr("关闭提醒"))
        dismiss.clicked.connect(self.banner.hide)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.banner_text, 1)
        row.addWidget(show)
        row.addWidget(dismiss)
        self.banner.hide()
        return self.banner

    def update_counts(self, *, announce: bool = False) -> None:
        today = self.session.clock().date()
        self.session.worker.submit(
            lambda db: due_counts(db, today),
            on_done=lambda counts: self._show_counts(counts, announce),
            owner=self,
        )

    def _show_counts(self, counts: DueCounts, announce: bool) -> None:
        label = self.tr(self.titles[TODO_ROW])
        if counts.overdue or counts.due_soon:
            label += f"\n{counts.overdue + counts.due_soon}"
        self.navigation.item(TODO_ROW).setText(label)
        self.navigation.item(TODO_ROW).setToolTip(
            self.tr("未办结%1件，已超期%2件，3日内到期%3件")
            .replace("%1", str(counts.open))
            .replace("%2", str(counts.overdue))
            .replace("%3", str(counts.due_soon))
        )
        if announce and (counts.overdue or counts.due_soon):
            self.banner_text.setText(
                self.tr("有 %1 件事项已超期，%2 件3日内到期。")
                .replace("%1", f"{counts.overdue:,}")
                .replace("%2", f"{counts.due_soon:,}")
            )
            self.banner.show()

    def register_dispute(self, dispute_id: int, values: dict) -> None:
        """A screened dispute becomes a case: the 登记 form starts from what was screened."""
        page = self.register_page
        if not page.form.isEnabled():  # a draft waits for 恢复/丢弃, or a save is under way
            QMessageBox.information(
                self, self.tr("转为来访登记"), self.tr("请先处理登记页上的草稿或正在保存的登记。")
            )
            return
        if not page.form.is_blank():
            answer = QMessageBox.question(
                self, self.tr("转为来访登记"), self.tr("登记页上已填写的内容将被替换，继续吗？")
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._dispute_for_form = dispute_id
        page.form.clear()
        page.form.set_values(values)
        page.save_draft_now()
        self.navigation.setCurrentRow(0)
        page.form.id_number.setFocus()

    def _link_dispute(self, record) -> None:
        if self._dispute_for_form is not None:
            self.disputes_page.link_visit(self._dispute_for_form, record.serial)
            self._dispute_for_form = None

    def _forget_dispute(self) -> None:
        self._dispute_for_form = None

    def restart_with(self, backup: Path) -> None:
        """The database cannot be replaced while it is open: close; the start-up code restores
        `backup` and asks for the login again."""
        self.restore_from = backup
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # What was typed in the last moments before the pause that triggers an autosave.
        self.register_page.save_draft_now()
        super().closeEvent(event)
