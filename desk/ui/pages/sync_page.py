"""同步: the station's page (export, feedback, history) or the township's (import, stations,
feedback), by how this computer was set up."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk.ui.pages.station_sync import StationSync
from desk.ui.pages.township_sync import TownshipSync
from desk.ui.session import Session


class SyncPage(QWidget):
    records_changed = Signal()  # a file loaded: the 台账 and the 待办 may have changed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        township = session.station.is_township
        title = QLabel(self.tr("同步（乡镇）") if township else self.tr("同步（报送乡镇）"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.content: StationSync | TownshipSync = (
            TownshipSync(session) if township else StationSync(session)
        )
        self.content.records_changed.connect(self.records_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.content, 1)
