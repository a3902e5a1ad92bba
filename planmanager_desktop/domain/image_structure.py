"""Is this a whole, well-formed JPEG or PNG of a sane size? Answered without decoding the pixels.

The photo import (C360-PHO-1, C360-PHO-3) receives hundreds of photos in a first sync. Decoding
each one to prove it is sound costs more CPU than the download itself: on two cores it made the
import take twice as long as the bytes take to arrive (``bench/photo_download.py``). Most of that
decode is the entropy decoding of the compressed pixels, which proves little that the file's
structure does not already prove: libjpeg reports damage *inside* the compressed data only as a
warning and shows grey blocks.

So the import checks the structure, byte for byte, and leaves decoding to the moment a picture
is needed (the thumbnail, made once, off the GUI thread, with the same pixel limit):

* **JPEG**: SOI first; every segment's length inside the file; exactly one frame header (SOF)
  with sane dimensions, at most :data:`MAX_PIXELS`, before the first scan; Huffman and
  quantisation tables that add up to their segment; compressed data after the first scan header
  and an EOI after it (compressed data cannot hold the bytes of EOI, so a file cut anywhere lacks
  it). A cut anywhere, a garbage header, a table of the wrong size or a bomb's frame header fails.
* **PNG**: the signature; IHDR first with sane dimensions, bit depth and colour type; every
  chunk inside the file with a matching CRC-32; the image data (IDAT) present and contiguous;
  IEND last.

Bytes after EOI or IEND (camera trailers) are allowed: every decoder ignores them.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from planmanager_desktop.domain.errors import ValidationError

MAX_PIXELS = 60_000_000  # a 60-megapixel photo is the largest real camera image we accept

NOT_A_PHOTO = "Dit bestand is geen foto (alleen JPEG- en PNG-foto's worden aanvaard)."
DAMAGED = "De foto is beschadigd en kan niet geopend worden."
TOO_MANY_PIXELS = "De foto heeft te veel pixels om veilig te openen."

JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

#: Frame headers (SOF0–SOF15 without DHT C4, JPG C8 and DAC CC).
_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_DHT, _DQT, _SOS, _DRI, _EOI, _TEM = 0xC4, 0xDB, 0xDA, 0xDD, 0xD9, 0x01
#: What may follow 0xFF inside compressed data: a stuffed zero or a restart marker (D0–D7).
_STUFFED_OR_RESTART = frozenset({0x00, *range(0xD0, 0xD8)})

#: PNG colour type → the bit depths it allows.
_PNG_DEPTHS = {0: {1, 2, 4, 8, 16}, 2: {8, 16}, 3: {1, 2, 4, 8}, 4: {8, 16}, 6: {8, 16}}


@dataclass(frozen=True)
class ImageFacts:
    """What the structure check proved about a file: a whole JPEG or PNG of this size."""

    content_type: str
    extension: str
    width: int
    height: int


def inspect_image(data: bytes) -> ImageFacts:
    """The structure of a JPEG or PNG, checked; any other bytes are refused (Dutch messages)."""
    if data.startswith(JPEG_MAGIC):
        width, height = _jpeg(data)
        return ImageFacts("image/jpeg", ".jpg", width, height)
    if data.startswith(PNG_MAGIC):
        width, height = _png(data)
        return ImageFacts("image/png", ".png", width, height)
    raise ValidationError(NOT_A_PHOTO)


def _check_pixels(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise ValidationError(DAMAGED)
    if width * height > MAX_PIXELS:
        raise ValidationError(TOO_MANY_PIXELS)


def _jpeg(data: bytes) -> tuple[int, int]:
    """Walk the JPEG's segments from SOI to the first scan, then find EOI; returns (width, height)."""
    end = len(data)
    pos = 2
    size: tuple[int, int] | None = None
    while True:
        if pos >= end or data[pos] != 0xFF:
            raise ValidationError(DAMAGED)  # cut off, or garbage where a marker belongs
        while pos < end and data[pos] == 0xFF:  # fill bytes before a marker are allowed
            pos += 1
        if pos >= end:
            raise ValidationError(DAMAGED)
        marker = data[pos]
        pos += 1
        if marker == _EOI:
            raise ValidationError(DAMAGED)  # the end before any image data
        if marker == _TEM or 0xD0 <= marker <= 0xD7 or marker in (0x00, 0xD8):
            if marker != _TEM:
                raise ValidationError(DAMAGED)  # a restart or a second SOI outside a scan
            continue
        if pos + 2 > end:
            raise ValidationError(DAMAGED)
        (length,) = struct.unpack_from(">H", data, pos)
        body, pos = pos + 2, pos + length
        if length < 2 or pos > end:
            raise ValidationError(DAMAGED)
        segment = data[body:pos]
        if marker in _SOF:
            if size is not None:
                raise ValidationError(DAMAGED)  # one frame per image
            size = _jpeg_frame(segment)
        elif marker == _DHT:
            _jpeg_huffman_tables(segment)
        elif marker == _DQT:
            _jpeg_quantisation_tables(segment)
        elif marker == _DRI:
            if length != 4:
                raise ValidationError(DAMAGED)
        elif marker == _SOS:
            if size is None or not segment or not 1 <= segment[0] <= 4 or length != 6 + 2 * segment[0]:
                raise ValidationError(DAMAGED)
            return _jpeg_scans(data, pos, size)


def _jpeg_scans(data: bytes, start: int, size: tuple[int, int]) -> tuple[int, int]:
    """From the first scan on: the compressed data must end with EOI.

    Compressed data cannot contain the bytes FF D9 (a 0xFF there is always followed by a stuffed
    zero or a restart marker), so a file cut anywhere after the first scan header has no EOI
    after it. Searching from the end finds the EOI of a whole file at once; a camera trailer
    after the EOI is allowed. The segments between the scans of a progressive JPEG are left to
    the decoder: walking them means scanning all the compressed data in Python's lock, which
    measured as a quarter of the whole import's time (``bench/photo_download.py``).
    """
    eoi = data.rfind(b"\xff\xd9", start)
    if eoi <= start:
        raise ValidationError(DAMAGED)  # cut off after the header, or no compressed data at all
    if data[start] == 0xFF and data[start + 1] not in _STUFFED_OR_RESTART:
        raise ValidationError(DAMAGED)  # a marker where the first compressed byte belongs
    return size


def _jpeg_frame(segment: bytes) -> tuple[int, int]:
    if len(segment) < 6:
        raise ValidationError(DAMAGED)
    precision, height, width, components = struct.unpack_from(">BHHB", segment)
    if precision not in (8, 12, 16) or not 1 <= components <= 4 or len(segment) != 6 + 3 * components:
        raise ValidationError(DAMAGED)
    for index in range(components):
        sampling = segment[6 + 3 * index + 1]
        if not (1 <= sampling >> 4 <= 4 and 1 <= sampling & 0x0F <= 4):
            raise ValidationError(DAMAGED)
    _check_pixels(width, height)
    return width, height


def _jpeg_huffman_tables(segment: bytes) -> None:
    pos = 0
    while pos < len(segment):
        if pos + 17 > len(segment) or segment[pos] >> 4 > 1 or segment[pos] & 0x0F > 3:
            raise ValidationError(DAMAGED)
        symbols = sum(segment[pos + 1 : pos + 17])
        pos += 17 + symbols
        if symbols > 256 or pos > len(segment):
            raise ValidationError(DAMAGED)


def _jpeg_quantisation_tables(segment: bytes) -> None:
    pos = 0
    while pos < len(segment):
        precision = segment[pos] >> 4
        if precision > 1 or segment[pos] & 0x0F > 3:
            raise ValidationError(DAMAGED)
        pos += 1 + 64 * (precision + 1)
        if pos > len(segment):
            raise ValidationError(DAMAGED)


def _png(data: bytes) -> tuple[int, int]:
    """Walk the PNG's chunks from IHDR to IEND, CRCs checked; returns (width, height)."""
    end = len(data)
    pos = len(PNG_MAGIC)
    size: tuple[int, int] | None = None
    idat = "none"  # none → in (inside the IDAT run) → after
    while True:
        if pos + 12 > end:
            raise ValidationError(DAMAGED)
        length, kind = struct.unpack_from(">I4s", data, pos)
        body = pos + 8
        after = body + length + 4
        if length > 0x7FFFFFFF or after > end:
            raise ValidationError(DAMAGED)
        (crc,) = struct.unpack_from(">I", data, body + length)
        if zlib.crc32(memoryview(data)[pos + 4 : body + length]) != crc:
            raise ValidationError(DAMAGED)
        if size is None:
            if kind != b"IHDR" or length != 13:
                raise ValidationError(DAMAGED)
            size = _png_header(data[body : body + 13])
        elif kind == b"IHDR":
            raise ValidationError(DAMAGED)
        elif kind == b"IDAT":
            if idat == "after":
                raise ValidationError(DAMAGED)  # image data must be one contiguous run
            idat = "in"
        elif kind == b"IEND":
            if idat == "none":
                raise ValidationError(DAMAGED)
            return size
        elif idat == "in":
            idat = "after"
        pos = after


def _png_header(header: bytes) -> tuple[int, int]:
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(">IIBBBBB", header)
    if depth not in _PNG_DEPTHS.get(colour, ()) or compression or filtering or interlace > 1:
        raise ValidationError(DAMAGED)
    if width > 0x7FFFFFFF or height > 0x7FFFFFFF:
        raise ValidationError(DAMAGED)
    _check_pixels(width, height)
    return width, height
