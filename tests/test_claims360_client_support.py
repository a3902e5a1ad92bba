"""Shared helpers for the Claims360 client tests (no tests here).

``FakeClock`` makes backoff and ``Retry-After`` instant: ``sleep`` moves virtual time forward
and yields once, so concurrent waiters interleave as they would in real time.
"""

from __future__ import annotations

import asyncio
import secrets
from datetime import UTC, datetime, timedelta

from planmanager_desktop.claims360 import Claims360Credentials, Claims360Error

BASE_URL = "https://claims360.test"
CID = "0566988259"


class FakeClock:
    def __init__(self, rand: float = 0.5) -> None:
        self.t = 1000.0
        self._t0 = self.t
        self.wall0 = datetime(2021, 4, 3, 7, 15, tzinfo=UTC)
        self.rand = rand
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds
        await asyncio.sleep(0)

    def now(self) -> datetime:
        return self.wall0 + timedelta(seconds=self.t - self._t0)

    def random(self) -> float:
        return self.rand

    @property
    def elapsed(self) -> float:
        return self.t - self._t0


def make_credentials(cid: str = CID) -> Claims360Credentials:
    return Claims360Credentials(cid, secrets.token_urlsafe(32), secrets.token_urlsafe(32))


def assert_no_secret(error: BaseException, *secrets_: str) -> None:
    """C360-CFG-5: no key in str, repr, args, user message, or anything chained to it."""
    seen: BaseException | None = error
    while seen is not None:
        texts = [str(seen), repr(seen), repr(seen.args)]
        if isinstance(seen, Claims360Error):
            texts += [seen.user_message, seen.technical, str(seen.detail)]
        for secret in secrets_:
            assert all(secret not in text for text in texts), type(seen).__name__
        seen = seen.__cause__ or seen.__context__
