"""The photo import's fast path keeps C360-PHO-3's guarantees (check_image_data, adopt, batch record).

The import checks a download's structure on disk (no decode), renames it into the store and
records a case's photos in one transaction. These tests prove the same refusals as
:func:`check_image` and that a photo another PC recorded first leaves no file behind.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from planmanager_desktop.claims360.client import MAX_PHOTO_BYTES
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.dossiers import DossierInput
from planmanager_desktop.domain.errors import ValidationError
from planmanager_desktop.domain.photo_check import adopt_file
from planmanager_desktop.domain.photo_check import check_image_data as check_bytes
from planmanager_desktop.domain.photos import ImageFacts, StoredPhoto
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import AuditLog, Dossier, Photo, PhotoSource


def _jpeg(size: tuple[int, int] = (400, 300)) -> bytes:
    out = io.BytesIO()
    Image.radial_gradient("L").resize(size).convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")
    )


def check_image_data(data: bytes) -> ImageFacts:
    """The check the import runs on a download, with the download's size limit."""
    return check_bytes(data, MAX_PHOTO_BYTES)


def _file(tmp_path: Path, data: bytes, name: str = "x.download") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_C360_PHO_3_check_image_data_accepts_jpeg_and_png(tmp_path: Path) -> None:
    facts = check_image_data(_jpeg((400, 300)))
    assert facts == ImageFacts("image/jpeg", ".jpg", 400, 300)
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (1, 2, 3)).save(out, "PNG")
    assert check_image_data(out.getvalue()) == ImageFacts("image/png", ".png", 64, 48)


@pytest.mark.parametrize("cut", [3, 2, 1.05])
def test_C360_PHO_3_check_image_data_refuses_a_truncated_jpeg(tmp_path: Path, cut: float) -> None:
    """The structure check finds no end marker after the image data: a cut anywhere fails."""
    data = _jpeg((800, 600))
    with pytest.raises(ValidationError, match="beschadigd"):
        check_image_data(data[: int(len(data) / cut)])


def test_C360_PHO_3_check_image_data_refuses_bombs_and_non_photos(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="te veel pixels"):
        check_image_data(_png_header_only(8_000, 8_000))
    with pytest.raises(ValidationError):
        check_image_data(_png_header_only(40_000, 40_000))
    with pytest.raises(ValidationError, match="geen foto"):
        check_image_data(b"%PDF-1.7\n1 0 obj")
    gif = io.BytesIO()
    Image.new("RGB", (8, 8)).save(gif, "GIF")
    with pytest.raises(ValidationError, match="geen foto"):
        check_image_data(gif.getvalue())  # never converted on this path


@pytest.fixture
def dossier(services: Services) -> Dossier:
    repairer = services.repairers.add(RepairerInput("Carrosserie IndyPro BV"))
    return services.dossiers.create(DossierInput(repairer_id=repairer.id))


def _stored(services: Services, dossier: Dossier, tmp_path: Path, data: bytes, remote_id: str) -> StoredPhoto:
    path = _file(tmp_path, data, f"{remote_id}.download")
    facts = check_image_data(data)
    return StoredPhoto(
        dossier_id=dossier.id,
        stored_name=adopt_file(services.photos.store.root, path, facts.extension),
        original_name="../voorkant.jpg",
        facts=facts,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        source=PhotoSource.CLAIMS360,
        remote_photo_id=remote_id,
        taken_at=utcnow(),
    )


def test_C360_PHO_1_record_stored_records_once_and_reports_the_race(
    services: Services, dossier: Dossier, tmp_path: Path
) -> None:
    """C360-PHO-1: a case's photos go in at once, with an audit entry each; a photo whose bytes or
    Claims360 id the dossier already has (another PC was first) is reported, not recorded."""
    services.photos.store.root.mkdir(parents=True, exist_ok=True)
    a, b = _jpeg((400, 300)), _jpeg((320, 240))
    first = [_stored(services, dossier, tmp_path, a, "p-a"), _stored(services, dossier, tmp_path, b, "p-b")]
    assert services.photos.record_stored(first) == [True, True]
    photos = {p.remote_photo_id: p for p in Photo.select()}
    assert photos["p-a"].width == 400 and photos["p-a"].taken_at is not None
    assert photos["p-a"].original_name == "../voorkant.jpg"  # a label, never a path
    assert "/" not in photos["p-a"].stored_name
    assert AuditLog.select().where(AuditLog.action == "photo.add").count() == 2

    again = [_stored(services, dossier, tmp_path, a, "p-a2"), _stored(services, dossier, tmp_path, b, "p-b")]
    assert services.photos.record_stored(again) == [False, False]  # same sha256; same id
    assert Photo.select().count() == 2
    assert AuditLog.select().where(AuditLog.action == "photo.add").count() == 2


def _whole_but_undecodable_jpeg() -> bytes:
    """A JPEG whose structure is whole but whose Huffman table cannot exist (3 one-bit codes)."""
    data = bytearray(_jpeg((320, 240)))
    dht = data.index(b"\xff\xc4")
    counts = data[dht + 5 : dht + 21]
    largest = max(range(16), key=lambda k: counts[k])
    data[dht + 5] += 3
    data[dht + 5 + largest] -= 3  # same number of symbols: the segment's length still fits
    return bytes(data)


def test_C360_PHO_3_a_photo_that_only_fails_to_decode_is_caught_when_its_thumbnail_is_made(
    services: Services, dossier: Dossier, tmp_path: Path
) -> None:
    """C360-PHO-3: the import checks structure, not pixels; the first decode is the thumbnail's.
    There a damaged photo gives the Dutch "beschadigd" sentence (shown on the Foto's tab), never
    a Pillow error, and no thumbnail file is left behind."""
    from planmanager_desktop.views.photo_thumbnails import load_entries

    services.photos.store.root.mkdir(parents=True, exist_ok=True)
    damaged = _stored(services, dossier, tmp_path, _whole_but_undecodable_jpeg(), "p-kapot")
    whole = _stored(services, dossier, tmp_path, _jpeg((400, 300)), "p-heel")
    assert services.photos.record_stored([damaged, whole]) == [True, True]
    photo = Photo.get(Photo.remote_photo_id == "p-kapot")
    with pytest.raises(ValidationError, match="beschadigd"):
        services.photos.store.thumbnail(photo)
    by_problem = sorted(load_entries(services.photos, dossier.id), key=lambda e: e.problem or "")
    assert by_problem[0].problem is None and by_problem[0].thumbnail is not None
    assert by_problem[1].thumbnail is None and "beschadigd" in (by_problem[1].problem or "")
    assert list(services.photos.store.thumbnails.glob("*.part")) == []
