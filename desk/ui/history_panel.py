"""Beside the form: the earlier visits of the person whose ID number is being typed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.domain.access import HIDDEN, shown_text
from desk.domain.station import Clerk
from desk.store.visits import FINAL_STATE, EarlierVisit, PersonHistory
from desk.ui.messages import message_text
from desk.ui.naming import named


class HistoryPanel(QFrame):
    mark_repeat = Signal()  # the clerk agrees: this visit raises an earlier matter again

    def __init__(self, viewer: Clerk | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer = viewer
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
        self.suggestion = QFrame()
        self.suggestion.setObjectName("repeatSuggestion")
        self.suggestion.setStyleSheet(
            "#repeatSuggestion { background: #fde7e9; border-radius: 4px; }"
        )
        self.suggestion_text = QLabel()
        self.suggestion_text.setWordWrap(True)
        agree = named(QPushButton(self.tr("标为重复")), "markRepeat", self.tr("标为重复"))
        agree.clicked.connect(self.mark_repeat)
        box = QVBoxLayout(self.suggestion)
        box.addWidget(self.suggestion_text)
        box.addWidget(agree)
        self.suggestion.hide()
        layout.addWidget(title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.suggestion)
        self.show_nothing()

    def suggest_repeat(self, earlier: EarlierVisit | None) -> None:
        """Point at an earlier visit with the same category and involved unit, or stop."""
        if earlier is None:
            self.suggestion.hide()
            return
        text = self.tr("此人%1反映过同一分类、同一涉及单位的事项（%2）。如是同一事项，请标为重复。")
        if earlier.state == FINAL_STATE:
            text += self.tr(
                "<br><b>该事项已经复核终结：同一事实和理由，各级不再受理。</b>"
                "请向来访人说明；如有新的事实和理由，请写明。"
            )
        self.suggestion_text.setText(
            text.replace("%1", earlier.received_at[:10]).replace(
                "%2", self._subject(earlier.subject, earlier.kind)
            )
        )
        self.suggestion.show()

    def _subject(self, subject: str, kind: str) -> str:
        seen = shown_text(subject, kind=kind, clerk=self.viewer)
        return message_text(HIDDEN) if seen == HIDDEN != subject else seen

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
            subject = self._subject(visit.subject, visit.kind)
            lines.append(f"{escape(visit.received_at[:10])}　{escape(subject)}")
            lines.append(f"<span style='color:#555'>{escape(visit.serial)}</span>")
        if history.count > len(history.recent):
            lines.append(
                self.tr("……另有 %1 次").replace("%1", str(history.count - len(history.recent)))
            )
        lines.append("")
        lines.append(self.tr("同一事项再次反映的，请勾选“重复”。"))
        self.body.setText("<br>".join(lines))
        self.setStyleSheet("#historyPanel { background: #fff8e1; }")
