"""Send a dossier to WinFormEx II (C360-WFX-1) — only until Claims360 is activated (C360-ACT-3).

"Het is niet meer mogelijk om na activatie van claims360 nog gegevens te versturen vanuit
PlanManager naar het oude winformex II platform." The UI hides the way to send after activation;
this service is the rule itself, so that no other path (a command, an old window left open over
midnight of the activation date, a script) can send anyway: it raises
:class:`WinFormExClosedError` and writes nothing.

Sending writes one message file (``docs/winformex-message.md``, the same format the import reads)
into the export folder that WinFormEx II picks up. The file is written under a temporary
``.part`` name and renamed when complete, so WinFormEx II never sees half a file; the dossier's
``winformex_sent_at`` and the audit entry are written in the same transaction, and a file whose
transaction fails is removed again.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from planmanager_desktop.claims360.models import Assignment as RemoteAssignment
from planmanager_desktop.claims360.models import Customer as RemoteCustomer
from planmanager_desktop.claims360.models import EstimateRef
from planmanager_desktop.claims360.models import Expert as RemoteExpert
from planmanager_desktop.claims360.models import Insurer as RemoteInsurer
from planmanager_desktop.claims360.models import Vehicle as RemoteVehicle
from planmanager_desktop.domain.activation import ActivationService
from planmanager_desktop.domain.errors import (
    DomainError,
    NotFoundError,
    ValidationError,
    WinFormExClosedError,
)
from planmanager_desktop.domain.winformex_message import WinFormExMessage, encode_message
from planmanager_desktop.persistence import audit
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import (
    Assignment,
    AssignmentStatus,
    Customer,
    Dossier,
    DossierStatus,
    EstimateVersion,
    Photo,
    Repairer,
    Vehicle,
)
from planmanager_desktop.persistence.settings import WINFORMEX_EXPORT_FOLDER, SettingsStore

CLOSED_MESSAGE = (
    "Claims360 is geactiveerd: naar WinFormEx II kan niets meer verstuurd worden. "
    "Gebruik de i-knop om naar Claims360 te exporteren."
)

_STATUS = {
    DossierStatus.OPEN.value: AssignmentStatus.OPEN.value,
    DossierStatus.IN_PROGRESS.value: AssignmentStatus.OPEN.value,
    DossierStatus.CLOSED.value: AssignmentStatus.CLOSED.value,
    DossierStatus.CANCELLED.value: AssignmentStatus.CANCELLED.value,
}
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


class WinFormExExportError(DomainError):
    """The message could not be written (folder missing, no rights); ``str()`` is Dutch."""


@dataclass(frozen=True)
class SentMessage:
    dossier_number: str
    #: The number the message carries: the Informex assignment's, else the dossier's.
    number: str
    path: Path
    sent_at: datetime


class WinFormExExportService:
    def __init__(
        self,
        database: Database,
        settings: SettingsStore,
        activation: ActivationService,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._database = database
        self._settings = settings
        self._activation = activation
        self._clock = clock

    def available(self) -> bool:
        """False once Claims360 is active: the UI then offers no way to send (C360-ACT-3)."""
        return not self._activation.state().active

    def ensure_open(self) -> None:
        if self._activation.state().active:
            raise WinFormExClosedError(CLOSED_MESSAGE)

    def send_by_number(
        self, dossier_number: str, *, folder: str | os.PathLike[str] | None = None
    ) -> SentMessage:
        self.ensure_open()
        dossier = Dossier.get_or_none(Dossier.number == dossier_number.strip())
        if dossier is None:
            raise NotFoundError(f"Dossier {dossier_number.strip()} bestaat niet.")
        return self.send(dossier.id, folder=folder)

    def send(self, dossier_id: int, *, folder: str | os.PathLike[str] | None = None) -> SentMessage:
        """Write the dossier's message into the export folder and stamp the dossier."""
        self.ensure_open()
        target = self._folder(folder)
        written: Path | None = None
        try:
            with self._database.write():
                self.ensure_open()  # the helpdesk may have activated it a moment ago
                dossier = Dossier.get_or_none(Dossier.id == dossier_id)
                if dossier is None:
                    raise NotFoundError("Dit dossier bestaat niet (meer).")
                now = self._clock()
                message = dossier_message(dossier, now)
                written = self._write(target, _file_name(dossier.number, now), encode_message(message))
                Dossier.update(winformex_sent_at=now).where(Dossier.id == dossier.id).execute()
                audit.record(
                    "winformex.send",
                    {"dossier": dossier.number, "number": message.assignment.number, "file": written.name},
                )
        except BaseException:
            if written is not None:
                written.unlink(missing_ok=True)
            raise
        return SentMessage(dossier.number, message.assignment.number, written, now)

    def _folder(self, folder: str | os.PathLike[str] | None) -> Path:
        raw = os.fspath(folder) if folder is not None else self._settings.winformex_export_folder
        if not raw:
            raise ValidationError(
                "Er is geen WinFormEx-exportmap ingesteld. Laat de helpdesk ze instellen "
                f"('planmanager-desktop admin settings set {WINFORMEX_EXPORT_FOLDER} PAD')."
            )
        path = Path(raw).expanduser().absolute()
        if not path.is_dir():
            raise WinFormExExportError(
                f"De WinFormEx-exportmap {path} bestaat niet of is vanaf deze pc niet bereikbaar. "
                "Controleer de netwerkverbinding of de instelling "
                f"{WINFORMEX_EXPORT_FOLDER}. Er werd niets verstuurd."
            )
        return path

    @staticmethod
    def _write(folder: Path, name: str, body: bytes) -> Path:
        """``name.part`` first, flushed to disk, then renamed: never half a file under ``name``."""
        stem = name.removesuffix(".json")
        for attempt in range(1, 100):
            final = folder / (name if attempt == 1 else f"{stem}-{attempt}.json")
            if not final.exists():
                break
        partial = folder / (final.name + ".part")
        try:
            with open(partial, "xb") as handle:
                handle.write(body)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, final)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise WinFormExExportError(
                f"Het bericht kon niet geschreven worden in {folder} "
                f"({exc.strerror or type(exc).__name__}). Controleer de schrijfrechten op de map. "
                "Er werd niets verstuurd."
            ) from None
        return final


def _file_name(dossier_number: str, now: datetime) -> str:
    safe = _UNSAFE.sub("_", dossier_number).strip("_")[:40] or "dossier"
    return f"{safe}-{now.strftime('%Y%m%dT%H%M%S%fZ')}.json"


def dossier_message(dossier: Dossier, now: datetime) -> WinFormExMessage:
    """The dossier as a WinFormEx message: the Informex number of its assignment when it came
    from Informex (else the dossier number), vehicle, km-stand, customer, insurer, estimate."""
    repairer = Repairer.get_by_id(dossier.repairer_id)
    mailbox = (repairer.external_reference or "").strip()
    if not mailbox:
        raise ValidationError(
            f"Hersteller {repairer.name} heeft geen externe referentie (het Informex-postbusnummer). "
            "Vul ze in op het tabblad Herstellers en verstuur opnieuw.",
            field="external_reference",
        )
    assignment: Assignment | None = (
        Assignment.select().where(Assignment.dossier == dossier.id).order_by(Assignment.imported_at).first()
    )
    vehicle_row = Vehicle.get_or_none(Vehicle.id == dossier.vehicle_id) if dossier.vehicle_id else None
    vehicle = None
    if vehicle_row is not None or dossier.odometer_km is not None:
        vehicle = RemoteVehicle(
            vehicle_row.license_plate if vehicle_row else None,
            vehicle_row.vin if vehicle_row else None,
            vehicle_row.make if vehicle_row else None,
            vehicle_row.model if vehicle_row else None,
            vehicle_row.first_registration if vehicle_row else None,
            dossier.odometer_km,
        )
    customer_row = Customer.get_or_none(Customer.id == dossier.customer_id) if dossier.customer_id else None
    customer = (
        RemoteCustomer(customer_row.name, customer_row.phone, customer_row.email) if customer_row else None
    )
    insurer = None
    if dossier.insurer_name or dossier.claim_number:
        insurer = RemoteInsurer(dossier.insurer_name, dossier.claim_number)
    latest: EstimateVersion | None = (
        EstimateVersion.select()
        .where((EstimateVersion.dossier == dossier.id) & EstimateVersion.remote_estimate_id.is_null(False))
        .order_by(EstimateVersion.version.desc())
        .first()
    )
    estimate = None
    if latest is not None and latest.remote_estimate_id:
        estimate = EstimateRef(
            latest.remote_estimate_id,
            latest.remote_version or latest.version,
            latest.estimate_date or latest.accepted_at,
        )
    number = assignment.number if assignment is not None else dossier.number
    created_at: datetime = dossier.created_at
    item = RemoteAssignment(
        number=number,
        case_id=None,
        status=_STATUS.get(dossier.status, AssignmentStatus.OPEN.value),  # type: ignore[arg-type]
        complete=assignment.complete if assignment else None,
        work=dossier.description,
        vehicle=vehicle,
        customer=customer,
        insurer=insurer,
        expert=RemoteExpert(assignment.expert_name) if assignment and assignment.expert_name else None,
        smart_expertise=assignment.smart_expertise if assignment else None,
        estimate=estimate,
        photo_count=Photo.select().where(Photo.dossier == dossier.id).count(),
        created_at=min(created_at, now),
        updated_at=now,
    )
    return WinFormExMessage(mailbox=mailbox, assignment=item)
