"""The Claims360 main tab (C360-ACT-2): repairers, Vernieuwen, info panel, filters, assignments.

* The repairer combo box lists every repairer of the database with its link status on this PC
  ("ingesteld", "onvolledig", "sleutels niet op deze pc"), computed on the database thread
  (keyring and PBKDF2 are slow). Choosing an incomplete one opens "Claims360 Instellen"
  (C360-CFG-1); one whose keys are not on this PC opens the same dialog to link this PC
  (C360-CFG-8).
* **Vernieuwen** imports the chosen repairer at once, joining a scheduled run that is already
  going (C360-SYNC-2), with a busy indicator and "pagina 3 — 600 opdrachten".
* The info panel shows the chosen repairer's last sync, its counts, the next sync, the last error
  and who is syncing it now (C360-SYNC-6).
* The table lists the imported assignments (C360-SYNC-4), filtered also by repairer and showing the
  dossier each one is synced into (C360-SYNC-8).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QMessageBox, QWidget

from planmanager_desktop.app import resources
from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.app.sync_scheduler import SyncScheduler
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.assignment_list import AssignmentQuery
from planmanager_desktop.domain.claims360_config import LinkStatus
from planmanager_desktop.sync.engine import SyncOutcome, SyncProgress, SyncResult
from planmanager_desktop.sync.service import RepairerTarget
from planmanager_desktop.sync.status import SyncStatus, sync_status
from planmanager_desktop.views import labels, styling, sync_texts
from planmanager_desktop.views.claims360_assignment_model import (
    DEFAULT_SORT_COLUMN,
    Claims360AssignmentModel,
)
from planmanager_desktop.views.claims360_settings_dialog import (
    Claims360SettingsDialog,
    SettingsData,
    load_settings_data,
)
from planmanager_desktop.views.generated.ui_claims360_page import Ui_Claims360Page
from planmanager_desktop.views.paged_table import PagedTable, debounce

FILTER_DELAY_MS = 250
#: Start widths: Nummer, Compleet, Werk, Model, Nummerplaat, Klant, Hersteller, Datum Import,
#: Smart Expertise; "In PlanManager" stretches.
COLUMN_WIDTHS = (80, 75, 150, 120, 95, 105, 165, 120, 110)
_NO_DATE = QDate(2000, 1, 1)


class Claims360Page(QWidget):
    """Signals:
    open_dossier_requested(int): the user wants to open the dossier with this id.
    configuration_changed(int): the repairer with this id was configured or linked on this PC.
    targets_loaded(): the repairer combo box was (re)filled with fresh statuses.
    info_loaded(int): the info panel now shows the repairer with this id.
    """

    open_dossier_requested = Signal(int)
    configuration_changed = Signal(int)
    targets_loaded = Signal()
    info_loaded = Signal(int)

    def __init__(
        self,
        services: Services,
        worker: DbWorker,
        scheduler: SyncScheduler,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_Claims360Page()
        self.ui.setupUi(self)
        self._services = services
        self._worker = worker
        self._scheduler = scheduler
        self.targets: dict[int, RepairerTarget] = {}
        #: Status reads on their way (the combo box shows the newest answer).
        self.targets_pending = 0
        self.settings_dialog: Claims360SettingsDialog | None = None
        self.status: SyncStatus | None = None
        #: A repairer to choose once the combo box is filled again (:meth:`show_repairer`).
        self._repairer_to_show: int | None = None
        ui = self.ui
        ui.refreshButton.setIcon(resources.icon("refresh"))
        ui.settingsButton.setIcon(resources.icon("settings"))
        ui.openDossierButton.setIcon(resources.icon("open"))
        styling.mark(ui.explanationLabel, "note")
        styling.mark(ui.progressLabel, "note")
        styling.mark(ui.countLabel, "note")
        for label in (ui.lastSyncLabel, ui.nextSyncLabel, ui.resultLabel, ui.countsLabel):
            styling.mark(label, "note")
        ui.progressBar.hide()
        ui.repairerCombo.addItem(self.tr("— Kies een hersteller —"), None)
        self._setup_filters()

        self.model = Claims360AssignmentModel(worker, parent=self)
        table = ui.assignmentTable
        self.paged_table = PagedTable(
            table,
            self.model,
            ui.countLabel,
            self._count_text,
            self.tr("Claims360"),
            self.model.dossier_id,
            self,
        )
        styling.setup_table(table, COLUMN_WIDTHS)
        table.horizontalHeader().setSortIndicator(DEFAULT_SORT_COLUMN, Qt.SortOrder.DescendingOrder)
        self.paged_table.open_requested.connect(self.open_dossier_requested)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

        ui.repairerCombo.activated.connect(self._repairer_chosen)
        ui.repairerCombo.currentIndexChanged.connect(self._repairer_changed)
        ui.settingsButton.clicked.connect(self.open_settings_for_selected)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.openDossierButton.clicked.connect(self.paged_table.open_selected)
        scheduler.progress.connect(self._show_progress)
        scheduler.result.connect(self._show_result)
        scheduler.running_changed.connect(self._show_running)

        self._show_running(scheduler.running)
        self._repairer_changed()
        self.reload_repairers()
        self.model.reload()

    # Repairers -------------------------------------------------------------------------------
    def reload_repairers(self) -> None:
        """Every repairer with its status on this PC, computed on the database thread."""
        self.targets_pending += 1
        self._worker.submit(
            self._services.sync.targets, self._targets_loaded, self._targets_failed, owner=self
        )

    def _targets_failed(self, exc: BaseException) -> None:
        self.targets_pending -= 1
        self._load_failed(exc)

    def _targets_loaded(self, targets: list[RepairerTarget]) -> None:
        self.targets_pending -= 1
        self.targets = {t.repairer_id: t for t in targets}
        combo, current = self.ui.repairerCombo, self.selected_repairer_id()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— Kies een hersteller —"), None)
        for target in targets:
            combo.addItem(f"{target.name} — {sync_texts.status_label(target.status)}", target.repairer_id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        self._fill_repairer_filter(targets)
        self._repairer_changed()
        to_show, self._repairer_to_show = self._repairer_to_show, None
        if to_show is not None and to_show in self.targets:
            self.select_repairer(to_show)
        self.targets_loaded.emit()

    def _fill_repairer_filter(self, targets: list[RepairerTarget]) -> None:
        combo = self.ui.repairerFilterCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Alle herstellers"), None)
        for target in targets:
            combo.addItem(target.name, target.repairer_id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def selected_repairer_id(self) -> int | None:
        value = self.ui.repairerCombo.currentData()
        return int(value) if value is not None else None

    def select_repairer(self, repairer_id: int) -> None:
        """As if the user chose this repairer in the combo box (opens the dialog when needed)."""
        index = self.ui.repairerCombo.findData(repairer_id)
        self.ui.repairerCombo.setCurrentIndex(index)
        self._repairer_chosen(index)

    def show_repairer(self, repairer_id: int) -> None:
        """Choose this repairer with its status read anew (a dossier window sends the user here
        because it is not set up; it may have been added or set up since the last read)."""
        self._repairer_to_show = repairer_id
        self.reload_repairers()

    @Slot(int)
    def _repairer_chosen(self, _index: int) -> None:
        """The user chose a repairer: an incomplete one or one not on this PC needs the dialog."""
        target = self.targets.get(self.selected_repairer_id() or -1)
        if target is not None and target.status is not LinkStatus.CONFIGURED:
            self.open_settings(target.repairer_id)

    @Slot()
    def _repairer_changed(self) -> None:
        repairer_id = self.selected_repairer_id()
        target = self.targets.get(repairer_id or -1)
        ui = self.ui
        ui.settingsButton.setEnabled(target is not None)
        configured = target is not None and target.status is LinkStatus.CONFIGURED
        ui.refreshButton.setEnabled(configured)
        if target is None:
            ui.refreshButton.setToolTip(self.tr("Kies eerst een hersteller."))
        elif not configured:
            ui.refreshButton.setToolTip(
                self.tr("Deze hersteller is op deze pc niet ingesteld ({status}).").format(
                    status=sync_texts.status_label(target.status)
                )
            )
        else:
            ui.refreshButton.setToolTip(
                self.tr("De opdrachten van deze hersteller nu ophalen uit Claims360.")
            )
        self.load_info()

    # "Claims360 Instellen" ---------------------------------------------------------------------
    @Slot()
    def open_settings_for_selected(self) -> None:
        repairer_id = self.selected_repairer_id()
        if repairer_id is not None:
            self.open_settings(repairer_id)

    def open_settings(self, repairer_id: int) -> None:
        services = self._services
        self._worker.submit(
            lambda: load_settings_data(services, repairer_id),
            self._show_settings,
            self._load_failed,
            owner=self,
        )

    def _show_settings(self, data: SettingsData) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.close()
        dialog = Claims360SettingsDialog(self._services, self._worker, data, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._configured)
        dialog.destroyed.connect(lambda *_: self._forget_dialog(dialog))
        self.settings_dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: Claims360SettingsDialog) -> None:
        if self.settings_dialog is dialog:
            self.settings_dialog = None

    @Slot(int)
    def _configured(self, repairer_id: int) -> None:
        self.ui.progressLabel.setText(
            self.tr("Ingesteld. Druk op Vernieuwen om de opdrachten nu op te halen.")
        )
        self.reload_repairers()
        self.configuration_changed.emit(repairer_id)

    # Vernieuwen ------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """C360-SYNC-2: import the chosen repairer now (joins a run that is already going)."""
        repairer_id = self.selected_repairer_id()
        if repairer_id is None:
            return
        self.ui.progressLabel.setText(self.tr("Verbinden met Claims360…"))
        self._scheduler.refresh(repairer_id)

    @Slot(bool)
    def _show_running(self, running: bool) -> None:
        self.ui.progressBar.setVisible(running)

    @Slot(object)
    def _show_progress(self, progress: SyncProgress) -> None:
        target = self.targets.get(progress.repairer_id)
        text = sync_texts.progress_text(progress)
        if target is not None and progress.repairer_id != self.selected_repairer_id():
            text = f"{target.name}: {text}"
        self.ui.progressLabel.setText(text)

    @Slot(object)
    def _show_result(self, result: SyncResult) -> None:
        if result.repairer_id == self.selected_repairer_id() or self.selected_repairer_id() is None:
            if result.ok:
                text = self.tr("{name}: {counts}").format(
                    name=result.repairer_name,
                    counts=sync_texts.counts_text(
                        result.counts.new, result.counts.changed, result.counts.unchanged
                    ),
                )
            else:
                text = self.tr("{name}: {outcome}").format(
                    name=result.repairer_name, outcome=sync_texts.outcome_label(result.outcome.value)
                )
            self.ui.progressLabel.setText(text)
        self.model.reload()
        self.load_info()

    # Info panel ------------------------------------------------------------------------------
    def load_info(self) -> None:
        repairer_id = self.selected_repairer_id()
        if repairer_id is None:
            self._show_info(None)
            return
        self._worker.submit(lambda: sync_status(repairer_id), self._show_info, self._load_failed, owner=self)

    def _show_info(self, status: SyncStatus | None) -> None:
        ui = self.ui
        if status is not None and status.repairer_id != self.selected_repairer_id():
            return  # an answer for a repairer no longer chosen
        self.status = status
        target = self.targets.get(status.repairer_id) if status is not None else None
        if status is None or target is None:
            ui.infoBox.setTitle(self.tr("Synchronisatie"))
            for value in (ui.lastSyncValue, ui.resultValue, ui.countsValue, ui.nextSyncValue):
                value.setText("—")
            ui.messageValue.setText(self.tr("Kies een hersteller om zijn synchronisatie te zien."))
            ui.messageValue.show()
            styling.mark(ui.messageValue, "note")
            return
        ui.infoBox.setTitle(self.tr("Synchronisatie van {name}").format(name=target.name))
        last = status.last_finished_at
        ui.lastSyncValue.setText(sync_texts.moment(last) if last else self.tr("nog nooit"))
        ui.resultValue.setText(sync_texts.outcome_label(status.last_result) or "—")
        ui.countsValue.setText(
            sync_texts.counts_text(status.last_new, status.last_changed, status.last_unchanged)
            if last
            else "—"
        )
        ui.nextSyncValue.setText(self._next_sync_text(target))
        message, role = self._info_message(status, target)
        ui.messageValue.setText(message)
        ui.messageValue.setVisible(bool(message))
        styling.mark(ui.messageValue, role)
        self.info_loaded.emit(status.repairer_id)

    def _next_sync_text(self, target: RepairerTarget) -> str:
        if target.status is not LinkStatus.CONFIGURED:
            return self.tr("niet op deze pc")
        retry = self._scheduler.retry_at(target.repairer_id)
        if retry is not None:
            return sync_texts.clock(retry)
        next_run = self._scheduler.next_run_at()
        return sync_texts.clock(next_run) if next_run is not None else "—"

    def _info_message(self, status: SyncStatus, target: RepairerTarget) -> tuple[str, str]:
        """The one sentence that matters most now, and its colour."""
        sync = self._services.sync
        if target.status is LinkStatus.INCOMPLETE:
            return (
                self.tr("Nog niet ingesteld. Kies Claims360 Instellen… om de koppeling in te stellen."),
                "warning",
            )
        if target.status is LinkStatus.KEYS_NOT_ON_THIS_PC:
            return (
                self.tr(
                    "Deze pc kan deze hersteller niet synchroniseren: de API sleutels staan niet op "
                    "deze pc. Kies Claims360 Instellen… en geef dezelfde sleutels in om deze pc te "
                    "koppelen."
                ),
                "warning",
            )
        if sync.is_running(target.repairer_id):
            return self.tr("Bezig met synchroniseren op deze pc…"), "note"
        if status.syncing_on:
            return (
                self.tr("{host} synchroniseert deze hersteller op dit moment.").format(
                    host=status.syncing_on
                ),
                "note",
            )
        if sync.backoff_remaining(target.repairer_id) > 0:
            return sync_texts.unreachable_text(self._scheduler.retry_at(target.repairer_id)), "warning"
        last = self._scheduler.last_results.get(target.repairer_id)
        if last is not None and last.outcome is SyncOutcome.SKIPPED:
            return last.message, "note"
        if status.last_error:
            return status.last_error, "error" if status.last_result == SyncOutcome.ERROR.value else "warning"
        return "", "note"

    # Filters ---------------------------------------------------------------------------------
    def _setup_filters(self) -> None:
        ui = self.ui
        for combo in (ui.completeFilterCombo, ui.smartFilterCombo):
            combo.addItem(self.tr("alle"), None)
            combo.addItem(labels.yes_no(True), True)
            combo.addItem(labels.yes_no(False), False)
            combo.currentIndexChanged.connect(self.apply_filters)
        ui.repairerFilterCombo.addItem(self.tr("Alle herstellers"), None)
        ui.repairerFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        ui.repairerFilterCombo.currentIndexChanged.connect(self.apply_filters)
        for edit in (ui.fromDateEdit, ui.toDateEdit):
            edit.setMinimumDate(_NO_DATE)
            edit.setSpecialValueText(self.tr("alle"))
            edit.setDate(_NO_DATE)
            edit.dateChanged.connect(self.apply_filters)
        self.filter_timer = debounce(
            self,
            FILTER_DELAY_MS,
            self.apply_filters,
            (ui.numberFilterEdit, ui.plateFilterEdit, ui.customerFilterEdit),
        )
        ui.clearFiltersButton.clicked.connect(self.clear_filters)

    def filter_query(self) -> AssignmentQuery:
        ui = self.ui
        return AssignmentQuery(
            number=ui.numberFilterEdit.text().strip(),
            plate=ui.plateFilterEdit.text().strip(),
            customer=ui.customerFilterEdit.text().strip(),
            complete=ui.completeFilterCombo.currentData(),
            smart_expertise=ui.smartFilterCombo.currentData(),
            imported_from=_date(ui.fromDateEdit),
            imported_to=_date(ui.toDateEdit),
            repairer_id=ui.repairerFilterCombo.currentData(),
        )

    @Slot()
    def apply_filters(self) -> None:
        self.filter_timer.stop()
        self.model.set_query(self.filter_query())

    @Slot()
    def clear_filters(self) -> None:
        ui = self.ui
        for line in (ui.numberFilterEdit, ui.plateFilterEdit, ui.customerFilterEdit):
            line.blockSignals(True)
            line.clear()
            line.blockSignals(False)
        for combo in (ui.completeFilterCombo, ui.smartFilterCombo, ui.repairerFilterCombo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (ui.fromDateEdit, ui.toDateEdit):
            edit.blockSignals(True)
            edit.setDate(_NO_DATE)
            edit.blockSignals(False)
        self.apply_filters()

    # Table -----------------------------------------------------------------------------------
    def _count_text(self, total: int) -> str:
        return self.tr("Aantal opdrachten: {count}").format(count=labels.locale().toString(total))

    def _load_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(
            self,
            self.tr("Claims360"),
            self.tr(
                "De gegevens konden niet gelezen worden ({error}). Controleer de verbinding met de "
                "database en probeer opnieuw."
            ).format(error=type(exc).__name__),
        )

    @Slot()
    def _selection_changed(self, *_: object) -> None:
        self.ui.openDossierButton.setEnabled(self.paged_table.selected_dossier_id() is not None)


def _date(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    if value == edit.minimumDate():
        return None
    return value.toPython()  # type: ignore[return-value]
