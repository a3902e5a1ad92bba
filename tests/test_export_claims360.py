# ruff: noqa: F811  (pytest fixtures imported from claims360_flow_support are parameters here)
"""Export a dossier and send its data again (C360-DOS-1, C360-DOS-2), against the sandbox over
real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from claims360_flow_support import (  # noqa: F401  (fixtures)
    Flow,
    build_flow_services,
    flow,
    sandbox_state,
)

from planmanager_desktop.claims360.client import Claims360Http
from planmanager_desktop.domain.claims360_clients import Claims360ActionError, NotConfiguredError
from planmanager_desktop.domain.claims360_export import (
    ForeignPlateConfirmationRequired,
    LowerOdometerConfirmationRequired,
    NotExportedError,
    parse_odometer,
)
from planmanager_desktop.domain.errors import ValidationError
from planmanager_desktop.domain.outbox import export_slot
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.keystore import KeyStore
from planmanager_desktop.persistence.models import (
    Claims360Outbox,
    Dossier,
    OutboxKind,
    OutboxState,
    Vehicle,
)
from planmanager_desktop.sandbox.server import SandboxServer


async def test_C360_DOS_1_export_sends_plate_and_km_only_and_a_second_click_creates_nothing(
    flow: Flow,
) -> None:
    """C360-DOS-1: the case is created with plate, km-stand and the dossier number, stored on the
    dossier; the second press of the button sends nothing and creates no second case."""
    dossier = flow.dossier(plate="1abc123", km=120_500)
    state_before = flow.services.claims360_export.link_state(dossier.id)
    assert state_before.show_export_button and not state_before.show_menu

    result = await flow.services.claims360_export.export(dossier.id)
    assert result.sent and not result.resumed and "geëxporteerd" in result.message
    stored = Dossier.get_by_id(dossier.id)
    assert stored.c360_case_id == result.case_id and stored.c360_case_number == result.case_number
    assert stored.c360_last_export_at is not None
    cases = flow.cases()
    assert list(cases) == [result.case_id]
    case = cases[result.case_id]
    assert (case.license_plate, case.odometer_km, case.external_reference) == (
        "1-ABC-123",
        120_500,
        dossier.number,
    )

    again = await flow.services.claims360_export.export(dossier.id)
    assert not again.sent and again.case_id == result.case_id
    assert len(flow.cases()) == 1
    assert flow.requests("/cases", "POST") == 1
    state = flow.services.claims360_export.link_state(dossier.id)
    assert state.exported and state.show_menu and not state.show_export_button
    assert not state.show_sync_item  # no estimate linked yet (C360-DOS-2)
    row = Claims360Outbox.get(Claims360Outbox.dossier == dossier.id)
    assert row.state == OutboxState.DONE.value and row.active_slot is None
    assert json.loads(row.payload) == {
        "licensePlate": "1-ABC-123",
        "odometerKm": 120_500,
        "externalReference": dossier.number,
    }


async def test_C360_DOS_1_double_click_at_the_same_moment_creates_one_case(flow: Flow) -> None:
    """C360-DOS-1: two presses at once: one case, both see it."""
    dossier = flow.dossier()
    first, second = await asyncio.gather(
        flow.services.claims360_export.export(dossier.id),
        flow.services.claims360_export.export(dossier.id),
    )
    assert first.case_id == second.case_id
    assert len(flow.cases()) == 1
    assert Claims360Outbox.select().count() == 1


async def test_C360_DOS_1_read_timeout_after_claims360_created_the_case_gives_one_case(
    flow: Flow,
) -> None:
    """C360-DOS-1: Claims360 creates the case but the answer never comes (read timeout); the
    retry carries the same Idempotency-Key and gets the first answer replayed: one case."""
    dossier = flow.dossier()
    flow.state.apply_then_timeout(seconds=5.0, method="POST", path="/cases")
    result = await flow.services.claims360_export.export(dossier.id)
    assert flow.requests("/cases", "POST") == 2
    assert list(flow.cases()) == [result.case_id]
    assert Dossier.get_by_id(dossier.id).c360_case_id == result.case_id


async def test_C360_DOS_1_unanswered_export_stays_pending_and_the_next_click_completes_it(
    flow: Flow,
) -> None:
    """C360-DOS-1: every attempt times out after Claims360 applied it; the export stays pending
    with a Dutch message, and the next click completes it with the same key: one case."""
    dossier = flow.dossier()
    flow.state.apply_then_timeout(seconds=5.0, count=3, method="POST", path="/cases")
    with pytest.raises(Claims360ActionError) as caught:
        await flow.services.claims360_export.export(dossier.id)
    assert caught.value.retry_safe and "nooit een tweede dossier" in str(caught.value)
    assert Dossier.get_by_id(dossier.id).c360_case_id is None
    pending = Claims360Outbox.get(Claims360Outbox.dossier == dossier.id)
    assert pending.state == OutboxState.PENDING.value and pending.attempts == 1
    assert flow.services.claims360_export.link_state(dossier.id).export_pending
    assert len(flow.cases()) == 1  # Claims360 did create it

    # The user corrects the km-stand meanwhile: the pending export is still resumed as stored.
    result = await flow.services.claims360_export.export(dossier.id, odometer_km=130_000)
    assert result.sent and result.resumed
    assert list(flow.cases()) == [result.case_id]
    assert Claims360Outbox.select().count() == 1


async def test_C360_DOS_1_crash_after_sending_is_resumed_at_the_next_start(
    flow: Flow, tmp_path: Path, keystore: KeyStore, sandbox_server: SandboxServer
) -> None:
    """C360-DOS-1: the program stored the export and sent it, then crashed before storing the
    answer. The next start resumes the pending row with the same key: the same case, not a
    second one."""
    dossier = flow.dossier()
    outbox = flow.services.claims360_export.outbox
    entry = outbox.open(
        OutboxKind.CREATE_CASE,
        export_slot(dossier.id),
        dossier.id,
        {"licensePlate": "1-ABC-123", "odometerKm": 120_500, "externalReference": dossier.number},
    )
    async with Claims360Http(sandbox_server.url, rate_limit_per_second=None) as http:
        sent_before_crash = await http.client(flow.credentials).create_case(
            "1-ABC-123", 120_500, dossier.number, idempotency_key=entry.idempotency_key
        )
    # "Restart": new services on the same database (a new process would see the same rows).
    restarted = build_flow_services(flow.services.database, tmp_path / "data", keystore, sandbox_server)
    try:
        outcomes = await restarted.claims360_export.resume_pending()
        assert len(outcomes) == 1
        result = outcomes[0]
        assert not isinstance(result, Exception) and result.case_id == sent_before_crash.case_id
        assert list(flow.cases()) == [sent_before_crash.case_id]
        assert Dossier.get_by_id(dossier.id).c360_case_id == sent_before_crash.case_id
        assert await restarted.claims360_export.resume_pending() == []
    finally:
        await restarted.sync.aclose()
        restarted.db_executor.submit(restarted.database.close).result()
        restarted.db_executor.shutdown()


@pytest.mark.parametrize(
    ("plate", "km", "error", "field"),
    [
        ("", 1000, ValidationError, "license_plate"),
        ("   ", 1000, ValidationError, "license_plate"),
        ("1-ABC-123", None, ValidationError, "odometer_km"),
        ("1-ABC-123", "12,5", ValidationError, "odometer_km"),
        ("1-ABC-123", "-3", ValidationError, "odometer_km"),
        ("1-ABC-123", -3, ValidationError, "odometer_km"),
        ("1-ABC-123", "veel", ValidationError, "odometer_km"),
        ("AB-123-CD", 1000, ForeignPlateConfirmationRequired, "license_plate"),
    ],
)
async def test_C360_DOS_1_invalid_input_is_refused_before_anything_is_stored_or_sent(
    flow: Flow, plate: str, km: object, error: type[Exception], field: str
) -> None:
    """C360-DOS-1: plate required, km-stand a whole number ≥ 0, a foreign plate needs a
    confirmation; the message is Dutch and names the field; nothing is stored or sent."""
    dossier = flow.dossier(plate="1-ABC-123", km=None)
    with pytest.raises(error) as caught:
        await flow.services.claims360_export.export(dossier.id, plate=plate, odometer_km=km)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValidationError) and caught.value.field == field
    assert str(caught.value)
    assert Claims360Outbox.select().count() == 0
    assert flow.state.request_counts()["total"] == 0


async def test_C360_DOS_1_foreign_plate_and_lower_km_go_through_after_confirmation(flow: Flow) -> None:
    """C360-DOS-1: a foreign plate and a km-stand lower than the dossier's are sent once the user
    confirms; the values sent become the dossier's."""
    dossier = flow.dossier(plate="1-ABC-123", km=150_000)
    export = flow.services.claims360_export
    with pytest.raises(LowerOdometerConfirmationRequired) as lower:
        await export.export(dossier.id, plate="b-ma 1234", odometer_km="140.000", confirm_foreign_plate=True)
    assert lower.value.last_known == 150_000 and lower.value.flag == "confirm_lower_km"
    assert "lager" in str(lower.value)
    with pytest.raises(ForeignPlateConfirmationRequired) as foreign:
        await export.export(dossier.id, plate="b-ma 1234", odometer_km="140.000", confirm_lower_km=True)
    assert foreign.value.flag == "confirm_foreign_plate" and "buitenlandse" in str(foreign.value)
    result = await export.export(
        dossier.id,
        plate="b-ma 1234",
        odometer_km="140.000",
        confirm_foreign_plate=True,
        confirm_lower_km=True,
    )
    case = flow.cases()[result.case_id]
    assert (case.license_plate, case.odometer_km) == ("B-MA 1234", 140_000)
    stored = Dossier.get_by_id(dossier.id)
    assert stored.odometer_km == 140_000
    assert Vehicle.get_by_id(stored.vehicle_id).license_plate == "B-MA 1234"


def test_C360_DOS_1_km_stand_parsing() -> None:
    """C360-DOS-1: Belgian thousands separators are read, decimals and negatives refused."""
    assert parse_odometer("120.500") == 120_500
    assert parse_odometer("120 500") == 120_500
    assert parse_odometer(" 0 ") == 0
    for bad in ("12.5", "1,000", "1e5", "٣", True):
        with pytest.raises(ValidationError):
            parse_odometer(bad)  # type: ignore[arg-type]


async def test_C360_DOS_1_repairer_not_configured_says_so_in_dutch(flow: Flow) -> None:
    """C360-DOS-1: a repairer without Claims360 keys: a Dutch error, nothing stored."""
    other = flow.services.repairers.add(RepairerInput(name="Carrosserie Zonder Sleutels"))
    dossier = flow.dossier()
    Dossier.update(repairer=other.id).where(Dossier.id == dossier.id).execute()
    with pytest.raises(NotConfiguredError) as caught:
        await flow.services.claims360_export.export(dossier.id)
    assert "niet ingesteld voor Claims360" in str(caught.value)
    assert Claims360Outbox.select().count() == 0


async def test_C360_DOS_2_send_data_patches_the_case_and_lower_km_is_refused_in_dutch(flow: Flow) -> None:
    """C360-DOS-2: "Gegevens versturen" sends plate and km-stand again; Claims360 refuses a
    km-stand lower than the case's with 422, shown in Dutch, and the slot is free again."""
    dossier = flow.dossier(km=120_500)
    export = flow.services.claims360_export
    with pytest.raises(NotExportedError):
        await export.send_data(dossier.id)
    result = await export.export(dossier.id)
    sent = await export.send_data(dossier.id, odometer_km=125_000)
    assert sent.data.odometer_km == 125_000 and "verstuurd" in sent.message
    assert flow.cases()[result.case_id].odometer_km == 125_000
    patch = Claims360Outbox.get(Claims360Outbox.kind == OutboxKind.PATCH_CASE.value)
    assert patch.state == OutboxState.DONE.value

    with pytest.raises(LowerOdometerConfirmationRequired):
        await export.send_data(dossier.id, odometer_km=110_000)
    # The user confirms, but the dossier's own km was already lowered elsewhere; Claims360 says no.
    with pytest.raises(Claims360ActionError) as refused:
        await export.send_data(dossier.id, odometer_km=110_000, confirm_lower_km=True)
    assert not refused.value.retry_safe
    message = str(refused.value)
    assert "km-stand" in message and "Claims360 weigert" in message
    assert flow.cases()[result.case_id].odometer_km == 125_000
    failed = Claims360Outbox.get(
        (Claims360Outbox.kind == OutboxKind.PATCH_CASE.value)
        & (Claims360Outbox.state == OutboxState.FAILED.value)
    )
    assert failed.active_slot is None and failed.last_error
    assert not export.link_state(dossier.id).patch_pending
    again = await export.send_data(dossier.id, odometer_km=126_000)
    assert again.data.odometer_km == 126_000


async def test_C360_DOS_2_send_data_after_a_lost_answer_is_not_applied_twice(flow: Flow) -> None:
    """C360-DOS-2: a PATCH whose answer is lost stays pending; the retry uses the same key."""
    dossier = flow.dossier()
    await flow.services.claims360_export.export(dossier.id)
    flow.state.apply_then_timeout(seconds=5.0, count=3, method="PATCH")
    with pytest.raises(Claims360ActionError) as caught:
        await flow.services.claims360_export.send_data(dossier.id, odometer_km=121_000)
    assert caught.value.retry_safe
    assert flow.services.claims360_export.link_state(dossier.id).patch_pending
    sent = await flow.services.claims360_export.send_data(dossier.id, odometer_km=121_000)
    assert sent.data.odometer_km == 121_000
    keys = {
        row.idempotency_key for row in Claims360Outbox.select().where(Claims360Outbox.kind == "patch_case")
    }
    assert len(keys) == 1
