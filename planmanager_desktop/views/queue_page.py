"""The Wachtrij tab: accept or reject what came in while ``informex_queueing`` is on (C360-SYNC-5).

Selecting a waiting assignment shows it beside the dossiers it probably belongs to (same repairer
and plate). **Aanvaarden als nieuw dossier**, **Koppelen aan dossier** (a proposal, or any dossier
by its number) and **Weigeren** (with a reason) go through :class:`QueueService` on the database
thread; the row then disappears and the dossier list reloads. With queueing off the page says that
new assignments become dossiers at once.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QTableWidgetItem, QWidget

from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.errors import DomainError
from planmanager_desktop.persistence.models import Dossier
from planmanager_desktop.views import labels, styling
from planmanager_desktop.views.generated.ui_queue_page import Ui_QueuePage
from planmanager_desktop.views.queue_model import (
    ProposalRow,
    QueueModel,
    QueueRow,
    load_proposals,
    load_waiting,
    source_text,
)
from planmanager_desktop.views.reject_reason_dialog import RejectReasonDialog

COLUMN_WIDTHS = (110, 110, 110, 170, 200, 190)


class QueuePage(QWidget):
    """Signals:
    decided(): an assignment was accepted or rejected (the dossier list reloads).
    loaded(): the Wachtrij was (re)read.
    proposals_loaded(): the proposals of the selected assignment are shown.
    """

    decided = Signal()
    loaded = Signal()
    proposals_loaded = Signal()

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
        self._show()
        self._show_detail(None)
        self.reload()

    # Loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Load anew; only the newest request's answer is shown (an older one is stale)."""
        queue, settings = self._services.queue, self._services.settings
        self._generation += 1
        generation = self._generation
        self._worker.submit(
            lambda: (generation, load_waiting(queue), settings.informex_queueing),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, result: tuple[int, list[QueueRow], bool]) -> None:
        generation, rows, queueing = result
        if generation != self._generation:
            return
        selected = self.selected()
        self.model.set_rows(rows)
        self.ui.queueingOffLabel.setVisible(not queueing)
        self._show()
        if selected is not None and (row := self.model.row_of(selected.id)) >= 0:
            self.ui.queueTable.selectRow(row)
        if self._notice is not None:
            self.ui.messageLabel.setText(self._notice)
            styling.mark(self.ui.messageLabel, "ok")
            self._notice = None
        self.loaded.emit()

    def _show(self) -> None:
        empty = self.model.rowCount() == 0
        self.ui.stack.setCurrentWidget(self.ui.emptyPage if empty else self.ui.tablePage)

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
        self._show_error(
            self.tr(
                "De wachtrij kon niet bijgewerkt worden ({error}). Controleer de verbinding met de "
                "database en probeer opnieuw."
            ).format(error=type(exc).__name__)
        )
