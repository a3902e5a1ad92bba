"""Store one page of assignments: an idempotent upsert by (repairer, number) (C360-SYNC-3).

Each page commits on its own: an upsert of the same page twice leaves the same rows, so a listing
that breaks off half-way leaves nothing half-written, only pages that will be seen again. The
watermark moves only in the transaction of the *last* page of a complete listing.

Runs on the database thread (never the GUI thread); one transaction per page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from planmanager_desktop.claims360.models import Assignment as RemoteAssignment
from planmanager_desktop.domain.assignments import AssignmentPlacement, apply_change_to_dossier
from planmanager_desktop.domain.plates import normalise_plate
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import (
    Assignment,
    AssignmentSource,
    Dossier,
    QueueState,
    SyncState,
)
from planmanager_desktop.sync.lease import SyncLease

#: Rows per INSERT statement: well under SQLite's limit of bound variables per statement.
_INSERT_CHUNK = 500


@dataclass
class PageCounts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    queued: int = 0
    dossiers_created: int = 0
    new_numbers: list[str] = field(default_factory=list)

    def add(self, other: PageCounts) -> None:
        self.new += other.new
        self.changed += other.changed
        self.unchanged += other.unchanged
        self.queued += other.queued
        self.dossiers_created += other.dossiers_created
        self.new_numbers.extend(other.new_numbers)


def _text(value: str | None, limit: int) -> str | None:
    return value[:limit] if value else None


def assignment_values(repairer_id: int, item: RemoteAssignment) -> dict[str, Any]:
    """The columns of our row for one assignment from Claims360."""
    vehicle, customer, insurer = item.vehicle, item.customer, item.insurer
    plate = normalise_plate(vehicle.license_plate or "") if vehicle else None
    return {
        "repairer": repairer_id,
        "number": item.number,
        "source": AssignmentSource.CLAIMS360.value,
        "case_id": item.case_id,
        "status": item.status,
        "complete": item.complete,
        "work": _text(item.work, 300),
        "license_plate": _text(plate.text, 20) if plate else None,
        "vin": _text(vehicle.vin, 17) if vehicle else None,
        "make": _text(vehicle.make, 80) if vehicle else None,
        "model": _text(vehicle.model, 120) if vehicle else None,
        "first_registration": vehicle.first_registration if vehicle else None,
        "odometer_km": vehicle.odometer_km if vehicle else None,
        "customer_name": _text(customer.name, 200) if customer else None,
        "customer_phone": _text(customer.phone, 64) if customer else None,
        "customer_email": _text(customer.email, 200) if customer else None,
        "insurer_name": _text(insurer.name, 200) if insurer else None,
        "claim_number": _text(insurer.claim_number, 64) if insurer else None,
        "expert_name": _text(item.expert.name, 200) if item.expert else None,
        "smart_expertise": item.smart_expertise,
        "estimate_id": item.estimate.estimate_id if item.estimate else None,
        "estimate_version": item.estimate.version if item.estimate else None,
        "photo_count": item.photo_count,
        "remote_created_at": item.created_at,
        "remote_updated_at": item.updated_at,
    }


def _latest_per_number(items: Iterable[RemoteAssignment]) -> list[RemoteAssignment]:
    """An assignment changed while paging may come twice: keep its latest version."""
    latest: dict[str, RemoteAssignment] = {}
    for item in items:
        seen = latest.get(item.number)
        if seen is None or item.updated_at >= seen.updated_at:
            latest[item.number] = item
    return list(latest.values())


class AssignmentImporter:
    def __init__(self, database: Database, placement: AssignmentPlacement) -> None:
        self._database = database
        self._placement = placement

    def store_page(
        self,
        repairer_id: int,
        items: Sequence[RemoteAssignment],
        *,
        queueing: bool,
        lease: SyncLease,
        watermark: str | None = None,
    ) -> PageCounts:
        """Upsert one page in one transaction; with ``watermark`` the listing is complete."""
        counts = PageCounts()
        with self._database.write():
            lease.renew(repairer_id)
            fresh = _latest_per_number(items)
            known = self._known(repairer_id, [item.number for item in fresh])
            new_rows: list[dict[str, Any]] = []
            exported = self._exported_case_dossiers(repairer_id, fresh, known)
            now = utcnow()
            for item in fresh:
                values = assignment_values(repairer_id, item)
                previous = known.get(item.number)
                if previous is None:
                    values["imported_at"] = now
                    values["updated_at"] = now
                    if item.case_id in exported:
                        values["dossier"] = exported[item.case_id]
                    elif queueing:
                        values["queue_state"] = QueueState.QUEUED.value
                        counts.queued += 1
                    new_rows.append(values)
                elif item.updated_at > previous[1]:
                    values["updated_at"] = now
                    Assignment.update(values).where(Assignment.id == previous[0]).execute()
                    apply_change_to_dossier(Assignment.get_by_id(previous[0]))
                    counts.changed += 1
                else:
                    counts.unchanged += 1
            for start in range(0, len(new_rows), _INSERT_CHUNK):
                Assignment.insert_many(new_rows[start : start + _INSERT_CHUNK]).on_conflict_ignore().execute()
            counts.new = len(new_rows)
            counts.new_numbers = [row["number"] for row in new_rows]
            if not queueing:
                counts.dossiers_created = self._place_unplaced(repairer_id, counts.new_numbers)
            if watermark is not None:
                SyncState.update(watermark=watermark).where(SyncState.repairer == repairer_id).execute()
        return counts

    @staticmethod
    def _known(repairer_id: int, numbers: list[str]) -> dict[str, tuple[int, datetime]]:
        if not numbers:
            return {}
        rows = Assignment.select(Assignment.id, Assignment.number, Assignment.remote_updated_at).where(
            (Assignment.repairer == repairer_id) & Assignment.number.in_(numbers)
        )
        return {row.number: (row.id, row.remote_updated_at) for row in rows}

    @staticmethod
    def _exported_case_dossiers(
        repairer_id: int,
        items: list[RemoteAssignment],
        known: dict[str, tuple[int, datetime]],
    ) -> dict[str, int]:
        """Dossiers that created a case by export (C360-DOS-1): their assignments go to them."""
        case_ids = [i.case_id for i in items if i.case_id and i.number not in known]
        if not case_ids:
            return {}
        rows = Dossier.select(Dossier.id, Dossier.c360_case_id).where(
            (Dossier.repairer == repairer_id) & Dossier.c360_case_id.in_(case_ids)
        )
        return {str(row.c360_case_id): row.id for row in rows}

    def _place_unplaced(self, repairer_id: int, numbers: list[str]) -> int:
        if not numbers:
            return 0
        created = 0
        unplaced = Assignment.select().where(
            (Assignment.repairer == repairer_id)
            & Assignment.number.in_(numbers)
            & Assignment.dossier.is_null()
        )
        for assignment in unplaced:
            placement = self._placement.place_new(assignment, queueing=False)
            created += int(placement.created_dossier)
        return created
