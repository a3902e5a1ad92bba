"""``winformex import`` and ``winformex send`` in-process, on SQLite and PostgreSQL
(C360-WFX-1, C360-ACT-3, C360-CLI)."""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from planmanager_desktop.cli.main import main
from planmanager_desktop.composition import open_services
from planmanager_desktop.domain.dossiers import DossierInput, VehicleInput
from planmanager_desktop.domain.winformex_export import CLOSED_MESSAGE
from planmanager_desktop.domain.winformex_message import FORMAT, parse_message
from planmanager_desktop.persistence.database import DatabaseUrl
from planmanager_desktop.persistence.models import Assignment, Dossier

Capture = pytest.CaptureFixture[str]
MAILBOX = "0566988259"


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
    text = db_url.display()
    assert run(capsys, "admin", "migrate", "--database", text).code == 0
    added = run(
        capsys, "admin", "repairer", "add", "--name", "IndyPro", "--external-ref", MAILBOX, "--database", text
    )
    assert added.code == 0, added.err
    return text


def _message(number: str) -> str:
    return json.dumps(
        {
            "format": FORMAT,
            "mailbox": MAILBOX,
            "number": number,
            "status": "open",
            "vehicle": {"licensePlate": "1-ABC-123"},
            "createdAt": "2021-10-01T09:00:00+02:00",
            "updatedAt": "2021-10-01T09:30:00+02:00",
        }
    )


def _drop(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    old = time.time() - 60
    os.utime(path, (old, old))


def _numbers(url: str) -> list[str]:
    services = open_services(DatabaseUrl.parse(url))
    try:
        return sorted(a.number for a in Assignment.select())
    finally:
        services.close()


def _new_dossier(url: str) -> str:
    services = open_services(DatabaseUrl.parse(url))
    try:
        repairer = services.repairers.by_name("IndyPro")
        return services.dossiers.create(
            DossierInput(repairer_id=repairer.id, vehicle=VehicleInput(license_plate="1-ABC-123"))
        ).number
    finally:
        services.close()


def test_C360_WFX_1_cli_import_from_the_configured_folder(url: str, tmp_path: Path, capsys: Capture) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    assert (
        run(capsys, "admin", "settings", "set", "winformex.import_folder", str(inbox), "--database", url).code
        == 0
    )
    _drop(inbox, "a.json", _message("8902305"))
    result = run(capsys, "winformex", "import", "--database", url)
    assert result.code == 0, result.err
    assert "a.json: geïmporteerd" in result.out and "1 geïmporteerd" in result.out
    again = run(capsys, "winformex", "import", "--database", url)
    assert again.code == 0 and "Geen WinFormEx-berichten" in again.out
    assert _numbers(url) == ["8902305"]


def test_C360_WFX_1_cli_import_fails_when_a_file_failed(url: str, tmp_path: Path, capsys: Capture) -> None:
    """Exit 1 when any file failed; the good files are still imported; the reason is printed."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    _drop(inbox, "goed.json", _message("1"))
    _drop(inbox, "slecht.json", "{")
    result = run(capsys, "winformex", "import", "--folder", str(inbox), "--database", url)
    assert result.code == 1
    assert "goed.json: geïmporteerd" in result.out
    assert "slecht.json: fout — Het bestand is geen geldige JSON" in result.err
    assert (inbox / "fout" / "slecht.json.fout.txt").is_file()
    assert _numbers(url) == ["1"]


def test_C360_WFX_1_cli_import_without_a_folder_says_how_to_set_one(url: str, capsys: Capture) -> None:
    result = run(capsys, "winformex", "import", "--database", url)
    assert result.code == 1 and "winformex.import_folder" in result.err


def test_C360_WFX_1_cli_send_before_activation(url: str, tmp_path: Path, capsys: Capture) -> None:
    outbox = tmp_path / "uit"
    outbox.mkdir()
    number = _new_dossier(url)
    result = run(capsys, "winformex", "send", "--dossier", number, "--folder", str(outbox), "--database", url)
    assert result.code == 0, result.err
    [written] = list(outbox.iterdir())
    assert parse_message(written.read_bytes()).assignment.number == number
    assert str(written) in result.out


def test_C360_ACT_3_cli_send_after_activation_exits_1_and_writes_nothing(
    url: str, tmp_path: Path, capsys: Capture
) -> None:
    outbox = tmp_path / "uit"
    outbox.mkdir()
    number = _new_dossier(url)
    assert run(capsys, "admin", "claims360", "activate", "--database", url).code == 0
    result = run(capsys, "winformex", "send", "--dossier", number, "--folder", str(outbox), "--database", url)
    assert result.code == 1 and CLOSED_MESSAGE in result.err
    assert list(outbox.iterdir()) == []
    services = open_services(DatabaseUrl.parse(url))
    try:
        assert Dossier.get(Dossier.number == number).winformex_sent_at is None
    finally:
        services.close()


def test_C360_ACT_3_cli_import_after_activation(url: str, tmp_path: Path, capsys: Capture) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    assert run(capsys, "admin", "claims360", "activate", "--database", url).code == 0
    _drop(inbox, "a.json", _message("77"))
    result = run(capsys, "winformex", "import", "--folder", str(inbox), "--database", url)
    assert result.code == 0, result.err
    assert _numbers(url) == ["77"]


def test_C360_WFX_1_cli_unknown_dossier(url: str, tmp_path: Path, capsys: Capture) -> None:
    result = run(
        capsys, "winformex", "send", "--dossier", "PM-0000-0000", "--folder", str(tmp_path), "--database", url
    )
    assert result.code == 1 and "bestaat niet" in result.err
