"""The keyring wrapper on a real backend (C360-CFG-5).

Runs in the normal suite on the file backend that ``PYTHON_KEYRING_BACKEND`` names, and once more
in ``scripts/test`` against a real Secret Service (gnome-keyring in a D-Bus session), the Linux
counterpart of the Windows Credential Manager.
"""

from __future__ import annotations

import os
import secrets
import uuid

import keyring
import keyring.backends.fail
import pytest

from planmanager_desktop.keystore import (
    ApiKeys,
    KeyKind,
    KeyStore,
    KeyStoreUnavailableError,
    fingerprint,
    fingerprint_matches,
    new_salt,
)


@pytest.fixture
def store(keystore: KeyStore) -> KeyStore:
    if os.environ.get("PYTHON_KEYRING_BACKEND", "").endswith("SecretService.Keyring"):
        return KeyStore()  # the session's real Secret Service
    return keystore


def test_C360_CFG_5_keys_round_trip_through_the_os_keyring(store: KeyStore) -> None:
    """Stored under service 'planmanager-desktop', named by database, repairer and key kind."""
    database_id = uuid.uuid4().hex
    keys = ApiKeys(secrets.token_urlsafe(32), secrets.token_urlsafe(32))
    assert store.unavailable_reason() is None, store.backend_name
    assert store.get_keys(database_id, 7) is None
    store.set_keys(database_id, 7, keys)
    try:
        assert store.get_keys(database_id, 7) == keys
        assert store.get_keys(database_id, 8) is None  # another repairer
        assert store.get_keys(uuid.uuid4().hex, 7) is None  # another database (the demo)
        raw = keyring.get_keyring()
        if store.backend_name == f"{type(raw).__module__}.{type(raw).__qualname__}" and not hasattr(
            raw, "file_path"
        ):
            entry = KeyStore.entry_name(database_id, 7, KeyKind.BODYSHOP)
            assert raw.get_password("planmanager-desktop", entry) == keys.bodyshop
    finally:
        store.delete_keys(database_id, 7)
    assert store.get_keys(database_id, 7) is None


def test_C360_CFG_5_keys_never_in_repr_or_str() -> None:
    keys = ApiKeys("bodyshop-" + secrets.token_hex(16), "planmanager-" + secrets.token_hex(16))
    for text in (repr(keys), str(keys), f"{keys}"):
        assert keys.bodyshop not in text and keys.planmanager not in text


def test_C360_CFG_5_no_backend_means_a_clear_refusal() -> None:
    store = KeyStore(keyring.backends.fail.Keyring())
    assert store.unavailable_reason() is not None
    with pytest.raises(KeyStoreUnavailableError, match="sleutelkluis"):
        store.set_keys("db", 1, ApiKeys("a" * 20, "b" * 20))
    assert store.get_keys("db", 1) is None


def test_C360_CFG_8_fingerprints_are_salted_and_one_way() -> None:
    key = secrets.token_urlsafe(32)
    salt_a, salt_b = new_salt(), new_salt()
    assert fingerprint(key, salt_a) != fingerprint(key, salt_b)
    assert key not in fingerprint(key, salt_a)
    assert fingerprint_matches(key, salt_a, fingerprint(key, salt_a))
    assert not fingerprint_matches(key + "x", salt_a, fingerprint(key, salt_a))
