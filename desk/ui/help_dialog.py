"""帮助 (F1): a short guide for each page, in Chinese, with the screenshots the docs keep.

The guides are Markdown files in resources/help/; the pictures come from the screenshots the
repository's script makes (docs/screenshots/, or their copy inside the bundle).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.paths import resource, screenshots_dir
from desk.ui.naming import named

# The navigation's page titles (their Chinese names, translated in MainWindow's context), and
# the guide for each. The guides are in Chinese only.
TOPICS = {
    "登记": "register",
    "台账": "ledger",
    "待办": "todo",
    "排查": "disputes",
    "统计": "statistics",
    "同步": "sync",
    "审计": "audit",
    "设置": "settings",
}
PICTURE_WIDTH = 640


class GuideBrowser(QTextBrowser):
    """Shows a guide; its screenshots are scaled to fit the text's width."""

    def loadResource(self, kind: int, name: QUrl) -> object:
        if getattr(kind, "value", kind) == QTextDocument.ResourceType.ImageResource.value:
            for folder in (resource("help"), screenshots_dir()):
                picture = QImage(str(folder / name.fileName()))
                if not picture.isNull():
                    return picture.scaledToWidth(min(PICTURE_WIDTH, picture.width()))
        return super().loadResource(kind, name)


class HelpDialog(QDialog):
    def __init__(self, topic: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("帮助 - 信访接待台"))
        self.resize(980, 660)
        self.topics = named(QListWidget(), "helpTopics", self.tr("帮助目录"))
        self.topics.setFixedWidth(110)
        for title in TOPICS:
            self.topics.addItem(QCoreApplication.translate("MainWindow", title))
        self.guide = named(GuideBrowser(), "helpText", self.tr("帮助内容"))
        self.guide.setOpenExternalLinks(False)
        self.topics.currentRowChanged.connect(self._row_chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        panes = QHBoxLayout()
        panes.addWidget(self.topics)
        panes.addWidget(self.guide, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addWidget(buttons)
        titles = list(TOPICS)
        self.topics.setCurrentRow(titles.index(topic) if topic in titles else 0)

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(TOPICS):
            self.show_topic(list(TOPICS)[row])

    def show_topic(self, title: str) -> None:
        path = resource("help", f"{TOPICS.get(title, 'register')}.md")
        self.guide.setMarkdown(path.read_text(encoding="utf-8"))
