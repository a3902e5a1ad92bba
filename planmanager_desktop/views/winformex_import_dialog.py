"""Importeren uit WinFormEx II after the Claims360 activation (C360-ACT-3).

After the activation the WinFormEx tab is gone, but messages that WinFormEx II still delivers
must come in: the Bestand menu opens this dialog with the same import panel. It offers no way to
send anything to WinFormEx II.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.composition import Services
from planmanager_desktop.views import styling
from planmanager_desktop.views.winformex_import_panel import WinFormExImportPanel


class WinFormExImportDialog(QDialog):
    """Signals: none of its own (the import's are :attr:`panel`'s)."""

    def __init__(self, services: Services, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importeren uit WinFormEx II"))
        note = QLabel(
            self.tr(
                "Claims360 is actief: naar WinFormEx II kan niets meer verstuurd worden. Berichten die "
                "nog uit WinFormEx II binnenkomen, importeert u hier; ze volgen dezelfde regels als "
                "opdrachten uit Claims360 (Wachtrij of rechtstreeks een dossier)."
            )
        )
        note.setWordWrap(True)
        styling.mark(note, "note")
        self.panel = WinFormExImportPanel(services, worker, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        styling.apply(self)
        self.resize(760, 420)
