"""Asks why an assignment from the Wachtrij is rejected; a reason is required (C360-SYNC-5).

The reason is kept with the assignment (and in the audit log), so a colleague who wonders where an
insurer's assignment went can read why it was refused.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planmanager_desktop.views import styling


class RejectReasonDialog(QDialog):
    """Accepted only with a non-empty reason (:meth:`reason`).

    Signals: only QDialog's own.
    """

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        styling.apply(self)
        self.setWindowTitle(self.tr("Opdracht weigeren"))
        layout = QVBoxLayout(self)
        self.question = QLabel(
            self.tr("Waarom weigert u opdracht {number}? De reden wordt bij de opdracht bewaard.").format(
                number=number
            )
        )
        self.question.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(self.tr("bv. geen klant van ons, dubbel ontvangen…"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        styling.mark(self.error, "error")
        self.buttons = QDialogButtonBox()
        self.reject_button = self.buttons.addButton(
            self.tr("Weigeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.question, self.reason_edit, self.error, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    @Slot()
    def accept(self) -> None:
        if not self.reason():
            self.error.setText(self.tr("Geef een reden op waarom u deze opdracht weigert."))
            self.reason_edit.setFocus()
            return
        super().accept()
