"""The command line as the helpdesk and scheduled tasks run it: a real process (C360-CLI).

``python -m planmanager_desktop`` is the installed ``planmanager-desktop`` script; these tests check
what only a real process shows: exit codes, the streams, and that no Qt is loaded for a command.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planmanager_desktop.persistence.database import DatabaseUrl

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planmanager_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_C360_ACT_1_activate_status_deactivate_as_a_process(db_url: DatabaseUrl) -> None:
    """C360-ACT-1 / C360-CLI: exit codes 0 and Dutch output from the real command."""
    url = db_url.display()
    migrate = cli("admin", "migrate", "--database", url)
    assert migrate.returncode == 0, migrate.stderr
    assert "schemaversie" in migrate.stdout

    activate = cli("admin", "claims360", "activate", "--at", "2021-10-05", "--database", url)
    assert (activate.returncode, activate.stderr) == (0, "")
    assert activate.stdout == "Claims360 is actief op deze database sinds 05/10/2021.\n"

    status = cli("admin", "claims360", "status", "--database", url)
    assert status.returncode == 0 and status.stdout == activate.stdout

    deactivate = cli("admin", "claims360", "deactivate", "--database", url)
    assert deactivate.returncode == 0 and "niet geactiveerd" in deactivate.stdout


def test_C360_CLI_usage_error_exit_code_2_as_a_process(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'pm.sqlite3'}"
    bad = cli("admin", "claims360", "activate", "--at", "31-12-2021", "--database", url)
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert "ongeldige datum" in bad.stderr
    assert not (tmp_path / "pm.sqlite3").exists()


def test_C360_CLI_failure_exit_code_1_as_a_process(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'pm.sqlite3'}"
    assert cli("admin", "migrate", "--database", url).returncode == 0
    unknown = cli("admin", "claims360", "unlock", "--repairer", "Niemand", "--database", url)
    assert unknown.returncode == 1
    assert "Onbekende hersteller 'Niemand'" in unknown.stderr


def test_C360_CLI_environment_variable_selects_the_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    env = {"PLANMANAGER_DATABASE_URL": url}
    assert cli("admin", "migrate", env=env).returncode == 0
    added = cli(
        "admin", "repairer", "add", "--name", "Garage Dubois SPRL", "--external-ref", "0751904309", env=env
    )
    assert added.returncode == 0, added.stderr
    listing = cli("admin", "repairer", "list", "--database", url)
    assert "Garage Dubois SPRL\t0751904309" in listing.stdout


def test_C360_CLI_commands_do_not_load_qt(tmp_path: Path) -> None:
    """Layers: a command runs on a PC without a display, so nothing of Qt may be imported."""
    url = f"sqlite:///{tmp_path / 'pm.sqlite3'}"
    code = (
        "import sys\n"
        "from planmanager_desktop.cli.main import main\n"
        f"assert main(['admin', 'demo', 'load', '--database', {url!r}]) == 0\n"
        f"assert main(['admin', 'claims360', 'status', '--database', {url!r}]) == 0\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qasync')]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_C360_CLI_help_as_a_process() -> None:
    result = cli("--help")
    assert result.returncode == 0
    assert "gebruik: planmanager-desktop" in result.stdout
