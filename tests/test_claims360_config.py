"""The per-repairer Claims360 configuration against the sandbox over HTTP (C360-CFG-1 … 8)."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import keyring.backends.fail
import pytest

from planmanager_desktop.claims360.client import Claims360Credentials, Claims360Http, RetryPolicy
from planmanager_desktop.composition import Services, build_services
from planmanager_desktop.domain.claims360_config import (
    ConfigInput,
    LinkStatus,
    Verification,
    VerificationResult,
    normalise_carrosserie_id,
    validate_input,
)
from planmanager_desktop.domain.errors import ValidationError
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.keystore import KeyStore, KeyStoreUnavailableError
from planmanager_desktop.persistence.models import AuditLog, Claims360Config
from planmanager_desktop.sandbox.server import SandboxServer


@pytest.fixture
async def http(sandbox_server: SandboxServer) -> AsyncIterator[Claims360Http]:
    async with Claims360Http(sandbox_server.url, rate_limit_per_second=None) as client:
        yield client


def _input(server: SandboxServer, index: int = 0, **changes: str) -> ConfigInput:
    org = server.organisations[index]
    values = {
        "carrosserie_id": org["carrosserieId"],
        "bodyshop_key": org["bodyshopKey"],
        "planmanager_key": org["planmanagerKey"],
    }
    values.update(changes)
    return ConfigInput(**values)


async def _verify(services: Services, http: Claims360Http, data: ConfigInput) -> Verification:
    cid, keys = validate_input(data)
    creds = Claims360Credentials(cid, keys.bodyshop, keys.planmanager)
    return await services.claims360_config.verify(creds, lambda c: http.client(c).verify())


@pytest.fixture
def repairer_id(services: Services, sandbox_server: SandboxServer) -> int:
    org = sandbox_server.organisations[0]
    return services.repairers.add(RepairerInput(name="IndyPro", external_reference=org["carrosserieId"])).id


def test_C360_CFG_2_carrosserie_id_prefilled_from_external_reference(
    services: Services, repairer_id: int, sandbox_server: SandboxServer
) -> None:
    assert (
        services.claims360_config.prefill_carrosserie_id(repairer_id)
        == sandbox_server.organisations[0]["carrosserieId"]
    )
    assert services.claims360_config.status(repairer_id) is LinkStatus.INCOMPLETE


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("BE 0566.988.259", "0566988259"),
        ("  0566988259 ", "0566988259"),
        ("be0566988259", "0566988259"),
        ("POSTBUS-4711", "POSTBUS-4711"),
    ],
)
def test_C360_CFG_3_carrosserie_id_trimmed_and_vat_normalised(raw: str, expected: str) -> None:
    assert normalise_carrosserie_id(raw) == expected


def test_C360_CFG_3_vat_with_a_bad_checksum_is_refused() -> None:
    with pytest.raises(ValidationError, match="controlegetal"):
        normalise_carrosserie_id("BE0566988258")


def test_C360_CFG_3_every_missing_field_is_named() -> None:
    with pytest.raises(ValidationError) as info:
        validate_input(ConfigInput("0566988259", "  ", ""))
    message = str(info.value)
    assert "Bodyshop Api Sleutel" in message and "PlanManager Api Sleutel" in message
    assert "Carrosserie Id" not in message
    with pytest.raises(ValidationError, match="Carrosserie Id"):
        validate_input(ConfigInput("", "a" * 20, "b" * 20))


async def test_C360_CFG_7_verification_names_the_refused_key(
    services: Services, http: Claims360Http, sandbox_server: SandboxServer
) -> None:
    bad_bodyshop = await _verify(services, http, _input(sandbox_server, bodyshop_key="fout" * 8))
    assert bad_bodyshop.result is VerificationResult.REFUSED
    assert "Bodyshop" in bad_bodyshop.message
    bad_pm = await _verify(services, http, _input(sandbox_server, planmanager_key="fout" * 8))
    assert bad_pm.result is VerificationResult.REFUSED
    assert "PlanManager" in bad_pm.message


async def test_C360_CFG_7_keys_of_another_organisation_are_refused(
    services: Services, http: Claims360Http, sandbox_server: SandboxServer
) -> None:
    other = sandbox_server.organisations[1]
    verification = await _verify(
        services, http, _input(sandbox_server, carrosserie_id=other["carrosserieId"])
    )
    assert verification.result is VerificationResult.REFUSED
    assert "andere organisatie" in verification.message


async def test_C360_CFG_7_unreachable_allows_save_anyway_only_explicitly(
    services: Services, repairer_id: int, sandbox_server: SandboxServer
) -> None:
    with socket.socket() as sock:  # a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with Claims360Http(
        f"http://127.0.0.1:{port}", retry=RetryPolicy(max_attempts=1), operation_deadline=5
    ) as dead:
        data = _input(sandbox_server)
        verification = await _verify(services, dead, data)
    assert verification.result is VerificationResult.UNREACHABLE
    with pytest.raises(ValidationError):
        services.claims360_config.save(repairer_id, data, verification)
    config = services.claims360_config.save(repairer_id, data, verification, save_anyway=True)
    assert config.verified is False and config.locked


async def test_C360_CFG_5_CFG_6_save_stores_keys_only_in_keyring_and_locks(
    services: Services,
    http: Claims360Http,
    repairer_id: int,
    sandbox_server: SandboxServer,
    keystore: KeyStore,
) -> None:
    data = _input(sandbox_server)
    verification = await _verify(services, http, data)
    assert verification.result is VerificationResult.OK
    config = services.claims360_config.save(repairer_id, data, verification)
    assert config.locked and config.verified and config.organisation_name
    row = Claims360Config.get(Claims360Config.repairer == repairer_id)
    for secret in (data.bodyshop_key, data.planmanager_key):
        assert secret not in str(row.__data__)
    keys = keystore.get_keys(services.settings.database_id, repairer_id)
    assert keys is not None and keys.bodyshop == data.bodyshop_key
    assert data.bodyshop_key not in repr(keys)
    assert services.claims360_config.status(repairer_id) is LinkStatus.CONFIGURED
    with pytest.raises(ValidationError, match="vergrendeld"):
        services.claims360_config.save(repairer_id, data, verification)
    assert AuditLog.select().where(AuditLog.action == "claims360.configure").count() == 1
    assert services.claims360_config.unlock(repairer_id) is True
    assert services.claims360_config.status(repairer_id) is LinkStatus.INCOMPLETE
    assert AuditLog.select().where(AuditLog.action == "claims360.unlock").count() == 1
    services.claims360_config.save(repairer_id, data, verification)  # entered anew


async def test_C360_CFG_4_CFG_8_second_pc_sees_configuration_and_links_with_same_keys(
    services: Services,
    http: Claims360Http,
    repairer_id: int,
    sandbox_server: SandboxServer,
    tmp_path: Path,
    keystore_factory: Callable[[Path], KeyStore],
) -> None:
    data = _input(sandbox_server)
    services.claims360_config.save(repairer_id, data, await _verify(services, http, data))
    second_pc = build_services(services.database, tmp_path / "pc2", keystore_factory(tmp_path / "pc2"))
    try:
        config = second_pc.claims360_config
        assert config.status(repairer_id) is LinkStatus.KEYS_NOT_ON_THIS_PC
        assert config.credentials(repairer_id) is None
        other = sandbox_server.organisations[1]
        with pytest.raises(ValidationError, match="verschillen"):
            config.link(repairer_id, _keys(other["bodyshopKey"], other["planmanagerKey"]))
        config.link(repairer_id, _keys(data.bodyshop_key, " " + data.planmanager_key + " "))
        assert config.status(repairer_id) is LinkStatus.CONFIGURED
        creds = config.credentials(repairer_id)
        assert creds is not None and creds.carrosserie_id == data.carrosserie_id
    finally:
        second_pc.close()


def test_C360_CFG_5_no_keyring_means_no_saving(services: Services, repairer_id: int) -> None:
    """Without a working keyring the keys are refused; no fallback to the database or a file."""
    services.claims360_config.keystore = KeyStore(keyring.backends.fail.Keyring())
    ok = Verification(VerificationResult.OK, "ok")
    with pytest.raises(KeyStoreUnavailableError, match="sleutelkluis"):
        services.claims360_config.save(repairer_id, ConfigInput("0566988259", "a" * 30, "b" * 30), ok)
    assert Claims360Config.select().count() == 0


def _keys(bodyshop: str, planmanager: str):  # type: ignore[no-untyped-def]
    from planmanager_desktop.keystore import ApiKeys

    return ApiKeys(bodyshop, planmanager)
