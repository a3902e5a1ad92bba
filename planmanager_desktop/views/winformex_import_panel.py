"""Import WinFormEx II mailbox messages from the import folder, from a window (C360-WFX-1).

The same panel stands on the WinFormEx page before the Claims360 activation and in the
"Importeren uit WinFormEx II" dialog after it: data from WinFormEx II keeps coming in after the
activation (C360-ACT-3). The import reads and moves files and writes the database, so it runs on
the database thread (:class:`DbWorker`); the window stays usable and shows, per file, what
happened to it (imported, updated, left for later, refused with the reason) and a summary.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidgetItem, QWidget

from planmanager_desktop.app import resources
from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.errors import DomainError
from planmanager_desktop.persistence.settings import WINFORMEX_IMPORT_FOLDER
from planmanager_desktop.sync.winformex_import import FileOutcome, ImportReport
from planmanager_desktop.views import styling
from planmanager_desktop.views.generated.ui_winformex_import_panel import Ui_WinFormExImportPanel

#: Text colours of a file's line: refused files stand out, files left for later are a warning.
_COLOURS = {FileOutcome.FAILED: QColor("#b00020"), FileOutcome.SKIPPED: QColor("#8a4b00")}


class WinFormExImportPanel(QWidget):
    """Signals:
    imported(object): an import finished (:class:`ImportReport`); lists may have new rows.
    """

    imported = Signal(object)

    def __init__(self, services: Services, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WinFormExImportPanel()
        self.ui.setupUi(self)
        self._services = services
        self._worker = worker
        self._busy = False
        self.report: ImportReport | None = None
        self.ui.busyBar.hide()
        self.ui.summaryLabel.hide()
        self.ui.importButton.setIcon(resources.icon("winformex"))
        self.ui.importButton.clicked.connect(self.start_import)

    @property
    def busy(self) -> bool:
        return self._busy

    @Slot()
    def start_import(self) -> None:
        """Import the configured folder now, on the database thread (a second click waits)."""
        if self._busy:
            return
        self._set_busy(True)
        settings, service = self._services.settings, self._services.winformex_import

        def work() -> ImportReport | None:
            if not settings.winformex_import_folder:
                return None  # said here in the window's words, not the command line's
            return service.import_folder()

        self._worker.submit(work, self._show_report, self._failed, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        ui = self.ui
        ui.importButton.setEnabled(not busy)
        ui.busyBar.setVisible(busy)
        if busy:
            self._show_summary(self.tr("Bezig met importeren uit WinFormEx II…"), "note")

    def _show_report(self, report: ImportReport | None) -> None:
        self._set_busy(False)
        ui = self.ui
        ui.resultList.clear()
        if report is None:
            self._show_summary(
                self.tr(
                    "Er is geen WinFormEx-importmap ingesteld, dus er kon niets geïmporteerd worden. "
                    "Vraag de helpdesk om de map in te stellen (planmanager-desktop admin settings set "
                    "{key} PAD) en probeer daarna opnieuw."
                ).format(key=WINFORMEX_IMPORT_FOLDER),
                "warning",
            )
            return
        self.report = report
        for result in report.results:
            item = QListWidgetItem(result.describe())
            colour = _COLOURS.get(result.outcome)
            if colour is not None:
                item.setForeground(QBrush(colour))
            if result.moved_to is not None:
                item.setToolTip(self.tr("Verplaatst naar {path}").format(path=str(result.moved_to)))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            ui.resultList.addItem(item)
        self._show_summary(report.summary(), "ok" if report.ok else "warning")
        self.imported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.ui.resultList.clear()
        if isinstance(exc, DomainError):
            text = str(exc)  # the folder is unreachable or not writable: the core says which
        else:
            text = self.tr(
                "De import uit WinFormEx II is mislukt ({error}). Er ging niets verloren: de berichten "
                "blijven in de importmap. Controleer de verbinding met de database en probeer opnieuw."
            ).format(error=type(exc).__name__)
        self._show_summary(text, "error")

    def _show_summary(self, text: str, role: str) -> None:
        label = self.ui.summaryLabel
        label.setText(text)
        label.show()
        styling.mark(label, role)
