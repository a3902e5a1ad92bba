"""The dossier's link tab: WinFormEx before activation, Claims360 after it (C360-ACT-2).

Only one of the two is ever in the dossier window; :class:`DossierWindow` swaps them when the
activation changes while the window is open.

The Claims360 tab's note says what the i button does *now* (C360-DOS-1, C360-DOS-2): export a
dossier that was never sent, finish an export that got no answer, or — once exported — send data
and photos again and take over the estimate. A note that keeps saying "exporteert u dit dossier"
after the export would send the user looking for a second export.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planmanager_desktop.domain.claims360_export import DossierLinkState
from planmanager_desktop.persistence.models import Dossier
from planmanager_desktop.views import labels, styling
from planmanager_desktop.views.generated.ui_dossier_claims360_tab import Ui_DossierClaims360Tab
from planmanager_desktop.views.generated.ui_dossier_winformex_tab import Ui_DossierWinFormExTab


class DossierClaims360Tab(QWidget):
    """Claims360 case number, last export, estimate version, photos sent and received."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DossierClaims360Tab()
        self.ui.setupUi(self)
        styling.mark(self.ui.noteLabel, "note")
        self._dossier: Dossier | None = None
        #: What the i button last read from the core (None until read).
        self.state: DossierLinkState | None = None
        self.show_dossier(None)

    def show_state(self, state: DossierLinkState | None) -> None:
        """The dossier's link state as the i button shows it (read on the database thread)."""
        self.state = state
        self._show_case_and_note()

    def show_dossier(
        self,
        dossier: Dossier | None,
        *,
        estimate_version: int | None = None,
        photos_sent: int = 0,
        photos_received: int = 0,
    ) -> None:
        none = self.tr("—")
        ui = self.ui
        self._dossier = dossier
        self._show_case_and_note()
        last = dossier.c360_last_export_at if dossier is not None else None
        ui.lastExportValue.setText(labels.local_datetime(last) or none)
        ui.estimateVersionValue.setText(str(estimate_version) if estimate_version is not None else none)
        ui.photosSentValue.setText(str(photos_sent))
        ui.photosReceivedValue.setText(str(photos_received))

    def _show_case_and_note(self) -> None:
        ui, dossier, state = self.ui, self._dossier, self.state
        if state is not None and dossier is not None and state.dossier_id != dossier.id:
            state = None  # read for another dossier (a new one just saved)
        case_number = (state.case_number if state is not None else None) or (
            dossier.c360_case_number if dossier is not None else None
        )
        pending = state is not None and state.export_pending and not case_number
        if case_number:
            ui.caseNumberValue.setText(case_number)
            if state is not None and state.estimate_linked:
                note = self.tr(
                    "Dit dossier is geëxporteerd naar Claims360 en er is een bestek aan gekoppeld. Met de "
                    "i-knop bovenaan verstuurt u de nummerplaat, de km-stand en foto's opnieuw, of neemt "
                    "u met “Dossier synchroniseren met Claims360” de huidige versie van het bestek over."
                )
            else:
                note = self.tr(
                    "Dit dossier is geëxporteerd naar Claims360. Met de i-knop bovenaan verstuurt u de "
                    "nummerplaat, de km-stand en foto's opnieuw. Zodra de expert een bestek opmaakt, "
                    "kunt u het ook daar overnemen."
                )
            role = "note"
        elif pending:
            ui.caseNumberValue.setText(self.tr("Export wacht op antwoord van Claims360"))
            note = self.tr(
                "De export naar Claims360 kreeg geen antwoord en staat nog klaar. Klik opnieuw op de "
                "i-knop bovenaan om ze af te werken; er wordt nooit een tweede Claims360-dossier "
                "aangemaakt."
            )
            role = "warning"
        else:
            ui.caseNumberValue.setText(self.tr("Nog niet geëxporteerd"))
            note = self.tr(
                "Met de i-knop bovenaan exporteert u dit dossier naar Claims360 (enkel nummerplaat en "
                "km-stand)."
            )
            role = "note"
        ui.noteLabel.setText(note)
        styling.mark(ui.noteLabel, role)


class DossierWinFormExTab(QWidget):
    """When the dossier was sent to WinFormEx II (before Claims360)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DossierWinFormExTab()
        self.ui.setupUi(self)
        styling.mark(self.ui.noteLabel, "note")
        self.show_dossier(None)

    def show_dossier(self, dossier: Dossier | None) -> None:
        sent = dossier.winformex_sent_at if dossier is not None else None
        self.ui.sentValue.setText(labels.local_datetime(sent) or self.tr("Nog niet verstuurd"))
