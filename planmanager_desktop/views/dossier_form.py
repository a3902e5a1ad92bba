"""Between the dossier window's fields and ``DossierInput``: fill them, read them back.

Only the form's own parsing lives here (a date typed as 31/12/2019, a km-stand typed with dots);
every rule about what a valid dossier is stays in ``DossierService``.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

from planmanager_desktop.domain.dossiers import CustomerInput, DossierInput, VehicleInput
from planmanager_desktop.domain.errors import ValidationError
from planmanager_desktop.persistence.models import Dossier, DossierStatus
from planmanager_desktop.views.generated.ui_dossier_window import Ui_DossierWindow

_DATE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")


def parse_date(text: str) -> dt.date | None:
    if not text.strip():
        return None
    match = _DATE.match(text)
    try:
        if match is None:
            raise ValueError
        day, month, year = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            QCoreApplication.translate(
                "DossierForm", "Geef de datum in als dag/maand/jaar, bijvoorbeeld 15/03/2019."
            ),
            field="first_registration",
        ) from None


def parse_km(text: str) -> int | None:
    compact = text.strip().replace(".", "").replace(" ", "").replace("\u202f", "")
    if not compact:
        return None
    if not compact.lstrip("-").isdigit():
        raise ValidationError(
            QCoreApplication.translate(
                "DossierForm", "Geef de km-stand in als een geheel getal, bijvoorbeeld 125000."
            ),
            field="odometer_km",
        )
    return int(compact)


def read(ui: Ui_DossierWindow) -> DossierInput:
    """The fields as a ``DossierInput``; raises ValidationError for a date or km-stand it cannot read."""
    repairer_id = ui.repairerCombo.currentData()
    return DossierInput(
        repairer_id=repairer_id if isinstance(repairer_id, int) else 0,
        status=ui.statusCombo.currentData() or DossierStatus.OPEN.value,
        description=ui.descriptionEdit.toPlainText(),
        insurer_name=ui.insurerEdit.text(),
        claim_number=ui.claimNumberEdit.text(),
        odometer_km=parse_km(ui.odometerEdit.text()),
        vehicle=VehicleInput(
            license_plate=ui.plateEdit.text(),
            vin=ui.vinEdit.text(),
            make=ui.makeEdit.text(),
            model=ui.modelEdit.text(),
            first_registration=parse_date(ui.firstRegistrationEdit.text()),
        ),
        customer=CustomerInput(
            name=ui.customerNameEdit.text(),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            address=ui.addressEdit.text(),
        ),
    )


def fill(ui: Ui_DossierWindow, dossier: Dossier) -> None:
    ui.repairerCombo.setCurrentIndex(max(ui.repairerCombo.findData(dossier.repairer_id), 0))
    ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(dossier.status), 0))
    ui.descriptionEdit.setPlainText(dossier.description or "")
    ui.insurerEdit.setText(dossier.insurer_name or "")
    ui.claimNumberEdit.setText(dossier.claim_number or "")
    ui.odometerEdit.setText(str(dossier.odometer_km) if dossier.odometer_km is not None else "")
    vehicle = dossier.vehicle
    ui.plateEdit.setText(vehicle.license_plate or "" if vehicle else "")
    ui.vinEdit.setText(vehicle.vin or "" if vehicle else "")
    ui.makeEdit.setText(vehicle.make or "" if vehicle else "")
    ui.modelEdit.setText(vehicle.model or "" if vehicle else "")
    first = vehicle.first_registration if vehicle else None
    ui.firstRegistrationEdit.setText(first.strftime("%d/%m/%Y") if first else "")
    customer = dossier.customer
    ui.customerNameEdit.setText(customer.name or "" if customer else "")
    ui.phoneEdit.setText(customer.phone or "" if customer else "")
    ui.emailEdit.setText(customer.email or "" if customer else "")
    ui.addressEdit.setText(customer.address or "" if customer else "")
