"""The per-repairer Claims360 configuration ("Claims360 Instellen", C360-CFG-1 … 8).

The configuration is global for the database (C360-CFG-4): the Carrosserie Id, who saved it and
when, and a salted fingerprint of each key are in the database; the keys themselves are only in
the OS keyring of each PC (C360-CFG-5). After saving it is locked (C360-CFG-6); only the helpdesk
unlocks it. Because wrong data gets locked in, the keys and the Carrosserie Id are verified
against Claims360 before saving (C360-CFG-7). Another PC links by entering the same keys again,
checked against the fingerprints (C360-CFG-8).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum

from stdnum.be import vat as be_vat
from stdnum.exceptions import ValidationError as StdnumValidationError

from planmanager_desktop.claims360.client import Claims360Credentials
from planmanager_desktop.claims360.errors import (
    Claims360Error,
    DeadlineExceededError,
    InvalidCredentialsError,
    NetworkError,
    ServiceUnavailableError,
)
from planmanager_desktop.claims360.models import Organisation
from planmanager_desktop.domain.errors import NotFoundError, ValidationError
from planmanager_desktop.keystore import (
    ApiKeys,
    KeyStore,
    fingerprint,
    fingerprint_matches,
    new_salt,
)
from planmanager_desktop.persistence import audit
from planmanager_desktop.persistence.database import Database
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import Claims360Config, Repairer
from planmanager_desktop.persistence.settings import SettingsStore

HELPDESK_CONTACT = "support@solera.com"
INFORMEX_CONTACT = "support@informex.be"

#: Verifies credentials against Claims360 (``Claims360Client.verify`` in the program).
Verifier = Callable[[Claims360Credentials], Awaitable[Organisation]]


class LinkStatus(StrEnum):
    INCOMPLETE = "incomplete"  # never configured (or unlocked by the helpdesk)
    CONFIGURED = "configured"  # configured, and this PC has the keys
    KEYS_NOT_ON_THIS_PC = "keys_not_on_this_pc"  # configured on another PC


STATUS_LABELS = {
    LinkStatus.INCOMPLETE: "onvolledig",
    LinkStatus.CONFIGURED: "ingesteld",
    LinkStatus.KEYS_NOT_ON_THIS_PC: "sleutels niet op deze pc",
}


@dataclass(frozen=True)
class ConfigInput:
    carrosserie_id: str
    bodyshop_key: str
    planmanager_key: str

    def __repr__(self) -> str:
        return f"ConfigInput(carrosserie_id={self.carrosserie_id!r}, keys=***)"


class VerificationResult(StrEnum):
    OK = "ok"
    REFUSED = "refused"  # a key refused, another organisation, … : never save
    UNREACHABLE = "unreachable"  # Claims360 unreachable: saving anyway is allowed, with a warning


@dataclass(frozen=True)
class Verification:
    result: VerificationResult
    message: str  # Dutch
    organisation: Organisation | None = None
    error: Claims360Error | None = None


def normalise_carrosserie_id(raw: str) -> str:
    """Trimmed; a Belgian VAT number is normalised (``0566988259``) and its checksum checked.

    Other Informex mailbox numbers are accepted as they are (C360-CFG-3).
    """
    text = raw.strip()
    if not text:
        raise ValidationError("Vul de Carrosserie Id in.", field="carrosserie_id")
    compact = be_vat.compact(text)
    looks_like_vat = text.upper().startswith("BE") or (compact.isdigit() and len(compact) in (9, 10))
    if not looks_like_vat:
        if len(text) > 64 or not text.isprintable():
            raise ValidationError("De Carrosserie Id is ongeldig.", field="carrosserie_id")
        return text
    try:
        return str(be_vat.validate(text))
    except StdnumValidationError:
        raise ValidationError(
            f"De Carrosserie Id {text} lijkt op een Belgisch btw-nummer, maar het controlegetal "
            "klopt niet. Controleer het nummer (het Informex-postbusnummer) of vraag het na bij "
            f"de Informex-helpdesk ({INFORMEX_CONTACT}).",
            field="carrosserie_id",
        ) from None


def validate_input(data: ConfigInput) -> tuple[str, ApiKeys]:
    """All three fields required; the message names every missing one (C360-CFG-3)."""
    missing = [
        label
        for label, value in (
            ("Carrosserie Id", data.carrosserie_id),
            ("Bodyshop Api Sleutel", data.bodyshop_key),
            ("PlanManager Api Sleutel", data.planmanager_key),
        )
        if not value.strip()
    ]
    if missing:
        names = " en ".join(missing) if len(missing) <= 2 else ", ".join(missing[:-1]) + " en " + missing[-1]
        raise ValidationError(
            f"Vul ook {names} in. Alle drie de velden zijn nodig: met maar één sleutel werkt de "
            "koppeling niet.",
            field="missing",
        )
    cid = normalise_carrosserie_id(data.carrosserie_id)
    keys = ApiKeys(bodyshop=data.bodyshop_key.strip(), planmanager=data.planmanager_key.strip())
    try:
        Claims360Credentials(cid, keys.bodyshop, keys.planmanager)
    except InvalidCredentialsError as exc:
        raise ValidationError(exc.user_message, field="keys") from None
    return cid, keys


class Claims360ConfigService:
    def __init__(self, database: Database, settings: SettingsStore, keystore: KeyStore) -> None:
        self._database = database
        self._settings = settings
        self.keystore = keystore
        #: (repairer, salt) → whether this PC's keys match the stored fingerprints. PBKDF2 is
        #: slow on purpose, so each pair is checked once per run of the program.
        self._matches: dict[tuple[int, str], bool] = {}

    # Reading ---------------------------------------------------------------------------------
    def config(self, repairer_id: int) -> Claims360Config | None:
        config: Claims360Config | None = Claims360Config.get_or_none(Claims360Config.repairer == repairer_id)
        return config

    def status(self, repairer_id: int) -> LinkStatus:
        config = self.config(repairer_id)
        if config is None or not config.locked:
            return LinkStatus.INCOMPLETE
        if self._local_keys(config) is None:
            return LinkStatus.KEYS_NOT_ON_THIS_PC
        return LinkStatus.CONFIGURED

    def _local_keys(self, config: Claims360Config) -> ApiKeys | None:
        """This PC's keys for the configuration, if they are the configured ones.

        Keys left in this PC's keyring from before the helpdesk changed the configuration on
        another PC do not count: this PC must be linked again.
        """
        keys = self.keystore.get_keys(self._settings.database_id, config.repairer_id)
        if keys is None:
            return None
        cache_key = (config.repairer_id, config.fingerprint_salt)
        match = self._matches.get(cache_key)
        if match is None:
            match = fingerprint_matches(
                keys.bodyshop, config.fingerprint_salt, config.bodyshop_key_fingerprint
            ) and fingerprint_matches(
                keys.planmanager, config.fingerprint_salt, config.planmanager_key_fingerprint
            )
            self._matches[cache_key] = match
        return keys if match else None

    def statuses(self) -> list[tuple[Repairer, LinkStatus]]:
        return [(r, self.status(r.id)) for r in Repairer.select().order_by(Repairer.name)]

    def prefill_carrosserie_id(self, repairer_id: int) -> str:
        """C360-CFG-2: the repairer's external reference (its Informex mailbox number)."""
        repairer = Repairer.get_or_none(Repairer.id == repairer_id)
        if repairer is None:
            raise NotFoundError("Deze hersteller bestaat niet (meer).")
        return repairer.external_reference or ""

    def credentials(self, repairer_id: int) -> Claims360Credentials | None:
        """What the sync needs; None when not configured or the keys are not on this PC."""
        config = self.config(repairer_id)
        if config is None or not config.locked:
            return None
        keys = self._local_keys(config)
        if keys is None:
            return None
        return Claims360Credentials(config.carrosserie_id, keys.bodyshop, keys.planmanager)

    # Verifying -------------------------------------------------------------------------------
    @staticmethod
    async def verify(credentials: Claims360Credentials, verifier: Verifier) -> Verification:
        try:
            organisation = await verifier(credentials)
        except (NetworkError, ServiceUnavailableError, DeadlineExceededError) as exc:
            return Verification(VerificationResult.UNREACHABLE, exc.user_message, error=exc)
        except Claims360Error as exc:
            return Verification(VerificationResult.REFUSED, exc.user_message, error=exc)
        return Verification(
            VerificationResult.OK,
            f"De sleutels zijn geldig voor {organisation.name}.",
            organisation=organisation,
        )

    # Writing ---------------------------------------------------------------------------------
    def save(
        self,
        repairer_id: int,
        data: ConfigInput,
        verification: Verification,
        *,
        save_anyway: bool = False,
    ) -> Claims360Config:
        """Store the keys in the keyring and the rest in the database, then lock (C360-CFG-6)."""
        cid, keys = validate_input(data)
        if verification.result is VerificationResult.REFUSED:
            raise ValidationError(verification.message, field="verification")
        if verification.result is VerificationResult.UNREACHABLE and not save_anyway:
            raise ValidationError(verification.message, field="verification")
        self.keystore.check_available()
        existing = self.config(repairer_id)
        if existing is not None and existing.locked:
            raise ValidationError(
                "De Claims360-configuratie van deze hersteller is vergrendeld. Neem contact op met "
                f"de helpdesk ({HELPDESK_CONTACT}) om ze te laten wijzigen.",
                field="locked",
            )
        database_id = self._settings.database_id
        self.keystore.set_keys(database_id, repairer_id, keys)
        salt = new_salt()
        self._matches[(repairer_id, salt)] = True
        values = {
            "carrosserie_id": cid,
            "fingerprint_salt": salt,
            "bodyshop_key_fingerprint": fingerprint(keys.bodyshop, salt),
            "planmanager_key_fingerprint": fingerprint(keys.planmanager, salt),
            "organisation_name": verification.organisation.name if verification.organisation else None,
            "verified": verification.result is VerificationResult.OK,
            "saved_by": audit.os_user(),
            "saved_on_host": audit.host_name(),
            "saved_at": utcnow(),
            "locked": True,
        }
        with self._database.write():
            if existing is None:
                Claims360Config.create(repairer=repairer_id, **values)
            else:
                Claims360Config.update(values).where(Claims360Config.id == existing.id).execute()
            audit.record(
                "claims360.configure",
                {"repairer": repairer_id, "carrosserieId": cid, "verified": values["verified"]},
            )
        config = self.config(repairer_id)
        assert config is not None
        return config

    def link(self, repairer_id: int, keys: ApiKeys) -> None:
        """C360-CFG-8: this PC gets the keys, if they are the ones already configured."""
        config = self.config(repairer_id)
        if config is None or not config.locked:
            raise ValidationError(
                "Deze hersteller is nog niet ingesteld voor Claims360: stel hem eerst in.",
                field="config",
            )
        bodyshop, planmanager = keys.bodyshop.strip(), keys.planmanager.strip()
        if not (
            fingerprint_matches(bodyshop, config.fingerprint_salt, config.bodyshop_key_fingerprint)
            and fingerprint_matches(planmanager, config.fingerprint_salt, config.planmanager_key_fingerprint)
        ):
            raise ValidationError(
                "Deze sleutels verschillen van de sleutels die voor deze hersteller bewaard zijn. "
                "Andere sleutels zijn een wijziging van de configuratie: neem contact op met de "
                f"helpdesk ({HELPDESK_CONTACT}).",
                field="keys",
            )
        self.keystore.set_keys(self._settings.database_id, repairer_id, ApiKeys(bodyshop, planmanager))
        self._matches[(repairer_id, config.fingerprint_salt)] = True
        with self._database.write():
            audit.record("claims360.link", {"repairer": repairer_id, "host": audit.host_name()})

    def unlock(self, repairer_id: int) -> bool:
        """The helpdesk's unlock (C360-CFG-6): the configuration can be entered anew.

        Returns False when there was nothing to unlock.
        """
        with self._database.write():
            changed = (
                Claims360Config.update(locked=False)
                .where((Claims360Config.repairer == repairer_id) & (Claims360Config.locked == True))  # noqa: E712
                .execute()
            )
            if changed:
                audit.record("claims360.unlock", {"repairer": repairer_id})
        return bool(changed)
