"""The dossier list: a table model that pages through the database instead of loading it.

A shop with 50,000 dossiers must see its list at once and search without waiting: sorting and
filtering happen in SQL (``DossierService.rows``), the model holds only the pages seen so far
(200 rows each, more as the user scrolls: ``canFetchMore``/``fetchMore``), and every query runs on
the database thread (:class:`~planmanager_desktop.app.db_worker.DbWorker`), never on the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.domain.dossiers import DossierQuery, DossierRow, DossierService, SortColumn
from planmanager_desktop.views import labels

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex

#: (sort column in SQL, header text); "Merk en model" is two columns and not sortable.
COLUMNS: tuple[tuple[SortColumn | None, str], ...] = (
    (SortColumn.NUMBER, QT_TRANSLATE_NOOP("DossierListModel", "Dossier")),
    (SortColumn.PLATE, QT_TRANSLATE_NOOP("DossierListModel", "Nummerplaat")),
    (None, QT_TRANSLATE_NOOP("DossierListModel", "Merk en model")),
    (SortColumn.CUSTOMER, QT_TRANSLATE_NOOP("DossierListModel", "Klant")),
    (SortColumn.REPAIRER, QT_TRANSLATE_NOOP("DossierListModel", "Hersteller")),
    (SortColumn.STATUS, QT_TRANSLATE_NOOP("DossierListModel", "Status")),
    (SortColumn.CREATED, QT_TRANSLATE_NOOP("DossierListModel", "Aangemaakt")),
)
DEFAULT_SORT_COLUMN = 6


class DossierListModel(QAbstractTableModel):
    """Dossier rows, fetched page by page on the database thread.

    Signals:
        loading_changed(bool): a count or page query started (True) or finished (False).
        total_changed(int): the number of dossiers matching the current search.
        load_failed(str): a query failed; the Dutch message says what to do.
    """

    loading_changed = Signal(bool)
    total_changed = Signal(int)
    load_failed = Signal(str)

    def __init__(
        self,
        dossiers: DossierService,
        worker: DbWorker,
        *,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._dossiers = dossiers
        self._worker = worker
        self._page_size = page_size
        self._query = DossierQuery()
        self._rows: list[DossierRow] = []
        self._total = 0
        self._generation = 0  # a newer query makes answers to older ones obsolete
        self._loading = False
        self._fetching = False

    # Querying --------------------------------------------------------------------------------
    @property
    def query(self) -> DossierQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def set_search(self, text: str) -> None:
        if text.strip() != self._query.search:
            self._query = replace(self._query, search=text.strip())
            self.reload()

    def reload(self) -> None:
        """Count and first page for the current query, off the GUI thread.

        The rows on screen stay until the answer is there, so typing does not make the list blink.
        """
        self._generation += 1
        generation = self._generation
        query, limit = self._query, self._page_size
        self._set_loading(True)

        def work() -> tuple[int, list[DossierRow]]:
            return self._dossiers.count(query), self._dossiers.rows(query, 0, limit)

        self._worker.submit(
            work,
            lambda result: self._first_page(generation, result),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _first_page(self, generation: int, result: tuple[int, list[DossierRow]]) -> None:
        if generation != self._generation:
            return
        total, rows = result
        self.beginResetModel()
        self._rows = rows
        self._total = max(total, len(rows))
        self._fetching = False
        self.endResetModel()
        self._set_loading(False)
        self.total_changed.emit(self._total)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._set_loading(False)
        self.load_failed.emit(
            QCoreApplication.translate(
                "DossierListModel",
                "De dossierlijst kon niet geladen worden. Controleer de verbinding met de database "
                "en probeer opnieuw.",
            )
            + f"\n({exc})",
        )

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # Paging ----------------------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching or not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, query, offset = self._generation, self._query, len(self._rows)
        self._worker.submit(
            lambda: self._dossiers.rows(query, offset, self._page_size),
            lambda rows: self._next_page(generation, offset, rows),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _next_page(self, generation: int, offset: int, rows: list[DossierRow]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if offset != len(self._rows):
            return  # a page for another position: the view asks again if it still needs one
        if not rows:
            self._total = len(self._rows)  # dossiers were removed meanwhile: stop asking
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # Sorting ---------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        sort_column = COLUMNS[column][0]
        if sort_column is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort_column, descending) != (self._query.sort, self._query.descending):
            self._query = replace(self._query, sort=sort_column, descending=descending)
            self.reload()

    # Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("DossierListModel", COLUMNS[section][1])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(COLUMNS):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == ID_ROLE:
            return row.id
        return None

    @staticmethod
    def _text(row: DossierRow, column: int) -> str:
        match column:
            case 0:
                return row.number
            case 1:
                return row.license_plate or ""
            case 2:
                return row.make_model
            case 3:
                return row.customer_name or ""
            case 4:
                return row.repairer_name
            case 5:
                return labels.status_text(row.status)
            case _:
                return labels.local_datetime(row.created_at)

    def dossier_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None
