"""关于: the program's version and the licenses of the parts it carries."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.about import FONTS, PARTS, font_license, program_version, python_version, version_of
from desk.ui.naming import named


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("关于信访接待台"))
        self.resize(760, 600)
        title = QLabel(self.tr("信访接待台　版本 %1").replace("%1", program_version()))
        title.setObjectName("aboutVersion")
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        purpose = QLabel(
            self.tr(
                "村级群众工作站和乡镇信访办的接待、登记、办理与同步工具。离线使用，数据只存在本机。"
            )
        )
        purpose.setWordWrap(True)
        self.details = named(QTextBrowser(), "aboutDetails", self.tr("组成部分和许可证"))
        self.details.setHtml(self._details_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _details_html(self) -> str:
        rows = [
            (self.tr("Python"), python_version(), "PSF"),
            (self.tr("Qt"), qVersion(), "LGPL-3.0"),
            *((part.name, version_of(part), part.license) for part in PARTS),
        ]
        table = "".join(
            f"<tr><td>{escape(name)}</td><td>{escape(version)}</td><td>{escape(kind)}</td></tr>"
            for name, version, kind in rows
        )
        fonts = "".join(
            f"<h4>{escape(family)}（{escape(kind)}）</h4>"
            f"<pre style='font-size: 8pt'>{escape(font_license(file_name))}</pre>"
            for family, kind, file_name in FONTS
        )
        # Outside the f-string, where lupdate finds them.
        parts, name, version, license_, bundled = (
            escape(text)
            for text in (
                self.tr("组成部分"),
                self.tr("名称"),
                self.tr("版本"),
                self.tr("许可证"),
                self.tr("随程序附带的字体"),
            )
        )
        return (
            f"<h3>{parts}</h3>"
            f"<table cellpadding='3'><tr><th align='left'>{name}</th>"
            f"<th align='left'>{version}</th>"
            f"<th align='left'>{license_}</th></tr>{table}</table>"
            f"<h3>{bundled}</h3>{fonts}"
        )
