"""The WinFormEx main tab, shown while Claims360 is not active on the database (C360-ACT-2)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planmanager_desktop.domain.activation import ActivationState
from planmanager_desktop.views import styling
from planmanager_desktop.views.generated.ui_winformex_page import Ui_WinFormExPage


class WinFormExPage(QWidget):
    """Signals: none of its own."""

    def __init__(self, state: ActivationState | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WinFormExPage()
        self.ui.setupUi(self)
        styling.mark(self.ui.titleLabel, "title")
        styling.mark(self.ui.activationLabel, "note")
        self.show_state(state)

    def show_state(self, state: ActivationState | None) -> None:
        self.ui.activationLabel.setText(state.describe() if state is not None else "")
