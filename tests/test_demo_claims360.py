"""The demo's Claims360: sandbox in-process, Claims360 activated, the first repairer linked."""

from __future__ import annotations

import asyncio
from pathlib import Path

from planmanager_desktop.composition import build_services
from planmanager_desktop.demo import load_demo
from planmanager_desktop.demo_claims360 import (
    KEYRING_FILE,
    DemoKeyring,
    connect_demo_database,
    start_demo_sandbox,
)
from planmanager_desktop.domain.claims360_config import LinkStatus
from planmanager_desktop.keystore import KeyStore
from planmanager_desktop.persistence.database import DatabaseUrl, open_database
from planmanager_desktop.persistence.models import Assignment


def test_demo_connects_to_its_sandbox_and_syncs(tmp_path: Path) -> None:
    """C360-ACT-1 and C360-SYNC-1 in the demo: a newcomer sees assignments arrive at once, and the
    demo keys stay the same from one start to the next (the sandbox state is kept)."""
    database = open_database(DatabaseUrl.sqlite(tmp_path / "demo.sqlite3"))
    services = build_services(database, tmp_path, KeyStore(DemoKeyring(tmp_path / KEYRING_FILE)))
    sandbox = start_demo_sandbox(tmp_path)
    try:
        load_demo(services)
        info, demo_keys = connect_demo_database(services, sandbox)
        first_keys = sandbox.organisations[0]["bodyshopKey"]
        assert services.activation.state().active
        assert services.settings.claims360_base_url == sandbox.url
        assert info == {"Claims360-sandbox": sandbox.url}
        assert demo_keys[0].bodyshop_key == first_keys
        assert first_keys not in repr(demo_keys)
        statuses = [status for _, status in services.claims360_config.statuses()]
        assert statuses.count(LinkStatus.CONFIGURED) == 1
        results = asyncio.run(_sync_all(services))
        assert [r.ok for r in results] == [True]
        assert Assignment.select().count() == results[0].counts.new > 0
    finally:
        services.close()
        sandbox.stop()
    again = start_demo_sandbox(tmp_path)
    try:
        assert again.organisations[0]["bodyshopKey"] == first_keys
    finally:
        again.stop()


async def _sync_all(services):  # type: ignore[no-untyped-def]
    try:
        return await services.sync.sync_all()
    finally:
        await services.sync.aclose()
