"""Photos of a dossier: stored under names the program chooses, decoded safely, thumbnailed once.

Files come from a user's disk now and from the network later (C360-PHO-3), so every file is
treated as untrusted: a size limit, image types only (by content, not by extension), a pixel limit
against decompression bombs, and a stored name that never derives from the file's own name.
"""

from __future__ import annotations

import hashlib
import io
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path

import peewee
from PIL import Image, UnidentifiedImageError

from planmanager_desktop.domain.errors import ValidationError
from planmanager_desktop.persistence import audit
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.models import Photo, PhotoSource

MAX_PHOTO_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 60_000_000  # a 60-megapixel photo is the largest real camera image we accept
THUMBNAIL_SIZE = (160, 120)
_TYPES = {"JPEG": ("image/jpeg", ".jpg"), "PNG": ("image/png", ".png")}
_CONVERTIBLE = {"WEBP", "BMP", "TIFF", "GIF", "HEIF", "MPO"}


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
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                fmt = probe.format or ""
                width, height = probe.size
                if width * height > MAX_PIXELS:
                    raise ValidationError("De foto heeft te veel pixels om veilig te openen.")
                probe.load()  # decodes: a truncated or corrupt file fails here
                if fmt not in _TYPES:
                    if not convert or fmt not in _CONVERTIBLE:
                        raise ValidationError(
                            "Dit bestand is geen foto (alleen JPEG- en PNG-foto's worden aanvaard)."
                        )
                    out = io.BytesIO()
                    probe.convert("RGB").save(out, "JPEG", quality=90)
                    data, fmt = out.getvalue(), "JPEG"
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            "Dit bestand is geen leesbare foto (alleen JPEG- en PNG-foto's worden aanvaard)."
        ) from None
    except (OSError, SyntaxError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError("De foto is beschadigd en kan niet geopend worden.") from None
    content_type, extension = _TYPES[fmt]
    return CheckedImage(
        data=data,
        content_type=content_type,
        extension=extension,
        width=width,
        height=height,
        sha256=hashlib.sha256(data).hexdigest(),
    )


class PhotoStore:
    """The folder with the photo files and their cached thumbnails."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.thumbnails = root / "thumbnails"

    def path(self, photo: Photo) -> Path:
        return self.root / photo.stored_name

    def write(self, checked: CheckedImage) -> str:
        """Write atomically (``.part`` then rename); returns the stored name."""
        self.root.mkdir(parents=True, exist_ok=True)
        name = f"{uuid.uuid4().hex}{checked.extension}"
        target = self.root / name
        part = target.with_name(target.name + ".part")
        part.write_bytes(checked.data)
        part.replace(target)
        return name

    def thumbnail(self, photo: Photo) -> Path:
        """A small PNG made once per photo (by its sha256) and kept on disk."""
        self.thumbnails.mkdir(parents=True, exist_ok=True)
        target = self.thumbnails / f"{photo.sha256}.png"
        if not target.exists():
            with Image.open(self.path(photo)) as image:
                image.thumbnail(THUMBNAIL_SIZE)
                part = target.with_name(target.name + f".{uuid.uuid4().hex}.part")
                image.convert("RGB").save(part, "PNG")
                part.replace(target)
        return target


class PhotoService:
    def __init__(self, database: Database, store: PhotoStore) -> None:
        self._database = database
        self.store = store

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
