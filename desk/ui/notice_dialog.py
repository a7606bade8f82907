"""A notice of a case, as it will print."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desk.case_documents import notice_pdf
from desk.domain.notices import NoticeKind
from desk.ui.pdf_dialog import PdfDialog
from desk.ui.session import Session
from desk.ui.vocabulary import shown

if TYPE_CHECKING:
    from sqlite_utils import Database


class NoticeDialog(PdfDialog):
    def __init__(
        self,
        session: Session,
        serial: str,
        seq: int,
        kind: NoticeKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            session,
            title=f"{shown(kind.value)} - {serial}",
            file_name=f"{kind.value}-{serial}.pdf",
            parent=parent,
        )
        self.setObjectName("noticeDialog")
        self.serial, self.seq = serial, seq
        self.refresh()

    def job(self) -> Callable[[Database], bytes]:
        serial, seq, today = self.serial, self.seq, self.session.clock().date()
        return lambda db: notice_pdf(db, serial, seq, today=today)
