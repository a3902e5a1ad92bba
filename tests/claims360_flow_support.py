"""Shared set-up for the dossier-to-Claims360 tests (export, estimates, photos in and out).

``flow`` builds the program's real :class:`Services` on a fresh database (SQLite and
PostgreSQL, through ``database``), with Claims360 activated, the sandbox's first organisation
configured as a repairer (keys in this test's keyring), and ``claims360.base_url`` pointing at
the sandbox over real HTTP. Only the HTTP client is tuned: a 1 s read timeout and fast retries, so
that fault tests finish in seconds. The sandbox starts empty: each test adds what it needs.
"""

from __future__ import annotations

import io
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from planmanager_desktop.claims360.client import Claims360Credentials, Claims360Http, RetryPolicy
from planmanager_desktop.composition import Services, build_services
from planmanager_desktop.domain.claims360_config import (
    ConfigInput,
    Verification,
    VerificationResult,
)
from planmanager_desktop.domain.dossiers import DossierInput, VehicleInput
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.keystore import KeyStore
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.models import Dossier
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.sandbox.state import SandboxState

READ_TIMEOUT = 1.0


#: Estimate lines of a first and a changed second version, as an expert would send them.
FIRST = [
    {
        "kind": "part",
        "code": "5G0807221",
        "description": "Bumper voor",
        "quantity": "1",
        "unitPrice": "412.50",
    },
    {"kind": "labour", "description": "Bumper vervangen", "quantity": "1.5", "unitPrice": "62.00"},
    {"kind": "paint", "description": "Spuitwerk bumper", "quantity": "1", "unitPrice": "188.40"},
]
SECOND = [
    {
        "kind": "part",
        "code": "5G0807221",
        "description": "Bumper voor",
        "quantity": "1",
        "unitPrice": "399.99",
    },
    {"kind": "labour", "description": "Bumper vervangen", "quantity": "1.5", "unitPrice": "62.00"},
    {"kind": "other", "description": "Kleine materialen", "quantity": "1", "unitPrice": "24.75"},
    {"kind": "paint", "description": "Spuitwerk spatbord", "quantity": "1", "unitPrice": "176.00"},
]


def http_factory(max_attempts: int = 3) -> Any:
    def make(url: str) -> Claims360Http:
        return Claims360Http(
            url,
            rate_limit_per_second=None,
            retry=RetryPolicy(max_attempts=max_attempts, base_delay=0.01, max_delay=0.02),
            timeout=httpx.Timeout(connect=2.0, read=READ_TIMEOUT, write=5.0, pool=5.0),
            operation_deadline=30.0,
        )

    return make


@dataclass
class Flow:
    services: Services
    server: SandboxServer
    repairer_id: int
    credentials: Claims360Credentials

    @property
    def state(self) -> SandboxState:
        return self.server.state

    @property
    def cid(self) -> str:
        return self.credentials.carrosserie_id

    def dossier(self, plate: str = "1-ABC-123", km: int | None = 120_500) -> Dossier:
        return self.services.dossiers.create(
            DossierInput(
                repairer_id=self.repairer_id,
                vehicle=VehicleInput(license_plate=plate),
                odometer_km=km,
            )
        )

    def cases(self) -> dict[str, Any]:
        with self.state.lock:
            return dict(self.state.orgs[self.cid].cases)

    def requests(self, route_part: str, method: str = "GET") -> int:
        """How many /v1 requests of ``method`` had ``route_part`` in their path."""
        routes = self.state.request_counts()["byRoute"]
        return sum(n for route, n in routes.items() if route.startswith(method + " ") and route_part in route)

    def add_raw_photo(self, case_id: str, data: bytes, name: str, *, listed_size: int | None = None) -> str:
        """Put bytes on a case as the expert would, unchecked (a corrupt or huge "photo")."""
        with self.state.lock:
            case = self.state._case(self.cid, case_id)
            photo = self.state._store_photo(case, data, None, "expert", name)
            self.state._touch(self.cid, case)
        if listed_size is not None:  # a listing that lies about the size
            original = photo.to_json
            photo.to_json = lambda: {**original(), "size": listed_size}  # type: ignore[method-assign]
        return photo.photo_id


def configure(services: Services, server: SandboxServer, index: int = 0) -> tuple[int, Claims360Credentials]:
    org = server.organisations[index]
    repairer = services.repairers.add(
        RepairerInput(name=org["name"], external_reference=org["carrosserieId"])
    )
    services.claims360_config.save(
        repairer.id,
        ConfigInput(org["carrosserieId"], org["bodyshopKey"], org["planmanagerKey"]),
        Verification(VerificationResult.OK, "ok"),
    )
    credentials = Claims360Credentials(org["carrosserieId"], org["bodyshopKey"], org["planmanagerKey"])
    return repairer.id, credentials


def build_flow_services(
    database: Database, data_dir: Path, keystore: KeyStore, server: SandboxServer, *, max_attempts: int = 3
) -> Services:
    services = build_services(database, data_dir, keystore, http_factory=http_factory(max_attempts))
    services.settings.set("claims360.base_url", server.url)
    services.activation.activate()
    return services


@pytest.fixture
def sandbox_state() -> SandboxState:
    """An empty sandbox (organisations with keys, no assignments): tests add what they need."""
    return SandboxState.seeded("empty")


@pytest.fixture
async def flow(
    database: Database, tmp_path: Path, keystore: KeyStore, sandbox_server: SandboxServer
) -> AsyncIterator[Flow]:
    services = build_flow_services(database, tmp_path / "data", keystore, sandbox_server)
    repairer_id, credentials = configure(services, sandbox_server)
    try:
        yield Flow(services, sandbox_server, repairer_id, credentials)
    finally:
        await services.sync.aclose()
        services.close()


def jpeg_bytes(width: int = 320, height: int = 240, *, seed: bytes = b"", quality: int = 85) -> bytes:
    """A real JPEG of noise (distinct per ``seed``)."""
    raw = (
        os.urandom(width * height * 3)
        if not seed
        else (seed * (width * height * 3 // len(seed) + 1))[: width * height * 3]
    )
    image = Image.frombytes("RGB", (width, height), raw)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def files_named(root: Path, suffix: str) -> list[Path]:
    return [p for p in root.rglob(f"*{suffix}")] if root.exists() else []
