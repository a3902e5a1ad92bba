"""Repairers ("herstellers"): add, update, duplicates, lookup by name for the helpdesk."""

from __future__ import annotations

import json

import pytest

from planmanager_desktop.composition import Services
from planmanager_desktop.domain.errors import NotFoundError, ValidationError
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.persistence.models import AuditLog, Repairer


def test_C360_ADM_1_add_trims_and_audits(services: Services) -> None:
    repairer = services.repairers.add(
        RepairerInput("  Carrosserie IndyPro BV ", external_reference=" 0566988259 ", address="")
    )
    assert (repairer.name, repairer.external_reference, repairer.address) == (
        "Carrosserie IndyPro BV",
        "0566988259",
        None,
    )
    entry = AuditLog.get(AuditLog.action == "repairer.add")
    assert json.loads(entry.details)["name"] == "Carrosserie IndyPro BV"


def test_update_changes_fields_and_audits(services: Services) -> None:
    repairer = services.repairers.add(RepairerInput("Garage Dubois"))
    updated = services.repairers.update(
        repairer.id, RepairerInput("Garage Dubois SPRL", external_reference="0751904309")
    )
    assert (updated.name, updated.external_reference) == ("Garage Dubois SPRL", "0751904309")
    assert AuditLog.select().where(AuditLog.action == "repairer.update").count() == 1
    # Saving a repairer under its own name and reference is not a duplicate.
    services.repairers.update(
        repairer.id, RepairerInput("garage dubois sprl", external_reference="0751904309")
    )


def test_duplicate_name_is_refused_case_insensitively(services: Services) -> None:
    services.repairers.add(RepairerInput("Carrosserie Van den Broeck"))
    with pytest.raises(ValidationError, match="bestaat al een hersteller") as info:
        services.repairers.add(RepairerInput("CARROSSERIE VAN DEN BROECK"))
    assert info.value.field == "name"
    assert Repairer.select().count() == 1


def test_duplicate_external_reference_names_the_other_repairer(services: Services) -> None:
    services.repairers.add(RepairerInput("Eerste", external_reference="0566988259"))
    second = services.repairers.add(RepairerInput("Tweede"))
    with pytest.raises(ValidationError, match="al gekoppeld aan hersteller Eerste") as info:
        services.repairers.update(second.id, RepairerInput("Tweede", external_reference="0566988259"))
    assert info.value.field == "external_reference"
    with pytest.raises(ValidationError, match="al gekoppeld"):
        services.repairers.add(RepairerInput("Derde", external_reference="0566988259"))


def test_update_to_another_repairers_name_is_refused(services: Services) -> None:
    services.repairers.add(RepairerInput("Eerste"))
    second = services.repairers.add(RepairerInput("Tweede"))
    with pytest.raises(ValidationError, match="bestaat al"):
        services.repairers.update(second.id, RepairerInput("eerste"))
    assert services.repairers.get(second.id).name == "Tweede"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (RepairerInput("   "), "Geef de naam"),
        (RepairerInput("x" * 201), "hoogstens 200 tekens"),
        (RepairerInput("Ok", external_reference="9" * 65), "hoogstens 64 tekens"),
    ],
)
def test_invalid_input_is_refused_with_a_dutch_message(
    services: Services, data: RepairerInput, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        services.repairers.add(data)
    assert Repairer.select().count() == 0


def test_by_name_exact_then_case_insensitive(services: Services) -> None:
    indypro = services.repairers.add(RepairerInput("Carrosserie IndyPro BV"))
    assert services.repairers.by_name("Carrosserie IndyPro BV").id == indypro.id
    assert services.repairers.by_name("  carrosserie indypro bv ").id == indypro.id


def test_unknown_name_lists_the_known_repairers(services: Services) -> None:
    """C360-CLI: the helpdesk typed a name that does not exist; the message helps them on."""
    with pytest.raises(NotFoundError, match=r"Bekende herstellers: \(geen\)"):
        services.repairers.by_name("Niemand")
    services.repairers.add(RepairerInput("Garage Dubois SPRL"))
    services.repairers.add(RepairerInput("Carrosserie Van den Broeck"))
    with pytest.raises(NotFoundError) as info:
        services.repairers.by_name("Garage Nergens")
    assert str(info.value) == (
        "Onbekende hersteller 'Garage Nergens'. "
        "Bekende herstellers: Carrosserie Van den Broeck, Garage Dubois SPRL."
    )


def test_list_is_sorted_by_name_ignoring_case(services: Services) -> None:
    for name in ("garage b", "Carrosserie C", "Autohuis A"):
        services.repairers.add(RepairerInput(name))
    assert [r.name for r in services.repairers.list()] == ["Autohuis A", "Carrosserie C", "garage b"]


def test_get_unknown_id(services: Services) -> None:
    with pytest.raises(NotFoundError, match="bestaat niet"):
        services.repairers.get(999)
