"""What a page around a :class:`PagedQueryModel` table does, written once.

The Dossiers tab and the Claims360 page both search as the user types (after a pause, not per
letter), show "Laden…" or the number of rows under the table, warn when the list could not be
loaded, and open the dossier of a row on a double click, Enter or their "Openen" button.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QTableView, QWidget

from planmanager_desktop.views.paged_query_model import PagedQueryModel


def debounce(parent: QObject, delay_ms: int, apply: Callable[[], None], edits: Iterable[QLineEdit]) -> QTimer:
    """A single-shot timer that runs ``apply`` once typing in ``edits`` pauses; Enter runs it at once.

    One query a word instead of one a letter. ``apply`` should stop the timer (Enter may come first).
    """
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(apply)
    for edit in edits:
        edit.textChanged.connect(timer.start)
        edit.returnPressed.connect(apply)
    return timer


class PagedTable(QObject):
    """Binds a paged model to its table and its count label.

    Signals:
        open_requested(int): the user wants to open the dossier (id) of a row.
    """

    open_requested = Signal(int)

    def __init__(
        self,
        table: QTableView,
        model: PagedQueryModel[Any, Any],
        count_label: QLabel,
        count_text: Callable[[int], str],
        title: str,
        dossier_of: Callable[[int], int | None],
        parent: QWidget,
    ) -> None:
        """``dossier_of(row)``: the dossier a row leads to; ``title``: of the error message box."""
        super().__init__(parent)
        self._page = parent
        self._table = table
        self._model = model
        self._label = count_label
        self._count_text = count_text
        self._title = title
        self._dossier_of = dossier_of
        table.setModel(model)
        table.activated.connect(self._open_index)
        model.loading_changed.connect(self.show_count)
        model.total_changed.connect(self.show_count)
        model.load_failed.connect(self._show_error)

    @Slot()
    def show_count(self) -> None:
        if self._model.loading:
            self._label.setText(QCoreApplication.translate("PagedTable", "Laden…"))
        else:
            self._label.setText(self._count_text(self._model.total))

    @Slot(str)
    def _show_error(self, message: str) -> None:
        self._label.setText(QCoreApplication.translate("PagedTable", "Niet geladen"))
        QMessageBox.warning(self._page, self._title, message)

    def selected_dossier_id(self) -> int | None:
        rows = self._table.selectionModel().selectedRows()
        return self._dossier_of(rows[0].row()) if rows else None

    @Slot()
    def open_selected(self) -> None:
        rows = self._table.selectionModel().selectedRows()
        if rows:
            self._open_index(rows[0])

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        dossier_id = self._dossier_of(index.row())
        if dossier_id is not None:
            self.open_requested.emit(dossier_id)
