# ruff: noqa: F811  (pytest fixtures imported from claims360_flow_support are parameters here)
"""The estimate from Claims360: comparison pop-up, accept, versions kept, Wachtrij
(C360-DOS-2, C360-DOS-3, C360-SYNC-5), against the sandbox over HTTP on both databases."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from claims360_flow_support import FIRST, SECOND, Flow, flow, sandbox_state  # noqa: F401  (fixtures)

from planmanager_desktop.claims360.models import parse_estimate
from planmanager_desktop.domain.estimates import (
    NoEstimateError,
    check_totals,
    estimate_from_json,
    estimate_to_json,
    money,
)
from planmanager_desktop.persistence.models import (
    Dossier,
    EstimateLine,
    EstimateVersion,
    PendingEstimate,
    QueueState,
)


async def _exported(flow: Flow) -> tuple[int, str]:
    dossier = flow.dossier()
    result = await flow.services.claims360_export.export(dossier.id)
    return dossier.id, result.case_id


async def test_C360_DOS_3_compare_accept_and_a_changed_version_keeps_the_earlier_one(flow: Flow) -> None:
    """C360-DOS-3: the pop-up shows version, date, lines and totals; accepting stores the
    version with its lines; a changed version shows lines added/removed/changed and totals old
    vs new; earlier versions stay; accepting the same version again is a no-op."""
    estimates = flow.services.estimates
    dossier_id, case_id = await _exported(flow)
    with pytest.raises(NoEstimateError):
        await estimates.load_current(dossier_id)

    flow.state.admin_add_estimate_version(flow.cid, case_id, FIRST)
    first = await estimates.load_current(dossier_id)
    assert first.new_version == 1 and first.current_version is None and first.current_totals is None
    assert len(first.added) == 3 and not first.removed and not first.changed
    assert first.totals_consistent and first.issues == ()
    assert first.new_totals.net == Decimal("693.90") and first.new_totals.gross == Decimal("839.62")
    assert Dossier.get_by_id(dossier_id).c360_estimate_id == first.estimate.estimate_id
    accepted = await estimates.accept_async(dossier_id, first.estimate)
    assert accepted.created and accepted.version.version == 1 and accepted.version.remote_version == 1

    flow.state.admin_add_estimate_version(flow.cid, case_id, SECOND)
    second = await estimates.load_current(dossier_id)
    assert (second.new_version, second.current_version, second.current_remote_version) == (2, 1, 1)
    assert second.current_date == first.new_date and second.new_date > first.new_date
    assert [line.line_no for line in second.added] == [4]
    assert second.removed == ()
    changed = {c.line_no: c for c in second.changed}
    assert set(changed) == {1, 3}
    assert changed[1].fields == ("unit_price", "amount")
    assert changed[1].old.amount == Decimal("412.50") and changed[1].new.amount == Decimal("399.99")
    assert changed[3].fields == ("kind", "description", "unit_price", "amount")
    assert second.unchanged == 1
    rows = {label: (old, new) for label, old, new in second.totals_rows()}
    assert rows["netto"] == (Decimal("693.90"), Decimal("693.74"))
    assert all(isinstance(v, Decimal) for pair in rows.values() for v in pair)
    assert second.has_changes and not second.already_accepted

    result = estimates.accept(dossier_id, second.estimate)
    assert result.created and result.version.version == 2
    versions = estimates.versions(dossier_id)
    assert [v.version for v in versions] == [2, 1] and [v.remote_version for v in versions] == [2, 1]
    old_lines = estimates.lines(versions[1].id)
    assert [Decimal(line.amount) for line in old_lines] == [
        Decimal("412.50"),
        Decimal("93.00"),
        Decimal("188.40"),
    ]
    again = estimates.accept(dossier_id, second.estimate)
    assert not again.created and again.version.id == result.version.id and "al eerder" in again.message
    assert EstimateVersion.select().count() == 2
    assert (await estimates.load_current(dossier_id)).already_accepted


async def test_C360_DOS_3_lines_that_do_not_add_up_are_reported_never_corrected(flow: Flow) -> None:
    """C360-DOS-3: a version whose totals disagree with its lines is shown with the differences;
    accepting it stores exactly what Claims360 sent (Decimal, to the cent)."""
    dossier_id, _ = await _exported(flow)
    data: dict[str, Any] = {
        "estimateId": "e-1",
        "version": 3,
        "updatedAt": "2021-04-03T09:12:00+02:00",
        "currency": "EUR",
        "lines": [
            {
                "lineNo": 1,
                "kind": "part",
                "code": None,
                "description": "Bumper",
                "quantity": "1",
                "unitPrice": "412.50",
                "amount": "412.50",
            },
            {
                "lineNo": 2,
                "kind": "labour",
                "code": None,
                "description": "Arbeid",
                "quantity": "1.5",
                "unitPrice": "62.00",
                "amount": "93.10",
            },
        ],
        "totals": {
            "parts": "412.50",
            "labour": "93.00",
            "paint": "0.00",
            "other": "0.00",
            "net": "505.50",
            "vat": "106.16",
            "gross": "611.67",
        },
    }
    estimate = parse_estimate(data)
    comparison = flow.services.estimates.compare(dossier_id, estimate)
    issues = {issue.what: issue for issue in comparison.issues}
    assert set(issues) == {"line 2", "labour", "net", "gross"}
    assert issues["labour"].stated == Decimal("93.00") and issues["labour"].computed == Decimal("93.10")
    assert issues["gross"].computed == Decimal("611.66")
    assert "€ 611,67" in issues["gross"].message and not comparison.totals_consistent
    flow.services.estimates.accept(dossier_id, estimate)
    stored = EstimateVersion.get(EstimateVersion.dossier == dossier_id)
    assert Decimal(stored.total_gross) == Decimal("611.67") and Decimal(stored.total_net) == Decimal("505.50")
    line = EstimateLine.get((EstimateLine.estimate_version == stored.id) & (EstimateLine.line_no == 2))
    assert Decimal(line.amount) == Decimal("93.10") and Decimal(line.quantity) == Decimal("1.5")


def test_C360_DOS_3_consistent_estimate_and_json_round_trip() -> None:
    """C360-DOS-3: an estimate that adds up has no issues; stored JSON reads back exactly."""
    data = {
        "estimateId": "e-77a",
        "version": 2,
        "updatedAt": "2021-04-03T09:12:00+02:00",
        "currency": "EUR",
        "lines": [
            {
                "lineNo": 1,
                "kind": "part",
                "code": "X",
                "description": "Bumper",
                "quantity": "1",
                "unitPrice": "412.50",
                "amount": "412.50",
            }
        ],
        "totals": {
            "parts": "412.50",
            "labour": "0.00",
            "paint": "0.00",
            "other": "0.00",
            "net": "412.50",
            "vat": "86.63",
            "gross": "499.13",
        },
    }
    estimate = parse_estimate(data)
    assert check_totals(estimate) == ()
    assert estimate_from_json(estimate_to_json(estimate)) == estimate
    assert money(Decimal("1234.5")) == "€ 1.234,50" and money(Decimal("-3")) == "-€ 3,00"


async def test_C360_DOS_2_sync_item_appears_once_an_estimate_is_linked_queueing_off(flow: Flow) -> None:
    """C360-DOS-2, C360-SYNC-5 (queueing off): the sync links the estimate to the exported
    dossier (menu item appears) but accepts nothing by itself."""
    dossier_id, case_id = await _exported(flow)
    export = flow.services.claims360_export
    assert not export.link_state(dossier_id).show_sync_item
    result = await flow.services.sync.sync_one(flow.repairer_id)
    assert result.ok, result.message
    assert not export.can_sync_estimate(dossier_id)
    flow.state.admin_add_estimate_version(flow.cid, case_id, FIRST)
    result = await flow.services.sync.sync_one(flow.repairer_id)
    assert result.ok, result.message
    assert export.can_sync_estimate(dossier_id)
    assert Dossier.get_by_id(dossier_id).c360_estimate_id
    assert EstimateVersion.select().count() == 0 and PendingEstimate.select().count() == 0


async def test_C360_SYNC_5_queueing_on_new_estimate_versions_wait_in_the_wachtrij(flow: Flow) -> None:
    """C360-SYNC-5: with informex_queueing on, a new estimate version of a linked dossier waits
    in the Wachtrij; accepting stores it, rejecting keeps it out, and neither comes back."""
    flow.services.settings.set("informex_queueing", "on")
    estimates = flow.services.estimates
    dossier_id, case_id = await _exported(flow)
    flow.state.admin_add_estimate_version(flow.cid, case_id, FIRST)
    result = await flow.services.sync.sync_one(flow.repairer_id)
    assert result.ok and "wachtrij" in result.message, result.message
    waiting = estimates.waiting()
    assert len(waiting) == 1 and waiting[0].dossier_id == dossier_id and waiting[0].remote_version == 1
    assert waiting[0].gross == Decimal("839.62")
    assert EstimateVersion.select().count() == 0  # nothing accepted by itself
    comparison = estimates.pending_comparison(waiting[0].id)
    assert len(comparison.added) == 3
    accepted = estimates.accept_pending(waiting[0].id)
    assert accepted.created and estimates.waiting() == []
    assert PendingEstimate.get_by_id(waiting[0].id).queue_state == QueueState.ACCEPTED.value

    flow.state.admin_add_estimate_version(flow.cid, case_id, SECOND)
    await flow.services.sync.sync_one(flow.repairer_id)
    (second,) = estimates.waiting()
    assert second.remote_version == 2
    with pytest.raises(Exception, match="reden"):
        estimates.reject_pending(second.id, " ")
    estimates.reject_pending(second.id, "Bestek klopt niet met de schade")
    rejected = PendingEstimate.get_by_id(second.id)
    assert rejected.queue_state == QueueState.REJECTED.value and rejected.reject_reason
    flow.state.reset_request_counts()
    again = await flow.services.sync.sync_one(flow.repairer_id)
    assert again.ok and estimates.waiting() == []
    assert flow.requests("/estimate") == 0  # nothing new: no estimate fetched
    assert [v.remote_version for v in estimates.versions(dossier_id)] == [1]
    assert json.loads(rejected.payload)["version"] == 2
