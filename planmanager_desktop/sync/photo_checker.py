"""The helper process that checks downloaded photos for the photo import (C360-PHO-1, C360-PHO-3).

Why a process and not a thread: the event loop runs on the GUI thread (qasync) and is the
bottleneck of a download. Reading, hashing, fsyncing and renaming photos on a worker thread
releases and takes back Python's one lock (the GIL) several times per photo, and each time the
event loop has to wait for it: a 500-photo import took a quarter longer than with the same
work in a helper process, and the window reacted later too (``bench/photo_download.py``).

The helper is started on first use (``spawn``, as on Windows, also on Linux: forking a process
that runs Qt and database threads is unsafe) and kept for the program's life, so its start is
paid once. It runs :mod:`planmanager_desktop.domain.photo_check`, which imports neither Qt,
Pillow nor the database.

Nothing is lost or duplicated when the helper cannot help:

* if it dies (killed, out of memory), the batch is checked again on a thread in this process
  (a photo the helper had already moved is then missing: a disk failure for now, fetched again
  by the next sync), and a new helper is started for the next batch;
* if no process can be started at all (a locked-down PC), the checker keeps to a thread;
* if the import is stopped while a batch is being checked, the files that batch moves into the
  store are removed when it ends, since no one will record them.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import multiprocessing
import struct
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from planmanager_desktop.domain.photo_check import (
    Adopted,
    CheckResult,
    Download,
    check_and_adopt_all,
    remove_adopted,
)

log = logging.getLogger(__name__)


class PhotoChecker:
    """Checks a case's downloads and adopts them into the store, outside the event loop's way.

    ``use_process=False`` keeps the work on a thread of this process (tests that reach into the
    check with a monkeypatch; a PC that cannot start processes).
    """

    def __init__(self, *, use_process: bool = True) -> None:
        self._use_process = use_process
        self._process: ProcessPoolExecutor | None = None
        self._thread: ThreadPoolExecutor | None = None
        self._closed = False

    @property
    def uses_process(self) -> bool:
        return self._use_process

    async def check(
        self, downloads: Sequence[Download], store_root: Path, max_bytes: int
    ) -> list[CheckResult]:
        """Check and adopt ``downloads``; one result per download, in order."""
        if self._closed:
            raise RuntimeError("the photo checker is closed")
        items = list(downloads)
        if self._use_process:
            pool = self._process_pool()
            try:
                return await self._run(pool, items, store_root, max_bytes)
            except BrokenProcessPool:
                log.warning("de fotocontrole-helper stopte onverwacht; deze reeks wordt hier gecontroleerd")
                self._drop_process(pool)
            except OSError as exc:  # no process could be started: stay on a thread from now on
                log.warning("geen fotocontrole-helper mogelijk (%s); de controle blijft in dit proces", exc)
                self._drop_process(pool)
                self._use_process = False
        return await self._run(self._thread_pool(), items, store_root, max_bytes)

    async def _run(
        self, pool: Executor, items: list[Download], store_root: Path, max_bytes: int
    ) -> list[CheckResult]:
        future: Future[list[CheckResult]] = pool.submit(check_and_adopt_all, items, store_root, max_bytes)
        try:
            return await asyncio.wrap_future(future)
        except asyncio.CancelledError:
            # The batch goes on where it runs; what it moves into the store is recorded by nobody.
            future.add_done_callback(_remove_when_done(store_root))
            raise

    def _process_pool(self) -> ProcessPoolExecutor:
        if self._process is None:
            self._process = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        return self._process

    def _thread_pool(self) -> ThreadPoolExecutor:
        if self._thread is None:
            self._thread = ThreadPoolExecutor(1, thread_name_prefix="planmanager-photo-check")
        return self._thread

    def _drop_process(self, pool: ProcessPoolExecutor) -> None:
        """Forget a helper that failed; a newer one, started meanwhile by another case, stays."""
        if self._process is pool:
            self._process = None
        pool.shutdown(wait=False)  # a broken pool has already failed what it held

    def close(self) -> None:
        """Stop the helper and the thread, after the batch they are on (its files must land)."""
        self._closed = True
        for pool in (self._process, self._thread):
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        self._process = self._thread = None


def _remove_when_done(store_root: Path) -> Callable[[Future[list[CheckResult]]], None]:
    def done(future: Future[list[CheckResult]]) -> None:
        if not future.cancelled() and future.exception() is None:
            remove_adopted(store_root, future.result())

    return done


def probe_helper(folder: Path, *, timeout: float = 60.0) -> None:
    """Start a helper, check one small photo in it, stop it; raises when the helper cannot work.

    For the bundle's smoke test: a frozen program starts its helper by running its own executable,
    which works only with ``multiprocessing.freeze_support()`` in the entry point. Without it the
    helper would start a second program instead; here that fails loudly, not by quietly checking
    every photo on a thread.
    """
    store = folder / "probe-store"
    store.mkdir(parents=True, exist_ok=True)
    data = _small_png()
    path = folder / "probe.download"
    path.write_bytes(data)
    download = Download(path, hashlib.sha256(data).hexdigest())
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        (result,) = pool.submit(check_and_adopt_all, [download], store, len(data)).result(timeout)
    if not isinstance(result, Adopted) or not (store / result.stored_name).is_file():
        raise RuntimeError(f"the photo check helper answered {result!r}")


def _small_png() -> bytes:
    """A whole 1×1 grey PNG, made here so the probe needs no image library."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80")  # filter byte 0, one grey pixel
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
