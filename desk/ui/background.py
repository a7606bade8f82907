"""Database work off the UI thread.

One worker thread owns the database connection and runs jobs in the order they were given, so a
draft save, a visit save and a lookup never overlap. Results and errors come back on the UI
thread through a queued signal; a job never touches a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from sqlite_utils import Database

T = TypeVar("T")
log = logging.getLogger(__name__)


class DbWorker(QObject):
    _finished = Signal(object, object, object)  # callback, result or error, owner

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-db")
        self._pending: set[Future[Any]] = set()
        self._finished.connect(self._deliver)

    def submit(
        self,
        job: Callable[[Database], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> Future[T]:
        """Run `job(db)` on the worker thread; then, on the UI thread, `on_done(result)` or
        `on_error(exception)`, unless `owner` (by default the object of a bound-method callback)
        has been deleted meanwhile: a closed page is not called back."""
        owner = owner or getattr(on_done, "__self__", None)
        future = self._executor.submit(job, self.db)
        self._pending.add(future)

        def finished(done: Future[T]) -> None:
            error = done.exception()
            if error is not None:
                self._finished.emit(on_error or _log_error, error, owner)
            elif on_done is not None:
                self._finished.emit(on_done, done.result(), owner)
            self._pending.discard(done)

        future.add_done_callback(finished)
        return future

    def _deliver(self, callback: Callable[[Any], None], value: Any, owner: object) -> None:
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            return
        callback(value)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self) -> None:
        """Finish queued jobs (a save in flight completes) and stop the thread."""
        self._executor.shutdown(wait=True)


def _log_error(error: Exception) -> None:
    log.error("database job failed", exc_info=error)
