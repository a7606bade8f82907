"""The first window of a database listens; a second start asks it to come forward."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"


def server_name(db_path: Path) -> str:
    digest = hashlib.sha256(str(db_path.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"desk-{digest}"


class InstanceServer(QObject):
    raise_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(db_path)
        # Only called while holding the database's lock: a leftover socket is from a dead process.
        QLocalServer.removeServer(name)
        self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.waitForReadyRead(500)
            if connection.readAll().data().startswith(RAISE.strip()):
                self.raise_requested.emit()
            connection.disconnectFromServer()


def ask_first_instance_to_raise(db_path: Path) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(1000):
        return False
    socket.write(RAISE)
    socket.waitForBytesWritten(1000)
    socket.disconnectFromServer()
    return True
