"""Dossiers: create, edit, and find them among tens of thousands.

The dossier list is sorted, filtered and paged in SQL (``DossierQuery``): a body shop that has
worked with PlanManager for years has 50,000 dossiers, and loading them all into a Python model
would take seconds on every search.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, cast

import peewee

from planmanager_desktop.domain.errors import NotFoundError, ValidationError
from planmanager_desktop.domain.paging import stable_order
from planmanager_desktop.domain.plates import normalise_plate, search_key
from planmanager_desktop.persistence import audit
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import (
    Customer,
    Dossier,
    DossierSequence,
    DossierStatus,
    Repairer,
    Vehicle,
)

#: Dutch labels of the dossier statuses, for lists and combo boxes.
STATUS_LABELS: dict[str, str] = {
    DossierStatus.OPEN.value: "Open",
    DossierStatus.IN_PROGRESS.value: "In herstelling",
    DossierStatus.CLOSED.value: "Afgesloten",
    DossierStatus.CANCELLED.value: "Geannuleerd",
}


@dataclass(frozen=True)
class CustomerInput:
    name: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""


@dataclass(frozen=True)
class VehicleInput:
    license_plate: str = ""
    vin: str = ""
    make: str = ""
    model: str = ""
    first_registration: dt.date | None = None


@dataclass(frozen=True)
class DossierInput:
    repairer_id: int
    customer: CustomerInput = field(default_factory=CustomerInput)
    vehicle: VehicleInput = field(default_factory=VehicleInput)
    odometer_km: int | None = None
    status: str = DossierStatus.OPEN.value
    description: str = ""
    insurer_name: str = ""
    claim_number: str = ""


class SortColumn(StrEnum):
    NUMBER = "number"
    PLATE = "plate"
    CUSTOMER = "customer"
    REPAIRER = "repairer"
    STATUS = "status"
    CREATED = "created"


@dataclass(frozen=True)
class DossierRow:
    """One line of the dossier list: only what the list shows."""

    id: int
    number: str
    license_plate: str | None
    make_model: str
    customer_name: str | None
    repairer_name: str
    status: str
    created_at: dt.datetime


@dataclass(frozen=True)
class DossierQuery:
    search: str = ""
    repairer_id: int | None = None
    sort: SortColumn = SortColumn.CREATED
    descending: bool = True


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


class DossierNumbers:
    """Hands out ``PM-<year>-<4 digits>`` numbers, one counter row per year.

    The counter row is updated inside the caller's write transaction, so two PCs creating
    dossiers at the same moment queue on that row instead of picking the same number; numbers
    typed by hand or imported are skipped.
    """

    def __init__(self, database: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._database = database
        self._today = today

    def next(self) -> str:
        return self.next_many(1)[0]

    def next_many(self, count: int) -> list[str]:
        """``count`` fresh numbers in one go (a first sync creates hundreds of dossiers)."""
        year = self._today().year
        numbers: list[str] = []
        with self._database.write():
            DossierSequence.insert(year=year, last=0).on_conflict_ignore().execute()
            while len(numbers) < count:
                wanted = count - len(numbers)
                DossierSequence.update(last=DossierSequence.last + wanted).where(
                    DossierSequence.year == year
                ).execute()
                last = DossierSequence.get(DossierSequence.year == year).last
                candidates = [f"PM-{year}-{n:04d}" for n in range(last - wanted + 1, last + 1)]
                taken = {
                    d.number for d in Dossier.select(Dossier.number).where(Dossier.number.in_(candidates))
                }
                numbers.extend(c for c in candidates if c not in taken)
        return numbers


class DossierService:
    def __init__(self, database: Database, numbers: DossierNumbers | None = None) -> None:
        self._database = database
        self.numbers = numbers or DossierNumbers(database)

    # Reading ---------------------------------------------------------------------------------
    def get(self, dossier_id: int) -> Dossier:
        dossier = (
            Dossier.select(Dossier, Repairer, Customer, Vehicle)
            .join(Repairer)
            .switch(Dossier)
            .join(Customer, peewee.JOIN.LEFT_OUTER)
            .switch(Dossier)
            .join(Vehicle, peewee.JOIN.LEFT_OUTER)
            .where(Dossier.id == dossier_id)
            .first()
        )
        if dossier is None:
            raise NotFoundError("Dit dossier bestaat niet (meer).")
        return cast(Dossier, dossier)

    def by_number(self, number: str) -> Dossier:
        dossier = Dossier.get_or_none(Dossier.number == number.strip())
        if dossier is None:
            raise NotFoundError(f"Dossier {number} bestaat niet.")
        return self.get(dossier.id)

    def count(self, query: DossierQuery) -> int:
        return int(self._select(query).count())

    def rows(self, query: DossierQuery, offset: int, limit: int) -> list[DossierRow]:
        """One page of the list, sorted and filtered by the database."""
        select = self._select(query).order_by(*self._order(query)).offset(offset).limit(limit)
        out: list[DossierRow] = []
        row: dict[str, Any]
        for row in select.dicts():
            r = row
            make_model = " ".join(p for p in (r["make"], r["model"]) if p)
            out.append(
                DossierRow(
                    id=r["id"],
                    number=r["number"],
                    license_plate=r["license_plate"],
                    make_model=make_model,
                    customer_name=r["customer_name"],
                    repairer_name=r["repairer_name"],
                    status=r["status"],
                    created_at=cast(dt.datetime, Dossier.created_at.python_value(r["created_at"])),
                )
            )
        return out

    def open_dossiers_for_plate(self, repairer_id: int, plate: str) -> list[Dossier]:
        """Open dossiers of a repairer for a plate: where an incoming assignment belongs."""
        normalised = normalise_plate(plate)
        if normalised is None:
            return []
        return list(
            Dossier.select(Dossier)
            .join(Vehicle)
            .where(
                (Dossier.repairer == repairer_id)
                & (Vehicle.license_plate == normalised.text)
                & (Dossier.status.in_([DossierStatus.OPEN.value, DossierStatus.IN_PROGRESS.value]))
            )
            .order_by(Dossier.created_at.desc())
        )

    def _select(self, query: DossierQuery) -> Any:
        select = (
            Dossier.select(
                Dossier.id,
                Dossier.number,
                Dossier.status,
                Dossier.created_at,
                Vehicle.license_plate,
                Vehicle.make,
                Vehicle.model,
                Customer.name.alias("customer_name"),
                Repairer.name.alias("repairer_name"),
            )
            .join(Repairer)
            .switch(Dossier)
            .join(Customer, peewee.JOIN.LEFT_OUTER)
            .switch(Dossier)
            .join(Vehicle, peewee.JOIN.LEFT_OUTER)
        )
        if query.repairer_id is not None:
            select = select.where(Dossier.repairer == query.repairer_id)
        text = query.search.strip()
        if text:
            like = f"%{text}%"
            plate_like = f"%{search_key(text)}%"
            plate_compact = peewee.fn.REPLACE(peewee.fn.UPPER(Vehicle.license_plate), "-", "")
            select = select.where(
                (Dossier.number**like)
                | (Customer.name**like)
                | (plate_compact**plate_like)
                | (Dossier.claim_number**like)
            )
        return select

    @staticmethod
    def _order(query: DossierQuery) -> list[peewee.Ordering]:
        column: Any = {
            SortColumn.NUMBER: Dossier.number,
            SortColumn.PLATE: Vehicle.license_plate,
            SortColumn.CUSTOMER: peewee.fn.LOWER(Customer.name),
            SortColumn.REPAIRER: peewee.fn.LOWER(Repairer.name),
            SortColumn.STATUS: Dossier.status,
            SortColumn.CREATED: Dossier.created_at,
        }[query.sort]
        return stable_order(column, Dossier.id, descending=query.descending)

    # Writing ---------------------------------------------------------------------------------
    def create(self, data: DossierInput, *, number: str | None = None) -> Dossier:
        values = self._validated(data)
        try:
            with self._database.write():
                dossier_number = number.strip() if number else self.numbers.next()
                customer = self._save_customer(None, data.customer)
                vehicle = self._save_vehicle(None, data.vehicle)
                dossier = Dossier.create(number=dossier_number, customer=customer, vehicle=vehicle, **values)
                audit.record("dossier.create", {"id": dossier.id, "number": dossier_number})
        except peewee.IntegrityError:
            raise ValidationError(f"Het dossiernummer {number} bestaat al.", field="number") from None
        return self.get(dossier.id)

    def update(self, dossier_id: int, data: DossierInput) -> Dossier:
        values = self._validated(data)
        with self._database.write():
            dossier = self.get(dossier_id)
            customer = self._save_customer(dossier.customer, data.customer)
            vehicle = self._save_vehicle(dossier.vehicle, data.vehicle)
            Dossier.update(customer=customer, vehicle=vehicle, updated_at=utcnow(), **values).where(
                Dossier.id == dossier_id
            ).execute()
            audit.record("dossier.update", {"id": dossier_id, "number": dossier.number})
        return self.get(dossier_id)

    @staticmethod
    def _validated(data: DossierInput) -> dict[str, object]:
        if Repairer.get_or_none(Repairer.id == data.repairer_id) is None:
            raise ValidationError("Kies een hersteller voor dit dossier.", field="repairer")
        if data.odometer_km is not None and data.odometer_km < 0:
            raise ValidationError("De km-stand moet 0 of meer zijn.", field="odometer_km")
        if data.status not in STATUS_LABELS:
            raise ValidationError("Onbekende dossierstatus.", field="status")
        return {
            "repairer": data.repairer_id,
            "odometer_km": data.odometer_km,
            "status": data.status,
            "description": _clean(data.description),
            "insurer_name": _clean(data.insurer_name),
            "claim_number": _clean(data.claim_number),
        }

    @staticmethod
    def _save_customer(existing: Customer | None, data: CustomerInput) -> Customer | None:
        values = {
            "name": _clean(data.name),
            "phone": _clean(data.phone),
            "email": _clean(data.email),
            "address": _clean(data.address),
        }
        if not any(values.values()):
            return existing
        if values["email"] and "@" not in str(values["email"]):
            raise ValidationError("Het e-mailadres van de klant is ongeldig.", field="email")
        if not values["name"]:
            raise ValidationError("Geef de naam van de klant in.", field="customer_name")
        if existing is None:
            return Customer.create(**values)
        Customer.update(**values).where(Customer.id == existing.id).execute()
        return existing

    @staticmethod
    def _save_vehicle(existing: Vehicle | None, data: VehicleInput) -> Vehicle | None:
        plate = normalise_plate(data.license_plate)
        vin = _clean(data.vin)
        if vin is not None:
            vin = vin.upper()
            if len(vin) > 17:
                raise ValidationError("Een chassisnummer (VIN) heeft hoogstens 17 tekens.", field="vin")
        values = {
            "license_plate": plate.text if plate else None,
            "vin": vin,
            "make": _clean(data.make),
            "model": _clean(data.model),
            "first_registration": data.first_registration,
        }
        if not any(values.values()):
            return existing
        if existing is None:
            return Vehicle.create(**values)
        Vehicle.update(**values).where(Vehicle.id == existing.id).execute()
        return existing
