"""Test set-up shared by the whole suite.

* Qt renders offscreen, and a Qt warning fails the test (``qt_log_level_fail`` in pyproject).
* The user's real data folders are never touched: XDG folders point into a temporary directory.
* ``database`` is a fresh database per test, on SQLite and, when ``PLANMANAGER_TEST_POSTGRES_URL``
  names a server (CI starts one), on PostgreSQL too.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_ISOLATED_HOME = Path(tempfile.mkdtemp(prefix="planmanager-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_ISOLATED_HOME / _var.lower())
os.environ.pop("PLANMANAGER_DATABASE_URL", None)
# A real keyring backend (a file per test, see ``keystore``), chosen the documented way.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")

import psycopg2  # noqa: E402
import pytest  # noqa: E402

from planmanager_desktop.composition import Services, build_services  # noqa: E402
from planmanager_desktop.keystore import KeyStore  # noqa: E402
from planmanager_desktop.persistence.database import (  # noqa: E402
    Database,
    DatabaseUrl,
    open_database,
)

pytest_plugins = ["sandbox_fixtures", "pc_support"]

POSTGRES_ENV = "PLANMANAGER_TEST_POSTGRES_URL"


def _postgres_admin_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[DatabaseUrl]:
    """A URL of a fresh, empty database: an SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield DatabaseUrl.sqlite(tmp_path / "planmanager.sqlite3")
        return
    admin = _postgres_admin_url()
    if admin is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: set {POSTGRES_ENV}")
        pytest.skip(f"no PostgreSQL server ({POSTGRES_ENV} not set)")
    name = f"pm_test_{uuid.uuid4().hex[:12]}"
    _pg_admin(admin, f'CREATE DATABASE "{name}"')
    try:
        yield DatabaseUrl.parse(admin.rsplit("/", 1)[0] + "/" + name)
    finally:
        _pg_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _pg_admin(admin_url: str, sql: str) -> None:
    conn = psycopg2.connect(admin_url)
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(sql)
    finally:
        conn.close()


@pytest.fixture
def database(db_url: DatabaseUrl) -> Iterator[Database]:
    db = open_database(db_url)
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def sqlite_database(tmp_path: Path) -> Iterator[Database]:
    """Only SQLite: for tests of SQLite's own behaviour (WAL, backups)."""
    db = open_database(DatabaseUrl.sqlite(tmp_path / "planmanager.sqlite3"))
    try:
        yield db
    finally:
        db.close()


def make_keystore(path: Path) -> KeyStore:
    """A keystore on its own keyring file: one per simulated PC.

    Uses the backend that ``PYTHON_KEYRING_BACKEND`` names (CI also runs the keyring tests on
    a real Secret Service); a file backend gets a file of its own under ``path``.
    """
    import keyring

    backend = keyring.get_keyring()
    if hasattr(backend, "file_path"):
        backend = type(backend)()
        backend.file_path = str(path / "keyring.cfg")
    return KeyStore(backend)


@pytest.fixture
def keystore(tmp_path: Path) -> KeyStore:
    return make_keystore(tmp_path / "pc1")


@pytest.fixture
def keystore_factory() -> Callable[[Path], KeyStore]:
    """Makes the keystore of "another PC" (its own keyring) for multi-PC tests."""
    return make_keystore


@pytest.fixture
def services(database: Database, tmp_path: Path, keystore: KeyStore) -> Iterator[Services]:
    built = build_services(database, tmp_path / "data", keystore)
    yield built
    built.close()
