"""C360-CFG-5: API keys never reach a log record, whoever logs and whatever goes wrong."""

from __future__ import annotations

import io
import logging
import traceback
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from test_claims360_client_support import FakeClock

from planmanager_desktop.claims360 import (
    Claims360Credentials,
    Claims360Error,
    Claims360Http,
    KeyRefusedError,
    RetryPolicy,
    SecretRegistry,
    install_redaction,
    new_idempotency_key,
)
from planmanager_desktop.claims360.redaction import MASK
from planmanager_desktop.sandbox.images import render_photo
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.sandbox.state import SandboxState


@pytest.fixture
def registry() -> Iterator[SecretRegistry]:
    registry = SecretRegistry()
    installation = install_redaction(registry)
    try:
        yield registry
    finally:
        installation.uninstall()


@pytest.mark.parametrize("dump", [
    "X-Bodyshop-Api-Key: {k}",
    "{{'X-Bodyshop-Api-Key': '{k}', 'accept': 'json'}}",
    "[(b'x-planmanager-api-key', b'{k}')]",
    'x-bodyshop-api-key="{k}"',
])
def test_C360_CFG_5_header_dumps_are_masked_even_for_unregistered_keys(dump: str) -> None:
    key = "Zx9_unregistered_key_value_123"
    text = SecretRegistry().redact(dump.format(k=key))
    assert key not in text and MASK in text


def test_C360_CFG_5_registered_secrets_are_masked_anywhere() -> None:
    registry = SecretRegistry(["short-but-ok-key", "short-but-ok-key-longer"])
    assert registry.redact("a short-but-ok-key-longer b short-but-ok-key c") == \
        f"a {MASK} b {MASK} c"
    assert "short" not in repr(registry)


def test_C360_CFG_5_credentials_repr_hides_keys() -> None:
    credentials = Claims360Credentials("0566988259", "bodyshop-" + "k" * 30, "pm-" + "p" * 30)
    for text in (repr(credentials), str(credentials), f"{credentials}"):
        assert "k" * 30 not in text and "p" * 30 not in text
        assert "0566988259" in text


async def test_C360_CFG_5_full_session_with_debug_logging_leaks_no_key(
        caplog: pytest.LogCaptureFixture, registry: SecretRegistry, tmp_path: Path) -> None:
    """A whole session at DEBUG (httpx and httpcore included): verification, paging, a refused
    key, retries after 503/429/dropped connection, an idempotent export, photos both ways, and
    two careless log lines of our own. Then every captured record is scanned."""
    state = SandboxState.seeded("demo")

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    logging.getLogger().addHandler(handler)
    caplog.set_level(logging.DEBUG)
    with SandboxServer(state, rate_limit_per_second=None) as server:
        orgs = server.organisations
        keys = [org[k] for org in orgs for k in ("bodyshopKey", "planmanagerKey")]
        try:
            await _session(server.url, orgs, state, registry, tmp_path)
        finally:
            logging.getLogger().removeHandler(handler)

    assert len(caplog.records) > 20
    formatter = logging.Formatter("%(message)s")
    for record in caplog.records:
        texts = [record.getMessage(), str(record.msg), repr(record.args),
                 record.exc_text or "", record.stack_info or "", formatter.format(record)]
        if record.exc_info and record.exc_info[1] is not None:
            texts.append("".join(traceback.format_exception(*record.exc_info)))
        for key in keys:
            assert all(key not in text for text in texts), (record.name, record.levelname)
    assert all(key not in stream.getvalue() for key in keys)
    assert all(key not in caplog.text for key in keys)
    assert any(r.name.startswith("httpcore") for r in caplog.records)  # DEBUG really was on


async def _session(url: str, orgs: list[dict[str, str]], state: SandboxState,
                   registry: SecretRegistry, tmp_path: Path) -> None:
    log = logging.getLogger("planmanager_desktop.test_session")
    org = orgs[0]
    credentials = Claims360Credentials(org["carrosserieId"], org["bodyshopKey"],
                                       org["planmanagerKey"])
    async with Claims360Http(url, clock=FakeClock(), secrets=registry,
                             rate_limit_per_second=None,
                             retry=RetryPolicy(max_attempts=6)) as http:
        client = http.client(credentials)
        await client.verify()
        await client.collect_assignments(limit=5)

        wrong = http.client(Claims360Credentials(org["carrosserieId"], org["bodyshopKey"],
                                                 orgs[1]["planmanagerKey"]))
        try:
            await wrong.verify()
        except KeyRefusedError:
            log.exception("verification failed")

        state.fail_request(503, count=2)
        state.rate_limit_next(1, retry_after=1)
        state.drop_connection(path="/assignments")
        await client.collect_assignments(limit=7)

        state.fail_request(500, count=10)
        try:
            await client.get_organisation()
        except Claims360Error as error:
            log.warning("Claims360 faalde: %s (%r)", error, error, exc_info=True)

        state.apply_then_timeout(seconds=0.0)
        case = await client.create_case("1-ABC-123", 1000, "PM-1",
                                        idempotency_key=new_idempotency_key())
        uploaded = await client.upload_photo(case.case_id, render_photo("x"), "x.jpg",
                                             "image/jpeg", idempotency_key=new_idempotency_key())
        await client.download_photo(case.case_id, uploaded.photo_id, tmp_path / "x.jpg")

        # Careless code elsewhere in the program: the filter must catch it.
        log.debug("request headers: %s", {"X-Bodyshop-Api-Key": org["bodyshopKey"],
                                           "X-PlanManager-Api-Key": org["planmanagerKey"]})
        log.info("credentials %s and raw %s", credentials, org["planmanagerKey"])
        try:
            raise ValueError(f"third-party error quoting {org['bodyshopKey']}")
        except ValueError:
            log.exception("unexpected")
        request = httpx.Request("GET", url, headers={"X-Bodyshop-Api-Key": org["bodyshopKey"]})
        log.debug("request %r headers %r", request, dict(request.headers))
        log.debug("%s", _Leaky(org["planmanagerKey"]))


class _Leaky:
    def __init__(self, secret: str) -> None:
        self.secret = secret

    def __str__(self) -> str:
        return f"leaky object with {self.secret}"

    def __repr__(self) -> str:
        return str(self)
