"""A table model that pages through a query the database sorts and filters.

A shop with 50,000 dossiers or thousands of assignments must see its list at once and search
without waiting, so a list never loads its table: the source counts the matching rows and hands
out one page (``rows(query, offset, limit)``), the model holds only the pages seen so far (more as
the user scrolls: ``canFetchMore``/``fetchMore``), a click on a header sorts in SQL, and every
query runs on the database thread (:class:`~planmanager_desktop.app.db_worker.DbWorker`), never
on the GUI thread. The dossier list and the Claims360 page's table are both this model.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal

from planmanager_desktop.app.db_worker import DbWorker
from planmanager_desktop.views.column_table_model import ColumnTableModel, Index, RowT

PAGE_SIZE = 200

QueryT = TypeVar("QueryT")
_QueryIn = TypeVar("_QueryIn", contravariant=True)
_RowOut = TypeVar("_RowOut", covariant=True)


class PageSource(Protocol[_QueryIn, _RowOut]):
    """What the model pages through (``DossierService``, ``AssignmentListService``)."""

    def count(self, query: _QueryIn) -> int: ...

    def rows(self, query: _QueryIn, offset: int, limit: int) -> list[_RowOut]: ...


class PagedQueryModel(ColumnTableModel[RowT], Generic[QueryT, RowT]):
    """Rows of ``source`` for :attr:`query`, fetched page by page on the database thread.

    The query is a frozen dataclass with ``sort`` and ``descending`` fields; :attr:`sort_keys`
    gives each column's sort value (``None``: the column cannot be sorted).

    Signals:
        loading_changed(bool): a count or page query started (True) or finished (False).
        total_changed(int): the number of rows matching the query.
        load_failed(str): a query failed; the Dutch message says what to do.
    """

    loading_changed = Signal(bool)
    total_changed = Signal(int)
    load_failed = Signal(str)

    #: The query's ``sort`` value of each column, ``None`` where a column does not sort.
    sort_keys: ClassVar[tuple[Any, ...]] = ()

    def __init__(
        self,
        source: PageSource[QueryT, RowT],
        worker: DbWorker,
        query: QueryT,
        *,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._worker = worker
        self._page_size = page_size
        self._query = query
        self._total = 0
        self._generation = 0  # a newer query makes answers to older ones obsolete
        self._loading = False
        self._fetching = False

    def load_error(self, exc: BaseException) -> str:
        """The Dutch message of :attr:`load_failed` (each list names what it could not load)."""
        raise NotImplementedError

    # Querying --------------------------------------------------------------------------------
    @property
    def query(self) -> QueryT:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def set_query(self, query: QueryT) -> None:
        """New filters; the sort stays as the user chose it."""
        current: Any = self._query
        new: Any = query
        query = replace(new, sort=current.sort, descending=current.descending)
        if query != self._query:
            self._query = query
            self.reload()

    def reload(self) -> None:
        """Count and first page for the current query, off the GUI thread.

        The rows on screen stay until the answer is there, so typing does not make the list blink.
        """
        self._generation += 1
        generation, query, limit, source = self._generation, self._query, self._page_size, self._source
        self._set_loading(True)

        def work() -> tuple[int, list[RowT]]:
            return source.count(query), source.rows(query, 0, limit)

        self._worker.submit(
            work,
            lambda result: self._first_page(generation, result),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _first_page(self, generation: int, result: tuple[int, list[RowT]]) -> None:
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
        self.load_failed.emit(self.load_error(exc))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # Paging ----------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching or not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, query, offset, limit = self._generation, self._query, len(self._rows), self._page_size
        source = self._source
        self._worker.submit(
            lambda: source.rows(query, offset, limit),
            lambda rows: self._next_page(generation, offset, rows),
            lambda exc: self._failed(generation, exc),
            owner=self,
        )

    def _next_page(self, generation: int, offset: int, rows: list[RowT]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if offset != len(self._rows):
            return  # a page for another position: the view asks again if it still needs one
        if not rows:
            self._total = len(self._rows)  # rows were removed meanwhile: stop asking
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # Sorting ---------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the database's: a new first page in the new order."""
        if not 0 <= column < len(self.sort_keys) or self.sort_keys[column] is None:
            return
        sort, descending = self.sort_keys[column], order == Qt.SortOrder.DescendingOrder
        current: Any = self._query
        if (sort, descending) != (current.sort, current.descending):
            self._query = replace(current, sort=sort, descending=descending)
            self.reload()
