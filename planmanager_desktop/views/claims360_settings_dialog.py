""" "Claims360 Instellen": a repairer's Carrosserie Id and two API keys (C360-CFG-1 … 8).

Three faces, one dialog, in the FAQ's words:

* **onvolledig** (configure): the three fields, **Bewaren**. The keys are verified against
  Claims360 first (C360-CFG-7) — on the asyncio loop, so the dialog never freezes, with
  **Annuleren** to stop waiting — and only when Claims360 cannot be reached is **Toch bewaren**
  offered. Saving (keyring + database) runs on the database thread.
* **ingesteld** (locked, C360-CFG-6): read-only, keys never shown, the helpdesk's address.
* **sleutels niet op deze pc** (link, C360-CFG-8): the Carrosserie Id is fixed; entering the same
  two keys links this PC; other keys would be a change, which only the helpdesk can make.

The rules (what is required, what is valid, what locks) are the core's; this file only shows them.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from planmanager_desktop.app import resources
from planmanager_desktop.app.async_tasks import AsyncTasks
from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.claims360.client import Claims360Credentials
from planmanager_desktop.claims360.errors import KeyRefusedError, WrongOrganisationError
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.claims360_config import (
    ConfigInput,
    LinkStatus,
    Verification,
    VerificationResult,
    validate_input,
)
from planmanager_desktop.domain.errors import DomainError, ValidationError
from planmanager_desktop.keystore import ApiKeys, KeyStoreUnavailableError
from planmanager_desktop.views import labels, styling
from planmanager_desktop.views.field_errors import FieldErrors
from planmanager_desktop.views.generated.ui_claims360_settings_dialog import Ui_Claims360SettingsDialog

MASKED = "●●●●●●●●●●●●"


class DialogMode(StrEnum):
    CONFIGURE = "configure"
    LOCKED = "locked"
    LINK = "link"


@dataclass(frozen=True)
class SettingsData:
    """What the dialog shows, read on the database thread (keyring and PBKDF2 are slow)."""

    repairer_id: int
    repairer_name: str
    status: LinkStatus
    carrosserie_id: str  # the saved one, or the pre-fill from the external reference
    organisation_name: str | None = None
    saved_by: str | None = None
    saved_on_host: str | None = None
    saved_at: object = None
    verified: bool | None = None


def load_settings_data(services: Services, repairer_id: int) -> SettingsData:
    """Database thread: everything the dialog needs for one repairer."""
    repairer = services.repairers.get(repairer_id)
    config_service = services.claims360_config
    status = config_service.status(repairer_id)
    config = config_service.config(repairer_id)
    if status is LinkStatus.INCOMPLETE or config is None:
        return SettingsData(
            repairer_id, repairer.name, status, config_service.prefill_carrosserie_id(repairer_id)
        )
    return SettingsData(
        repairer_id,
        repairer.name,
        status,
        config.carrosserie_id,
        organisation_name=config.organisation_name,
        saved_by=config.saved_by,
        saved_on_host=config.saved_on_host,
        saved_at=config.saved_at,
        verified=config.verified,
    )


def mode_for(status: LinkStatus) -> DialogMode:
    return {
        LinkStatus.INCOMPLETE: DialogMode.CONFIGURE,
        LinkStatus.CONFIGURED: DialogMode.LOCKED,
        LinkStatus.KEYS_NOT_ON_THIS_PC: DialogMode.LINK,
    }[status]


class Claims360SettingsDialog(QDialog):
    """Accepted once the configuration is saved (or this PC is linked).

    Signals:
        busy_changed(bool): a verification or a save started (True) or ended (False).
        verified(object): the :class:`Verification` of the last check against Claims360.
        saved(int): the repairer with this id is now configured (or linked) on this PC.
    """

    busy_changed = Signal(bool)
    verified = Signal(object)
    saved = Signal(int)

    def __init__(
        self,
        services: Services,
        worker: DbWorker,
        data: SettingsData,
        *,
        mode: DialogMode | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_Claims360SettingsDialog()
        self.ui.setupUi(self)
        styling.apply(self)
        self.setWindowIcon(resources.icon("claims360"))
        self._services = services
        self._worker = worker
        self.data = data
        self.mode = mode or mode_for(data.status)
        self.tasks = AsyncTasks(self)
        self.tasks.failed.connect(self._task_failed)
        self._verify_task: asyncio.Task[Verification] | None = None
        self._busy = False
        #: The last verification, kept for "Toch bewaren" (only ever an UNREACHABLE one).
        self.verification: Verification | None = None
        ui = self.ui
        styling.mark(ui.repairerNameLabel, "title")
        styling.mark(ui.hintLabel, "note")
        styling.mark(ui.helpdeskLabel, "warning")
        styling.mark(ui.busyLabel, "note")
        self.errors = FieldErrors(
            {
                "carrosserie_id": (ui.carrosserieIdEdit, ui.carrosserieIdError),
                "bodyshop_key": (ui.bodyshopKeyEdit, ui.bodyshopKeyError),
                "planmanager_key": (ui.planmanagerKeyEdit, ui.planmanagerKeyError),
            },
            ui.resultLabel,
        )
        ui.repairerNameLabel.setText(data.repairer_name)
        ui.carrosserieIdEdit.setText(data.carrosserie_id)
        for edit, show, paste in (
            (ui.bodyshopKeyEdit, ui.showBodyshopKeyButton, ui.pasteBodyshopKeyButton),
            (ui.planmanagerKeyEdit, ui.showPlanmanagerKeyButton, ui.pastePlanmanagerKeyButton),
        ):
            show.toggled.connect(lambda on, e=edit: self._show_key(e, on))
            paste.clicked.connect(lambda _=False, e=edit: self._paste(e))
        ui.saveButton.clicked.connect(self.save)
        ui.saveAnywayButton.clicked.connect(self.save_anyway)
        ui.cancelButton.clicked.connect(self.cancel)
        self._set_busy(False)
        ui.saveAnywayButton.hide()
        self._show_mode()
        self.setMinimumWidth(680)
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as the wrapped texts need at this width (adjustSize guesses too tall)."""
        layout = self.layout()
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        self.resize(width, layout.totalHeightForWidth(width))

    # Modes -----------------------------------------------------------------------------------
    def _show_mode(self) -> None:
        ui, data = self.ui, self.data
        configure = self.mode is DialogMode.CONFIGURE
        locked = self.mode is DialogMode.LOCKED
        ui.carrosserieIdEdit.setReadOnly(not configure)
        for widget in (ui.organisationLabel, ui.organisationValue, ui.savedLabel, ui.savedValue,
                       ui.verifiedLabel, ui.verifiedValue):  # fmt: skip
            widget.setVisible(not configure)
        ui.helpdeskLabel.setVisible(not configure)
        ui.hintLabel.setVisible(not locked)
        if not configure:
            ui.organisationValue.setText(data.organisation_name or self.tr("(niet gekend)"))
            ui.savedValue.setText(self._saved_text())
            ui.verifiedValue.setText(
                self.tr("Ja, de sleutels werden bij het bewaren door Claims360 aanvaard.")
                if data.verified
                else self.tr("Nee: Claims360 was niet bereikbaar bij het bewaren.")
            )
        if configure:
            ui.messageLabel.setText(
                self.tr(
                    "De configuratie is onvolledig voor de geselecteerde hersteller. "
                    "Vul de volgende velden in:"
                )
            )
        elif locked:
            ui.messageLabel.setText(
                self.tr(
                    "De Claims360-koppeling van deze hersteller is ingesteld en vergrendeld. "
                    "De API sleutels staan in de sleutelkluis van deze pc en worden niet getoond."
                )
            )
            for edit in (ui.bodyshopKeyEdit, ui.planmanagerKeyEdit):
                edit.clear()
                edit.setReadOnly(True)
                edit.setEchoMode(QLineEdit.EchoMode.Normal)
                edit.setPlaceholderText(MASKED)
            for button in (ui.showBodyshopKeyButton, ui.pasteBodyshopKeyButton,
                           ui.showPlanmanagerKeyButton, ui.pastePlanmanagerKeyButton):  # fmt: skip
                button.hide()
            # Without their buttons the key fields take the full width, like the Carrosserie Id.
            for edit, row in ((ui.bodyshopKeyEdit, 2), (ui.planmanagerKeyEdit, 4)):
                ui.formLayout.removeWidget(edit)
                ui.formLayout.addWidget(edit, row, 1, 1, 3)
            ui.saveButton.hide()
            ui.cancelButton.setText(self.tr("Sluiten"))
            ui.cancelButton.setDefault(True)
        else:
            ui.messageLabel.setText(
                self.tr(
                    "Deze hersteller is al ingesteld, maar de API sleutels staan niet op deze pc: "
                    "deze pc kan hem daarom niet synchroniseren. Geef dezelfde twee sleutels "
                    "opnieuw in om deze pc te koppelen. Dat is geen wijziging van de configuratie."
                )
            )
            ui.saveButton.setText(self.tr("Deze pc koppelen"))

    def _saved_text(self) -> str:
        data = self.data
        when = labels.local_datetime(data.saved_at) if data.saved_at is not None else ""  # type: ignore[arg-type]
        return self.tr("door {user} op {host}, {when}").format(
            user=data.saved_by or "?", host=data.saved_on_host or "?", when=when
        )

    # Key fields ------------------------------------------------------------------------------
    @staticmethod
    def _show_key(edit: QLineEdit, show: bool) -> None:
        edit.setEchoMode(QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password)

    @staticmethod
    def _paste(edit: QLineEdit) -> None:
        edit.setText(QGuiApplication.clipboard().text().strip())
        edit.setFocus()

    def input(self) -> ConfigInput:
        ui = self.ui
        return ConfigInput(
            ui.carrosserieIdEdit.text(), ui.bodyshopKeyEdit.text(), ui.planmanagerKeyEdit.text()
        )

    # Busy state ------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool, text: str | None = None) -> None:
        ui = self.ui
        self._busy = busy
        ui.busyBar.setVisible(busy)
        ui.busyLabel.setVisible(busy)
        if text:
            ui.busyLabel.setText(text)
        ui.saveButton.setEnabled(not busy)
        ui.saveAnywayButton.setEnabled(not busy)
        editable = not busy and self.mode is not DialogMode.LOCKED
        ui.carrosserieIdEdit.setReadOnly(busy or self.mode is not DialogMode.CONFIGURE)
        for edit in (ui.bodyshopKeyEdit, ui.planmanagerKeyEdit):
            edit.setReadOnly(not editable)
        self.busy_changed.emit(busy)

    # Bewaren ---------------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        """Validate, then verify against Claims360 (configure) or check the fingerprints (link)."""
        if self._busy or self.mode is DialogMode.LOCKED:
            return
        self.errors.clear()
        self.ui.saveAnywayButton.hide()
        self.verification = None
        styling.mark(self.ui.resultLabel, "error")
        data = self.input()
        if self.mode is DialogMode.LINK:
            data = ConfigInput(self.data.carrosserie_id, data.bodyshop_key, data.planmanager_key)
        try:
            cid, keys = validate_input(data)
        except ValidationError as exc:
            self._show_validation(exc, data)
            return
        if self.mode is DialogMode.LINK:
            self._link(keys)
            return
        self.ui.carrosserieIdEdit.setText(cid)  # the normalised number, shown back
        self._set_busy(True, self.tr("De gegevens worden gecontroleerd bij Claims360…"))
        self._verify_task = self.tasks.spawn(self._verify(cid, keys), "claims360-sleutels-controleren")
        self._verify_task.add_done_callback(self._verify_done)

    def _show_validation(self, exc: ValidationError, data: ConfigInput) -> None:
        field = exc.field
        if field == "missing":
            # The message names every missing field; it stands by the first one.
            for name, value in (
                ("carrosserie_id", data.carrosserie_id),
                ("bodyshop_key", data.bodyshop_key),
                ("planmanager_key", data.planmanager_key),
            ):
                if not value.strip():
                    field = name
                    break
        elif field == "keys":
            field = None
        self.errors.show(str(exc), field)

    async def _verify(self, cid: str, keys: ApiKeys) -> Verification:
        http = await self._services.sync.http()
        credentials = Claims360Credentials(cid, keys.bodyshop, keys.planmanager)
        return await self._services.claims360_config.verify(credentials, lambda c: http.client(c).verify())

    def _verify_done(self, task: asyncio.Task[Verification]) -> None:
        if self._verify_task is task:
            self._verify_task = None
        if task.cancelled():
            self._set_busy(False)
            self.errors.show(self.tr("Controle afgebroken. Er werd niets bewaard."))
            return
        if task.exception() is not None:
            self._set_busy(False)  # the message comes through tasks.failed
            return
        verification = task.result()
        self.verification = verification
        self.verified.emit(verification)
        if verification.result is VerificationResult.OK:
            self._save(verification, save_anyway=False)
            return
        self._set_busy(False)
        if verification.result is VerificationResult.UNREACHABLE:
            styling.mark(self.ui.resultLabel, "warning")
            self.errors.show(
                verification.message
                + "\n"
                + self.tr(
                    "De sleutels konden dus niet gecontroleerd worden. Probeer later opnieuw, of "
                    "kies Toch bewaren: na het bewaren kunt u ze niet meer zelf aanpassen."
                )
            )
            self.ui.saveAnywayButton.show()
            return
        self.errors.show(verification.message, _field_of(verification))

    @Slot()
    def save_anyway(self) -> None:
        """Only after Claims360 could not be reached: save unverified, with that warning."""
        verification = self.verification
        if self._busy or verification is None or verification.result is not VerificationResult.UNREACHABLE:
            return
        self._save(verification, save_anyway=True)

    def _save(self, verification: Verification, *, save_anyway: bool) -> None:
        data, repairer_id = self.input(), self.data.repairer_id
        config = self._services.claims360_config
        self._set_busy(True, self.tr("Bewaren…"))
        self._worker.submit(
            lambda: config.save(repairer_id, data, verification, save_anyway=save_anyway),
            lambda _config: self._saved(),
            self._save_failed,
            owner=self,
        )

    def _link(self, keys: ApiKeys) -> None:
        config, repairer_id = self._services.claims360_config, self.data.repairer_id
        self._set_busy(True, self.tr("De sleutels worden vergeleken met de bewaarde configuratie…"))
        self._worker.submit(
            lambda: config.link(repairer_id, keys), lambda _none: self._saved(), self._save_failed, owner=self
        )

    def _saved(self) -> None:
        self._set_busy(False)
        self.saved.emit(self.data.repairer_id)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        styling.mark(self.ui.resultLabel, "error")
        self.ui.saveAnywayButton.hide()
        if isinstance(exc, ValidationError):
            field = exc.field if exc.field in ("carrosserie_id",) else None
            self.errors.show(str(exc), field)
        elif isinstance(exc, KeyStoreUnavailableError | DomainError):
            self.errors.show(str(exc))
        else:
            self.errors.show(
                self.tr(
                    "Bewaren is mislukt ({error}). Controleer de verbinding met de database en "
                    "probeer opnieuw."
                ).format(error=type(exc).__name__)
            )

    @Slot(str, object)
    def _task_failed(self, _name: str, exc: object) -> None:
        self.errors.show(
            self.tr(
                "De controle bij Claims360 liep onverwacht mis ({error}). Probeer opnieuw; blijft het "
                "misgaan, neem dan contact op met de helpdesk."
            ).format(error=type(exc).__name__)
        )

    # Annuleren -------------------------------------------------------------------------------
    @Slot()
    def cancel(self) -> None:
        """During the check: stop waiting for Claims360 (nothing is saved). Otherwise: close."""
        if self._verify_task is not None and not self._verify_task.done():
            self._verify_task.cancel()
            return
        if self._busy:
            return  # a save on the database thread cannot be stopped half-way; it ends soon
        self.reject()

    def reject(self) -> None:
        if self._verify_task is not None:
            self._verify_task.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._verify_task is not None:
            self._verify_task.cancel()
        super().closeEvent(event)


def _field_of(verification: Verification) -> str | None:
    error = verification.error
    if isinstance(error, WrongOrganisationError):
        return "carrosserie_id"
    if isinstance(error, KeyRefusedError) and error.key == "bodyshop":
        return "bodyshop_key"
    if isinstance(error, KeyRefusedError) and error.key == "planmanager":
        return "planmanager_key"
    return None
