"""The dossier window's **i** button before the Claims360 activation: send to WinFormEx II.

Before the activation a dossier can be sent to WinFormEx II (C360-WFX-1): the button writes the
dossier's message into the WinFormEx export folder (``WinFormExExportService.send``, file and
database work, so on the database thread) and says in a message what was sent or, in Dutch, why
not. The button is enabled only when sending can work (the dossier is saved and the helpdesk has
set an export folder); its tooltip says why not otherwise. After the activation this class is not
used: the button is Claims360's and nothing in the window sends to WinFormEx II (C360-ACT-3);
the service refuses as well.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.errors import DomainError, WinFormExClosedError
from planmanager_desktop.domain.winformex_export import SentMessage
from planmanager_desktop.persistence.settings import WINFORMEX_EXPORT_FOLDER
from planmanager_desktop.views import labels
from planmanager_desktop.views.async_dialogs import message_box

if TYPE_CHECKING:
    from planmanager_desktop.views.dossier_window import DossierWindow

log = logging.getLogger(__name__)


class DossierWinFormExSend(QObject):
    """Signals:
    sent(object): the dossier was sent (:class:`SentMessage`).
    """

    sent = Signal(object)

    def __init__(self, window: DossierWindow, services: Services, worker: DbWorker) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._worker = worker
        #: True while the button is WinFormEx's (before the activation).
        self.shown = False
        self._busy = False
        self._message: QMessageBox | None = None

    @property
    def message(self) -> QMessageBox | None:
        """The message shown last, while it is open (tests and screenshots)."""
        box = self._message
        return box if box is not None and shiboken6.isValid(box) else None

    @property
    def busy(self) -> bool:
        return self._busy

    def show(self) -> None:
        """Make the i button WinFormEx's: icon only, enabled once sending can work."""
        self.shown = True
        button = self._window.ui.infoButton
        button.setMenu(None)
        button.setText("")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setEnabled(False)
        self.refresh()

    def hide(self) -> None:
        self.shown = False

    def refresh(self) -> None:
        """Whether sending can work now: read on the database thread (a shared server may be slow)."""
        if not self.shown:
            return
        button = self._window.ui.infoButton
        if self._window.dossier_id is None:
            button.setEnabled(False)
            button.setToolTip(
                self.tr("Bewaar het dossier eerst; daarna kunt u het naar WinFormEx II versturen.")
            )
            return
        button.setToolTip(self.tr("Versturen naar WinFormEx II"))
        settings, export = self._services.settings, self._services.winformex_export

        def work() -> tuple[bool, bool]:
            return export.available(), bool(settings.winformex_export_folder)

        self._worker.submit(work, self._show_available, self._read_failed, owner=self)

    def _show_available(self, answer: tuple[bool, bool]) -> None:
        if not self.shown:
            return  # Claims360 became active meanwhile: the button is no longer ours
        available, has_folder = answer
        button = self._window.ui.infoButton
        if not available:
            button.setEnabled(False)
            button.setToolTip(
                self.tr("Claims360 is geactiveerd: naar WinFormEx II kan niets meer verstuurd worden.")
            )
        elif not has_folder:
            button.setEnabled(False)
            button.setToolTip(
                self.tr(
                    "Versturen naar WinFormEx II: er is geen WinFormEx-exportmap ingesteld. Vraag de "
                    "helpdesk om ze in te stellen ({key})."
                ).format(key=WINFORMEX_EXPORT_FOLDER)
            )
        else:
            button.setEnabled(not self._busy)
            button.setToolTip(
                self.tr("Versturen naar WinFormEx II: schrijft het dossier als bericht in de exportmap.")
            )

    def _read_failed(self, exc: BaseException) -> None:
        log.error("Lezen of versturen naar WinFormEx II kan mislukt", exc_info=exc)
        button = self._window.ui.infoButton
        button.setEnabled(False)
        button.setToolTip(self.tr("Versturen naar WinFormEx II: de instellingen konden niet gelezen worden."))

    # Sending ---------------------------------------------------------------------------------
    @Slot()
    def send(self) -> None:
        """Send the dossier as it is saved; unsaved changes are saved first (what you see is sent)."""
        window = self._window
        if not self.shown or self._busy or window.dossier_id is None:
            return
        if window.dirty and not window.save():
            return  # the form shows what is wrong
        dossier_id, export = window.dossier_id, self._services.winformex_export
        self._set_busy(True)
        self._worker.submit(lambda: export.send(dossier_id), self._sent, self._failed, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._window.ui.infoButton.setEnabled(not busy and self.shown)
        bar = self._window.statusBar()
        if busy:
            bar.show()
            bar.showMessage(self.tr("Bezig met versturen naar WinFormEx II…"))
        else:
            bar.clearMessage()

    def _sent(self, sent: SentMessage) -> None:
        self._set_busy(False)
        self._window.claims360_changed()  # the WinFormEx tab shows when it was sent
        self._window.statusBar().showMessage(
            self.tr("Dossier {number} verstuurd naar WinFormEx II.").format(number=sent.dossier_number), 8000
        )
        self._show(
            QMessageBox.Icon.Information,
            self.tr("Dossier {number} is verstuurd naar WinFormEx II (bericht {message}, {moment}).").format(
                number=sent.dossier_number, message=sent.number, moment=labels.local_datetime(sent.sent_at)
            ),
            self.tr("Bestand: {path}").format(path=str(sent.path)),
        )
        self.sent.emit(sent)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WinFormExClosedError):
            self.refresh()  # the activation came first: the button says so now
        if isinstance(exc, DomainError):
            text, details = str(exc), ""
        else:
            log.error("Versturen naar WinFormEx II mislukt", exc_info=exc)
            text = self.tr(
                "Het dossier kon niet naar WinFormEx II verstuurd worden. Er werd niets verstuurd; "
                "probeer het opnieuw."
            )
            details = type(exc).__name__
        self._show(QMessageBox.Icon.Warning, text, details)

    def _show(self, icon: QMessageBox.Icon, text: str, details: str) -> None:
        box = message_box(self._window, icon, self.tr("Versturen naar WinFormEx II"), text, details)
        self._message = box
        box.open()
