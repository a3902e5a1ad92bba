"""The dossier window's i button and the estimate pop-up, driven like a user would, against the
sandbox over HTTP on both databases (C360-DOS-1, C360-DOS-2, C360-DOS-3).

Also: a repairer that is not set up leads to the Claims360 page ("Naar de Claims360-pagina"), the
Claims360 tab says what the i button does in each state, and closing the window during an export
lets the export finish without an error.

Export (once, also after a double click or a timeout), the questions for a foreign plate and a
lower km-stand, validation next to the field, the menu before and after an estimate is linked,
"Gegevens versturen", and the estimate pop-up: lines marked, totals old and new, a totals
mismatch shown (never corrected), accept → the Bestek tab shows the new version, the earlier one
stays viewable.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

import claims360_views_support as support
import pytest
from claims360_flow_support import FIRST, SECOND, sandbox_state  # noqa: F401  (fixture: an empty sandbox)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planmanager_desktop.composition import Services
from planmanager_desktop.domain.dossiers import DossierInput, VehicleInput
from planmanager_desktop.keystore import KeyStore
from planmanager_desktop.persistence.models import Dossier, EstimateVersion
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.views.dossier_link_tabs import DossierClaims360Tab
from planmanager_desktop.views.dossier_window import DossierWindow
from planmanager_desktop.views.estimate_comparison_model import CHANGE_ROLE
from planmanager_desktop.views.estimate_dialog import EstimateDialog
from planmanager_desktop.views.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")

qt_loop = support.qt_loop
c360 = support.c360
worker = support.worker
window = support.window


# Helpers ------------------------------------------------------------------------------------------
def _dossier(services: Services, repairer_id: int, plate: str = "1-ABC-123", km: int | None = 120_500) -> int:
    return services.dossiers.create(
        DossierInput(repairer_id=repairer_id, vehicle=VehicleInput(license_plate=plate), odometer_km=km)
    ).id


def _open(qtbot: QtBot, main: MainWindow, dossier_id: int) -> DossierWindow:
    dossier_window = main.open_dossier(dossier_id)
    qtbot.waitUntil(lambda: dossier_window.claims360.state is not None, timeout=10_000)
    return dossier_window


def _idle(qtbot: QtBot, dossier_window: DossierWindow) -> None:
    """The action ended and the button shows the state read after it."""
    qtbot.waitUntil(lambda: not dossier_window.claims360.busy, timeout=20_000)
    qtbot.waitUntil(lambda: not dossier_window._worker.busy, timeout=10_000)


def _cases(server: SandboxServer) -> dict[str, Any]:
    cid = server.organisations[0]["carrosserieId"]
    with server.state.lock:
        return dict(server.state.orgs[cid].cases)


def _requests(server: SandboxServer, part: str, method: str) -> int:
    routes = server.state.request_counts()["byRoute"]
    return sum(n for route, n in routes.items() if route.startswith(method + " ") and part in route)


def _answer(
    qtbot: QtBot, dossier_window: DossierWindow, text: str, button: QMessageBox.StandardButton
) -> str:
    """Wait for the question whose text contains ``text``, press ``button``; returns its details."""
    actions = dossier_window.claims360
    qtbot.waitUntil(lambda: actions.message is not None and actions.message.isVisible(), timeout=10_000)
    box = actions.message
    assert box is not None and text in box.text(), box.text()
    details = box.informativeText()
    box.button(button).click()
    return details


def _export(qtbot: QtBot, dossier_window: DossierWindow) -> None:
    dossier_window.ui.infoButton.click()
    _idle(qtbot, dossier_window)
    assert dossier_window.claims360.state is not None and dossier_window.claims360.state.exported


def _link_estimate(qtbot: QtBot, c360: Services, server: SandboxServer, repairer_id: int,
                   dossier_id: int, lines: list[dict[str, Any]]) -> None:  # fmt: skip
    """The expert publishes a version; the sync links it to the dossier."""
    case_id = Dossier.get_by_id(dossier_id).c360_case_id
    server.state.admin_add_estimate_version(server.organisations[0]["carrosserieId"], case_id, lines)
    result = support.run(qtbot, c360.sync.sync_one(repairer_id))
    assert result.ok, result.message


def _open_estimate(qtbot: QtBot, dossier_window: DossierWindow) -> EstimateDialog:
    actions = dossier_window.claims360
    assert actions.sync_action.isVisible()
    actions.sync_action.trigger()
    dialog = actions.estimate_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.ui.stack.currentWidget() is dialog.ui.comparePage, dialog.ui.errorLabel.text()
    return dialog


# The i button (C360-DOS-1, C360-DOS-2) -------------------------------------------------------------
def test_C360_DOS_1_DOS_2_i_button_exports_once_on_a_double_click_then_opens_the_menu(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    dossier_id = _dossier(c360, repairer_id)
    dossier_window = _open(qtbot, window, dossier_id)
    button = dossier_window.ui.infoButton
    actions = dossier_window.claims360
    assert button.isEnabled() and button.menu() is None
    assert button.text() == "Exporteren naar Claims360"
    assert button.toolTip().startswith("Exporteren naar Claims360")
    assert dossier_window.link_tab is not None
    assert dossier_window.link_tab.ui.caseNumberValue.text() == "Nog niet geëxporteerd"

    qtbot.mouseDClick(button, Qt.MouseButton.LeftButton)  # a double click …
    button.click()
    actions.export()  # … and one more for good measure: still one send
    assert actions.busy and not button.isEnabled() and actions.busy_bar.isVisible()
    _idle(qtbot, dossier_window)

    cases = _cases(sandbox_server)
    assert len(cases) == 1 and _requests(sandbox_server, "/cases", "POST") == 1
    (case,) = cases.values()
    assert (case.license_plate, case.odometer_km) == ("1-ABC-123", 120_500)
    qtbot.waitUntil(lambda: dossier_window.link_tab.ui.caseNumberValue.text() == case.number)
    assert dossier_window.link_tab.ui.lastExportValue.text() not in ("", "—")
    assert (
        dossier_window.statusBar().currentMessage() == f"Geëxporteerd naar Claims360: dossier {case.number}."
    )
    assert not actions.busy_bar.isVisible()

    # After the export: a menu with "Gegevens versturen", without "synchroniseren" (no estimate yet).
    assert button.isEnabled() and button.menu() is actions.menu
    assert [a.text() for a in actions.menu.actions()] == [
        "Gegevens versturen naar Claims360",
        "Dossier synchroniseren met Claims360",
    ]
    assert actions.send_action.isVisible() and not actions.sync_action.isVisible()

    # Once an estimate in Claims360 is linked, "Dossier synchroniseren" appears.
    _link_estimate(qtbot, c360, sandbox_server, repairer_id, dossier_id, FIRST)
    dossier_window.claims360_changed()
    qtbot.waitUntil(lambda: actions.sync_action.isVisible(), timeout=10_000)


def test_C360_DOS_1_foreign_plate_is_sent_only_after_the_user_confirms(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    dossier_window = _open(qtbot, window, _dossier(c360, repairer_id))
    dossier_window.ui.plateEdit.setText("b-ma 1234")

    dossier_window.ui.infoButton.click()
    details = _answer(qtbot, dossier_window, "geen Belgische nummerplaat", QMessageBox.StandardButton.No)
    assert dossier_window.claims360.message is not None
    assert dossier_window.claims360.message.text() == "Dit is geen Belgische nummerplaat. Toch versturen?"
    assert details == "Nummerplaat: B-MA 1234"
    _idle(qtbot, dossier_window)
    assert (
        _cases(sandbox_server) == {} and dossier_window.statusBar().currentMessage() == "Niet geëxporteerd."
    )

    dossier_window.ui.infoButton.click()
    _answer(qtbot, dossier_window, "geen Belgische nummerplaat", QMessageBox.StandardButton.Yes)
    _idle(qtbot, dossier_window)
    (case,) = _cases(sandbox_server).values()
    assert case.license_plate == "B-MA 1234"
    assert dossier_window.ui.plateEdit.text() == "B-MA 1234"  # what Claims360 accepted is the dossier's


def test_C360_DOS_1_validation_messages_appear_next_to_the_voertuig_fields(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    dossier_window = _open(qtbot, window, _dossier(c360, repairer_id))
    ui = dossier_window.ui
    ui.plateEdit.setText("")
    ui.infoButton.click()
    _idle(qtbot, dossier_window)
    assert ui.plateError.text().startswith("Vul de nummerplaat in")
    assert ui.plateError.isVisibleTo(dossier_window) and ui.tabWidget.currentWidget() is ui.vehicleTab

    ui.plateEdit.setText("1-ABC-123")
    ui.odometerEdit.setText("12,5")
    ui.infoButton.click()
    _idle(qtbot, dossier_window)
    assert not ui.plateError.isVisibleTo(dossier_window)
    assert ui.odometerError.text().startswith("De km-stand moet een geheel getal zijn")
    assert _cases(sandbox_server) == {} and ui.infoButton.isEnabled()


def test_C360_DOS_1_a_timeout_keeps_the_export_and_the_next_click_creates_no_second_case(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    dossier_window = _open(qtbot, window, _dossier(c360, repairer_id))
    sandbox_server.state.fail_request(503, method="POST", path="/cases")
    dossier_window.ui.infoButton.click()
    _idle(qtbot, dossier_window)
    box = dossier_window.claims360.message
    assert box is not None and box.isVisible()
    assert "Niets gaat verloren" in box.text() and "nooit een tweede dossier" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dossier_window.claims360.state is not None
                    and dossier_window.claims360.state.export_pending)  # fmt: skip
    assert "geen antwoord" in dossier_window.ui.infoButton.toolTip()

    dossier_window.ui.infoButton.click()
    _idle(qtbot, dossier_window)
    assert len(_cases(sandbox_server)) == 1
    assert dossier_window.claims360.state is not None and dossier_window.claims360.state.show_menu


def test_C360_DOS_1_repairer_not_configured_points_to_the_claims360_page(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.add_org_repairer(c360, sandbox_server)  # no keys given
    dossier_window = _open(qtbot, window, _dossier(c360, repairer_id))
    dossier_window.ui.infoButton.click()
    _idle(qtbot, dossier_window)
    box = dossier_window.claims360.message
    assert box is not None and "Claims360-pagina" in box.text() + box.informativeText()
    assert _requests(sandbox_server, "/cases", "POST") == 0
    box.close()


def test_C360_DOS_1_before_activation_the_i_button_keeps_its_winformex_meaning(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    dossier_window = _open(qtbot, window, _dossier(c360, repairer_id))
    dossier_window.set_claims360_active(False)
    button = dossier_window.ui.infoButton
    assert not button.isEnabled() and button.menu() is None and button.text() == ""
    assert "WinFormEx II" in button.toolTip()
    dossier_window.set_claims360_active(True)
    qtbot.waitUntil(lambda: button.isEnabled())
    assert button.text() == "Exporteren naar Claims360"


def test_C360_DOS_2_gegevens_versturen_sends_plate_and_km_then_opens_the_photo_picker(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    dossier_window = _open(qtbot, window, _dossier(c360, repairer_id))
    _export(qtbot, dossier_window)
    actions = dossier_window.claims360

    dossier_window.ui.odometerEdit.setText("100000")  # lower than the 120.500 sent: a question
    actions.send_action.trigger()
    details = _answer(qtbot, dossier_window, "lager dan de laatst gekende", QMessageBox.StandardButton.No)
    assert details == "Nu ingevuld: 100.000 km. Laatst gekend: 120.500 km."
    _idle(qtbot, dossier_window)
    assert _requests(sandbox_server, "/cases/", "PATCH") == 0 and actions.photo_picker is None

    dossier_window.ui.odometerEdit.setText("131.250")
    actions.send_action.trigger()
    _idle(qtbot, dossier_window)
    assert _requests(sandbox_server, "/cases/", "PATCH") == 1
    (case,) = _cases(sandbox_server).values()
    assert case.odometer_km == 131_250
    assert dossier_window.statusBar().currentMessage() == (
        "Nummerplaat 1-ABC-123 en km-stand 131250 verstuurd naar Claims360."
    )
    picker = actions.photo_picker
    assert picker is not None and picker.isVisible()
    qtbot.waitUntil(lambda: picker.ui.statusLabel.text() == "Dit dossier heeft nog geen foto's.")
    picker.reject()


# The estimate pop-up (C360-DOS-3) --------------------------------------------------------------
def test_C360_DOS_3_popup_marks_the_lines_shows_totals_and_accept_keeps_earlier_versions(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    c360: Services,
    window: MainWindow,
    sandbox_server: SandboxServer,
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    dossier_id = _dossier(c360, repairer_id)
    dossier_window = _open(qtbot, window, dossier_id)
    _export(qtbot, dossier_window)
    _link_estimate(qtbot, c360, sandbox_server, repairer_id, dossier_id, FIRST)
    dossier_window.claims360_changed()
    qtbot.waitUntil(lambda: dossier_window.claims360.sync_action.isVisible(), timeout=10_000)

    first = _open_estimate(qtbot, dossier_window)
    assert first.view.ui.currentVersionValue.text() == "nog geen bestek in dit dossier"
    assert first.view.ui.newVersionValue.text().startswith("versie 1 van ")
    assert [first.lines_model.index(r, 0).data() for r in range(3)] == ["+ nieuw"] * 3
    assert not first.view.ui.warningFrame.isVisibleTo(first) and first.ui.acceptButton.isVisibleTo(first)
    with qtbot.waitSignal(first.estimate_accepted, timeout=10_000) as accepted:
        first.ui.acceptButton.click()
    assert accepted.args == [1]
    qtbot.waitUntil(lambda: dossier_window.ui.versionCombo.count() == 1, timeout=10_000)

    _link_estimate(qtbot, c360, sandbox_server, repairer_id, dossier_id, SECOND)
    second = _open_estimate(qtbot, dossier_window)
    qtmodeltester.check(second.lines_model)
    qtmodeltester.check(second.totals_model)
    ui, view, lines = second.ui, second.view.ui, second.lines_model
    assert view.newVersionValue.text().startswith("versie 2 van ")
    assert view.currentVersionValue.text().startswith("bestekversie 1 (versie 1 in Claims360) van ")
    assert view.changesValue.text() == "1 nieuw, 2 gewijzigd, 0 verwijderd, 1 ongewijzigd"
    rows = [[lines.index(r, c).data() for c in range(9)] for r in range(lines.rowCount())]
    assert [row[:2] for row in rows] == [["± gewijzigd", "1"], ["ongewijzigd", "2"], ["± gewijzigd", "3"],
                                         ["+ nieuw", "4"]]  # fmt: skip
    assert rows[0][7:] == ["€\xa0399,99", "€\xa0412,50"]  # new amount, previous amount
    assert rows[2][2:5] == ["Overige", "", "Kleine materialen"]
    assert [lines.index(r, 0).data(CHANGE_ROLE) for r in range(4)] == [
        "changed", "unchanged", "changed", "added",
    ]  # fmt: skip
    changed_cell = lines.index(0, 6)
    assert changed_cell.data(Qt.ItemDataRole.FontRole).bold()
    assert changed_cell.data(Qt.ItemDataRole.ToolTipRole) == "Was: €\xa0412,50"
    assert lines.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    totals = second.totals_model
    net = [totals.index(4, c).data() for c in range(4)]
    assert net == ["Totaal excl. btw", "€\xa0693,90", "€\xa0693,74", "-€\xa00,16"]
    gross = [totals.index(6, c).data() for c in range(3)]
    assert gross[0] == "Totaal incl. btw" and gross[1] == "€\xa0839,62"

    with qtbot.waitSignal(second.estimate_accepted, timeout=10_000):
        ui.acceptButton.click()
    combo = dossier_window.ui.versionCombo
    qtbot.waitUntil(lambda: combo.count() == 2, timeout=10_000)
    assert combo.itemText(0).startswith("Versie 2 van ") and combo.itemText(1).startswith("Versie 1 van ")
    assert dossier_window.link_tab is not None
    qtbot.waitUntil(lambda: dossier_window.link_tab.ui.estimateVersionValue.text() == "2")
    combo.setCurrentIndex(1)  # the earlier version stays viewable
    model = dossier_window.estimate_model
    qtbot.waitUntil(
        lambda: model.rowCount() == 3 and model.index(0, 6).data() == "€\xa0412,50", timeout=10_000
    )
    assert dossier_window.ui.estimateInfoLabel.text() == "oudere versie"
    assert [v.remote_version for v in EstimateVersion.select().order_by(EstimateVersion.version)] == [1, 2]

    # The same version again: said so, nothing to accept.
    again = _open_estimate(qtbot, dossier_window)
    already = again.view.ui.alreadyLabel
    assert already.isVisibleTo(again) and "al overgenomen" in already.text()
    assert not again.ui.acceptButton.isVisibleTo(again) and again.ui.closeButton.text() == "Sluiten"
    again.reject()


def test_C360_DOS_3_a_totals_mismatch_is_shown_and_never_corrected(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    dossier_id = _dossier(c360, repairer_id)
    dossier_window = _open(qtbot, window, dossier_id)
    _export(qtbot, dossier_window)
    _link_estimate(qtbot, c360, sandbox_server, repairer_id, dossier_id, FIRST)
    # The expert's system states a labour total that the lines do not add up to.
    cid = sandbox_server.organisations[0]["carrosserieId"]
    with sandbox_server.state.lock:
        case = sandbox_server.state._case(cid, Dossier.get_by_id(dossier_id).c360_case_id)
        version = case.estimate_versions[-1]
        stated = version.totals()
        version.totals = lambda: {**stated, "labour": "95.00"}  # type: ignore[method-assign]
    dossier_window.claims360_changed()
    qtbot.waitUntil(lambda: dossier_window.claims360.sync_action.isVisible(), timeout=10_000)

    dialog = _open_estimate(qtbot, dossier_window)
    ui, view = dialog.ui, dialog.view.ui
    assert view.warningFrame.isVisibleTo(dialog)
    assert view.warningTitle.text().startswith("De lijnen tellen niet op tot de totalen")
    assert "Totaal arbeid is € 95,00, maar de regels tellen op tot € 93,00." in view.warningText.text()
    assert "PlanManager verbetert niets" in view.warningText.text()
    assert dialog.totals_model.index(1, 2).data() == "€\xa095,00"  # shown as Claims360 sent it
    with qtbot.waitSignal(dialog.estimate_accepted, timeout=10_000):
        ui.acceptButton.click()
    stored = EstimateVersion.get(EstimateVersion.dossier == dossier_id)
    assert Decimal(stored.total_labour) == Decimal("95.00")


def test_C360_DOS_3_annuleren_stops_the_fetch_and_stores_nothing(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    dossier_id = _dossier(c360, repairer_id)
    dossier_window = _open(qtbot, window, dossier_id)
    _export(qtbot, dossier_window)
    _link_estimate(qtbot, c360, sandbox_server, repairer_id, dossier_id, FIRST)
    dossier_window.claims360_changed()
    qtbot.waitUntil(lambda: dossier_window.claims360.sync_action.isVisible(), timeout=10_000)
    sandbox_server.state.set_latency(0.5)
    dossier_window.claims360.sync_action.trigger()
    dialog = dossier_window.claims360.estimate_dialog
    assert dialog is not None and dialog.busy
    assert dialog.ui.stack.currentWidget() is dialog.ui.loadingPage
    assert dialog.ui.closeButton.text() == "Annuleren"
    dialog.ui.closeButton.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    sandbox_server.state.set_latency(0)
    assert EstimateVersion.select().count() == 0


# Polish of the dossier's Claims360 flow (C360-DOS-1, C360-DOS-2, C360-CFG-8) ------------------------
@pytest.mark.parametrize("missing", ["configuration", "keys"])
def test_C360_DOS_1_not_set_up_offers_naar_de_claims360_pagina_with_that_repairer(
    qtbot: QtBot,
    c360: Services,
    window: MainWindow,
    sandbox_server: SandboxServer,
    keystore: KeyStore,
    missing: str,
) -> None:
    """Refused because the repairer is not set up, or this PC lacks its keys (C360-CFG-8): the
    message leads straight to the Claims360 page with that repairer chosen, and its dialog."""
    if missing == "configuration":
        repairer_id = support.add_org_repairer(c360, sandbox_server)
    else:
        repairer_id = support.configure(c360, sandbox_server)
        keystore.delete_keys(c360.settings.database_id, repairer_id)
    support.add_org_repairer(c360, sandbox_server, 1)  # another repairer, so the choice matters
    dossier_window = _open(qtbot, window, _dossier(c360, repairer_id))
    dossier_window.ui.infoButton.click()
    _idle(qtbot, dossier_window)
    box = dossier_window.claims360.message
    assert box is not None and box.isVisible()
    expected = "niet ingesteld" if missing == "configuration" else "sleutels van deze hersteller niet"
    assert expected in box.text()
    (page_button,) = [b for b in box.buttons() if b.text() == "Naar de Claims360-pagina"]
    assert box.defaultButton() is page_button
    page = support.page_of(window)
    window.ui.tabWidget.setCurrentWidget(window.dossier_page)
    with qtbot.waitSignal(page.targets_loaded, timeout=10_000):
        page_button.click()
    assert dossier_window.claims360.message is None  # the box closed (and went)
    assert window.ui.tabWidget.currentWidget() is page
    assert page.selected_repairer_id() == repairer_id
    qtbot.waitUntil(lambda: page.settings_dialog is not None and page.settings_dialog.isVisible())
    assert _requests(sandbox_server, "/cases", "POST") == 0
    page.settings_dialog.reject()


def test_C360_DOS_1_DOS_2_claims360_tab_says_what_the_i_button_does_in_each_state(
    qtbot: QtBot, c360: Services, window: MainWindow, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    dossier_id = _dossier(c360, repairer_id)
    dossier_window = _open(qtbot, window, dossier_id)
    tab = dossier_window.link_tab
    assert isinstance(tab, DossierClaims360Tab)
    note, case = tab.ui.noteLabel, tab.ui.caseNumberValue
    assert note.text() == (
        "Met de i-knop bovenaan exporteert u dit dossier naar Claims360 (enkel nummerplaat en km-stand)."
    )
    assert case.text() == "Nog niet geëxporteerd"

    # Export pending: Claims360 did not answer.
    sandbox_server.state.fail_request(503, method="POST", path="/cases")
    dossier_window.ui.infoButton.click()
    _idle(qtbot, dossier_window)
    box = dossier_window.claims360.message
    assert box is not None
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: tab.state is not None and tab.state.export_pending, timeout=10_000)
    assert case.text() == "Export wacht op antwoord van Claims360"
    assert note.text().startswith("De export naar Claims360 kreeg geen antwoord en staat nog klaar.")
    assert "nooit een tweede Claims360-dossier" in note.text()

    # Exported: no more "exporteert u dit dossier".
    dossier_window.ui.infoButton.click()
    _idle(qtbot, dossier_window)
    (created,) = _cases(sandbox_server).values()
    qtbot.waitUntil(lambda: case.text() == created.number, timeout=10_000)
    assert note.text().startswith("Dit dossier is geëxporteerd naar Claims360. Met de i-knop bovenaan")
    assert "exporteert u" not in note.text()

    # An estimate linked: the note names "Dossier synchroniseren met Claims360".
    _link_estimate(qtbot, c360, sandbox_server, repairer_id, dossier_id, FIRST)
    dossier_window.claims360_changed()
    qtbot.waitUntil(lambda: tab.state is not None and tab.state.estimate_linked, timeout=10_000)
    assert "“Dossier synchroniseren met Claims360”" in note.text()


def test_C360_DOS_1_closing_the_window_mid_export_lets_it_finish_and_logs_no_error(
    qtbot: QtBot,
    c360: Services,
    window: MainWindow,
    sandbox_server: SandboxServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    dossier_id = _dossier(c360, repairer_id)
    dossier_window = _open(qtbot, window, dossier_id)
    actions = dossier_window.claims360
    caplog.set_level(logging.INFO)
    sandbox_server.state.set_latency(0.4)
    dossier_window.ui.infoButton.click()
    assert actions.busy
    assert dossier_window.close()
    qtbot.waitUntil(lambda: not actions.busy, timeout=20_000)
    sandbox_server.state.set_latency(0)
    qtbot.wait(50)  # anything the task or the database thread would still deliver
    assert dossier_window not in window.dossier_windows
    assert len(_cases(sandbox_server)) == 1  # the core finished the export
    assert Dossier.get_by_id(dossier_id).c360_case_number
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], [r.getMessage() for r in errors]
    # Opened again, the window shows the export.
    again = _open(qtbot, window, dossier_id)
    assert again.claims360.state is not None and again.claims360.state.exported
