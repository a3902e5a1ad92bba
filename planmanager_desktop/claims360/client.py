"""The Claims360 HTTP client: the only code that knows the contract's paths, headers and statuses.

Design: two objects.

* :class:`Claims360Http` is the *shared* part, one per base URL for the whole program: one
  ``httpx.AsyncClient`` (one connection pool, TLS sessions reused), the retry policy, the clock,
  and per **bodyshop key** the state the contract attaches to a key: the rate limiter (10
  requests/s per bodyshop key) and the pause a ``Retry-After`` imposes.
* :class:`Claims360Client` is a light per-repairer view: ``Claims360Http`` + credentials. Creating
  one costs nothing, so a sync over ten repairers shares one pool, and two views of the same
  repairer (the sync and the dossier screen) share the same limiter and the same pause.

Why per key and not per request: a 429 or a 503 with ``Retry-After`` says "stop sending for this
key", so every request for that key waits, not only the one that got the answer. Requests of
other repairers go on.

Retries: capped exponential backoff with full jitter (``uniform(0, min(cap, base·2ⁿ))``). GETs
are retried on 5xx, 429, timeouts and dropped connections. ``POST``/``PATCH`` are retried only
when the caller gives an ``Idempotency-Key`` (the same key on every attempt, so Claims360 replays
its first answer instead of creating a second case), or when the request provably never left
(connection refused, no free connection in the pool). Every operation has a deadline that covers
all attempts and waits; a wait that would overshoot it is not started.

Safety: both keys go in headers on every request, never in a URL; redirects are not followed
(httpx would forward custom headers, i.e. the keys, to wherever a redirect points); cookies are
never stored (one pool serves several repairers); plain ``http://`` is refused except on
loopback; response bodies are read streaming with a size limit; photos are streamed to a
``.part`` file and renamed into place only after their size, type and sha256 check out.

Nothing here imports Qt: the GUI runs these coroutines through qasync, the CLI through asyncio.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import random
import re
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http.cookiejar import CookieJar, DefaultCookiePolicy
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, TypeVar
from urllib.parse import quote, urlsplit

import httpx

from .errors import (
    Claims360Error,
    DeadlineExceededError,
    InvalidCredentialsError,
    KeyKind,
    KeyRefusedError,
    NetworkError,
    NotFoundError,
    PayloadTooLargeError,
    PhotoIntegrityError,
    RateLimitedError,
    RequestRejectedError,
    ResponseError,
    ServiceUnavailableError,
    UnsupportedMediaTypeError,
    ValidationError,
    WrongOrganisationError,
)
from .models import (
    Assignment,
    AssignmentPage,
    CaseCreated,
    Estimate,
    Organisation,
    PhotoInfo,
    PhotoUploaded,
    decode_json,
    parse_assignment,
    parse_assignment_page,
    parse_case_created,
    parse_estimate,
    parse_organisation,
    parse_photo_list,
    parse_photo_uploaded,
)
from .redaction import DEFAULT_SECRETS, SecretRegistry

log = logging.getLogger(__name__)

T = TypeVar("T")

MiB = 1024 * 1024
BODYSHOP_KEY_HEADER = "X-Bodyshop-Api-Key"
PLANMANAGER_KEY_HEADER = "X-PlanManager-Api-Key"
IDEMPOTENCY_HEADER = "Idempotency-Key"
#: The contract's limit: 10 requests per second per bodyshop key.
CONTRACT_RATE_LIMIT = 10.0
#: The contract's limit on an uploaded photo.
MAX_PHOTO_BYTES = 10 * MiB
PHOTO_TYPES: dict[str, tuple[bytes, ...]] = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
}
MAX_PAGE_LIMIT = 200

DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=10.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=10, keepalive_expiry=30)
_ERROR_BODY_LIMIT = 64 * 1024
_LOOPBACK_HOSTS = frozenset(("127.0.0.1", "localhost", "::1", "[::1]"))
_MAX_PAUSE = 3600.0  # a Retry-After beyond an hour is a server bug, not a reason to stall a day

# ----------------------------------------------------------------------------- credentials


def _check_key(value: str, label: str) -> str:
    value = value.strip()
    if not value:
        raise InvalidCredentialsError(
            f"{label} is empty", user_message=f"De {label} is leeg. Vul de sleutel in."
        )
    if not all(0x21 <= ord(ch) <= 0x7E for ch in value):
        # Never echo the value: it is (meant to be) a secret.
        raise InvalidCredentialsError(
            f"{label} contains characters a header cannot carry",
            user_message=(
                f"De {label} bevat tekens die geen deel van een sleutel kunnen zijn. Kopieer de "
                "sleutel opnieuw uit Claims360 (Mijn organisatie → API-sleutels)."
            ),
        )
    return value


@dataclass(frozen=True)
class Claims360Credentials:
    """A repairer's Carrosserie Id and its two keys; ``repr`` never shows the keys."""

    carrosserie_id: str
    bodyshop_key: str = field(repr=False)
    planmanager_key: str = field(repr=False)

    def __post_init__(self) -> None:
        cid = self.carrosserie_id.strip()
        if not cid or not cid.isprintable():
            raise InvalidCredentialsError(
                "carrosserie id is empty or unprintable",
                user_message="De Carrosserie Id is leeg of ongeldig. Vul het postbusnummer in.",
            )
        object.__setattr__(self, "carrosserie_id", cid)
        object.__setattr__(self, "bodyshop_key", _check_key(self.bodyshop_key, "Bodyshop API sleutel"))
        object.__setattr__(
            self, "planmanager_key", _check_key(self.planmanager_key, "PlanManager API sleutel")
        )

    def __repr__(self) -> str:
        return (
            f"Claims360Credentials(carrosserie_id={self.carrosserie_id!r}, "
            "bodyshop_key=<redacted>, planmanager_key=<redacted>)"
        )

    __str__ = __repr__

    @property
    def bodyshop_fingerprint(self) -> str:
        """A short hash that identifies the bodyshop key without revealing it."""
        return hashlib.sha256(self.bodyshop_key.encode()).hexdigest()[:16]


def new_idempotency_key() -> str:
    """A fresh ``Idempotency-Key``; store it *before* sending, reuse it on every retry."""
    return str(uuid.uuid4())


# ------------------------------------------------------------------------- clock and policy


class Clock(Protocol):
    """Time as the client sees it; tests inject a fake one so backoff never really waits."""

    def monotonic(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...

    def now(self) -> datetime:
        """Aware wall-clock time (for ``Retry-After`` given as an HTTP date)."""
        ...

    def random(self) -> float:
        """Uniform in [0, 1): the jitter."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    def now(self) -> datetime:
        return datetime.now(UTC)

    def random(self) -> float:
        return random.random()


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to repeat a transient failure."""

    max_attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def backoff_cap(self, attempt: int) -> float:
        """The upper bound of the wait after failed attempt number ``attempt`` (1-based)."""
        return min(self.max_delay, self.base_delay * (2.0 ** (attempt - 1)))

    def backoff(self, attempt: int, rand: float) -> float:
        """Full jitter: spreads clients that failed together over the whole interval."""
        return rand * self.backoff_cap(attempt)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """``Retry-After`` as seconds to wait: delta-seconds or an HTTP date; None when unusable."""
    if value is None:
        return None
    value = value.strip()
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", value):
        return min(float(value), _MAX_PAUSE)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max(0.0, (when - now).total_seconds()), _MAX_PAUSE)


class SlidingWindowLimiter:
    """At most ``rate`` request starts in any window of one second (plus a safety margin).

    A sliding window is the strictest reading of "N per second", so whichever way the server
    counts (fixed windows, token bucket, sliding log) this client stays under it. The margin
    absorbs network jitter that can bring two requests closer together on arrival than on
    departure.
    """

    def __init__(self, rate: float, clock: Clock, margin: float = 0.05) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self._max_events = max(1, int(rate))
        self._window = self._max_events / rate + margin
        self._clock = clock
        self._starts: deque[float] = deque()
        self._lock = asyncio.Lock()

    async def acquire(self, deadline_at: float) -> bool:
        """Wait for a slot; False (without waiting) when the slot comes after ``deadline_at``."""
        async with self._lock:
            starts = self._starts
            while True:
                now = self._clock.monotonic()
                # (the epsilon: a sleep of exactly the computed wait can land a rounding error
                # short of the window's end, and must not lead to a zero-length sleep loop)
                while starts and now - starts[0] >= self._window - 1e-9:
                    starts.popleft()
                if len(starts) < self._max_events:
                    starts.append(now)
                    return True
                wait = starts[0] + self._window - now
                if now + wait > deadline_at:
                    return False
                await self._clock.sleep(wait)


@dataclass
class _KeyState:
    """What the contract ties to one bodyshop key: its rate limit and its Retry-After pause."""

    limiter: SlidingWindowLimiter | None
    paused_until: float = 0.0
    pause_reason: Claims360Error | None = None


# ------------------------------------------------------------------------------ the request


@dataclass(frozen=True)
class _Call:
    method: str
    path: str
    what: str  # Dutch noun phrase for a 404: "de opdracht 8902305"
    ok: frozenset[int]
    params: dict[str, str] | None = None
    json_body: Any = None
    files: dict[str, tuple[str, bytes, str]] | None = None
    idempotency_key: str | None = None
    deadline: float | None = None
    sent: asyncio.Event | None = field(default=None, compare=False)
    """Set once the request is on the wire (real HTTP only): the prefetch waits for it."""

    @property
    def retryable(self) -> bool:
        return self.method == "GET" or self.idempotency_key is not None


_CONNECT_PHASE = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _segment(value: str, label: str) -> str:
    """One path segment, quoted so that no id can reach another path ("../", "?", "#")."""
    if not value or value in (".", ".."):
        raise ValueError(f"{label} is empty or not an id")
    return quote(value, safe="")


def _content_type(response: httpx.Response) -> str:
    return str(response.headers.get("content-type", "")).split(";", 1)[0].strip().lower()


async def _read_limited(response: httpx.Response, limit: int) -> bytes:
    """The whole body, but stop (and fail) as soon as it exceeds ``limit`` bytes."""
    declared = response.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ResponseError(f"body of {declared} bytes exceeds limit of {limit}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise ResponseError(f"body exceeds limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def make_async_client(
    *,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    limits: httpx.Limits = DEFAULT_LIMITS,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """The ``httpx.AsyncClient`` the client uses; public so a benchmark can use the very same."""
    no_cookies = CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))
    return httpx.AsyncClient(
        timeout=timeout,
        limits=limits,
        transport=transport,
        follow_redirects=False,
        cookies=no_cookies,
        headers={"User-Agent": "PlanManagerDesktop-Claims360/1", "Accept": "application/json"},
    )


@dataclass(frozen=True)
class DownloadedPhoto:
    path: Path
    size: int
    #: None when the caller asked not to hash (it checks the file itself, off the event loop).
    sha256: str | None
    content_type: str


@dataclass(frozen=True)
class AssignmentBatch:
    """Everything changed since a point in time, de-duplicated on ``number`` (last one wins)."""

    items: tuple[Assignment, ...]
    next_updated_since: str
    """The first page's ``serverTime``, as sent: the ``updatedSince`` of the next sync."""
    pages: int


# ------------------------------------------------------------------------------ shared part


class Claims360Http:
    """Shared per base URL: the connection pool, rate limiters and pauses per bodyshop key.

    Use one per base URL for the whole program (or :class:`Claims360HttpPool`), and
    ``http.client(credentials)`` per repairer. It is an async context manager; closing it closes
    the ``httpx.AsyncClient`` it created (not one that was passed in).
    """

    def __init__(
        self,
        base_url: str,
        *,
        client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        limits: httpx.Limits = DEFAULT_LIMITS,
        retry: RetryPolicy | None = None,
        operation_deadline: float = 120.0,
        rate_limit_per_second: float | None = CONTRACT_RATE_LIMIT,
        max_json_bytes: int = 20 * MiB,
        clock: Clock | None = None,
        secrets: SecretRegistry = DEFAULT_SECRETS,
        allow_insecure_http: bool = False,
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("the Claims360 base URL must be an http(s) URL")
        if parts.query or parts.fragment or parts.username or parts.password:
            raise ValueError("the Claims360 base URL must not carry a query or credentials")
        if parts.scheme == "http" and parts.hostname not in _LOOPBACK_HOSTS and not allow_insecure_http:
            raise ValueError("the Claims360 base URL must use https (keys travel in headers)")
        if client is not None and transport is not None:
            raise ValueError("give a client or a transport, not both")
        self.base_url = base_url.rstrip("/")
        self._owns_client = client is None
        self._client = client or make_async_client(timeout=timeout, limits=limits, transport=transport)
        self.retry = retry or RetryPolicy()
        self.operation_deadline = operation_deadline
        self.rate_limit_per_second = rate_limit_per_second
        self.max_json_bytes = max_json_bytes
        self.clock: Clock = clock or SystemClock()
        self.secrets = secrets
        self._states: dict[str, _KeyState] = {}

    async def __aenter__(self) -> Claims360Http:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    def client(self, credentials: Claims360Credentials) -> Claims360Client:
        return Claims360Client(self, credentials)

    # -- per-key state -------------------------------------------------------------------

    def _state(self, credentials: Claims360Credentials) -> _KeyState:
        fingerprint = credentials.bodyshop_fingerprint
        state = self._states.get(fingerprint)
        if state is None:
            rate = self.rate_limit_per_second
            limiter = SlidingWindowLimiter(rate, self.clock) if rate is not None else None
            state = self._states[fingerprint] = _KeyState(limiter)
        return state

    def paused_for(self, credentials: Claims360Credentials) -> float:
        """Seconds this key must still wait because of a ``Retry-After`` (0 when free)."""
        return max(0.0, self._state(credentials).paused_until - self.clock.monotonic())

    async def _wait_turn(self, state: _KeyState, deadline_at: float, budget: float) -> None:
        """Wait out the key's pause and take a rate-limit slot, or fail if that is too late."""
        clock = self.clock
        while True:
            now = clock.monotonic()
            pause = state.paused_until - now
            if pause > 0:
                if now + pause > deadline_at:
                    raise _pause_error(state.pause_reason, pause, budget)
                await clock.sleep(pause)
                continue
            if state.limiter is not None and not await state.limiter.acquire(deadline_at):
                raise DeadlineExceededError("rate limit slot beyond the deadline", seconds=budget)
            if state.paused_until <= clock.monotonic():
                return

    # -- one operation, with retries -----------------------------------------------------

    async def _execute(
        self,
        credentials: Claims360Credentials,
        call: _Call,
        handler: Callable[[httpx.Response], Awaitable[T]],
    ) -> T:
        """Run ``call`` until it succeeds, fails for good, or its deadline passes.

        ``handler`` consumes a response whose status is in ``call.ok``; it runs inside the
        attempt, so a connection that drops while it reads is retried like any network error.
        Errors are raised outside every ``except`` block, so no httpx exception (which holds the
        request and its key headers) travels along as ``__context__``.
        """
        clock = self.clock
        policy = self.retry
        state = self._state(credentials)
        budget = call.deadline if call.deadline is not None else self.operation_deadline
        deadline_at = clock.monotonic() + budget
        headers = {
            BODYSHOP_KEY_HEADER: credentials.bodyshop_key,
            PLANMANAGER_KEY_HEADER: credentials.planmanager_key,
        }
        if call.idempotency_key is not None:
            headers[IDEMPOTENCY_HEADER] = call.idempotency_key
        url = self.base_url + call.path
        attempt = 0
        while True:
            attempt += 1
            await self._wait_turn(state, deadline_at, budget)
            remaining = deadline_at - clock.monotonic()
            started = time.perf_counter()
            error: Claims360Error
            try:
                async with asyncio.timeout(remaining):
                    result = await self._attempt(credentials, call, url, headers, handler)
            except TimeoutError:
                error = DeadlineExceededError(
                    f"{call.method} {call.path}: no answer within the deadline of {budget:.0f}s",
                    seconds=budget,
                    maybe_applied=call.method != "GET",
                )
            except httpx.TransportError as exc:
                error = self._network_error(call, exc)
            except httpx.HTTPError as exc:  # e.g. a content-encoding that does not decode
                error = ResponseError(f"{call.method} {call.path}: {type(exc).__name__}")
            else:
                if not isinstance(result, Claims360Error):
                    log.debug(
                        "Claims360 %s %s: ok in %.0f ms (attempt %d)",
                        call.method,
                        call.path,
                        (time.perf_counter() - started) * 1000,
                        attempt,
                    )
                    return result
                error = result
            delay = self._plan_retry(state, call, error, attempt, policy)
            if delay is None:
                raise error
            if clock.monotonic() + max(delay, state.paused_until - clock.monotonic()) > deadline_at:
                log.info("Claims360 %s %s: no time left to retry", call.method, call.path)
                raise error
            log.info(
                "Claims360 %s %s failed (%s), attempt %d; retrying in %.2f s",
                call.method,
                call.path,
                error.technical,
                attempt,
                max(delay, state.paused_until - clock.monotonic()),
            )
            if delay > 0:
                await clock.sleep(delay)

    def _plan_retry(
        self,
        state: _KeyState,
        call: _Call,
        error: Claims360Error,
        attempt: int,
        policy: RetryPolicy,
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to give up with ``error``.

        A ``Retry-After`` (and any 429) pauses the whole key, so the wait happens in
        ``_wait_turn`` for this request and every other one of the key alike.
        """
        retry_after: float | None = None
        if isinstance(error, RateLimitedError | ServiceUnavailableError):
            retry_after = error.retry_after
        if retry_after is None and isinstance(error, RateLimitedError):
            retry_after = policy.backoff(attempt, self.clock.random())
        if retry_after is not None:
            until = self.clock.monotonic() + retry_after
            if until > state.paused_until:
                state.paused_until = until
                state.pause_reason = error
        if not error.transient or attempt >= policy.max_attempts:
            return None
        if isinstance(error, DeadlineExceededError):
            return None
        if not call.retryable and not (isinstance(error, NetworkError) and error.never_sent):
            return None
        if retry_after is not None:
            return 0.0
        return policy.backoff(attempt, self.clock.random())

    def _network_error(self, call: _Call, exc: httpx.TransportError) -> NetworkError:
        never_sent = isinstance(exc, _CONNECT_PHASE)
        maybe_applied = call.method != "GET" and not never_sent
        if isinstance(exc, httpx.TimeoutException):
            user = (
                "Claims360 antwoordt niet op tijd. Controleer de internetverbinding en probeer het opnieuw."
            )
        else:
            user = None
        if maybe_applied:
            user = (
                "De verbinding met Claims360 viel weg terwijl PlanManager gegevens verstuurde; "
                "het is niet zeker of ze aankwamen. Probeer het opnieuw: PlanManager voorkomt "
                "dat iets dubbel wordt aangemaakt."
            )
        return NetworkError(
            f"{call.method} {call.path}: {type(exc).__name__}",
            user_message=user,
            maybe_applied=maybe_applied,
            never_sent=never_sent,
        )

    async def _attempt(
        self,
        credentials: Claims360Credentials,
        call: _Call,
        url: str,
        headers: dict[str, str],
        handler: Callable[[httpx.Response], Awaitable[T]],
    ) -> T | Claims360Error:
        extensions: dict[str, Any] | None = None
        if call.sent is not None:
            sent = call.sent

            async def trace(event: str, info: dict[str, Any]) -> None:
                if event.endswith("send_request_body.complete"):
                    sent.set()

            extensions = {"trace": trace}
        async with self._client.stream(
            call.method,
            url,
            params=call.params,
            json=call.json_body,
            files=call.files,
            headers=headers,
            extensions=extensions,
        ) as response:
            status = response.status_code
            if status in call.ok:
                return await handler(response)
            body = b""
            with contextlib.suppress(ResponseError):  # an oversized error body: status says enough
                body = await _read_limited(response, _ERROR_BODY_LIMIT)
            return self._status_error(credentials, call, response, body)

    def _status_error(
        self,
        credentials: Claims360Credentials,
        call: _Call,
        response: httpx.Response,
        body: bytes,
    ) -> Claims360Error:
        status = response.status_code
        detail, field_errors = self._problem(body)
        technical = f"{call.method} {call.path}: HTTP {status}"
        if detail:
            technical += f" ({detail})"
        if status == 401:
            return KeyRefusedError(technical, key=_which_key(detail), detail=detail)
        if status == 403:
            return WrongOrganisationError(technical, carrosserie_id=credentials.carrosserie_id, detail=detail)
        if status == 404:
            return NotFoundError(technical, what=call.what, detail=detail)
        if status == 413:
            return PayloadTooLargeError(technical, limit_bytes=MAX_PHOTO_BYTES)
        if status == 415:
            return UnsupportedMediaTypeError(technical)
        if status == 422:
            return ValidationError(technical, field_errors=field_errors, detail=detail)
        retry_after = parse_retry_after(response.headers.get("retry-after"), self.clock.now())
        if status == 429:
            return RateLimitedError(technical, retry_after=retry_after, detail=detail)
        if status >= 500:
            return ServiceUnavailableError(technical, status=status, retry_after=retry_after, detail=detail)
        return RequestRejectedError(technical, status=status, detail=detail)

    def _problem(self, body: bytes) -> tuple[str | None, dict[str, tuple[str, ...]]]:
        """``detail`` and ``errors`` of a problem+json body, leniently, scrubbed of secrets."""
        try:
            data = decode_json(body) if body else None
        except ResponseError:
            return None, {}
        if type(data) is not dict:
            return None, {}
        detail = data.get("detail")
        detail = self.secrets.redact(detail[:500]) if type(detail) is str else None
        errors: dict[str, tuple[str, ...]] = {}
        raw = data.get("errors")
        if type(raw) is dict:
            for name, messages in raw.items():
                if type(messages) is str:
                    messages = [messages]
                if type(messages) is list:
                    errors[self.secrets.redact(str(name)[:100])] = tuple(
                        self.secrets.redact(m[:300]) for m in messages if type(m) is str
                    )
        return detail, errors

    async def _read_json(self, response: httpx.Response) -> tuple[int, Any]:
        """Handler for JSON answers: type check, size limit, strict decoding."""
        ctype = _content_type(response)
        if ctype != "application/json" and not ctype.endswith("+json"):
            raise ResponseError(f"expected JSON, got content type {ctype or 'none'!r}")
        body = await _read_limited(response, self.max_json_bytes)
        return response.status_code, decode_json(body)


class _PartFile:
    """The ``.part`` file a download streams into: hashed on the way, renamed or removed at the end.

    Writing and hashing happen on the event loop, chunk by chunk, as they arrive: both are fast
    C calls (the kernel's page cache, SHA-NI). Handing them to a worker thread was measured to
    cost more than it saved: every hand-over wakes the loop and fights it for the GIL, and a
    500-photo import took half again as long (``bench/photo_download.py``).

    The file is not fsynced here: the caller decides when a photo must be on the disk (the photo
    import does it on its check thread, before the photo is recorded), so no download slot waits
    for the disk.
    """

    def __init__(self, path: Path, *, hashed: bool = True) -> None:
        self.path = path
        self.digest = hashlib.sha256() if hashed else None
        self.size = 0
        self.head = b""
        self._committed = False
        self._file = path.open("wb")

    def write(self, chunk: bytes) -> None:
        if len(self.head) < 8:
            self.head = (self.head + chunk)[:8]
        self.size += len(chunk)
        if self.digest is not None:
            self.digest.update(chunk)
        self._file.write(chunk)

    def finish(self) -> str | None:
        """Everything written (to the OS) and hashed; returns the sha256 (hex), if asked for."""
        self._file.close()
        return None if self.digest is None else self.digest.hexdigest()

    def commit(self, dest: Path) -> None:
        os.replace(self.path, dest)
        self._committed = True

    def discard(self) -> None:
        """Close and remove the ``.part`` file (a no-op after :meth:`commit`)."""
        self._file.close()
        if not self._committed:
            self.path.unlink(missing_ok=True)


def _pause_error(reason: Claims360Error | None, pause: float, budget: float) -> Claims360Error:
    """A fresh error for a request that cannot wait out its key's pause within its deadline."""
    technical = f"paused by Retry-After for {pause:.0f}s more"
    if isinstance(reason, ServiceUnavailableError):
        assert reason.status is not None
        return ServiceUnavailableError(technical, status=reason.status, retry_after=pause)
    if isinstance(reason, RateLimitedError):
        return RateLimitedError(technical, retry_after=pause)
    return DeadlineExceededError(technical, seconds=budget)


def _which_key(detail: str | None) -> KeyKind | None:
    """Which header a 401's ``detail`` names (the contract: ``detail`` says which)."""
    text = (detail or "").lower()
    bodyshop = text.find("bodyshop")
    planmanager = text.find("planmanager")
    if bodyshop < 0 and planmanager < 0:
        return None
    if planmanager < 0 or (0 <= bodyshop < planmanager):
        return "bodyshop"
    return "planmanager"


def _page_params(
    updated_since: str | datetime | None, cursor: str | None, limit: int | None
) -> dict[str, str]:
    params: dict[str, str] = {}
    if updated_since is not None:
        if isinstance(updated_since, datetime):
            if updated_since.tzinfo is None:
                raise ValueError("updated_since must carry a time zone")
            params["updatedSince"] = updated_since.isoformat()
        else:
            params["updatedSince"] = updated_since
    if cursor is not None:
        params["cursor"] = cursor
    if limit is not None:
        if not 1 <= limit <= MAX_PAGE_LIMIT:
            raise ValueError(f"limit must be 1..{MAX_PAGE_LIMIT}")
        params["limit"] = str(limit)
    return params


def _peek_cursor(data: Any) -> str | None:
    """``nextCursor`` of an unparsed page, for the prefetch; full validation follows later."""
    cursor = data.get("nextCursor") if type(data) is dict else None
    return cursor if type(cursor) is str and cursor else None


def _normalise_cid(value: str) -> str:
    cleaned = re.sub(r"[^0-9A-Za-z]", "", value).upper()
    return cleaned.removeprefix("BE")


def _photo_filename(filename: str) -> str:
    """A plain file name for the multipart header: no folders, no control characters."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '"')[:200].strip()
    return name or "foto"


# ------------------------------------------------------------------------ per-repairer view


class Claims360Client:
    """The contract's operations for one repairer (credentials) over a shared :class:`Claims360Http`.

    Every method takes ``deadline`` (seconds for the whole operation, retries included; default
    the ``Claims360Http.operation_deadline``) and raises only :class:`Claims360Error` subclasses
    (and ``ValueError`` for arguments that could never be valid).
    """

    def __init__(self, http: Claims360Http, credentials: Claims360Credentials) -> None:
        self.http = http
        self.credentials = credentials
        http.secrets.register(credentials.bodyshop_key)
        http.secrets.register(credentials.planmanager_key)
        self._prefix = f"/v1/bodyshops/{_segment(credentials.carrosserie_id, 'carrosserie id')}"

    def __repr__(self) -> str:
        return f"Claims360Client({self.http.base_url!r}, {self.credentials!r})"

    async def _json(self, call: _Call) -> tuple[int, Any]:
        return await self.http._execute(self.credentials, call, self.http._read_json)

    # -- organisation ---------------------------------------------------------------------

    async def get_organisation(self, *, deadline: float | None = None) -> Organisation:
        """``GET /v1/organisation``: whom the keys identify (401 names a refused key)."""
        call = _Call("GET", "/v1/organisation", "de organisatie", frozenset((200,)), deadline=deadline)
        _, data = await self._json(call)
        return parse_organisation(data)

    async def verify(self, *, deadline: float | None = None) -> Organisation:
        """Check keys *and* Carrosserie Id before a configuration is saved (C360-CFG-7).

        The keys: ``GET /v1/organisation`` (401 → :class:`KeyRefusedError`). The Carrosserie Id:
        the organisation's own id must match, and a one-item assignments request on the
        Carrosserie Id's path must be allowed (403 → :class:`WrongOrganisationError`).
        """
        organisation = await self.get_organisation(deadline=deadline)
        if _normalise_cid(organisation.carrosserie_id) != _normalise_cid(self.credentials.carrosserie_id):
            raise WrongOrganisationError(
                "keys identify another organisation than the carrosserie id",
                carrosserie_id=self.credentials.carrosserie_id,
            )
        await self.list_assignments_page(limit=1, deadline=deadline)
        return organisation

    # -- assignments ----------------------------------------------------------------------

    async def list_assignments_page(
        self,
        updated_since: str | datetime | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        *,
        deadline: float | None = None,
    ) -> AssignmentPage:
        """One page of assignments changed since ``updated_since`` (C360-SYNC-3).

        ``updated_since`` is best the raw ``server_time_raw`` of an earlier first page; an aware
        ``datetime`` works too (a naive one is refused: whose clock would it be?).
        """
        params = _page_params(updated_since, cursor, limit)
        return parse_assignment_page(await self._page_data(params, deadline))

    async def _page_data(
        self, params: dict[str, str], deadline: float | None, sent: asyncio.Event | None = None
    ) -> Any:
        call = _Call(
            "GET",
            self._prefix + "/assignments",
            "de lijst van opdrachten",
            frozenset((200,)),
            params=params,
            deadline=deadline,
            sent=sent,
        )
        _, data = await self._json(call)
        return data

    async def iter_assignment_pages(
        self,
        updated_since: str | datetime | None = None,
        limit: int = MAX_PAGE_LIMIT,
        *,
        max_pages: int = 10_000,
        deadline: float | None = None,
    ) -> AsyncIterator[AssignmentPage]:
        """Every page, following ``nextCursor`` until it is null (C360-SYNC-3).

        The next page is requested as soon as this page's ``nextCursor`` is known, *before* this
        page is parsed and handed out: parsing and the caller's work on page N overlap with
        Claims360 preparing page N+1 and the network carrying it. (Stopping early cancels that
        request.) A server whose cursor never ends (a cursor seen before, or more than
        ``max_pages`` pages) raises :class:`ResponseError` instead of looping forever.
        ``deadline`` applies per page.
        """
        seen: set[str] = set()
        pages = 0
        pending: asyncio.Task[Any] | None = asyncio.ensure_future(
            self._page_data(_page_params(updated_since, None, limit), deadline)
        )
        try:
            while pending is not None:
                data = await pending
                pending = None
                pages += 1
                next_cursor = _peek_cursor(data)
                if next_cursor is not None:
                    if next_cursor in seen:
                        raise ResponseError(f"assignments cursor repeats after {pages} pages")
                    if pages >= max_pages:
                        raise ResponseError(f"assignments did not end within {max_pages} pages")
                    seen.add(next_cursor)
                    params = _page_params(updated_since, next_cursor, limit)
                    sent = asyncio.Event()
                    pending = asyncio.ensure_future(self._page_data(params, deadline, sent))
                    # Let the request leave before parsing starts (parsing holds the loop).
                    # Transports without httpcore tracing (ASGI, mocks) never set ``sent``:
                    # then the request's own completion ends the wait.
                    on_wire = asyncio.ensure_future(sent.wait())
                    await asyncio.wait((pending, on_wire), return_when=asyncio.FIRST_COMPLETED)
                    on_wire.cancel()
                yield parse_assignment_page(data)
        finally:
            if pending is not None:
                pending.cancel()
                with contextlib.suppress(BaseException):
                    await pending

    async def collect_assignments(
        self,
        updated_since: str | datetime | None = None,
        limit: int = MAX_PAGE_LIMIT,
        *,
        max_pages: int = 10_000,
        deadline: float | None = None,
    ) -> AssignmentBatch:
        """All pages at once, de-duplicated on ``number``, with the next ``updatedSince``.

        The contract: an assignment changed during paging can appear twice (the later copy is
        the newer), and the next sync starts at the *first* page's ``serverTime``.
        """
        by_number: dict[str, Assignment] = {}
        first_server_time: str | None = None
        pages = 0
        async for page in self.iter_assignment_pages(
            updated_since, limit, max_pages=max_pages, deadline=deadline
        ):
            pages += 1
            if first_server_time is None:
                first_server_time = page.server_time_raw
            for item in page.items:
                by_number.pop(item.number, None)
                by_number[item.number] = item
        assert first_server_time is not None  # at least one page was read
        return AssignmentBatch(tuple(by_number.values()), first_server_time, pages)

    async def get_assignment(self, number: str, *, deadline: float | None = None) -> Assignment:
        call = _Call(
            "GET",
            f"{self._prefix}/assignments/{_segment(number, 'number')}",
            f"de opdracht {number}",
            frozenset((200,)),
            deadline=deadline,
        )
        _, data = await self._json(call)
        return parse_assignment(data)

    # -- cases ----------------------------------------------------------------------------

    async def create_case(
        self,
        plate: str,
        odometer_km: int,
        external_reference: str,
        *,
        idempotency_key: str | None = None,
        deadline: float | None = None,
    ) -> CaseCreated:
        """Export a dossier: plate and km-stand only (C360-DOS-1).

        Pass an ``idempotency_key`` stored with the dossier *before* the call: then a retry
        (here, after a timeout, or by the user tomorrow) can never create a second case.
        Without it the request is sent once and a dropped connection is not retried.
        """
        call = _Call(
            "POST",
            self._prefix + "/cases",
            "de hersteller",
            frozenset((200, 201)),
            json_body={
                "licensePlate": plate,
                "odometerKm": odometer_km,
                "externalReference": external_reference,
            },
            idempotency_key=idempotency_key,
            deadline=deadline,
        )
        _, data = await self._json(call)
        return parse_case_created(data)

    async def patch_case(
        self,
        case_id: str,
        *,
        plate: str | None = None,
        odometer_km: int | None = None,
        idempotency_key: str | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send plate and/or km-stand again (C360-DOS-2); a lower km-stand gets 422."""
        body: dict[str, Any] = {}
        if plate is not None:
            body["licensePlate"] = plate
        if odometer_km is not None:
            body["odometerKm"] = odometer_km
        if not body:
            raise ValueError("nothing to patch")
        call = _Call(
            "PATCH",
            f"{self._prefix}/cases/{_segment(case_id, 'case id')}",
            "het dossier in Claims360",
            frozenset((200, 204)),
            json_body=body,
            idempotency_key=idempotency_key,
            deadline=deadline,
        )
        await self.http._execute(self.credentials, call, self._discard_body)

    async def _discard_body(self, response: httpx.Response) -> None:
        await _read_limited(response, self.http.max_json_bytes)

    # -- estimates ------------------------------------------------------------------------

    async def get_current_estimate(self, case_id: str, *, deadline: float | None = None) -> Estimate | None:
        """The current estimate version, or None while no estimate is linked (404)."""
        call = _Call(
            "GET",
            f"{self._prefix}/cases/{_segment(case_id, 'case id')}/estimate",
            "het bestek",
            frozenset((200,)),
            deadline=deadline,
        )
        try:
            _, data = await self._json(call)
        except NotFoundError:
            return None
        return parse_estimate(data)

    async def get_estimate_version(
        self, case_id: str, version: int, *, deadline: float | None = None
    ) -> Estimate:
        if type(version) is not int or version < 1:
            raise ValueError("version must be a positive integer")
        call = _Call(
            "GET",
            f"{self._prefix}/cases/{_segment(case_id, 'case id')}/estimate/versions/{version}",
            f"versie {version} van het bestek",
            frozenset((200,)),
            deadline=deadline,
        )
        _, data = await self._json(call)
        return parse_estimate(data)

    # -- photos ---------------------------------------------------------------------------

    async def list_photos(self, case_id: str, *, deadline: float | None = None) -> tuple[PhotoInfo, ...]:
        call = _Call(
            "GET",
            f"{self._prefix}/cases/{_segment(case_id, 'case id')}/photos",
            "de foto's van het dossier",
            frozenset((200,)),
            deadline=deadline,
        )
        _, data = await self._json(call)
        return parse_photo_list(data)

    async def download_photo(
        self,
        case_id: str,
        photo_id: str,
        dest_path: Path | str,
        *,
        max_bytes: int = MAX_PHOTO_BYTES,
        expected_sha256: str | None = None,
        compute_sha256: bool = True,
        deadline: float | None = None,
    ) -> DownloadedPhoto:
        """Stream a photo to ``dest_path`` safely (C360-PHO-3).

        The bytes go to ``<dest>.part``; the size limit is enforced while streaming (a lying or
        missing ``Content-Length`` does not matter), the type must be JPEG or PNG (header and
        magic bytes), the sha256 must match ``expected_sha256`` when given; only then is the
        file renamed into place. On any failure the ``.part`` file is removed and ``dest_path``
        is untouched. The file is not fsynced: a caller that records it durably does that first.

        ``compute_sha256=False`` leaves the hashing to the caller, for one that reads the file
        again anyway on a worker thread (the photo import): hashing 500 photos on the event loop
        was a tenth of the import's time. It cannot be combined with ``expected_sha256``.
        """
        if expected_sha256 is not None and not compute_sha256:
            raise ValueError("expected_sha256 needs compute_sha256")
        dest = Path(dest_path)
        part = dest.with_name(dest.name + ".part")

        async def handler(response: httpx.Response) -> DownloadedPhoto:
            return await self._stream_photo(
                response, dest, part, max_bytes, expected_sha256, hashed=compute_sha256
            )

        call = _Call(
            "GET",
            f"{self._prefix}/cases/{_segment(case_id, 'case id')}/photos/"
            f"{_segment(photo_id, 'photo id')}/content",
            "de foto",
            frozenset((200,)),
            deadline=deadline,
        )
        return await self.http._execute(self.credentials, call, handler)

    async def _stream_photo(
        self,
        response: httpx.Response,
        dest: Path,
        part: Path,
        max_bytes: int,
        expected_sha256: str | None,
        *,
        hashed: bool,
    ) -> DownloadedPhoto:
        ctype = _content_type(response)
        if ctype not in PHOTO_TYPES:
            raise PhotoIntegrityError(f"photo has content type {ctype or 'none'!r}")
        declared = response.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > max_bytes:
            raise PhotoIntegrityError(f"photo of {declared} bytes exceeds {max_bytes}")
        sink = _PartFile(part, hashed=hashed)
        try:
            async for chunk in response.aiter_bytes():
                if sink.size + len(chunk) > max_bytes:
                    raise PhotoIntegrityError(f"photo exceeds {max_bytes} bytes")
                sink.write(chunk)
            if not any(sink.head.startswith(magic) for magic in PHOTO_TYPES[ctype]):
                raise PhotoIntegrityError(f"photo bytes are not {ctype}")
            sha256 = sink.finish()
            if expected_sha256 is not None and sha256 != expected_sha256.lower():
                raise PhotoIntegrityError("photo sha256 does not match")
            sink.commit(dest)
        finally:
            sink.discard()
        return DownloadedPhoto(dest, sink.size, sha256, ctype)

    async def upload_photo(
        self,
        case_id: str,
        data: bytes,
        filename: str,
        content_type: str,
        *,
        idempotency_key: str | None = None,
        deadline: float | None = None,
    ) -> PhotoUploaded:
        """Send one photo (C360-PHO-2). Checked before sending: JPEG/PNG, at most 10 MB.

        Claims360 stores bytes it already has only once (200, ``created`` False); with an
        ``idempotency_key`` a retry after a lost answer replays the first answer.
        """
        magics = PHOTO_TYPES.get(content_type.lower())
        if magics is None or not any(data.startswith(m) for m in magics):
            raise UnsupportedMediaTypeError(f"refused before sending: not a {content_type}")
        if len(data) > MAX_PHOTO_BYTES:
            raise PayloadTooLargeError(
                f"refused before sending: {len(data)} bytes", limit_bytes=MAX_PHOTO_BYTES
            )
        sha256 = hashlib.sha256(data).hexdigest()
        call = _Call(
            "POST",
            f"{self._prefix}/cases/{_segment(case_id, 'case id')}/photos",
            "het dossier in Claims360",
            frozenset((200, 201)),
            files={"file": (_photo_filename(filename), data, content_type.lower())},
            idempotency_key=idempotency_key,
            deadline=deadline,
        )
        status, body = await self._json(call)
        uploaded = parse_photo_uploaded(body, created=status == 201)
        if uploaded.sha256 != sha256:
            raise ResponseError("Claims360 stored other bytes than were sent (sha256 differs)")
        return uploaded


# ------------------------------------------------------------------------------------ pool


class Claims360HttpPool:
    """One :class:`Claims360Http` per base URL for the whole program.

    The sync, the configuration dialog and the dossier screen ask the pool; they then share the
    connection pool and, per bodyshop key, the rate limit and the ``Retry-After`` pause.
    """

    def __init__(self, **http_options: Any) -> None:
        self._options = http_options
        self._by_url: dict[str, Claims360Http] = {}

    def http(self, base_url: str) -> Claims360Http:
        key = base_url.rstrip("/")
        existing = self._by_url.get(key)
        if existing is None:
            existing = self._by_url[key] = Claims360Http(key, **self._options)
        return existing

    def client(self, base_url: str, credentials: Claims360Credentials) -> Claims360Client:
        return self.http(base_url).client(credentials)

    async def aclose(self) -> None:
        https, self._by_url = list(self._by_url.values()), {}
        for http in https:
            await http.aclose()
