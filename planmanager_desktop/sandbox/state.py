"""In-memory state of the Claims360 sandbox (C360-API contract in docs/claims360-api.md).

Why it exists: the real Claims360 API is not public, so the client, the sync and the demo mode are
all exercised against this sandbox, which implements the contract faithfully, including the
unpleasant parts (faults, rate limits, replays).

Clock and watermarks (the reason for :class:`ServerClock`): every timestamp the server hands out
(``updatedAt`` of a change, ``serverTime`` of a listing page) comes from one clock that is real UTC
time but *strictly increasing*: two events never share a timestamp, even within one microsecond.
Hence ``serverTime`` of a page is strictly greater than every ``updatedAt`` that exists when the
page is produced, and every later change gets an ``updatedAt`` strictly greater than that
``serverTime``. The listing filter ``updatedAt > updatedSince`` can therefore never miss a change
when a client stores ``serverTime`` of its first page as its next ``updatedSince``.

Timestamps are rendered as ISO 8601 with ``+00:00`` and microseconds; clients must echo
``serverTime`` verbatim (or parse it without losing precision).

All public methods take one re-entrant lock: uvicorn's event loop and the test thread (admin calls
through Python) touch the state at the same time.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import json
import random
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, ClassVar, Literal

from planmanager_desktop.sandbox.images import ImageFormat, render_photo, sniff_image_type

IDEMPOTENCY_TTL = timedelta(hours=24)
MAX_PHOTO_BYTES = 10 * 1024 * 1024
VAT_RATE = Decimal("0.21")
CENT = Decimal("0.01")

FaultKind = Literal["status", "drop", "truncate", "applyThenTimeout"]
FAULT_KINDS: tuple[str, ...] = ("status", "rateLimit", "drop", "truncate", "applyThenTimeout")


def to_iso(moment: datetime) -> str:
    """ISO 8601 with offset and microseconds (always the same shape, easy to compare)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_iso(text: str) -> datetime:
    """Parse an ISO timestamp that carries an offset; ValueError otherwise.

    The offset is kept (no conversion to UTC, which overflows near year 9999); aware datetimes
    compare correctly across offsets."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("timestamp without offset")
    return moment


class ServerClock:
    """Real UTC time, but every call returns a value strictly later than the previous one."""

    def __init__(self, now: Callable[[], datetime] | None = None) -> None:
        self._now = now or (lambda: datetime.now(UTC))
        self._last = datetime(2000, 1, 1, tzinfo=UTC)
        self._lock = threading.Lock()

    def tick(self) -> datetime:
        with self._lock:
            moment = self._now()
            if moment <= self._last:
                moment = self._last + timedelta(microseconds=1)
            self._last = moment
            return moment

    def observe(self, moment: datetime) -> None:
        """Make sure later ticks are after ``moment`` (used for seeded, historical data)."""
        with self._lock:
            self._last = max(self._last, moment)


class ProblemError(Exception):
    """A contract error; the app renders it as application/problem+json."""

    def __init__(self, status: int, detail: str, *, errors: dict[str, list[str]] | None = None,
                 title: str | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.errors = errors
        self.title = title
        self.headers = headers or {}


# --------------------------------------------------------------------------- model


@dataclass
class Organisation:
    carrosserie_id: str
    name: str
    vat_number: str
    bodyshop_key: str = field(repr=False)
    planmanager_key: str = field(repr=False)

    def public_json(self) -> dict[str, Any]:
        return {"carrosserieId": self.carrosserie_id, "name": self.name,
                "vatNumber": self.vat_number}

    def credentials(self) -> dict[str, str]:
        """The shape the fixtures, the server and ``run_cli`` hand to tests and people."""
        return {"carrosserieId": self.carrosserie_id, "name": self.name,
                "bodyshopKey": self.bodyshop_key, "planmanagerKey": self.planmanager_key}


@dataclass
class Photo:
    photo_id: str
    file_name: str
    content_type: str
    sha256: str
    taken_at: datetime | None
    source: str
    data: bytes = field(repr=False)

    def to_json(self) -> dict[str, Any]:
        return {"photoId": self.photo_id, "fileName": self.file_name,
                "contentType": self.content_type, "size": len(self.data),
                "sha256": self.sha256,
                "takenAt": to_iso(self.taken_at) if self.taken_at else None,
                "source": self.source}


@dataclass
class EstimateLine:
    line_no: int
    kind: str
    code: str | None
    description: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(CENT, ROUND_HALF_UP)

    def to_json(self) -> dict[str, Any]:
        return {"lineNo": self.line_no, "kind": self.kind, "code": self.code,
                "description": self.description, "quantity": _dec(self.quantity),
                "unitPrice": f"{self.unit_price:.2f}", "amount": f"{self.amount:.2f}"}


def _dec(value: Decimal) -> str:
    text = format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    return text


@dataclass
class EstimateVersion:
    version: int
    updated_at: datetime
    lines: list[EstimateLine]
    currency: str = "EUR"

    def totals(self) -> dict[str, str]:
        sums = {kind: Decimal("0.00") for kind in ("part", "labour", "paint", "other")}
        for line in self.lines:
            sums[line.kind] += line.amount
        net = sum(sums.values(), Decimal("0.00"))
        vat = (net * VAT_RATE).quantize(CENT, ROUND_HALF_UP)
        return {"parts": f"{sums['part']:.2f}", "labour": f"{sums['labour']:.2f}",
                "paint": f"{sums['paint']:.2f}", "other": f"{sums['other']:.2f}",
                "net": f"{net:.2f}", "vat": f"{vat:.2f}", "gross": f"{net + vat:.2f}"}


@dataclass
class Case:
    case_id: str
    number: str
    license_plate: str | None
    odometer_km: int | None
    external_reference: str | None
    created_at: datetime
    updated_at: datetime
    photos: list[Photo] = field(default_factory=list)
    estimate_id: str | None = None
    estimate_versions: list[EstimateVersion] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"caseId": self.case_id, "number": self.number,
                "licensePlate": self.license_plate, "odometerKm": self.odometer_km,
                "externalReference": self.external_reference,
                "createdAt": to_iso(self.created_at), "updatedAt": to_iso(self.updated_at)}

    def estimate_json(self, version: int | None = None) -> dict[str, Any] | None:
        if not self.estimate_versions or self.estimate_id is None:
            return None
        chosen = self.estimate_versions[-1] if version is None else next(
            (v for v in self.estimate_versions if v.version == version), None)
        if chosen is None:
            return None
        return {"estimateId": self.estimate_id, "version": chosen.version,
                "updatedAt": to_iso(chosen.updated_at), "currency": chosen.currency,
                "lines": [line.to_json() for line in chosen.lines], "totals": chosen.totals()}


@dataclass
class Assignment:
    number: str
    case_id: str | None
    status: str
    created_at: datetime
    updated_at: datetime
    complete: bool | None = False
    work: str | None = None
    vehicle: dict[str, Any] | None = None
    customer: dict[str, Any] | None = None
    insurer: dict[str, Any] | None = None
    expert: dict[str, Any] | None = None
    smart_expertise: bool | None = False


@dataclass
class OrgData:
    org: Organisation
    assignments: dict[str, Assignment] = field(default_factory=dict)
    cases: dict[str, Case] = field(default_factory=dict)
    _order: list[tuple[datetime, str]] | None = None

    def order(self) -> list[tuple[datetime, str]]:
        if self._order is None:
            self._order = sorted((a.updated_at, a.number) for a in self.assignments.values())
        return self._order


@dataclass
class IdempotencyEntry:
    fingerprint: str
    status: int
    body: bytes
    media_type: str
    expires: float


@dataclass
class Fault:
    """One scheduled fault: lets ``skip`` matching requests through, then fires ``remaining``
    times. ``method``/``path`` (substring) restrict which requests match."""

    kind: FaultKind
    skip: int = 0
    remaining: int = 1
    status: int = 503
    retry_after: float | None = None
    seconds: float = 30.0
    method: str | None = None
    path: str | None = None

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        if self.method is None and self.kind == "applyThenTimeout" and method not in (
                "POST", "PATCH"):
            return False
        return self.path is None or self.path in path

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "nth": self.skip + 1, "count": self.remaining,
                "status": self.status, "retryAfter": self.retry_after, "seconds": self.seconds,
                "method": self.method, "path": self.path}


# --------------------------------------------------------------------------- demo data

DEMO_ORGANISATIONS: tuple[tuple[str, str], ...] = (
    ("0566988259", "Carrosserie IndyPro BV"),
    ("0423187640", "Carrosserie Van den Broeck NV"),
    ("0712349093", "Garage & Carrosserie Dubois SRL"),
)

_FIRST = ("Sophia", "Lucas", "Emma", "Noah", "Olivia", "Louis", "Marie", "Arthur", "Elise",
          "Jules", "Lotte", "Wout", "Fien", "Mathis", "Camille", "Thibault", "Nora", "Finn")
_LAST = ("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
         "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Vermeulen", "Van Damme", "Hermans")
_CARS = (("Volkswagen", "Golf", "WVWZZZ1KZ"), ("Volkswagen", "Polo", "WVWZZZ6RZ"),
         ("Renault", "Clio", "VF15R"), ("Peugeot", "308", "VF3LB"), ("BMW", "320d", "WBA8E"),
         ("Audi", "A4 Avant", "WAUZZZ8K"), ("Toyota", "Yaris", "VNKKL"),
         ("Skoda", "Octavia", "TMBJG"), ("Mercedes-Benz", "A 180", "WDD17"),
         ("Opel", "Corsa", "W0L0S"), ("Citroën", "C3", "VF7SX"), ("Kia", "Sportage", "U5YPB"),
         ("Volvo", "XC40", "YV1XZ"), ("Ford", "Focus", "WF0NX"), ("Tesla", "Model 3", "5YJ3E"))
_INSURERS = (("AG Insurance", "AG"), ("Ethias", "ETH"), ("P&V", "PV"), ("AXA Belgium", "AXA"),
             ("Baloise", "BAL"), ("KBC Verzekeringen", "KBC"), ("Belfius Verzekeringen", "BEL"))
_EXPERTS = ("Expertisebureau Vandamme", "Expertises Lambert & Fils", "Autoexpertise Claes",
            "Van Hool Expertise", None)
_WORK = ("Carrosserie + spuitwerk", "Carrosserie", "Spuitwerk", "Glasbraak",
         "Hagelschade", "Uitdeuken zonder spuiten", None)
_PHOTO_NAMES = ("voorkant", "achterkant", "zijkant-links", "zijkant-rechts", "schade-detail",
                "kilometerstand", "chassisnummer", "interieur")
_PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
_LINE_TEMPLATES: tuple[tuple[str, str | None, str, str, str], ...] = (
    ("part", "5G0807221", "Bumper voor", "1", "412.50"),
    ("labour", None, "Bumper vervangen", "1.5", "62.00"),
    ("paint", None, "Spuitwerk bumper", "1", "188.40"),
    ("part", "5G0941005", "Koplamp links", "1", "326.80"),
    ("labour", None, "Koplamp afstellen", "0.5", "62.00"),
    ("part", "5G0821105", "Spatbord links", "1", "154.20"),
    ("paint", None, "Spuitwerk spatbord", "1", "176.00"),
    ("other", None, "Kleine materialen", "1", "24.75"),
    ("labour", None, "Uitdeuken portier", "2.25", "62.00"),
)


def fake_plate_lookup(plate: str) -> dict[str, Any]:
    """The "vergrootglas": Claims360 looks a vehicle up by plate (deterministic fake)."""
    digest = hashlib.sha256(plate.upper().encode()).digest()
    make, model, wmi = _CARS[digest[0] % len(_CARS)]
    serial = int.from_bytes(digest[1:5], "big") % 1_000_000
    vin = wmi.ljust(9, "Z")[:9] + "AW" + f"{serial:06d}"
    year = 2008 + digest[5] % 16
    return {"licensePlate": plate, "vin": vin, "make": make, "model": model,
            "firstRegistration": date(year, 1 + digest[6] % 12, 1).isoformat(),
            "odometerKm": None}


def _random_plate(rng: random.Random) -> str:
    letters = "".join(rng.choice(_PLATE_LETTERS) for _ in range(3))
    return f"{rng.choice('12')}-{letters}-{rng.randint(0, 999):03d}"


# --------------------------------------------------------------------------- the state


class SandboxState:
    """Everything the sandbox knows, plus its fault knobs, behind one lock."""

    def __init__(self, *, clock: ServerClock | None = None,
                 persist_path: str | Path | None = None) -> None:
        self.lock = threading.RLock()
        self.clock = clock or ServerClock()
        self.persist_path = Path(persist_path) if persist_path else None
        self.orgs: dict[str, OrgData] = {}
        self._by_bodyshop_key: dict[str, OrgData] = {}
        self._case_org: dict[str, str] = {}
        self._idempotency: dict[tuple[str, str], IdempotencyEntry] = {}
        self._next_number = 8902300
        self._next_photo = 1
        self._next_estimate = 0x77A
        self._rng = random.Random(2021)
        # fault knobs
        self.latency = 0.0
        self.faults: list[Fault] = []
        self.rate_limit_per_second: float | None = None
        self._request_counts: dict[str, int] = {}
        self._request_route_counts: dict[str, int] = {}

    # ---------------------------------------------------------------- seeding

    @classmethod
    def seeded(cls, seed: Literal["demo", "empty"] = "demo", *, assignments_per_org: int = 12,
               persist_path: str | Path | None = None) -> SandboxState:
        """Organisations with fresh keys; with ``demo`` also realistic assignments, cases,
        estimates (some with two versions) and real photos."""
        if seed not in ("demo", "empty"):
            raise ValueError(f"unknown seed {seed!r}: use 'demo' or 'empty'")
        state = cls(persist_path=persist_path)
        for cid, name in DEMO_ORGANISATIONS:
            state.add_organisation(cid, name)
        if seed == "demo":
            for cid, _name in DEMO_ORGANISATIONS:
                state._seed_demo_assignments(cid, assignments_per_org)
        state._persist()
        return state

    def add_organisation(self, carrosserie_id: str, name: str,
                         vat_number: str | None = None) -> Organisation:
        """A new organisation with freshly generated keys (never constants)."""
        with self.lock:
            if carrosserie_id in self.orgs:
                raise ValueError(f"organisation {carrosserie_id} exists")
            org = Organisation(carrosserie_id, name, vat_number or f"BE{carrosserie_id}",
                               secrets.token_urlsafe(32), secrets.token_urlsafe(32))
            data = OrgData(org)
            self.orgs[carrosserie_id] = data
            self._by_bodyshop_key[org.bodyshop_key] = data
            return org

    @property
    def organisations(self) -> list[Organisation]:
        with self.lock:
            return [data.org for data in self.orgs.values()]

    def _seed_demo_assignments(self, cid: str, count: int) -> None:
        rng = self._rng
        now = self.clock.tick().replace(microsecond=0)
        for index in range(count):
            created = now - timedelta(days=rng.randint(6, 40), hours=rng.randint(0, 9),
                                      minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
            fields = self._random_assignment_fields(rng)
            case = self._new_case(cid, fields["vehicle"]["licensePlate"],
                                  fields["vehicle"]["odometerKm"], None, created)
            assignment = Assignment(number=case.number, case_id=case.case_id, status="open",
                                    created_at=created, updated_at=created)
            self._apply_fields(assignment, fields)
            last = created
            photo_count = rng.choice((0, 1, 2, 3, 4, 6))
            for photo_index in range(photo_count):
                last = last + timedelta(minutes=rng.randint(5, 300))
                fmt: ImageFormat = "png" if photo_index == 3 else "jpeg"
                self._store_photo(case, self._demo_photo(case, photo_index, fmt), last,
                                  "expert", _PHOTO_NAMES[photo_index % len(_PHOTO_NAMES)] +
                                  (".png" if fmt == "png" else ".jpg"))
            versions = rng.choice((0, 0, 1, 1, 2))
            for _ in range(versions):
                last = last + timedelta(hours=rng.randint(2, 48))
                self._add_estimate_version(case, self._random_lines(rng), last)
            if index % 6 == 5:
                assignment.status = "cancelled"
                last = last + timedelta(hours=3)
            elif index % 7 == 4:
                assignment.status = "closed"
                assignment.complete = True
                last = last + timedelta(hours=5)
            last = min(last, now)
            assignment.updated_at = last
            case.updated_at = last
            self.clock.observe(last)
            self._put_assignment(cid, assignment)

    def _random_assignment_fields(self, rng: random.Random) -> dict[str, Any]:
        plate = _random_plate(rng)
        vehicle = fake_plate_lookup(plate)
        vehicle["odometerKm"] = rng.randrange(8_000, 260_000, 100)
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        insurer, prefix = rng.choice(_INSURERS)
        expert = rng.choice(_EXPERTS)
        return {
            "complete": rng.random() < 0.4,
            "work": rng.choice(_WORK),
            "vehicle": vehicle,
            "customer": {"name": f"{first} {last[0]}",
                         "phone": f"+32 4{rng.randint(70, 99)} {rng.randint(10, 99)} "
                                  f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
                         "email": f"{first.lower()}.{last.lower().replace(' ', '')}@example.be"},
            "insurer": {"name": insurer,
                        "claimNumber": f"{prefix}-{rng.randint(2021, 2025)}-"
                                       f"{rng.randint(1, 999999):06d}"},
            "expert": {"name": expert} if expert else None,
            "smartExpertise": rng.random() < 0.3,
        }

    def _random_lines(self, rng: random.Random) -> list[EstimateLine]:
        chosen = rng.sample(_LINE_TEMPLATES, rng.randint(2, 6))
        return [EstimateLine(i + 1, kind, code, text, Decimal(qty), Decimal(price))
                for i, (kind, code, text, qty, price) in enumerate(chosen)]

    def _demo_photo(self, case: Case, index: int, fmt: ImageFormat) -> bytes:
        name = _PHOTO_NAMES[index % len(_PHOTO_NAMES)]
        return render_photo(f"{case.license_plate} {name}", fmt)

    def bulk_add_assignments(self, cid: str, count: int, *, photos: bool = False) -> list[str]:
        """Add ``count`` plain assignments quickly (benchmarks: 10,000 in well under a second).

        Each gets its own case and a distinct, strictly increasing ``updatedAt``."""
        with self.lock:
            data = self._org(cid)
            rng = random.Random(count * 7919 + len(data.assignments))
            numbers: list[str] = []
            for _ in range(count):
                moment = self.clock.tick()
                plate = _random_plate(rng)
                case = self._new_case(cid, plate, rng.randrange(5_000, 250_000, 100), None,
                                      moment)
                vehicle = fake_plate_lookup(plate)
                vehicle["odometerKm"] = case.odometer_km
                insurer, prefix = _INSURERS[len(numbers) % len(_INSURERS)]
                assignment = Assignment(
                    number=case.number, case_id=case.case_id, status="open", created_at=moment,
                    updated_at=moment, work=_WORK[len(numbers) % len(_WORK)], vehicle=vehicle,
                    customer={"name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)[0]}",
                              "phone": None, "email": None},
                    insurer={"name": insurer, "claimNumber": f"{prefix}-B-{case.number}"},
                    expert=None, smart_expertise=False)
                if photos:
                    self._store_photo(case, render_photo("bulk"), moment, "expert", "bulk.jpg")
                data.assignments[assignment.number] = assignment
                numbers.append(assignment.number)
            data._order = None
            self._persist()
            return numbers

    # ---------------------------------------------------------------- lookups

    def _org(self, cid: str) -> OrgData:
        data = self.orgs.get(cid)
        if data is None:
            raise ProblemError(404, f"Organisatie {cid} bestaat niet.")
        return data

    def authenticate(self, bodyshop_key: str | None, planmanager_key: str | None) -> Organisation:
        """The organisation of the key pair, or 401 naming the missing or wrong header(s)."""
        with self.lock:
            missing = [name for name, value in (("X-Bodyshop-Api-Key", bodyshop_key),
                                                ("X-PlanManager-Api-Key", planmanager_key))
                       if not value]
            if missing:
                verb = "ontbreekt" if len(missing) == 1 else "ontbreken"
                raise ProblemError(401, f"Header {' en '.join(missing)} {verb}.")
            data = self._find_by_bodyshop_key(bodyshop_key or "")
            if data is None:
                raise ProblemError(401, "X-Bodyshop-Api-Key is ongeldig: geen organisatie met "
                                        "deze sleutel.")
            if not secrets.compare_digest((planmanager_key or "").encode(),
                                          data.org.planmanager_key.encode()):
                raise ProblemError(401, "X-PlanManager-Api-Key is ongeldig voor deze "
                                        "organisatie.")
            return data.org

    def _find_by_bodyshop_key(self, key: str) -> OrgData | None:
        for known, data in self._by_bodyshop_key.items():
            if secrets.compare_digest(known.encode(), key.encode()):
                return data
        return None

    def org_for_path(self, caller: Organisation, cid: str) -> OrgData:
        """403 when the (valid) keys belong to another organisation than ``cid``."""
        with self.lock:
            if caller.carrosserie_id != cid or cid not in self.orgs:
                raise ProblemError(403, f"Deze sleutels horen niet bij Carrosserie Id {cid}.")
            return self.orgs[cid]

    def _case(self, cid: str, case_id: str) -> Case:
        case = self._org(cid).cases.get(case_id)
        if case is None:
            raise ProblemError(404, f"Dossier (case) {case_id} bestaat niet.")
        return case

    # ---------------------------------------------------------------- assignments

    def assignment_json(self, cid: str, assignment: Assignment) -> dict[str, Any]:
        with self.lock:
            case = self.orgs[cid].cases.get(assignment.case_id or "")
            estimate = None
            photo_count: int | None = None
            if case is not None:
                photo_count = len(case.photos)
                if case.estimate_versions and case.estimate_id:
                    current = case.estimate_versions[-1]
                    estimate = {"estimateId": case.estimate_id, "version": current.version,
                                "updatedAt": to_iso(current.updated_at)}
            return {
                "number": assignment.number, "caseId": assignment.case_id,
                "status": assignment.status, "complete": assignment.complete,
                "work": assignment.work,
                "vehicle": dict(assignment.vehicle) if assignment.vehicle else None,
                "customer": dict(assignment.customer) if assignment.customer else None,
                "insurer": dict(assignment.insurer) if assignment.insurer else None,
                "expert": dict(assignment.expert) if assignment.expert else None,
                "smartExpertise": assignment.smart_expertise, "estimate": estimate,
                "photoCount": photo_count, "createdAt": to_iso(assignment.created_at),
                "updatedAt": to_iso(assignment.updated_at),
            }

    def list_assignments(self, cid: str, *, updated_since: datetime | None,
                         after: tuple[datetime, str] | None, limit: int
                         ) -> tuple[list[dict[str, Any]], tuple[datetime, str] | None, datetime]:
        """One page: items with ``updatedAt > updated_since`` and ``(updatedAt, number) >
        after``, ordered by ``(updatedAt, number)``; the last key when more follow; serverTime."""
        with self.lock:
            data = self._org(cid)
            order = data.order()
            start = 0
            if updated_since is not None:
                start = bisect.bisect_right(order, (updated_since, "\U0010ffff"))
            if after is not None:
                start = max(start, bisect.bisect_right(order, after))
            keys = order[start:start + limit]
            items = [self.assignment_json(cid, data.assignments[number]) for _, number in keys]
            more = start + limit < len(order)
            server_time = self.clock.tick()
            return items, (keys[-1] if more and keys else None), server_time

    def get_assignment(self, cid: str, number: str) -> dict[str, Any]:
        with self.lock:
            assignment = self._org(cid).assignments.get(number)
            if assignment is None:
                raise ProblemError(404, f"Opdracht {number} bestaat niet.")
            return self.assignment_json(cid, assignment)

    def _put_assignment(self, cid: str, assignment: Assignment) -> None:
        data = self.orgs[cid]
        data.assignments[assignment.number] = assignment
        data._order = None

    def _touch(self, cid: str, case: Case | None = None, *,
               assignment: Assignment | None = None) -> datetime:
        """Give the case's assignment (and the case) a new, strictly later updatedAt."""
        moment = self.clock.tick()
        data = self.orgs[cid]
        if assignment is None and case is not None:
            assignment = data.assignments.get(case.number)
        if case is not None:
            case.updated_at = moment
        if assignment is not None:
            assignment.updated_at = moment
            data._order = None
        return moment

    _FIELD_MAP: ClassVar[dict[str, str]] = {"complete": "complete", "work": "work", "vehicle": "vehicle",
                  "customer": "customer", "insurer": "insurer", "expert": "expert",
                  "smartExpertise": "smart_expertise", "status": "status"}

    def _apply_fields(self, assignment: Assignment, fields: dict[str, Any]) -> None:
        for key, value in fields.items():
            attr = self._FIELD_MAP.get(key)
            if attr is None:
                continue
            current = getattr(assignment, attr)
            if isinstance(value, dict) and isinstance(current, dict):
                merged = dict(current)
                merged.update(value)
                value = merged
            setattr(assignment, attr, value)

    def admin_upsert_assignment(self, cid: str, fields: dict[str, Any]) -> tuple[bool, dict[str,
                                                                                          Any]]:
        """Add (no or unknown ``number``) or change an assignment as an insurer would.

        ``fields`` uses the contract's names; nested objects are merged. Returns (created, json).
        """
        with self.lock:
            data = self._org(cid)
            unknown = sorted(set(fields) - set(self._FIELD_MAP) - {"number"})
            if unknown:
                raise ProblemError(422, "Onbekende velden.",
                                   errors={k: ["onbekend veld"] for k in unknown})
            if "status" in fields and fields["status"] not in ("open", "cancelled", "closed"):
                raise ProblemError(422, "Ongeldige status.",
                                   errors={"status": ["open, cancelled of closed"]})
            number = fields.get("number")
            existing = data.assignments.get(str(number)) if number is not None else None
            if existing is not None:
                self._apply_fields(existing, fields)
                case = data.cases.get(existing.case_id or "")
                self._touch(cid, case, assignment=existing)
                self._persist()
                return False, self.assignment_json(cid, existing)
            base = self._random_assignment_fields(self._rng)
            for key in ("vehicle", "customer", "insurer", "expert"):
                if key in fields and fields[key] is not None and base.get(key) is not None:
                    base[key] = {**base[key], **fields[key]}
                    fields = {k: v for k, v in fields.items() if k != key}
            base.update({k: v for k, v in fields.items() if k != "number"})
            moment = self.clock.tick()
            vehicle = base.get("vehicle") or {}
            case = self._new_case(cid, vehicle.get("licensePlate"), vehicle.get("odometerKm"),
                                  None, moment, number=str(number) if number else None)
            assignment = Assignment(number=case.number, case_id=case.case_id, status="open",
                                    created_at=moment, updated_at=moment)
            self._apply_fields(assignment, base)
            self._put_assignment(cid, assignment)
            self._persist()
            return True, self.assignment_json(cid, assignment)

    def cancel_assignment(self, cid: str, number: str) -> dict[str, Any]:
        with self.lock:
            assignment = self._org(cid).assignments.get(number)
            if assignment is None:
                raise ProblemError(404, f"Opdracht {number} bestaat niet.")
            assignment.status = "cancelled"
            self._touch(cid, self.orgs[cid].cases.get(assignment.case_id or ""),
                        assignment=assignment)
            self._persist()
            return self.assignment_json(cid, assignment)

    # ---------------------------------------------------------------- cases

    def _new_case(self, cid: str, plate: str | None, km: int | None, reference: str | None,
                  moment: datetime, *, number: str | None = None) -> Case:
        if number is None or any(number in d.assignments for d in self.orgs.values()):
            self._next_number += 1
            number = str(self._next_number)
        while True:
            case_id = "c-" + secrets.token_hex(3)
            if case_id not in self._case_org:
                break
        case = Case(case_id, number, plate, km, reference, moment, moment)
        self.orgs[cid].cases[case_id] = case
        self._case_org[case_id] = cid
        return case

    def create_case(self, cid: str, plate: str, km: int | None,
                    reference: str | None) -> dict[str, Any]:
        """A new case and its assignment, vehicle filled in by the plate lookup."""
        with self.lock:
            self._org(cid)
            moment = self.clock.tick()
            case = self._new_case(cid, plate, km, reference, moment)
            vehicle = fake_plate_lookup(plate)
            vehicle["odometerKm"] = km
            assignment = Assignment(number=case.number, case_id=case.case_id, status="open",
                                    created_at=moment, updated_at=moment, complete=False,
                                    work=None, vehicle=vehicle, smart_expertise=False)
            self._put_assignment(cid, assignment)
            self._persist()
            return {"caseId": case.case_id, "number": case.number,
                    "createdAt": to_iso(case.created_at)}

    def update_case(self, cid: str, case_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            case = self._case(cid, case_id)
            km = changes.get("odometerKm", case.odometer_km)
            if "odometerKm" in changes and km is not None and case.odometer_km is not None \
                    and km < case.odometer_km:
                raise ProblemError(422, "De km-stand mag niet lager zijn dan de vorige.",
                                   errors={"odometerKm": [
                                       f"lager dan de huidige km-stand {case.odometer_km}"]})
            plate = changes.get("licensePlate", case.license_plate)
            if (plate, km) != (case.license_plate, case.odometer_km):
                case.license_plate, case.odometer_km = plate, km
                assignment = self.orgs[cid].assignments.get(case.number)
                if assignment is not None:
                    vehicle = dict(assignment.vehicle or fake_plate_lookup(plate or ""))
                    vehicle["licensePlate"] = plate
                    vehicle["odometerKm"] = km
                    assignment.vehicle = vehicle
                self._touch(cid, case)
                self._persist()
            return case.to_json()

    # ---------------------------------------------------------------- estimates

    def _add_estimate_version(self, case: Case, lines: list[EstimateLine],
                              moment: datetime) -> EstimateVersion:
        if case.estimate_id is None:
            self._next_estimate += 1
            case.estimate_id = f"e-{self._next_estimate:x}"
        version = EstimateVersion(len(case.estimate_versions) + 1, moment, lines)
        case.estimate_versions.append(version)
        return version

    def get_estimate(self, cid: str, case_id: str, version: int | None = None) -> dict[str, Any]:
        with self.lock:
            estimate = self._case(cid, case_id).estimate_json(version)
            if estimate is None:
                what = "Nog geen bestek" if version is None else f"Geen bestekversie {version}"
                raise ProblemError(404, f"{what} voor dossier {case_id}.")
            return estimate

    def admin_add_estimate_version(self, cid: str, case_id: str,
                                   lines: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """A new estimate version (as the expert would publish); generated lines when None."""
        with self.lock:
            case = self._case(cid, case_id)
            if lines is None:
                parsed = self._random_lines(self._rng)
            else:
                try:
                    parsed = [EstimateLine(int(item.get("lineNo", i + 1)), str(item["kind"]),
                                           item.get("code"), str(item["description"]),
                                           Decimal(str(item["quantity"])),
                                           Decimal(str(item["unitPrice"])))
                              for i, item in enumerate(lines)]
                except (KeyError, ArithmeticError, TypeError, ValueError) as exc:
                    raise ProblemError(422, f"Ongeldige bestekregels: {exc}",
                                       errors={"lines": [str(exc)]}) from exc
                if any(line.kind not in ("part", "labour", "paint", "other") for line in parsed):
                    raise ProblemError(422, "Ongeldige soort.",
                                       errors={"lines": ["kind: part, labour, paint of other"]})
            moment = self._touch(cid, case)
            version = self._add_estimate_version(case, parsed, moment)
            self._persist()
            result = case.estimate_json(version.version)
            assert result is not None
            return result

    # ---------------------------------------------------------------- photos

    def _store_photo(self, case: Case, data: bytes, taken_at: datetime | None, source: str,
                     file_name: str) -> Photo:
        content_type = sniff_image_type(data) or "application/octet-stream"
        photo = Photo(f"p-{self._next_photo:03d}", file_name, content_type,
                      hashlib.sha256(data).hexdigest(), taken_at, source, data)
        self._next_photo += 1
        case.photos.append(photo)
        return photo

    def list_photos(self, cid: str, case_id: str) -> list[dict[str, Any]]:
        with self.lock:
            return [photo.to_json() for photo in self._case(cid, case_id).photos]

    def photo(self, cid: str, case_id: str, photo_id: str) -> Photo:
        with self.lock:
            for photo in self._case(cid, case_id).photos:
                if photo.photo_id == photo_id:
                    return photo
            raise ProblemError(404, f"Foto {photo_id} bestaat niet in dossier {case_id}.")

    def add_photo(self, cid: str, case_id: str, data: bytes, file_name: str, *,
                  source: str = "bodyshop", taken_at: datetime | None = None
                  ) -> tuple[bool, Photo]:
        """Store a photo unless its sha256 is already on the case: (created, photo)."""
        with self.lock:
            case = self._case(cid, case_id)
            if len(data) > MAX_PHOTO_BYTES:
                raise ProblemError(413, "De foto is groter dan 10 MB.")
            if sniff_image_type(data) is None:
                raise ProblemError(415, "Alleen JPEG- en PNG-foto's worden aanvaard.")
            digest = hashlib.sha256(data).hexdigest()
            for photo in case.photos:
                if photo.sha256 == digest:
                    return False, photo
            self._touch(cid, case)
            photo = self._store_photo(case, data, taken_at, source, file_name)
            self._persist()
            return True, photo

    def admin_add_photo(self, cid: str, case_id: str, *, fmt: ImageFormat = "jpeg",
                        file_name: str | None = None) -> Photo:
        """A real, new image added by the expert (distinct bytes every call)."""
        with self.lock:
            case = self._case(cid, case_id)
            label = f"{case.license_plate or case_id} foto {self._next_photo}"
            name = file_name or f"expert-{self._next_photo}.{'png' if fmt == 'png' else 'jpg'}"
            _created, photo = self.add_photo(cid, case_id, render_photo(label, fmt), name,
                                             source="expert", taken_at=self.clock.tick())
            return photo

    # ---------------------------------------------------------------- idempotency

    def idempotency_lookup(self, cid: str, key: str, fingerprint: str
                           ) -> IdempotencyEntry | None:
        """The stored response for this key, None when new; 422 when the body differs."""
        with self.lock:
            now = time.monotonic()
            for stored_key in [k for k, e in self._idempotency.items() if e.expires < now]:
                del self._idempotency[stored_key]
            entry = self._idempotency.get((cid, key))
            if entry is None:
                return None
            if entry.fingerprint != fingerprint:
                raise ProblemError(422, "Deze Idempotency-Key werd al gebruikt voor een andere "
                                        "aanvraag.",
                                   errors={"Idempotency-Key": ["al gebruikt met een andere body"]})
            return entry

    def idempotency_store(self, cid: str, key: str, fingerprint: str, status: int, body: bytes,
                          media_type: str) -> None:
        with self.lock:
            self._idempotency[(cid, key)] = IdempotencyEntry(
                fingerprint, status, body, media_type,
                time.monotonic() + IDEMPOTENCY_TTL.total_seconds())

    # ---------------------------------------------------------------- faults

    def set_latency(self, seconds: float) -> None:
        """Delay every /v1 request by ``seconds``."""
        with self.lock:
            self.latency = max(0.0, float(seconds))

    def set_rate_limit(self, per_second: float | None) -> None:
        """Requests per second per bodyshop key (burst of the same size); None disables."""
        with self.lock:
            self.rate_limit_per_second = per_second

    def add_fault(self, kind: str, *, nth: int = 1, count: int = 1, status: int | None = None,
                  retry_after: float | None = None, seconds: float = 30.0,
                  method: str | None = None, path: str | None = None) -> Fault:
        """Schedule a fault on the ``nth`` matching /v1 request from now, ``count`` times.

        kinds: ``status`` (answer ``status`` with problem+json, Retry-After if given),
        ``rateLimit`` (429 with Retry-After, default 1 s), ``drop`` (headers and half the body,
        then the connection closes), ``truncate`` (complete HTTP response, JSON cut in half),
        ``applyThenTimeout`` (the write happens, then the answer waits ``seconds``; by default
        only POST/PATCH requests match).
        """
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}")
        if nth < 1 or count < 1:
            raise ValueError("nth and count must be >= 1")
        resolved: FaultKind
        if kind == "rateLimit":
            resolved, status = "status", 429
            retry_after = 1.0 if retry_after is None else retry_after
        else:
            resolved = kind  # type: ignore[assignment]
        fault = Fault(resolved, skip=nth - 1, remaining=count,
                      status=status if status is not None else 503, retry_after=retry_after,
                      seconds=seconds, method=method, path=path)
        with self.lock:
            self.faults.append(fault)
        return fault

    def fail_request(self, status: int, *, nth: int = 1, count: int = 1,
                     retry_after: float | None = None, method: str | None = None,
                     path: str | None = None) -> Fault:
        return self.add_fault("status", nth=nth, count=count, status=status,
                              retry_after=retry_after, method=method, path=path)

    def rate_limit_next(self, count: int = 1, *, retry_after: float = 1.0) -> Fault:
        return self.add_fault("rateLimit", count=count, retry_after=retry_after)

    def drop_connection(self, *, nth: int = 1, count: int = 1, method: str | None = None,
                        path: str | None = None) -> Fault:
        return self.add_fault("drop", nth=nth, count=count, method=method, path=path)

    def truncate_json(self, *, nth: int = 1, count: int = 1, method: str | None = None,
                      path: str | None = None) -> Fault:
        return self.add_fault("truncate", nth=nth, count=count, method=method, path=path)

    def apply_then_timeout(self, seconds: float = 30.0, *, nth: int = 1, count: int = 1,
                           method: str | None = None, path: str | None = None) -> Fault:
        return self.add_fault("applyThenTimeout", nth=nth, count=count, seconds=seconds,
                              method=method, path=path)

    def clear_faults(self) -> None:
        """No scheduled faults and no latency (the rate limit stays)."""
        with self.lock:
            self.faults.clear()
            self.latency = 0.0

    def next_fault(self, method: str, path: str) -> Fault | None:
        """Called once per /v1 request: counts it for every matching fault, returns the one
        that fires (first due in order), or None."""
        with self.lock:
            fired: Fault | None = None
            for fault in self.faults:
                if not fault.matches(method, path):
                    continue
                if fault.skip > 0:
                    fault.skip -= 1
                    continue
                if fired is None:
                    fired = fault
                    fault.remaining -= 1
            self.faults = [f for f in self.faults if f.remaining > 0]
            return fired

    # ---------------------------------------------------------------- request counts

    def count_request(self, method: str, path: str) -> None:
        with self.lock:
            self._request_counts[path] = self._request_counts.get(path, 0) + 1
            route = f"{method} {path}"
            self._request_route_counts[route] = self._request_route_counts.get(route, 0) + 1

    def request_counts(self) -> dict[str, Any]:
        """``{"total": n, "byPath": {path: n}, "byRoute": {"GET path": n}}`` of /v1 requests."""
        with self.lock:
            return {"total": sum(self._request_counts.values()),
                    "byPath": dict(self._request_counts),
                    "byRoute": dict(self._request_route_counts)}

    def reset_request_counts(self) -> None:
        with self.lock:
            self._request_counts.clear()
            self._request_route_counts.clear()

    # ---------------------------------------------------------------- summary & persistence

    def summary(self) -> dict[str, Any]:
        with self.lock:
            return {
                "serverTime": to_iso(self.clock.tick()),
                "organisations": [
                    {**data.org.credentials(), "vatNumber": data.org.vat_number,
                     "assignments": len(data.assignments), "cases": len(data.cases),
                     "photos": sum(len(c.photos) for c in data.cases.values()),
                     "assignmentNumbers": sorted(data.assignments)[:50]}
                    for data in self.orgs.values()],
                "latency": self.latency,
                "rateLimitPerSecond": self.rate_limit_per_second,
                "faults": [fault.to_json() for fault in self.faults],
                "requests": self.request_counts()["total"],
            }

    def _persist(self) -> None:
        if self.persist_path is not None:
            self.save(self.persist_path)

    def save(self, path: str | Path) -> None:
        """Write everything (keys included: this is a local test server) as JSON."""
        with self.lock:
            payload = {"version": 1, "nextNumber": self._next_number,
                       "nextPhoto": self._next_photo, "nextEstimate": self._next_estimate,
                       "organisations": [_org_to_json(data) for data in self.orgs.values()]}
            target = Path(path)
            tmp = target.with_suffix(target.suffix + ".tmp")
            tmp.write_text(json.dumps(payload), encoding="utf-8")
            tmp.replace(target)

    @classmethod
    def load(cls, path: str | Path, *, persist: bool = True) -> SandboxState:
        payload = json.loads(Path(path).read_text(encoding="utf-8"))
        state = cls(persist_path=path if persist else None)
        state._next_number = payload["nextNumber"]
        state._next_photo = payload["nextPhoto"]
        state._next_estimate = payload["nextEstimate"]
        for raw in payload["organisations"]:
            data = _org_from_json(raw)
            state.orgs[data.org.carrosserie_id] = data
            state._by_bodyshop_key[data.org.bodyshop_key] = data
            for case_id in data.cases:
                state._case_org[case_id] = data.org.carrosserie_id
            for assignment in data.assignments.values():
                state.clock.observe(assignment.updated_at)
        return state


def _org_to_json(data: OrgData) -> dict[str, Any]:
    org = data.org
    return {
        "carrosserieId": org.carrosserie_id, "name": org.name, "vatNumber": org.vat_number,
        "bodyshopKey": org.bodyshop_key, "planmanagerKey": org.planmanager_key,
        "assignments": [{**a.__dict__, "created_at": to_iso(a.created_at),
                         "updated_at": to_iso(a.updated_at)} for a in data.assignments.values()],
        "cases": [{
            **c.to_json(), "estimateId": c.estimate_id,
            "photos": [{**p.to_json(), "data": base64.b64encode(p.data).decode()}
                       for p in c.photos],
            "estimateVersions": [{"version": v.version, "updatedAt": to_iso(v.updated_at),
                                  "lines": [line.to_json() for line in v.lines]}
                                 for v in c.estimate_versions],
        } for c in data.cases.values()],
    }


def _org_from_json(raw: dict[str, Any]) -> OrgData:
    org = Organisation(raw["carrosserieId"], raw["name"], raw["vatNumber"], raw["bodyshopKey"],
                       raw["planmanagerKey"])
    data = OrgData(org)
    for item in raw["assignments"]:
        item = dict(item)
        item["created_at"] = parse_iso(item["created_at"])
        item["updated_at"] = parse_iso(item["updated_at"])
        data.assignments[item["number"]] = Assignment(**item)
    for item in raw["cases"]:
        case = Case(item["caseId"], item["number"], item["licensePlate"], item["odometerKm"],
                    item["externalReference"], parse_iso(item["createdAt"]),
                    parse_iso(item["updatedAt"]), estimate_id=item["estimateId"])
        case.photos = [Photo(p["photoId"], p["fileName"], p["contentType"], p["sha256"],
                             parse_iso(p["takenAt"]) if p["takenAt"] else None, p["source"],
                             base64.b64decode(p["data"])) for p in item["photos"]]
        case.estimate_versions = [
            EstimateVersion(v["version"], parse_iso(v["updatedAt"]), [
                EstimateLine(line["lineNo"], line["kind"], line["code"], line["description"],
                             Decimal(line["quantity"]), Decimal(line["unitPrice"]))
                for line in v["lines"]]) for v in item["estimateVersions"]]
        data.cases[case.case_id] = case
    return data


def iter_credentials(state: SandboxState) -> Iterable[dict[str, str]]:
    return [org.credentials() for org in state.organisations]
