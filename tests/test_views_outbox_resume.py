"""At start the program finishes the Claims360 sends left unanswered (C360-DOS-1, C360-PHO-2):
one case in Claims360 after a timeout and a restart, the photo sent once, a line in the status bar.
"""

from __future__ import annotations

from pathlib import Path

import claims360_views_support as support
import pytest
from claims360_flow_support import jpeg_bytes, sandbox_state  # noqa: F401  (fixture: an empty sandbox)
from pytestqt.qtbot import QtBot

from planmanager_desktop.app.outbox_resume import OutboxResume
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.claims360_clients import Claims360ActionError
from planmanager_desktop.domain.dossiers import DossierInput, VehicleInput
from planmanager_desktop.persistence.models import Dossier, Photo
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.views.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")

qt_loop = support.qt_loop
c360 = support.c360
worker = support.worker
window = support.window


def test_C360_DOS_1_PHO_2_unanswered_export_and_photo_are_finished_once_at_start(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer, tmp_path: Path
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    exported = c360.dossiers.create(
        DossierInput(repairer_id=repairer_id, vehicle=VehicleInput(license_plate="1-ABC-123"), odometer_km=10)
    )
    case_id = support.run(qtbot, c360.claims360_export.export(exported.id)).case_id
    path = tmp_path / "schade.jpg"
    path.write_bytes(jpeg_bytes())
    photo = c360.photos.add_from_file(exported.id, path)
    assert photo is not None
    pending = c360.dossiers.create(
        DossierInput(repairer_id=repairer_id, vehicle=VehicleInput(license_plate="2-DEF-456"), odometer_km=20)
    )
    # Claims360 does not answer: the export and the upload stay in the outbox.
    sandbox_server.state.fail_request(503, count=2)
    with pytest.raises(Claims360ActionError):
        support.run(qtbot, c360.claims360_export.export(pending.id))
    [result] = support.run(qtbot, c360.photo_upload.upload(exported.id, [photo.id]))
    assert result.can_retry

    messages: list[str] = []
    resume = OutboxResume(c360, messages.append, window)
    resume.start(0)
    qtbot.waitUntil(lambda: resume.finished, timeout=20_000)
    assert messages == ["Claims360: 2 onderbroken verzending(en) afgewerkt."]
    cid = sandbox_server.organisations[0]["carrosserieId"]
    with sandbox_server.state.lock:
        cases = sandbox_server.state.orgs[cid].cases
        assert len(cases) == 2 and len(cases[case_id].photos) == 1
    assert Dossier.get_by_id(pending.id).c360_case_id and Photo.get_by_id(photo.id).sent_at

    # A second start has nothing left to do and says nothing.
    again = OutboxResume(c360, messages.append, window)
    again.start(0)
    qtbot.waitUntil(lambda: again.finished, timeout=20_000)
    assert len(messages) == 1
