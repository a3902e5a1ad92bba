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

from collections.abc import Sequence

import peewee

from planmanager_desktop.domain.dossiers import DossierNumbers
from planmanager_desktop.domain.errors import NotFoundError, ValidationError
from planmanager_desktop.domain.plates import normalise_plate
from planmanager_desktop.persistence import audit, bulk
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


class AssignmentPlacement:
    """Places new assignments; call inside the caller's write transaction.

    Works a batch at a time (a first sync brings thousands): one query finds the dossiers of
    exported cases, one the open dossiers of the plates, the numbers are taken in one go, and the
    rows are written with the fast helpers of :mod:`persistence.bulk`.
    """

    def __init__(self, database: Database, numbers: DossierNumbers) -> None:
        self._database = database
        self._numbers = numbers

    def place_batch(self, repairer_id: int, assignments: Sequence[Assignment]) -> int:
        """Queueing off: each assignment into its exported dossier, the open dossier of its
        plate, or a new dossier. Returns how many dossiers were created."""
        if not assignments:
            return 0
        case_ids = [a.case_id for a in assignments if a.case_id]
        exported: dict[str, Dossier] = {}
        if case_ids:
            for d in Dossier.select().where(
                (Dossier.repairer == repairer_id) & Dossier.c360_case_id.in_(case_ids)
            ):
                exported[str(d.c360_case_id)] = d
        plates = sorted({a.license_plate for a in assignments if a.license_plate})
        by_plate: dict[str, Dossier] = {}
        if plates:
            query = (
                Dossier.select(Dossier, Vehicle.license_plate.alias("plate"))
                .join(Vehicle)
                .where(
                    (Dossier.repairer == repairer_id)
                    & Vehicle.license_plate.in_(plates)
                    & Dossier.status.in_(_OPEN)
                    & Dossier.c360_case_id.is_null()
                )
                .order_by(Dossier.created_at.asc())
                .objects()  # the plate alias lands on the Dossier itself
            )
            for d in query:
                by_plate[str(getattr(d, "plate"))] = d  # noqa: B009 - the most recent wins
        links: list[tuple[Assignment, Dossier | int]] = []
        to_create: list[Assignment] = []
        for a in assignments:
            if a.case_id and a.case_id in exported:
                links.append((a, exported[a.case_id]))
            elif a.license_plate and a.license_plate in by_plate:
                # An open dossier takes one assignment: once linked it has a case.
                links.append((a, by_plate.pop(a.license_plate)))
            else:
                to_create.append(a)
        for a, number in zip(to_create, self._numbers.next_many(len(to_create)), strict=True):
            links.append((a, self._insert_dossier(a, number)))
        self._write_links(links)
        return len(to_create)

    def create_dossier(self, assignment: Assignment) -> Dossier:
        """A new dossier filled from the assignment (customer, vehicle, km-stand, insurer)."""
        dossier_id = self._insert_dossier(assignment, self._numbers.next())
        dossier: Dossier = Dossier.get_by_id(dossier_id)
        return dossier

    def _insert_dossier(self, a: Assignment, number: str) -> int:
        db = self._database
        customer_id = None
        if a.customer_name:
            customer_id = bulk.insert_returning_id(
                db, Customer, {"name": a.customer_name, "phone": a.customer_phone, "email": a.customer_email}
            )
        vehicle_id = None
        if any((a.license_plate, a.vin, a.make, a.model)):
            vehicle_id = bulk.insert_returning_id(
                db,
                Vehicle,
                {
                    "license_plate": a.license_plate,
                    "vin": a.vin,
                    "make": a.make,
                    "model": a.model,
                    "first_registration": a.first_registration,
                },
            )
        status = DossierStatus.CANCELLED if a.status == "cancelled" else DossierStatus.OPEN
        return bulk.insert_returning_id(
            db,
            Dossier,
            {
                "number": number,
                "repairer": a.repairer_id,
                "customer": customer_id,
                "vehicle": vehicle_id,
                "odometer_km": a.odometer_km,
                "description": a.work,
                "insurer_name": a.insurer_name,
                "claim_number": a.claim_number,
                "c360_case_id": a.case_id,
                "c360_case_number": a.number if a.case_id else None,
                "c360_estimate_id": a.estimate_id,
                "status": status.value,
            },
        )

    def link(self, assignment: Assignment, dossier: Dossier, state: QueueState) -> None:
        """Link one assignment to a dossier a person chose (the Wachtrij)."""
        self._write_links([(assignment, dossier)], state)

    def _write_links(
        self, links: Sequence[tuple[Assignment, Dossier | int]], state: QueueState = QueueState.AUTO
    ) -> None:
        """Point each assignment at its dossier; give an existing dossier its case."""
        bulk.update_by_id(
            self._database,
            Assignment,
            ("dossier", "queue_state"),
            ((a.id, {"dossier": _id(d), "queue_state": state.value}) for a, d in links),
        )
        now = utcnow()
        updates = []
        for a, d in links:
            if not isinstance(d, Dossier):
                continue  # created from this assignment: already complete
            if (a.case_id and not d.c360_case_id) or (a.estimate_id and not d.c360_estimate_id):
                updates.append(
                    (
                        d.id,
                        {
                            "c360_case_id": d.c360_case_id or a.case_id,
                            "c360_case_number": d.c360_case_number or (a.number if a.case_id else None),
                            "c360_estimate_id": d.c360_estimate_id or a.estimate_id,
                            "updated_at": now,
                        },
                    )
                )
        bulk.update_by_id(
            self._database,
            Dossier,
            ("c360_case_id", "c360_case_number", "c360_estimate_id", "updated_at"),
            updates,
        )


def _id(dossier: Dossier | int) -> int:
    return dossier if isinstance(dossier, int) else dossier.id


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
            self._placement.link(assignment, dossier, state)

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
