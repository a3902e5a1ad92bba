"""Photos of a dossier: stored under names the program chooses, decoded safely, thumbnailed once.

Files come from a user's disk now and from the network later (C360-PHO-3), so every file is
treated as untrusted: a size limit, image types only (by content, not by extension), a pixel limit
against decompression bombs, and a stored name that never derives from the file's own name.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import uuid
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import peewee
from PIL import Image, ImageFile, UnidentifiedImageError

from planmanager_desktop.domain.errors import ValidationError
from planmanager_desktop.domain.image_structure import (
    MAX_PIXELS,
    NOT_A_PHOTO,
    TOO_MANY_PIXELS,
    ImageFacts,
)
from planmanager_desktop.persistence import audit, bulk
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.models import AuditLog, Photo, PhotoSource

MAX_PHOTO_BYTES = 50 * 1024 * 1024
THUMBNAIL_SIZE = (160, 120)
_TYPES = {"JPEG": ("image/jpeg", ".jpg"), "PNG": ("image/png", ".png")}
_CONVERTIBLE = {"WEBP", "BMP", "TIFF", "GIF", "HEIF", "MPO"}
#: Bytes handed to the decoder at once when checking (Pillow's default is 64 KiB).
_DECODE_BLOCK = 16 * 1024 * 1024


@dataclass(frozen=True)
class CheckedImage:
    data: bytes
    content_type: str
    extension: str
    width: int
    height: int
    sha256: str


def check_image(data: bytes, *, convert: bool = True) -> CheckedImage:
    """Decode ``data`` safely; JPEG and PNG are kept as they are, other images become JPEG."""
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError(
            f"De foto is te groot ({len(data) // (1024 * 1024)} MB); het maximum is "
            f"{MAX_PHOTO_BYTES // (1024 * 1024)} MB."
        )
    with _safe_open(io.BytesIO(data)) as probe:
        fmt = probe.format or ""
        width, height = probe.size
        if fmt not in _TYPES:
            if not convert or fmt not in _CONVERTIBLE:
                raise ValidationError(NOT_A_PHOTO)
            with _decoding_errors():
                probe.load()
                out = io.BytesIO()
                probe.convert("RGB").save(out, "JPEG", quality=90)
            data, fmt = out.getvalue(), "JPEG"
        else:
            _verify_decodes(probe)
    content_type, extension = _TYPES[fmt]
    return CheckedImage(
        data=data,
        content_type=content_type,
        extension=extension,
        width=width,
        height=height,
        sha256=hashlib.sha256(data).hexdigest(),
    )


@contextmanager
def _decoding_errors() -> Iterator[None]:
    """Pillow's ways of failing on untrusted bytes, as the Dutch sentences the user sees."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            "Dit bestand is geen leesbare foto (alleen JPEG- en PNG-foto's worden aanvaard)."
        ) from None
    except (OSError, SyntaxError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError("De foto is beschadigd en kan niet geopend worden.") from None


@contextmanager
def _safe_open(source: IO[bytes]) -> Iterator[Image.Image]:
    """Open (headers only) with the pixel limit checked before anything is decoded."""
    with _decoding_errors(), Image.open(source) as probe:
        width, height = probe.size
        if width * height > MAX_PIXELS:
            raise ValidationError(TOO_MANY_PIXELS)
        yield probe


def _verify_decodes(probe: Image.Image) -> None:
    """Decode the whole compressed stream: a truncated or corrupt file fails here.

    A JPEG is decoded at 1/8 scale (``draft``): libjpeg still reads and entropy-decodes every
    scan of the file, so truncation and broken structure fail exactly as in a full decode, but it
    skips the full-size inverse DCT, upsampling and colour conversion, about half the time, and
    the pixels are thrown away anyway (the bytes are kept as they came). PNG has no such mode
    and is decoded in full.
    """
    with _decoding_errors():
        if probe.format == "JPEG":
            probe.draft(probe.mode, (1, 1))
        if isinstance(probe, ImageFile.ImageFile):
            # the compressed stream in one piece: one GIL release per photo, not one per 64 KiB
            probe.decodermaxblock = max(probe.decodermaxblock, _DECODE_BLOCK)
        probe.load()


@dataclass(frozen=True)
class StoredPhoto:
    """A checked photo whose file is already in the store, waiting to be recorded."""

    dossier_id: int
    stored_name: str
    original_name: str | None
    facts: ImageFacts
    size: int
    sha256: str
    source: PhotoSource
    remote_photo_id: str | None = None
    taken_at: datetime | None = None


class PhotoStore:
    """The folder with the photo files and their cached thumbnails.

    ``earlier_roots``: folders that held the photos before (this PC's own folder, once the office
    moved to a shared photo folder). New photos go to ``root``; a photo not found there is looked
    for in them, so switching to a shared folder hides no photo on the PC that has it.
    """

    def __init__(self, root: Path, earlier_roots: Sequence[Path] = ()) -> None:
        self.root = root
        self.thumbnails = root / "thumbnails"
        self.earlier_roots = tuple(r for r in earlier_roots if r != root)

    def path(self, photo: Photo) -> Path:
        path = self.root / photo.stored_name
        if self.earlier_roots and not path.exists():
            return self.earlier_path(photo.stored_name) or path
        return path

    def earlier_path(self, stored_name: str) -> Path | None:
        """Where an earlier folder of this PC holds ``stored_name``, if one does."""
        for root in self.earlier_roots:
            if (root / stored_name).is_file():
                return root / stored_name
        return None

    def write(self, checked: CheckedImage) -> str:
        """Write atomically (``.part`` then rename); returns the stored name."""
        self.root.mkdir(parents=True, exist_ok=True)
        name = f"{uuid.uuid4().hex}{checked.extension}"
        target = self.root / name
        part = target.with_name(target.name + ".part")
        part.write_bytes(checked.data)
        part.replace(target)
        return name

    def remove(self, stored_name: str) -> None:
        """Drop a stored file that never made it into the database (e.g. lost a race)."""
        (self.root / stored_name).unlink(missing_ok=True)

    def thumbnail(self, photo: Photo) -> Path:
        """A small PNG made once per photo (by its sha256) and kept on disk.

        A JPEG is decoded straight at 1/2, 1/4 or 1/8 of its size (``draft``: the decoder skips
        most of the work), the smallest that still covers the thumbnail; 200 camera photos then
        take well under a second on two threads (``bench/photo_picker.py``). The tiny PNG is
        written with light compression: encoding time matters more than a few hundred bytes.

        This is where a photo's pixels are first decoded (the import checks only the structure),
        so it is decoded as safely as any untrusted file: the pixel limit before decoding, and a
        damaged photo raises :class:`ValidationError` ("beschadigd") rather than Pillow's own
        errors. Callers run it off the GUI thread. A missing file raises ``OSError``.
        """
        self.thumbnails.mkdir(parents=True, exist_ok=True)
        target = self.thumbnails / f"{photo.sha256}.png"
        if not target.exists():
            with self.path(photo).open("rb") as file, _safe_open(file) as image:
                image.draft(None, THUMBNAIL_SIZE)  # None: keep the mode
                image.thumbnail(THUMBNAIL_SIZE, reducing_gap=None)
                small = image.convert("RGB")
            part = target.with_name(target.name + f".{uuid.uuid4().hex}.part")
            small.save(part, "PNG", compress_level=1)
            part.replace(target)
        return target


@dataclass(frozen=True)
class ShareCounts:
    """What :meth:`PhotoService.copy_to_shared_folder` did, photo by photo."""

    copied: int
    #: Already in the shared folder (copied before, or stored there).
    already: int
    #: Not on this PC either: another PC has it (run the command there too).
    elsewhere: int
    #: On this PC, but its bytes differ from what the database recorded: not copied.
    damaged: int


class PhotoService:
    def __init__(self, database: Database, store: PhotoStore) -> None:
        self._database = database
        self.store = store

    def copy_to_shared_folder(self, progress: Callable[[int, int], None] | None = None) -> ShareCounts:
        """Copy the photos this PC kept in its own folder into the shared photo folder (``photos.folder``).

        For the helpdesk, once per PC after the office set a shared folder: afterwards every PC
        shows them. Each file keeps its name (the database refers to it), is checked against its
        sha256, written to a ``.part`` file, flushed to the disk and renamed into place, so a
        copy cut short leaves nothing half-written. ``progress(done, total)`` is called now and
        then. Audit-logged (C360-ADM-1).
        """
        if not self.store.earlier_roots:
            raise ValidationError(
                "Er is geen gedeelde fotomap ingesteld (photos.folder), of ze is dezelfde als de "
                "eigen fotomap van deze pc: er valt niets te kopiëren."
            )
        query: Any = Photo.select(Photo.stored_name, Photo.sha256).tuples()
        rows: list[tuple[str, str]] = list(query)
        copied = already = elsewhere = damaged = 0
        self.store.root.mkdir(parents=True, exist_ok=True)
        for done, (stored_name, sha256) in enumerate(rows, start=1):
            target = self.store.root / stored_name
            if target.is_file():
                already += 1
            elif (source := self.store.earlier_path(stored_name)) is None:
                elsewhere += 1
            else:
                data = source.read_bytes()
                if hashlib.sha256(data).hexdigest() != sha256:
                    damaged += 1
                else:
                    part = target.with_name(f"{target.name}.{uuid.uuid4().hex}.part")
                    with part.open("wb") as file:
                        file.write(data)
                        file.flush()
                        os.fsync(file.fileno())
                    part.replace(target)
                    copied += 1
            if progress is not None and (done % 100 == 0 or done == len(rows)):
                progress(done, len(rows))
        counts = ShareCounts(copied, already, elsewhere, damaged)
        with self._database.write():
            audit.record("photos.copy_to_shared_folder", {"folder": str(self.store.root), **counts.__dict__})
        return counts

    def for_dossier(self, dossier_id: int) -> list[Photo]:
        return list(Photo.select().where(Photo.dossier == dossier_id).order_by(Photo.added_at, Photo.id))

    def add_from_file(self, dossier_id: int, path: Path) -> Photo | None:
        """Add a photo from disk; returns None when the dossier already has these bytes."""
        try:
            size = path.stat().st_size
            if size > MAX_PHOTO_BYTES:
                raise ValidationError(f"{path.name}: de foto is groter dan 50 MB.")
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(f"{path.name} kan niet gelezen worden: {exc.strerror}.") from None
        try:
            checked = check_image(data)
        except ValidationError as exc:
            raise ValidationError(f"{path.name}: {exc}") from None
        return self.add_checked(dossier_id, checked, original_name=path.name)

    def add_checked(
        self,
        dossier_id: int,
        checked: CheckedImage,
        *,
        original_name: str | None,
        source: PhotoSource = PhotoSource.LOCAL,
        remote_photo_id: str | None = None,
    ) -> Photo | None:
        existing = Photo.get_or_none((Photo.dossier == dossier_id) & (Photo.sha256 == checked.sha256))
        if existing is not None:
            return None
        stored_name = self.store.write(checked)
        try:
            with self._database.write():
                photo = Photo.create(
                    dossier=dossier_id,
                    stored_name=stored_name,
                    original_name=(original_name or "")[:255] or None,
                    content_type=checked.content_type,
                    size=len(checked.data),
                    sha256=checked.sha256,
                    width=checked.width,
                    height=checked.height,
                    source=source.value,
                    remote_photo_id=remote_photo_id,
                )
                audit.record("photo.add", {"dossier": dossier_id, "photo": photo.id})
        except peewee.IntegrityError:
            # Another PC stored the same bytes at the same moment: keep theirs, drop our file.
            (self.store.root / stored_name).unlink(missing_ok=True)
            return None
        return photo

    def record_stored(self, photos: Sequence[StoredPhoto]) -> list[bool]:
        """Record photos whose files are already in the store: one transaction, one audit entry each.

        For the photo import, which records a case's photos at once: the statements are built
        once (``persistence.bulk``), not per photo by the query builder. Returns, per photo,
        whether it was recorded; False means the dossier already had its bytes or its Claims360
        id (the unique indexes settle two PCs racing), and the caller removes the file once the
        transaction has committed.
        """
        if not photos:
            return []
        rows = [
            {
                "dossier": p.dossier_id,
                "stored_name": p.stored_name,
                "original_name": (p.original_name or "")[:255] or None,
                "content_type": p.facts.content_type,
                "size": p.size,
                "sha256": p.sha256,
                "width": p.facts.width,
                "height": p.facts.height,
                "source": p.source.value,
                "remote_photo_id": p.remote_photo_id,
                "taken_at": p.taken_at,
            }
            for p in photos
        ]
        with self._database.write():
            ids = bulk.insert_ignore_returning_ids(self._database, Photo, rows)
            actor, host = audit.os_user(), audit.host_name()
            entries = [
                {
                    "actor": actor,
                    "host": host,
                    "action": "photo.add",
                    "details": json.dumps({"dossier": p.dossier_id, "photo": photo_id}, sort_keys=True),
                }
                for p, photo_id in zip(photos, ids, strict=True)
                if photo_id is not None
            ]
            bulk.insert_rows(self._database, AuditLog, entries)
        return [photo_id is not None for photo_id in ids]
