"""Photos of linked Claims360 cases into their dossiers, during the sync (C360-PHO-1, C360-PHO-3).

A follow-up :class:`~planmanager_desktop.sync.engine.SyncStep`. Cheap when nothing changed: a
case's photo list is asked for only when its ``photoCount`` (``Assignment.photo_count``) differs
from the count already handled (``Assignment.photos_known``), and only for assignments that are
linked to a dossier.

Every photo from the network is untrusted (C360-PHO-3):

* its name from the server never becomes a path: the bytes go to a ``.part`` file in a folder of
  this run (``<store>/incoming``), under a name the program chooses, and once checked are renamed
  into the photo store under another (a rename on the same disk, not a second write);
* the size limit is enforced while streaming (a lying or missing ``Content-Length`` does not
  matter) and the type must be JPEG or PNG (the client does this while streaming);
* then, a case at a time, in a helper process (:mod:`~planmanager_desktop.sync.photo_checker`,
  running :mod:`~planmanager_desktop.domain.photo_check`): the sha256 against the listing, the
  structure (:mod:`~planmanager_desktop.domain.image_structure`: a whole JPEG or PNG within the
  pixel limit), an fsync so the photo is on the disk before the database records it, and the
  rename into the store. Its pixels are decoded later, once, when its thumbnail is made
  (decoding every photo here cost more CPU than downloading it); the checks run outside this
  process because on a thread they kept the event loop waiting for Python's lock;
* a corrupt or oversized photo is skipped with a Dutch sentence in the run's warnings (the info
  panel) and remembered in :class:`SkippedRemotePhoto`, so the same bytes are not fetched on every
  sync; the rest of the sync goes on.

Each photo is stored once: it is skipped before downloading when the dossier already has its
Claims360 id or its sha256 (e.g. a photo this PC uploaded), and the unique indexes on
``(dossier, remote_photo_id)`` and ``(dossier, sha256)`` settle two PCs racing.
``photos_known`` moves only when every photo of the listing was handled; a photo that failed for
a passing reason (network) is tried again next time.

The database thread is visited once to plan the run (the cases and what their dossiers already
have) and once per group of finished cases (:class:`_CaseRecorder`): their photos, refusals and
``photos_known`` in one transaction, written with :mod:`~planmanager_desktop.persistence.bulk`
statements. Per-photo queries on the single database thread used to cost more than the
downloads (and the GIL they held slowed the event loop).
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar, runtime_checkable

from planmanager_desktop.claims360.client import MAX_PHOTO_BYTES, PHOTO_TYPES, DownloadedPhoto
from planmanager_desktop.claims360.errors import (
    Claims360Error,
    NetworkError,
    PhotoIntegrityError,
    RateLimitedError,
    ServiceUnavailableError,
)
from planmanager_desktop.claims360.models import PhotoInfo
from planmanager_desktop.domain.photo_check import Adopted, DiskFailure, Download, Refused
from planmanager_desktop.domain.photos import PhotoService, StoredPhoto
from planmanager_desktop.persistence import bulk
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.models import (
    Assignment,
    Dossier,
    Photo,
    PhotoSource,
    SkippedRemotePhoto,
)
from planmanager_desktop.sync.engine import SyncContext
from planmanager_desktop.sync.photo_checker import PhotoChecker

log = logging.getLogger(__name__)
T = TypeVar("T")

DEFAULT_CONCURRENCY = 6
#: Listings asked at once (each is one small JSON request).
LIST_CONCURRENCY = 4
_STALE_SECONDS = 3600.0
_NOT_A_PHOTO = "het bestand is geen JPEG- of PNG-foto."
#: Dossier ids per ``IN (…)`` (SQLite allows 32,766 parameters; keep statements modest).
_IN_CHUNK = 500


@runtime_checkable
class PhotoFeed(Protocol):
    """What the step needs of the Claims360 client."""

    async def list_photos(self, case_id: str, *, deadline: float | None = None) -> tuple[PhotoInfo, ...]: ...

    async def download_photo(
        self,
        case_id: str,
        photo_id: str,
        dest_path: Path | str,
        *,
        max_bytes: int = ...,
        expected_sha256: str | None = None,
        compute_sha256: bool = True,
        deadline: float | None = None,
    ) -> DownloadedPhoto: ...


@dataclass(frozen=True)
class CaseTarget:
    assignment_id: int
    assignment_number: str
    case_id: str
    dossier_id: int
    dossier_number: str
    photo_count: int


@dataclass
class KnownPhotos:
    """What a dossier already has or refused: its photos' Claims360 ids and sha256s, its skips."""

    ids: set[str] = field(default_factory=set)
    shas: set[str] = field(default_factory=set)
    skipped: set[tuple[str, str]] = field(default_factory=set)


@dataclass(frozen=True)
class _Skip:
    info: PhotoInfo
    message: str


@dataclass(frozen=True)
class _Fetched:
    """A photo downloaded into the run's folder, waiting for its case's check."""

    info: PhotoInfo
    path: Path
    size: int


@dataclass
class _CaseBatch:
    """A case's outcome, written to the database in one transaction when the case is done."""

    stored: list[StoredPhoto] = field(default_factory=list)
    skips: list[_Skip] = field(default_factory=list)


@dataclass
class PhotoImportCounts:
    cases_listed: int = 0
    imported: int = 0
    already_known: int = 0
    skipped: int = 0
    failed: int = 0


class _Unreachable(Exception):
    """Claims360 stopped answering: no use asking for the other cases in this run."""


def safe_label(name: str | None, limit: int = 80) -> str:
    """A server-given file name made fit for a sentence (never for a path)."""
    text = "".join(ch for ch in (name or "") if ch.isprintable())[:limit].strip()
    return text or "zonder naam"


class PhotoImportStep:
    def __init__(
        self,
        database: Database,
        photos: PhotoService,
        db_executor: Executor,
        checker: PhotoChecker,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        max_bytes: int = MAX_PHOTO_BYTES,
    ) -> None:
        if not 1 <= concurrency <= 16:
            raise ValueError("concurrency must be 1..16")
        self._database = database
        self._photos = photos
        self._executor = db_executor
        self.checker = checker
        self._concurrency = concurrency
        self._max_bytes = max_bytes
        #: The counts of the last run (for tests, the benchmark and the info panel).
        self.last_counts = PhotoImportCounts()

    async def _db(self, func: Callable[..., T], *args: object) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, func, *args)

    @property
    def incoming_root(self) -> Path:
        return self._photos.store.root / "incoming"

    async def run(self, context: SyncContext) -> None:
        feed = context.feed
        counts = self.last_counts = PhotoImportCounts()
        if not isinstance(feed, PhotoFeed):
            return
        targets, known = await self._db(plan_cases, context.repairer_id)
        if not targets:
            return
        work_dir = await asyncio.to_thread(self._new_work_dir)
        downloads = asyncio.Semaphore(self._concurrency)
        listings = asyncio.Semaphore(LIST_CONCURRENCY)
        recorder = _CaseRecorder(self, len(targets), counts)
        run = _Run(feed, work_dir, downloads, counts, context.warnings, recorder)
        try:
            results = await asyncio.gather(
                *(
                    self._import_case_then_done(
                        run, target, known.get(target.dossier_id, KnownPhotos()), listings
                    )
                    for target in targets
                ),
                return_exceptions=True,
            )
        finally:
            await asyncio.to_thread(shutil.rmtree, work_dir, True)
        if any(isinstance(r, _Unreachable) for r in results):
            context.warnings.append(
                "De foto's van sommige opdrachten konden niet opgehaald worden omdat Claims360 "
                "niet bereikbaar was; de volgende synchronisatie probeert het opnieuw."
            )
        for result in results:
            if isinstance(result, BaseException) and not isinstance(result, _Unreachable):
                raise result
        if counts.imported:
            noun = "foto" if counts.imported == 1 else "foto's"
            context.notes.append(f"{counts.imported} {noun} uit Claims360 binnengehaald.")

    def _new_work_dir(self) -> Path:
        """A folder of this run for the ``.part`` files; leftovers of a crash are removed."""
        root = self.incoming_root
        root.mkdir(parents=True, exist_ok=True)
        now = time.time()
        for old in root.iterdir():
            try:
                if now - old.stat().st_mtime > _STALE_SECONDS:
                    if old.is_dir():
                        shutil.rmtree(old, ignore_errors=True)
                    else:
                        old.unlink(missing_ok=True)
            except OSError:
                continue
        work = root / uuid.uuid4().hex
        work.mkdir()
        return work

    async def _import_case_then_done(
        self, run: _Run, target: CaseTarget, known: KnownPhotos, listings: asyncio.Semaphore
    ) -> None:
        try:
            await self._import_case(run, target, known, listings)
        finally:
            run.recorder.case_ended(target)

    async def _import_case(
        self, run: _Run, target: CaseTarget, known: KnownPhotos, listings: asyncio.Semaphore
    ) -> None:
        async with listings:
            try:
                listing = await run.feed.list_photos(target.case_id)
            except (NetworkError, ServiceUnavailableError, RateLimitedError):
                raise _Unreachable() from None
            except Claims360Error as exc:
                run.warnings.append(
                    f"De foto's van opdracht {target.assignment_number} (dossier "
                    f"{target.dossier_number}) konden niet opgevraagd worden: {exc.user_message}"
                )
                run.counts.failed += 1
                return
        run.counts.cases_listed += 1
        batch = _CaseBatch()
        downloads = []
        seen_shas = set(known.shas)
        for info in listing:
            if info.photo_id in known.ids or info.sha256 in seen_shas:
                run.counts.already_known += 1
                continue
            if (info.photo_id, info.sha256) in known.skipped:
                continue
            seen_shas.add(info.sha256)  # the same bytes twice in one listing: fetch once
            downloads.append(self._download(run, target, info, batch))
        outcomes: list[object] = list(await asyncio.gather(*downloads, return_exceptions=True))
        fetched = [(index, o) for index, o in enumerate(outcomes) if isinstance(o, _Fetched)]
        if fetched:  # the case's photos in one hand-over to the checker, not one per photo
            checked = await self.checker.check(
                [Download(f.path, f.info.sha256) for _, f in fetched],
                self._photos.store.root,
                self._max_bytes,
            )
            for (index, photo), result in zip(fetched, checked, strict=True):
                outcomes[index] = self._checked(run, target, photo, result, batch)
        unreachable: _Unreachable | None = None
        failure: BaseException | None = None
        for outcome in outcomes:
            if isinstance(outcome, _Unreachable):
                unreachable = unreachable or outcome
            elif isinstance(outcome, BaseException):
                failure = failure or outcome
        complete = unreachable is None and failure is None and all(o is True for o in outcomes)
        # What came in is recorded even when the case stops half-way: the files are in the store.
        await run.recorder.record(_Finished(target, batch, len(listing) if complete else None))
        if failure is not None:
            raise failure
        if unreachable is not None:
            raise unreachable

    async def _download(
        self, run: _Run, target: CaseTarget, info: PhotoInfo, batch: _CaseBatch
    ) -> _Fetched | bool:
        """Fetch one photo into the run's folder; True when it was skipped for good, False to retry.

        Only the network side is done here (size limit and type while streaming); the rest of
        the checks run for the whole case at once in the checker (:meth:`_checked`).
        """
        if info.size > self._max_bytes:
            return self._skip(run, target, info, batch, _too_big(info.size, self._max_bytes))
        if info.content_type.lower() not in PHOTO_TYPES:
            return self._skip(run, target, info, batch, _NOT_A_PHOTO)
        dest = run.work_dir / f"{uuid.uuid4().hex}.download"
        try:
            async with run.downloads:
                downloaded = await run.feed.download_photo(
                    target.case_id,
                    info.photo_id,
                    dest,
                    max_bytes=self._max_bytes,
                    compute_sha256=False,  # hashed by the checker, not on the event loop
                )
        except PhotoIntegrityError as exc:
            return self._skip(run, target, info, batch, _integrity_reason(exc, self._max_bytes))
        except (NetworkError, ServiceUnavailableError, RateLimitedError):
            run.counts.failed += 1
            raise _Unreachable() from None
        except Claims360Error as exc:
            run.counts.failed += 1
            run.warnings.append(
                f"Foto {safe_label(info.file_name)} van opdracht {target.assignment_number} (dossier "
                f"{target.dossier_number}) werd niet opgehaald: {exc.user_message}"
            )
            return False
        except OSError as exc:
            return self._disk_failure(run, target, info, exc.strerror or type(exc).__name__)
        return _Fetched(info, dest, downloaded.size)

    def _checked(
        self,
        run: _Run,
        target: CaseTarget,
        photo: _Fetched,
        result: Adopted | Refused | DiskFailure,
        batch: _CaseBatch,
    ) -> bool:
        """What the checker found for one photo: stored in the batch, skipped, or a disk error."""
        if isinstance(result, Refused):
            return self._skip(run, target, photo.info, batch, result.message)
        if isinstance(result, DiskFailure):
            return self._disk_failure(run, target, photo.info, result.reason)
        info = photo.info
        batch.stored.append(
            StoredPhoto(
                dossier_id=target.dossier_id,
                stored_name=result.stored_name,
                original_name=safe_label(info.file_name, 255),
                facts=result.facts,
                size=photo.size,
                sha256=info.sha256.lower(),
                source=PhotoSource.CLAIMS360,
                remote_photo_id=info.photo_id,
                taken_at=info.taken_at,
            )
        )
        return True

    @staticmethod
    def _skip(run: _Run, target: CaseTarget, info: PhotoInfo, batch: _CaseBatch, reason: str) -> bool:
        """A photo refused for good: a sentence for the info panel, remembered so it is not fetched again."""
        message = (
            f"Foto {safe_label(info.file_name)} van opdracht {target.assignment_number} (dossier "
            f"{target.dossier_number}) werd overgeslagen: {_lower_first(reason)}"
        )
        run.counts.skipped += 1
        run.warnings.append(message)
        batch.skips.append(_Skip(info, message))
        return True

    @staticmethod
    def _disk_failure(run: _Run, target: CaseTarget, info: PhotoInfo, reason: str) -> bool:
        """This PC's disk failed (full, gone): not the photo's fault, so it is tried again next sync."""
        log.warning("foto %s kon niet bewaard worden: %s", info.photo_id, reason)
        run.counts.failed += 1
        run.warnings.append(
            f"Foto {safe_label(info.file_name)} van opdracht {target.assignment_number} (dossier "
            f"{target.dossier_number}) kon niet bewaard worden op deze pc "
            f"({reason or 'schijffout'}); de volgende synchronisatie probeert het opnieuw."
        )
        return False

    def _commit_cases(self, cases: Sequence[_Finished], counts: PhotoImportCounts) -> None:
        """On the database thread: finished cases' photos, skips and ``photos_known``, one transaction."""
        try:
            with self._database.write():
                recorded = [self._photos.record_stored(case.batch.stored) for case in cases]
                for case in cases:
                    record_skips(self._database, case.target.dossier_id, case.batch.skips)
                    if case.photos_known is not None:
                        set_photos_known(case.target.assignment_id, case.photos_known)
        except BaseException:
            for case in cases:  # nothing of these cases was recorded: no orphan files
                for photo in case.batch.stored:
                    self._photos.store.remove(photo.stored_name)
            raise
        for case, news in zip(cases, recorded, strict=True):
            for photo, new in zip(case.batch.stored, news, strict=True):
                if new:
                    counts.imported += 1
                else:  # another PC recorded the same photo first: keep theirs, drop our file
                    counts.already_known += 1
                    self._photos.store.remove(photo.stored_name)


@dataclass(frozen=True)
class _Finished:
    """A case whose photos are downloaded and checked, waiting to be recorded."""

    target: CaseTarget
    batch: _CaseBatch
    #: The listing's length when every photo was handled, else None (``photos_known`` stays).
    photos_known: int | None


class _CaseRecorder:
    """Records finished cases in the database, several to a transaction when they finish together.

    A transaction per case was a twentieth of a 500-photo import: the database thread's Python
    held the lock the event loop needs (and on a shared PostgreSQL every transaction is a few
    round trips more). Cases wait for each other briefly, never long: they are written as soon
    as :data:`MAX_CASES` are waiting, when no other case is still busy, or after
    :data:`MAX_WAIT` seconds, so photos appear while a long case is still downloading and little
    work is at stake if the program stops.
    """

    MAX_CASES = 8
    MAX_WAIT = 0.5

    def __init__(self, step: PhotoImportStep, cases: int, counts: PhotoImportCounts) -> None:
        self._step = step
        self._busy = cases  # cases still downloading or checking
        self._handed_in: set[int] = set()  # assignment ids of the cases that called record()
        self._counts = counts
        self._waiting: list[tuple[_Finished, asyncio.Future[None]]] = []
        self._timer: asyncio.TimerHandle | None = None
        self._writes: set[asyncio.Task[None]] = set()

    async def record(self, case: _Finished) -> None:
        """Wait until ``case`` is recorded; raises what the transaction raised."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((case, done))
        self._handed_in.add(case.target.assignment_id)
        self._busy -= 1
        if len(self._waiting) >= self.MAX_CASES or self._busy <= 0:
            self._write()
        elif self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self.MAX_WAIT, self._write)
        await done

    def case_ended(self, target: CaseTarget) -> None:
        """Every case ends here; one that never got to :meth:`record` no longer holds the others up."""
        if target.assignment_id in self._handed_in:
            return
        self._busy -= 1
        if self._busy <= 0:
            self._write()

    def _write(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        waiting, self._waiting = self._waiting, []
        if waiting:
            task = asyncio.ensure_future(self._commit(waiting))
            self._writes.add(task)
            task.add_done_callback(self._writes.discard)

    async def _commit(self, waiting: list[tuple[_Finished, asyncio.Future[None]]]) -> None:
        try:
            await self._step._db(self._step._commit_cases, [case for case, _ in waiting], self._counts)
        except asyncio.CancelledError:
            for _, done in waiting:
                done.cancel()
            raise
        except Exception as exc:
            for _, done in waiting:
                if not done.done():
                    done.set_exception(exc)
        else:
            for _, done in waiting:
                if not done.done():
                    done.set_result(None)


@dataclass(frozen=True)
class _Run:
    """What every case of one run shares."""

    feed: PhotoFeed
    work_dir: Path
    downloads: asyncio.Semaphore
    counts: PhotoImportCounts
    warnings: list[str]
    recorder: _CaseRecorder


# Database work (on the database thread) --------------------------------------------------------


def cases_to_list(repairer_id: int) -> list[CaseTarget]:
    """Linked assignments whose photoCount differs from the photos already handled."""
    query: Any = (
        Assignment.select(
            Assignment.id,
            Assignment.number,
            Assignment.case_id,
            Assignment.dossier,
            Assignment.photo_count,
            Dossier.number.alias("dossier_number"),
        )
        .join(Dossier, on=(Assignment.dossier == Dossier.id))
        .where(
            (Assignment.repairer == repairer_id)
            & Assignment.case_id.is_null(False)
            & Assignment.photo_count.is_null(False)
            & (Assignment.photo_count != Assignment.photos_known)
        )
        .order_by(Assignment.id)
        .dicts()
    )
    rows: list[dict[str, Any]] = list(query)
    return [
        CaseTarget(r["id"], r["number"], r["case_id"], r["dossier"], r["dossier_number"], r["photo_count"])
        for r in rows
    ]


def plan_cases(repairer_id: int) -> tuple[list[CaseTarget], dict[int, KnownPhotos]]:
    """The cases to list and what their dossiers already have, in one visit to the database."""
    targets = cases_to_list(repairer_id)
    return targets, known_photos(target.dossier_id for target in targets)


def known_photos(dossier_ids: Iterable[int]) -> dict[int, KnownPhotos]:
    """Per dossier: its photos' Claims360 ids and sha256s, and the photos it refused."""
    wanted = sorted(set(dossier_ids))
    known: dict[int, KnownPhotos] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        photos: Any = Photo.select(Photo.dossier, Photo.remote_photo_id, Photo.sha256).where(
            Photo.dossier.in_(chunk)
        )
        for dossier_id, remote_id, sha256 in photos.tuples():
            entry = known.setdefault(dossier_id, KnownPhotos())
            entry.shas.add(sha256)
            if remote_id:
                entry.ids.add(remote_id)
        skips: Any = SkippedRemotePhoto.select(
            SkippedRemotePhoto.dossier, SkippedRemotePhoto.remote_photo_id, SkippedRemotePhoto.sha256
        ).where(SkippedRemotePhoto.dossier.in_(chunk))
        for dossier_id, remote_id, sha256 in skips.tuples():
            known.setdefault(dossier_id, KnownPhotos()).skipped.add((remote_id, sha256))
    return known


def set_photos_known(assignment_id: int, count: int) -> None:
    Assignment.update(photos_known=count).where(Assignment.id == assignment_id).execute()


def record_skips(database: Database, dossier_id: int, skips: Sequence[_Skip]) -> None:
    """Remember refused photos (in the caller's transaction), so they are not fetched again."""
    rows = [
        {
            "dossier": dossier_id,
            "remote_photo_id": skip.info.photo_id[:64],
            "sha256": skip.info.sha256[:64],
            "reason": skip.message,
        }
        for skip in skips
    ]
    bulk.insert_rows(database, SkippedRemotePhoto, rows, ignore_conflicts=True)


def skipped_photos(dossier_id: int) -> list[SkippedRemotePhoto]:
    """The photos of a dossier that were refused, with the Dutch reason (info panel)."""
    return list(
        SkippedRemotePhoto.select()
        .where(SkippedRemotePhoto.dossier == dossier_id)
        .order_by(SkippedRemotePhoto.skipped_at.desc())
    )


# Helpers --------------------------------------------------------------------------------------


def _too_big(size: int, max_bytes: int) -> str:
    return (
        f"de foto is te groot ({size // (1024 * 1024)} MB; het maximum is {max_bytes // (1024 * 1024)} MB)."
    )


def _integrity_reason(exc: PhotoIntegrityError, max_bytes: int) -> str:
    technical = exc.technical
    if "exceeds" in technical:
        return f"de foto is groter dan {max_bytes // (1024 * 1024)} MB."
    return _NOT_A_PHOTO


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text
