"""What a photo from Claims360 must prove before it enters the photo store (C360-PHO-1, C360-PHO-3).

A downloaded photo lies in the import's folder under a name the program chose. Before the
database may say the dossier has it, the photo must prove, from its bytes:

* its sha256 is the one the listing announced;
* it is a whole JPEG or PNG within the pixel limit (:mod:`.image_structure`: the structure, not
  a decode);
* it is on the disk (fsync), so a power cut cannot leave a recorded photo without its bytes;

and only then is it renamed into the store under a new name (a rename on the same disk, not a
second write).

This module is kept light (no Pillow, no Qt, no database) because the photo import runs it in a
helper process (:mod:`planmanager_desktop.sync.photo_checker`): there, the reads, the hashing,
the fsyncs and the renames do not take turns with the event loop at the one lock Python threads
share, which slowed the whole import by a quarter. Its results are plain, picklable values, never
exceptions, so nothing is lost crossing the process boundary.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from planmanager_desktop.domain.errors import ValidationError
from planmanager_desktop.domain.image_structure import ImageFacts, inspect_image

SHA256_MISMATCH = "De foto kwam anders aan dan Claims360 aankondigde (controlegetal klopt niet)."


@dataclass(frozen=True)
class Download:
    """A finished download waiting for its check: where it lies and the sha256 it must have."""

    path: Path
    sha256: str


@dataclass(frozen=True)
class Adopted:
    """The photo passed and now lies in the store as ``stored_name``."""

    stored_name: str
    facts: ImageFacts


@dataclass(frozen=True)
class Refused:
    """The photo is not what it should be (a Dutch sentence); its file is removed."""

    message: str


@dataclass(frozen=True)
class DiskFailure:
    """This PC's disk failed (full, gone): not the photo's fault; its file is removed if it can be."""

    reason: str


CheckResult = Adopted | Refused | DiskFailure


def check_image_data(data: bytes, max_bytes: int) -> ImageFacts:
    """Size, type and structure of a photo's bytes, without decoding the pixels."""
    if len(data) > max_bytes:
        raise ValidationError(f"De foto is te groot (meer dan {max_bytes // (1024 * 1024)} MB).")
    return inspect_image(data)


def adopt_file(store_root: Path, path: Path, extension: str) -> str:
    """Move a checked file into the store under a new name; returns the stored name."""
    name = f"{uuid.uuid4().hex}{extension}"
    os.replace(path, store_root / name)
    return name


def check_and_adopt(download: Download, store_root: Path, max_bytes: int) -> Adopted:
    """Check one download, make it durable and rename it into the store.

    Raises :class:`ValidationError` (refused) or :class:`OSError` (the disk). One read from the
    page cache serves the hash and the structure check.
    """
    # r+b: Windows flushes a file only through a handle that may write to it
    with download.path.open("r+b") as file:
        data = file.read(max_bytes + 1)
        if hashlib.sha256(data).hexdigest() != download.sha256.lower():
            raise ValidationError(SHA256_MISMATCH)
        facts = check_image_data(data, max_bytes)
        os.fsync(file.fileno())
    return Adopted(adopt_file(store_root, download.path, facts.extension), facts)


def check_and_adopt_all(downloads: Sequence[Download], store_root: Path, max_bytes: int) -> list[CheckResult]:
    """A case's downloads, each on its own: one refused or failing photo does not stop the rest.

    The import hands over a whole case at once: every hand-over wakes the helper and the event
    loop, and one per photo cost as much as the checks themselves.
    """
    results: list[CheckResult] = []
    for download in downloads:
        try:
            results.append(check_and_adopt(download, store_root, max_bytes))
        except ValidationError as exc:
            _remove_quietly(download.path)
            results.append(Refused(str(exc)))
        except OSError as exc:
            _remove_quietly(download.path)
            results.append(DiskFailure(exc.strerror or type(exc).__name__))
    return results


def remove_adopted(store_root: Path, results: Sequence[CheckResult]) -> None:
    """Remove the files a check adopted when nobody will record them (the import was stopped)."""
    for result in results:
        if isinstance(result, Adopted):
            _remove_quietly(store_root / result.stored_name)


def _remove_quietly(path: Path) -> None:
    # the run's folder is removed at its end; a stray file in the store harms nobody
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
