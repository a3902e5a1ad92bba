"""The photo import's checker and its helper process (C360-PHO-1, C360-PHO-3).

Real files, a real helper process (``spawn``) and real JPEGs: what the checker adopts lies in the
store and on the disk, what it refuses is gone with a Dutch sentence, and the import loses and
duplicates nothing when the helper dies, cannot start, or is still busy when the import stops.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

from planmanager_desktop.claims360.client import MAX_PHOTO_BYTES
from planmanager_desktop.domain.image_structure import DAMAGED
from planmanager_desktop.domain.photo_check import (
    SHA256_MISMATCH,
    Adopted,
    CheckResult,
    DiskFailure,
    Download,
    Refused,
)
from planmanager_desktop.sync import photo_checker
from planmanager_desktop.sync.photo_checker import PhotoChecker


def _jpeg(seed: int) -> bytes:
    out = io.BytesIO()
    Image.radial_gradient("L").resize((200 + seed, 150)).convert("RGB").save(out, "JPEG", quality=85)
    return out.getvalue()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "foto's"
    root.mkdir()
    return root


@pytest.fixture
def incoming(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    return folder


@pytest.fixture
def checker() -> Iterator[PhotoChecker]:
    checker = PhotoChecker()
    yield checker
    checker.close()


def _download(folder: Path, name: str, data: bytes, sha256: str | None = None) -> Download:
    path = folder / f"{name}.download"
    path.write_bytes(data)
    return Download(path, sha256 or hashlib.sha256(data).hexdigest())


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _helpers() -> list[multiprocessing.Process]:
    return [p for p in multiprocessing.active_children() if p.pid != os.getpid()]


async def test_C360_PHO_3_the_helper_process_adopts_good_photos_and_refuses_bad_ones(
    checker: PhotoChecker, store: Path, incoming: Path
) -> None:
    """C360-PHO-3: in the helper process, per photo: the sha256 against the listing, the structure
    and the pixel limit; a good photo is renamed into the store, a bad one is removed with a
    Dutch sentence, a missing file is a disk failure; one bad photo does not stop the others."""
    good, other = _jpeg(1), _jpeg(2)
    cut_bytes = good[: len(good) // 2]
    downloads = [
        _download(incoming, "good", good),
        _download(incoming, "lying", other, sha256="0" * 64),
        _download(incoming, "cut", cut_bytes, hashlib.sha256(cut_bytes).hexdigest()),
        Download(incoming / "gone.download", "0" * 64),
        _download(incoming, "other", other),
    ]
    results = await checker.check(downloads, store, MAX_PHOTO_BYTES)

    assert checker.uses_process and _helpers(), "the check ran in a helper process"
    first, lying, cut, gone, last = results
    assert isinstance(first, Adopted) and isinstance(last, Adopted)
    assert (store / first.stored_name).read_bytes() == good
    assert (store / last.stored_name).read_bytes() == other
    assert first.facts.content_type == "image/jpeg" and (first.facts.width, first.facts.height) == (201, 150)
    assert lying == Refused(SHA256_MISMATCH)
    assert cut == Refused(DAMAGED)
    assert isinstance(gone, DiskFailure)
    assert _names(store) == sorted([first.stored_name, last.stored_name])
    assert _names(incoming) == [], "nothing refused is left behind"


async def test_C360_PHO_3_a_photo_over_the_size_limit_is_refused_by_the_checker(
    checker: PhotoChecker, store: Path, incoming: Path
) -> None:
    """C360-PHO-3: the checker holds the file to the size limit too, not only the client."""
    data = _jpeg(3)
    (result,) = await checker.check([_download(incoming, "big", data)], store, len(data) - 1)
    assert isinstance(result, Refused) and "te groot" in result.message
    assert _names(store) == [] and _names(incoming) == []


async def test_C360_PHO_3_a_helper_that_dies_loses_nothing_and_is_replaced(
    checker: PhotoChecker, store: Path, incoming: Path
) -> None:
    """C360-PHO-3: the helper is killed between two cases; the next case is checked all the same
    (on a thread this once) and the one after by a new helper."""
    (first,) = await checker.check([_download(incoming, "a", _jpeg(4))], store, MAX_PHOTO_BYTES)
    assert isinstance(first, Adopted)
    (helper,) = _helpers()
    os.kill(helper.pid, signal.SIGKILL)  # type: ignore[arg-type]
    helper.join(10)

    (second,) = await checker.check([_download(incoming, "b", _jpeg(5))], store, MAX_PHOTO_BYTES)
    assert isinstance(second, Adopted) and (store / second.stored_name).exists()
    (third,) = await checker.check([_download(incoming, "c", _jpeg(6))], store, MAX_PHOTO_BYTES)
    assert isinstance(third, Adopted)
    assert checker.uses_process
    assert [p.pid for p in _helpers()] != [helper.pid], "a new helper took over"
    assert len(_names(store)) == 3


async def test_C360_PHO_3_cases_checked_at_once_when_the_helper_dies_all_land(
    checker: PhotoChecker, store: Path, incoming: Path
) -> None:
    """C360-PHO-3: three cases wait for the helper when it is killed; each is checked all the same
    (a newer helper, started by one of them, is not thrown away by another)."""
    (warm,) = await checker.check([_download(incoming, "w", _jpeg(11))], store, MAX_PHOTO_BYTES)
    assert isinstance(warm, Adopted)
    (helper,) = _helpers()
    os.kill(helper.pid, signal.SIGKILL)  # type: ignore[arg-type]
    helper.join(10)
    batches = [
        [_download(incoming, f"{case}-{n}", _jpeg(20 + 3 * case + n)) for n in range(3)] for case in range(3)
    ]
    results = await asyncio.gather(*(checker.check(batch, store, MAX_PHOTO_BYTES) for batch in batches))
    assert all(isinstance(r, Adopted) for batch in results for r in batch)
    (after,) = await checker.check([_download(incoming, "z", _jpeg(40))], store, MAX_PHOTO_BYTES)
    assert isinstance(after, Adopted) and len(_names(store)) == 11


async def test_C360_PHO_3_a_pc_that_cannot_start_the_helper_checks_in_process(
    store: Path, incoming: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """C360-PHO-3: when no process can be started (a locked-down PC), the photos are checked on a
    thread of the program itself, from then on, and nothing is lost."""

    class NoProcesses(ProcessPoolExecutor):
        def submit(self, *args: object, **kwargs: object):  # type: ignore[no-untyped-def,override]
            raise PermissionError(13, "Toegang geweigerd")

    monkeypatch.setattr(photo_checker, "ProcessPoolExecutor", NoProcesses)
    checker = PhotoChecker()
    try:
        (result,) = await checker.check([_download(incoming, "a", _jpeg(7))], store, MAX_PHOTO_BYTES)
        assert isinstance(result, Adopted) and (store / result.stored_name).exists()
        assert not checker.uses_process
    finally:
        checker.close()


async def test_C360_PHO_1_an_import_stopped_mid_check_leaves_no_unrecorded_photo_in_the_store(
    store: Path, incoming: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """C360-PHO-1: the sync is stopped while a case is being checked; the check finishes where it
    runs, and what it moved into the store is removed, since no one will record it."""
    release = threading.Event()
    started = threading.Event()
    real = photo_checker.check_and_adopt_all

    def slow(downloads: Sequence[Download], store_root: Path, max_bytes: int) -> list[CheckResult]:
        started.set()
        release.wait(10)
        return real(downloads, store_root, max_bytes)

    monkeypatch.setattr(photo_checker, "check_and_adopt_all", slow)
    checker = PhotoChecker(use_process=False)  # the pause is made by hand: on a thread
    try:
        downloads = [_download(incoming, "a", _jpeg(8)), _download(incoming, "b", _jpeg(9))]
        task = asyncio.ensure_future(checker.check(downloads, store, MAX_PHOTO_BYTES))
        assert await asyncio.to_thread(started.wait, 10)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        release.set()
    finally:
        checker.close()  # waits for the batch, and for its clean-up
    assert _names(store) == []


async def test_C360_PHO_1_a_closed_checker_refuses_work(store: Path, incoming: Path) -> None:
    """C360-PHO-1: after the program's services are closed, no helper is started again."""
    checker = PhotoChecker()
    checker.close()
    with pytest.raises(RuntimeError):
        await checker.check([_download(incoming, "a", _jpeg(10))], store, MAX_PHOTO_BYTES)
    assert _helpers() == []


def test_C360_PHO_1_the_helper_probe_checks_a_photo_in_a_helper_process(tmp_path: Path) -> None:
    """C360-PHO-1: the probe the bundle's smoke test runs (``--smoke-test``) starts a real helper
    and has it adopt a photo; the installer test runs it in the frozen program."""
    photo_checker.probe_helper(tmp_path)
    assert len(_names(tmp_path / "probe-store")) == 1


def test_C360_PHO_1_the_helper_probe_fails_loudly_when_the_helper_cannot_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """C360-PHO-1: a helper that does not do its work makes the smoke test fail, not pass quietly."""
    monkeypatch.setattr(photo_checker, "_small_png", lambda: b"not a photo")
    with pytest.raises(RuntimeError, match="helper answered"):
        photo_checker.probe_helper(tmp_path)
