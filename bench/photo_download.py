"""``photo_download_ratio``: the sync's photo import against plain httpx (C360-PHO-1, C360-PHO-3).

500 photos of about 500 KB on 50 cases, served by the sandbox in its own process over loopback.
One side is the program's photo import step (listing per case, download streamed to a ``.part``
file with the size limit; then, on the check thread, the sha256 against the listing, the
structure check with the pixel limit and an fsync; stored and recorded in an SQLite database);
the other is the physical limit of the same job: raw ``httpx``, the same 50 listings and 500
downloads streamed chunk by chunk into files on the same disk, with the same concurrency (6) and
the same ``httpx.AsyncClient``. Runs are paired and interleaved; the figure is the median ratio.

The raw side writes the bytes to disk because the program must: a baseline that only reads them
into memory would count the unavoidable file writes as program overhead. It does nothing else
(no hashing, no fsync, no checks, no database): those are the program's safety work, and the
figure is what they cost on top of getting the bytes onto the disk.

The photos are one random-noise JPEG encoded once, made distinct (sha256) by a comment segment
of a few bytes each: still valid images. Their pixels are not decoded during the import (the
thumbnail does that, once, when a photo is first shown; ``photo_picker`` measures it).
"""

from __future__ import annotations

import asyncio
import io
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from PIL import Image

from bench.claims360_client import _Sandbox, _sandbox_process
from planmanager_desktop.claims360 import (
    Claims360Credentials,
    Claims360Http,
    SecretRegistry,
    make_async_client,
)
from planmanager_desktop.composition import build_services
from planmanager_desktop.keystore import KeyStore
from planmanager_desktop.persistence.database import DatabaseUrl, open_database
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import Assignment, Dossier, Photo, Repairer
from planmanager_desktop.sync.assignment_import import PageCounts
from planmanager_desktop.sync.engine import SyncContext
from planmanager_desktop.sync.photo_import import DEFAULT_CONCURRENCY, PhotoImportStep

DESCRIPTION = "photo import vs raw httpx, 500 photos of ~500 KB over loopback"
CASES = 50
PER_CASE = 10
PHOTOS = CASES * PER_CASE
PAIRS = 5


def _base_jpeg() -> bytes:
    """~500 KB of real JPEG: noise compresses badly, so a modest size reaches it."""
    image = Image.frombytes("RGB", (780, 585), os.urandom(780 * 585 * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=93)
    return out.getvalue()


def _variant(base: bytes, index: int) -> bytes:
    """The same image with a comment segment after SOI: valid, distinct sha256."""
    payload = f"PlanManager bench {index:06d}".encode()
    segment = b"\xff\xfe" + (len(payload) + 2).to_bytes(2, "big") + payload
    return base[:2] + segment + base[2:]


def _prepare(sandbox: _Sandbox) -> list[str]:
    org = sandbox.organisations[0]
    cid = org["carrosserieId"]
    admin = {"Authorization": f"Bearer {sandbox.admin_token}"}
    keys = {"X-Bodyshop-Api-Key": org["bodyshopKey"], "X-PlanManager-Api-Key": org["planmanagerKey"]}
    base = _base_jpeg()
    with httpx.Client(base_url=sandbox.url, timeout=60) as client:
        client.post("/_sandbox/faults", json={"rateLimitPerSecond": None}, headers=admin).raise_for_status()
        client.post(
            f"/_sandbox/organisations/{cid}/bulk-assignments", json={"count": CASES}, headers=admin
        ).raise_for_status()
        items = client.get(f"/v1/bodyshops/{cid}/assignments", params={"limit": "200"}, headers=keys).json()[
            "items"
        ]
        case_ids = [item["caseId"] for item in items]
        index = 0
        for case_id in case_ids:
            for _ in range(PER_CASE):
                client.post(
                    f"/v1/bodyshops/{cid}/cases/{case_id}/photos",
                    files={"file": (f"foto-{index}.jpg", _variant(base, index), "image/jpeg")},
                    headers=keys,
                ).raise_for_status()
                index += 1
    return case_ids


async def _raw(
    client: httpx.AsyncClient, prefix: str, headers: dict[str, str], case_ids: list[str], out: Path
) -> int:
    semaphore = asyncio.Semaphore(DEFAULT_CONCURRENCY)
    listings = asyncio.Semaphore(4)

    async def one(case_id: str, photo_id: str) -> int:
        async with semaphore:
            url = f"{prefix}/cases/{case_id}/photos/{photo_id}/content"
            async with client.stream("GET", url, headers=headers) as response:
                response.raise_for_status()
                size = 0
                with (out / f"{case_id}-{photo_id}.jpg").open("wb") as file:
                    async for chunk in response.aiter_bytes():
                        file.write(chunk)
                        size += len(chunk)
            return size

    async def case(case_id: str) -> int:
        async with listings:
            response = await client.get(f"{prefix}/cases/{case_id}/photos", headers=headers)
        response.raise_for_status()
        items: list[dict[str, Any]] = response.json()["items"]
        sizes = await asyncio.gather(*(one(case_id, item["photoId"]) for item in items))
        return len(sizes)

    return sum(await asyncio.gather(*(case(c) for c in case_ids)))


async def _measure(sandbox: _Sandbox, case_ids: list[str], work: Path) -> dict[str, float]:
    org = sandbox.organisations[0]
    credentials = Claims360Credentials(org["carrosserieId"], org["bodyshopKey"], org["planmanagerKey"])
    headers = {"X-Bodyshop-Api-Key": org["bodyshopKey"], "X-PlanManager-Api-Key": org["planmanagerKey"]}
    prefix = f"{sandbox.url}/v1/bodyshops/{org['carrosserieId']}"
    database = open_database(DatabaseUrl.sqlite(work / "bench.sqlite3"))
    services = build_services(database, work / "data", KeyStore())
    step: PhotoImportStep = services.photo_import
    with database.write():
        repairer = Repairer.create(name="Bench")
        for index, case_id in enumerate(case_ids):
            dossier = Dossier.create(
                number=f"PM-BENCH-{index:04d}", repairer=repairer.id, c360_case_id=case_id
            )
            Assignment.create(
                repairer=repairer.id,
                number=f"B{index:06d}",
                case_id=case_id,
                photo_count=PER_CASE,
                remote_created_at=utcnow(),
                remote_updated_at=utcnow(),
                dossier=dossier.id,
            )

    raw_dir = work / "raw"

    def reset() -> None:
        with database.write():
            Photo.delete().execute()
            Assignment.update(photos_known=0).execute()
        shutil.rmtree(services.photos.store.root, ignore_errors=True)
        shutil.rmtree(raw_dir, ignore_errors=True)
        raw_dir.mkdir(parents=True)

    try:
        async with make_async_client() as shared:
            http = Claims360Http(
                sandbox.url, client=shared, rate_limit_per_second=None, secrets=SecretRegistry()
            )
            client = http.client(credentials)

            async def through_import() -> int:
                await step.run(SyncContext(repairer.id, client, PageCounts()))
                return step.last_counts.imported

            # warm up both sides: connections, caches, and the import's helper process (started
            # once in the program's life, not per sync)
            for warm_up in (lambda: _raw(shared, prefix, headers, case_ids, raw_dir), through_import):
                await asyncio.get_running_loop().run_in_executor(services.db_executor, reset)
                assert await warm_up() == PHOTOS
            raw_times: list[float] = []
            import_times: list[float] = []
            ratios: list[float] = []
            for pair in range(PAIRS):
                timings: dict[str, float] = {}
                for which in ("raw", "import") if pair % 2 == 0 else ("import", "raw"):
                    await asyncio.get_running_loop().run_in_executor(services.db_executor, reset)
                    started = time.perf_counter()
                    if which == "raw":
                        count = await _raw(shared, prefix, headers, case_ids, raw_dir)
                    else:
                        count = await through_import()
                    timings[which] = time.perf_counter() - started
                    assert count == PHOTOS, (which, count)
                raw_times.append(timings["raw"])
                import_times.append(timings["import"])
                ratios.append(timings["import"] / timings["raw"])
    finally:
        services.close()
    return {
        "photo_download_ratio": round(statistics.median(ratios), 4),
        "photo_import_500_seconds": round(statistics.median(import_times), 4),
        "raw_httpx_download_to_disk_500_photos_seconds": round(statistics.median(raw_times), 4),
    }


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="pm-bench-photos-") as tmp, _sandbox_process() as sandbox:
        case_ids = _prepare(sandbox)
        return asyncio.run(_measure(sandbox, case_ids, Path(tmp)))


if __name__ == "__main__":
    print(run())
