"""The Dossiers tab: search field, the paged dossier table, "Nieuw dossier" and "Openen"."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from planmanager_desktop.app import resources
from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.domain.dossiers import DossierService
from planmanager_desktop.views import labels, styling
from planmanager_desktop.views.dossier_list_model import DEFAULT_SORT_COLUMN, DossierListModel
from planmanager_desktop.views.generated.ui_dossier_list_page import Ui_DossierListPage
from planmanager_desktop.views.paged_table import PagedTable, debounce

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
        self.paged_table = PagedTable(
            table,
            self.model,
            self.ui.countLabel,
            self._count_text,
            self.tr("Dossiers"),
            self.model.dossier_id,
            self,
        )
        styling.setup_table(table, COLUMN_WIDTHS)
        table.horizontalHeader().setSortIndicator(DEFAULT_SORT_COLUMN, Qt.SortOrder.DescendingOrder)
        self.ui.searchEdit.addAction(
            resources.icon("search"), self.ui.searchEdit.ActionPosition.LeadingPosition
        )
        self.ui.newButton.setIcon(resources.icon("add"))
        self.ui.openButton.setIcon(resources.icon("open"))
        styling.mark(self.ui.countLabel, "note")

        self.search_timer = debounce(self, SEARCH_DELAY_MS, self._search, [self.ui.searchEdit])
        self.paged_table.open_requested.connect(self.open_requested)
        self.ui.newButton.clicked.connect(self.new_requested)
        self.ui.openButton.clicked.connect(self.paged_table.open_selected)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

    def reload(self) -> None:
        self.model.reload()

    @Slot()
    def _search(self) -> None:
        self.search_timer.stop()
        self.model.set_search(self.ui.searchEdit.text())

    def _count_text(self, total: int) -> str:
        count = labels.locale().toString(total)
        if self.model.query.search:
            return self.tr("{count} gevonden").format(count=count)
        return self.tr("Aantal dossiers: {count}").format(count=count)

    @Slot()
    def _selection_changed(self, *_: QItemSelection) -> None:
        self.ui.openButton.setEnabled(self.ui.dossierTable.selectionModel().hasSelection())
