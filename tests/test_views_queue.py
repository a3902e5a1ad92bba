"""The Wachtrij: accept as a new dossier, link to a dossier, reject with a reason (C360-SYNC-5).

The waiting assignments come in through a real sync from the sandbox with ``informex_queueing``
on; every decision is made by clicking, and the row then leaves the Wachtrij.
"""

from __future__ import annotations

import claims360_views_support as support
import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planmanager_desktop.composition import Services
from planmanager_desktop.domain.dossiers import DossierInput, VehicleInput
from planmanager_desktop.persistence.models import Assignment, Dossier, QueueState
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.views.main_window import MainWindow
from planmanager_desktop.views.queue_page import QueuePage

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")

qt_loop = support.qt_loop
c360 = support.c360
worker = support.worker
window = support.window


@pytest.fixture
def queued(qtbot: QtBot, c360: Services, sandbox_server: SandboxServer) -> int:
    """The sandbox's 12 assignments of one repairer, synced with queueing on: all in the Wachtrij."""
    c360.settings.set("informex_queueing", "on")
    repairer_id = support.configure(c360, sandbox_server)
    result = support.run(qtbot, c360.sync.sync_one(repairer_id))
    assert result.ok and result.counts.queued == 12, result.message
    return repairer_id


def _page(qtbot: QtBot, main: MainWindow) -> QueuePage:
    page = main.queue_page
    main.ui.tabWidget.setCurrentWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    return page


def _select(qtbot: QtBot, page: QueuePage, row: int) -> None:
    with qtbot.waitSignal(page.proposals_loaded, timeout=10_000):
        page.ui.queueTable.selectRow(row)


def _waiting() -> int:
    return Assignment.select().where(Assignment.queue_state == QueueState.QUEUED.value).count()


def test_C360_SYNC_5_queueing_off_says_assignments_become_dossiers_at_once(
    qtbot: QtBot, c360: Services, window: MainWindow
) -> None:
    page = _page(qtbot, window)
    assert page.ui.queueingOffLabel.isVisible()
    assert page.ui.queueingOffLabel.text() == (
        "Nieuwe opdrachten worden meteen een dossier (informex_queueing staat uit)."
    )
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    c360.settings.set("informex_queueing", "on")
    page = _page(qtbot, window)
    assert page.ui.queueingOffLabel.isHidden()


def test_C360_SYNC_5_link_to_the_proposed_dossier_of_the_same_plate(
    qtbot: QtBot, c360: Services, window: MainWindow, queued: int
) -> None:
    target = Assignment.select().where(Assignment.license_plate.is_null(False)).first()
    dossier = c360.dossiers.create(
        DossierInput(repairer_id=queued, vehicle=VehicleInput(license_plate=target.license_plate))
    )
    page = _page(qtbot, window)
    assert page.model.rowCount() == 12
    _select(qtbot, page, page.model.row_of(target.id))
    ui = page.ui
    assert ui.assignmentNumberValue.text() == target.number and ui.plateValue.text() == target.license_plate
    assert ui.assignmentBox.title() == f"Opdracht {target.number} (Claims360)"
    assert [p.number for p in page.proposals] == [dossier.number]  # side by side, proposed
    assert ui.proposalTable.item(0, 0).text() == dossier.number
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.mouseClick(ui.linkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 11)  # the row left the Wachtrij
    assert page.model.row_of(target.id) == -1
    row = Assignment.get_by_id(target.id)
    assert row.queue_state == QueueState.ACCEPTED.value and row.dossier_id == dossier.id
    assert Dossier.get_by_id(dossier.id).c360_case_id == target.case_id
    assert ui.messageLabel.text() == f"Opdracht {target.number} staat nu in dossier {dossier.number}."


def test_C360_SYNC_5_accept_as_new_dossier_and_link_by_dossier_number(
    qtbot: QtBot, c360: Services, window: MainWindow, queued: int
) -> None:
    page = _page(qtbot, window)
    dossiers_before = Dossier.select().count()
    _select(qtbot, page, 0)
    first = page.selected()
    assert first is not None
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.mouseClick(page.ui.acceptNewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 11)
    new_dossier = Dossier.get_by_id(Assignment.get_by_id(first.id).dossier_id)
    assert Dossier.select().count() == dossiers_before + 1
    assert new_dossier.c360_case_number == first.number
    qtbot.waitUntil(lambda: window.dossier_page.model.total == dossiers_before + 1)  # the list reloads

    # Another assignment into that dossier by typing its number (no proposal for this plate).
    other = c360.dossiers.create(DossierInput(repairer_id=queued))
    _select(qtbot, page, 0)
    second = page.selected()
    assert second is not None
    page.ui.dossierNumberEdit.setText("PM-bestaat-niet")
    qtbot.mouseClick(page.ui.linkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "bestaat niet" in page.ui.messageLabel.text())
    assert page.model.rowCount() == 11
    page.ui.dossierNumberEdit.setText(other.number)
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.mouseClick(page.ui.linkButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 10)
    assert Assignment.get_by_id(second.id).dossier_id == other.id


def test_C360_SYNC_5_reject_needs_a_reason(
    qtbot: QtBot, c360: Services, window: MainWindow, queued: int
) -> None:
    page = _page(qtbot, window)
    _select(qtbot, page, 0)
    chosen = page.selected()
    assert chosen is not None
    qtbot.mouseClick(page.ui.rejectButton, Qt.MouseButton.LeftButton)
    dialog = page.reject_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "Geef een reden op waarom u deze opdracht weigert."
    qtbot.keyClicks(dialog.reason_edit, "Geen klant van ons")
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 11)
    row = Assignment.get_by_id(chosen.id)
    assert row.queue_state == QueueState.REJECTED.value and row.reject_reason == "Geen klant van ons"
    assert _waiting() == 11
    assert page.ui.messageLabel.text() == f"Opdracht {chosen.number} is geweigerd."


def test_queue_model_passes_qtmodeltester(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, queued: int
) -> None:
    page = _page(qtbot, window)
    assert page.model.rowCount() == 12
    qtmodeltester.check(page.model)
