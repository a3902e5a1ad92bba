"""The photo picker, driven like a user would, against the sandbox over HTTP on both databases
(C360-PHO-2): thumbnails with check boxes, photos already in Claims360 marked and never offered,
a photo over 10 MB marked with the offer to scale it down, Versturen with progress and a result
per photo, and Opnieuw proberen for a failed one — never uploaded twice.
"""

from __future__ import annotations

from pathlib import Path

import claims360_views_support as support
import pytest
from claims360_flow_support import jpeg_bytes, sandbox_state  # noqa: F401  (fixture: an empty sandbox)
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planmanager_desktop.claims360.client import MAX_PHOTO_BYTES
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.dossiers import DossierInput, VehicleInput
from planmanager_desktop.domain.photo_upload import UploadStatus
from planmanager_desktop.persistence.models import Photo
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.views.dossier_window import DossierWindow
from planmanager_desktop.views.main_window import MainWindow
from planmanager_desktop.views.photo_picker_dialog import PhotoPickerDialog
from planmanager_desktop.views.photo_picker_model import STATE_ROLE

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")

qt_loop = support.qt_loop
c360 = support.c360
worker = support.worker
window = support.window


def _exported_dossier(qtbot: QtBot, c360: Services, server: SandboxServer) -> tuple[int, str]:
    repairer_id = support.configure(c360, server)
    dossier = c360.dossiers.create(
        DossierInput(
            repairer_id=repairer_id, vehicle=VehicleInput(license_plate="1-ABC-123"), odometer_km=1000
        )
    )
    result = support.run(qtbot, c360.claims360_export.export(dossier.id))
    return dossier.id, result.case_id


def _add(c360: Services, dossier_id: int, tmp_path: Path, name: str) -> Photo:
    path = tmp_path / name
    path.write_bytes(jpeg_bytes(640, 480))
    photo = c360.photos.add_from_file(dossier_id, path)
    assert photo is not None
    return photo


def _picker(qtbot: QtBot, main: MainWindow, dossier_id: int) -> tuple[DossierWindow, PhotoPickerDialog]:
    dossier_window = main.open_dossier(dossier_id)
    qtbot.waitUntil(lambda: dossier_window.claims360.state is not None, timeout=10_000)
    picker = dossier_window.claims360.open_photo_picker()
    assert picker is not None
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0 and not picker.loader.running, timeout=20_000)
    return dossier_window, picker


def _states(picker: PhotoPickerDialog) -> list[str]:
    return [picker.model.index(r).data(STATE_ROLE) for r in range(picker.model.rowCount())]


def _case_photos(server: SandboxServer, case_id: str) -> list[str]:
    cid = server.organisations[0]["carrosserieId"]
    return [p["fileName"] for p in server.state.list_photos(cid, case_id)]


def test_C360_PHO_2_checked_photos_are_sent_with_progress_and_sent_ones_are_marked(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    c360: Services,
    window: MainWindow,
    sandbox_server: SandboxServer,
    tmp_path: Path,
) -> None:
    dossier_id, case_id = _exported_dossier(qtbot, c360, sandbox_server)
    sent_before = _add(c360, dossier_id, tmp_path, "eerder.jpg")
    support.run(qtbot, c360.photo_upload.upload(dossier_id, [sent_before.id]))
    front = _add(c360, dossier_id, tmp_path, "voorkant.jpg")
    back = _add(c360, dossier_id, tmp_path, "achterkant.jpg")
    side = _add(c360, dossier_id, tmp_path, "zijkant.jpg")

    dossier_window, picker = _picker(qtbot, window, dossier_id)
    model, ui = picker.model, picker.ui
    qtmodeltester.check(model)
    assert model.thumbnail_count == 4  # made off the GUI thread, all shown
    assert _states(picker) == ["in_claims360", "ready", "ready", "ready"]
    marked = model.index(0)
    assert marked.data().startswith("eerder.jpg\nal verzonden ")
    assert marked.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not (model.flags(marked) & Qt.ItemFlag.ItemIsEnabled)  # never offered again
    assert not model.setData(marked, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert ui.countLabel.text() == "0 van 3 aangeduid" and not ui.sendButton.isEnabled()

    ui.selectAllButton.click()
    assert model.checked_ids() == [front.id, back.id, side.id]
    ui.selectNoneButton.click()
    assert model.checked_ids() == []
    for photo in (front, side):
        model.setData(
            model.index(model.row_of(photo.id)), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    assert ui.countLabel.text() == "2 van 3 aangeduid"

    steps: list[int] = []
    ui.progressBar.valueChanged.connect(steps.append)
    with qtbot.waitSignal(picker.upload_finished, timeout=20_000) as finished:
        ui.sendButton.click()
        assert not ui.sendButton.isEnabled() and ui.progressBar.isVisible()
        ui.sendButton.click()  # a second click while sending does nothing
    assert [r.status for r in finished.args[0]] == [UploadStatus.SENT, UploadStatus.SENT]
    assert steps[-1] == 2 and ui.progressBar.maximum() == 2
    assert _states(picker) == ["in_claims360", "sent", "ready", "sent"]
    assert model.index(1).data() == "voorkant.jpg\n✓ verzonden"
    assert ui.statusLabel.text() == "2 foto('s) verzonden naar Claims360."
    assert sorted(_case_photos(sandbox_server, case_id)) == ["eerder.jpg", "voorkant.jpg", "zijkant.jpg"]
    # The dossier's Claims360 tab counts them.
    assert dossier_window.link_tab is not None
    qtbot.waitUntil(lambda: dossier_window.link_tab.ui.photosSentValue.text() == "3", timeout=10_000)

    # Opened again: the sent ones are marked "al verzonden" and cannot be chosen.
    picker.reject()
    _, again = _picker(qtbot, window, dossier_id)
    assert _states(again) == ["in_claims360", "in_claims360", "ready", "in_claims360"]
    assert again.ui.countLabel.text() == "0 van 1 aangeduid"
    again.reject()


def test_C360_PHO_2_a_failed_photo_is_retried_on_its_own_and_sent_once(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer, tmp_path: Path
) -> None:
    dossier_id, case_id = _exported_dossier(qtbot, c360, sandbox_server)
    first = _add(c360, dossier_id, tmp_path, "een.jpg")
    second = _add(c360, dossier_id, tmp_path, "twee.jpg")
    _, picker = _picker(qtbot, window, dossier_id)
    model, ui = picker.model, picker.ui
    ui.selectAllButton.click()
    sandbox_server.state.fail_request(503, method="POST", path="/photos", nth=2)  # the second upload

    with qtbot.waitSignal(picker.upload_finished, timeout=20_000) as finished:
        ui.sendButton.click()
    statuses = [r.status for r in finished.args[0]]
    assert statuses == [UploadStatus.SENT, UploadStatus.RETRY]
    assert _states(picker) == ["sent", "failed"]
    failed = model.index(model.row_of(second.id))
    assert failed.data() == "twee.jpg\n✗ fout – zie uitleg"
    assert "niet dubbel verstuurd" in failed.data(Qt.ItemDataRole.ToolTipRole)
    assert "1 niet gelukt" in ui.statusLabel.text()
    assert ui.retryButton.isVisible() and not ui.retryButton.isEnabled()  # choose the photo first

    picker.select_photo(second.id)
    assert ui.retryButton.isEnabled()
    with qtbot.waitSignal(picker.upload_finished, timeout=20_000) as retried:
        ui.retryButton.click()
    assert [r.status for r in retried.args[0]] == [UploadStatus.SENT]
    assert _states(picker) == ["sent", "sent"] and not ui.retryButton.isVisible()
    assert sorted(_case_photos(sandbox_server, case_id)) == ["een.jpg", "twee.jpg"]
    assert Photo.get_by_id(first.id).sent_at is not None and Photo.get_by_id(second.id).sent_at is not None


def test_C360_PHO_2_a_photo_over_10_mb_is_marked_and_can_be_scaled_down(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer, tmp_path: Path
) -> None:
    dossier_id, case_id = _exported_dossier(qtbot, c360, sandbox_server)
    big = _add(c360, dossier_id, tmp_path, "groot.jpg")
    # Recorded as over Claims360's limit (a real 12 MB photo would only make the test slow).
    Photo.update(size=MAX_PHOTO_BYTES + 2 * 1024 * 1024).where(Photo.id == big.id).execute()
    _, picker = _picker(qtbot, window, dossier_id)
    model, ui = picker.model, picker.ui
    item = model.index(0)
    assert _states(picker) == ["too_large"]
    assert item.data() == "groot.jpg\nte groot (12,0 MB) – verkleinen"
    assert not (model.flags(item) & Qt.ItemFlag.ItemIsUserCheckable)
    assert "Verkleinen" in item.data(Qt.ItemDataRole.ToolTipRole)
    assert ui.scaleDownButton.isVisible() and not ui.sendButton.isEnabled()

    picker.select_photo(big.id)
    with qtbot.waitSignal(picker.loaded, timeout=20_000):
        ui.scaleDownButton.click()
    assert _states(picker) == ["too_large", "ready"]
    assert model.index(1).data().startswith("groot (verkleind).jpg\n")
    assert model.checked_ids() == [model.item(1).photo.photo_id]  # the copy is chosen
    assert "verkleinde kopie" in ui.statusLabel.text()
    with qtbot.waitSignal(picker.upload_finished, timeout=20_000):
        ui.sendButton.click()
    assert _case_photos(sandbox_server, case_id) == ["groot (verkleind).jpg"]
    picker.reject()


def test_C360_PHO_2_a_photo_whose_file_is_not_here_shows_a_tile_and_is_not_sent(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer, tmp_path: Path
) -> None:
    """C360-PHO-2: a photo whose file is not on this PC (shared database) gets a tile that says
    there is no preview instead of an empty space; sending it says, in Dutch, that the file is
    not in the photo folder, and nothing reaches Claims360."""
    from PySide6.QtGui import QPixmap

    dossier_id, case_id = _exported_dossier(qtbot, c360, sandbox_server)
    here = _add(c360, dossier_id, tmp_path, "hier.jpg")
    elsewhere = _add(c360, dossier_id, tmp_path, "elders.jpg")
    c360.photos.store.path(elsewhere).unlink()
    _, picker = _picker(qtbot, window, dossier_id)
    model = picker.model
    for photo in (here, elsewhere):
        decoration = model.index(model.row_of(photo.id)).data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(decoration, QPixmap) and not decoration.isNull()
        assert model.has_thumbnail(photo.id), "not the grey tile of a thumbnail still coming"
    tile = model.index(model.row_of(elsewhere.id)).data(Qt.ItemDataRole.DecorationRole).toImage()
    assert tile.pixelColor(80, 42) != tile.pixelColor(6, 6), "the tile carries a warning sign"

    picker.select_photo(elsewhere.id)
    model.set_all_checked(False)
    model.setData(
        model.index(model.row_of(elsewhere.id)), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    with qtbot.waitSignal(picker.upload_finished, timeout=20_000) as finished:
        picker.ui.sendButton.click()
    (result,) = finished.args[0]
    assert result.status is not UploadStatus.SENT and "niet (meer) te vinden" in result.message
    assert _case_photos(sandbox_server, case_id) == []
