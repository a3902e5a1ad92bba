"""The background sync of the window: every ``sync.interval_minutes``, after start and after sleep.

C360-SYNC-1: every 15 minutes (the database setting ``sync.interval_minutes``, read again before
each round, so the helpdesk can change it without a restart) and once shortly after start, every
configured repairer of this PC is synced — only while Claims360 is active. A laptop that slept
through a round syncs when it wakes: a heartbeat timer notices that much more time passed than it
waited. C360-SYNC-2: **Vernieuwen** syncs one repairer at once, joining a run already going.

The sync core is Qt-free and reports through plain callbacks; they arrive on the Qt thread (the
asyncio loop is qasync's) and are re-emitted here as Qt signals, so views only connect signals.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Callable
from concurrent.futures import Executor

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from planmanager_desktop.app.async_tasks import AsyncTasks, NoEventLoopError
from planmanager_desktop.persistence.settings import SettingsStore
from planmanager_desktop.sync.engine import SyncProgress, SyncResult
from planmanager_desktop.sync.service import SyncService

log = logging.getLogger(__name__)

FIRST_RUN_MS = 10_000
HEARTBEAT_MS = 30_000
#: A heartbeat this much later than planned means the PC slept (or the clock jumped ahead).
WAKE_GAP_SECONDS = 90.0
#: After waking, give the network a moment to come back before syncing.
WAKE_DELAY_MS = 15_000
DEFAULT_INTERVAL_MINUTES = 15


class SyncScheduler(QObject):
    """Runs the sync on timers and on request; re-emits the core's callbacks as signals.

    Signals:
        result(object): a :class:`SyncResult` of one repairer (scheduled run or Vernieuwen).
        progress(object): a :class:`SyncProgress` while a repairer's pages come in.
        round_finished(object): the list of :class:`SyncResult` of one round or one Vernieuwen.
        running_changed(bool): a scheduled round or a Vernieuwen started (True) or all ended.
        task_failed(str): a sync task failed unexpectedly; the Dutch message says what to do.
    """

    result = Signal(object)
    progress = Signal(object)
    round_finished = Signal(object)
    running_changed = Signal(bool)
    task_failed = Signal(str)

    def __init__(
        self,
        sync: SyncService,
        settings: SettingsStore,
        db_executor: Executor,
        *,
        first_run_ms: int = FIRST_RUN_MS,
        heartbeat_ms: int = HEARTBEAT_MS,
        wake_delay_ms: int = WAKE_DELAY_MS,
        wall_clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._settings = settings
        self._executor = db_executor
        self._wall_clock = wall_clock
        self._monotonic = monotonic
        self._active = False
        self._round: asyncio.Task[list[SyncResult]] | None = None
        self.tasks = AsyncTasks(self)
        self.tasks.failed.connect(self._task_failed)
        #: The last result per repairer in this program (a skip is not stored in the database).
        self.last_results: dict[int, SyncResult] = {}

        self.timer = QTimer(self)  # the 15-minute round
        self.timer.setInterval(DEFAULT_INTERVAL_MINUTES * 60_000)
        self.timer.timeout.connect(self.run_scheduled)
        self.first_run_timer = QTimer(self)
        self.first_run_timer.setSingleShot(True)
        self.first_run_timer.setInterval(first_run_ms)
        self.first_run_timer.timeout.connect(self.run_scheduled)
        self.wake_timer = QTimer(self)
        self.wake_timer.setSingleShot(True)
        self.wake_timer.setInterval(wake_delay_ms)
        self.wake_timer.timeout.connect(self.run_scheduled)
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(heartbeat_ms)
        self.heartbeat.timeout.connect(self._beat)
        self._last_beat = (wall_clock(), monotonic())

        sync.result_listeners.append(self._on_result)
        sync.progress_listeners.append(self._on_progress)

    # State -----------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self._active

    @property
    def running(self) -> bool:
        return len(self.tasks) > 0

    @Slot(bool)
    def set_active(self, active: bool) -> None:
        """Only while Claims360 is active on the database (the ActivationWatcher says so)."""
        if active == self._active:
            return
        self._active = active
        if active:
            self.first_run_timer.start()
            self.timer.start()
            self._last_beat = (self._wall_clock(), self._monotonic())
            self.heartbeat.start()
        else:
            for timer in (self.timer, self.first_run_timer, self.wake_timer, self.heartbeat):
                timer.stop()

    def next_run_at(self) -> dt.datetime | None:
        """The wall-clock time of the next scheduled round (local, aware), if any."""
        if not self._active:
            return None
        pending = [t.remainingTime() for t in (self.first_run_timer, self.wake_timer) if t.isActive()]
        if self.timer.isActive():
            pending.append(self.timer.remainingTime())
        pending = [ms for ms in pending if ms >= 0]
        if not pending:
            return None
        return _local(self._wall_clock() + min(pending) / 1000)

    def retry_at(self, repairer_id: int) -> dt.datetime | None:
        """When a repairer that is backing off (Claims360 unreachable) is tried again."""
        remaining = self._sync.backoff_remaining(repairer_id)
        if remaining <= 0 or not self._active or not self.timer.isActive():
            return None
        interval = self.timer.interval() / 1000
        wait = max(self.timer.remainingTime(), 0) / 1000
        while wait < remaining and interval > 0:
            wait += interval
        return _local(self._wall_clock() + wait)

    # Running ---------------------------------------------------------------------------------
    @Slot()
    def run_scheduled(self) -> asyncio.Task[list[SyncResult]] | None:
        """One round for every configured repairer; a round still going is not started twice."""
        if not self._active:
            return None
        if self._round is not None and not self._round.done():
            log.info("Vorige synchronisatieronde loopt nog; deze ronde wordt overgeslagen")
            return None
        try:
            self._round = self._spawn(self._scheduled_round(), "claims360-sync-ronde")
        except NoEventLoopError:
            log.warning("Geen asyncio-lus: geplande synchronisatie overgeslagen")
            return None
        return self._round

    def refresh(self, repairer_id: int) -> asyncio.Task[list[SyncResult]]:
        """C360-SYNC-2: **Vernieuwen** — sync this repairer now (joins a run already going)."""
        return self._spawn(self._refresh(repairer_id), f"claims360-vernieuwen-{repairer_id}")

    def _spawn(self, coro: object, name: str) -> asyncio.Task[list[SyncResult]]:
        was_running = self.running
        task: asyncio.Task[list[SyncResult]] = self.tasks.spawn(coro, name)  # type: ignore[arg-type]
        task.add_done_callback(self._task_ended)
        if not was_running:
            self.running_changed.emit(True)
        return task

    def _task_ended(self, _task: asyncio.Task[list[SyncResult]]) -> None:
        if not self.running:
            self.running_changed.emit(False)

    async def _scheduled_round(self) -> list[SyncResult]:
        loop = asyncio.get_running_loop()
        minutes = await loop.run_in_executor(self._executor, self._interval_minutes)
        if self.timer.interval() != minutes * 60_000 and self._active:
            self.timer.start(minutes * 60_000)
        results = await self._sync.sync_all(scheduled=True)
        self.round_finished.emit(results)
        return results

    async def _refresh(self, repairer_id: int) -> list[SyncResult]:
        results = [await self._sync.sync_one(repairer_id)]
        self.round_finished.emit(results)
        return results

    def _interval_minutes(self) -> int:
        try:
            return max(1, int(self._settings.sync_interval_minutes))
        except Exception:  # a broken setting must not stop the sync: keep the default
            log.warning("sync.interval_minutes onleesbaar; %d minuten gebruikt", DEFAULT_INTERVAL_MINUTES)
            return DEFAULT_INTERVAL_MINUTES

    @Slot()
    def _beat(self) -> None:
        wall, mono = self._wall_clock(), self._monotonic()
        last_wall, last_mono = self._last_beat
        self._last_beat = (wall, mono)
        expected = self.heartbeat.interval() / 1000
        gap = max(wall - last_wall, mono - last_mono) - expected
        if gap > WAKE_GAP_SECONDS and self._active:
            log.info("De pc was %.0f s weg (slaapstand); synchronisatie volgt", gap)
            self.wake_timer.start()

    # Core callbacks → signals ----------------------------------------------------------------
    def _on_result(self, result: SyncResult) -> None:
        self.last_results[result.repairer_id] = result
        self.result.emit(result)

    def _on_progress(self, progress: SyncProgress) -> None:
        self.progress.emit(progress)

    @Slot(str, object)
    def _task_failed(self, _name: str, exc: object) -> None:
        message = getattr(exc, "user_message", None) or self.tr(
            "De synchronisatie met Claims360 liep onverwacht mis ({error}). PlanManager probeert het "
            "bij de volgende ronde opnieuw; blijft het misgaan, neem dan contact op met de helpdesk."
        ).format(error=type(exc).__name__)
        self.task_failed.emit(message)

    # Closing ---------------------------------------------------------------------------------
    def detach(self) -> None:
        """Stop the timers and stop listening to the core (the window closes)."""
        self.set_active(False)
        for listeners, callback in (
            (self._sync.result_listeners, self._on_result),
            (self._sync.progress_listeners, self._on_progress),
        ):
            if callback in listeners:
                listeners.remove(callback)

    async def aclose(self) -> None:
        """Stop everything this scheduler started and close the shared Claims360 connections."""
        self.detach()
        await self.tasks.aclose()
        await self._sync.aclose()


def _local(timestamp: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(timestamp).astimezone()
