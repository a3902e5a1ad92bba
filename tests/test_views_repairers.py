"""The Herstellers tab and the repairer dialog: validation messages from RepairerService, inline."""

from __future__ import annotations

import pytest
import views_support
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planmanager_desktop.composition import Services
from planmanager_desktop.views.main_window import MainWindow
from planmanager_desktop.views.repairer_dialog import RepairerDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")

worker = views_support.worker
language = views_support.language
today = views_support.today
main_window = views_support.main_window


def test_edit_repairer_through_the_dialog(qtbot: QtBot, main_window: MainWindow, services: Services) -> None:
    repairer = views_support.add_repairer(services, "Carrosserie Peeters")
    page = main_window.repairers_page
    page.reload()
    dialog = page.dialog(repairer.id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Hersteller bewerken"
    assert dialog.ui.nameEdit.text() == "Carrosserie Peeters"
    dialog.ui.externalReferenceEdit.clear()
    qtbot.keyClicks(dialog.ui.externalReferenceEdit, " 0403170701 ")
    qtbot.keyClicks(dialog.ui.vatNumberEdit, "BE0403170701")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)

    assert dialog.result() == RepairerDialog.DialogCode.Accepted
    stored = services.repairers.get(repairer.id)
    assert stored.external_reference == "0403170701"
    assert stored.vat_number == "BE0403170701"
    page.reload()
    assert page.model.index(0, 1).data() == "0403170701"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Externe referentie (Informex-postbus)"


def test_empty_name_is_refused_next_to_the_field(qtbot: QtBot, services: Services) -> None:
    dialog = RepairerDialog(services.repairers)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.nameError.text() == "Geef de naam van de hersteller in."
    assert dialog.ui.nameError.isVisible()
    assert dialog.result() != RepairerDialog.DialogCode.Accepted
    assert services.repairers.list() == []


def test_external_reference_used_by_another_repairer_is_explained(qtbot: QtBot, services: Services) -> None:
    views_support.add_repairer(services, "Garage Dubois", "0202239951")
    dialog = RepairerDialog(services.repairers)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Carrosserie Peeters")
    dialog.ui.externalReferenceEdit.setText("0202239951")
    dialog.save()
    assert dialog.ui.externalReferenceError.text() == (
        "De externe referentie 0202239951 is al gekoppeld aan hersteller Garage Dubois."
    )
    assert not dialog.ui.nameError.text()


def test_adding_a_repairer_fills_the_claims360_combo(
    qtbot: QtBot, main_window: MainWindow, services: Services
) -> None:
    services.activation.activate()
    main_window.watcher.check()
    page = main_window.repairers_page
    dialog = page.dialog()
    dialog.ui.nameEdit.setText("Carrosserie Van den Broeck")
    dialog.save()
    assert dialog.saved is not None
    page.reload()
    page.repairers_changed.emit()
    combo = main_window.platform_page.ui.repairerCombo  # type: ignore[union-attr]
    # The status on this PC is read on the database thread (keyring): the combo fills a moment later.
    qtbot.waitUntil(lambda: combo.findText("Carrosserie Van den Broeck — onvolledig") > 0)
    dialog.deleteLater()
