"""Store one page of assignments: an idempotent upsert by (repairer, number) (C360-SYNC-3).

Each page commits on its own: an upsert of the same page twice leaves the same rows, so a listing
that breaks off half-way leaves nothing half-written, only pages that will be seen again. The
watermark moves only in the transaction of the *last* page of a complete listing.

Runs on the database thread (never the GUI thread); one transaction per page.

The WinFormEx II import (C360-WFX-1) stores its messages through this same importer with
``source=winformex``: Informex numbers are the same numbers on both platforms, so an assignment
that arrives through both is one row (unique per repairer and number), and the newest
``updatedAt`` wins whichever platform brought it. The row's ``source`` keeps the platform that
brought it *first*; a WinFormEx II message, which knows nothing of Claims360 cases, never erases
the case or estimate that Claims360 linked to the row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from planmanager_desktop.claims360.models import Assignment as RemoteAssignment
from planmanager_desktop.domain.assignments import AssignmentPlacement, apply_change_to_dossier
from planmanager_desktop.domain.plates import normalise_plate
from planmanager_desktop.persistence import bulk
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.fields import to_db_utc, utcnow
from planmanager_desktop.persistence.models import (
    Assignment,
    AssignmentSource,
    QueueState,
    SyncState,
)
from planmanager_desktop.sync.lease import SyncLease


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


#: The columns an assignment from Claims360 fills, in the order :func:`assignment_row` gives.
ASSIGNMENT_COLUMNS: tuple[str, ...] = (
    "repairer", "number", "source", "case_id", "status", "complete", "work", "license_plate",
    "vin", "make", "model", "first_registration", "odometer_km", "customer_name",
    "customer_phone", "customer_email", "insurer_name", "claim_number", "expert_name",
    "smart_expertise", "estimate_id", "estimate_version", "photo_count", "remote_created_at",
    "remote_updated_at",
)  # fmt: skip
_NEW_COLUMNS = (*ASSIGNMENT_COLUMNS, "imported_at", "updated_at", "queue_state", "photos_known", "dossier")
_CHANGED_COLUMNS = (*ASSIGNMENT_COLUMNS, "updated_at")
_SOURCE_AT = ASSIGNMENT_COLUMNS.index("source")
_CASE_AT = ASSIGNMENT_COLUMNS.index("case_id")
_ESTIMATE_AT = ASSIGNMENT_COLUMNS.index("estimate_id")
_ESTIMATE_VERSION_AT = ASSIGNMENT_COLUMNS.index("estimate_version")


class KnownAssignment(NamedTuple):
    """What a page needs to know of a stored assignment to decide new/changed/unchanged."""

    id: int
    remote_updated_at: datetime
    source: str
    case_id: str | None
    estimate_id: str | None
    estimate_version: int | None


def assignment_row(
    repairer_id: int, item: RemoteAssignment, source: str = AssignmentSource.CLAIMS360.value
) -> tuple[Any, ...]:
    """Our row for one assignment from Claims360, driver-ready, in ``ASSIGNMENT_COLUMNS`` order.

    Built straight into a tuple: a first sync writes ten thousand of these, and a dict per row
    plus a conversion per value was most of the import's own time.
    """
    vehicle, customer, insurer, estimate = item.vehicle, item.customer, item.insurer, item.estimate
    plate = normalise_plate(vehicle.license_plate or "") if vehicle else None
    return (
        repairer_id,
        item.number,
        source,
        item.case_id,
        item.status,
        item.complete,
        _text(item.work, 300),
        _text(plate.text, 20) if plate else None,
        _text(vehicle.vin, 17) if vehicle else None,
        _text(vehicle.make, 80) if vehicle else None,
        _text(vehicle.model, 120) if vehicle else None,
        vehicle.first_registration if vehicle else None,
        vehicle.odometer_km if vehicle else None,
        _text(customer.name, 200) if customer else None,
        _text(customer.phone, 64) if customer else None,
        _text(customer.email, 200) if customer else None,
        _text(insurer.name, 200) if insurer else None,
        _text(insurer.claim_number, 64) if insurer else None,
        _text(item.expert.name, 200) if item.expert else None,
        item.smart_expertise,
        estimate.estimate_id if estimate else None,
        estimate.version if estimate else None,
        item.photo_count,
        to_db_utc(item.created_at),
        to_db_utc(item.updated_at),
    )


def _changed_row(row: tuple[Any, ...], previous: KnownAssignment, source: str) -> tuple[Any, ...]:
    """The update of a stored row: its first source stays; WinFormEx II keeps Claims360's links."""
    values = list(row)
    values[_SOURCE_AT] = previous.source
    if source == AssignmentSource.WINFORMEX.value:
        if values[_CASE_AT] is None:
            values[_CASE_AT] = previous.case_id
        if values[_ESTIMATE_AT] is None:
            values[_ESTIMATE_AT] = previous.estimate_id
            values[_ESTIMATE_VERSION_AT] = previous.estimate_version
    return tuple(values)


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
        lease: SyncLease | None,
        watermark: str | None = None,
        source: AssignmentSource = AssignmentSource.CLAIMS360,
    ) -> PageCounts:
        """Upsert one page in one transaction; with ``watermark`` the listing is complete.

        ``lease`` is renewed in the transaction (the sync's); ``None`` only for a caller that
        serialises its writes otherwise. ``source`` is the platform the items came from.
        """
        counts = PageCounts()
        source_value = source.value
        with self._database.write():
            if lease is not None:
                lease.renew(repairer_id)
            fresh = _latest_per_number(items)
            known = self._known(repairer_id, [item.number for item in fresh])
            new_rows: list[tuple[Any, ...]] = []
            changed_rows: list[tuple[Any, ...]] = []
            exported = self._exported_case_dossiers(repairer_id, fresh, known)
            now = to_db_utc(utcnow())
            for item in fresh:
                previous = known.get(item.number)
                if previous is None:
                    dossier = exported.get(item.case_id) if item.case_id else None
                    state = QueueState.AUTO.value
                    if dossier is None and queueing:
                        state = QueueState.QUEUED.value
                        counts.queued += 1
                    row = assignment_row(repairer_id, item, source_value)
                    new_rows.append((*row, now, now, state, 0, dossier))
                    counts.new_numbers.append(item.number)
                elif item.updated_at > previous.remote_updated_at:
                    row = assignment_row(repairer_id, item, source_value)
                    row = _changed_row(row, previous, source_value)
                    changed_rows.append((*row, now, previous.id))
                else:
                    counts.unchanged += 1
            bulk.insert_tuples(self._database, Assignment, _NEW_COLUMNS, new_rows, ignore_conflicts=True)
            bulk.update_tuples(self._database, Assignment, _CHANGED_COLUMNS, changed_rows)
            for row in changed_rows:
                apply_change_to_dossier(Assignment.get_by_id(row[-1]))
            counts.new = len(new_rows)
            counts.changed = len(changed_rows)
            if not queueing:
                counts.dossiers_created = self._place_unplaced(repairer_id, counts.new_numbers)
            if watermark is not None:
                SyncState.update(watermark=watermark).where(SyncState.repairer == repairer_id).execute()
        return counts

    def _known(self, repairer_id: int, numbers: list[str]) -> dict[str, KnownAssignment]:
        """Number → what we already have of the page's assignments."""
        if not numbers:
            return {}
        param = "?" if self._database.is_sqlite else "%s"
        cursor = self._database.peewee.execute_sql(
            "SELECT id, number, remote_updated_at, source, case_id, estimate_id, estimate_version "
            "FROM assignment "
            f"WHERE repairer_id = {param} AND number IN ({', '.join([param] * len(numbers))})",
            (repairer_id, *numbers),
        )
        to_python = Assignment.remote_updated_at.python_value
        known: dict[str, KnownAssignment] = {}
        for row_id, number, updated, source, case_id, estimate_id, estimate_version in cursor.fetchall():
            moment = to_python(updated)
            assert moment is not None  # NOT NULL column
            known[number] = KnownAssignment(
                int(row_id),
                moment,
                str(source),
                case_id,
                estimate_id,
                None if estimate_version is None else int(estimate_version),
            )
        return known

    def _exported_case_dossiers(
        self,
        repairer_id: int,
        items: list[RemoteAssignment],
        known: dict[str, KnownAssignment],
    ) -> dict[str, int]:
        """Dossiers that created a case by export (C360-DOS-1): their assignments go to them."""
        case_ids = [i.case_id for i in items if i.case_id and i.number not in known]
        if not case_ids:
            return {}
        param = "?" if self._database.is_sqlite else "%s"
        cursor = self._database.peewee.execute_sql(
            "SELECT c360_case_id, id FROM dossier "
            f"WHERE repairer_id = {param} AND c360_case_id IN ({', '.join([param] * len(case_ids))})",
            (repairer_id, *case_ids),
        )
        return {str(case_id): int(dossier_id) for case_id, dossier_id in cursor.fetchall()}

    def _place_unplaced(self, repairer_id: int, numbers: list[str]) -> int:
        if not numbers:
            return 0
        unplaced = list(
            Assignment.select().where(
                (Assignment.repairer == repairer_id)
                & Assignment.number.in_(numbers)
                & Assignment.dossier.is_null()
            )
        )
        return self._placement.place_batch(repairer_id, unplaced)
