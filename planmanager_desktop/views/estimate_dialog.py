"""The pop-up of "Dossier synchroniseren met Claims360" (C360-DOS-3).

It fetches the current version of the case's estimate (busy indicator, Annuleren stops it), and
shows what accepting it would change before anything is stored (:class:`EstimateComparisonView`,
the same widget the Wachtrij uses for a waiting estimate version). Nothing is ever
corrected: **Aanvaarden** stores exactly what Claims360 sent, as a new version; the earlier
versions stay on the Bestek tab.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from planmanager_desktop.app.async_tasks import AsyncTasks
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.errors import DomainError
from planmanager_desktop.domain.estimates import EstimateComparison
from planmanager_desktop.views import styling
from planmanager_desktop.views.estimate_comparison_view import EstimateComparisonView
from planmanager_desktop.views.generated.ui_estimate_dialog import Ui_EstimateDialog

log = logging.getLogger(__name__)


class EstimateDialog(QDialog):
    """Signals:
    estimate_accepted(int): the estimate was stored as this version number of the dossier.
    """

    estimate_accepted = Signal(int)

    def __init__(self, services: Services, dossier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EstimateDialog()
        self.ui.setupUi(self)
        styling.apply(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._services = services
        self.dossier_id = dossier_id
        self.comparison: EstimateComparison | None = None
        self._tasks = AsyncTasks(self)
        self._task: asyncio.Task[None] | None = None
        #: The comparison itself, the same widget the Wachtrij shows (C360-SYNC-5).
        self.view = EstimateComparisonView(self.ui.comparePage)
        self.ui.compareLayout.addWidget(self.view)
        self.lines_model = self.view.lines_model
        self.totals_model = self.view.totals_model
        self._setup_widgets()

    def _setup_widgets(self) -> None:
        ui = self.ui
        styling.mark(ui.loadingLabel, "note")
        styling.mark(ui.errorLabel, "error")
        ui.acceptButton.hide()
        ui.acceptButton.clicked.connect(self.accept_estimate)
        ui.closeButton.clicked.connect(self.reject)
        ui.retryButton.clicked.connect(self.load)
        self._tasks.failed.connect(self._task_failed)

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    # Loading ---------------------------------------------------------------------------------
    @Slot()
    def load(self) -> None:
        """Fetch the current estimate from Claims360 and show the comparison."""
        if self.busy:
            return
        ui = self.ui
        ui.stack.setCurrentWidget(ui.loadingPage)
        ui.acceptButton.hide()
        ui.statusLabel.clear()
        ui.closeButton.setText(self.tr("Annuleren"))
        self._task = self._tasks.spawn(self._load(), name=f"estimate-load-{self.dossier_id}")

    async def _load(self) -> None:
        try:
            comparison = await self._services.estimates.load_current(self.dossier_id)
        except DomainError as exc:
            self._show_error(str(exc))
            return
        self.show_comparison(comparison)

    def _show_error(self, message: str) -> None:
        ui = self.ui
        ui.errorLabel.setText(self.tr("Het bestek kon niet opgehaald worden.") + "\n\n" + message)
        ui.stack.setCurrentWidget(ui.errorPage)
        ui.closeButton.setText(self.tr("Sluiten"))

    def show_comparison(self, comparison: EstimateComparison) -> None:
        self.comparison = comparison
        self.view.show_comparison(comparison)
        ui = self.ui
        if comparison.already_accepted:
            ui.acceptButton.hide()
            ui.closeButton.setText(self.tr("Sluiten"))
        else:
            ui.acceptButton.show()
            ui.acceptButton.setEnabled(True)
            ui.acceptButton.setDefault(True)
            ui.closeButton.setText(self.tr("Annuleren"))
        ui.stack.setCurrentWidget(ui.comparePage)

    # Accepting -------------------------------------------------------------------------------
    @Slot()
    def accept_estimate(self) -> None:
        if self.busy or self.comparison is None or self.comparison.already_accepted:
            return
        self.ui.acceptButton.setEnabled(False)
        styling.mark(self.ui.statusLabel, "note")
        self.ui.statusLabel.setText(self.tr("Het bestek wordt bewaard…"))
        self._task = self._tasks.spawn(
            self._accept(self.comparison), name=f"estimate-accept-{self.dossier_id}"
        )

    async def _accept(self, comparison: EstimateComparison) -> None:
        try:
            result = await self._services.estimates.accept_async(self.dossier_id, comparison.estimate)
        except DomainError as exc:
            styling.mark(self.ui.statusLabel, "error")
            self.ui.statusLabel.setText(str(exc))
            self.ui.acceptButton.setEnabled(True)
            return
        self.estimate_accepted.emit(result.version.version)
        self.accept()

    # Closing ---------------------------------------------------------------------------------
    def reject(self) -> None:
        """Annuleren stops a fetch that is still running (nothing is stored by it)."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        super().reject()

    @Slot(str, object)
    def _task_failed(self, _name: str, exc: object) -> None:
        log.error(
            "Bestek ophalen of bewaren mislukt", exc_info=exc if isinstance(exc, BaseException) else None
        )
        self._show_error(str(exc))
