"""asyncio tasks started from Qt slots, kept alive, watched and stopped at the end.

asyncio keeps only a weak reference to a task: one started from a button and not stored can be
garbage-collected half-way. Every task the GUI starts goes through :class:`AsyncTasks`, which
holds it until it ends, reports an unexpected exception (instead of "Task exception was never
retrieved" in a log nobody reads), and cancels and awaits what still runs when the program closes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")


class NoEventLoopError(RuntimeError):
    """No asyncio loop runs on the Qt thread (only in tests that did not install one)."""


class AsyncTasks(QObject):
    """A set of running tasks.

    Signals:
        failed(str, object): a task named ``str`` ended with this unexpected exception.
    """

    failed = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()

    def __len__(self) -> int:
        return len(self._tasks)

    def spawn(self, coro: Coroutine[Any, Any, T], name: str) -> asyncio.Task[T]:
        """Start ``coro`` on the Qt thread's loop (qasync) and keep it until it ends."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            coro.close()
            raise NoEventLoopError("Er draait geen asyncio-lus op de Qt-thread.") from None
        task = loop.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("Taak %s mislukt", task.get_name(), exc_info=exc)
            self.failed.emit(task.get_name(), exc)

    async def aclose(self) -> None:
        """Cancel every running task and wait until they have all stopped."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
