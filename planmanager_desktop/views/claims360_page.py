"""The Claims360 main tab, shown once Claims360 is active (C360-ACT-2).

For now the repairer combo box and a disabled "Vernieuwen"; the configuration dialog, the
assignment table and the info panel come with the Claims360 issues (C360-CFG, C360-SYNC).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planmanager_desktop.app import resources
from planmanager_desktop.domain.repairers import RepairerService
from planmanager_desktop.views import styling
from planmanager_desktop.views.generated.ui_claims360_page import Ui_Claims360Page


class Claims360Page(QWidget):
    """Signals: none of its own yet."""

    def __init__(self, repairers: RepairerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Claims360Page()
        self.ui.setupUi(self)
        self._repairers = repairers
        self.ui.refreshButton.setIcon(resources.icon("refresh"))
        self.ui.refreshButton.setToolTip(self.tr("Nog niet beschikbaar in deze versie."))
        styling.mark(self.ui.explanationLabel, "note")
        self.reload_repairers()

    def reload_repairers(self) -> None:
        combo = self.ui.repairerCombo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("— Kies een hersteller —"), None)
        for repairer in self._repairers.list():
            combo.addItem(repairer.name, repairer.id)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
