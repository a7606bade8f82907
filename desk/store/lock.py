"""One program instance per database file: an operating-system lock beside the file.

The lock dies with the process (SIGKILL and power cuts included), so a crash never leaves the
station locked out.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout


class DatabaseInUse(RuntimeError):
    """Another desk process has this database open."""


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.path = Path(str(db_path) + ".lock")
        self._lock = FileLock(self.path, timeout=0)

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire()
        except Timeout:
            raise DatabaseInUse(
                f"数据库 {self.path.with_suffix('')} 已被另一个信访接待台程序打开"
            ) from None

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()
