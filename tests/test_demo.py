"""The demo data (C360-ADM-1 "load demo data"): complete, realistic, consistent, loaded once."""

from __future__ import annotations

import io
import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from PIL import Image
from stdnum.be import vat

from planmanager_desktop.composition import Services
from planmanager_desktop.demo import (
    DOSSIERS,
    REPAIRERS,
    VAT_RATE,
    DemoRefusedError,
    load_demo,
    load_demo_if_empty,
    render_photo,
)
from planmanager_desktop.domain.dossiers import DossierInput
from planmanager_desktop.domain.plates import normalise_plate
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.persistence.models import (
    AuditLog,
    Customer,
    Dossier,
    EstimateLine,
    EstimateVersion,
    Photo,
    Repairer,
    Vehicle,
)


def test_C360_ADM_1_demo_loads_repairers_dossiers_photos_and_an_estimate(services: Services) -> None:
    summary = load_demo(services)
    assert (summary.repairers, summary.dossiers, summary.estimates) == (3, 12, 1)
    assert summary.photos == sum(d.photos for d in DOSSIERS) == Photo.select().count()
    assert Repairer.select().count() == 3
    assert Dossier.select().count() == 12
    assert {d.status for d in Dossier.select()} >= {"open", "in_progress", "closed"}
    assert AuditLog.select().where(AuditLog.action == "demo.load").count() == 1
    assert AuditLog.select().where(AuditLog.action == "dossier.create").count() == 12


def test_demo_is_refused_on_a_database_with_dossiers_and_never_duplicates(services: Services) -> None:
    load_demo(services)
    audit_before = AuditLog.select().count()
    with pytest.raises(DemoRefusedError, match="bevat al 12 dossiers"):
        load_demo(services)
    assert AuditLog.select().count() == audit_before  # refused before anything was written
    assert load_demo_if_empty(services) is None
    again = load_demo(services, force=True)
    assert (again.repairers, again.dossiers, again.photos) == (0, 0, 0)
    assert (Repairer.select().count(), Dossier.select().count()) == (3, 12)


def test_demo_refuses_a_database_with_real_work(services: Services) -> None:
    repairer = services.repairers.add(RepairerInput("Echt"))
    services.dossiers.create(DossierInput(repairer_id=repairer.id))
    with pytest.raises(DemoRefusedError, match="bevat al 1 dossier:"):
        load_demo(services)
    assert Repairer.select().count() == 1


def test_demo_repairers_have_valid_belgian_enterprise_numbers() -> None:
    """Their external reference pre-fills the Carrosserie Id (C360-CFG-2), which is VAT-checked."""
    assert "0566988259" in {r.external_reference for r in REPAIRERS}
    for repairer in REPAIRERS:
        assert vat.is_valid(repairer.external_reference), repairer
        number = int(repairer.external_reference)
        assert 97 - (number // 100) % 97 == number % 100  # the mod-97 check, spelled out


def test_demo_customers_and_vehicles_look_belgian(services: Services) -> None:
    load_demo(services)
    for customer in Customer.select():
        assert re.fullmatch(r"\+32 4\d\d( \d\d){3}", customer.phone), customer.phone
        assert customer.email.endswith("@example.be")
    for vehicle in Vehicle.select():
        plate = normalise_plate(vehicle.license_plate)
        assert plate is not None and plate.belgian and plate.text == vehicle.license_plate
        assert re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", vehicle.vin), vehicle.vin  # no I, O, Q
        assert vehicle.make and vehicle.model and vehicle.first_registration
    assert all(d.odometer_km and d.odometer_km > 0 for d in Dossier.select())


def test_demo_estimate_lines_add_up_to_the_totals(services: Services) -> None:
    """Money is exact: the lines add up per kind, and VAT is 21 % of the net total, to the cent."""
    load_demo(services)
    version = EstimateVersion.get()
    lines = list(
        EstimateLine.select().where(EstimateLine.estimate_version == version).order_by(EstimateLine.line_no)
    )
    assert len(lines) >= 5
    for line in lines:
        assert isinstance(line.amount, Decimal)
        assert line.amount == (line.quantity * line.unit_price).quantize(Decimal("0.01"), ROUND_HALF_UP)
    by_kind = {kind: sum((ln.amount for ln in lines if ln.kind == kind), Decimal(0)) for kind in
               ("part", "labour", "paint", "other")}  # fmt: skip
    assert version.total_parts == by_kind["part"]
    assert version.total_labour == by_kind["labour"]
    assert version.total_paint == by_kind["paint"]
    assert version.total_other == by_kind["other"]
    assert version.total_net == sum(by_kind.values())
    assert version.total_vat == (version.total_net * VAT_RATE).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert version.total_gross == version.total_net + version.total_vat


def test_C360_PHO_3_demo_photos_are_real_jpeg_images(services: Services) -> None:
    load_demo(services)
    photos = list(Photo.select())
    assert photos
    for photo in photos:
        path = services.photos.store.path(photo)
        assert path.is_file()
        with Image.open(path) as image:
            image.verify()
        with Image.open(path) as image:
            assert (image.format, image.size) == ("JPEG", (photo.width, photo.height))
        assert photo.content_type == "image/jpeg"
    # Distinct images (the duplicate check would otherwise have dropped some).
    assert len({p.sha256 for p in photos}) == len(photos)
    thumb = services.photos.store.thumbnail(photos[0])
    assert thumb.is_file()


def test_rendered_photo_differs_per_index() -> None:
    first = render_photo("PM-2025-0001", "1-ABC-123", "Volkswagen", 0)
    second = render_photo("PM-2025-0001", "1-ABC-123", "Volkswagen", 1)
    assert first != second
    assert Image.open(io.BytesIO(first)).format == "JPEG"
