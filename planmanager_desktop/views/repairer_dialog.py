"""Add or edit a repairer ("hersteller"); the service's validation messages appear by the field."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from planmanager_desktop.app import resources
from planmanager_desktop.domain.errors import DomainError, ValidationError
from planmanager_desktop.domain.repairers import RepairerInput, RepairerService
from planmanager_desktop.persistence.models import Repairer
from planmanager_desktop.views import styling
from planmanager_desktop.views.field_errors import FieldErrors
from planmanager_desktop.views.generated.ui_repairer_dialog import Ui_RepairerDialog


class RepairerDialog(QDialog):
    """Accepted only after the service stored the repairer; :attr:`saved` is the stored row.

    Signals: only QDialog's own (``accepted`` after a successful save).
    """

    def __init__(
        self, repairers: RepairerService, repairer: Repairer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RepairerDialog()
        self.ui.setupUi(self)
        styling.apply(self)
        styling.mark(self.ui.hintLabel, "note")
        self.setWindowIcon(resources.icon("repairer"))
        self._repairers = repairers
        self._repairer_id = repairer.id if repairer is not None else None
        self.saved: Repairer | None = None
        ui = self.ui
        self.errors = FieldErrors(
            {
                "name": (ui.nameEdit, ui.nameError),
                "external_reference": (ui.externalReferenceEdit, ui.externalReferenceError),
                "vat_number": (ui.vatNumberEdit, ui.vatNumberError),
                "address": (ui.addressEdit, ui.addressError),
            },
            ui.formError,
        )
        if repairer is None:
            self.setWindowTitle(self.tr("Nieuwe hersteller"))
        else:
            self.setWindowTitle(self.tr("Hersteller bewerken"))
            ui.nameEdit.setText(repairer.name)
            ui.externalReferenceEdit.setText(repairer.external_reference or "")
            ui.vatNumberEdit.setText(repairer.vat_number or "")
            ui.addressEdit.setText(repairer.address or "")
        ui.nameEdit.setMaxLength(200)
        ui.externalReferenceEdit.setMaxLength(64)
        ui.vatNumberEdit.setMaxLength(32)
        ui.addressEdit.setMaxLength(300)
        ui.saveButton.clicked.connect(self.save)
        self.setMinimumWidth(620)
        self.adjustSize()

    def input(self) -> RepairerInput:
        ui = self.ui
        return RepairerInput(
            name=ui.nameEdit.text(),
            external_reference=ui.externalReferenceEdit.text(),
            vat_number=ui.vatNumberEdit.text(),
            address=ui.addressEdit.text(),
        )

    @Slot()
    def save(self) -> None:
        self.errors.clear()
        try:
            if self._repairer_id is None:
                self.saved = self._repairers.add(self.input())
            else:
                self.saved = self._repairers.update(self._repairer_id, self.input())
        except ValidationError as exc:
            self.errors.show(str(exc), exc.field)
            return
        except DomainError as exc:
            self.errors.show(str(exc))
            return
        self.accept()
