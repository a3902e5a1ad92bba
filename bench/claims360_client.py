"""``client_overhead_ratio``: what the Claims360 client costs on top of plain httpx.

Fetch 10,000 assignments in pages of 200 from the sandbox over real loopback HTTP, once through
``Claims360Client.iter_assignment_pages`` (limiter, retry loop, streaming size limit, strict
parsing into frozen dataclasses) and once as raw ``httpx`` GETs that only decode the JSON to find
``nextCursor``. Both use the same ``httpx.AsyncClient`` (one pool, identical settings); rate
limits are lifted on both sides. Runs are paired and interleaved (alternating which goes first)
so drift hits both alike; the figure is the median of the per-pair ratios.

The sandbox runs in its own process (``run_cli``), as Claims360 is a remote server: in the same
process its request handling would share the GIL and the garbage collector's heap with the
client being measured, and the figure would measure the sandbox as much as the client.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from planmanager_desktop.claims360 import (
    Claims360Credentials,
    Claims360Http,
    SecretRegistry,
    make_async_client,
)

DESCRIPTION = "client vs raw httpx, 10,000 assignments in pages of 200 over loopback"
ASSIGNMENTS = 10_000
PAGE = 200
PAIRS = 9


async def _raw(client: httpx.AsyncClient, url: str, headers: dict[str, str]) -> int:
    count = 0
    cursor: str | None = None
    while True:
        params = {"limit": str(PAGE)}
        if cursor is not None:
            params["cursor"] = cursor
        response = await client.get(url, params=params, headers=headers)
        response.raise_for_status()
        data: dict[str, Any] = response.json()
        count += len(data["items"])
        cursor = data["nextCursor"]
        if cursor is None:
            return count


async def _through_client(http: Claims360Http, credentials: Claims360Credentials) -> int:
    count = 0
    async for page in http.client(credentials).iter_assignment_pages(limit=PAGE):
        count += len(page.items)
    return count


@dataclass
class _Sandbox:
    url: str
    admin_token: str
    organisations: list[dict[str, str]]


@contextmanager
def _sandbox_process() -> Iterator[_Sandbox]:
    code = (
        "from planmanager_desktop.sandbox.server import run_cli; "
        "raise SystemExit(run_cli('127.0.0.1', 0, 'empty'))"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("SANDBOX "):
            raise RuntimeError("the sandbox did not start")
        info = json.loads(line.removeprefix("SANDBOX "))
        # keep reading: uvicorn's access log goes to stdout, and a full pipe would block it
        threading.Thread(target=process.stdout.read, daemon=True).start()
        yield _Sandbox(info["url"], info["adminToken"], info["organisations"])
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _prepare(sandbox: _Sandbox) -> None:
    """10,000 assignments for the first organisation; the sandbox's rate limit lifted."""
    admin = {"Authorization": f"Bearer {sandbox.admin_token}"}
    cid = sandbox.organisations[0]["carrosserieId"]
    with httpx.Client(base_url=sandbox.url, headers=admin, timeout=60) as client:
        client.post("/_sandbox/faults", json={"rateLimitPerSecond": None}).raise_for_status()
        client.post(
            f"/_sandbox/organisations/{cid}/bulk-assignments", json={"count": ASSIGNMENTS}
        ).raise_for_status()


async def _measure(server: _Sandbox) -> dict[str, float]:
    org = server.organisations[0]
    credentials = Claims360Credentials(org["carrosserieId"], org["bodyshopKey"], org["planmanagerKey"])
    headers = {"X-Bodyshop-Api-Key": org["bodyshopKey"], "X-PlanManager-Api-Key": org["planmanagerKey"]}
    url = f"{server.url}/v1/bodyshops/{org['carrosserieId']}/assignments"
    async with make_async_client() as shared:
        http = Claims360Http(server.url, client=shared, rate_limit_per_second=None, secrets=SecretRegistry())
        # warm up both paths (connections, caches, first-call imports)
        assert await _raw(shared, url, headers) == ASSIGNMENTS
        assert await _through_client(http, credentials) == ASSIGNMENTS
        raw_times: list[float] = []
        client_times: list[float] = []
        ratios: list[float] = []
        for pair in range(PAIRS):
            timings: dict[str, float] = {}
            order = ("raw", "client") if pair % 2 == 0 else ("client", "raw")
            for which in order:
                started = time.perf_counter()
                if which == "raw":
                    count = await _raw(shared, url, headers)
                else:
                    count = await _through_client(http, credentials)
                timings[which] = time.perf_counter() - started
                assert count == ASSIGNMENTS
            raw_times.append(timings["raw"])
            client_times.append(timings["client"])
            ratios.append(timings["client"] / timings["raw"])
    return {
        "client_overhead_ratio": round(statistics.median(ratios), 4),
        "client_fetch_10k_assignments_seconds": round(statistics.median(client_times), 4),
        "raw_httpx_fetch_10k_assignments_seconds": round(statistics.median(raw_times), 4),
    }


def run() -> dict[str, float]:
    with _sandbox_process() as sandbox:
        _prepare(sandbox)
        return asyncio.run(_measure(sandbox))
