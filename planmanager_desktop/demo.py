"""Demo data: three body shops, a dozen dossiers with photos and an estimate (no Qt).

A newcomer opens ``planmanager-desktop --demo`` and sees every screen filled with data that looks
like a Belgian body shop's: Dutch and French names, +32 phone numbers, ``1-ABC-123`` plates, real
makes and models, estimates with 21 % VAT. Everything goes through the services, so it is
validated and audit-logged like a user's own input, and it is loaded in one write transaction:
either all of it or nothing.

Loading is refused on a database that already has dossiers (unless ``force``); with ``force``
nothing is duplicated either: repairers are found by name and dossiers by their fixed number.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from PIL import ImageFont

from planmanager_desktop.composition import Services
from planmanager_desktop.domain.dossiers import CustomerInput, DossierInput, VehicleInput
from planmanager_desktop.domain.errors import DomainError, NotFoundError
from planmanager_desktop.domain.photos import check_image
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.persistence import audit
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import (
    Dossier,
    DossierStatus,
    EstimateLine,
    EstimateVersion,
    Repairer,
)

VAT_RATE = Decimal("0.21")
CENT = Decimal("0.01")


class DemoRefusedError(DomainError):
    """The database already holds real work: demo data would mix with it."""


@dataclass(frozen=True)
class DemoRepairer:
    name: str
    external_reference: str  # a Belgian enterprise number with a valid mod-97 check
    address: str


@dataclass(frozen=True)
class DemoDossier:
    number_suffix: int
    repairer: int  # index into REPAIRERS
    customer: CustomerInput
    vehicle: VehicleInput
    odometer_km: int
    status: DossierStatus
    description: str
    insurer: str
    claim_number: str
    days_ago: int
    photos: int


REPAIRERS: tuple[DemoRepairer, ...] = (
    DemoRepairer("Carrosserie IndyPro BV", "0566988259", "Industrieweg 14, 9000 Gent"),
    DemoRepairer("Carrosserie Van den Broeck", "0423187640", "Mechelsesteenweg 212, 2018 Antwerpen"),
    DemoRepairer("Garage Dubois SPRL", "0712349093", "Chaussée de Louvain 88, 5000 Namur"),
)


def _d(
    suffix: int,
    repairer: int,
    customer: tuple[str, str, str, str],
    vehicle: tuple[str, str, str, str, dt.date],
    km: int,
    status: DossierStatus,
    description: str,
    insurer: str,
    claim: str,
    days_ago: int,
    photos: int,
) -> DemoDossier:
    name, phone, email, address = customer
    plate, vin, make, model, first_registration = vehicle
    return DemoDossier(
        number_suffix=suffix,
        repairer=repairer,
        customer=CustomerInput(name=name, phone=phone, email=email, address=address),
        vehicle=VehicleInput(
            license_plate=plate, vin=vin, make=make, model=model, first_registration=first_registration
        ),
        odometer_km=km,
        status=status,
        description=description,
        insurer=insurer,
        claim_number=claim,
        days_ago=days_ago,
        photos=photos,
    )


_O, _P, _C = DossierStatus.OPEN, DossierStatus.IN_PROGRESS, DossierStatus.CLOSED

DOSSIERS: tuple[DemoDossier, ...] = (
    _d(
        1,
        0,
        ("Jan Peeters", "+32 470 12 34 56", "jan.peeters@example.be", "Kerkstraat 12, 9000 Gent"),
        ("1-ABC-123", "WVWZZZAUZKW123456", "Volkswagen", "Golf VII 1.6 TDI", dt.date(2019, 3, 14)),
        84_210,
        _P,
        "Aanrijding achteraan: achterbumper en achterklep",
        "AG Insurance",
        "AG-2024-118734",
        3,
        3,
    ),
    _d(
        2,
        0,
        ("Marie Dubois", "+32 478 65 43 21", "marie.dubois@example.be", "Rue Haute 5, 1000 Bruxelles"),
        ("1-DKR-482", "VF1RFB00X63549871", "Renault", "Clio V 1.0 TCe", dt.date(2021, 6, 2)),
        31_450,
        _O,
        "Parkeerschade linkerportier",
        "Ethias",
        "ETH-77120934",
        1,
        2,
    ),
    _d(
        3,
        0,
        ("Luc Janssens", "+32 495 22 18 90", "luc.janssens@example.be", "Stationsstraat 40, 2800 Mechelen"),
        ("2-GHT-719", "WBA8E1106J5K82731", "BMW", "320d Touring", dt.date(2022, 1, 20)),
        45_900,
        _O,
        "Hagelschade motorkap en dak",
        "KBC Verzekeringen",
        "KBC-5512-0931",
        6,
        2,
    ),
    _d(
        4,
        0,
        ("Sofie Maes", "+32 486 47 03 12", "sofie.maes@example.be", "Veldstraat 77, 8500 Kortrijk"),
        ("1-PQZ-305", "VF3MCYHZRKS274110", "Peugeot", "3008 1.5 BlueHDi", dt.date(2020, 9, 8)),
        62_035,
        _C,
        "Voorbumper en koplamp rechts vervangen",
        "P&V Verzekeringen",
        "PV-20240311-88",
        40,
        1,
    ),
    _d(
        5,
        1,
        (
            "Pieter Claes",
            "+32 472 90 11 25",
            "pieter.claes@example.be",
            "Lange Leemstraat 150, 2018 Antwerpen",
        ),
        ("1-JXW-864", "TMBJJ7NE5L0123987", "Škoda", "Octavia Combi 2.0 TDI", dt.date(2020, 2, 27)),
        118_400,
        _P,
        "Schade rechterflank na aanrijding met paal",
        "Baloise Insurance",
        "BAL-903417",
        9,
        2,
    ),
    _d(
        6,
        1,
        ("Els Wouters", "+32 468 33 72 01", "els.wouters@example.be", "Diestsestraat 9, 3000 Leuven"),
        ("2-ABM-257", "SB1K93BE10E765432", "Toyota", "Corolla 1.8 Hybrid", dt.date(2023, 4, 11)),
        18_760,
        _O,
        "Kras over achterportier links",
        "AXA Belgium",
        "AXA-BE-4471029",
        2,
        1,
    ),
    _d(
        7,
        1,
        ("Kevin Goossens", "+32 491 58 26 44", "kevin.goossens@example.be", "Grote Markt 3, 2300 Turnhout"),
        ("1-TRV-910", "WF0XXXGCDXKB54321", "Ford", "Focus 1.0 EcoBoost", dt.date(2019, 11, 5)),
        97_320,
        _C,
        "Voorruit vervangen (steenslag)",
        "Allianz Benelux",
        "ALZ-6620118",
        55,
        0,
    ),
    _d(
        8,
        1,
        ("An De Smet", "+32 477 81 90 36", "an.desmet@example.be", "Nieuwstraat 21, 9100 Sint-Niklaas"),
        ("1-NLC-046", "W0L0AHL48J2093456", "Opel", "Astra K 1.4 Turbo", dt.date(2018, 7, 23)),
        134_880,
        _O,
        "Aanrijding vooraan: motorkap, voorbumper, radiator",
        "AG Insurance",
        "AG-2024-120551",
        0,
        2,
    ),
    _d(
        9,
        2,
        ("Nathalie Lambert", "+32 474 09 55 18", "nathalie.lambert@example.be", "Rue de Fer 14, 5000 Namur"),
        ("1-FGS-632", "VF7SXHMZ6KT528741", "Citroën", "C4 Cactus 1.2 PureTech", dt.date(2019, 5, 16)),
        71_245,
        _P,
        "Dégâts carrosserie porte avant droite",
        "Ethias",
        "ETH-77135002",
        4,
        2,
    ),
    _d(
        10,
        2,
        (
            "Isabelle Dupont",
            "+32 485 66 20 73",
            "isabelle.dupont@example.be",
            "Avenue Louise 230, 1050 Ixelles",
        ),
        ("2-CVB-184", "WAUZZZF46LA031742", "Audi", "A4 Avant 35 TDI", dt.date(2022, 10, 3)),
        27_890,
        _O,
        "Rétroviseur et aile gauche",
        "AXA Belgium",
        "AXA-BE-4480317",
        1,
        1,
    ),
    _d(
        11,
        2,
        ("Tom Willems", "+32 499 14 87 52", "tom.willems@example.be", "Hasseltweg 66, 3600 Genk"),
        ("1-LMK-578", "WDD2050041R482913", "Mercedes-Benz", "C 200 d", dt.date(2020, 12, 9)),
        89_600,
        _C,
        "Spuitwerk achterbumper na parkeerschade",
        "Baloise Insurance",
        "BAL-911284",
        30,
        1,
    ),
    _d(
        12,
        2,
        (
            "Bart Vermeulen",
            "+32 473 30 44 69",
            "bart.vermeulen@example.be",
            "Brugsesteenweg 301, 8800 Roeselare",
        ),
        ("1-WEX-391", "YV1XZK7V6N2765109", "Volvo", "XC40 B4", dt.date(2022, 3, 30)),
        41_120,
        _O,
        "Schade achterklep en trekhaak",
        "KBC Verzekeringen",
        "KBC-5512-1187",
        5,
        2,
    ),
)

#: The estimate of dossier 1: (kind, code, description, quantity, unit price excl. VAT).
ESTIMATE_LINES: tuple[tuple[str, str, str, str, str], ...] = (
    ("part", "5G6807421GRU", "Achterbumper, gegrond", "1", "412.50"),
    ("part", "5G6827025A", "Achterklep", "1", "689.90"),
    ("part", "5G0945095P", "Achterlicht links", "1", "187.35"),
    ("labour", "AR-BUMP", "Achterbumper demonteren en monteren (uren)", "1.5", "62.00"),
    ("labour", "AR-KLEP", "Achterklep vervangen en afstellen (uren)", "2.4", "62.00"),
    ("paint", "LAK-2L", "Spuitwerk achterbumper en achterklep (uren)", "3.2", "58.00"),
    ("paint", "LAKMAT", "Lakmateriaal", "1", "214.60"),
    ("other", "MILIEU", "Milieubijdrage en klein materiaal", "1", "18.75"),
)


@dataclass(frozen=True)
class DemoSummary:
    repairers: int
    dossiers: int
    photos: int
    estimates: int

    def describe(self) -> str:
        return (
            f"{self.repairers} herstellers, {self.dossiers} dossiers, {self.photos} foto's, "
            f"{self.estimates} bestek{'ken' if self.estimates != 1 else ''}."
        )


def demo_number(suffix: int, today: dt.date | None = None) -> str:
    """Demo dossiers have fixed numbers in this year's series, so ``force`` never duplicates them."""
    year = (today or dt.date.today()).year
    return f"PM-{year}-{suffix:04d}"


def load_demo_if_empty(services: Services) -> DemoSummary | None:
    """For ``--demo``: fill a database without dossiers; leave one with dossiers as it is."""
    if Dossier.select().exists():
        return None
    return load_demo(services)


def load_demo(services: Services, *, force: bool = False) -> DemoSummary:
    """Load the demo data in one transaction (C360-ADM-1: audit-logged as ``demo.load``)."""
    existing = Dossier.select().count()
    if existing and not force:
        raise DemoRefusedError(
            f"Deze database bevat al {existing} dossier{'s' if existing != 1 else ''}: demogegevens "
            "worden alleen in een lege database geladen, zodat ze nooit met echt werk vermengd raken. "
            "Gebruik een andere --database, of --force om ze toch toe te voegen."
        )
    repairers = dossiers = photos = estimates = 0
    with services.database.write():
        repairer_ids: list[int] = []
        for demo_repairer in REPAIRERS:
            repairer = Repairer.get_or_none(Repairer.name == demo_repairer.name)
            if repairer is None:
                repairer = services.repairers.add(
                    RepairerInput(
                        name=demo_repairer.name,
                        external_reference=demo_repairer.external_reference,
                        vat_number=f"BE{demo_repairer.external_reference}",
                        address=demo_repairer.address,
                    )
                )
                repairers += 1
            repairer_ids.append(repairer.id)
        now = utcnow()
        for demo in DOSSIERS:
            number = demo_number(demo.number_suffix)
            try:
                services.dossiers.by_number(number)
                continue  # already there (a second load with force)
            except NotFoundError:
                pass
            dossier = services.dossiers.create(
                DossierInput(
                    repairer_id=repairer_ids[demo.repairer],
                    customer=demo.customer,
                    vehicle=demo.vehicle,
                    odometer_km=demo.odometer_km,
                    status=demo.status.value,
                    description=demo.description,
                    insurer_name=demo.insurer,
                    claim_number=demo.claim_number,
                ),
                number=number,
            )
            created = now - dt.timedelta(days=demo.days_ago, hours=demo.number_suffix)
            Dossier.update(created_at=created, updated_at=created).where(Dossier.id == dossier.id).execute()
            dossiers += 1
            plate = demo.vehicle.license_plate
            for index in range(demo.photos):
                checked = check_image(render_photo(number, plate, demo.vehicle.make, index))
                photo = services.photos.add_checked(
                    dossier.id, checked, original_name=f"foto-{index + 1}.jpg"
                )
                if photo is not None:
                    photos += 1
            if demo.number_suffix == 1:
                add_estimate(dossier.id, created)
                estimates += 1
        audit.record(
            "demo.load",
            {"repairers": repairers, "dossiers": dossiers, "photos": photos, "force": force},
        )
    return DemoSummary(repairers=repairers, dossiers=dossiers, photos=photos, estimates=estimates)


def add_estimate(dossier_id: int, when: dt.datetime) -> EstimateVersion:
    """Version 1 of an estimate whose lines add up to its totals (amounts excl. VAT, 21 % VAT)."""
    totals = {"part": Decimal(0), "labour": Decimal(0), "paint": Decimal(0), "other": Decimal(0)}
    rows = []
    for line_no, (kind, code, description, quantity, unit_price) in enumerate(ESTIMATE_LINES, start=1):
        amount = (Decimal(quantity) * Decimal(unit_price)).quantize(CENT, ROUND_HALF_UP)
        totals[kind] += amount
        rows.append((line_no, kind, code, description, Decimal(quantity), Decimal(unit_price), amount))
    net = sum(totals.values(), Decimal(0))
    vat = (net * VAT_RATE).quantize(CENT, ROUND_HALF_UP)
    version = EstimateVersion.create(
        dossier=dossier_id,
        version=1,
        source="local",
        estimate_date=when + dt.timedelta(days=1),
        total_parts=totals["part"],
        total_labour=totals["labour"],
        total_paint=totals["paint"],
        total_other=totals["other"],
        total_net=net,
        total_vat=vat,
        total_gross=net + vat,
        accepted_at=when + dt.timedelta(days=1, hours=2),
        accepted_by=audit.os_user(),
    )
    for line_no, kind, code, description, qty, price, amount in rows:
        EstimateLine.create(
            estimate_version=version,
            line_no=line_no,
            kind=kind,
            code=code,
            description=description,
            quantity=qty,
            unit_price=price,
            amount=amount,
        )
    audit.record("estimate.add", {"dossier": dossier_id, "version": 1, "gross": str(net + vat)})
    return version


# Photos ---------------------------------------------------------------------------------------

_BODY_COLOURS = ((178, 34, 34), (30, 90, 160), (40, 40, 45), (200, 200, 205), (20, 110, 70), (230, 170, 30))


def render_photo(dossier_number: str, plate: str, make: str, index: int) -> bytes:
    """A real JPEG: a car on a workshop floor, with the dossier number and plate written on it.

    Drawn, not shipped: the demo needs no image files, and each photo differs (colour, angle), so
    that the photo store's duplicate check (same bytes once per dossier) keeps all of them.
    """
    from PIL import Image, ImageDraw

    width, height = 800, 600
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    seed = sum(map(ord, dossier_number)) + 31 * index
    # Workshop: a wall gradient above a grey floor.
    for y in range(height):
        if y < 380:
            shade = 205 - y * 60 // 380
            draw.line([(0, y), (width, y)], fill=(shade, shade + 8, min(255, shade + 25)))
        else:
            shade = 120 - (y - 380) * 40 // 220
            draw.line([(0, y), (width, y)], fill=(shade, shade, shade))
    colour = _BODY_COLOURS[seed % len(_BODY_COLOURS)]
    dx = (seed * 7) % 120 - 60
    # Body, cabin, windows, wheels.
    draw.rounded_rectangle(
        [140 + dx, 300, 660 + dx, 420], radius=28, fill=colour, outline=(20, 20, 20), width=3
    )
    draw.polygon(
        [(250 + dx, 300), (320 + dx, 220), (520 + dx, 220), (590 + dx, 300)],
        fill=colour,
        outline=(20, 20, 20),
    )
    draw.polygon([(272 + dx, 298), (330 + dx, 234), (412 + dx, 234), (412 + dx, 298)], fill=(170, 210, 235))
    draw.polygon([(424 + dx, 298), (424 + dx, 234), (512 + dx, 234), (568 + dx, 298)], fill=(170, 210, 235))
    for cx in (250 + dx, 550 + dx):
        draw.ellipse([cx - 52, 370, cx + 52, 474], fill=(25, 25, 25))
        draw.ellipse([cx - 26, 396, cx + 26, 448], fill=(180, 180, 185))
    # The damage: a dent drawn as a dark scratch, somewhere else on every photo.
    sx = 200 + (seed * 13) % 380 + dx
    for k in range(6):
        angle = (seed + k) * 0.7
        draw.line(
            [(sx, 340 + k * 6), (sx + 40 * math.cos(angle), 350 + k * 6 + 12 * math.sin(angle))],
            fill=(60, 60, 60),
            width=3,
        )
    # Licence plate (Belgian: red on white) and the caption.
    draw.rectangle([350 + dx, 388, 450 + dx, 412], fill=(255, 255, 255), outline=(180, 0, 0), width=2)
    font = _font(16)
    draw.text((400 + dx, 400), plate, fill=(180, 0, 0), font=font, anchor="mm")
    caption = f"{dossier_number} · {make} · foto {index + 1}"
    big = _font(28)
    draw.rectangle([0, 0, width, 52], fill=(0, 0, 0))
    draw.text((20, 26), caption, fill=(255, 255, 255), font=big, anchor="lm")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow without FreeType: the small bitmap font
        return ImageFont.load_default()
