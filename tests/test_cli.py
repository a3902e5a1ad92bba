"""The command line (C360-CLI) run in-process, on SQLite and PostgreSQL.

Each test calls :func:`main` with an argument list, as the ``planmanager-desktop`` script does, and
reads standard output, standard error and the exit code. Failing commands must leave the database
exactly as it was (C360-CLI: bad input changes nothing); changes must be in the audit log
(C360-ADM-1).
"""

from __future__ import annotations

import json
import sys
import types
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from planmanager_desktop.cli.common import translate_argparse_message
from planmanager_desktop.cli.main import main
from planmanager_desktop.composition import open_services
from planmanager_desktop.persistence.database import DatabaseUrl
from planmanager_desktop.persistence.fields import utcnow
from planmanager_desktop.persistence.models import AuditLog, Claims360Config, Repairer, Setting

Capture = pytest.CaptureFixture[str]


@dataclass
class Result:
    code: int
    out: str
    err: str


def run(capsys: Capture, *args: str) -> Result:
    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


@pytest.fixture
def url(db_url: DatabaseUrl, capsys: Capture) -> str:
    """A migrated database, by URL as the helpdesk types it (the test server has no password)."""
    text = db_url.display()
    result = run(capsys, "admin", "migrate", "--database", text)
    assert result.code == 0, result.err
    return text


def snapshot(url: str) -> tuple[list[tuple[Any, ...]], ...]:
    """Everything a command might change: settings, repairers, configs, audit log."""
    services = open_services(DatabaseUrl.parse(url))
    try:
        return (
            sorted(Setting.select(Setting.key, Setting.value).tuples()),
            sorted(Repairer.select(Repairer.id, Repairer.name, Repairer.external_reference).tuples()),
            sorted(Claims360Config.select(Claims360Config.id, Claims360Config.locked).tuples()),
            sorted(AuditLog.select(AuditLog.id, AuditLog.action).tuples()),
        )
    finally:
        services.close()


def audit_actions(url: str) -> list[str]:
    services = open_services(DatabaseUrl.parse(url))
    try:
        return [row.action for row in AuditLog.select().order_by(AuditLog.id)]
    finally:
        services.close()


# Activation ------------------------------------------------------------------------------------


def test_C360_ACT_1_activate_now_status_and_deactivate(url: str, capsys: Capture) -> None:
    """C360-ACT-1 / C360-ADM-1: the helpdesk activates, reads and deactivates; each change is audited."""
    status = run(capsys, "admin", "claims360", "status", "--database", url)
    assert status.code == 0 and "niet geactiveerd" in status.out

    activated = run(capsys, "admin", "claims360", "activate", "--database", url)
    assert activated.code == 0, activated.err
    assert "Claims360 is actief" in activated.out
    assert run(capsys, "admin", "claims360", "status", "--database", url).out == activated.out

    deactivated = run(capsys, "admin", "claims360", "deactivate", "--database", url)
    assert deactivated.code == 0 and "niet geactiveerd" in deactivated.out
    actions = audit_actions(url)
    assert "claims360.activate" in actions and "claims360.deactivate" in actions


def test_C360_ACT_1_activate_from_a_date(url: str, capsys: Capture) -> None:
    """C360-ACT-1: "op 5/10/2021 automatisch geactiveerd" — a future date is scheduled, a past one active."""
    future = date.today() + timedelta(days=10)
    result = run(capsys, "admin", "claims360", "activate", "--at", future.isoformat(), "--database", url)
    assert result.code == 0
    assert f"automatisch geactiveerd op {future:%d/%m/%Y}" in result.out

    result = run(capsys, "admin", "claims360", "activate", "--at", "2021-10-05", "--database", url)
    assert result.out.strip() == "Claims360 is actief op deze database sinds 05/10/2021."


@pytest.mark.parametrize("bad", ["2021-13-05", "5/10/2021", "morgen", ""])
def test_C360_CLI_bad_date_is_a_usage_error_and_changes_nothing(url: str, bad: str, capsys: Capture) -> None:
    before = snapshot(url)
    result = run(capsys, "admin", "claims360", "activate", "--at", bad, "--database", url)
    assert result.code == 2
    assert "ongeldige datum" in result.err and "JJJJ-MM-DD" in result.err
    assert result.out == ""
    assert snapshot(url) == before


# Unlock (C360-CFG-6, helpdesk side) ------------------------------------------------------------


def _config(url: str, name: str, *, locked: bool) -> None:
    services = open_services(DatabaseUrl.parse(url))
    try:
        with services.database.write():
            repairer = Repairer.create(name=name)
            Claims360Config.create(
                repairer=repairer,
                carrosserie_id="0566988259",
                fingerprint_salt="00" * 16,
                bodyshop_key_fingerprint="a" * 64,
                planmanager_key_fingerprint="b" * 64,
                saved_by="test",
                saved_at=utcnow(),
                locked=locked,
            )
    finally:
        services.close()


def test_C360_CFG_6_unlock_unlocks_a_locked_configuration(url: str, capsys: Capture) -> None:
    """C360-CFG-6 / C360-ADM-1: only the helpdesk unlocks; the unlock is audit-logged."""
    _config(url, "Carrosserie IndyPro BV", locked=True)
    result = run(
        capsys, "admin", "claims360", "unlock", "--repairer", "carrosserie indypro bv", "--database", url
    )
    assert result.code == 0, result.err
    assert "ontgrendeld" in result.out
    services = open_services(DatabaseUrl.parse(url))
    try:
        assert Claims360Config.get().locked is False
        entry = AuditLog.select().where(AuditLog.action == "claims360.unlock").get()
        assert json.loads(entry.details or "{}")["repairer"] == Repairer.get().id
    finally:
        services.close()
    again = run(
        capsys, "admin", "claims360", "unlock", "--repairer", "Carrosserie IndyPro BV", "--database", url
    )
    assert again.code == 0 and "al ontgrendeld" in again.out


def test_C360_CFG_6_unlock_without_configuration_has_nothing_to_do(url: str, capsys: Capture) -> None:
    assert (
        run(capsys, "admin", "repairer", "add", "--name", "Garage Dubois SPRL", "--database", url).code == 0
    )
    before = snapshot(url)
    result = run(
        capsys, "admin", "claims360", "unlock", "--repairer", "Garage Dubois SPRL", "--database", url
    )
    assert result.code == 0
    assert "niets te ontgrendelen" in result.out
    assert snapshot(url) == before


def test_C360_CLI_unknown_repairer_fails_with_the_known_names(url: str, capsys: Capture) -> None:
    run(capsys, "admin", "repairer", "add", "--name", "Garage Dubois SPRL", "--database", url)
    before = snapshot(url)
    result = run(capsys, "admin", "claims360", "unlock", "--repairer", "Garage Nergens", "--database", url)
    assert result.code == 1
    assert "Onbekende hersteller 'Garage Nergens'" in result.err
    assert "Garage Dubois SPRL" in result.err
    assert snapshot(url) == before


# Settings --------------------------------------------------------------------------------------


def test_C360_CLI_settings_set_and_get(url: str, capsys: Capture) -> None:
    """The three database settings of C360-CLI; values are normalised and changes audited."""
    assert run(capsys, "admin", "settings", "get", "informex_queueing", "--database", url).out == "off\n"
    result = run(capsys, "admin", "settings", "set", "informex_queueing", "AAN", "--database", url)
    assert (result.code, result.out) == (0, "informex_queueing = on\n")
    assert run(capsys, "admin", "settings", "get", "informex_queueing", "--database", url).out == "on\n"

    run(capsys, "admin", "settings", "set", "claims360.base_url", "http://127.0.0.1:8080/", "--database", url)
    assert run(capsys, "admin", "settings", "get", "claims360.base_url", "--database", url).out == (
        "http://127.0.0.1:8080\n"
    )
    run(capsys, "admin", "settings", "set", "sync.interval_minutes", "5", "--database", url)
    listing = run(capsys, "admin", "settings", "list", "--database", url).out
    assert "sync.interval_minutes = 5" in listing and "informex_queueing = on" in listing
    assert audit_actions(url).count("setting.set") == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["set", "kleur", "blauw"], "Onbekende instelling 'kleur'"),
        (["get", "kleur"], "Onbekende instelling 'kleur'"),
        (["set", "informex_queueing", "misschien"], "moet 'on' of 'off' zijn"),
        (["set", "sync.interval_minutes", "0"], "tussen 1 en 1440"),
        (["set", "claims360.base_url", "ftp://x"], "http(s)-adres"),
        (["set", "claims360.activation_date", "2021-10-05"], "admin claims360 activate"),
    ],
)
def test_C360_CLI_bad_setting_is_a_usage_error_and_changes_nothing(
    url: str, args: list[str], message: str, capsys: Capture
) -> None:
    before = snapshot(url)
    result = run(capsys, "admin", "settings", *args, "--database", url)
    assert result.code == 2
    assert message in result.err
    assert snapshot(url) == before


# Repairers -------------------------------------------------------------------------------------


def test_C360_ADM_1_repairer_add_and_list(url: str, capsys: Capture) -> None:
    result = run(
        capsys, "admin", "repairer", "add", "--name", "Carrosserie IndyPro BV",
        "--external-ref", "0566988259", "--database", url,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "Carrosserie IndyPro BV" in result.out and "0566988259" in result.out
    run(capsys, "admin", "repairer", "add", "--name", "Garage Dubois SPRL", "--database", url)
    listing = run(capsys, "admin", "repairer", "list", "--database", url)
    lines = listing.out.splitlines()
    assert lines[0] == "id\tnaam\texterne referentie\tClaims360"
    assert [line.split("\t")[1:3] for line in lines[1:]] == [
        ["Carrosserie IndyPro BV", "0566988259"],
        ["Garage Dubois SPRL", ""],
    ]
    assert audit_actions(url).count("repairer.add") == 2


def test_C360_CLI_duplicate_repairer_fails_and_changes_nothing(url: str, capsys: Capture) -> None:
    run(
        capsys,
        "admin",
        "repairer",
        "add",
        "--name",
        "Garage Dubois SPRL",
        "--external-ref",
        "X1",
        "--database",
        url,
    )
    before = snapshot(url)
    same_name = run(capsys, "admin", "repairer", "add", "--name", "garage dubois sprl", "--database", url)
    assert same_name.code == 1 and "bestaat al een hersteller" in same_name.err
    same_ref = run(
        capsys, "admin", "repairer", "add", "--name", "Ander", "--external-ref", "X1", "--database", url
    )
    assert same_ref.code == 1 and "al gekoppeld aan hersteller Garage Dubois SPRL" in same_ref.err
    assert snapshot(url) == before


def test_C360_CLI_empty_repairer_list_says_so_on_stderr(url: str, capsys: Capture) -> None:
    result = run(capsys, "admin", "repairer", "list", "--database", url)
    assert (result.code, result.out) == (0, "")
    assert "nog geen herstellers" in result.err


# Migrate and demo ------------------------------------------------------------------------------


def test_C360_ADM_1_migrate_creates_and_reports_the_version(tmp_path: Path, capsys: Capture) -> None:
    from planmanager_desktop.persistence.migrations import LATEST_VERSION

    target = f"sqlite:///{tmp_path / 'nieuw' / 'pm.sqlite3'}"
    first = run(capsys, "admin", "migrate", "--database", target)
    assert first.code == 0
    assert f"aangemaakt: schemaversie {LATEST_VERSION}" in first.out
    second = run(capsys, "admin", "migrate", "--database", target)
    assert f"al bijgewerkt: schemaversie {LATEST_VERSION}" in second.out
    assert audit_actions(target).count("database.migrate") == 2


def test_C360_ADM_1_demo_load_then_refuse(url: str, capsys: Capture) -> None:
    result = run(capsys, "admin", "demo", "load", "--database", url)
    assert result.code == 0, result.err
    assert "3 herstellers, 12 dossiers" in result.out
    before = snapshot(url)
    again = run(capsys, "admin", "demo", "load", "--database", url)
    assert again.code == 1
    assert "bevat al 12 dossiers" in again.err and "--force" in again.err
    assert snapshot(url) == before
    forced = run(capsys, "admin", "demo", "load", "--force", "--database", url)
    assert forced.code == 0 and "0 herstellers, 0 dossiers" in forced.out
    assert "demo.load" in audit_actions(url)


def test_C360_CLI_demo_load_may_create_a_new_file(tmp_path: Path, capsys: Capture) -> None:
    target = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert run(capsys, "admin", "demo", "load", "--database", target).code == 0


# The database option ---------------------------------------------------------------------------


def test_C360_CLI_database_option_before_or_after_the_command(url: str, capsys: Capture) -> None:
    assert run(capsys, "--database", url, "admin", "claims360", "activate").code == 0
    assert "actief" in run(capsys, "admin", "claims360", "status", "--database", url).out


def test_C360_CLI_database_from_the_environment(
    url: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANMANAGER_DATABASE_URL", url)
    assert run(capsys, "admin", "repairer", "add", "--name", "Via omgeving").code == 0
    monkeypatch.delenv("PLANMANAGER_DATABASE_URL")
    assert "Via omgeving" in run(capsys, "admin", "repairer", "list", "--database", url).out


def test_C360_CLI_default_database_is_in_the_user_data_folder(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from planmanager_desktop import paths

    monkeypatch.setattr(paths, "default_database_path", lambda: tmp_path / "standaard.sqlite3")
    assert run(capsys, "admin", "migrate").code == 0
    assert (tmp_path / "standaard.sqlite3").exists()


@pytest.mark.parametrize("bad", ["mysql://x/y", "postgresql://host", "rommel"])
def test_C360_CLI_bad_url_is_a_usage_error(bad: str, capsys: Capture) -> None:
    result = run(capsys, "admin", "claims360", "status", "--database", bad)
    assert result.code == 2
    assert "Ongeldige database-URL" in result.err


def test_C360_CLI_unreachable_database_fails_without_leaking_the_password(capsys: Capture) -> None:
    result = run(
        capsys, "admin", "claims360", "activate", "--database", "postgresql://pm:geheim@127.0.0.1:1/pm"
    )
    assert result.code == 1
    assert "Kan de database" in result.err
    assert "geheim" not in result.err + result.out


def test_C360_CLI_missing_sqlite_file_is_not_created(tmp_path: Path, capsys: Capture) -> None:
    """A typing error in --database must not create an empty database beside the real one."""
    target = tmp_path / "tikfout.sqlite3"
    result = run(capsys, "admin", "claims360", "activate", "--database", f"sqlite:///{target}")
    assert result.code == 1
    assert "bestaat niet" in result.err and "admin migrate" in result.err
    assert not target.exists()


# Parser ----------------------------------------------------------------------------------------


def test_C360_CLI_usage_errors_are_dutch(capsys: Capture) -> None:
    missing = run(capsys, "admin", "repairer", "add")
    assert missing.code == 2
    assert "gebruik:" in missing.err and "dit ontbreekt nog: --name" in missing.err
    unknown = run(capsys, "admin", "toveren")
    assert unknown.code == 2 and "ongeldige keuze" in unknown.err
    extra = run(capsys, "admin", "claims360", "status", "--nonsens")
    assert extra.code == 2 and "onbekende argumenten: --nonsens" in extra.err
    mixed = run(capsys, "--demo", "admin", "migrate")
    assert mixed.code == 2 and "horen niet bij een opdracht" in mixed.err


def test_C360_CLI_help_lists_the_commands(capsys: Capture) -> None:
    result = run(capsys, "--help")
    assert result.code == 0
    for word in ("admin", "sandbox", "--demo", "--smoke-test", "--database"):
        assert word in result.out
    sub = run(capsys, "admin", "claims360", "--help")
    assert all(word in sub.out for word in ("activate", "deactivate", "status", "unlock"))


def test_argparse_messages_are_translated() -> None:
    assert translate_argparse_message("unrecognized arguments: --x") == "onbekende argumenten: --x"
    assert translate_argparse_message("iets anders") == "iets anders"


# Sandbox and GUI delegate ----------------------------------------------------------------------


def test_C360_CLI_sandbox_delegates_to_the_sandbox(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    from planmanager_desktop.sandbox import server

    calls: list[tuple[str, int, str]] = []

    def fake_run_cli(host: str, port: int, seed: str) -> int:
        calls.append((host, port, seed))
        return 0

    monkeypatch.setattr(server, "run_cli", fake_run_cli)
    assert run(capsys, "sandbox").code == 0
    assert run(capsys, "sandbox", "--host", "0.0.0.0", "--port", "8123", "--seed", "empty").code == 0
    assert calls == [("127.0.0.1", 0, "demo"), ("0.0.0.0", 8123, "empty")]
    assert run(capsys, "sandbox", "--port", "99999").code == 2
    assert run(capsys, "sandbox", "--seed", "vol").code == 2
    assert len(calls) == 2


@pytest.fixture
def fake_gui(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replaces ``app.application`` with a recorder: these tests are about the command line."""
    calls: list[dict[str, Any]] = []

    def run_gui(
        services: Any,
        *,
        demo_info: dict[str, Any] | None = None,
        demo_keys: Any = (),
        smoke_test: bool = False,
    ) -> int:
        from planmanager_desktop.persistence.models import Dossier

        calls.append(
            {
                "url": services.database.url,
                "demo_info": demo_info,
                "demo_keys": list(demo_keys),
                "smoke_test": smoke_test,
                "dossiers": Dossier.select().count(),
            }
        )
        return 0

    module = types.ModuleType("planmanager_desktop.app.application")
    module.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "planmanager_desktop.app.application", module)
    import planmanager_desktop.app as app_package

    monkeypatch.setattr(app_package, "application", module, raising=False)
    return calls


def test_C360_CLI_no_command_opens_the_gui_on_the_given_database(
    tmp_path: Path, capsys: Capture, fake_gui: list[dict[str, Any]]
) -> None:
    target = tmp_path / "kantoor.sqlite3"
    assert run(capsys, "--database", f"sqlite:///{target}").code == 0
    assert fake_gui == [
        {
            "url": DatabaseUrl.sqlite(target),
            "demo_info": None,
            "demo_keys": [],
            "smoke_test": False,
            "dossiers": 0,
        }
    ]


def test_C360_CLI_demo_uses_its_own_database_with_demo_data(
    capsys: Capture,
    fake_gui: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from planmanager_desktop import paths

    demo_path = tmp_path / "demo" / "planmanager-demo.sqlite3"
    monkeypatch.setattr(paths, "demo_database_path", lambda: demo_path)
    monkeypatch.setenv("PLANMANAGER_DATABASE_URL", f"sqlite:///{tmp_path / 'echt.sqlite3'}")
    assert run(capsys, "--demo").code == 0
    assert run(capsys, "--demo").code == 0  # reused: not loaded twice
    assert [call["url"] for call in fake_gui] == [DatabaseUrl.sqlite(demo_path)] * 2
    assert [call["dossiers"] for call in fake_gui] == [12, 12]
    assert fake_gui[0]["demo_info"]["Demogegevens"].startswith("net geladen: 3 herstellers")
    assert fake_gui[1]["demo_info"]["Demogegevens"].startswith("van een vorige start")
    assert fake_gui[0]["demo_info"]["Demodatabase"] == str(demo_path)
    assert fake_gui[0]["demo_info"]["Claims360-sandbox"].startswith("http://127.0.0.1:")
    assert fake_gui[0]["demo_keys"][0].carrosserie_id == "0566988259"
    assert not (tmp_path / "echt.sqlite3").exists()  # never the user's real database
    assert run(capsys, "--demo", "--database", "sqlite:///x.sqlite3").code == 2


def test_C360_CLI_smoke_test_uses_a_temporary_database(
    capsys: Capture, fake_gui: list[dict[str, Any]]
) -> None:
    assert run(capsys, "--smoke-test").code == 0
    assert run(capsys, "--smoke-test", "--demo").code == 0
    first, second = fake_gui
    assert first["smoke_test"] is True and first["dossiers"] == 0
    assert second["smoke_test"] is True and second["dossiers"] == 12
    for call in fake_gui:
        assert not Path(call["url"].sqlite_path).exists()  # thrown away afterwards
    json.dumps(second["demo_info"])  # plain data the window can show
