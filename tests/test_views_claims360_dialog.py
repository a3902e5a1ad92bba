""" "Claims360 Instellen", driven by clicking, against the sandbox over HTTP (C360-CFG-1 … 8).

Every test runs on SQLite and on PostgreSQL; the keys are the sandbox's, generated at run time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import claims360_views_support as support
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from planmanager_desktop.app.db_worker import DbWorker, new_executor
from planmanager_desktop.composition import Services, build_services
from planmanager_desktop.domain.claims360_config import LinkStatus
from planmanager_desktop.keystore import KeyStore
from planmanager_desktop.persistence.models import Claims360Config
from planmanager_desktop.sandbox.server import SandboxServer
from planmanager_desktop.views.claims360_page import Claims360Page
from planmanager_desktop.views.claims360_settings_dialog import Claims360SettingsDialog, DialogMode
from planmanager_desktop.views.main_window import MainWindow

#: The offscreen platform cannot raise windows or resize to size hints; that is not a problem here.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")

qt_loop = support.qt_loop
c360 = support.c360
worker = support.worker
window = support.window

FAQ_MESSAGE = "De configuratie is onvolledig voor de geselecteerde hersteller. Vul de volgende velden in:"
HELPDESK = (
    "Na het ingeven van deze gegevens is het niet meer mogelijk om deze aan te passen via de "
    "claims360 pagina. Indien er foutieve gegevens werden ingegeven gelieve contact op te nemen met "
    "onze helpdesk via support@solera.com"
)


def _open_dialog(qtbot: QtBot, page: Claims360Page, repairer_id: int) -> Claims360SettingsDialog:
    """Choose the repairer in the combo box, as a user does."""
    support.wait_targets(qtbot, page)
    page.select_repairer(repairer_id)
    qtbot.waitUntil(lambda: page.settings_dialog is not None and page.settings_dialog.isVisible())
    dialog = page.settings_dialog
    assert dialog is not None
    return dialog


def _fill(qtbot: QtBot, dialog: Claims360SettingsDialog, org: dict[str, str], **changes: str) -> None:
    values = {"bodyshop": org["bodyshopKey"], "planmanager": org["planmanagerKey"], **changes}
    for edit, value in ((dialog.ui.bodyshopKeyEdit, values["bodyshop"]),
                        (dialog.ui.planmanagerKeyEdit, values["planmanager"])):  # fmt: skip
        edit.clear()
        qtbot.keyClicks(edit, value)
    if "carrosserie_id" in changes:
        dialog.ui.carrosserieIdEdit.setText(changes["carrosserie_id"])


def _save_and_wait(qtbot: QtBot, dialog: Claims360SettingsDialog) -> None:
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


@pytest.fixture
def page(window: MainWindow) -> Claims360Page:
    return support.page_of(window)


def test_C360_CFG_1_CFG_2_choosing_an_incomplete_repairer_opens_the_prefilled_dialog(
    qtbot: QtBot, c360: Services, page: Claims360Page, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.add_org_repairer(c360, sandbox_server)
    support.add_org_repairer(c360, sandbox_server, 1)
    support.wait_targets(qtbot, page)
    combo = page.ui.repairerCombo
    names = [combo.itemText(i) for i in range(combo.count())]
    org = sandbox_server.organisations[0]
    assert f"{org['name']} — onvolledig" in names  # C360-CFG-1: every repairer, with its status
    assert len(names) == 3
    dialog = _open_dialog(qtbot, page, repairer_id)
    assert dialog.windowTitle() == "Claims360 Instellen"
    assert dialog.ui.repairerNameLabel.text() == org["name"]
    assert dialog.ui.messageLabel.text() == FAQ_MESSAGE
    assert dialog.mode is DialogMode.CONFIGURE
    assert dialog.ui.carrosserieIdEdit.text() == org["carrosserieId"]  # C360-CFG-2
    assert dialog.ui.bodyshopKeyEdit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.ui.saveButton.text() == "Bewaren"
    assert dialog.ui.saveAnywayButton.isHidden()
    # The show toggle and the paste button (the FAQ: copy the key in Claims360, paste it here).
    dialog.ui.showBodyshopKeyButton.click()
    assert dialog.ui.bodyshopKeyEdit.echoMode() == QLineEdit.EchoMode.Normal
    QGuiApplication.clipboard().setText(f"  {org['planmanagerKey']}  ")
    dialog.ui.pastePlanmanagerKeyButton.click()
    assert dialog.ui.planmanagerKeyEdit.text() == org["planmanagerKey"]
    dialog.reject()


def test_C360_CFG_3_missing_fields_are_named_by_the_field_and_nothing_is_sent(
    qtbot: QtBot, c360: Services, page: Claims360Page, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.add_org_repairer(c360, sandbox_server)
    dialog = _open_dialog(qtbot, page, repairer_id)
    sandbox_server.state.reset_request_counts()
    qtbot.keyClicks(dialog.ui.planmanagerKeyEdit, "   ")
    _save_and_wait(qtbot, dialog)
    message = dialog.ui.bodyshopKeyError.text()
    assert "Bodyshop Api Sleutel" in message and "PlanManager Api Sleutel" in message
    assert "Carrosserie Id" not in message
    assert dialog.ui.bodyshopKeyError.isVisible()
    assert sandbox_server.state.request_counts()["total"] == 0
    dialog.ui.carrosserieIdEdit.clear()
    _save_and_wait(qtbot, dialog)
    assert "Carrosserie Id" in dialog.ui.carrosserieIdError.text()
    assert c360.claims360_config.config(repairer_id) is None
    dialog.reject()


def test_C360_CFG_3_CFG_7_vat_shaped_id_is_normalised_shown_back_and_saved(
    qtbot: QtBot, c360: Services, page: Claims360Page, sandbox_server: SandboxServer
) -> None:
    """Input is trimmed, "BE 0566.988.259" becomes 0566988259; a good check saves and locks."""
    repairer_id = support.add_org_repairer(c360, sandbox_server)
    org = sandbox_server.organisations[0]
    dialog = _open_dialog(qtbot, page, repairer_id)
    cid = org["carrosserieId"]
    _fill(qtbot, dialog, org, carrosserie_id=f"  BE {cid[:4]}.{cid[4:7]}.{cid[7:]} ",
          bodyshop=f" {org['bodyshopKey']} ")  # fmt: skip
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
        assert dialog.ui.carrosserieIdEdit.text() == cid  # shown back while verifying
    config = Claims360Config.get(Claims360Config.repairer == repairer_id)
    assert config.carrosserie_id == cid and config.locked and config.verified
    assert config.organisation_name == org["name"]
    assert c360.claims360_config.status(repairer_id) is LinkStatus.CONFIGURED
    # C360-CFG-5: the keys are in this PC's keyring, not in the database.
    keys = c360.claims360_config.keystore.get_keys(c360.settings.database_id, repairer_id)
    assert keys is not None and keys.bodyshop == org["bodyshopKey"]
    assert org["bodyshopKey"] not in str(Claims360Config.select().dicts()[:])
    qtbot.waitUntil(lambda: f"{org['name']} — ingesteld" in page.ui.repairerCombo.currentText())


@pytest.mark.parametrize(
    ("what", "field", "expected"),
    [
        ("bodyshop", "bodyshopKeyError", "Bodyshop"),
        ("planmanager", "planmanagerKeyError", "PlanManager"),
        ("organisation", "carrosserieIdError", "andere organisatie"),
    ],
)
def test_C360_CFG_7_each_refusal_is_named_by_its_field_and_nothing_is_saved(
    qtbot: QtBot,
    c360: Services,
    page: Claims360Page,
    sandbox_server: SandboxServer,
    what: str,
    field: str,
    expected: str,
) -> None:
    repairer_id = support.add_org_repairer(c360, sandbox_server)
    org = sandbox_server.organisations[0]
    dialog = _open_dialog(qtbot, page, repairer_id)
    changes = {
        "bodyshop": {"bodyshop": "fout-" * 8},
        "planmanager": {"planmanager": "fout-" * 8},
        "organisation": {"carrosserie_id": sandbox_server.organisations[1]["carrosserieId"]},
    }[what]
    _fill(qtbot, dialog, org, **changes)
    with qtbot.waitSignal(dialog.verified, timeout=20_000):
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert expected in getattr(dialog.ui, field).text()
    assert dialog.ui.saveAnywayButton.isHidden()  # only "unreachable" may be saved anyway
    assert dialog.isVisible()
    assert c360.claims360_config.config(repairer_id) is None
    dialog.reject()


def test_C360_CFG_7_unreachable_offers_toch_bewaren_which_saves_unverified(
    qtbot: QtBot, c360: Services, page: Claims360Page, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.add_org_repairer(c360, sandbox_server)
    org = sandbox_server.organisations[0]
    c360.settings.set("claims360.base_url", support.dead_url())
    dialog = _open_dialog(qtbot, page, repairer_id)
    _fill(qtbot, dialog, org)
    _save_and_wait(qtbot, dialog)
    assert dialog.ui.saveAnywayButton.isVisible()
    result = dialog.ui.resultLabel.text()
    assert "niet gecontroleerd" in result and "Toch bewaren" in result
    assert c360.claims360_config.config(repairer_id) is None
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.ui.saveAnywayButton, Qt.MouseButton.LeftButton)
    config = c360.claims360_config.config(repairer_id)
    assert config is not None and config.locked and not config.verified


def test_C360_CFG_7_annuleren_stops_a_slow_verification_without_saving(
    qtbot: QtBot, c360: Services, page: Claims360Page, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.add_org_repairer(c360, sandbox_server)
    org = sandbox_server.organisations[0]
    dialog = _open_dialog(qtbot, page, repairer_id)
    _fill(qtbot, dialog, org)
    sandbox_server.state.set_latency(0.8)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.busy and dialog.ui.busyBar.isVisible() and not dialog.ui.saveButton.isEnabled()
    qtbot.wait(50)  # the dialog stays responsive while Claims360 is slow
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.isVisible()
    assert "afgebroken" in dialog.ui.resultLabel.text()
    assert c360.claims360_config.config(repairer_id) is None
    sandbox_server.state.set_latency(0)
    dialog.reject()


def test_C360_CFG_6_a_configured_repairer_shows_read_only_with_the_helpdesk_then_unlock(
    qtbot: QtBot, c360: Services, page: Claims360Page, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    support.wait_targets(qtbot, page)
    page.select_repairer(repairer_id)  # configured: no dialog by itself
    qtbot.wait(50)
    assert page.settings_dialog is None
    page.ui.settingsButton.click()
    qtbot.waitUntil(lambda: page.settings_dialog is not None)
    dialog = page.settings_dialog
    assert dialog is not None and dialog.mode is DialogMode.LOCKED
    ui = dialog.ui
    assert ui.carrosserieIdEdit.isReadOnly()
    assert ui.carrosserieIdEdit.text() == sandbox_server.organisations[0]["carrosserieId"]
    for edit in (ui.bodyshopKeyEdit, ui.planmanagerKeyEdit):
        assert edit.text() == "" and edit.isReadOnly() and edit.placeholderText().startswith("●")
    assert ui.showBodyshopKeyButton.isHidden() and ui.pasteBodyshopKeyButton.isHidden()
    assert ui.saveButton.isHidden() and ui.cancelButton.text() == "Sluiten"
    assert ui.helpdeskLabel.text() == HELPDESK and ui.helpdeskLabel.isVisible()
    assert ui.savedValue.text().startswith("door ")
    assert ui.verifiedValue.text().startswith("Ja")
    dialog.reject()

    # Only the helpdesk unlocks (the admin command); then the dialog asks for everything anew.
    assert c360.claims360_config.unlock(repairer_id)
    support.wait_targets(qtbot, page)
    assert "onvolledig" in page.ui.repairerCombo.currentText()
    dialog = _open_dialog(qtbot, page, repairer_id)
    assert dialog.mode is DialogMode.CONFIGURE and not dialog.ui.carrosserieIdEdit.isReadOnly()
    _fill(qtbot, dialog, sandbox_server.organisations[0])
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert c360.claims360_config.status(repairer_id) is LinkStatus.CONFIGURED


def test_C360_CFG_8_a_second_pc_links_with_the_same_keys_and_refuses_others(
    qtbot: QtBot,
    c360: Services,
    window: MainWindow,
    sandbox_server: SandboxServer,
    tmp_path: Path,
    keystore_factory: Callable[[Path], KeyStore],
) -> None:
    repairer_id = support.configure(c360, sandbox_server)
    org = sandbox_server.organisations[0]
    pc2 = build_services(
        c360.database, tmp_path / "pc2", keystore_factory(tmp_path / "pc2"),
        http_factory=c360.sync._http_factory,
    )  # fmt: skip
    worker2 = DbWorker(new_executor(), c360.database)
    window2 = support.make_window(pc2, worker2, tmp_path / "pc2")
    window2.show()
    try:
        page2 = support.page_of(window2)
        support.wait_targets(qtbot, page2)
        page2.ui.repairerCombo.setCurrentIndex(page2.ui.repairerCombo.findData(repairer_id))
        assert page2.ui.repairerCombo.currentText() == f"{org['name']} — sleutels niet op deze pc"
        qtbot.waitUntil(lambda: "niet op deze pc" in page2.ui.messageValue.text())
        assert not page2.ui.refreshButton.isEnabled()
        dialog = _open_dialog(qtbot, page2, repairer_id)
        assert dialog.mode is DialogMode.LINK
        assert dialog.ui.carrosserieIdEdit.isReadOnly()
        assert dialog.ui.carrosserieIdEdit.text() == org["carrosserieId"]
        assert "dezelfde twee sleutels" in dialog.ui.messageLabel.text()

        _fill(qtbot, dialog, org, planmanager="andere-sleutel-" * 3)
        _save_and_wait(qtbot, dialog)
        assert "wijziging" in dialog.ui.resultLabel.text()  # other keys would be a change
        assert pc2.claims360_config.status(repairer_id) is LinkStatus.KEYS_NOT_ON_THIS_PC

        _fill(qtbot, dialog, org)
        with qtbot.waitSignal(dialog.saved, timeout=20_000):
            qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
        assert pc2.claims360_config.status(repairer_id) is LinkStatus.CONFIGURED
        qtbot.waitUntil(lambda: page2.ui.repairerCombo.currentText().endswith("— ingesteld"))
        assert page2.ui.refreshButton.isEnabled()
    finally:
        support.close_window(qtbot, window2)
        worker2.shutdown()
        support.run(qtbot, pc2.sync.aclose())
        pc2.db_executor.submit(pc2.database.close).result()
        pc2.db_executor.shutdown()


def test_C360_CFG_5_without_a_keyring_the_dialog_says_so_and_saves_nothing(
    qtbot: QtBot, c360: Services, page: Claims360Page, sandbox_server: SandboxServer
) -> None:
    repairer_id = support.add_org_repairer(c360, sandbox_server)
    c360.claims360_config.keystore = KeyStore(keyring.backends.fail.Keyring())
    dialog = _open_dialog(qtbot, page, repairer_id)
    _fill(qtbot, dialog, sandbox_server.organisations[0])
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sleutelkluis" in dialog.ui.resultLabel.text(), timeout=20_000)
    assert dialog.isVisible() and not dialog.busy
    assert c360.claims360_config.config(repairer_id) is None
    dialog.reject()
