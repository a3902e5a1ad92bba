"""The sync engine: import the new and changed assignments of one repairer (C360-SYNC-1…7).

Network work runs on the event loop (qasync in the program, plain asyncio in the command line
and tests); database work runs on a single-worker executor, because a shared PostgreSQL server can
be slow and the window must never stall. The two overlap: while page *n* is being stored, page
*n + 1* is already on its way.

One run, for one repairer:

1. take the repairer's lease (another PC syncing it → skip, and say who);
2. list the assignments changed since the stored watermark (the server's ``serverTime``, never
   this PC's clock), page by page; each page is upserted in its own transaction;
3. only when the listing is complete, store the ``serverTime`` of its first page as the new
   watermark, in the transaction of the last page; a listing that breaks off leaves it as it was;
4. run the follow-up steps (estimates and photos of linked cases: ``SyncStep``);
5. record the result (time, counts, the error in Dutch) and release the lease.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol, TypeVar

from planmanager_desktop.claims360.errors import NetworkError, RateLimitedError, ServiceUnavailableError
from planmanager_desktop.claims360.models import AssignmentPage
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import Repairer, SyncState
from planmanager_desktop.persistence.settings import SettingsStore
from planmanager_desktop.sync.assignment_import import AssignmentImporter, PageCounts
from planmanager_desktop.sync.lease import LeaseAttempt, SyncLease, holder_host

log = logging.getLogger(__name__)
T = TypeVar("T")

PAGE_LIMIT = 200


class AssignmentFeed(Protocol):
    """What the engine needs of the Claims360 client for one repairer."""

    def iter_assignment_pages(
        self, updated_since: str | None = None, *, limit: int = PAGE_LIMIT
    ) -> AsyncIterator[AssignmentPage]: ...


class SyncOutcome(StrEnum):
    OK = "ok"
    SKIPPED = "skipped"  # another PC holds the lease
    ERROR = "error"


@dataclass(frozen=True)
class SyncProgress:
    repairer_id: int
    pages: int
    assignments: int


@dataclass(frozen=True)
class SyncResult:
    repairer_id: int
    repairer_name: str
    outcome: SyncOutcome
    started_at: datetime
    finished_at: datetime
    counts: PageCounts = field(default_factory=PageCounts)
    message: str = ""  # Dutch, for the info panel and the command line
    #: Claims360 could not be reached (network, 5xx, rate limit): the scheduler backs off.
    unreachable: bool = False
    #: Dutch notes of the follow-up steps (a photo skipped as corrupt, an estimate that could
    #: not be fetched); the run still counts as OK. Also kept in ``SyncState.last_error``.
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.outcome is SyncOutcome.OK


@dataclass(frozen=True)
class SyncContext:
    """What a follow-up step gets: the repairer, the feed and the counts of this run."""

    repairer_id: int
    feed: AssignmentFeed
    counts: PageCounts
    #: A step appends a Dutch sentence here for what it skipped; the run goes on.
    warnings: list[str] = field(default_factory=list)
    #: A step appends a short Dutch sentence about what it did ("3 foto's binnengehaald.").
    notes: list[str] = field(default_factory=list)


class SyncStep(Protocol):
    """A step after the assignments (estimates, photos): may not fail the whole run silently."""

    async def run(self, context: SyncContext) -> None: ...


def user_message(exc: BaseException) -> str:
    """The Dutch sentence for an error; client errors carry their own."""
    message = getattr(exc, "user_message", None)
    if isinstance(message, str) and message:
        return message
    return f"Onverwachte fout tijdens de synchronisatie ({type(exc).__name__}). Probeer later opnieuw."


class SyncEngine:
    def __init__(
        self,
        database: Database,
        settings: SettingsStore,
        importer: AssignmentImporter,
        lease: SyncLease,
        db_executor: Executor,
        *,
        steps: Sequence[SyncStep] = (),
        page_limit: int = PAGE_LIMIT,
    ) -> None:
        self._database = database
        self._settings = settings
        self._importer = importer
        self._lease = lease
        self._executor = db_executor
        self._steps = tuple(steps)
        self._page_limit = page_limit

    @property
    def db_executor(self) -> Executor:
        """The single database worker; callers that need the database off the GUI thread use it."""
        return self._executor

    async def run_db(self, func: Callable[..., T], *args: object) -> T:
        """``func(*args)`` on the database thread, awaited from the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, func, *args)

    async def sync_repairer(
        self,
        repairer_id: int,
        feed: AssignmentFeed,
        progress: Callable[[SyncProgress], None] | None = None,
    ) -> SyncResult:
        started = utcnow()
        name, attempt, watermark, queueing = await self.run_db(self._begin, repairer_id, started)
        if not attempt.acquired:
            other = holder_host(attempt.other_holder or "")
            return SyncResult(
                repairer_id,
                name,
                SyncOutcome.SKIPPED,
                started,
                utcnow(),
                message=f"Overgeslagen: {other} synchroniseert deze hersteller op dit moment.",
            )
        counts = PageCounts()
        result: SyncResult | None = None
        try:
            await self._import_assignments(repairer_id, feed, counts, progress, watermark, queueing)
            context = SyncContext(repairer_id, feed, counts)
            for step in self._steps:
                await step.run(context)
            message = " ".join([_summary(counts), *context.notes])
            if context.warnings:
                message += " Let op: " + " ".join(context.warnings)
            result = SyncResult(
                repairer_id,
                name,
                SyncOutcome.OK,
                started,
                utcnow(),
                counts,
                message,
                warnings=tuple(context.warnings),
            )
        except Exception as exc:  # the run's result, not a crash: other repairers go on
            log.warning("Synchronisatie van %s mislukt: %s", name, type(exc).__name__)
            result = SyncResult(
                repairer_id,
                name,
                SyncOutcome.ERROR,
                started,
                utcnow(),
                counts,
                user_message(exc),
                unreachable=isinstance(exc, NetworkError | ServiceUnavailableError | RateLimitedError),
            )
        finally:
            # Shielded: a cancelled run still records its end and frees the lease.
            await asyncio.shield(self.run_db(self._finish, repairer_id, result))
        return result

    def _begin(self, repairer_id: int, started: datetime) -> tuple[str, LeaseAttempt, str | None, bool]:
        """One trip to the database thread: the lease, and what the run needs to know."""
        with self._database.write():
            attempt = self._lease.acquire(repairer_id)
            if attempt.acquired:
                SyncState.update(last_started_at=started).where(SyncState.repairer == repairer_id).execute()
            return (
                repairer_name(repairer_id),
                attempt,
                _watermark(repairer_id),
                self._settings.informex_queueing,
            )

    def _finish(self, repairer_id: int, result: SyncResult | None) -> None:
        if result is not None:
            _record_result(self._database, result)
        self._lease.release(repairer_id)

    async def _import_assignments(
        self,
        repairer_id: int,
        feed: AssignmentFeed,
        counts: PageCounts,
        progress: Callable[[SyncProgress], None] | None,
        watermark: str | None,
        queueing: bool,
    ) -> None:
        first_server_time: str | None = None
        pending: asyncio.Future[PageCounts] | None = None
        pages = seen = 0
        try:
            async for page in feed.iter_assignment_pages(watermark, limit=self._page_limit):
                if first_server_time is None:
                    first_server_time = page.server_time_raw
                if pending is not None:
                    counts.add(await pending)
                    pending = None
                complete = page.next_cursor is None
                pending = asyncio.ensure_future(
                    self.run_db(
                        self._store, repairer_id, page, queueing, first_server_time if complete else None
                    )
                )
                pages += 1
                seen += len(page.items)
                if progress is not None:
                    progress(SyncProgress(repairer_id, pages, seen))
        finally:
            if pending is not None:
                counts.add(await pending)

    def _store(
        self, repairer_id: int, page: AssignmentPage, queueing: bool, watermark: str | None
    ) -> PageCounts:
        return self._importer.store_page(
            repairer_id, page.items, queueing=queueing, lease=self._lease, watermark=watermark
        )


def _summary(counts: PageCounts) -> str:
    text = f"{counts.new} nieuw, {counts.changed} gewijzigd, {counts.unchanged} ongewijzigd"
    if counts.queued:
        text += f"; {counts.queued} in de wachtrij"
    return text + "."


def repairer_name(repairer_id: int) -> str:
    repairer = Repairer.get_or_none(Repairer.id == repairer_id)
    return repairer.name if repairer else f"hersteller {repairer_id}"


def _watermark(repairer_id: int) -> str | None:
    state = SyncState.get_or_none(SyncState.repairer == repairer_id)
    return state.watermark if state else None


def _record_result(database: Database, result: SyncResult) -> None:
    with database.write():
        SyncState.update(
            last_finished_at=result.finished_at,
            last_result=result.outcome.value,
            last_error=("\n".join(result.warnings) or None) if result.ok else result.message,
            last_new=result.counts.new,
            last_changed=result.counts.changed,
            last_unchanged=result.counts.unchanged,
        ).where(SyncState.repairer == result.repairer_id).execute()
