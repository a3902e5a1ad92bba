"""How much the sync adds on top of the physical limit: moving the bytes and writing the rows.

``sync_import_ratio``: importing 10,000 new assignments of one repairer from the sandbox over
loopback through the real sync engine (paging, parsing, lease, upsert, watermark) on a fresh
SQLite file ÷ the same run's raw cost: plain httpx GETs of the same pages plus a plain
``executemany`` of the same rows into SQLite, one transaction per page. Rate limits are lifted on
both sides and photos left out. ``informex_queueing`` is on, so every assignment is stored and
queued: the import itself, nothing else.

``sync_import_with_dossiers_ratio``: the same with queueing off, so that each assignment also
becomes a dossier with its customer and vehicle — four rows for every row of the baseline; shown
for honesty, not held to the 1.5.

``noop_sync_requests``: the requests a second sync makes when the 10,000 assignments are known and
nothing changed (the contract's watermark makes it one).

Median of paired, interleaved runs, so that a noisy machine shifts both sides alike.
"""

from __future__ import annotations

import asyncio
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.claims360_client import _prepare, _Sandbox, _sandbox_process
from planmanager_desktop.claims360.client import Claims360Credentials, Claims360Http
from planmanager_desktop.composition import build_services
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.keystore import KeyStore
from planmanager_desktop.persistence.database import DatabaseUrl, open_database

DESCRIPTION = "10,000 assignments: sync engine vs raw httpx + executemany (SQLite)"
ASSIGNMENTS = 10_000
PAGE = 200
RUNS = 7
_COLUMNS = 30


def _row(item: dict[str, Any]) -> tuple[Any, ...]:
    vehicle = item.get("vehicle") or {}
    customer = item.get("customer") or {}
    insurer = item.get("insurer") or {}
    values = [
        item["number"],
        item.get("caseId"),
        item["status"],
        item.get("complete"),
        item.get("work"),
        vehicle.get("licensePlate"),
        vehicle.get("vin"),
        vehicle.get("make"),
        vehicle.get("model"),
        vehicle.get("firstRegistration"),
        vehicle.get("odometerKm"),
        customer.get("name"),
        customer.get("phone"),
        customer.get("email"),
        insurer.get("name"),
        insurer.get("claimNumber"),
        (item.get("expert") or {}).get("name"),
        item.get("smartExpertise"),
        (item.get("estimate") or {}).get("estimateId"),
        (item.get("estimate") or {}).get("version"),
        item.get("photoCount"),
        item["createdAt"],
        item["updatedAt"],
    ]
    return tuple(values + [None] * (_COLUMNS - len(values)))


async def _raw(url: str, cid: str, headers: dict[str, str], db_path: Path) -> float:
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=normal")
    cols = ", ".join(f"c{i}" for i in range(_COLUMNS))
    conn.execute(f"CREATE TABLE a (id INTEGER PRIMARY KEY, {cols}, UNIQUE (c0))")
    insert = f"INSERT INTO a ({cols}) VALUES ({', '.join('?' * _COLUMNS)})"
    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=60) as client:
        cursor: str | None = None
        while True:
            params = {"limit": str(PAGE)}
            if cursor:
                params["cursor"] = cursor
            response = await client.get(f"/v1/bodyshops/{cid}/assignments", params=params)
            data = response.json()
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(insert, [_row(item) for item in data["items"]])
            conn.execute("COMMIT")
            cursor = data["nextCursor"]
            if cursor is None:
                break
    elapsed = time.perf_counter() - started
    count = conn.execute("SELECT count(*) FROM a").fetchone()[0]
    conn.close()
    assert count == ASSIGNMENTS, count
    return elapsed


def _engine_run(url: str, creds: Claims360Credentials, folder: Path, *, queueing: bool) -> tuple[float, int]:
    database = open_database(DatabaseUrl.sqlite(folder / "pm.sqlite3"))
    services = build_services(database, folder, KeyStore())
    try:
        repairer_id = services.repairers.add(RepairerInput(name="Bench")).id
        services.settings.set("informex_queueing", "on" if queueing else "off")

        async def run() -> tuple[float, int]:
            async with Claims360Http(url, rate_limit_per_second=None) as http:
                client = http.client(creds)
                started = time.perf_counter()
                result = await services.sync_engine.sync_repairer(repairer_id, client)
                elapsed = time.perf_counter() - started
                assert result.ok and result.counts.new == ASSIGNMENTS, result.message
                return elapsed, repairer_id

        return asyncio.run(run())
    finally:
        services.close()


def _noop_requests(url: str, creds: Claims360Credentials, folder: Path, sandbox: _Sandbox) -> int:
    database = open_database(DatabaseUrl.sqlite(folder / "pm.sqlite3"))
    services = build_services(database, folder, KeyStore())
    try:
        repairer_id = services.repairers.by_name("Bench").id

        async def run() -> int:
            admin = {"Authorization": f"Bearer {sandbox.admin_token}"}
            async with (
                Claims360Http(url, rate_limit_per_second=None) as http,
                httpx.AsyncClient(base_url=url, headers=admin) as control,
            ):
                (await control.post("/_sandbox/requests/reset")).raise_for_status()
                result = await services.sync_engine.sync_repairer(repairer_id, http.client(creds))
                assert result.ok and result.counts.new == 0
                counts = (await control.get("/_sandbox/requests")).json()
                return int(counts["total"])

        return asyncio.run(run())
    finally:
        services.close()


def run() -> dict[str, float]:
    ratios: list[float] = []
    dossier_ratios: list[float] = []
    # The sandbox runs in a process of its own, as Claims360 would: it must not share this
    # process's interpreter lock with the code being measured.
    with _sandbox_process() as sandbox, tempfile.TemporaryDirectory() as tmp:
        _prepare(sandbox)
        org = sandbox.organisations[0]
        cid = org["carrosserieId"]
        creds = Claims360Credentials(cid, org["bodyshopKey"], org["planmanagerKey"])
        headers = {"X-Bodyshop-Api-Key": org["bodyshopKey"], "X-PlanManager-Api-Key": org["planmanagerKey"]}
        base = Path(tmp)
        for i in range(RUNS):
            raw = asyncio.run(_raw(sandbox.url, cid, headers, base / f"raw{i}.sqlite3"))
            engine, _ = _engine_run(sandbox.url, creds, base / f"q{i}", queueing=True)
            ratios.append(engine / raw)
            print(
                f"    run {i + 1}: raw {raw:.2f} s, sync {engine:.2f} s, ratio {engine / raw:.2f}", flush=True
            )
        for i in range(2):
            raw = asyncio.run(_raw(sandbox.url, cid, headers, base / f"rawd{i}.sqlite3"))
            engine, _ = _engine_run(sandbox.url, creds, base / f"d{i}", queueing=False)
            dossier_ratios.append(engine / raw)
            print(f"    with dossiers {i + 1}: raw {raw:.2f} s, sync {engine:.2f} s", flush=True)
        noop = _noop_requests(sandbox.url, creds, base / "q0", sandbox)
    return {
        "sync_import_ratio": statistics.median(ratios),
        "sync_import_with_dossiers_ratio": statistics.median(dossier_ratios),
        "noop_sync_requests": float(noop),
    }
