"""After a full configure-and-sync run the API keys are nowhere but in the keyring (C360-CFG-5).

Not in the SQLite file (nor its WAL), not in a PostgreSQL dump, not in the log files, not in the
settings: every file the program wrote is read back byte for byte and searched.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pc_support import Pc

from planmanager_desktop.persistence.database import DatabaseUrl
from planmanager_desktop.sandbox.server import SandboxServer


def _pg_dump(url: DatabaseUrl) -> bytes:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump")) + [
        Path(p) for p in [shutil.which("pg_dump") or ""] if p
    ]
    assert candidates, "pg_dump not found"
    env = dict(os.environ, PGPASSWORD=url.password or "")
    cmd = [str(candidates[-1]), "-h", url.host, "-p", str(url.port), "-U", url.user or "postgres", url.dbname]
    return subprocess.run(cmd, env=env, capture_output=True, check=True, timeout=60).stdout


def _files(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


@pytest.mark.slow
def test_C360_CFG_5_keys_appear_nowhere_but_in_the_keyring(
    tmp_path: Path, database_text: str, db_url: DatabaseUrl, sandbox_server: SandboxServer
) -> None:
    org = sandbox_server.organisations[0]
    keys = (org["bodyshopKey"], org["planmanagerKey"])
    pc = Pc(tmp_path / "pc", database_text)
    pc.env["PLANMANAGER_LOG_LEVEL"] = "DEBUG"
    pc.run("admin", "repairer", "add", "--name", "IndyPro", "--external-ref", org["carrosserieId"])
    pc.run("admin", "settings", "set", "claims360.base_url", sandbox_server.url)
    refused = pc.run("claims360", "configure", "--repairer", "IndyPro", stdin=f"{keys[0]}\n{keys[1]}x\n")
    assert refused.returncode == 1
    configured = pc.run("claims360", "configure", "--repairer", "IndyPro", stdin=f"{keys[0]}\n{keys[1]}\n")
    assert configured.returncode == 0, configured.stderr
    sandbox_server.state.fail_request(503, nth=1, count=1)  # an error path through the logs too
    synced = pc.run("sync", "--once")
    assert synced.returncode == 0, synced.stderr
    smoke = pc.run("--smoke-test")
    assert smoke.returncode == 0, smoke.stderr

    keyring_files = [p for p in _files(pc.home / "data") if "python_keyring" in p.parts]
    assert keyring_files, "the keys should be in the (test) keyring"
    stored = b"".join(p.read_bytes() for p in keyring_files)
    assert base64.encodebytes(keys[0].encode()).strip()[:20] in stored.replace(b"\n\t", b"")

    searched: dict[str, bytes] = {}
    for path in _files(pc.home / "state", pc.home / "config", pc.home / "cache", pc.home / "data"):
        if path not in keyring_files:
            searched[str(path)] = path.read_bytes()
    log_files = [name for name in searched if name.endswith(".log")]
    assert log_files and any(searched[name] for name in log_files), "the run should have logged"
    if db_url.sqlite_path is not None:
        for path in db_url.sqlite_path.parent.glob(db_url.sqlite_path.name + "*"):
            searched[str(path)] = path.read_bytes()
    else:
        searched["pg_dump"] = _pg_dump(db_url)
    searched["stdout/stderr"] = "".join(
        r.stdout + r.stderr for r in (refused, configured, synced, smoke)
    ).encode()
    for key in keys:
        for name, data in searched.items():
            assert key.encode() not in data, f"key found in {name}"
            assert base64.b64encode(key.encode())[:24] not in data, f"base64 key found in {name}"
