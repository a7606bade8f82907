"""Beside the form: the earlier visits of the person whose ID number is being typed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desk.store.visits import PersonHistory


class HistoryPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("来访记录"))
        title.setObjectName("historyTitle")
        title.setStyleSheet("font-weight: bold;")
        self.body = QLabel()
        self.body.setObjectName("historyBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(title)
        layout.addWidget(self.body, 1)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.body.setText(self.tr("输入身份证号后，这里显示此人以前的来访。"))
        self.setStyleSheet("")

    def show_history(self, history: PersonHistory | None) -> None:
        if history is None:
            self.body.setText(self.tr("此身份证号没有来访记录：首次来访。"))
            self.setStyleSheet("")
            return
        lines = [
            self.tr("<b>此人已来访 %1 次</b>").replace("%1", str(history.count)),
            self.tr("最近一次：%1").replace("%1", escape(history.last_received_at)),
            "",
        ]
        for visit in history.recent:
            lines.append(f"{escape(visit.received_at[:10])}　{escape(visit.subject)}")
            lines.append(f"<span style='color:#555'>{escape(visit.serial)}</span>")
        if history.count > len(history.recent):
            lines.append(
                self.tr("……另有 %1 次").replace("%1", str(history.count - len(history.recent)))
            )
        lines.append("")
        lines.append(self.tr("同一事项再次反映的，请勾选“重复”。"))
        self.body.setText("<br>".join(lines))
        self.setStyleSheet("#historyPanel { background: #fff8e1; }")
