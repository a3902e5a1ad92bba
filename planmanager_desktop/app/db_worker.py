"""Database work off the GUI thread, results back on it.

A query on a shared PostgreSQL server over a slow office network can take seconds; run on the
GUI thread it would freeze every window. The application owns one single-worker
:class:`~concurrent.futures.ThreadPoolExecutor` (one worker: requests run in the order they were
made, and the worker thread holds one database connection of its own, which peewee keeps per
thread). :class:`DbWorker` submits to it and delivers each result through a queued Qt signal, so
callbacks always run on the GUI thread and may touch widgets.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from planmanager_desktop.persistence.database import Database

log = logging.getLogger(__name__)


def new_executor() -> ThreadPoolExecutor:
    """The application's one database thread."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="planmanager-db")


@dataclass
class _Pending:
    on_result: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
    owner: QObject | None


class DbWorker(QObject):
    """Submits database work to the executor; calls back on the GUI thread.

    Signals:
        busy_changed(bool): True while work is queued or running (for a busy indicator).
    """

    busy_changed = Signal(bool)
    _finished = Signal(int, object, object)

    def __init__(
        self, executor: ThreadPoolExecutor, database: Database | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._executor = executor
        self._database = database
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._closed = False
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def submit(
        self,
        work: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> Future[Any]:
        """Run ``work()`` on the database thread; then ``on_result(value)`` or ``on_error(exc)``.

        When ``owner`` (a widget or model) has been deleted by then, the callback is skipped.
        """
        if self._closed:
            raise RuntimeError("DbWorker is afgesloten")
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(on_result, on_error, owner)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        future = self._executor.submit(work)
        future.add_done_callback(lambda f: self._report(task_id, f))
        return future

    def _report(self, task_id: int, future: Future[Any]) -> None:
        # Runs on the worker thread: only emit, the queued connection crosses to the GUI thread.
        exc = future.exception()
        result = None if exc is not None else future.result()
        if shiboken6.isValid(self):
            self._finished.emit(task_id, result, exc)

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: object, exc: object) -> None:
        pending = self._pending.pop(task_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if pending is None or (pending.owner is not None and not shiboken6.isValid(pending.owner)):
            return
        if isinstance(exc, BaseException):
            if pending.on_error is not None:
                pending.on_error(exc)
            else:
                log.error("Databankopdracht mislukt", exc_info=exc)
            return
        pending.on_result(result)

    def run_now(self, work: Callable[[], Any]) -> Any:
        """Run on the database thread and wait: for short writes that must finish before going on."""
        return self._executor.submit(work).result()

    def shutdown(self) -> None:
        """Close the worker thread's own connection, then stop the thread (waits for running work)."""
        if self._closed:
            return
        self._closed = True
        if self._database is not None:
            try:
                self._executor.submit(self._database.close).result(timeout=30)
            except Exception:  # a dead connection cannot be closed more
                log.exception("De databankverbinding van de achtergrondtaak kon niet gesloten worden")
        self._executor.shutdown(wait=True)
        self._pending.clear()
