"""``claims360 configure|link`` and ``sync --once`` as real processes, against the sandbox over HTTP.

Each simulated PC is a process with its own keyring file (its own ``XDG_DATA_HOME``), all on the
same database: SQLite file or PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pc_support import Pc

from planmanager_desktop.persistence.database import DatabaseUrl, open_database
from planmanager_desktop.persistence.models import Assignment, Dossier
from planmanager_desktop.sandbox.server import SandboxServer


@pytest.mark.slow
def test_C360_CLI_configure_link_and_sync_across_two_pcs(
    tmp_path: Path, database_text: str, db_url: DatabaseUrl, sandbox_server: SandboxServer
) -> None:
    """C360-CFG-7/8, C360-SYNC-1, C360-SYNC-7 and C360-CLI: configure on one PC, link another,
    then both sync the same repairer at the same moment: nothing twice, no 'database is locked'."""
    org = sandbox_server.organisations[0]
    keys = f"{org['bodyshopKey']}\n{org['planmanagerKey']}\n"
    pc1, pc2 = Pc(tmp_path / "pc1", database_text), Pc(tmp_path / "pc2", database_text)

    assert (
        pc1.run(
            "admin", "repairer", "add", "--name", "IndyPro", "--external-ref", org["carrosserieId"]
        ).returncode
        == 0
    )
    assert pc1.run("admin", "settings", "set", "claims360.base_url", sandbox_server.url).returncode == 0

    wrong = pc1.run(
        "claims360", "configure", "--repairer", "IndyPro", stdin=f"{org['bodyshopKey']}\nfout-fout-fout\n"
    )
    assert wrong.returncode == 1 and "PlanManager" in wrong.stderr
    assert org["bodyshopKey"] not in wrong.stderr + wrong.stdout

    nothing = pc1.run("sync", "--once")
    assert nothing.returncode == 1 and "Geen enkele hersteller" in nothing.stderr

    ok = pc1.run("claims360", "configure", "--repairer", "IndyPro", stdin=keys)
    assert ok.returncode == 0, ok.stderr
    assert "vergrendeld" in ok.stdout

    not_linked = pc2.run("sync", "--once", "--repairer", "IndyPro")
    assert not_linked.returncode == 1 and "sleutels" in not_linked.stderr
    other = sandbox_server.organisations[1]
    refused = pc2.run(
        "claims360",
        "link",
        "--repairer",
        "IndyPro",
        stdin=f"{other['bodyshopKey']}\n{other['planmanagerKey']}\n",
    )
    assert refused.returncode == 1 and "verschillen" in refused.stderr
    assert pc2.run("claims360", "link", "--repairer", "IndyPro", stdin=keys).returncode == 0

    for i in range(400):  # several pages, so that the two runs overlap
        sandbox_server.state.admin_upsert_assignment(org["carrosserieId"], {"work": f"Extra {i}"})
    procs = [pc.start("sync", "--once") for pc in (pc1, pc2)]
    outputs = [proc.communicate(None, timeout=180) for proc in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert "locked" not in err.lower() and "Traceback" not in err
        assert proc.returncode == 0 or "Overgeslagen" in err, err
    again = pc1.run("sync", "--once")
    assert again.returncode == 0 and " 0 nieuw" in again.stdout

    database = open_database(db_url)
    try:
        expected, _, _ = sandbox_server.state.list_assignments(
            org["carrosserieId"], updated_since=None, after=None, limit=100_000
        )
        assert Assignment.select().count() == len(expected)
        cases = [d.c360_case_id for d in Dossier.select() if d.c360_case_id]
        assert len(cases) == len(set(cases)) == len(expected)
    finally:
        database.close()
