"""Typed models of the Claims360 contract and their strict parsers.

Why strict: everything that comes over the network is untrusted. A parser here either returns a
fully typed, immutable object or raises :class:`ResponseError` naming the JSON path that is wrong
(never the value: a broken server could echo anything, also a key). No ``KeyError`` or
``TypeError`` ever escapes to the sync engine.

Rules, all from the contract (docs: ``claims360-api.md``):

* timestamps are ISO 8601 *with* offset; a naive timestamp is an error;
* money and quantities are decimal **strings**; a JSON number there (a float) is an error;
* of an assignment only ``number``, ``status``, ``createdAt`` and ``updatedAt`` are required;
  any other field may be null (or absent, which this client reads as null);
* ``status`` is ``open``, ``cancelled`` or ``closed``; an estimate line's ``kind`` is ``part``,
  ``labour``, ``paint`` or ``other``.

The parsers are written out by hand rather than driven by reflection: a sync may read tens of
thousands of assignments, and this is the client's hot path (see ``bench/``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal, TypeVar

from .errors import ResponseError

T = TypeVar("T")

AssignmentStatus = Literal["open", "cancelled", "closed"]
LineKind = Literal["part", "labour", "paint", "other"]

_STATUSES: frozenset[str] = frozenset(("open", "cancelled", "closed"))
_KINDS: frozenset[str] = frozenset(("part", "labour", "paint", "other"))
_DECIMAL_RE = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
_SHA256_RE = re.compile(r"[0-9a-fA-F]{64}")


# --------------------------------------------------------------------------------------- models


@dataclass(frozen=True, slots=True)
class Organisation:
    """``GET /v1/organisation``: whom the two keys identify."""

    carrosserie_id: str
    name: str
    vat_number: str | None


@dataclass(frozen=True, slots=True)
class Vehicle:
    license_plate: str | None
    vin: str | None
    make: str | None
    model: str | None
    first_registration: date | None
    odometer_km: int | None


@dataclass(frozen=True, slots=True)
class Customer:
    name: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True, slots=True)
class Insurer:
    name: str | None
    claim_number: str | None


@dataclass(frozen=True, slots=True)
class Expert:
    name: str | None


@dataclass(frozen=True, slots=True)
class EstimateRef:
    """The estimate linked to an assignment's case (its current version)."""

    estimate_id: str
    version: int
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Assignment:
    """One "opdracht". Clients de-duplicate on ``number`` (the contract allows repeats)."""

    number: str
    case_id: str | None
    status: AssignmentStatus
    complete: bool | None
    work: str | None
    vehicle: Vehicle | None
    customer: Customer | None
    insurer: Insurer | None
    expert: Expert | None
    smart_expertise: bool | None
    estimate: EstimateRef | None
    photo_count: int | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class AssignmentPage:
    """One page of ``GET …/assignments``.

    ``server_time_raw`` is kept as the server sent it: the contract says the next sync's
    ``updatedSince`` is the *first* page's ``serverTime``, and sending back the server's own text
    avoids any reformatting (offsets, fractions) between two clocks.
    """

    items: tuple[Assignment, ...]
    next_cursor: str | None
    server_time_raw: str
    server_time: datetime


@dataclass(frozen=True, slots=True)
class CaseCreated:
    """``POST …/cases``: the case (and its assignment number) Claims360 created."""

    case_id: str
    number: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class EstimateLine:
    line_no: int
    kind: LineKind
    code: str | None
    description: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True, slots=True)
class EstimateTotals:
    parts: Decimal
    labour: Decimal
    paint: Decimal
    other: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal


@dataclass(frozen=True, slots=True)
class Estimate:
    """One version of a "bestek"."""

    estimate_id: str
    version: int
    updated_at: datetime
    currency: str
    lines: tuple[EstimateLine, ...]
    totals: EstimateTotals


@dataclass(frozen=True, slots=True)
class PhotoInfo:
    photo_id: str
    file_name: str
    content_type: str
    size: int
    sha256: str
    """Lower-case hex."""
    taken_at: datetime | None
    source: str | None


@dataclass(frozen=True, slots=True)
class PhotoUploaded:
    photo_id: str
    sha256: str
    """Lower-case hex."""
    created: bool
    """False when Claims360 already had these bytes on the case (200 with the existing id)."""


# ------------------------------------------------------------------------------- decoding


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def decode_json(body: bytes) -> Any:
    """Decode a response body: strict UTF-8 (no other encodings), strict JSON (no NaN)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        error = ResponseError(f"body is not UTF-8 (byte {exc.start})")
    else:
        try:
            return json.loads(text, parse_constant=_reject_constant)
        except ValueError as exc:  # JSONDecodeError is a ValueError
            error = ResponseError(f"body is not JSON ({type(exc).__name__})")
    raise error


# ---------------------------------------------------------------------------- field helpers
#
# Each helper takes the object, the key and the path of the object, so that an error names the
# exact place: "items[3].vehicle.odometerKm: expected integer, got str".


def _fail(path: str, key: str | None, expected: str, value: object) -> ResponseError:
    where = f"{path}.{key}" if key is not None else path
    got = "missing" if value is _MISSING else type(value).__name__
    return ResponseError(f"{where}: expected {expected}, got {got}")


_MISSING: Any = object()


def _obj(value: object, path: str) -> dict[str, Any]:
    if type(value) is not dict:
        raise _fail(path, None, "object", value)
    return value


def _req_str(d: dict[str, Any], key: str, path: str) -> str:
    v = d.get(key, _MISSING)
    if type(v) is not str or not v:
        raise _fail(path, key, "non-empty string", v)
    return v


def _opt_str(d: dict[str, Any], key: str, path: str) -> str | None:
    v = d.get(key)
    if v is None or type(v) is str:
        return v
    raise _fail(path, key, "string or null", v)


def _req_int(d: dict[str, Any], key: str, path: str, minimum: int = 0) -> int:
    v = d.get(key, _MISSING)
    if type(v) is not int or v < minimum:
        raise _fail(path, key, f"integer >= {minimum}", v)
    return v


def _opt_int(d: dict[str, Any], key: str, path: str) -> int | None:
    v = d.get(key)
    if v is None:
        return None
    if type(v) is not int or v < 0:
        raise _fail(path, key, "integer >= 0 or null", v)
    return v


def _opt_bool(d: dict[str, Any], key: str, path: str) -> bool | None:
    v = d.get(key)
    if v is None or type(v) is bool:
        return v
    raise _fail(path, key, "boolean or null", v)


def parse_timestamp(value: object, where: str = "timestamp") -> datetime:
    """An ISO 8601 timestamp with offset, as the contract requires, else ResponseError."""
    if type(value) is str:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if parsed.tzinfo is not None:
                return parsed
    raise ResponseError(f"{where}: expected ISO 8601 timestamp with offset")


def _req_dt(d: dict[str, Any], key: str, path: str) -> datetime:
    v = d.get(key, _MISSING)
    if v is _MISSING:
        raise _fail(path, key, "timestamp", v)
    return parse_timestamp(v, f"{path}.{key}")


def _opt_dt(d: dict[str, Any], key: str, path: str) -> datetime | None:
    v = d.get(key)
    return None if v is None else parse_timestamp(v, f"{path}.{key}")


def _opt_date(d: dict[str, Any], key: str, path: str) -> date | None:
    v = d.get(key)
    if v is None:
        return None
    if type(v) is str:
        try:
            return date.fromisoformat(v)
        except ValueError:
            pass
    raise ResponseError(f"{path}.{key}: expected date YYYY-MM-DD")


def _req_decimal(d: dict[str, Any], key: str, path: str) -> Decimal:
    """Money and quantities: decimal strings only. A float would already have lost cents."""
    v = d.get(key, _MISSING)
    if type(v) is not str or not _DECIMAL_RE.fullmatch(v):
        raise _fail(path, key, "decimal string", v)
    return Decimal(v)


def _req_sha256(d: dict[str, Any], key: str, path: str) -> str:
    v = d.get(key, _MISSING)
    if type(v) is not str or not _SHA256_RE.fullmatch(v):
        raise _fail(path, key, "sha256 hex string", v)
    return v.lower()


def _list(d: dict[str, Any], key: str, path: str) -> list[Any]:
    v = d.get(key, _MISSING)
    if type(v) is not list:
        raise _fail(path, key, "array", v)
    return v


# --------------------------------------------------------------------------------- parsers


def parse_organisation(data: object) -> Organisation:
    d = _obj(data, "$")
    return Organisation(
        carrosserie_id=_req_str(d, "carrosserieId", "$"),
        name=_req_str(d, "name", "$"),
        vat_number=_opt_str(d, "vatNumber", "$"),
    )


def _parse_vehicle(value: object, path: str) -> Vehicle | None:
    if value is None:
        return None
    d = _obj(value, path)
    return Vehicle(
        _opt_str(d, "licensePlate", path),
        _opt_str(d, "vin", path),
        _opt_str(d, "make", path),
        _opt_str(d, "model", path),
        _opt_date(d, "firstRegistration", path),
        _opt_int(d, "odometerKm", path),
    )


def _parse_customer(value: object, path: str) -> Customer | None:
    if value is None:
        return None
    d = _obj(value, path)
    return Customer(_opt_str(d, "name", path), _opt_str(d, "phone", path), _opt_str(d, "email", path))


def _parse_insurer(value: object, path: str) -> Insurer | None:
    if value is None:
        return None
    d = _obj(value, path)
    return Insurer(_opt_str(d, "name", path), _opt_str(d, "claimNumber", path))


def _parse_expert(value: object, path: str) -> Expert | None:
    if value is None:
        return None
    d = _obj(value, path)
    return Expert(_opt_str(d, "name", path))


def _parse_estimate_ref(value: object, path: str) -> EstimateRef | None:
    if value is None:
        return None
    d = _obj(value, path)
    return EstimateRef(
        _req_str(d, "estimateId", path),
        _req_int(d, "version", path, 1),
        _req_dt(d, "updatedAt", path),
    )


def _checked_assignment(data: object, path: str) -> Assignment:
    """The careful parser: slower, names the exact path of the first fault."""
    d = _obj(data, path)
    status = d.get("status", _MISSING)
    if type(status) is not str or status not in _STATUSES:
        raise _fail(path, "status", "one of open/cancelled/closed", status)
    return Assignment(
        _req_str(d, "number", path),
        _opt_str(d, "caseId", path),
        status,  # type: ignore[arg-type]  # checked against _STATUSES above
        _opt_bool(d, "complete", path),
        _opt_str(d, "work", path),
        _parse_vehicle(d.get("vehicle"), path + ".vehicle"),
        _parse_customer(d.get("customer"), path + ".customer"),
        _parse_insurer(d.get("insurer"), path + ".insurer"),
        _parse_expert(d.get("expert"), path + ".expert"),
        _opt_bool(d, "smartExpertise", path),
        _parse_estimate_ref(d.get("estimate"), path + ".estimate"),
        _opt_int(d, "photoCount", path),
        _req_dt(d, "createdAt", path),
        _req_dt(d, "updatedAt", path),
    )


def _constructor(cls: type[T]) -> Callable[..., T]:
    """A positional constructor for a frozen slots dataclass that skips its ``__init__``.

    Why: the generated frozen ``__init__`` calls ``object.__setattr__`` once per field; setting
    the slots through their descriptors directly is about twice as fast, and slots (no instance
    ``__dict__``) halve what the garbage collector must track. A sync that reads ten thousand
    assignments feels both (``bench/``: ``client_overhead_ratio``). Generated with ``exec``, as
    ``dataclasses`` itself generates ``__init__``.
    """
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    body = ["    o = _new(_cls)"]
    for index, name in enumerate(names):
        namespace[f"_set{index}"] = cls.__dict__[name].__set__
        body.append(f"    _set{index}(o, {name})")
    source = f"def make({', '.join(names)}):\n" + "\n".join(body) + "\n    return o\n"
    exec(source, namespace)
    make: Callable[..., T] = namespace["make"]
    return make


_NONE = type(None)
_OPT_STR: frozenset[type] = frozenset((str, _NONE))
_OPT_BOOL: frozenset[type] = frozenset((bool, _NONE))
_make_vehicle = _constructor(Vehicle)
_make_customer = _constructor(Customer)
_make_insurer = _constructor(Insurer)
_make_expert = _constructor(Expert)
_make_estimate_ref = _constructor(EstimateRef)
_make_assignment = _constructor(Assignment)
_fromiso = datetime.fromisoformat


def _fast_assignment(d: Any) -> Assignment | None:
    """The hot path: one pass of cheap checks, objects built without the frozen ``__init__``.

    Returns None at the first thing that is not exactly as the contract says; the caller then
    runs the careful parser, which raises the precise error. Both must accept the same inputs:
    ``test_claims360_client_models.py`` checks that on every mutation it makes.
    Objects are built by :func:`_constructor`'s fast constructors.
    """
    try:
        number = d["number"]
        status = d["status"]
        created_at = _fromiso(d["createdAt"])
        updated_at = _fromiso(d["updatedAt"])
    except (KeyError, TypeError, ValueError):
        return None
    if (
        created_at.tzinfo is None
        or updated_at.tzinfo is None
        or type(number) is not str
        or not number
        or type(status) is not str
        or status not in _STATUSES
    ):
        return None
    get = d.get
    case_id = get("caseId")
    work = get("work")
    complete = get("complete")
    smart = get("smartExpertise")
    photo_count = get("photoCount")
    if (
        type(case_id) not in _OPT_STR
        or type(work) not in _OPT_STR
        or type(complete) not in _OPT_BOOL
        or type(smart) not in _OPT_BOOL
        or (photo_count is not None and (type(photo_count) is not int or photo_count < 0))
    ):
        return None

    vehicle: Vehicle | None = None
    v = get("vehicle")
    if v is not None:
        if type(v) is not dict:
            return None
        plate = v.get("licensePlate")
        vin = v.get("vin")
        make = v.get("make")
        model = v.get("model")
        first_reg: Any = v.get("firstRegistration")
        km = v.get("odometerKm")
        if (
            type(plate) not in _OPT_STR
            or type(vin) not in _OPT_STR
            or type(make) not in _OPT_STR
            or type(model) not in _OPT_STR
            or (km is not None and (type(km) is not int or km < 0))
        ):
            return None
        if first_reg is not None:
            try:
                first_reg = date.fromisoformat(first_reg)
            except (TypeError, ValueError):
                return None
        vehicle = _make_vehicle(plate, vin, make, model, first_reg, km)

    customer: Customer | None = None
    c = get("customer")
    if c is not None:
        if type(c) is not dict:
            return None
        name = c.get("name")
        phone = c.get("phone")
        email = c.get("email")
        if type(name) not in _OPT_STR or type(phone) not in _OPT_STR or type(email) not in _OPT_STR:
            return None
        customer = _make_customer(name, phone, email)

    insurer: Insurer | None = None
    i = get("insurer")
    if i is not None:
        if type(i) is not dict:
            return None
        name = i.get("name")
        claim = i.get("claimNumber")
        if type(name) not in _OPT_STR or type(claim) not in _OPT_STR:
            return None
        insurer = _make_insurer(name, claim)

    expert: Expert | None = None
    x = get("expert")
    if x is not None:
        if type(x) is not dict:
            return None
        name = x.get("name")
        if type(name) not in _OPT_STR:
            return None
        expert = _make_expert(name)

    estimate: EstimateRef | None = None
    e = get("estimate")
    if e is not None:
        if type(e) is not dict:
            return None
        estimate_id = e.get("estimateId")
        version = e.get("version")
        try:
            est_updated = _fromiso(e["updatedAt"])
        except (KeyError, TypeError, ValueError):
            return None
        if (
            type(estimate_id) is not str
            or not estimate_id
            or type(version) is not int
            or version < 1
            or est_updated.tzinfo is None
        ):
            return None
        estimate = _make_estimate_ref(estimate_id, version, est_updated)

    return _make_assignment(
        number,
        case_id,
        status,
        complete,
        work,
        vehicle,
        customer,
        insurer,
        expert,
        smart,
        estimate,
        photo_count,
        created_at,
        updated_at,
    )


def parse_assignment(data: object, path: str = "$") -> Assignment:
    """One assignment, strictly: see the module docstring for the rules."""
    return _fast_assignment(data) or _checked_assignment(data, path)


def parse_assignment_page(data: object) -> AssignmentPage:
    d = _obj(data, "$")
    raw_items = _list(d, "items", "$")
    fast = _fast_assignment
    items = tuple(
        [fast(item) or _checked_assignment(item, f"$.items[{i}]") for i, item in enumerate(raw_items)]
    )
    next_cursor = d.get("nextCursor", _MISSING)
    if next_cursor is not None and (type(next_cursor) is not str or not next_cursor):
        raise _fail("$", "nextCursor", "non-empty string or null", next_cursor)
    server_time_raw = d.get("serverTime", _MISSING)
    server_time = parse_timestamp(server_time_raw, "$.serverTime")
    assert type(server_time_raw) is str  # parse_timestamp accepted it
    return AssignmentPage(items, next_cursor, server_time_raw, server_time)


def parse_case_created(data: object) -> CaseCreated:
    d = _obj(data, "$")
    return CaseCreated(
        case_id=_req_str(d, "caseId", "$"),
        number=_req_str(d, "number", "$"),
        created_at=_req_dt(d, "createdAt", "$"),
    )


def _parse_line(value: object, path: str) -> EstimateLine:
    d = _obj(value, path)
    kind = d.get("kind", _MISSING)
    if type(kind) is not str or kind not in _KINDS:
        raise _fail(path, "kind", "one of part/labour/paint/other", kind)
    description = d.get("description", _MISSING)
    if type(description) is not str:
        raise _fail(path, "description", "string", description)
    return EstimateLine(
        line_no=_req_int(d, "lineNo", path, 1),
        kind=kind,  # type: ignore[arg-type]  # checked against _KINDS above
        code=_opt_str(d, "code", path),
        description=description,
        quantity=_req_decimal(d, "quantity", path),
        unit_price=_req_decimal(d, "unitPrice", path),
        amount=_req_decimal(d, "amount", path),
    )


def parse_estimate(data: object) -> Estimate:
    d = _obj(data, "$")
    lines = tuple(_parse_line(item, f"$.lines[{i}]") for i, item in enumerate(_list(d, "lines", "$")))
    t = _obj(d.get("totals", _MISSING), "$.totals")
    totals = EstimateTotals(
        parts=_req_decimal(t, "parts", "$.totals"),
        labour=_req_decimal(t, "labour", "$.totals"),
        paint=_req_decimal(t, "paint", "$.totals"),
        other=_req_decimal(t, "other", "$.totals"),
        net=_req_decimal(t, "net", "$.totals"),
        vat=_req_decimal(t, "vat", "$.totals"),
        gross=_req_decimal(t, "gross", "$.totals"),
    )
    return Estimate(
        estimate_id=_req_str(d, "estimateId", "$"),
        version=_req_int(d, "version", "$", 1),
        updated_at=_req_dt(d, "updatedAt", "$"),
        currency=_req_str(d, "currency", "$"),
        lines=lines,
        totals=totals,
    )


def _parse_photo(value: object, path: str) -> PhotoInfo:
    d = _obj(value, path)
    return PhotoInfo(
        photo_id=_req_str(d, "photoId", path),
        file_name=_req_str(d, "fileName", path),
        content_type=_req_str(d, "contentType", path),
        size=_req_int(d, "size", path),
        sha256=_req_sha256(d, "sha256", path),
        taken_at=_opt_dt(d, "takenAt", path),
        source=_opt_str(d, "source", path),
    )


def parse_photo_list(data: object) -> tuple[PhotoInfo, ...]:
    d = _obj(data, "$")
    return tuple(_parse_photo(item, f"$.items[{i}]") for i, item in enumerate(_list(d, "items", "$")))


def parse_photo_uploaded(data: object, *, created: bool) -> PhotoUploaded:
    d = _obj(data, "$")
    return PhotoUploaded(
        photo_id=_req_str(d, "photoId", "$"),
        sha256=_req_sha256(d, "sha256", "$"),
        created=created,
    )
