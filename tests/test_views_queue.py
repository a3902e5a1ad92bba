"""The Wachtrij: accept as a new dossier, link to a dossier, reject with a reason (C360-SYNC-5);
waiting estimate versions: compare, accept into the dossier, reject with a reason (C360-SYNC-5,
C360-DOS-3).

The waiting assignments and estimate versions come in through a real sync from the sandbox with
``informex_queueing`` on; every decision is made by clicking, and the row then leaves the Wachtrij.
"""

from __future__ import annotations

from decimal import Decimal

import claims360_views_support as support
import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planmanager_desktop.composition import Services
from planmanager_desktop.domain.dossiers import DossierInput, VehicleInput
from planmanager_desktop.persistence.models import (
    Assignment,
    Dossier,
    EstimateVersion,
    PendingEstimate,
    QueueState,
)
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


# Estimate versions in the Wachtrij (C360-SYNC-5, C360-DOS-3) ----------------------------------------
LINES = [
    {
        "kind": "part",
        "code": "5G0807221",
        "description": "Bumper voor",
        "quantity": "1",
        "unitPrice": "412.50",
    },
    {"kind": "labour", "description": "Bumper vervangen", "quantity": "1.5", "unitPrice": "62.00"},
    {"kind": "paint", "description": "Spuitwerk bumper", "quantity": "1", "unitPrice": "188.40"},
]


@pytest.fixture
def waiting_estimate(qtbot: QtBot, c360: Services, sandbox_server: SandboxServer) -> tuple[int, int]:
    """An exported dossier whose case got an estimate version from the expert; the sync (queueing
    on) put that version in the Wachtrij. Returns (dossier id, repairer id)."""
    c360.settings.set("informex_queueing", "on")
    repairer_id = support.configure(c360, sandbox_server)
    dossier = c360.dossiers.create(
        DossierInput(
            repairer_id=repairer_id, vehicle=VehicleInput(license_plate="1-ABC-123"), odometer_km=120_500
        )
    )
    exported = support.run(qtbot, c360.claims360_export.export(dossier.id))
    cid = sandbox_server.organisations[0]["carrosserieId"]
    sandbox_server.state.admin_add_estimate_version(cid, exported.case_id, LINES)
    result = support.run(qtbot, c360.sync.sync_one(repairer_id))
    assert result.ok, result.message
    assert PendingEstimate.select().where(PendingEstimate.queue_state == QueueState.QUEUED.value).count() == 1
    return dossier.id, repairer_id


def _estimates_tab(qtbot: QtBot, main: MainWindow) -> QueuePage:
    page = _page(qtbot, main)
    page.ui.kindTabs.setCurrentWidget(page.ui.estimatesTab)
    return page


def _select_estimate(qtbot: QtBot, page: QueuePage, row: int = 0) -> None:
    with qtbot.waitSignal(page.comparison_loaded, timeout=10_000):
        page.ui.estimateTable.selectRow(row)


def test_C360_SYNC_5_DOS_3_a_synced_estimate_version_waits_and_accept_stores_it(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    c360: Services,
    window: MainWindow,
    waiting_estimate: tuple[int, int],
) -> None:
    dossier_id, _repairer_id = waiting_estimate
    number = Dossier.get_by_id(dossier_id).number
    dossier_window = window.open_dossier(dossier_id)
    qtbot.waitUntil(lambda: dossier_window.claims360.state is not None, timeout=10_000)
    assert dossier_window.ui.versionCombo.count() == 0

    page = _estimates_tab(qtbot, window)
    ui = page.ui
    tabs = ui.kindTabs
    assert tabs.tabText(tabs.indexOf(ui.estimatesTab)) == "Bestekken (1)"
    assert tabs.tabText(tabs.indexOf(ui.assignmentsTab)).startswith("Opdrachten (")
    assert ui.estimateStack.currentWidget() is ui.estimateTablePage
    model = page.estimate_model
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in (0, 1, 3, 4)] == [number, "1", "€\xa0839,62", "1-ABC-123"]
    assert not ui.acceptEstimateButton.isEnabled()

    _select_estimate(qtbot, page)
    assert ui.estimateBox.title() == f"Versie 1 van het bestek voor dossier {number}"
    assert ui.estimateDossierValue.text().startswith(f"{number}   ·   1-ABC-123")
    view = page.comparison_view  # the estimate pop-up's own widget
    assert view.ui.newVersionValue.text().startswith("versie 1 van ")
    assert view.ui.currentVersionValue.text() == "nog geen bestek in dit dossier"
    assert view.ui.changesValue.text() == "3 nieuw, 0 gewijzigd, 0 verwijderd, 0 ongewijzigd"
    assert [view.lines_model.index(r, 0).data() for r in range(3)] == ["+ nieuw"] * 3
    assert view.totals_model.index(6, 2).data() == "€\xa0839,62"
    qtmodeltester.check(view.lines_model)
    assert ui.acceptEstimateButton.isEnabled() and ui.rejectEstimateButton.isEnabled()

    with qtbot.waitSignal(page.estimate_accepted, timeout=10_000) as accepted:
        qtbot.mouseClick(ui.acceptEstimateButton, Qt.MouseButton.LeftButton)
    assert accepted.args == [dossier_id]
    qtbot.waitUntil(lambda: page.estimate_model.rowCount() == 0, timeout=10_000)
    assert ui.estimateStack.currentWidget() is ui.estimateEmptyPage
    assert tabs.tabText(tabs.indexOf(ui.estimatesTab)) == "Bestekken (0)"
    assert ui.estimateMessageLabel.text().startswith(f"Versie 1 van het bestek staat nu in dossier {number}")
    (version,) = EstimateVersion.select().where(EstimateVersion.dossier == dossier_id)
    assert version.remote_version == 1 and Decimal(version.total_gross) == Decimal("839.62")
    assert PendingEstimate.get().queue_state == QueueState.ACCEPTED.value
    # The open dossier window's Bestek tab shows the new version at once.
    qtbot.waitUntil(lambda: dossier_window.ui.versionCombo.count() == 1, timeout=10_000)
    assert dossier_window.ui.versionCombo.itemText(0).startswith("Versie 1 van ")
    qtbot.waitUntil(lambda: dossier_window.estimate_model.rowCount() == 3, timeout=10_000)


def test_C360_SYNC_5_DOS_3_reject_an_estimate_version_needs_a_reason_and_keeps_it_marked(
    qtbot: QtBot, c360: Services, window: MainWindow, waiting_estimate: tuple[int, int]
) -> None:
    dossier_id, repairer_id = waiting_estimate
    number = Dossier.get_by_id(dossier_id).number
    page = _estimates_tab(qtbot, window)
    _select_estimate(qtbot, page)
    qtbot.mouseClick(page.ui.rejectEstimateButton, Qt.MouseButton.LeftButton)
    dialog = page.reject_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Bestek weigeren"
    assert dialog.question.text().startswith(
        f"Waarom weigert u versie 1 van het bestek voor dossier {number}?"
    )
    qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)  # no reason: refused
    assert dialog.isVisible() and dialog.error.text() == "Geef een reden op waarom u dit bestek weigert."
    assert PendingEstimate.get().queue_state == QueueState.QUEUED.value
    qtbot.keyClicks(dialog.reason_edit, "Bedragen kloppen niet")
    with qtbot.waitSignal(page.decided, timeout=10_000):
        qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.estimate_model.rowCount() == 0, timeout=10_000)
    pending = PendingEstimate.get()
    assert (
        pending.queue_state == QueueState.REJECTED.value and pending.reject_reason == "Bedragen kloppen niet"
    )
    assert EstimateVersion.select().count() == 0  # the dossier keeps its (no) estimate
    assert page.ui.estimateMessageLabel.text().startswith(
        f"Versie 1 van het bestek voor dossier {number} is geweigerd"
    )
    # Marked, not forgotten: the next sync does not bring the rejected version back.
    result = support.run(qtbot, c360.sync.sync_one(repairer_id))
    assert result.ok, result.message
    page = _estimates_tab(qtbot, window)
    assert page.estimate_model.rowCount() == 0 and PendingEstimate.select().count() == 1


def test_C360_SYNC_5_estimate_decided_elsewhere_says_so_and_leaves_the_list(
    qtbot: QtBot, c360: Services, window: MainWindow, waiting_estimate: tuple[int, int]
) -> None:
    page = _estimates_tab(qtbot, window)
    _select_estimate(qtbot, page)
    c360.estimates.reject_pending(PendingEstimate.get().id, "Op een andere pc geweigerd")
    qtbot.mouseClick(page.ui.acceptEstimateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.estimate_model.rowCount() == 0, timeout=10_000)
    assert page.ui.estimateMessageLabel.text() == "Dit bestek werd intussen al door iemand anders behandeld."
    assert EstimateVersion.select().count() == 0


def test_C360_SYNC_5_only_the_newest_reload_is_shown(
    qtbot: QtBot, c360: Services, window: MainWindow, waiting_estimate: tuple[int, int]
) -> None:
    page = _estimates_tab(qtbot, window)
    shown: list[int] = []
    page.loaded.connect(lambda: shown.append(page.estimate_model.rowCount()))
    page.reload()  # an older load, answered after the next one was asked: never shown
    c360.estimates.reject_pending(PendingEstimate.get().id, "weg")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    qtbot.wait(50)
    assert shown == [0]


def test_C360_SYNC_5_open_dossier_from_a_waiting_estimate(
    qtbot: QtBot, c360: Services, window: MainWindow, waiting_estimate: tuple[int, int]
) -> None:
    dossier_id, _ = waiting_estimate
    page = _estimates_tab(qtbot, window)
    _select_estimate(qtbot, page)
    qtbot.mouseClick(page.ui.openDossierButton, Qt.MouseButton.LeftButton)
    assert [w.dossier_id for w in window.dossier_windows] == [dossier_id]


def test_C360_SYNC_5_queueing_off_the_estimate_list_says_where_estimates_go(
    qtbot: QtBot, c360: Services, window: MainWindow
) -> None:
    page = _estimates_tab(qtbot, window)
    assert page.ui.estimateStack.currentWidget() is page.ui.estimateEmptyPage
    assert "Dossier synchroniseren met Claims360" in page.ui.estimateEmptyLabel.text()
    c360.settings.set("informex_queueing", "on")
    page = _estimates_tab(qtbot, window)
    assert page.ui.estimateEmptyLabel.text() == "Er wachten geen bestekken."
