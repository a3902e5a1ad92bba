"""C360-API conformance: the sandbox answers as its OpenAPI document says (schemathesis).

Why: the client is written against the contract, the sandbox implements it, and the OpenAPI
document states it precisely. Property-based requests (valid and invalid) check status codes,
content types, response schemas, that invalid data is refused and that auth is not ignored.
Hypothesis examples are kept few so this stays fast on two cores.
"""

from __future__ import annotations

import uuid
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from sandbox_fixtures import SandboxASGI
from schemathesis.generation.modes import GenerationMode

from planmanager_desktop.sandbox.images import render_photo, sniff_image_type
from planmanager_desktop.sandbox.state import SandboxState

CID = "0566988259"

_app = SandboxASGI(SandboxState.seeded("demo"))  # keys generated now, never committed
_HEADERS = _app.headers(0)
_CASE_ID = next(case.case_id for case in _app.state.orgs[CID].cases.values()
                if len(case.estimate_versions) == 2)

positive = schemathesis.openapi.from_asgi("/openapi.yaml", _app)
positive.config.generation.update(modes=[GenerationMode.POSITIVE])
negative = schemathesis.openapi.from_asgi("/openapi.yaml", _app)
negative.config.generation.update(modes=[GenerationMode.NEGATIVE])

_SETTINGS = settings(max_examples=12, deadline=None, database=None, derandomize=True,
                     suppress_health_check=list(HealthCheck))


def _own_paths(case: Any) -> None:
    """Aim valid requests at the organisation of the keys and a case that exists, so the
    200 responses are exercised rather than only 403/404."""
    if case.query and "cursor" in case.query:
        del case.query["cursor"]  # opaque: only a cursor the server gave is valid
    if case.headers and "Idempotency-Key" in case.headers:
        case.headers["Idempotency-Key"] = str(uuid.uuid4())  # a reused key with another body: 422
    if case.method == "PATCH" and isinstance(case.body, dict) and isinstance(
            case.body.get("odometerKm"), int):
        case.body["odometerKm"] = 9_999_999  # the km-stand may never go down (422)
    upload = case.body.get("file") if isinstance(case.body, dict) else None
    if upload is not None and not (isinstance(upload, bytes) and sniff_image_type(upload)):
        case.body["file"] = render_photo("conformance")  # random bytes are rightly 415
    if case.path_parameters:
        if "cid" in case.path_parameters:
            case.path_parameters["cid"] = CID
        if "caseId" in case.path_parameters:
            case.path_parameters["caseId"] = _CASE_ID


@positive.parametrize()
@_SETTINGS
def test_C360_API_sandbox_conforms_to_openapi_valid_requests(case: Any) -> None:
    """C360-API: valid requests get documented answers that match the response schemas."""
    _own_paths(case)
    case.call_and_validate(headers=_HEADERS)


@negative.parametrize()
@_SETTINGS
def test_C360_API_sandbox_refuses_invalid_requests(case: Any) -> None:
    """C360-API: schema-violating requests are refused with a documented 4xx problem."""
    case.call_and_validate(headers=_HEADERS)
