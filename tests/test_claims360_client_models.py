"""Strict parsing of Claims360 answers into typed models."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from test_claims360_client_faults import ASSIGNMENT

from planmanager_desktop.claims360 import ResponseError
from planmanager_desktop.claims360.models import (
    _checked_assignment,
    _fast_assignment,
    decode_json,
    parse_assignment,
    parse_assignment_page,
    parse_case_created,
    parse_estimate,
    parse_organisation,
    parse_photo_list,
    parse_photo_uploaded,
)

ESTIMATE: dict[str, Any] = {
    "estimateId": "e-77a", "version": 2, "updatedAt": "2021-04-03T09:12:00+02:00",
    "currency": "EUR",
    "lines": [
        {"lineNo": 1, "kind": "part", "code": "5G0807221", "description": "Bumper voor",
         "quantity": "1", "unitPrice": "412.50", "amount": "412.50"},
        {"lineNo": 2, "kind": "labour", "code": None, "description": "Bumper vervangen",
         "quantity": "1.5", "unitPrice": "62.00", "amount": "93.00"},
    ],
    "totals": {"parts": "412.50", "labour": "93.00", "paint": "0.00", "other": "0.00",
               "net": "505.50", "vat": "106.16", "gross": "611.66"},
}
SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


def test_assignment_parses_into_typed_frozen_models() -> None:
    a = parse_assignment(ASSIGNMENT)
    assert a.number == "8902305" and a.status == "open" and a.complete is False
    assert a.vehicle is not None and a.vehicle.first_registration == date(2010, 3, 1)
    assert a.vehicle.odometer_km == 120500
    assert a.estimate is not None and a.estimate.version == 2
    assert a.updated_at == datetime.fromisoformat("2021-04-03T09:12:00+02:00")
    assert a.updated_at.utcoffset() == timedelta(hours=2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.number = "1"  # type: ignore[misc]
    assert a == parse_assignment(copy.deepcopy(ASSIGNMENT))
    assert hash(a) == hash(parse_assignment(copy.deepcopy(ASSIGNMENT)))


def test_only_four_assignment_fields_are_required() -> None:
    minimal = {k: ASSIGNMENT[k] for k in ("number", "status", "createdAt", "updatedAt")}
    a = parse_assignment(minimal)
    assert a.vehicle is None and a.case_id is None and a.estimate is None
    nulls = {k: None for k in ASSIGNMENT} | minimal
    assert parse_assignment(nulls) == a


def test_C360_SYNC_3_page_keeps_server_time_raw_and_parsed() -> None:
    p = parse_assignment_page({"items": [ASSIGNMENT], "nextCursor": None,
                               "serverTime": "2021-04-03T09:15:00.123456+02:00"})
    assert p.server_time_raw == "2021-04-03T09:15:00.123456+02:00"
    assert p.server_time.microsecond == 123456
    assert p.next_cursor is None and len(p.items) == 1
    for bad in ({"items": [], "nextCursor": None},
                {"items": {}, "nextCursor": None, "serverTime": "2021-04-03T09:15:00Z"},
                {"items": [], "nextCursor": 5, "serverTime": "2021-04-03T09:15:00Z"},
                {"items": [], "nextCursor": "", "serverTime": "2021-04-03T09:15:00Z"},
                {"items": [], "nextCursor": None, "serverTime": "2021-04-03T09:15:00"},
                [], None):
        with pytest.raises(ResponseError):
            parse_assignment_page(bad)


def test_estimate_money_is_decimal_and_floats_are_refused() -> None:
    e = parse_estimate(ESTIMATE)
    assert e.totals.gross == Decimal("611.66")
    assert e.lines[1].quantity == Decimal("1.5") and e.lines[1].code is None
    for path, value in ((("totals", "gross"), 611.66), (("totals", "vat"), "1e3"),
                        (("totals", "net"), "NaN"), (("totals", "net"), " 1.00"),
                        (("lines", 0, "amount"), 412), (("lines", 0, "kind"), "parts"),
                        (("lines", 0, "lineNo"), "1"), (("currency",), None)):
        bad = copy.deepcopy(ESTIMATE)
        target: Any = bad
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
        with pytest.raises(ResponseError):
            parse_estimate(bad)


def test_other_models() -> None:
    assert parse_organisation({"carrosserieId": "1", "name": "X", "vatNumber": None}).name == "X"
    created = parse_case_created({"caseId": "c-1", "number": "8", "createdAt":
                                  "2021-04-03T09:20:00+02:00"})
    assert created.case_id == "c-1"
    photos = parse_photo_list({"items": [{"photoId": "p-1", "fileName": "a.jpg",
                                          "contentType": "image/jpeg", "size": 3,
                                          "sha256": SHA.upper(), "takenAt": None,
                                          "source": "expert"}]})
    assert photos[0].sha256 == SHA
    assert parse_photo_uploaded({"photoId": "p", "sha256": SHA}, created=False).created is False
    for bad in ({"photoId": "p", "sha256": "9f86d0…"}, {"photoId": "p"}):
        with pytest.raises(ResponseError):
            parse_photo_uploaded(bad, created=True)
    with pytest.raises(ResponseError):
        parse_organisation({"carrosserieId": 1, "name": "X"})


@pytest.mark.parametrize("body", [b"\xff", b"{", b"[1,]", b"Infinity", b"\xef\xbb\xbf{}",
                                  "{}".encode("utf-16")])
def test_decode_json_is_strict(body: bytes) -> None:
    with pytest.raises(ResponseError):
        decode_json(body)


def test_errors_name_the_path_not_the_value() -> None:
    secret = "s3cr3t-value-from-a-broken-server"
    bad = copy.deepcopy(ASSIGNMENT)
    bad["vehicle"]["odometerKm"] = secret
    with pytest.raises(ResponseError) as caught:
        parse_assignment_page({"items": [ASSIGNMENT, bad], "nextCursor": None,
                               "serverTime": "2021-04-03T09:15:00+02:00"})
    assert "$.items[1].vehicle.odometerKm" in str(caught.value)
    assert secret not in str(caught.value)


# ---------------------------------------------- the fast path accepts exactly what is valid

_REPLACEMENTS: tuple[Any, ...] = (
    "<missing>", None, "", "x", 0, -1, 7, 1.5, True, False, [], {}, "open", "cancelled",
    "2021-04-03T09:12:00", "2021-04-03T09:12:00Z", "2021-13-01T00:00:00+00:00", "2010-03-01",
    "2010-02-30", "20100301",
)


def _paths(value: Any, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*prefix, key)
            yield from _paths(child, (*prefix, key))


def test_fast_path_and_checked_parser_agree_on_every_mutation() -> None:
    """The hot path must never accept what the careful parser refuses (and vice versa)."""
    checked_cases = 0
    for path in _paths(ASSIGNMENT):
        for replacement in _REPLACEMENTS:
            data = copy.deepcopy(ASSIGNMENT)
            target: Any = data
            for step in path[:-1]:
                target = target[step]
            if replacement == "<missing>":
                del target[path[-1]]
            else:
                target[path[-1]] = replacement
            fast = _fast_assignment(data)
            try:
                careful = _checked_assignment(data, "$")
            except ResponseError:
                assert fast is None, (path, replacement)
            else:
                assert fast is None or fast == careful, (path, replacement)
            checked_cases += 1
    assert checked_cases > 500
