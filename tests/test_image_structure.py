"""The photo import's structure check refuses what a decoder would refuse (C360-PHO-3).

Photos from Claims360 are checked by their structure, not decoded, when they arrive
(:mod:`planmanager_desktop.domain.image_structure`). These tests hold it to that promise: real
JPEGs and PNGs from Pillow (baseline, progressive, with EXIF and a trailer) pass with their size;
a cut anywhere, a broken header, a table of the wrong length, a bad CRC or a bomb's header fail
with the Dutch sentence the info panel shows.
"""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from planmanager_desktop.domain.errors import ValidationError
from planmanager_desktop.domain.image_structure import DAMAGED, ImageFacts, inspect_image


def _jpeg(size: tuple[int, int] = (320, 240), **options: object) -> bytes:
    out = io.BytesIO()
    Image.radial_gradient("L").resize(size).convert("RGB").save(out, "JPEG", quality=85, **options)
    return out.getvalue()


def _png(size: tuple[int, int] = (64, 48), mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size).save(out, "PNG")
    return out.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _damaged(data: bytes) -> None:
    with pytest.raises(ValidationError) as caught:
        inspect_image(data)
    assert str(caught.value) == DAMAGED


@pytest.mark.parametrize(
    "options",
    [{}, {"progressive": True}, {"subsampling": 0}, {"optimize": True}],
    ids=["baseline", "progressive", "4:4:4", "optimised"],
)
def test_C360_PHO_3_real_jpegs_pass_with_their_size(options: dict[str, object]) -> None:
    assert inspect_image(_jpeg((321, 243), **options)) == ImageFacts("image/jpeg", ".jpg", 321, 243)


def test_C360_PHO_3_jpeg_with_exif_thumbnail_and_camera_trailer_passes() -> None:
    exif = Image.Exif()
    exif[0x010F] = "Camera"
    data = _jpeg(exif=exif.tobytes()) + b"\x00" * 32 + b"TRAILER"
    assert inspect_image(data).width == 320


@pytest.mark.parametrize("keep", [0.02, 0.3, 0.5, 0.9, 0.999])
def test_C360_PHO_3_a_jpeg_cut_anywhere_is_damaged(keep: float) -> None:
    data = _jpeg((640, 480))
    _damaged(data[: max(4, int(len(data) * keep))])


def test_C360_PHO_3_a_progressive_jpeg_cut_between_scans_is_damaged() -> None:
    data = _jpeg((640, 480), progressive=True)
    second_scan = data.index(b"\xff\xda", data.index(b"\xff\xda") + 2)
    _damaged(data[:second_scan])


def test_C360_PHO_3_a_jpeg_with_an_embedded_thumbnail_is_still_cut_when_the_photo_is() -> None:
    """The EOI of an embedded EXIF thumbnail does not make a cut photo look whole."""
    app1 = b"Exif\x00\x00" + _jpeg((32, 24))  # a whole JPEG, EOI included, before the frame
    segment = b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1
    data = _jpeg((640, 480))
    data = data[:2] + segment + data[2:]
    assert inspect_image(data).width == 640
    _damaged(data[: len(data) // 2])


def test_C360_PHO_3_broken_jpeg_headers_are_damaged() -> None:
    good = _jpeg()
    sof = good.index(b"\xff\xc0")
    dht = good.index(b"\xff\xc4")
    dqt = good.index(b"\xff\xdb")
    # a segment length that runs past the end of the file
    _damaged(good[:sof] + b"\xff\xc0\xff\xff" + good[sof + 4 :])
    # a frame header claiming 9 components
    _damaged(good[: sof + 9] + b"\x09" + good[sof + 10 :])
    # a zero width
    _damaged(good[: sof + 7] + b"\x00\x00" + good[sof + 9 :])
    # a Huffman table whose counts promise more symbols than the segment holds
    _damaged(good[: dht + 5] + b"\xff" + good[dht + 6 :])
    # a quantisation table with precision 2 (there is no such thing)
    _damaged(good[: dqt + 4] + b"\x20" + good[dqt + 5 :])
    # garbage where the next marker belongs
    _damaged(good[:dqt] + b"GARBAGE!" + good[dqt:])
    # two frame headers
    frame_end = sof + 2 + struct.unpack(">H", good[sof + 2 : sof + 4])[0]
    _damaged(good[:frame_end] + good[sof:frame_end] + good[frame_end:])
    # a scan before any frame header
    _damaged(good[:2] + b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00" + good[2:])
    # the end marker right after the start
    _damaged(b"\xff\xd8\xff\xd9")


def test_C360_PHO_3_jpeg_bomb_header_is_refused_before_anything_is_decoded() -> None:
    good = _jpeg()
    sof = good.index(b"\xff\xc0")
    bomb = good[: sof + 5] + struct.pack(">HH", 30_000, 30_000) + good[sof + 9 :]
    with pytest.raises(ValidationError, match="te veel pixels"):
        inspect_image(bomb)


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L", "P", "1"])
def test_C360_PHO_3_real_pngs_pass_with_their_size(mode: str) -> None:
    assert inspect_image(_png((65, 47), mode)) == ImageFacts("image/png", ".png", 65, 47)


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.95])
def test_C360_PHO_3_a_png_cut_anywhere_is_damaged(keep: float) -> None:
    data = _png((300, 200))
    _damaged(data[: int(len(data) * keep)])


def test_C360_PHO_3_broken_pngs_are_damaged_and_bombs_refused() -> None:
    good = _png()
    idat = good.index(b"IDAT")
    flipped = bytearray(good)
    flipped[idat + 6] ^= 0x01  # one bit in the image data: the CRC no longer matches
    _damaged(bytes(flipped))
    signature, rest = good[:8], good[8:]
    ihdr = rest[:25]
    iend = _chunk(b"IEND", b"")
    body = rest[25 : rest.index(b"IEND") - 4]
    _damaged(signature + body + ihdr + iend)  # IHDR not first
    _damaged(signature + ihdr + iend)  # no image data
    _damaged(signature + ihdr + body + _chunk(b"tEXt", b"a\x00b") + body + iend)  # IDAT split
    bad_depth = _chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 48, 3, 2, 0, 0, 0))  # RGB at 3 bits
    _damaged(signature + bad_depth + body + iend)
    bomb = _chunk(b"IHDR", struct.pack(">IIBBBBB", 40_000, 40_000, 1, 0, 0, 0, 0))
    with pytest.raises(ValidationError, match="te veel pixels"):
        inspect_image(signature + bomb + _chunk(b"IDAT", zlib.compress(b"")) + iend)


def test_C360_PHO_3_other_files_are_not_photos() -> None:
    gif = io.BytesIO()
    Image.new("RGB", (8, 8)).save(gif, "GIF")
    for data in (b"", b"%PDF-1.7\n1 0 obj", gif.getvalue(), b"\xff\xd8", b"\x89PNG\r\n"):
        with pytest.raises(ValidationError, match="geen foto"):
            inspect_image(data)
