"""The demo's own Claims360: a sandbox in-process, and the link of the demo database to it.

``planmanager-desktop --demo`` must show every screen working on a fresh PC, without an account
and without touching the user's real data. So the demo:

* starts the Claims360 sandbox on a free loopback port, its state kept in the demo folder so that
  the demo keys stay the same from one start to the next;
* activates Claims360 on the demo database and points ``claims360.base_url`` at the sandbox;
* configures the first demo repairer (verified against the sandbox, as the dialog would), so the
  Claims360 page fills at once; the other repairers are left for the newcomer to try the
  "Claims360 Instellen" dialog with the keys the window shows.

The demo keys are fake keys of the local sandbox. They live in :class:`DemoKeyring`, a file in
the demo folder, so that the demo also works on a PC without an OS keyring. That backend is only
ever used by the demo (never chosen by ``keyring`` itself); real keys go to the OS keyring only.
"""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path

import keyring.backend
import keyring.errors

from planmanager_desktop.claims360.client import Claims360Credentials
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.claims360_config import (
    ConfigInput,
    LinkStatus,
    Verification,
    VerificationResult,
)
from planmanager_desktop.persistence.settings import CLAIMS360_BASE_URL
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.sandbox.state import SandboxState

SANDBOX_STATE_FILE = "claims360-sandbox.json"
KEYRING_FILE = "demo-keyring.json"


class DemoKeyring(keyring.backend.KeyringBackend):
    """The demo's keyring: a JSON file in the demo folder, for the sandbox's fake keys only."""

    priority = -1  # never picked by keyring's own discovery

    def __init__(self, path: Path) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._path = path
        self._lock = threading.Lock()

    def _load(self) -> dict[str, str]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _save(self, data: dict[str, str]) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        part = self._path.with_name(self._path.name + ".part")
        part.write_text(json.dumps(data, indent=1), encoding="utf-8")
        part.replace(self._path)

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            data = self._load()
            data[f"{service}/{username}"] = password
            self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            data = self._load()
            if data.pop(f"{service}/{username}", None) is None:
                raise keyring.errors.PasswordDeleteError(username)
            self._save(data)


@dataclass(frozen=True)
class DemoOrganisation:
    """A demo organisation of the sandbox and its (fake) keys, for the "Demosleutels" window."""

    name: str
    carrosserie_id: str
    bodyshop_key: str = field(repr=False)
    planmanager_key: str = field(repr=False)


def start_demo_sandbox(folder: Path) -> SandboxServer:
    """The sandbox on a free loopback port, with the demo state of earlier starts if any."""
    path = folder / SANDBOX_STATE_FILE
    state = SandboxState.load(path) if path.exists() else SandboxState.seeded("demo", persist_path=path)
    return SandboxServer(state).start()


def connect_demo_database(
    services: Services, server: SandboxServer
) -> tuple[dict[str, str], list[DemoOrganisation]]:
    """Activate Claims360, point it at the sandbox, configure the first repairer.

    Returns the line for the window's "Demomodus" banner (the sandbox's address) and the demo
    organisations with their keys, which the window shows on request.
    """
    if not services.activation.state().active:
        services.activation.activate()
    if services.settings.get(CLAIMS360_BASE_URL) != server.url:
        services.settings.set(CLAIMS360_BASE_URL, server.url)
    organisations = server.organisations
    config = services.claims360_config
    first = organisations[0]
    repairer = next(
        (r for r in services.repairers.list() if r.external_reference == first["carrosserieId"]), None
    )
    if repairer is not None and config.status(repairer.id) is LinkStatus.INCOMPLETE:
        data = ConfigInput(first["carrosserieId"], first["bodyshopKey"], first["planmanagerKey"])
        verification = asyncio.run(_verify(services, data))
        if verification.result is VerificationResult.OK:
            config.save(repairer.id, data, verification)
    demo_keys = [
        DemoOrganisation(org["name"], org["carrosserieId"], org["bodyshopKey"], org["planmanagerKey"])
        for org in organisations
    ]
    return {"Claims360-sandbox": server.url}, demo_keys


async def _verify(services: Services, data: ConfigInput) -> Verification:
    credentials = Claims360Credentials(data.carrosserie_id, data.bodyshop_key, data.planmanager_key)
    try:
        http = await services.sync.http()
        return await services.claims360_config.verify(credentials, lambda c: http.client(c).verify())
    finally:
        await services.sync.aclose()
