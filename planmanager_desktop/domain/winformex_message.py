"""The WinFormEx II message file: PlanManager's own format (C360-WFX-1, ``docs/winformex-message.md``).

One UTF-8 JSON file per Informex mailbox message. It carries the fields of a Claims360
assignment, under the same names, plus ``"format": "planmanager-winformex/1"`` and ``"mailbox"``
(the Carrosserie Id, i.e. the Informex mailbox number, that identifies the repairer). The
assignment part is read by the strict Claims360 parser (:func:`parse_assignment`), so a message
and a Claims360 assignment mean exactly the same thing and go through the same import.

Why strict here too: the files come from another program through a shared folder. A file is
either a complete, well-typed message or it is refused with a Dutch reason that names the field;
nothing in between reaches the database. The reason never quotes a value from the file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from planmanager_desktop.claims360.errors import ResponseError
from planmanager_desktop.claims360.models import Assignment as RemoteAssignment
from planmanager_desktop.claims360.models import parse_assignment
from planmanager_desktop.domain.errors import ValidationError

FORMAT = "planmanager-winformex/1"
#: A message is a few kilobytes; anything this big is not one (and is not read into memory).
MAX_MESSAGE_BYTES = 2 * 1024 * 1024
#: The longest number the assignment table stores, and the longest mailbox a repairer can have.
MAX_NUMBER_LENGTH = 32
MAX_MAILBOX_LENGTH = 64

#: The keys a message may have; anything else is refused (a typo must not pass silently).
MESSAGE_KEYS: frozenset[str] = frozenset(
    (
        "format",
        "mailbox",
        "number",
        "status",
        "complete",
        "work",
        "vehicle",
        "customer",
        "insurer",
        "expert",
        "smartExpertise",
        "estimate",
        "photoCount",
        "createdAt",
        "updatedAt",
    )
)


class MessageError(ValidationError):
    """The file is not a valid WinFormEx message; ``str()`` is the Dutch reason."""


@dataclass(frozen=True)
class WinFormExMessage:
    mailbox: str
    assignment: RemoteAssignment


# Reading ----------------------------------------------------------------------------------


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise MessageError(f"Het veld {key!r} staat twee keer in hetzelfde object.")
        seen[key] = value
    return seen


def _no_constant(name: str) -> Any:
    raise MessageError(f"{name} is geen geldige JSON-waarde.")


_TYPE_NAMES = {
    "str": "tekst",
    "int": "geheel getal",
    "float": "kommagetal",
    "bool": "true/false",
    "list": "lijst",
    "dict": "object",
    "NoneType": "null",
    "missing": "niets (het veld ontbreekt)",
}
_EXPECTED = (
    ("non-empty string", "niet-lege tekst"),
    ("string or null", "tekst of null"),
    ("integer >= 0 or null", "geheel getal vanaf 0 of null"),
    ("boolean or null", "true, false of null"),
    ("one of open/cancelled/closed", "open, cancelled of closed"),
    ("ISO 8601 timestamp with offset", "ISO 8601-tijdstip met tijdzone, zoals 2021-10-05T09:30:00+02:00"),
    ("date YYYY-MM-DD", "datum JJJJ-MM-DD"),
    ("timestamp", "tijdstip"),
    ("object", "object"),
)
_FAULT_RE = re.compile(r"(?P<where>\S+): expected (?P<expected>.+?)(?:, got (?P<got>\w+))?")


def _dutch_fault(technical: str) -> str:
    """The Claims360 parser names the JSON path and the expected type; say it in Dutch."""
    match = _FAULT_RE.fullmatch(technical)
    if match is None:
        return f"Het bericht is ongeldig ({technical})."
    where = match["where"].removeprefix("$.").removeprefix("$") or "het bericht"
    expected = match["expected"]
    for english, dutch in _EXPECTED:
        if expected == english:
            expected = dutch
            break
    else:
        expected = expected.replace("integer >=", "geheel getal vanaf")
    got = match["got"]
    if got is None:
        return f"Het veld {where} is ongeldig: verwacht {expected}."
    return f"Het veld {where} is ongeldig: verwacht {expected}, gekregen {_TYPE_NAMES.get(got, got)}."


def parse_message(body: bytes) -> WinFormExMessage:
    """One message file's bytes → a typed message, or :class:`MessageError` (Dutch)."""
    if len(body) > MAX_MESSAGE_BYTES:
        raise MessageError(
            f"Het bestand is groter dan {MAX_MESSAGE_BYTES // (1024 * 1024)} MB: "
            "dat is geen WinFormEx-bericht."
        )
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MessageError(f"Het bestand is geen UTF-8-tekst (byte {exc.start}).") from None
    text = text.removeprefix("\ufeff")  # a byte order mark, as some Windows tools write one
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except MessageError:
        raise
    except json.JSONDecodeError as exc:
        raise MessageError(
            f"Het bestand is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno})."
        ) from None
    except (ValueError, RecursionError):
        raise MessageError("Het bestand is geen geldige JSON.") from None
    return message_from_json(data)


def message_from_json(data: object) -> WinFormExMessage:
    if type(data) is not dict:
        raise MessageError("Het bericht moet een JSON-object zijn ({ … }).")
    fmt = data.get("format")
    if fmt != FORMAT:
        raise MessageError(
            f'Onbekend berichtformaat: het veld "format" moet "{FORMAT}" zijn. '
            "Is dit wel een bericht voor PlanManager?"
        )
    unknown = sorted(key for key in data if key not in MESSAGE_KEYS)
    if unknown:
        if "caseId" in unknown:
            raise MessageError(
                'Het veld "caseId" hoort niet in een WinFormEx-bericht: een Claims360-dossier '
                "komt enkel via Claims360 binnen."
            )
        shown = ", ".join(repr(k[:40]) for k in unknown[:5])
        raise MessageError(f"Onbekende velden in het bericht: {shown}.")
    mailbox = data.get("mailbox")
    if type(mailbox) is not str or not mailbox.strip():
        raise MessageError(
            'Het veld "mailbox" (het Informex-postbusnummer, de Carrosserie Id) ontbreekt of is leeg.'
        )
    mailbox = mailbox.strip()
    if len(mailbox) > MAX_MAILBOX_LENGTH or not mailbox.isprintable():
        raise MessageError('Het veld "mailbox" is geen geldig Informex-postbusnummer.')
    try:
        assignment = parse_assignment(data)
    except ResponseError as exc:
        raise MessageError(_dutch_fault(str(exc))) from None
    if len(assignment.number) > MAX_NUMBER_LENGTH or not assignment.number.isprintable():
        raise MessageError(
            f'Het veld "number" is geen geldig opdrachtnummer (hoogstens {MAX_NUMBER_LENGTH} tekens).'
        )
    return WinFormExMessage(mailbox=mailbox, assignment=assignment)


# Writing ----------------------------------------------------------------------------------


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def message_document(message: WinFormExMessage) -> dict[str, Any]:
    """The JSON object of a message (the inverse of :func:`message_from_json`)."""
    a = message.assignment
    if a.case_id is not None:
        raise ValueError("a WinFormEx message carries no Claims360 case")
    v, c, i, x, e = a.vehicle, a.customer, a.insurer, a.expert, a.estimate
    return {
        "format": FORMAT,
        "mailbox": message.mailbox,
        "number": a.number,
        "status": a.status,
        "complete": a.complete,
        "work": a.work,
        "vehicle": None
        if v is None
        else {
            "licensePlate": v.license_plate,
            "vin": v.vin,
            "make": v.make,
            "model": v.model,
            "firstRegistration": v.first_registration.isoformat() if v.first_registration else None,
            "odometerKm": v.odometer_km,
        },
        "customer": None if c is None else {"name": c.name, "phone": c.phone, "email": c.email},
        "insurer": None if i is None else {"name": i.name, "claimNumber": i.claim_number},
        "expert": None if x is None else {"name": x.name},
        "smartExpertise": a.smart_expertise,
        "estimate": None
        if e is None
        else {"estimateId": e.estimate_id, "version": e.version, "updatedAt": _iso(e.updated_at)},
        "photoCount": a.photo_count,
        "createdAt": _iso(a.created_at),
        "updatedAt": _iso(a.updated_at),
    }


def encode_message(message: WinFormExMessage) -> bytes:
    """UTF-8 JSON, readable by a person (indented, accents as they are)."""
    text = json.dumps(message_document(message), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
