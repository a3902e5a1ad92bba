"""Photos of linked Claims360 cases into their dossiers, during the sync (C360-PHO-1, C360-PHO-3).

A follow-up :class:`~planmanager_desktop.sync.engine.SyncStep`. Cheap when nothing changed: a
case's photo list is asked for only when its ``photoCount`` (``Assignment.photo_count``) differs
from the count already handled (``Assignment.photos_known``), and only for assignments that are
linked to a dossier.

Every photo from the network is untrusted (C360-PHO-3):

* its name from the server never becomes a path: the bytes go to a ``.part`` file in a folder of
  this run, under a name the program chooses, then into the photo store under another;
* the size limit is enforced while streaming (a lying or missing ``Content-Length`` does not
  matter), the type must be JPEG or PNG, the sha256 must match the listing (the client does this);
* the image is decoded off the event loop, with the pixel limit of
  :func:`~planmanager_desktop.domain.photos.check_image`;
* a corrupt or oversized photo is skipped with a Dutch sentence in the run's warnings (the info
  panel) and remembered in :class:`SkippedRemotePhoto`, so the same bytes are not fetched on every
  sync; the rest of the sync goes on.

Each photo is stored once: it is skipped before downloading when the dossier already has its
Claims360 id or its sha256 (e.g. a photo this PC uploaded), and the unique indexes on
``(dossier, remote_photo_id)`` and ``(dossier, sha256)`` settle two PCs racing.
``photos_known`` moves only when every photo of the listing was handled; a photo that failed for
a passing reason (network) is tried again next time.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
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
from planmanager_desktop.domain.errors import ValidationError
from planmanager_desktop.domain.photos import CheckedImage, PhotoService, check_image
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.models import (
    Assignment,
    Dossier,
    Photo,
    PhotoSource,
    SkippedRemotePhoto,
)
from planmanager_desktop.sync.engine import SyncContext

log = logging.getLogger(__name__)
T = TypeVar("T")

DEFAULT_CONCURRENCY = 6
#: Listings asked at once (each is one small JSON request).
LIST_CONCURRENCY = 4
_STALE_SECONDS = 3600.0


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
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        max_bytes: int = MAX_PHOTO_BYTES,
    ) -> None:
        if not 1 <= concurrency <= 16:
            raise ValueError("concurrency must be 1..16")
        self._database = database
        self._photos = photos
        self._executor = db_executor
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
        targets = await self._db(cases_to_list, context.repairer_id)
        if not targets:
            return
        work_dir = await asyncio.to_thread(self._new_work_dir)
        downloads = asyncio.Semaphore(self._concurrency)
        listings = asyncio.Semaphore(LIST_CONCURRENCY)
        try:
            results = await asyncio.gather(
                *(
                    self._import_case(feed, target, work_dir, downloads, listings, counts, context.warnings)
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

    async def _import_case(
        self,
        feed: PhotoFeed,
        target: CaseTarget,
        work_dir: Path,
        downloads: asyncio.Semaphore,
        listings: asyncio.Semaphore,
        counts: PhotoImportCounts,
        warnings: list[str],
    ) -> None:
        async with listings:
            try:
                listing = await feed.list_photos(target.case_id)
            except (NetworkError, ServiceUnavailableError, RateLimitedError):
                raise _Unreachable() from None
            except Claims360Error as exc:
                warnings.append(
                    f"De foto's van opdracht {target.assignment_number} (dossier "
                    f"{target.dossier_number}) konden niet opgevraagd worden: {exc.user_message}"
                )
                counts.failed += 1
                return
        counts.cases_listed += 1
        known_ids, known_shas, skipped = await self._db(known_photos, target.dossier_id)
        complete = True
        tasks = []
        for info in listing:
            if info.photo_id in known_ids or info.sha256 in known_shas:
                counts.already_known += 1
                continue
            if (info.photo_id, info.sha256) in skipped:
                continue
            known_shas.add(info.sha256)  # the same bytes twice in one listing: fetch once
            tasks.append(self._import_photo(feed, target, info, work_dir, downloads, counts, warnings))
        outcomes = await asyncio.gather(*tasks, return_exceptions=True)
        for outcome in outcomes:
            if isinstance(outcome, _Unreachable):
                raise outcome
            if isinstance(outcome, BaseException):
                raise outcome
            complete = complete and outcome
        if complete:
            await self._db(self._write, set_photos_known, target.assignment_id, len(listing))

    async def _import_photo(
        self,
        feed: PhotoFeed,
        target: CaseTarget,
        info: PhotoInfo,
        work_dir: Path,
        downloads: asyncio.Semaphore,
        counts: PhotoImportCounts,
        warnings: list[str],
    ) -> bool:
        """True when the photo is handled for good (stored, known, or skipped as bad)."""
        label = safe_label(info.file_name)
        reason: str | None = None
        if info.size > self._max_bytes:
            reason = f"de foto is te groot ({info.size // (1024 * 1024)} MB; het maximum is " + (
                f"{self._max_bytes // (1024 * 1024)} MB)."
            )
        elif info.content_type.lower() not in PHOTO_TYPES:
            reason = "het bestand is geen JPEG- of PNG-foto."
        if reason is None:
            dest = work_dir / f"{uuid.uuid4().hex}.download"
            try:
                async with downloads:
                    await feed.download_photo(
                        target.case_id,
                        info.photo_id,
                        dest,
                        max_bytes=self._max_bytes,
                        expected_sha256=info.sha256,
                    )
                checked = await asyncio.to_thread(_read_and_check, dest)
                if checked.sha256 != info.sha256.lower():
                    raise ValidationError("de foto verschilt van wat Claims360 aankondigde.")
                stored = await self._db(self._store, target, info, checked)
                counts.imported += int(stored)
                counts.already_known += int(not stored)
                return True
            except PhotoIntegrityError as exc:
                reason = _integrity_reason(exc, self._max_bytes)
            except ValidationError as exc:
                reason = str(exc)
            except (NetworkError, ServiceUnavailableError, RateLimitedError):
                counts.failed += 1
                raise _Unreachable() from None
            except Claims360Error as exc:
                counts.failed += 1
                warnings.append(
                    f"Foto {label} van opdracht {target.assignment_number} (dossier "
                    f"{target.dossier_number}) werd niet opgehaald: {exc.user_message}"
                )
                return False
            finally:
                await asyncio.to_thread(_remove_quietly, dest)
        message = (
            f"Foto {label} van opdracht {target.assignment_number} (dossier {target.dossier_number}) "
            f"werd overgeslagen: {_lower_first(reason)}"
        )
        counts.skipped += 1
        warnings.append(message)
        await self._db(self._write, record_skip, target.dossier_id, info, message)
        return True

    def _write(self, func: Callable[..., None], *args: object) -> None:
        with self._database.write():
            func(*args)

    def _store(self, target: CaseTarget, info: PhotoInfo, checked: CheckedImage) -> bool:
        photo = self._photos.add_checked(
            target.dossier_id,
            checked,
            original_name=safe_label(info.file_name, 255),
            source=PhotoSource.CLAIMS360,
            remote_photo_id=info.photo_id,
        )
        if photo is None:
            return False
        if info.taken_at is not None:
            Photo.update(taken_at=info.taken_at).where(Photo.id == photo.id).execute()
        return True


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


def known_photos(dossier_id: int) -> tuple[set[str], set[str], set[tuple[str, str]]]:
    ids: set[str] = set()
    shas: set[str] = set()
    for row in Photo.select(Photo.remote_photo_id, Photo.sha256).where(Photo.dossier == dossier_id):
        shas.add(row.sha256)
        if row.remote_photo_id:
            ids.add(row.remote_photo_id)
    skipped = {
        (row.remote_photo_id, row.sha256)
        for row in SkippedRemotePhoto.select(
            SkippedRemotePhoto.remote_photo_id, SkippedRemotePhoto.sha256
        ).where(SkippedRemotePhoto.dossier == dossier_id)
    }
    return ids, shas, skipped


def set_photos_known(assignment_id: int, count: int) -> None:
    Assignment.update(photos_known=count).where(Assignment.id == assignment_id).execute()


def record_skip(dossier_id: int, info: PhotoInfo, message: str) -> None:
    SkippedRemotePhoto.insert(
        dossier=dossier_id,
        remote_photo_id=info.photo_id[:64],
        sha256=info.sha256[:64],
        reason=message,
    ).on_conflict_ignore().execute()


def skipped_photos(dossier_id: int) -> list[SkippedRemotePhoto]:
    """The photos of a dossier that were refused, with the Dutch reason (info panel)."""
    return list(
        SkippedRemotePhoto.select()
        .where(SkippedRemotePhoto.dossier == dossier_id)
        .order_by(SkippedRemotePhoto.skipped_at.desc())
    )


# Helpers --------------------------------------------------------------------------------------


def _read_and_check(path: Path) -> CheckedImage:
    """Off the event loop: read the downloaded file and decode it safely (pixel limit)."""
    return check_image(path.read_bytes(), convert=False)


def _remove_quietly(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + ".part")):
        try:
            candidate.unlink(missing_ok=True)
        except OSError:
            log.debug("could not remove %s", candidate.name)


def _integrity_reason(exc: PhotoIntegrityError, max_bytes: int) -> str:
    technical = exc.technical
    if "exceeds" in technical:
        return f"de foto is groter dan {max_bytes // (1024 * 1024)} MB."
    if "sha256" in technical:
        return "de foto kwam anders aan dan Claims360 aankondigde (controlegetal klopt niet)."
    return "het bestand is geen JPEG- of PNG-foto."


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text
