"""The Herstellers tab: the repairers with their Informex mailbox, add and edit through a dialog."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from planmanager_desktop.app import resources
from planmanager_desktop.domain.repairers import RepairerService
from planmanager_desktop.views import styling
from planmanager_desktop.views.generated.ui_repairers_page import Ui_RepairersPage
from planmanager_desktop.views.repairer_dialog import RepairerDialog
from planmanager_desktop.views.repairer_table_model import RepairerTableModel


class RepairersPage(QWidget):
    """Signals:
    repairers_changed(): a repairer was added or changed (combo boxes elsewhere reload).
    """

    repairers_changed = Signal()

    def __init__(self, repairers: RepairerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RepairersPage()
        self.ui.setupUi(self)
        self._repairers = repairers
        self.model = RepairerTableModel(self)
        table = self.ui.repairerTable
        table.setModel(self.model)
        styling.setup_table(table, (260, 280, 150))
        self.ui.addButton.setIcon(resources.icon("add"))
        self.ui.editButton.setIcon(resources.icon("edit"))
        self.ui.addButton.clicked.connect(self.add_repairer)
        self.ui.editButton.clicked.connect(self.edit_selected)
        table.activated.connect(self._edit_index)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        self.model.set_repairers(self._repairers.list())

    def dialog(self, repairer_id: int | None = None) -> RepairerDialog:
        """The dialog for a new (None) or an existing repairer; tests drive it directly."""
        repairer = self._repairers.get(repairer_id) if repairer_id is not None else None
        return RepairerDialog(self._repairers, repairer, self)

    @Slot()
    def add_repairer(self) -> None:
        self._run(self.dialog())

    @Slot()
    def edit_selected(self) -> None:
        rows = self.ui.repairerTable.selectionModel().selectedRows()
        if rows:
            self._edit_index(rows[0])

    @Slot(QModelIndex)
    def _edit_index(self, index: QModelIndex) -> None:
        repairer = self.model.repairer(index.row())
        if repairer is not None:
            self._run(self.dialog(repairer.id))

    def _run(self, dialog: RepairerDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload()
            row = self.model.row_of(dialog.saved.id)
            if row >= 0:
                self.ui.repairerTable.selectRow(row)
            self.repairers_changed.emit()
        dialog.deleteLater()

    @Slot()
    def _selection_changed(self) -> None:
        self.ui.editButton.setEnabled(self.ui.repairerTable.selectionModel().hasSelection())
