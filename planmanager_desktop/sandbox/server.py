"""Serving the sandbox over real HTTP: in a background thread (tests, demo mode) or in the
foreground (``planmanager-desktop sandbox``).

Why a pre-bound socket: with port 0 the OS picks a free port, and binding before uvicorn starts
means ``url`` is known at once and no other process can take the port in between.
"""

from __future__ import annotations

import json
import logging
import secrets
import socket
import sys
import threading
import time
from types import TracebackType
from typing import Any, Literal, cast

import uvicorn

from planmanager_desktop.sandbox.app import create_app
from planmanager_desktop.sandbox.state import SandboxState

_DROP_MESSAGE = "ASGI callable returned without completing response."


class _DeliberateDropFilter(logging.Filter):
    """The ``drop`` fault ends responses early on purpose; uvicorn logs that as an error."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != _DROP_MESSAGE


def _quiet_deliberate_drops() -> None:
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _DeliberateDropFilter) for f in logger.filters):
        logger.addFilter(_DeliberateDropFilter())


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _url(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else ("[::1]" if host == "::" else host)
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


class SandboxServer:
    """The sandbox on 127.0.0.1 in a background thread. Use as a context manager or
    ``start()``/``stop()``.

    Attributes: ``url`` (no trailing slash; paths start with ``/v1``), ``admin_token``,
    ``state``, ``organisations`` (``[{carrosserieId, name, bodyshopKey, planmanagerKey}]``).
    """

    def __init__(self, state: SandboxState | None = None, *, host: str = "127.0.0.1",
                 port: int = 0, seed: Literal["demo", "empty"] = "demo",
                 admin_token: str | None = None,
                 rate_limit_per_second: float | None = 10.0,
                 log_level: str = "warning") -> None:
        self.state = state if state is not None else SandboxState.seeded(seed)
        self.admin_token = admin_token or secrets.token_urlsafe(24)
        self.host = host
        self.app = create_app(self.state, admin_token=self.admin_token,
                              rate_limit_per_second=rate_limit_per_second)
        self._requested_port = port
        self._log_level = log_level
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.port = 0
        self.url = ""

    @property
    def organisations(self) -> list[dict[str, str]]:
        return [org.credentials() for org in self.state.organisations]

    def headers(self, index: int = 0) -> dict[str, str]:
        """Both key headers of organisation ``index`` (for tests)."""
        org = self.organisations[index]
        return {"X-Bodyshop-Api-Key": org["bodyshopKey"],
                "X-PlanManager-Api-Key": org["planmanagerKey"]}

    def admin_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.admin_token}"}

    def start(self, timeout: float = 10.0) -> SandboxServer:
        if self._thread is not None:
            return self
        _quiet_deliberate_drops()
        self._socket = _bind(self.host, self._requested_port)
        self.port = cast(tuple[Any, ...], self._socket.getsockname())[1]
        self.url = _url(self.host, self.port)
        config = uvicorn.Config(self.app, log_level=self._log_level, lifespan="off",
                                access_log=False, timeout_graceful_shutdown=1,
                                timeout_keep_alive=5)
        self._server = uvicorn.Server(config)
        sockets = [self._socket]
        server = self._server
        self._thread = threading.Thread(target=lambda: server.run(sockets=sockets),
                                        name=f"claims360-sandbox:{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("De Claims360-sandbox kon niet starten.")
            time.sleep(0.005)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive() and self._server is not None:
                self._server.force_exit = True
                self._thread.join(timeout)
        if self._socket is not None:
            self._socket.close()
        self._server = None
        self._thread = None
        self._socket = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.stop()

    def __repr__(self) -> str:  # never the keys
        return f"SandboxServer(url={self.url!r}, organisations={len(self.state.organisations)})"


def run_cli(host: str, port: int, seed: str) -> int:
    """Serve in the foreground until Ctrl+C. The first line of standard output is ``SANDBOX``
    and one JSON object: ``{"url", "adminToken", "organisations": [{carrosserieId, name,
    bodyshopKey, planmanagerKey}]}`` (a local test server: these are throw-away keys)."""
    if seed not in ("demo", "empty"):
        print(f"Onbekende seed {seed!r}: kies 'demo' of 'empty'.", file=sys.stderr)
        return 2
    state = SandboxState.seeded(cast(Literal["demo", "empty"], seed))
    admin_token = secrets.token_urlsafe(24)
    app = create_app(state, admin_token=admin_token)
    try:
        sock = _bind(host, port)
    except OSError as exc:
        print(f"De sandbox kan niet luisteren op {host}:{port}: {exc.strerror}. "
              "Kies een andere poort met --port.", file=sys.stderr)
        return 1
    bound = cast(tuple[Any, ...], sock.getsockname())[1]
    info = {"url": _url(host, bound), "adminToken": admin_token,
            "organisations": [org.credentials() for org in state.organisations]}
    print("SANDBOX " + json.dumps(info), flush=True)
    _quiet_deliberate_drops()
    config = uvicorn.Config(app, log_level="info", lifespan="off",
                            timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0
