"""Real JPEG/PNG photos for the sandbox, generated with Pillow.

Why real images: the client decodes photos to make thumbnails and refuses anything that is not a
real image (C360-PHO-3), so fake bytes would not exercise it. The images are deterministic for a
given label (a fixed noise pattern, no randomness), which lets them be cached: seeding the demo
state many times in one test run costs the encoding only once.
"""

from __future__ import annotations

import functools
import hashlib
import io
from typing import Literal

from PIL import Image, ImageDraw, ImageFont

ImageFormat = Literal["jpeg", "png"]

WIDTH = 640
HEIGHT = 480

_PALETTES: tuple[tuple[tuple[int, int, int], tuple[int, int, int]], ...] = (
    ((196, 40, 36), (24, 28, 92)),
    ((40, 150, 70), (236, 236, 200)),
    ((30, 90, 170), (250, 200, 60)),
    ((120, 120, 130), (20, 20, 20)),
    ((220, 120, 30), (60, 20, 80)),
)


@functools.lru_cache(maxsize=8)
def _background(palette: int, width: int, height: int) -> Image.Image:
    first, second = _PALETTES[palette % len(_PALETTES)]
    mask = (
        Image.linear_gradient("L").resize((width, height)).rotate(15 * palette, expand=False, fillcolor=128)
    )
    return Image.composite(
        Image.new("RGB", (width, height), first), Image.new("RGB", (width, height), second), mask
    )


@functools.lru_cache(maxsize=2)
def _noise(width: int, height: int) -> Image.Image:
    # effect_noise is random; generate it once per process so that images stay deterministic.
    return Image.effect_noise((width, height), 40).convert("RGB")


@functools.lru_cache(maxsize=1)
def _font() -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=34)


@functools.lru_cache(maxsize=512)
def render_photo(label: str, fmt: ImageFormat = "jpeg", *, width: int = WIDTH, height: int = HEIGHT) -> bytes:
    """Encode a gradient picture with ``label`` written on it (JPEG ~60 KB, PNG ~45 KB)."""
    digest = hashlib.sha256(label.encode()).digest()
    image = _background(digest[0], width, height).copy()
    draw = ImageDraw.Draw(image)
    x0, y0 = 60 + digest[1] % 200, 140 + digest[2] % 120
    draw.rectangle((x0, y0, x0 + 220, y0 + 150), outline=(255, 220, 0), width=6)
    draw.text((24, 24), label, fill=(255, 255, 255), font=_font())
    draw.text((24, height - 60), "Claims360 sandbox", fill=(255, 255, 255), font=_font())
    buffer = io.BytesIO()
    if fmt == "jpeg":
        Image.blend(image, _noise(width, height), 0.15).save(buffer, "JPEG", quality=85)
    else:
        blended = Image.blend(image, _noise(width, height), 0.04)
        blended.quantize(colors=64, method=Image.Quantize.FASTOCTREE).save(buffer, "PNG", compress_level=6)
    return buffer.getvalue()


JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def sniff_image_type(data: bytes) -> str | None:
    """The content type from the magic bytes (never from what the sender declared), or None."""
    if data.startswith(JPEG_MAGIC):
        return "image/jpeg"
    if data.startswith(PNG_MAGIC):
        return "image/png"
    return None
