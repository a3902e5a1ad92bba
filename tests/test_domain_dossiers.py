"""Dossiers: create, update, the number sequence, and the SQL-paged list with search and sort."""

from __future__ import annotations

import datetime as dt

import pytest

from planmanager_desktop.composition import Services
from planmanager_desktop.domain.dossiers import (
    CustomerInput,
    DossierInput,
    DossierQuery,
    SortColumn,
    VehicleInput,
)
from planmanager_desktop.domain.errors import NotFoundError, ValidationError
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.persistence.models import AuditLog, Customer, Dossier, Repairer, Vehicle


@pytest.fixture
def repairer(services: Services) -> Repairer:
    return services.repairers.add(RepairerInput("Carrosserie IndyPro BV", external_reference="0566988259"))


def _dossier(
    services: Services,
    repairer: Repairer,
    *,
    customer: str = "",
    plate: str = "",
    claim: str = "",
    status: str = "open",
    number: str | None = None,
) -> Dossier:
    return services.dossiers.create(
        DossierInput(
            repairer_id=repairer.id,
            customer=CustomerInput(name=customer),
            vehicle=VehicleInput(license_plate=plate),
            claim_number=claim,
            status=status,
        ),
        number=number,
    )


def test_create_with_customer_and_vehicle_and_audit(services: Services, repairer: Repairer) -> None:
    dossier = services.dossiers.create(
        DossierInput(
            repairer_id=repairer.id,
            customer=CustomerInput(
                name=" Jan Peeters ", phone="+32 470 12 34 56", email="jan.peeters@example.be"
            ),
            vehicle=VehicleInput(
                license_plate="1abc123",
                vin="wvwzzzauzkw123456",
                make="Volkswagen",
                model="Golf",
                first_registration=dt.date(2019, 3, 14),
            ),
            odometer_km=84_210,
            description="Achterbumper",
            insurer_name="AG Insurance",
        )
    )
    assert dossier.customer.name == "Jan Peeters"
    assert dossier.vehicle.license_plate == "1-ABC-123"
    assert dossier.vehicle.vin == "WVWZZZAUZKW123456"
    assert (dossier.odometer_km, dossier.status, dossier.repairer.name) == (
        84_210,
        "open",
        "Carrosserie IndyPro BV",
    )
    assert AuditLog.select().where(AuditLog.action == "dossier.create").count() == 1


def test_create_without_customer_or_vehicle_stores_none(services: Services, repairer: Repairer) -> None:
    dossier = services.dossiers.create(DossierInput(repairer_id=repairer.id))
    assert dossier.customer is None and dossier.vehicle is None
    assert Customer.select().count() == 0 and Vehicle.select().count() == 0


def test_numbers_follow_a_sequence_per_year(services: Services, repairer: Repairer) -> None:
    year = dt.date.today().year
    numbers = [_dossier(services, repairer).number for _ in range(3)]
    assert numbers == [f"PM-{year}-0001", f"PM-{year}-0002", f"PM-{year}-0003"]


def test_a_number_typed_by_hand_is_skipped_by_the_sequence(services: Services, repairer: Repairer) -> None:
    year = dt.date.today().year
    _dossier(services, repairer, number=f"PM-{year}-0001")
    assert _dossier(services, repairer).number == f"PM-{year}-0002"


def test_duplicate_number_is_refused_and_nothing_is_left_behind(
    services: Services, repairer: Repairer
) -> None:
    _dossier(services, repairer, number="EIGEN-1", customer="Eerste")
    with pytest.raises(ValidationError, match="EIGEN-1 bestaat al"):
        _dossier(services, repairer, number="EIGEN-1", customer="Tweede")
    assert Dossier.select().count() == 1
    assert [c.name for c in Customer.select()] == ["Eerste"]  # the transaction rolled back


def test_update_changes_dossier_customer_and_vehicle(services: Services, repairer: Repairer) -> None:
    dossier = _dossier(services, repairer, customer="Marie Dubois", plate="1-DKR-482")
    customer_id, vehicle_id = dossier.customer.id, dossier.vehicle.id
    updated = services.dossiers.update(
        dossier.id,
        DossierInput(
            repairer_id=repairer.id,
            customer=CustomerInput(name="Marie Dubois-Lambert", email="marie@example.be"),
            vehicle=VehicleInput(license_plate="2 ghj 001", make="Renault"),
            odometer_km=31_450,
            status="in_progress",
        ),
    )
    assert (updated.customer.id, updated.vehicle.id) == (customer_id, vehicle_id)  # same rows
    assert updated.customer.name == "Marie Dubois-Lambert"
    assert updated.vehicle.license_plate == "2-GHJ-001"
    assert (updated.odometer_km, updated.status) == (31_450, "in_progress")
    assert updated.updated_at >= dossier.updated_at
    assert AuditLog.select().where(AuditLog.action == "dossier.update").count() == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"repairer_id": 9999}, "repairer"),
        ({"odometer_km": -1}, "odometer_km"),
        ({"status": "weg"}, "status"),
        ({"customer": CustomerInput(name="X", email="geen-adres")}, "email"),
        ({"customer": CustomerInput(phone="+32 470 00 00 00")}, "customer_name"),
        ({"vehicle": VehicleInput(vin="X" * 18)}, "vin"),
    ],
)
def test_invalid_input_names_the_field(
    services: Services, repairer: Repairer, changes: dict[str, object], field: str
) -> None:
    values: dict[str, object] = {"repairer_id": repairer.id, **changes}
    with pytest.raises(ValidationError) as info:
        services.dossiers.create(DossierInput(**values))  # type: ignore[arg-type]
    assert info.value.field == field
    assert Dossier.select().count() == 0


def test_get_and_by_number(services: Services, repairer: Repairer) -> None:
    dossier = _dossier(services, repairer, number="PM-2020-0042")
    assert services.dossiers.by_number(" PM-2020-0042 ").id == dossier.id
    with pytest.raises(NotFoundError, match="Dossier PM-2020-9999 bestaat niet"):
        services.dossiers.by_number("PM-2020-9999")
    with pytest.raises(NotFoundError):
        services.dossiers.get(123456)


@pytest.fixture
def listed(services: Services, repairer: Repairer) -> Services:
    other = services.repairers.add(RepairerInput("Garage Dubois SPRL"))
    _dossier(services, repairer, customer="Jan Peeters", plate="1-ABC-123", number="PM-2024-0001")
    _dossier(services, repairer, customer="marie Dubois", plate="2-DEF-456", number="PM-2024-0002")
    _dossier(services, other, customer="Luc Janssens", plate="ABC-999", claim="AG-77", number="PM-2024-0003")
    _dossier(services, other, number="PM-2024-0004")  # no customer, no vehicle
    return services


@pytest.mark.parametrize(
    ("search", "numbers"),
    [
        ("PM-2024-0002", ["PM-2024-0002"]),
        ("1-ABC-123", ["PM-2024-0001"]),
        ("1abc123", ["PM-2024-0001"]),  # plate without dashes
        ("1 abc 123", ["PM-2024-0001"]),
        ("abc", ["PM-2024-0001", "PM-2024-0003"]),
        ("dubois", ["PM-2024-0002"]),  # customer name, any case; not the repairer's name
        ("AG-77", ["PM-2024-0003"]),  # claim number
        ("niets", []),
    ],
)
def test_search_by_number_plate_customer_and_claim(listed: Services, search: str, numbers: list[str]) -> None:
    query = DossierQuery(search=search, sort=SortColumn.NUMBER, descending=False)
    assert [r.number for r in listed.dossiers.rows(query, 0, 50)] == numbers
    assert listed.dossiers.count(query) == len(numbers)


def test_filter_by_repairer(listed: Services) -> None:
    dubois = listed.repairers.by_name("Garage Dubois SPRL")
    query = DossierQuery(repairer_id=dubois.id, sort=SortColumn.NUMBER, descending=False)
    assert [r.number for r in listed.dossiers.rows(query, 0, 50)] == ["PM-2024-0003", "PM-2024-0004"]


def test_paging_is_done_by_the_database(listed: Services) -> None:
    query = DossierQuery(sort=SortColumn.NUMBER, descending=False)
    assert listed.dossiers.count(query) == 4
    pages = [[r.number for r in listed.dossiers.rows(query, offset, 3)] for offset in (0, 3)]
    assert pages == [["PM-2024-0001", "PM-2024-0002", "PM-2024-0003"], ["PM-2024-0004"]]


def test_sort_by_customer_ignores_case_and_puts_empty_last(listed: Services) -> None:
    ascending = listed.dossiers.rows(DossierQuery(sort=SortColumn.CUSTOMER, descending=False), 0, 10)
    assert [r.customer_name for r in ascending] == ["Jan Peeters", "Luc Janssens", "marie Dubois", None]
    descending = listed.dossiers.rows(DossierQuery(sort=SortColumn.CUSTOMER, descending=True), 0, 10)
    assert [r.customer_name for r in descending] == ["marie Dubois", "Luc Janssens", "Jan Peeters", None]


def test_rows_carry_what_the_list_shows(listed: Services) -> None:
    row = listed.dossiers.rows(DossierQuery(search="PM-2024-0001"), 0, 1)[0]
    assert (row.license_plate, row.customer_name, row.repairer_name, row.status) == (
        "1-ABC-123",
        "Jan Peeters",
        "Carrosserie IndyPro BV",
        "open",
    )
    assert row.created_at.tzinfo is not None


def test_open_dossiers_for_plate(listed: Services, repairer: Repairer) -> None:
    """Where an incoming assignment belongs (C360-SYNC-5): open dossiers of the repairer, any spelling."""
    assert [d.number for d in listed.dossiers.open_dossiers_for_plate(repairer.id, "1abc123")] == [
        "PM-2024-0001"
    ]
    closed = listed.dossiers.by_number("PM-2024-0001")
    listed.dossiers.update(
        closed.id,
        DossierInput(
            repairer_id=repairer.id, vehicle=VehicleInput(license_plate="1-ABC-123"), status="closed"
        ),
    )
    assert listed.dossiers.open_dossiers_for_plate(repairer.id, "1-ABC-123") == []
    assert listed.dossiers.open_dossiers_for_plate(repairer.id, "") == []
