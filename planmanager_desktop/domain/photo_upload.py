"""Sending a dossier's photos to Claims360: the photo picker (C360-PHO-2).

The picker lists the dossier's photos with a mark on those already in Claims360 (sent before,
or received from it). The chosen ones are uploaded one after the other, with a progress callback
and a result per photo, so that the UI can show each outcome and retry one.

A photo is never uploaded twice, also not after a retry:

* ``Photo.sent_at`` / ``remote_photo_id``: a photo already in Claims360 is not sent again;
* the outbox: before sending, a row with the photo's ``Idempotency-Key`` is committed; a retry
  after a lost answer (timeout, dropped connection, crash) resends with that key and Claims360
  replays its first answer;
* Claims360 itself stores the same bytes (sha256) once per case and answers 200 with the
  existing photo.

Claims360 takes JPEG and PNG up to 10 MB. Photos are already JPEG or PNG in PlanManager (other
types are converted when they are added); one over 10 MB is refused before sending, with
``can_scale_down`` so the UI can offer :meth:`PhotoUploadService.scale_down`, which adds a JPEG
copy under 10 MB to the dossier.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

import peewee
from PIL import Image

from planmanager_desktop.claims360.client import MAX_PHOTO_BYTES, Claims360Client
from planmanager_desktop.claims360.errors import (
    Claims360Error,
    PayloadTooLargeError,
)
from planmanager_desktop.domain.claims360_clients import Claims360Clients
from planmanager_desktop.domain.claims360_export import NotExportedError, is_refusal
from planmanager_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from planmanager_desktop.domain.image_structure import MAX_PIXELS
from planmanager_desktop.domain.outbox import Outbox, OutboxEntry, photo_slot
from planmanager_desktop.domain.photos import PhotoService, check_image
from planmanager_desktop.persistence import audit
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import Dossier, OutboxKind, Photo, PhotoSource

UPLOAD_TYPES = ("image/jpeg", "image/png")


class UploadStatus(StrEnum):
    SENT = "sent"  # Claims360 stored it now
    ALREADY_IN_CLAIMS360 = "already"  # sent before, received from it, or Claims360 had the bytes
    TOO_LARGE = "too_large"  # over 10 MB: offer scale_down
    RETRY = "retry"  # not sure it arrived (timeout, network, 5xx): retry safely, same key
    FAILED = "failed"  # refused (type, damaged file, …): see the message


@dataclass(frozen=True)
class PickerPhoto:
    """One thumbnail with its check box in the photo picker."""

    photo_id: int
    original_name: str | None
    content_type: str
    size: int
    width: int | None
    height: int | None
    source: str
    sent_at: datetime | None
    #: Already in Claims360 (sent, or received from it): shown marked, not checked by default.
    in_claims360: bool
    #: Over Claims360's 10 MB: the UI offers to scale it down.
    too_large: bool
    #: A send of this photo was left pending (its answer never came): a retry resumes it.
    pending: bool


@dataclass(frozen=True)
class UploadResult:
    photo_id: int
    status: UploadStatus
    message: str  # Dutch
    remote_photo_id: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in (UploadStatus.SENT, UploadStatus.ALREADY_IN_CLAIMS360)

    @property
    def can_retry(self) -> bool:
        return self.status is UploadStatus.RETRY

    @property
    def can_scale_down(self) -> bool:
        return self.status is UploadStatus.TOO_LARGE


@dataclass(frozen=True)
class UploadProgress:
    """Before each photo (``result`` None) and after it (``result`` set)."""

    index: int  # 0-based position among the chosen photos
    total: int
    photo_id: int
    result: UploadResult | None

    @property
    def fraction(self) -> float:
        done = self.index + (1 if self.result is not None else 0)
        return done / self.total if self.total else 1.0


ProgressCallback = Callable[[UploadProgress], None]


def scale_to_jpeg(data: bytes, limit: int = MAX_PHOTO_BYTES) -> bytes:
    """A JPEG of the image under ``limit`` bytes: lower quality first, then fewer pixels."""
    with Image.open(io.BytesIO(data)) as source:
        if source.size[0] * source.size[1] > MAX_PIXELS:
            raise ValidationError("De foto heeft te veel pixels om veilig te openen.")
        image = source.convert("RGB")
    quality = 90
    for _ in range(12):
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, optimize=True)
        if out.tell() <= limit:
            return out.getvalue()
        if quality > 70:
            quality -= 10
        else:
            width, height = image.size
            image = image.resize(
                (max(1, int(width * 0.8)), max(1, int(height * 0.8))), Image.Resampling.LANCZOS
            )
    raise ValidationError("De foto kon niet klein genoeg gemaakt worden voor Claims360.")


class PhotoUploadService:
    def __init__(
        self,
        database: Database,
        photos: PhotoService,
        clients: Claims360Clients,
        outbox: Outbox | None = None,
    ) -> None:
        self._database = database
        self._photos = photos
        self._clients = clients
        self.outbox = outbox or Outbox(database)
        self._lock = asyncio.Lock()

    # The picker (database work) ----------------------------------------------------------------
    def picker(self, dossier_id: int) -> list[PickerPhoto]:
        pending = {
            entry.photo_id
            for entry in self.outbox.pending_entries((OutboxKind.UPLOAD_PHOTO,))
            if entry.dossier_id == dossier_id
        }
        return [
            PickerPhoto(
                photo_id=p.id,
                original_name=p.original_name,
                content_type=p.content_type,
                size=p.size,
                width=p.width,
                height=p.height,
                source=p.source,
                sent_at=p.sent_at,
                in_claims360=_in_claims360(p),
                too_large=p.size > MAX_PHOTO_BYTES,
                pending=p.id in pending,
            )
            for p in self._photos.for_dossier(dossier_id)
        ]

    # Sending -----------------------------------------------------------------------------------
    async def upload(
        self,
        dossier_id: int,
        photo_ids: list[int],
        progress: ProgressCallback | None = None,
    ) -> list[UploadResult]:
        """Upload the chosen photos, one after the other; one result per photo, in order.

        Raises only for the dossier as a whole (not exported, repairer not configured); each
        photo's own failure is its result.
        """
        dossier = await self._clients.db(_dossier, dossier_id)
        if not dossier.c360_case_id:
            raise NotExportedError(
                "Dit dossier is nog niet naar Claims360 geëxporteerd. Exporteer het eerst; daarna "
                "kunnen de foto's verstuurd worden."
            )
        client = await self._clients.for_repairer(dossier.repairer_id)
        results: list[UploadResult] = []
        total = len(photo_ids)
        async with self._lock:  # one upload run at a time: a double click does not send twice
            for index, photo_id in enumerate(photo_ids):
                if progress is not None:
                    progress(UploadProgress(index, total, photo_id, None))
                result = await self._upload_one(client, dossier, photo_id)
                results.append(result)
                if progress is not None:
                    progress(UploadProgress(index, total, photo_id, result))
        return results

    async def upload_one(self, dossier_id: int, photo_id: int) -> UploadResult:
        """Retry one photo (the UI's "opnieuw" on a row)."""
        return (await self.upload(dossier_id, [photo_id]))[0]

    async def resume_pending(self) -> list[UploadResult]:
        """Complete every upload left pending (crash, timeout); call once after start."""
        entries = await self._clients.db(self.outbox.pending_entries, (OutboxKind.UPLOAD_PHOTO,))
        results: list[UploadResult] = []
        for entry in entries:
            if entry.photo_id is None:
                continue
            try:
                results.extend(await self.upload(entry.dossier_id, [entry.photo_id]))
            except DomainError:
                continue
        return results

    async def _upload_one(self, client: Claims360Client, dossier: Dossier, photo_id: int) -> UploadResult:
        photo = await self._clients.db(_photo, dossier.id, photo_id)
        if photo is None:
            return UploadResult(
                photo_id, UploadStatus.FAILED, "Deze foto bestaat niet (meer) in dit dossier."
            )
        name = photo.original_name or f"foto-{photo.id}"
        if _in_claims360(photo):
            return UploadResult(
                photo_id,
                UploadStatus.ALREADY_IN_CLAIMS360,
                f"{name} staat al in Claims360.",
                photo.remote_photo_id,
            )
        if photo.size > MAX_PHOTO_BYTES:
            return _too_large(photo_id, name)
        try:
            data, content_type = await asyncio.to_thread(self._read, photo)
        except ValidationError as exc:
            return UploadResult(photo_id, UploadStatus.FAILED, f"{name}: {exc}")
        if len(data) > MAX_PHOTO_BYTES:
            return _too_large(photo_id, name)
        entry = await self._clients.db(
            lambda: self.outbox.open(
                OutboxKind.UPLOAD_PHOTO,
                photo_slot(photo_id),
                dossier.id,
                {"caseId": dossier.c360_case_id, "sha256": hashlib.sha256(data).hexdigest()},
                photo_id=photo_id,
            )
        )
        if entry.payload.get("sha256") != hashlib.sha256(data).hexdigest():
            # The file changed since the pending send was stored: settle that one as failed.
            await self._clients.db(self.outbox.fail, entry.id, "De foto veranderde sinds de vorige poging.")
            return UploadResult(
                photo_id,
                UploadStatus.RETRY,
                f"{name} veranderde sinds de vorige poging; verstuur de foto opnieuw.",
            )
        return await self._send(client, entry, photo, name, data, content_type)

    async def _send(
        self,
        client: Claims360Client,
        entry: OutboxEntry,
        photo: Photo,
        name: str,
        data: bytes,
        content_type: str,
    ) -> UploadResult:
        await self._clients.db(self.outbox.note_attempt, entry.id)
        try:
            uploaded = await client.upload_photo(
                entry.payload["caseId"],
                data,
                _upload_name(name, content_type),
                content_type,
                idempotency_key=entry.idempotency_key,
            )
        except PayloadTooLargeError as exc:
            await self._clients.db(self.outbox.fail, entry.id, exc.user_message)
            return _too_large(photo.id, name)
        except Claims360Error as exc:
            if is_refusal(exc):
                await self._clients.db(self.outbox.fail, entry.id, exc.user_message)
                return UploadResult(photo.id, UploadStatus.FAILED, f"{name}: {exc.user_message}")
            message = f"{name}: {exc.user_message} De foto wordt bij een nieuwe poging niet dubbel verstuurd."
            await self._clients.db(self.outbox.keep_pending, entry.id, message)
            return UploadResult(photo.id, UploadStatus.RETRY, message)
        now = utcnow()

        def apply() -> None:
            try:
                with self._database.write():
                    Photo.update(sent_at=now, remote_photo_id=uploaded.photo_id).where(
                        Photo.id == photo.id
                    ).execute()
            except peewee.IntegrityError:  # the dossier already knows that Claims360 photo id
                Photo.update(sent_at=now).where(Photo.id == photo.id).execute()
            audit.record("photo.upload", {"photo": photo.id, "remote": uploaded.photo_id})

        await self._clients.db(
            lambda: self.outbox.complete(
                entry.id, {"photoId": uploaded.photo_id, "sha256": uploaded.sha256}, apply
            )
        )
        if uploaded.created:
            return UploadResult(photo.id, UploadStatus.SENT, f"{name} is verstuurd.", uploaded.photo_id)
        return UploadResult(
            photo.id,
            UploadStatus.ALREADY_IN_CLAIMS360,
            f"{name} stond al in Claims360 (dezelfde foto); ze werd niet opnieuw opgeslagen.",
            uploaded.photo_id,
        )

    def _read(self, photo: Photo) -> tuple[bytes, str]:
        """The photo's bytes as Claims360 takes them (JPEG or PNG); checked against its sha256."""
        try:
            data = self._photos.store.path(photo).read_bytes()
        except OSError:
            raise ValidationError("het fotobestand is niet (meer) te vinden in de fotomap.") from None
        if hashlib.sha256(data).hexdigest() != photo.sha256:
            raise ValidationError("het fotobestand is beschadigd (het verschilt van het origineel).")
        if photo.content_type in UPLOAD_TYPES:
            return data, photo.content_type
        checked = check_image(data, convert=True)
        return checked.data, checked.content_type

    # Scaling down ------------------------------------------------------------------------------
    def scale_down(self, photo_id: int) -> Photo:
        """Add a JPEG copy of the photo under 10 MB to its dossier and return it (the original
        stays). Database and file work: run it off the GUI thread."""
        photo: Photo | None = Photo.get_or_none(Photo.id == photo_id)
        if photo is None:
            raise NotFoundError("Deze foto bestaat niet (meer).")
        data = self._photos.store.path(photo).read_bytes()
        checked = check_image(scale_to_jpeg(data), convert=False)
        stem = Path(photo.original_name or f"foto-{photo.id}").stem
        added = self._photos.add_checked(
            photo.dossier_id, checked, original_name=f"{stem} (verkleind).jpg", source=PhotoSource.LOCAL
        )
        if added is None:
            existing: Photo = Photo.get(
                (Photo.dossier == photo.dossier_id) & (Photo.sha256 == checked.sha256)
            )
            return existing
        return added


def _dossier(dossier_id: int) -> Dossier:
    dossier: Dossier | None = Dossier.get_or_none(Dossier.id == dossier_id)
    if dossier is None:
        raise NotFoundError("Dit dossier bestaat niet (meer).")
    return dossier


def _photo(dossier_id: int, photo_id: int) -> Photo | None:
    photo: Photo | None = Photo.get_or_none((Photo.id == photo_id) & (Photo.dossier == dossier_id))
    return photo


def _in_claims360(photo: Photo) -> bool:
    return photo.sent_at is not None or photo.remote_photo_id is not None


def _too_large(photo_id: int, name: str) -> UploadResult:
    return UploadResult(
        photo_id,
        UploadStatus.TOO_LARGE,
        f"{name} is groter dan 10 MB; Claims360 aanvaardt hem zo niet. Verklein de foto en "
        "verstuur de verkleinde versie.",
    )


def _upload_name(name: str, content_type: str) -> str:
    stem = Path(name).stem or "foto"
    return stem + (".png" if content_type == "image/png" else ".jpg")
