"""Where an incoming assignment lands: a dossier, or the Wachtrij (C360-SYNC-5).

The rule is the one PlanManager had with WinFormEx II, steered by the database setting
``informex_queueing``:

* an assignment whose case was created by exporting a dossier (C360-DOS-1) always belongs to
  that dossier, with or without queueing;
* queueing on: it waits in the Wachtrij until a person accepts it (new dossier, or link to an
  existing dossier; dossiers of the same repairer and plate are proposed) or rejects it;
* queueing off: it becomes a dossier at once, linked to the open dossier of the same repairer and
  plate when there is one, never duplicated.

Both the Claims360 sync and the WinFormEx II import call :class:`AssignmentPlacement`, inside
the write transaction that stores the assignment, so that the assignment row and its dossier
appear together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee

from planmanager_desktop.domain.dossiers import DossierNumbers
from planmanager_desktop.domain.errors import NotFoundError, ValidationError
from planmanager_desktop.domain.plates import normalise_plate
from planmanager_desktop.persistence import audit
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import (
    Assignment,
    Customer,
    Dossier,
    DossierStatus,
    QueueState,
    Vehicle,
)

_OPEN = (DossierStatus.OPEN.value, DossierStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class Placement:
    """What happened to one assignment."""

    queued: bool
    dossier_id: int | None
    created_dossier: bool


def dossier_for_case(repairer_id: int, case_id: str | None) -> Dossier | None:
    if not case_id:
        return None
    return Dossier.get_or_none((Dossier.repairer == repairer_id) & (Dossier.c360_case_id == case_id))


def open_dossier_for_plate(repairer_id: int, plate: str | None) -> Dossier | None:
    if not plate:
        return None
    found: Dossier | None = (
        Dossier.select(Dossier)
        .join(Vehicle)
        .where(
            (Dossier.repairer == repairer_id)
            & (Vehicle.license_plate == plate)
            & (Dossier.status.in_(_OPEN))
            & (Dossier.c360_case_id.is_null())
        )
        .order_by(Dossier.created_at.desc())
        .first()
    )
    return found


class AssignmentPlacement:
    """Places new assignments; call inside the caller's write transaction."""

    def __init__(self, numbers: DossierNumbers) -> None:
        self._numbers = numbers

    def place_new(self, assignment: Assignment, *, queueing: bool) -> Placement:
        repairer_id = assignment.repairer_id
        exported = dossier_for_case(repairer_id, assignment.case_id)
        if exported is not None:
            self._link(assignment, exported, QueueState.AUTO)
            return Placement(queued=False, dossier_id=exported.id, created_dossier=False)
        if queueing:
            Assignment.update(queue_state=QueueState.QUEUED.value).where(
                Assignment.id == assignment.id
            ).execute()
            return Placement(queued=True, dossier_id=None, created_dossier=False)
        existing = open_dossier_for_plate(repairer_id, assignment.license_plate)
        if existing is not None:
            self._link(assignment, existing, QueueState.AUTO)
            return Placement(queued=False, dossier_id=existing.id, created_dossier=False)
        dossier = self.create_dossier(assignment)
        self._link(assignment, dossier, QueueState.AUTO)
        return Placement(queued=False, dossier_id=dossier.id, created_dossier=True)

    def create_dossier(self, assignment: Assignment) -> Dossier:
        """A new dossier filled from the assignment (customer, vehicle, km-stand, insurer)."""
        customer = None
        if assignment.customer_name:
            customer = Customer.create(
                name=assignment.customer_name,
                phone=assignment.customer_phone,
                email=assignment.customer_email,
            )
        vehicle = None
        if any((assignment.license_plate, assignment.vin, assignment.make, assignment.model)):
            vehicle = Vehicle.create(
                license_plate=assignment.license_plate,
                vin=assignment.vin,
                make=assignment.make,
                model=assignment.model,
                first_registration=assignment.first_registration,
            )
        return Dossier.create(
            number=self._numbers.next(),
            repairer=assignment.repairer_id,
            customer=customer,
            vehicle=vehicle,
            odometer_km=assignment.odometer_km,
            description=assignment.work,
            insurer_name=assignment.insurer_name,
            claim_number=assignment.claim_number,
            c360_case_id=assignment.case_id,
            c360_case_number=assignment.number,
            c360_estimate_id=assignment.estimate_id,
            status=DossierStatus.CANCELLED.value
            if assignment.status == "cancelled"
            else DossierStatus.OPEN.value,
        )

    @staticmethod
    def _link(assignment: Assignment, dossier: Dossier, state: QueueState) -> None:
        Assignment.update(dossier=dossier.id, queue_state=state.value).where(
            Assignment.id == assignment.id
        ).execute()
        updates: dict[peewee.Field, object] = {}
        if assignment.case_id and not dossier.c360_case_id:
            updates[Dossier.c360_case_id] = assignment.case_id
            updates[Dossier.c360_case_number] = assignment.number
        if assignment.estimate_id and not dossier.c360_estimate_id:
            updates[Dossier.c360_estimate_id] = assignment.estimate_id
        if updates:
            updates[Dossier.updated_at] = utcnow()
            Dossier.update(updates).where(Dossier.id == dossier.id).execute()


def apply_change_to_dossier(assignment: Assignment) -> None:
    """A changed assignment updates its dossier: what Claims360 knows fills or corrects it.

    Only fields that Claims360 sends are touched; a null from the server never erases what a
    person typed. A cancelled assignment cancels nothing by itself: the dossier keeps its status
    (a person decides), but the assignment row shows "geannuleerd".
    """
    if assignment.dossier_id is None:
        return
    dossier = Dossier.get_by_id(assignment.dossier_id)
    dossier_updates: dict[peewee.Field, object] = {}
    if assignment.odometer_km is not None and (dossier.odometer_km or 0) < assignment.odometer_km:
        dossier_updates[Dossier.odometer_km] = assignment.odometer_km
    for field, value in (
        (Dossier.insurer_name, assignment.insurer_name),
        (Dossier.claim_number, assignment.claim_number),
        (Dossier.c360_estimate_id, assignment.estimate_id),
    ):
        if value:
            dossier_updates[field] = value
    if dossier_updates:
        dossier_updates[Dossier.updated_at] = utcnow()
        Dossier.update(dossier_updates).where(Dossier.id == dossier.id).execute()
    if dossier.vehicle_id is not None:
        vehicle_updates = {
            field: value
            for field, value in (
                (Vehicle.license_plate, assignment.license_plate),
                (Vehicle.vin, assignment.vin),
                (Vehicle.make, assignment.make),
                (Vehicle.model, assignment.model),
            )
            if value
        }
        if vehicle_updates:
            Vehicle.update(vehicle_updates).where(Vehicle.id == dossier.vehicle_id).execute()


# The Wachtrij ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueEntry:
    assignment: Assignment
    proposals: list[Dossier]


class QueueService:
    """Accept or reject what waits in the Wachtrij; every decision is audit-logged."""

    def __init__(self, database: Database, placement: AssignmentPlacement) -> None:
        self._database = database
        self._placement = placement

    def waiting(self) -> list[Assignment]:
        return list(
            Assignment.select()
            .where(Assignment.queue_state == QueueState.QUEUED.value)
            .order_by(Assignment.imported_at, Assignment.id)
        )

    def proposals(self, assignment_id: int) -> list[Dossier]:
        """Dossiers of the same repairer and plate: the likely home of this assignment."""
        assignment = self._get(assignment_id)
        plate = normalise_plate(assignment.license_plate or "")
        if plate is None:
            return []
        return list(
            Dossier.select(Dossier)
            .join(Vehicle)
            .where((Dossier.repairer == assignment.repairer_id) & (Vehicle.license_plate == plate.text))
            .order_by(Dossier.created_at.desc())
        )

    def accept_new_dossier(self, assignment_id: int) -> Dossier:
        with self._database.write():
            assignment = self._waiting(assignment_id)
            dossier = self._placement.create_dossier(assignment)
            self._decide(assignment, QueueState.ACCEPTED, dossier=dossier)
            audit.record("queue.accept", {"assignment": assignment.number, "dossier": dossier.number})
        return dossier

    def accept_into(self, assignment_id: int, dossier_id: int) -> Dossier:
        with self._database.write():
            assignment = self._waiting(assignment_id)
            dossier = Dossier.get_or_none(Dossier.id == dossier_id)
            if dossier is None:
                raise NotFoundError("Dit dossier bestaat niet (meer).")
            if dossier.repairer_id != assignment.repairer_id:
                raise ValidationError("Dit dossier hoort bij een andere hersteller.")
            if dossier.c360_case_id and assignment.case_id and dossier.c360_case_id != assignment.case_id:
                raise ValidationError(
                    f"Dossier {dossier.number} is al gekoppeld aan een andere Claims360-opdracht."
                )
            self._decide(assignment, QueueState.ACCEPTED, dossier=dossier)
            audit.record("queue.link", {"assignment": assignment.number, "dossier": dossier.number})
        return dossier

    def reject(self, assignment_id: int, reason: str) -> None:
        reason = reason.strip()
        if not reason:
            raise ValidationError("Geef een reden op waarom u deze opdracht weigert.", field="reason")
        with self._database.write():
            assignment = self._waiting(assignment_id)
            self._decide(assignment, QueueState.REJECTED, reason=reason)
            audit.record("queue.reject", {"assignment": assignment.number, "reason": reason})

    def _decide(
        self,
        assignment: Assignment,
        state: QueueState,
        *,
        dossier: Dossier | None = None,
        reason: str | None = None,
    ) -> None:
        # Only a row that still waits is decided: two people clicking at once decide once.
        changed = (
            Assignment.update(
                queue_state=state.value,
                decided_by=audit.os_user(),
                decided_at=utcnow(),
                reject_reason=reason,
            )
            .where((Assignment.id == assignment.id) & (Assignment.queue_state == QueueState.QUEUED.value))
            .execute()
        )
        if changed != 1:
            raise ValidationError("Deze opdracht werd intussen al door iemand anders behandeld.")
        if dossier is not None:
            AssignmentPlacement._link(assignment, dossier, state)

    @staticmethod
    def _get(assignment_id: int) -> Assignment:
        assignment = Assignment.get_or_none(Assignment.id == assignment_id)
        if assignment is None:
            raise NotFoundError("Deze opdracht bestaat niet (meer).")
        return assignment

    def _waiting(self, assignment_id: int) -> Assignment:
        assignment = self._get(assignment_id)
        if assignment.queue_state != QueueState.QUEUED.value:
            raise ValidationError("Deze opdracht staat niet (meer) in de wachtrij.")
        return assignment
