"""Thumbnails made and read off the GUI thread, handed to the GUI in small batches.

A dossier can hold two hundred camera photos whose thumbnails were never made (photos received
from Claims360, a new PC, an emptied cache). Making one means decoding a JPEG of a few megapixels:
on the GUI thread the window would freeze for seconds. :class:`ThumbnailLoader` runs
``PhotoStore.thumbnail`` (cached PNG; JPEG decoded at reduced size) and reads the PNG into a
:class:`QImage` on two threads of its own (not the database thread: queries must not wait behind
image work), in the order the photos are shown. The GUI thread only collects what is ready,
every few milliseconds, and turns each small image into a pixmap: a short, bounded step.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from planmanager_desktop.domain.photos import PhotoStore
from planmanager_desktop.persistence.models import Photo

log = logging.getLogger(__name__)

#: Two threads: the thumbnails of a large dossier in half the time, one core left for the rest.
THREADS = 2
#: How often the GUI collects finished thumbnails (ms), and at most how many per step.
BATCH_INTERVAL_MS = 15
BATCH_SIZE = 24


class ThumbnailLoader(QObject):
    """Signals:
    loaded(list): ``[(photo_id, QImage | None), …]``; None when the file cannot be read.
    finished(): every requested thumbnail was delivered.
    """

    loaded = Signal(list)
    finished = Signal()

    def __init__(self, store: PhotoStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._ready: deque[tuple[int, QImage | None]] = deque()
        self._executor: ThreadPoolExecutor | None = None
        self._expected = 0
        self._delivered = 0
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(BATCH_INTERVAL_MS)
        self._timer.timeout.connect(self._deliver)

    @property
    def running(self) -> bool:
        return self._delivered < self._expected

    def start(self, photos: list[Photo]) -> None:
        """Make/read the thumbnails of ``photos`` (in this order); replaces a running load."""
        self.stop()
        self._stop = threading.Event()
        self._expected, self._delivered = len(photos), 0
        if not photos:
            self.finished.emit()
            return
        self._executor = ThreadPoolExecutor(max_workers=THREADS, thread_name_prefix="planmanager-thumbs")
        stop, ready = self._stop, self._ready
        for photo in photos:
            self._executor.submit(self._load, photo, stop, ready)
        self._timer.start()

    def _load(self, photo: Photo, stop: threading.Event, ready: deque[Any]) -> None:
        # Runs on a loader thread: no Qt objects but QImage (which is safe off the GUI thread).
        if stop.is_set():
            return
        image: QImage | None
        try:
            image = QImage(str(self._store.thumbnail(photo)))
            if image.isNull():
                image = None
        except FileNotFoundError:  # stored by another PC of a shared database: expected, no trace
            log.info("Foto %s staat niet op deze pc; geen miniatuur", photo.id)
            image = None
        except Exception:  # a damaged file: a tile that says so
            log.warning("Miniatuur van foto %s kon niet gemaakt worden", photo.id, exc_info=True)
            image = None
        if not stop.is_set():
            ready.append((photo.id, image))

    @Slot()
    def _deliver(self) -> None:
        batch: list[tuple[int, QImage | None]] = []
        while self._ready and len(batch) < BATCH_SIZE:
            batch.append(self._ready.popleft())
        if batch:
            self._delivered += len(batch)
            self.loaded.emit(batch)
        if self._delivered >= self._expected:
            self._timer.stop()
            self._shutdown(wait=False)
            self.finished.emit()

    def stop(self) -> None:
        """Drop what is not made yet; waits only for the (at most two) thumbnails in progress."""
        self._stop.set()
        self._timer.stop()
        self._shutdown(wait=True)
        self._ready.clear()
        self._expected = self._delivered = 0

    def _shutdown(self, *, wait: bool) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=wait, cancel_futures=True)
            self._executor = None
