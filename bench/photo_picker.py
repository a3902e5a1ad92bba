"""``picker_200_thumbs_ms`` and ``picker_max_stall_ms``: the photo picker on a dossier of 200 photos.

C360-PHO-2's picker shows a dossier's photos as thumbnails. Photos received from Claims360 or
copied from a camera have no thumbnail yet (cache cold), so opening the picker means decoding 200
JPEGs of 1–3 megapixels. Measured offscreen, in-process: from asking for the picker's rows until
every thumbnail is in the model (target < 1,000 ms), and meanwhile the longest gap between two
beats of a 5 ms QTimer on the GUI thread, i.e. how long the window could not react (target
< 50 ms). The thumbnail folder is emptied before each run; the files themselves are in the OS
cache (as they are on a PC that just received them). Median of 3 runs after one unmeasured run.

The photos are three generated "photos" (gradient, shapes, sensor-like noise; 1.2, 2.1 and 3.1 MP,
JPEG quality 88), made distinct (sha256, which names the thumbnail) by a comment segment.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw, ImageFilter

from planmanager_desktop.composition import Services, build_services
from planmanager_desktop.domain.dossiers import DossierInput, VehicleInput
from planmanager_desktop.domain.photos import CheckedImage
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.keystore import KeyStore
from planmanager_desktop.persistence.database import DatabaseUrl, open_database

DESCRIPTION = "photo picker, 200 photos of 1-3 MP, thumbnails not made yet: time to all shown, GUI stall"
PHOTOS = 200
RUNS = 3
HEARTBEAT_MS = 5
SIZES = ((1280, 960), (1920, 1080), (2048, 1536))


def _photo_like(width: int, height: int, seed: int) -> bytes:
    """A JPEG that compresses like a real photo: smooth areas, edges, fine noise."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(image)
    draw.rectangle((width // 5, height // 3, width * 4 // 5, height * 3 // 4), fill=(70 + seed * 40, 90, 140))
    wheel = (width // 4, height * 2 // 3, width // 4 + height // 5, height * 2 // 3 + height // 5)
    draw.ellipse(wheel, fill=30)
    noise = Image.effect_noise((width, height), 18).convert("RGB")
    image = Image.blend(image.filter(ImageFilter.SMOOTH), noise, 0.12)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def _variant(base: bytes, index: int) -> bytes:
    payload = f"PlanManager bench {index:06d}".encode()
    segment = b"\xff\xfe" + (len(payload) + 2).to_bytes(2, "big") + payload
    return base[:2] + segment + base[2:]


def _prepare(work: Path) -> tuple[Services, int]:
    database = open_database(DatabaseUrl.sqlite(work / "bench.sqlite3"))
    services = build_services(database, work / "data", KeyStore())
    repairer = services.repairers.add(RepairerInput(name="Bench"))
    dossier = services.dossiers.create(
        DossierInput(repairer_id=repairer.id, vehicle=VehicleInput(license_plate="1-ABC-123"))
    )
    bases = [(_photo_like(w, h, i), w, h) for i, (w, h) in enumerate(SIZES)]
    for index in range(PHOTOS):
        base, width, height = bases[index % len(bases)]
        data = _variant(base, index)
        checked = CheckedImage(data, "image/jpeg", ".jpg", width, height, hashlib.sha256(data).hexdigest())
        services.photos.add_checked(dossier.id, checked, original_name=f"foto_{index + 1:03d}.jpg")
    return services, dossier.id


def _measure_once(services: Services, dossier_id: int) -> tuple[float, float]:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from planmanager_desktop.app.db_worker import DbWorker, new_executor
    from planmanager_desktop.views.photo_picker_dialog import PhotoPickerDialog

    app = QApplication.instance() or QApplication([])
    shutil.rmtree(services.photos.store.thumbnails, ignore_errors=True)
    worker = DbWorker(new_executor(), services.database)
    dialog = PhotoPickerDialog(services, worker, dossier_id)
    dialog.resize(900, 640)
    dialog.show()
    app.processEvents()

    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    loop = QEventLoop()
    dialog.thumbnails_done.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)  # never hang a benchmark run

    heartbeat.start()
    started = time.perf_counter()
    beats.append(started)
    dialog.reload()
    loop.exec()
    app.processEvents()  # the last batch painted
    elapsed = time.perf_counter() - started
    heartbeat.stop()
    beats.append(time.perf_counter())
    shown = dialog.model.thumbnail_count
    dialog.close()
    dialog.deleteLater()
    worker.shutdown()
    app.processEvents()
    if shown != PHOTOS:
        raise RuntimeError(f"only {shown} of {PHOTOS} thumbnails shown")
    stall = max(b - a for a, b in itertools.pairwise(beats))
    return elapsed * 1000, stall * 1000


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="pm-bench-picker-") as tmp:
        services, dossier_id = _prepare(Path(tmp))
        try:
            _measure_once(services, dossier_id)  # imports, first paint, file cache
            runs = [_measure_once(services, dossier_id) for _ in range(RUNS)]
        finally:
            services.close()
    for index, (ms, stall) in enumerate(runs, start=1):
        print(f"  run {index}: {ms:.0f} ms to all thumbnails, longest stall {stall:.1f} ms")
    return {
        "picker_200_thumbs_ms": statistics.median(ms for ms, _ in runs),
        "picker_max_stall_ms": statistics.median(stall for _, stall in runs),
    }
