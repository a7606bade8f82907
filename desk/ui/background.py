"""Work off the UI thread.

A Worker is one thread that runs jobs in the order they were given; results and errors come
back on the UI thread through a queued signal, and a job never touches a widget. The DbWorker
owns the database connection, so a draft save, a visit save and a lookup never overlap; slow
jobs without the database (printing) get a Worker of their own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from sqlite_utils import Database

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Delivery:
    callback: Callable[[Any], None]
    value: Any
    owner: QObject | None


class Worker(QObject):
    # One Python object per emission: PySide6 miscounts references to None passed as a
    # signal argument across threads, and a long session then crashes on freeing None.
    _finished = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"desk-{name}")
        self._pending: set[Future[Any]] = set()
        self._finished.connect(self._deliver)

    def run(
        self,
        job: Callable[[], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> Future[T]:
        """Run `job()` on the worker thread; then, on the UI thread, `on_done(result)` or
        `on_error(exception)`, unless `owner` (by default the object of a bound-method callback)
        has been deleted meanwhile: a closed page is not called back."""
        owner = owner or getattr(on_done, "__self__", None)
        future = self._executor.submit(job)
        self._pending.add(future)

        def finished(done: Future[T]) -> None:
            error = done.exception()
            if error is not None:
                self._finished.emit(_Delivery(on_error or _log_error, error, owner))
            elif on_done is not None:
                self._finished.emit(_Delivery(on_done, done.result(), owner))
            self._pending.discard(done)

        future.add_done_callback(finished)
        return future

    def _deliver(self, delivery: _Delivery) -> None:
        if isinstance(delivery.owner, QObject) and not shiboken6.isValid(delivery.owner):
            return
        delivery.callback(delivery.value)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self) -> None:
        """Finish queued jobs (a save in flight completes) and stop the thread."""
        self._executor.shutdown(wait=True)


class DbWorker(Worker):
    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__("db", parent)
        self.db = db

    def submit(
        self,
        job: Callable[[Database], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> Future[T]:
        """Run `job(db)` on the database thread; see Worker.run."""
        owner = owner or getattr(on_done, "__self__", None)
        return self.run(lambda: job(self.db), on_done=on_done, on_error=on_error, owner=owner)


def _log_error(error: Exception) -> None:
    log.error("background job failed", exc_info=error)
