"""New estimate versions of linked cases, during the sync (C360-DOS-2, C360-DOS-3, C360-SYNC-5).

A follow-up :class:`~planmanager_desktop.sync.engine.SyncStep`:

* always: a dossier whose case has an estimate gets ``Dossier.c360_estimate_id``, so that
  "Dossier synchroniseren met Claims360" appears in its "i" menu (also for a dossier that was
  exported, whose assignment was linked without the placement that would set it);
* with ``informex_queueing`` on: each estimate version that the dossier has neither accepted nor
  seen in the Wachtrij before is fetched and stored as a :class:`PendingEstimate`, where a person
  accepts or rejects it, like an assignment;
* with queueing off: nothing is accepted automatically; the user accepts through the pop-up.

Only the assignments' own fields are read to decide (the listing already carries the estimate
id and version), so a sync without new versions costs no request.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, runtime_checkable

from planmanager_desktop.claims360.errors import (
    Claims360Error,
    NetworkError,
    RateLimitedError,
    ServiceUnavailableError,
)
from planmanager_desktop.claims360.models import Estimate
from planmanager_desktop.domain.estimates import EstimateService
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.models import (
    Assignment,
    Dossier,
    EstimateVersion,
    PendingEstimate,
)
from planmanager_desktop.persistence.settings import SettingsStore
from planmanager_desktop.sync.engine import SyncContext

T = TypeVar("T")


@runtime_checkable
class EstimateFeed(Protocol):
    async def get_estimate_version(
        self, case_id: str, version: int, *, deadline: float | None = None
    ) -> Estimate: ...


@dataclass(frozen=True)
class LinkedEstimate:
    assignment_id: int
    assignment_number: str
    dossier_id: int
    dossier_number: str
    case_id: str
    estimate_id: str
    version: int


class EstimateCheckStep:
    def __init__(
        self,
        database: Database,
        settings: SettingsStore,
        estimates: EstimateService,
        db_executor: Executor,
    ) -> None:
        self._database = database
        self._settings = settings
        self._estimates = estimates
        self._executor = db_executor
        #: Versions put in the Wachtrij by the last run.
        self.last_queued = 0

    async def _db(self, func: Callable[..., T], *args: object) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, func, *args)

    async def run(self, context: SyncContext) -> None:
        self.last_queued = 0
        linked = await self._db(self._link_estimates, context.repairer_id)
        queueing = await self._db(lambda: self._settings.informex_queueing)
        feed = context.feed
        if not queueing or not linked or not isinstance(feed, EstimateFeed):
            return
        new = await self._db(_not_seen, linked)
        for item in new:
            try:
                estimate = await feed.get_estimate_version(item.case_id, item.version)
            except (NetworkError, ServiceUnavailableError, RateLimitedError):
                context.warnings.append(
                    "Nieuwe bestekken konden niet opgehaald worden omdat Claims360 niet bereikbaar "
                    "was; de volgende synchronisatie probeert het opnieuw."
                )
                return
            except Claims360Error as exc:
                context.warnings.append(
                    f"Versie {item.version} van het bestek van opdracht {item.assignment_number} "
                    f"(dossier {item.dossier_number}) kon niet opgehaald worden: {exc.user_message}"
                )
                continue
            queued = await self._db(self._estimates.queue, item.dossier_id, item.assignment_id, estimate)
            self.last_queued += int(queued)
        if self.last_queued:
            context.notes.append(
                f"{self.last_queued} nieuw{'' if self.last_queued == 1 else 'e'} "
                f"bestek{'' if self.last_queued == 1 else 'ken'} in de wachtrij."
            )

    def _link_estimates(self, repairer_id: int) -> list[LinkedEstimate]:
        query: Any = (
            Assignment.select(
                Assignment.id,
                Assignment.number,
                Assignment.dossier,
                Assignment.case_id,
                Assignment.estimate_id,
                Assignment.estimate_version,
                Dossier.number.alias("dossier_number"),
                Dossier.c360_estimate_id.alias("dossier_estimate_id"),
            )
            .join(Dossier, on=(Assignment.dossier == Dossier.id))
            .where(
                (Assignment.repairer == repairer_id)
                & Assignment.estimate_id.is_null(False)
                & Assignment.case_id.is_null(False)
            )
            .dicts()
        )
        rows: list[dict[str, Any]] = list(query)
        stale = [r for r in rows if r["dossier_estimate_id"] != r["estimate_id"]]
        if stale:
            with self._database.write():
                for r in stale:
                    Dossier.update(c360_estimate_id=r["estimate_id"]).where(
                        Dossier.id == r["dossier"]
                    ).execute()
        return [
            LinkedEstimate(
                r["id"],
                r["number"],
                r["dossier"],
                r["dossier_number"],
                r["case_id"],
                r["estimate_id"],
                r["estimate_version"],
            )
            for r in rows
            if r["estimate_version"] is not None
        ]


def _not_seen(linked: list[LinkedEstimate]) -> list[LinkedEstimate]:
    """The versions neither accepted into their dossier nor ever put in the Wachtrij."""
    dossier_ids = sorted({item.dossier_id for item in linked})
    seen: set[tuple[int, str | None, int | None]] = set()
    for start in range(0, len(dossier_ids), 500):
        chunk = dossier_ids[start : start + 500]
        for v in EstimateVersion.select(
            EstimateVersion.dossier, EstimateVersion.remote_estimate_id, EstimateVersion.remote_version
        ).where(EstimateVersion.dossier.in_(chunk) & EstimateVersion.remote_version.is_null(False)):
            seen.add((v.dossier_id, v.remote_estimate_id, v.remote_version))
        for p in PendingEstimate.select(
            PendingEstimate.dossier, PendingEstimate.remote_estimate_id, PendingEstimate.remote_version
        ).where(PendingEstimate.dossier.in_(chunk)):
            seen.add((p.dossier_id, p.remote_estimate_id, p.remote_version))
    return [item for item in linked if (item.dossier_id, item.estimate_id, item.version) not in seen]
