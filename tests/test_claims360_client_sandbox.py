"""The Claims360 client against the sandbox: in process (ASGI) and over real loopback HTTP."""

from __future__ import annotations

import hashlib
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_claims360_client_support import FakeClock, assert_no_secret

from planmanager_desktop.claims360 import (
    Claims360Client,
    Claims360Credentials,
    Claims360Http,
    KeyRefusedError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ResponseError,
    RetryPolicy,
    SecretRegistry,
    ServiceUnavailableError,
    ValidationError,
    WrongOrganisationError,
    new_idempotency_key,
)
from planmanager_desktop.sandbox.images import render_photo
from planmanager_desktop.sandbox.state import SandboxState


@dataclass
class Env:
    kind: str
    state: SandboxState
    http: Claims360Http
    clock: FakeClock
    orgs: list[dict[str, str]]

    def credentials(self, index: int = 0, **override: str) -> Claims360Credentials:
        org = self.orgs[index]
        return Claims360Credentials(override.get("cid", org["carrosserieId"]),
                                    override.get("bodyshop", org["bodyshopKey"]),
                                    override.get("planmanager", org["planmanagerKey"]))

    def client(self, index: int = 0, **override: str) -> Claims360Client:
        return self.http.client(self.credentials(index, **override))

    def secrets(self) -> list[str]:
        return [org[k] for org in self.orgs for k in ("bodyshopKey", "planmanagerKey")]

    def cases(self, index: int = 0) -> int:
        count: int = self.state.summary()["organisations"][index]["cases"]
        return count


def _http(url: str, clock: FakeClock, **options: Any) -> Claims360Http:
    return Claims360Http(url, clock=clock, secrets=SecretRegistry(), rate_limit_per_second=None,
                         retry=RetryPolicy(max_attempts=4), **options)


@pytest.fixture(params=["asgi", "http"])
async def env(request: pytest.FixtureRequest, sandbox_state: SandboxState
              ) -> AsyncIterator[Env]:
    clock = FakeClock()
    if request.param == "asgi":
        app = request.getfixturevalue("sandbox_app")
        http = _http(app.url, clock, transport=httpx.ASGITransport(app=app),
                     allow_insecure_http=True)
        orgs = app.organisations
    else:
        server = request.getfixturevalue("sandbox_server")
        http = _http(server.url, clock)
        orgs = server.organisations
    async with http:
        yield Env(request.param, sandbox_state, http, clock, orgs)


@pytest.fixture
async def real(sandbox_server: Any, sandbox_state: SandboxState) -> AsyncIterator[Env]:
    """Only real HTTP: for timeouts and dropped connections."""
    clock = FakeClock()
    async with _http(sandbox_server.url, clock,
                     timeout=httpx.Timeout(connect=2.0, read=0.4, write=2.0, pool=2.0)) as http:
        yield Env("http", sandbox_state, http, clock, sandbox_server.organisations)


# ------------------------------------------------------------------------- configuration


async def test_C360_CFG_7_verify_accepts_matching_keys_and_carrosserie_id(env: Env) -> None:
    organisation = await env.client().verify()
    assert organisation.carrosserie_id == env.orgs[0]["carrosserieId"]
    assert organisation.name == env.orgs[0]["name"]


@pytest.mark.parametrize("which", ["bodyshop", "planmanager"])
async def test_C360_CFG_7_a_refused_key_is_named(env: Env, which: str) -> None:
    client = env.client(**{which: "wrong-" + "x" * 30})
    with pytest.raises(KeyRefusedError) as caught:
        await client.verify()
    assert caught.value.key == which
    label = "Bodyshop API sleutel" if which == "bodyshop" else "PlanManager API sleutel"
    assert label in caught.value.user_message
    assert_no_secret(caught.value, *env.secrets(), "wrong-" + "x" * 30)


async def test_C360_CFG_7_keys_of_another_organisation_are_refused(env: Env) -> None:
    other_cid = env.orgs[1]["carrosserieId"]
    with pytest.raises(WrongOrganisationError) as caught:
        await env.client(0, cid=other_cid).verify()
    assert other_cid in caught.value.user_message
    with pytest.raises(WrongOrganisationError):  # the server's own 403 on the cid's path
        await env.client(0, cid=other_cid).list_assignments_page(limit=1)
    assert_no_secret(caught.value, *env.secrets())


async def test_C360_CFG_7_unreachable_claims360_is_a_network_error() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    clock = FakeClock()
    async with _http(f"http://127.0.0.1:{port}", clock) as http:
        client = http.client(Claims360Credentials("0566988259", "a" * 40, "b" * 40))
        with pytest.raises(NetworkError) as caught:
            await client.verify()
    assert caught.value.never_sent
    assert "niet bereiken" in caught.value.user_message
    assert len(clock.sleeps) == 3  # retried with backoff, then gave up
    assert_no_secret(caught.value, "a" * 40, "b" * 40)


# ---------------------------------------------------------------------------- assignments


async def test_C360_SYNC_3_pages_then_incremental_sync_transfers_only_changes(env: Env) -> None:
    client = env.client()
    first = await client.collect_assignments(limit=5)
    assert len(first.items) == 12 and first.pages == 3
    assert len({a.number for a in first.items}) == 12
    updated = [a.updated_at for a in first.items]
    assert updated == sorted(updated)

    nothing = await client.collect_assignments(first.next_updated_since, limit=5)
    assert nothing.items == () and nothing.pages == 1

    cid = env.orgs[0]["carrosserieId"]
    env.state.cancel_assignment(cid, first.items[3].number)
    changed = await client.collect_assignments(nothing.next_updated_since)
    assert [(a.number, a.status) for a in changed.items] == [(first.items[3].number,
                                                             "cancelled")]
    one = await client.get_assignment(first.items[3].number)
    assert one.status == "cancelled"


async def test_unknown_assignment_is_not_found(env: Env) -> None:
    with pytest.raises(NotFoundError) as caught:
        await env.client().get_assignment("0000000")
    assert "de opdracht 0000000" in caught.value.user_message


# ---------------------------------------------------------------------------------- cases


async def test_C360_DOS_1_case_creation_is_idempotent(env: Env) -> None:
    client = env.client()
    key = new_idempotency_key()
    before = env.cases()
    first = await client.create_case("1-ABC-123", 120500, "PM-2021-0042", idempotency_key=key)
    again = await client.create_case("1-ABC-123", 120500, "PM-2021-0042", idempotency_key=key)
    assert first == again
    assert env.cases() == before + 1
    with pytest.raises(ValidationError) as caught:  # same key, other body
        await client.create_case("1-XYZ-999", 1, "PM-2021-0042", idempotency_key=key)
    assert "Idempotency-Key" in caught.value.field_errors
    assignment = await client.get_assignment(first.number)
    assert assignment.vehicle is not None and assignment.vehicle.license_plate == "1-ABC-123"


async def test_C360_DOS_1_timeout_after_the_server_applied_creates_one_case(real: Env) -> None:
    """Over real HTTP: the sandbox creates the case, then holds the answer past the client's
    read timeout; the client retries with the same key and gets the stored answer."""
    real.state.apply_then_timeout(seconds=3.0)
    before = real.cases()
    case = await real.client().create_case("1-ABC-123", 1000, "PM-1",
                                           idempotency_key=new_idempotency_key())
    assert real.cases() == before + 1
    assert (await real.client().get_assignment(case.number)).case_id == case.case_id
    assert len(real.clock.sleeps) == 1


async def test_case_validation_and_patch(env: Env) -> None:
    client = env.client()
    with pytest.raises(ValidationError) as caught:
        await client.create_case("  ", -5, "PM-9", idempotency_key=new_idempotency_key())
    assert set(caught.value.field_errors) == {"licensePlate", "odometerKm"}
    assert "nummerplaat" in caught.value.user_message
    case = await client.create_case("1-ABC-123", 1000, "PM-9")
    await client.patch_case(case.case_id, odometer_km=2000, idempotency_key="p-1")
    with pytest.raises(ValidationError) as lower:
        await client.patch_case(case.case_id, odometer_km=1500)
    assert "odometerKm" in lower.value.field_errors
    assignment = await client.get_assignment(case.number)
    assert assignment.vehicle is not None and assignment.vehicle.odometer_km == 2000


# ------------------------------------------------------------------------------ estimates


async def test_estimates_current_and_versions(env: Env) -> None:
    client = env.client()
    cid = env.orgs[0]["carrosserieId"]
    case = await client.create_case("1-EST-001", 5, "PM-EST")
    assert await client.get_current_estimate(case.case_id) is None
    env.state.admin_add_estimate_version(cid, case.case_id)
    env.state.admin_add_estimate_version(cid, case.case_id)
    current = await client.get_current_estimate(case.case_id)
    assert current is not None and current.version == 2
    first = await client.get_estimate_version(case.case_id, 1)
    assert first.version == 1 and first.estimate_id == current.estimate_id
    assert sum((line.amount for line in current.lines), start=current.totals.other
               ) == current.totals.net
    with pytest.raises(NotFoundError):
        await client.get_estimate_version(case.case_id, 9)
    assignment = await client.get_assignment(case.number)
    assert assignment.estimate is not None and assignment.estimate.version == 2


# --------------------------------------------------------------------------------- photos


async def test_C360_PHO_2_upload_is_stored_once_and_downloads_intact(
        env: Env, tmp_path: Path) -> None:
    client = env.client()
    case = await client.create_case("1-PHO-002", 5, "PM-PHO")
    data = render_photo("voorkant")
    first = await client.upload_photo(case.case_id, data, "voorkant.jpg", "image/jpeg",
                                      idempotency_key=new_idempotency_key())
    again = await client.upload_photo(case.case_id, data, "kopie.jpg", "image/jpeg",
                                      idempotency_key=new_idempotency_key())
    assert first.created and not again.created and first.photo_id == again.photo_id
    photos = await client.list_photos(case.case_id)
    assert [p.photo_id for p in photos] == [first.photo_id]
    assert photos[0].sha256 == hashlib.sha256(data).hexdigest()

    dest = tmp_path / "p.jpg"
    downloaded = await client.download_photo(case.case_id, first.photo_id, dest,
                                             expected_sha256=photos[0].sha256)
    assert downloaded.size == len(data) and downloaded.content_type == "image/jpeg"
    assert hashlib.sha256(_read(dest)).hexdigest() == photos[0].sha256
    assert _listing(tmp_path) == ["p.jpg"]


def _read(path: Path) -> bytes:
    return path.read_bytes()


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --------------------------------------------------------------------------------- faults


async def test_5xx_and_429_are_retried_for_gets(env: Env) -> None:
    env.state.fail_request(503, count=2, retry_after=2)
    env.state.rate_limit_next(1, retry_after=1)
    assert (await env.client().get_organisation()).carrosserie_id == env.orgs[0]["carrosserieId"]
    assert env.clock.sleeps == [2.0, 2.0, 1.0]  # every pause came from Retry-After


async def test_persistent_outage_raises_service_unavailable(env: Env) -> None:
    env.state.fail_request(503, count=10)
    with pytest.raises(ServiceUnavailableError) as caught:
        await env.client().get_organisation()
    assert caught.value.status == 503
    assert_no_secret(caught.value, *env.secrets())


async def test_persistent_rate_limit_raises_rate_limited(env: Env) -> None:
    env.state.rate_limit_next(10, retry_after=1)
    with pytest.raises(RateLimitedError) as caught:
        await env.client().get_organisation()
    assert caught.value.retry_after == 1.0
    assert_no_secret(caught.value, *env.secrets())


async def test_truncated_json_is_a_response_error(env: Env) -> None:
    env.state.truncate_json()
    with pytest.raises(ResponseError):
        await env.client().list_assignments_page()


async def test_dropped_connection_is_retried(real: Env) -> None:
    real.state.drop_connection()
    page = await real.client().list_assignments_page(limit=10)
    assert len(page.items) == 10
    assert len(real.clock.sleeps) == 1


@pytest.mark.slow
async def test_client_rate_limit_keeps_under_the_contracts_10_per_second(
        sandbox_server: Any, sandbox_state: SandboxState) -> None:
    """With the real clock: 25 requests through the client's limiter never meet a 429."""
    sandbox_state.set_rate_limit(10)
    org = sandbox_server.organisations[0]
    async with Claims360Http(sandbox_server.url, secrets=SecretRegistry()) as http:
        client = http.client(Claims360Credentials(org["carrosserieId"], org["bodyshopKey"],
                                                  org["planmanagerKey"]))
        for _ in range(25):
            await client.list_assignments_page(limit=1)
    counts = sandbox_state.request_counts()
    assert counts["total"] == 25  # no request needed a retry
