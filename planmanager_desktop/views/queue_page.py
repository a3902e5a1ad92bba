"""The Wachtrij tab: accept or reject what came in while ``informex_queueing`` is on (C360-SYNC-5).

Two lists, each under its own tab with its count, because an assignment and an estimate version
ask different questions: an assignment *which dossier?*, an estimate version *is this the new
estimate of this dossier?*.

* **Opdrachten**: selecting a waiting assignment shows it beside the dossiers it probably belongs
  to (same repairer and plate). **Aanvaarden als nieuw dossier**, **Koppelen aan dossier** (a
  proposal, or any dossier by its number) and **Weigeren** (with a reason) go through
  :class:`QueueService`.
* **Bestekken** (C360-DOS-3): selecting a waiting estimate version shows its dossier and what
  accepting it would change, in the estimate pop-up's own :class:`EstimateComparisonView`.
  **Aanvaarden** stores it as the dossier's newest version (the Bestek tab shows it);
  **Weigeren** asks for a reason and keeps the version marked as rejected, so the sync does not
  bring it back.

All database work runs on the database thread; the row then disappears and the dossier list
reloads. With queueing off the page says that new assignments become dossiers at once.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QTableWidgetItem, QWidget

from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.errors import DomainError
from planmanager_desktop.domain.estimates import AcceptResult, EstimateComparison
from planmanager_desktop.persistence.models import Dossier
from planmanager_desktop.views import labels, styling
from planmanager_desktop.views.estimate_comparison_view import EstimateComparisonView
from planmanager_desktop.views.generated.ui_queue_page import Ui_QueuePage
from planmanager_desktop.views.queue_model import (
    EstimateQueueModel,
    EstimateQueueRow,
    ProposalRow,
    QueueModel,
    QueueRow,
    load_proposals,
    load_waiting,
    load_waiting_estimates,
    source_text,
)
from planmanager_desktop.views.reject_reason_dialog import RejectReasonDialog

COLUMN_WIDTHS = (110, 110, 110, 170, 200, 190)
ESTIMATE_COLUMN_WIDTHS = (120, 60, 130, 120, 110, 170, 170)


class QueuePage(QWidget):
    """Signals:
    decided(): an assignment or estimate version was accepted or rejected (the dossier list reloads).
    estimate_accepted(int): an estimate version of the dossier with this id was stored (an open
        dossier window shows it on its Bestek tab).
    open_dossier_requested(int): the user wants to open the dossier with this id.
    loaded(): the Wachtrij was (re)read.
    proposals_loaded(): the proposals of the selected assignment are shown.
    comparison_loaded(): the comparison of the selected estimate version is shown.
    """

    decided = Signal()
    estimate_accepted = Signal(int)
    open_dossier_requested = Signal(int)
    loaded = Signal()
    proposals_loaded = Signal()
    comparison_loaded = Signal()

    def __init__(self, services: Services, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_QueuePage()
        self.ui.setupUi(self)
        self._services = services
        self._worker = worker
        self.proposals: list[ProposalRow] = []
        self.reject_dialog: RejectReasonDialog | None = None
        #: What the last decision did, shown once the Wachtrij is read again.
        self.last_message = ""
        self._notice: str | None = None
        #: (text, role) for the estimate list's message once it is read again.
        self._estimate_notice: tuple[str, str] | None = None
        self.comparison: EstimateComparison | None = None
        ui = self.ui
        styling.mark(ui.emptyLabel, "empty")
        styling.mark(ui.introLabel, "note")
        styling.mark(ui.queueingOffLabel, "warning")
        styling.mark(ui.noProposalLabel, "note")
        for label in (ui.numberLabel, ui.repairerLabel, ui.plateLabel, ui.vehicleLabel, ui.customerLabel,
                      ui.workLabel, ui.insurerLabel, ui.importedLabel):  # fmt: skip
            styling.mark(label, "note")
        ui.queueingOffLabel.hide()
        self._generation = 0
        self.model = QueueModel(self)
        table = ui.queueTable
        table.setModel(self.model)
        styling.setup_table(table, COLUMN_WIDTHS)
        proposals = ui.proposalTable
        proposals.setColumnCount(4)
        proposals.setHorizontalHeaderLabels(
            [self.tr("Dossier"), self.tr("Klant"), self.tr("Status"), self.tr("Aangemaakt")]
        )
        styling.setup_table(proposals, (120, 150, 100))
        proposals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        ui.acceptNewButton.clicked.connect(self.accept_new)
        ui.linkButton.clicked.connect(self.link)
        ui.rejectButton.clicked.connect(self.reject)
        proposals.itemSelectionChanged.connect(self._proposal_chosen)
        self._setup_estimates()
        self._show()
        self._show_detail(None)
        self.reload()

    def _setup_estimates(self) -> None:
        ui = self.ui
        styling.mark(ui.estimateEmptyLabel, "empty")
        styling.mark(ui.estimateDossierLabel, "note")
        styling.mark(ui.comparisonLoadingLabel, "note")
        self.estimate_model = EstimateQueueModel(self)
        table = ui.estimateTable
        table.setModel(self.estimate_model)
        styling.setup_table(table, ESTIMATE_COLUMN_WIDTHS)
        #: The estimate pop-up's own comparison widget (not a copy of it).
        self.comparison_view = EstimateComparisonView(ui.estimateBox)
        ui.comparisonLayout.addWidget(self.comparison_view)
        ui.estimateSplitter.setStretchFactor(0, 1)
        ui.estimateSplitter.setStretchFactor(1, 4)
        ui.estimateSplitter.setSizes([140, 560])
        ui.comparisonLoadingLabel.hide()
        table.selectionModel().selectionChanged.connect(self._estimate_selection_changed)
        self.estimate_model.modelReset.connect(self._estimate_selection_changed)
        ui.acceptEstimateButton.clicked.connect(self.accept_estimate)
        ui.rejectEstimateButton.clicked.connect(self.reject_estimate)
        ui.openDossierButton.clicked.connect(self._open_dossier)
        self._show_estimate(None)

    # Loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Load anew; only the newest request's answer is shown (an older one is stale)."""
        queue, estimates, settings = self._services.queue, self._services.estimates, self._services.settings
        self._generation += 1
        generation = self._generation
        self._worker.submit(
            lambda: (
                generation,
                load_waiting(queue),
                load_waiting_estimates(estimates),
                settings.informex_queueing,
            ),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, result: tuple[int, list[QueueRow], list[EstimateQueueRow], bool]) -> None:
        generation, rows, estimate_rows, queueing = result
        if generation != self._generation:
            return
        selected = self.selected()
        self.model.set_rows(rows)
        selected_estimate = self.selected_estimate()
        self.estimate_model.set_rows(estimate_rows)
        self.ui.queueingOffLabel.setVisible(not queueing)
        self.ui.estimateEmptyLabel.setText(
            self.tr("Er wachten geen bestekken.")
            if queueing
            else self.tr(
                "Er wachten geen bestekken. Nieuwe bestekversies neemt u over in het dossier zelf, met "
                "de i-knop → “Dossier synchroniseren met Claims360” (informex_queueing staat uit)."
            )
        )
        self._show()
        if not self.isVisible():
            self._show_the_list_that_waits()
        if selected is not None and (row := self.model.row_of(selected.id)) >= 0:
            self.ui.queueTable.selectRow(row)
        if selected_estimate is not None and (row := self.estimate_model.row_of(selected_estimate.id)) >= 0:
            self.ui.estimateTable.selectRow(row)
        if self._notice is not None:
            self.ui.messageLabel.setText(self._notice)
            styling.mark(self.ui.messageLabel, "ok")
            self._notice = None
        if self._estimate_notice is not None:
            text, role = self._estimate_notice
            self.ui.estimateMessageLabel.setText(text)
            styling.mark(self.ui.estimateMessageLabel, role)
            self._estimate_notice = None
        self.loaded.emit()

    def _show(self) -> None:
        ui = self.ui
        empty = self.model.rowCount() == 0
        ui.stack.setCurrentWidget(ui.emptyPage if empty else ui.tablePage)
        estimates = self.estimate_model.rowCount()
        ui.estimateStack.setCurrentWidget(ui.estimateTablePage if estimates else ui.estimateEmptyPage)
        tabs = ui.kindTabs
        tabs.setTabText(
            tabs.indexOf(ui.assignmentsTab),
            self.tr("Opdrachten ({count})").format(count=self.model.rowCount()),
        )
        tabs.setTabText(tabs.indexOf(ui.estimatesTab), self.tr("Bestekken ({count})").format(count=estimates))

    def _show_the_list_that_waits(self) -> None:
        """Read while the user is elsewhere: open on a list that has work, not on an empty one
        (never while the user looks at the page; a tab switching under one's hands is confusing)."""
        ui = self.ui
        if self.model.rowCount() == 0 and self.estimate_model.rowCount() > 0:
            ui.kindTabs.setCurrentWidget(ui.estimatesTab)
        elif self.estimate_model.rowCount() == 0 and self.model.rowCount() > 0:
            ui.kindTabs.setCurrentWidget(ui.assignmentsTab)

    # Selection -------------------------------------------------------------------------------
    def selected(self) -> QueueRow | None:
        rows = self.ui.queueTable.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    @Slot()
    def _selection_changed(self, *_: QItemSelection) -> None:
        row = self.selected()
        self._show_detail(row)
        for button in (self.ui.acceptNewButton, self.ui.linkButton, self.ui.rejectButton):
            button.setEnabled(row is not None)
        if row is not None:
            queue, assignment_id = self._services.queue, row.id
            self._worker.submit(
                lambda: load_proposals(queue, assignment_id),
                lambda proposals: self._show_proposals(assignment_id, proposals),
                self._failed,
                owner=self,
            )

    def _show_detail(self, row: QueueRow | None) -> None:
        ui = self.ui
        ui.messageLabel.clear()
        ui.dossierNumberEdit.clear()
        self._show_proposals(None, [])
        if row is None:
            ui.assignmentBox.setTitle(self.tr("Opdracht"))
            for value in (ui.assignmentNumberValue, ui.repairerValue, ui.plateValue, ui.vehicleValue,
                          ui.customerValue, ui.workValue, ui.insurerValue, ui.importedValue):  # fmt: skip
                value.clear()
            return
        ui.assignmentBox.setTitle(
            self.tr("Opdracht {number} ({source})").format(number=row.number, source=source_text(row.source))
        )
        ui.assignmentNumberValue.setText(row.number)
        ui.repairerValue.setText(row.repairer_name)
        ui.plateValue.setText(row.license_plate or "—")
        ui.vehicleValue.setText(row.make_model or "—")
        ui.customerValue.setText(row.customer_name or "—")
        ui.workValue.setText(row.work or "—")
        insurer = " — ".join(p for p in (row.insurer_name, row.claim_number) if p)
        ui.insurerValue.setText(insurer or "—")
        ui.importedValue.setText(labels.local_datetime(row.imported_at))

    def _show_proposals(self, assignment_id: int | None, proposals: list[ProposalRow]) -> None:
        selected = self.selected()
        if assignment_id is not None and (selected is None or selected.id != assignment_id):
            return  # an answer for a row no longer selected
        self.proposals = proposals
        table = self.ui.proposalTable
        table.setRowCount(len(proposals))
        for r, proposal in enumerate(proposals):
            values = (
                proposal.number,
                proposal.customer_name or "",
                labels.status_text(proposal.status),
                labels.local_date(proposal.created_at),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, proposal.id)
                table.setItem(r, c, item)
        self.ui.noProposalLabel.setVisible(assignment_id is not None and not proposals)
        if proposals:
            table.selectRow(0)
        if assignment_id is not None:
            self.proposals_loaded.emit()

    @Slot()
    def _proposal_chosen(self) -> None:
        if self.ui.proposalTable.selectedItems():
            self.ui.dossierNumberEdit.clear()

    def _chosen_proposal(self) -> ProposalRow | None:
        rows = self.ui.proposalTable.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.proposals):
            return None
        return self.proposals[rows[0].row()]

    # Decisions -------------------------------------------------------------------------------
    @Slot()
    def accept_new(self) -> None:
        row = self.selected()
        if row is None:
            return
        queue = self._services.queue
        self._decide(lambda: queue.accept_new_dossier(row.id), row)

    @Slot()
    def link(self) -> None:
        """Into the dossier typed by number, else into the chosen proposal."""
        row = self.selected()
        if row is None:
            return
        number = self.ui.dossierNumberEdit.text().strip()
        proposal = self._chosen_proposal()
        if not number and proposal is None:
            self._show_error(self.tr("Kies een voorgesteld dossier of geef een dossiernummer in."))
            return
        queue, dossiers = self._services.queue, self._services.dossiers
        proposal_id = proposal.id if proposal is not None else None

        def work() -> Dossier:
            dossier_id = dossiers.by_number(number).id if number else proposal_id
            assert dossier_id is not None
            return queue.accept_into(row.id, dossier_id)

        self._decide(work, row)

    @Slot()
    def reject(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = RejectReasonDialog(row.number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reject_dialog = dialog
        dialog.accepted.connect(lambda: self._rejected(row, dialog.reason()))
        dialog.finished.connect(lambda _result: setattr(self, "reject_dialog", None))
        dialog.open()

    def _rejected(self, row: QueueRow, reason: str) -> None:
        queue = self._services.queue
        self._decide(lambda: queue.reject(row.id, reason), row)

    def _decide(self, work: object, row: QueueRow) -> None:
        for button in (self.ui.acceptNewButton, self.ui.linkButton, self.ui.rejectButton):
            button.setEnabled(False)
        self._worker.submit(
            work,  # type: ignore[arg-type]
            lambda result: self._decided(row, result),
            self._decision_failed,
            owner=self,
        )

    def _decided(self, row: QueueRow, result: object) -> None:
        if isinstance(result, Dossier):
            text = self.tr("Opdracht {number} staat nu in dossier {dossier}.").format(
                number=row.number, dossier=result.number
            )
        else:
            text = self.tr("Opdracht {number} is geweigerd.").format(number=row.number)
        self.last_message = self._notice = text
        self.reload()
        self.decided.emit()

    def _decision_failed(self, exc: BaseException) -> None:
        self._selection_changed()
        if isinstance(exc, DomainError):
            self._show_error(str(exc))
        else:
            self._failed(exc)

    def _show_error(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        styling.mark(self.ui.messageLabel, "error")

    def _failed(self, exc: BaseException) -> None:
        message = self.tr(
            "De wachtrij kon niet bijgewerkt worden ({error}). Controleer de verbinding met de "
            "database en probeer opnieuw."
        ).format(error=type(exc).__name__)
        self._show_error(message)
        self._show_estimate_error(message)

    # Estimate versions (C360-SYNC-5, C360-DOS-3) ------------------------------------------------
    def selected_estimate(self) -> EstimateQueueRow | None:
        rows = self.ui.estimateTable.selectionModel().selectedRows()
        return self.estimate_model.row(rows[0].row()) if rows else None

    @Slot()
    def _estimate_selection_changed(self, *_: QItemSelection) -> None:
        row = self.selected_estimate()
        self._show_estimate(row)
        if row is None:
            return
        estimates, pending_id = self._services.estimates, row.id
        self._worker.submit(
            lambda: estimates.pending_comparison(pending_id),
            lambda comparison: self._show_comparison(pending_id, comparison),
            lambda exc: self._comparison_failed(pending_id, exc),
            owner=self,
        )

    def _show_estimate(self, row: EstimateQueueRow | None) -> None:
        """The dossier of the selected version; the comparison follows from the database thread."""
        ui = self.ui
        ui.estimateMessageLabel.clear()
        self.comparison = None
        self.comparison_view.show_comparison(None)
        self.comparison_view.setVisible(row is not None)
        ui.comparisonLoadingLabel.setVisible(row is not None)
        ui.openDossierButton.setEnabled(row is not None)
        for button in (ui.acceptEstimateButton, ui.rejectEstimateButton):
            button.setEnabled(False)
        if row is None:
            ui.estimateBox.setTitle(self.tr("Bestek"))
            ui.estimateDossierValue.setText(self.tr("Kies hierboven een bestekversie."))
            return
        ui.estimateBox.setTitle(
            self.tr("Versie {version} van het bestek voor dossier {number}").format(
                version=row.remote_version, number=row.dossier_number
            )
        )
        parts = [
            row.dossier_number,
            row.license_plate or self.tr("geen nummerplaat"),
            row.customer_name or self.tr("geen klant"),
            row.repairer_name,
        ]
        ui.estimateDossierValue.setText("   ·   ".join(p for p in parts if p))

    def _show_comparison(self, pending_id: int, comparison: EstimateComparison) -> None:
        selected = self.selected_estimate()
        if selected is None or selected.id != pending_id:
            return  # an answer for a row no longer selected
        self.comparison = comparison
        ui = self.ui
        ui.comparisonLoadingLabel.hide()
        self.comparison_view.show_comparison(comparison)
        for button in (ui.acceptEstimateButton, ui.rejectEstimateButton):
            button.setEnabled(True)
        self.comparison_loaded.emit()

    def _comparison_failed(self, pending_id: int, exc: BaseException) -> None:
        selected = self.selected_estimate()
        if selected is None or selected.id != pending_id:
            return
        self.ui.comparisonLoadingLabel.hide()
        if isinstance(exc, DomainError):
            self._show_estimate_error(str(exc))
        else:
            self._failed(exc)

    @Slot()
    def _open_dossier(self) -> None:
        row = self.selected_estimate()
        if row is not None:
            self.open_dossier_requested.emit(row.dossier_id)

    @Slot()
    def accept_estimate(self) -> None:
        row = self.selected_estimate()
        if row is None or self.comparison is None:
            return
        estimates = self._services.estimates
        self._decide_estimate(lambda: estimates.accept_pending(row.id), row)

    @Slot()
    def reject_estimate(self) -> None:
        row = self.selected_estimate()
        if row is None:
            return
        dialog = RejectReasonDialog(row.dossier_number, self, estimate_version=row.remote_version)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reject_dialog = dialog
        dialog.accepted.connect(lambda: self._estimate_rejected(row, dialog.reason()))
        dialog.finished.connect(lambda _result: setattr(self, "reject_dialog", None))
        dialog.open()

    def _estimate_rejected(self, row: EstimateQueueRow, reason: str) -> None:
        estimates = self._services.estimates
        self._decide_estimate(lambda: estimates.reject_pending(row.id, reason), row)

    def _decide_estimate(self, work: object, row: EstimateQueueRow) -> None:
        for button in (self.ui.acceptEstimateButton, self.ui.rejectEstimateButton):
            button.setEnabled(False)
        self._worker.submit(
            work,  # type: ignore[arg-type]
            lambda result: self._estimate_decided(row, result),
            self._estimate_decision_failed,
            owner=self,
        )

    def _estimate_decided(self, row: EstimateQueueRow, result: object) -> None:
        if isinstance(result, AcceptResult):
            if result.created:
                text = self.tr(
                    "Versie {remote} van het bestek staat nu in dossier {number} als bestekversie "
                    "{version}; de vorige versies blijven zichtbaar op het tabblad Bestek."
                ).format(remote=row.remote_version, number=row.dossier_number, version=result.version.version)
            else:
                text = self.tr(
                    "Versie {remote} van het bestek stond al in dossier {number} (bestekversie {version})."
                ).format(remote=row.remote_version, number=row.dossier_number, version=result.version.version)
            self.estimate_accepted.emit(row.dossier_id)
        else:
            text = self.tr(
                "Versie {remote} van het bestek voor dossier {number} is geweigerd; het dossier houdt "
                "zijn huidige bestek."
            ).format(remote=row.remote_version, number=row.dossier_number)
        self.last_message = text
        self._estimate_notice = (text, "ok")
        self.reload()
        self.decided.emit()

    def _estimate_decision_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            # Someone else may have decided it: read the list again, then say why.
            self._estimate_notice = (str(exc), "error")
            self.reload()
        else:
            self._estimate_selection_changed()
            self._failed(exc)

    def _show_estimate_error(self, message: str) -> None:
        self.ui.estimateMessageLabel.setText(message)
        styling.mark(self.ui.estimateMessageLabel, "error")
