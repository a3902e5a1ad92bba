"""The table of the Claims360 page: imported assignments, paged from the database (C360-SYNC-4).

Same shape as the dossier list: the database sorts and filters (``AssignmentListService``), the
model holds only the pages seen so far (``canFetchMore``/``fetchMore``) and every query runs on
the database thread. The last column, "In PlanManager", is the FAQ's planned info column
(C360-SYNC-8): the dossier the assignment is synced into, opened with a double click.
"""

from __future__ import annotations

import datetime as dt
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
from PySide6.QtGui import QBrush, QColor, QFont

from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.domain.assignment_list import (
    AssignmentListService,
    AssignmentQuery,
    AssignmentRow,
    AssignmentSort,
)
from planmanager_desktop.persistence.models import AssignmentStatus, QueueState
from planmanager_desktop.views import labels

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DOSSIER_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "Claims360AssignmentModel"

COLUMNS: tuple[tuple[AssignmentSort, str], ...] = (
    (AssignmentSort.NUMBER, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Nummer")),
    (AssignmentSort.COMPLETE, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Compleet")),
    (AssignmentSort.WORK, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Werk")),
    (AssignmentSort.MODEL, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Model")),
    (AssignmentSort.PLATE, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Nummerplaat")),
    (AssignmentSort.CUSTOMER, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Klant")),
    (AssignmentSort.REPAIRER, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Hersteller")),
    (AssignmentSort.IMPORTED, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Datum Import")),
    (AssignmentSort.SMART_EXPERTISE, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Smart Expertise")),
    (AssignmentSort.DOSSIER, QT_TRANSLATE_NOOP("Claims360AssignmentModel", "In PlanManager")),
)
DOSSIER_COLUMN = len(COLUMNS) - 1
DEFAULT_SORT_COLUMN = 7
_QUEUED = QT_TRANSLATE_NOOP("Claims360AssignmentModel", "In de wachtrij")
_REJECTED = QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Geweigerd")
_CANCELLED = QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Geannuleerd in Claims360")
_OPEN_TIP = QT_TRANSLATE_NOOP("Claims360AssignmentModel", "Dubbelklik om dossier {number} te openen")
_LINK = QColor("#174a86")
#: A cancelled assignment stays in the list (nothing is deleted), greyed out.
_CANCELLED_COLOUR = QColor("#8a8f98")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def import_datetime(value: dt.datetime | None) -> str:
    """ "Datum Import" as the FAQ shows it: 02-04-2021 16:24, in the PC's time zone."""
    if value is None:
        return ""
    return value.astimezone().strftime("%d-%m-%Y %H:%M")


class Claims360AssignmentModel(QAbstractTableModel):
    """Assignment rows, fetched page by page on the database thread.

    Signals:
        loading_changed(bool): a count or page query started (True) or finished (False).
        total_changed(int): the number of assignments matching the filters.
        load_failed(str): a query failed; the Dutch message says what to do.
    """

    loading_changed = Signal(bool)
    total_changed = Signal(int)
    load_failed = Signal(str)

    def __init__(
        self,
        worker: DbWorker,
        service: AssignmentListService | None = None,
        *,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._service = service or AssignmentListService()
        self._worker = worker
        self._page_size = page_size
        self._query = AssignmentQuery()
        self._rows: list[AssignmentRow] = []
        self._total = 0
        self._generation = 0
        self._loading = False
        self._fetching = False

    # Querying --------------------------------------------------------------------------------
    @property
    def query(self) -> AssignmentQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def set_query(self, query: AssignmentQuery) -> None:
        """New filters (the sort stays as the user chose it)."""
        query = replace(query, sort=self._query.sort, descending=self._query.descending)
        if query != self._query:
            self._query = query
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, query, limit = self._generation, self._query, self._page_size
        self._set_loading(True)
        service = self._service

        def work() -> tuple[int, list[AssignmentRow]]:
            return service.count(query), service.rows(query, 0, limit)

        self._worker.submit(
            work,
            lambda result: self._first_page(generation, result),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _first_page(self, generation: int, result: tuple[int, list[AssignmentRow]]) -> None:
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
                _CONTEXT,
                "De lijst met opdrachten kon niet geladen worden. Controleer de verbinding met de "
                "database en probeer opnieuw.",
            )
            + f"\n({type(exc).__name__})"
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
        generation, query, offset, service = self._generation, self._query, len(self._rows), self._service
        self._worker.submit(
            lambda: service.rows(query, offset, self._page_size),
            lambda rows: self._next_page(generation, offset, rows),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _next_page(self, generation: int, offset: int, rows: list[AssignmentRow]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if offset != len(self._rows):
            return
        if not rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # Sorting ---------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        sort = COLUMNS[column][0]
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) != (self._query.sort, self._query.descending):
            self._query = replace(self._query, sort=sort, descending=descending)
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
            return _tr(COLUMNS[section][1])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(COLUMNS):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == DOSSIER_ROLE:
            return row.dossier_id
        cancelled = row.status == AssignmentStatus.CANCELLED.value
        if cancelled and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_CANCELLED_COLOUR)
        if cancelled and role == Qt.ItemDataRole.ToolTipRole and column != DOSSIER_COLUMN:
            return _tr(_CANCELLED)
        if column == DOSSIER_COLUMN and row.dossier_id is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_LINK)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr(_OPEN_TIP).format(number=row.dossier_number)
        return None

    @staticmethod
    def _text(row: AssignmentRow, column: int) -> str:
        match column:
            case 0:
                return row.number
            case 1:
                return labels.yes_no(bool(row.complete))
            case 2:
                return row.work or ""
            case 3:
                return row.make_model
            case 4:
                return row.license_plate or ""
            case 5:
                return row.customer_name or ""
            case 6:
                return row.repairer_name
            case 7:
                return import_datetime(row.imported_at)
            case 8:
                return labels.yes_no(row.smart_expertise) if row.smart_expertise else ""
            case _:
                if row.dossier_number:
                    return row.dossier_number
                if row.queue_state == QueueState.QUEUED.value:
                    return _tr(_QUEUED)
                if row.queue_state == QueueState.REJECTED.value:
                    return _tr(_REJECTED)
                return ""

    def row(self, row: int) -> AssignmentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def dossier_id(self, row: int) -> int | None:
        found = self.row(row)
        return found.dossier_id if found else None
