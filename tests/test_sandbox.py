"""Contract tests of the Claims360 sandbox (C360-API: /work/shared/product/claims360-api.md).

The client, the sync and the demo mode are tested against this sandbox, so it must implement the
contract faithfully: these tests pin the behaviours a client relies on. In-process tests go
through ``httpx.ASGITransport``; transport-level faults (dropped connection, a write that is
applied but never answered) need real HTTP on loopback.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from sandbox_fixtures import SandboxASGI
from stdnum.be import vat

from planmanager_desktop.sandbox.images import render_photo
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.sandbox.state import MAX_PHOTO_BYTES, SandboxState, ServerClock

CID = "0566988259"  # Carrosserie IndyPro BV, the organisation of the contract's example


@pytest.fixture
async def client(sandbox_app: SandboxASGI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox_app),
                                 base_url=sandbox_app.url, headers=sandbox_app.headers(0)
                                 ) as client:
        yield client


def _case_with(state: SandboxState, *, versions: int | None = None,
               min_photos: int = 0) -> str:
    for case in state.orgs[CID].cases.values():
        if versions is not None and len(case.estimate_versions) != versions:
            continue
        if len(case.photos) >= min_photos:
            return case.case_id
    raise AssertionError("the demo seed has no such case")


def _problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"] and body["detail"] and body["type"]
    return body


async def _all_pages(client: httpx.AsyncClient, **params: Any) -> tuple[list[dict[str, Any]],
                                                                         list[dict[str, Any]]]:
    items: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = dict(params)
        if cursor:
            query["cursor"] = cursor
        response = await client.get(f"/v1/bodyshops/{CID}/assignments", params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        pages.append(page)
        items.extend(page["items"])
        cursor = page["nextCursor"]
        if cursor is None:
            return items, pages


# --------------------------------------------------------------------------- seed


def test_C360_API_demo_seed_is_realistic(sandbox_state: SandboxState) -> None:
    """Valid Belgian VAT numbers, fresh keys, photoCount matching real JPEG/PNG photos."""
    orgs = sandbox_state.organisations
    assert 2 <= len(orgs) <= 3
    assert orgs[0].carrosserie_id == CID and orgs[0].name == "Carrosserie IndyPro BV"
    for org in orgs:
        assert vat.is_valid(org.vat_number)
        assert len(org.bodyshop_key) >= 40 and org.bodyshop_key != org.planmanager_key
    other = SandboxState.seeded("empty")
    assert other.organisations[0].bodyshop_key != orgs[0].bodyshop_key
    assert all(not data.assignments for data in other.orgs.values())
    data = sandbox_state.orgs[CID]
    assert len(data.assignments) >= 10
    statuses = {a.status for a in data.assignments.values()}
    assert {"open", "cancelled"} <= statuses
    assert any(len(c.estimate_versions) == 2 for c in data.cases.values())
    formats = set()
    for number in list(data.assignments)[:6]:
        item = sandbox_state.get_assignment(CID, number)
        case = data.cases[item["caseId"]]
        assert item["photoCount"] == len(case.photos)
        for photo in case.photos:
            with Image.open(io.BytesIO(photo.data)) as image:
                image.verify()
                formats.add(image.format)
            assert 10_000 < len(photo.data) < 200_000
    assert "JPEG" in formats


def test_C360_API_server_clock_strictly_increases() -> None:
    """Watermark correctness: no two events share a timestamp, even when the wall clock stalls."""
    frozen = datetime.fromisoformat("2021-04-03T09:12:00+00:00")
    clock = ServerClock(lambda: frozen)
    ticks = [clock.tick() for _ in range(1000)]
    assert all(a < b for a, b in itertools.pairwise(ticks))


def test_C360_API_bulk_add_is_fast_for_benchmarks() -> None:
    state = SandboxState.seeded("empty")
    started = time.perf_counter()
    numbers = state.bulk_add_assignments(CID, 10_000)
    assert time.perf_counter() - started < 5
    assert len(set(numbers)) == 10_000
    items, next_key, _ = state.list_assignments(CID, updated_since=None, after=None, limit=200)
    assert len(items) == 200 and next_key is not None


def test_C360_API_state_persists_to_json(tmp_path: Path, sandbox_state: SandboxState) -> None:
    path = tmp_path / "sandbox.json"
    sandbox_state.save(path)
    loaded = SandboxState.load(path)
    assert [o.credentials() for o in loaded.organisations] == [
        o.credentials() for o in sandbox_state.organisations]
    number = next(iter(sandbox_state.orgs[CID].assignments))
    assert loaded.get_assignment(CID, number) == sandbox_state.get_assignment(CID, number)
    case_id = _case_with(sandbox_state, versions=2)
    assert loaded.get_estimate(CID, case_id) == sandbox_state.get_estimate(CID, case_id)


# --------------------------------------------------------------------------- auth


async def test_C360_API_organisation_with_both_keys(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/organisation")
    assert response.status_code == 200
    assert response.json() == {"carrosserieId": CID, "name": "Carrosserie IndyPro BV",
                               "vatNumber": "BE0566988259"}


@pytest.mark.parametrize(("drop", "wrong", "named"), [
    ("X-Bodyshop-Api-Key", None, ["X-Bodyshop-Api-Key"]),
    ("X-PlanManager-Api-Key", None, ["X-PlanManager-Api-Key"]),
    (None, "X-Bodyshop-Api-Key", ["X-Bodyshop-Api-Key"]),
    (None, "X-PlanManager-Api-Key", ["X-PlanManager-Api-Key"]),
    ("both", None, ["X-Bodyshop-Api-Key", "X-PlanManager-Api-Key"]),
])
async def test_C360_API_401_names_the_missing_or_wrong_header(
        sandbox_app: SandboxASGI, drop: str | None, wrong: str | None, named: list[str]) -> None:
    """C360-API (C360-CFG-3): both headers on every request; detail names the bad one."""
    headers = sandbox_app.headers(0)
    if drop == "both":
        headers = {}
    elif drop:
        del headers[drop]
    if wrong:
        headers[wrong] = "x" + headers[wrong]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox_app),
                                 base_url=sandbox_app.url) as anonymous:
        for path in ("/v1/organisation", f"/v1/bodyshops/{CID}/assignments"):
            body = _problem(await anonymous.get(path, headers=headers), 401)
            for header in named:
                assert header in body["detail"]
            if len(named) == 1:
                other = ({"X-Bodyshop-Api-Key", "X-PlanManager-Api-Key"} - set(named)).pop()
                assert other not in body["detail"]


async def test_C360_API_planmanager_key_of_another_org_is_401(sandbox_app: SandboxASGI) -> None:
    headers = {**sandbox_app.headers(0),
               "X-PlanManager-Api-Key": sandbox_app.headers(1)["X-PlanManager-Api-Key"]}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox_app),
                                 base_url=sandbox_app.url) as anonymous:
        body = _problem(await anonymous.get("/v1/organisation", headers=headers), 401)
    assert "X-PlanManager-Api-Key" in body["detail"]


async def test_C360_API_403_for_keys_of_another_organisation(
        client: httpx.AsyncClient, sandbox_app: SandboxASGI) -> None:
    other = sandbox_app.organisations[1]["carrosserieId"]
    case_id = next(iter(sandbox_app.state.orgs[other].cases))
    for path in (f"/v1/bodyshops/{other}/assignments", "/v1/bodyshops/9999999999/assignments",
                 f"/v1/bodyshops/{other}/cases/{case_id}/photos"):
        _problem(await client.get(path), 403)
    _problem(await client.post(f"/v1/bodyshops/{other}/cases",
                               json={"licensePlate": "1-ABC-123", "odometerKm": 1}), 403)


# --------------------------------------------------------------------------- assignments


async def test_C360_API_pagination_cursor_and_server_time(client: httpx.AsyncClient,
                                                          sandbox_app: SandboxASGI) -> None:
    """C360-SYNC-3: ordered by (updatedAt, number), opaque cursor, serverTime on every page."""
    items, pages = await _all_pages(client, limit=5)
    total = len(sandbox_app.state.orgs[CID].assignments)
    assert len(items) == total and len(pages) == -(-total // 5)
    assert len({item["number"] for item in items}) == total
    keys = [(datetime.fromisoformat(i["updatedAt"]), i["number"]) for i in items]
    assert keys == sorted(keys)
    for page in pages:
        server_time = datetime.fromisoformat(page["serverTime"])
        assert server_time.utcoffset() is not None
        assert all(datetime.fromisoformat(i["updatedAt"]) <= server_time for i in items)
    assert all(page["nextCursor"] for page in pages[:-1]) and pages[-1]["nextCursor"] is None
    first = items[0]
    for key in ("number", "caseId", "status", "complete", "work", "vehicle", "customer",
                "insurer", "expert", "smartExpertise", "estimate", "photoCount", "createdAt",
                "updatedAt"):
        assert key in first
    default, _ = await _all_pages(client)
    assert len(default) == total


async def test_C360_API_updated_since_misses_nothing(client: httpx.AsyncClient,
                                                     sandbox_app: SandboxASGI) -> None:
    """C360-SYNC-3: storing the first page's serverTime as updatedSince: a sync with nothing
    changed returns nothing; a change made while paging shows up in the next sync."""
    state = sandbox_app.state
    response = await client.get(f"/v1/bodyshops/{CID}/assignments", params={"limit": 3})
    watermark = response.json()["serverTime"]
    changed = state.admin_upsert_assignment(CID, {"number": response.json()["items"][0]["number"],
                                                  "work": "Spuitwerk"})[1]
    await _all_pages(client, limit=3, cursor=response.json()["nextCursor"])
    again, _ = await _all_pages(client, updatedSince=watermark)
    assert [i["number"] for i in again] == [changed["number"]]
    assert again[0]["work"] == "Spuitwerk"
    response = await client.get(f"/v1/bodyshops/{CID}/assignments",
                                params={"updatedSince": watermark})
    watermark = response.json()["serverTime"]
    state.reset_request_counts()
    nothing, pages = await _all_pages(client, updatedSince=watermark)
    assert nothing == [] and len(pages) == 1
    assert state.request_counts()["total"] == 1


@pytest.mark.parametrize(("params", "field"), [
    ({"limit": "0"}, "limit"), ({"limit": "201"}, "limit"), ({"limit": "abc"}, "limit"),
    ({"limit": "1.5"}, "limit"), ({"updatedSince": "gisteren"}, "updatedSince"),
    ({"updatedSince": "2021-04-03T09:12:00"}, "updatedSince"), ({"cursor": "!!"}, "cursor"),
    ({"cursor": "eyJ4IjoxfQ"}, "cursor"),
])
async def test_C360_API_listing_validation_is_422(client: httpx.AsyncClient,
                                                  params: dict[str, str], field: str) -> None:
    body = _problem(await client.get(f"/v1/bodyshops/{CID}/assignments", params=params), 422)
    assert field in body["errors"]


async def test_C360_API_limit_bounds_accepted(client: httpx.AsyncClient) -> None:
    for limit in (1, 200):
        response = await client.get(f"/v1/bodyshops/{CID}/assignments", params={"limit": limit})
        assert response.status_code == 200 and len(response.json()["items"]) <= limit


async def test_C360_API_one_assignment_and_404(client: httpx.AsyncClient,
                                               sandbox_app: SandboxASGI) -> None:
    number = next(iter(sandbox_app.state.orgs[CID].assignments))
    response = await client.get(f"/v1/bodyshops/{CID}/assignments/{number}")
    assert response.status_code == 200 and response.json()["number"] == number
    _problem(await client.get(f"/v1/bodyshops/{CID}/assignments/0000000"), 404)
    _problem(await client.get("/v1/onbekend"), 404)


# --------------------------------------------------------------------------- cases


async def test_C360_API_create_case_appears_with_vehicle(client: httpx.AsyncClient) -> None:
    """C360-DOS-1: plate + km only; the assignment appears, vehicle from the plate lookup."""
    response = await client.post(f"/v1/bodyshops/{CID}/cases", json={
        "licensePlate": "1-ABC-123", "odometerKm": 120500, "externalReference": "PM-2021-0042"})
    assert response.status_code == 201, response.text
    created = response.json()
    assert set(created) == {"caseId", "number", "createdAt"}
    item = (await client.get(f"/v1/bodyshops/{CID}/assignments/{created['number']}")).json()
    assert item["caseId"] == created["caseId"] and item["status"] == "open"
    assert item["vehicle"]["licensePlate"] == "1-ABC-123"
    assert item["vehicle"]["odometerKm"] == 120500
    assert item["vehicle"]["make"] and item["vehicle"]["vin"]
    assert item["estimate"] is None and item["photoCount"] == 0


async def test_C360_API_idempotent_create_replays_and_rejects_other_body(
        client: httpx.AsyncClient, sandbox_app: SandboxASGI) -> None:
    """C360-DOS-1: pressing twice / retrying never creates two cases."""
    before = len(sandbox_app.state.orgs[CID].cases)
    headers = {"Idempotency-Key": "3f1c9a4e-8a7b-4f7e-9a51-6a0d2b1c0001"}
    body = {"licensePlate": "1-XYZ-987", "odometerKm": 5000}
    first = await client.post(f"/v1/bodyshops/{CID}/cases", json=body, headers=headers)
    second = await client.post(f"/v1/bodyshops/{CID}/cases",
                               content=json.dumps(body, indent=2), headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert len(sandbox_app.state.orgs[CID].cases) == before + 1
    other = await client.post(f"/v1/bodyshops/{CID}/cases",
                              json={**body, "odometerKm": 5001}, headers=headers)
    assert "Idempotency-Key" in _problem(other, 422)["errors"]
    assert len(sandbox_app.state.orgs[CID].cases) == before + 1


@pytest.mark.parametrize("body", [
    {"licensePlate": "", "odometerKm": 1}, {"licensePlate": "   ", "odometerKm": 1},
    {"odometerKm": 1}, {"licensePlate": "1-ABC-123", "odometerKm": -1},
    {"licensePlate": "1-ABC-123", "odometerKm": 1.5},
    {"licensePlate": "1-ABC-123", "odometerKm": "100"},
    {"licensePlate": "1-ABC-123", "odometerKm": True},
])
async def test_C360_API_create_case_validation_422(client: httpx.AsyncClient,
                                                   body: dict[str, Any]) -> None:
    problem = _problem(await client.post(f"/v1/bodyshops/{CID}/cases", json=body), 422)
    assert set(problem["errors"]) & {"licensePlate", "odometerKm"}


async def test_C360_API_create_case_rejects_non_object(client: httpx.AsyncClient) -> None:
    _problem(await client.post(f"/v1/bodyshops/{CID}/cases", content=b"[1]"), 422)
    _problem(await client.post(f"/v1/bodyshops/{CID}/cases", content=b"{nope"), 422)


async def test_C360_API_patch_case_lower_km_is_422(client: httpx.AsyncClient) -> None:
    created = (await client.post(f"/v1/bodyshops/{CID}/cases",
                                 json={"licensePlate": "1-KMS-001", "odometerKm": 1000})).json()
    path = f"/v1/bodyshops/{CID}/cases/{created['caseId']}"
    assert "odometerKm" in _problem(await client.patch(path, json={"odometerKm": 999}),
                                    422)["errors"]
    before = (await client.get(f"/v1/bodyshops/{CID}/assignments/{created['number']}")).json()
    response = await client.patch(path, json={"licensePlate": "1-KMS-002", "odometerKm": 1500})
    assert response.status_code == 200
    assert response.json()["odometerKm"] == 1500
    after = (await client.get(f"/v1/bodyshops/{CID}/assignments/{created['number']}")).json()
    assert after["vehicle"]["licensePlate"] == "1-KMS-002"
    assert datetime.fromisoformat(after["updatedAt"]) > datetime.fromisoformat(
        before["updatedAt"])
    same = await client.patch(path, json={"odometerKm": 1500})
    assert same.status_code == 200 and same.json()["updatedAt"] == response.json()["updatedAt"]
    _problem(await client.patch(f"/v1/bodyshops/{CID}/cases/c-nope00", json={}), 404)


# --------------------------------------------------------------------------- estimates


async def test_C360_API_estimate_current_and_versions(client: httpx.AsyncClient,
                                                      sandbox_app: SandboxASGI) -> None:
    case_id = _case_with(sandbox_app.state, versions=2)
    base = f"/v1/bodyshops/{CID}/cases/{case_id}/estimate"
    current = (await client.get(base)).json()
    assert current["version"] == 2 and current["currency"] == "EUR"
    first = (await client.get(base + "/versions/1")).json()
    assert first["version"] == 1 and first["estimateId"] == current["estimateId"]
    assert (await client.get(base + "/versions/2")).json() == current
    for estimate in (current, first):
        totals = estimate["totals"]
        net = sum(Decimal(totals[k]) for k in ("parts", "labour", "paint", "other"))
        assert Decimal(totals["net"]) == net
        assert Decimal(totals["gross"]) == net + Decimal(totals["vat"])
        for line in estimate["lines"]:
            assert isinstance(line["amount"], str) and isinstance(line["quantity"], str)
            assert Decimal(line["amount"]) == (Decimal(line["quantity"]) * Decimal(
                line["unitPrice"])).quantize(Decimal("0.01"))
    _problem(await client.get(base + "/versions/3"), 404)
    _problem(await client.get(base + "/versions/abc"), 404)
    listing = (await client.get(f"/v1/bodyshops/{CID}/assignments", params={"limit": 200}))
    item = next(i for i in listing.json()["items"] if i["caseId"] == case_id)
    assert item["estimate"] == {"estimateId": current["estimateId"], "version": 2,
                                "updatedAt": current["updatedAt"]}
    no_estimate = _case_with(sandbox_app.state, versions=0)
    _problem(await client.get(f"/v1/bodyshops/{CID}/cases/{no_estimate}/estimate"), 404)


# --------------------------------------------------------------------------- photos


async def test_C360_API_photo_list_and_content(client: httpx.AsyncClient,
                                               sandbox_app: SandboxASGI) -> None:
    case_id = _case_with(sandbox_app.state, min_photos=2)
    listing = (await client.get(f"/v1/bodyshops/{CID}/cases/{case_id}/photos")).json()
    assert len(listing["items"]) >= 2
    for photo in listing["items"]:
        response = await client.get(
            f"/v1/bodyshops/{CID}/cases/{case_id}/photos/{photo['photoId']}/content")
        assert response.status_code == 200
        assert response.headers["content-type"] == photo["contentType"]
        assert int(response.headers["content-length"]) == photo["size"] == len(response.content)
        assert hashlib.sha256(response.content).hexdigest() == photo["sha256"]
        assert photo["source"] == "expert" and photo["takenAt"]
    _problem(await client.get(f"/v1/bodyshops/{CID}/cases/{case_id}/photos/p-none/content"),
             404)


async def test_C360_API_photo_upload_201_then_200_dedupe(client: httpx.AsyncClient,
                                                         sandbox_app: SandboxASGI) -> None:
    """C360-PHO-2: a photo is never stored twice; the assignment's photoCount follows."""
    case = sandbox_app.state.orgs[CID].cases[_case_with(sandbox_app.state)]
    path = f"/v1/bodyshops/{CID}/cases/{case.case_id}/photos"
    before = (await client.get(f"/v1/bodyshops/{CID}/assignments/{case.number}")).json()
    data = render_photo("upload test", "png")
    first = await client.post(path, files={"file": ("schade.png", data, "image/png")})
    assert first.status_code == 201, first.text
    assert first.json()["sha256"] == hashlib.sha256(data).hexdigest()
    again = await client.post(path, files={"file": ("andere-naam.png", data, "image/png")})
    assert again.status_code == 200 and again.json() == first.json()
    after = (await client.get(f"/v1/bodyshops/{CID}/assignments/{case.number}")).json()
    assert after["photoCount"] == before["photoCount"] + 1
    assert after["updatedAt"] > before["updatedAt"]
    photo = (await client.get(path)).json()["items"][-1]
    assert photo == {**photo, "fileName": "schade.png", "contentType": "image/png",
                     "size": len(data), "source": "bodyshop"}


async def test_C360_API_photo_upload_413_and_415(client: httpx.AsyncClient,
                                                 sandbox_app: SandboxASGI) -> None:
    path = f"/v1/bodyshops/{CID}/cases/{_case_with(sandbox_app.state)}/photos"
    big = b"\xff\xd8\xff" + b"\0" * MAX_PHOTO_BYTES
    _problem(await client.post(path, files={"file": ("groot.jpg", big, "image/jpeg")}), 413)
    for data, declared in ((b"%PDF-1.4 not an image", "image/jpeg"),
                           (b"GIF89a" + b"\0" * 100, "image/gif"),
                           (b"<html></html>", "image/png")):
        _problem(await client.post(path, files={"file": ("x.jpg", data, declared)}), 415)
    _problem(await client.post(path, files={"andere": ("x.jpg", b"x", "image/jpeg")}), 422)
    _problem(await client.post(path, json={"file": "x"}), 415)
    _problem(await client.post(f"/v1/bodyshops/{CID}/cases/c-nope00/photos",
                               files={"file": ("x.jpg", render_photo("x"), "image/jpeg")}), 404)


async def test_C360_API_photo_upload_idempotency_ignores_boundary(
        client: httpx.AsyncClient, sandbox_app: SandboxASGI) -> None:
    """A retried upload with the same Idempotency-Key replays 201, whatever the boundary."""
    path = f"/v1/bodyshops/{CID}/cases/{_case_with(sandbox_app.state)}/photos"
    data = render_photo("idempotent upload")
    headers = {"Idempotency-Key": "0c0ffee0-0000-4000-8000-000000000001"}
    first = await client.post(path, files={"file": ("a.jpg", data, "image/jpeg")},
                              headers=headers)
    second = await client.post(path, files={"file": ("a.jpg", data, "image/jpeg")},
                               headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    other = await client.post(path, files={"file": ("a.jpg", render_photo("other"),
                                                    "image/jpeg")}, headers=headers)
    _problem(other, 422)


# --------------------------------------------------------------------------- rate limit & faults


async def test_C360_API_rate_limit_429_with_retry_after(client: httpx.AsyncClient,
                                                        sandbox_app: SandboxASGI) -> None:
    """10 requests per second per bodyshop key, then 429 with Retry-After."""
    sandbox_app.state.set_rate_limit(10)
    statuses = [(await client.get("/v1/organisation")).status_code for _ in range(12)]
    assert statuses[:10] == [200] * 10 and 429 in statuses[10:]
    limited = await client.get("/v1/organisation")
    _problem(limited, 429)
    assert int(limited.headers["retry-after"]) >= 1
    other = await client.get("/v1/organisation", headers=sandbox_app.headers(1))
    assert other.status_code == 200


async def test_C360_API_fault_status_on_nth_request(client: httpx.AsyncClient,
                                                    sandbox_app: SandboxASGI) -> None:
    sandbox_app.state.fail_request(503, nth=2, retry_after=7)
    assert (await client.get("/v1/organisation")).status_code == 200
    failed = await client.get("/v1/organisation")
    _problem(failed, 503)
    assert failed.headers["retry-after"] == "7"
    assert (await client.get("/v1/organisation")).status_code == 200


async def test_C360_API_fault_filters_by_method_and_path(client: httpx.AsyncClient,
                                                         sandbox_app: SandboxASGI) -> None:
    sandbox_app.state.fail_request(500, method="GET", path="/photos", count=2)
    assert (await client.get("/v1/organisation")).status_code == 200
    case_id = _case_with(sandbox_app.state)
    for _ in range(2):
        _problem(await client.get(f"/v1/bodyshops/{CID}/cases/{case_id}/photos"), 500)
    assert (await client.get(f"/v1/bodyshops/{CID}/cases/{case_id}/photos")).status_code == 200


async def test_C360_API_fault_rate_limit_next_n(client: httpx.AsyncClient,
                                                sandbox_app: SandboxASGI) -> None:
    sandbox_app.state.rate_limit_next(2, retry_after=3)
    for _ in range(2):
        response = await client.get("/v1/organisation")
        _problem(response, 429)
        assert response.headers["retry-after"] == "3"
    assert (await client.get("/v1/organisation")).status_code == 200


async def test_C360_API_fault_latency(client: httpx.AsyncClient,
                                      sandbox_app: SandboxASGI) -> None:
    sandbox_app.state.set_latency(0.2)
    started = time.perf_counter()
    assert (await client.get("/v1/organisation")).status_code == 200
    assert time.perf_counter() - started >= 0.2
    sandbox_app.state.clear_faults()
    assert sandbox_app.state.latency == 0


async def test_C360_API_fault_truncated_json(client: httpx.AsyncClient,
                                             sandbox_app: SandboxASGI) -> None:
    sandbox_app.state.truncate_json()
    response = await client.get(f"/v1/bodyshops/{CID}/assignments")
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content)
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)
    assert (await client.get(f"/v1/bodyshops/{CID}/assignments")).json()["items"]


def test_C360_API_fault_dropped_connection(sandbox_server: SandboxServer) -> None:
    sandbox_server.state.drop_connection(path="/assignments")
    with httpx.Client(base_url=sandbox_server.url, headers=sandbox_server.headers()) as http:
        assert http.get("/v1/organisation").status_code == 200
        with pytest.raises(httpx.RemoteProtocolError):
            http.get(f"/v1/bodyshops/{CID}/assignments")
        assert http.get(f"/v1/bodyshops/{CID}/assignments").status_code == 200


def test_C360_API_fault_apply_then_timeout_retry_creates_one_case(
        sandbox_server: SandboxServer) -> None:
    """C360-DOS-1: the write happened but the answer never came; the retry with the same
    Idempotency-Key gets the stored answer instead of a second case."""
    state = sandbox_server.state
    state.apply_then_timeout(30)
    before = len(state.orgs[CID].cases)
    headers = {**sandbox_server.headers(), "Idempotency-Key": "9b2f4c1e-1111-4222-8333-444455556666"}
    body = {"licensePlate": "1-TMO-001", "odometerKm": 42}
    with httpx.Client(base_url=sandbox_server.url, headers=headers) as http:
        with pytest.raises(httpx.ReadTimeout):
            http.post(f"/v1/bodyshops/{CID}/cases", json=body, timeout=0.5)
        assert len(state.orgs[CID].cases) == before + 1
        retry = http.post(f"/v1/bodyshops/{CID}/cases", json=body, timeout=5)
    assert retry.status_code == 201 and retry.headers["idempotent-replayed"] == "true"
    assert len(state.orgs[CID].cases) == before + 1
    assert retry.json()["caseId"] in state.orgs[CID].cases


def test_C360_API_requests_are_counted(sandbox_server_module: SandboxServer) -> None:
    server = sandbox_server_module
    with httpx.Client(base_url=server.url, headers=server.headers()) as http:
        http.get("/v1/organisation")
        http.get(f"/v1/bodyshops/{CID}/assignments")
        http.get(f"/v1/bodyshops/{CID}/assignments")
        counts = http.get("/_sandbox/requests", headers=server.admin_headers()).json()
        assert counts["total"] == 3
        assert counts["byPath"][f"/v1/bodyshops/{CID}/assignments"] == 2
        assert counts["byRoute"]["GET /v1/organisation"] == 1
        assert http.delete("/_sandbox/requests", headers=server.admin_headers()).json()[
            "total"] == 0


# --------------------------------------------------------------------------- admin API


async def test_C360_API_admin_requires_bearer_token(sandbox_app: SandboxASGI) -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sandbox_app),
                                 base_url=sandbox_app.url) as http:
        for headers in ({}, {"Authorization": "Bearer fout"},
                        {"Authorization": sandbox_app.admin_token},
                        sandbox_app.headers(0)):
            _problem(await http.get("/_sandbox/state", headers=headers), 401)
            _problem(await http.post("/_sandbox/faults", headers=headers,
                                     json={"latency": 5}), 401)
        assert sandbox_app.state.latency == 0
        summary = (await http.get("/_sandbox/state", headers=sandbox_app.admin_headers())).json()
    assert summary["organisations"][0]["carrosserieId"] == CID
    assert summary["organisations"][0]["assignments"] >= 10


async def test_C360_API_admin_changes_are_seen_by_the_client(client: httpx.AsyncClient,
                                                             sandbox_app: SandboxASGI) -> None:
    admin = sandbox_app.admin_headers()
    base = f"/_sandbox/organisations/{CID}"
    watermark = (await client.get(f"/v1/bodyshops/{CID}/assignments",
                                  params={"limit": 1})).json()["serverTime"]
    created = await client.post(base + "/assignments", headers=admin, json={
        "work": "Glasbraak", "insurer": {"name": "Ethias"}, "smartExpertise": True})
    assert created.status_code == 201
    number, case_id = created.json()["number"], created.json()["caseId"]
    assert created.json()["insurer"]["name"] == "Ethias"
    changed = await client.post(base + "/assignments", headers=admin,
                                json={"number": number, "complete": True})
    assert changed.status_code == 200 and changed.json()["complete"] is True
    estimate = await client.post(base + f"/cases/{case_id}/estimate", headers=admin)
    assert estimate.status_code == 201 and estimate.json()["version"] == 1
    estimate = await client.post(base + f"/cases/{case_id}/estimate", headers=admin, json={
        "lines": [{"kind": "part", "description": "Voorruit", "quantity": "1",
                   "unitPrice": "500.00"}]})
    assert estimate.json()["version"] == 2 and estimate.json()["totals"]["gross"] == "605.00"
    photo = await client.post(base + f"/cases/{case_id}/photos", headers=admin,
                              json={"format": "png"})
    assert photo.status_code == 201 and photo.json()["contentType"] == "image/png"
    cancelled = await client.post(base + f"/assignments/{number}/cancel", headers=admin)
    assert cancelled.json()["status"] == "cancelled"
    items, _ = await _all_pages(client, updatedSince=watermark)
    assert [i["number"] for i in items] == [number]
    item = items[0]
    assert item["status"] == "cancelled" and item["photoCount"] == 1
    assert item["estimate"]["version"] == 2 and item["complete"] is True
    _problem(await client.post(base + "/assignments/0000000/cancel", headers=admin), 404)
    _problem(await client.post("/_sandbox/organisations/123/assignments", headers=admin,
                               json={}), 404)
    _problem(await client.post(base + "/assignments", headers=admin, json={"bogus": 1}), 422)


async def test_C360_API_admin_faults_endpoint(client: httpx.AsyncClient,
                                              sandbox_app: SandboxASGI) -> None:
    admin = sandbox_app.admin_headers()
    response = await client.post("/_sandbox/faults", headers=admin, json={
        "faults": [{"kind": "status", "status": 502, "nth": 1},
                   {"kind": "rateLimit", "retryAfter": 4, "nth": 2}],
        "rateLimitPerSecond": None})
    assert response.status_code == 200 and len(response.json()["faults"]) == 2
    _problem(await client.get("/v1/organisation"), 502)
    assert (await client.get("/v1/organisation")).headers["retry-after"] == "4"
    assert (await client.get("/v1/organisation")).status_code == 200
    await client.post("/_sandbox/faults", headers=admin, json={"kind": "truncate"})
    assert (await client.get("/_sandbox/faults", headers=admin)).json()["faults"][0][
        "kind"] == "truncate"
    cleared = await client.delete("/_sandbox/faults", headers=admin)
    assert cleared.json()["faults"] == []
    _problem(await client.post("/_sandbox/faults", headers=admin, json={"kind": "boom"}), 422)
    bulk = await client.post(f"/_sandbox/organisations/{CID}/bulk-assignments", headers=admin,
                             json={"count": 250})
    assert bulk.status_code == 201 and bulk.json()["count"] == 250


async def test_C360_API_openapi_document_served(client: httpx.AsyncClient) -> None:
    response = await client.get("/openapi.yaml")
    assert response.status_code == 200 and "X-PlanManager-Api-Key" in response.text
    document = (await client.get("/openapi.json")).json()
    assert "/v1/bodyshops/{cid}/assignments" in document["paths"]


# --------------------------------------------------------------------------- serving


def test_C360_API_server_fixture_serves_real_http(sandbox_server: SandboxServer) -> None:
    assert sandbox_server.url.startswith("http://127.0.0.1:")
    assert "Key" not in repr(sandbox_server)
    org = sandbox_server.organisations[0]
    assert set(org) == {"carrosserieId", "name", "bodyshopKey", "planmanagerKey"}
    response = httpx.get(sandbox_server.url + "/v1/organisation",
                         headers=sandbox_server.headers())
    assert response.json()["carrosserieId"] == org["carrosserieId"]


def test_C360_CLI_run_cli_prints_url_and_keys_first() -> None:
    """``planmanager-desktop sandbox`` prints ``SANDBOX {json}`` as its first line."""
    code = ("import sys; from planmanager_desktop.sandbox.server import run_cli; "
            "sys.exit(run_cli('127.0.0.1', 0, 'empty'))")
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("SANDBOX "), line
        info = json.loads(line[len("SANDBOX "):])
        org = info["organisations"][0]
        assert set(org) == {"carrosserieId", "name", "bodyshopKey", "planmanagerKey"}
        assert info["adminToken"]
        response = httpx.get(info["url"] + "/v1/organisation", headers={
            "X-Bodyshop-Api-Key": org["bodyshopKey"],
            "X-PlanManager-Api-Key": org["planmanagerKey"]}, timeout=10)
        assert response.json()["carrosserieId"] == org["carrosserieId"]
    finally:
        process.send_signal(2)  # Ctrl+C
        try:
            assert process.wait(timeout=10) == 0
        finally:
            if process.poll() is None:
                process.kill()
            process.communicate()
