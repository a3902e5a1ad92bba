"""The Claims360 client under precise faults (respx): retries, Retry-After, backoff, deadlines,
malformed answers. A fake clock makes every wait instant and measurable."""

from __future__ import annotations

import asyncio
import copy
import json
import time
from collections.abc import AsyncIterator, Iterator
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from test_claims360_client_support import (
    BASE_URL,
    CID,
    FakeClock,
    assert_no_secret,
    make_credentials,
)

from planmanager_desktop.claims360 import (
    Claims360Client,
    Claims360Http,
    DeadlineExceededError,
    NetworkError,
    PayloadTooLargeError,
    PhotoIntegrityError,
    RateLimitedError,
    RequestRejectedError,
    ResponseError,
    RetryPolicy,
    SecretRegistry,
    ServiceUnavailableError,
    UnsupportedMediaTypeError,
    ValidationError,
)

ASSIGNMENT: dict[str, Any] = {
    "number": "8902305",
    "caseId": "c-5f1c2a",
    "status": "open",
    "complete": False,
    "work": "Carrosserie + spuitwerk",
    "vehicle": {"licensePlate": "1-ABC-123", "vin": "WVWZZZ1KZAW000001", "make": "Volkswagen",
                "model": "Golf", "firstRegistration": "2010-03-01", "odometerKm": 120500},
    "customer": {"name": "Sophia H", "phone": "+32 470 12 34 56", "email": "sophia@example.be"},
    "insurer": {"name": "AG Insurance", "claimNumber": "AG-2021-000123"},
    "expert": {"name": "Expertisebureau Vandamme"},
    "smartExpertise": True,
    "estimate": {"estimateId": "e-77a", "version": 2, "updatedAt": "2021-04-03T09:12:00+02:00"},
    "photoCount": 6,
    "createdAt": "2021-04-02T16:20:11+02:00",
    "updatedAt": "2021-04-03T09:12:00+02:00",
}
ORG = {"carrosserieId": CID, "name": "Carrosserie IndyPro BV", "vatNumber": "BE0566988259"}
ASSIGNMENTS = f"/v1/bodyshops/{CID}/assignments"
CASES = f"/v1/bodyshops/{CID}/cases"
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 200


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def read(path: Path) -> bytes:
    return path.read_bytes()


def page(items: list[dict[str, Any]], cursor: str | None) -> dict[str, Any]:
    return {"items": items, "nextCursor": cursor, "serverTime": "2021-04-03T09:15:00+02:00"}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


@pytest.fixture
async def http(clock: FakeClock) -> AsyncIterator[Claims360Http]:
    async with Claims360Http(BASE_URL, clock=clock, secrets=SecretRegistry(),
                             retry=RetryPolicy(max_attempts=5, base_delay=0.5,
                                               max_delay=4.0)) as shared:
        yield shared


@pytest.fixture
def client(http: Claims360Http) -> Claims360Client:
    return http.client(make_credentials())


def keys(client: Claims360Client) -> tuple[str, str]:
    return client.credentials.bodyshop_key, client.credentials.planmanager_key


# ------------------------------------------------------------------- retries of writes


async def test_C360_DOS_1_timeout_after_post_applied_retries_with_same_idempotency_key(
        mock: respx.MockRouter, client: Claims360Client) -> None:
    """C360-DOS-1: the server applied the POST, the answer was lost (read timeout): the
    retry carries the same Idempotency-Key and body, so the server replays one case."""
    seen: list[httpx.Request] = []
    created = {"caseId": "c-9d2e11", "number": "8902311",
               "createdAt": "2021-04-03T09:20:00+02:00"}

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            raise httpx.ReadTimeout("applied, answer lost", request=request)
        return httpx.Response(201, json=created)

    mock.post(CASES).mock(side_effect=server)
    case = await client.create_case("1-ABC-123", 120500, "PM-2021-0042",
                                    idempotency_key="4b1d6f1e-0000-4000-8000-000000000001")
    assert case.case_id == "c-9d2e11"
    assert len(seen) == 2
    assert {r.headers["Idempotency-Key"] for r in seen} == {
        "4b1d6f1e-0000-4000-8000-000000000001"}
    assert seen[0].content == seen[1].content
    assert json.loads(seen[0].content) == {"licensePlate": "1-ABC-123", "odometerKm": 120500,
                                           "externalReference": "PM-2021-0042"}


async def test_C360_DOS_1_post_without_idempotency_key_is_not_retried(
        mock: respx.MockRouter, client: Claims360Client) -> None:
    route = mock.post(CASES).mock(side_effect=httpx.ReadTimeout("lost"))
    with pytest.raises(NetworkError) as caught:
        await client.create_case("1-ABC-123", 1, "PM-1")
    assert route.call_count == 1
    assert caught.value.maybe_applied
    assert "niet zeker" in caught.value.user_message
    assert_no_secret(caught.value, *keys(client))


async def test_post_without_key_is_retried_when_the_connection_never_opened(
        mock: respx.MockRouter, client: Claims360Client) -> None:
    created = {"caseId": "c-1", "number": "1", "createdAt": "2021-04-03T09:20:00+02:00"}
    route = mock.post(CASES).mock(side_effect=[httpx.ConnectError("refused"),
                                               httpx.Response(201, json=created)])
    assert (await client.create_case("1-ABC-123", 1, "PM-1")).case_id == "c-1"
    assert route.call_count == 2


async def test_post_422_is_not_retried(mock: respx.MockRouter, client: Claims360Client) -> None:
    route = mock.post(CASES).respond(422, json={
        "type": "x", "title": "Unprocessable", "status": 422, "detail": "ongeldig",
        "errors": {"licensePlate": ["mag niet leeg zijn"], "odometerKm": ["negatief"]}})
    with pytest.raises(ValidationError) as caught:
        await client.create_case("", -1, "PM-1", idempotency_key="k")
    assert route.call_count == 1
    assert caught.value.field_errors == {"licensePlate": ("mag niet leeg zijn",),
                                         "odometerKm": ("negatief",)}
    assert "nummerplaat: mag niet leeg zijn" in caught.value.user_message
    assert "km-stand" in caught.value.user_message


# --------------------------------------------------------------------------- Retry-After


async def _pause_both(mock: respx.MockRouter, client: Claims360Client, clock: FakeClock,
                      retry_after: str) -> list[tuple[str, float]]:
    """A's first GET gets 429 with ``retry_after``; B starts right then. Returns (path, time)
    of every request the server saw."""
    calls: list[tuple[str, float]] = []
    b_may_start = asyncio.Event()

    def assignments(request: httpx.Request) -> httpx.Response:
        calls.append((request.url.path, clock.elapsed))
        if len(calls) == 1:
            b_may_start.set()
            return httpx.Response(429, headers={"Retry-After": retry_after},
                                  json={"status": 429, "detail": "te veel"})
        return httpx.Response(200, json=page([ASSIGNMENT], None))

    def organisation(request: httpx.Request) -> httpx.Response:
        calls.append((request.url.path, clock.elapsed))
        return httpx.Response(200, json=ORG)

    mock.get(ASSIGNMENTS).mock(side_effect=assignments)
    mock.get("/v1/organisation").mock(side_effect=organisation)

    async def a() -> None:
        await client.list_assignments_page()

    async def b() -> None:
        await b_may_start.wait()
        await client.get_organisation()

    await asyncio.gather(a(), b())
    return calls


async def test_retry_after_seconds_pauses_the_whole_client_for_that_key(
        mock: respx.MockRouter, client: Claims360Client, clock: FakeClock) -> None:
    calls = await _pause_both(mock, client, clock, "7")
    assert calls[0] == (ASSIGNMENTS, 0.0)
    later = calls[1:]
    assert sorted(path for path, _ in later) == sorted([ASSIGNMENTS, "/v1/organisation"])
    assert all(at >= 7.0 for _, at in later), calls  # both requests waited


async def test_retry_after_http_date_pauses_the_whole_client(
        mock: respx.MockRouter, client: Claims360Client, clock: FakeClock) -> None:
    when = clock.now().replace(microsecond=0)
    from datetime import timedelta
    calls = await _pause_both(mock, client, clock,
                              format_datetime(when + timedelta(seconds=12), usegmt=True))
    assert all(at >= 12.0 for _, at in calls[1:]), calls
    assert len(calls) == 3


async def test_retry_after_pause_does_not_stop_another_repairer(
        mock: respx.MockRouter, http: Claims360Http, clock: FakeClock) -> None:
    first, other = http.client(make_credentials()), http.client(make_credentials())
    mock.get(ASSIGNMENTS).respond(429, headers={"Retry-After": "30"}, json={"status": 429})
    mock.get("/v1/organisation").respond(200, json=ORG)
    with pytest.raises(RateLimitedError):
        await first.list_assignments_page(deadline=10)  # 30 s does not fit in 10 s
    assert http.paused_for(first.credentials) == pytest.approx(30.0)
    assert http.paused_for(other.credentials) == 0.0
    await other.get_organisation()
    assert clock.elapsed == 0.0
    with pytest.raises(RateLimitedError) as caught:  # same key: fails fast, does not wait
        await first.get_organisation(deadline=10)
    assert caught.value.retry_after == pytest.approx(30.0)
    assert clock.elapsed == 0.0


async def test_503_with_retry_after_waits_then_succeeds(
        mock: respx.MockRouter, client: Claims360Client, clock: FakeClock) -> None:
    route = mock.get("/v1/organisation").mock(side_effect=[
        httpx.Response(503, headers={"Retry-After": "3"}, json={"status": 503}),
        httpx.Response(200, json=ORG)])
    assert (await client.get_organisation()).name == "Carrosserie IndyPro BV"
    assert route.call_count == 2
    assert clock.sleeps == [3.0]


# ------------------------------------------------------------------------------ backoff


async def test_backoff_is_exponential_capped_and_jittered(
        mock: respx.MockRouter, clock: FakeClock) -> None:
    clock.rand = 1.0  # the top of every jitter interval shows the caps
    async with Claims360Http(BASE_URL, clock=clock, secrets=SecretRegistry(),
                             retry=RetryPolicy(max_attempts=8, base_delay=0.5,
                                               max_delay=3.0)) as http:
        client = http.client(make_credentials())
        mock.get("/v1/organisation").mock(side_effect=[httpx.Response(500)] * 7 + [
            httpx.Response(200, json=ORG)])
        await client.get_organisation()
    assert clock.sleeps == [0.5, 1.0, 2.0, 3.0, 3.0, 3.0, 3.0]


async def test_backoff_uses_full_jitter(mock: respx.MockRouter, client: Claims360Client,
                                        clock: FakeClock) -> None:
    clock.rand = 0.25
    mock.get("/v1/organisation").mock(side_effect=[httpx.Response(502), httpx.ConnectError("x"),
                                                   httpx.Response(200, json=ORG)])
    await client.get_organisation()
    assert clock.sleeps == [0.125, 0.25]


def test_retry_policy_caps() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=10.0)
    assert [policy.backoff_cap(n) for n in range(1, 7)] == [1, 2, 4, 8, 10, 10]
    assert policy.backoff(3, 0.5) == 2.0


async def test_gives_up_after_max_attempts_with_the_last_error(
        mock: respx.MockRouter, client: Claims360Client) -> None:
    route = mock.get("/v1/organisation").respond(503, json={"status": 503, "detail": "onderhoud"})
    with pytest.raises(ServiceUnavailableError) as caught:
        await client.get_organisation()
    assert route.call_count == 5
    assert "onderhoud" in caught.value.user_message
    assert_no_secret(caught.value, *keys(client))


# ----------------------------------------------------------------------------- deadline


async def test_deadline_exceeded_while_the_server_hangs(mock: respx.MockRouter) -> None:
    async def hang(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(5)
        return httpx.Response(200, json=ORG)

    mock.get("/v1/organisation").mock(side_effect=hang)
    async with Claims360Http(BASE_URL, secrets=SecretRegistry()) as http:
        client = http.client(make_credentials())
        started = time.monotonic()
        with pytest.raises(DeadlineExceededError) as caught:
            await client.get_organisation(deadline=0.2)
    assert time.monotonic() - started < 2.0
    assert "0 seconden" not in caught.value.user_message or caught.value.seconds == 0.2


async def test_deadline_covers_retries_and_backoff(
        mock: respx.MockRouter, client: Claims360Client, clock: FakeClock) -> None:
    clock.rand = 1.0
    route = mock.get("/v1/organisation").respond(500)
    with pytest.raises(ServiceUnavailableError):
        await client.get_organisation(deadline=2.0)
    # waits 0.5 and 1.0; the next (2.0) would end after the deadline, so it is not started
    assert clock.sleeps == [0.5, 1.0]
    assert route.call_count == 3


# ---------------------------------------------------------------------- malformed answers


@pytest.mark.parametrize(
    ("body", "content_type", "fragment"),
    [
        (b"\xff\xfe{\"x\": 1}", "application/json", "UTF-8"),
        (b"{\"items\": [", "application/json", "not JSON"),
        (b"NaN", "application/json", "not JSON"),
        (b"<html>proxy</html>", "text/html", "content type"),
    ],
    ids=["non-utf8", "invalid-json", "nan", "html"],
)
async def test_malformed_bodies_raise_response_error(
        mock: respx.MockRouter, client: Claims360Client, body: bytes, content_type: str,
        fragment: str) -> None:
    mock.get(ASSIGNMENTS).respond(200, content=body, headers={"Content-Type": content_type})
    with pytest.raises(ResponseError) as caught:
        await client.list_assignments_page()
    assert fragment in str(caught.value)
    assert "kan lezen" in caught.value.user_message


def _mutated(path: list[str | int], value: Any) -> dict[str, Any]:
    item = copy.deepcopy(ASSIGNMENT)
    target: Any = item
    for step in path[:-1]:
        target = target[step]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return item


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        (["number"], KeyError, "items[0].number"),
        (["number"], 8902305, "items[0].number"),
        (["status"], "deleted", "items[0].status"),
        (["updatedAt"], "2021-04-03T09:12:00", "items[0].updatedAt"),
        (["createdAt"], "gisteren", "items[0].createdAt"),
        (["vehicle", "odometerKm"], "120500", "items[0].vehicle.odometerKm"),
        (["vehicle", "odometerKm"], 1.5, "items[0].vehicle.odometerKm"),
        (["complete"], "true", "items[0].complete"),
        (["estimate", "version"], True, "items[0].estimate.version"),
        (["customer"], ["Sophia"], "items[0].customer"),
    ],
)
async def test_wrong_types_and_missing_fields_raise_response_error(
        mock: respx.MockRouter, client: Claims360Client, path: list[str | int], value: Any,
        where: str) -> None:
    mock.get(ASSIGNMENTS).respond(200, json=page([ASSIGNMENT, _mutated(path, value)], None))
    with pytest.raises(ResponseError) as caught:
        await client.list_assignments_page()
    assert where.replace("items[0]", "items[1]") in str(caught.value)


async def test_huge_body_is_refused_while_streaming(
        mock: respx.MockRouter, clock: FakeClock) -> None:
    chunks_sent = 0

    async def endless() -> AsyncIterator[bytes]:
        nonlocal chunks_sent
        yield b'{"items": ['
        while chunks_sent < 10_000:
            chunks_sent += 1
            yield json.dumps(ASSIGNMENT).encode() + b","

    mock.get(ASSIGNMENTS).respond(200, headers={"Content-Type": "application/json"},
                                  stream=endless())
    async with Claims360Http(BASE_URL, clock=clock, secrets=SecretRegistry(),
                             max_json_bytes=50_000) as http:
        with pytest.raises(ResponseError) as caught:
            await http.client(make_credentials()).list_assignments_page()
    assert "exceeds limit" in str(caught.value)
    assert chunks_sent < 100  # stopped early, did not read 10,000 chunks


async def test_huge_declared_content_length_is_refused_before_reading(
        mock: respx.MockRouter, client: Claims360Client) -> None:
    mock.get(ASSIGNMENTS).respond(200, content=b"{}", headers={
        "Content-Type": "application/json", "Content-Length": str(10**9)})
    with pytest.raises(ResponseError, match="exceeds limit"):
        await client.list_assignments_page()


async def test_connection_drop_mid_body_is_retried(
        mock: respx.MockRouter, client: Claims360Client) -> None:
    body = json.dumps(page([ASSIGNMENT], None)).encode()

    async def dropping() -> AsyncIterator[bytes]:
        yield body[:40]
        raise httpx.RemoteProtocolError("peer closed connection without sending complete body")

    route = mock.get(ASSIGNMENTS).mock(side_effect=[
        httpx.Response(200, headers={"Content-Type": "application/json"}, stream=dropping()),
        httpx.Response(200, content=body, headers={"Content-Type": "application/json"})])
    result = await client.list_assignments_page()
    assert [a.number for a in result.items] == ["8902305"]
    assert route.call_count == 2


async def test_redirect_is_not_followed(mock: respx.MockRouter, client: Claims360Client) -> None:
    """The keys travel in headers: a redirect could carry them elsewhere."""
    elsewhere = respx.get("https://evil.test/v1/organisation").respond(200, json=ORG)
    mock.get("/v1/organisation").respond(302, headers={
        "Location": "https://evil.test/v1/organisation"})
    with pytest.raises(RequestRejectedError) as caught:
        await client.get_organisation()
    assert caught.value.status == 302
    assert not elsewhere.called


# ---------------------------------------------------------------------------- pagination


async def test_C360_SYNC_3_repeated_cursor_is_a_response_error(
        mock: respx.MockRouter, client: Claims360Client) -> None:
    mock.get(ASSIGNMENTS).respond(200, json=page([ASSIGNMENT], "same-cursor"))
    pages = 0
    with pytest.raises(ResponseError, match="repeats"):
        async for _ in client.iter_assignment_pages():
            pages += 1
    assert pages == 1  # the second page's cursor repeats: found before handing it out


async def test_C360_SYNC_3_never_ending_cursor_stops_at_max_pages(
        mock: respx.MockRouter, client: Claims360Client) -> None:
    counter = iter(range(10**6))
    mock.get(ASSIGNMENTS).mock(side_effect=lambda request: httpx.Response(
        200, json=page([ASSIGNMENT], f"c{next(counter)}")))
    with pytest.raises(ResponseError, match="within 25 pages"):
        async for _ in client.iter_assignment_pages(max_pages=25):
            pass


async def test_C360_SYNC_3_stopping_early_cancels_the_prefetched_page(
        mock: respx.MockRouter, client: Claims360Client) -> None:
    counter = iter(range(10**6))
    route = mock.get(ASSIGNMENTS).mock(side_effect=lambda request: httpx.Response(
        200, json=page([ASSIGNMENT], f"c{next(counter)}")))
    pages = client.iter_assignment_pages()
    async for _ in pages:
        break
    await pages.aclose()  # type: ignore[attr-defined]
    assert route.call_count <= 2


async def test_C360_SYNC_3_cursor_limit_and_since_are_query_parameters(
        mock: respx.MockRouter, client: Claims360Client) -> None:
    seen: list[httpx.URL] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        cursor = request.url.params.get("cursor")
        return httpx.Response(200, json=page([ASSIGNMENT], None if cursor else "abc+/="))

    mock.get(ASSIGNMENTS).mock(side_effect=server)
    batch = await client.collect_assignments("2021-04-03T09:15:00+02:00", limit=50)
    assert [u.params.get("cursor") for u in seen] == [None, "abc+/="]
    assert all(u.params["updatedSince"] == "2021-04-03T09:15:00+02:00" for u in seen)
    assert all(u.params["limit"] == "50" for u in seen)
    assert "%2B02%3A00" in str(seen[0]) or "%2B02:00" in str(seen[0])  # '+' survives encoding
    assert [a.number for a in batch.items] == ["8902305"]  # de-duplicated
    assert batch.pages == 2


# ------------------------------------------------------------------------------- photos


async def test_C360_PHO_3_download_failures_leave_no_part_file(
        mock: respx.MockRouter, client: Claims360Client, tmp_path: Path) -> None:
    url = f"/v1/bodyshops/{CID}/cases/c-1/photos/p-1/content"
    dest = tmp_path / "foto.jpg"
    mock.get(url).respond(200, content=JPEG, headers={"Content-Type": "image/jpeg"})
    with pytest.raises(PhotoIntegrityError, match="sha256"):
        await client.download_photo("c-1", "p-1", dest, expected_sha256="0" * 64)
    assert listing(tmp_path) == []
    with pytest.raises(PhotoIntegrityError, match="exceeds"):
        await client.download_photo("c-1", "p-1", dest, max_bytes=100)
    assert listing(tmp_path) == []
    mock.get(url).respond(200, content=b"GIF89a" + b"\x00" * 50,
                          headers={"Content-Type": "image/jpeg"})
    with pytest.raises(PhotoIntegrityError, match="not image/jpeg"):
        await client.download_photo("c-1", "p-1", dest)
    mock.get(url).respond(200, content=JPEG, headers={"Content-Type": "text/html"})
    with pytest.raises(PhotoIntegrityError, match="content type"):
        await client.download_photo("c-1", "p-1", dest)
    assert listing(tmp_path) == []


async def test_C360_PHO_3_download_size_limit_holds_without_content_length(
        mock: respx.MockRouter, client: Claims360Client, tmp_path: Path) -> None:
    async def big() -> AsyncIterator[bytes]:
        yield JPEG
        for _ in range(1000):
            yield b"\x00" * 1024

    mock.get(f"/v1/bodyshops/{CID}/cases/c-1/photos/p-1/content").respond(
        200, headers={"Content-Type": "image/jpeg"}, stream=big())
    with pytest.raises(PhotoIntegrityError):
        await client.download_photo("c-1", "p-1", tmp_path / "f.jpg", max_bytes=20_000)
    assert listing(tmp_path) == []


async def test_C360_PHO_3_dropped_download_is_retried_into_a_clean_file(
        mock: respx.MockRouter, client: Claims360Client, tmp_path: Path) -> None:
    async def dropping() -> AsyncIterator[bytes]:
        yield JPEG[:50]
        raise httpx.ReadError("reset")

    mock.get(f"/v1/bodyshops/{CID}/cases/c-1/photos/p-1/content").mock(side_effect=[
        httpx.Response(200, headers={"Content-Type": "image/jpeg"}, stream=dropping()),
        httpx.Response(200, headers={"Content-Type": "image/jpeg"}, content=JPEG)])
    import hashlib
    photo = await client.download_photo("c-1", "p-1", tmp_path / "f.jpg",
                                        expected_sha256=hashlib.sha256(JPEG).hexdigest())
    assert read(tmp_path / "f.jpg") == JPEG
    assert photo.size == len(JPEG)
    assert listing(tmp_path) == ["f.jpg"]



async def test_C360_PHO_3_download_without_hashing_leaves_the_check_to_the_caller(
        mock: respx.MockRouter, client: Claims360Client, tmp_path: Path) -> None:
    """The photo import hashes on its check thread: the client then streams without hashing, and
    refuses to be asked for a check it would not do."""
    mock.get(f"/v1/bodyshops/{CID}/cases/c-1/photos/p-1/content").mock(
        return_value=httpx.Response(200, headers={"Content-Type": "image/jpeg"}, content=JPEG))
    photo = await client.download_photo("c-1", "p-1", tmp_path / "f.jpg", compute_sha256=False)
    assert photo.sha256 is None and photo.size == len(JPEG)
    assert read(tmp_path / "f.jpg") == JPEG and listing(tmp_path) == ["f.jpg"]
    with pytest.raises(ValueError):
        await client.download_photo("c-1", "p-1", tmp_path / "g.jpg", expected_sha256="0" * 64,
                                    compute_sha256=False)
    assert listing(tmp_path) == ["f.jpg"]

async def test_C360_PHO_2_upload_checks_type_and_size_before_sending(
        mock: respx.MockRouter, client: Claims360Client) -> None:
    route = mock.post(f"/v1/bodyshops/{CID}/cases/c-1/photos").respond(500)
    with pytest.raises(UnsupportedMediaTypeError):
        await client.upload_photo("c-1", b"GIF89a....", "a.gif", "image/gif")
    with pytest.raises(UnsupportedMediaTypeError):  # declared JPEG, bytes are not
        await client.upload_photo("c-1", b"GIF89a....", "a.jpg", "image/jpeg")
    with pytest.raises(PayloadTooLargeError) as caught:
        await client.upload_photo("c-1", JPEG + b"\x00" * (10 * 1024 * 1024), "a.jpg",
                                  "image/jpeg")
    assert "10 MB" in caught.value.user_message
    assert not route.called


@pytest.mark.parametrize(("status", "error"), [(413, PayloadTooLargeError),
                                                (415, UnsupportedMediaTypeError)])
async def test_C360_PHO_2_upload_maps_server_refusals(
        mock: respx.MockRouter, client: Claims360Client, status: int,
        error: type[Exception]) -> None:
    mock.post(f"/v1/bodyshops/{CID}/cases/c-1/photos").respond(status, json={"status": status})
    with pytest.raises(error):
        await client.upload_photo("c-1", JPEG, "a.jpg", "image/jpeg", idempotency_key="k")


async def test_C360_PHO_2_upload_retry_after_lost_answer_uses_same_key(
        mock: respx.MockRouter, client: Claims360Client) -> None:
    import hashlib
    sha = hashlib.sha256(JPEG).hexdigest()
    seen: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            raise httpx.RemoteProtocolError("dropped")
        return httpx.Response(201, json={"photoId": "p-014", "sha256": sha})

    mock.post(f"/v1/bodyshops/{CID}/cases/c-1/photos").mock(side_effect=server)
    uploaded = await client.upload_photo("c-1", JPEG, "C:\\Foto's\\voor\"kant.jpg",
                                         "image/jpeg", idempotency_key="k-1")
    assert uploaded.created and uploaded.photo_id == "p-014"
    assert [r.headers["Idempotency-Key"] for r in seen] == ["k-1", "k-1"]
    assert b'filename="Foto\'s' not in seen[0].content  # folders stripped
    assert b'filename="voorkant.jpg"' in seen[0].content
