"""The dossier's link tab: WinFormEx before activation, Claims360 after it (C360-ACT-2).

Only one of the two is ever in the dossier window; :class:`DossierWindow` swaps them when the
activation changes while the window is open.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

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
        self.show_dossier(None)

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
        exported = dossier is not None and dossier.c360_case_number
        ui.caseNumberValue.setText(
            dossier.c360_case_number if exported and dossier else self.tr("Nog niet geëxporteerd")
        )
        last = dossier.c360_last_export_at if dossier is not None else None
        ui.lastExportValue.setText(labels.local_datetime(last) or none)
        ui.estimateVersionValue.setText(str(estimate_version) if estimate_version is not None else none)
        ui.photosSentValue.setText(str(photos_sent))
        ui.photosReceivedValue.setText(str(photos_received))


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
