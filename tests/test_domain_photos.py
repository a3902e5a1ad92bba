"""Photos are untrusted files (C360-PHO-3): size limit, images only, safe decoding, our own names."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from planmanager_desktop.composition import Services
from planmanager_desktop.domain import photos as photos_module
from planmanager_desktop.domain.dossiers import DossierInput
from planmanager_desktop.domain.errors import ValidationError
from planmanager_desktop.domain.photos import check_image
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.persistence.models import AuditLog, Dossier, Photo, PhotoSource


def _image(fmt: str, size: tuple[int, int] = (64, 48), colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, fmt)
    return buffer.getvalue()


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims huge dimensions: what a decompression bomb looks like before decoding."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey: tiny when compressed
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")
    )


@pytest.fixture
def dossier(services: Services) -> Dossier:
    repairer = services.repairers.add(RepairerInput("Carrosserie IndyPro BV"))
    return services.dossiers.create(DossierInput(repairer_id=repairer.id))


def test_C360_PHO_3_jpeg_is_kept_byte_for_byte() -> None:
    data = _image("JPEG")
    checked = check_image(data)
    assert (checked.data, checked.content_type, checked.extension) == (data, "image/jpeg", ".jpg")
    assert (checked.width, checked.height) == (64, 48)


def test_C360_PHO_3_png_is_kept() -> None:
    data = _image("PNG")
    checked = check_image(data)
    assert (checked.data, checked.content_type, checked.extension) == (data, "image/png", ".png")


@pytest.mark.parametrize("fmt", ["WEBP", "BMP", "GIF"])
def test_C360_PHO_3_other_image_types_become_jpeg(fmt: str) -> None:
    checked = check_image(_image(fmt))
    assert checked.content_type == "image/jpeg"
    assert Image.open(io.BytesIO(checked.data)).format == "JPEG"


def test_C360_PHO_3_conversion_can_be_refused() -> None:
    with pytest.raises(ValidationError, match="geen foto"):
        check_image(_image("WEBP"), convert=False)


@pytest.mark.parametrize(
    "data",
    [b"", b"dit is een tekstbestand, geen foto", b"%PDF-1.7\n1 0 obj", b"MZ\x90\x00\x03" + bytes(100)],
)
def test_C360_PHO_3_non_images_are_refused(data: bytes) -> None:
    with pytest.raises(ValidationError, match="geen leesbare foto"):
        check_image(data)


def test_C360_PHO_3_corrupt_jpeg_is_refused() -> None:
    data = _image("JPEG", size=(400, 300))
    truncated = data[: len(data) // 2]
    with pytest.raises(ValidationError, match="beschadigd"):
        check_image(truncated)


def test_C360_PHO_3_too_many_pixels_is_refused_before_decoding() -> None:
    with pytest.raises(ValidationError, match="te veel pixels"):
        check_image(_png_header_only(8_000, 8_000))  # 64 megapixels > 60


def test_C360_PHO_3_decompression_bomb_is_refused() -> None:
    with pytest.raises(ValidationError):
        check_image(_png_header_only(40_000, 40_000))  # 1.6 gigapixels: Pillow's own bomb check


def test_C360_PHO_3_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _image("PNG")
    monkeypatch.setattr(photos_module, "MAX_PHOTO_BYTES", len(data) - 1)
    with pytest.raises(ValidationError, match="te groot"):
        check_image(data)


def test_C360_PHO_3_stored_under_a_name_the_program_chooses(services: Services, dossier: Dossier) -> None:
    photo = services.photos.add_checked(
        dossier.id, check_image(_image("JPEG")), original_name="../../../etc/passwd.jpg"
    )
    assert photo is not None
    assert "/" not in photo.stored_name and ".." not in photo.stored_name
    assert photo.stored_name.endswith(".jpg")
    path = services.photos.store.path(photo)
    assert path.parent == services.photos.store.root and path.is_file()
    assert photo.original_name == "../../../etc/passwd.jpg"  # kept only as a label
    assert AuditLog.select().where(AuditLog.action == "photo.add").count() == 1


def test_C360_PHO_1_duplicate_bytes_are_ignored(services: Services, dossier: Dossier) -> None:
    checked = check_image(_image("PNG"))
    first = services.photos.add_checked(dossier.id, checked, original_name="a.png")
    assert first is not None
    assert services.photos.add_checked(dossier.id, checked, original_name="b.png") is None
    assert Photo.select().count() == 1
    assert len(list(services.photos.store.root.glob("*.png"))) == 1  # no orphan file either


def test_the_same_photo_may_belong_to_two_dossiers(services: Services, dossier: Dossier) -> None:
    other = services.dossiers.create(DossierInput(repairer_id=dossier.repairer.id))
    checked = check_image(_image("JPEG"))
    assert services.photos.add_checked(dossier.id, checked, original_name=None) is not None
    assert services.photos.add_checked(other.id, checked, original_name=None) is not None


def test_add_from_file_and_thumbnail(services: Services, dossier: Dossier, tmp_path: Path) -> None:
    source = tmp_path / "schade.webp"
    source.write_bytes(_image("WEBP", size=(640, 480)))
    photo = services.photos.add_from_file(dossier.id, source)
    assert photo is not None and photo.content_type == "image/jpeg"
    assert photo.source == PhotoSource.LOCAL.value and photo.original_name == "schade.webp"
    assert [p.id for p in services.photos.for_dossier(dossier.id)] == [photo.id]
    thumb = services.photos.store.thumbnail(photo)
    with Image.open(thumb) as image:
        assert image.width <= 160 and image.height <= 120


def test_add_from_file_names_the_file_in_the_message(
    services: Services, dossier: Dossier, tmp_path: Path
) -> None:
    text = tmp_path / "notities.jpg"
    text.write_text("geen foto", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"^notities\.jpg: "):
        services.photos.add_from_file(dossier.id, text)
    with pytest.raises(ValidationError, match=r"weg\.jpg kan niet gelezen worden"):
        services.photos.add_from_file(dossier.id, tmp_path / "weg.jpg")
    assert Photo.select().count() == 0
