"""The sync engine against the Claims360 sandbox over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from typing import Any

import pytest

from planmanager_desktop.claims360.client import Claims360Credentials, Claims360Http, RetryPolicy
from planmanager_desktop.composition import Services, build_services
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.persistence.database import DatabaseUrl, open_database
from planmanager_desktop.persistence.models import (
    Assignment,
    Dossier,
    QueueState,
    SyncState,
    Vehicle,
)
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.sync.engine import SyncOutcome
from planmanager_desktop.sync.lease import SyncLease


def _credentials(server: SandboxServer, index: int = 0) -> Claims360Credentials:
    org = server.organisations[index]
    return Claims360Credentials(org["carrosserieId"], org["bodyshopKey"], org["planmanagerKey"])


@pytest.fixture
async def http(sandbox_server: SandboxServer) -> AsyncIterator[Claims360Http]:
    async with Claims360Http(
        sandbox_server.url,
        rate_limit_per_second=None,
        retry=RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.02),
    ) as client:
        yield client


@pytest.fixture
def repairer_id(services: Services, sandbox_server: SandboxServer) -> int:
    org = sandbox_server.organisations[0]
    return services.repairers.add(RepairerInput(name=org["name"], external_reference=org["carrosserieId"])).id


def _total_requests(server: SandboxServer) -> int:
    return int(server.state.request_counts()["total"])


async def test_C360_SYNC_1_first_sync_imports_every_assignment_into_dossiers(
    services: Services, sandbox_server: SandboxServer, http: Claims360Http, repairer_id: int
) -> None:
    """C360-SYNC-1, C360-SYNC-5 (queueing off): each assignment becomes or joins a dossier."""
    cid = _credentials(sandbox_server).carrosserie_id
    expected = {a["number"] for a in _all_assignments(sandbox_server, cid)}
    result = await services.sync_engine.sync_repairer(repairer_id, http.client(_credentials(sandbox_server)))
    assert result.outcome is SyncOutcome.OK, result.message
    assert result.counts.new == len(expected) and result.counts.changed == 0
    rows = list(Assignment.select().where(Assignment.repairer == repairer_id))
    assert {a.number for a in rows} == expected
    assert all(a.dossier_id is not None and a.queue_state == QueueState.AUTO.value for a in rows)
    assert Dossier.select().count() == result.counts.dossiers_created > 0
    state = SyncState.get(SyncState.repairer == repairer_id)
    assert state.watermark and state.last_result == "ok" and state.lease_holder is None


async def test_C360_SYNC_3_second_sync_with_nothing_changed_makes_one_request(
    services: Services, sandbox_server: SandboxServer, http: Claims360Http, repairer_id: int
) -> None:
    """C360-SYNC-3: incremental — a sync with nothing new costs one request and changes nothing."""
    client = http.client(_credentials(sandbox_server))
    first = await services.sync_engine.sync_repairer(repairer_id, client)
    dossiers = Dossier.select().count()
    sandbox_server.state.reset_request_counts()
    second = await services.sync_engine.sync_repairer(repairer_id, client)
    assert second.ok and second.counts.new == 0 and second.counts.changed == 0
    assert _total_requests(sandbox_server) == 1
    assert Dossier.select().count() == dossiers
    assert Assignment.select().count() == first.counts.new


async def test_C360_SYNC_3_changed_and_cancelled_assignments_update_their_rows(
    services: Services, sandbox_server: SandboxServer, http: Claims360Http, repairer_id: int
) -> None:
    """C360-SYNC-3: a changed assignment updates its row and its dossier; a cancelled one keeps
    its row with status cancelled (nothing is deleted)."""
    creds = _credentials(sandbox_server)
    client = http.client(creds)
    await services.sync_engine.sync_repairer(repairer_id, client)
    numbers = sorted(a.number for a in Assignment.select())
    changed, cancelled = numbers[0], numbers[1]
    sandbox_server.state.admin_upsert_assignment(
        creds.carrosserie_id,
        {
            "number": changed,
            "work": "Spuitwerk achterklep",
            "vehicle": {"make": "Škoda", "model": "Octavia"},
            "insurer": {"name": "Ethias", "claimNumber": "ETH-42"},
        },
    )
    sandbox_server.state.cancel_assignment(creds.carrosserie_id, cancelled)
    count_before = Assignment.select().count()
    result = await services.sync_engine.sync_repairer(repairer_id, client)
    assert result.ok and result.counts.changed == 2 and result.counts.new == 0
    row = Assignment.get(Assignment.number == changed)
    assert row.work == "Spuitwerk achterklep" and row.model == "Octavia"
    dossier = Dossier.get_by_id(row.dossier_id)
    assert dossier.insurer_name == "Ethias" and dossier.claim_number == "ETH-42"
    assert Vehicle.get_by_id(dossier.vehicle_id).make == "Škoda"
    assert Assignment.get(Assignment.number == cancelled).status == "cancelled"
    assert Assignment.select().count() == count_before


async def test_C360_SYNC_3_listing_broken_off_keeps_watermark_and_writes_no_half_page(
    services: Services, sandbox_server: SandboxServer, http: Claims360Http, repairer_id: int
) -> None:
    """A listing that breaks off leaves the watermark where it was; completed pages stay, once."""
    from planmanager_desktop.sync.assignment_import import AssignmentImporter
    from planmanager_desktop.sync.engine import SyncEngine

    engine = SyncEngine(
        services.database,
        services.settings,
        AssignmentImporter(services.database, services.queue._placement),
        SyncLease(services.database, "test-pc/1/a"),
        services.db_executor,
        page_limit=5,
    )
    client = http.client(_credentials(sandbox_server))
    sandbox_server.state.truncate_json(nth=2, count=5, method="GET")
    broken = await engine.sync_repairer(repairer_id, client)
    assert broken.outcome is SyncOutcome.ERROR and broken.message
    state = SyncState.get(SyncState.repairer == repairer_id)
    assert state.watermark is None and state.last_result == "error" and state.last_error
    assert state.lease_holder is None
    assert Assignment.select().count() == 5  # the first page, whole
    sandbox_server.state.clear_faults()
    again = await engine.sync_repairer(repairer_id, client)
    expected = len(_all_assignments(sandbox_server, _credentials(sandbox_server).carrosserie_id))
    assert again.ok and again.counts.new == expected - 5 and again.counts.unchanged == 5
    assert Assignment.select().count() == expected
    assert SyncState.get(SyncState.repairer == repairer_id).watermark is not None


async def test_C360_SYNC_5_queueing_on_sends_new_assignments_to_the_wachtrij(
    services: Services, sandbox_server: SandboxServer, http: Claims360Http, repairer_id: int
) -> None:
    """C360-SYNC-5: informex_queueing on → assignments wait; accept makes a dossier, reject keeps
    the row marked with its reason."""
    services.settings.set("informex_queueing", "on")
    result = await services.sync_engine.sync_repairer(repairer_id, http.client(_credentials(sandbox_server)))
    assert result.ok and result.counts.queued == result.counts.new > 2
    assert Dossier.select().count() == 0
    waiting = services.queue.waiting()
    assert len(waiting) == result.counts.new
    dossier = services.queue.accept_new_dossier(waiting[0].id)
    assert Assignment.get_by_id(waiting[0].id).dossier_id == dossier.id
    services.queue.reject(waiting[1].id, "Geen klant van ons")
    rejected = Assignment.get_by_id(waiting[1].id)
    assert (
        rejected.queue_state == QueueState.REJECTED.value and rejected.reject_reason == "Geen klant van ons"
    )
    assert len(services.queue.waiting()) == result.counts.new - 2


async def test_C360_SYNC_5_queueing_off_links_to_the_open_dossier_of_the_same_plate(
    services: Services, sandbox_server: SandboxServer, http: Claims360Http, repairer_id: int
) -> None:
    """C360-SYNC-5: with queueing off an assignment joins the open dossier of its plate."""
    from planmanager_desktop.domain.dossiers import DossierInput, VehicleInput

    creds = _credentials(sandbox_server)
    _, data = sandbox_server.state.admin_upsert_assignment(
        creds.carrosserie_id, {"vehicle": {"licensePlate": "1-XYZ-987"}}
    )
    existing = services.dossiers.create(
        DossierInput(repairer_id=repairer_id, vehicle=VehicleInput(license_plate="1xyz987"))
    )
    await services.sync_engine.sync_repairer(repairer_id, http.client(creds))
    row = Assignment.get(Assignment.number == data["number"])
    assert row.dossier_id == existing.id
    assert Dossier.get_by_id(existing.id).c360_case_id == data["caseId"]


async def test_C360_SYNC_7_a_repairer_synced_by_another_pc_is_skipped(
    services: Services, sandbox_server: SandboxServer, http: Claims360Http, repairer_id: int
) -> None:
    """C360-SYNC-7: while another PC holds the lease, this PC skips and says who."""
    other = SyncLease(services.database, "KANTOOR-PC2/4242/abcd")
    assert other.acquire(repairer_id).acquired
    sandbox_server.state.reset_request_counts()
    result = await services.sync_engine.sync_repairer(repairer_id, http.client(_credentials(sandbox_server)))
    assert result.outcome is SyncOutcome.SKIPPED and "KANTOOR-PC2" in result.message
    assert _total_requests(sandbox_server) == 0
    other.release(repairer_id)
    assert (
        await services.sync_engine.sync_repairer(repairer_id, http.client(_credentials(sandbox_server)))
    ).ok


def test_C360_SYNC_7_two_pcs_syncing_at_once_create_nothing_twice(
    db_url: DatabaseUrl, sandbox_server: SandboxServer, tmp_path: Any
) -> None:
    """C360-SYNC-7: two PCs (own connections, executors, leases) sync the same repairer at the
    same moment: no duplicate assignment or dossier, no 'database is locked'."""
    first = build_services(open_database(db_url), tmp_path / "pc1")
    org = sandbox_server.organisations[0]
    repairer_id = first.repairers.add(RepairerInput(name=org["name"])).id
    creds = _credentials(sandbox_server)
    for i in range(60):  # enough pages to overlap
        sandbox_server.state.admin_upsert_assignment(creds.carrosserie_id, {"work": f"Extra {i}"})
    results: list[Any] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def pc(name: str) -> None:
        services = first if name == "pc1" else build_services(first.database, tmp_path / name)
        try:

            async def run() -> None:
                async with Claims360Http(sandbox_server.url, rate_limit_per_second=None) as http:
                    barrier.wait()
                    for _ in range(3):
                        results.append(
                            await services.sync_engine.sync_repairer(repairer_id, http.client(creds))
                        )

            asyncio.run(run())
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            if services is not first:
                services.db_executor.submit(services.database.close).result()
                services.db_executor.shutdown()

    threads = [threading.Thread(target=pc, args=(n,)) for n in ("pc1", "pc2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        assert all(r.outcome in (SyncOutcome.OK, SyncOutcome.SKIPPED) for r in results), [
            r.message for r in results
        ]
        expected = len(_all_assignments(sandbox_server, creds.carrosserie_id))
        assert Assignment.select().count() == expected
        assert sum(r.counts.new for r in results) == expected
        cases = [d.c360_case_id for d in Dossier.select() if d.c360_case_id]
        assert len(cases) == len(set(cases))
    finally:
        first.close()


def _all_assignments(server: SandboxServer, cid: str) -> list[dict[str, Any]]:
    items, _, _ = server.state.list_assignments(cid, updated_since=None, after=None, limit=100_000)
    return items
