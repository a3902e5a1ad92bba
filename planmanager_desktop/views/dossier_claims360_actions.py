"""The dossier window's round **i** button once Claims360 is active (C360-DOS-1, C360-DOS-2).

(Before the activation the button sends to WinFormEx II: :class:`DossierWinFormExSend`.)

Before the first export it is an export button, "Exporteren naar Claims360": it sends the plate
and km-stand shown on the Voertuig tab. After it, it opens a menu: "Gegevens versturen naar
Claims360" (plate and km-stand again, then the photo picker) and, once an estimate in Claims360 is
linked to the dossier, "Dossier synchroniseren met Claims360" (the estimate pop-up). What the button
shows comes from the core (:meth:`Claims360ExportService.link_state`), read on the database thread.

Every send is an asyncio task on the Qt thread (qasync); the button is disabled while it runs, so
a double click starts one send (and the core would not create a second case anyway). The core's
questions (a foreign plate, a lower km-stand) are asked here, then the send is repeated with the
confirmation set; its errors become Dutch messages next to the field or in a message box. When the
repairer is not set up (or this PC lacks its keys), that message offers "Naar de Claims360-pagina":
the main window then shows that repairer there, where it is set up.

Closing the window while a send runs does not stop the send: the core finishes it (an export cut
off half-way would only wait for the next click). The task is kept until it ends, and everything
it would do to the window afterwards (status bar, message, reload) is skipped, because the window
is gone. A question still open when the window closes is answered "no".
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressBar, QToolButton

from planmanager_desktop.app.async_tasks import AsyncTasks, NoEventLoopError
from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.claims360_clients import (
    Claims360ActionError,
    NotActivatedError,
    NotConfiguredError,
)
from planmanager_desktop.domain.claims360_export import (
    ConfirmationRequired,
    DossierLinkState,
    ForeignPlateConfirmationRequired,
    LowerOdometerConfirmationRequired,
)
from planmanager_desktop.domain.errors import DomainError, ValidationError
from planmanager_desktop.views.async_dialogs import ask, message_box
from planmanager_desktop.views.dossier_link_tabs import DossierClaims360Tab
from planmanager_desktop.views.dossier_winformex_send import DossierWinFormExSend
from planmanager_desktop.views.estimate_dialog import EstimateDialog
from planmanager_desktop.views.photo_picker_dialog import PhotoPickerDialog

if TYPE_CHECKING:
    from planmanager_desktop.views.dossier_window import DossierWindow

log = logging.getLogger(__name__)

#: Sends whose window closed before they ended: kept here until they do (asyncio itself keeps
#: only a weak reference to a task).
_FINISHING: set[asyncio.Task[None]] = set()


class DossierClaims360Actions(QObject):
    """Signals:
    state_changed(object): the :class:`DossierLinkState` the button now shows.
    busy_changed(bool): an export or send started (True) or ended (False).
    claims360_page_requested(int): the user wants to set up the repairer with this id on the
        Claims360 page (the main window shows it).
    """

    state_changed = Signal(object)
    busy_changed = Signal(bool)
    claims360_page_requested = Signal(int)

    def __init__(self, window: DossierWindow, services: Services, worker: DbWorker) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._worker = worker
        self.active = False
        self.state: DossierLinkState | None = None
        self._tasks = AsyncTasks(self)
        self._tasks.failed.connect(self._task_failed)
        self._task: asyncio.Task[None] | None = None
        self._message: QMessageBox | None = None
        #: The window was closed: a running send finishes without touching it.
        self._window_gone = False
        #: The running task waits for the user's answer to a question (nothing sent yet).
        self._asking = False
        self.estimate_dialog: EstimateDialog | None = None
        self.photo_picker: PhotoPickerDialog | None = None
        #: The button's meaning before the activation (C360-WFX-1).
        self.winformex = DossierWinFormExSend(window, services, worker)

        self.menu = QMenu(window)
        self.send_action = QAction(self.tr("Gegevens versturen naar Claims360"), self.menu)
        self.sync_action = QAction(self.tr("Dossier synchroniseren met Claims360"), self.menu)
        self.menu.addAction(self.send_action)
        self.menu.addAction(self.sync_action)
        self.send_action.triggered.connect(self.send_data)
        self.sync_action.triggered.connect(self.open_estimate)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        window.statusBar().addPermanentWidget(self.busy_bar)
        self.button.clicked.connect(self._clicked)
        self.state_changed.connect(self._show_on_tab)
        window.closed.connect(self._window_closed)
        window.destroyed.connect(self._window_closed)

    @property
    def button(self) -> QToolButton:
        return self._window.ui.infoButton

    @property
    def message(self) -> QMessageBox | None:
        """The question or message shown last, while it is open (tests and screenshots)."""
        box = self._message
        return box if box is not None and shiboken6.isValid(box) else None

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def _alive(self) -> bool:
        """The window is still there to show a result (it may close while a send runs)."""
        return not self._window_gone and shiboken6.isValid(self._window) and shiboken6.isValid(self)

    @Slot()
    def _window_closed(self, *_: object) -> None:
        self._window_gone = True
        task = self._task
        if task is None or task.done():
            return
        if self._asking:
            task.cancel()  # nothing was sent yet; the question closes with the window
            return
        _FINISHING.add(task)
        task.add_done_callback(_FINISHING.discard)

    # What the button shows -------------------------------------------------------------------
    def set_active(self, active: bool) -> None:
        """Claims360 active: the button exports / opens the menu; before: sends to WinFormEx II."""
        self.active = active
        self.state = None
        button = self.button
        button.setMenu(None)
        button.setEnabled(False)
        if not active:
            self.winformex.show()
            return
        self.winformex.hide()  # after the activation nothing here sends to WinFormEx II (C360-ACT-3)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setText(self.tr("Exporteren naar Claims360"))
        button.setToolTip(self.tr("Exporteren naar Claims360"))  # until the dossier's state is read
        self.refresh()

    def refresh(self) -> None:
        """Read the dossier's link state again (after an action, a save or a sync)."""
        dossier_id = self._window.dossier_id
        if not self.active:
            self.winformex.refresh()
            return
        if dossier_id is None:
            self.button.setEnabled(False)
            self.button.setToolTip(
                self.tr("Bewaar het dossier eerst; daarna kunt u het naar Claims360 exporteren.")
            )
            return
        export = self._services.claims360_export
        self._worker.submit(
            lambda: export.link_state(dossier_id), self._show_state, self._state_failed, owner=self
        )

    def _show_state(self, state: DossierLinkState) -> None:
        if not self.active or state.dossier_id != self._window.dossier_id:
            return
        self.state = state
        button = self.button
        if state.show_menu:
            button.setMenu(self.menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setText(self.tr("Claims360"))
            button.setToolTip(
                self.tr(
                    "Claims360-dossier {number}: gegevens versturen of het dossier synchroniseren"
                ).format(number=state.case_number or "—")
            )
            self.sync_action.setVisible(state.show_sync_item)
        else:
            button.setMenu(None)
            button.setText(self.tr("Exporteren naar Claims360"))
            tip = self.tr("Exporteren naar Claims360: verstuurt alleen de nummerplaat en de km-stand.")
            if state.export_pending:
                tip += "\n" + self.tr(
                    "Een vorige export kreeg geen antwoord; opnieuw klikken werkt ze af zonder een tweede "
                    "dossier aan te maken."
                )
            button.setToolTip(tip)
        button.setEnabled(not self.busy)
        self.state_changed.emit(state)

    @Slot(object)
    def _show_on_tab(self, state: DossierLinkState) -> None:
        tab = self._window.link_tab
        if isinstance(tab, DossierClaims360Tab):
            tab.show_state(state)

    def _state_failed(self, exc: BaseException) -> None:
        log.error("Claims360-status van het dossier lezen mislukt", exc_info=exc)
        self.button.setEnabled(False)
        self.button.setToolTip(self.tr("De Claims360-status van dit dossier kon niet gelezen worden."))

    # Actions ---------------------------------------------------------------------------------
    @Slot()
    def _clicked(self) -> None:
        if not self.active:
            self.winformex.send()
            return
        if self.state is not None and self.state.show_export_button:
            self.export()

    @Slot()
    def export(self) -> None:
        """ "Exporteren naar Claims360" with the plate and km-stand on the Voertuig tab."""
        self._run(self._export, "export")

    @Slot()
    def send_data(self) -> None:
        """ "Gegevens versturen naar Claims360": plate and km-stand again, then the photo picker."""
        self._run(self._send_data, "send")

    def _run(self, action: Callable[[int, str, str], Coroutine[Any, Any, None]], what: str) -> None:
        """Start ``action(dossier_id, plate, km)`` with what the Voertuig tab shows *now*: the task
        starts a moment later, when the window may already be closing."""
        dossier_id = self._window.dossier_id
        if self.busy or dossier_id is None:
            return
        self._window.errors.clear()
        plate, km = self._vehicle_fields()
        try:
            self._task = self._tasks.spawn(
                action(dossier_id, plate, km), name=f"claims360-{what}-{dossier_id}"
            )
        except NoEventLoopError:
            log.error("Geen asyncio-lus: de Claims360-actie kan niet starten")
            return
        self._set_busy(True, self.tr("Bezig met versturen naar Claims360…"))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.button.setEnabled(not busy and self.state is not None)
        self.busy_bar.setVisible(busy)
        bar = self._window.statusBar()
        if busy:
            bar.show()
            bar.showMessage(text)
        self.busy_changed.emit(busy)

    async def _export(self, dossier_id: int, plate: str, km: str) -> None:
        export = self._services.claims360_export
        try:
            result = await self._confirming(
                lambda **flags: export.export(dossier_id, plate=plate, odometer_km=km, **flags)
            )
        except DomainError as exc:
            if not self._alive():
                log.info("Export van dossier %s niet gelukt (venster al gesloten): %s", dossier_id, exc)
                return
            self._done("")
            self._window.claims360_changed()  # a kept export shows on the button
            self._show_error(exc, self.tr("Exporteren naar Claims360"), export=True)
            return
        if not self._alive():
            return  # the core finished the export; the window that asked for it is gone
        if result is None:
            self._done(self.tr("Niet geëxporteerd."))
            return
        self._done(
            self.tr("Geëxporteerd naar Claims360: dossier {number}.").format(number=result.case_number)
        )
        self._window.claims360_changed(vehicle_sent=True)

    async def _send_data(self, dossier_id: int, plate: str, km: str) -> None:
        export = self._services.claims360_export
        try:
            result = await self._confirming(
                lambda **flags: export.send_data(dossier_id, plate=plate, odometer_km=km, **flags)
            )
        except DomainError as exc:
            if not self._alive():
                log.info("Gegevens van dossier %s niet verstuurd (venster al gesloten): %s", dossier_id, exc)
                return
            self._done("")
            self._window.claims360_changed()
            self._show_error(exc, self.tr("Gegevens versturen naar Claims360"), export=False)
            return
        if not self._alive():
            return
        if result is None:
            self._done(self.tr("Niet verstuurd."))
            return
        self._done(
            self.tr("Nummerplaat {plate} en km-stand {km} verstuurd naar Claims360.").format(
                plate=result.data.license_plate, km=result.data.odometer_km
            )
        )
        self._window.claims360_changed(vehicle_sent=True)
        self.open_photo_picker()

    async def _confirming(self, call: Callable[..., Awaitable[Any]]) -> Any:
        """Call; on a question of the core ask the user, then call again with the flag set.

        Returns None when the user said no.
        """
        flags: dict[str, bool] = {}
        while True:
            try:
                return await call(**flags)
            except ConfirmationRequired as question:
                if question.flag in flags or not self._alive():
                    return None
                self._asking = True
                try:
                    confirmed = await self._confirm(question)
                finally:
                    self._asking = False
                if not confirmed or not self._alive():
                    return None
                flags[question.flag] = True

    async def _confirm(self, question: ConfirmationRequired) -> bool:
        title = self.tr("Bevestigen")
        if isinstance(question, ForeignPlateConfirmationRequired):
            text = self.tr("Dit is geen Belgische nummerplaat. Toch versturen?")
            details = self.tr("Nummerplaat: {plate}").format(plate=question.plate)
        elif isinstance(question, LowerOdometerConfirmationRequired):
            text = self.tr("De km-stand is lager dan de laatst gekende km-stand. Toch versturen?")
            details = self.tr("Nu ingevuld: {km} km. Laatst gekend: {last} km.").format(
                km=_km(question.km), last=_km(question.last_known)
            )
        else:
            text, details = str(question), ""
        box = message_box(
            self._window,
            QMessageBox.Icon.Question,
            title,
            text,
            details,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Toch versturen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Niet versturen"))
        self._message = box
        return await ask(box) == QMessageBox.StandardButton.Yes

    def _vehicle_fields(self) -> tuple[str, str]:
        ui = self._window.ui
        return ui.plateEdit.text(), ui.odometerEdit.text()

    def _done(self, message: str) -> None:
        self._set_busy(False)
        bar = self._window.statusBar()
        if message:
            bar.show()
            bar.showMessage(message, 8000)
        else:
            bar.clearMessage()

    def _show_error(self, exc: DomainError, title: str, *, export: bool) -> None:
        if isinstance(exc, ValidationError) and exc.field in ("license_plate", "odometer_km"):
            self._window.errors.show(str(exc), exc.field)  # next to the field, Voertuig tab shown
            return
        icon = QMessageBox.Icon.Warning
        details = ""
        if isinstance(exc, NotConfiguredError | NotActivatedError):
            text = str(exc)
            details = self.tr(
                "De koppeling met Claims360 stelt u per hersteller in op de Claims360-pagina van het "
                "hoofdvenster."
            )
        elif isinstance(exc, Claims360ActionError) and exc.retry_safe:
            icon = QMessageBox.Icon.Information
            text = (
                self.tr(
                    "Claims360 antwoordde niet op tijd. Niets gaat verloren: de export blijft klaarstaan "
                    "en wordt opnieuw geprobeerd (bij de volgende klik of de volgende start); er wordt "
                    "nooit een tweede dossier aangemaakt."
                )
                if export
                else self.tr(
                    "Claims360 antwoordde niet op tijd. Niets gaat verloren: de gegevens blijven klaarstaan "
                    "en worden bij een nieuwe poging niet dubbel verwerkt."
                )
            )
            details = str(exc)
        elif isinstance(exc, Claims360ActionError):
            text = self.tr("Claims360 weigerde de gegevens.")
            details = str(exc)
        else:
            text = str(exc)
        box = message_box(self._window, icon, title, text, details)
        repairer_id = self._window.dossier.repairer_id if self._window.dossier is not None else None
        if isinstance(exc, NotConfiguredError) and repairer_id is not None:
            page_button = box.addButton(
                self.tr("Naar de Claims360-pagina"), QMessageBox.ButtonRole.ActionRole
            )
            page_button.clicked.connect(lambda: self.claims360_page_requested.emit(repairer_id))
            box.setDefaultButton(page_button)
        self._message = box
        box.open()

    @Slot(str, object)
    def _task_failed(self, _name: str, exc: object) -> None:
        if not self._alive():
            return
        self._done("")
        box = message_box(
            self._window,
            QMessageBox.Icon.Critical,
            self.tr("Claims360"),
            self.tr("Er ging onverwacht iets mis bij het versturen naar Claims360. Probeer het opnieuw."),
            str(exc),
        )
        self._message = box
        box.open()

    # Dialogs ---------------------------------------------------------------------------------
    @Slot()
    def open_estimate(self) -> EstimateDialog | None:
        dossier_id = self._window.dossier_id
        if dossier_id is None:
            return None
        dialog = EstimateDialog(self._services, dossier_id, self._window)
        dialog.finished.connect(lambda _result: self._window.claims360_changed())
        dialog.finished.connect(dialog.deleteLater)
        self.estimate_dialog = dialog
        dialog.open()
        dialog.load()
        return dialog

    @Slot()
    def open_photo_picker(self) -> PhotoPickerDialog | None:
        dossier_id = self._window.dossier_id
        if dossier_id is None:
            return None
        dialog = PhotoPickerDialog(self._services, self._worker, dossier_id, self._window)
        dialog.photos_changed.connect(self._window.claims360_changed)
        dialog.finished.connect(lambda _result: _delete_when_idle(dialog))
        dialog.resize(900, 640)
        self.photo_picker = dialog
        dialog.open()
        dialog.reload()
        return dialog


def _delete_when_idle(dialog: PhotoPickerDialog) -> None:
    """A closed picker goes once its upload (if any) has finished: that one is never cut off."""
    if dialog.busy:
        dialog.upload_finished.connect(dialog.deleteLater)
    else:
        dialog.deleteLater()


def _km(value: int) -> str:
    return f"{value:,}".replace(",", ".")
