"""The WinFormEx main tab, shown while Claims360 is not active on the database (C360-ACT-2).

It says where the database stands and holds the WinFormEx II import (C360-WFX-1); sending is the
dossier window's i button.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.activation import ActivationState
from planmanager_desktop.views import styling
from planmanager_desktop.views.generated.ui_winformex_page import Ui_WinFormExPage
from planmanager_desktop.views.winformex_import_panel import WinFormExImportPanel


class WinFormExPage(QWidget):
    """Signals: none of its own (the import's are :attr:`import_panel`'s)."""

    def __init__(
        self,
        services: Services,
        worker: DbWorker,
        state: ActivationState | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WinFormExPage()
        self.ui.setupUi(self)
        styling.mark(self.ui.titleLabel, "title")
        styling.mark(self.ui.activationLabel, "note")
        self.import_panel = WinFormExImportPanel(services, worker, self)
        self.ui.importLayout.addWidget(self.import_panel)
        self.show_state(state)

    def show_state(self, state: ActivationState | None) -> None:
        self.ui.activationLabel.setText(state.describe() if state is not None else "")
