"""Simulated desktops for command-line tests: each its own keyring, folders and environment.

Registered as a plugin in ``conftest.py`` (the ``database_text`` fixture); import ``Pc`` from it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planmanager_desktop.persistence.database import DatabaseUrl, open_database


class Pc:
    """One desktop: its own keyring, the shared database."""

    def __init__(self, home: Path, database: str) -> None:
        self.env = dict(os.environ)
        self.home = home
        self.env["XDG_DATA_HOME"] = str(home / "data")
        self.env["XDG_STATE_HOME"] = str(home / "state")
        self.env["XDG_CONFIG_HOME"] = str(home / "config")
        self.env["XDG_CACHE_HOME"] = str(home / "cache")
        self.env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
        self.env["PLANMANAGER_DATABASE_URL"] = database

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "planmanager_desktop", *args],
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def run(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        proc = self.start(*args)
        out, err = proc.communicate(stdin, timeout=120)
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _url_text(url: DatabaseUrl, raw_admin: str | None) -> str:
    if url.sqlite_path is not None:
        return f"sqlite:///{url.sqlite_path}"
    assert raw_admin is not None
    return raw_admin.rsplit("/", 1)[0] + "/" + url.dbname


@pytest.fixture
def database_text(db_url: DatabaseUrl) -> str:
    open_database(db_url).close()  # created and migrated
    return _url_text(db_url, os.environ.get("PLANMANAGER_TEST_POSTGRES_URL"))
