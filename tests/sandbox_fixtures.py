"""Pytest fixtures for the Claims360 sandbox (registered in tests/conftest.py via
``pytest_plugins``).

* ``sandbox_state``: a fresh demo-seeded :class:`SandboxState` (keys generated at run time).
* ``sandbox_app``: a :class:`SandboxASGI` -- the ASGI app itself (``httpx.ASGITransport(app=
  sandbox_app)``) plus ``url``, ``admin_token``, ``state``, ``organisations``, ``headers(i)``.
* ``sandbox_server`` (function scope) / ``sandbox_server_module`` (module scope): a
  :class:`SandboxServer` serving real HTTP on 127.0.0.1, same attributes.

The rate limit is **off** in these fixtures so that ordinary tests never see a 429 by accident;
a test that wants the contract's 10/s calls ``state.set_rate_limit(10)`` (or uses a fault).
Faults and request counts are cleared before each test that uses the module-scoped server.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import pytest

from planmanager_desktop.sandbox.app import create_app
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.sandbox.state import SandboxState

ASGI_BASE_URL = "http://claims360-sandbox.test"


class SandboxASGI:
    """The sandbox app with what a test needs to talk to it; callable as an ASGI app."""

    def __init__(self, state: SandboxState, *, rate_limit_per_second: float | None = None
                 ) -> None:
        self.state = state
        self.admin_token = secrets.token_urlsafe(24)
        self.app = create_app(state, admin_token=self.admin_token,
                              rate_limit_per_second=rate_limit_per_second)
        self.url = ASGI_BASE_URL

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)

    @property
    def organisations(self) -> list[dict[str, str]]:
        return [org.credentials() for org in self.state.organisations]

    def headers(self, index: int = 0) -> dict[str, str]:
        org = self.organisations[index]
        return {"X-Bodyshop-Api-Key": org["bodyshopKey"],
                "X-PlanManager-Api-Key": org["planmanagerKey"]}

    def admin_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.admin_token}"}

    def __repr__(self) -> str:  # never the keys
        return f"SandboxASGI(organisations={len(self.state.organisations)})"


@pytest.fixture
def sandbox_state() -> SandboxState:
    return SandboxState.seeded("demo")


@pytest.fixture
def sandbox_app(sandbox_state: SandboxState) -> SandboxASGI:
    return SandboxASGI(sandbox_state)


@pytest.fixture
def sandbox_server(sandbox_state: SandboxState) -> Iterator[SandboxServer]:
    with SandboxServer(sandbox_state, rate_limit_per_second=None) as server:
        yield server


@pytest.fixture(scope="module")
def _sandbox_server_module_instance() -> Iterator[SandboxServer]:
    with SandboxServer(SandboxState.seeded("demo"), rate_limit_per_second=None) as server:
        yield server


@pytest.fixture
def sandbox_server_module(_sandbox_server_module_instance: SandboxServer) -> SandboxServer:
    """One server per test module (demo data accumulates); faults and counts reset per test."""
    server = _sandbox_server_module_instance
    server.state.clear_faults()
    server.state.set_rate_limit(None)
    server.state.reset_request_counts()
    return server
