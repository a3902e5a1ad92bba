"""The Dossiers tab: search field, the paged dossier table, "Nieuw dossier" and "Openen"."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from planmanager_desktop.app import resources
from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.domain.dossiers import DossierService
from planmanager_desktop.views import labels, styling
from planmanager_desktop.views.dossier_list_model import DEFAULT_SORT_COLUMN, DossierListModel
from planmanager_desktop.views.generated.ui_dossier_list_page import Ui_DossierListPage

#: Wait this long after the last key press before searching: one query per word, not per letter.
SEARCH_DELAY_MS = 250
#: Start widths (pixels) of the columns; the last column stretches.
COLUMN_WIDTHS = (130, 110, 170, 200, 190, 110)


class DossierListPage(QWidget):
    """Signals:
    open_requested(int): the user wants to open the dossier with this id.
    new_requested(): the user wants a new dossier.
    """

    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, dossiers: DossierService, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DossierListPage()
        self.ui.setupUi(self)
        self.model = DossierListModel(dossiers, worker, parent=self)
        table = self.ui.dossierTable
        table.setModel(self.model)
        styling.setup_table(table, COLUMN_WIDTHS)
        table.horizontalHeader().setSortIndicator(DEFAULT_SORT_COLUMN, Qt.SortOrder.DescendingOrder)
        self.ui.searchEdit.addAction(
            resources.icon("search"), self.ui.searchEdit.ActionPosition.LeadingPosition
        )
        self.ui.newButton.setIcon(resources.icon("add"))
        self.ui.openButton.setIcon(resources.icon("open"))
        styling.mark(self.ui.countLabel, "note")

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._search)
        self.ui.searchEdit.textChanged.connect(self.search_timer.start)
        self.ui.searchEdit.returnPressed.connect(self._search)
        self.ui.newButton.clicked.connect(self.new_requested)
        self.ui.openButton.clicked.connect(self._open_selected)
        table.activated.connect(self._open_index)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.loading_changed.connect(self._show_count)
        self.model.total_changed.connect(self._show_count)
        self.model.load_failed.connect(self._show_error)
        self.model.modelReset.connect(self._selection_changed)

    def reload(self) -> None:
        self.model.reload()

    @Slot()
    def _search(self) -> None:
        self.search_timer.stop()
        self.model.set_search(self.ui.searchEdit.text())

    @Slot()
    def _show_count(self) -> None:
        if self.model.loading:
            self.ui.countLabel.setText(self.tr("Laden…"))
        elif self.model.query.search:
            self.ui.countLabel.setText(
                self.tr("{count} gevonden").format(count=labels.locale().toString(self.model.total))
            )
        else:
            self.ui.countLabel.setText(
                self.tr("Aantal dossiers: {count}").format(count=labels.locale().toString(self.model.total))
            )

    @Slot(str)
    def _show_error(self, message: str) -> None:
        self.ui.countLabel.setText(self.tr("Niet geladen"))
        QMessageBox.warning(self, self.tr("Dossiers"), message)

    @Slot()
    def _selection_changed(self, *_: QItemSelection) -> None:
        self.ui.openButton.setEnabled(self.ui.dossierTable.selectionModel().hasSelection())

    @Slot()
    def _open_selected(self) -> None:
        rows = self.ui.dossierTable.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        dossier_id = self.model.dossier_id(index.row())
        if dossier_id is not None:
            self.open_requested.emit(dossier_id)
