"""Syncing every repairer of this PC: one run per repairer at a time, failures kept apart.

The GUI's scheduler and **Vernieuwen**, and the ``sync`` command, all go through
:class:`SyncService`:

* only repairers whose configuration is complete *and* whose keys are in this PC's keyring are
  synced; the others are reported, with the reason;
* never two runs of one repairer at once in this process: a **Vernieuwen** during a scheduled
  run joins that run (C360-SYNC-2);
* one repairer's failure does not stop the others (C360-SYNC-6);
* Claims360 unreachable → the scheduler backs off for that repairer (1, 2, 4 … 30 minutes);
  a person who presses **Vernieuwen** is not made to wait;
* one :class:`Claims360Http` (one connection pool) per base URL, replaced when the helpdesk
  changes ``claims360.base_url``.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Callable
from dataclasses import dataclass

from planmanager_desktop.claims360.client import Claims360Http
from planmanager_desktop.domain.claims360_config import STATUS_LABELS, Claims360ConfigService, LinkStatus
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.settings import SettingsStore
from planmanager_desktop.sync.engine import (
    SyncEngine,
    SyncOutcome,
    SyncProgress,
    SyncResult,
    repairer_name,
)

BACKOFF_FIRST_SECONDS = 60.0
BACKOFF_MAX_SECONDS = 30 * 60.0

HttpFactory = Callable[[str], Claims360Http]
ResultListener = Callable[[SyncResult], None]
ProgressListener = Callable[[SyncProgress], None]


@dataclass(frozen=True)
class RepairerTarget:
    repairer_id: int
    name: str
    status: LinkStatus


@dataclass
class _Backoff:
    failures: int = 0
    until: float = 0.0


class SyncService:
    def __init__(
        self,
        engine: SyncEngine,
        config: Claims360ConfigService,
        settings: SettingsStore,
        *,
        http_factory: HttpFactory | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._engine = engine
        self._config = config
        self._settings = settings
        self._http_factory = http_factory or (lambda url: Claims360Http(url))
        self._http: Claims360Http | None = None
        self._clock = clock
        self._running: dict[int, asyncio.Task[SyncResult]] = {}
        self._backoff: dict[int, _Backoff] = {}
        self.result_listeners: list[ResultListener] = []
        self.progress_listeners: list[ProgressListener] = []

    # Which repairers --------------------------------------------------------------------------
    def targets(self) -> list[RepairerTarget]:
        """Every repairer with its link status on this PC (database + keyring work)."""
        return [RepairerTarget(r.id, r.name, status) for r, status in self._config.statuses()]

    def is_running(self, repairer_id: int) -> bool:
        task = self._running.get(repairer_id)
        return task is not None and not task.done()

    def backoff_remaining(self, repairer_id: int) -> float:
        backoff = self._backoff.get(repairer_id)
        return max(0.0, backoff.until - self._clock()) if backoff else 0.0

    # Running ----------------------------------------------------------------------------------
    async def sync_one(self, repairer_id: int) -> SyncResult:
        """Sync one repairer now, or join the run already going (C360-SYNC-2)."""
        task = self._running.get(repairer_id)
        if task is None or task.done():
            task = asyncio.create_task(self._run(repairer_id), name=f"sync-{repairer_id}")
            self._running[repairer_id] = task
            task.add_done_callback(functools.partial(self._forget, repairer_id))
        return await asyncio.shield(task)

    async def sync_all(self, *, scheduled: bool = False) -> list[SyncResult]:
        """Every repairer of this PC, side by side; one failure does not stop the others."""
        targets = await self._engine.run_db(self.targets)
        wanted = [t for t in targets if t.status is LinkStatus.CONFIGURED]
        if scheduled:
            wanted = [t for t in wanted if self.backoff_remaining(t.repairer_id) == 0]
        return list(await asyncio.gather(*(self.sync_one(t.repairer_id) for t in wanted)))

    async def _run(self, repairer_id: int) -> SyncResult:
        run_db = self._engine.run_db
        credentials = await run_db(self._config.credentials, repairer_id)
        if credentials is None:
            status = await run_db(self._config.status, repairer_id)
            now = utcnow()
            result = SyncResult(
                repairer_id,
                await run_db(repairer_name, repairer_id),
                SyncOutcome.ERROR,
                now,
                now,
                message=_not_linked_message(status),
            )
        else:
            http = await self.http()
            result = await self._engine.sync_repairer(repairer_id, http.client(credentials), self._progress)
        self._note_backoff(result)
        for listener in list(self.result_listeners):
            listener(result)
        return result

    def _progress(self, progress: SyncProgress) -> None:
        for listener in list(self.progress_listeners):
            listener(progress)

    def _note_backoff(self, result: SyncResult) -> None:
        if not result.unreachable:
            self._backoff.pop(result.repairer_id, None)
            return
        backoff = self._backoff.setdefault(result.repairer_id, _Backoff())
        backoff.failures += 1
        delay = min(BACKOFF_MAX_SECONDS, BACKOFF_FIRST_SECONDS * 2 ** (backoff.failures - 1))
        backoff.until = self._clock() + delay

    def _forget(self, repairer_id: int, task: asyncio.Task[SyncResult]) -> None:
        if self._running.get(repairer_id) is task:
            del self._running[repairer_id]

    async def http(self) -> Claims360Http:
        """The shared client for the current ``claims360.base_url``."""
        url = await self._engine.run_db(lambda: self._settings.claims360_base_url)
        if self._http is None or self._http.base_url != url.rstrip("/"):
            if self._http is not None:
                await self._http.aclose()
            self._http = self._http_factory(url)
        return self._http

    async def aclose(self) -> None:
        for task in list(self._running.values()):
            task.cancel()
        if self._running:
            await asyncio.gather(*self._running.values(), return_exceptions=True)
        if self._http is not None:
            await self._http.aclose()
            self._http = None


def _not_linked_message(status: LinkStatus) -> str:
    if status is LinkStatus.KEYS_NOT_ON_THIS_PC:
        return (
            "Deze pc heeft de API-sleutels van deze hersteller niet ("
            + STATUS_LABELS[status]
            + "). Koppel deze pc door de sleutels opnieuw in te geven op de Claims360-pagina."
        )
    return "De Claims360-configuratie van deze hersteller is onvolledig. Stel ze in op de Claims360-pagina."
