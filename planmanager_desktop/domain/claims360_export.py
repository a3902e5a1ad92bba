"""The dossier's "i" button: export to Claims360 and send the data again (C360-DOS-1, C360-DOS-2).

"Exporteren naar Claims360" sends only the licence plate and the km-stand (and the dossier number
as ``externalReference``), and stores the case Claims360 created on the dossier. It never creates
two cases: the request is first stored in the outbox with its ``Idempotency-Key`` (see
:mod:`planmanager_desktop.domain.outbox`), and every repeat — a double click, a retry after a
timeout, the next start after a crash — resumes that row with the same key and body.

"Gegevens versturen naar Claims360" patches the case with plate and km-stand again, the same way.

Input is checked before anything is stored or sent: a plate is required (Belgian plates are
normalised; a foreign plate needs an explicit confirmation), the km-stand is a whole number of 0
or more, and a km-stand lower than the last one known needs a confirmation. The confirmations are
errors of their own type (:class:`ConfirmationRequired`) so that the UI can ask and call again
with the flag set.

Network methods are coroutines (qasync in the program); their database work runs on the database
thread. The query methods (:meth:`Claims360ExportService.link_state`) are plain database work.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee

from planmanager_desktop.claims360.client import Claims360Client
from planmanager_desktop.claims360.errors import Claims360Error, RateLimitedError
from planmanager_desktop.domain.claims360_clients import Claims360ActionError, Claims360Clients
from planmanager_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from planmanager_desktop.domain.outbox import Outbox, OutboxEntry, export_slot, patch_slot
from planmanager_desktop.domain.plates import normalise_plate
from planmanager_desktop.persistence import audit
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import (
    Assignment,
    Dossier,
    OutboxKind,
    Vehicle,
)

MAX_ODOMETER_KM = 9_999_999
_THOUSANDS = re.compile(r"^\d{1,3}([. ]\d{3})+$")


# Errors the UI turns into a question ----------------------------------------------------------


class ConfirmationRequired(ValidationError):
    """The input is allowed only after the user confirms; call again with ``flag=True``."""

    flag: str = ""


class ForeignPlateConfirmationRequired(ConfirmationRequired):
    """The plate is not a Belgian format: confirm with ``confirm_foreign_plate=True``."""

    flag = "confirm_foreign_plate"

    def __init__(self, plate: str) -> None:
        super().__init__(
            f"De nummerplaat {plate} is geen Belgische nummerplaat. Is het een buitenlandse "
            "nummerplaat? Bevestig om ze zo te versturen.",
            field="license_plate",
        )
        self.plate = plate


class LowerOdometerConfirmationRequired(ConfirmationRequired):
    """The km-stand is lower than the last one known: confirm with ``confirm_lower_km=True``."""

    flag = "confirm_lower_km"

    def __init__(self, km: int, last_known: int) -> None:
        super().__init__(
            f"De km-stand {km:,} is lager dan de laatst gekende km-stand {last_known:,}. "
            "Klopt dat? Bevestig om toch te versturen.".replace(",", "."),
            field="odometer_km",
        )
        self.km = km
        self.last_known = last_known


class NotExportedError(DomainError):
    """ "Gegevens versturen" or the estimate on a dossier that was never exported."""


# Results ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DossierLinkState:
    """What the "i" button shows for a dossier (C360-DOS-1, C360-DOS-2)."""

    dossier_id: int
    case_id: str | None
    case_number: str | None
    last_export_at: datetime | None
    #: An export was stored but Claims360's answer never arrived: the button resumes it.
    export_pending: bool
    patch_pending: bool
    #: An estimate in Claims360 is linked to this dossier.
    estimate_linked: bool

    @property
    def exported(self) -> bool:
        return self.case_id is not None

    @property
    def show_export_button(self) -> bool:
        """ "Exporteren naar Claims360" (the "i" button is a plain button)."""
        return not self.exported

    @property
    def show_menu(self) -> bool:
        """The "i" button opens the menu with "Gegevens versturen naar Claims360"."""
        return self.exported

    @property
    def show_sync_item(self) -> bool:
        """ "Dossier synchroniseren met Claims360": only once an estimate is linked."""
        return self.exported and self.estimate_linked


@dataclass(frozen=True)
class VehicleData:
    """The only data sent: plate (normalised) and km-stand."""

    license_plate: str
    odometer_km: int

    def payload(self) -> dict[str, Any]:
        return {"licensePlate": self.license_plate, "odometerKm": self.odometer_km}


@dataclass(frozen=True)
class ExportResult:
    dossier_id: int
    case_id: str
    case_number: str
    #: False when the dossier was already exported (a second click): nothing was sent.
    sent: bool
    #: True when an earlier, unanswered attempt was completed (same Idempotency-Key).
    resumed: bool
    message: str  # Dutch


@dataclass(frozen=True)
class SendResult:
    dossier_id: int
    case_id: str
    data: VehicleData
    resumed: bool
    message: str  # Dutch


# Validation -----------------------------------------------------------------------------------


def parse_odometer(raw: int | str | None) -> int:
    """A whole number of 0 or more; "120.500" and "120 500" are read as 120500."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        raise ValidationError("Vul de km-stand in.", field="odometer_km")
    if isinstance(raw, bool):
        raise ValidationError("De km-stand moet een geheel getal zijn.", field="odometer_km")
    if isinstance(raw, int):
        value = raw
    else:
        text = raw.strip()
        if _THOUSANDS.match(text):
            text = text.replace(".", "").replace(" ", "")
        if text.startswith("-") and text[1:].isdigit():
            raise ValidationError("De km-stand moet 0 of meer zijn.", field="odometer_km")
        if not text.isascii() or not text.isdigit():
            raise ValidationError(
                f"De km-stand moet een geheel getal zijn (zonder komma), niet {raw.strip()!r}.",
                field="odometer_km",
            )
        value = int(text)
    if value < 0:
        raise ValidationError("De km-stand moet 0 of meer zijn.", field="odometer_km")
    if value > MAX_ODOMETER_KM:
        raise ValidationError("Deze km-stand is onwaarschijnlijk hoog; controleer hem.", field="odometer_km")
    return value


def validate_vehicle_data(
    plate_raw: str | None,
    km_raw: int | str | None,
    *,
    last_known_km: int | None,
    confirm_foreign_plate: bool,
    confirm_lower_km: bool,
) -> VehicleData:
    plate = normalise_plate(plate_raw or "")
    if plate is None:
        raise ValidationError(
            "Vul de nummerplaat in: Claims360 zoekt het voertuig op aan de hand van de nummerplaat.",
            field="license_plate",
        )
    if len(plate.text) > 20:
        raise ValidationError("De nummerplaat is te lang (hoogstens 20 tekens).", field="license_plate")
    if not plate.belgian and not confirm_foreign_plate:
        raise ForeignPlateConfirmationRequired(plate.text)
    km = parse_odometer(km_raw)
    if last_known_km is not None and km < last_known_km and not confirm_lower_km:
        raise LowerOdometerConfirmationRequired(km, last_known_km)
    return VehicleData(plate.text, km)


def is_refusal(error: Claims360Error) -> bool:
    """Claims360 refused for good (4xx): nothing was applied, a corrected attempt needs a new key.

    429 and 409 (a repeat while the first is still being processed) are not refusals.
    """
    status = error.status
    return (
        status is not None
        and 400 <= status < 500
        and status != 409
        and not isinstance(error, RateLimitedError)
    )


# The service ----------------------------------------------------------------------------------


class Claims360ExportService:
    def __init__(self, database: Database, clients: Claims360Clients, outbox: Outbox | None = None) -> None:
        self._database = database
        self._clients = clients
        self.outbox = outbox or Outbox(database)
        # One attempt per slot at a time in this program: a double click waits for the first.
        self._locks: dict[str, asyncio.Lock] = {}

    # Queries (database work) -------------------------------------------------------------------
    def link_state(self, dossier_id: int) -> DossierLinkState:
        dossier = _dossier(dossier_id)
        return DossierLinkState(
            dossier_id=dossier.id,
            case_id=dossier.c360_case_id,
            case_number=dossier.c360_case_number,
            last_export_at=dossier.c360_last_export_at,
            export_pending=self.outbox.pending(export_slot(dossier_id)) is not None,
            patch_pending=self.outbox.pending(patch_slot(dossier_id)) is not None,
            estimate_linked=estimate_linked(dossier),
        )

    def is_exported(self, dossier_id: int) -> bool:
        return self.link_state(dossier_id).exported

    def can_sync_estimate(self, dossier_id: int) -> bool:
        return self.link_state(dossier_id).show_sync_item

    def last_known_km(self, dossier_id: int) -> int | None:
        """The highest km-stand known for the dossier: its own, sent before, or from Claims360."""
        dossier = _dossier(dossier_id)
        known = [dossier.odometer_km]
        sent = self.outbox.last_done_payload(dossier_id, (OutboxKind.CREATE_CASE, OutboxKind.PATCH_CASE))
        if sent is not None:
            known.append(sent.get("odometerKm"))
        if dossier.c360_case_id:
            known.extend(
                a.odometer_km
                for a in Assignment.select(Assignment.odometer_km).where(
                    (Assignment.repairer == dossier.repairer_id)
                    & (Assignment.case_id == dossier.c360_case_id)
                )
            )
        values = [k for k in known if isinstance(k, int)]
        return max(values) if values else None

    def prepare(
        self,
        dossier_id: int,
        *,
        plate: str | None = None,
        odometer_km: int | str | None = None,
        confirm_foreign_plate: bool = False,
        confirm_lower_km: bool = False,
    ) -> VehicleData:
        """Check what would be sent (the dossier's plate and km-stand unless given); raises the
        validation and confirmation errors, sends nothing."""
        dossier = _dossier(dossier_id)
        if plate is None:
            plate = _vehicle_plate(dossier)
        if odometer_km is None:
            odometer_km = dossier.odometer_km
        return validate_vehicle_data(
            plate,
            odometer_km,
            last_known_km=self.last_known_km(dossier_id),
            confirm_foreign_plate=confirm_foreign_plate,
            confirm_lower_km=confirm_lower_km,
        )

    # Export (C360-DOS-1) -----------------------------------------------------------------------
    async def export(
        self,
        dossier_id: int,
        *,
        plate: str | None = None,
        odometer_km: int | str | None = None,
        confirm_foreign_plate: bool = False,
        confirm_lower_km: bool = False,
    ) -> ExportResult:
        """Create the dossier's case in Claims360, once.

        ``plate``/``odometer_km`` default to the dossier's; the values sent are saved on the
        dossier once Claims360 accepted them.
        Raises :class:`ValidationError` (and its :class:`ConfirmationRequired` subclasses),
        :class:`~planmanager_desktop.domain.claims360_clients.NotConfiguredError`,
        :class:`~planmanager_desktop.domain.claims360_clients.NotActivatedError` and
        :class:`Claims360ActionError` (``retry_safe``: the export stays pending and the next
        click or start completes it, without a second case).
        """
        slot = export_slot(dossier_id)
        async with self._lock(slot):
            dossier = await self._clients.db(_dossier, dossier_id)
            if dossier.c360_case_id:
                return ExportResult(
                    dossier_id,
                    dossier.c360_case_id,
                    dossier.c360_case_number or "",
                    sent=False,
                    resumed=False,
                    message=f"Dit dossier is al geëxporteerd naar Claims360 (dossier "
                    f"{dossier.c360_case_number}).",
                )
            client = await self._clients.for_repairer(dossier.repairer_id)
            entry = await self._clients.db(self.outbox.pending, slot)
            if entry is None:
                data = await self._clients.db(
                    lambda: self.prepare(
                        dossier_id,
                        plate=plate,
                        odometer_km=odometer_km,
                        confirm_foreign_plate=confirm_foreign_plate,
                        confirm_lower_km=confirm_lower_km,
                    )
                )
                payload = {**data.payload(), "externalReference": dossier.number}
                entry = await self._clients.db(
                    lambda: self.outbox.open(OutboxKind.CREATE_CASE, slot, dossier_id, payload)
                )
            return await self._send_export(client, entry)

    async def _send_export(self, client: Claims360Client, entry: OutboxEntry) -> ExportResult:
        payload = entry.payload
        await self._clients.db(self.outbox.note_attempt, entry.id)
        try:
            created = await client.create_case(
                payload["licensePlate"],
                payload["odometerKm"],
                payload["externalReference"],
                idempotency_key=entry.idempotency_key,
            )
        except Claims360Error as exc:
            raise await self._failed(entry, exc, "export") from None
        now = utcnow()

        def apply() -> None:
            _save_vehicle_data(entry.dossier_id, VehicleData(payload["licensePlate"], payload["odometerKm"]))
            Dossier.update(
                c360_case_id=created.case_id,
                c360_case_number=created.number,
                c360_last_export_at=now,
                updated_at=now,
            ).where(Dossier.id == entry.dossier_id).execute()
            audit.record(
                "claims360.export",
                {"dossier": entry.dossier_id, "case": created.case_id, "number": created.number},
            )

        try:
            await self._clients.db(lambda: self.outbox.complete(entry.id, _case_json(created), apply))
        except peewee.IntegrityError:
            message = (
                f"Claims360 maakte dossier {created.number} aan, maar een ander PlanManager-dossier "
                "is al aan die Claims360-opdracht gekoppeld (ze werd intussen gesynchroniseerd). "
                "Kijk in de Wachtrij of bij de Claims360-opdrachten en neem contact op met de "
                "helpdesk om beide dossiers samen te voegen."
            )
            await self._clients.db(self.outbox.fail, entry.id, message)
            raise DomainError(message) from None
        return ExportResult(
            entry.dossier_id,
            created.case_id,
            created.number,
            sent=True,
            resumed=entry.resumed,
            message=f"Het dossier is geëxporteerd naar Claims360 (dossier {created.number}).",
        )

    # Send data again (C360-DOS-2) --------------------------------------------------------------
    async def send_data(
        self,
        dossier_id: int,
        *,
        plate: str | None = None,
        odometer_km: int | str | None = None,
        confirm_foreign_plate: bool = False,
        confirm_lower_km: bool = False,
    ) -> SendResult:
        """PATCH the case with plate and km-stand (the dossier's unless given; saved on it once
        Claims360 accepted them).

        A write left pending by an earlier attempt is completed first (same key). Claims360
        refuses a km-stand lower than the case's (422): :class:`Claims360ActionError` with its
        Dutch message.
        """
        slot = patch_slot(dossier_id)
        async with self._lock(slot):
            dossier = await self._clients.db(_dossier, dossier_id)
            if not dossier.c360_case_id:
                raise NotExportedError(
                    "Dit dossier is nog niet naar Claims360 geëxporteerd. Exporteer het eerst."
                )
            client = await self._clients.for_repairer(dossier.repairer_id)
            data = await self._clients.db(
                lambda: self.prepare(
                    dossier_id,
                    plate=plate,
                    odometer_km=odometer_km,
                    confirm_foreign_plate=confirm_foreign_plate,
                    confirm_lower_km=confirm_lower_km,
                )
            )
            payload = {**data.payload(), "caseId": dossier.c360_case_id}
            pending = await self._clients.db(self.outbox.pending, slot)
            resumed = False
            if pending is not None:
                if pending.payload == payload:
                    return await self._send_patch(client, pending)
                # Settle the earlier write first (it may have arrived), then send the new data.
                try:
                    await self._send_patch(client, pending)
                except Claims360ActionError as exc:
                    if exc.retry_safe:
                        raise
                resumed = True
            entry = await self._clients.db(
                lambda: self.outbox.open(OutboxKind.PATCH_CASE, slot, dossier_id, payload)
            )
            result = await self._send_patch(client, entry)
            return SendResult(result.dossier_id, result.case_id, result.data, resumed, result.message)

    async def _send_patch(self, client: Claims360Client, entry: OutboxEntry) -> SendResult:
        payload = entry.payload
        await self._clients.db(self.outbox.note_attempt, entry.id)
        try:
            await client.patch_case(
                payload["caseId"],
                plate=payload["licensePlate"],
                odometer_km=payload["odometerKm"],
                idempotency_key=entry.idempotency_key,
            )
        except Claims360Error as exc:
            raise await self._failed(entry, exc, "patch") from None
        now = utcnow()

        def apply() -> None:
            _save_vehicle_data(entry.dossier_id, VehicleData(payload["licensePlate"], payload["odometerKm"]))
            Dossier.update(c360_last_export_at=now).where(Dossier.id == entry.dossier_id).execute()
            audit.record("claims360.send_data", {"dossier": entry.dossier_id, "case": payload["caseId"]})

        await self._clients.db(lambda: self.outbox.complete(entry.id, {}, apply))
        data = VehicleData(payload["licensePlate"], payload["odometerKm"])
        return SendResult(
            entry.dossier_id,
            payload["caseId"],
            data,
            entry.resumed,
            f"Nummerplaat {data.license_plate} en km-stand {data.odometer_km} zijn verstuurd naar Claims360.",
        )

    # Resume at start ---------------------------------------------------------------------------
    async def resume_pending(self) -> list[ExportResult | SendResult | DomainError]:
        """Complete every export and send left pending (crash, timeout); call once after start.

        Returns one result or error per pending write; never raises for a single failure.
        """
        entries = await self._clients.db(
            self.outbox.pending_entries, (OutboxKind.CREATE_CASE, OutboxKind.PATCH_CASE)
        )
        outcomes: list[ExportResult | SendResult | DomainError] = []
        for entry in entries:
            try:
                if entry.kind is OutboxKind.CREATE_CASE:
                    outcomes.append(await self.export(entry.dossier_id))
                else:
                    outcomes.append(await self._resume_patch(entry))
            except DomainError as exc:
                outcomes.append(exc)
        return outcomes

    async def _resume_patch(self, entry: OutboxEntry) -> SendResult:
        async with self._lock(patch_slot(entry.dossier_id)):
            dossier = await self._clients.db(_dossier, entry.dossier_id)
            client = await self._clients.for_repairer(dossier.repairer_id)
            current = await self._clients.db(self.outbox.pending, patch_slot(entry.dossier_id))
            if current is None:
                raise NotFoundError("Deze verzending werd intussen al afgewerkt.")
            return await self._send_patch(client, current)

    # Helpers -----------------------------------------------------------------------------------
    def _lock(self, slot: str) -> asyncio.Lock:
        lock = self._locks.get(slot)
        if lock is None:
            lock = self._locks[slot] = asyncio.Lock()
        return lock

    async def _failed(self, entry: OutboxEntry, exc: Claims360Error, what: str) -> Claims360ActionError:
        if is_refusal(exc):
            await self._clients.db(self.outbox.fail, entry.id, exc.user_message)
            return Claims360ActionError(exc.user_message, cause=exc, retry_safe=False)
        if what == "export":
            tail = (
                " De export blijft klaarstaan: druk opnieuw op 'Exporteren naar Claims360' (of "
                "PlanManager probeert het bij de volgende start opnieuw). Er wordt nooit een "
                "tweede dossier in Claims360 aangemaakt."
            )
        else:
            tail = (
                " De gegevens blijven klaarstaan om verstuurd te worden: probeer het opnieuw; ze "
                "worden niet dubbel verwerkt."
            )
        message = exc.user_message + tail
        await self._clients.db(self.outbox.keep_pending, entry.id, message)
        return Claims360ActionError(message, cause=exc, retry_safe=True)


# Database helpers (run on the database thread) ------------------------------------------------


def _dossier(dossier_id: int) -> Dossier:
    dossier: Dossier | None = Dossier.get_or_none(Dossier.id == dossier_id)
    if dossier is None:
        raise NotFoundError("Dit dossier bestaat niet (meer).")
    return dossier


def _vehicle_plate(dossier: Dossier) -> str | None:
    if dossier.vehicle_id is None:
        return None
    vehicle = Vehicle.get_or_none(Vehicle.id == dossier.vehicle_id)
    return vehicle.license_plate if vehicle else None


def estimate_linked(dossier: Dossier) -> bool:
    """An estimate in Claims360 is linked: on the dossier, or on the assignment of its case."""
    if dossier.c360_estimate_id:
        return True
    if not dossier.c360_case_id:
        return False
    return bool(
        Assignment.select()
        .where(
            (Assignment.repairer == dossier.repairer_id)
            & ((Assignment.case_id == dossier.c360_case_id) | (Assignment.dossier == dossier.id))
            & Assignment.estimate_id.is_null(False)
        )
        .exists()
    )


def _save_vehicle_data(dossier_id: int, data: VehicleData) -> None:
    """The plate and km-stand Claims360 accepted are the dossier's from now on."""
    dossier = _dossier(dossier_id)
    now = utcnow()
    if dossier.vehicle_id is None:
        vehicle = Vehicle.create(license_plate=data.license_plate)
        Dossier.update(vehicle=vehicle.id).where(Dossier.id == dossier_id).execute()
    else:
        Vehicle.update(license_plate=data.license_plate).where(Vehicle.id == dossier.vehicle_id).execute()
    Dossier.update(odometer_km=data.odometer_km, updated_at=now).where(Dossier.id == dossier_id).execute()


def _case_json(created: Any) -> dict[str, Any]:
    return {"caseId": created.case_id, "number": created.number, "createdAt": created.created_at.isoformat()}
