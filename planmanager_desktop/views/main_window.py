"""The main window: Dossiers, Wachtrij, Herstellers, WinFormEx or Claims360, Instellingen.

Exactly one of WinFormEx and Claims360 is shown (C360-ACT-2). An :class:`ActivationWatcher`
re-reads the activation, and the window swaps that tab, and the link tab of every open dossier
window, while the program runs.

The window also owns the background sync (:class:`SyncScheduler`, C360-SYNC-1): it runs only while
Claims360 is active, sums each round up in the status bar and says "3 nieuwe opdrachten" without
interrupting anyone (:class:`Notifier`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QPushButton, QWidget

from planmanager_desktop.app import resources
from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.app.language import LanguagePreference
from planmanager_desktop.app.sync_scheduler import SyncScheduler
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.activation import ActivationState
from planmanager_desktop.sync.engine import SyncResult
from planmanager_desktop.views import styling, sync_texts
from planmanager_desktop.views.activation_watcher import ActivationWatcher
from planmanager_desktop.views.claims360_page import Claims360Page
from planmanager_desktop.views.demo_keys_dialog import DemoKeysDialog
from planmanager_desktop.views.dossier_list_page import DossierListPage
from planmanager_desktop.views.dossier_window import DossierWindow
from planmanager_desktop.views.generated.ui_main_window import Ui_MainWindow
from planmanager_desktop.views.notifier import Notifier
from planmanager_desktop.views.queue_page import QueuePage
from planmanager_desktop.views.repairers_page import RepairersPage
from planmanager_desktop.views.settings_page import SettingsPage
from planmanager_desktop.views.winformex_import_dialog import WinFormExImportDialog
from planmanager_desktop.views.winformex_page import WinFormExPage

if TYPE_CHECKING:
    from planmanager_desktop.demo_claims360 import DemoOrganisation

log = logging.getLogger(__name__)

#: Position of the WinFormEx / Claims360 tab.
PLATFORM_TAB = 3


class MainWindow(QMainWindow):
    """Signals:
    closed(): the window closed (the application then stops the sync and quits).
    """

    closed = Signal()

    def __init__(
        self,
        services: Services,
        worker: DbWorker,
        *,
        language: LanguagePreference | None = None,
        watcher: ActivationWatcher | None = None,
        demo_info: dict[str, str] | None = None,
        demo_keys: Sequence[DemoOrganisation] = (),
        scheduler: SyncScheduler | None = None,
        notifier: Notifier | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        styling.apply(self)
        self.setWindowIcon(resources.app_icon())
        self.services = services
        self.worker = worker
        self.watcher = watcher or ActivationWatcher(services.activation, parent=self)
        if self.watcher.parent() is None:
            self.watcher.setParent(self)
        self.dossier_windows: list[DossierWindow] = []
        self.scheduler = scheduler or SyncScheduler(services.sync, services.settings, services.db_executor)
        if self.scheduler.parent() is None:
            self.scheduler.setParent(self)
        self.notifier = notifier or Notifier(self)
        self.sync_error_box: QMessageBox | None = None
        self.winformex_import_dialog: WinFormExImportDialog | None = None

        tabs = self.ui.tabWidget
        self.dossier_page = DossierListPage(services.dossiers, worker, self)
        self.queue_page = QueuePage(services, worker, self)
        self.repairers_page = RepairersPage(services.repairers, self)
        self.settings_page = SettingsPage(services, language or LanguagePreference(), self)
        tabs.addTab(self.dossier_page, resources.icon("dossier"), self.tr("Dossiers"))
        tabs.addTab(self.queue_page, resources.icon("queue"), self.tr("Wachtrij"))
        tabs.addTab(self.repairers_page, resources.icon("repairer"), self.tr("Herstellers"))
        tabs.addTab(self.settings_page, resources.icon("settings"), self.tr("Instellingen"))
        self.platform_page: Claims360Page | WinFormExPage | None = None
        self.claims360_active = self.watcher.active
        self._show_platform_tab(self.claims360_active)

        self._setup_status_bar()
        self._setup_demo_banner(demo_info, demo_keys)
        self.ui.newDossierAction.setIcon(resources.icon("add"))
        self.ui.newDossierAction.triggered.connect(self.new_dossier)
        self.ui.winformexImportAction.setIcon(resources.icon("winformex"))
        self.ui.winformexImportAction.triggered.connect(self.import_winformex)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.aboutAction.triggered.connect(self._about)
        self.dossier_page.open_requested.connect(self.open_dossier)
        self.dossier_page.new_requested.connect(self.new_dossier)
        self.repairers_page.repairers_changed.connect(self._repairers_changed)
        self.queue_page.decided.connect(self._queue_decided)
        self.queue_page.estimate_accepted.connect(self._estimate_accepted)
        self.queue_page.open_dossier_requested.connect(self.open_dossier)
        self.watcher.changed.connect(self.set_claims360_active)
        self.watcher.state_read.connect(self._show_activation)
        self.scheduler.round_finished.connect(self._sync_round_finished)
        self.scheduler.task_failed.connect(self._sync_task_failed)
        self.watcher.start()
        self.scheduler.set_active(self.claims360_active)
        self.dossier_page.reload()

    # Tabs ------------------------------------------------------------------------------------
    def tab_titles(self) -> list[str]:
        tabs = self.ui.tabWidget
        return [tabs.tabText(i) for i in range(tabs.count())]

    def _show_platform_tab(self, active: bool) -> None:
        tabs = self.ui.tabWidget
        was_current = self.platform_page is not None and tabs.currentWidget() is self.platform_page
        if self.platform_page is not None:
            tabs.removeTab(tabs.indexOf(self.platform_page))
            self.platform_page.deleteLater()
        if active:
            self.platform_page = Claims360Page(self.services, self.worker, self.scheduler, self)
            self.platform_page.open_dossier_requested.connect(self.open_dossier)
            tabs.insertTab(
                PLATFORM_TAB, self.platform_page, resources.icon("claims360"), self.tr("Claims360")
            )
        else:
            self.platform_page = WinFormExPage(self.services, self.worker, self.watcher.state, self)
            self.platform_page.import_panel.imported.connect(self._winformex_imported)
            tabs.insertTab(
                PLATFORM_TAB, self.platform_page, resources.icon("winformex"), self.tr("WinFormEx")
            )
        if was_current:
            tabs.setCurrentWidget(self.platform_page)

    @Slot()
    def import_winformex(self) -> None:
        """Bestand → Importeren uit WinFormEx II: on the WinFormEx tab before the activation, in a
        dialog after it (the tab is gone, the import stays: C360-ACT-3)."""
        if isinstance(self.platform_page, WinFormExPage):
            self.ui.tabWidget.setCurrentWidget(self.platform_page)
            self.platform_page.import_panel.start_import()
            return
        dialog = self.winformex_import_dialog
        if dialog is None:
            dialog = WinFormExImportDialog(self.services, self.worker, self)
            dialog.panel.imported.connect(self._winformex_imported)
            self.winformex_import_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.panel.start_import()

    @Slot(object)
    def _winformex_imported(self, _report: object) -> None:
        """New assignments went to the Wachtrij or straight into dossiers: show them."""
        self.dossier_page.reload()
        self.queue_page.reload()

    @Slot(bool)
    def set_claims360_active(self, active: bool) -> None:
        """C360-ACT-2: swap WinFormEx for Claims360 here and in every open dossier window."""
        if active == self.claims360_active:
            return
        self.claims360_active = active
        self._show_platform_tab(active)
        self.scheduler.set_active(active)
        self.sync_status.setVisible(active)
        for window in self.dossier_windows:
            window.set_claims360_active(active)
        self.statusBar().showMessage(
            self.tr("Claims360 is nu actief op deze database.")
            if active
            else self.tr("Claims360 is niet meer actief; WinFormEx II is terug."),
            15000,
        )

    # Status bar ------------------------------------------------------------------------------
    def _setup_status_bar(self) -> None:
        bar = self.statusBar()
        url = self.services.database.url
        # The file name is enough to recognise a database; the full address is in the tooltip.
        short = url.sqlite_path.name if url.sqlite_path is not None else url.display()
        self.database_status = QLabel(self.tr("Database: {url}").format(url=short))
        self.database_status.setToolTip(url.display())
        self.activation_status = QLabel()
        self.sync_status = QLabel()
        self.sync_status.setVisible(self.claims360_active)
        for label in (self.sync_status, self.activation_status, self.database_status):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        self._show_activation(self.watcher.state)
        bar.showMessage(self.tr("Klaar"))

    @Slot(object)
    def _show_activation(self, state: ActivationState | None) -> None:
        if state is None:
            self.activation_status.setText(self.tr("Activatiestatus onbekend"))
            return
        if state.active:
            text = self.tr("Claims360 actief")
        elif state.scheduled and state.activation_date is not None:
            text = self.tr("WinFormEx II actief – Claims360 vanaf {date}").format(
                date=state.activation_date.strftime("%d/%m/%Y")
            )
        else:
            text = self.tr("WinFormEx II actief")
        self.activation_status.setText(text)
        self.activation_status.setToolTip(state.describe())
        self.settings_page.show_activation(state)
        if isinstance(self.platform_page, WinFormExPage):
            self.platform_page.show_state(state)

    # Background sync -------------------------------------------------------------------------
    @Slot(object)
    def _sync_round_finished(self, results: list[SyncResult]) -> None:
        """The status bar sums the round up; new work is announced without a dialog."""
        unreachable = [r for r in results if r.unreachable]
        retry = self.scheduler.retry_at(unreachable[0].repairer_id) if unreachable else None
        self.sync_status.setText(sync_texts.status_bar_summary(results, retry))
        self.sync_status.setVisible(True)
        new = sum(r.counts.new for r in results if r.ok)
        if new:
            self.notifier.notify(self.tr("Claims360"), sync_texts.new_assignments_text(new))
        if any(r.counts.new or r.counts.changed or r.counts.queued for r in results if r.ok):
            self.dossier_page.reload()
            self.queue_page.reload()

    @Slot(str)
    def _sync_task_failed(self, message: str) -> None:
        self.sync_status.setText(self.tr("Claims360: synchronisatie mislukt"))
        self.sync_status.setToolTip(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Claims360"), message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window goes on working
        self.sync_error_box = box

    @Slot()
    def _queue_decided(self) -> None:
        self.dossier_page.reload()
        if isinstance(self.platform_page, Claims360Page):
            self.platform_page.model.reload()

    @Slot(int)
    def _estimate_accepted(self, dossier_id: int) -> None:
        """An estimate version accepted in the Wachtrij: an open window of that dossier shows it."""
        for window in self.dossier_windows:
            if window.dossier_id == dossier_id:
                window.claims360_changed()

    async def shutdown(self) -> None:
        """Stop the sync tasks and close the Claims360 connections (the program ends)."""
        await self.scheduler.aclose()

    def _setup_demo_banner(
        self, demo_info: dict[str, str] | None, demo_keys: Sequence[DemoOrganisation]
    ) -> None:
        """One calm line; the details in its tooltip, the demo keys behind a button."""
        banner = self.ui.demoBanner
        if not demo_info and not demo_keys:
            banner.hide()
            return
        text = self.tr("U werkt met een demodatabase en een lokale Claims360-sandbox.")
        if demo_keys:
            text += " " + self.tr(
                "Voor Claims360 Instellen: de sleutels van de demo-organisaties staan onder Demosleutels."
            )
        self.ui.demoInfoLabel.setText(text)
        self.ui.demoInfoLabel.setToolTip(
            "\n".join(f"{key}: {value}" for key, value in (demo_info or {}).items())
        )
        if demo_keys:
            button = QPushButton(self.tr("Demosleutels…"), self.ui.demoBanner)
            button.setObjectName("demoKeysButton")
            keys = list(demo_keys)
            button.clicked.connect(lambda: DemoKeysDialog(keys, self).exec())
            self.ui.demoBannerLayout.addWidget(button)
        banner.show()

    # Dossier windows -------------------------------------------------------------------------
    @Slot(int)
    def open_dossier(self, dossier_id: int) -> DossierWindow:
        for window in self.dossier_windows:
            if window.dossier_id == dossier_id:
                window.showNormal()
                window.raise_()
                window.activateWindow()
                return window
        return self._show_dossier_window(dossier_id)

    @Slot()
    def new_dossier(self) -> DossierWindow:
        return self._show_dossier_window(None)

    def _show_dossier_window(self, dossier_id: int | None) -> DossierWindow:
        window = DossierWindow(
            self.services, self.worker, dossier_id, claims360_active=self.claims360_active, parent=self
        )
        window.setWindowFlag(Qt.WindowType.Window, True)
        self.dossier_windows.append(window)
        window.saved.connect(self._dossier_saved)
        window.claims360.claims360_page_requested.connect(self.show_claims360_repairer)
        window.closed.connect(lambda w=window: self._forget(w))
        window.show()
        return window

    @Slot(int)
    def show_claims360_repairer(self, repairer_id: int) -> None:
        """A dossier window's "Naar de Claims360-pagina": this window, its Claims360 tab, that
        repairer chosen (whose "Claims360 Instellen" then opens when it is not set up here)."""
        page = self.platform_page
        if not isinstance(page, Claims360Page):
            return
        self.ui.tabWidget.setCurrentWidget(page)
        self.showNormal()
        self.raise_()
        self.activateWindow()
        page.show_repairer(repairer_id)

    def _forget(self, window: DossierWindow) -> None:
        if window in self.dossier_windows:
            self.dossier_windows.remove(window)

    @Slot(int)
    def _dossier_saved(self, _dossier_id: int) -> None:
        self.dossier_page.reload()

    @Slot()
    def _repairers_changed(self) -> None:
        if isinstance(self.platform_page, Claims360Page):
            self.platform_page.reload_repairers()
        self.dossier_page.reload()

    # Closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.dossier_windows):
            if not window.close():
                event.ignore()
                return
        self.watcher.stop()
        self.scheduler.detach()
        self.notifier.close()
        event.accept()
        self.closed.emit()

    @Slot()
    def _about(self) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("planmanager-desktop")
        except PackageNotFoundError:
            number = "?"
        QMessageBox.about(
            self,
            self.tr("Over PlanManager Desktop"),
            self.tr(
                "PlanManager Desktop {version}\n\nPlanning van herstellingen voor carrosserieën, "
                "gekoppeld aan Informex (WinFormEx II en Claims360).\n\n© InSyPro"
            ).format(version=number),
        )
