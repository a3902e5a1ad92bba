"""WinFormEx II: import of mailbox messages from a folder and sending a dossier (C360-WFX-1), the
closed door after activation (C360-ACT-3), on SQLite and PostgreSQL.

Import goes through the Claims360 importer and queue rules (C360-SYNC-3, C360-SYNC-5). Informex
numbers are the same numbers on both platforms: one assignment arriving through both is one row.
"""

from __future__ import annotations

import json
import os
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from planmanager_desktop.claims360.models import Vehicle as RemoteVehicle
from planmanager_desktop.claims360.models import parse_assignment
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.assignments import AssignmentPlacement
from planmanager_desktop.domain.dossiers import CustomerInput, DossierInput, VehicleInput
from planmanager_desktop.domain.errors import WinFormExClosedError
from planmanager_desktop.domain.repairers import RepairerInput
from planmanager_desktop.domain.winformex_export import CLOSED_MESSAGE
from planmanager_desktop.domain.winformex_message import (
    FORMAT,
    MessageError,
    WinFormExMessage,
    encode_message,
    parse_message,
)
from planmanager_desktop.persistence.models import (
    Assignment,
    AssignmentSource,
    AuditLog,
    Dossier,
    QueueState,
    Repairer,
)
from planmanager_desktop.persistence.settings import SettingError, SettingsStore
from planmanager_desktop.sync.assignment_import import AssignmentImporter
from planmanager_desktop.sync.lease import SyncLease
from planmanager_desktop.sync.winformex_import import (
    FAILED_DIR,
    PROCESSED_DIR,
    REASON_SUFFIX,
    FileOutcome,
    WinFormExImportError,
)

MAILBOX = "0566988259"


def message(number: str = "8902305", **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": FORMAT,
        "mailbox": MAILBOX,
        "number": number,
        "status": "open",
        "complete": False,
        "work": "Voorbumper vervangen",
        "vehicle": {
            "licensePlate": "1-ABC-123",
            "vin": "WVWZZZ1JZXW000001",
            "make": "Volkswagen",
            "model": "Golf",
            "firstRegistration": "2019-03-01",
            "odometerKm": 45210,
        },
        "customer": {"name": "Sophia Peeters", "phone": "+32 470 00 00 00", "email": None},
        "insurer": {"name": "AG Insurance", "claimNumber": "AG-2021-1"},
        "expert": {"name": "Expertisebureau Janssens"},
        "smartExpertise": True,
        "estimate": None,
        "photoCount": 2,
        "createdAt": "2021-10-01T09:00:00+02:00",
        "updatedAt": "2021-10-01T09:30:00+02:00",
    }
    data.update(changes)
    return data


def drop(folder: Path, name: str, content: dict[str, Any] | bytes | str, *, age: float = 60.0) -> Path:
    """A message file that finished being written ``age`` seconds ago."""
    path = folder / name
    if isinstance(content, dict):
        path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    moment = time.time() - age
    os.utime(path, (moment, moment))
    return path


@pytest.fixture
def repairer(services: Services) -> Repairer:
    return services.repairers.add(RepairerInput("Carrosserie IndyPro BV", external_reference=MAILBOX))


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "informex-in"
    folder.mkdir()
    return folder


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    folder = tmp_path / "informex-uit"
    folder.mkdir()
    return folder


# The message format ---------------------------------------------------------------------------


def test_C360_WFX_1_message_round_trip_and_byte_order_mark() -> None:
    """The writer's output is what the reader reads; a UTF-8 BOM (Windows tools) is accepted."""
    parsed = parse_message(json.dumps(message()).encode())
    assert parsed.mailbox == MAILBOX and parsed.assignment.number == "8902305"
    again = parse_message(encode_message(parsed))
    assert again == parsed
    assert parse_message(b"\xef\xbb\xbf" + json.dumps(message()).encode()) == parsed
    # The assignment part is exactly a Claims360 assignment.
    assert parsed.assignment == parse_assignment(message())


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"{not json", "geen geldige JSON"),
        (b"\xff\xfe{}", "geen UTF-8"),
        (b"[]", "JSON-object"),
        (json.dumps(message(format="winformex/0")).encode(), "berichtformaat"),
        (json.dumps(message(mailbox="")).encode(), "mailbox"),
        (json.dumps(message(vehicle={"odometerKm": "45210"})).encode(), "vehicle.odometerKm"),
        (json.dumps(message(status="done")).encode(), "status"),
        (json.dumps(message(updatedAt="2021-10-01T09:30:00")).encode(), "updatedAt"),
        (json.dumps(message(caseId="c-1")).encode(), "caseId"),
        (json.dumps(message(licencePlate="1-ABC-123")).encode(), "Onbekende velden"),
        (json.dumps(message(number="9" * 40)).encode(), "opdrachtnummer"),
        (b'{"format": "planmanager-winformex/1", "format": "x"}', "twee keer"),
        (json.dumps(message(photoCount=float("nan"))).encode(), "JSON"),
    ],
)
def test_C360_WFX_1_malformed_messages_are_refused_in_dutch(body: bytes, words: str) -> None:
    with pytest.raises(MessageError) as caught:
        parse_message(body)
    assert words in str(caught.value)


def test_C360_WFX_1_folder_settings_must_be_absolute(services: Services) -> None:
    store = SettingsStore(services.database)
    assert store.set("winformex.import_folder", r"D:\Informex\in") == r"D:\Informex\in"
    assert store.set("winformex.export_folder", r"\\server\informex\uit") == r"\\server\informex\uit"
    assert store.set("winformex.import_folder", "/srv/informex/in") == "/srv/informex/in"
    with pytest.raises(SettingError, match="absoluut"):
        store.set("winformex.import_folder", r"Informex\in")
    assert store.winformex_import_folder == "/srv/informex/in"


# Import -----------------------------------------------------------------------------------------


def test_C360_WFX_1_C360_SYNC_5_import_without_queueing_makes_a_dossier(
    services: Services, repairer: Repairer, inbox: Path
) -> None:
    """Queueing off: the message becomes a dossier at once; the file moves to verwerkt/."""
    drop(inbox, "bericht-1.json", message())
    services.settings.set("winformex.import_folder", str(inbox))
    report = services.winformex_import.import_folder()
    assert report.ok and [r.outcome for r in report.results] == [FileOutcome.IMPORTED]
    row = Assignment.get(Assignment.number == "8902305")
    assert row.repairer_id == repairer.id and row.source == AssignmentSource.WINFORMEX.value
    assert row.queue_state == QueueState.AUTO.value and row.dossier_id is not None
    dossier = Dossier.get_by_id(row.dossier_id)
    assert dossier.odometer_km == 45210 and dossier.insurer_name == "AG Insurance"
    assert report.results[0].dossier_number == dossier.number
    assert not (inbox / "bericht-1.json").exists()
    assert (inbox / PROCESSED_DIR / "bericht-1.json").is_file()


def test_C360_WFX_1_C360_SYNC_5_import_with_queueing_waits_in_the_wachtrij(
    services: Services, repairer: Repairer, inbox: Path
) -> None:
    services.settings.set("informex_queueing", "on")
    drop(inbox, "bericht-1.json", message())
    report = services.winformex_import.import_folder(inbox)
    assert report.results[0].outcome is FileOutcome.IMPORTED and report.results[0].queued
    row = Assignment.get(Assignment.number == "8902305")
    assert row.queue_state == QueueState.QUEUED.value and row.dossier_id is None
    assert Dossier.select().count() == 0
    assert [a.number for a in services.queue.waiting()] == ["8902305"]


def test_C360_WFX_1_C360_SYNC_3_same_file_twice_changes_nothing(
    services: Services, repairer: Repairer, inbox: Path
) -> None:
    """Idempotent: the same message again is "ongewijzigd"; a newer one updates the same row."""
    drop(inbox, "a.json", message())
    services.winformex_import.import_folder(inbox)
    before = (Assignment.select().count(), Dossier.select().count())
    drop(inbox, "a.json", message())  # the same name and content, once more
    second = services.winformex_import.import_folder(inbox)
    assert [r.outcome for r in second.results] == [FileOutcome.UNCHANGED] and second.ok
    assert (Assignment.select().count(), Dossier.select().count()) == before
    # Never overwritten: both copies are kept in verwerkt/.
    assert sorted(p.name for p in (inbox / PROCESSED_DIR).iterdir()) == ["a-2.json", "a.json"]
    drop(inbox, "b.json", message(work="Achterklep", updatedAt="2021-10-02T10:00:00+02:00"))
    third = services.winformex_import.import_folder(inbox)
    assert [r.outcome for r in third.results] == [FileOutcome.UPDATED]
    assert Assignment.get(Assignment.number == "8902305").work == "Achterklep"
    assert (Assignment.select().count(), Dossier.select().count()) == before


def test_C360_WFX_1_mailbox_in_another_notation_finds_the_repairer(
    services: Services, repairer: Repairer, inbox: Path
) -> None:
    """A VAT number as mailbox matches in any notation (BE 0566.988.259)."""
    drop(inbox, "a.json", message(mailbox="BE 0566.988.259"))
    report = services.winformex_import.import_folder(inbox)
    assert report.ok and report.results[0].repairer_name == repairer.name


def _claims360_store(services: Services, repairer: Repairer, data: dict[str, Any]) -> None:
    placement = AssignmentPlacement(services.database, services.dossiers.numbers)
    AssignmentImporter(services.database, placement).store_page(
        repairer.id, [parse_assignment(data)], queueing=False, lease=None
    )


def test_C360_WFX_1_C360_SYNC_3_one_number_space_for_both_platforms(
    services: Services, repairer: Repairer, inbox: Path
) -> None:
    """An Informex number arriving from Claims360 and from WinFormEx II is one row: the newest
    version wins, the first source stays, and WinFormEx never erases Claims360's case link."""
    claims360 = message(caseId="case-77")
    for key in ("format", "mailbox"):
        claims360.pop(key)
    _claims360_store(services, repairer, claims360)
    dossier_id = Assignment.get(Assignment.number == "8902305").dossier_id
    drop(inbox, "a.json", message(work="Na expertise: ook motorkap", updatedAt="2021-10-03T08:00:00+02:00"))
    report = services.winformex_import.import_folder(inbox)
    assert [r.outcome for r in report.results] == [FileOutcome.UPDATED]
    rows = list(Assignment.select())
    assert len(rows) == 1
    row = rows[0]
    assert row.source == AssignmentSource.CLAIMS360.value and row.case_id == "case-77"
    assert row.work == "Na expertise: ook motorkap" and row.dossier_id == dossier_id
    assert Dossier.select().count() == 1
    # An older WinFormEx version of the same assignment changes nothing.
    drop(inbox, "old.json", message(work="oud", updatedAt="2021-10-01T09:00:00+02:00"))
    assert services.winformex_import.import_folder(inbox).results[0].outcome is FileOutcome.UNCHANGED
    assert Assignment.get_by_id(row.id).work == "Na expertise: ook motorkap"


def test_C360_WFX_1_winformex_first_then_claims360_is_the_same_row(
    services: Services, repairer: Repairer, inbox: Path
) -> None:
    drop(inbox, "a.json", message())
    services.winformex_import.import_folder(inbox)
    later = message(caseId="case-9", updatedAt="2021-10-05T12:00:00+02:00")
    for key in ("format", "mailbox"):
        later.pop(key)
    _claims360_store(services, repairer, later)
    row = Assignment.get(Assignment.number == "8902305")
    assert Assignment.select().count() == 1 and row.case_id == "case-9"
    assert row.source == AssignmentSource.WINFORMEX.value


def _nothing_written() -> bool:
    return Assignment.select().count() == 0 and Dossier.select().count() == 0


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{dit is geen json", "geen geldige JSON"),
        (message(vehicle={"odometerKm": "veel"}), "vehicle.odometerKm"),
        (message(complete="ja"), "complete"),
        (message(mailbox="0999999999"), "Informex-postbusnummer 0999999999"),
        (b"\x00" * 10, "JSON"),
    ],
    ids=["malformed-json", "wrong-type-nested", "wrong-type", "unknown-mailbox", "binary"],
)
def test_C360_WFX_1_bad_file_goes_to_fout_with_its_reason_and_nothing_is_written(
    services: Services, repairer: Repairer, inbox: Path, content: dict[str, Any] | str | bytes, words: str
) -> None:
    drop(inbox, "slecht.json", content)
    drop(inbox, "goed.json", message(number="1000001"))
    report = services.winformex_import.import_folder(inbox)
    by_name = {r.name: r for r in report.results}
    assert not report.ok and by_name["slecht.json"].failed and words in by_name["slecht.json"].message
    assert by_name["goed.json"].outcome is FileOutcome.IMPORTED  # one bad file stops nothing else
    assert [a.number for a in Assignment.select()] == ["1000001"]
    moved = inbox / FAILED_DIR / "slecht.json"
    assert moved.is_file() and not (inbox / "slecht.json").exists()
    reason = Path(str(moved) + REASON_SUFFIX).read_text(encoding="utf-8")
    assert "niet importeren" in reason and words in reason


def test_C360_WFX_1_oversized_file_is_refused_unread(
    services: Services, repairer: Repairer, inbox: Path
) -> None:
    big = message(work="x" * (2 * 1024 * 1024))
    drop(inbox, "groot.json", big)
    report = services.winformex_import.import_folder(inbox)
    assert report.results[0].failed and "groter dan 2 MB" in report.results[0].message
    assert _nothing_written() and (inbox / FAILED_DIR / "groot.json").is_file()


def test_C360_WFX_1_file_still_being_written_is_left_for_the_next_run(
    services: Services, repairer: Repairer, inbox: Path
) -> None:
    drop(inbox, "vers.json", message(), age=0)  # modified just now
    drop(inbox, "bezig.part.json", message(number="2"))
    drop(inbox, "bezig.json.part", message(number="3"))  # not a *.json name at all
    drop(inbox, "notities.txt", "geen bericht")
    report = services.winformex_import.import_folder(inbox)
    assert report.ok
    assert {r.name: r.outcome for r in report.results} == {
        "vers.json": FileOutcome.SKIPPED,
        "bezig.part.json": FileOutcome.SKIPPED,
    }
    assert _nothing_written()
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == [
        "bezig.json.part",
        "bezig.part.json",
        "notities.txt",
        "vers.json",
    ]
    os.utime(inbox / "vers.json", (time.time() - 10, time.time() - 10))
    assert services.winformex_import.import_folder(inbox).count(FileOutcome.IMPORTED) == 1


def test_C360_WFX_1_missing_folder_is_a_dutch_error(services: Services, tmp_path: Path) -> None:
    with pytest.raises(WinFormExImportError, match="geen WinFormEx-importmap ingesteld"):
        services.winformex_import.import_folder()
    with pytest.raises(WinFormExImportError, match="bestaat niet"):
        services.winformex_import.import_folder(tmp_path / "nergens")


def test_C360_ACT_3_import_keeps_working_after_activation(
    services: Services, repairer: Repairer, inbox: Path
) -> None:
    services.activation.activate()
    assert services.activation.state().active
    drop(inbox, "a.json", message())
    report = services.winformex_import.import_folder(inbox)
    assert report.ok and report.results[0].outcome is FileOutcome.IMPORTED
    assert Assignment.get(Assignment.number == "8902305").source == AssignmentSource.WINFORMEX.value


# Send -------------------------------------------------------------------------------------------


def _dossier(services: Services, repairer: Repairer) -> Dossier:
    return services.dossiers.create(
        DossierInput(
            repairer_id=repairer.id,
            customer=CustomerInput(name="Jan Claes"),
            vehicle=VehicleInput(license_plate="2-XYZ-987", make="Toyota", model="Yaris"),
            odometer_km=88000,
            insurer_name="Ethias",
            claim_number="ETH-5",
        )
    )


def test_C360_WFX_1_send_writes_a_message_the_importer_reads_back(
    services: Services, repairer: Repairer, outbox: Path
) -> None:
    """Before activation: one complete file (no .part left), the dossier stamped, audit-logged;
    importing that very file links it to the same dossier (same plate), nothing duplicated."""
    dossier = _dossier(services, repairer)
    services.settings.set("winformex.export_folder", str(outbox))
    sent = services.winformex_export.send(dossier.id)
    assert [p.name for p in outbox.iterdir()] == [sent.path.name] and sent.path.suffix == ".json"
    parsed = parse_message(sent.path.read_bytes())
    assert parsed.mailbox == MAILBOX and parsed.assignment.number == dossier.number
    assert parsed.assignment.vehicle == RemoteVehicle("2-XYZ-987", None, "Toyota", "Yaris", None, 88000)
    assert Dossier.get_by_id(dossier.id).winformex_sent_at == sent.sent_at
    assert AuditLog.select().where(AuditLog.action == "winformex.send").count() == 1
    os.utime(sent.path, (time.time() - 10, time.time() - 10))
    report = services.winformex_import.import_folder(outbox)
    assert report.ok and report.results[0].outcome is FileOutcome.IMPORTED
    assert Assignment.get(Assignment.number == dossier.number).dossier_id == dossier.id
    assert Dossier.select().count() == 1


def test_C360_WFX_1_send_of_an_imported_dossier_carries_its_informex_number(
    services: Services, repairer: Repairer, inbox: Path, outbox: Path
) -> None:
    drop(inbox, "a.json", message())
    services.winformex_import.import_folder(inbox)
    dossier = Dossier.get_by_id(Assignment.get(Assignment.number == "8902305").dossier_id)
    sent = services.winformex_export.send_by_number(dossier.number, folder=outbox)
    parsed = parse_message(sent.path.read_bytes())
    assert parsed.assignment.number == "8902305" and sent.number == "8902305"
    assert parsed.assignment.insurer is not None and parsed.assignment.insurer.claim_number == "AG-2021-1"


def test_C360_ACT_3_send_after_activation_is_refused_and_writes_nothing(
    services: Services, repairer: Repairer, outbox: Path
) -> None:
    dossier = _dossier(services, repairer)
    services.settings.set("winformex.export_folder", str(outbox))
    services.activation.activate()
    assert not services.winformex_export.available()
    with pytest.raises(WinFormExClosedError) as caught:
        services.winformex_export.send(dossier.id)
    assert str(caught.value) == CLOSED_MESSAGE
    assert list(outbox.iterdir()) == []
    assert Dossier.get_by_id(dossier.id).winformex_sent_at is None
    assert AuditLog.select().where(AuditLog.action == "winformex.send").count() == 0


def test_C360_ACT_3_send_is_still_open_while_activation_is_only_scheduled(
    services: Services, repairer: Repairer, outbox: Path
) -> None:
    dossier = _dossier(services, repairer)
    services.activation.activate(date.today() + timedelta(days=3))
    assert services.winformex_export.available()
    assert services.winformex_export.send(dossier.id, folder=outbox).path.is_file()


def test_C360_WFX_1_send_without_mailbox_or_folder_says_what_to_do(services: Services, outbox: Path) -> None:
    no_ref = services.repairers.add(RepairerInput("Zonder Postbus"))
    dossier = _dossier(services, no_ref)
    with pytest.raises(Exception, match="geen WinFormEx-exportmap ingesteld"):
        services.winformex_export.send(dossier.id)
    with pytest.raises(Exception, match="geen externe referentie"):
        services.winformex_export.send(dossier.id, folder=outbox)
    assert list(outbox.iterdir()) == [] and Dossier.get_by_id(dossier.id).winformex_sent_at is None


def test_C360_WFX_1_message_dataclass_rejects_a_case_on_writing() -> None:
    parsed = parse_message(json.dumps(message()).encode())
    with_case = WinFormExMessage(parsed.mailbox, parse_assignment({**message(), "caseId": "c"}))
    with pytest.raises(ValueError):
        encode_message(with_case)


def test_C360_WFX_1_C360_SYNC_7_file_waits_while_another_pc_syncs_the_repairer(
    services: Services, repairer: Repairer, inbox: Path
) -> None:
    """The import takes the repairer's sync lease: it never races a Claims360 sync of the same
    repairer; the file simply waits for the next run."""
    other = SyncLease(services.database, "andere-pc/1/abc")
    assert other.acquire(repairer.id).acquired
    drop(inbox, "a.json", message())
    report = services.winformex_import.import_folder(inbox)
    assert report.ok and report.results[0].outcome is FileOutcome.SKIPPED
    assert "andere-pc" in report.results[0].message and (inbox / "a.json").is_file()
    assert _nothing_written()
    other.release(repairer.id)
    assert services.winformex_import.import_folder(inbox).results[0].outcome is FileOutcome.IMPORTED
