"""The main window: its tabs, the status bar, the demo banner, and the activation switch (C360-ACT-2)."""

from __future__ import annotations

import datetime as dt

import views_support
from pytestqt.qtbot import QtBot

from planmanager_desktop.composition import Services
from planmanager_desktop.views.activation_watcher import CHECK_INTERVAL_MS, ActivationWatcher
from planmanager_desktop.views.claims360_page import Claims360Page
from planmanager_desktop.views.dossier_link_tabs import DossierClaims360Tab, DossierWinFormExTab
from planmanager_desktop.views.main_window import MainWindow
from planmanager_desktop.views.winformex_page import WinFormExPage

worker = views_support.worker
language = views_support.language
today = views_support.today
main_window = views_support.main_window

BEFORE = ["Dossiers", "Wachtrij", "Herstellers", "WinFormEx", "Instellingen"]
AFTER = ["Dossiers", "Wachtrij", "Herstellers", "Claims360", "Instellingen"]


def test_main_window_shows_dutch_tabs_and_winformex_before_activation(main_window: MainWindow) -> None:
    """C360-ACT-2: before activation WinFormEx is shown and no Claims360."""
    assert main_window.tab_titles() == BEFORE
    assert isinstance(main_window.platform_page, WinFormExPage)
    assert main_window.statusBar().currentMessage() == "Klaar"


def test_status_bar_names_database_and_activation(main_window: MainWindow, services: Services) -> None:
    url = services.database.url
    short = url.sqlite_path.name if url.sqlite_path is not None else url.display()
    assert main_window.database_status.text() == f"Database: {short}"
    assert main_window.database_status.toolTip() == url.display()
    assert main_window.activation_status.text() == "WinFormEx II actief"


def test_C360_ACT_2_activation_swaps_tabs_in_running_program(
    qtbot: QtBot, main_window: MainWindow, services: Services
) -> None:
    """The helpdesk activates on another PC: the next check swaps main window and dossier window."""
    repairer = views_support.add_repairer(services)
    dossier = views_support.add_dossier(services, repairer, plate="1-ABC-123")
    dossier_window = main_window.open_dossier(dossier.id)
    assert isinstance(dossier_window.link_tab, DossierWinFormExTab)
    assert "WinFormEx" in dossier_window.tab_titles()

    services.activation.activate()
    with qtbot.waitSignal(main_window.watcher.changed) as signal:
        main_window.watcher.timer.timeout.emit()  # the 30-second timer fires: no waiting

    assert signal.args == [True]
    assert main_window.tab_titles() == AFTER
    assert isinstance(main_window.platform_page, Claims360Page)
    assert isinstance(dossier_window.link_tab, DossierClaims360Tab)
    assert dossier_window.tab_titles()[-1] == "Claims360"
    assert "WinFormEx" not in dossier_window.tab_titles()
    assert dossier_window.ui.infoButton.toolTip() == "Exporteren naar Claims360"
    assert main_window.activation_status.text() == "Claims360 actief"


def test_C360_ACT_2_scheduled_activation_switches_when_the_date_arrives(
    qtbot: QtBot, main_window: MainWindow, services: Services, today: views_support.Today
) -> None:
    """ "Op 5/10/2021 automatisch geactiveerd": the running program switches when that day comes."""
    services.activation.activate(at=today.value + dt.timedelta(days=1))
    main_window.watcher.timer.timeout.emit()
    assert main_window.tab_titles() == BEFORE
    assert "Claims360 vanaf" in main_window.activation_status.text()

    today.value += dt.timedelta(days=1)
    main_window.watcher.timer.timeout.emit()
    assert main_window.tab_titles() == AFTER


def test_C360_ACT_2_deactivation_brings_winformex_back(main_window: MainWindow, services: Services) -> None:
    services.activation.activate()
    main_window.watcher.check()
    services.activation.deactivate()
    main_window.watcher.check()
    assert main_window.tab_titles() == BEFORE


def test_watcher_checks_every_30_seconds(services: Services) -> None:
    """Within a minute of an activation every running program has switched."""
    watcher = ActivationWatcher(services.activation)
    assert watcher.timer.interval() == CHECK_INTERVAL_MS == 30_000
    watcher.start()
    assert watcher.timer.isActive()
    watcher.stop()
    watcher.deleteLater()


def test_program_started_after_activation_shows_claims360(
    qtbot: QtBot, services: Services, worker: object, language: object
) -> None:
    services.activation.activate()
    window = MainWindow(services, worker, language=language)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.tab_titles() == AFTER
    combo = window.platform_page.ui.repairerCombo  # type: ignore[union-attr]
    assert combo.count() == 1  # only "— Kies een hersteller —": no repairers yet
    assert not window.platform_page.ui.refreshButton.isEnabled()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not window.dossier_page.model.loading)


def test_demo_banner_is_one_line_with_the_keys_behind_a_button(
    qtbot: QtBot, services: Services, worker: object, language: object
) -> None:
    """The demo tells a newcomer where the demo keys are, without a wall of text."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QPushButton

    from planmanager_desktop.demo_claims360 import DemoOrganisation
    from planmanager_desktop.views.demo_keys_dialog import DemoKeysDialog

    keys = [DemoOrganisation("Carrosserie IndyPro BV", "0566988259", "bodyshop-demo-1", "pm-demo-1")]
    window = MainWindow(
        services,
        worker,  # type: ignore[arg-type]
        language=language,  # type: ignore[arg-type]
        demo_info={"Claims360-sandbox": "http://127.0.0.1:8765"},
        demo_keys=keys,
    )
    qtbot.addWidget(window)
    window.show()
    assert window.ui.demoBanner.isVisible()
    assert window.ui.demoTitleLabel.text() == "Demomodus"
    assert "bodyshop-demo-1" not in window.ui.demoInfoLabel.text()
    assert "Claims360-sandbox: http://127.0.0.1:8765" in window.ui.demoInfoLabel.toolTip()
    button = window.findChild(QPushButton, "demoKeysButton")
    assert button is not None and button.isVisible()
    dialog = DemoKeysDialog(keys, window)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(0, c).text() for c in range(4)] == [
        "Carrosserie IndyPro BV",
        "0566988259",
        "bodyshop-demo-1",
        "pm-demo-1",
    ]
    dialog.table.cellDoubleClicked.emit(0, 2)
    assert QGuiApplication.clipboard().text() == "bodyshop-demo-1"
    assert "Bodyshop Api Sleutel" in dialog.status.text()
    qtbot.waitUntil(lambda: not window.dossier_page.model.loading)


def test_no_demo_banner_normally(main_window: MainWindow) -> None:
    assert not main_window.ui.demoBanner.isVisible()
