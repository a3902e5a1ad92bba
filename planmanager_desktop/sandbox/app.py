"""The Claims360 sandbox as a Starlette app: the whole C360-API contract, plus fault knobs.

Why: the client, the sync and the demo mode need a Claims360 that behaves like the contract in
``docs/claims360-api.md`` -- errors as problem+json, pagination with opaque cursors, idempotent
writes, rate limits -- and that can misbehave on request (latency, 5xx, 429, dropped connections,
truncated JSON, a write that is applied but never answered).

Choices where the contract leaves room (the client must not depend on more than the contract):

* ``updatedSince`` returns items with ``updatedAt`` **strictly greater** than it. This is safe
  because the server clock is strictly increasing (see ``state.py``): ``serverTime`` of a page is
  later than every existing ``updatedAt`` and earlier than every later one. A client stores the
  first page's ``serverTime`` verbatim as its next ``updatedSince``.
* ``cursor`` is base64url (no padding) of ``{"u": updatedAt, "n": number}``: the page continues
  after that key. A cursor can be combined with ``updatedSince``. A bad cursor gives 422.
* ``nextCursor`` is null on the last page; there is never an empty trailing page.
* Order of checks on ``/v1``: request counted, latency, scheduled fault, rate limit (per
  ``X-Bodyshop-Api-Key``), both keys (401), Carrosserie Id (403), then 404/422/413/415.
* ``Idempotency-Key`` is optional (1..255 characters). The fingerprint of a request is method,
  path and the *parsed* body: canonical JSON, or for a photo the file name and the sha256 of the
  bytes (never the multipart boundary, which differs per attempt). Responses below 500 are stored
  for 24 hours; a replay carries ``Idempotent-Replayed: true``.
* ``odometerKm`` is optional and nullable on create (a dossier may have no km-stand yet); when
  present it is an integer 0..9,999,999. ``PATCH`` returns the case
  (``caseId, number, licensePlate, odometerKm, externalReference, createdAt, updatedAt``).
* Photo upload: the type comes from the magic bytes (JPEG ``FF D8 FF``, PNG signature), never from
  the declared type. More than 10 MiB gives 413 (checked on Content-Length before reading).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import json
import math
import os
import secrets
import time
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from planmanager_desktop.sandbox.images import sniff_image_type
from planmanager_desktop.sandbox.state import (
    MAX_PHOTO_BYTES,
    ProblemError,
    SandboxState,
    parse_iso,
    to_iso,
)

PROBLEM_TYPE_BASE = "https://claims360.sandbox.invalid/problems/"
_SLUGS = {400: "bad-request", 401: "unauthorized", 403: "forbidden", 404: "not-found",
          405: "method-not-allowed", 413: "payload-too-large", 415: "unsupported-media-type",
          422: "validation-error", 429: "rate-limited", 500: "server-error",
          502: "bad-gateway", 503: "maintenance", 504: "gateway-timeout"}
MULTIPART_OVERHEAD = 64 * 1024
MAX_LIMIT = 200
DEFAULT_LIMIT = 100


def problem_body(status: int, detail: str, *, errors: dict[str, list[str]] | None = None,
                 title: str | None = None) -> dict[str, Any]:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    body: dict[str, Any] = {"type": PROBLEM_TYPE_BASE + _SLUGS.get(status, str(status)),
                            "title": title or phrase, "status": status, "detail": detail}
    if errors is not None:
        body["errors"] = errors
    return body


def problem(status: int, detail: str, *, errors: dict[str, list[str]] | None = None,
            title: str | None = None, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(problem_body(status, detail, errors=errors, title=title),
                        status_code=status, headers=headers,
                        media_type="application/problem+json")


def problem_from(error: ProblemError) -> Response:
    return problem(error.status, error.detail, errors=error.errors, title=error.title,
                   headers=error.headers)


def _retry_after_header(seconds: float | None) -> dict[str, str]:
    if seconds is None:
        return {}
    return {"Retry-After": str(max(0, math.ceil(seconds)))}


# --------------------------------------------------------------------------- rate limit


class TokenBuckets:
    """One token bucket per bodyshop key: burst ``rate`` requests, refilled ``rate`` per second."""

    def __init__(self) -> None:
        self._buckets: dict[str, tuple[float, float]] = {}
        self._rate: float | None = None

    def take(self, key: str, rate: float | None) -> float | None:
        """None when allowed, else the seconds until a token is available."""
        if rate is None or rate <= 0:
            return None
        if rate != self._rate:
            self._buckets.clear()
            self._rate = rate
        now = time.monotonic()
        tokens, last = self._buckets.get(key, (rate, now))
        tokens = min(rate, tokens + (now - last) * rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            return None
        self._buckets[key] = (tokens, now)
        return (1.0 - tokens) / rate


# --------------------------------------------------------------------------- /v1 middleware


async def _send_response(response: Response, scope: Scope, receive: Receive, send: Send) -> None:
    await response(scope, receive, send)


async def _wait_unless_disconnected(receive: Receive, seconds: float) -> bool:
    """Sleep ``seconds``; False as soon as the client disconnects (it timed out)."""

    async def disconnected() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    watcher = asyncio.ensure_future(disconnected())
    try:
        done, _ = await asyncio.wait({watcher}, timeout=seconds)
    finally:
        watcher.cancel()
    return not done


class V1Middleware:
    """Counting, latency, faults, rate limit and key check for every ``/v1`` request."""

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state
        self.buckets = TokenBuckets()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (path == "/v1" or path.startswith("/v1/")):
            await self.app(scope, receive, send)
            return
        state = self.state
        method = scope["method"]
        state.count_request(method, path)
        if state.latency > 0:
            await asyncio.sleep(state.latency)
        fault = state.next_fault(method, path)
        if fault is not None and fault.kind == "status":
            detail = ("Claims360 is tijdelijk in onderhoud." if fault.status == 503
                      else "Te veel aanvragen: wacht en probeer opnieuw." if fault.status == 429
                      else "Gesimuleerde fout van de sandbox.")
            await _send_response(problem(fault.status, detail,
                                         headers=_retry_after_header(fault.retry_after)),
                                 scope, receive, send)
            return
        if fault is None:
            await self._guarded(scope, receive, send)
            return
        # Capture the whole response, then deliver it damaged or late.
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self._guarded(scope, receive, capture)
        assert start is not None
        body = b"".join(chunks)
        if fault.kind == "applyThenTimeout":
            if not await _wait_unless_disconnected(receive, fault.seconds):
                return  # the client gave up (timed out): nobody to answer
            await send(start)
            await send({"type": "http.response.body", "body": body})
        elif fault.kind == "truncate":
            cut = body[: max(1, len(body) // 2)]
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(cut)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": cut})
        else:  # drop: the announced Content-Length is never reached; the server closes.
            await send(start)
            await send({"type": "http.response.body", "body": body[: len(body) // 2],
                        "more_body": True})
            # Returning without completing the response makes uvicorn close the connection.

    async def _guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        bodyshop_key = headers.get("x-bodyshop-api-key")
        if bodyshop_key:
            wait = self.buckets.take(bodyshop_key, self.state.rate_limit_per_second)
            if wait is not None:
                await _send_response(problem(
                    429, "Te veel aanvragen voor deze organisatie (max. "
                         f"{self.state.rate_limit_per_second:g} per seconde).",
                    headers={"Retry-After": str(max(1, math.ceil(wait)))}),
                    scope, receive, send)
                return
        try:
            org = self.state.authenticate(bodyshop_key, headers.get("x-planmanager-api-key"))
        except ProblemError as error:
            await _send_response(problem_from(error), scope, receive, send)
            return
        scope.setdefault("state", {})["organisation"] = org
        await self.app(scope, receive, send)


# --------------------------------------------------------------------------- helpers


def _state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


def _org(request: Request) -> Any:
    """The org of the path, after the middleware checked the keys (403 for another org)."""
    return _state(request).org_for_path(request.state.organisation,
                                        request.path_params["cid"])


async def _json_object(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        value = json.loads(raw or b"null")
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProblemError(422, "De body is geen geldige JSON.",
                           errors={"body": [f"ongeldige JSON: {exc}"]}) from exc
    if not isinstance(value, dict):
        raise ProblemError(422, "De body moet een JSON-object zijn.",
                           errors={"body": ["verwacht een JSON-object"]})
    return value


def _json(data: Any, status: int = 200) -> Response:
    return JSONResponse(data, status_code=status)


def _fingerprint(request: Request, canonical: bytes) -> str:
    digest = hashlib.sha256()
    digest.update(request.method.encode() + b" " + request.url.path.encode() + b"\n")
    digest.update(canonical)
    return digest.hexdigest()


def _idempotent(request: Request, cid: str, canonical: bytes,
                action: Callable[[], Response]) -> Response:
    """Run ``action`` once per Idempotency-Key; replay its stored response afterwards."""
    key = request.headers.get("idempotency-key")
    if key is None:
        return action()
    if not 1 <= len(key) <= 255:
        raise ProblemError(422, "Idempotency-Key moet 1 tot 255 tekens lang zijn.",
                           errors={"Idempotency-Key": ["1 tot 255 tekens"]})
    state = _state(request)
    fingerprint = _fingerprint(request, canonical)
    with state.lock:
        entry = state.idempotency_lookup(cid, key, fingerprint)
        if entry is not None:
            return Response(entry.body, status_code=entry.status, media_type=entry.media_type,
                            headers={"Idempotent-Replayed": "true"})
        try:
            response = action()
        except ProblemError as error:
            response = problem_from(error)
        if response.status_code < 500:
            media_type = response.headers.get("content-type", "application/json")
            state.idempotency_store(cid, key, fingerprint, response.status_code,
                                    bytes(response.body), media_type)
        return response


def _validation(errors: dict[str, list[str]]) -> None:
    if errors:
        raise ProblemError(422, "De aanvraag bevat ongeldige velden.", errors=errors)


def _check_plate(body: dict[str, Any], errors: dict[str, list[str]], *, required: bool) -> None:
    if "licensePlate" not in body:
        if required:
            errors["licensePlate"] = ["verplicht"]
        return
    plate = body["licensePlate"]
    if not isinstance(plate, str) or not plate.strip():
        errors["licensePlate"] = ["mag niet leeg zijn"]
    elif len(plate) > 20:
        errors["licensePlate"] = ["maximaal 20 tekens"]


def _check_km(body: dict[str, Any], errors: dict[str, list[str]]) -> None:
    km = body.get("odometerKm")
    if km is None:
        return
    if isinstance(km, bool) or not isinstance(km, int):
        errors["odometerKm"] = ["moet een geheel getal zijn"]
    elif km < 0:
        errors["odometerKm"] = ["mag niet negatief zijn"]
    elif km > 9_999_999:
        errors["odometerKm"] = ["maximaal 9999999"]


# --------------------------------------------------------------------------- /v1 endpoints


async def get_organisation(request: Request) -> Response:
    return _json(request.state.organisation.public_json())


def _encode_cursor(key: tuple[Any, str]) -> str:
    raw = json.dumps({"u": to_iso(key[0]), "n": key[1]}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _decode_cursor(text: str) -> tuple[Any, str]:
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        value = json.loads(raw)
        return parse_iso(value["u"]), str(value["n"])
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise ProblemError(422, "Ongeldige cursor: begin opnieuw zonder cursor.",
                           errors={"cursor": ["onbekende of beschadigde cursor"]}) from exc


async def list_assignments(request: Request) -> Response:
    data = _org(request)
    params = request.query_params
    errors: dict[str, list[str]] = {}
    limit = DEFAULT_LIMIT
    if "limit" in params:
        text = params["limit"]
        if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= MAX_LIMIT:
            errors["limit"] = [f"een geheel getal van 1 tot {MAX_LIMIT}"]
        else:
            limit = int(text)
    since = None
    if "updatedSince" in params:
        try:
            since = parse_iso(params["updatedSince"])
        except ValueError:
            errors["updatedSince"] = ["een ISO 8601-tijdstip met offset (codeer '+' als %2B)"]
    _validation(errors)
    after = _decode_cursor(params["cursor"]) if "cursor" in params else None
    items, next_key, server_time = _state(request).list_assignments(
        data.org.carrosserie_id, updated_since=since, after=after, limit=limit)
    return _json({"items": items,
                  "nextCursor": _encode_cursor(next_key) if next_key else None,
                  "serverTime": to_iso(server_time)})


async def get_assignment(request: Request) -> Response:
    data = _org(request)
    return _json(_state(request).get_assignment(data.org.carrosserie_id,
                                                request.path_params["number"]))


async def create_case(request: Request) -> Response:
    data = _org(request)
    cid = data.org.carrosserie_id
    body = await _json_object(request)
    errors: dict[str, list[str]] = {}
    _check_plate(body, errors, required=True)
    _check_km(body, errors)
    reference = body.get("externalReference")
    if reference is not None and (not isinstance(reference, str) or len(reference) > 64):
        errors["externalReference"] = ["tekst van maximaal 64 tekens"]
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()

    def action() -> Response:
        _validation(errors)
        return _json(_state(request).create_case(
            cid, body["licensePlate"].strip(), body.get("odometerKm"), reference), 201)

    return _idempotent(request, cid, canonical, action)


async def patch_case(request: Request) -> Response:
    data = _org(request)
    cid = data.org.carrosserie_id
    body = await _json_object(request)
    errors: dict[str, list[str]] = {}
    _check_plate(body, errors, required=False)
    _check_km(body, errors)
    changes: dict[str, Any] = {k: body[k] for k in ("licensePlate", "odometerKm") if k in body}
    if isinstance(changes.get("licensePlate"), str):
        changes["licensePlate"] = changes["licensePlate"].strip()
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()

    def action() -> Response:
        _validation(errors)
        return _json(_state(request).update_case(cid, request.path_params["caseId"], changes))

    return _idempotent(request, cid, canonical, action)


async def get_estimate(request: Request) -> Response:
    data = _org(request)
    return _json(_state(request).get_estimate(data.org.carrosserie_id,
                                              request.path_params["caseId"]))


async def get_estimate_version(request: Request) -> Response:
    data = _org(request)
    text = request.path_params["version"]
    if not text.isascii() or not text.isdigit() or len(text) > 9:
        raise ProblemError(404, f"Geen bestekversie {text!r}.")
    return _json(_state(request).get_estimate(data.org.carrosserie_id,
                                              request.path_params["caseId"], int(text)))


async def list_photos(request: Request) -> Response:
    data = _org(request)
    return _json({"items": _state(request).list_photos(data.org.carrosserie_id,
                                                       request.path_params["caseId"])})


async def photo_content(request: Request) -> Response:
    data = _org(request)
    photo = _state(request).photo(data.org.carrosserie_id, request.path_params["caseId"],
                                  request.path_params["photoId"])
    return Response(photo.data, media_type=photo.content_type,
                    headers={"ETag": f'"{photo.sha256}"'})


def _safe_file_name(name: str | None, content_type: str) -> str:
    base = os.path.basename((name or "").replace("\\", "/")).strip()
    base = "".join(ch for ch in base if ch.isprintable())[:120]
    if not base:
        base = "foto.png" if content_type == "image/png" else "foto.jpg"
    return base


async def upload_photo(request: Request) -> Response:
    data = _org(request)
    cid = data.org.carrosserie_id
    case_id = request.path_params["caseId"]
    state = _state(request)
    state.list_photos(cid, case_id)  # 404 before reading a large body
    limit = MAX_PHOTO_BYTES + MULTIPART_OVERHEAD
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ProblemError(413, "De foto is groter dan 10 MB.")
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise ProblemError(415, "Stuur de foto als multipart/form-data met een deel 'file'.")
    received = bytearray()
    async for chunk in request.stream():
        received.extend(chunk)
        if len(received) > limit:
            raise ProblemError(413, "De foto is groter dan 10 MB.")
    request._body = bytes(received)  # the form parser reads the cached body
    try:
        form = await request.form(max_files=1, max_fields=10)
    except HTTPException as exc:
        raise ProblemError(422, f"Onleesbare multipart-body: {exc.detail}",
                           errors={"file": ["onleesbaar"]}) from exc
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise ProblemError(422, "Het deel 'file' ontbreekt.",
                               errors={"file": ["verplicht: de foto als bestand"]})
        content = await upload.read()
        file_name = upload.filename
    finally:
        await form.close()
    if len(content) > MAX_PHOTO_BYTES:
        raise ProblemError(413, "De foto is groter dan 10 MB.")
    sha = hashlib.sha256(content).hexdigest()
    canonical = json.dumps({"fileName": file_name, "sha256": sha}).encode()

    def action() -> Response:
        content_type = sniff_image_type(content) or ""
        created, photo = state.add_photo(cid, case_id, content,
                                         _safe_file_name(file_name, content_type))
        return _json({"photoId": photo.photo_id, "sha256": photo.sha256}, 201 if created else 200)

    return _idempotent(request, cid, canonical, action)


# --------------------------------------------------------------------------- admin


def _require_admin(request: Request) -> SandboxState:
    token: str = request.app.state.admin_token
    header = request.headers.get("authorization", "")
    given = header[7:] if header.lower().startswith("bearer ") else ""
    if not given or not secrets.compare_digest(given.encode(), token.encode()):
        raise ProblemError(401, "Sandbox-beheer vraagt 'Authorization: Bearer <admin token>'.",
                           headers={"WWW-Authenticate": "Bearer"})
    return _state(request)


async def _optional_json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    return await _json_object(request)


async def admin_state(request: Request) -> Response:
    return _json(_require_admin(request).summary())


async def admin_organisations(request: Request) -> Response:
    state = _require_admin(request)
    return _json({"organisations": [org.credentials() for org in state.organisations]})


def _faults_json(state: SandboxState) -> dict[str, Any]:
    with state.lock:
        return {"latency": state.latency, "rateLimitPerSecond": state.rate_limit_per_second,
                "faults": [fault.to_json() for fault in state.faults]}


async def admin_get_faults(request: Request) -> Response:
    return _json(_faults_json(_require_admin(request)))


async def admin_clear_faults(request: Request) -> Response:
    state = _require_admin(request)
    state.clear_faults()
    return _json(_faults_json(state))


async def admin_post_faults(request: Request) -> Response:
    """Body: ``{"clear"?, "latency"?, "rateLimitPerSecond"?, "faults"?: [fault, ...]}`` or a
    single fault object ``{"kind", "nth"?, "count"?, "status"?, "retryAfter"?, "seconds"?,
    "method"?, "path"?}``."""
    state = _require_admin(request)
    body = await _json_object(request)
    faults = body.get("faults", [])
    if "kind" in body:
        faults = [*faults, body]
    if not isinstance(faults, list) or not all(isinstance(f, dict) for f in faults):
        raise ProblemError(422, "faults moet een lijst van objecten zijn.",
                           errors={"faults": ["lijst van objecten"]})
    if body.get("clear"):
        state.clear_faults()
    if "latency" in body:
        state.set_latency(float(body["latency"] or 0))
    if "rateLimitPerSecond" in body:
        rate = body["rateLimitPerSecond"]
        state.set_rate_limit(None if rate is None else float(rate))
    for index, fault in enumerate(faults):
        try:
            state.add_fault(str(fault.get("kind")), nth=int(fault.get("nth", 1)),
                            count=int(fault.get("count", 1)), status=fault.get("status"),
                            retry_after=fault.get("retryAfter"),
                            seconds=float(fault.get("seconds", 30.0)),
                            method=fault.get("method"), path=fault.get("path"))
        except (TypeError, ValueError) as exc:
            raise ProblemError(422, f"Ongeldige fout #{index}: {exc}",
                               errors={f"faults[{index}]": [str(exc)]}) from exc
    return _json(_faults_json(state))


async def admin_upsert_assignment(request: Request) -> Response:
    state = _require_admin(request)
    body = await _json_object(request)
    created, assignment = state.admin_upsert_assignment(request.path_params["cid"], body)
    return _json(assignment, 201 if created else 200)


async def admin_cancel_assignment(request: Request) -> Response:
    state = _require_admin(request)
    return _json(state.cancel_assignment(request.path_params["cid"],
                                         request.path_params["number"]))


async def admin_bulk_assignments(request: Request) -> Response:
    state = _require_admin(request)
    body = await _json_object(request)
    count = body.get("count")
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= 100_000:
        raise ProblemError(422, "count moet 1..100000 zijn.", errors={"count": ["1..100000"]})
    numbers = state.bulk_add_assignments(request.path_params["cid"], count,
                                         photos=bool(body.get("photos", False)))
    return _json({"count": len(numbers), "first": numbers[0], "last": numbers[-1]}, 201)


async def admin_add_estimate(request: Request) -> Response:
    state = _require_admin(request)
    body = await _optional_json(request)
    lines = body.get("lines")
    if lines is not None and not isinstance(lines, list):
        raise ProblemError(422, "lines moet een lijst zijn.", errors={"lines": ["lijst"]})
    return _json(state.admin_add_estimate_version(request.path_params["cid"],
                                                  request.path_params["caseId"], lines), 201)


async def admin_add_photo(request: Request) -> Response:
    state = _require_admin(request)
    body = await _optional_json(request)
    fmt = body.get("format", "jpeg")
    if fmt not in ("jpeg", "png"):
        raise ProblemError(422, "format: jpeg of png.", errors={"format": ["jpeg of png"]})
    photo = state.admin_add_photo(request.path_params["cid"], request.path_params["caseId"],
                                  fmt=fmt, file_name=body.get("fileName"))
    return _json(photo.to_json(), 201)


async def admin_requests(request: Request) -> Response:
    state = _require_admin(request)
    counts = state.request_counts()
    if request.query_params.get("reset") in ("1", "true"):
        state.reset_request_counts()
    return _json(counts)


async def admin_reset_requests(request: Request) -> Response:
    state = _require_admin(request)
    state.reset_request_counts()
    return _json(state.request_counts())


# --------------------------------------------------------------------------- openapi


def openapi_text() -> str:
    """The hand-written OpenAPI document shipped in this package."""
    return resources.files("planmanager_desktop.sandbox").joinpath("openapi.yaml").read_text(
        encoding="utf-8")


async def openapi_yaml(request: Request) -> Response:
    return Response(openapi_text(), media_type="application/yaml")


async def openapi_json(request: Request) -> Response:
    try:
        import yaml
    except ImportError:  # pragma: no cover - PyYAML comes with the dev tools
        return problem(404, "Gebruik /openapi.yaml (PyYAML ontbreekt).")
    return _json(yaml.safe_load(openapi_text()))


# --------------------------------------------------------------------------- app


def _wrap(handler: Callable[[Request], Awaitable[Response]]
          ) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            return await handler(request)
        except ProblemError as error:
            return problem_from(error)

    endpoint.__name__ = handler.__name__
    endpoint.__doc__ = handler.__doc__
    return endpoint


def _by_method(**handlers: Callable[[Request], Awaitable[Response]]
               ) -> Callable[[Request], Awaitable[Response]]:
    """One route per path, so that a 405 lists every allowed method in ``Allow``."""
    wrapped = {method: _wrap(handler) for method, handler in handlers.items()}

    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await wrapped[method](request)

    return endpoint


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    detail = {404: "Onbekend pad.", 405: "Deze methode is niet toegelaten op dit pad."}.get(
        exc.status_code, str(exc.detail))
    return problem(exc.status_code, detail, headers=dict(exc.headers or {}))


async def _server_error(request: Request, exc: Exception) -> Response:
    return problem(500, "Onverwachte fout in de sandbox.")


def create_app(state: SandboxState, *, admin_token: str,
               rate_limit_per_second: float | None = 10.0) -> Starlette:
    """The sandbox app. Sets ``state.rate_limit_per_second`` (changeable later through
    ``state.set_rate_limit`` or the admin API)."""
    state.set_rate_limit(rate_limit_per_second)
    cid = "/v1/bodyshops/{cid}"
    case = cid + "/cases/{caseId}"
    admin_org = "/_sandbox/organisations/{cid}"
    routes = [
        Route("/v1/organisation", _wrap(get_organisation), methods=["GET"]),
        Route(cid + "/assignments", _wrap(list_assignments), methods=["GET"]),
        Route(cid + "/assignments/{number}", _wrap(get_assignment), methods=["GET"]),
        Route(cid + "/cases", _wrap(create_case), methods=["POST"]),
        Route(case, _wrap(patch_case), methods=["PATCH"]),
        Route(case + "/estimate", _wrap(get_estimate), methods=["GET"]),
        Route(case + "/estimate/versions/{version}", _wrap(get_estimate_version),
              methods=["GET"]),
        Route(case + "/photos", _by_method(GET=list_photos, POST=upload_photo),
              methods=["GET", "POST"]),
        Route(case + "/photos/{photoId}/content", _wrap(photo_content), methods=["GET"]),
        Route("/openapi.yaml", openapi_yaml, methods=["GET"]),
        Route("/openapi.json", openapi_json, methods=["GET"]),
        Route("/_sandbox/state", _wrap(admin_state), methods=["GET"]),
        Route("/_sandbox/organisations", _wrap(admin_organisations), methods=["GET"]),
        Route("/_sandbox/faults", _by_method(GET=admin_get_faults, POST=admin_post_faults,
                                             DELETE=admin_clear_faults),
              methods=["GET", "POST", "DELETE"]),
        Route("/_sandbox/requests", _by_method(GET=admin_requests, DELETE=admin_reset_requests),
              methods=["GET", "DELETE"]),
        Route("/_sandbox/requests/reset", _wrap(admin_reset_requests), methods=["POST"]),
        Route(admin_org + "/assignments", _wrap(admin_upsert_assignment), methods=["POST"]),
        Route(admin_org + "/assignments/{number}/cancel", _wrap(admin_cancel_assignment),
              methods=["POST"]),
        Route(admin_org + "/bulk-assignments", _wrap(admin_bulk_assignments), methods=["POST"]),
        Route(admin_org + "/cases/{caseId}/estimate", _wrap(admin_add_estimate),
              methods=["POST"]),
        Route(admin_org + "/cases/{caseId}/photos", _wrap(admin_add_photo), methods=["POST"]),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(V1Middleware, state=state)],
        exception_handlers={HTTPException: _http_exception, Exception: _server_error},
    )
    app.state.sandbox = state
    app.state.admin_token = admin_token
    return app
