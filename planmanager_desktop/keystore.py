"""The Claims360 API keys in the OS keyring, and nowhere else (C360-CFG-5).

One small module wraps :mod:`keyring`, so that the rest of the program never sees a backend.
Keys are stored under the service ``planmanager-desktop``; the entry names the database's stable
id, the repairer and the key kind, so two databases on one PC (the real one and the demo) never
share keys. When no real keyring works, storing is refused: there is no fallback to the database
or to a plain file. A plain-text file backend (``keyrings.alt``) is only accepted when it was
chosen on purpose with ``PYTHON_KEYRING_BACKEND`` (the tests do this).

The database keeps a salted one-way fingerprint of each key (PBKDF2), so that a second PC that
enters the keys again can be checked without the keys ever being stored in the shared database.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from enum import StrEnum

import keyring
import keyring.backend
import keyring.errors

from planmanager_desktop.claims360.redaction import DEFAULT_SECRETS, SecretRegistry

SERVICE = "planmanager-desktop"
BACKEND_ENV = "PYTHON_KEYRING_BACKEND"
_FINGERPRINT_ROUNDS = 120_000
#: Backends that do not keep a secret safe; never picked silently.
_UNSAFE_BACKENDS = ("keyrings.alt.file.PlaintextKeyring", "keyring.backends.null.Keyring")


class KeyKind(StrEnum):
    BODYSHOP = "bodyshop"
    PLANMANAGER = "planmanager"


class KeyStoreUnavailableError(Exception):
    """No usable OS keyring on this PC; the message says so in Dutch (and holds no key)."""


@dataclass(frozen=True)
class ApiKeys:
    """The two Claims360 keys of one repairer; ``repr`` never shows them."""

    bodyshop: str
    planmanager: str

    def __repr__(self) -> str:
        return "ApiKeys(bodyshop=***, planmanager=***)"

    __str__ = __repr__


def _qualified_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


class KeyStore:
    """Reads and writes the API keys of repairers of one database in the OS keyring."""

    def __init__(
        self,
        backend: keyring.backend.KeyringBackend | None = None,
        secrets: SecretRegistry = DEFAULT_SECRETS,
    ) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        #: Every key that passes through here is redacted from the log from then on.
        self._secrets = secrets

    @property
    def backend_name(self) -> str:
        return _qualified_name(self._backend)

    def unavailable_reason(self) -> str | None:
        """None when keys can be stored here, else a Dutch sentence that says why not."""
        name = self.backend_name
        if name.startswith("keyring.backends.fail") or name == "keyring.backends.null.Keyring":
            return (
                "Er is geen beveiligde sleutelkluis beschikbaar op deze pc (zoals Windows "
                "Referentiebeheer). De API-sleutels kunnen daarom niet bewaard worden. "
                "Neem contact op met uw IT-verantwoordelijke."
            )
        chained = getattr(self._backend, "backends", None)
        if name.startswith("keyring.backends.chainer") and not chained:
            return (
                "Er is geen beveiligde sleutelkluis beschikbaar op deze pc. De API-sleutels "
                "kunnen daarom niet bewaard worden."
            )
        if name in _UNSAFE_BACKENDS and os.environ.get(BACKEND_ENV, "") != name:
            return (
                "De enige sleutelkluis op deze pc bewaart sleutels onversleuteld in een bestand; "
                "daarom worden de API-sleutels niet bewaard. Gebruik de sleutelkluis van het "
                "besturingssysteem."
            )
        return None

    def check_available(self) -> None:
        reason = self.unavailable_reason()
        if reason is not None:
            raise KeyStoreUnavailableError(reason)

    @staticmethod
    def entry_name(database_id: str, repairer_id: int, kind: KeyKind) -> str:
        return f"{database_id}/repairer-{repairer_id}/{kind.value}"

    def get_keys(self, database_id: str, repairer_id: int) -> ApiKeys | None:
        """Both keys of a repairer, or None when this PC does not have them (both)."""
        if self.unavailable_reason() is not None:
            return None
        try:
            bodyshop = self._backend.get_password(
                SERVICE, self.entry_name(database_id, repairer_id, KeyKind.BODYSHOP)
            )
            planmanager = self._backend.get_password(
                SERVICE, self.entry_name(database_id, repairer_id, KeyKind.PLANMANAGER)
            )
        except keyring.errors.KeyringError:
            return None
        if not bodyshop or not planmanager:
            return None
        self._secrets.register(bodyshop)
        self._secrets.register(planmanager)
        return ApiKeys(bodyshop=bodyshop, planmanager=planmanager)

    def set_keys(self, database_id: str, repairer_id: int, keys: ApiKeys) -> None:
        self._secrets.register(keys.bodyshop)
        self._secrets.register(keys.planmanager)
        self.check_available()
        try:
            for kind, value in ((KeyKind.BODYSHOP, keys.bodyshop), (KeyKind.PLANMANAGER, keys.planmanager)):
                self._backend.set_password(SERVICE, self.entry_name(database_id, repairer_id, kind), value)
        except keyring.errors.KeyringError as exc:
            self.delete_keys(database_id, repairer_id)
            raise KeyStoreUnavailableError(
                "De API-sleutels konden niet in de sleutelkluis van deze pc bewaard worden "
                f"({type(exc).__name__}). Probeer opnieuw of neem contact op met uw IT-verantwoordelijke."
            ) from None

    def delete_keys(self, database_id: str, repairer_id: int) -> None:
        for kind in KeyKind:
            with contextlib.suppress(keyring.errors.KeyringError):  # not there: nothing to delete
                self._backend.delete_password(SERVICE, self.entry_name(database_id, repairer_id, kind))


def new_salt() -> str:
    return secrets.token_hex(16)


def fingerprint(key: str, salt: str) -> str:
    """A salted one-way fingerprint: proves a key is the same without storing it."""
    digest = hashlib.pbkdf2_hmac("sha256", key.encode("utf-8"), bytes.fromhex(salt), _FINGERPRINT_ROUNDS)
    return f"pbkdf2-sha256${_FINGERPRINT_ROUNDS}${digest.hex()}"


def fingerprint_matches(key: str, salt: str, stored: str) -> bool:
    return hmac.compare_digest(fingerprint(key, salt), stored)
