"""WinFormEx II in the window (C360-WFX-1, C360-ACT-3): import from the folder on the WinFormEx
page and, after the activation, from the Bestand menu; the dossier's i button sends to WinFormEx II
before the activation only."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
import views_support
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planmanager_desktop.composition import Services
from planmanager_desktop.domain.dossiers import CustomerInput, DossierInput, VehicleInput
from planmanager_desktop.domain.errors import WinFormExClosedError
from planmanager_desktop.domain.winformex_message import FORMAT, parse_message
from planmanager_desktop.persistence.models import Assignment, AssignmentSource, Dossier, Repairer
from planmanager_desktop.sync.winformex_import import FAILED_DIR, PROCESSED_DIR, REASON_SUFFIX
from planmanager_desktop.views.dossier_window import DossierWindow
from planmanager_desktop.views.main_window import MainWindow
from planmanager_desktop.views.winformex_import_panel import WinFormExImportPanel
from planmanager_desktop.views.winformex_page import WinFormExPage

worker = views_support.worker
language = views_support.language
today = views_support.today
main_window = views_support.main_window

#: The offscreen platform cannot raise a window or pass size hints on; harmless here.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")

MAILBOX = "0566988259"


def _message(number: str = "8902305") -> dict[str, Any]:
    return {
        "format": FORMAT,
        "mailbox": MAILBOX,
        "number": number,
        "status": "open",
        "complete": True,
        "work": "Voorbumper vervangen",
        "vehicle": {"licensePlate": "1-ABC-123", "make": "Volkswagen", "model": "Golf", "odometerKm": 45210},
        "customer": {"name": "Sophia Peeters"},
        "insurer": {"name": "AG Insurance", "claimNumber": "AG-2021-1"},
        "createdAt": "2021-10-01T09:00:00+02:00",
        "updatedAt": "2021-10-01T09:30:00+02:00",
    }


def _drop(folder: Path, name: str, body: str) -> Path:
    """A file that finished being written a minute ago (the import leaves fresh files alone)."""
    path = folder / name
    path.write_text(body, encoding="utf-8")
    moment = time.time() - 60
    os.utime(path, (moment, moment))
    return path


@pytest.fixture
def repairer(services: Services) -> Repairer:
    return views_support.add_repairer(services, "Carrosserie IndyPro BV", ref=MAILBOX)


@pytest.fixture
def inbox(services: Services, tmp_path: Path) -> Path:
    folder = tmp_path / "informex-in"
    folder.mkdir()
    services.settings.set("winformex.import_folder", str(folder))
    return folder


@pytest.fixture
def outbox(services: Services, tmp_path: Path) -> Path:
    folder = tmp_path / "informex-uit"
    folder.mkdir()
    services.settings.set("winformex.export_folder", str(folder))
    return folder


def _run_import(qtbot: QtBot, panel: WinFormExImportPanel) -> None:
    panel.ui.importButton.click()
    assert panel.busy and not panel.ui.importButton.isEnabled()  # off the GUI thread
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)


def _lines(panel: WinFormExImportPanel) -> list[str]:
    return [panel.ui.resultList.item(i).text() for i in range(panel.ui.resultList.count())]


def _page(main: MainWindow) -> WinFormExPage:
    page = main.platform_page
    assert isinstance(page, WinFormExPage)
    return page


# Import ----------------------------------------------------------------------------------------


def test_C360_WFX_1_import_button_shows_each_file_and_moves_them(
    qtbot: QtBot, main_window: MainWindow, services: Services, repairer: Repairer, inbox: Path
) -> None:
    """A valid and a malformed message: one imported (a dossier, queueing off), one refused with
    its Dutch reason; both listed with a summary, and both moved out of the import folder."""
    _drop(inbox, "a-goed.json", json.dumps(_message()))
    _drop(inbox, "b-kapot.json", "{dit is geen json")
    panel = _page(main_window).import_panel
    assert panel.ui.importButton.text() == "Importeren uit WinFormEx II"
    _run_import(qtbot, panel)

    lines = _lines(panel)
    assert len(lines) == 2
    assert lines[0].startswith("a-goed.json: geïmporteerd")
    assert lines[1].startswith("b-kapot.json: fout")
    assert panel.ui.resultList.item(1).foreground().color().name() == "#b00020"
    summary = panel.ui.summaryLabel.text()
    assert "1 geïmporteerd" in summary and "1 fout" in summary
    assert panel.ui.summaryLabel.property("role") == "warning"

    assert sorted(p.name for p in inbox.iterdir()) == [FAILED_DIR, PROCESSED_DIR]
    assert [p.name for p in (inbox / PROCESSED_DIR).iterdir()] == ["a-goed.json"]
    assert sorted(p.name for p in (inbox / FAILED_DIR).iterdir()) == [
        "b-kapot.json",
        "b-kapot.json" + REASON_SUFFIX,
    ]
    assignment = Assignment.get(Assignment.number == "8902305")
    assert assignment.source == AssignmentSource.WINFORMEX.value and assignment.dossier_id is not None
    # The dossier list shows the new dossier without a restart.
    qtbot.waitUntil(lambda: main_window.dossier_page.model.total == 1, timeout=10_000)


def test_C360_WFX_1_import_without_a_folder_says_who_sets_it(qtbot: QtBot, main_window: MainWindow) -> None:
    panel = _page(main_window).import_panel
    _run_import(qtbot, panel)
    text = panel.ui.summaryLabel.text()
    assert "geen WinFormEx-importmap ingesteld" in text
    assert "helpdesk" in text and "winformex.import_folder" in text
    assert "--folder" not in text  # the command line's advice means nothing in the window
    assert panel.ui.resultList.count() == 0 and panel.ui.importButton.isEnabled()


def test_C360_ACT_3_after_activation_the_import_stays_in_the_bestand_menu(
    qtbot: QtBot, main_window: MainWindow, services: Services, repairer: Repairer, inbox: Path
) -> None:
    action = main_window.ui.winformexImportAction
    assert action in main_window.ui.fileMenu.actions()
    services.activation.activate()
    main_window.watcher.check()
    qtbot.waitUntil(lambda: main_window.claims360_active, timeout=10_000)
    assert "WinFormEx" not in main_window.tab_titles()

    _drop(inbox, "a.json", json.dumps(_message()))
    action.trigger()
    dialog = main_window.winformex_import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.panel.busy, timeout=20_000)
    assert _lines(dialog.panel)[0].startswith("a.json: geïmporteerd")
    assert Assignment.get(Assignment.number == "8902305").source == AssignmentSource.WINFORMEX.value
    dialog.close()


# Send ------------------------------------------------------------------------------------------


def _dossier(services: Services, repairer: Repairer) -> Dossier:
    return services.dossiers.create(
        DossierInput(
            repairer_id=repairer.id,
            customer=CustomerInput(name="Jan Claes"),
            vehicle=VehicleInput(license_plate="2-XYZ-987", make="Toyota", model="Yaris"),
            odometer_km=88000,
        )
    )


def _open(qtbot: QtBot, main: MainWindow, dossier_id: int) -> DossierWindow:
    window = main.open_dossier(dossier_id)
    qtbot.waitUntil(lambda: not window._worker.busy, timeout=10_000)
    return window


def test_C360_WFX_1_i_button_sends_the_dossier_before_activation(
    qtbot: QtBot, main_window: MainWindow, services: Services, repairer: Repairer, outbox: Path
) -> None:
    dossier = _dossier(services, repairer)
    window = _open(qtbot, main_window, dossier.id)
    button = window.ui.infoButton
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    assert button.menu() is None and "Versturen naar WinFormEx II" in button.toolTip()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    sender = window.claims360.winformex
    qtbot.waitUntil(lambda: sender.message is not None, timeout=20_000)
    box = sender.message
    assert box is not None and box.icon() == QMessageBox.Icon.Information
    assert f"Dossier {dossier.number} is verstuurd naar WinFormEx II" in box.text()

    files = list(outbox.iterdir())
    assert len(files) == 1 and files[0].suffix == ".json"
    assert parse_message(files[0].read_bytes()).assignment.number == dossier.number
    assert Dossier.get_by_id(dossier.id).winformex_sent_at is not None
    link_tab = window.link_tab
    qtbot.waitUntil(lambda: link_tab.ui.sentValue.text() != "Nog niet verstuurd", timeout=10_000)  # type: ignore[union-attr]
    box.close()


def test_C360_WFX_1_i_button_shows_the_dutch_error_of_a_refused_send(
    qtbot: QtBot, main_window: MainWindow, services: Services, outbox: Path
) -> None:
    """A repairer without its Informex mailbox number: nothing written, the core's reason shown."""
    no_mailbox = views_support.add_repairer(services, "Carrosserie Zonder Postbus")
    dossier = _dossier(services, no_mailbox)
    window = _open(qtbot, main_window, dossier.id)
    button = window.ui.infoButton
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    sender = window.claims360.winformex
    qtbot.waitUntil(lambda: sender.message is not None, timeout=20_000)
    box = sender.message
    assert box is not None and box.icon() == QMessageBox.Icon.Warning
    assert "externe referentie" in box.text()
    assert list(outbox.iterdir()) == []
    qtbot.waitUntil(button.isEnabled, timeout=10_000)  # the user can fix it and try again
    box.close()


def test_C360_WFX_1_i_button_without_an_export_folder_is_disabled_and_says_why(
    qtbot: QtBot, main_window: MainWindow, services: Services, repairer: Repairer
) -> None:
    window = _open(qtbot, main_window, _dossier(services, repairer).id)
    button = window.ui.infoButton
    qtbot.waitUntil(lambda: "exportmap" in button.toolTip(), timeout=10_000)
    assert not button.isEnabled() and "helpdesk" in button.toolTip()


def test_C360_ACT_3_after_activation_the_dossier_window_offers_no_winformex_send(
    qtbot: QtBot, main_window: MainWindow, services: Services, repairer: Repairer, outbox: Path
) -> None:
    dossier = _dossier(services, repairer)
    window = _open(qtbot, main_window, dossier.id)
    qtbot.waitUntil(window.ui.infoButton.isEnabled, timeout=10_000)
    services.activation.activate()
    main_window.watcher.check()
    qtbot.waitUntil(lambda: window.claims360_active, timeout=10_000)
    qtbot.waitUntil(lambda: not window._worker.busy, timeout=10_000)

    button = window.ui.infoButton
    offered = [button.text(), button.toolTip()]
    menu = button.menu()
    if menu is not None:
        offered += [a.text() for a in menu.actions()]
    assert not any("WinFormEx" in text for text in offered), offered
    assert "WinFormEx" not in window.tab_titles()
    assert not window.claims360.winformex.shown
    window.claims360.winformex.send()  # even when asked directly, nothing is sent
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window._worker.busy, timeout=10_000)
    assert list(outbox.iterdir()) == []
    with pytest.raises(WinFormExClosedError):
        services.winformex_export.send(dossier.id)
