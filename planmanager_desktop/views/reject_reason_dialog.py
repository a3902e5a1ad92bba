"""Asks why an assignment or an estimate version from the Wachtrij is rejected; a reason is
required (C360-SYNC-5).

The reason is kept with the assignment or estimate version (and in the audit log), so a colleague
who wonders where an insurer's assignment or the expert's new estimate went can read why it was
refused.
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

    def __init__(
        self, number: str, parent: QWidget | None = None, *, estimate_version: int | None = None
    ) -> None:
        """``number``: the assignment's number; with ``estimate_version``, the number of the
        dossier whose estimate version is rejected."""
        super().__init__(parent)
        styling.apply(self)
        self._estimate = estimate_version is not None
        layout = QVBoxLayout(self)
        if estimate_version is not None:
            self.setWindowTitle(self.tr("Bestek weigeren"))
            question = self.tr(
                "Waarom weigert u versie {version} van het bestek voor dossier {number}? De reden wordt "
                "bij het bestek bewaard; het dossier houdt zijn huidige bestek."
            ).format(version=estimate_version, number=number)
            example = self.tr("bv. bedragen kloppen niet, hoort bij een ander dossier…")
        else:
            self.setWindowTitle(self.tr("Opdracht weigeren"))
            question = self.tr(
                "Waarom weigert u opdracht {number}? De reden wordt bij de opdracht bewaard."
            ).format(number=number)
            example = self.tr("bv. geen klant van ons, dubbel ontvangen…")
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(example)
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
            self.error.setText(
                self.tr("Geef een reden op waarom u dit bestek weigert.")
                if self._estimate
                else self.tr("Geef een reden op waarom u deze opdracht weigert.")
            )
            self.reason_edit.setFocus()
            return
        super().accept()
